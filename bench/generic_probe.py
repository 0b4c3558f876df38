"""How the generic finder reads boards it does not know, measured on pages of boards it does.

Usage: python bench/generic_probe.py [CORPUS_DIR] [--text] [--show PAGE_ID ...]  (default ../shared/corpus)

Pages of unknown engines (a board's own software, a theme that hides the engine's fingerprints) have no gold here.
This probe makes some: every forum page of the corpus that an engine adapter reads as a thread is read again with
engine detection off, so the generic finder (or the text rules after it) reads it; the adapter's posts are the
reference. `--text` does the same for the text dumps: the engine's line patterns against the generic text rules. Posts pair one to one at word F1 >= 0.5, as the eval command pairs them with gold. Reported: mean
post F1 over pages, per engine, and how many paired posts have the adapter's author.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from threadclean import clean_html, clean_text  # noqa: E402
from threadclean.evaluate.metrics import _name_key, match_posts  # noqa: E402
from threadclean.html import pipeline  # noqa: E402
from threadclean.model import Document  # noqa: E402
from threadclean.text import pipeline as text_pipeline  # noqa: E402


def _read(page: bytes, engines: bool, text: bool = False) -> Document:
    module, name = (text_pipeline, "detect_engine") if text else (pipeline, "candidate_engines")
    detect = getattr(module, name)
    if not engines:
        setattr(module, name, (lambda lines: None) if text else (lambda found: iter(())))
    try:
        return clean_text(page.decode("utf-8", "replace")) if text else clean_html(page)
    finally:
        setattr(module, name, detect)


def _same_name(a: str | None, b: str | None) -> bool:
    return bool(a and b and _name_key(a) == _name_key(b))


def probe(path: Path, show: bool = False, text: bool = False) -> tuple[str, float, int, int, int, float] | None:
    """(engine, post F1, reference posts, paired posts, paired with the same author, summed word F1 of the pairs)
    of one page; None when no adapter reads it as a thread."""
    page = path.read_bytes()
    ref = _read(page, engines=True, text=text)
    if ref.engine in (None, "generic") or ref.page_kind != "thread" or not ref.posts:
        return None
    got = _read(page, engines=False, text=text)
    if got.status == "error":
        print(f"{path.stem}: error {got.error}")
    pairs = match_posts([p.text for p in got.posts], [p.text for p in ref.posts])
    precision = len(pairs) / len(got.posts) if got.posts else 0.0
    recall = len(pairs) / len(ref.posts)
    f1 = 2 * precision * recall / (precision + recall) if pairs else 0.0
    same = sum(_same_name(ref.posts[m.gold].author, got.posts[m.pred].author) for m in pairs)
    if show:
        print(f"{path.stem}: {ref.engine} {len(ref.posts)} posts -> {got.engine} {got.page_kind} {len(got.posts)} posts")
        for post in got.posts:
            print(f"  {post.author!r} {post.posted_at_raw!r} {post.text[:100]!r}")
    return ref.engine or "", f1, len(ref.posts), len(pairs), same, sum(m.f1 for m in pairs)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--text", action="store_true", help="read the text dumps (.txt) instead of the HTML")
    ap.add_argument("--show", nargs="*", default=[], help="page ids whose generic reading is printed")
    args = ap.parse_args()
    suffix = "*.txt" if args.text else "*.html"
    pages = [p for p in sorted(Path(args.corpus).rglob(suffix)) if "article" not in p.parent.name]
    rows = [(p.stem, r) for p in pages if (r := probe(p, p.stem in args.show, args.text)) is not None]
    by_engine: dict[str, list[float]] = defaultdict(list)
    for _, (engine, f1, *_rest) in rows:
        by_engine[engine].append(f1)
    posts, paired, same, words = (sum(r[i] for _, r in rows) for i in (2, 3, 4, 5))
    print(f"{len(rows)} engine-read threads, read with engine detection off: mean post F1 "
          f"{statistics.mean(r[1] for _, r in rows):.3f}; paired {paired} of {posts} posts (their mean word F1 "
          f"{words / max(paired, 1):.3f}), same author {same}")
    for engine, f1s in sorted(by_engine.items()):
        print(f"  {engine:14} {len(f1s):3} pages  post F1 {statistics.mean(f1s):.3f}")
    worst = sorted(rows, key=lambda r: r[1][1])[:12]
    print("worst:", ", ".join(f"{page} {r[1]:.2f}" for page, r in worst))


if __name__ == "__main__":
    main()
