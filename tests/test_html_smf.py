from datetime import UTC, datetime

from tests.forum_fixtures import authors_and_ids, chrome_left, html_doc, nested_reply, reply
from threadclean.model import Reaction, Removed

CHROME = ("Quote from:", "Logged", "Pages", "Go Down", "Reply #", "Advertisement", "Glaze sale", "smokers")


def test_smf2_posts_dates_likes_and_ad():
    doc = html_doc("smf2_topic.html")
    assert (doc.engine, doc.page_kind, doc.title) == ("smf", "thread", "Kiln shelf cracked on first firing")
    # the advertisement reuses div.post_wrapper but has no msg_N body id
    assert authors_and_ids(doc) == [("marlow", "9101"), ("Ottoline", "9102"), ("marlow", "9107")]
    assert [p.posted_at_raw for p in doc.posts] == [
        "March 02, 2024, 08:14:10 PM", "March 02, 2024, 09:40:55 PM", "March 03, 2024, 07:05:00 AM"]
    assert doc.posts[0].posted_at == datetime(2024, 3, 2, 20, 14, 10, tzinfo=UTC)
    assert doc.posts[0].parts == ["My new cordierite shelf split straight across during a bisque firing.\n\n"
                                  "Was it the ramp speed?"]
    assert [p.reactions for p in doc.posts] == [[Reaction("like", 2)], [Reaction("like", 1)], []]


def test_smf2_cite_quotes_nested_with_message_ids():
    doc = html_doc("smf2_topic.html")
    assert reply(doc.posts[1]) == (
        ("marlow", "Was it the ramp speed?", "9101", 1),
        "Probably. Keep it under 100 degrees an hour until 600.")
    assert doc.posts[1].quotes[0].quoted_when_raw == "March 02, 2024, 08:14:10 PM"
    assert nested_reply(doc.posts[2]) == (
        ("Ottoline", "Probably. Keep it under 100 degrees an hour until 600.", "9102", 1),
        [("marlow", "Was it the ramp speed?", "9101", 2)],
        "Slower ramp worked, the new shelf survived.")
    assert doc.removed.count(Removed("Throwing mugs since 2019", "signature")) == 2
    assert Removed("Read the kiln manual first", "signature") in doc.removed
    assert chrome_left(doc, CHROME + ("Throwing mugs", "people like this")) == []


def test_smf1_table_layout_posts_and_dates():
    doc = html_doc("smf1_topic.html")
    # "Topic: X (Read N times)" in #top_subject is not the title; the page title is the subject
    assert (doc.engine, doc.title) == ("smf", "Beehive wintering in a cold garage")
    assert authors_and_ids(doc) == [("hazelbrook", "30411"), ("Quillon", "30415"), ("hazelbrook", "30420")]
    assert [p.posted_at_raw for p in doc.posts] == [
        "November 14, 2009, 06:02:17 PM", "November 14, 2009, 08:30:02 PM", "November 15, 2009, 09:12:45 AM"]
    assert doc.posts[2].posted_at == datetime(2009, 11, 15, 9, 12, 45, tzinfo=UTC)
    assert doc.posts[0].parts == ["Can a hive sit in an unheated garage over winter?\n\n"
                                  "The entrance would face a window."]


def test_smf1_quote_headers_before_the_block():
    doc = html_doc("smf1_topic.html")
    assert reply(doc.posts[1]) == (
        ("hazelbrook", "The entrance would face a window.", "30411", 1),
        "Then the bees will fly at the glass on warm days. Block the light.")
    assert doc.posts[1].quotes[0].quoted_when_raw == "November 14, 2009, 06:02:17 PM"
    assert nested_reply(doc.posts[2]) == (
        ("Quillon", "Then the bees will fly at the glass on warm days. Block the light.", "30415", 1),
        [("hazelbrook", "The entrance would face a window.", "30411", 2)],
        "Covered the window with cardboard. Thanks!")
    assert doc.removed.count(Removed("Two hives, one very angry", "signature")) == 2
    assert chrome_left(doc, CHROME + ("Two hives", "Read 417 times")) == []
