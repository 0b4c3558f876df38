"""A post's poster: the name shown in its block, its profile link, and where the thread prints names."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from selectolax.lexbor import LexborNode

from threadclean.html.fields import clean_inline, link_near

MAX_NAME = 60
#: labels that author classes and profile-like links show in place of a name: SMF's "Logged" (its IP line is a
#: "poster_ip"), a badge marking the topic's author, a log-in link under /users/
NOT_A_NAME = re.compile(r"^(?:logged|log ?in|log ?out|sign ?(?:in|up)|register|topic author|thread starter|"
                        r"discussion starter|original poster)$", re.I)


def first_text(node: LexborNode) -> str | None:
    """The first visible words of a node: a name shown twice (mobile + desktop) is read once."""
    for child in node.traverse(include_text=True):
        if child.tag == "-text" and (text := clean_inline(child.text_content)):
            return text
    return None


def find_author(span: list[LexborNode], author_ids: AbstractSet[int], skip: AbstractSet[int] = frozenset()
                ) -> tuple[str | None, str | None, LexborNode | None]:
    """(name, profile link, node) of the first author node in the span that shows a name (a single letter, an
    avatar's initial, only when none shows more); of the innermost one when author nodes nest (a "by <name link>"
    block around the name). Nodes inside the blocks `skip` (other posts, comments under this one) are not its
    poster."""
    roots = {n.mem_id for n in span}
    initial = None
    for node in span:
        for cand in node.traverse():
            if cand.mem_id in author_ids and (name := first_text(cand)) and len(name) <= MAX_NAME \
                    and not NOT_A_NAME.match(name) and own_node(cand, roots, skip):
                while (inner := _inner_author(cand, author_ids)) is not None:
                    cand, name = inner
                if len(name) > 1:
                    return name, link_near(cand, node), cand
                # an avatar's initial ("B" in a default avatar linking to the profile): the name follows
                initial = initial or (name, link_near(cand, node), cand)
    return initial or (None, None, None)


def own_node(node: LexborNode, roots: AbstractSet[int], skip: AbstractSet[int]) -> bool:
    """Whether `node` lies outside the blocks `skip`, searching up to the post's root nodes `roots`."""
    current: LexborNode | None = node
    while current is not None and current.mem_id not in roots:
        if current.mem_id in skip:
            return False
        current = current.parent
    return True


def _inner_author(node: LexborNode, author_ids: AbstractSet[int]) -> tuple[LexborNode, str] | None:
    """The first author node showing a name inside `node`, with that name."""
    for inner in node.traverse():
        if inner.mem_id != node.mem_id and inner.mem_id in author_ids and (name := first_text(inner)) \
                and len(name) <= MAX_NAME and not NOT_A_NAME.match(name):
            return inner, name
    return None


def step(node: LexborNode) -> tuple[str, str]:
    """A node's tag and first class: one level of a path through post blocks (a comment node has no class)."""
    cls = (node.attrs.get("class") or "").split() if node.is_element_node else []
    return node.tag or "", cls[0] if cls else ""


def _path(root: LexborNode, node: LexborNode) -> tuple[tuple[str, str], ...] | None:
    """The steps from `root` down to `node` (None when `node` is not inside `root`)."""
    steps = []
    current: LexborNode | None = node
    while current is not None and current.mem_id != root.mem_id:
        steps.append(step(current))
        current = current.parent
    return tuple(reversed(steps)) if current is not None else None


def _follow(root: LexborNode, path: tuple[tuple[str, str], ...]) -> LexborNode | None:
    """The node reached from `root` by taking, at each level, the first child matching the step."""
    node: LexborNode | None = root
    for level in path:
        node = next((c for c in node.iter() if step(c) == level), None)
        if node is None:
            return None
    return node


def author_path(spans: list[list[LexborNode]], author_ids: AbstractSet[int], posts: AbstractSet[int] = frozenset()
                ) -> tuple[tuple[str, str], ...] | None:
    """Where the first post showing a marked name has it, relative to its block (not in a reply nested in it:
    one of the `posts`)."""
    for span in spans:
        if (node := find_author(span[:1], author_ids, posts)[2]) is not None:
            return _path(span[0], node)
    return None


def learnt_author(span: list[LexborNode], path: tuple[tuple[str, str], ...] | None
                  ) -> tuple[str | None, str | None, LexborNode | None]:
    """The name at the thread's usual name position in a post whose name carries no author mark."""
    node = _follow(span[0], path) if path else None
    if node is not None and (name := first_text(node)) and len(name) <= MAX_NAME and not NOT_A_NAME.match(name):
        return name, link_near(node, span[0]), node
    return None, None, None
