"""Text path speed: MB of dump text per second through `clean_text`, one process, one core.

Usage: python bench/text_speed.py [CORPUS_DIR] [--rounds N]  (default ../shared/corpus: every `*.txt` below it).

Each round runs in a fresh process that first cleans the project's own text fixtures and seed pages (imports and
pattern compilation are not per-page costs) and then times one pass over the corpus dumps: the per-line caches
hold nothing of the corpus, as on pages a batch has not seen. The best round is reported. For scale it also
times resiliparse's HTML -> text rendering of the matching `.html` files.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WARM_UP = [ROOT / "fixtures" / "text", ROOT / "seeds"]


def _mb(texts: list[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


def _texts(folders: list[Path]) -> list[str]:
    return [p.read_text(encoding="utf-8", errors="replace") for f in folders for p in sorted(f.rglob("*.txt"))]


def one_pass(corpus: Path) -> float:
    """Seconds for one pass of clean_text over the corpus dumps, after a warm-up on other pages."""
    from threadclean import clean_text

    for text in _texts(WARM_UP):
        clean_text(text)
    texts = _texts([corpus])
    start = time.perf_counter()
    for text in texts:
        clean_text(text)
    return time.perf_counter() - start


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
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default="../shared/corpus")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--one-pass", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    corpus = Path(args.corpus)
    if args.one_pass:
        print(one_pass(corpus))
        return
    paths = sorted(corpus.rglob("*.txt"))
    mb = _mb(_texts([corpus]))
    print(f"{len(paths)} dumps, {mb:.2f} MB of text")
    runs = [float(subprocess.run([sys.executable, __file__, str(corpus), "--one-pass"], check=True,
                                 capture_output=True, text=True).stdout) for _ in range(args.rounds)]
    print(f"clean_text: {mb / min(runs):.2f} MB/s (best of {args.rounds} fresh processes; "
          f"rounds {', '.join(f'{mb / r:.2f}' for r in runs)})")
    htmls = [h.read_text(encoding="utf-8", errors="replace") for p in paths if (h := p.with_suffix(".html")).exists()]
    render = bench_render(htmls)
    if render is not None:
        print(f"resiliparse extract_plain_text (HTML -> text, for scale): {render:.2f} MB/s of HTML "
              f"({_mb(htmls):.1f} MB)")


if __name__ == "__main__":
    main()
