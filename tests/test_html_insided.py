from pathlib import Path

from tests.forum_fixtures import edited_html_doc
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


def test_the_best_answer_shown_under_the_question_is_a_quote_of_it():
    # the question's box repeats the accepted answer: "Best answer by Ravi", its text, "View original"
    box = ('<div class="answer-field qa-answer-field"><span class="icon qa-icon-answered">icon</span>'
           '<p><strong class="best-answer-label"><span>Best answer by</span> Ravi</strong> '
           '<span class="text--meta">3 March 2021, 09:12</span></p>'
           '<div><p>Check the free space on the target drive first.</p></div>'
           '<a href="/t/backup-stuck-9?postid=502#post502" class="link">View original</a></div>')
    doc = edited_html_doc("insided_topic.html",
                          ("<p>Any idea what to check?</p></div>", "<p>Any idea what to check?</p>" + box + "</div>"))
    own, quote = doc.posts[0].parts
    assert own == "My nightly backup stops at 99% and never finishes.\n\nAny idea what to check?"
    assert (quote.quoted_author, quote.text, quote.source_ref) == (
        "Ravi", "Check the free space on the target drive first.", "502")
    assert {"icon", "View original"} <= {r.text for r in doc.removed}
