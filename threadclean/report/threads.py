"""A few sampled threads read back from the tables and rendered for a person to judge by eye."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

import polars as pl

from threadclean.report.frames import is_output_folder, scan

MAX_POSTS = 12
MAX_CHARS = 1500


@dataclass
class ThreadRows:
    """Rows of one document from every table, ordered for reading."""

    doc: dict
    posts: list[dict]
    quotes: pl.DataFrame
    articles: pl.DataFrame
    media: pl.DataFrame


def load_threads(inputs: list[str], doc_ids: list[str]) -> list[ThreadRows]:
    """Look the sampled documents up in whichever output folder holds them, in the order given."""
    found: dict[str, ThreadRows] = {}
    for out in map(Path, inputs):
        if not is_output_folder(out):
            continue
        want = pl.col("doc_id").is_in([d for d in doc_ids if d not in found])
        docs = scan(out, "documents").filter(want).collect()
        if docs.is_empty():
            continue
        ids = docs.get_column("doc_id").to_list()
        tables = {t: scan(out, t).filter(pl.col("doc_id").is_in(ids)).collect()
                  for t in ("posts", "quotes", "articles", "media")}
        for doc in docs.iter_rows(named=True):
            found[doc["doc_id"]] = _rows(doc, tables)
    return [found[d] for d in doc_ids if d in found]


def _rows(doc: dict, tables: dict[str, pl.DataFrame]) -> ThreadRows:
    def of(t: str) -> pl.DataFrame:
        return tables[t].filter(pl.col("doc_id") == doc["doc_id"])

    posts = of("posts").sort("position").head(MAX_POSTS).to_dicts()
    return ThreadRows(doc, posts, of("quotes").sort("post_id", "position"), of("articles"), of("media"))


def _text(value: str | None) -> str:
    """Escaped text with paragraphs and line breaks kept; long texts cut."""
    text = (value or "").strip()
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS].rstrip() + " […]"
    paras = [p for p in text.split("\n\n") if p.strip()]
    return "".join(f"<p>{escape(p).replace(chr(10), '<br>')}</p>" for p in paras)


def _article(row: dict) -> str:
    meta = " · ".join(escape(str(v)) for v in (row["outlet"], row["byline"], row["published_raw"]) if v)
    title = f'<h4>{escape(row["title"])}</h4>' if row["title"] else ""
    return (f'<aside class="article"><div class="tag">article</div>{title}'
            f'{f"<div class=meta>{meta}</div>" if meta else ""}{_text(row["text"])}</aside>')


def _quote(row: dict) -> str:
    who = escape(row["quoted_author"]) if row["quoted_author"] else "someone"
    linked = (f' <span class="ok" title="{escape(row["source_post_id"])}">→ source post found</span>'
              if row["source_post_id"] else "")
    depth = max(1, min(int(row["depth"] or 1), 4))
    return (f'<blockquote class="quote d{depth}"><div class="qhead">{who} wrote:{linked}</div>'
            f'{_text(row["text"])}</blockquote>')


def _media(row: dict) -> str:
    return (f'<aside class="media"><span class="tag">{escape(row["kind"] or "media")}</span> '
            f'{escape(row["title"] or "")}</aside>')


def _quote_blocks(quotes: pl.DataFrame) -> list[str]:
    """One rendered block per top-level quote, its nested quotes (which follow it) inside."""
    blocks: list[str] = []
    for q in quotes.iter_rows(named=True):
        if (q["depth"] or 1) <= 1 or not blocks:
            blocks.append("")
        blocks[-1] += _quote(q)
    return blocks


def _in_order(post: dict, rows: ThreadRows) -> str:
    """The post's parts as the author laid them out (`posts.layout`); without one: quotes, text, the rest."""
    mine = pl.col("post_id") == post["post_id"]
    queues = {"quote": _quote_blocks(rows.quotes.filter(mine)),
              "article": [_article(a) for a in rows.articles.filter(mine).iter_rows(named=True)],
              "media": [_media(m) for m in rows.media.filter(mine).iter_rows(named=True)]}
    text, start, html = post["text"] or "", 0, []
    layout = post.get("layout") or [{"kind": "quote", "end": None}] * len(queues["quote"])
    for part in layout:
        if part["kind"] == "text":
            html.append(f'<div class="body">{_text(text[start:part["end"]])}</div>')
            start = part["end"]
        elif queues.get(part["kind"]):
            html.append(queues[part["kind"]].pop(0))
    rest = text[start:]
    tail = [b for kind in ("quote", "article", "media") for b in queues[kind]]
    return "".join(html) + (f'<div class="body">{_text(rest)}</div>' if rest.strip() else "") + "".join(tail)


def _post(post: dict, rows: ThreadRows) -> str:
    author = escape(post["author"]) if post["author"] else '<span class="unknown">unknown author</span>'
    inferred = ' <span class="badge">inferred</span>' if post["author_inferred"] else ""
    when = escape(str(post["posted_at"] or post["posted_at_raw"] or "no date"))
    return (f'<li class="post"><div class="who"><b>{author}</b>{inferred} <span class="when">{when}</span>'
            f'<span class="pos">#{post["position"]}</span></div>{_in_order(post, rows)}</li>')


def render_thread(rows: ThreadRows) -> str:
    doc = rows.doc
    title = escape(doc["title"] or doc["url"] or doc["doc_id"])
    meta = " · ".join(escape(str(v)) for v in (doc["url"], doc["engine"], doc["page_kind"],
                                                  f'{doc["n_posts"]} posts', doc["doc_id"]) if v)
    standalone = rows.articles.filter(pl.col("post_id").is_null())
    arts = "".join(_article(a) for a in standalone.iter_rows(named=True))
    posts = "".join(_post(p, rows) for p in rows.posts)
    more = doc["n_posts"] - len(rows.posts)
    tail = f'<p class="more">… {more} more posts</p>' if more > 0 else ""
    return (f'<article class="thread"><header><h3>{title}</h3><div class="meta">{meta}</div></header>'
            f'{arts}<ol class="posts">{posts}</ol>{tail}</article>')
