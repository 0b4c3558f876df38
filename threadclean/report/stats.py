"""The report's numbers as one mergeable record, written as `stats.json` beside the page.

Everything in `Stats` is a count, a sum, a min/max, a fixed-bin histogram or a hash-chosen sample,
so the stats of shards merge into the stats of the whole (`merge_all`). Derived figures (shares,
duplicate estimates) are computed from a merged `Stats`, never stored in it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import reduce
from pathlib import Path
from typing import Any

import polars as pl

from threadclean.report.sketches import BottomK, HashSample, add_counters, add_hists, merge_extrema

FORMAT_VERSION = 1
#: identifies the hash behind every sample; stats made with another one cannot be merged
HASH_FN = f"polars-{pl.__version__}-hash"


@dataclass
class Stats:
    """Mergeable statistics of one or more `threadclean clean` output folders.

    counts: additive totals; keyed: additive totals per label (status, reason, engine, site, language);
    extrema: [min, max]; hists: log2-bin counts; samples: bottom-k samples; dups: exact-duplicate
    samples (key -> copies); near: near-duplicate samples (key -> {content hash: [copies, snippet, signature]}).
    exact: exact-duplicate counts over every text of `inputs` taken together ([items, distinct, in groups]);
    distinct texts do not add across shards, so a merge drops them and figures fall back to `dups`.
    """

    inputs: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    keyed: dict[str, dict[str, int]] = field(default_factory=dict)
    extrema: dict[str, list[int | None]] = field(default_factory=dict)
    hists: dict[str, list[int]] = field(default_factory=dict)
    samples: dict[str, BottomK] = field(default_factory=dict)
    dups: dict[str, HashSample] = field(default_factory=dict)
    near: dict[str, HashSample] = field(default_factory=dict)
    exact: dict[str, list[int]] = field(default_factory=dict)
    hash_fn: str = HASH_FN

    def count(self, name: str) -> int:
        return self.counts.get(name, 0)

    def merge(self, other: Stats) -> Stats:
        if other.hash_fn != self.hash_fn:
            raise ValueError(f"cannot merge stats hashed with {other.hash_fn!r} into {self.hash_fn!r}")
        return Stats(
            inputs=self.inputs + other.inputs,
            counts=add_counters(self.counts, other.counts),
            keyed=_merge_maps(self.keyed, other.keyed, add_counters),
            extrema=_merge_maps(self.extrema, other.extrema, merge_extrema),
            hists=_merge_maps(self.hists, other.hists, add_hists),
            samples=_merge_maps(self.samples, other.samples, BottomK.merge),
            dups=_merge_maps(self.dups, other.dups, lambda a, b: a.merge(b, _add)),
            near=_merge_maps(self.near, other.near, lambda a, b: a.merge(b, _merge_variants)),
            hash_fn=self.hash_fn,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "format_version": FORMAT_VERSION,
            "hash_fn": self.hash_fn,
            "inputs": self.inputs,
            "counts": dict(sorted(self.counts.items())),
            "keyed": {k: dict(sorted(v.items())) for k, v in sorted(self.keyed.items())},
            "extrema": dict(sorted(self.extrema.items())),
            "hists": dict(sorted(self.hists.items())),
            "samples": {k: {"k": s.k, "items": s.items} for k, s in sorted(self.samples.items())},
            "dups": {k: _sample_json(s) for k, s in sorted(self.dups.items())},
            "near": {k: _sample_json(s) for k, s in sorted(self.near.items())},
            "exact": dict(sorted(self.exact.items())),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Stats:
        if data.get("format_version") != FORMAT_VERSION:
            raise ValueError(f"unsupported stats format {data.get('format_version')!r}")
        return cls(
            inputs=list(data["inputs"]),
            counts=dict(data["counts"]),
            keyed={k: dict(v) for k, v in data["keyed"].items()},
            extrema={k: list(v) for k, v in data["extrema"].items()},
            hists={k: list(v) for k, v in data["hists"].items()},
            samples={k: BottomK(v["k"], [list(it) for it in v["items"]]) for k, v in data["samples"].items()},
            dups={k: _sample_from(v, int) for k, v in data["dups"].items()},
            near={k: _sample_from(v, _variants_from) for k, v in data["near"].items()},
            exact={k: list(v) for k, v in data.get("exact", {}).items()},
            hash_fn=data["hash_fn"],
        )


def merge_all(parts: list[Stats]) -> Stats:
    """Merge the stats of several shards (at least one)."""
    return reduce(Stats.merge, parts)


def write_stats(stats: Stats, path: Path) -> None:
    path.write_text(json.dumps(stats.to_json(), ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def read_stats(path: Path) -> Stats:
    return Stats.from_json(json.loads(path.read_text(encoding="utf-8")))


def _merge_maps(a: dict[str, Any], b: dict[str, Any], fn) -> dict[str, Any]:
    out = dict(a)
    for k, v in b.items():
        out[k] = fn(out[k], v) if k in out else v
    return out


def _add(a: int, b: int) -> int:
    return a + b


def _merge_variants(a: dict[int, list], b: dict[int, list]) -> dict[int, list]:
    """Near-duplicate entries: the same text (content hash) seen in both shards adds its copies."""
    out = {h: list(v) for h, v in a.items()}
    for h, v in b.items():
        if h in out:
            out[h][0] += v[0]
        else:
            out[h] = list(v)
    return out


def _sample_json(s: HashSample) -> dict[str, Any]:
    def enc(v: Any) -> Any:
        return [[h, *rest] for h, rest in sorted(v.items())] if isinstance(v, dict) else v

    return {"cap": s.cap, "level": s.level, "entries": [[k, enc(v)] for k, v in sorted(s.entries.items())]}


def _variants_from(v: list) -> dict[int, list]:
    return {row[0]: list(row[1:]) for row in v}


def _sample_from(data: dict[str, Any], decode) -> HashSample:
    return HashSample(data["cap"], data["level"], {k: decode(v) for k, v in data["entries"]})
