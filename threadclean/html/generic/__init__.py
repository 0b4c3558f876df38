"""Threads on unknown engines and comment sections: repeated sibling blocks that each carry an author and a date.

Date nodes (text that looks like a date, `<time>`) and author nodes (profile links, author/user classes) are
marked on their ancestors; the post starts are the same-looking siblings under one parent that each hold
both, and a post spans from its start to the next start (headers and bodies may be sibling rows).

Around that core: blocks of one kind may differ by modifier classes ("post post-primary"); same-kind siblings
showing only a date or only a name are posts too; sections that each hold a list of posts yield to the posts
inside; an opening post printed apart (a question above its answers) is found before the replies; and
replies nested in a post (threaded comments) become posts of their own.

Modules, in the order the data flows: `scan` marks date and author nodes, `groups` finds the post blocks and
their spans, `post` reads each span (with `author` finding its poster).
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from threadclean.html.fields import clean_inline
from threadclean.html.generic.author import author_path
from threadclean.html.generic.groups import (
    find_groups,
    innermost,
    lead_span,
    outside_quotes,
    post_spans,
    quote_blocks,
    with_kin,
    with_replies,
)
from threadclean.html.generic.post import Marks, read_post
from threadclean.html.generic.scan import author_nodes, date_nodes, mark
from threadclean.model import Document, Post

__all__ = ["declares_discussion", "extract_generic_posts", "topic_title"]

_DISCUSSION_TYPES = ("Question", "Answer", "DiscussionForumPosting")
#: microdata of a discussion with named posters (FAQ blocks on articles use Question/Answer without authors)
DISCUSSION_CSS = ", ".join(f'[itemtype$="schema.org/{t}"] [itemprop=author]' for t in _DISCUSSION_TYPES)
#: the discussion's items: posts found elsewhere on the page (comments under an article with an FAQ box) are
#: not what the microdata declares
DISCUSSION_ITEM_CSS = ", ".join(f'[itemtype$="schema.org/{t}"]' for t in _DISCUSSION_TYPES)


def topic_title(tree: LexborHTMLParser) -> str | None:
    """The topic's own title (Open Graph) when the page gives one: <title> adds the site's name and slogan."""
    node = tree.css_first("meta[property='og:title']")
    return clean_inline(node.attributes.get("content")) or None if node is not None else None


def declares_discussion(tree: LexborHTMLParser) -> bool:
    """The page's microdata marks a question with answers or a forum posting, each with its poster: a thread even
    when the page also calls itself an article."""
    return tree.css_first(DISCUSSION_CSS) is not None


def extract_generic_posts(tree: LexborHTMLParser, doc: Document, min_chars: int = 0,
                          with_lead: bool = True, declared: bool = False) -> list[Post]:
    """Posts of a thread on an unknown engine; [] when the page shows no repeated author+date blocks, or when
    the blocks hold no more than `min_chars` characters of text in all (posts never hold more than that).
    `with_lead=False` leaves out an opening post printed apart (weighing replies against an article, which
    would itself pass for one); `declared=True` finds posts only when they are (inside) the page's
    discussion microdata items."""
    body = tree.body
    if body is None:
        return []
    marks: dict[int, int] = {}
    first: dict[tuple[int, int], LexborNode] = {}
    dates = date_nodes(body)
    for node in dates:
        mark(node, 1, marks, first)
    authors = author_nodes(body) if dates else []  # posts need both: a page without dates has none
    for node in authors:
        mark(node, 2, marks, first)
    groups = find_groups(body, marks)
    if not groups:
        return []
    quotes = quote_blocks(body)
    groups = outside_quotes(groups, quotes)
    best = with_kin(innermost(max(groups, key=lambda g: g.score), groups, marks, quotes), marks)
    author_ids = {a.mem_id for a in authors}
    spans = with_replies(tops := post_spans(best), best, marks)
    path = author_path(tops, author_ids, frozenset(s[0].mem_id for s in spans))
    if with_lead and (lead := lead_span(best, marks, author_ids, path)) is not None:
        spans.insert(0, lead)
    if declared and not _in_items(spans, body):
        return []
    if min_chars and sum(len(node.text(deep=True) or "") for span in spans for node in span) <= min_chars:
        return []
    found = Marks(first, frozenset(author_ids), frozenset(d.mem_id for d in dates),
                  frozenset(k for k, v in marks.items() if v == 3), frozenset(s[0].mem_id for s in spans), path)
    posts = [read_post(span, found, doc) for span in spans]
    return [p for p in posts if p is not None]


def _in_items(spans: list[list[LexborNode]], body: LexborNode) -> bool:
    """Whether every post block is, or lies inside, a discussion microdata item."""
    items = {n.mem_id for n in body.css(DISCUSSION_ITEM_CSS)}
    for span in spans:
        node: LexborNode | None = span[0]
        while node is not None and node.mem_id not in items and node.mem_id != body.mem_id:
            node = node.parent
        if node is None or node.mem_id not in items:
            return False
    return True
