"""Which engines a page may come from: substring fingerprints on the raw markup, in priority order.

All fingerprints are searched in one pass, as one regex of literals run by polars: testing them one by one
scans a page once per fingerprint, and pages of no known engine (articles, custom forums) pay for all. Polars
compiles the regex once and keeps it (an Aho-Corasick `extract_many` builds its automaton on every call, a
third of the search's time).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import polars as pl

from threadclean.html.engines import ENGINES
from threadclean.html.spec import EngineSpec

#: every engine's fingerprints, each once
FINGERPRINTS = sorted({fp for spec in ENGINES for fp in spec.fingerprints})
#: characters a fingerprint may hold that the regex syntax reads as operators
_REGEX_META = frozenset(".^$*+?()[]{}|\\#&-~")


def _literal(text: str) -> str:
    return "".join(f"\\{c}" if c in _REGEX_META else c for c in text)


def _runs_from(first: str) -> set[str]:
    """`first` carried on by each fingerprint that starts inside it and ends past it."""
    return {first[:k] + fp for fp in FINGERPRINTS for k in range(len(first)) if fp.startswith(first[k:])
            and k + len(fp) > len(first)}


#: more runs than this means fingerprints that overlap in a cycle (one whose end starts itself again): no finite
#: set of runs covers them
MAX_RUNS = 1000


def _runs() -> set[str]:
    """The fingerprints, and every run of overlapping ones that one of them starts."""
    runs, todo = set(FINGERPRINTS), list(FINGERPRINTS)
    while todo:
        for run in _runs_from(todo.pop()) - runs:
            runs.add(run)
            todo.append(run)
        if len(runs) > MAX_RUNS:
            raise ValueError(f"engine fingerprints overlap without end, as in {max(runs, key=len)!r}")
    return runs


#: The search reports matches that do not overlap, and of those starting at one place the first in the alternation
#: (here the longest). It also looks for the runs in which a fingerprint starts inside another (or inside such a run)
#: and ends past it: a fingerprint then goes unreported only inside a longer string reported where it starts or
#: before, and each reported string stands for every fingerprint it holds. No second search for fingerprints a found
#: one may have hidden.
_HOLDS = {run: frozenset(fp for fp in FINGERPRINTS if fp in run) for run in _runs()}
_ANY = "|".join(_literal(run) for run in sorted(_HOLDS, key=lambda run: (-len(run), run)))


@cache
def _searches(pattern: str | None) -> tuple[pl.Expr, ...]:
    """The expressions fingerprints_and hands polars, made once: building them costs about 0.1 ms a page when the
    page's other work has pushed polars' code out of the processor's caches."""
    searches = [pl.col("m").str.extract_all(_ANY)]
    if pattern is not None:
        searches.append(pl.col("m").str.contains(pattern).alias("p"))
    return tuple(searches)


def fingerprints_and(markup: str | bytes, pattern: str | None = None) -> tuple[set[str], bool]:
    """The fingerprints in the page, and whether `pattern` (a regex in polars' syntax) finds anything in it: one
    trip to polars for both (each costs a copy of the page). Bytes are the page in UTF-8: polars checks them
    rather than having the text encoded."""
    page = (pl.Series("m", [markup], dtype=pl.Binary).cast(pl.String) if isinstance(markup, bytes)
            else pl.Series("m", [markup], dtype=pl.String)).to_frame()
    # one after the other: running the two in parallel costs more than it saves (0.59 -> 0.56 ms a page)
    row = page.select_seq(_searches(pattern)).row(0)
    found = set().union(*(_HOLDS[run] for run in set(row[0])))
    return found, bool(row[-1]) if pattern is not None else False


def candidate_engines(found: set[str]) -> Iterator[EngineSpec]:
    """Engines with a fingerprint among those `found` in the page, in priority order: the caller stops at the first
    that finds posts."""
    return (spec for spec in ENGINES if not found.isdisjoint(spec.fingerprints))
