"""Batch run: inputs -> work units -> chunks -> worker pool -> Parquet parts, resumable and shardable.

Guarantee: every input record ends up as exactly one row of the documents table (cleaned, or an
error row with the reason), and a run killed at any point then rerun with `resume=True` gives the same
tables as an uninterrupted run (parts are written atomically; a part is done when its documents file
exists; finished units are also marked in OUT/_done/).
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from threadclean.chunk import ChunkResult, ChunkTask, clean_record
from threadclean.model import QuoteStyle
from threadclean.progress import Progress, summary_line
from threadclean.readers import expand_inputs
from threadclean.site_learning import learn_units, read_learnt, record_site
from threadclean.work import (
    ReadOptions,
    WorkUnit,
    plan_units,
    read_marker,
    select_shard,
    unit_chunks,
    write_marker,
)
from threadclean.writer import part_done

__all__ = ["BatchConfig", "RunStats", "clean_record", "plan", "run_batch"]

MAX_PRINTED_ERRORS = 20


@dataclass
class BatchConfig:
    """Everything a batch run needs; the CLI's `clean` options map onto it one to one."""

    inputs: list[str | Path]
    out: Path
    jobs: int = field(default_factory=lambda: os.cpu_count() or 1)
    timeout: float | None = 60.0
    resume: bool = False
    shard: tuple[int, int] = (0, 1)
    read: ReadOptions = field(default_factory=ReadOptions)
    progress: bool | None = None
    start_method: str = "spawn"
    #: "module:function" cleaning one Record into a Document in the workers; empty = threadclean's own
    cleaner: str = ""
    #: learn boilerplate lines per site over the text pages first (`threadclean.site_learning`)
    learn_sites: bool = True
    #: one site for every page of the run (else each page's site column or URL domain)
    site: str | None = None
    #: lines learnt beforehand (`threadclean learn-sites`), used instead of a learning pass
    site_lines_from: Path | None = None
    #: how typographic quotes come out (`api.clean_html`)
    quotes: QuoteStyle = "straight"


@dataclass
class RunStats:
    """What a run did: documents by status (including parts done by an earlier run), error samples."""

    counts: Counter = field(default_factory=Counter)
    error_samples: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    parts: int = 0
    skipped_parts: int = 0
    seconds: float = 0.0

    def add_result(self, result: ChunkResult) -> None:
        self.parts += 1
        self.counts.update(result.counts)
        self.counts["cleaned"] += result.counts.get("in", 0)
        room = MAX_PRINTED_ERRORS - len(self.error_samples)
        self.error_samples.extend(result.errors[:max(room, 0)])
        if result.failure:
            self.failures.append(f"part {result.part}: {result.failure}")

    def add_done(self, counts: dict[str, int], parts: int) -> None:
        self.skipped_parts += parts
        self.counts.update({k: v for k, v in counts.items() if k != "cleaned"})

    @property
    def failed(self) -> bool:
        return self.counts["error"] > 0 or bool(self.failures)

    def summary(self) -> str:
        return summary_line(self.counts, self.seconds, self.skipped_parts)


def plan_all(cfg: BatchConfig) -> list[WorkUnit]:
    """Every unit of the inputs (all shards), in a stable order."""
    return plan_units(expand_inputs(cfg.inputs), cfg.read)


def plan(cfg: BatchConfig) -> list[WorkUnit]:
    """This shard's units, in a stable order."""
    return select_shard(plan_all(cfg), *cfg.shard)


def part_counts(out: Path, part: str) -> Counter:
    """Status counts of a part written by an earlier run (read from its documents file)."""
    import polars as pl

    status = pl.read_parquet(Path(out) / "documents" / f"{part}.parquet", columns=["status"])["status"]
    counts = Counter(status.to_list())
    counts["in"] = len(status)
    return counts


class _UnitTracker:
    """Which parts of each unit are still out; writes the unit's done marker when none are."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.pending: dict[str, set[str]] = {}
        self.parts: dict[str, list[str]] = {}
        self.counts: dict[str, Counter] = {}
        self.read_done: set[str] = set()
        self.failed: set[str] = set()

    def open(self, unit: str) -> None:
        self.pending[unit], self.parts[unit], self.counts[unit] = set(), [], Counter()

    def add(self, unit: str, part: str, done_counts: Counter | None = None) -> None:
        self.parts[unit].append(part)
        if done_counts is None:
            self.pending[unit].add(part)
        else:
            self.counts[unit].update(done_counts)

    def finish(self, unit: str, part: str, counts: Counter, ok: bool) -> None:
        self.pending[unit].discard(part)
        self.counts[unit].update(counts)
        if not ok:
            self.failed.add(unit)  # a part that could not be written: never mark this unit done
        self._maybe_mark(unit)

    def close(self, unit: str) -> None:
        self.read_done.add(unit)
        self._maybe_mark(unit)

    def _maybe_mark(self, unit: str) -> None:
        if unit in self.read_done and not self.pending[unit] and unit not in self.failed:
            counts = {k: v for k, v in self.counts[unit].items() if k != "cleaned"}
            write_marker(self.out, unit, self.parts[unit], counts)
            self.read_done.discard(unit)


def chunk_sites(records: list, learnt: dict[str, frozenset[int]], fixed: str | None) -> dict[str, frozenset[int]]:
    """The learnt lines of the sites these records belong to (what the worker needs, no more)."""
    if not learnt:
        return {}
    sites = {record_site(rec, fixed) for rec in records}
    return {s: learnt[s] for s in sites if s in learnt}


def reading(cfg: BatchConfig, learnt: dict[str, frozenset[int]], spans: bool = True) -> ReadOptions:
    """How the batch reads: corpus lines are parsed in the workers unless the chunk's sites must be known
    first (learnt site lines go with each chunk); with `spans` (workers that see the input files), the workers
    also read the lines of uncompressed files themselves."""
    return replace(cfg.read, defer_rows=not learnt, line_spans=spans and not learnt)


def _tasks(units: list[WorkUnit], cfg: BatchConfig, stats: RunStats, tracker: _UnitTracker,
           learnt: dict[str, frozenset[int]]) -> Iterator[ChunkTask]:
    read = reading(cfg, learnt)
    for unit in units:
        marker = read_marker(cfg.out, unit.name) if cfg.resume else None
        if marker is not None:
            stats.add_done(marker["counts"], len(marker["parts"]))
            continue
        tracker.open(unit.name)
        for chunk in unit_chunks(unit, read):
            if cfg.resume and part_done(cfg.out, chunk.part):
                counts = part_counts(cfg.out, chunk.part)
                stats.add_done(counts, 1)
                tracker.add(unit.name, chunk.part, counts)
                continue
            tracker.add(unit.name, chunk.part)
            yield ChunkTask(chunk.part, unit.name, chunk.records, str(cfg.out), cfg.timeout, cleaner=cfg.cleaner,
                            site_lines=chunk_sites(chunk.records, learnt, cfg.site), site=cfg.site,
                            quotes=cfg.quotes)
        tracker.close(unit.name)


def remove_stale_tmp(out: Path) -> None:
    """Temporary files of writers that are gone (a killed run); files of live processes are left alone."""
    for tmp in Path(out).glob("*/.*.tmp-*"):
        try:
            os.kill(int(tmp.name.rsplit("-", 1)[1]), 0)
        except ValueError:
            continue
        except ProcessLookupError:
            tmp.unlink(missing_ok=True)
        except PermissionError:
            continue


def site_lines(cfg: BatchConfig, every: list[WorkUnit]) -> dict[str, frozenset[int]]:
    """The boilerplate lines per site for this run: read from a file, or learnt over `every` unit (all shards).

    Every shard learns over all inputs (not its share), and a resumed run learns again from the same
    inputs: either way pages are cleaned exactly as in one uninterrupted, unsharded run.
    """
    if not cfg.learn_sites:
        return {}
    if cfg.site_lines_from:
        return read_learnt(Path(cfg.site_lines_from))
    return learn_units(every, cfg.read, cfg.site)


def run_batch(cfg: BatchConfig, progress: Progress | None = None) -> RunStats:
    """Clean every input of this shard into OUT/<table>/<part>.parquet with a pool of `cfg.jobs` workers."""
    from threadclean.pool import WorkerPool

    start = time.perf_counter()
    if cfg.resume:
        remove_stale_tmp(Path(cfg.out))
    stats = RunStats()
    tracker = _UnitTracker(Path(cfg.out))
    progress = progress or Progress(cfg.progress)
    pool = WorkerPool(max(1, cfg.jobs), cfg.timeout, cfg.start_method)

    def on_result(result: ChunkResult) -> None:
        stats.add_result(result)
        tracker.finish(result.unit, result.part, result.counts, ok=result.failure is None)

    def on_tick() -> None:
        progress.update(stats.counts["cleaned"] + pool.live_done(), stats.counts["error"])

    every = plan_all(cfg)
    units = select_shard(every, *cfg.shard)
    learnt = site_lines(cfg, every)
    try:
        pool.run(_tasks(units, cfg, stats, tracker, learnt), on_result, on_tick)
    finally:
        progress.close()
        stats.seconds = time.perf_counter() - start
    return stats
