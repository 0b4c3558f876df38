"""Shared readers for the per-engine fixture tests (fixtures/html/<engine>_topic.html and their text dumps)."""

from __future__ import annotations

from pathlib import Path

from threadclean import clean_html, clean_text
from threadclean.model import Document, Post, Quote

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def html_doc(name: str) -> Document:
    return clean_html((FIXTURES / "html" / name).read_bytes(), source=name)


def edited_html_doc(name: str, *edits: tuple[str, str]) -> Document:
    """A fixture page with each (old, new) replacement made in turn, cleaned as `html_doc` cleans it."""
    page = (FIXTURES / "html" / name).read_text(encoding="utf-8")
    for old, new in edits:
        page = page.replace(old, new)
    return clean_html(page.encode(), source=name)


def text_doc(name: str) -> Document:
    return clean_text((FIXTURES / "text" / name).read_text(encoding="utf-8"), source=name)


def authors_and_ids(doc: Document) -> list[tuple[str | None, str | None]]:
    return [(p.author, p.native_id) for p in doc.posts]


def quote_fields(quote: Quote) -> tuple[str | None, str, str | None, int]:
    """What a test checks of a quote: (quoted author, quoted words, quoted post id, depth)."""
    return quote.quoted_author, quote.text, quote.source_ref, quote.depth


def quote_tree(post: Post) -> list[tuple]:
    """A post's quotes as (quoted author, quoted date as written, words, [(author, words) of quotes inside])."""
    return [(q.quoted_author, q.quoted_when_raw, q.text, [(i.quoted_author, i.text) for i in q.quotes])
            for q in post.quotes]


def chrome_left(doc: Document, chrome: tuple[str, ...]) -> list[str]:
    """The chrome strings still present in the document's text (expected: none)."""
    return [c for c in chrome if c in doc.text]


def reply(post: Post) -> tuple[tuple, str]:
    """A post made of one quote and the author's answer: (quote fields, own words)."""
    quote, own = post.parts
    return quote_fields(quote), own


def nested_reply(post: Post) -> tuple[tuple, list[tuple], str]:
    """A post quoting a quote: (outer quote fields, inner quotes' fields, own words)."""
    outer, own = post.parts
    return quote_fields(outer), [quote_fields(q) for q in outer.quotes], own
