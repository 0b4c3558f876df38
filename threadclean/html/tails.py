"""Lines a post's last paragraph ends with that the poster never typed."""

from __future__ import annotations

import re

from threadclean.model import Part, Removed

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
