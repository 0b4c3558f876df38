"""Mergeable summaries: log2 histograms, additive counters, bottom-k samples and hash-threshold samples.

Every summary here merges so that merging the summaries of two disjoint shards gives exactly the
summary of their union. Samples are chosen by hash, never at random, which is what makes that hold.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

#: log2 bins: bin 0 holds 0, bin i holds [2**(i-1), 2**i); the last bin also holds everything larger
N_BINS = 24
HASH_SPACE = 1 << 64


def bin_label(i: int) -> str:
    """Human label of a log2 bin ("0", "1", "2–3", "4–7", ..., "8M+")."""
    if i == 0:
        return "0"
    lo, hi = 1 << (i - 1), (1 << i) - 1
    if i == N_BINS - 1:
        return f"{_short(lo)}+"
    return _short(lo) if lo == hi else f"{_short(lo)}–{_short(hi)}"


def _short(n: int) -> str:
    for div, suffix in ((1 << 20, "M"), (1 << 10, "k")):
        if n >= div and n % div == 0:
            return f"{n // div}{suffix}"
    return str(n)


def add_counters(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
    out = dict(a)
    for k, v in b.items():
        out[k] = out.get(k, 0) + v
    return out


def add_hists(a: list[int], b: list[int]) -> list[int]:
    if len(a) != len(b):
        raise ValueError("histograms with different bins cannot be merged")
    return [x + y for x, y in zip(a, b, strict=True)]


def merge_extrema(a: list[int | None], b: list[int | None]) -> list[int | None]:
    lo = [v for v in (a[0], b[0]) if v is not None]
    hi = [v for v in (a[1], b[1]) if v is not None]
    return [min(lo) if lo else None, max(hi) if hi else None]


@dataclass
class BottomK:
    """The k items with the smallest hashes: a uniform sample that merges exactly (union, keep k smallest)."""

    k: int
    items: list[list[Any]] = field(default_factory=list)  # [hash, payload], sorted by hash

    def merge(self, other: BottomK) -> BottomK:
        seen: dict[int, Any] = {}
        for h, payload in sorted(self.items + other.items, key=lambda it: it[0]):
            seen.setdefault(h, payload)
        k = min(self.k, other.k)
        return BottomK(k, [[h, p] for h, p in list(seen.items())[:k]])


def threshold(level: int) -> int:
    """Keys below this are kept at `level`: level 0 keeps all, each level halves the share kept."""
    return HASH_SPACE >> level


@dataclass
class HashSample:
    """Entries whose 64-bit key is below a threshold that halves until at most `cap` keys remain.

    Everything with the same key is in or out together, so counts per key are exact within the sample,
    and the sample's threshold depends only on the set of keys: merge(halves) == whole.
    """

    cap: int
    level: int = 0
    entries: dict[int, Any] = field(default_factory=dict)

    @property
    def rate(self) -> float:
        """Share of the key space kept."""
        return 1.0 / (1 << self.level)

    @property
    def size(self) -> int:
        """What the cap bounds: one per key, or per variant where a key holds several (a dict)."""
        return sum(_weight(v) for v in self.entries.values())

    def shrink(self) -> HashSample:
        level, entries = self.level, self.entries
        while sum(_weight(v) for v in entries.values()) > self.cap:
            level += 1
            limit = threshold(level)
            entries = {k: v for k, v in entries.items() if k < limit}
        return HashSample(self.cap, level, entries)

    def merge(self, other: HashSample, combine: Callable[[Any, Any], Any]) -> HashSample:
        level = max(self.level, other.level)
        limit = threshold(level)
        entries = {k: v for k, v in self.entries.items() if k < limit}
        for k, v in other.entries.items():
            if k < limit:
                entries[k] = combine(entries[k], v) if k in entries else v
        return HashSample(min(self.cap, other.cap), level, entries).shrink()


def _weight(value: Any) -> int:
    return len(value) if isinstance(value, dict) else 1


def level_for(keys: np.ndarray, cap: int, weights: np.ndarray | None = None) -> int:
    """The smallest level at which the keys below the threshold weigh at most `cap` (default weight 1)."""
    keys = np.asarray(keys, dtype=np.uint64)
    order = np.argsort(keys, kind="stable")
    ordered = keys[order]
    w = np.ones(len(keys), dtype=np.int64) if weights is None else np.asarray(weights, dtype=np.int64)[order]
    cumulative = np.concatenate([[0], np.cumsum(w)])
    level = 0
    while cumulative[_kept(ordered, level)] > cap:
        level += 1
    return level


def _kept(ordered: np.ndarray, level: int) -> int:
    if level == 0:  # 2**64 does not fit in uint64; everything is below it
        return len(ordered)
    return int(np.searchsorted(ordered, np.uint64(threshold(level))))
