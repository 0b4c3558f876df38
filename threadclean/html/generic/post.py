"""Reading one post from its span: author, date, and the body's words without header, replies, signatures,
hidden blocks and action lines."""

from __future__ import annotations

import re
from collections.abc import Set
from dataclasses import dataclass
from datetime import UTC, datetime

from selectolax.lexbor import LexborNode

from threadclean.dates import parse_datetime
from threadclean.html.adapter import expand_text_parts
from threadclean.html.emails import reveal_emails
from threadclean.html.fields import absolute, clean_inline
from threadclean.html.generic.author import find_author, learnt_author, own_node
from threadclean.html.generic.scan import DATE_TEXT, EDIT_LABEL, MAX_DATE_TEXT
from threadclean.html.quotes import QuoteReader
from threadclean.html.spec import QuoteSpec
from threadclean.html.tails import without_board_lines
from threadclean.html.walk import walk_parts
from threadclean.html.when import parse_machine_date
from threadclean.model import Document, Part, Post, Reaction, Removed
from threadclean.text.anchors import MAX_BY_LINE, by_name
from threadclean.text.engines import BUTTON_LINE, COUNTER_LINE, GENERIC, REACTION_COUNT_LINE, TEMPLATE_LINE
from threadclean.text.post_header import leading_pane
from threadclean.text.post_lines import is_date_line
from threadclean.text.post_tail import count_names, like_share_counts

#: a quote's header: inside its block, or the element just before it ("<div class=title>X said:</div><blockquote>")
_QUOTE_TITLE = "cite, .quote-header, .quoteheader, .bbcode_quote_head, .title"
GENERIC_QUOTES = (
    QuoteSpec(block="blockquote, div.quote, div.bbcode_quote, div.quotecontent, div.bbquote", title=_QUOTE_TITLE,
              header=_QUOTE_TITLE, lead_link=True),
    # vBulletin 3's quote box, kept by boards that moved to their own software: a styled box, "Originally Posted by
    # X" and the quoted words in italics in its cell
    QuoteSpec(block='div[style*="margin:20px"]:has(td.alt2), div[style*="margin: 20px"]:has(td.alt2)',
              author=(".alt2 > div > strong",), title="div.smallfont, .alt2 > div:has(> strong)",
              content='.alt2 > div[style*="italic"]', source='.alt2 > div > a[href*="#post"]@href',
              source_pattern=r"#post(\d+)"),
)
#: signature blocks under a post (the poster's standing footer, not the post's words)
SIGNATURE_CSS = ".signature, .sig, .sig_text, .post-signature, .postsignature, .user-signature, .usersig"
#: themes name the signature after their own block ("DiscussionBoard-signature", "forum-signature__wrapper"); a class
#: like "has-signature" on a wrapper of the whole post matches too, so these go only when smaller than the rest
THEMED_SIGNATURE_CSS = "[class*=-signature]"
#: blocks the page does not show: dropped when they hold a form (a collapsed reply form under every post); other
#: hidden text is the post's own ("read more" remainders, spoilers)
HIDDEN_CSS = '[style*="display: none"], [style*="display:none"], [hidden]'
FORM_TAGS = frozenset(("form", "textarea", "input", "button", "select"))
FORM_CSS = ", ".join(sorted(FORM_TAGS))
#: form controls whose label block is a widget, not the post's words (buttons carry no text the walk reads)
FIELD_CSS = "input, textarea, select"
#: every query a post's body is searched with beside its replies: one search for all of them tells whether any
#: finds something (most bodies hold no quote, signature, hidden block or form field)
_BODY_QUERIES = ", ".join([q.block for q in GENERIC_QUOTES] + [SIGNATURE_CSS, THEMED_SIGNATURE_CSS, HIDDEN_CSS, FIELD_CSS])
#: lines dropped only in a post's action row: one share target per line ("Facebook", "Copy Post"), a report
#: link, an icon's name ("arrow-up"), a template the page left unrendered ("{{ errors[3].message }}")
_EDGE_ONLY = (r"^(?:Facebook|Twitter|X|WhatsApp|Telegram|LinkedIn|Pinterest|Reddit|Tumblr|Bluesky|Email|"
              r"Copy (?:Post|[Ll]ink)|Report inappropriate content|Link to (?:post|comment)|Share on other sites|"
              r"Share this post|Report post|(?:arrow|chevron|caret)-(?:up|down|left|right)|"
              rf"{TEMPLATE_LINE})$")
_REACTION_COUNTS = re.compile(REACTION_COUNT_LINE)
#: a line holding only a post's buttons ("Reply", "Share | Report") or counters ("2 replies"), as in text mode;
#: named member details ("Location: Ohio") and "is offline" read as words too often to be dropped anywhere
ACTION_LINE = re.compile(f"{BUTTON_LINE}|{COUNTER_LINE}|{REACTION_COUNT_LINE}|{_EDGE_ONLY}")
#: a body candidate of at most PANE_FIELD characters in the author's pane (a role, a custom field) yields to one
#: outside it holding at least PANE_SHARE of its text
PANE_FIELD, PANE_SHARE = 80, 0.5
#: an author pane's facts are this short at most (characters)
MAX_PANE_TEXT = 300
_WORD = re.compile(r"[^\W\d_]{2}")
#: action lines are short, and only dropped in a run at the post's start or end (its header or action row)
MAX_ACTION_LINE = 60
#: who liked the post, under it ("A, B and 2 others like this.", XenForo 1 and vBulletin add-ons)
LIKED_BY = re.compile(r"^(?P<names>\S.*?) (?:likes? this|liked this|gefällt das|aiment ça|aime ça)\.?$", re.I)
MAX_LIKED_BY = 300


@dataclass(frozen=True)
class Marks:
    """What the page scan found, shared by every post of the thread."""

    #: the first date (flag 1) / author (flag 2) node under each marked node
    first: dict[tuple[int, int], LexborNode]
    authors: frozenset[int]
    dates: frozenset[int]
    #: blocks holding an author and a date: replies or comments inside a post are never its body
    nested: frozenset[int]
    #: the thread's post blocks: one post's words never include another's
    posts: frozenset[int] = frozenset()
    #: where the name sits in a post block (tag and first class per level), learnt from a post whose name is
    #: marked: read there in posts whose name is not (a former member's name linking nowhere)
    author_path: tuple[tuple[str, str], ...] | None = None
    #: the blocks holding a post block (its ancestors): a body search need not enter any other block that cannot
    #: be the body (None: not known, every block is entered)
    holding_posts: frozenset[int] | None = None
    #: quote-styled blocks that are the posts' bodies (`bodies.quote_styled_bodies`)
    bodies: frozenset[int] = frozenset()
    #: the blocks the page hides (HIDDEN_CSS): never a body, their words no post's; hidden text inside a body is its
    #: own (a spoiler)
    hidden: frozenset[int] = frozenset()


def read_post(span: list[LexborNode], marks: Marks, doc: Document) -> Post | None:
    """The post in `span`; None when it holds no words, bar a post whose body is empty (nothing outside its
    header)."""
    for node in span:
        reveal_emails(node)
    roots = {n.mem_id for n in span}
    # a post's own name and date lie outside the posts and comments nested in it (a deleted poster's comment
    # must not take its first reply's name)
    skip = _not_own(span, marks, roots)
    author, link, author_node = find_author(span, marks.authors, skip)
    date_node = _own_date(span, marks, roots, skip)
    if author is None:
        author, link, author_node = learnt_author(span, marks.author_path)
    if author is None and date_node is not None:
        author = _named_by(date_node)
    posted_at, raw = read_date(date_node, doc)
    raw = _without_author(raw, author, author_node, date_node)
    avoid: set[int] = set()
    header = None
    for node in (author_node, date_node):
        while node is not None and node.mem_id not in avoid:
            avoid.add(node.mem_id)
            node = node.parent
        header = node  # after the date's chain: where it met the author's (their smallest common block)
    reader = QuoteReader(GENERIC_QUOTES, doc.removed, skip=marks.bodies)
    left_out = _header_words(span, header, author_node is None and span[0].mem_id in avoid)
    parts: list[Part] = []
    signatures = _signatures(span, avoid)
    bodies = _styled_body(span, marks) or _body_nodes(span, avoid, left_out, marks, signatures,
                                                      _side(author_node, header, date_node))
    for sig in _outside(signatures, span, bodies):  # inside a body, the walk drops them (_mark_chrome)
        _drop(sig, "signature", doc)
    for body in bodies:
        searched = body.css_matches(_BODY_QUERIES)
        if searched:
            reader.register(body)
        for extra in (author_node, date_node):
            if extra is not None:
                reader.handlers.setdefault(extra.mem_id, lambda _n: None)
        for reply in _posts_inside(body, marks.posts - roots, marks.holding_posts):
            reader.handlers.setdefault(reply.mem_id, lambda _n: None)
        if searched:
            _mark_chrome(body, reader, doc)
        parts.extend(expand_text_parts(walk_parts(body, reader.handlers)))
    parts, reactions = _without_action_lines([p for p in parts if p], doc)
    parts = without_board_lines(parts, doc.removed)
    # no words; a post with no body at all (an emoticon alone) stays, as engines keep it, if it names its poster
    # or date (a wrapper round a post, read as a reply to it, names neither)
    if not parts and (bodies or author is None and date_node is None):
        return None
    return Post(parts=parts, author=author, author_url=absolute(doc.url, link), posted_at=posted_at,
                posted_at_raw=raw, reactions=reactions)


def _named_by(date_node: LexborNode) -> str | None:
    """The name a post's header row gives without a link, before its date ("Re: Topic by Nobody: 12:16pm On Apr
    24", nairaland's deleted members)."""
    row = date_node.parent
    for _ in range(HEADER_ROW_LEVELS):  # the date may sit in a span of its own inside the row
        if row is None or len(text := clean_inline(row.text(deep=True))) > MAX_BY_LINE:
            return None
        if pair := by_name(text):
            return pair[0]
        row = row.parent
    return None


#: how far above its date a header row naming the poster may be
HEADER_ROW_LEVELS = 3


#: an author pane's post or vote count ("9,239 posts", "Posts: 133", "Posts" over its number)
PANE_COUNT = re.compile(r"^(?:[\d.,]+\s*[km]?\s+(?:posts?|messages?|helpful votes?|reviews?|answers?|points|beiträge)|"
                        r"(?:posts|total posts|messages|beiträge|reputation|reaction score|points|karma|threads)"
                        r"(?:\s*:?\s*[\d.,]+\s*[km]?)?)$", re.I)


def strip_pane_lines(post: Post, doc: Document) -> None:
    """Take out of the post the author pane's lines that open its text when the pane shares the body's block
    (location, rank, "9,239 posts", "105 helpful votes"), as a text dump's pane above a body is read. Done once
    the page is known to be a thread: weighing comment blocks against an article counts their whole text."""
    if not post.parts or not isinstance(post.parts[0], str):
        return
    lines = post.parts[0].split("\n")
    filled = [i for i, line in enumerate(lines) if line]  # blocks are parted by blank lines, a dump's pane is not
    head, removed = leading_pane([lines[i] for i in filled], post.author, GENERIC.rx)
    rest = "\n".join(lines[filled[head]:]).strip("\n") if head < len(filled) else ""
    # a post count shows the lines are a pane ("Age: 34" / "Location: Ohio" may open a member's own words); a post
    # is never all pane
    if rest and any(PANE_COUNT.match(r.text) for r in removed):
        # the post's date printed again under the pane ("August 26, 2024" over the words) is its header's too
        first, _, after = rest.partition("\n")
        if after.strip() and _date_only(first):
            removed.append(Removed(first, "header"))
            rest = after.strip("\n")
        doc.removed += removed
        post.parts = [rest, *post.parts[1:]]


def _mark_chrome(body: LexborNode, reader: QuoteReader, doc: Document) -> None:
    """Leave the body's signatures, hidden forms and form widgets out of its words."""
    for sig in body.css(SIGNATURE_CSS) + _themed_signatures(body):
        reader.handlers.setdefault(sig.mem_id, lambda n: _drop(n, "signature", doc))
    for hidden in body.css(HIDDEN_CSS):
        if hidden.tag in FORM_TAGS or hidden.css_first(FORM_CSS) is not None:
            reader.handlers.setdefault(hidden.mem_id, lambda n: _drop(n, "hidden", doc))
    for field in _form_fields(body):
        reader.handlers.setdefault(field.mem_id, lambda n: _drop(n, "form", doc))


def _not_own(span: list[LexborNode], marks: Marks, roots: set[int]) -> frozenset[int]:
    """The blocks in the span that hold another post's name and date: replies that are posts of their own, and
    of the smallest blocks holding a name and a date, all but the first (the post's header; not even that one
    when the post shows a date before it, as a deleted poster's comment above its first reply does)."""
    others = marks.posts - roots
    skip, header_free = set(others), True
    stack = list(reversed(span))
    while stack:
        node = stack.pop()
        if node.mem_id in others:
            continue
        # the blocks holding a name and a date are marked with their ancestors: an inner one is among the children
        if node.mem_id not in roots and node.mem_id in marks.nested and not any(
                c.mem_id in marks.nested for c in node.iter()):
            if not header_free:
                skip.add(node.mem_id)
            header_free = False
            continue
        if node.mem_id in marks.dates:
            header_free = False
        # dates and blocks with a name and a date lie only in blocks marked as holding a date
        stack.extend(reversed([c for c in node.iter() if (c.mem_id, 1) in marks.first]))
    return frozenset(skip)


def _own_date(span: list[LexborNode], marks: Marks, roots: set[int], skip: frozenset[int]) -> LexborNode | None:
    """The post's date node: the first one marked under its block (machine dates first), else the first in page
    order outside the blocks `skip`."""
    for node in span:
        if (found := marks.first.get((node.mem_id, 1))) is not None:
            if own_node(found, roots, skip):
                return found
            break
    for node in span:
        for cand in node.traverse():
            if cand.mem_id in marks.dates and own_node(cand, roots, skip):
                return cand
    return None


def read_date(node: LexborNode | None, doc: Document) -> tuple[datetime | None, str | None]:
    """(when, shown text) of a date node: its machine-readable attribute first, else its words."""
    if node is None:
        return None, None
    attrs = node.attributes
    machine = attrs.get("datetime") or attrs.get("data-timestamp") or attrs.get("data-time")
    raw = clean_inline(node.text(deep=True)) or attrs.get("title") or machine
    if machine and raw != machine and (len(raw) > MAX_DATE_TEXT or not DATE_TEXT.search(raw)):
        raw = attrs.get("title") or machine  # a block carrying its post's time shows other words (NodeBB's <li>)
    elif raw and len(raw) > MAX_DATE_TEXT and (m := DATE_TEXT.search(raw)):
        raw = m.group(0)
    when = parse_machine_date(machine) or (parse_datetime(raw, now=doc.fetched_at) if raw else None)
    if when is None and raw and _CLOCK.match(raw) and (wider := _date_around(node)) is not None:
        raw, when = wider, parse_datetime(wider, now=doc.fetched_at)
    return when, raw


_CLOCK = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?$", re.I)
#: elements whose text may carry a date split over child elements
_DATE_HOLDERS = frozenset({"span", "small", "time", "font", "em", "i", "p", "div", "td"})


#: any day: a date without its year reads as one when the page's fetch date is known
_SOME_DAY = datetime(2000, 6, 15, tzinfo=UTC)


def _date_around(node: LexborNode) -> str | None:
    """The date the node's parent shows when the node holds only a part of it ("<span><b>3:21pm</b> On <b>Mar
    09</b>, <b>2023</b></span>", Nairaland): its short text, when it reads as a date; None otherwise."""
    parent = node.parent
    if parent is None or parent.tag not in _DATE_HOLDERS:
        return None
    text = clean_inline(parent.text(deep=True))
    return text if len(text) <= MAX_DATE_TEXT and parse_datetime(text, now=_SOME_DAY) is not None else None


def _without_author(raw: str | None, author: str | None, author_node: LexborNode | None,
                    date_node: LexborNode | None) -> str | None:
    """The shown date without the author's name when both sit in one header cell ("jdoe Jun 05, 2020 11:58 AM");
    a date of its own keeps its words (author "May", date "May 5, 2024")."""
    if not (raw and author and raw.startswith(author) and len(raw) > len(author)):
        return raw
    if author_node is None or date_node is None or not in_or_under(author_node, {date_node.mem_id}):
        return raw
    return raw[len(author):].lstrip(" ,|·-–—") or raw


def in_or_under(node: LexborNode, blocks: Set[int]) -> bool:
    """Whether `node` is one of `blocks` (by mem_id) or lies inside one."""
    current: LexborNode | None = node
    while current is not None:
        if current.mem_id in blocks:
            return True
        current = current.parent
    return False


def _header_words(span: list[LexborNode], header: LexborNode | None, dated_first_row: bool) -> int:
    """Characters of the post's header: the block holding author and date when it is not the whole post, or
    the first of several rows when it shows the date and names nobody (a deleted poster's header row)."""
    if header is not None and all(header.mem_id != n.mem_id for n in span):
        return _size(header)
    if header is None and dated_first_row and len(span) > 1:
        return _size(span[0])
    return 0


def _signatures(span: list[LexborNode], header: set[int]) -> dict[int, LexborNode]:
    """The signature blocks in the span, by mem_id, but for those holding the post's name or date (`header`: a
    theme may class its post header "signature")."""
    return {n.mem_id: n for node in span for n in node.css(SIGNATURE_CSS) if n.mem_id not in header}


def _styled_body(span: list[LexborNode], marks: Marks) -> list[LexborNode]:
    """The post's quote-styled body (`Marks.bodies`), outside the posts nested in it: the thread's posts all print
    their words in such a block, however short the words and long the author's pane beside them."""
    if not marks.bodies:
        return []
    nested = marks.posts - {n.mem_id for n in span}
    found = [b for node in span for b in node.css(GENERIC_QUOTES[0].block)
             if b.mem_id in marks.bodies and not in_or_under(b, nested)]
    return found[:1]


def _outside(blocks: dict[int, LexborNode], span: list[LexborNode], bodies: list[LexborNode]) -> list[LexborNode]:
    """The blocks that lie in none of the `bodies` (all of them when the body is the whole span: none)."""
    if not blocks or bodies == span:
        return []
    inside = {b.mem_id for b in bodies}
    return [n for n in blocks.values() if not in_or_under(n, inside)]


def _body_nodes(span: list[LexborNode], avoid: set[int], left_out: int, marks: Marks,
                signatures: Set[int] = frozenset(), pane: LexborNode | None = None) -> list[LexborNode]:
    """The largest subtree of the span holding neither the author nor the date, when it holds at least half of
    the words outside the header (`left_out` characters: the block with author and date, e.g. a subject row)
    and outside replies nested in the post (posts of their own) and its `signatures`; the whole span when it
    holds less (paragraphs placed straight in the post). Nothing inside a block with its own author and date (a
    comment under the post) is the body, nor is a signature (longer than a short post's words). A short subtree of
    the author's `pane` (the author's side of the header, when the date is on another) yields to one outside it of
    at least PANE_SHARE of its size: a member's role or custom field outweighs a four-word post."""
    total = -left_out
    best: list[LexborNode | None] = [None, None]  # the largest outside the pane, and inside it
    best_len = [0, 0]
    roots = {n.mem_id for n in span}
    pane_id = pane.mem_id if pane is not None else -1
    # each node with a bound on its size (its parent's, or the bound its parent had): a node whose bound does not
    # exceed the best size so far cannot win, and its text is not measured (most nodes, once the body is found)
    stack: list[tuple[LexborNode, int | None, int]] = [(n, None, 0) for n in reversed(span)]
    while stack:
        cand, bound, side = stack.pop()
        side = 1 if cand.mem_id == pane_id else side
        size = None
        if cand.mem_id in roots:
            total += (size := _size(cand))
        elif cand.mem_id in marks.posts or cand.mem_id in signatures:
            total -= _size(cand)
            continue
        if cand.mem_id in marks.hidden:
            total -= _size(cand)  # words the page does not show are no post's (a member's popup menu)
            continue
        if cand.mem_id in marks.nested and cand.mem_id not in avoid and cand.mem_id not in roots:
            continue
        if bound is not None and bound <= best_len[side] and marks.holding_posts is not None \
                and cand.mem_id not in marks.holding_posts:
            continue  # nothing in it can win, nor is another post's size to be taken off the total
        # (a block holding another post is no post's body: a wrapper round a post read as a reply to it)
        eligible = cand.mem_id not in avoid and cand.tag != "a" \
            and (marks.holding_posts is None or cand.mem_id not in marks.holding_posts)
        if size is None and eligible and (bound is None or bound > best_len[side]):
            size = _size(cand)
        if size is not None and eligible and size > best_len[side] and _member_info(cand, size):
            continue  # the author's facts, no post's words (nor are its lines)
        inner = size if size is not None else bound
        stack.extend((c, inner, side) for c in reversed(list(cand.iter())))
        # a link is a subject line or a name; a short date node a second date line ("On Apr 24")
        if size is None or not eligible or (cand.mem_id in marks.dates and size <= MAX_DATE_TEXT):
            continue
        if size > best_len[side] and not _TEMPLATE.match(cand.text(deep=True, strip=True) or ""):
            best[side], best_len[side] = cand, size
    side = 0 if best[0] is not None and (best_len[0] >= best_len[1] or
                                         best_len[1] <= PANE_FIELD and best_len[0] >= PANE_SHARE * best_len[1]) else 1
    if (chosen := best[side]) is not None and best_len[side] >= 0.5 * total:
        return [chosen]
    return span if total > 0 else []  # no words outside the header: the body is empty (an emoticon alone)


def _member_info(node: LexborNode, size: int) -> bool:
    """The block (of `size`, as _size measures it) shows member info: one line of it ("Original Poster"), or a line
    per child ("Join Date: Aug 2008" / "Location: SIN" / "Posts: 1,077") with half of them member info at least: the
    author pane's facts, never a post's words however short the post."""
    info = GENERIC.rx.member_info
    if info is None or size > MAX_PANE_TEXT:
        return False
    lines = [line for c in node.iter() if c.is_element_node and (line := " ".join(c.text(deep=True).split()))]
    if len(lines) < 2:
        line = " ".join(node.text(deep=True).split())  # (a word in it: a post may say "m" or "42")
        return bool(_WORD.search(line) and info.match(line))
    return 2 * sum(bool(info.match(line)) for line in lines) >= len(lines)


def _side(author: LexborNode | None, header: LexborNode | None, date: LexborNode | None) -> LexborNode | None:
    """The block of the header holding the author, when the date is in another (an author pane beside the post)."""
    if author is None or header is None or date is None:
        return None
    node = author
    while node.parent is not None and node.parent.mem_id != header.mem_id:
        node = node.parent
    return node if node.parent is not None else None


#: a block showing only a template the page left unrendered (an error alert hidden until a script fills it)
_TEMPLATE = re.compile(rf"^{TEMPLATE_LINE}$")


def _size(node: LexborNode) -> int:
    """The node's characters of text, without the whitespace around its pieces (an author pane's indented markup
    would outweigh a short post)."""
    return len(node.text(deep=True, strip=True) or "")


def _themed_signatures(body: LexborNode) -> list[LexborNode]:
    """Blocks a theme's class names as the signature, when they hold less than half of the body's words."""
    found = body.css(THEMED_SIGNATURE_CSS)
    if not found:
        return []
    half = len(body.text(deep=True) or "") / 2
    return [n for n in found if len(n.text(deep=True) or "") < half]


def _form_fields(body: LexborNode) -> list[LexborNode]:
    """The blocks around a form control that hold only its label ("Number of slices to send:", "Send"): a widget
    the page pops up from the post's buttons (a tip or rating form), printed in its block."""
    fields = []
    for control in body.css(FIELD_CSS):
        block = control.parent
        if block is not None and block.mem_id != body.mem_id and \
                len((block.text(deep=True) or "").strip()) <= MAX_ACTION_LINE:
            fields.append(block)
    return fields


def _posts_inside(body: LexborNode, posts: frozenset[int], holding: frozenset[int] | None) -> list[LexborNode]:
    """The other posts inside `body` (replies nested in it), to be left out of its words, in page order; the walk
    enters only the blocks `holding` posts (all when None)."""
    if not posts:
        return []
    if holding is None:
        return [d for d in body.traverse() if d.mem_id in posts]
    found, stack = [], [body]
    while stack:
        node = stack.pop()
        if node.mem_id in posts:
            found.append(node)
        if node.mem_id in holding:
            stack.extend(reversed(list(node.iter())))
    return found


def _without_action_lines(parts: list[Part], doc: Document) -> tuple[list[Part], list[Reaction]]:
    """The parts without the runs of button-label or counter lines opening or closing the post (its action row
    caught in its block), and the like and share counts among them; unchanged when nothing else would be left
    (a post saying only "Thanks"), unless the lines are all counts (an image's post under "1 Like 1 Share")."""
    if not parts:
        return parts, []
    out = list(parts)
    dropped: list[str] = []
    if isinstance(out[0], str):
        lines = out[0].split("\n")
        cut = _run_length(lines, opening=True)
        dropped += lines[:cut]
        out[0] = "\n".join(lines[cut:]).strip()
    if isinstance(out[-1], str) and out[-1]:
        lines = out[-1].split("\n")
        cut = _run_length(lines[::-1])
        dropped += lines[len(lines) - cut:]
        out[-1] = "\n".join(lines[:len(lines) - cut]).strip()
    out = [p for p in out if p]
    dropped = [line for d in dropped if (line := " ".join(d.split()))]
    if not any(isinstance(p, str) for p in out) and not all(map(_reaction_counts, dropped)):
        return parts, []  # a post holding only such a line (or only quotes and such lines) keeps it
    reactions: list[Reaction] = []
    for line in dropped:
        counts = _reaction_counts(line)
        reactions += counts
        reason = "reaction" if counts else "edited" if _edit_note(line) else "header" if _date_only(line) else "post_chrome"
        doc.removed.append(Removed(line, reason))
    return out, reactions


def _reaction_counts(line: str) -> list[Reaction]:
    """The like and share counts a line shows ("12 Likes 3 Shares"), or the likes a list of who liked the post
    stands for ("A, B and 2 others like this."); [] for other lines."""
    if m := _REACTION_COUNTS.match(line):
        return like_share_counts(m)
    return [Reaction("like", count_names(m["names"]))] if (m := _liked_by(line)) else []


def _run_length(lines: list[str], opening: bool = False) -> int:
    """How many of the first lines are blank or short action lines; `opening`: or the post's date line again
    ("Posted March 5, 2024 (edited)" over the words: its header row caught in its block); else (closing lines) or
    who liked the post and its edit note."""
    also = _date_only if opening else _note_under
    count = 0
    for line in lines:
        text = line.strip()
        if text and (len(text) > MAX_ACTION_LINE or not ACTION_LINE.match(text)) and not also(text):
            break
        count += 1
    return count


def _note_under(line: str) -> bool:
    """A note a board prints under the post's words: who liked it, or its edit note."""
    return _liked_by(line) is not None or _edit_note(line)


def _edit_note(line: str) -> bool:
    """An edit note under the post ("Last edited by jdoe; Feb 17, 2026 at 9:17 am"); a date or count in it: "Edited to
    add: ..." is the poster's."""
    return len(line) <= MAX_LIKED_BY and EDIT_LABEL.match(line) is not None and any(c.isdigit() for c in line)


def _liked_by(line: str) -> re.Match[str] | None:
    """A list of who liked the post under it ("A, B and 2 others like this."), `names` its names."""
    return LIKED_BY.match(line) if len(line) <= MAX_LIKED_BY else None


def _date_only(line: str) -> bool:
    """A line showing only a date, maybe labelled ("Posted ...") or marked edited."""
    found = is_date_line(GENERIC.rx, " ".join(line.split()))
    return found is not None and found.author is None


def _drop(node: LexborNode, reason: str, doc: Document) -> None:
    """Leave a node's words out of the post, keeping them in the audit trail."""
    if text := clean_inline(node.text(deep=True, separator=" ")):
        doc.removed.append(Removed(text, reason))
