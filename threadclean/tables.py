"""The Parquet contract: one schema per table and the flattening of a Document into rows.

Columns are only ever added, never renamed or removed (see README, "Output contract").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import polars as pl

from threadclean.model import Article, Document, Media, Post, Quote

UTC_TS = pl.Datetime("us", "UTC")

SCHEMAS: dict[str, dict[str, pl.DataType]] = {
    "documents": {
        "doc_id": pl.String,
        "source": pl.String,
        "url": pl.String,
        "format": pl.String,
        "engine": pl.String,
        "page_kind": pl.String,
        "title": pl.String,
        "text": pl.String,
        "n_posts": pl.Int32,
        "status": pl.String,
        "error": pl.String,
        "n_removed_chars": pl.Int64,
    },
    "posts": {
        "doc_id": pl.String,
        "post_id": pl.String,
        "position": pl.Int32,
        "author": pl.String,
        "author_inferred": pl.Boolean,
        "author_source": pl.String,
        "author_url": pl.String,
        "posted_at": UTC_TS,
        "posted_at_raw": pl.String,
        "text": pl.String,
        "reactions": pl.List(pl.Struct({"name": pl.String, "count": pl.Int64})),
        "native_id": pl.String,
        "n_quotes": pl.Int32,
        "n_articles": pl.Int32,
        "n_media": pl.Int32,
        "layout": pl.List(pl.Struct({"kind": pl.String, "end": pl.Int32})),
    },
    "quotes": {
        "doc_id": pl.String,
        "post_id": pl.String,
        "position": pl.Int32,
        "quoted_author": pl.String,
        "quoted_author_source": pl.String,
        "quoted_when_raw": pl.String,
        "text": pl.String,
        "source_post_id": pl.String,
        "depth": pl.Int32,
    },
    "articles": {
        "doc_id": pl.String,
        "post_id": pl.String,
        "title": pl.String,
        "byline": pl.String,
        "outlet": pl.String,
        "published_at": pl.Date,
        "published_raw": pl.String,
        "text": pl.String,
        "captions": pl.List(pl.String),
    },
    "media": {
        "doc_id": pl.String,
        "post_id": pl.String,
        "kind": pl.String,
        "title": pl.String,
        "text": pl.String,
        "comments": pl.List(pl.Struct({"author": pl.String, "when": pl.String, "text": pl.String})),
    },
    "removed": {
        "doc_id": pl.String,
        "text": pl.String,
        "reason": pl.String,
    },
}

TABLES = tuple(SCHEMAS)
_KINDS = {Quote: "quote", Article: "article", Media: "media"}


def _flat_quotes(quotes: Iterable[Quote]) -> Iterator[Quote]:
    """Depth-first, so nested quotes follow the quote that holds them."""
    for q in quotes:
        yield q
        yield from _flat_quotes(q.quotes)


def _article_row(doc_id: str, post_id: str | None, a: Article) -> dict:
    return {
        "doc_id": doc_id,
        "post_id": post_id,
        "title": a.title,
        "byline": a.byline,
        "outlet": a.outlet,
        "published_at": a.published_at,
        "published_raw": a.published_raw,
        "text": a.text,
        "captions": list(a.captions),
    }


def post_layout(post: Post) -> list[dict]:
    """The post's parts in reading order: `text` pieces end at `end` in `posts.text`; a `quote`, `article` or
    `media` entry stands for the post's next top-level row of that table (nested quotes follow theirs)."""
    layout, offset = [], 0
    for part in post.parts:
        if isinstance(part, str):
            if part.strip():
                offset += (2 if offset else 0) + len(part)  # pieces are joined by a blank line
                layout.append({"kind": "text", "end": offset})
        else:
            layout.append({"kind": _KINDS[type(part)], "end": None})
    return layout


def document_rows(doc: Document) -> dict[str, list[dict]]:
    """Flatten one Document into rows for every table."""
    rows: dict[str, list[dict]] = {t: [] for t in TABLES}
    text = doc.text
    rows["documents"].append(
        {
            "doc_id": doc.doc_id,
            "source": doc.source,
            "url": doc.url,
            "format": doc.format,
            "engine": doc.engine,
            "page_kind": doc.page_kind,
            "title": doc.title,
            "text": text,
            "n_posts": doc.n_posts,
            "status": doc.status,
            "error": doc.error,
            "n_removed_chars": sum(len(r.text) for r in doc.removed),
        }
    )
    for a in doc.articles:
        rows["articles"].append(_article_row(doc.doc_id, None, a))
    for post in doc.posts:
        rows["posts"].append(
            {
                "doc_id": doc.doc_id,
                "post_id": post.post_id,
                "position": post.position,
                "author": post.author,
                "author_inferred": post.author_inferred,
                "author_source": post.author_source,
                "author_url": post.author_url,
                "posted_at": post.posted_at,
                "posted_at_raw": post.posted_at_raw,
                "text": post.text,
                "reactions": [{"name": r.name, "count": r.count} for r in post.reactions],
                "native_id": post.native_id,
                "n_quotes": len(post.quotes),
                "n_articles": len(post.articles),
                "n_media": len(post.media),
                "layout": post_layout(post),
            }
        )
        for i, q in enumerate(_flat_quotes(post.quotes), 1):
            rows["quotes"].append(
                {
                    "doc_id": doc.doc_id,
                    "post_id": post.post_id,
                    "position": i,
                    "quoted_author": q.quoted_author,
                    "quoted_author_source": q.quoted_author_source,
                    "quoted_when_raw": q.quoted_when_raw,
                    "text": q.text,
                    "source_post_id": q.source_post_id,
                    "depth": q.depth,
                }
            )
        for a in post.articles:
            rows["articles"].append(_article_row(doc.doc_id, post.post_id, a))
        for m in post.media:
            rows["media"].append(
                {
                    "doc_id": doc.doc_id,
                    "post_id": post.post_id,
                    "kind": m.kind,
                    "title": m.title,
                    "text": m.text,
                    "comments": [{"author": c.author, "when": c.when, "text": c.text} for c in m.comments],
                }
            )
    for r in doc.removed:
        rows["removed"].append({"doc_id": doc.doc_id, "text": r.text, "reason": r.reason})
    return rows


def to_frames(docs: Iterable[Document]) -> dict[str, pl.DataFrame]:
    """All tables of many documents as polars DataFrames with the contract's schema."""
    acc: dict[str, list[dict]] = {t: [] for t in TABLES}
    for doc in docs:
        for table, rows in document_rows(doc).items():
            acc[table].extend(rows)
    return {t: pl.DataFrame(acc[t], schema=SCHEMAS[t]) for t in TABLES}
