from datetime import UTC, datetime

from tests.forum_fixtures import authors_and_ids, chrome_left, html_doc, nested_reply, reply
from threadclean.model import Removed


def test_ipb3_posts_authors_iso_dates():
    doc = html_doc("ipb3_topic.html")
    assert (doc.engine, doc.page_kind, doc.title) == ("ips", "thread", "Which tyres for a winter commute?")
    assert authors_and_ids(doc) == [("gritbin", "50211"), ("Audax Annie", "50219"), ("gritbin", "50240")]
    assert [p.posted_at for p in doc.posts] == [datetime(2012, 11, 20, 7, 45, 12, tzinfo=UTC),
                                                datetime(2012, 11, 20, 9, 2, 40, tzinfo=UTC),
                                                datetime(2012, 11, 21, 18, 30, tzinfo=UTC)]
    assert doc.posts[0].parts == ["The roads here are gritted half the time and icy the rest.\n\n"
                                  "Studded or just wider tyres?"]


def test_ipb3_attribute_quotes_and_citation_quotes():
    doc = html_doc("ipb3_topic.html")
    # 3.4: the author, time and quoted post are attributes of the block
    assert reply(doc.posts[1]) == (("gritbin", "Studded or just wider tyres?", "50211", 1),
                                   "Studded on the front at least. Your collarbones will thank you.")
    assert doc.posts[1].quotes[0].quoted_when_raw == "1353397512"
    # 3.0-3.3: a "X, on <date>, said:" citation before each block
    assert nested_reply(doc.posts[2]) == (("Audax Annie", "Studded on the front at least.", None, 1),
                                          [("gritbin", "Studded or just wider tyres?", None, 2)],
                                          "Ordered a pair. Thanks!")
    assert doc.posts[2].quotes[0].quoted_when_raw == "20 November 2012 - 09:02 AM"
    assert doc.removed.count(Removed("Steel is real", "signature")) == 2
    assert chrome_left(doc, ("said:", "Posted", "edited by", "MultiQuote", "Report", "posts", "Member",
                             "IP.Board", "#1")) == []
