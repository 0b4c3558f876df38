"""What a regular expression's matches may start with, read off the pattern's text: its choices ("(?:A|B)rest"
as "Arest", "Brest") and their first items. Engine detection uses it to try fingerprints only at lines whose first
character they may match, and the line tables to group a pattern's alternatives under their first characters."""

from __future__ import annotations

import re
from collections.abc import Iterator

#: characters that match an ASCII letter under re.IGNORECASE but that str.lower() does not turn into it
CASE_ODDITIES = ("\u0130", "\u0131", "\u017f")  # İ, ı, ſ

DIGIT = "\\d"


def first_chars(patterns: list[str]) -> frozenset[str] | None:
    """The characters a match of one of the patterns may start with, as `head` gives them (ASCII letters
    lower-cased, `\\d` for a digit, an escaped mark as itself; a digit written as such is also a `\\d`); None
    when some pattern may start otherwise. Under re.IGNORECASE an ASCII letter also matches the characters
    str.lower() turns into it, and CASE_ODDITIES, which the caller looks out for."""
    heads = [head(p) for pattern in patterns for p in choices(pattern)]
    if any(h is None for h in heads):
        return None
    chars = {first[1] if first.startswith("\\") and first != DIGIT else first for first, _ in heads}
    return frozenset(DIGIT if c.isdecimal() else c for c in chars)


_QUANTIFIERS = ("?", "*", "+", "{")
_SPECIAL = set("\\.^$*+?{}[]|()")


def head(p: str) -> tuple[str, str] | None:
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


def choices(p: str) -> list[str]:
    """The pattern as alternatives each matching where it does: split at its top-level bars, and an opening
    non-capturing group of choices ("(?:A|B)rest") spread over its choices ("Arest", "Brest")."""
    alts = _top_level(p, "|")
    if len(alts) > 1:
        return [q for alt in alts for q in choices(alt)]
    if p.startswith("(?:") and (close := _closing(p)) is not None and p[close + 1 : close + 2] not in _QUANTIFIERS:
        rest = p[close + 1 :]
        return [q for alt in _top_level(p[3:close], "|") for q in choices(alt + rest)]
    return [p]


def _closing(p: str) -> int | None:
    """The index of the parenthesis closing the group that opens the pattern."""
    return next((i for i, c, depth in _outside_classes(p) if c == ")" and depth == 0), None)


def _top_level(p: str, sep: str) -> list[str]:
    """The pattern split at the separator where it stands outside groups and classes."""
    cuts = [i for i, c, depth in _outside_classes(p) if c == sep and depth == 0]
    return [p[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(p)], strict=True)]


def _outside_classes(p: str) -> Iterator[tuple[int, str, int]]:
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


def line_start_chars(pattern: str) -> frozenset[str] | None:
    """first_chars of a pattern matched at a line's start (re.match), its choices' leading "^" (true there) dropped."""
    return first_chars([c[1:] if c.startswith("^") else c for c in _top_level(pattern, "|")])


def grouped_by_first(pattern: str) -> str:
    """A pattern matched at a line's start (re.match), rewritten so that its alternatives, and those of a group
    opening it, are grouped under their first character ("(?:Reply|Report|Quote)" as "(?:r(?:eply|eport)|
    q(?:uote))"): most fail on one comparison instead of each being tried. The pattern matches the same lines; the
    alternatives' order changes (those without a plain first character come last), so which one matched, and
    its groups' values, may differ: for tables that only ask whether a line matches. Patterns with atomic groups,
    possessive quantifiers or numbered back-references, where that may matter, are returned as they are."""
    if "(?>" in pattern or re.search(r"[*+?}]\+|\\[1-9]", pattern):
        return pattern
    return _grouped_alternatives(pattern, True)


def _grouped_alternatives(p: str, at_start: bool) -> str:
    """The alternatives grouped; `at_start`: they stand at the line's start, where a leading "^" is always true."""
    alts = [_grouped_opening(a[1:] if at_start and a.startswith("^") else a, at_start) for a in _top_level(p, "|")]
    return alts[0] if len(alts) == 1 else group_alternatives(alts)


#: how many characters deep alternatives are grouped ("p(?:o(?:sted|st by)|rint)")
GROUP_DEPTH = 3


def group_alternatives(alts: list[str], depth: int = GROUP_DEPTH) -> str:
    """One alternation of the alternatives (none holding a top-level "|"), those with the same first character
    grouped under it, and within a group those with the same next character, `depth` characters deep; those
    without a plain first character come last. It matches where one of them does."""
    groups: dict[str, list[str]] = {}
    others = []
    for alt in alts:
        first = head(alt) if depth > 0 else None
        if first is None:
            others.append(alt)
        else:
            groups.setdefault(first[0], []).append(first[1])
    parts = [f"{first}(?:{group_alternatives(rests, depth - 1)})" if len(rests) > 1 else first + rests[0]
             for first, rests in groups.items()]
    return "|".join(parts + others)


def _grouped_opening(alt: str, at_start: bool) -> str:
    """The alternative with the choices of a non-capturing group opening it grouped; a repeated group's choices are
    not all at the line's start."""
    if alt.startswith("(?:") and (close := _closing(alt)) is not None:
        repeated = alt[close + 1 : close + 2] in _QUANTIFIERS
        return f"(?:{_grouped_alternatives(alt[3:close], at_start and not repeated)}){alt[close + 1 :]}"
    return alt
