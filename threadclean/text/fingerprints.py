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
        self.first_chars = [_first_chars([p[1:] for p in e.fingerprints if p.startswith("^")]) for e in engines]

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
        # each line's first character as the engines' first characters are written (see _first_chars)
        odd = any(ch in page for ch in _CASE_ODDITIES)
        firsts = [_DIGIT if (c := page[pos : pos + 1]).isdecimal() else c.lower() for pos in line_starts]
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
    groups: dict[str, list[str]] = {}
    others = []
    for p in (q for pattern in patterns for q in _choices(pattern)):
        head = _head(p)
        if head is None:
            others.append(p)
        else:
            groups.setdefault(head[0], []).append(head[1])
    parts = [f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items()]
    return "|".join(parts + [f"(?:{p})" for p in others])


_DIGIT = "\\d"


def _first_chars(patterns: list[str]) -> frozenset[str] | None:
    """The characters a match of one of the patterns may start with, as `_head` gives them (ASCII letters
    lower-cased, `\\d` for a digit, an escaped mark as itself; a digit written as such is also a `\\d`); None
    when some pattern may start otherwise. Under re.IGNORECASE an ASCII letter also matches the characters
    str.lower() turns into it, and _CASE_ODDITIES, which the caller looks out for."""
    heads = [_head(p) for pattern in patterns for p in _choices(pattern)]
    if any(h is None for h in heads):
        return None
    chars = {first[1] if first.startswith("\\") and first != _DIGIT else first for first, _ in heads}
    return frozenset(_DIGIT if c.isdecimal() else c for c in chars)


_QUANTIFIERS = ("?", "*", "+", "{")
_SPECIAL = set("\\.^$*+?{}[]|()")


def _head(p: str) -> tuple[str, str] | None:
    """(first item, the rest) of a pattern whose first item is one character matched as re.IGNORECASE matches
    it (an ASCII letter lower-cased, a character without case, an escaped punctuation mark) or a digit (`\\d+`:
    a digit, then `\\d*`); None for any other start, or a quantified first item."""
    if p.startswith("\\d"):
        return ("\\d", "\\d*" + p[3:]) if p[2:3] == "+" else ("\\d", p[2:]) if p[2:3] not in _QUANTIFIERS else None
    if p[:1] == "\\" and p[1:2] and not p[1].isalnum():
        first, rest = p[:2], p[2:]
    elif p[:1] and p[0] not in _SPECIAL and (p[0].isascii() and p[0].isalpha()
                                             or p[0].lower() == p[0] == p[0].upper() and not p[0].isspace()):
        first, rest = p[0].lower(), p[1:]
    else:
        return None
    return (first, rest) if rest[:1] not in _QUANTIFIERS else None


def _choices(p: str) -> list[str]:
    """The pattern as alternatives each matching where it does: split at its top-level bars, and an opening
    non-capturing group of choices ("(?:A|B)rest") spread over its choices ("Arest", "Brest")."""
    alts = _top_level(p, "|")
    if len(alts) > 1:
        return [q for alt in alts for q in _choices(alt)]
    if p.startswith("(?:") and (close := _closing(p)) is not None and p[close + 1 : close + 2] not in _QUANTIFIERS:
        rest = p[close + 1 :]
        return [q for alt in _top_level(p[3:close], "|") for q in _choices(alt + rest)]
    return [p]


def _closing(p: str) -> int | None:
    """The index of the parenthesis closing the group that opens the pattern."""
    return next((i for i, c, depth in _outside_classes(p) if c == ")" and depth == 0), None)


def _top_level(p: str, sep: str) -> list[str]:
    """The pattern split at the separator where it stands outside groups and classes."""
    cuts = [i for i, c, depth in _outside_classes(p) if c == sep and depth == 0]
    return [p[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(p)], strict=True)]


def _outside_classes(p: str):
    """(index, character, group depth after it) of the pattern's characters outside escapes and classes."""
    depth, i = 0, 0
    while i < len(p):
        c = p[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a class runs to the first "]" after its first member ("[]a]", "[^]a]": "]" is a member)
            j = i + 2 if p[i + 1 : i + 2] == "^" else i + 1
            end = p.find("]", j + 1)
            while end != -1 and p[end - 1] == "\\" and p[end - 2 : end] != "\\\\":
                end = p.find("]", end + 1)
            i = (end if end != -1 else len(p)) + 1
            continue
        depth += (c == "(") - (c == ")")
        yield i, c, depth
        i += 1


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
