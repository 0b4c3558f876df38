"""Batch run: records -> Documents -> Parquet parts, with per-status counts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from threadclean.api import clean_html, clean_text, make_doc_id
from threadclean.model import Document
from threadclean.readers import Record, expand_inputs, read_file
from threadclean.tables import to_frames
from threadclean.writer import write_part


@dataclass
class RunStats:
    """What a run did: documents by status and error reasons."""

    counts: Counter = field(default_factory=Counter)
    errors: Counter = field(default_factory=Counter)

    def add(self, doc: Document) -> None:
        self.counts["in"] += 1
        self.counts[doc.status] += 1
        if doc.error:
            self.errors[doc.error.split(":")[0]] += 1

    @property
    def failed(self) -> bool:
        return self.counts["error"] > 0

    def summary(self) -> str:
        c = self.counts
        return f"documents in {c['in']}, ok {c['ok']}, empty {c['empty']}, error {c['error']}"


def clean_record(rec: Record) -> Document:
    """One record to one Document; read errors become error documents."""
    doc_id = make_doc_id(rec.source, rec.key)
    if rec.error:
        return Document(doc_id=doc_id, source=rec.source, url=rec.url, format=rec.format,  # type: ignore[arg-type]
                        status="error", error=rec.error)
    fn = clean_html if rec.format == "html" else clean_text
    kwargs = {"http_charset": rec.http_charset} if rec.format == "html" else {}
    return fn(rec.content, source=rec.source, url=rec.url, doc_id=doc_id, fetched_at=rec.fetched_at, **kwargs)


def iter_records(inputs: list[str | Path]) -> Iterator[Record]:
    for path in expand_inputs(inputs):
        yield from read_file(path)


def run(inputs: list[str | Path], out: Path, part: str = "part-00000") -> tuple[list[Document], RunStats]:
    """Clean every input into one part of each table under `out`."""
    stats = RunStats()
    docs: list[Document] = []
    for rec in iter_records(inputs):
        doc = clean_record(rec)
        stats.add(doc)
        docs.append(doc)
    write_part(to_frames(docs), out, part)
    return docs, stats


def documents(records: Iterable[Record]) -> Iterator[Document]:
    for rec in records:
        yield clean_record(rec)
