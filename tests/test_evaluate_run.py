import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from threadclean.evaluate import peers as peers_mod
from threadclean.evaluate.command import eval_command
from threadclean.evaluate.corpus import find_folders, load_folder
from threadclean.evaluate.export import run_to_dict
from threadclean.evaluate.report import render_report
from threadclean.evaluate.run import run_eval
from threadclean.evaluate.scoring import GROUP_KEPT, GROUP_LOST, post_body, score_posts
from threadclean.model import Post, Quote

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "eval"
REAL_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

# the command on its own app, so these tests do not depend on every other command importing
app = typer.Typer()
app.command("eval")(eval_command)


@app.callback()
def _group() -> None:
    """Keep `eval` a subcommand, as in the real CLI."""


def test_the_cli_registers_eval():
    from threadclean.cli import app as cli_app

    assert "eval" in {c.name for c in cli_app.registered_commands}


def test_find_folders_under_a_root_or_one_folder():
    assert [p.name for p in find_folders(FIXTURES)] == ["wcxb-forum", "harvest"]
    assert [p.name for p in find_folders(FIXTURES / "harvest")] == ["harvest"]


def test_load_folder_reads_both_gold_kinds():
    forum = load_folder(FIXTURES / "wcxb-forum")
    assert [p.page_id for p in forum] == ["page-a", "page-b"]
    assert forum[0].kind == "wcxb" and forum[0].with_snippets and forum[0].read("text")
    assert load_folder(FIXTURES / "wcxb-forum", limit=1)[0].page_id == "page-a"
    (thread,) = load_folder(FIXTURES / "harvest")
    assert thread.kind == "posts" and [p.author for p in thread.posts] == ["/members/seabreeze.101/", "ridgeline"]


def test_post_body_keeps_quotes_and_score_posts_counts():
    page = load_folder(FIXTURES / "harvest")[0]
    first, second = (g.text for g in page.posts)
    posts = [
        Post(parts=[first], author="SeaBreeze"),
        Post(parts=[Quote(text="Which tent shape"), second], author="someone else"),
        Post(parts=["Thanks, that settles it."], author="seabreeze"),
    ]
    assert "Which tent shape" in post_body(posts[1])
    got = score_posts(page, posts)
    assert (got.n_pred, got.n_gold, got.matched) == (3, 2, 2)
    assert abs(got.precision - 2 / 3) < 1e-12 and got.recall == 1.0
    assert abs(got.f1 - 0.8) < 1e-12
    assert (got.authors_ok, got.authors_named) == (1, 2)
    assert not got.exact_count


def test_run_eval_on_the_fake_corpus():
    run = run_eval(FIXTURES, ["html", "text"], with_peers=False, progress=False)
    assert run.folders == ["wcxb-forum", "harvest"]
    raw = {r.page_id: r for r in run.rows if r.tool == "raw"}
    assert set(raw) == {"page-a", "page-b"}
    # the dump keeps page a's posts and its boilerplate; page b's posts were in <noscript>
    assert raw["page-a"].group == GROUP_KEPT and raw["page-b"].group == GROUP_LOST
    assert raw["page-a"].text.with_share == 1.0 and raw["page-a"].text.without_share == 1.0
    assert raw["page-b"].text.with_share == 0.0 and raw["page-b"].text.f1 == 0.0
    ours = [r for r in run.rows if r.tool == "threadclean"]
    assert len(ours) == 6
    assert all(0.0 <= r.text.f1 <= 1.0 for r in ours if r.text is not None)
    harvest = [r for r in ours if r.folder == "harvest"]
    assert [r.fmt for r in harvest] == ["html", "text"] and all(r.posts.n_gold == 2 for r in harvest)


def test_report_and_json_hold_every_section():
    run = run_eval(FIXTURES, ["html", "text"], with_peers=False, progress=False)
    text = render_report(run)
    for header in ("== wcxb-forum · html · 2 pages ==", "== wcxb-forum · text · 2 pages ==",
                   "== harvest · html · 1 page ==", "== harvest · text · 1 page =="):
        assert header in text
    assert "dump holds content" in text and "content lost in dump" in text
    assert "worst threadclean pages" in text
    data = json.loads(json.dumps(run_to_dict(run)))
    assert len(data["pages"]) == len(run.rows)
    overall = [s for s in data["summaries"] if s["engine"] is None and s["group"] is None]
    assert {(s["folder"], s["format"], s["tool"]) for s in overall} == {
        ("wcxb-forum", "html", "threadclean"), ("wcxb-forum", "text", "threadclean"), ("wcxb-forum", "text", "raw"),
        ("harvest", "html", "threadclean"), ("harvest", "text", "threadclean")}


def test_peers_run_on_html_and_missing_ones_are_skipped(monkeypatch):
    def missing():
        raise ImportError("no module", name="nopkg")

    monkeypatch.setattr(peers_mod, "_LOADERS", {**peers_mod._LOADERS, "nopkg": missing})
    found, notes = peers_mod.load_peers(("resiliparse", "nopkg"))
    assert [p.name for p in found] == ["resiliparse"]
    assert len(notes) == 1 and notes[0].startswith("nopkg skipped")
    page_a = (FIXTURES / "wcxb-forum" / "page-a.html").read_text()
    assert "glass of water" in found[0].extract(page_a)


def test_cli_eval_on_the_fake_corpus(tmp_path):
    out = tmp_path / "eval.json"
    result = CliRunner().invoke(app, ["eval", str(FIXTURES), "--no-peers", "--format", "html", "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "== wcxb-forum · html · 2 pages ==" in result.output and "· text ·" not in result.output
    assert json.loads(out.read_text())["formats"] == ["html"]


def test_cli_eval_rejects_a_folder_without_pages(tmp_path):
    result = CliRunner().invoke(app, ["eval", str(tmp_path), "--no-peers"])
    assert result.exit_code == 2


@pytest.mark.skipif(not REAL_CORPUS.is_dir(), reason="shared corpus not present")
def test_cli_eval_on_the_real_corpus_slice():
    result = CliRunner().invoke(app, ["eval", str(REAL_CORPUS), "--limit", "3", "--no-peers"])
    assert result.exit_code == 0, result.output
    for folder in ("wcxb-forum", "wcxb-article", "harvest"):
        for fmt in ("html", "text"):
            assert f"== {folder} · {fmt} · 3 pages ==" in result.output
    for needle in ("word F1", "dump holds content", "per engine", "worst threadclean pages", "postF1", "raw"):
        assert needle in result.output
