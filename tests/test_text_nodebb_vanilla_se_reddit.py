"""The text path on resiliparse dumps (`extract_plain_text` defaults) of the NodeBB, Vanilla, Stack Exchange and
old Reddit HTML fixtures."""

from pathlib import Path

from threadclean import clean_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "text"


def _clean(name: str):
    return clean_text((FIXTURES / name).read_text(encoding="utf-8"), source=name)


def test_nodebb_dump_posts_and_said_in_quotes():
    doc = _clean("nodebb_topic.txt")
    assert (doc.engine, doc.title) == ("nodebb", "Sourdough starter smells like nail polish")
    assert [p.author for p in doc.posts] == ["quinn_bakes", "levain.lars", "quinn_bakes", "Mirela"]
    # "wrote on" is followed by a date only once JavaScript has run
    assert [p.posted_at_raw for p in doc.posts] == [None] * 4
    assert doc.posts[0].text == "My rye starter is five days old and smells sharply of acetone.\n\nIs it ruined?"
    [quote] = doc.posts[1].quotes
    assert (quote.quoted_author, quote.text, quote.source_post_id) == ("quinn_bakes", "Is it ruined?",
                                                                      doc.posts[0].post_id)
    # the sponsored block has no "wrote on" line: in a dump it cannot be told from the post above
    assert doc.posts[1].text.startswith("Not at all. It is hungry: feed it twice a day.")
    [outer] = doc.posts[2].quotes
    assert (outer.quoted_author, outer.text) == ("levain.lars", "Not at all. It is hungry: feed it twice a day.")
    assert [(q.quoted_author, q.text) for q in outer.quotes] == [("quinn_bakes", "Is it ruined?")]
    assert doc.posts[2].text == "Two feeds a day fixed it, the smell is gone."
    assert doc.posts[3].text.startswith("Same thing happened with my wholewheat starter.")
    for chrome in ("said in", "wrote on", "Oldest to Newest", "Log in to reply", "Baking since", "Reply"):
        assert chrome not in doc.text
