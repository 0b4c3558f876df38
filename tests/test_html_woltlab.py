from datetime import UTC, datetime

from tests.forum_fixtures import FIXTURES, authors_and_ids, chrome_left, html_doc, nested_reply, reply, text_doc
from threadclean import clean_text
from threadclean.model import Reaction, Removed


def test_woltlab_posts_machine_dates_and_reactions():
    doc = html_doc("woltlab_topic.html")
    assert (doc.engine, doc.page_kind, doc.title) == ("woltlab", "thread", "Tube amp hums after valve swap")
    # the ad reuses article.wbbPost without data-post-id
    assert authors_and_ids(doc) == [("quinta", "44810"), ("B.R. Ampwright", "44815"), ("quinta", "44831")]
    assert [p.posted_at for p in doc.posts] == [datetime(2021, 7, 4, 16, 22, 10, tzinfo=UTC),
                                                datetime(2021, 7, 4, 17, 5, 41, tzinfo=UTC),
                                                datetime(2021, 7, 5, 7, 48, tzinfo=UTC)]
    assert [p.posted_at_raw for p in doc.posts] == ["Jul 4th 2021", "Jul 4th 2021", "Jul 5th 2021"]
    # the reaction is named by its icon's alt text
    assert [p.reactions for p in doc.posts] == [[Reaction("like", 3)], [Reaction("thanks", 5)], []]
    assert doc.posts[0].parts == ["I swapped both power valves and now there is a loud hum at idle.\n\n"
                                  "Do I need to rebias?"]


def test_woltlab_quote_boxes_with_post_ids():
    doc = html_doc("woltlab_topic.html")
    assert reply(doc.posts[1]) == (
        ("quinta", "Do I need to rebias?", "44810", 1),
        "Yes, always rebias after new power valves.")
    assert nested_reply(doc.posts[2]) == (
        ("B.R. Ampwright", "Yes, always rebias after new power valves.", "44815", 1),
        [("quinta", "Do I need to rebias?", "44810", 2)],
        "Rebiased and the hum is gone.")
    assert Removed("Playing through a 1974 combo", "signature") in doc.removed
    assert Removed("Edited once, last by B.R. Ampwright (Jul 4th 2021, 7:10pm).", "editor") in doc.removed
    assert chrome_left(doc, ("Quote from", "Expand", "Edited once", "Reactions Received", "Page 1 of 2",
                             "speaker cabinets", "Playing through", "Amp repairs")) == []


def test_woltlab_text_dump():
    doc = text_doc("woltlab_topic.txt")
    assert (doc.engine, doc.title) == ("woltlab", "Tube amp hums after valve swap")
    assert [(p.author, p.posted_at_raw) for p in doc.posts] == [
        ("quinta", "Jul 4th 2021"), ("B.R. Ampwright", "Jul 4th 2021"), ("quinta", "Jul 5th 2021")]
    assert [p.reactions for p in doc.posts] == [[Reaction("like", 3)], [Reaction("thanks", 5)], []]
    assert doc.posts[0].parts == ["I swapped both power valves and now there is a loud hum at idle.\n\n"
                                  "Do I need to rebias?"]
    # a signature shown under one post only cannot be told from the post's words in a dump
    assert reply(doc.posts[1]) == (("quinta", "Do I need to rebias?", None, 1),
                                   "Yes, always rebias after new power valves.\n\nAmp repairs since 1998")
    assert nested_reply(doc.posts[2]) == (
        ("B.R. Ampwright", "Yes, always rebias after new power valves.", None, 1),
        [("quinta", "Do I need to rebias?", None, 2)],
        "Rebiased and the hum is gone.")
    assert doc.removed.count(Removed("Playing through a 1974 combo", "signature")) == 2
    assert chrome_left(doc, ("Quote from", "Expand", "Edited once", "Reactions Received", "Page 1 of 2",
                             "speaker cabinets", "Playing through", "Forum Software")) == []


def test_woltlab_text_dump_count_with_thousands_dots():
    # a German board's count parts thousands with a dot ("1.234"): read as 1234, where it had failed the page
    dump = (FIXTURES / "text" / "woltlab_topic.txt").read_text(encoding="utf-8").replace("    Like 3", "    Like 1.234")
    doc = clean_text(dump)
    assert doc.status == "ok" and doc.posts[0].reactions == [Reaction("like", 1234)]
