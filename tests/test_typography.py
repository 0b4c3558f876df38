"""Quote style "page": the page's typographic quotes and apostrophes come back in every output text, while the rules
read them straight; the default ("straight") gives ASCII quotes."""

from __future__ import annotations

from pathlib import Path

import polars as pl
from typer.testing import CliRunner

from threadclean import clean_html, clean_text
from threadclean.cli import app
from threadclean.decode import plain_quotes
from threadclean.typography import PageQuotes

_POST = ('<div class="post"><div class="head"><a href="/members/{name}">{name}</a> <span>Jan {day}, 2024</span></div>'
         '<div class="msg">{body}</div></div>')
_THREAD = ("<html><head><title>Don’t “fix” the bridge</title></head><body><div class=thread>"
           + _POST.format(name="Sean O’Brien", day=5, body="<p>They say it’s “fine” as it is.</p><p>I don’t agree.</p>")
           + _POST.format(name="mia", day=6, body="<blockquote><cite>Sean O’Brien wrote:</cite><p>They say it’s "
                          "“fine” as it is.</p></blockquote><p>It’s not, the ‘fine’ part is wrong.</p>")
           + _POST.format(name="liam", day=7, body="<p>Plain 'quotes' stay as they were.</p>")
           + "</div></body></html>").encode()


def test_page_style_gives_html_posts_quotes_authors_and_title_their_own_quotes():
    doc = clean_html(_THREAD, source="t", quotes="page")
    assert [p.author for p in doc.posts] == ["Sean O’Brien", "mia", "liam"]
    assert doc.posts[0].text == "They say it’s “fine” as it is.\n\nI don’t agree."
    quote, own = doc.posts[1].parts
    assert (quote.quoted_author, quote.text, own) == ("Sean O’Brien", "They say it’s “fine” as it is.",
                                                      "It’s not, the ‘fine’ part is wrong.")
    assert quote.source_post_id == doc.posts[0].post_id  # linked on the straightened text
    assert doc.posts[2].text == "Plain 'quotes' stay as they were."
    assert doc.title == "Don’t “fix” the bridge"


def test_straight_style_is_the_default_and_differs_only_in_the_quote_characters():
    straight, page = clean_html(_THREAD, source="t"), clean_html(_THREAD, source="t", quotes="page")
    assert straight.posts[0].text == "They say it's \"fine\" as it is.\n\nI don't agree."
    assert plain_quotes(page.text) == straight.text and page.text != straight.text


def test_page_style_on_a_text_dump():
    dump = ("Compost “bins” in winter\n\nwormfarm\nJan 5, 2024\nMine’s frozen solid.\n\n"
            "greenbin\nJan 6, 2024\nwormfarm wrote:\nMine’s frozen solid.\nWrap it in ‘old’ carpet.\n")
    doc = clean_text(dump, quotes="page")
    assert [(p.author, p.text) for p in doc.posts] == [("wormfarm", "Mine’s frozen solid."),
                                                       ("greenbin", "Wrap it in ‘old’ carpet.")]
    assert doc.posts[1].quotes[0].text == "Mine’s frozen solid."


def test_lines_the_rules_cut_get_their_quotes_back_word_by_word():
    page = PageQuotes(["He said “stop” and left. It’s done.", "Another ‘line’"])
    assert page.restore('He said "stop"') == "He said “stop”"  # a line's start, found inside the text
    assert page.restore('left "stop" It\'s') == "left “stop” It’s"  # not found as a whole: its words
    assert page.restore('"') == '"'  # a lone mark could open or close: left alone
    assert page.restore("no quotes here") == "no quotes here"


def test_cli_quote_style(tmp_path: Path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "t.html").write_bytes(_THREAD)
    runner = CliRunner()
    res = runner.invoke(app, ["clean", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-j", "1", "--quotes",
                              "page", "-q"])
    assert res.exit_code == 0, res.output
    texts = pl.read_parquet(tmp_path / "out" / "posts" / "*.parquet")["text"].to_list()
    assert "I don’t agree." in "\n".join(texts)
    assert runner.invoke(app, ["clean", str(tmp_path / "in"), "-o", str(tmp_path / "o2"), "--quotes", "curly"]
                         ).exit_code == 2
