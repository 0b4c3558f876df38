from datetime import UTC, datetime

from tests.forum_fixtures import authors_and_ids, chrome_left, html_doc
from threadclean.model import Reaction


def test_hackernews_submission_and_flat_comment_rows():
    doc = html_doc("hackernews_item.html")
    assert (doc.engine, doc.page_kind, doc.title) == (
        "hackernews", "thread", "Ask HN: How do you back up a home server?")
    assert authors_and_ids(doc) == [("tapeworm", "3900"), ("rsyncfan", "3911"), ("tapeworm", "3915"),
                                    ("zfsguy", "3920")]
    # the age's title holds the ISO time and the epoch seconds
    assert [p.posted_at for p in doc.posts] == [datetime(2024, 3, 5, 14, 14, tzinfo=UTC),
                                                datetime(2024, 3, 5, 14, 40, tzinfo=UTC),
                                                datetime(2024, 3, 5, 15, 2, tzinfo=UTC),
                                                datetime(2024, 3, 5, 16, 30, tzinfo=UTC)]
    assert doc.posts[0].reactions == [Reaction("point", 148)]
    assert doc.posts[0].parts == ["I run a small Linux box with family photos on it. What do you use for offsite "
                                  "copies?\n\nBudget is tight."]
    assert doc.posts[1].parts == ["Restic to a cheap object store, nightly. Test your restores.\n\n"
                                  "Backups you never restored are hopes."]


def test_hackernews_quotes_written_as_greater_than_lines():
    doc = html_doc("hackernews_item.html")
    quote, own = doc.posts[2].parts
    assert (quote.text, own) == ("Test your restores.", "How often do you do that?")
    # the quoted words are found in the comment above, which names the quote's author
    assert quote.source_post_id == doc.posts[1].post_id
    assert (quote.quoted_author, quote.quoted_author_source) == (doc.posts[1].author, "source_post")
    assert chrome_left(doc, ("points", "hide", "favorite", "parent", "next [", "reply", "Guidelines", "login")) == []
