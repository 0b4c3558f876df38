"""Ray Data backend (`pip install threadclean[ray]`, `threadclean clean --backend ray`).

The same plan as the process pool (units, chunks, shards), distributed with Ray Data: one dataset item per
work unit, threadclean's pure cleaning functions in `map_batches` (one Arrow IPC blob per chunk and
table), then `write_parquet` once per table. The tables and columns are the pool backend's; part file
names are Ray's. Resume is the pool backend's feature: this backend replaces the tables in OUT.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import polars as pl
import pyarrow as pa

from threadclean.chunk import ChunkTask, clean_records
from threadclean.runner import BatchConfig, RunStats, plan
from threadclean.tables import SCHEMAS, TABLES, to_frames
from threadclean.work import ReadOptions, WorkUnit, unit_chunks
from threadclean.writer import write_atomic


def _unit_items(units: list[WorkUnit]) -> list[dict]:
    return [{"unit": u.name, "container": u.container, "paths": [os.fsencode(p) for p in u.paths]} for u in units]


def clean_units(batch: dict, read: ReadOptions, timeout: float | None) -> Iterator[dict]:
    """Ray `map_batches` function: for every chunk of every unit, one row per table holding its rows as Arrow IPC."""
    for name, container, paths in zip(batch["unit"], batch["container"], batch["paths"], strict=True):
        unit = WorkUnit(str(name), [Path(os.fsdecode(bytes(p))) for p in paths], bool(container))
        for chunk in unit_chunks(unit, read):
            task = ChunkTask(chunk.part, unit.name, chunk.records, "", timeout)
            frames = to_frames(clean_records(task))
            yield {"table": list(TABLES), "part": [chunk.part] * len(TABLES),
                   "ipc": [_to_ipc(frames[t]) for t in TABLES]}


def _to_ipc(frame: pl.DataFrame) -> bytes:
    sink = pa.BufferOutputStream()
    table = frame.to_arrow(compat_level=pl.CompatLevel.oldest())
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


def _empty(table: str) -> pa.Table:
    return pl.DataFrame(schema=SCHEMAS[table]).to_arrow(compat_level=pl.CompatLevel.oldest())


def select_table(batch: pa.Table, table: str) -> pa.Table:
    """Ray `map_batches` function: the rows of one table out of the IPC blobs of a batch."""
    parts = [pa.ipc.open_stream(blob.as_py()).read_all()
             for name, blob in zip(batch.column("table"), batch.column("ipc"), strict=True) if name.as_py() == table]
    parts = [p for p in parts if p.num_rows]
    return pa.concat_tables(parts) if parts else _empty(table)


def _clear_tables(out: Path) -> None:
    for table in TABLES:
        for f in (out / table).glob("*.parquet"):
            f.unlink()


def _stats(out: Path, seconds: float) -> RunStats:
    files = sorted((out / "documents").glob("*.parquet"))
    docs = pl.read_parquet(files, columns=["source", "status", "error"]) if files else pl.DataFrame(
        schema={"source": pl.String, "status": pl.String, "error": pl.String})
    stats = RunStats(counts=Counter(docs["status"].to_list()), parts=len(files), seconds=seconds)
    stats.counts["in"] = stats.counts["cleaned"] = docs.height
    errors = docs.filter(pl.col("status") == "error").head(20)
    stats.error_samples = [f"{s}: {e}" for s, e in errors.select("source", "error").iter_rows()]
    return stats


def run_ray(cfg: BatchConfig) -> RunStats:
    """Clean this shard's inputs with Ray Data into OUT/<table>/*.parquet (same tables as the pool)."""
    import ray

    start = time.perf_counter()
    if not ray.is_initialized():
        ray.init(num_cpus=cfg.jobs, include_dashboard=False, log_to_driver=False)
    out = Path(cfg.out).resolve()
    units = plan(cfg)
    _clear_tables(out)
    if units:
        ds = ray.data.from_items(_unit_items(units), override_num_blocks=len(units))
        cleaned = ds.map_batches(clean_units, batch_size=1, fn_kwargs={"read": cfg.read, "timeout": cfg.timeout},
                                 batch_format="numpy").materialize()
        for table in TABLES:
            cleaned.map_batches(select_table, fn_kwargs={"table": table}, batch_format="pyarrow").write_parquet(
                str(out / table), compression="zstd")
    for table in TABLES:  # every table exists, even with no rows
        if not list((out / table).glob("*.parquet")):
            write_atomic(pl.DataFrame(schema=SCHEMAS[table]), out / table / "empty.parquet")
    return _stats(out, time.perf_counter() - start)


def clean_with_ray(inputs: list[str | Path], out: str | Path, **options) -> RunStats:
    """Python entry point: `clean_with_ray(["crawl/*.warc.gz"], "out", jobs=8)`; options as in BatchConfig."""
    return run_ray(replace(BatchConfig(inputs=list(inputs), out=Path(out)), **options))
