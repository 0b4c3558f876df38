from datetime import UTC, datetime

from tests.forum_fixtures import authors_and_ids, chrome_left, html_doc, nested_reply, reply
from threadclean.model import Removed


def test_proboards_rows_guests_and_epoch_millisecond_dates():
    doc = html_doc("proboards_thread.html")
    assert (doc.engine, doc.page_kind, doc.title) == ("proboards", "thread", "Brake squeal after new pads")
    # a guest's name is a span in the mini profile, not a profile link
    assert authors_and_ids(doc) == [("lambretta_lou", "10311"), ("Vespa Vic", "10318"), ("sprocket", "10326")]
    assert [p.posted_at for p in doc.posts] == [datetime(2020, 5, 14, 13, 25, tzinfo=UTC),
                                                datetime(2020, 5, 14, 15, 30, tzinfo=UTC),
                                                datetime(2020, 5, 15, 12, 30, tzinfo=UTC)]
    assert doc.posts[0].parts == ["Fitted new pads last weekend and now the front squeals at every stop.\n\n"
                                  "Anyone seen this?"]


def test_proboards_quotes_name_their_source_post():
    doc = html_doc("proboards_thread.html")
    assert reply(doc.posts[1]) == (("lambretta_lou", "Anyone seen this?", "10311", 1),
                                   "Glaze them with a few hard stops, then check the caliper is not sticking.")
    assert nested_reply(doc.posts[2]) == (("Vespa Vic", "Glaze them with a few hard stops.", "10318", 1),
                                          [("lambretta_lou", "Anyone seen this?", "10311", 2)],
                                          "Copper grease on the back of the pads worked for me.")
    assert doc.posts[2].quotes[0].source_post_id == doc.posts[1].post_id
    assert Removed("Li150 Series 3, slowly", "signature") in doc.removed
    assert chrome_left(doc, ("Quote from", "Last Edit", "Junior Member", "Posts:", "Li150", "Prev",
                             "ProBoards")) == []
