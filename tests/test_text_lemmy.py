"""The text path on a Lemmy post dump (fixture written in dump style)."""

from tests.forum_fixtures import FIXTURES, text_doc
from threadclean import clean_text


def test_lemmy_byline_comment_panes_and_icon_lines():
    # "jdoe to community · date" dates the post (its card above it too: the title under the byline, the card
    # no post of its own); a comment's pane is its handle, the icons' names, the language and the score, then the date;
    # names lose the instance and the badges the dump runs into them ("fernleafOP"), as the HTML path reads them
    doc = text_doc("lemmy_post.txt")
    assert doc.engine == "lemmy" and doc.page_kind == "thread" and doc.title == "Moss on a north facing lawn"
    assert [(p.author, p.posted_at_raw, p.text) for p in doc.posts] == [
        ("fernleaf", "2 years ago", "My lawn under the oak turns to moss every spring. Is it worth fighting or should I "
                                    "plant something else there?"),
        ("mulchmaster", "2 years ago", "Let the moss win and add some ferns, grass will never like that shade."),
        ("fernleaf", "2 years ago", "Ferns sound lovely, thank you."),
        ("rakeit", "2 years ago", "Scarify in autumn and overseed with a shade mix.")]
    assert "fedilink" not in doc.text and "You are not logged in." not in doc.text


def test_lemmy_reply_too_short_for_prose_keeps_its_item():
    # "Seconded" under one comment's pane, then the next comment's item: two posts, not one header
    text = (FIXTURES / "text" / "lemmy_post.txt").read_text(encoding="utf-8").replace(
        "      Ferns sound lovely, thank you.\n", "      Seconded\n", 1)
    doc = clean_text(text)
    assert [(p.author, p.text) for p in doc.posts][1:] == [
        ("mulchmaster", "Let the moss win and add some ferns, grass will never like that shade."),
        ("fernleaf", "Seconded"), ("rakeit", "Scarify in autumn and overseed with a shade mix.")]



def test_lemmy_reply_to_a_short_reply_is_a_post_of_its_own():
    # a short reply (no sentence: "Didn't even notice that") with a reply listed under it, at its date line's
    # depth: two posts
    text = (FIXTURES / "text" / "lemmy_post.txt").read_text(encoding="utf-8").replace(
        "    Let the moss win and add some ferns, grass will never like that shade.\n", "    Didn't even notice that\n", 1)
    doc = clean_text(text)
    assert [(p.author, p.text) for p in doc.posts][1:3] == [
        ("mulchmaster", "Didn't even notice that"), ("fernleaf", "Ferns sound lovely, thank you.")]
