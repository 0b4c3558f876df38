"""Post blocks: same-looking sibling blocks that each hold an author and a date, and the spans of page they cover.

Beyond the best group itself: a group of posts inside its blocks wins over it, same-kind siblings showing only a
name or only a date join it, an opening post printed apart is found before it, and replies nested in its posts
become spans of their own.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from selectolax.lexbor import LexborNode

from threadclean.html.generic.author import author_path, first_text, step
from threadclean.html.generic.post import GENERIC_QUOTES, SIGNATURE_CSS
from threadclean.html.generic.scan import DATE_TEXT

#: tag, base (first) class, class set, and the classes that carried digits (generated ids: `element-3fa9`), all
#: with digits dropped (`bg1` and `bg2` are one class)
Kind = tuple[str, str, frozenset[str], frozenset[str]]
#: named classes two post blocks of one group may differ by ("post first-post", "post post-secondary reply")
MAX_MODIFIERS = 2
MIN_POSTS = 2
MIN_MEAN_TEXT = 25
#: a group inside the best group's blocks replaces it when it weighs at least this share of it
INNER_SHARE = 0.5
#: blocks inside a post that quote or sign rather than hold posts: lists of quotes never replace the thread
QUOTE_OR_SIGNATURE_CSS = ", ".join([q.block for q in GENERIC_QUOTES] + [SIGNATURE_CSS])
#: ancestor levels above the replies searched for an opening post printed apart (a question above its answers)
LEAD_LEVELS = 4
#: an opening post printed apart is at most this many times as long as the longest reply, or as all replies
#: together (a long report with short thanks under it), plus some chrome
LEAD_MAX_RATIO, LEAD_SLACK = 4, 2000
#: the opening post's block is narrowed to a child holding author, date and this share of its text
LEAD_NARROW_SHARE = 0.6
#: an opening post's block saying at most this many characters beyond links, headings, names and dates is a bare
#: header ("Fitzg | Posted in <forum> on <date>"): its body is the prose printed after it
MAX_HEADER_WORDS = 25
HEADER_TAGS = frozenset(("a", "h1", "h2", "h3", "h4", "h5", "h6", "time", "script", "style", "-comment"))
#: blocks after such a header that are the page's, not the post's: menus, page sections, link lists
PAGE_CHROME_TAGS = frozenset(("nav", "header", "footer", "aside", "form"))
MAX_BODY_LINK_SHARE = 0.5
_DIGITS = re.compile(r"\d+")


@dataclass
class Group:
    """Same-kind post blocks (`starts`) under one parent, with a score for how much of a thread they hold."""

    parent: LexborNode
    starts: list[LexborNode]
    score: float


def signature(node: LexborNode) -> Kind:
    """A block's kind, read from its tag and classes."""
    value = node.attrs.get("class") or ""
    raw = value.split()
    if _DIGITS.search(value) is None:  # most classes: no generated numbers to take out
        return node.tag or "", raw[0] if raw else "", frozenset(raw), frozenset()
    cls = [_DIGITS.sub("", c) for c in raw]
    ids = frozenset(c for c, r in zip(cls, raw, strict=True) if c != r)
    return node.tag or "", cls[0] if cls else "", frozenset(cls), ids


def same_kind(a: Kind, b: Kind) -> bool:
    """Blocks of one kind share tag and base class and differ by a few named modifier classes: the opening post
    or a reply must not fall out of its group, while page-builder sections (differing generated ids) stay apart."""
    diff = a[2] ^ b[2]
    return a[:2] == b[:2] and len(diff) <= MAX_MODIFIERS and diff.isdisjoint(a[3] | b[3])


def find_groups(body: LexborNode, marks: dict[int, int]) -> list[Group]:
    """Groups of at least `MIN_POSTS` same-kind sibling blocks each holding an author and a date (flags 1|2)."""
    # per parent: clusters of (kinds seen, blocks); a block joins the first cluster holding a kind like its own
    kinds: dict[int, list[tuple[set[Kind], list[LexborNode]]]] = defaultdict(list)
    parents: dict[int, LexborNode] = {}
    for node in _both_marked(body, marks):
        if node.parent is not None:
            sig, clusters = signature(node), kinds[node.parent.mem_id]
            found = next((c for c in clusters if any(same_kind(k, sig) for k in c[0])), None)
            if found is None:
                clusters.append(found := (set(), []))
            found[0].add(sig)
            found[1].append(node)
            parents[node.parent.mem_id] = node.parent
    groups = []
    for pid, clusters in kinds.items():
        for _kinds, starts in clusters:
            if len(starts) < MIN_POSTS:
                continue
            sizes = [len(s.text(deep=True) or "") for s in starts]
            if sum(sizes) / len(sizes) >= MIN_MEAN_TEXT:
                groups.append(Group(parents[pid], starts, sum(min(s, 3000) for s in sizes) * len(starts) ** 0.5))
    return groups


def has_kin(blocks: list[LexborNode]) -> bool:
    """Whether two of the sibling blocks are of one kind: the least a group of them needs."""
    seen: list[Kind] = []
    for block in blocks:
        sig = signature(block)
        if any(same_kind(k, sig) for k in seen):
            return True
        seen.append(sig)
    return False


def _both_marked(body: LexborNode, marks: dict[int, int]) -> Iterator[LexborNode]:
    """The nodes under `body` (itself included) marked with an author and a date, in page order. Marks reach every
    ancestor, so these nodes form one tree from the body down: the walk need not enter any other node."""
    stack = [body] if marks.get(body.mem_id) == 3 else []
    while stack:
        node = stack.pop()
        yield node
        stack.extend(reversed([c for c in node.iter() if marks.get(c.mem_id) == 3]))


def post_spans(group: Group) -> list[list[LexborNode]]:
    """Each start with the siblings that follow it up to the next start (the last one as long as the others)."""
    start_ids = {s.mem_id for s in group.starts}
    found: list[list[LexborNode]] = []
    for child in group.parent.iter():
        if child.mem_id in start_ids:
            found.append([child])
        elif found:
            found[-1].append(child)
    if len(found) > 1:
        usual = Counter(len(s) for s in found[:-1]).most_common(1)[0][0]
        found[-1] = found[-1][:usual]
    return found


def quote_blocks(body: LexborNode) -> frozenset[int]:
    """The page's quote and signature blocks."""
    return frozenset(n.mem_id for n in body.css(QUOTE_OR_SIGNATURE_CSS))


def outside_quotes(groups: list[Group], quotes: frozenset[int]) -> list[Group]:
    """The groups whose blocks are not quotes or signatures (a post quoting several others holds a list of
    "<name> wrote on <date>" blocks, larger than short replies); all of them when there is no other."""
    return [g for g in groups if not _quoted(g, quotes)] or groups


def _quoted(group: Group, quotes: frozenset[int]) -> bool:
    """Whether the group's blocks are quotes or signatures, or sit inside one (up to the page's body)."""
    if any(s.mem_id in quotes for s in group.starts):
        return True
    node: LexborNode | None = group.parent
    while node is not None and node.tag not in ("body", "html"):
        if node.mem_id in quotes:
            return True
        node = node.parent
    return False


def innermost(best: Group, groups: list[Group], marks: dict[int, int], quotes: frozenset[int]) -> Group:
    """The best group, or the best of the groups whose posts sit inside one of its blocks: sections that each
    hold a list of posts (question / answers) are containers, not posts. Replies nested in a post (same kind),
    small lists inside posts, lists of quotes or signatures, and lists inside blocks that show their own author
    and date beside them (a post quoting several others) do not count."""
    starts, kinds = {s.mem_id for s in best.starts}, {signature(s) for s in best.starts}
    inner = [g for g in groups if g is not best and g.score >= INNER_SHARE * best.score
             and signature(g.starts[0]) not in kinds and _inside_one(g, starts, best.parent.mem_id, marks, quotes)]
    return max(inner, key=lambda g: g.score) if inner else best


def _inside_one(group: Group, starts: set[int], stop: int, marks: dict[int, int], quotes: frozenset[int]) -> bool:
    """Whether the group's parent lies inside one of `starts` (searching up to the node `stop`), as a list of
    its own: not in a quote or signature, and with no author and date in that block outside the list."""
    if _quoted(group, quotes):
        return False
    node, flags = group.parent, 0
    while node is not None and node.mem_id != stop:
        if node.mem_id in starts:
            return flags != 3
        if node.parent is not None:  # what the blocks around the list show beside it
            for sibling in node.parent.iter():
                if sibling.mem_id != node.mem_id:
                    flags |= marks.get(sibling.mem_id, 0)
        node = node.parent
    return False


def with_kin(group: Group, marks: dict[int, int]) -> Group:
    """The group plus same-kind siblings showing only an author or only a date (an anonymous poster whose name
    is no profile link, a post whose date the theme hides). Classless blocks (table rows, bare paragraphs)
    must also open with the same kind of child (a header cell, not a body cell that mentions a date)."""
    kinds = {_shape(s) for s in group.starts}
    ids = {s.mem_id for s in group.starts}
    starts = [c for c in group.parent.iter() if c.mem_id in ids
              or (marks.get(c.mem_id) and any(_kin(k, _shape(c)) for k in kinds))]
    return Group(group.parent, starts, group.score)


def _shape(node: LexborNode) -> tuple[Kind, tuple[str, str] | None]:
    """A block's kind and the tag and first class of its first child."""
    child = next(iter(node.iter()), None)
    return signature(node), step(child) if child is not None else None


def _kin(a: tuple[Kind, tuple[str, str] | None], b: tuple[Kind, tuple[str, str] | None]) -> bool:
    if not same_kind(a[0], b[0]):
        return False
    # a classless block says little by itself: its first child must be a classed block of the same kind
    return bool(a[0][1]) or (a[1] is not None and a[1] == b[1] and bool(a[1][1]))


def lead_span(group: Group, marks: dict[int, int], author_ids: AbstractSet[int],
              path: tuple[tuple[str, str], ...] | None) -> list[LexborNode] | None:
    """The opening post when the page prints it apart from the replies (question and answers, article-style
    first post): the nearest earlier block holding one author and a date, with the blocks after it up to the
    replies. None when there is none, when it is too large to be one post, or when it looks unlike the posts
    (`path`: where they show their poster's name)."""
    sizes = [len(s.text(deep=True) or "") for s in group.starts]
    limit = max(LEAD_MAX_RATIO * max(sizes), sum(sizes)) + LEAD_SLACK
    kinds = {signature(s) for s in group.starts}
    current = group.starts[0]  # blocks before the first reply in the same list, then before the list, and so on
    later: list[LexborNode] = []  # blocks passed on the way up: the body when the header sits a level higher
    for level in range(LEAD_LEVELS + 1):
        span, sibling = [], current.prev
        while sibling is not None:
            if sibling.tag not in ("-text", "-comment"):
                if marks.get(sibling.mem_id) == 3:
                    lead = _narrow(sibling, marks)
                    if not _lead_like(sibling, lead, kinds, path, author_ids):
                        return None
                    # blocks between it and the replies are its own within one list; higher up they are the
                    # page's (a menu between a page header and the content), unless the opener's block is a bare
                    # header and its body follows it (a question's header row, then the question, then answers)
                    own = span[::-1] if level == 0 else _body_after(lead, span[::-1], author_ids)
                    return _lead_fits([lead] + own + later, author_ids, limit)
                span.append(sibling)
            sibling = sibling.prev
        later = span[::-1] + later
        if (current := current.parent) is None or current.tag in ("body", "html"):
            return None
    return None


def _lead_like(block: LexborNode, lead: LexborNode, kinds: set[Kind], path: tuple[tuple[str, str], ...] | None,
               author_ids: AbstractSet[int]) -> bool:
    """Whether an opening post found apart reads as one: a block of the posts' kind, or showing its poster's name
    where the posts do, or the topic's header (its title heading with the opener's name and date); a greeting
    to the reader with today's date in the page header is none of these."""
    if any(same_kind(signature(lead), k) for k in kinds):
        return True
    if path is not None and author_path([[lead]], author_ids) == path:
        return True
    return block.css_first("h1") is not None


def _body_after(lead: LexborNode, after: list[LexborNode], author_ids: AbstractSet[int]) -> list[LexborNode]:
    """The body of an opening post whose block shows only its header (name, date, title, links): the prose blocks
    right after it; [] when the block holds words of its own."""
    if _own_words(lead, author_ids) > MAX_HEADER_WORDS:
        return []
    body = []
    for node in after:
        if node.tag in PAGE_CHROME_TAGS or _link_share(node) > MAX_BODY_LINK_SHARE:
            break
        body.append(node)
    return body


def _own_words(node: LexborNode, author_ids: AbstractSet[int]) -> int:
    """Characters of a block's text outside links, headings, names and dates: what it says beyond a header."""
    size = 0
    stack = [node]
    while stack:
        current = stack.pop()
        if current.tag in HEADER_TAGS or current.mem_id in author_ids:
            continue
        if current.tag == "-text":
            text = (current.text_content or "").strip()
            size += len(text) if not DATE_TEXT.search(text) else 0
            continue
        stack.extend(current.iter(include_text=True))
    return size


def _link_share(node: LexborNode) -> float:
    """Share of a block's text that is link text (menus and link lists are mostly links)."""
    total = len((node.text(deep=True) or "").strip())
    return sum(len(a.text(deep=True) or "") for a in node.css("a")) / total if total else 1.0


def _narrow(node: LexborNode, marks: dict[int, int]) -> LexborNode:
    """The block inside `node` holding its author, date and most of its words, leaving out the page's heading
    printed beside it; `node` itself when the words lie apart from the author and date (a header row)."""
    while True:
        marked = [c for c in node.iter() if marks.get(c.mem_id)]
        if len(marked) != 1 or marks.get(marked[0].mem_id) != 3:
            return node
        inner = len(marked[0].text(deep=True) or "")
        if inner < LEAD_NARROW_SHARE * len(node.text(deep=True) or ""):
            return node
        node = marked[0]


def _lead_fits(span: list[LexborNode], author_ids: AbstractSet[int], limit: int) -> list[LexborNode] | None:
    """The span when it reads as one post: not longer than `limit` characters and naming one poster."""
    if sum(len(n.text(deep=True) or "") for n in span) > limit:
        return None
    # one poster (linked from an avatar and a name alike, or named by microdata); a list of topics names many
    found = [c for n in span for c in n.traverse() if c.mem_id in author_ids]
    links = {href for c in found if c.tag == "a" and (href := c.attrs.get("href"))}
    names = links or {first_text(c) for c in found} - {None}
    return span if len(names) <= 1 else None


def with_replies(spans: list[list[LexborNode]], group: Group, marks: dict[int, int]) -> list[list[LexborNode]]:
    """Threaded comments: replies of the group's kind nested inside a post (with their own author and date)
    become posts of their own, in page order after the post they answer."""
    kinds = {signature(s) for s in group.starts}
    out = []
    for span in spans:
        out.append(span)
        for node in span:  # only nodes marked with both can be replies: the walk keeps to them
            out += [[d] for d in _both_marked(node, marks) if d.mem_id != node.mem_id
                    and any(same_kind(k, signature(d)) for k in kinds)]
    return out
