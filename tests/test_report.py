"""The report: mergeable stats (halves merge to the whole), the numbers it derives, escaping, the command."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from threadclean.cli import app
from threadclean.model import Article, Document, Post, Quote
from threadclean.report.collect import collect_stats
from threadclean.report.command import build_report
from threadclean.report.dedup import exact_dups, exact_figures, near_dups
from threadclean.report.html import render_page
from threadclean.report.sketches import BottomK, HashSample, bin_label, threshold
from threadclean.report.stats import Stats, merge_all, read_stats
from threadclean.report.synthetic import Shape, write_corpus
from threadclean.report.threads import load_threads, render_thread
from threadclean.tables import SCHEMAS, TABLES, to_frames
from threadclean.writer import write_part

HOSTILE = '<script>alert("x")</script><img src=x onerror="alert(1)">'


def _frames(rows: dict[str, list[dict]]) -> dict[str, pl.DataFrame]:
    return {t: pl.DataFrame(rows.get(t, []), schema=SCHEMAS[t]) for t in TABLES}


def _split(whole: Path, a: Path, b: Path) -> None:
    """Split an output folder by document into two disjoint halves."""
    docs = pl.read_parquet(whole / "documents").get_column("doc_id").to_list()
    first = set(docs[: len(docs) // 2])
    for out, keep in ((a, True), (b, False)):
        frames = {t: pl.read_parquet(whole / t).filter(pl.col("doc_id").is_in(first) == keep) for t in TABLES}
        write_part(frames, out, "part-00000")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus") / "whole"
    write_corpus(out, Shape(n_posts=6000, n_news=40, seed=5), n_parts=2)
    return out


def test_stats_of_two_halves_merge_to_the_stats_of_the_whole(corpus: Path, tmp_path: Path) -> None:
    _split(corpus, tmp_path / "a", tmp_path / "b")
    whole = collect_stats(corpus).to_json()
    merged = merge_all([collect_stats(tmp_path / "a"), collect_stats(tmp_path / "b")]).to_json()
    assert merged["inputs"] == [str(tmp_path / "a"), str(tmp_path / "b")]
    whole.pop("inputs"), merged.pop("inputs")
    assert merged == whole
    assert whole["counts"]["posts"] > 5000 and whole["dups"]["posts"]["entries"]


def test_merge_with_small_caps_still_equals_whole(corpus: Path, tmp_path: Path, monkeypatch) -> None:
    """With caps far below the data, samples thin out: thresholds must still agree after merging."""
    from threadclean.report import dedup

    monkeypatch.setattr(dedup.exact_sample, "__defaults__", (300,))
    monkeypatch.setattr(dedup.near_level, "__defaults__", (40,))
    monkeypatch.setattr(dedup.near_sample, "__defaults__", (40,))
    _split(corpus, tmp_path / "a", tmp_path / "b")
    whole = collect_stats(corpus)
    merged = collect_stats(tmp_path / "a").merge(collect_stats(tmp_path / "b"))
    assert whole.dups["posts"].level > 0 and whole.near["posts"].level > 0
    for name in ("posts", "articles"):
        assert merged.dups[name] == whole.dups[name]
        assert merged.near[name] == whole.near[name]


def test_stats_json_round_trips_and_merges_from_files(corpus: Path, tmp_path: Path) -> None:
    stats = build_report([corpus], tmp_path / "r" / "report.html")
    again = read_stats(tmp_path / "r" / "stats.json")
    assert again.to_json() == stats.to_json()
    doubled = again.merge(again)
    assert doubled.count("posts") == 2 * stats.count("posts")
    assert doubled.hists["post_chars"] == [2 * n for n in stats.hists["post_chars"]]


def test_merge_refuses_stats_from_another_hash() -> None:
    with pytest.raises(ValueError, match="cannot merge"):
        Stats(hash_fn="a").merge(Stats(hash_fn="b"))


def test_bottom_k_merge_keeps_the_smallest_hashes() -> None:
    a, b = BottomK(3, [[1, "a"], [5, "e"], [9, "i"]]), BottomK(3, [[2, "b"], [5, "e"], [7, "g"]])
    assert a.merge(b).items == [[1, "a"], [2, "b"], [5, "e"]]


def test_hash_sample_shrinks_to_its_cap_by_halving_the_key_space() -> None:
    keys = [threshold(1) + 1, threshold(2) + 1, threshold(3) + 1, 5]
    merged = HashSample(2, 0, {k: 1 for k in keys[:2]}).merge(HashSample(2, 0, {k: 1 for k in keys[2:]}), int.__add__)
    assert merged.level == 2 and set(merged.entries) == {keys[2], 5} and merged.rate == 0.25


def test_counts_and_shares_follow_the_tables(tmp_path: Path) -> None:
    rows = {
        "documents": [
            {"doc_id": "d1", "url": "https://forum.example.co.uk/t/1", "engine": "xenforo", "page_kind": "thread",
             "text": "x" * 90, "n_posts": 3, "status": "ok", "n_removed_chars": 10},
            {"doc_id": "d2", "url": "http://www.other.org/a", "engine": "generic", "text": "",
             "n_posts": 0, "status": "error", "error": "decode: bad bytes", "n_removed_chars": 0},
        ],
        "posts": [{"doc_id": "d1", "post_id": f"p{i}", "position": i, "author": a, "author_inferred": i == 3,
                   "text": t, "n_quotes": q, "n_articles": 0, "n_media": 0}
                  for i, a, t, q in ((1, "ann", "Same words in a post here.", 0), (2, None, "Same words in a post here.", 1),
                                     (3, "bob", "short", 0))],
        "quotes": [{"doc_id": "d1", "post_id": "p2", "position": 1, "text": "abcd", "source_post_id": "p1", "depth": 1},
                   {"doc_id": "d1", "post_id": "p2", "position": 2, "text": "efgh", "depth": 2}],
        "removed": [{"doc_id": "d1", "text": "Log in", "reason": "navigation"},
                    {"doc_id": "d1", "text": "Home", "reason": "navigation"}],
    }
    write_part(_frames(rows), tmp_path, "part-00000")
    s = collect_stats(tmp_path)
    assert s.keyed["status"] == {"ok": 1, "error": 1}
    assert s.keyed["error_reason"] == {"decode": 1}
    assert s.keyed["site_docs"] == {"example.co.uk": 1, "other.org": 1}
    assert s.keyed["removed_chars_by_reason"] == {"navigation": 10}
    assert (s.count("kept_chars"), s.count("removed_chars")) == (90, 10)
    assert (s.count("quotes"), s.count("quotes_resolved"), s.count("quote_chars")) == (2, 1, 8)
    assert (s.count("authors_known"), s.count("authors_inferred")) == (2, 1)
    assert s.hists["posts_per_thread"][2] == 1  # 3 posts fall in the 2–3 bin
    assert s.hists["quotes_per_post"][:2] == [2, 1]
    assert s.extrema["post_chars"] == [5, 26]
    e = exact_dups(s.dups["posts"])  # "short" is under the minimum length
    assert (e.items, e.distinct, e.in_groups, e.redundant, e.rate) == (2, 1, 2, 1, 1.0)
    assert sorted(t for _, t in s.samples["removed:navigation"].items) == ["Home", "Log in"]


def test_near_duplicate_articles_cluster_and_distinct_ones_do_not(tmp_path: Path) -> None:
    base = " ".join(f"Sentence number {i} of the council report on flood defences and housing." for i in range(30))
    other = " ".join(f"Entirely different story {i} about a football season and its players." for i in range(30))
    texts = [base, base + " Source: the local paper.", base.split(". ", 1)[1], base, other]
    rows = {"documents": [{"doc_id": "d", "n_posts": 0, "status": "ok", "text": ""}],
            "articles": [{"doc_id": "d", "post_id": f"p{i}", "text": t, "captions": []} for i, t in enumerate(texts)]}
    write_part(_frames(rows), tmp_path, "part-00000")
    near = near_dups(collect_stats(tmp_path).near["articles"])
    assert near.items == 5
    assert [(c.copies, c.variants) for c in near.clusters] == [(4, 3)]
    assert near.redundant == 3 and near.in_near_clusters == 4


def test_language_mix_sees_the_languages_written(corpus: Path) -> None:
    langs = {lang for _, lang in collect_stats(corpus).samples["lang:posts"].items}
    assert {"en", "de", "fr"} <= langs


def test_page_escapes_everything_from_the_data(tmp_path: Path) -> None:
    rows = {
        "documents": [{"doc_id": "d1", "url": f"https://x.example.com/{HOSTILE}", "engine": HOSTILE,
                       "page_kind": "thread", "title": HOSTILE, "text": HOSTILE, "n_posts": 2, "status": "ok",
                       "error": None, "n_removed_chars": 3}],
        "posts": [{"doc_id": "d1", "post_id": f"p{i}", "position": i, "author": HOSTILE, "text": HOSTILE * 3,
                   "n_quotes": 1} for i in (1, 2)],
        "quotes": [{"doc_id": "d1", "post_id": "p2", "position": 1, "quoted_author": HOSTILE, "text": HOSTILE,
                    "source_post_id": HOSTILE, "depth": 1}],
        "articles": [{"doc_id": "d1", "post_id": "p2", "title": HOSTILE, "outlet": HOSTILE, "text": HOSTILE * 5,
                      "captions": []}],
        "media": [{"doc_id": "d1", "post_id": "p1", "kind": HOSTILE, "title": HOSTILE, "text": "", "comments": []}],
        "removed": [{"doc_id": "d1", "text": HOSTILE, "reason": HOSTILE}],
    }
    write_part(_frames(rows), tmp_path / "out", "part-00000")
    html = (tmp_path / "r.html")
    build_report([tmp_path / "out"], html)
    page = html.read_text()
    assert "<script" not in page and "<img" not in page and 'onerror="' not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert page.count("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;") >= 8  # thread, removed sample, labels


def test_thread_render_marks_quotes_articles_and_inferred_authors(tmp_path: Path) -> None:
    rows = {
        "documents": [{"doc_id": "d", "title": "T", "n_posts": 2, "status": "ok", "text": "", "page_kind": "thread"}],
        "posts": [{"doc_id": "d", "post_id": "d-1", "position": 1, "author": "ann", "text": "Hello.\n\nSecond para."},
                  {"doc_id": "d", "post_id": "d-2", "position": 2, "author": "bob", "author_inferred": True,
                   "text": "Reply."}],
        "quotes": [{"doc_id": "d", "post_id": "d-2", "position": 1, "quoted_author": "ann", "text": "Hello.",
                    "source_post_id": "d-1", "depth": 1}],
        "articles": [{"doc_id": "d", "post_id": "d-2", "title": "News", "text": "Body.", "captions": []}],
    }
    write_part(_frames(rows), tmp_path, "part-00000")
    (thread,) = load_threads([str(tmp_path)], ["d"])
    out = render_thread(thread)
    assert out.index("ann wrote:") < out.index("<p>Reply.</p>") < out.index('<aside class="article">')
    assert "<p>Hello.</p><p>Second para.</p>" in out and 'class="badge">inferred' in out
    assert "source post found" in out


def test_page_renders_for_empty_tables(tmp_path: Path) -> None:
    write_part(_frames({}), tmp_path, "part-00000")
    page = render_page(collect_stats(tmp_path), [])
    assert "<svg" not in page or "nothing to show" in page
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")


def test_bin_labels() -> None:
    assert [bin_label(i) for i in range(5)] == ["0", "1", "2–3", "4–7", "8–15"]
    assert bin_label(11) == "1k–2047"


def test_report_command_over_two_folders(corpus: Path, tmp_path: Path) -> None:
    _split(corpus, tmp_path / "a", tmp_path / "b")
    html = tmp_path / "rep" / "report.html"
    result = CliRunner().invoke(app, ["report", str(tmp_path / "a"), str(tmp_path / "b"), "-o", str(html)])
    assert result.exit_code == 0, result.output
    data = json.loads((html.parent / "stats.json").read_text())
    assert data["counts"]["posts"] == collect_stats(corpus).count("posts")
    page = html.read_text()
    assert "<svg" in page and "<script" not in page and "<link" not in page and 'src="http' not in page


def test_report_command_rejects_a_folder_without_tables(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["report", str(tmp_path), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 2 and "not an output folder" in result.output


def test_exact_duplicates_are_counted_over_every_text_of_all_folders(corpus: Path, tmp_path: Path,
                                                                     monkeypatch) -> None:
    """Stock replies repeated thousands of times must count even when the hash sample misses them."""
    from threadclean.report import dedup

    monkeypatch.setattr(dedup.exact_sample, "__defaults__", (5,))
    posts = pl.read_parquet(corpus / "posts" / "*.parquet").get_column("text").fill_null("").str.strip_chars()
    long = posts.filter(posts.str.len_chars() >= dedup.EXACT_MIN_CHARS)
    copies = long.value_counts(name="n").get_column("n")
    expected = [long.len(), copies.len(), int(copies.filter(copies > 1).sum())]
    assert expected[1] < expected[0]  # the synthetic corpus does hold repeated posts
    _split(corpus, tmp_path / "a", tmp_path / "b")
    whole = build_report([corpus], tmp_path / "w" / "report.html")
    halves = build_report([tmp_path / "a", tmp_path / "b"], tmp_path / "h" / "report.html")
    assert whole.exact["posts"] == halves.exact["posts"] == expected
    e = exact_figures(halves.exact["posts"], halves.dups["posts"])
    assert (e.redundant, e.rate) == (expected[0] - expected[1], 1.0)
    assert read_stats(tmp_path / "h" / "stats.json").exact == halves.exact
    assert halves.merge(halves).exact == {}  # distinct counts do not add across shards


def test_thread_render_follows_the_posts_reading_order(tmp_path: Path) -> None:
    """Own words, a quote with a nested one, more own words, then an article: shown as the author wrote them."""
    post = Post(post_id="d:1", position=1, author="cy", parts=[
        "Before the quote.", Quote("Outer words.", "ann", quotes=[Quote("Inner words.", "bob", depth=2)]),
        "Between.\n\nStill between.", Article("Article body.", title="News")])
    doc = Document(doc_id="d", source="s", status="ok", page_kind="thread", posts=[post])
    write_part(to_frames([doc]), tmp_path, "part-00000")
    (thread,) = load_threads([str(tmp_path)], ["d"])
    out = render_thread(thread)
    marks = ["<p>Before the quote.</p>", "ann wrote:", "bob wrote:", "Inner words.", "<p>Between.</p><p>Still between.",
             '<aside class="article">']
    assert [out.index(m) for m in marks] == sorted(out.index(m) for m in marks)
    assert pl.read_parquet(tmp_path / "posts").get_column("layout").to_list()[0] == [
        {"kind": "text", "end": 17}, {"kind": "quote", "end": None}, {"kind": "text", "end": 43},
        {"kind": "article", "end": None}]
