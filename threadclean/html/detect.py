"""Which engines a page may come from: substring fingerprints on the raw markup, in priority order.

All fingerprints are searched in one pass of an Aho-Corasick automaton over the page's UTF-8 bytes: testing them one
by one scans a page once per fingerprint, and pages of no known engine (articles, custom forums) pay for all. The
same pass finds where tags the caller names open (`<script`, in any ASCII case, as HTML reads tag names), so the
markup normaliser looks at the page only where it may have work.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from itertools import product

import ahocorasick_rs

from threadclean.html.engines import ENGINES
from threadclean.html.spec import EngineSpec

#: every engine's fingerprints, each once
FINGERPRINTS = sorted({fp for spec in ENGINES for fp in spec.fingerprints})


def _spellings(name: str) -> list[str]:
    """Every ASCII-case spelling of a tag's name ("iframe", "IFrame", "IFRAME"...)."""
    return ["".join(cs) for cs in product(*[(c.lower(), c.upper()) if c.isalpha() else (c,) for c in name])]


@cache
def _automaton(tags: tuple[str, ...]) -> ahocorasick_rs.BytesAhoCorasick:
    """The fingerprints, then every spelling of each tag's opening `<name`; built once per set of tags (a DFA:
    twice the speed of the default automaton over whole pages)."""
    openers = [f"<{spelling}" for tag in tags for spelling in _spellings(tag)]
    return ahocorasick_rs.BytesAhoCorasick([p.encode() for p in FINGERPRINTS + openers],
                                           implementation=ahocorasick_rs.Implementation.DFA)


def fingerprints_and(markup: str | bytes, tags: tuple[str, ...] = ()) -> tuple[set[str], list[int]]:
    """The fingerprints in the page, and the byte offsets in its UTF-8 form where one of `tags` opens. Bytes are
    the page in UTF-8, read as they are."""
    page = markup if isinstance(markup, bytes) else markup.encode("utf-8", "surrogatepass")
    matches = _automaton(tags).find_matches_as_indexes(page, overlapping=True)
    n = len(FINGERPRINTS)
    return {FINGERPRINTS[i] for i in {m[0] for m in matches} if i < n}, [at for i, at, _ in matches if i >= n]


def candidate_engines(found: set[str]) -> Iterator[EngineSpec]:
    """Engines with a fingerprint among those `found` in the page, in priority order: the caller stops at the first
    that finds posts."""
    return (spec for spec in ENGINES if not found.isdisjoint(spec.fingerprints))
