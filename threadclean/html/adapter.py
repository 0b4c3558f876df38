"""Run one `EngineSpec` over a parsed page: posts with author, dates, id, reactions, body parts and quotes."""

from __future__ import annotations

import re
from datetime import datetime

from selectolax.lexbor import LexborHTMLParser, LexborNode

from threadclean.dates import parse_datetime
from threadclean.html.emails import reveal_emails
from threadclean.html.fields import (
    MayMatch,
    absolute,
    always,
    clean_inline,
    field_node,
    first_field,
    first_field_at,
    link_near,
)
from threadclean.html.quotes import QuoteReader, previous_element, split_bbcode_quotes
from threadclean.html.reactions import parse_reaction
from threadclean.html.spec import EngineSpec
from threadclean.html.tails import without_board_lines
from threadclean.html.walk import walk_parts
from threadclean.html.when import parse_machine_date
from threadclean.model import Document, Part, Post, Quote, Removed
from threadclean.text.body import split_body
from threadclean.text.post_tail import reaction_kind


def select(node: LexborNode | LexborHTMLParser, css: str, skip: frozenset[int] = frozenset()) -> list[LexborNode]:
    """Matches of `css` in document order, each once (lexbor repeats a node that matches several selectors of a
    list), leaving out those inside a `skip` node (replies nested in a post's container)."""
    out, seen = [], set()
    for found in node.css(css):
        if found.mem_id not in seen and not (skip and _inside(found, skip, node)):
            seen.add(found.mem_id)
            out.append(found)
    return out


def _inside(node: LexborNode, ids: frozenset[int], root: LexborNode | LexborHTMLParser) -> bool:
    """Whether a node in `ids` lies between `node` and `root`."""
    parent = node.parent
    while parent is not None and parent.mem_id != getattr(root, "mem_id", None):
        if parent.mem_id in ids:
            return True
        parent = parent.parent
    return False


def outermost(nodes: list[LexborNode]) -> list[LexborNode]:
    """Drop matches nested inside another match (XenForo's inner `article.message-body` and the like)."""
    if not nodes:
        return nodes
    ids = {n.mem_id for n in nodes}
    # every match lies under the matches' common ancestor: no walk up needs to go past it
    top = common_ancestor(nodes).mem_id
    kept = []
    for node in nodes:
        parent = node.parent
        while parent is not None and parent.mem_id not in ids and parent.mem_id != top:
            parent = parent.parent
        if parent is None or parent.mem_id not in ids:
            kept.append(node)
    return kept


class PageMatches(dict):
    """Which selectors find nothing anywhere among a page's posts: asked once for the page, so that each post
    skips the queries that cannot find anything (each one costs a selector parse and a walk of the post).
    `page_matches[css]` is False when no element under the scope matches `css` (so no post's query can find one).

    Only selectors built from tags, classes, ids and attributes with descendant and child combinators are
    answered: they match an element by what it and its ancestors carry, which removing other elements (the
    only change reading posts makes to the tree) never alters. Sibling combinators and pseudo-classes
    (`+`, `~`, `:first-child`, `:has`) can start to match once a neighbour is gone: those are always run.
    """

    def __init__(self, scope: LexborNode | None) -> None:
        super().__init__()
        self._scope = scope

    def __missing__(self, css: str) -> bool:
        # a dict, so that asking again (tens of times per post) is a plain lookup
        found = self[css] = self._scope is None or _UNSTABLE.search(css) is not None or self._scope.css_matches(css)
        return found


#: selector syntax whose matches may change when other elements are removed
_UNSTABLE = re.compile(r"[+~:]")


def common_ancestor(nodes: list[LexborNode]) -> LexborNode | None:
    """The deepest node holding all of `nodes` (themselves included)."""
    if not nodes:
        return None
    chain, up = [], nodes[0]
    while up is not None:
        chain.append(up)
        up = up.parent
    depth = {n.mem_id: i for i, n in enumerate(chain)}
    highest = 0
    for node in nodes[1:]:
        while node.mem_id not in depth:
            node = node.parent
        highest = max(highest, depth[node.mem_id])
    return chain[highest]


def post_nodes(tree: LexborHTMLParser, spec: EngineSpec) -> list[tuple[LexborNode, str | None]]:
    """The page's post containers with their native ids: ads and look-alikes without an id are dropped,
    repeated posts (the first post shown again on every page) are kept once."""
    scope = tree.css_first(spec.root) if spec.root else None
    if spec.root and scope is None:
        return []
    found = select(scope or tree, spec.post)
    if not spec.nested_posts:
        found = outermost(found)
    out, seen = [], set()
    for node in found:
        native = first_field(node, spec.post_id)
        m = re.search(spec.post_id_pattern, native) if native else None
        native = (m.group(1) if m and m.groups() else m.group(0)) if m else None
        if native is None and spec.require_id:
            continue
        if native is not None:
            if native in seen:
                continue
            seen.add(native)
        out.append((node, native))
    return out


def _date(node: LexborNode, spec: EngineSpec, now: datetime | None,
          may_match: MayMatch = always) -> tuple[datetime | None, str | None]:
    raw = first_field(node, spec.date_text, may_match)
    if raw and spec.date_text_pattern and (m := re.search(spec.date_text_pattern, raw)):
        raw = m.group(1).strip()
    machine = first_field(node, spec.date, may_match) if spec.date else None
    # an attribute may also hold the full date in words ("May 26, 2025 at 11:12 PM" in a title), with the time
    # the text leaves out
    when = parse_machine_date(machine) or parse_datetime(machine, now=now)
    if when is None and raw:
        when = parse_datetime(raw, now=now)
    return when, raw or machine


def _date_beside_body(node: LexborNode, body: LexborNode, doc: Document) -> tuple[datetime | None, str | None]:
    """The post's date where a theme moved it out of the engine's places (juraforum's XenForo prints it in the
    pane): the first date the container shows outside its body, a member's join date aside, read as the generic
    finder reads its date nodes."""
    # (imported here: the generic finder reads posts with this module)
    from threadclean.html.generic.post import in_or_under, read_date
    from threadclean.html.generic.scan import date_nodes

    for found in date_nodes(node):
        if not in_or_under(found, {body.mem_id}) and (dated := read_date(found, doc))[0] is not None:
            return dated
    return None, None


def _strip(node: LexborNode, css: str | None, reason: str, removed: list[Removed],
           skip: frozenset[int] = frozenset(), may_match: MayMatch = always) -> None:
    if css and may_match(css):
        _remove(select(node, css, skip), reason, removed)


def _remove(nodes: list[LexborNode], reason: str, removed: list[Removed]) -> None:
    for found in nodes:
        text = clean_inline(found.text(deep=True, separator=" "))
        if text:
            removed.append(Removed(text, reason))
        found.decompose()


def _body_parts(body: LexborNode, spec: EngineSpec, removed: list[Removed], drop: list[LexborNode],
                may_match: MayMatch = always) -> list[Part]:
    reader = QuoteReader(spec.quotes, removed, may_match=may_match)
    reader.register(body)
    for node in drop:
        reader.handlers.setdefault(node.mem_id, lambda _n: None)
    return expand_text_parts(walk_parts(body, reader.handlers))


def expand_text_parts(walked: list[Part]) -> list[Part]:
    """Own-text pieces -> unrendered BBCode quotes, pasted articles and media split out, in place."""
    parts: list[Part] = []
    for part in walked:
        if not isinstance(part, str):
            parts.append(part)
            continue
        for piece in split_bbcode_quotes(part):
            parts.extend([piece] if isinstance(piece, Quote) else split_body(piece))
    return parts


def marked_quotes(parts: list[Part]) -> list[Part]:
    """Paragraphs of ">" lines in the own-text parts -> Quote parts (no author: the convention names none)."""
    out: list[Part] = []
    for part in parts:
        if not isinstance(part, str) or ">" not in part:
            out.append(part)
            continue
        own: list[str] = []
        for para in part.split("\n\n"):
            lines = para.split("\n")
            marked = all(ln.startswith(">") for ln in lines)
            if marked and (quoted := "\n".join(ln[1:].strip() for ln in lines).strip()):
                if own:
                    out.append("\n\n".join(own))
                    own = []
                out.append(Quote(text=quoted))
            else:
                own.append(para)
        if own:
            out.append("\n\n".join(own))
    return out


def read_post(node: LexborNode, native: str | None, spec: EngineSpec, doc: Document,
              replies: frozenset[int] = frozenset(), may_match: MayMatch = always) -> Post | None:
    """One post container -> Post (None when it holds neither words nor an author).

    `replies`: the other post containers nested inside this one, whose widgets are theirs, not this post's;
    `may_match`: rules out queries that find nothing in the page (see `PageMatches`).
    """
    reveal_emails(node, may_match)
    author, author_node = first_field_at(node, spec.author, may_match)
    # a name read from the container's own attribute: the link is at the first author element
    author_node = author_node or field_node(node, spec.author, may_match) if author else None
    author_url = absolute(doc.url, link_near(author_node, node)) if author else None
    if author and spec.author_pattern and (m := re.match(spec.author_pattern, author)):
        author = m.group(1)
    posted_at, raw = _date(node, spec, doc.fetched_at, may_match)
    if raw is None and spec.head and (head := previous_element(node)) is not None and head.css_matches(spec.head):
        posted_at, raw = _date(head, spec, doc.fetched_at)
    # a widget inside another is read once (XenForo 1's `.LikeText` inside `.likesSummary`)
    shown = outermost(select(node, spec.reactions, replies)) if spec.reactions and may_match(spec.reactions) else []
    reactions = []
    for found in shown:
        for script in found.css("script, style"):  # a widget's own script is no count (the widget goes anyway)
            script.decompose()
        # IPS names the reaction only in its icon's alt text; a XenForo summary shows an icon per kind it sums
        labels = [alt for icon in found.css("img[alt]") if (alt := clean_inline(icon.attrs.get("alt")))]
        name = reaction_kind(labels, spec.reaction_name)
        reaction = parse_reaction(found.text(deep=True, separator=" "), name)
        if reaction and reaction.count:
            reactions.append(reaction)
    _remove(shown, "reaction", doc.removed)  # reading them changed nothing: they are the nodes to strip
    _strip(node, spec.signature, "signature", doc.removed, replies, may_match)
    for css, reason in spec.chrome:
        _strip(node, css, reason, doc.removed, replies, may_match)
    body = next((b for css in spec.body if may_match(css) and (b := node.css_first(css)) is not None), node)
    if raw is None and body is not node:
        posted_at, raw = _date_beside_body(node, body, doc)
    # when the body is the whole container, its author and date lines are not the author's words
    drop = [n for n in (author_node, field_node(node, spec.date_text, may_match)) if n] if body is node else []
    parts = without_board_lines(_body_parts(body, spec, doc.removed, drop, may_match), doc.removed)
    if spec.marked_quotes:
        parts = marked_quotes(parts)
    if not parts and not author:
        return None
    return Post(parts=parts, author=author, author_url=author_url, posted_at=posted_at, posted_at_raw=raw,
                reactions=reactions, native_id=native)


def extract_posts(tree: LexborHTMLParser, spec: EngineSpec, doc: Document,
                  found: list[tuple[LexborNode, str | None]] | None = None) -> list[Post]:
    """The page's posts; `found`: what `post_nodes` gave for this tree and spec, when the caller has it already
    (the tree unchanged since), so that the page is not searched for them again."""
    posts = []
    found = post_nodes(tree, spec) if found is None else found
    containers = frozenset(node.mem_id for node, _ in found) if spec.nested_posts else frozenset()
    may_match = PageMatches(common_ancestor([node for node, _ in found])).__getitem__
    for node, native in found:
        post = read_post(node, native, spec, doc, containers - {node.mem_id}, may_match)
        if post is not None:
            posts.append(post)
    return posts


def thread_title(tree: LexborHTMLParser, spec: EngineSpec) -> str | None:
    return first_field(tree.root, spec.title) if spec.title and tree.root else None
