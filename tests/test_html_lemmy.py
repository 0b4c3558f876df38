from tests.forum_fixtures import authors_and_ids, chrome_left, html_doc
from threadclean.model import Quote, Reaction


def test_lemmy_submission_and_comments_without_the_icon_names_and_badges():
    # the submission's header is printed twice (phones, desktops) before its body; each comment's header row holds
    # icon buttons whose hidden names ("link", "fedilink", "arrow-up") the parser moves out of the icons, badges
    # ("OP", "English") and the score
    doc = html_doc("lemmy_topic.html")
    assert (doc.engine, doc.page_kind, doc.title) == ("lemmy", "thread", "Which e-reader for library loans?")
    assert authors_and_ids(doc) == [("pagewalker", "5501"), ("inkdrop", "9101"), ("pagewalker", "9107")]
    assert doc.posts[0].text == ("My library lends e-books through an app that only some readers support.\n\n"
                                 "Which readers let you borrow without a computer?")
    assert doc.posts[0].reactions == [Reaction("score", 39)]
    quote, own = doc.posts[1].parts
    assert isinstance(quote, Quote) and quote.text == "without a computer"
    assert own == "Kobo readers borrow straight from the library app over wifi."
    assert doc.posts[2].text == "Thanks, that settles it." and doc.posts[2].posted_at_raw == "1 year ago"
    assert chrome_left(doc, ("fedilink", "arrow-up", "minus-square", "English", "OP\n", "log in", "Communities")) == []
