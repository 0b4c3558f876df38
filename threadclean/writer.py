"""Atomic Parquet output: OUT/<table>/<part>.parquet, written to a temporary name then renamed."""

from __future__ import annotations

import os
from pathlib import Path

import polars as pl

from threadclean.tables import TABLES

ROW_GROUP_SIZE = 128 * 1024


def write_atomic(frame: pl.DataFrame, path: Path) -> None:
    """Write one Parquet file so that readers only ever see a complete file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    frame.write_parquet(tmp, compression="zstd", row_group_size=ROW_GROUP_SIZE)
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def write_part(frames: dict[str, pl.DataFrame], out: Path, part: str) -> dict[str, Path]:
    """Write one part of every table. The documents table goes last: its presence marks the part done."""
    paths = {t: Path(out) / t / f"{part}.parquet" for t in TABLES}
    for table in TABLES:
        if table != "documents":
            write_atomic(frames[table], paths[table])
    write_atomic(frames["documents"], paths["documents"])
    return paths


def part_done(out: Path, part: str) -> bool:
    """A part is complete when its documents file exists (it is written last)."""
    return (Path(out) / "documents" / f"{part}.parquet").exists()
