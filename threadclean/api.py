"""The public entry points: pure functions from one page to one Document (no I/O)."""

from __future__ import annotations

import hashlib
from collections.abc import Container
from datetime import datetime

from threadclean.decode import DecodeError, decode_bytes, exact_utf8, repair_text
from threadclean.model import Document, QuoteStyle
from threadclean.placeholders import drop_placeholders
from threadclean.render import shows_text
from threadclean.structure import link_document
from threadclean.typography import page_quotes


def make_doc_id(source: str | None, key: str | int | None = None, content: str | bytes | None = None) -> str:
    """Stable id: from the source path and record key when known, else from the content."""
    if source is not None:
        return hashlib.sha1(f"{source}#{key if key is not None else ''}".encode()).hexdigest()[:16]
    data = content if isinstance(content, bytes) else (content or "").encode("utf-8", "surrogatepass")
    digest = hashlib.sha1(b"content:")
    digest.update(data)  # not prefixed by concatenation: that copies the page
    return digest.hexdigest()[:16]


def _guarded(doc: Document, run) -> Document:
    """Never raise on bad input: the document comes back with status `error` and the reason."""
    try:
        run(doc)
    except DecodeError as exc:
        doc.status, doc.error = "error", f"decode: {exc}"
    except Exception as exc:  # noqa: BLE001 - one bad page must not stop a batch
        doc.status, doc.error = "error", f"{type(exc).__name__}: {exc}"
    if doc.status == "error":
        doc.posts, doc.articles, doc.body = [], [], ""
    return doc


def _set_status(doc: Document) -> None:
    if doc.status != "error":
        doc.status = "ok" if shows_text(doc) else "empty"


def clean_text(
    text: str | bytes,
    *,
    source: str | None = None,
    url: str | None = None,
    doc_id: str | None = None,
    fetched_at: datetime | None = None,
    site_lines: Container[str] = frozenset(),
    quotes: QuoteStyle = "straight",
) -> Document:
    """Clean a text dump of a page (resiliparse / WET / FineWeb-style `text`) into a Document.

    `site_lines` are boilerplate lines learnt across pages of the same site (`learn_site_lines`, or the
    `HashedLines` a batch run learns); they are removed with reason `site_repeated`. `quotes`: typographic quotes
    and apostrophes come out "straight" (ASCII) or as the "page" wrote them.
    """
    doc = Document(doc_id=doc_id or make_doc_id(source, None, text), source=source, url=url,
                   format="text", fetched_at=fetched_at)

    def run(d: Document) -> None:
        raw = decode_bytes(text)[0] if isinstance(text, bytes) else text
        from threadclean.text.pipeline import extract_text_document

        with page_quotes(d, quotes):
            extract_text_document(d, repair_text(raw), site_lines=site_lines)
            link_document(drop_placeholders(d))
        _set_status(d)

    return _guarded(doc, run)


def clean_html(
    html: str | bytes,
    *,
    source: str | None = None,
    url: str | None = None,
    doc_id: str | None = None,
    fetched_at: datetime | None = None,
    http_charset: str | None = None,
    quotes: QuoteStyle = "straight",
) -> Document:
    """Clean a raw HTML page into a Document (engine adapters first, text rules as the fallback); `quotes` as in
    `clean_text`."""
    doc = Document(doc_id=doc_id or make_doc_id(source, None, html), source=source, url=url,
                   format="html", fetched_at=fetched_at)

    def run(d: Document) -> None:
        utf8 = None
        if isinstance(html, bytes):
            markup, encoding = decode_bytes(html, http_charset=http_charset, html=True)
            utf8 = exact_utf8(html, encoding)
        else:
            markup = html
        from threadclean.html.pipeline import extract_html_document

        with page_quotes(d, quotes):
            extract_html_document(d, markup, utf8)
        _set_status(d)

    return _guarded(doc, run)
