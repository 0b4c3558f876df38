"""Link previews in post bodies: the card shows the linked page's domain, title and description, and closes with
the domain twice ("www.example.com www.example.com": the favicon's alt text and the link), as XenForo's unfurl
blocks print in a dump, or once under a card that opened with it (VerticalScope's theme). The card is the linked
page's words, not the poster's."""

from __future__ import annotations

import re

from threadclean.text.body import is_headline
from threadclean.text.scan import filled

CARD_CLOSE = re.compile(r"^((?:[\w-]+\.)+[a-z]{2,}) \1$", re.I)
BARE_DOMAIN = re.compile(r"^(?:[\w-]+\.)+[a-z]{2,}$", re.I)
#: non-blank lines a card holds above its closing line: the domain (the image's caption), title, description
CARD_LINES = 3


def link_cards(texts: list[str]) -> set[int]:
    """Indices of the lines that make link cards in a post's body lines."""
    out: set[int] = set()
    for i, t in enumerate(texts):
        if "." not in t:
            continue  # no domain: both patterns need a dot (most lines have none)
        if BARE_DOMAIN.match(t) and (opener := _same_domain_above(texts, i)) is not None:
            out.update(range(opener, i + 1))
            continue
        if not (m := CARD_CLOSE.match(t)):
            continue
        above = filled(texts, range(i - 1, -1, -1), CARD_LINES)
        opener = next((k for k in above if texts[k] == m[1]), None)
        out.update(range(opener, i + 1) if opener is not None else _title_and_description(texts, above))
        out.add(i)
    return out


def _title_and_description(texts: list[str], above: list[int]) -> list[int]:
    """A card printed without its domain line: the description and the title above it (a headline), or the
    title alone."""
    if above and is_headline(texts[above[0]]):
        return above[:1]
    return above[:2] if len(above) >= 2 and is_headline(texts[above[1]]) else above[:1]


def _same_domain_above(texts: list[str], i: int) -> int | None:
    """The line that opened the card line i (a bare domain) closes: the same domain, a title and a description
    above it."""
    above = filled(texts, range(i - 1, -1, -1), CARD_LINES)
    return next((k for k in above[1:] if texts[k] == texts[i]), None)
