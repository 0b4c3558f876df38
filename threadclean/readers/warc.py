"""WARC / WARC.gz / WARC.zst (Common Crawl style): HTML response records and WET conversion records.

FastWARC reads the file; where it cannot (it raises, or finds no record in a non-empty file, e.g. an
ARC file), warcio reads it again and the records FastWARC already gave are not repeated.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from threadclean.decode import looks_like_html
from threadclean.readers.compression import GZIP_MAGIC
from threadclean.readers.paths import display_path
from threadclean.readers.record import Record, error_record

_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)


@dataclass
class RawWarcRecord:
    """What both WARC libraries give for one record, before it becomes a page record."""

    offset: int
    record_type: str
    record_id: str | None
    uri: str | None
    date: datetime | None
    body: bytes
    truncated: bool = False
    #: HTTP responses: status code (None when the HTTP header is broken) and content type
    http: bool = False
    status: int | None = None
    content_type: str | None = None
    charset: str | None = None


def _parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None


def _fastwarc(path: Path) -> Iterator[RawWarcRecord]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    kinds = [(getattr(WarcRecordType, n), n) for n in ("response", "conversion", "resource")]
    with open(path, "rb") as fh:
        for rec in ArchiveIterator(fh, parse_http=True, verify_digests=False):
            rtype = next((name for kind, name in kinds if rec.record_type == kind), "other")
            body = rec.reader.read() if rtype in ("response", "conversion", "resource") else b""
            raw = RawWarcRecord(rec.stream_pos, rtype, rec.record_id, rec.headers.get("WARC-Target-URI"),
                                rec.record_date, body, truncated=len(body) < rec.content_length)
            if rec.is_http and rtype == "response":
                hh = rec.http_headers
                raw.http, raw.status = True, hh.status_code if hh is not None else None
                raw.content_type, raw.charset = rec.http_content_type, rec.http_charset
            yield raw


def _warcio(path: Path) -> Iterator[RawWarcRecord]:
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as fh:
        it = ArchiveIterator(fh, arc2warc=True)
        for rec in it:
            body = rec.content_stream().read() if rec.rec_type in ("response", "conversion", "resource") else b""
            head = rec.rec_headers
            raw = RawWarcRecord(it.get_record_offset(), rec.rec_type, head.get_header("WARC-Record-ID"),
                                head.get_header("WARC-Target-URI"), _parse_date(head.get_header("WARC-Date")), body)
            if rec.http_headers is not None and rec.rec_type == "response":
                hh = rec.http_headers
                ok = (hh.protocol or "").upper().startswith("HTTP/") and hh.get_statuscode().isdigit()
                ctype = hh.get_header("Content-Type")
                m = _CHARSET.search(ctype or "")
                raw.http, raw.status = True, int(hh.get_statuscode()) if ok else None
                raw.content_type, raw.charset = ctype, m.group(1) if m else None
            yield raw


def _is_html(raw: RawWarcRecord) -> bool:
    if raw.content_type:
        return "html" in raw.content_type.lower()
    return looks_like_html(raw.body)


def _short(exc: BaseException, limit: int = 160) -> str:
    text = f"{type(exc).__name__}: {exc}"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _to_record(raw: RawWarcRecord, source: str, index: int) -> Record | None:
    """A page record, an error record, or None for records that are not pages (requests, images...)."""
    key = raw.record_id or raw.offset
    where = f"record {index} at offset {raw.offset}" + (f", {raw.record_id}" if raw.record_id else "")
    common = {"url": raw.uri, "fetched_at": raw.date, "where": where}
    if raw.truncated and raw.record_type in ("response", "conversion"):
        rec = error_record(source, key, "warc: truncated record (file ends inside it)", where=where)
        rec.url, rec.fetched_at = raw.uri, raw.date
        return rec
    if raw.record_type == "conversion":
        rec = Record(source, key, raw.body, "text", **common)
    elif raw.record_type == "response" and raw.http:
        if raw.status is None:
            rec = error_record(source, key, "warc: broken HTTP header", where=where)
            rec.url, rec.fetched_at = raw.uri, raw.date
            return rec
        if not 200 <= raw.status < 300 or not _is_html(raw):
            return None
        rec = Record(source, key, raw.body, "html", http_charset=raw.charset, **common)
    else:
        return None
    return rec


def gzip_tail_complete(path: Path, offset: int) -> bool:
    """True when the gzip members from `offset` (the last record's) to the end of the file are all complete.

    FastWARC stops quietly where a .gz file is cut off; this catches a cut inside the last record's headers.
    """
    with open(path, "rb") as fh:
        if fh.read(2) != GZIP_MAGIC:
            return True
        fh.seek(offset)
        data = fh.read()
    while data:
        d = zlib.decompressobj(31)
        try:
            d.decompress(data)
        except zlib.error:
            return False
        if not d.eof:
            return False
        data = d.unused_data
    return True


def _pages(raws: Iterator[RawWarcRecord], path: Path, source: str, counter: list[int]) -> Iterator[Record]:
    last: RawWarcRecord | None = None
    for index, raw in enumerate(raws):
        counter[0], last = index + 1, raw
        rec = _to_record(raw, source, index)
        if rec is not None:
            yield rec
    if last is not None and not last.truncated and not gzip_tail_complete(path, last.offset):
        yield error_record(source, f"read-error@{counter[0]}", "read: truncated compressed stream",
                           where=f"after record {counter[0] - 1} at offset {last.offset}")


def read_warc(path: Path) -> Iterator[Record]:
    """Page records of a WARC file, in file order. Never raises: failures become error records."""
    source = display_path(path)
    seen = [0]
    given = 0
    try:
        for rec in _pages(_fastwarc(path), path, source, seen):
            given += 1
            yield rec
        if seen[0] or path.stat().st_size == 0:
            return
        first_error = "fastwarc found no WARC record"
    except Exception as exc:  # noqa: BLE001 - fall back to warcio on anything FastWARC cannot read
        first_error = f"fastwarc: {_short(exc)}"
    yield from _fallback(path, source, given, first_error)


def _fallback(path: Path, source: str, skip: int, first_error: str) -> Iterator[Record]:
    seen = [0]
    given = 0
    try:
        for rec in _pages(_warcio(path), path, source, seen):
            given += 1
            if given > skip:
                yield rec
    except Exception as exc:  # noqa: BLE001
        where = f"after record {seen[0]}" if seen[0] else source
        reason = f"warc: cannot read ({first_error}; warcio: {_short(exc)})"
        yield error_record(source, f"read-error@{seen[0]}", reason, where=where)
        return
    if not seen[0] and path.stat().st_size:
        yield error_record(source, "file", f"warc: no WARC record found ({first_error})", where=source)
