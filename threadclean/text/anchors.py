"""Post date lines in any engine's dump: the anchors a thread is cut at.

Most engines print each post's date on a line of its own ("Jul 9, 2022", "Old 2nd April 2025, 13:59 #2 | Link",
"11-29-2024, 09:03 AM"), sometimes with a word before it or a post counter after it. Engines that put
the author on the date line ("Post by X » date") say so with their own `post_date` patterns.
"""

from __future__ import annotations

import re
from functools import lru_cache

from threadclean.dates import looks_like_date

#: words engines print before a post date, and counters/links after it
_PREFIX = re.compile(r"^(?:old|posted|post(?:ed)? on|on|date:?|written|geschrieben|verfasst|publié le|le)\s+", re.I)
_SUFFIX = re.compile(r"(?:\s*(?:#\d+|\|\s*link|\((?:edited|bearbeitet|modifié)\)|(?:edited|bearbeitet)|·|•|\|))+$",
                     re.I)
_HAS_DIGIT_OR_DAY = re.compile(r"\d|today|yesterday|heute|gestern|hier|aujourd", re.I)
MAX_DATE_LINE = 70
#: the last character of every _SUFFIX match, bar a digit ("#12"); in any case under re.IGNORECASE
_SUFFIX_LAST = frozenset("kK\u212a)dDtT·•|\n")


@lru_cache(maxsize=1 << 15)  # a page's lines are tried as date lines by several steps and engines
def bare_date(text: str) -> str | None:
    """The date written on a line that holds nothing else (bar a prefix word or a "#N" counter)."""
    if len(text) > MAX_DATE_LINE or not _HAS_DIGIT_OR_DAY.search(text):
        return None
    core = _strip_suffix(_PREFIX.sub("", text)).strip()
    if not core or core[0] == "#" or not looks_like_date(core):
        return None
    return core


def _strip_suffix(text: str) -> str:
    """_SUFFIX.sub("", text), skipped when the last character cannot end a suffix (most lines)."""
    last = text[-1:]
    return _SUFFIX.sub("", text) if last and (last in _SUFFIX_LAST or last.isdecimal()) else text
