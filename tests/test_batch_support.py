"""Builders for batch inputs (WARC, JSONL, Parquet) made from the pages in fixtures/batch/, plus helpers."""

from __future__ import annotations

import gzip
import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import zstandard

from threadclean.output import read_tables
from threadclean.tables import TABLES

__all__ = ["read_tables"]

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "batch"
CRAWL_DATE = datetime(2024, 3, 14, 8, 30, tzinfo=UTC)


def page(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def http_block(body: bytes, content_type: str = "text/html; charset=utf-8", status: str = "200 OK") -> bytes:
    return (f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
            .encode() + body)


def warc_record(url: str, block: bytes, n: int, record_type: str = "response") -> bytes:
    """One WARC record, written by hand (the independent writer below is warcio)."""
    content_type = "application/http; msgtype=response" if record_type == "response" else "text/plain"
    head = (f"WARC/1.0\r\nWARC-Type: {record_type}\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{n:012d}>\r\n"
            f"WARC-Date: {CRAWL_DATE:%Y-%m-%dT%H:%M:%SZ}\r\nWARC-Target-URI: {url}\r\n"
            f"Content-Type: {content_type}\r\nContent-Length: {len(block)}\r\n\r\n").encode()
    return head + block + b"\r\n\r\n"


def write_warc(path: Path, blocks: list[tuple[str, bytes]], compress: bool = True) -> Path:
    """A WARC (one gzip member per record, as Common Crawl does) from (url, http block) pairs."""
    with open(path, "wb") as fh:
        for n, (url, block) in enumerate(blocks):
            rec = warc_record(url, block, n)
            fh.write(gzip.compress(rec) if compress else rec)
    return path


def write_warcio(path: Path, pages: list[tuple[str, bytes, str]]) -> Path:
    """A WARC.gz written by warcio: (url, body, content type) responses, with a request record between."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, body, ctype in pages:
            req = writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
            writer.write_record(req)
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http,
                                            warc_headers_dict={"WARC-Date": f"{CRAWL_DATE:%Y-%m-%dT%H:%M:%SZ}"})
            writer.write_record(rec)
    return path


def write_jsonl(path: Path, rows: list[dict | str], compress: str | None = None) -> Path:
    data = "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows).encode()
    if compress == "gz":
        data = gzip.compress(data)
    elif compress == "zst":
        data = zstandard.ZstdCompressor().compress(data)
    path.write_bytes(data)
    return path


def write_parquet(path: Path, rows: list[dict], row_group_size: int = 2) -> Path:
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=row_group_size)
    return path


def corpus_rows(n: int) -> list[dict]:
    """Rows alternating HTML pages and text dumps, with ids and urls."""
    pages = [("html", page("thread.html").decode()), ("text", page("dump.txt").decode()),
             ("html", page("article.html").decode())]
    rows = []
    for i in range(n):
        kind, content = pages[i % len(pages)]
        row = {"id": f"doc-{i}", "url": f"https://forum.example/t/{i}", "html": None, "text": None}
        rows.append({**row, kind: content})
    return rows


def assert_same_tables(a: Path, b: Path) -> None:
    ta, tb = read_tables(a), read_tables(b)
    for table in TABLES:
        assert ta[table].height == tb[table].height, table
        if ta[table].height:
            assert ta[table].equals(tb[table]), table


def test_builders_make_readable_inputs(tmp_path):
    from threadclean.readers import read_file

    warc = write_warc(tmp_path / "a.warc.gz", [("https://a.example/1", http_block(page("thread.html")))])
    jsonl = write_jsonl(tmp_path / "a.jsonl", corpus_rows(3))
    parquet = write_parquet(tmp_path / "a.parquet", corpus_rows(3))
    assert [r.url for r in read_file(warc)] == ["https://a.example/1"]
    assert len(list(read_file(jsonl))) == 3
    assert len(list(read_file(parquet))) == 3
