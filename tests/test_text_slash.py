from datetime import UTC, datetime

from tests.forum_fixtures import chrome_left, html_doc, text_doc
from threadclean import clean_text
from threadclean.model import Reaction, Removed


def test_slash_dump_story_then_shown_comments_with_scores():
    doc = text_doc("slash_story.txt")
    assert (doc.engine, doc.page_kind) == ("slash", "thread")
    # the story's byline names who posted it; each comment's byline its author and date
    assert [(p.author, p.posted_at_raw) for p in doc.posts] == [
        ("editorjane", "Sunday March 02, 2025 @12:00PM"), ("meadowmike", "Sunday March 02, 2025 @12:31PM"),
        ("wattwatcher", "Sunday March 02, 2025 @01:05PM"), ("panelpete", "Sunday March 02, 2025 @03:15PM"),
        ("hayloft", "Sunday March 02, 2025 @02:10PM")]
    assert doc.posts[1].posted_at == datetime(2025, 3, 2, 12, 31, tzinfo=UTC)
    assert doc.posts[1].text == ("The panels keep the soil from drying out in summer.\n\n"
                                 "Our pasture grew back faster under them.")
    # the score on the subject line over each byline is that comment's
    assert [p.reactions for p in doc.posts] == [[], [Reaction("score", 4)], [Reaction("score", 2)],
                                                [Reaction("score", 2)], [Reaction("score", 3)]]
    assert chrome_left(doc, ("Score", "Share", "twitter", "Shade helps the grass too", "Wool and watts")) == []


def test_slash_dump_reads_as_the_page_does():
    text, html = text_doc("slash_story.txt"), html_doc("slash_story.html")
    # the same comments, words, scores and quotes from the dump as from the markup (the story's poster aside: the
    # markup prints the editor's name outside any link)
    assert [(p.author, p.text, p.reactions) for p in text.posts[1:]] == [
        (p.author, p.text, p.reactions) for p in html.posts[1:]]
    assert [[(q.text, q.quoted_author) for q in p.quotes] for p in text.posts] == [
        [(q.text, q.quoted_author) for q in p.quotes] for p in html.posts]


def test_slash_dump_folded_comment_is_no_post():
    doc = text_doc("slash_story.txt")
    # a byline without a date: the page folds the comment under the reader's threshold, printing its first words
    assert "grumpygoat" not in [p.author for p in doc.posts]
    assert Removed("Goats would have eaten the panels by now.", "collapsed") in doc.removed
    assert doc.posts[2].text == "Do the sheep rub against the wiring?"
    # a shown reply nested under the folded one is a post, its pane under the folded words
    assert (doc.posts[3].author, doc.posts[3].text) == ("panelpete", "Not on south-facing slopes.")


# a live page's bylines carry the member's number (a subscriber's starred) and "writes:", a shown comment's its id
# and profile links
_LIVE = """Posted by msmash on Friday January 12, 2024 @11:40AM from the pros-and-cons dept.
jdoe shares a report: Kernel developers discuss a new language for the drivers.

The Fine Print: The following comments are owned by whoever posted them. We are not responsible for them in any way.

  • Maybe Rust (Score:5, Insightful)

    by david.emery ( 127135 ) writes: on Friday January 12, 2024 @11:51AM (#64153115)

    The problems with C++ are pretty well known.

    Share
    twitter facebook

    • Re:Maybe Rust (Score:4, Informative)

      by serviscope_minor ( 664417 ) * writes: on Friday January 12, 2024 @12:01PM (#64153161) Journal

      In most cases, I'd agree, but not in this one.

      Parent Share
      twitter facebook

      • Re: (Score:2)

        by dogcar3604 ( 1482103 ) writes:
        Did you mean a different

  • Re: (Score:3)

    by Spazmania ( 174582 ) writes: on Friday January 12, 2024 @08:15PM (#64154701) Homepage

    The absolute most that happens in C is a memcpy().

    Share

Related Links Top of the: day, week, month.
"""


def test_slash_dump_live_bylines():
    doc = clean_text(_LIVE)
    assert doc.engine == "slash"
    assert [(p.author, p.posted_at) for p in doc.posts] == [
        ("msmash", datetime(2024, 1, 12, 11, 40, tzinfo=UTC)), ("david.emery", datetime(2024, 1, 12, 11, 51, tzinfo=UTC)),
        ("serviscope_minor", datetime(2024, 1, 12, 12, 1, tzinfo=UTC)),
        ("Spazmania", datetime(2024, 1, 12, 20, 15, tzinfo=UTC))]
    assert [p.text for p in doc.posts[1:]] == [
        "The problems with C++ are pretty well known.", "In most cases, I'd agree, but not in this one.",
        "The absolute most that happens in C is a memcpy()."]
    assert [p.reactions for p in doc.posts[1:]] == [[Reaction("score", 5)], [Reaction("score", 4)],
                                                    [Reaction("score", 3)]]
    assert Removed("Did you mean a different", "collapsed") in doc.removed
    assert chrome_left(doc, ("Fine Print", "Parent", "Related Links", "Journal", "Homepage", "#6415", "( 664417 )", " * ")) == []
