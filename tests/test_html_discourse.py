from pathlib import Path

from threadclean import clean_html
from threadclean.model import Reaction

FIXTURES = Path(__file__).parent.parent / "fixtures" / "html"


def test_crawler_view_inside_noscript():
    doc = clean_html((FIXTURES / "discourse_topic.html").read_bytes(), source="d")
    assert (doc.engine, doc.title, doc.status) == ("discourse", "Zigbee stick not detected after update", "ok")
    # the "next page" block reuses the post class (role=navigation) and is not a post
    assert [(p.author, p.native_id) for p in doc.posts] == [("frank", "1"), ("gina", "2"), ("frank", "3")]
    assert doc.posts[1].posted_at_raw == "May 3, 2024, 11:39am"
    assert doc.posts[1].posted_at.isoformat() == "2024-05-03T11:39:57+00:00"
    assert [p.reactions for p in doc.posts] == [[Reaction("like", 3)], [Reaction("like", 1)], []]
    quote, own = doc.posts[1].parts
    assert (quote.quoted_author, quote.text, quote.source_ref, own) == (
        "frank", "After updating, my Zigbee stick is gone.", "1", "Check the USB passthrough.")
    outer = doc.posts[2].parts[0]
    assert (outer.quoted_author, outer.text, outer.source_post_id) == ("gina", "Check the USB passthrough.",
                                                                       doc.posts[1].post_id)
    assert [(q.quoted_author, q.text) for q in outer.quotes] == [("frank", "Any hints?")]
    assert "next page" not in doc.text and "frank:" not in doc.posts[2].text
    # a link preview card shows the linked page, not gina's words
    assert "Example Docs" not in doc.text and "Pass a USB device" not in doc.text


def test_javascript_shell_is_empty_not_error():
    doc = clean_html((FIXTURES / "discourse_shell.html").read_bytes(), source="shell")
    assert (doc.engine, doc.status, doc.posts) == ("discourse", "empty", [])
    # the topic's own title (Open Graph), not "<topic> - <category> - <site>" from <title>
    assert doc.title == "Backups failing on NAS"
