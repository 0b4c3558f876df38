"""Readers: every input kind streams records with source, key, url, crawl time and charset; bad input gives
error records that name the file and the record, and never an exception."""

from __future__ import annotations

import gzip
import io
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
import zstandard

from tests.test_batch_support import (
    CRAWL_DATE,
    corpus_rows,
    http_block,
    page,
    write_jsonl,
    write_parquet,
    write_warc,
    write_warcio,
)
from threadclean.readers import Columns, detect_format, expand_inputs, read_file, resolve_record
from threadclean.readers import parquet as parquet_reader
from threadclean.readers import warc as warc_reader


def test_page_files_plain_gzip_and_zstd(tmp_path):
    (tmp_path / "a.html").write_bytes(page("thread.html"))
    (tmp_path / "b.txt.gz").write_bytes(gzip.compress(page("dump.txt")))
    (tmp_path / "c.htm.zst").write_bytes(zstandard.ZstdCompressor().compress(page("article.html")))
    recs = [r for p in expand_inputs([tmp_path]) for r in read_file(p)]
    assert [(Path(r.source).name, r.format, r.error) for r in recs] == [
        ("a.html", "html", None), ("b.txt.gz", "text", None), ("c.htm.zst", "html", None)]
    assert recs[1].content == page("dump.txt")
    assert recs[2].content == page("article.html")


def test_unknown_suffix_is_sniffed_and_input_format_overrides(tmp_path):
    f = tmp_path / "page"
    f.write_bytes(page("thread.html"))
    assert detect_format(f) == "html"
    assert next(read_file(f)).format == "html"
    assert next(read_file(f, "text")).format == "text"
    w = write_warc(tmp_path / "crawl.bin", [("https://a.example/", http_block(page("thread.html")))])
    assert detect_format(w) == "warc"


def test_truncated_gzip_page_is_an_error_record_naming_the_file(tmp_path):
    data = gzip.compress(page("thread.html") * 20)
    f = tmp_path / "cut.html.gz"
    f.write_bytes(data[: len(data) // 2])
    (rec,) = read_file(f)
    assert rec.error.startswith("read: truncated compressed stream")
    assert "cut.html.gz" in rec.error and rec.source.endswith("cut.html.gz")


def test_folder_walk_takes_known_suffixes_and_globs_expand(tmp_path):
    (tmp_path / "sub").mkdir()
    for name in ("sub/b.html", "a.txt", "notes.json", ".hidden.html", "c.jsonl.gz", "d.warc.gz", "e"):
        (tmp_path / name).write_bytes(b"x")
    names = [p.relative_to(tmp_path).as_posix() for p in expand_inputs([tmp_path])]
    assert names == ["a.txt", "c.jsonl.gz", "d.warc.gz", "e", "sub/b.html"]
    assert [p.name for p in expand_inputs([str(tmp_path / "*.txt"), str(tmp_path / "**" / "*.html")])] == [
        "a.txt", "b.html"]


def test_non_utf8_file_name_is_read_with_a_printable_source(tmp_path):
    raw = os.path.join(os.fsencode(tmp_path), b"caf\xe9.html")
    with open(raw, "wb") as fh:
        fh.write(page("thread.html"))
    (path,) = expand_inputs([tmp_path])
    (rec,) = read_file(path)
    assert rec.error is None and rec.format == "html"
    assert rec.source.endswith("caf\\xe9.html")
    rec.source.encode("utf-8")  # valid UTF-8: it goes into Parquet


def test_warc_gz_response_records(tmp_path):
    blocks = [("https://forum.example/t/1", http_block(page("thread.html"))),
              ("https://forum.example/logo.png", http_block(b"\x89PNG....", "image/png")),
              ("https://forum.example/t/2", http_block("<html><body>caf\xe9</body></html>".encode("latin-1"),
                                                        "text/html; charset=ISO-8859-1")),
              ("https://forum.example/gone", http_block(b"<html>moved</html>", status="301 Moved"))]
    recs = list(read_file(write_warc(tmp_path / "crawl.warc.gz", blocks)))
    assert [r.url for r in recs] == ["https://forum.example/t/1", "https://forum.example/t/2"]
    assert all(r.format == "html" and r.error is None for r in recs)
    assert recs[0].fetched_at == CRAWL_DATE
    assert recs[0].content == page("thread.html")
    assert recs[1].http_charset == "iso-8859-1"
    assert recs[0].key == "<urn:uuid:00000000-0000-0000-0000-000000000000>"


def test_warc_written_by_warcio_and_zstd_warc(tmp_path):
    path = write_warcio(tmp_path / "w.warc.gz", [("https://a.example/1", page("thread.html"), "text/html"),
                                                 ("https://a.example/2", page("article.html"), "text/html")])
    recs = list(read_file(path))
    assert [r.url for r in recs] == ["https://a.example/1", "https://a.example/2"]
    assert recs[0].fetched_at == datetime(2024, 3, 14, 8, 30, tzinfo=UTC)
    plain = write_warc(tmp_path / "p.warc", [("https://a.example/3", http_block(page("thread.html")))], False)
    zst = tmp_path / "p.warc.zst"
    zst.write_bytes(zstandard.ZstdCompressor().compress(plain.read_bytes()))
    assert [r.url for r in read_file(zst)] == ["https://a.example/3"]


def test_warcio_fallback_gives_the_same_records(tmp_path, monkeypatch):
    blocks = [(f"https://a.example/{i}", http_block(page("thread.html"))) for i in range(3)]
    path = write_warc(tmp_path / "a.warc.gz", blocks)
    expected = [(r.key, r.url, r.fetched_at, r.content) for r in read_file(path)]

    def broken(p):
        yield from []
        raise RuntimeError("cannot read this")

    monkeypatch.setattr(warc_reader, "_fastwarc", broken)
    assert [(r.key, r.url, r.fetched_at, r.content) for r in read_file(path)] == expected


def test_warc_broken_http_header_is_an_error_record_and_the_rest_is_read(tmp_path):
    blocks = [("https://a.example/1", http_block(page("thread.html"))),
              ("https://a.example/bad", b"NOT AN HTTP HEADER\r\nx\r\n\r\n<html></html>"),
              ("https://a.example/3", http_block(page("article.html")))]
    recs = list(read_file(write_warc(tmp_path / "a.warc.gz", blocks)))
    assert [r.url for r in recs] == ["https://a.example/1", "https://a.example/bad", "https://a.example/3"]
    bad = recs[1]
    assert bad.error.startswith("warc: broken HTTP header") and "record 1 at offset" in bad.error
    assert recs[0].error is None and recs[2].error is None


@pytest.mark.parametrize("cut", [60, 400])
def test_truncated_warc_gz_ends_with_an_error_record(tmp_path, cut):
    blocks = [(f"https://a.example/{i}", http_block(page("thread.html"))) for i in range(3)]
    path = write_warc(tmp_path / "a.warc.gz", blocks)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - cut])
    recs = list(read_file(path))
    assert [r.error for r in recs[:2]] == [None, None]
    assert len(recs) == 3 and "truncated" in recs[2].error
    assert "a.warc.gz" in recs[2].source


def test_jsonl_html_wins_over_text_and_ids_are_keys(tmp_path):
    rows = [{"id": "a", "url": "https://x.example/a", "html": "<html><body>x</body></html>", "text": "t"},
            {"id": 7, "text": "only text"}, {"url": "https://x.example/c", "text": "no id"}]
    recs = list(read_file(write_jsonl(tmp_path / "c.jsonl", rows)))
    assert [(r.key, r.format, r.url) for r in recs] == [
        ("a", "html", "https://x.example/a"), ("7", "text", None), (3, "text", "https://x.example/c")]


@pytest.mark.parametrize("compress", [None, "gz", "zst"])
def test_jsonl_compressed_and_custom_columns(tmp_path, compress):
    rows = [{"doc": "x1", "page": "<html><body>a</body></html>", "link": "https://x.example/1"}]
    path = write_jsonl(tmp_path / f"c.jsonl{'.' + compress if compress else ''}", rows, compress)
    (rec,) = read_file(path, columns=Columns(html="page", url="link", id="doc"))
    assert (rec.key, rec.format, rec.url, rec.error) == ("x1", "html", "https://x.example/1", None)


def test_jsonl_bad_line_names_the_line_and_the_rest_is_read(tmp_path):
    rows = [{"text": "first"}, "{not json", "[1, 2]", {"title": "no content"}, {"text": "last"}]
    recs = list(read_file(write_jsonl(tmp_path / "c.jsonl", rows)))
    assert [r.error is None for r in recs] == [True, False, False, False, True]
    assert recs[1].error.startswith("jsonl: not JSON") and "line 2" in recs[1].error
    assert "not a JSON object" in recs[2].error and "line 3" in recs[2].error
    assert "no 'html' or 'text' field" in recs[3].error


def test_deferred_jsonl_lines_resolve_to_the_records_read_directly(tmp_path):
    rows = [{"id": "a", "html": "<html><body>x</body></html>", "url": "https://x.example/a"}, "{not json",
            {"text": "only text", "site": "s1"}, {"title": "no content"}]
    path = write_jsonl(tmp_path / "c.jsonl", rows)
    cols = Columns(site="site")
    deferred = list(read_file(path, columns=cols, defer=True))
    assert all(r.pending == cols and isinstance(r.content, bytes) for r in deferred)
    assert [resolve_record(r) for r in deferred] == list(read_file(path, columns=cols))


def test_jsonl_nested_too_deep_is_an_error_record(tmp_path):
    path = tmp_path / "deep.jsonl"
    path.write_text('{"text": "ok"}\n' + "[" * 100_000 + "]" * 100_000 + '\n{"text": "after"}\n')
    recs = list(read_file(path))
    assert [r.error is None for r in recs] == [True, False, True]
    assert recs[1].error.startswith("jsonl: not JSON") and "line 2" in recs[1].error


def test_truncated_jsonl_gz_ends_with_an_error_record(tmp_path):
    path = write_jsonl(tmp_path / "c.jsonl.gz", corpus_rows(60), "gz")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 200])
    recs = list(read_file(path))
    assert all(r.error is None for r in recs[:-1]) and len(recs) > 1
    assert recs[-1].error.startswith("read: truncated compressed stream") and "after line" in recs[-1].error


def test_parquet_is_read_in_batches(tmp_path, monkeypatch):
    monkeypatch.setattr(parquet_reader, "BATCH_ROWS", 2)
    path = write_parquet(tmp_path / "c.parquet", corpus_rows(5))
    recs = list(read_file(path))
    assert [r.key for r in recs] == [f"doc-{i}" for i in range(5)]
    assert [r.format for r in recs] == ["html", "text", "html", "html", "text"]


def test_parquet_with_wrong_columns_is_one_error_record(tmp_path):
    path = write_parquet(tmp_path / "c.parquet", [{"body": "x", "link": "y"}] * 3)
    (rec,) = read_file(path)
    assert rec.error == f"parquet: no 'html' or 'text' column (columns: body, link; 3 rows not read) [{path}]"


def test_damaged_parquet_is_an_error_record(tmp_path):
    path = write_parquet(tmp_path / "c.parquet", corpus_rows(4))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    (rec,) = read_file(path)
    assert rec.error.startswith("parquet: cannot read")


def test_missing_file_is_an_error_record(tmp_path):
    (rec,) = read_file(tmp_path / "nope.html")
    assert rec.error.startswith("read: no such file")


@pytest.mark.parametrize("block", [1, 2, 5, 64])
def test_jsonl_line_splitting_matches_line_iteration(block):
    """Block-wise line splitting gives exactly the lines a binary file's iteration gives, newlines included,
    for lines shorter and longer than a block, blank lines and a last line without a newline."""
    from threadclean.readers.jsonl import split_lines

    samples = [b"", b"\n", b"a\nbb\n\nccc", b'{"html": "' + b"x" * 300 + b'"}\n{"a": 1}\n', b"\n\n\nend\n", b"no newline"]
    for data in samples:
        assert list(split_lines(io.BytesIO(data), block)) == list(io.BytesIO(data))
