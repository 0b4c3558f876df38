from datetime import UTC, datetime

from tests.forum_fixtures import authors_and_ids, chrome_left, html_doc, nested_reply, reply
from threadclean.model import Reaction, Removed


def test_kunena3_posts_authors_dates_from_hover_titles():
    doc = html_doc("kunena3_topic.html")
    assert (doc.engine, doc.page_kind, doc.title) == ("kunena", "thread", "Pond pump keeps tripping the breaker")
    # the sponsored block reuses div.kbody without a post id; the who-is-online block has none either
    assert authors_and_ids(doc) == [("koi_keeper", "90211"), ("Marsh Marigold", "90215"), ("koi_keeper", "90230")]
    # the page shows "2 years 6 months ago"; the hover title holds the date
    assert [p.posted_at_raw for p in doc.posts] == ["14 May 2021 19:05", "14 May 2021 21:47", "15 May 2021 08:12"]
    assert doc.posts[0].posted_at == datetime(2021, 5, 14, 19, 5, tzinfo=UTC)
    assert doc.posts[0].parts == [
        "Since the spring clean my pump trips the breaker after about ten minutes.\n\n"
        "The cable looks fine. Any idea what to check first?"]


def test_kunena3_inline_quote_headers_nested_quotes_thanks_signature():
    doc = html_doc("kunena3_topic.html")
    # "X wrote:" opens the quote's own words: it names the author and leaves the text
    assert reply(doc.posts[1]) == (("koi_keeper", "The cable looks fine. Any idea what to check first?", None, 1),
                                   "Water in the junction box, nine times out of ten. Dry it out and seal it.")
    assert nested_reply(doc.posts[2]) == (
        ("Marsh Marigold", "Water in the junction box, nine times out of ten.", None, 1),
        [("koi_keeper", "Any idea what to check first?", None, 2)],
        "That was it: the box was half full. Thank you!")
    assert doc.posts[1].reactions == [Reaction("thanks", 2)]
    assert doc.removed.count(Removed("Two ponds, eleven koi, one tired breaker", "signature")) == 2
    assert chrome_left(doc, ("wrote:", "Last Edit", "Attachments", "Submit", "BBCode", "Thank You", "Posts:",
                             "Fresh Boarder", "half price", "users online", "Page:", "TOPIC:")) == []


def test_kunena6_rows_linked_quote_source_and_signature():
    doc = html_doc("kunena6_topic.html")
    assert (doc.engine, doc.title) == ("kunena", "Best mulch for a shade border")
    # the sale banner is a row without a post id
    assert authors_and_ids(doc) == [("hostafan", "5521"), ("Fern Gully", "5524"), ("hostafan", "5530")]
    assert doc.posts[1].posted_at == datetime(2024, 2, 12, 11, 2, tzinfo=UTC)
    # Kunena 6 prints "X wrote:" as a link to the quoted post
    assert reply(doc.posts[1]) == (("hostafan", "Bark or leaf mould?", "5521", 1),
                                   "Leaf mould. Bark robs the soil of nitrogen while it rots.")
    assert doc.posts[1].quotes[0].source_post_id == doc.posts[0].post_id
    assert reply(doc.posts[2]) == (("Fern Gully", "Leaf mould.", None, 1), "Two bags down, thanks.")
    assert doc.posts[1].reactions == [Reaction("thanks", 3)]
    assert doc.removed.count(Removed("Hostas before slugs", "signature")) == 2
    assert chrome_left(doc, ("wrote:", "created a new topic", "replied the topic", "Topic Author", "More", "Offline",
                             "Thank you", "20% off", "ago")) == []
