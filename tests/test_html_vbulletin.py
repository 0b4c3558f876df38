from pathlib import Path

from tests.forum_fixtures import edited_html_doc
from threadclean import clean_html
from threadclean.model import Removed

FIXTURES = Path(__file__).parent.parent / "fixtures" / "html"


def test_vbulletin4_thread():
    doc = clean_html((FIXTURES / "vbulletin_thread.html").read_bytes(), source="v")
    assert (doc.engine, doc.title) == ("vbulletin", "Server keeps rebooting")
    # the sponsored block has an empty post id
    assert [(p.author, p.native_id) for p in doc.posts] == [("jack", "7001"), ("kate", "7002"), ("jack", "7003")]
    assert [p.posted_at_raw for p in doc.posts] == ["11-29-2024, 09:03 AM", "11-29-2024, 10:15 AM",
                                                     "11-30-2024, 08:00 AM"]
    assert doc.posts[0].parts == ["My box reboots every night at 2am.\n\nLogs show nothing."]
    quote, own = doc.posts[1].parts
    assert (quote.quoted_author, quote.text, quote.source_ref, own) == (
        "jack", "My box reboots every night at 2am.", "7001", "Check your cron jobs.")
    assert quote.source_post_id == doc.posts[0].post_id
    assert Removed("Running CentOS since 2009", "signature") in doc.removed
    for chrome in ("Reply With Quote", "Originally Posted", "Sponsored", "Join Date", "CentOS"):
        assert chrome not in doc.text


def test_vbulletin4_code_block_is_the_posts_words_not_a_quote():
    # vBulletin 4 prints code in the quote's container: "Code:" over a <pre>
    doc = edited_html_doc("vbulletin4_thread.html", (
        "Metal beds warm up faster in spring and last for decades.",
        'Metal beds warm up faster in spring and last for decades.<div class="bbcode_container">'
        '<div class="bbcode_description">Code:</div><pre class="bbcode_code">bolt -torque 12</pre></div>'))
    reply = doc.posts[1]
    assert [q.quoted_author for q in reply.quotes] == ["cedarfan"]
    assert reply.text == "Metal beds warm up faster in spring and last for decades.\n\nbolt -torque 12"
    assert Removed("Code:", "post_chrome") in doc.removed


def test_vbulletin3_quotes_default_and_restyled():
    # vB3 marks a quote by its box style; restyled themes swap the table for a panel and label the box in a
    # <label>. Either way "Quote:" and "Originally Posted by X" are the header, not the quoted words
    doc = clean_html((FIXTURES / "vbulletin3_thread.html").read_bytes(), source="v3")
    assert doc.engine == "vbulletin"
    assert [(p.author, p.native_id, p.posted_at_raw) for p in doc.posts] == [
        ("lowjhg", "501", "03-05-2016, 05:33 PM"), ("VorelNaCestach", "502", "03-05-2016, 06:10 PM"),
        ("lowjhg", "503", "03-05-2016, 07:45 PM")]
    for post, (author, words, own) in zip(doc.posts[1:], [
            ("lowjhg", "Seven suitcases: three small and four large.", "Why so many suitcases?"),
            ("VorelNaCestach", "Why so many suitcases?", "Gifts for the family, mostly.")], strict=True):
        quote, text = post.parts[:2]
        assert (quote.quoted_author, quote.text, text) == (author, words, own)
    # a quote without "Originally Posted by" is the whole box
    anonymous = doc.posts[1].parts[2]
    assert (anonymous.quoted_author, anonymous.text) == (None, "Pack light, travel far.")
    assert "Quote:" not in doc.text and "Originally Posted" not in doc.text


def test_vbulletin3_theme_with_div_rows_reads_the_date_from_its_header_row():
    # a restyled vBulletin 3 theme prints the post table as <div class="trow thead"> rows
    html = (FIXTURES / "vbulletin3_thread.html").read_text(encoding="utf-8")
    html = html.replace('<td class="thead" style="font-weight:normal">', '<div class="trow thead smallfont">')
    html = html.replace("05:33 PM</td>", "05:33 PM</div>").replace('<td class="thead" align="right">',
                                                                  '<td class="tcell" align="right">')
    doc = clean_html(html.encode(), source="v")
    assert doc.engine == "vbulletin" and doc.posts[0].posted_at_raw == "03-05-2016, 05:33 PM"
    assert doc.posts[0].posted_at.isoformat() == "2016-03-05T17:33:00+00:00"
