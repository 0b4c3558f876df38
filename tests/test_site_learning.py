"""Site-level boilerplate in batch runs: learnt over all text pages of a site first, then removed."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
from typer.testing import CliRunner

from tests.test_batch_support import assert_same_tables
from threadclean.cli import app

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "text"
AD = "Join our photo contest!"


TOPICS = [("Cloudy water", "rinsed the filter sponge under the tap", "Tap water kills the good bacteria"),
          ("Green algae", "left the light on for twelve hours", "Cut the light to eight hours a day"),
          ("Snail eggs", "found clear jelly blobs on the glass", "Those are snail eggs, scrape them off")]


def _page(title: str, question: str, answer: str, extra: str = "") -> str:
    base = (FIXTURES / "generic_thread.txt").read_text(encoding="utf-8")
    return (base.replace("Cloudy water after a filter clean", title)
            .replace("rinsed the filter sponge under the tap", question)
            .replace("Is that normal?", f"Is that normal?{extra}")
            .replace("Tap water kills the good bacteria", answer)
            .replace("Cleared up this morning.", f"{title} solved this morning."))


def _pages() -> list[dict]:
    """Three pages of one site whose first post carries the same promo line, and one page of another site."""
    rows = [{"id": f"a{i}", "url": f"https://forum.example.org/t/{i}", "text": _page(*topic, extra=f"\n{AD}")}
            for i, topic in enumerate(TOPICS)]
    rows.append({"id": "b0", "url": "https://other.net/t/1", "text": rows[0]["text"]})
    return rows


def _clean(tmp_path: Path, name: str, *args: str) -> Path:
    src = tmp_path / "pages.jsonl"
    if not src.exists():
        src.write_text("".join(json.dumps(r) + "\n" for r in _pages()), encoding="utf-8")
    out = tmp_path / name
    res = CliRunner().invoke(app, ["clean", str(src), "-o", str(out), "-j", "1", "-q", *args])
    assert res.exit_code == 0, res.output
    return out


def _first_posts(out: Path) -> dict[str, str]:
    docs = pl.read_parquet(out / "documents" / "*.parquet").select("doc_id", "url")
    posts = pl.read_parquet(out / "posts" / "*.parquet").filter(pl.col("position") == 1)
    return dict(docs.join(posts, on="doc_id").select("url", "text").iter_rows())


def test_a_sites_repeated_line_leaves_its_pages_but_not_a_single_page_of_another_site(tmp_path: Path) -> None:
    out = _clean(tmp_path, "out")
    first = _first_posts(out)
    assert all(AD not in t and "Is that normal" in t for u, t in first.items() if "example.org" in u)
    assert AD in first["https://other.net/t/1"]
    removed = pl.read_parquet(out / "removed" / "*.parquet").filter(pl.col("reason") == "site_repeated")
    assert removed.get_column("text").to_list().count(AD) == 3
    plain = _first_posts(_clean(tmp_path, "plain", "--no-site-lines"))
    assert all(AD in t for t in plain.values())


def test_sharded_runs_with_lines_learnt_once_equal_the_whole_run(tmp_path: Path) -> None:
    whole = _clean(tmp_path, "whole")
    learnt = tmp_path / "sites.parquet"
    res = CliRunner().invoke(app, ["learn-sites", str(tmp_path / "pages.jsonl"), "-o", str(learnt)])
    assert res.exit_code == 0 and "over 1 sites" in res.output, res.output
    _clean(tmp_path, "sharded", "--shard", "0/1", "--site-lines-from", str(learnt))
    assert_same_tables(whole, tmp_path / "sharded")
