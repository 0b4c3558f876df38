"""Which reader a file needs: by its suffix, else by its first bytes; `--input-format` overrides both."""

from __future__ import annotations

from pathlib import Path

from threadclean.decode import looks_like_html
from threadclean.readers.compression import logical_suffix, read_head
from threadclean.readers.paths import CONTAINER_SUFFIXES, PAGE_SUFFIXES

CONTAINER_FORMATS = {"warc", "jsonl", "parquet"}


def sniff(head: bytes) -> str:
    """The format of content from its first (decompressed) bytes."""
    stripped = head.lstrip()
    if stripped.startswith(b"WARC/"):
        return "warc"
    if head.startswith(b"PAR1"):
        return "parquet"
    if stripped.startswith(b"{"):
        return "jsonl"
    return "html" if looks_like_html(head) else "text"


def detect_format(path: Path, forced: str = "auto") -> str:
    """One of html, text, warc, jsonl, parquet."""
    if forced != "auto":
        return forced
    suffix = logical_suffix(path)
    known = CONTAINER_SUFFIXES.get(suffix) or PAGE_SUFFIXES.get(suffix)
    return known or sniff(read_head(path))


def is_container(fmt: str) -> bool:
    """Containers hold many records (WARC, JSONL, Parquet); page files hold one."""
    return fmt in CONTAINER_FORMATS
