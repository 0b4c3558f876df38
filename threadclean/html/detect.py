"""Which engines a page may come from: cheap regex fingerprints on the raw markup, in priority order."""

from __future__ import annotations

import re
from functools import cache

from threadclean.html.engines import ENGINES
from threadclean.html.spec import EngineSpec


@cache
def _pattern(spec: EngineSpec) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in spec.fingerprints))


def candidate_engines(markup: str) -> list[EngineSpec]:
    """Engines whose fingerprint occurs in the page; the adapter that finds posts first wins."""
    return [spec for spec in ENGINES if _pattern(spec).search(markup)]
