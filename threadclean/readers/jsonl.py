"""JSONL corpora (plain, .gz, .zst): one record per line, streamed."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from threadclean.readers.compression import STREAM_ERRORS, compression_of, describe_stream_error, open_binary
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
    """The record a deferred line stands for (see `read_jsonl(defer=True)`), read from its file first when it is
    a span; other records as they are."""
    if rec.pending is None:
        return rec
    line = rec.content
    if rec.span is not None:
        path, offset, length = rec.span
        try:
            with open(path, "rb") as fh:
                fh.seek(offset)
                line = fh.read(length)
        except OSError as exc:
            return error_record(rec.source, rec.key, f"read: {exc}", where=rec.where)
    return _line_record(line, rec.source, rec.key, rec.pending)  # type: ignore[arg-type]


#: bytes read at a time: iterating a binary file by lines copies a long line (a page of HTML) many times over
BLOCK_BYTES = 8 << 20


def split_lines(fh: BinaryIO, block_bytes: int = BLOCK_BYTES) -> Iterator[bytes]:
    """The lines of a binary stream, each with its newline, as `for line in fh` gives them (at a third of
    the cost on page-sized lines). `read1` returns what one read gives: a cut-off compressed stream still
    yields every line before the cut."""
    read = getattr(fh, "read1", fh.read)
    pending: list[bytes] = []  # the start of a line that runs past the block
    while block := read(block_bytes):
        pos = 0
        while (end := block.find(b"\n", pos)) >= 0:
            piece = block[pos:end + 1]
            yield b"".join([*pending, piece]) if pending else piece
            pending, pos = [], end + 1
        if pos < len(block):
            pending.append(block[pos:])
    if pending:
        yield b"".join(pending)


def read_jsonl(path: Path, cols: Columns = Columns(), defer: bool = False, spans: bool = False) -> Iterator[Record]:
    """Every non-blank line becomes a record or an error record; a cut-off file ends with an error record.

    With `defer`, lines are yielded unparsed (`Record.pending`): a batch parses them in its workers. With `spans`
    too, the lines of an uncompressed file are not even read: each record holds its line's place in the file
    (`Record.span`), and the worker reads it (the reading process copies no page).
    """
    if defer and spans and _plain(path):
        yield from _line_spans(path, cols)
        return
    source = display_path(path)
    lineno = 0
    try:
        with open_binary(path) as fh:
            for lineno, line in enumerate(split_lines(fh), 1):  # noqa: B007 - lineno is reported after the loop
                if not line or line.isspace():  # a test, not a copy of a page-sized line
                    continue
                if defer:
                    yield Record(source, lineno, line, "jsonl", where=f"line {lineno}", pending=cols)
                else:
                    yield _line_record(line, source, lineno, cols)
    except STREAM_ERRORS as exc:
        where = f"after line {lineno}" if lineno else source
        yield error_record(source, f"read-error@{lineno}", f"read: {describe_stream_error(exc)}", where=where)


def _plain(path: Path) -> bool:
    """A file that is neither gzip nor zstd (one that cannot be opened is read the usual way, which reports it)."""
    try:
        with open(path, "rb") as fh:
            return compression_of(fh.read(4)) is None
    except OSError:
        return False


#: a non-blank character: a line without one is skipped, as `read_jsonl` skips blank lines
_FILLED = re.compile(rb"\S")


def _line_spans(path: Path, cols: Columns) -> Iterator[Record]:
    """The non-blank lines of an uncompressed file as deferred records holding only their place in it (a line's
    span includes its newline, as the lines `split_lines` gives do). One buffer is read into again and again: no
    page is copied out of it."""
    source, name = display_path(path), str(path)
    buf = bytearray(BLOCK_BYTES)
    base = start = lineno = 0  # the file offsets of the buffer and of the current line
    filled = False  # whether the current line has shown a non-blank character yet
    try:
        with open(path, "rb") as fh:
            while n := fh.readinto(buf):
                pos = 0
                while (nl := buf.find(b"\n", pos, n)) >= 0:
                    filled = filled or _FILLED.search(buf, pos, nl) is not None
                    lineno, end = lineno + 1, base + nl + 1
                    if filled:
                        yield _span_record(source, lineno, cols, name, start, end)
                    start, filled, pos = end, False, nl + 1
                filled = filled or _FILLED.search(buf, pos, n) is not None
                base += n
    except OSError as exc:
        yield error_record(source, f"read-error@{lineno}", f"read: {exc}", where=f"after line {lineno}")
        return
    if filled:  # a last line without its newline
        yield _span_record(source, lineno + 1, cols, name, start, base)


def _span_record(source: str, lineno: int, cols: Columns, name: str, start: int, end: int) -> Record:
    return Record(source, lineno, b"", "jsonl", where=f"line {lineno}", pending=cols, raw_size=end - start,
                  span=(name, start, end - start))
