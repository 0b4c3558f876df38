"""Engine detection on a text dump, fast: every engine's fingerprints counted in about one pass over the page.

Counting each engine's fingerprints with its own scan of the page costs one pass per engine (and a
regular expression tried at every character). Here one alternation of all engines' line-start
fingerprints finds the few lines any of them matches, and only there is each engine's own alternation
tried. Fingerprints that may sit inside a line are searched only when the page holds a piece of text
every match of theirs contains. The counts are the same as with one scan per engine.
"""

from __future__ import annotations

import re
import re._parser as sre_parse  # the standard library's own pattern parser, to read literals off a pattern
import unicodedata
from functools import cache

from threadclean.text.engines import ENGINES, TextEngine
from threadclean.text.pattern_heads import CASE_ODDITIES, DIGIT, choices, first_chars, group_alternatives

_LITERAL = sre_parse.LITERAL


def _plain(code: int) -> bool:
    """A literal str.lower() treats as re.IGNORECASE does: ASCII, or a letter without case (CJK)."""
    return code < 128 or unicodedata.category(chr(code)) == "Lo"


def required_texts(pattern: str) -> tuple[str, ...]:
    """Runs of plain characters (lower-cased) that every match of `pattern` contains.

    Only the pattern's top-level sequence is read, so each run is in every match.
    """
    try:
        items = list(sre_parse.parse(pattern, re.I))
    except (re.error, TypeError, ValueError):
        return ()
    runs, cur = [], []
    for op, arg in items:
        if op == _LITERAL and _plain(arg):
            cur.append(chr(arg).lower())
            continue
        runs.append("".join(cur))
        cur = []
    runs.append("".join(cur))
    return tuple(run for run in runs if run)


class Detector:
    """All engines' fingerprints, compiled for one scan of a page."""

    def __init__(self, engines: tuple[TextEngine, ...]) -> None:
        self.engines = engines
        starts = [p[1:] for e in engines for p in e.fingerprints if p.startswith("^")]
        # a line break, then (looked at, not taken) some fingerprint: the regex engine jumps from line
        # break to line break instead of trying the line-start anchor at every character
        self.any_start = re.compile(r"\n(?=" + _by_first_letter(starts) + ")" if starts else "(?!)", re.I | re.M)
        self.inline = [[(rx, required_texts(rx.pattern)) for rx in e.rx.fingerprint_inline] for e in engines]
        self.first_chars = [first_chars([p[1:] for p in e.fingerprints if p.startswith("^")]) for e in engines]

    def scores(self, page: str) -> list[int]:
        """Per engine: distinct line-start fingerprints matched on some line, plus inline ones found."""
        folded = _folded(page)
        return [start + self._inline_found(k, page, folded) for k, start in enumerate(self._start_scores(page))]

    def best(self, page: str, at_least: int = 1) -> int | None:
        """The index of the engine `scores` ranks first (the first of equals), None when its score is below
        `at_least`. An engine's inline fingerprints (whole-page searches) are searched only when it may still
        come first and reach `at_least`: its line-start score plus all of them reaches both that and the best
        score known so far."""
        starts = self._start_scores(page)
        floor = max([at_least, *starts])
        folded: str | None = None
        exact: dict[int, int] = {}
        # the engines that may score most first: their scores raise the floor the others must reach
        for k in sorted(range(len(starts)), key=lambda k: -(starts[k] + len(self.inline[k]))):
            if starts[k] + len(self.inline[k]) < floor:
                break  # none after it reaches the floor either
            if self.inline[k] and folded is None:
                folded = _folded(page)
            # below the floor, a score need not be exact: that engine is not first
            exact[k] = starts[k] + (self._inline_found(k, page, folded, floor - starts[k]) if self.inline[k] else 0)
            floor = max(floor, exact[k])
        top = max(exact.values(), default=0)
        return min((k for k, score in exact.items() if score == top), default=None) if top >= at_least else None

    def _start_scores(self, page: str) -> list[int]:
        """Per engine: distinct line-start fingerprints matched on some line."""
        line_starts = [m.start() for m in self.any_start.finditer("\n" + page)]  # "\n" at i: line at i
        # each line's first character as the engines' first characters are written (see first_chars)
        odd = any(ch in page for ch in CASE_ODDITIES)
        firsts = [DIGIT if (c := page[pos : pos + 1]).isdecimal() else c.lower() for pos in line_starts]
        out = []
        for engine, chars in zip(self.engines, self.first_chars, strict=True):
            rx = engine.rx.fingerprint_any
            # only at lines whose first character one of the engine's fingerprints may start with
            spots = line_starts if chars is None or odd \
                else [p for p, c in zip(line_starts, firsts, strict=True) if c in chars]
            out.append(len({m.lastgroup for pos in spots if (m := rx.match(page, pos))}))
        return out

    def _inline_found(self, k: int, page: str, folded: str | None, need: int = 0) -> int:
        """Engine k's inline fingerprints found in the page (`folded`: see _folded); the count stops short, below
        `need`, once the fingerprints left cannot bring it to `need`."""
        found, left = 0, len(self.inline[k])
        for p, needles in self.inline[k]:
            left -= 1
            found += bool(_may_hold(folded, needles) and p.search(page))
            if found + left < need:
                break
        return found


def _by_first_letter(patterns: list[str]) -> str:
    """One alternation matching where any of the patterns does, with the patterns that start with the same plain
    character, escaped character or digit grouped under it ("R(?:e: .+|eply With Quote$)"), so most alternatives
    fail on one comparison. A pattern that opens with a choice ("(?:Thread|Discussion) starter") is taken as one
    pattern per choice first."""
    return group_alternatives([q for pattern in patterns for q in choices(pattern)])


def _folded(page: str) -> str | None:
    """The page lower-cased, to look for needles in; None when it holds a character that re.IGNORECASE matches
    otherwise than str.lower() turns it (then every pattern is searched)."""
    return page.lower() if not any(ch in page for ch in CASE_ODDITIES) else None


def _may_hold(folded: str | None, needles: tuple[str, ...]) -> bool:
    """False only when the lower-cased page lacks a needle, so the pattern cannot match."""
    return folded is None or all(needle in folded for needle in needles)


@cache
def detector() -> Detector:
    return Detector(ENGINES)
