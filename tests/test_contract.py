"""The output contract end to end: `threadclean clean` on the seeds writes every table with its columns."""

import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

from threadclean.tables import SCHEMAS

ROOT = Path(__file__).resolve().parents[1]


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "threadclean.cli", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    proc = run_cli("clean", "seeds", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "documents in 5, ok 5, empty 0, error 0" in proc.stdout
    return out


def test_every_table_is_written_with_its_columns(out):
    for table, schema in SCHEMAS.items():
        frame = pl.scan_parquet(str(out / table / "*.parquet")).collect()
        assert dict(frame.schema) == schema, table


def test_documents_and_ids_are_stable(out, tmp_path):
    docs = pl.read_parquet(out / "documents" / "*.parquet").sort("source")
    assert docs["page_kind"].to_list() == ["article", "article", "thread", "article", "article"]
    assert docs.filter(pl.col("engine") == "ips")["n_posts"].to_list() == [15]
    proc = run_cli("clean", "seeds", "-o", str(tmp_path / "again"))
    assert proc.returncode == 0
    again = pl.read_parquet(tmp_path / "again" / "documents" / "*.parquet").sort("source")
    assert again["doc_id"].to_list() == docs["doc_id"].to_list()


def test_tables_join_on_ids(out):
    posts = pl.read_parquet(out / "posts" / "*.parquet")
    quotes = pl.read_parquet(out / "quotes" / "*.parquet")
    articles = pl.read_parquet(out / "articles" / "*.parquet")
    media = pl.read_parquet(out / "media" / "*.parquet")
    assert quotes.height == 4 and quotes["source_post_id"].is_in(posts["post_id"].implode()).all()
    assert posts["author_inferred"].sum() == 4
    assert articles.filter(pl.col("post_id").is_null()).height == 4  # the four article pages
    assert articles.filter(pl.col("post_id").is_not_null()).height == 8
    assert media.height == 2 and media["comments"].list.len().to_list() == [3, 0]
    reactions = posts.explode("reactions").unnest("reactions").drop_nulls("name")
    assert reactions.filter(pl.col("name") == "haha")["count"].to_list() == [5]


def test_no_boilerplate_in_any_text(out):
    removed = pl.read_parquet(out / "removed" / "*.parquet")
    texts = pl.concat([pl.read_parquet(out / t / "*.parquet").select("text") for t in ("documents", "posts")])
    for chrome in ("Link to comment", "Share on other sites", "Recommended Posts", "Jump to content"):
        assert removed.filter(pl.col("text") == chrome).height >= 1
        assert not texts["text"].str.contains(chrome, literal=True).any()


def test_show_prints_structure():
    proc = run_cli("show", "seeds/002_ea6c81fad244be33.txt")
    assert proc.returncode == 0
    assert "#7 " in proc.stdout and "[quote d1] yota691" in proc.stdout and "[article]" in proc.stdout
