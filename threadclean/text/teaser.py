"""Collapsed previews: pages that fold long posts print a teaser (the first paragraphs, the last one cut off)
and then the whole text; a text dump holds both, so the teaser would count every opening word twice."""

from __future__ import annotations

from threadclean.model import Part, Removed

#: a cut-off paragraph must keep this many characters to be told from a short line that merely starts another
MIN_CUT = 20


def _teaser_length(paras: list[str]) -> int:
    """How many opening paragraphs are a teaser of the text after them (0 when they are not): the opening
    paragraphs come again in full right after, all the same but the last, which the full text extends."""
    for j in range(1, len(paras) // 2 + 1):
        if all(paras[k] == paras[j + k] for k in range(j - 1)) and _cut_from(paras[j - 1], paras[2 * j - 1]):
            return j
    return 0


def _cut_from(cut: str, full: str) -> bool:
    """`cut` is `full`, or the start of it, its end cut off (maybe marked with an ellipsis)."""
    return cut == full or len(cut) >= MIN_CUT and full.startswith(cut.rstrip("….").rstrip())


def drop_teaser(parts: list[Part]) -> tuple[list[Part], list[Removed]]:
    """The post's parts without a teaser opening its text (see module doc)."""
    if not parts or not isinstance(parts[0], str):
        return parts, []
    paras = parts[0].split("\n\n")
    n = _teaser_length(paras)
    if not n:
        return parts, []
    return ["\n\n".join(paras[n:]), *parts[1:]], [Removed(p, "teaser") for p in paras[:n]]
