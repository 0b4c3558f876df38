"""Which engines a page may come from: substring fingerprints on the raw markup, in priority order.

The fingerprints are searched in the page's UTF-8 bytes by Aho-Corasick automata (`ahocorasick-rs`) of at most 64
patterns each, searched leftmost-first: at that size the library runs a SIMD prefilter (Teddy) and reads a page three
times as fast as one automaton of them all. A leftmost-first search skips what overlaps a match, so fingerprints that
could overlap (one ending as another starts, or holding it) go to different automata: each then reports every
fingerprint the page holds. The same call finds where tags the caller names open (`<script`, in any ASCII case, as
HTML reads tag names), so the markup normaliser looks at the page only where it may have work.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

import ahocorasick_rs

from threadclean.html.engines import ENGINES
from threadclean.html.spec import EngineSpec

#: every engine's fingerprints, each once
FINGERPRINTS = sorted({fp for spec in ENGINES for fp in spec.fingerprints})
#: the most patterns an automaton's SIMD prefilter takes
PREFILTER_PATTERNS = 64


def may_overlap(a: str, b: str) -> bool:
    """Whether occurrences of `a` and `b` can overlap in a text: one holds the other, or one ends as the other
    starts."""
    if a in b or b in a:
        return True
    return any(a.endswith(b[:k]) or b.endswith(a[:k]) for k in range(1, min(len(a), len(b))))


def overlap_free_groups(patterns: list[str], size: int = PREFILTER_PATTERNS) -> list[list[str]]:
    """The patterns in groups of at most `size`, no two of a group able to overlap (first fit)."""
    groups: list[list[str]] = []
    for p in patterns:
        home = next((g for g in groups if len(g) < size and not any(may_overlap(p, q) for q in g)), None)
        if home is None:
            groups.append(home := [])
        home.append(p)
    return groups


@cache
def _automata() -> list[tuple[list[str], ahocorasick_rs.BytesAhoCorasick]]:
    """One leftmost-first automaton per group of fingerprints, built once per process."""
    return [(group, ahocorasick_rs.BytesAhoCorasick([p.encode() for p in group],
                                                    matchkind=ahocorasick_rs.MATCHKIND_LEFTMOST_FIRST))
            for group in overlap_free_groups(FINGERPRINTS)]


@cache
def _openers(tags: tuple[str, ...]) -> re.Pattern[bytes]:
    """`<name` of any of the tags, in any ASCII case (the lookahead turns most `<` away on their next byte)."""
    firsts = "".join(sorted({c for t in tags for c in (t[0].lower(), t[0].upper())}))
    return re.compile(rf"<(?=[{firsts}])(?:{'|'.join(map(re.escape, tags))})".encode(), re.I)


def fingerprints_and(markup: str | bytes, tags: tuple[str, ...] = ()) -> tuple[set[str], list[int]]:
    """The fingerprints in the page, and the byte offsets in its UTF-8 form where one of `tags` opens. Bytes are
    the page in UTF-8, read as they are."""
    page = markup if isinstance(markup, bytes) else markup.encode("utf-8", "surrogatepass")
    found = {group[i] for group, automaton in _automata() for i, _, _ in automaton.find_matches_as_indexes(page)}
    return found, [m.start() for m in _openers(tags).finditer(page)] if tags else []


def candidate_engines(found: set[str]) -> Iterator[EngineSpec]:
    """Engines with a fingerprint among those `found` in the page, in priority order: the caller stops at the first
    that finds posts."""
    return (spec for spec in ENGINES if not found.isdisjoint(spec.fingerprints))
