from tests.forum_fixtures import chrome_left, text_doc
from threadclean.model import Removed


def test_ipb3_dump_panes_posted_lines_and_numbered_names():
    doc = text_doc("ipb3_topic.txt")
    assert (doc.engine, doc.title) == ("ips", "Which tyres for a winter commute?")
    # "<name> #<n>" opens the pane; "Posted <date>" closes it
    assert [(p.author, p.posted_at_raw) for p in doc.posts] == [
        ("gritbin", "20 November 2012 - 07:45 AM"), ("Audax Annie", "20 November 2012 - 09:02 AM"),
        ("gritbin", "21 November 2012 - 06:30 PM")]


def test_ipb3_dump_quotes_with_and_without_their_citation():
    doc = text_doc("ipb3_topic.txt")
    # 3.4 prints the citation with a script: the dump holds the quoted words only, copied from the first post
    quote, own = doc.posts[1].parts
    assert (quote.quoted_author, quote.text, quote.source_post_id, own) == (
        "gritbin", "Studded or just wider tyres?", doc.posts[0].post_id,
        "Studded on the front at least. Your collarbones will thank you.")
    outer = doc.posts[2].quotes[0]
    assert (outer.quoted_author, outer.quoted_when_raw, outer.text) == (
        "Audax Annie", "20 November 2012 - 09:02 AM", "Studded on the front at least.")
    assert [(q.quoted_author, q.text) for q in outer.quotes] == [("gritbin", "Studded or just wider tyres?")]
    assert doc.posts[2].text == "Ordered a pair. Thanks!"
    assert Removed("This post has been edited by Audax Annie: 20 November 2012 - 09:05 AM", "edited") in doc.removed
    assert doc.removed.count(Removed("Steel is real", "signature")) == 2
    assert chrome_left(doc, ("said:", "Posted", "edited by", "MultiQuote", "posts", "Member", "IP.Board",
                             "#1")) == []
