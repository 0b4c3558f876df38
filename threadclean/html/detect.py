"""Which engines a page may come from: substring fingerprints on the raw markup, in priority order.

All fingerprints are searched in one pass (polars' Aho-Corasick `extract_many`): testing them one by one
scans a page once per fingerprint, and pages of no known engine (articles, custom forums) pay for all.
"""

from __future__ import annotations

from collections.abc import Iterator

import polars as pl

from threadclean.html.engines import ENGINES
from threadclean.html.spec import EngineSpec

_FINGERPRINTS = sorted({fp for spec in ENGINES for fp in spec.fingerprints})


def found_fingerprints(markup: str) -> set[str]:
    """The fingerprints in the page (non-overlapping matches: a fingerprint whose every occurrence overlaps
    an earlier match goes unreported; on the corpus this changes no page's engines)."""
    return set(pl.Series([markup], dtype=pl.String).str.extract_many(_FINGERPRINTS, overlapping=False)[0])


def candidate_engines(markup: str) -> Iterator[EngineSpec]:
    """Engines whose fingerprint occurs in the page, in priority order: the caller stops at the first that finds posts."""
    found = found_fingerprints(markup)
    return (spec for spec in ENGINES if not found.isdisjoint(spec.fingerprints))
