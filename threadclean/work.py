"""Planning a batch: input files -> work units -> chunks with deterministic part names.

A unit is one container file (WARC, JSONL, Parquet) or a batch of small page files from one folder.
A unit's records are cut into chunks of at most CHUNK_RECORDS records / CHUNK_BYTES bytes, in file
order; chunk k of unit U is always part `U-0000k`, so reruns and resumes name the same work the same.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from threadclean.readers import Columns, Record, detect_format, display_path, is_container, read_file

CHUNK_RECORDS = 1000
CHUNK_BYTES = 8 << 20
DONE_DIR = "_done"


@dataclass(frozen=True)
class ReadOptions:
    """How inputs are read: the forced format (or auto) and the corpus column names."""

    input_format: str = "auto"
    columns: Columns = field(default_factory=Columns)
    #: JSONL lines are parsed where they are cleaned (workers), not where they are read
    defer_rows: bool = False
    #: with `defer_rows`, the lines of uncompressed JSONL files are read where they are cleaned too (the workers
    #: see the input files)
    line_spans: bool = False


def planned_format(path: Path, forced: str) -> str:
    """The format a path is read as (a missing path is planned as a page: reading it gives its error row)."""
    return detect_format(path, forced) if path.is_file() else "html"


@dataclass
class WorkUnit:
    """One container file, or a batch of page files of one folder: the unit that `--shard` splits."""

    name: str
    paths: list[Path]
    container: bool
    #: each path's input format as planned (empty: detect again when read)
    formats: tuple[str, ...] = ()

    def path_formats(self, forced: str) -> list[tuple[Path, str]]:
        """(path, format) pairs: the planned formats, else each file's detected one."""
        if len(self.formats) == len(self.paths):
            return list(zip(self.paths, self.formats, strict=True))
        return [(p, planned_format(p, forced)) for p in self.paths]


@dataclass
class Chunk:
    """Consecutive records of one unit; cleaned together and written as one part of every table."""

    part: str
    unit: str
    records: list[Record]


def _digest(text: str, n: int = 10) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:n]


def _safe_stem(path: Path) -> str:
    stem = display_path(path.name).split(".")[0]
    return re.sub(r"[^A-Za-z0-9_-]+", "_", stem)[:40] or "input"


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _page_unit(paths: list[Path], formats: list[str]) -> WorkUnit:
    return WorkUnit(f"pages-{_digest(chr(10).join(display_path(p) for p in paths), 16)}", list(paths), False,
                    tuple(formats))


def plan_units(paths: list[Path], options: ReadOptions) -> list[WorkUnit]:
    """Container files one unit each; runs of page files of one folder batched by count and size."""
    units: list[WorkUnit] = []
    batch: list[Path] = []
    formats: list[str] = []
    batch_bytes = 0
    for path in paths:
        fmt = planned_format(path, options.input_format)
        if is_container(fmt):
            units.append(WorkUnit(f"{_safe_stem(path)}-{_digest(display_path(path))}", [path], True, (fmt,)))
            continue
        size = _size(path)
        if batch and (path.parent != batch[0].parent or len(batch) >= CHUNK_RECORDS
                      or batch_bytes + size > CHUNK_BYTES):
            units.append(_page_unit(batch, formats))
            batch, formats, batch_bytes = [], [], 0
        batch.append(path)
        formats.append(fmt)
        batch_bytes += size
    if batch:
        units.append(_page_unit(batch, formats))
    return units


def select_shard(units: list[WorkUnit], index: int, count: int) -> list[WorkUnit]:
    """Shard `index` of `count`: every count-th unit of the plan, so shards split inputs without overlap."""
    return [u for i, u in enumerate(units) if i % count == index]


def unit_records(unit: WorkUnit, options: ReadOptions) -> Iterator[Record]:
    for path, fmt in unit.path_formats(options.input_format):
        yield from read_file(path, fmt, options.columns, options.defer_rows, options.line_spans)


def unit_chunks(unit: WorkUnit, options: ReadOptions) -> Iterator[Chunk]:
    """The unit's records in chunks; a page batch is always one chunk (its size was bounded when planned)."""
    records = unit_records(unit, options)
    if not unit.container:
        yield Chunk(part_name(unit, 0), unit.name, list(records))
        return
    buf: list[Record] = []
    size = 0
    k = 0
    for rec in records:
        buf.append(rec)
        size += rec.size
        if len(buf) >= CHUNK_RECORDS or size >= CHUNK_BYTES:
            yield Chunk(part_name(unit, k), unit.name, buf)
            buf, size, k = [], 0, k + 1
    if buf:
        yield Chunk(part_name(unit, k), unit.name, buf)


def part_name(unit: WorkUnit, k: int) -> str:
    return f"{unit.name}-{k:05d}"


def marker_path(out: Path, unit: str) -> Path:
    return Path(out) / DONE_DIR / f"{unit}.json"


def write_marker(out: Path, unit: str, parts: list[str], counts: dict[str, int]) -> None:
    """Mark a unit complete (all its parts written): a resumed run skips it without reading it."""
    path = marker_path(out, unit)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    tmp.write_text(json.dumps({"unit": unit, "parts": parts, "counts": counts}))
    os.replace(tmp, path)


def read_marker(out: Path, unit: str) -> dict | None:
    try:
        return json.loads(marker_path(out, unit).read_text())
    except (OSError, ValueError):
        return None
