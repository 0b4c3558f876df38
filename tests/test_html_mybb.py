from datetime import UTC, datetime

from tests.forum_fixtures import authors_and_ids, chrome_left, html_doc, nested_reply, reply
from threadclean.model import Removed


def test_mybb_posts_authors_dates():
    doc = html_doc("mybb_topic.html")
    # the subject, not the "Threaded Mode" link that shares the header cell
    assert (doc.engine, doc.page_kind, doc.title) == ("mybb", "thread", "Chain keeps slipping on the small cog")
    # the sponsored block reuses div.post without a post_N id
    assert authors_and_ids(doc) == [("pedalpusher", "7001"), ("Greaserag", "7004"), ("pedalpusher", "7010")]
    # the edit note inside .post_date is not part of the date
    assert [p.posted_at_raw for p in doc.posts] == ["05-20-2023, 04:12 PM", "05-20-2023, 05:47 PM",
                                                    "05-21-2023, 09:30 AM"]
    assert doc.posts[1].posted_at == datetime(2023, 5, 20, 17, 47, tzinfo=UTC)
    assert doc.posts[0].parts == ["Under load the chain jumps on the 11 tooth cog.\n\nNew chain, old cassette."]


def test_mybb_quotes_with_date_author_and_post_id():
    doc = html_doc("mybb_topic.html")
    assert reply(doc.posts[1]) == (
        ("pedalpusher", "New chain, old cassette.", "7001", 1),
        "That is the cause. A worn cog skips with a fresh chain.")
    assert doc.posts[1].quotes[0].quoted_when_raw == "05-20-2023, 04:12 PM"
    assert nested_reply(doc.posts[2]) == (
        ("Greaserag", "That is the cause. A worn cog skips with a fresh chain.", "7004", 1),
        [("pedalpusher", "New chain, old cassette.", "7001", 2)],
        "Swapped the cassette and it runs quiet now.")
    assert doc.removed.count(Removed("Commuting 20 km a day", "signature")) == 2
    assert chrome_left(doc, ("Wrote:", "This post was last modified", "Pages (2)", "Next »", "Threaded Mode",
                             "Tune-up kits", "Commuting", "Reputation", "Find")) == []
