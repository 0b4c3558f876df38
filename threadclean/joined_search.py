"""Searching many short texts at once: joined by a separator, one regex pass, each match mapped back to the
text it falls in (one search per text costs far more on pages of thousands of lines or nodes)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from itertools import accumulate

#: İ, ı and ſ: `re.IGNORECASE` matches them against ASCII letters that `str.lower()` does not turn them into
#: (and İ lowers to two characters); found by testing every code point
CASE_TRAPS = re.compile("[\u0130\u0131\u017f]")


def has_case_traps(text: str) -> bool:
    """Whether CASE_TRAPS finds a character in the text: never in ASCII text, which is told in O(1)."""
    # three substring searches (memchr-like, in C) run far faster than the regex's class test of every character
    return not text.isascii() and ("\u0130" in text or "\u0131" in text or "\u017f" in text)


def text_starts(texts: list[str]) -> list[int]:
    """Where each text starts in the texts joined by a one-character separator (and where the next would)."""
    return list(accumulate((len(t) + 1 for t in texts), initial=0))


def hit_texts(matches: Iterable[re.Match[str]], starts: list[int]) -> set[int]:
    """The indexes of the texts the matches (of a pattern that never crosses the separator) start in."""
    return {bisect_right(starts, m.start()) - 1 for m in matches}


def texts_with(pattern: re.Pattern[str], joined: str, starts: list[int]) -> list[int]:
    """The indexes of the texts (joined as `starts` tells) the pattern finds something in, in order: each search
    starts at the next text, so a pattern that matches often (one character class) is not run over every match."""
    found: list[int] = []
    pos = 0
    while (m := pattern.search(joined, pos)) is not None:
        found.append(n := bisect_right(starts, m.start()) - 1)
        pos = starts[n + 1]
    return found
