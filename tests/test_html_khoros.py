from datetime import UTC, datetime

from tests.forum_fixtures import authors_and_ids, chrome_left, html_doc, reply
from threadclean.model import Reaction, Removed


def test_khoros_messages_split_date_and_time_kudos():
    doc = html_doc("khoros_topic.html")
    assert (doc.engine, doc.page_kind, doc.title) == ("khoros", "thread", "Playlist stops after one song")
    # the accepted solution is printed twice (above the replies, then in its place): kept once
    assert authors_and_ids(doc) == [("wavyline", "482211"), ("SoundMod", "482240"), ("wavyline", "482255")]
    # the local date and time sit in two spans, their texts run together ("06-12-201911:23 AM")
    assert [p.posted_at for p in doc.posts] == [datetime(2019, 6, 12, 11, 23, tzinfo=UTC),
                                                datetime(2019, 6, 12, 13, 5, tzinfo=UTC),
                                                datetime(2019, 6, 13, 8, 47, tzinfo=UTC)]
    assert [p.reactions for p in doc.posts] == [[Reaction("kudos", 3)], [Reaction("kudos", 12)], []]
    assert doc.posts[0].parts == ["Since the last update my playlists stop after the first song.\n\n"
                                  "Tried reinstalling, same thing."]


def test_khoros_quote_opened_by_linked_name_and_signatures():
    doc = html_doc("khoros_topic.html")
    assert reply(doc.posts[1]) == (("wavyline", "Tried reinstalling, same thing.", None, 1),
                                   "Turn off crossfade in Settings, then log out and back in.")
    assert doc.posts[1].quotes[0].source_post_id == doc.posts[0].post_id
    assert doc.removed.count(Removed("Headphones on, world off", "signature")) == 2
    assert chrome_left(doc, ("wrote:", "Kudos", "Casual Listener", "Accepted Solutions", "View solution",
                             "Headphones")) == []
