"""Single-page files (.html, .htm, .txt, optionally .gz / .zst): one record each."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from threadclean.decode import looks_like_html
from threadclean.readers.compression import STREAM_ERRORS, describe_stream_error, open_binary
from threadclean.readers.paths import display_path
from threadclean.readers.record import Record, error_record


def read_page(path: Path, fmt: str = "auto") -> Iterator[Record]:
    """The whole file as one record; `fmt` is html, text or auto (sniffed from the content)."""
    source = display_path(path)
    try:
        with open_binary(path) as fh:
            data = fh.read()
    except STREAM_ERRORS as exc:
        yield error_record(source, None, f"read: {describe_stream_error(exc)}", where=source)
        return
    if fmt not in ("html", "text"):
        fmt = "html" if looks_like_html(data) else "text"
    yield Record(source, None, data, fmt)
