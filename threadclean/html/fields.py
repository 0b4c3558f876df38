"""Read a value out of a node with the field expressions of `EngineSpec` ("css", "css@attr", "@attr")."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from urllib.parse import urljoin

from selectolax.lexbor import LexborNode

from threadclean.decode import repair_html_text

#: whether a selector may find anything (see `adapter.PageMatches`); a query it rules out is not run
MayMatch = Callable[[str], bool]


def always(_css: str) -> bool:
    """The MayMatch that rules nothing out: every query is run."""
    return True


def clean_inline(text: str | None) -> str:
    """Collapse whitespace (including no-break spaces) to single spaces; mended as dumps are
    (decode.repair_html_text)."""
    # str.split() breaks at the characters `\s` matches: the same as substituting runs of them, five times as fast
    return repair_html_text(" ".join(text.split())) if text else ""


def read_field(node: LexborNode, expr: str, may_match: MayMatch = always) -> str | None:
    """One field expression against `node`; None when the node or attribute is missing or empty."""
    return read_field_at(node, expr, may_match)[0]


def read_field_at(node: LexborNode, expr: str, may_match: MayMatch = always) -> tuple[str | None, LexborNode | None]:
    """read_field and the element it read (None for "@attr" on `node` itself or when nothing matched)."""
    css, _, attr = expr.partition("@")
    if css and not may_match(css):
        return None, None
    target = node.css_first(css) if css else node
    if target is None:
        return None, None
    # `attrs` reads the one attribute (`attributes` builds a dict of all of them, five times as slow)
    value = clean_inline(target.attrs.get(attr) if attr else target.text(deep=True))
    return value or None, target if css else None


def first_field(node: LexborNode, exprs: tuple[str, ...], may_match: MayMatch = always) -> str | None:
    """The first expression that yields a value."""
    return first_field_at(node, exprs, may_match)[0]


def first_field_at(node: LexborNode, exprs: tuple[str, ...],
                   may_match: MayMatch = always) -> tuple[str | None, LexborNode | None]:
    """first_field and the element the value was read from (see read_field_at)."""
    for expr in exprs:
        value, target = read_field_at(node, expr, may_match)
        if value:
            return value, target
    return None, None


def field_node(node: LexborNode, exprs: tuple[str, ...], may_match: MayMatch = always) -> LexborNode | None:
    """The node the first matching expression reads from (used to drop it from the body text)."""
    for expr in exprs:
        css = expr.partition("@")[0]
        if css and may_match(css) and (found := node.css_first(css)) is not None:
            return found
    return None


def link_near(node: LexborNode | None, stop: LexborNode | None = None) -> str | None:
    """The href of the link a name sits in: the node itself, a link inside it, or a link around it (up to `stop`)."""
    if node is None:
        return None
    found = node if node.tag == "a" else node.css_first("a[href]")
    up = node
    while found is None and up is not None and (stop is None or up.mem_id != stop.mem_id):
        up = up.parent
        found = up if up is not None and up.tag == "a" else None
    href = (found.attrs.get("href") or "").strip() if found is not None else ""
    return href if href and not href.startswith(("#", "javascript:", "mailto:")) else None


def absolute(base: str | None, href: str | None) -> str | None:
    """`href` resolved against the page URL when it is known."""
    if not href or not base:
        return href
    return _joined(base, href)


@lru_cache(maxsize=1024)  # urljoin parses both URLs each time; a page links each poster's profile on every post
def _joined(base: str, href: str) -> str:
    try:
        return urljoin(base, href)
    except ValueError:
        return href
