from pathlib import Path

from threadclean import clean_html
from threadclean.model import Quote, Removed

FIXTURES = Path(__file__).parent.parent / "fixtures" / "html"


def test_phpbb_topic():
    doc = clean_html((FIXTURES / "phpbb_topic.html").read_bytes(), source="p")
    assert (doc.engine, doc.title) == ("phpbb", "Pump wiring question")
    # the advertisement block reuses the post class but has no pN id
    assert [(p.author, p.native_id) for p in doc.posts] == [("henry", "501"), ("ivy", "502"), ("henry", "503")]
    assert doc.posts[0].posted_at_raw == "Sun Dec 17, 2023 11:23 am"
    assert doc.posts[0].parts == ["Which relay should drive a 12V pump?\n\nIt draws 3A."]
    quote, own = doc.posts[1].parts
    assert (quote.quoted_author, quote.quoted_when_raw, quote.text, quote.source_ref, own) == (
        "henry", "Sun Dec 17, 2023 11:23 am", "It draws 3A.", "501", "Any 10A automotive relay will do.")


def test_phpbb_nested_uncited_and_bbcode_quotes():
    doc = clean_html((FIXTURES / "phpbb_topic.html").read_bytes(), source="p")
    outer, own, bbcode, tail = doc.posts[2].parts
    assert (outer.quoted_author, outer.text, outer.source_ref) == ("ivy", "Any 10A automotive relay will do.", "502")
    [uncited] = outer.quotes
    assert (uncited.quoted_author, uncited.text, uncited.depth) == ("henry", "It draws 3A.", 2)
    assert (uncited.quoted_author_source, outer.quoted_author_source) == ("source_post", "quote")
    assert own == "Works, thanks." and tail == "Added the diode too."
    assert isinstance(bbcode, Quote) and (bbcode.quoted_author, bbcode.text) == ("ivy", "Use a flyback diode.")
    assert doc.removed.count(Removed("Henry's workshop blog", "signature")) == 2
    assert "wrote:" not in doc.text and "Advertisement" not in doc.text and "[quote" not in doc.text


def test_phpbb_theme_with_the_post_id_on_an_anchor():
    # some prosilver-derived themes move `id="pN"` from `div.post` to an anchor inside it (or print `p_N`); the
    # profile block `dl#profileN` still names the post, and an ad styled as a post names none
    doc = clean_html((FIXTURES / "phpbb_anchor_topic.html").read_bytes(), source="p")
    assert doc.engine == "phpbb"
    assert [(p.author, p.native_id, p.posted_at_raw) for p in doc.posts] == [
        ("pilotpete", "9001", "Tue Dec 31, 2019 2:22 pm"), ("skyward", "9002", "Thu Jan 02, 2020 8:48 pm"),
        ("guestflyer", "9003", "2020-01-03T09:15+00:00")]
    assert doc.posts[2].posted_at.isoformat() == "2020-01-03T09:15:00+00:00"
    # the code box keeps its code, not its "Code: Select all" button row
    assert doc.posts[0].parts == ["The report came out today.\n\nATA 53-10-00"]
    assert "Select all" not in doc.text
    quote, own = doc.posts[1].parts
    assert (quote.quoted_author, quote.text, own) == ("pilotpete", "The report came out today.", "Any word on the cause?")
    assert "Fly cheap" not in doc.text and "#1" not in doc.text and "Quote" not in doc.text


def test_unrendered_quote_tags_with_attributes_or_with_nothing_to_close():
    from threadclean.html.quotes import split_bbcode_quotes

    # bbPress's "[quote quote=312679]" opens a quote; a "[/quote]" typed after a quote the board rendered closes none
    quote, own = split_bbcode_quotes("[quote quote=312679]\n\nToo hot.\n[/quote]\n\nAgreed.")
    assert (quote.text, quote.quoted_author, own) == ("Too hot.", None, "Agreed.")
    assert split_bbcode_quotes("[/quote]\n\nIf that is true, fine.") == ["If that is true, fine."]
