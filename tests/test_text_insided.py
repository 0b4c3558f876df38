"""inSided text dumps: the author pane as a list above the date, the best answer repeated under the question."""

from tests.forum_fixtures import text_doc


def test_posts_authors_and_dates():
    doc = text_doc("insided_solved_topic.txt")
    assert doc.engine == "insided" and doc.title == "Backup stuck at 99%"
    assert [(p.author, p.posted_at_raw) for p in doc.posts] == [
        ("marta", "2 March 2021"), ("Ravi", "3 March 2021"), ("marta", "4 March 2021")]
    assert [p.text for p in doc.posts] == [
        "My nightly backup stops at 99% and never finishes.\n\nAny idea what to check?",
        "Check the free space on the target drive first.", "That was it, the drive was full. Thanks!"]


def test_best_answer_copy_is_a_quote_and_panes_are_removed():
    doc = text_doc("insided_solved_topic.txt")
    quote = doc.posts[0].quotes[0]
    assert (quote.quoted_author, quote.quoted_when_raw, quote.text) == (
        "Ravi", "3 March 2021, 09:12", "Check the free space on the target drive first.")
    removed = [(r.text, r.reason) for r in doc.removed]
    pane = ["Ravi", "Rank", "Userlevel 7", "Badge +6", "Ravi", "Expert", "1901 replies", "8 months ago", "3 March 2021"]
    at = removed.index(("Rank", "author_pane")) - 1
    assert removed[at : at + len(pane)] == [(t, "author_pane") for t in pane]
    assert ("M", "author_pane") in removed[at + len(pane) :]
    for chrome in ("Oldest first", "Newest firstBest voted", "This topic has been closed for comments", "View original"):
        assert chrome in [t for t, _ in removed] and chrome not in doc.text
