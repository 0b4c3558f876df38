"""Text path speed: MB of dump text per second through `clean_text`, one process, one core.

Usage: python bench/text_speed.py [CORPUS_DIR]  (default ../shared/corpus: every `*.txt` below it).
For scale it also times resiliparse's HTML -> text rendering of the matching `.html` files.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from threadclean import clean_text


def _mb(texts: list[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


def bench_clean(texts: list[str], rounds: int = 2) -> float:
    """Best MB/s over `rounds` passes of clean_text over all texts."""
    best = 0.0
    for _ in range(rounds):
        t0 = time.perf_counter()
        for text in texts:
            clean_text(text)
        best = max(best, _mb(texts) / (time.perf_counter() - t0))
    return best


def bench_render(htmls: list[str]) -> float | None:
    """MB of HTML per second through resiliparse's extract_plain_text, or None when it is not installed."""
    try:
        from resiliparse.extract.html2text import extract_plain_text
    except ImportError:
        return None
    t0 = time.perf_counter()
    for html in htmls:
        extract_plain_text(html)
    return _mb(htmls) / (time.perf_counter() - t0)


def main() -> None:
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus")
    paths = sorted(root.rglob("*.txt"))
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
    htmls = [h.read_text(encoding="utf-8", errors="replace") for p in paths if (h := p.with_suffix(".html")).exists()]
    print(f"{len(texts)} dumps, {_mb(texts):.2f} MB of text")
    print(f"clean_text: {bench_clean(texts):.2f} MB/s")
    render = bench_render(htmls)
    if render is not None:
        print(f"resiliparse extract_plain_text (HTML -> text, for scale): {render:.2f} MB/s of HTML "
              f"({_mb(htmls):.1f} MB)")


if __name__ == "__main__":
    main()
