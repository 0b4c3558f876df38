"""Exact and near-duplicate samples of texts, and the clusters found in them.

Exact: a content hash over every text, kept for the keys below a halving threshold (`HashSample`), so
copies of one text are counted exactly and the share is estimated at a stated sampling rate.
Near: a consistent sample keyed by the smallest sentence hash (two texts sharing most sentences very
likely share it, so near-duplicates are sampled together); sampled texts get a MinHash signature and
`datasketch`'s MinHashLSH groups them.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass, field

import numpy as np
import polars as pl
from datasketch import MinHash, MinHashLSH

from threadclean.report.sketches import HashSample, level_for, threshold

EXACT_CAP = 20_000
NEAR_CAP = 1_500
#: shorter texts ("+1", "Thanks!") repeat by nature; duplicates are counted among texts at least this long
EXACT_MIN_CHARS = 20
NEAR_MIN_CHARS = 200
NUM_PERM = 64
LSH_THRESHOLD = 0.8
MINHASH_SCHEME = "affine32"
SNIPPET_CHARS = 160
_WORD = re.compile(r"\w+")


def near_key(col: str) -> pl.Expr:
    """Smallest hash over the text's sentences (a one-permutation MinHash on sentence shingles)."""
    sentences = pl.col(col).str.to_lowercase().str.extract_all(r"[^.!?\n]{25,}")
    key = sentences.list.eval(pl.element().str.strip_chars().hash(7)).list.min()
    return key.fill_null(pl.col(col).hash(7))  # no long sentence: the whole text is the one shingle


def exact_sample(hashes: pl.Series, cap: int = EXACT_CAP) -> HashSample:
    """Copies per content hash, for the hashes below the threshold that leaves at most `cap` of them."""
    counts = hashes.value_counts(name="n")
    keys = counts.get_column(hashes.name).to_numpy()
    level = level_for(keys, cap)
    if level:
        counts = counts.filter(pl.col(hashes.name) < threshold(level))
    return HashSample(cap, level, dict(counts.iter_rows()))


def near_level(keyed: pl.DataFrame, cap: int = NEAR_CAP) -> int:
    """Level that leaves at most `cap` distinct texts, from rows (key, h)."""
    variants = keyed.drop_nulls("key").group_by("key").agg(pl.col("h").n_unique().alias("w"))
    return level_for(variants.get_column("key").to_numpy(), cap, variants.get_column("w").to_numpy())


def near_sample(rows: pl.DataFrame, level: int, cap: int = NEAR_CAP) -> HashSample:
    """Entries key -> {content hash: [copies, snippet, signature]} from rows (key, h, text) already sampled."""
    grouped = rows.group_by("key", "h").agg(pl.len().alias("n"), pl.col("text").first()).sort("key", "h")
    signatures = MinHash.bulk([_shingles(t) for t in grouped.get_column("text")], num_perm=NUM_PERM)
    entries: dict[int, dict[int, list]] = {}
    for (key, h, n, text), sig in zip(grouped.iter_rows(), signatures, strict=True):
        entries.setdefault(key, {})[h] = [n, _snippet(text), _encode(sig)]
    return HashSample(cap, level, entries)


def _shingles(text: str) -> list[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < 3:
        return [" ".join(words).encode()]
    return [" ".join(words[i : i + 3]).encode() for i in range(len(words) - 2)]


def _snippet(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= SNIPPET_CHARS else flat[: SNIPPET_CHARS - 1] + "…"


def _encode(sig: MinHash) -> str:
    return base64.b64encode(sig.hashvalues.astype("<u4").tobytes()).decode("ascii")


def _decode(data: str) -> MinHash:
    values = np.frombuffer(base64.b64decode(data), dtype="<u4").astype(np.uint64)
    return MinHash(hashvalues=values, scheme=MINHASH_SCHEME)


@dataclass
class ExactDups:
    """Exact duplicates estimated from a content-hash sample."""

    items: int
    distinct: int
    in_groups: int  # items whose text occurs more than once
    rate: float

    @property
    def redundant(self) -> int:
        """Copies beyond the first of each text."""
        return self.items - self.distinct


def exact_dups(sample: HashSample) -> ExactDups:
    copies = list(sample.entries.values())
    return ExactDups(sum(copies), len(copies), sum(c for c in copies if c > 1), sample.rate)


def exact_counts(hashes: pl.Series) -> list[int]:
    """[items, distinct, items in groups] over every content hash: exact, for the folders read together."""
    counts = hashes.value_counts(name="n").get_column("n")
    return [int(counts.sum()), counts.len(), int(counts.filter(counts > 1).sum())]


def exact_figures(counts: list[int] | None, sample: HashSample) -> ExactDups:
    """Exact counts when the report read every table itself, else the estimate from the merged sample."""
    if counts is None:
        return exact_dups(sample)
    items, distinct, in_groups = counts
    return ExactDups(items, distinct, in_groups, 1.0)


@dataclass
class Cluster:
    """Texts whose MinHash signatures collide in LSH: one text in many variants and copies."""

    copies: int
    variants: int
    snippet: str


@dataclass
class NearDups:
    """Near-duplicate clusters found in a consistent sample."""

    items: int
    rate: float
    clusters: list[Cluster] = field(default_factory=list)

    @property
    def in_near_clusters(self) -> int:
        """Items in clusters of two or more different texts (not merely identical copies)."""
        return sum(c.copies for c in self.clusters if c.variants > 1)

    @property
    def redundant(self) -> int:
        """Items beyond the first of each cluster: what keeping one text per cluster would drop."""
        return sum(c.copies - 1 for c in self.clusters)


def near_dups(sample: HashSample) -> NearDups:
    variants = [(h, v) for entry in sample.entries.values() for h, v in entry.items()]
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    sigs = {}
    for h, v in variants:
        sigs[str(h)] = _decode(v[2])
        lsh.insert(str(h), sigs[str(h)])
    parent = {str(h): str(h) for h, _ in variants}
    for name, sig in sigs.items():
        for other in lsh.query(sig):
            parent[_root(parent, other)] = _root(parent, name)
    groups: dict[str, list[list]] = {}
    for h, v in variants:
        groups.setdefault(_root(parent, str(h)), []).append(v)
    clusters = [_cluster(g) for g in groups.values() if sum(v[0] for v in g) > 1]
    clusters.sort(key=lambda c: (-c.copies, -c.variants, c.snippet))
    return NearDups(sum(v[0] for _, v in variants), sample.rate, clusters)


def _root(parent: dict[str, str], x: str) -> str:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def _cluster(group: list[list]) -> Cluster:
    most = max(group, key=lambda v: (v[0], v[1]))
    return Cluster(sum(v[0] for v in group), len(group), most[1])
