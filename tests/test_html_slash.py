from datetime import UTC, datetime

from tests.forum_fixtures import chrome_left, html_doc
from threadclean.model import Reaction, Removed


def test_slash_story_then_shown_comments_with_scores():
    doc = html_doc("slash_story.html")
    assert (doc.engine, doc.page_kind, doc.title) == ("slash", "thread", "Solar Farms Trial Sheep Grazing Under Panels")
    # the story is the first post, its poster named in its byline's words ("Posted by editorjane on ..."); nested
    # replies are posts of their own, in page order
    assert [(p.native_id, p.author) for p in doc.posts] == [
        ("5550001", "editorjane"), ("9001", "meadowmike"), ("9002", "wattwatcher"), ("9006", "panelpete"), ("9004", "hayloft")]
    assert doc.posts[0].text.startswith("fieldnotes writes: Three solar operators are letting flocks graze")
    assert doc.posts[1].posted_at == datetime(2025, 3, 2, 12, 31, tzinfo=UTC)
    assert doc.posts[1].posted_at_raw == "Sunday March 02, 2025 @12:31PM"
    assert doc.posts[1].text == ("The panels keep the soil from drying out in summer.\n\n"
                                 "Our pasture grew back faster under them.")
    assert [p.reactions for p in doc.posts] == [[], [Reaction("score", 4)], [Reaction("score", 2)],
                                                [Reaction("score", 2)], [Reaction("score", 3)]]
    # the profile links after a comment's id are no part of its date
    assert doc.posts[3].posted_at_raw == "Sunday March 02, 2025 @03:15PM"


def test_slash_shown_reply_under_a_folded_one_keeps_its_words_and_quote():
    doc = html_doc("slash_story.html")
    pete = doc.posts[3]
    # folding the reply above it hides that reply's words, not those of the shown reply nested in it
    assert pete.text == "Not on south-facing slopes."
    [quote] = pete.quotes  # the quote button's block names no one: the post it copies does
    assert (quote.text, quote.quoted_author, quote.quoted_author_source, quote.source_post_id) == (
        "The panels keep the soil from drying out in summer.", "meadowmike", "source_post", doc.posts[1].post_id)


def test_slash_collapsed_reply_is_no_post_and_its_score_is_not_its_parents():
    doc = html_doc("slash_story.html")
    # the one-line reply (score 0, its words hidden on the page) inside wattwatcher's comment
    assert "grumpygoat" not in [p.author for p in doc.posts]
    assert doc.posts[2].text == "Do the sheep rub against the wiring?"
    assert Removed("Goats would have eaten the panels by now.", "collapsed") in doc.removed
    assert chrome_left(doc, ("Score", "Share", "twitter", "Shade helps the grass too", "Wool and watts", "#9001")) == []


def test_slash_reply_opening_with_its_parents_words_in_italics_quotes_them():
    doc = html_doc("slash_story.html")
    hayloft = doc.posts[4]
    [quote] = hayloft.quotes
    assert (quote.text, quote.quoted_author, quote.quoted_author_source) == (
        "Do the sheep rub against the wiring?", "wattwatcher", "source_post")
    assert quote.source_post_id == doc.posts[2].post_id and hayloft.text == "Only the curious ones."
    # a post that is all its own words quotes nothing
    assert [len(p.quotes) for p in doc.posts] == [0, 0, 0, 1, 1]
