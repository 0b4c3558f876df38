"""Input readers: turn paths into records (one page each), streaming, without loading whole inputs.

One reader per input kind (page files, WARC, JSONL, Parquet); `read_file` picks it by suffix and
content, or as `--input-format` says. Readers never raise: what cannot be read becomes an error record.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from threadclean.readers.detect import detect_format, is_container
from threadclean.readers.jsonl import read_jsonl, resolve_record
from threadclean.readers.pages import read_page
from threadclean.readers.parquet import read_parquet
from threadclean.readers.paths import display_path, expand_inputs, missing_inputs
from threadclean.readers.record import INPUT_FORMATS, Columns, Record, error_record
from threadclean.readers.warc import read_warc

__all__ = [
    "INPUT_FORMATS",
    "Columns",
    "Record",
    "detect_format",
    "display_path",
    "error_record",
    "expand_inputs",
    "is_container",
    "missing_inputs",
    "read_file",
    "resolve_record",
]


def read_file(path: Path, fmt: str = "auto", columns: Columns = Columns(), defer: bool = False,
              spans: bool = False) -> Iterator[Record]:
    """Every record of one input file, in file order (`defer`: JSONL lines unparsed, `spans`: not even read from an
    uncompressed file; see `read_jsonl`)."""
    path = Path(path)
    if not path.is_file():
        yield error_record(display_path(path), None, "read: no such file", where=display_path(path))
        return
    fmt = detect_format(path, fmt)
    if fmt == "warc":
        yield from read_warc(path)
    elif fmt == "jsonl":
        yield from read_jsonl(path, columns, defer, spans)
    elif fmt == "parquet":
        yield from read_parquet(path, columns)
    else:
        yield from read_page(path, fmt)
