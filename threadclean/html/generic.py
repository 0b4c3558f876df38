"""Threads on unknown engines and comment sections: repeated sibling blocks that each carry an author and a date.

Date nodes (text that looks like a date, `<time>`) and author nodes (profile links, author/user classes) are
marked on their ancestors; the post starts are the same-looking siblings under one parent that each hold
both, and a post spans from its start to the next start (headers and bodies may be sibling rows).

Around that core: blocks of one kind may differ by modifier classes ("post post-primary"); same-kind siblings
showing only a date or only a name are posts too; sections that each hold a list of posts yield to the posts
inside; an opening post printed apart (a question above its answers) is found before the replies; and
replies nested in a post (threaded comments) become posts of their own.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import accumulate

from selectolax.lexbor import LexborHTMLParser, LexborNode

from threadclean.dates import parse_datetime
from threadclean.html.adapter import expand_text_parts
from threadclean.html.fields import absolute, clean_inline, link_near
from threadclean.html.quotes import QuoteReader
from threadclean.html.spec import QuoteSpec
from threadclean.html.walk import SKIP_TAGS, walk_parts
from threadclean.html.when import parse_machine_date
from threadclean.model import Document, Part, Post, Removed
from threadclean.text.engines import COMMON_CHROME, COMMON_MEMBER_INFO

_MONTHS = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|okt|dez|"
           r"janv|févr|mars|avr|juin|juil|août|déc)[a-zéû]*\.?")
DATE_TEXT = re.compile(
    r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|"
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\.?\s+{_MONTHS}(?:\s+\d{{2,4}})?|\b{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|"
    r"\b\d+\s+(?:second|minute|hour|day|week|month|year|min|hr|sek|minute|stunde|tag|woche|monat|jahr)[a-z]*\s+"
    r"(?:ago|her)\b|\bvor\s+\d+\s+\w+|\b(?:today|yesterday|heute|gestern)\b|\b\d{1,2}:\d{2}\s*(?:[ap]m)?\b",
    re.I,
)
MAX_DATE_TEXT = 80
MAX_NAME = 60
PROFILE_HREF = re.compile(
    r"/(?:members?|users?|u|profiles?|personal_pages|user-dashboard|people|community/profile|benutzer|mitglied)"
    r"(?:/|\.php|$)|viewprofile|showuser|memberlist\.php|profile\.php|[?&](?:u|userid|user_id|uid|memberid)=\d",
    re.I | re.M,  # $: the end of each href in a joined search
)
AUTHOR_CSS = ("[itemprop=author], [class*=author], [class*=username], [class*=user-name], [class*=nickname], "
              "[class*=poster], [class*=nick], a.user, [rel=author], a[data-username]")
MACHINE_DATE_CSS = "time, [datetime], [data-timestamp], [data-time]"
GENERIC_QUOTES = (
    QuoteSpec(block="blockquote, div.quote, div.bbcode_quote, div.quotecontent, div.bbquote",
              title="cite, .quote-header, .quoteheader, .bbcode_quote_head, .title"),
)
#: microdata of a discussion with named posters (FAQ blocks on articles use Question/Answer without authors)
DISCUSSION_CSS = ", ".join(f'[itemtype$="schema.org/{t}"] [itemprop=author]'
                           for t in ("Question", "Answer", "DiscussionForumPosting"))
#: signature blocks under a post (the poster's standing footer, not the post's words)
SIGNATURE_CSS = ".signature, .sig_text, .post-signature, .postsignature, .user-signature, .usersig"
#: blocks the page does not show (a collapsed reply form under every post)
HIDDEN_CSS = '[style*="display: none"], [style*="display:none"], [hidden]'
#: a line holding only a post's buttons ("Reply", "Share | Report") or counters ("2 replies"), or a named member
#: detail from the author pane ("Posts: 133", "Location: Kooskia"), as in text mode
ACTION_LINE = re.compile("|".join([p for p, reason in COMMON_CHROME if reason in ("post_chrome", "post_counter")]
                                  + list(COMMON_MEMBER_INFO[:2])))
MIN_POSTS = 2
MIN_MEAN_TEXT = 25
#: ancestor levels above the replies searched for an opening post printed apart (a question above its answers)
LEAD_LEVELS = 4
#: an opening post printed apart is at most this many times as long as the longest reply, or as all replies
#: together (a long report with short thanks under it), plus some chrome
LEAD_MAX_RATIO, LEAD_SLACK = 4, 2000
#: the opening post's block is narrowed to a child holding author, date and this share of its text
LEAD_NARROW_SHARE = 0.6
#: a group inside the best group's blocks replaces it when it weighs at least this share of it
INNER_SHARE = 0.5


@dataclass(frozen=True)
class _Marks:
    """What the page scan found, shared by every post of the thread."""

    #: the first date (flag 1) / author (flag 2) node under each marked node
    first: dict[tuple[int, int], LexborNode]
    authors: set[int]
    dates: frozenset[int]
    #: blocks holding an author and a date: replies or comments inside a post are never its body
    nested: frozenset[int]
    #: the thread's post blocks: one post's words never include another's
    posts: frozenset[int] = frozenset()
    #: where the name sits in a post block (tag and first class per level), learnt from a post whose name is
    #: marked: read there in posts whose name is not (a former member's name linking nowhere)
    author_path: tuple[tuple[str, str], ...] | None = None


@dataclass
class _Group:
    parent: LexborNode
    starts: list[LexborNode]
    score: float


#: tag, base (first) class, class set, and the classes that carried digits (generated ids: `element-3fa9`), all
#: with digits dropped (`bg1` and `bg2` are one class)
_Kind = tuple[str, str, frozenset[str], frozenset[str]]
#: named classes two post blocks of one group may differ by ("post first-post", "post post-secondary reply")
MAX_MODIFIERS = 2


def _signature(node: LexborNode) -> _Kind:
    raw = (node.attributes.get("class") or "").split()
    cls = [re.sub(r"\d+", "", c) for c in raw]
    ids = frozenset(c for c, r in zip(cls, raw, strict=True) if c != r)
    return node.tag or "", cls[0] if cls else "", frozenset(cls), ids


def _same_kind(a: _Kind, b: _Kind) -> bool:
    """Blocks of one kind share tag and base class and differ by a few named modifier classes: the opening post
    or a reply must not fall out of its group, while page-builder sections (differing generated ids) stay apart."""
    diff = a[2] ^ b[2]
    return a[:2] == b[:2] and len(diff) <= MAX_MODIFIERS and diff.isdisjoint(a[3] | b[3])


def _mark(node: LexborNode, flag: int, marks: dict[int, int], first: dict[tuple[int, int], LexborNode]) -> None:
    """Flag `node` and its ancestors; remember the first flagged node under each ancestor."""
    current: LexborNode | None = node
    while current is not None and current.tag not in ("html", "-undef"):
        key = current.mem_id
        if marks.get(key, 0) & flag:
            break  # ancestors already carry this flag from an earlier node
        marks[key] = marks.get(key, 0) | flag
        first[(key, flag)] = node
        current = current.parent


def _date_nodes(body: LexborNode) -> list[LexborNode]:
    found = list(body.css(MACHINE_DATE_CSS))
    parents, texts = [], []
    for node in body.traverse(include_text=True):
        if node.tag == "-text" and 4 <= len(text := (node.text_content or "").strip()) <= MAX_DATE_TEXT:
            parents.append(node.parent)
            texts.append(text)
    # one search over all short texts (NUL-separated, which no pattern crosses) instead of one per text node
    starts = list(accumulate((len(t) + 1 for t in texts), initial=0))
    hits = sorted({bisect_right(starts, m.start()) - 1 for m in DATE_TEXT.finditer("\0".join(texts))})
    found += [p for i in hits if (p := parents[i]) is not None and p.tag not in SKIP_TAGS]
    return found


def _author_nodes(body: LexborNode) -> list[LexborNode]:
    anchors = body.css("a[href]")
    hrefs = [a.attributes.get("href") or "" for a in anchors]
    starts = list(accumulate((len(h) + 1 for h in hrefs), initial=0))
    hits = sorted({bisect_right(starts, m.start()) - 1 for m in PROFILE_HREF.finditer("\n".join(hrefs))})
    links = [anchors[i] for i in hits]
    return links + list(body.css(AUTHOR_CSS))


def _groups(body: LexborNode, marks: dict[int, int]) -> list[_Group]:
    # per parent: clusters of (kinds seen, blocks); a block joins the first cluster holding a kind like its own
    kinds: dict[int, list[tuple[set[_Kind], list[LexborNode]]]] = defaultdict(list)
    parents: dict[int, LexborNode] = {}
    for node in body.traverse():
        if marks.get(node.mem_id) == 3 and node.parent is not None:
            sig, clusters = _signature(node), kinds[node.parent.mem_id]
            found = next((c for c in clusters if any(_same_kind(k, sig) for k in c[0])), None)
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
                groups.append(_Group(parents[pid], starts, sum(min(s, 3000) for s in sizes) * len(starts) ** 0.5))
    return groups


def _spans(group: _Group) -> list[list[LexborNode]]:
    """Each start with the siblings that follow it up to the next start (the last one as long as the others)."""
    start_ids = {s.mem_id for s in group.starts}
    spans: list[list[LexborNode]] = []
    for child in group.parent.iter():
        if child.mem_id in start_ids:
            spans.append([child])
        elif spans:
            spans[-1].append(child)
    if len(spans) > 1:
        usual = Counter(len(s) for s in spans[:-1]).most_common(1)[0][0]
        spans[-1] = spans[-1][:usual]
    return spans


def _innermost(best: _Group, groups: list[_Group]) -> _Group:
    """The best group, or the best of the groups whose posts sit inside one of its blocks: sections that each
    hold a list of posts (question / answers) are containers, not posts. Replies nested in a post (same kind)
    and small lists inside posts (quotes, signatures) do not count."""
    starts, kinds = {s.mem_id for s in best.starts}, {_signature(s) for s in best.starts}
    inner = [g for g in groups if g is not best and g.score >= INNER_SHARE * best.score
             and _signature(g.starts[0]) not in kinds and _inside_one(g, starts, best.parent.mem_id)]
    return max(inner, key=lambda g: g.score) if inner else best


def _inside_one(group: _Group, starts: set[int], stop: int) -> bool:
    """Whether the group's parent lies inside one of `starts` (searching up to the node `stop`)."""
    node = group.parent
    while node is not None and node.mem_id != stop:
        if node.mem_id in starts:
            return True
        node = node.parent
    return False


def _with_kin(group: _Group, marks: dict[int, int]) -> _Group:
    """The group plus same-kind siblings showing only an author or only a date (an anonymous poster whose name
    is no profile link, a post whose date the theme hides). Classless blocks (table rows, bare paragraphs)
    must also open with the same kind of child (a header cell, not a body cell that mentions a date)."""
    kinds = {_shape(s) for s in group.starts}
    ids = {s.mem_id for s in group.starts}
    starts = [c for c in group.parent.iter() if c.mem_id in ids
              or (marks.get(c.mem_id) and any(_kin(k, _shape(c)) for k in kinds))]
    return _Group(group.parent, starts, group.score)


def _shape(node: LexborNode) -> tuple[_Kind, tuple[str, str] | None]:
    """A block's kind and the tag and first class of its first child."""
    child = next(iter(node.iter()), None)
    return _signature(node), _step(child) if child is not None else None


def _kin(a: tuple[_Kind, tuple[str, str] | None], b: tuple[_Kind, tuple[str, str] | None]) -> bool:
    if not _same_kind(a[0], b[0]):
        return False
    # a classless block says little by itself: its first child must be a classed block of the same kind
    return bool(a[0][1]) or (a[1] is not None and a[1] == b[1] and bool(a[1][1]))


def _lead_span(group: _Group, marks: dict[int, int], author_ids: set[int]) -> list[LexborNode] | None:
    """The opening post when the page prints it apart from the replies (question and answers, article-style
    first post): the nearest earlier block holding one author and a date, with the blocks after it up to the
    replies. None when there is none, or when it is too large to be one post."""
    sizes = [len(s.text(deep=True) or "") for s in group.starts]
    limit = max(LEAD_MAX_RATIO * max(sizes), sum(sizes)) + LEAD_SLACK
    current = group.starts[0]  # blocks before the first reply in the same list, then before the list, and so on
    later: list[LexborNode] = []  # blocks passed on the way up: the body when the header sits a level higher
    for _ in range(LEAD_LEVELS + 1):
        span, sibling = [], current.prev
        while sibling is not None:
            if sibling.tag not in ("-text", "-comment"):
                span.append(sibling)
                if marks.get(sibling.mem_id) == 3:
                    span[-1] = _narrow(sibling, marks)
                    return _lead_fits(span[::-1] + later, author_ids, limit)
            sibling = sibling.prev
        later = span[::-1] + later
        if (current := current.parent) is None or current.tag in ("body", "html"):
            return None
    return None


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


def _lead_fits(span: list[LexborNode], author_ids: set[int], limit: int) -> list[LexborNode] | None:
    """The span when it reads as one post: not longer than `limit` characters and naming one poster."""
    if sum(len(n.text(deep=True) or "") for n in span) > limit:
        return None
    # one poster (linked from an avatar and a name alike, or named by microdata); a list of topics names many
    found = [c for n in span for c in n.traverse() if c.mem_id in author_ids]
    links = {href for c in found if c.tag == "a" and (href := c.attributes.get("href"))}
    names = links or {_first_text(c) for c in found} - {None}
    return span if len(names) <= 1 else None


def _with_replies(spans: list[list[LexborNode]], group: _Group, marks: dict[int, int]) -> list[list[LexborNode]]:
    """Threaded comments: replies of the group's kind nested inside a post (with their own author and date)
    become posts of their own, in page order after the post they answer."""
    kinds = {_signature(s) for s in group.starts}
    out = []
    for span in spans:
        out.append(span)
        for node in span:
            out += [[d] for d in node.traverse() if d.mem_id != node.mem_id and marks.get(d.mem_id) == 3
                    and any(_same_kind(k, _signature(d)) for k in kinds)]
    return out


def _posts_inside(body: LexborNode, posts: frozenset[int]) -> list[LexborNode]:
    """The other posts inside `body` (replies nested in it), to be left out of its words."""
    return [d for d in body.traverse() if d.mem_id in posts] if posts else []


def _first(span: list[LexborNode], flag: int, first: dict[tuple[int, int], LexborNode]) -> LexborNode | None:
    for node in span:
        if (found := first.get((node.mem_id, flag))) is not None:
            return found
    return None


def _first_text(node: LexborNode) -> str | None:
    """The first visible words of a node: a name shown twice (mobile + desktop) is read once."""
    for child in node.traverse(include_text=True):
        if child.tag == "-text" and (text := clean_inline(child.text_content)):
            return text
    return None


def _author(span: list[LexborNode], author_ids: set[int]) -> tuple[str | None, str | None, LexborNode | None]:
    """(name, profile link, node) of the first author node in the span that shows a name; of the innermost one
    when author nodes nest (a "by <name link>" block around the name)."""
    for node in span:
        for cand in node.traverse():
            if cand.mem_id in author_ids and (name := _first_text(cand)) and len(name) <= MAX_NAME:
                while (inner := _inner_author(cand, author_ids)) is not None:
                    cand, name = inner
                return name, link_near(cand, node), cand
    return None, None, None


def _inner_author(node: LexborNode, author_ids: set[int]) -> tuple[LexborNode, str] | None:
    """The first author node showing a name inside `node`, with that name."""
    for inner in node.traverse():
        if inner.mem_id != node.mem_id and inner.mem_id in author_ids and (name := _first_text(inner)) \
                and len(name) <= MAX_NAME:
            return inner, name
    return None


def _step(node: LexborNode) -> tuple[str, str]:
    cls = (node.attributes.get("class") or "").split()
    return node.tag or "", cls[0] if cls else ""


def _path(root: LexborNode, node: LexborNode) -> tuple[tuple[str, str], ...] | None:
    """The steps from `root` down to `node` (None when `node` is not inside `root`)."""
    steps = []
    current: LexborNode | None = node
    while current is not None and current.mem_id != root.mem_id:
        steps.append(_step(current))
        current = current.parent
    return tuple(reversed(steps)) if current is not None else None


def _follow(root: LexborNode, path: tuple[tuple[str, str], ...]) -> LexborNode | None:
    """The node reached from `root` by taking, at each level, the first child matching the step."""
    node: LexborNode | None = root
    for step in path:
        node = next((c for c in node.iter() if _step(c) == step), None)
        if node is None:
            return None
    return node


def _learnt_author(span: list[LexborNode], path: tuple[tuple[str, str], ...] | None
                   ) -> tuple[str | None, str | None, LexborNode | None]:
    """The name at the thread's usual name position in a post whose name carries no author mark."""
    node = _follow(span[0], path) if path else None
    if node is not None and (name := _first_text(node)) and len(name) <= MAX_NAME:
        return name, link_near(node, span[0]), node
    return None, None, None


def _date(node: LexborNode | None, doc: Document) -> tuple[object, str | None]:
    if node is None:
        return None, None
    attrs = node.attributes
    machine = attrs.get("datetime") or attrs.get("data-timestamp") or attrs.get("data-time")
    raw = clean_inline(node.text(deep=True)) or attrs.get("title") or machine
    if raw and len(raw) > MAX_DATE_TEXT and (m := DATE_TEXT.search(raw)):
        raw = m.group(0)
    when = parse_machine_date(machine) or (parse_datetime(raw, now=doc.fetched_at) if raw else None)
    return when, raw


def _without_author(raw: str | None, author: str | None) -> str | None:
    """The shown date without the author's name when both sit in one header cell ("ava Jun 05, 2020 11:58 AM")."""
    if raw and author and raw.startswith(author) and len(raw) > len(author):
        return raw[len(author):].lstrip(" ,|·-–—") or raw
    return raw


def _body_nodes(span: list[LexborNode], avoid: set[int], left_out: int, marks: _Marks) -> list[LexborNode]:
    """The largest subtree of the span holding neither the author nor the date, when it holds at least half of
    the words outside the header (`left_out` characters: the block with author and date, e.g. a subject row)
    and outside replies nested in the post (posts of their own); the whole span when it holds less (paragraphs
    placed straight in the post). Nothing inside a block with its own author and date (a comment under the
    post) is the body."""
    total = -left_out
    best, best_len = None, 0
    roots = {n.mem_id for n in span}
    stack = list(reversed(span))
    while stack:
        cand = stack.pop()
        size = len(cand.text(deep=True) or "")
        if cand.mem_id in roots:
            total += size
        elif cand.mem_id in marks.posts:
            total -= size
            continue
        if cand.mem_id in marks.nested and cand.mem_id not in avoid:
            continue
        stack.extend(reversed(list(cand.iter())))
        # a link is a subject line or a name; a short date node a second date line ("On Apr 24")
        if cand.mem_id in avoid or cand.tag == "a" or (cand.mem_id in marks.dates and size <= MAX_DATE_TEXT):
            continue
        if size > best_len:
            best, best_len = cand, size
    if best is not None and best_len >= 0.5 * total:
        return [best]
    return span


def _author_path(spans: list[list[LexborNode]], author_ids: set[int]) -> tuple[tuple[str, str], ...] | None:
    """Where the first post showing a marked name has it, relative to its block."""
    for span in spans:
        if (node := _author(span[:1], author_ids)[2]) is not None:
            return _path(span[0], node)
    return None


def _header_words(span: list[LexborNode], header: LexborNode | None, dated_first_row: bool) -> int:
    """Characters of the post's header: the block holding author and date when it is not the whole post, or
    the first of several rows when it shows the date and names nobody (a deleted poster's header row)."""
    if header is not None and all(header.mem_id != n.mem_id for n in span):
        return len(header.text(deep=True) or "")
    if header is None and dated_first_row and len(span) > 1:
        return len(span[0].text(deep=True) or "")
    return 0


def _post(span: list[LexborNode], marks: _Marks, doc: Document) -> Post | None:
    author_node, date_node = _first(span, 2, marks.first), _first(span, 1, marks.first)
    author, link, _node = _author(span, marks.authors)
    if author is None:
        author, link, author_node = _learnt_author(span, marks.author_path)
    posted_at, raw = _date(date_node, doc)
    raw = _without_author(raw, author)
    avoid: set[int] = set()
    header = None
    for node in (author_node, date_node):
        while node is not None and node.mem_id not in avoid:
            avoid.add(node.mem_id)
            node = node.parent
        header = node  # after the date's chain: where it met the author's (their smallest common block)
    reader = QuoteReader(GENERIC_QUOTES, doc.removed)
    left_out = _header_words(span, header, author_node is None and span[0].mem_id in avoid)
    parts: list[Part] = []
    roots = {n.mem_id for n in span}
    for body in _body_nodes(span, avoid, left_out, marks):
        reader.register(body)
        for extra in (author_node, date_node):
            if extra is not None:
                reader.handlers.setdefault(extra.mem_id, lambda _n: None)
        for reply in _posts_inside(body, marks.posts - roots):
            reader.handlers.setdefault(reply.mem_id, lambda _n: None)
        for sig in body.css(SIGNATURE_CSS):
            reader.handlers.setdefault(sig.mem_id, lambda n: _drop(n, "signature", doc))
        for hidden in body.css(HIDDEN_CSS):
            reader.handlers.setdefault(hidden.mem_id, lambda n: _drop(n, "hidden", doc))
        parts.extend(expand_text_parts(walk_parts(body, reader.handlers)))
    parts = [q for p in parts if (q := _without_action_lines(p, doc) if isinstance(p, str) else p)]
    if not parts:
        return None
    return Post(parts=parts, author=author, author_url=absolute(doc.url, link), posted_at=posted_at,
                posted_at_raw=raw)


def _without_action_lines(text: str, doc: Document) -> str:
    """The text without lines of button labels or counters (a post's action row caught in its block)."""
    lines = text.split("\n")
    kept = [line for line in lines if not ACTION_LINE.match(line.strip())]
    if len(kept) == len(lines):
        return text
    doc.removed += [Removed(line.strip(), "post_chrome") for line in lines if ACTION_LINE.match(line.strip())]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()


def _drop(node: LexborNode, reason: str, doc: Document) -> None:
    """Leave a node's words out of the post, keeping them in the audit trail."""
    if text := clean_inline(node.text(deep=True, separator=" ")):
        doc.removed.append(Removed(text, reason))


def topic_title(tree: LexborHTMLParser) -> str | None:
    """The topic's own title (Open Graph) when the page gives one: <title> adds the site's name and slogan."""
    node = tree.css_first("meta[property='og:title']")
    return clean_inline(node.attributes.get("content")) or None if node is not None else None


def declares_discussion(tree: LexborHTMLParser) -> bool:
    """The page's microdata marks a question with answers or a forum posting, each with its poster: a thread even
    when the page also calls itself an article."""
    return tree.css_first(DISCUSSION_CSS) is not None


def extract_generic_posts(tree: LexborHTMLParser, doc: Document, min_chars: int = 0) -> list[Post]:
    """Posts of a thread on an unknown engine; [] when the page shows no repeated author+date blocks, or when
    the blocks hold no more than `min_chars` characters of text in all (posts never hold more than that)."""
    body = tree.body
    if body is None:
        return []
    marks: dict[int, int] = {}
    first: dict[tuple[int, int], LexborNode] = {}
    dates = _date_nodes(body)
    for node in dates:
        _mark(node, 1, marks, first)
    authors = _author_nodes(body)
    for node in authors:
        _mark(node, 2, marks, first)
    groups = _groups(body, marks)
    if not groups:
        return []
    best = _with_kin(_innermost(max(groups, key=lambda g: g.score), groups), marks)
    author_ids = {a.mem_id for a in authors}
    spans = _with_replies(_spans(best), best, marks)
    if (lead := _lead_span(best, marks, author_ids)) is not None:
        spans.insert(0, lead)
    if min_chars and sum(len(node.text(deep=True) or "") for span in spans for node in span) <= min_chars:
        return []
    found = _Marks(first, author_ids, frozenset(d.mem_id for d in dates),
                   frozenset(k for k, v in marks.items() if v == 3), frozenset(s[0].mem_id for s in spans),
                   _author_path(_spans(best), author_ids))
    posts = [_post(span, found, doc) for span in spans]
    return [p for p in posts if p is not None]
