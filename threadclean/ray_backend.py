"""Ray Data backend (`pip install threadclean[ray]`, `threadclean clean --backend ray`).

The same plan as the process pool (units, chunks, shards, site lines), distributed with Ray Data: one
dataset item per work unit; `map_batches` runs threadclean's pure cleaning functions on each chunk and
writes its part of every table atomically under the pool's part names, so the tables, the resume
guarantee (`--resume` skips finished units and parts) and the done markers are the pool backend's.
"""

from __future__ import annotations

import json
import os
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from threadclean.chunk import ChunkResult, ChunkTask, run_chunk
from threadclean.pool import ONE_THREAD_ENV, one_thread
from threadclean.runner import (
    BatchConfig,
    RunStats,
    chunk_sites,
    part_counts,
    plan_all,
    reading,
    remove_stale_tmp,
    site_lines,
)
from threadclean.work import ReadOptions, WorkUnit, read_marker, select_shard, unit_chunks, write_marker
from threadclean.writer import part_done


def _unit_items(units: list[WorkUnit]) -> list[dict]:
    return [{"unit": u.name, "container": u.container, "paths": [os.fsencode(p) for p in u.paths],
             "formats": list(u.formats)} for u in units]


def _chunk_row(result: ChunkResult, reused: bool) -> dict:
    return {"unit": [result.unit], "part": [result.part], "counts": [json.dumps(result.counts)],
            "errors": [json.dumps(result.errors)], "failure": [result.failure or ""], "reused": [reused]}


def clean_units(batch: dict, read: ReadOptions, cfg: BatchConfig, learnt: dict[str, frozenset[int]]
                ) -> Iterator[dict]:
    """Ray `map_batches` function: clean and write every chunk of every unit; one summary row per chunk."""
    one_thread()
    out = str(Path(cfg.out).resolve())
    for name, container, paths, formats in zip(batch["unit"], batch["container"], batch["paths"], batch["formats"],
                                               strict=True):
        unit = WorkUnit(str(name), [Path(os.fsdecode(bytes(p))) for p in paths], bool(container),
                        tuple(str(f) for f in formats))
        for chunk in unit_chunks(unit, read):
            if cfg.resume and part_done(out, chunk.part):
                yield _chunk_row(ChunkResult(chunk.part, unit.name, part_counts(Path(out), chunk.part)), True)
                continue
            task = ChunkTask(chunk.part, unit.name, chunk.records, out, cfg.timeout, cleaner=cfg.cleaner,
                             site_lines=chunk_sites(chunk.records, learnt, cfg.site), site=cfg.site,
                             quotes=cfg.quotes)
            try:
                result = run_chunk(task)
            except Exception as exc:  # noqa: BLE001 - a part that cannot be written must not stop the others
                result = ChunkResult(chunk.part, unit.name, failure=f"{type(exc).__name__}: {exc}")
            yield _chunk_row(result, False)


def _collect(rows: list[dict], out: Path, stats: RunStats) -> None:
    """Results into the run's stats; units whose parts were all written get their done marker."""
    by_unit: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_unit[str(row["unit"])].append(row)
    for unit, chunks in by_unit.items():
        counts: Counter = Counter()
        for row in chunks:
            result = ChunkResult(str(row["part"]), unit, Counter(json.loads(row["counts"])),
                                 json.loads(row["errors"]), str(row["failure"]) or None)
            if row["reused"]:
                stats.add_done(result.counts, 1)
            else:
                stats.add_result(result)
            counts.update(result.counts)
        if not any(row["failure"] for row in chunks):
            write_marker(out, unit, sorted(str(r["part"]) for r in chunks),
                         {k: v for k, v in counts.items() if k != "cleaned"})


def run_ray(cfg: BatchConfig) -> RunStats:
    """Clean this shard's inputs with Ray Data into OUT/<table>/<part>.parquet (the pool's tables and parts)."""
    import ray

    start = time.perf_counter()
    if not ray.is_initialized():
        ray.init(num_cpus=cfg.jobs, include_dashboard=False, log_to_driver=False)
    out = Path(cfg.out).resolve()
    if cfg.resume:
        remove_stale_tmp(out)
    stats = RunStats()
    every = plan_all(cfg)
    units = []
    for unit in select_shard(every, *cfg.shard):
        marker = read_marker(out, unit.name) if cfg.resume else None
        if marker is None:
            units.append(unit)
        else:
            stats.add_done(marker["counts"], len(marker["parts"]))
    if units:
        ds = ray.data.from_items(_unit_items(units), override_num_blocks=len(units))
        learnt = site_lines(cfg, every)
        # Ray's workers may run on machines that do not see the input files: lines travel with the tasks
        kwargs = {"read": reading(cfg, learnt, spans=False), "cfg": cfg, "learnt": learnt}
        # each task keeps to the one CPU Ray gives it: polars reads its thread count from the environment
        rows = ds.map_batches(clean_units, batch_size=1, fn_kwargs=kwargs, batch_format="numpy",
                              runtime_env={"env_vars": ONE_THREAD_ENV}).take_all()
        _collect(rows, out, stats)
    stats.seconds = time.perf_counter() - start
    return stats


def clean_with_ray(inputs: list[str | Path], out: str | Path, **options) -> RunStats:
    """Python entry point: `clean_with_ray(["crawl/*.warc.gz"], "out", jobs=8)`; options as in BatchConfig."""
    return run_ray(replace(BatchConfig(inputs=list(inputs), out=Path(out)), **options))
