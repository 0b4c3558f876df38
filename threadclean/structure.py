"""Link the extracted parts of a page: post ids, quote sources, authors inferred from quotes.

Shared by the HTML and text paths, so both give the same structure for the same thread.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

from threadclean.model import Document, Post, Quote

_WORD = re.compile(r"\w+")
SHINGLE = 4
MIN_MATCH = 0.6


def word_tokens(text: str) -> list[str]:
    """Lower-cased word tokens, the unit every text match on a page uses."""
    return list(_tokens(text))


@lru_cache(maxsize=4096)  # a quote's paragraphs are looked up again for each quote that may hold them
def _tokens(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text.lower()))


def shingles(words: list[str], n: int = SHINGLE) -> set[tuple[str, ...]]:
    if len(words) < n:
        return {tuple(words)} if words else set()
    return set(zip(*(words[i:] for i in range(n)), strict=False))  # the n-word windows, built in C


def post_content(post: Post) -> str:
    """Everything a later post could quote from this one: own words, articles, media (not its quotes)."""
    from threadclean.render import render_article, render_media

    pieces = [post.text] + [render_article(a) for a in post.articles] + [render_media(m) for m in post.media]
    return "\n".join(pieces)


def all_quotes(quotes: list[Quote]) -> Iterator[Quote]:
    for q in quotes:
        yield q
        yield from all_quotes(q.quotes)


#: a quote's score against a post by another named author is scaled down: by OTHER_AUTHOR, or by
#: OTHER_AUTHOR_VERBATIM when the post holds VERBATIM of the quote's words (a display name quoted as the user name)
OTHER_AUTHOR, OTHER_AUTHOR_VERBATIM, VERBATIM = 0.5, 0.7, 0.9
_NAME_NOISE = re.compile(r"[\W_]+")


def same_name(a: str, b: str) -> bool:
    """The same member, spacing, case and punctuation aside ("Fiveoaks Bouquet" quoted as "FiveoaksBouquet")."""
    return _NAME_NOISE.sub("", a).casefold() == _NAME_NOISE.sub("", b).casefold()


def _match_score(quote_sh: set, post_sh: set) -> float:
    return len(quote_sh & post_sh) / len(quote_sh) if quote_sh else 0.0


def find_source(quote: Quote, earlier: list[Post], held: dict[int, set],
                tokens: dict[int, list[str]] | None = None) -> Post | None:
    """The earlier post the quote came from: by the engine's id when given, else by text overlap.

    `held`: each post's shingles; `tokens` (optional): each post's word tokens, so they are not made again.
    """
    if quote.source_ref:
        for post in earlier:
            if post.native_id and post.native_id == quote.source_ref:
                return post
    words = word_tokens(quote.text)
    if not words:
        return None
    qsh = shingles(words, min(SHINGLE, len(words)))
    best, best_score = None, 0.0
    for post in reversed(earlier):  # nearest first; ties go to the nearest post
        if len(words) >= SHINGLE:
            psh = held[id(post)]
        else:
            psh = shingles(tokens[id(post)] if tokens is not None else word_tokens(post_content(post)), len(words))
        score = _match_score(qsh, psh)
        # (a score of 0 stays 0 whatever the names: they are compared only when it counts)
        if score and quote.quoted_author and post.author and not same_name(quote.quoted_author, post.author):
            # a different named author makes this post an unlikely source, unless the words are all its own
            score *= OTHER_AUTHOR_VERBATIM if score >= VERBATIM else OTHER_AUTHOR
        if score > best_score:
            best, best_score = post, score
    return best if best_score >= MIN_MATCH else None


def _set_depth(quotes: list[Quote], depth: int) -> None:
    for q in quotes:
        q.depth = depth
        _set_depth(q.quotes, depth + 1)


class _OnDemand(dict):
    """A dict that makes a missing value with `make(key)` and keeps it."""

    def __init__(self, make: Callable[[Any], Any]) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, key: Any) -> Any:
        value = self[key] = self.make(key)
        return value


def link_document(doc: Document) -> Document:
    """Number posts, give them ids, resolve each quote's source post and infer missing authors."""
    quoting = []  # (index, the post's quotes), for the posts holding any (`Post.quotes` builds a list each time)
    for i, post in enumerate(doc.posts, 1):
        quotes = post.quotes
        _set_depth(quotes, 1)
        post.position = i
        post.post_id = f"{doc.doc_id}:{i}"
        if post.author and post.author_source == "none":
            post.author_source = "post"
        if quotes:
            quoting.append((i - 1, quotes))
    if not quoting:
        return doc  # nothing to resolve: posts are not tokenised for nothing
    # made on first use: quotes carrying the engine's post id (XenForo) need no text match at all
    posts = {id(p): p for p in doc.posts}
    tokens: dict[int, list[str]] = _OnDemand(lambda key: word_tokens(post_content(posts[key])))
    held: dict[int, set] = _OnDemand(lambda key: shingles(tokens[key]))
    traced = []  # (quote, its source post)
    for i, quotes in quoting:
        for quote in all_quotes(quotes):
            if quote.quoted_author and quote.quoted_author_source == "none":
                quote.quoted_author_source = "quote"
            source = find_source(quote, doc.posts[:i], held, tokens)
            if source is None:
                continue
            quote.source_post_id = source.post_id
            traced.append((quote, source))
            if quote.quoted_author and not source.author:
                source.author, source.author_source = quote.quoted_author, "quote"
    # once every post's author is known (some only from later quotes), a quote naming no one takes its source's
    for quote, source in traced:
        if not quote.quoted_author and source.author:
            quote.quoted_author, quote.quoted_author_source = source.author, "source_post"
    return doc
