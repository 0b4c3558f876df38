"""Which engines a page may come from: substring fingerprints on the raw markup, in priority order.

All fingerprints are searched in one pass, as one regex of literals run by polars: testing them one by one
scans a page once per fingerprint, and pages of no known engine (articles, custom forums) pay for all. Polars
compiles the regex once and keeps it (an Aho-Corasick `extract_many` builds its automaton on every call, a
third of the search's time).
"""

from __future__ import annotations

from collections.abc import Iterator

import polars as pl

from threadclean.html.engines import ENGINES
from threadclean.html.spec import EngineSpec

#: every engine's fingerprints, each once
FINGERPRINTS = sorted({fp for spec in ENGINES for fp in spec.fingerprints})
#: characters a fingerprint may hold that the regex syntax reads as operators
_REGEX_META = frozenset(".^$*+?()[]{}|\\#&-~")


def _literal(text: str) -> str:
    return "".join(f"\\{c}" if c in _REGEX_META else c for c in text)


def _may_hide(first: str, other: str) -> bool:
    """Whether `other` can start inside (or where) an occurrence of `first` starts: a suffix of `first` that is a
    prefix of `other`, or `other` inside `first`."""
    return other != first and any(first[k:].startswith(other) or other.startswith(first[k:]) for k in range(len(first)))


#: longest first, so of two fingerprints starting at one place the longer is reported
_ANY = "|".join(_literal(fp) for fp in sorted(FINGERPRINTS, key=lambda fp: (-len(fp), fp)))
#: the search reports matches that do not overlap: a fingerprint whose occurrences all overlap one found
#: earlier goes unreported, so these are tested apart when the one they may hide behind was found
_MAY_HIDE = {fp: tuple(o for o in FINGERPRINTS if _may_hide(fp, o)) for fp in FINGERPRINTS}


def found_fingerprints(markup: str) -> set[str]:
    """The fingerprints in the page."""
    return fingerprints_and(markup)[0]


def fingerprints_and(markup: str | bytes, pattern: str | None = None) -> tuple[set[str], bool]:
    """The fingerprints in the page, and whether `pattern` (a regex in polars' syntax) finds anything in it: one
    trip to polars for both (each costs a copy of the page). Bytes are the page in UTF-8: polars checks them
    rather than having the text encoded."""
    searches = [pl.col("m").str.extract_all(_ANY)]
    if pattern is not None:
        searches.append(pl.col("m").str.contains(pattern).alias("p"))
    page = (pl.Series("m", [markup], dtype=pl.Binary).cast(pl.String) if isinstance(markup, bytes)
            else pl.Series("m", [markup], dtype=pl.String)).to_frame()
    # one after the other: running the two in parallel costs more than it saves (0.59 -> 0.56 ms a page)
    row = page.select_seq(searches).row(0)
    found = set(row[0])
    if unsure := sorted({o for fp in found for o in _MAY_HIDE[fp]} - found):
        # searched in the copy polars holds: Python's `in` reads the page's wide characters, many times as slow
        tests = [pl.col("m").str.contains(fp, literal=True).alias(str(n)) for n, fp in enumerate(unsure)]
        found.update(fp for fp, hit in zip(unsure, page.select_seq(tests).row(0), strict=True) if hit)
    return found, bool(row[-1]) if pattern is not None else False


def candidate_engines(found: set[str]) -> Iterator[EngineSpec]:
    """Engines with a fingerprint among those `found` in the page, in priority order: the caller stops at the first
    that finds posts."""
    return (spec for spec in ENGINES if not found.isdisjoint(spec.fingerprints))
