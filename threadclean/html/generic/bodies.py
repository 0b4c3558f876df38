"""Post bodies styled as quotes: XenForo 1 (`blockquote.messageText`) and vBulletin 4 (`blockquote.postcontent`)
print every post's words in a `<blockquote>`, and so do themes and boards built on them. Read as quotes, each post
would have no words of its own.

A block of one kind (tag and classes) that stands outside any other quote block in most of the thread's posts, and
in most of them carries no header naming someone, is the posts' body, not a quote: quotes come and go from post to
post, and engines head them with the quoted member's name (a body's header is most often a nested quote's).
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from threadclean.html.quotes import parse_header
from threadclean.html.spec import QuoteSpec

#: the share of the thread's posts (at least two) that must hold a block of the kind
MIN_SHARE = 0.8

_Kind = tuple[str, str]


def quote_styled_bodies(spans: list[list[LexborNode]], everywhere: list[list[LexborNode]],
                        spec: QuoteSpec) -> frozenset[int]:
    """The quote blocks (of `spec`) in `everywhere`'s spans that are bodies, by the kinds `spans` (the thread's
    replies) show: kinds are learnt from the replies alone, so an opening post found apart or not changes none."""
    counts: dict[_Kind, int] = {}
    headed: dict[_Kind, int] = {}
    for span in spans:
        tops = _top_blocks(span, spec.block)
        for kind in {_kind(b) for b in tops}:
            counts[kind] = counts.get(kind, 0) + 1
        for kind in {_kind(b) for b in tops if spec.title and _names_someone(b, spec)}:
            headed[kind] = headed.get(kind, 0) + 1
    need = max(2, MIN_SHARE * len(spans))
    kinds = {k for k, n in counts.items() if n >= need and 2 * headed.get(k, 0) < n}
    if not kinds:
        return frozenset()
    return frozenset(b.mem_id for span in everywhere for b in _top_blocks(span, spec.block) if _kind(b) in kinds)


def _kind(node: LexborNode) -> _Kind:
    return node.tag or "", " ".join(sorted((node.attributes.get("class") or "").split()))


def _top_blocks(span: list[LexborNode], css: str) -> list[LexborNode]:
    """The quote blocks in the span that no other block of the span holds."""
    found = [b for node in span for b in node.css(css)]
    ids = {b.mem_id for b in found}
    return [b for b in found if not _under(b, ids, {n.mem_id for n in span})]


def _under(node: LexborNode, ids: set[int], roots: set[int]) -> bool:
    parent = node.parent
    while parent is not None and parent.mem_id not in roots:
        if parent.mem_id in ids:
            return True
        parent = parent.parent
    return False


def _names_someone(block: LexborNode, spec: QuoteSpec) -> bool:
    """A title of the block's own (not of a quote inside it) names the quoted member ("X said:")."""
    nested = {b.mem_id for b in block.css(spec.block)}
    for title in block.css(spec.title or ""):
        if not _under(title, nested, {block.mem_id}) and parse_header(title.text(deep=True))[0]:
            return True
    return False
