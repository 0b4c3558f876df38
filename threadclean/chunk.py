"""Cleaning one chunk of records into one part of every table (runs inside a worker process).

A chunk is the unit of work and of output: its documents are written together as
OUT/<table>/<part>.parquet, so a part on disk is always a whole chunk.
"""

from __future__ import annotations

import functools
import importlib
import signal
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from threadclean.api import clean_html, clean_text, make_doc_id
from threadclean.model import Document, QuoteStyle
from threadclean.readers import Record, resolve_record
from threadclean.site_learning import record_site
from threadclean.tables import to_frames
from threadclean.text.site_lines import HashedLines
from threadclean.writer import write_part

MAX_ERROR_SAMPLES = 20


class DocumentTimeout(BaseException):
    """Raised by the alarm when one document overruns the time limit (not an Exception: nothing swallows it)."""


@dataclass
class ChunkTask:
    """Records to clean and the part they become; `skip` marks records that already failed (index -> reason)."""

    part: str
    unit: str
    records: list[Record]
    out: str
    timeout: float | None = None
    skip: dict[int, str] = field(default_factory=dict)
    attempts: int = 0
    #: "module:function" turning a Record into a Document; empty = `clean_record`
    cleaner: str = ""
    #: boilerplate line hashes learnt per site (only the sites of these records), and the run's fixed site
    site_lines: dict[str, frozenset[int]] = field(default_factory=dict)
    site: str | None = None
    #: how typographic quotes come out (`api.clean_html`)
    quotes: QuoteStyle = "straight"

    def lines_for(self, rec: Record) -> HashedLines | None:
        hashes = self.site_lines.get(record_site(rec, self.site) or "") if self.site_lines else None
        return HashedLines(hashes) if hashes else None


@dataclass
class ChunkResult:
    """What cleaning a chunk gave: documents by status and a few error lines for the summary."""

    part: str
    unit: str
    counts: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    failure: str | None = None


def error_document(rec: Record, reason: str) -> Document:
    """The error row of a record (a corpus line not parsed yet is named by its position, as read errors are)."""
    doc_id = make_doc_id(rec.source, rec.key)
    fmt = "text" if rec.pending else rec.format
    return Document(doc_id=doc_id, source=rec.source, url=rec.url, format=fmt,  # type: ignore[arg-type]
                    status="error", error=reason, fetched_at=rec.fetched_at)


def clean_record(rec: Record, site_lines: HashedLines | None = None, quotes: QuoteStyle = "straight") -> Document:
    """One record to one Document; read errors become error documents. The doc_id is (source, key).

    `site_lines`: the boilerplate lines learnt for the record's site (text pages only); `quotes`: as in
    `clean_html`."""
    if rec.error:
        return error_document(rec, rec.error)
    doc_id = make_doc_id(rec.source, rec.key)
    if rec.format == "html":
        doc = clean_html(rec.content, source=rec.source, url=rec.url, doc_id=doc_id, fetched_at=rec.fetched_at,
                         http_charset=rec.http_charset, quotes=quotes)
    else:
        doc = clean_text(rec.content, source=rec.source, url=rec.url, doc_id=doc_id, fetched_at=rec.fetched_at,
                         site_lines=site_lines or frozenset(), quotes=quotes)
    if doc.error and rec.where:
        doc.error = f"{doc.error} [{rec.where}]"
    return doc


def timeout_reason(rec: Record, seconds: float) -> str:
    where = f" [{rec.where}]" if rec.where else ""
    return f"timeout: cleaning took more than {seconds:g}s{where}"


def _on_alarm(signum, frame):  # noqa: ARG001 - signal handler signature
    raise DocumentTimeout


@functools.cache
def resolve_cleaner(spec: str) -> Callable[[Record], Document]:
    """The per-record function named "module:function" (importable in the worker), or `clean_record`."""
    if not spec:
        return clean_record
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name)


def clean_with_limit(rec: Record, timeout: float | None, cleaner: str = "",
                     site_lines: Callable[[Record], HashedLines | None] | None = None,
                     quotes: QuoteStyle = "straight") -> Document:
    """Parse (a deferred corpus line) and clean one record under a per-document alarm (main thread only;
    elsewhere no limit is set here). `site_lines(record)`: the learnt lines of the record's site."""
    custom = resolve_cleaner(cleaner)

    def run() -> Document:
        nonlocal rec
        rec = resolve_record(rec)
        if custom is not clean_record:
            return custom(rec)
        return clean_record(rec, site_lines=site_lines(rec) if site_lines else None, quotes=quotes)

    if not timeout or threading.current_thread() is not threading.main_thread():
        return run()
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        return run()
    except DocumentTimeout:
        return error_document(rec, timeout_reason(rec, timeout))
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def clean_records(task: ChunkTask, on_start: Callable[[int | None], None] | None = None) -> list[Document]:
    """Every record of the chunk to a Document, in order; `on_start(i)` is called before record i."""
    docs = []
    for i, rec in enumerate(task.records):
        if on_start:
            on_start(i)
        # a record that already failed is not parsed again: parsing may be what failed
        docs.append(error_document(rec, task.skip[i]) if i in task.skip
                    else clean_with_limit(rec, task.timeout, task.cleaner, task.lines_for, task.quotes))
    if on_start:
        on_start(None)
    return docs


def summarize(task: ChunkTask, docs: list[Document]) -> ChunkResult:
    result = ChunkResult(task.part, task.unit)
    for doc in docs:
        result.counts["in"] += 1
        result.counts[doc.status] += 1
        if doc.status == "error" and len(result.errors) < MAX_ERROR_SAMPLES:
            result.errors.append(f"{doc.source}: {doc.error}")
    return result


def run_chunk(task: ChunkTask, on_start: Callable[[int | None], None] | None = None) -> ChunkResult:
    """Clean the chunk and write its part of every table (atomically, documents last)."""
    docs = clean_records(task, on_start)
    write_part(to_frames(docs), Path(task.out), task.part)
    return summarize(task, docs)
