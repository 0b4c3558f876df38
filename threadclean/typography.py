"""The page's own quote characters given back to a cleaned document (quote style "page").

The rules read texts whose typographic quotes and apostrophes are straightened (`decode.straighten_quotes`), so one
pattern serves however a page wrote them. With the "page" style what they keep is given back as the page wrote it,
for corpora that should keep the curly quotes pages use (a model trained on straightened text never sees them).
Each kept line is looked up among the texts that were straightened (whole lines first, then the line inside them,
then its quoted words), and the page's characters are copied back from the same place: straightening changes no
length, so positions carry over.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from threadclean.decode import STRAIGHTENED, plain_quotes
from threadclean.model import Article, Document, Media, Part, Quote, QuoteStyle

#: a word holding a straight quote, looked up alone when its line is not found (at least one letter or digit
#: beside the quote: a lone mark could stand for an opening or a closing one)
_QUOTED_WORD = re.compile(r"\S*\w\S*")
_WORD = re.compile(r"\w")
_STRAIGHT = ("'", '"')


class PageQuotes:
    """The straightened texts of one page and what they were."""

    def __init__(self, originals: list[str]) -> None:
        self.raw = "\n".join(originals)
        self.flat = plain_quotes(self.raw)
        self.lines: dict[str, str] = {}
        for raw, flat in zip(self.raw.split("\n"), self.flat.split("\n"), strict=True):
            if raw != flat:
                self.lines.setdefault(flat.strip(), raw.strip())

    def restore(self, text: str | None) -> str | None:
        """`text` with its straight quotes as the page wrote them, where the page's texts show where they came from."""
        if not text or not any(q in text for q in _STRAIGHT):
            return text
        return "\n".join(self._line(line) for line in text.split("\n"))

    def _line(self, line: str) -> str:
        if not any(q in line for q in _STRAIGHT):
            return line
        stripped = line.strip()
        if (raw := self.lines.get(stripped)) is not None:
            return line.replace(stripped, raw, 1)
        if (found := self._at(stripped)) is not None:
            return line.replace(stripped, found, 1)
        return _QUOTED_WORD.sub(lambda m: self._word(m.group()), line)

    def _word(self, word: str) -> str:
        if not any(q in word for q in _STRAIGHT):
            return word
        found = self._at(word)
        return word if found is None else found

    def _at(self, text: str) -> str | None:
        """The page's writing of `text`, from where it first stands in the straightened texts (a text of marks alone
        is not looked for: it could stand anywhere)."""
        pos = self.flat.find(text) if _WORD.search(text) else -1
        return self.raw[pos : pos + len(text)] if pos >= 0 else None


@contextmanager
def page_quotes(doc: Document, style: QuoteStyle) -> Iterator[None]:
    """With style "page", record the texts straightened while `doc` is cleaned, then give its texts their own
    quotes back; with "straight", nothing."""
    if style == "straight":
        yield
        return
    token = STRAIGHTENED.set([])
    try:
        yield
    finally:
        originals = STRAIGHTENED.get()
        STRAIGHTENED.reset(token)
    if originals:
        restore_document(doc, PageQuotes(originals))


def restore_document(doc: Document, page: PageQuotes) -> None:
    """Give every text of `doc` (posts, quotes, articles, media, title, removed lines) the page's quotes."""
    doc.title = page.restore(doc.title)
    doc.body = page.restore(doc.body) or ""
    for post in doc.posts:
        post.author = page.restore(post.author)
        post.parts = [_part(p, page) for p in post.parts]
    for article in doc.articles:
        _article(article, page)
    for removed in doc.removed:
        removed.text = page.restore(removed.text) or ""


def _part(part: Part, page: PageQuotes) -> Part:
    if isinstance(part, str):
        return page.restore(part) or ""
    if isinstance(part, Quote):
        _quote(part, page)
    elif isinstance(part, Article):
        _article(part, page)
    elif isinstance(part, Media):
        part.title, part.text = page.restore(part.title), page.restore(part.text) or ""
        for comment in part.comments:
            comment.text, comment.author = page.restore(comment.text) or "", page.restore(comment.author)
    return part


def _quote(quote: Quote, page: PageQuotes) -> None:
    quote.text, quote.quoted_author = page.restore(quote.text) or "", page.restore(quote.quoted_author)
    for inner in quote.quotes:
        _quote(inner, page)


def _article(article: Article, page: PageQuotes) -> None:
    article.text = page.restore(article.text) or ""
    article.title, article.byline = page.restore(article.title), page.restore(article.byline)
    article.outlet = page.restore(article.outlet)
    article.captions = [page.restore(c) or "" for c in article.captions]
