"""Input arguments to a stable list of files: files as given, folders recursively, globs expanded."""

from __future__ import annotations

import glob
import os
from pathlib import Path

from threadclean.readers.compression import logical_suffix

PAGE_SUFFIXES = {".html": "html", ".htm": "html", ".xhtml": "html", ".txt": "text", ".text": "text"}
CONTAINER_SUFFIXES = {".warc": "warc", ".arc": "warc", ".wet": "warc", ".jsonl": "jsonl", ".ndjson": "jsonl",
                      ".parquet": "parquet"}
_GLOB_CHARS = set("*?[")


def display_path(path: str | os.PathLike) -> str:
    """The path as text that is always valid UTF-8: undecodable bytes in a name become `\\xNN`."""
    text = os.fsdecode(path)
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def is_known_input(path: Path) -> bool:
    """What a folder walk picks up: known page/corpus suffixes (optionally .gz/.zst) and suffix-less files."""
    suffix = logical_suffix(path)
    if suffix in PAGE_SUFFIXES or suffix in CONTAINER_SUFFIXES:
        return True
    return not Path(path.name).suffix


def _walk(folder: Path) -> list[Path]:
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(Path(root) / f for f in files if not f.startswith(".") and is_known_input(Path(root) / f))
    return sorted(found, key=lambda p: os.fsencode(p))


def _expand_one(item: str | Path) -> list[Path]:
    p = Path(item)
    if p.is_dir():
        return _walk(p)
    if p.exists() or not (_GLOB_CHARS & set(str(item))):
        return [p]
    matches = sorted(glob.glob(str(item), recursive=True), key=os.fsencode)
    return [f for m in matches for f in (_walk(Path(m)) if Path(m).is_dir() else [Path(m)])]


def expand_inputs(inputs: list[str | Path]) -> list[Path]:
    """Files as given, folders recursively (known suffixes only), globs expanded; stable order, no repeats.

    A path that does not exist is kept as given: reading it gives an error row naming it.
    """
    seen: set[Path] = set()
    paths: list[Path] = []
    for item in inputs:
        for p in _expand_one(item):
            if p not in seen:
                seen.add(p)
                paths.append(p)
    return paths


def missing_inputs(inputs: list[str | Path]) -> list[str]:
    """Arguments that name nothing: no such file or folder, or a glob that matches nothing."""
    missing = []
    for item in inputs:
        if not any(p.exists() for p in _expand_one(item)):
            missing.append(display_path(item))
    return missing
