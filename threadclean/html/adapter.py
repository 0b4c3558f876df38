"""Run one `EngineSpec` over a parsed page: posts with author, dates, id, reactions, body parts and quotes."""

from __future__ import annotations

import re
from datetime import datetime

from selectolax.lexbor import LexborHTMLParser, LexborNode

from threadclean.dates import parse_datetime
from threadclean.html.emails import reveal_emails
from threadclean.html.fields import absolute, clean_inline, field_node, first_field, first_field_at, link_near
from threadclean.html.quotes import QuoteReader, split_bbcode_quotes
from threadclean.html.reactions import parse_reaction
from threadclean.html.spec import EngineSpec
from threadclean.html.tails import without_app_signature
from threadclean.html.walk import walk_parts
from threadclean.html.when import parse_machine_date
from threadclean.model import Document, Part, Post, Quote, Removed
from threadclean.text.body import split_body


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
    ids = {n.mem_id for n in nodes}
    kept = []
    for node in nodes:
        parent = node.parent
        while parent is not None and parent.mem_id not in ids:
            parent = parent.parent
        if parent is None:
            kept.append(node)
    return kept


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


def _date(node: LexborNode, spec: EngineSpec, now: datetime | None) -> tuple[datetime | None, str | None]:
    raw = first_field(node, spec.date_text)
    if raw and spec.date_text_pattern and (m := re.search(spec.date_text_pattern, raw)):
        raw = m.group(1).strip()
    machine = first_field(node, spec.date) if spec.date else None
    # an attribute may also hold the full date in words ("May 26, 2025 at 11:12 PM" in a title), with the time
    # the text leaves out
    when = parse_machine_date(machine) or parse_datetime(machine, now=now)
    if when is None and raw:
        when = parse_datetime(raw, now=now)
    return when, raw or machine


def _strip(node: LexborNode, css: str | None, reason: str, removed: list[Removed],
           skip: frozenset[int] = frozenset()) -> None:
    if css:
        _remove(select(node, css, skip), reason, removed)


def _remove(nodes: list[LexborNode], reason: str, removed: list[Removed]) -> None:
    for found in nodes:
        text = clean_inline(found.text(deep=True, separator=" "))
        if text:
            removed.append(Removed(text, reason))
        found.decompose()


def _body_parts(body: LexborNode, spec: EngineSpec, removed: list[Removed], drop: list[LexborNode]) -> list[Part]:
    reader = QuoteReader(spec.quotes, removed)
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


def read_post(node: LexborNode, native: str | None, spec: EngineSpec, doc: Document,
              replies: frozenset[int] = frozenset()) -> Post | None:
    """One post container -> Post (None when it holds neither words nor an author).

    `replies`: the other post containers nested inside this one, whose widgets are theirs, not this post's.
    """
    reveal_emails(node)
    author, author_node = first_field_at(node, spec.author)
    # a name read from the container's own attribute: the link is at the first author element
    author_node = author_node or field_node(node, spec.author) if author else None
    author_url = absolute(doc.url, link_near(author_node, node)) if author else None
    posted_at, raw = _date(node, spec, doc.fetched_at)
    shown = select(node, spec.reactions, replies) if spec.reactions else []
    reactions = []
    for found in shown:
        icon = found.css_first("img[alt]")  # IPS names the reaction only in its icon's alt text
        name = clean_inline(icon.attrs.get("alt")).lower() if icon else spec.reaction_name
        reaction = parse_reaction(found.text(deep=True, separator=" "), name or spec.reaction_name)
        if reaction and reaction.count:
            reactions.append(reaction)
    _remove(shown, "reaction", doc.removed)  # reading them changed nothing: they are the nodes to strip
    _strip(node, spec.signature, "signature", doc.removed, replies)
    for css, reason in spec.chrome:
        _strip(node, css, reason, doc.removed, replies)
    body = next((b for css in spec.body if (b := node.css_first(css)) is not None), node)
    # when the body is the whole container, its author and date lines are not the author's words
    drop = [n for n in (author_node, field_node(node, spec.date_text)) if n] if body is node else []
    parts = without_app_signature(_body_parts(body, spec, doc.removed, drop), doc.removed)
    if not parts and not author:
        return None
    return Post(parts=parts, author=author, author_url=author_url, posted_at=posted_at, posted_at_raw=raw,
                reactions=reactions, native_id=native)


def extract_posts(tree: LexborHTMLParser, spec: EngineSpec, doc: Document) -> list[Post]:
    posts = []
    found = post_nodes(tree, spec)
    containers = frozenset(node.mem_id for node, _ in found) if spec.nested_posts else frozenset()
    for node, native in found:
        post = read_post(node, native, spec, doc, containers - {node.mem_id})
        if post is not None:
            posts.append(post)
    return posts


def thread_title(tree: LexborHTMLParser, spec: EngineSpec) -> str | None:
    return first_field(tree.root, spec.title) if spec.title and tree.root else None
