"""Quick measurement of the HTML path on the shared real-page corpus (WCXB forum/article, Harvest).

Usage: .venv/bin/python bench/html_quick.py [--corpus ../shared/corpus] [--speed] [--show N]
Prints mean word F1 / snippet shares (WCXB), post F1 / author accuracy / exact counts (Harvest),
and with --speed the pages/s of `clean_html` against trafilatura on the same pages, one core.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter
from pathlib import Path

from threadclean import clean_html

_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def word_f1(pred: str, gold: str) -> float:
    p, g = Counter(words(pred)), Counter(words(gold))
    if not p and not g:
        return 1.0
    overlap = sum((p & g).values())
    if not overlap:
        return 0.0
    prec, rec = overlap / sum(p.values()), overlap / sum(g.values())
    return 2 * prec * rec / (prec + rec)


def _norm(text: str) -> str:
    return " ".join(words(text))


def wcxb(folder: Path, show: int) -> dict[str, float]:
    f1s, with_hits, with_n, without_hits, without_n = [], 0, 0, 0, 0
    rows = []
    for html_path in sorted(folder.glob("*.html")):
        gold = json.loads(html_path.with_suffix("").with_suffix(".gold.json").read_text())
        doc = clean_html(html_path.read_bytes(), source=html_path.name)
        text = _norm(doc.text)
        f1 = word_f1(doc.text, gold.get("main_content", ""))
        f1s.append(f1)
        for snip in gold.get("with", []):
            with_n += 1
            with_hits += _norm(snip) in text
        for snip in gold.get("without", []):
            without_n += 1
            without_hits += _norm(snip) in text
        rows.append((f1, html_path.stem, doc.engine, doc.page_kind, doc.n_posts, doc.status))
    for row in sorted(rows)[:show]:
        print("   ", " ".join(str(x) for x in row))
    return {
        "pages": len(f1s),
        "word_f1": sum(f1s) / max(len(f1s), 1),
        "with_kept": with_hits / max(with_n, 1),
        "without_found": without_hits / max(without_n, 1),
    }


def _link_names(markup: bytes) -> dict[str, set[str]]:
    """Profile link -> the names shown on it (Harvest gives some authors as their profile link)."""
    from selectolax.lexbor import LexborHTMLParser

    names: dict[str, set[str]] = {}
    for a in LexborHTMLParser(markup.decode("utf-8", "replace")).css("a[href]"):
        if text := _norm(a.text(deep=True)):
            names.setdefault(a.attributes.get("href") or "", set()).add(text)
    return names


def _author_ok(ours: str | None, gold: str, links: dict[str, set[str]]) -> bool:
    if not ours:
        return False
    a, g = _norm(ours), _norm(gold)
    return a == g or a in links.get(gold, ())


def _match_posts(posts, gold_posts) -> list[tuple[int, int]]:
    """Greedy one-to-one matching of extracted to gold posts by word F1 >= 0.5."""
    pairs = sorted(
        ((word_f1(p.text_for_match, g["text"]), i, j) for i, p in enumerate(posts) for j, g in enumerate(gold_posts)),
        reverse=True,
    )
    used_i, used_j, out = set(), set(), []
    for score, i, j in pairs:
        if score < 0.5:
            break
        if i not in used_i and j not in used_j:
            used_i.add(i), used_j.add(j)
            out.append((i, j))
    return out


class _P:
    def __init__(self, post):
        from threadclean.render import render_post

        self.author = post.author
        body = render_post(post).split("\n", 2 if post.posted_at_raw else 1)
        self.text_for_match = body[-1] if post.author else render_post(post)


def harvest(folder: Path, show: int) -> dict[str, float]:
    tp = n_pred = n_gold = authors_ok = exact = pages = 0
    rows = []
    for html_path in sorted(folder.glob("*.html")):
        gold = json.loads(html_path.with_suffix("").with_suffix(".gold.json").read_text())["posts"]
        doc = clean_html(html_path.read_bytes(), source=html_path.name)
        posts = [_P(p) for p in doc.posts]
        pairs = _match_posts(posts, gold)
        links = _link_names(html_path.read_bytes())
        ok = sum(_author_ok(posts[i].author, gold[j]["author"], links) for i, j in pairs)
        tp, n_pred, n_gold, authors_ok = tp + len(pairs), n_pred + len(posts), n_gold + len(gold), authors_ok + ok
        exact += len(posts) == len(gold)
        pages += 1
        rows.append((len(pairs) / max(len(gold), len(posts), 1), html_path.stem[:60], doc.engine, len(posts), len(gold), ok))
    for row in sorted(rows)[:show]:
        print("   ", " ".join(str(x) for x in row))
    prec, rec = tp / max(n_pred, 1), tp / max(n_gold, 1)
    return {
        "pages": pages,
        "post_f1": 2 * prec * rec / max(prec + rec, 1e-9),
        "author_acc": authors_ok / max(tp, 1),
        "exact_count": exact / max(pages, 1),
    }


def speed(folders: list[Path]) -> dict[str, float]:
    pages = [p.read_bytes() for f in folders for p in sorted(f.glob("*.html"))]
    start = time.perf_counter()
    for raw in pages:
        clean_html(raw)
    ours = len(pages) / (time.perf_counter() - start)
    import trafilatura

    start = time.perf_counter()
    for raw in pages:
        trafilatura.extract(raw.decode("utf-8", "replace"), include_comments=True)
    peer = len(pages) / (time.perf_counter() - start)
    return {"pages": len(pages), "threadclean_pages_s": ours, "trafilatura_pages_s": peer, "ratio": ours / peer}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default="../shared/corpus")
    ap.add_argument("--speed", action="store_true")
    ap.add_argument("--show", type=int, default=0, help="print the N worst pages of each set")
    ap.add_argument("--only", choices=["forum", "article", "harvest"])
    args = ap.parse_args()
    root = Path(args.corpus)
    sets = {"forum": ("wcxb-forum", wcxb), "article": ("wcxb-article", wcxb), "harvest": ("harvest", harvest)}
    for name, (folder, fn) in sets.items():
        if args.only and args.only != name:
            continue
        print(name, {k: round(v, 3) for k, v in fn(root / folder, args.show).items()})
    if args.speed:
        print("speed", {k: round(v, 2) for k, v in speed([root / "wcxb-forum", root / "harvest"]).items()})


if __name__ == "__main__":
    main()
