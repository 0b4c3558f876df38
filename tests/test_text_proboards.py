from tests.forum_fixtures import chrome_left, text_doc


def test_proboards_dump_mini_profiles_and_quote_headers():
    doc = text_doc("proboards_thread.txt")
    assert (doc.engine, doc.page_kind, doc.title) == ("proboards", "thread", "Brake squeal after new pads")
    assert [(p.author, p.posted_at_raw) for p in doc.posts] == [
        ("lambretta_lou", "May 14, 2020 13:25:00 GMT"), ("Vespa Vic", "May 14, 2020 15:30:00 GMT"),
        ("sprocket", "May 15, 2020 12:30:00 GMT")]
    quote, own = doc.posts[1].parts
    assert (quote.quoted_author, quote.quoted_when_raw, quote.text, own) == (
        "lambretta_lou", "May 14, 2020 at 1:25pm", "Anyone seen this?",
        "Glaze them with a few hard stops, then check the caliper is not sticking.")
    outer = doc.posts[2].quotes[0]
    assert (outer.quoted_author, outer.text, [(q.quoted_author, q.text) for q in outer.quotes]) == (
        "Vespa Vic", "Glaze them with a few hard stops.", [("lambretta_lou", "Anyone seen this?")])
    assert doc.posts[2].text == "Copper grease on the back of the pads worked for me."
    assert chrome_left(doc, ("Quote from", "Last Edit", "Junior Member", "Posts:", "Li150", "Prev",
                             "ProBoards")) == []
