from datetime import UTC, datetime

from tests.forum_fixtures import authors_and_ids, chrome_left, html_doc, nested_reply, reply
from threadclean.model import Removed


def test_bbpress_posts_dates_from_the_header_row_above_each_post():
    doc = html_doc("bbpress_topic.html")
    assert (doc.engine, doc.page_kind, doc.title) == ("bbpress", "thread", "Grafting apple trees in spring")
    # the ad row sits among the posts without a WordPress post id ("post-N" class); 809 is a threaded reply, listed
    # under the post it answers
    assert authors_and_ids(doc) == [("appleman", "801"), ("pipfruit", "807"), ("crabapple", "809"),
                                    ("appleman", "812")]
    # the date is in the header row printed before the post's own div, not inside it
    assert [p.posted_at for p in doc.posts] == [datetime(2021, 3, 5, 14, 14, tzinfo=UTC),
                                                datetime(2021, 3, 5, 18, 40, tzinfo=UTC),
                                                datetime(2021, 3, 5, 19, 15, tzinfo=UTC),
                                                datetime(2021, 3, 6, 8, 2, tzinfo=UTC)]
    assert doc.posts[0].parts == ["Is it too late to whip-and-tongue graft once the buds have broken?\n\n"
                                  "My rootstock arrived late this year."]


def test_bbpress_titled_and_plain_quotes_revision_log_signature():
    doc = html_doc("bbpress_topic.html")
    assert reply(doc.posts[1]) == (
        ("appleman", "Is it too late to whip-and-tongue graft once the buds have broken?", "801", 1),
        "Not if the scion wood is still dormant. Keep it in the fridge.")
    assert doc.posts[1].quotes[0].source_post_id == doc.posts[0].post_id
    assert nested_reply(doc.posts[3]) == (
        ("pipfruit", "Not if the scion wood is still dormant.", None, 1),  # named by the post it came from
        [("appleman", "My rootstock arrived late this year.", "801", 2)],
        "Good to know, thanks. Fridge it is.")
    outer = doc.posts[3].quotes[0]
    assert (outer.quoted_author_source, outer.quotes[0].quoted_author_source) == ("source_post", "quote")
    assert doc.removed.count(Removed("Cox, Bramley and a stubborn Egremont", "signature")) == 2
    assert [r.reason for r in doc.removed if r.text.startswith("This reply was modified")] == ["editor"]
    assert chrome_left(doc, ("wrote:", "modified", "Participant", "Keymaster", "30% off", "Advertisement",
                             "Viewing 3 posts", "logged in", "#80")) == []
