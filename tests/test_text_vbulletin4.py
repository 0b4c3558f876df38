"""vBulletin 4 text dumps: posts as <ol> items with the date first, the author pane under the date line."""

from tests.forum_fixtures import text_doc


def test_numbered_date_lines_and_the_pane_under_them():
    doc = text_doc("vbulletin4_thread.txt")
    assert doc.engine == "vbulletin" and doc.title == "Raised beds: wood or metal?"
    assert [(p.author, p.posted_at_raw) for p in doc.posts] == [
        ("cedarfan", "03-02-2024, 09:03 AM"), ("galvo", "03-02-2024, 01:50 PM"), ("cedarfan", "03-03-2024, 08:12 AM")]
    assert [p.text for p in doc.posts] == [
        "I am building two raised beds this spring.\n\nIs untreated cedar worth the price, or should I buy metal beds?",
        "Metal beds warm up faster in spring and last for decades.",
        "Metal it is. Thanks for the advice."]


def test_quote_ends_where_the_reply_goes_on_without_a_blank_line():
    quote = text_doc("vbulletin4_thread.txt").posts[1].quotes[0]
    assert (quote.quoted_author, quote.text) == ("cedarfan", "Is untreated cedar worth the price, or should I buy metal beds?")
    assert quote.source_post_id.endswith(":1")


def test_pane_labels_values_buttons_subject_and_signature_are_removed():
    doc = text_doc("vbulletin4_thread.txt")
    removed = [(r.text, r.reason) for r in doc.removed]
    pane = ["03-02-2024, 09:03 AM #1", "cedarfan", "View Profile", "View Forum Posts", "View Forum Threads",
            "cedarfan is offline", "Junior Member", "Join Date", "Mar 2016", "Location", "Leeds", "Posts", "112"]
    assert [(t, "author_pane") for t in pane] == removed[removed.index(("03-02-2024, 09:03 AM #1", "author_pane")):][:13]
    assert ("Reply With QuoteReply With Quote 0 Not allowed!", "share") in removed
    assert ("Raised beds: wood or metal?", "subject") in removed
    assert removed.count(("Leeds allotment, plot 14", "signature")) == 2
    assert ("Switch to Threaded Mode", "navigation") in removed and ("Results 1 to 3 of 3", "navigation") in removed


def test_german_vbulletin4_buttons_labels_avatar_alt_and_quote_header():
    # "Zitieren Zitieren" closes a post, "Junior Member Avatar von jdoe" is pane, "Quote Zitat von jdoe View Post" quotes
    doc = text_doc("vbulletin4_de_thread.txt")
    assert doc.engine == "vbulletin" and doc.title == "Raised beds: wood or metal?"
    assert [(p.author, p.posted_at_raw, p.text) for p in doc.posts] == [
        ("cedarfan", "03-02-2024, 09:03 AM",
         "I am building two raised beds this spring.\n\nIs untreated cedar worth the price, or should I buy metal beds?"),
        ("galvo", "03-02-2024, 01:50 PM", "Metal beds warm up faster in spring and last for decades."),
        ("cedarfan", "03-03-2024, 08:12 AM", "Metal it is. Thanks for the advice.")]
    assert doc.posts[1].quotes[0].quoted_author == "cedarfan"
    removed = [(r.text, r.reason) for r in doc.removed]
    assert ("Junior Member Avatar von cedarfan", "author_pane") in removed and ("Registriert seit", "author_pane") in removed
    assert removed.count(("Leeds allotment, plot 14", "signature")) == 2
