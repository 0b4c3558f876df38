"""Lines in a post's text that the poster never typed: the app's line closing it, the board's notices to guests."""

from __future__ import annotations

import re

from threadclean.model import Part, Removed
from threadclean.text.engines import GUEST_VIEW_LINE

#: the line a forum's mobile app appends to every post sent with it ("Sent from my iPhone using Tapatalk",
#: "Sent from my SM-S908U using <forum> mobile app")
APP_SIGNATURE = re.compile(r"(?:^|\n)(Sent from my [^\n]{1,60}? using [^\n]{1,60})$")
_SENT = "Sent from my "  # every match holds it


def without_app_signature(parts: list[Part], removed: list[Removed]) -> list[Part]:
    """The parts without the app's line closing the last text part (a post holding nothing else keeps it)."""
    last = parts[-1] if parts else None
    # the substring test spares the search (which tries every line start) on posts that have no such line
    if not isinstance(last, str) or _SENT not in last or (m := APP_SIGNATURE.search(last)) is None:
        return parts
    rest = last[: m.start()].rstrip()
    if not rest and len(parts) == 1:
        return parts
    removed.append(Removed(m.group(1), "signature"))
    return parts[:-1] + ([rest] if rest else [])


_GUEST_LINE = re.compile(GUEST_VIEW_LINE.replace("^", "^[ \t]*", 1), re.I | re.M)
_TO_SEE = re.compile(r" to (?:see|view|download) ", re.I)  # every match holds it


def without_guest_lines(parts: list[Part], removed: list[Removed]) -> list[Part]:
    """The text parts without the lines telling guests to join to see a post's extras (an attachment's EXIF data,
    its images); a part holding nothing else goes, its lines kept in `removed` (reason `guest_notice`)."""
    out: list[Part] = []
    for part in parts:
        if isinstance(part, str) and _TO_SEE.search(part) and (found := _GUEST_LINE.findall(part)):
            removed += [Removed(line.strip(), "guest_notice") for line in found]
            part = re.sub(r"\n{3,}", "\n\n", _GUEST_LINE.sub("", part)).strip()
            if not part:
                continue
        out.append(part)
    return out


def without_board_lines(parts: list[Part], removed: list[Removed]) -> list[Part]:
    """The parts without the lines the board or its app printed in them (see the module doc)."""
    return without_guest_lines(without_app_signature(parts, removed), removed)
