from tests.forum_fixtures import chrome_left, text_doc
from threadclean.model import Removed


def test_bbpress_dump_date_and_id_line_opens_each_post():
    doc = text_doc("bbpress_topic.txt")
    # the title is the last of the breadcrumbs printed on one line
    assert (doc.engine, doc.page_kind, doc.title) == ("bbpress", "thread", "Grafting apple trees in spring")
    # "<date>#<id>", then the name and the forum role
    assert [(p.author, p.posted_at_raw) for p in doc.posts] == [
        ("appleman", "March 5, 2021 at 2:14 pm"), ("pipfruit", "March 5, 2021 at 6:40 pm"),
        ("crabapple", "March 5, 2021 at 7:15 pm"), ("appleman", "March 6, 2021 at 8:02 am")]
    assert doc.posts[0].parts == ["Is it too late to whip-and-tongue graft once the buds have broken?\n\n"
                                  "My rootstock arrived late this year."]


def test_bbpress_dump_quote_titles_revision_log_ad_and_repeated_signature():
    doc = text_doc("bbpress_topic.txt")
    quote, own = doc.posts[1].parts
    assert (quote.quoted_author, quote.text, own) == (
        "appleman", "Is it too late to whip-and-tongue graft once the buds have broken?",
        "Not if the scion wood is still dormant. Keep it in the fridge.")
    assert doc.posts[1].quotes[0].source_post_id == doc.posts[0].post_id
    assert doc.posts[2].parts == ["A damp paper towel in a bag does the same job."]
    assert (doc.posts[3].quotes[0].quoted_author, doc.posts[3].quotes[0].text) == (
        "appleman", "My rootstock arrived late this year.")
    assert doc.posts[3].parts[-1].endswith("Good to know, thanks. Fridge it is.")
    assert Removed("This reply was modified 3 years ago by pipfruit.", "edited") in doc.removed
    assert doc.removed.count(Removed("Cox, Bramley and a stubborn Egremont", "signature")) == 2
    assert chrome_left(doc, ("wrote:", "modified", "Participant", "Keymaster", "30% off", "Advertisement",
                             "Viewing 3 posts", "logged in", "#80", "This topic has")) == []
