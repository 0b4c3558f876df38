from datetime import UTC, datetime

from tests.forum_fixtures import FIXTURES, chrome_left, text_doc
from threadclean import clean_text


def test_hackernews_dump_comment_headers_and_reply_links():
    doc = text_doc("hackernews_item.txt")
    assert (doc.engine, doc.page_kind, doc.title) == (
        "hackernews", "thread", "Ask HN: How do you back up a home server?")
    # the submission's line names its author after its points; each comment's header starts with the name
    assert [(p.author, p.posted_at_raw) for p in doc.posts] == [
        ("tapeworm", "8 hours ago"), ("rsyncfan", "8 hours ago"), ("tapeworm", "7 hours ago"),
        ("zfsguy", "6 hours ago")]
    assert doc.posts[3].parts == ["ZFS send to a friend's box over Tailscale."]
    # the story's points are its score, as the HTML path reads them; comments show none
    assert [[(r.name, r.count) for r in p.reactions] for p in doc.posts] == [[("point", 148)], [], [], []]
    quote, own = doc.posts[2].parts
    assert (quote.text, own) == ("Test your restores.", "How often do you do that?")
    assert quote.source_post_id == doc.posts[1].post_id
    assert chrome_left(doc, ("points", "hide", "favorite", "parent", "[–]", "reply", "Guidelines", "Search:")) == []


def test_hackernews_dump_ages_from_the_crawl_time():
    text = (FIXTURES / "text" / "hackernews_item.txt").read_text(encoding="utf-8")
    doc = clean_text(text, fetched_at=datetime(2024, 3, 5, 22, 30, tzinfo=UTC))
    assert [p.posted_at for p in doc.posts] == [datetime(2024, 3, 5, 14, 30, tzinfo=UTC),
                                                datetime(2024, 3, 5, 14, 30, tzinfo=UTC),
                                                datetime(2024, 3, 5, 15, 30, tzinfo=UTC),
                                                datetime(2024, 3, 5, 16, 30, tzinfo=UTC)]
