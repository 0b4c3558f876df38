from pathlib import Path

from resiliparse.extract.html2text import extract_plain_text

from threadclean import clean_html, clean_text
from threadclean.model import Quote

FIXTURES = Path(__file__).parent.parent / "fixtures" / "html"


def test_flarum_noscript_crawler_view():
    doc = clean_html((FIXTURES / "flarum_topic.html").read_bytes(), source="flarum")
    assert (doc.engine, doc.page_kind, doc.title) == ("flarum", "thread", "Dark mode toggle ignores system setting")
    # the crawler view prints neither post ids nor dates
    assert [(p.author, p.native_id, p.posted_at) for p in doc.posts] == [
        ("oskar_v", None, None), ("Dagny", None, None), ("oskar_v", None, None)]
    assert doc.posts[0].parts == ["The theme switch stays light even though my OS is set to dark.\n\n"
                                  "Tested on two browsers."]
    # the mention opening a quote names the quoted author and post
    quote, own = doc.posts[1].parts
    assert (quote.quoted_author, quote.text, quote.source_ref, quote.source_post_id) == (
        "oskar_v", "The theme switch stays light even though my OS is set to dark.", "1201", doc.posts[0].post_id)
    assert own == "Clear the site data once; the old preference is cached."
    # a mention inside the post's own words stays, a plain blockquote names nobody
    mention, plain, tail = doc.posts[2].parts
    assert (mention, tail) == ("Dagny That worked, thanks.", "Noted for next time.")
    assert isinstance(plain, Quote) and (plain.quoted_author, plain.text) == (None, "Always back up your settings first.")
    for chrome in ("Loading...", "Next Page", "modern browser"):
        assert chrome not in doc.text


def test_flarum_text_dump_without_noscript_is_empty_not_error():
    # resiliparse drops <noscript>, so the dump holds no post
    dump = extract_plain_text((FIXTURES / "flarum_topic.html").read_text(encoding="utf-8"))
    doc = clean_text(dump, source="flarum.txt")
    assert (doc.status, doc.posts) == ("empty", [])
