"""Deleted posts: the placeholder or notice a site prints in a removed post's place leaves the post's text."""

from threadclean.model import Document, Post
from threadclean.placeholders import drop_placeholders


def _doc(*texts: str) -> Document:
    return Document(doc_id="d", posts=[Post(parts=[t], author="jdoe") for t in texts])


def test_notices_in_a_removed_posts_place_are_deleted():
    doc = drop_placeholders(_doc(
        "[removed]",
        "(post deleted by author)",
        "(post withdrawn by author, will be automatically deleted in 24 hours unless flagged)",
        "This post has been removed at the author's request.\n\nTo read more about editing your posts, follow this link.",
        "This message has been deleted by the moderator.",
    ))
    assert [p.text for p in doc.posts] == [""] * 5
    assert all(r.reason == "deleted" for r in doc.removed)
    assert "To read more about editing your posts, follow this link." in [r.text for r in doc.removed]


def test_a_post_that_speaks_of_a_deletion_keeps_its_words():
    words = " ".join(["word"] * 50)
    doc = drop_placeholders(_doc(
        "This post was deleted by mistake, so here it is again.",
        "Why was this post removed?",
        f"This post has been removed by the moderator.\n{words}",  # a reply quoting the notice, then its own words
    ))
    assert [p.text for p in doc.posts][:2] == ["This post was deleted by mistake, so here it is again.",
                                               "Why was this post removed?"]
    assert doc.posts[2].text.endswith(words) and doc.removed == []
