"""Site-level boilerplate: lines repeated across a site's pages, learnt outside quotes."""

from pathlib import Path

from threadclean.model import Document
from threadclean.text.pipeline import extract_text_document
from threadclean.text.site_lines import learn_by_site, learn_site_lines, site_key

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "text"

PAGE_A = "Menu\nGreat deals on bikes this week!\nalice said:\nSame brakes on both bikes here.\nClick to expand...\nHi\n"
PAGE_B = "Menu\nGreat deals on bikes this week!\nbob said:\nSame brakes on both bikes here.\nClick to expand...\nYo\n"


def test_repeated_lines_are_learnt_but_quoted_lines_are_not():
    lines = learn_site_lines([PAGE_A, PAGE_B])
    assert "great deals on bikes this week!" in lines and "menu" in lines
    assert "same brakes on both bikes here." not in lines
    assert learn_site_lines([PAGE_A]) == set()


def test_site_key_is_the_registered_domain():
    assert site_key("https://forums.example.co.uk/t/1") == "example.co.uk"
    assert site_key("http://www.example.com:8080/x") == "example.com"
    assert set(learn_by_site([("https://a.example.com/1", PAGE_A), ("https://b.example.com/2", PAGE_B)])) == {
        "example.com"}


def test_learnt_lines_leave_post_bodies_with_reason_site_repeated():
    text = (FIXTURES / "generic_thread.txt").read_text(encoding="utf-8")
    text = text.replace("Is that normal?", "Is that normal?\nJoin our photo contest!")
    doc = Document(doc_id="x", source=None, url=None, format="text")
    extract_text_document(doc, text, site_lines={"join our photo contest!"})
    assert "photo contest" not in doc.posts[0].text
    assert any(r.reason == "site_repeated" and "photo contest" in r.text for r in doc.removed)


def test_learnt_lines_match_whichever_quotes_the_dumps_use():
    # learning reads the raw dumps, cleaning the repaired ones (quotes straightened)
    curly, straight = PAGE_A.replace("Great deals", "Don’t miss: great deals"), PAGE_B.replace(
        "Great deals", "Don't miss: great deals")
    assert "don't miss: great deals on bikes this week!" in learn_site_lines([curly, straight])
