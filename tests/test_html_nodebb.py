from datetime import UTC, datetime
from pathlib import Path

from threadclean import clean_html
from threadclean.model import Quote, Reaction, Removed

FIXTURES = Path(__file__).parent.parent / "fixtures" / "html"


def load():
    return clean_html((FIXTURES / "nodebb_topic.html").read_bytes(), source="nodebb")


def test_nodebb_posts_authors_dates_and_votes():
    doc = load()
    assert (doc.engine, doc.page_kind, doc.title) == ("nodebb", "thread", "Sourdough starter smells like nail polish")
    # the sponsored entry reuses component="post" but has no data-pid
    assert [(p.author, p.native_id) for p in doc.posts] == [
        ("quinn_bakes", "301"), ("levain.lars", "305"), ("quinn_bakes", "309"), ("Mirela", "312")]
    # data-timestamp is in milliseconds; the shown date is filled in by JavaScript, so the raw one is the ISO meta
    assert doc.posts[0].posted_at == datetime(2024, 3, 1, 11, 0, tzinfo=UTC)
    assert doc.posts[3].posted_at == datetime(2024, 3, 2, 12, 0, tzinfo=UTC)
    assert doc.posts[0].posted_at_raw == "2024-03-01T11:00:00.000Z"
    assert doc.posts[0].parts == ["My rye starter is five days old and smells sharply of acetone.\n\nIs it ruined?"]
    # a zero vote count is no reaction
    assert [p.reactions for p in doc.posts] == [[Reaction("vote", 2)], [Reaction("vote", 5)], [], []]


def test_nodebb_said_in_header_names_the_quote():
    doc = load()
    quote, own = doc.posts[1].parts
    assert (quote.quoted_author, quote.text, quote.source_ref, quote.source_post_id) == (
        "quinn_bakes", "Is it ruined?", "301", doc.posts[0].post_id)
    assert own == "Not at all. It is hungry: feed it twice a day."
    outer, own = doc.posts[2].parts
    assert (outer.quoted_author, outer.text, outer.source_ref, outer.depth) == (
        "levain.lars", "Not at all. It is hungry: feed it twice a day.", "305", 1)
    [inner] = outer.quotes
    assert (inner.quoted_author, inner.text, inner.source_ref, inner.depth) == ("quinn_bakes", "Is it ruined?", "301", 2)
    assert own == "Two feeds a day fixed it, the smell is gone."


def test_nodebb_plain_blockquote_and_chrome():
    doc = load()
    before, quote, after = doc.posts[3].parts
    assert (before, after) == ("Same thing happened with my wholewheat starter.",
                               "That line from the old baking book saved it.")
    assert isinstance(quote, Quote) and (quote.quoted_author, quote.text) == (None, "The hooch is harmless.")
    assert doc.removed.count(Removed("Baking since the lockdown of 2020", "signature")) == 2
    for chrome in ("said in", "wrote on", "last edited", "Offline", "Reply", "Quote", "Sponsored", "Stone-milled",
                   "Baking since", "Oldest to Newest", "Log in to reply"):
        assert chrome not in doc.text


def test_nodebb_mention_addressing_the_quoted_member_names_the_quote():
    # "@levain.lars You said" over a blockquote: the member addressed is the one quoted, without the "@"
    page = (FIXTURES / "nodebb_topic.html").read_text(encoding="utf-8").replace(
        "Same thing happened with my wholewheat starter.",
        '<a class="plugin-mentions-user" href="/user/levain.lars">@<bdi>levain.lars</bdi></a><br />\nYou said')
    quote = clean_html(page).posts[3].quotes[0]
    assert (quote.quoted_author, quote.text) == ("levain.lars", "The hooch is harmless.")
