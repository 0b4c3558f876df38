"""Where the HTML path's time goes: milliseconds per page in each stage, next to trafilatura's whole time.

Usage: .venv/bin/python bench/html_stages.py
Each stage function is wrapped with a timer for the run (nested stages are also counted in their callers);
the stages that every page pays whatever it holds (decode, markup normalising, engine fingerprints, parsing,
linking) are summed as the fixed cost, which bounds the pages/s the path can reach without changing them.
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch import WARM_UP, corpus_pages

import threadclean.api as api
import threadclean.html.article as article
import threadclean.html.pipeline as pipeline
from threadclean import clean_html

SPENT: dict[str, float] = defaultdict(float)
#: stages every page goes through, whatever it holds
FIXED = ("decode", "engine fingerprints, markup normalising", "parse", "link quotes")


def _timed(owner: object, attr: str, stage: str) -> None:
    func: Callable = getattr(owner, attr)

    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            SPENT[stage] += time.perf_counter() - start

    setattr(owner, attr, wrapper)


def _instrument() -> None:
    _timed(api, "decode_bytes", "decode")
    _timed(pipeline, "read_markup", "engine fingerprints, markup normalising")
    _timed(pipeline, "LexborHTMLParser", "parse")
    _timed(pipeline, "_engine_thread", "engine adapters")
    _timed(pipeline, "_generic_thread", "generic thread finder")
    _timed(pipeline, "text_tree", "resiliparse parse (article and text-rules pages)")
    _timed(pipeline, "extract_article", "article pages")
    _timed(pipeline, "_comments_are_the_thread", "article pages: weighing their comment blocks")
    _timed(pipeline, "_text_fallback", "text rules fallback")
    _timed(pipeline, "link_document", "link quotes")
    _timed(article, "read_article", "article pages: byline/caption reading")


def main() -> None:
    import trafilatura

    pages = [html for _, html in corpus_pages()]
    warm = [p.read_bytes() for p in sorted(WARM_UP.glob("*.html"))]
    for html in warm:
        clean_html(html)
        trafilatura.extract(html.decode("utf-8", "replace"), include_comments=True)
    _instrument()
    start = time.perf_counter()
    for html in pages:
        clean_html(html)
    total = time.perf_counter() - start
    start = time.perf_counter()
    for html in pages:
        trafilatura.extract(html.decode("utf-8", "replace"), include_comments=True)
    peer = time.perf_counter() - start
    per_page = 1e3 / len(pages)
    print(f"{len(pages)} pages; threadclean {total * per_page:.2f} ms/page (instrumented), "
          f"trafilatura {peer * per_page:.2f} ms/page: 10x needs {peer * per_page / 10:.2f} ms/page")
    for stage, seconds in sorted(SPENT.items(), key=lambda kv: -kv[1]):
        print(f"  {stage:40s} {seconds * per_page:6.2f} ms/page{'  (fixed)' if stage in FIXED else ''}")
    fixed = sum(SPENT[s] for s in FIXED)
    print(f"  fixed cost {fixed * per_page:.2f} ms/page = {fixed / total:.0%} of the time")


if __name__ == "__main__":
    main()
