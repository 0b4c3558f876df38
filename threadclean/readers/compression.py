"""Transparent gzip / zstd decompression, chosen by the file's magic bytes (not its name)."""

from __future__ import annotations

import gzip
import io
import zlib
from pathlib import Path
from typing import BinaryIO

GZIP_MAGIC = b"\x1f\x8b"
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
COMPRESSED_SUFFIXES = (".gz", ".zst", ".zstd")

#: what a damaged or cut-off compressed stream raises while it is read
STREAM_ERRORS: tuple[type[BaseException], ...] = (EOFError, OSError, zlib.error, gzip.BadGzipFile)
try:  # zstandard is a dependency, but keep decompression optional at import time
    import zstandard

    STREAM_ERRORS = (*STREAM_ERRORS, zstandard.ZstdError)
except ImportError:  # pragma: no cover
    zstandard = None  # type: ignore[assignment]


def logical_suffix(path: Path) -> str:
    """The suffix that says what is inside: `a.warc.gz` -> `.warc`, `page.html.zst` -> `.html`."""
    name = path.name.lower()
    for comp in COMPRESSED_SUFFIXES:
        if name.endswith(comp):
            name = name[: -len(comp)]
            break
    return Path(name).suffix


def compression_of(magic: bytes) -> str | None:
    """"gzip" or "zstd" by a file's first four bytes; None for neither."""
    if magic[:2] == GZIP_MAGIC:
        return "gzip"
    return "zstd" if magic[:4] == ZSTD_MAGIC else None


def open_binary(path: Path) -> BinaryIO:
    """Open a file for streaming reads, decompressing gzip (multi-member) or zstd (multi-frame)."""
    raw = open(path, "rb")  # noqa: SIM115 - returned to the caller, who closes it
    kind = compression_of(raw.read(4))
    raw.seek(0)
    if kind == "gzip":
        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    if kind == "zstd" and zstandard is not None:
        reader = zstandard.ZstdDecompressor().stream_reader(raw, read_across_frames=True, closefd=True)
        return io.BufferedReader(reader, buffer_size=1 << 20)  # type: ignore[arg-type]
    return raw


def read_head(path: Path, size: int = 8192) -> bytes:
    """The first `size` decompressed bytes (for sniffing the format); empty when unreadable."""
    try:
        with open_binary(path) as fh:
            return fh.read(size)
    except (*STREAM_ERRORS, ValueError):
        return b""


def describe_stream_error(exc: BaseException) -> str:
    """A short reason for a damaged compressed stream."""
    if isinstance(exc, EOFError):
        return "truncated compressed stream (ends before its end marker)"
    if isinstance(exc, OSError) and exc.strerror:
        return f"cannot read ({exc.strerror})"
    return f"damaged stream ({type(exc).__name__}: {exc})"
