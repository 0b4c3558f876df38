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

#: characters that match an ASCII letter under re.IGNORECASE but that str.lower() does not turn into it
_CASE_ODDITIES = ("\u0130", "\u0131", "\u017f")  # İ, ı, ſ
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

    def scores(self, page: str) -> list[int]:
        """Per engine: distinct line-start fingerprints matched on some line, plus inline ones found."""
        folded = _folded(page)
        return [start + self._inline_found(k, page, folded) for k, start in enumerate(self._start_scores(page))]

    def best(self, page: str) -> tuple[int | None, int]:
        """The index of the engine `scores` ranks first (the first of equals) and its score (None, 0 when all
        score 0). An engine's inline fingerprints are searched only when it may still come first: its line-start
        score plus all of them reaches the best line-start score."""
        starts = self._start_scores(page)
        floor = max(starts, default=0)
        folded: str | None = None
        best, best_score = None, 0
        for k, start in enumerate(starts):
            if start + len(self.inline[k]) < floor:
                continue  # below an engine that scores `floor` at least: never first
            if self.inline[k] and folded is None:
                folded = _folded(page)
            score = start + (self._inline_found(k, page, folded) if self.inline[k] else 0)
            if score > best_score:
                best, best_score = k, score
        return best, best_score

    def _start_scores(self, page: str) -> list[int]:
        """Per engine: distinct line-start fingerprints matched on some line."""
        line_starts = [m.start() for m in self.any_start.finditer("\n" + page)]  # "\n" at i: line at i
        out = []
        for engine in self.engines:
            rx = engine.rx.fingerprint_any
            out.append(len({m.lastgroup for pos in line_starts if (m := rx.match(page, pos))}))
        return out

    def _inline_found(self, k: int, page: str, folded: str | None) -> int:
        """Engine k's inline fingerprints found in the page (`folded`: see _folded)."""
        return sum(1 for p, needles in self.inline[k] if _may_hold(folded, needles) and p.search(page))


def _by_first_letter(patterns: list[str]) -> str:
    """One alternation matching where any of the patterns does, with the patterns that start with a plain
    letter grouped under it ("R(?:e: .+|eply With Quote$)"), so most alternatives fail on one comparison."""
    groups: dict[str, list[str]] = {}
    others = []
    for p in patterns:
        if p[:1].isascii() and p[:1].isalpha() and p[1:2] not in ("?", "*", "+", "{") and "|" not in p:
            groups.setdefault(p[0].lower(), []).append(p[1:])
        else:
            others.append(p)
    parts = [f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items()]
    return "|".join(parts + [f"(?:{p})" for p in others])


def _folded(page: str) -> str | None:
    """The page lower-cased, to look for needles in; None when it holds a character that re.IGNORECASE matches
    otherwise than str.lower() turns it (then every pattern is searched)."""
    return page.lower() if not any(ch in page for ch in _CASE_ODDITIES) else None


def _may_hold(folded: str | None, needles: tuple[str, ...]) -> bool:
    """False only when the lower-cased page lacks a needle, so the pattern cannot match."""
    return folded is None or all(needle in folded for needle in needles)


@cache
def detector() -> Detector:
    return Detector(ENGINES)
