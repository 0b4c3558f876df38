from datetime import UTC, datetime
from pathlib import Path

from threadclean import clean_html
from threadclean.model import Reaction, Removed

FIXTURES = Path(__file__).parent.parent / "fixtures" / "html"


def load():
    return clean_html((FIXTURES / "vanilla_topic.html").read_bytes(), source="vanilla")


def test_vanilla_discussion_and_comments():
    doc = load()
    assert (doc.engine, doc.page_kind, doc.title) == ("vanilla", "thread", "Tubeless tyre keeps burping air")
    # the sponsored entry reuses the comment classes but has no Comment_N id
    assert [(p.author, p.native_id) for p in doc.posts] == [
        ("tomas_r", "812"), ("WrenchWendy", "4401"), ("tomas_r", "4407"), ("pia.k", "4412")]
    assert doc.posts[1].posted_at == datetime(2024, 4, 6, 9, 2, 11, tzinfo=UTC)
    assert [p.posted_at_raw for p in doc.posts] == ["April 6", "April 6", "April 7", "April 8"]
    assert doc.posts[0].parts == ["Every hard corner the rear tyre burps and loses pressure.\n\n"
                                  "I run 22 psi with 60 ml of sealant."]
    # one reaction per button; a button nobody pressed prints no count
    assert [p.reactions for p in doc.posts] == [[Reaction("like", 4)], [Reaction("like", 7)], [], [Reaction("like", 1)]]


def test_vanilla_user_quote_and_nested_bbcode_quotes():
    doc = load()
    quote, own = doc.posts[1].parts
    assert (quote.quoted_author, quote.text, quote.source_ref, quote.source_post_id) == (
        "tomas_r", "I run 22 psi with 60 ml of sealant.", "812", doc.posts[0].post_id)
    assert own == "Check the rim tape first, a lifted edge leaks exactly like that."
    outer, own = doc.posts[2].parts
    assert (outer.quoted_author, outer.text, outer.depth) == (
        "WrenchWendy", "Check the rim tape first, a lifted edge leaks exactly like that.", 1)
    assert outer.source_post_id == doc.posts[1].post_id
    [inner] = outer.quotes
    assert (inner.quoted_author, inner.text, inner.depth) == ("tomas_r", "I run 22 psi with 60 ml of sealant.", 2)
    assert own == "The tape had lifted at the valve. Re-taped and it holds now."


def test_vanilla_chrome_removed():
    doc = load()
    assert doc.removed.count(Removed("Two wheels, one mud", "signature")) == 2
    assert Removed("4 Like", "reaction") in doc.removed
    for chrome in ("wrote:", "said:", "»", "Sponsored", "Tyre levers", "Two wheels", "Posts: 212", "edited April",
                   "Options", "Howdy, Stranger", "Sign In or Register", "Next"):
        assert chrome not in doc.text
