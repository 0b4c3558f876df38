from tests.forum_fixtures import chrome_left, nested_reply, reply, text_doc
from threadclean.model import Reaction, Removed


def test_kunena3_dump_date_line_opens_each_post_name_first_in_pane():
    doc = text_doc("kunena3_topic.txt")
    assert (doc.engine, doc.page_kind, doc.title) == ("kunena", "thread", "Pond pump keeps tripping the breaker")
    # "<subject> <date> #<id>" opens a post; the pane's first item is the name (ranks and counts follow)
    assert [(p.author, p.posted_at_raw) for p in doc.posts] == [
        ("koi_keeper", "2 years 6 months ago"), ("Marsh Marigold", "2 years 6 months ago"),
        ("koi_keeper", "2 years 6 months ago")]
    assert doc.posts[0].parts == [
        "Since the spring clean my pump trips the breaker after about ten minutes.\n\n"
        "The cable looks fine. Any idea what to check first?"]


def test_kunena3_dump_inline_quote_headers_thanks_ad_and_signature():
    doc = text_doc("kunena3_topic.txt")
    # "X wrote: <words>": the quote starts on its header's line
    assert reply(doc.posts[1]) == (("koi_keeper", "The cable looks fine. Any idea what to check first?", None, 1),
                                   "Water in the junction box, nine times out of ten. Dry it out and seal it.")
    assert nested_reply(doc.posts[2]) == (
        ("Marsh Marigold", "Water in the junction box, nine times out of ten.", None, 1),
        [("koi_keeper", "Any idea what to check first?", None, 2)],
        "That was it: the box was half full. Thank you!")
    assert doc.posts[1].reactions == [Reaction("thanks", 2)]
    assert Removed("Note: BBCode and smileys can be used.", "editor") in doc.removed
    assert doc.removed.count(Removed("Two ponds, eleven koi, one tired breaker", "signature")) == 2
    assert chrome_left(doc, ("wrote:", "Last Edit", "Attachments", "BBCode", "Thank You", "Posts:", "Fresh Boarder",
                             "half price", "Sponsored", "users online", "TOPIC:", "#9021", "Reply Quote")) == []


def test_kunena3_dump_cut_short_by_the_reply_form_is_a_one_post_thread():
    # a self-closing <textarea/> in the hidden reply form swallows the rest of the page in the dump
    doc = text_doc("kunena3_swallowed.txt")
    assert (doc.engine, doc.page_kind) == ("kunena", "thread")
    assert [(p.author, p.text) for p in doc.posts] == [(
        "koi_keeper", "Since the spring clean my pump trips the breaker after about ten minutes.\n\n"
        "The cable looks fine. Any idea what to check first?")]


def test_kunena6_dump_pane_above_date_line_and_linked_quote_header():
    doc = text_doc("kunena6_topic.txt")
    assert (doc.engine, doc.title) == ("kunena", "Best mulch for a shade border")
    # the pane (name first) is printed above "<date> #<id> [by <name>]"; "X replied the topic: <title>" is chrome
    assert [(p.author, p.posted_at_raw) for p in doc.posts] == [
        ("hostafan", "1 year 9 months ago"), ("Fern Gully", "1 year 9 months ago"), ("hostafan", "1 year 9 months ago")]
    assert doc.posts[0].parts == ["My north border stays damp all year.\nBark or leaf mould?"]
    assert reply(doc.posts[1]) == (("hostafan", "Bark or leaf mould?", None, 1),
                                   "Leaf mould. Bark robs the soil of nitrogen while it rots.")
    assert doc.posts[1].quotes[0].source_post_id == doc.posts[0].post_id
    assert reply(doc.posts[2]) == (("Fern Gully", "Leaf mould.", None, 1), "Two bags down, thanks.")
    assert doc.posts[1].reactions == [Reaction("thanks", 3)]
    assert [r.reason for r in doc.removed if r.text == "Advertisement"] == ["ad"]
    assert chrome_left(doc, ("wrote:", "replied the topic", "created a new topic", "Topic Author", "Junior Member",
                             "Thank you", "20% off", "#55", "Hostas before")) == []
