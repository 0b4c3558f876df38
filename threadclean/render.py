"""Render a Document as one plain text in reading order, ready for NLP pipelines."""

from __future__ import annotations

import re
from collections.abc import Iterator

from threadclean.model import Article, Document, Media, Post, Quote

#: a stored timestamp ("2024-11-27T15:50:23.066Z", epoch seconds) stands in for a date the page shows only
#: through scripts: no reader saw it, so it is not printed (it stays in `posted_at_raw` and `posted_at`)
_WORD = re.compile(r"\w+")
#: a title this long found in the first post is that post's own title line; a shorter one ("Kettles") may be
#: any phrase of it
MIN_REPEATED_TITLE_WORDS = 4
MACHINE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}|^\d{10}(?:\d{3})?$")


def shown_date(raw: str | None) -> str:
    """The date as the page showed it, for the post's header line; "" when there is none or it is only a
    machine timestamp (an attribute value nobody reads on the page)."""
    return "" if not raw or MACHINE_TIME.match(raw) else raw


def render_quote(quote: Quote, in_page: bool = False) -> str:
    """Quotes are marked with "> " so readers and filters can tell them from the post's own words. `in_page`: the
    text is the whole page, which already holds the post a resolved quote copies: only its attribution is shown.
    A name the quote did not print itself (taken from its source post) is not shown: the text holds the page's words."""
    shown = quote.quoted_author if quote.quoted_author_source != "source_post" else None
    lines = [f"{shown}:"] if shown else []
    if in_page and quote.source_post_id:
        return "\n".join(f"> {line}" for line in lines)
    lines += [line for q in quote.quotes for line in render_quote(q).splitlines()]
    lines += quote.text.splitlines()
    return "\n".join(f"> {line}".rstrip() for line in lines)


def render_article(article: Article) -> str:
    head = [article.title, article.byline, article.outlet, article.published_raw]
    return "\n".join([h for h in head if h] + [article.text]).strip()


def render_media(media: Media) -> str:
    return "\n".join(x for x in (media.title, media.text) if x)


def render_post(post: Post, in_page: bool = False) -> str:
    """A post with its author and date lines, its quotes and articles inline (`in_page`: see render_quote)."""
    head = [post.author or "", shown_date(post.posted_at_raw)]
    body = []
    for part in post.parts:
        if isinstance(part, str):
            body.append(part)
        elif isinstance(part, Quote):
            body.append(render_quote(part, in_page))
        elif isinstance(part, Article):
            body.append(render_article(part))
        elif isinstance(part, Media):
            body.append(render_media(part))
    return "\n".join([h for h in head if h] + ["\n\n".join(b for b in body if b.strip())]).strip()


def _blocks(doc: Document) -> Iterator[str]:
    """The page's blocks in reading order, each rendered when asked for: articles, posts, the body."""
    yield from (render_article(a) for a in doc.articles)
    yield from (render_post(p, in_page=True) for p in doc.posts)
    yield doc.body


def shows_text(doc: Document) -> bool:
    """Whether `render_document(doc)` holds more than white space, without rendering the whole page: the title is
    printed only ahead of a nonblank block, so the first nonblank block answers."""
    return any(b.strip() for b in _blocks(doc))


def render_document(doc: Document) -> str:
    """The page in reading order: the title, then articles and posts. Quoted words the page already holds (a quote
    of an earlier post on it) are not repeated: the text does not count them twice."""
    blocks = [b for b in _blocks(doc) if b.strip()]
    if blocks and _title_apart(doc, blocks[0]):
        blocks.insert(0, doc.title)
    return "\n\n".join(blocks)


def _title_apart(doc: Document, first: str) -> bool:
    """Whether the title heads the text: a page without content (a JavaScript shell) gets no text, and a title the
    article or first post already prints (a Reddit submission shows its own title) is not printed twice."""
    if not doc.title or not doc.title.strip():
        return False
    if doc.articles and doc.articles[0].title == doc.title:
        return False
    words = _WORD.findall(doc.title.lower())
    return len(words) < MIN_REPEATED_TITLE_WORDS or _spaced(words) not in _spaced(_WORD.findall(first.lower()))


def _spaced(words: list[str]) -> str:
    """Words joined for a whitespace- and punctuation-blind containment test."""
    return " " + " ".join(words) + " "
