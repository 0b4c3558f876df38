"""Batch runs: every record becomes exactly one documents row, stable ids, time limits, crashes, resume, shards."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from tests.test_batch_support import (
    assert_same_tables,
    corpus_rows,
    http_block,
    page,
    read_tables,
    write_jsonl,
    write_parquet,
    write_warc,
)
from threadclean import chunk, pool, work
from threadclean.api import make_doc_id
from threadclean.cli import app
from threadclean.readers.paths import display_path
from threadclean.runner import BatchConfig, run_batch
from threadclean.tables import TABLES


def make_inputs(root: Path) -> list[Path]:
    root.mkdir(parents=True, exist_ok=True)
    pages = root / "pages"
    pages.mkdir()
    for name in ("thread.html", "article.html", "dump.txt"):
        (pages / name).write_bytes(page(name))
    blocks = [(f"https://forum.example/t/{i}", http_block(page("thread.html"))) for i in range(4)]
    blocks.insert(2, ("https://forum.example/bad", b"BROKEN\r\n\r\n<html></html>"))
    return [pages, write_warc(root / "crawl.warc.gz", blocks),
            write_jsonl(root / "corpus.jsonl", [*corpus_rows(5), "{oops"]),
            write_parquet(root / "corpus.parquet", corpus_rows(4))]


EXPECTED_DOCS = 3 + 5 + 6 + 4


def run(inputs, out, **kw) -> object:
    kw.setdefault("jobs", 2)
    kw.setdefault("progress", False)
    return run_batch(BatchConfig(inputs=list(inputs), out=out, **kw))


def test_every_record_is_one_documents_row_with_stable_ids(tmp_path):
    inputs = make_inputs(tmp_path / "in")
    stats = run(inputs, tmp_path / "a")
    assert stats.counts["in"] == EXPECTED_DOCS
    assert stats.counts["error"] == 2 and stats.failed
    docs = read_tables(tmp_path / "a")["documents"]
    assert docs.height == EXPECTED_DOCS and docs["doc_id"].n_unique() == EXPECTED_DOCS
    errors = docs.filter(pl.col("status") == "error").sort("source")
    assert errors["error"][0].startswith("jsonl: not JSON") and "line 6" in errors["error"][0]
    assert errors["error"][1].startswith("warc: broken HTTP header [record 2")
    warc_docs = docs.filter(pl.col("source").str.ends_with("crawl.warc.gz") & (pl.col("status") != "error"))
    assert sorted(warc_docs["url"]) == [f"https://forum.example/t/{i}" for i in range(4)]
    run(inputs, tmp_path / "b", jobs=1)
    assert_same_tables(tmp_path / "a", tmp_path / "b")


def test_big_container_is_split_into_deterministic_parts(tmp_path, monkeypatch):
    monkeypatch.setattr(work, "CHUNK_RECORDS", 4)
    path = write_jsonl(tmp_path / "big.jsonl", corpus_rows(10))
    run([path], tmp_path / "out")
    parts = sorted(p.name for p in (tmp_path / "out" / "documents").glob("*.parquet"))
    assert len(parts) == 3 and parts[0].startswith("big-") and parts[0].endswith("-00000.parquet")
    for table in TABLES:
        assert sorted(p.name for p in (tmp_path / "out" / table).glob("*.parquet")) == parts


def slow_on_marker(rec):
    """A cleaner for the workers that misbehaves on marked records."""
    content = rec.content if isinstance(rec.content, str) else rec.content.decode("utf-8", "replace")
    if "SLEEP-FOREVER" in content:
        time.sleep(60)
    if "HANG-IN-NATIVE-CODE" in content:  # signals blocked: the alarm cannot stop it, only the parent can
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(60)
    if "CRASH-THE-WORKER" in content:
        os._exit(3)
    return chunk.clean_record(rec)


#: per-record limit in the pathological-record tests: far below the marked records' 60 s, far above a normal page's
#: time even in a fresh worker on a busy machine (1 s was not: a second, ordinary record then timed out too)
TIMEOUT = 5.0


@pytest.mark.parametrize("marker", ["SLEEP-FOREVER", "HANG-IN-NATIVE-CODE", "CRASH-THE-WORKER"])
def test_pathological_record_becomes_an_error_row_and_the_rest_goes_on(tmp_path, monkeypatch, marker):
    monkeypatch.setattr(pool, "HARD_GRACE", 1.0)
    rows = corpus_rows(5)
    rows[2] = {"id": "bad", "text": f"a page that makes trouble {marker}"}
    path = write_jsonl(tmp_path / "c.jsonl", rows)
    started = time.monotonic()
    # the limit leaves room for a fresh worker's first page on a loaded machine: only the marked record may pass it
    stats = run([path], tmp_path / "out", jobs=1, timeout=TIMEOUT, cleaner="tests.test_batch:slow_on_marker")
    assert time.monotonic() - started < 30
    docs = read_tables(tmp_path / "out")["documents"]
    assert docs.height == 5 and stats.counts["error"] == 1
    (error,) = docs.filter(pl.col("status") == "error")["error"]
    reason = "crash" if marker == "CRASH-THE-WORKER" else "timeout"
    assert error.startswith(f"{reason}: ") and "line 3, id bad" in error


@pytest.mark.parametrize("marker", ["HANG-IN-NATIVE-CODE", "CRASH-THE-WORKER"])
def test_chunks_sent_ahead_to_a_lost_worker_are_cleaned_once(tmp_path, monkeypatch, marker):
    # small chunks: the worker holds its next chunk (sent ahead) when the one it cleans takes it down
    monkeypatch.setattr(pool, "HARD_GRACE", 1.0)
    monkeypatch.setattr(work, "CHUNK_RECORDS", 2)
    rows = corpus_rows(8)
    rows[3] = {"id": "bad", "text": f"a page that makes trouble {marker}"}
    path = write_jsonl(tmp_path / "c.jsonl", rows)
    stats = run([path], tmp_path / "out", jobs=1, timeout=TIMEOUT, cleaner="tests.test_batch:slow_on_marker")
    docs = read_tables(tmp_path / "out")["documents"]
    assert docs.height == 8 and docs["doc_id"].n_unique() == 8 and stats.parts == 4
    (error,) = docs.filter(pl.col("status") == "error")["error"]
    assert "line 4, id bad" in error and not stats.failures


def test_a_crashed_corpus_line_keeps_the_id_a_clean_run_gives_it(tmp_path, monkeypatch):
    # HTML rows are parsed in the workers: the parent names a crashed line by its id all the same, so the error row's
    # doc_id is the one the record gets when it cleans (reruns after a fix update the same row)
    monkeypatch.setattr(pool, "HARD_GRACE", 1.0)
    rows = [r for r in corpus_rows(6) if r["html"]][:3]
    rows[1] = {**rows[1], "id": "bad", "html": "<p>a page that makes trouble CRASH-THE-WORKER</p>"}
    path = write_jsonl(tmp_path / "c.jsonl", rows)
    run([path], tmp_path / "out", jobs=1, timeout=5.0, cleaner="tests.test_batch:slow_on_marker")
    docs = read_tables(tmp_path / "out")["documents"]
    error = docs.filter(pl.col("status") == "error")
    assert error["error"][0].startswith("crash: ") and "line 2, id bad" in error["error"][0]
    assert error["doc_id"][0] == make_doc_id(display_path(path), "bad")


def _drop_some_parts(out: Path, keep: int) -> None:
    """What a kill leaves behind: some parts complete, one half written, no unit markers."""
    parts = sorted((out / "documents").glob("*.parquet"))
    for p in parts[keep:]:
        p.unlink()
    for p in (out / work.DONE_DIR).glob("*.json"):
        p.unlink()
    (out / "posts" / ".x.parquet.tmp-999999").write_bytes(b"partial")


def test_resume_after_interruption_gives_the_same_tables(tmp_path, monkeypatch):
    monkeypatch.setattr(work, "CHUNK_RECORDS", 3)
    inputs = make_inputs(tmp_path / "in")
    run(inputs, tmp_path / "full")
    run(inputs, tmp_path / "cut")
    _drop_some_parts(tmp_path / "cut", keep=3)
    stats = run(inputs, tmp_path / "cut", resume=True)
    assert stats.skipped_parts == 3 and stats.counts["in"] == EXPECTED_DOCS
    assert stats.failed  # errors of the parts done earlier still count
    assert_same_tables(tmp_path / "full", tmp_path / "cut")
    assert not list((tmp_path / "cut").glob("*/.*.tmp-*"))
    again = run(inputs, tmp_path / "cut", resume=True)
    assert again.counts["cleaned"] == 0 and again.counts["in"] == EXPECTED_DOCS


def test_shards_split_the_inputs_without_overlap(tmp_path):
    inputs = make_inputs(tmp_path / "in")
    run(inputs, tmp_path / "full")
    for i in range(3):
        run(inputs, tmp_path / "sharded", shard=(i, 3), jobs=1)
    assert_same_tables(tmp_path / "full", tmp_path / "sharded")


def test_cli_exit_codes_and_summary(tmp_path):
    runner = CliRunner()
    good = tmp_path / "good"
    good.mkdir()
    (good / "a.html").write_bytes(page("thread.html"))
    res = runner.invoke(app, ["clean", str(good), "-o", str(tmp_path / "o1"), "-j", "1"])
    assert res.exit_code == 0, res.output
    assert "documents in 1, ok 1, empty 0, error 0" in res.output
    bad = write_parquet(tmp_path / "wrong.parquet", [{"body": "x"}])
    res = runner.invoke(app, ["clean", str(good), str(bad), "-o", str(tmp_path / "o2"), "-j", "1"])
    assert res.exit_code == 1
    assert "no 'html' or 'text' column" in res.output and "wrong.parquet" in res.output
    for args in (["--shard", "3/2"], ["--input-format", "pdf"], ["--backend", "spark"]):
        assert runner.invoke(app, ["clean", str(good), "-o", str(tmp_path / "o3"), *args]).exit_code == 2
    assert runner.invoke(app, ["clean", str(tmp_path / "nothing-here"), "-o", str(tmp_path / "o4")]).exit_code == 2


def test_the_entry_point_module_stays_light():
    # every spawned worker imports the program's main module again: it must not load the commands
    code = ("import sys, threadclean.cli as cli; loaded = {'threadclean.commands', 'typer', 'polars'} & set(sys.modules);"
            "print(sorted(loaded), type(cli.app).__name__)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["[]", "Typer"]


def test_non_utf8_file_name_in_a_batch(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.html"), "wb") as fh:
        fh.write(page("thread.html"))
    (folder / "b.html").write_bytes(page("article.html"))
    stats = run([folder], tmp_path / "out", jobs=1)
    assert stats.counts["in"] == 2 and not stats.failed
    sources = sorted(read_tables(tmp_path / "out")["documents"]["source"])
    assert sources[1].endswith("caf\\xe9.html")


def test_parts_hold_the_same_records_whether_corpus_lines_are_parsed_early_or_late(tmp_path, monkeypatch):
    monkeypatch.setattr(work, "CHUNK_BYTES", 3000)  # several lines per part, cut by size
    path = write_jsonl(tmp_path / "c.jsonl", corpus_rows(12))
    layouts = []
    for defer, spans in ((False, False), (True, False), (True, True)):
        opts = work.ReadOptions(defer_rows=defer, line_spans=spans)
        (unit,) = work.plan_units([path], opts)
        layouts.append([(c.part, [(rec.key, rec.content, rec.url) for rec in map(chunk.resolve_record, c.records)])
                        for c in work.unit_chunks(unit, opts)])
    assert layouts[0] == layouts[1] == layouts[2] and len(layouts[0]) > 2


def test_corpus_lines_read_where_they_are_cleaned_are_the_lines_read_whole(tmp_path, monkeypatch):
    # an uncompressed file's lines go to the workers as their place in the file; blank lines, a last line without
    # its newline and lines longer than the read buffer come out as reading them whole gives them
    from threadclean.readers import jsonl

    monkeypatch.setattr(jsonl, "BLOCK_BYTES", 16)
    path = tmp_path / "c.jsonl"
    path.write_bytes(b'{"text": "first page"}\n\n   \n{"html": "<p>second page, longer than a block</p>"}\n'
                     b'not json\n {"text": "last"} ')
    whole = [jsonl.resolve_record(r) for r in jsonl.read_jsonl(path, defer=True)]
    spans = list(jsonl.read_jsonl(path, defer=True, spans=True))
    assert all(r.span is not None and r.content == b"" for r in spans)
    assert [(r.key, r.content, r.error, r.size) for r in map(jsonl.resolve_record, spans)] == \
        [(r.key, r.content, r.error, r.size) for r in whole]
    assert [r.key for r in whole] == [1, 4, 5, 6]
    path.unlink()  # gone before a worker reads it: an error row, not a crash
    assert "read:" in (jsonl.resolve_record(spans[0]).error or "")


def test_a_record_that_failed_is_not_parsed_again(monkeypatch):
    rec = chunk.Record("c.jsonl", 3, b'{"html": "<p>x</p>"}', "jsonl", where="line 3", pending=work.Columns())
    monkeypatch.setattr(chunk, "resolve_record", lambda r: pytest.fail("parsed a record that already failed"))
    task = chunk.ChunkTask("p", "u", [rec], "out", skip={0: "crash: worker process died [line 3]"})
    (doc,) = chunk.clean_records(task)
    assert (doc.status, doc.format, doc.error) == ("error", "text", "crash: worker process died [line 3]")


def thread_count_cleaner(rec):
    """A cleaner for the workers that records how many threads polars may use there."""
    doc = chunk.clean_record(rec)
    doc.title = str(pl.thread_pool_size())
    return doc


def test_each_worker_keeps_to_one_thread(tmp_path):
    path = write_jsonl(tmp_path / "c.jsonl", corpus_rows(2))
    run([path], tmp_path / "out", jobs=2, cleaner="tests.test_batch:thread_count_cleaner")
    assert set(read_tables(tmp_path / "out")["documents"]["title"]) == {"1"}
