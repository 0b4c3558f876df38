from datetime import UTC, datetime
from pathlib import Path

from tests.forum_fixtures import edited_html_doc
from threadclean import clean_html
from threadclean.model import Quote, Reaction

FIXTURES = Path(__file__).parent.parent / "fixtures" / "html"


def load():
    return clean_html((FIXTURES / "reddit_topic.html").read_bytes(), source="reddit")


def test_old_reddit_submission_and_nested_comment_tree():
    doc = load()
    assert (doc.engine, doc.page_kind, doc.title) == ("reddit", "thread",
                                                      "Is it safe to leave a 3D printer running overnight?")
    # replies sit inside their parent's container and come out in page order; the promoted link is dropped
    assert [(p.author, p.native_id) for p in doc.posts] == [
        ("filament_fox", "t3_9zq1ab"), ("nozzle_nina", "t1_kq01"), ("filament_fox", "t1_kq07"),
        ("nozzle_nina", "t1_kq09"), ("bedlevel_ben", "t1_kq0c")]
    assert doc.posts[2].posted_at == datetime(2024, 6, 3, 8, 25, tzinfo=UTC)
    assert doc.posts[2].posted_at_raw == "1 year ago"
    assert doc.posts[0].parts == ["My prints take eleven hours. Would you leave the printer alone while you sleep?"]
    # each comment keeps its own points, not those of the replies nested inside it
    assert [p.reactions for p in doc.posts] == [[Reaction("point", n)] for n in (57, 32, 12, 8, 3)]


def test_old_reddit_markdown_quote_and_chrome():
    doc = load()
    quote, own = doc.posts[2].parts
    assert isinstance(quote, Quote) and (quote.quoted_author, quote.text, quote.depth) == (
        doc.posts[1].author, "thermal runaway protection enabled in the firmware", 1)
    assert doc.posts[1].author == "nozzle_nina" and quote.author_inferred
    assert quote.source_post_id == doc.posts[1].post_id and own == "How do I check that it is on?"
    assert doc.posts[3].parts == ["Heat the hotend, then unplug the thermistor: the printer should halt with an error."]
    for chrome in ("permalink", "embed", "save", "report", "reply", "points", "children", "[–]", "submitted",
                   "load more comments", "spools", "promoted", "self.printmaking_help"):
        assert chrome not in doc.text


def test_new_reddit_post_carries_its_id_in_the_id_attribute():
    # `<shreddit-post>` names itself only by `id="t3_..."`; comments by `thingid`
    doc = clean_html((FIXTURES / "reddit_shreddit_topic.html").read_bytes(), source="reddit")
    assert (doc.engine, doc.page_kind) == ("reddit", "thread")
    assert [(p.author, p.native_id) for p in doc.posts] == [("kettle_quest", "t3_1kx9abc"), ("steel_sam", "t1_mq01")]
    assert doc.posts[0].parts == ["My third kettle in four years just died.\n\nWhich brand survives daily use?"]
    assert doc.posts[1].parts == ["A stovetop kettle has nothing that can break."]
    assert doc.posts[0].posted_at == datetime(2026, 3, 3, 9, 47, 5, 754000, tzinfo=UTC)
    for chrome in ("Open navigation", "Go to Reddit Home", "Get the Reddit app", "New to Reddit?", "Continue with Email"):
        assert chrome not in doc.text


def test_old_reddit_link_submission_keeps_no_vote_column_or_buttons():
    # a link submission has no text body: its vote counts, thumbnail, "submitted ... by" line and buttons are chrome
    doc = clean_html((FIXTURES / "reddit_link_topic.html").read_bytes(), source="reddit")
    assert doc.title == "Hair follicles grown in the lab for the first time"
    assert [(p.author, p.native_id) for p in doc.posts] == [("InsaneSnow", "t3_1rk5x9"), ("Ragnar_D", "t1_oa01")]
    assert doc.posts[0].reactions == [Reaction("point", 1100)]
    for chrome in ("1099", "1101", "submitted", "47 comments", "share", "save", "hide", "report", "permalink"):
        assert chrome not in doc.text


def test_old_reddit_link_flair_is_no_word_of_the_title_line_printed_once():
    # the flair ("Biology") sits flush against the title link; without it the submission's own title line is the
    # thread title, which the text then prints once
    doc = clean_html((FIXTURES / "reddit_link_topic.html").read_bytes(), source="reddit")
    assert doc.posts[0].text == "Hair follicles grown in the lab for the first time (news.example.com)"
    assert doc.text.startswith("InsaneSnow\n") and doc.text.count("Hair follicles grown") == 1
    assert "Biology" not in doc.text
    assert doc.posts[1].parts == ["Could this help with tinnitus too?"]


def test_a_deleted_comment_keeps_its_place_without_text_or_author():
    # "[deleted]" for the name, "[removed]" for the text: the comment stays (its replies refer to it), empty
    doc = edited_html_doc(
        "reddit_topic.html",
        ('data-author="nozzle_nina" data-replies="0"', 'data-author="[deleted]" data-replies="0"'),
        ('<a href="https://old.reddit.com/user/nozzle_nina" class="author may-blank">nozzle_nina</a><span '
         'class="userattrs"></span> <span class="score dislikes" title="7">',
         '<span class="author">[deleted]</span><span class="userattrs"></span> <span class="score dislikes" '
         'title="7">'),
        ("<p>Heat the hotend, then unplug the thermistor: the printer should halt with an error.</p>",
         "<p>[removed]</p>"))
    deleted = doc.posts[3]
    assert (deleted.author, deleted.author_url, deleted.parts) == (None, None, [])
    assert [p.author for p in doc.posts] == ["filament_fox", "nozzle_nina", "filament_fox", None, "bedlevel_ben"]
    assert ("[removed]", "deleted") in [(r.text, r.reason) for r in doc.removed]
    assert "[removed]" not in doc.text and "[deleted]" not in doc.text
