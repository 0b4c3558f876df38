from pathlib import Path

from threadclean import clean_html
from threadclean.model import Quote, Removed

FIXTURES = Path(__file__).parent.parent / "fixtures" / "html"


def test_insided_topic():
    doc = clean_html((FIXTURES / "insided_topic.html").read_bytes(), source="i", url="https://community.example.com/t/9")
    assert (doc.engine, doc.title) == ("insided", "Backup stuck at 99%")
    # the promo block reuses the post class but has no postN id
    assert [(p.author, p.native_id) for p in doc.posts] == [("marta", "501"), ("Ravi", "502"), ("marta", "503")]
    assert [p.posted_at_raw for p in doc.posts] == ["2 March 2021", "3 March 2021", "4 March 2021"]
    assert doc.posts[0].posted_at.isoformat().startswith("2021-03-02")
    assert doc.posts[0].author_url == "https://community.example.com/members/marta-17"
    assert doc.posts[0].parts == ["My nightly backup stops at 99% and never finishes.\n\nAny idea what to check?"]
    quote, own = doc.posts[2].parts
    assert isinstance(quote, Quote) and (quote.quoted_author, quote.text) == (
        "Ravi", "Check the free space on the target drive first.")
    assert quote.source_post_id == doc.posts[1].post_id and own == "That was it, the drive was full. Thanks!"
    assert Removed("Ravi · volunteer moderator", "signature") in doc.removed
    for chrome in ("Premium", "Userlevel", "12 replies", "Like", "Share", "Next"):
        assert chrome not in doc.text
