"""Reading an output folder back: every table as one DataFrame (for checks, tests and benchmarks)."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from threadclean.tables import SCHEMAS, TABLES


def read_tables(out: str | Path, sort: bool = True) -> dict[str, pl.DataFrame]:
    """All parts of every table under `out`; with `sort`, rows in a canonical order so runs can be compared."""
    frames = {}
    for table in TABLES:
        files = sorted((Path(out) / table).glob("*.parquet"))
        df = pl.concat([pl.read_parquet(f) for f in files], how="vertical_relaxed") if files else pl.DataFrame(
            schema=SCHEMAS[table])
        frames[table] = df.sort(df.columns) if sort and df.height else df
    return frames


def same_tables(a: str | Path, b: str | Path) -> bool:
    """True when two output folders hold the same rows in every table (part names may differ)."""
    ta, tb = read_tables(a), read_tables(b)
    return all(ta[t].height == tb[t].height and (ta[t].height == 0 or ta[t].equals(tb[t])) for t in TABLES)
