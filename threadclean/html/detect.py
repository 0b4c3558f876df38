"""Which engines a page may come from: cheap substring fingerprints on the raw markup, in priority order."""

from __future__ import annotations

from collections.abc import Iterator

from threadclean.html.engines import ENGINES
from threadclean.html.spec import EngineSpec


def candidate_engines(markup: str) -> Iterator[EngineSpec]:
    """Engines whose fingerprint occurs in the page, lazily: the caller stops at the first that finds posts."""
    return (spec for spec in ENGINES if any(fp in markup for fp in spec.fingerprints))
