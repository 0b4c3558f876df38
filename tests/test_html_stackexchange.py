from datetime import UTC, datetime

from tests.forum_fixtures import authors_and_ids, chrome_left, html_doc
from threadclean.model import Quote, Reaction, Removed


def test_stackexchange_question_and_answers():
    doc = html_doc("stackexchange_topic.html")
    assert (doc.engine, doc.page_kind, doc.title) == (
        "stackexchange", "thread", "Why does the bathroom fan trip the GFCI when the shower runs?")
    # the sponsored block between the answers reuses div.answer but has no answer id
    assert authors_and_ids(doc) == [("marisol_k", "268431"), ("Teodor Vance", "268440"), ("ampacity", "268457"),
                                    ("marisol_k", "269102")]
    assert doc.posts[0].parts == [
        "Every time someone runs a hot shower, the bathroom fan stops and the GFCI outlet by the sink trips about "
        "ten minutes later.\n\nThe fan is on the same circuit as the outlet. What should I check first?"]
    assert doc.posts[2].parts == ["Before replacing anything, test the GFCI itself:\n\nPress TEST, then RESET.\n\n"
                                  "Run the shower with the fan unplugged.\n\nIf it still trips, the receptacle is "
                                  "worn out."]
    # a zero score is no reaction
    assert [p.reactions for p in doc.posts] == [[Reaction("score", 12)], [Reaction("score", 21)],
                                                [Reaction("score", 4)], []]


def test_stackexchange_edited_posts_keep_author_and_creation_date():
    doc = html_doc("stackexchange_topic.html")
    # edited posts show the editor's "edited" card before the author's "asked" / "answered" card; the last answer
    # lacks the <time itemprop=dateCreated> and was edited by its own author (a card without a user)
    assert [p.posted_at for p in doc.posts] == [datetime(2023, 3, 14, 18, 2, 11, tzinfo=UTC),
                                                datetime(2023, 3, 14, 19, 25, 40, tzinfo=UTC),
                                                datetime(2023, 3, 15, 2, 47, 3, tzinfo=UTC),
                                                datetime(2023, 4, 1, 16, 30, 8, tzinfo=UTC)]
    assert [p.posted_at_raw for p in doc.posts] == ["Mar 14, 2023 at 18:02", "Mar 14, 2023 at 19:25",
                                                    "Mar 15, 2023 at 2:47", "Apr 1, 2023 at 16:30"]
    assert "Rhea Okafor" not in [p.author for p in doc.posts] and "pellucid" not in doc.text


def test_stackexchange_blockquote_comments_and_chrome():
    doc = html_doc("stackexchange_topic.html")
    before, quote, after = doc.posts[1].parts
    assert (before, after) == ("Shower steam is condensing in the fan housing.",
                               "That delay is the moisture reaching the motor windings. Replace the fan with a "
                               "sealed, damp-rated unit.")
    assert isinstance(quote, Quote) and (quote.quoted_author, quote.text) == (
        "marisol_k", "the GFCI outlet by the sink trips about ten minutes later")
    assert quote.quoted_author_source == "source_post"  # the asker's words, quoted without a name
    # comments are not posts: their words are kept in the audit trail
    assert [r.text for r in doc.removed if r.reason == "comment"] == [
        "Is the fan vented outside or into the attic?", "Into the attic, through a flex duct.",
        "Swapped the fan last weekend, no trips since."]
    assert doc.removed.count(Removed("Share Improve this answer Follow", "share")) == 3
    assert Removed("Share Improve this question Follow", "share") in doc.removed
    assert chrome_left(doc, ("Share", "Improve this", "Follow", "edited", "asked", "answered", "Commented",
                             "Add a comment", "vented", "begingroup", "electrical", "exhaust-fan", "Sponsored",
                             "Brightline", "Advertisement", "Sorted by", "Your Answer", "log in", "Related",
                             "Linked", "Hot Network Questions", "bread collapse", "share a circuit",
                             "Overflow Blog", "Question feed", "only takes a minute", "CC BY-SA")) == []


def test_shown_counts_in_thousands_read_alike_on_both_paths():
    from threadclean.html.reactions import parse_reaction
    from threadclean.model import Reaction
    from threadclean.text.post_tail import shown_count

    # "4.35k" is 4350 (a float times 1000 is 4349.999...): the HTML widgets and the text path's scores read it so
    assert parse_reaction("4.35k Likes") == Reaction("like", 4350)
    assert parse_reaction("1,077") == Reaction("like", 1077)
    assert [shown_count(s) for s in ("4.35k", "1.2K", "12", "-3", "n/a")] == [4350, 1200, 12, -3, 0]
