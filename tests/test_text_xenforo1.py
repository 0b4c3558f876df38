"""XenForo 1 text dumps: the author and date line ("jdoe, Jan 5, 2024") closes each post under its body."""

from tests.forum_fixtures import FIXTURES, text_doc
from threadclean import clean_text
from threadclean.model import Reaction


def test_posts_cut_after_their_closing_author_and_date_line():
    doc = text_doc("xenforo1_thread.txt")
    assert doc.engine == "xenforo" and doc.title == "Compost bin in winter"
    assert [(p.author, p.posted_at_raw) for p in doc.posts] == [("wormfarm", "Jan 5, 2024"), ("Greenbin", "Jan 6, 2024")]
    assert [p.text for p in doc.posts] == [
        "Does anybody keep their compost bin going through the winter?\n\n"
        "Mine freezes solid every January and nothing happens until April.",
        "Wrap the bin in old carpet and keep adding greens.\n\nIt slows down but does not stop."]
    quote = doc.posts[1].quotes[0]
    assert (quote.quoted_author, quote.text) == ("wormfarm", "Mine freezes solid every January and nothing happens until April.")


def test_pane_above_the_body_and_chrome_under_the_closing_line_are_removed():
    removed = [(r.text, r.reason) for r in text_doc("xenforo1_thread.txt").removed]
    assert removed[removed.index(("Greenbin, Jan 6, 2024 IP", "author_pane")):] == [
        ("Greenbin, Jan 6, 2024 IP", "author_pane"), ("#2", "post_counter"),
        ("Greenbin Member", "author_pane"), ("Messages:", "author_pane"), ("52", "author_pane"),
        ("Location:", "author_pane"), ("Kent", "author_pane"), ("wormfarm said: ↑", "quote_chrome"),
        ("Click to expand...", "quote_chrome"), ("wormfarm likes this.", "reaction"),
        ("(You must log in or sign up to reply here.)", "footer"),
        ("Home Forums Composting", "footer"), ("Forum software by XenForo™ ©2010-2017 XenForo Ltd.", "footer")]
    assert ("Like Like x 2", "reaction") in removed


def test_the_starter_line_names_the_starter_and_the_short_title_above_it_is_the_title():
    # the notices' tab titles ("Cookies Willkommen") above a two-word title are not the title
    doc = clean_text("Gartenrunde Forum\nStartseite Foren > Gemüse >\n  1. Cookies helfen uns. Weitere Informationen\n"
                     "    Information ausblenden\nCookies Willkommen\n\nKompost winterfest?\n\n"
                     "Dieses Thema im Forum \"Gemüse\" wurde erstellt von wurmfarm, 5. Januar 2024.\n\nIgnorierte Inhalte anzeigen\n\n"
                     "  1. wurmfarm\n\n    wurmfarm Mitglied\n\n    Registriert seit:\n    16. Oktober 2003\n    Beiträge:\n"
                     "    2.059\n    Hält jemand seinen Kompost im Winter in Gang? Meiner friert jeden Januar ein.\n     \n"
                     "    wurmfarm, 5. Januar 2024\n    #1\n  2. Grüntonne\n\n    Grüntonne Mitglied\n\n"
                     "    Registriert seit:\n    7. Mai 2016\n    Beiträge:\n    634\n"
                     "    Mit alten Teppichen abdecken und weiter Grünzeug zugeben.\n     \n    Grüntonne, 6. Januar 2024\n"
                     "    #2\n")
    assert doc.engine == "xenforo" and doc.title == "Kompost winterfest?"
    assert [(p.author, p.posted_at_raw, p.text) for p in doc.posts] == [
        ("wurmfarm", "5. Januar 2024", "Hält jemand seinen Kompost im Winter in Gang? Meiner friert jeden Januar ein."),
        ("Grüntonne", "6. Januar 2024", "Mit alten Teppichen abdecken und weiter Grünzeug zugeben.")]


def test_a_short_reply_under_a_quote_keeps_the_quote():
    # neither the quoted words nor the reply read as prose: the pane still ends at the quote's header
    text = (FIXTURES / "text" / "xenforo1_thread.txt").read_text(encoding="utf-8").replace(
        "    Mine freezes solid every January and nothing happens until April.\n    Click to expand...\n"
        "    Wrap the bin in old carpet and keep adding greens.\n\n    It slows down but does not stop.\n",
        "    Nothing happens until April\n    Click to expand...\n    Same here\n")
    doc = clean_text(text)
    quote = doc.posts[1].quotes[0]
    assert (quote.quoted_author, quote.text, doc.posts[1].text) == ("wormfarm", "Nothing happens until April",
                                                                      "Same here")


def test_a_post_with_no_text_leaves_the_next_pane_whole():
    # an image-only post prints no text; the next post's pane (its name under the item, then with a banner) is no
    # text of it
    doc = clean_text("Compost bin in winter\n\nDiscussion in 'Composting' started by wormfarm, Jan 5, 2024.\n\n  1. wormfarm\n\n    wormfarm\n\n    Messages:\n    52\n    Location:\n"
                     "    Kent\n    Jan 5, 2024\n    #1\n    Does anybody keep their compost bin going through the winter?\n"
                     "     \n  2. Greenbin\n\n    Greenbin\n\n    Messages:\n    367\n    Location:\n    Australia\n"
                     "    Jan 6, 2024\n    #2\n     \n    wormfarm likes this.\n  3. Leafpile\n\n    Leafpile Premium\n\n"
                     "    Messages:\n    11,230\n    Location:\n    England\n    Jan 6, 2024\n    #3\n"
                     "    Wrap the bin in old carpet and keep adding greens.\n     \n"
                     "Forum software by XenForo™ ©2010-2017 XenForo Ltd.\n")
    assert doc.engine == "xenforo"
    assert [(p.author, p.text) for p in doc.posts] == [
        ("wormfarm", "Does anybody keep their compost bin going through the winter?"),
        ("Leafpile", "Wrap the bin in old carpet and keep adding greens.")]


def test_likes_under_the_closing_line_are_the_posts_reactions():
    # "wormfarm likes this." under Greenbin's closing line counts one like for Greenbin's post; the ratings under
    # wormfarm's ("Like Like x 2": the icon's alt text, then the count) two for wormfarm's
    assert [p.reactions for p in text_doc("xenforo1_thread.txt").posts] == [[Reaction("like", 2)], [Reaction("like", 1)]]
    # German boards: "A, B und 16 anderen gefällt das.", "A und einer weiteren Person gefällt das."
    dump = (FIXTURES / "text" / "xenforo1_thread.txt").read_text(encoding="utf-8")
    for line, count in (("Otto, Wren und 16 anderen gefällt das.", 18), ("Otto und einer weiteren Person gefällt das.", 2)):
        doc = clean_text(dump.replace("wormfarm likes this.", line))
        assert doc.posts[1].reactions == [Reaction("like", count)]
