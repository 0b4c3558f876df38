"""Lazy access to one output folder's tables and the polars expressions the report's numbers share."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from threadclean.report.sketches import N_BINS
from threadclean.tables import SCHEMAS

#: second-level labels under which sites register their names (example.co.uk, example.com.au)
_SECOND_LEVEL = "co|com|org|net|ac|gov|edu|ne|or|go|gob|nic"
_REGISTERED = rf"([^.]+\.(?:(?:{_SECOND_LEVEL})\.[a-z]{{2}}|[^.]+))$"


def parts(out: Path, table: str) -> list[Path]:
    return sorted((Path(out) / table).glob("*.parquet"))


def scan(out: Path, table: str) -> pl.LazyFrame:
    """One table of an output folder, lazily; an absent table reads as empty with the contract's schema."""
    files = parts(out, table)
    if not files:
        return pl.LazyFrame(schema=SCHEMAS[table])
    return pl.scan_parquet(files)


def is_output_folder(out: Path) -> bool:
    return bool(parts(out, "documents"))


def log2_bin(col: pl.Expr) -> pl.Expr:
    """Bin of a non-negative count: 0 -> 0, [2**(i-1), 2**i) -> i, capped at the last bin (integer-exact)."""
    x = col.fill_null(0).clip(0).cast(pl.UInt64)
    return (64 - x.bitwise_leading_zeros().cast(pl.Int32)).clip(0, N_BINS - 1).alias("bin")


def hist(frame: pl.LazyFrame, value: pl.Expr) -> list[int]:
    """Log2-bin histogram of `value` over the rows of `frame`."""
    got = frame.select(log2_bin(value)).group_by("bin").len().collect()
    counts = [0] * N_BINS
    for b, n in got.iter_rows():
        counts[b] = n
    return counts


def chars(col: str) -> pl.Expr:
    return pl.col(col).fill_null("").str.len_chars()


def site(url: pl.Expr) -> pl.Expr:
    """Registered domain of a URL (forum.example.co.uk -> example.co.uk); "(no url)" when there is none."""
    host = url.str.to_lowercase().str.extract(r"^[a-z][a-z0-9+.-]*://(?:[^@/]*@)?([^/:?#]+)")
    domain = host.str.strip_chars(".").str.extract(_REGISTERED)
    return domain.fill_null(host).fill_null("(no url)").alias("site")


def text_hash(col: str, seed: int) -> pl.Expr:
    return pl.col(col).fill_null("").str.strip_chars().hash(seed)
