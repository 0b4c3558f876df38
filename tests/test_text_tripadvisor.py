from tests.forum_fixtures import FIXTURES, chrome_left, text_doc
from threadclean import clean_text


def test_tripadvisor_dump_names_atop_their_panes():
    doc = text_doc("tripadvisor_topic.txt")
    assert (doc.engine, doc.page_kind, doc.title) == ("tripadvisor", "thread", "Lisbon trams with a stroller?")
    # the name opens each pane; the home town and badges under it are no names, the counts member info
    assert [(p.author, p.posted_at_raw) for p in doc.posts] == [
        ("ramblingrosa", "Apr 3, 2025, 8:12 AM"), ("tiledtraveller", "Apr 3, 2025, 9:40 AM"),
        (None, "Apr 3, 2025, 10:02 AM"), ("ramblingrosa", "Apr 3, 2025, 11:30 AM")]
    assert [p.text for p in doc.posts] == [
        "We are taking our toddler to Lisbon in May. Can we take a folded stroller on tram 28?",
        "Folded, yes, but tram 28 is packed from ten in the morning. Ride it early or take the bus.",
        "The lifts in Alfama help a lot with a stroller.", "Thank you both, we will go early."]
    assert chrome_left(doc, ("Leeds", "Destination Expert", "for Lisbon", "helpful votes", "Re:", "Reply", "Report",
                             "Sorted by", "Watch this Topic", "Top questions", "forum posts")) == []


def test_tripadvisor_first_post_pane_over_the_title():
    # the first post prints the thread's title between its pane and its date: the pane's top line is its author
    text = (FIXTURES / "text" / "tripadvisor_topic.txt").read_text(encoding="utf-8")
    doc = clean_text(text.replace("    ramblingrosa\n    Leeds, United Kingdom\n    12 posts\n    3 helpful votes\n"
                                  "    Lisbon trams", "    rosa_r\n    Leeds\n    1 post\n    Lisbon trams", 1))
    assert doc.posts[0].author == "rosa_r"
