"""JSONL corpora (plain, .gz, .zst): one record per line, streamed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from threadclean.readers.compression import STREAM_ERRORS, describe_stream_error, open_binary
from threadclean.readers.paths import display_path
from threadclean.readers.record import Columns, Record, error_record
from threadclean.readers.rows import row_record


def _line_record(line: bytes, source: str, lineno: int, cols: Columns) -> Record:
    rec = _parse_line(line, source, lineno, cols)
    rec.raw_size = len(line)
    return rec


def _parse_line(line: bytes, source: str, lineno: int, cols: Columns) -> Record:
    where = f"line {lineno}"
    try:
        row = json.loads(line)
    except (ValueError, RecursionError) as exc:  # RecursionError: nesting deeper than the parser goes
        return error_record(source, lineno, f"jsonl: not JSON ({exc})", where=where)
    if not isinstance(row, dict):
        return error_record(source, lineno, f"jsonl: not a JSON object ({type(row).__name__})", where=where)
    return row_record(row, source, lineno, where, cols)


def resolve_record(rec: Record) -> Record:
    """The record a deferred line stands for (see `read_jsonl(defer=True)`); other records as they are."""
    if rec.pending is None:
        return rec
    return _line_record(rec.content, rec.source, rec.key, rec.pending)  # type: ignore[arg-type]


def read_jsonl(path: Path, cols: Columns = Columns(), defer: bool = False) -> Iterator[Record]:
    """Every non-blank line becomes a record or an error record; a cut-off file ends with an error record.

    With `defer`, lines are yielded unparsed (`Record.pending`): a batch parses them in its workers.
    """
    source = display_path(path)
    lineno = 0
    try:
        with open_binary(path) as fh:
            for lineno, line in enumerate(fh, 1):  # noqa: B007 - lineno is reported after the loop
                if not line or line.isspace():  # a test, not a copy of a page-sized line
                    continue
                if defer:
                    yield Record(source, lineno, line, "jsonl", where=f"line {lineno}", pending=cols)
                else:
                    yield _line_record(line, source, lineno, cols)
    except STREAM_ERRORS as exc:
        where = f"after line {lineno}" if lineno else source
        yield error_record(source, f"read-error@{lineno}", f"read: {describe_stream_error(exc)}", where=where)
