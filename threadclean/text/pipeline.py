"""Text dump -> Document: split lines, detect the engine, read a thread or an article page (the caller links)."""

from __future__ import annotations

import re
from collections.abc import Callable, Container

from threadclean.model import Document, Removed
from threadclean.text.article_page import parse_article_page, strip_page_chrome
from threadclean.text.body import read_article
from threadclean.text.boilerplate import MARKED_START, strip_bullets, strip_marker
from threadclean.text.engines import ENGINES, GENERIC, TextEngine
from threadclean.text.fingerprints import detector
from threadclean.text.quotes import Line
from threadclean.text.thread import article_first, parse_thread

#: distinct fingerprint patterns a page must show to be read as that engine's thread
MIN_FINGERPRINTS = 2


#: blank lines, one object each for all pages (lines are never changed once made)
_BLANK = Line("", False, "")
_SPACER = Line("", True, "")


#: an unrendered BBCode quote tag ("[quote=\"jdoe\"]", "[/quote]")
_QUOTE_TAG = re.compile(r"(\[quote(?:[=\s][^\]\n]*)?\]|\[/quote\])", re.I)


def tags_on_own_lines(text: str) -> str:
    """Unrendered BBCode quote tags inside a line ("[quote=\"ivy\"]Use a diode.[/quote]Added one.") put on lines of
    their own, where the quote patterns read them."""
    if "[/" not in text or "[/quote]" not in text.lower():
        return text
    lines = []
    for line in text.split("\n"):
        pieces = _QUOTE_TAG.split(line)
        lines += [line] if len(pieces) == 1 else [p.strip() for p in pieces if p.strip()]
    return "\n".join(lines)


def to_lines(text: str) -> list[Line]:
    """Lines with trailing space removed; a line of spaces only is a spacer (an empty paragraph)."""
    # a line is blank when nothing is left once trailing space is removed; with no space left at its end, only
    # a marker at its start may need stripping
    return [Line(t, False, t if t[0] not in MARKED_START else strip_marker(t)) if (t := raw.rstrip())
            else _SPACER if raw else _BLANK for raw in tags_on_own_lines(text).split("\n")]


def detect_engine(lines: list[Line]) -> TextEngine | None:
    """The engine whose fingerprint lines appear most (distinct patterns), if enough of them do."""
    # one scan of the whole page for all engines (multiline anchors) instead of one search per line
    page = "\n".join(strip_bullets([ln.text for ln in lines if ln.text]))
    best = detector().best(page, at_least=MIN_FINGERPRINTS)
    return ENGINES[best] if best is not None else None


#: an unknown engine's page is a thread when this many posts (author + date panes) are found
MIN_GENERIC_POSTS = 2


def as_article(doc: Document) -> None:
    """The first post is the page's article; the replies under it are its comments (removed, reason `comment`)."""
    lead, replies = doc.posts[0], doc.posts[1:]
    if lead.articles and not lead.text:  # the lead was read as articles pasted into it: they are the page's
        article, *more = lead.articles
        article.text = "\n\n".join([article.text, *(f"{a.title}\n\n{a.text}" if a.title else a.text for a in more)])
    else:  # the lead is a page's article now: the page chrome left in it goes as on an article page
        kept, chrome = strip_page_chrome(lead.text.split("\n"))
        cand = read_article(kept)
        doc.removed += chrome + cand.removed
        article = cand.article
    article.title = doc.title or article.title
    doc.removed += [Removed(p.text, "comment") for p in replies if p.text]
    doc.posts, doc.articles, doc.page_kind, doc.title = [], [article], "article", article.title


def extract_text_document(doc: Document, text: str, site_lines: Container[str] = frozenset(),
                          article: Callable[[Document], bool] | None = None) -> None:
    """Fill `doc` from a text dump; `site_lines` (from `site_lines.learn_site_lines`) go with reason site_repeated.
    `article`, when given, is tried on `doc` before the dump's own article reading when no thread is found (an HTML
    page's main content); it fills `doc` and returns True, or leaves `doc` as it was and returns False."""
    lines = to_lines(text)
    engine = detect_engine(lines)
    found = parse_thread(doc, lines, engine, site=site_lines) if engine else False
    if not found:
        doc.removed = []
        found = parse_thread(doc, lines, GENERIC, min_posts=MIN_GENERIC_POSTS, site=site_lines)
        if found and article_first(doc.posts):
            as_article(doc)
    if not found:
        doc.removed, doc.posts = [], []
        if article is None or not article(doc):
            parse_article_page(doc, [ln.text for ln in lines])
