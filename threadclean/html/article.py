"""Standalone article pages (news, blogs): the main text by resiliparse's main-content extractor.

Used only when no engine and no generic thread matched and the page says it is an article (Open Graph type,
schema.org Article/Posting, an `<article>` element): it measures at least as well as trafilatura on such
pages and is many times faster.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from selectolax.lexbor import LexborHTMLParser

from threadclean.html.fields import first_field
from threadclean.html.walk import tidy
from threadclean.model import Document
from threadclean.text.article_bounds import cut_footer
from threadclean.text.article_page import strip_page_chrome
from threadclean.text.body import read_article
from threadclean.text.boilerplate import strip_bullets

if TYPE_CHECKING:
    from resiliparse.parse.html import HTMLTree

#: what two renderings of the same words share: their letters and digits, lower-cased
_NOT_WORD = re.compile(r"\W+")
LD_ARTICLE = re.compile(r"\"@type\"\s*:\s*\[?\s*\"(?:News|Blog|Tech)?(?:Article|Posting)", re.I)
TITLE_FIELDS = ("meta[property='og:title']@content", "h1", "title")


def looks_like_article(tree: LexborHTMLParser) -> bool:
    """An `<article>` element, Open Graph type article, or a schema.org Article/Posting in JSON-LD (asked of the
    tree: a case-insensitive search of the whole markup costs more than the rest of an article page). The Open
    Graph type is asked first: it sits early in the page's head, where the search stops."""
    og = tree.css_first("meta[property='og:type'], meta[name='og:type']")
    if og is not None and (og.attrs.get("content") or "").lower().startswith("article"):
        return True
    if tree.css_first("article") is not None:
        return True
    return any(LD_ARTICLE.search(s.text() or "") for s in tree.css("script[type='application/ld+json']"))


def extract_article(doc: Document, tree: LexborHTMLParser, markup: str | HTMLTree) -> bool:
    """Fill `doc` with one Article; False when the extractor finds no main text. `markup` may be the page parsed
    by resiliparse already (see `pipeline.text_tree`)."""
    from resiliparse.extract.html2text import extract_plain_text

    text = tidy(extract_plain_text(markup, main_content=True, alt_texts=False, links=False))
    if not text:
        return False
    title = first_field(tree.root, TITLE_FIELDS) if tree.root else None
    shown = strip_bullets(text.split("\n"))
    kept, removed = strip_page_chrome(shown)
    stop = cut_footer(kept, shown, 0, removed)
    cand = read_article(kept[:stop])  # byline, outlet, dateline and captions, as in text dumps
    article = cand.article
    if article.title and title and article.title.strip() != title.strip():
        article.text = f"{article.title}\n\n{article.text}"  # the first line was not the headline
    article.title = title or article.title
    if not article.text:
        return False
    doc.removed += removed + cand.removed
    doc.articles, doc.page_kind, doc.title = [article], "article", article.title
    return True


#: a line of at most this many words may be an author pane's (a name, a label, a count)
PANE_LINE_WORDS = 3


def share_inside(text: str, texts: list[str]) -> float:
    """The share of `text` (by letters and digits, line by line) whose lines lie word for word inside `texts`: how
    much of an extracted main content is the page's posts (the main content of a thread page is its posts, with
    their quotes and panes; an article's lies outside its comment blocks)."""
    haystack = "\n".join(_NOT_WORD.sub("", t.lower()) for t in texts)
    # (lines of a few words, a pane's names, labels and counts, weigh nothing either way)
    lines = [k for line in text.split("\n") if len(line.split()) > PANE_LINE_WORDS and (k := _NOT_WORD.sub("", line.lower()))]
    total = sum(len(k) for k in lines)
    return sum(len(k) for k in lines if k in haystack) / total if total else 0.0
