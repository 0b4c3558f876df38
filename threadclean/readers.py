"""Input readers: turn paths into records (one page each) without loading whole inputs."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from threadclean.decode import looks_like_html

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


@dataclass
class Record:
    """One page to clean: its raw content and where it came from."""

    source: str
    key: str | int | None
    content: bytes | str
    format: str  # "html" | "text"
    url: str | None = None
    fetched_at: datetime | None = None
    http_charset: str | None = None
    #: set when reading failed: the record becomes an error row with this reason
    error: str | None = None


def expand_inputs(inputs: list[str | Path]) -> list[Path]:
    """Files as given, folders recursively, in a stable sorted order."""
    paths: list[Path] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            paths.extend(sorted(x for x in p.rglob("*") if x.is_file() and not x.name.startswith(".")))
        else:
            paths.append(p)
    return paths


def sniff_format(path: Path, data: bytes) -> str:
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    return "html" if looks_like_html(data) else "text"


def read_file(path: Path) -> Iterator[Record]:
    """A plain page file: one record. Unreadable files become error records, never exceptions."""
    source = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Record(source, None, b"", "text", error=f"read: {exc.strerror or exc}")
        return
    yield Record(source, None, data, sniff_format(path, data))
