from datetime import UTC, datetime
from pathlib import Path

from threadclean import clean_html
from threadclean.model import Quote, Reaction, Removed

FIXTURES = Path(__file__).parent.parent / "fixtures" / "html"


def test_ips_topic():
    doc = clean_html((FIXTURES / "ips_topic.html").read_bytes(), source="ips")
    assert (doc.engine, doc.title) == ("ips", "Kayak storage ideas")
    # the "Advertising" block styled as a comment has no elComment id and is dropped
    assert [(p.author, p.native_id) for p in doc.posts] == [("dave", "2001"), ("erin", "2002"), ("dave", "2003")]
    assert doc.posts[0].posted_at == datetime(2024, 5, 22, 14, 3, tzinfo=UTC)
    assert doc.posts[0].posted_at_raw == "May 22, 2024"
    assert doc.posts[0].parts == ["Where do you all keep your kayaks in winter?\n\nMy garage is full."]
    assert doc.posts[0].reactions == [Reaction("thanks", 2)]


def test_ips_quotes_named_anonymous_and_nested():
    doc = clean_html((FIXTURES / "ips_topic.html").read_bytes(), source="ips")
    erin, reply = doc.posts[1], doc.posts[2]
    named, own1, anon, own2 = erin.parts
    assert (named.quoted_author, named.text, named.source_ref) == ("dave", "My garage is full.", "2001")
    assert (own1, own2) == ("Wall hooks work well.", "Good luck!")
    assert isinstance(anon, Quote) and anon.text == "Measure twice, drill once."
    # its words are in no earlier post: it stays unnamed
    assert (anon.quoted_author, anon.quoted_author_source, anon.source_post_id) == (None, "none", None)
    outer = reply.parts[0]
    assert (outer.quoted_author, outer.quoted_when_raw, outer.text) == ("erin", "5/22/2024 at 3:10 PM",
                                                                        "Wall hooks work well.")
    assert outer.source_post_id == erin.post_id
    assert [(q.quoted_author, q.text, q.depth) for q in outer.quotes] == [("dave", "My garage is full.", 2)]


def test_ips_chrome_removed():
    doc = clean_html((FIXTURES / "ips_topic.html").read_bytes(), source="ips")
    assert Removed("Paddle on, friends", "signature") in doc.removed
    assert sum(r.reason == "share" for r in doc.removed) == 2
    for chrome in ("Link to comment", "Share on other sites", "said:", "Paddle on", "Win a free paddle", "Posted"):
        assert chrome not in doc.text
    # the "Edited <date> by X" note (marked as left out of quotes) is an edit note, not dave's words
    assert Removed("Edited May 23, 2024 by dave", "editor") in doc.removed and "Edited" not in doc.text


def test_ips5_time_element_with_long_and_short_forms():
    # IPS 5 puts "June 14, 2024" and "1 yr" side by side in one <time>: the shown date is the long form
    doc = clean_html((FIXTURES / "ips5_topic.html").read_bytes(), source="ips5")
    assert doc.engine == "ips"
    assert [(p.author, p.native_id, p.posted_at_raw) for p in doc.posts] == [
        ("ColdJ", "4398546", "June 14, 2024"), ("Lisa", "4398551", "June 14, 2024")]
    assert doc.posts[1].posted_at.isoformat() == "2024-06-14T14:01:10+00:00"
    assert doc.posts[0].parts == ["Where would everyone go if this forum closed?"]
    assert "1 yr" not in doc.text
