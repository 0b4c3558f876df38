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

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from threadclean.html.emails import CF_EMAIL_CSS
from threadclean.html.fields import clean_inline
from threadclean.html.generic.author import author_path
from threadclean.html.generic.bodies import quote_styled_bodies
from threadclean.html.generic.groups import (
    MIN_POSTS,
    Group,
    find_groups,
    has_kin,
    innermost,
    lead_span,
    outside_quotes,
    post_spans,
    quote_blocks,
    with_kin,
    with_replies,
)
from threadclean.html.generic.post import GENERIC_QUOTES, HIDDEN_CSS, Marks, in_or_under, read_post
from threadclean.html.generic.scan import author_nodes, date_nodes, mark
from threadclean.model import Document, Post, Removed

__all__ = ["ScanMemo", "declares_discussion", "extract_generic_posts", "topic_title"]

_DISCUSSION_TYPES = ("Question", "Answer", "DiscussionForumPosting")
#: microdata of a discussion with named posters (FAQ blocks on articles use Question/Answer without authors)
DISCUSSION_CSS = ", ".join(f'[itemtype$="schema.org/{t}"] [itemprop=author]' for t in _DISCUSSION_TYPES)
#: the discussion's items: posts found elsewhere on the page (comments under an article with an FAQ box) are
#: not what the microdata declares
DISCUSSION_ITEM_CSS = ", ".join(f'[itemtype$="schema.org/{t}"]' for t in _DISCUSSION_TYPES)


def topic_title(tree: LexborHTMLParser) -> str | None:
    """The topic's own title when the page gives one (<title> adds the site's name and slogan): Open Graph's, else
    the page's one heading when <title> holds it ("<h1>Topic</h1>" in "<title>Topic | Site</title>")."""
    node = tree.css_first("meta[property='og:title']")
    if node is not None:
        return clean_inline(node.attrs.get("content")) or None
    headings = tree.css("h1")
    page = tree.css_first("title")
    if len(headings) != 1 or page is None:
        return None
    heading, whole = clean_inline(headings[0].text(deep=True)), clean_inline(page.text(deep=True))
    return heading if heading and heading != whole and heading in whole else None


def declares_discussion(tree: LexborHTMLParser) -> bool:
    """The page's microdata marks a question with answers or a forum posting, each with its poster: a thread even
    when the page also calls itself an article."""
    return tree.css_first(DISCUSSION_CSS) is not None


@dataclass
class _Scan:
    """What the page scan finds, before any reading's options apply: marks, the best group and its post spans."""

    marks: dict[int, int]
    first: dict[tuple[int, int], LexborNode]
    dates: list[LexborNode]
    author_ids: set[int]
    best: Group
    spans: list[list[LexborNode]]
    path: tuple[tuple[str, str], ...] | None
    #: the blocks the page hides (HIDDEN_CSS)
    hidden: frozenset[int]


class ScanMemo:
    """One tree's scan and post readings, for the generic finder run on it again (comments weighed against an
    article, then taken as the thread): the second run finds the same blocks and reads the same posts. Reading
    posts puts hidden e-mail addresses back into the tree; when posts about to be read hold any, nothing is kept
    from then on, and later runs scan the changed tree as they would without a memo."""

    def __init__(self) -> None:
        self.scans: list[_Scan | None] = []
        #: per span: its post, what reading it removed, and the thread's post blocks it was read with
        self.readings: dict[tuple[int, ...], tuple[Post | None, list[Removed], frozenset[int]]] = {}
        self.starts: dict[int, LexborNode] = {}
        self.kept = True

    def shows_blocks(self, tree: LexborHTMLParser) -> bool:
        """Whether the page shows repeated author+date blocks, which every reading of `extract_generic_posts` needs
        to find posts (False proves that none finds any); the scan is kept for the readings."""
        body = tree.body
        if body is None:
            return False
        if not self.kept:
            return True  # the tree changed since: each reading scans it again
        return self.scan(body) is not None

    def scan(self, body: LexborNode) -> _Scan | None:
        """The page's scan, made on the first call and kept for the later ones."""
        if not self.scans:
            self.scans.append(_scan(body))
        return self.scans[0]

    def read(self, span: list[LexborNode], found: Marks, doc: Document) -> Post | None:
        """read_post(span, found, doc), or the reading kept from an earlier run: a span reads the same unless a post
        block only one of the runs had lies in it (the opening post printed apart, found in one run only)."""
        key = tuple(n.mem_id for n in span)
        kept = self.readings.get(key)
        if kept is not None and not self._within(kept[2] ^ found.posts, set(key)):
            doc.removed += kept[1]
            return kept[0]
        already = len(doc.removed)
        post = read_post(span, found, doc)
        self.readings[key] = (post, doc.removed[already:], found.posts)
        return post

    def _within(self, starts: frozenset[int], span: set[int]) -> bool:
        """Whether any of the post blocks `starts` is, or lies inside, a node of the span."""
        return any(in_or_under(self.starts[start], span) for start in starts)


def extract_generic_posts(tree: LexborHTMLParser, doc: Document, min_chars: int = 0,
                          with_lead: bool = True, declared: bool = False, memo: ScanMemo | None = None) -> list[Post]:
    """Posts of a thread on an unknown engine; [] when the page shows no repeated author+date blocks, or when
    the blocks hold no more than `min_chars` characters of text in all (posts never hold more than that).
    `with_lead=False` leaves out an opening post printed apart (weighing replies against an article, which
    would itself pass for one); `declared=True` finds posts only when they are (inside) the page's
    discussion microdata items. `memo` keeps the scan and readings for later runs on the same tree."""
    body = tree.body
    if body is None:
        return []
    memo = memo if memo is not None and memo.kept else None
    scan = memo.scan(body) if memo is not None else _scan(body)
    if scan is None:
        return []
    spans = list(scan.spans)
    lead = lead_span(scan.best, scan.marks, scan.author_ids, scan.path) if with_lead else None
    if lead is not None:
        spans.insert(0, lead)
    if declared and not _in_items(spans, body):
        return []
    if min_chars and sum(len(node.text(deep=True) or "") for span in spans for node in span) <= min_chars:
        return []
    if memo is not None and any(n.css_first(CF_EMAIL_CSS) is not None for span in spans for n in span):
        memo.kept, memo = False, None
    found = Marks(scan.first, frozenset(scan.author_ids), frozenset(d.mem_id for d in scan.dates),
                  frozenset(k for k, v in scan.marks.items() if v == 3), frozenset(s[0].mem_id for s in spans),
                  scan.path, _ancestors([s[0] for s in spans]), quote_styled_bodies(scan.spans, spans, GENERIC_QUOTES[0]),
                  scan.hidden)
    if memo is None:
        posts = [p for span in spans if (p := read_post(span, found, doc)) is not None]
    else:
        memo.starts.update((s[0].mem_id, s[0]) for s in spans)
        posts = [p for span in spans if (p := memo.read(span, found, doc)) is not None]
    return _without_topic_header(posts, doc, tree) if lead is not None else posts


#: an opening post found apart with at most this many words, by the first post's author on its day, is the topic's
#: header ("Recommended Posts" under "By jdoe, March 5, 2024 in Forum"), printed above the opening post itself
HEADER_WORDS = 4


def _without_topic_header(posts: list[Post], doc: Document, tree: LexborHTMLParser) -> list[Post]:
    """The posts without an opening post found apart that is the topic's header (the title aside: asked of the tree
    only for a lead that may be one)."""
    if len(posts) < 2 or (lead := posts[0]).author != posts[1].author or lead.posted_at is None or \
            posts[1].posted_at is None or lead.posted_at.date() != posts[1].posted_at.date() or lead.quotes:
        return posts
    title = topic_title(tree)
    if sum(len(line.split()) for line in lead.text.split("\n") if line.strip() != title) > HEADER_WORDS:
        return posts
    doc.removed += [Removed(line, "header") for line in lead.text.split("\n") if line.strip()]
    return posts[1:]


def _scan(body: LexborNode) -> _Scan | None:
    """Date and author marks, the best group of post blocks and the spans of its posts; None when there is none."""
    # each of a group's blocks holds an author node and a date node of its own, and is of one kind with another
    # block beside it: a page without two such blocks holding an author, or with fewer than MIN_POSTS dates, has no
    # group (authors first: they rule out more pages, and the date scan walks every text)
    authors = author_nodes(body)
    if len(authors) < MIN_POSTS:
        return None
    # names in a member's popup menu the page hides ("View Public Profile") or in a row of who liked a post name no
    # poster
    hidden = frozenset(n.mem_id for n in body.css(HIDDEN_CSS))
    if len(authors := [a for a in authors if not (hidden and in_or_under(a, hidden)) and not _liker(a)]) < MIN_POSTS:
        return None
    marks: dict[int, int] = {}
    first: dict[tuple[int, int], LexborNode] = {}
    holding: dict[int, list[LexborNode]] = {}
    for node in authors:
        mark(node, 2, marks, first, holding)
    if not any(has_kin(blocks) for blocks in holding.values() if len(blocks) >= MIN_POSTS) or \
            len(dates := date_nodes(body)) < MIN_POSTS:
        return None
    # a date quoted with its poster's name ("X wrote: <date>") is no post's: a block holding a quote would pass for
    # one holding a comment of its own (an author and a date), never the body of a post
    quoted = frozenset(n.mem_id for n in body.css(GENERIC_QUOTES[0].block))  # (the boxes of vB3 cost a search)
    for node in dates:
        if not quoted or not in_or_under(node, quoted):
            mark(node, 1, marks, first)
    groups = find_groups(body, marks)
    if not groups:
        return None
    # quotes and signatures only tell groups apart: a page's one group stands whatever they are
    quotes = quote_blocks(body) if len(groups) > 1 else frozenset()
    groups = outside_quotes(groups, quotes)
    best = with_kin(innermost(max(groups, key=lambda g: g.score), groups, marks, quotes), marks)
    author_ids = {a.mem_id for a in authors}
    spans = with_replies(tops := post_spans(best), best, marks)
    path = author_path(tops, author_ids, frozenset(s[0].mem_id for s in spans))
    return _Scan(marks, first, dates, author_ids, best, spans, path, hidden)


#: a row naming the members who liked or thanked a post ("A, B and 2 others like this.", "Liked by: A, B")
_LIKERS = re.compile(r"^(?:Reactions|Liked by|Thanked by|Likes)\s*:|\b(?:likes? this|liked this|thanked this post|"
                     r"gefällt das|says thank you|thanked|say thank you)\.?$", re.I)
#: such a row is this short at most
MAX_LIKERS_ROW = 400


def _liker(node: LexborNode) -> bool:
    """The profile link names a member in a row of who liked the post, not a poster."""
    row = node.parent
    if row is None:
        return False
    text = row.text(deep=True)
    return len(text) <= MAX_LIKERS_ROW and bool(_LIKERS.search(" ".join(text.split())))


def _ancestors(nodes: list[LexborNode]) -> frozenset[int]:
    """The blocks holding any of the nodes."""
    found: set[int] = set()
    for node in nodes:
        current = node.parent
        while current is not None and current.mem_id not in found:  # a block found has its ancestors found too
            found.add(current.mem_id)
            current = current.parent
    return frozenset(found)


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
