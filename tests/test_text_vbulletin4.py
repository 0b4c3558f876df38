"""vBulletin 4 (and 3) text dumps: posts as <ol> items with the date first, the author pane under the date line."""

import pytest

from tests.forum_fixtures import FIXTURES, text_doc
from threadclean import clean_text


def test_numbered_date_lines_and_the_pane_under_them():
    doc = text_doc("vbulletin4_thread.txt")
    assert doc.engine == "vbulletin" and doc.title == "Raised beds: wood or metal?"
    assert [(p.author, p.posted_at_raw) for p in doc.posts] == [
        ("cedarfan", "03-02-2024, 09:03 AM"), ("galvo", "03-02-2024, 01:50 PM"), ("cedarfan", "03-03-2024, 08:12 AM")]
    assert [p.text for p in doc.posts] == [
        "I am building two raised beds this spring.\n\nIs untreated cedar worth the price, or should I buy metal beds?",
        "Metal beds warm up faster in spring and last for decades.",
        "Metal it is. Thanks for the advice."]


def test_quote_ends_where_the_reply_goes_on_without_a_blank_line():
    quote = text_doc("vbulletin4_thread.txt").posts[1].quotes[0]
    assert (quote.quoted_author, quote.text) == ("cedarfan", "Is untreated cedar worth the price, or should I buy metal beds?")
    assert quote.source_post_id.endswith(":1")


def test_pane_labels_values_buttons_subject_and_signature_are_removed():
    doc = text_doc("vbulletin4_thread.txt")
    removed = [(r.text, r.reason) for r in doc.removed]
    pane = ["03-02-2024, 09:03 AM #1", "cedarfan", "View Profile", "View Forum Posts", "View Forum Threads",
            "cedarfan is offline", "Junior Member", "Join Date", "Mar 2016", "Location", "Leeds", "Posts", "112"]
    assert [(t, "author_pane") for t in pane] == removed[removed.index(("03-02-2024, 09:03 AM #1", "author_pane")):][:13]
    assert ("Reply With QuoteReply With Quote 0 Not allowed!", "share") in removed
    assert ("Raised beds: wood or metal?", "subject") in removed
    assert removed.count(("Leeds allotment, plot 14", "signature")) == 2
    assert ("Switch to Threaded Mode", "navigation") in removed and ("Results 1 to 3 of 3", "navigation") in removed


def test_german_vbulletin4_buttons_labels_avatar_alt_and_quote_header():
    # "Zitieren Zitieren" closes a post, "Junior Member Avatar von jdoe" is pane, "Quote Zitat von jdoe View Post" quotes
    doc = text_doc("vbulletin4_de_thread.txt")
    assert doc.engine == "vbulletin" and doc.title == "Raised beds: wood or metal?"
    assert [(p.author, p.posted_at_raw, p.text) for p in doc.posts] == [
        ("cedarfan", "03-02-2024, 09:03 AM",
         "I am building two raised beds this spring.\n\nIs untreated cedar worth the price, or should I buy metal beds?"),
        ("galvo", "03-02-2024, 01:50 PM", "Metal beds warm up faster in spring and last for decades."),
        ("cedarfan", "03-03-2024, 08:12 AM", "Metal it is. Thanks for the advice.")]
    assert doc.posts[1].quotes[0].quoted_author == "cedarfan"
    removed = [(r.text, r.reason) for r in doc.removed]
    assert ("Junior Member Avatar von cedarfan", "author_pane") in removed and ("Registriert seit", "author_pane") in removed
    assert removed.count(("Leeds allotment, plot 14", "signature")) == 2


@pytest.mark.parametrize("header", ["Zitat Zitat von cedarfan Beitrag anzeigen",
                                    "Citation Envoyé par cedarfan Voir le message"])
def test_vbulletin4_quote_header_fully_translated(header):
    dump = (FIXTURES / "text" / "vbulletin4_de_thread.txt").read_text(encoding="utf-8")
    doc = clean_text(dump.replace("Quote Zitat von cedarfan View Post", header))
    [quote] = doc.posts[1].quotes
    assert (quote.quoted_author, quote.text) == ("cedarfan", "Is untreated cedar worth the price, or should I buy metal beds?")
    assert doc.posts[1].text == "Metal beds warm up faster in spring and last for decades."


def test_french_vbulletin4_labels_times_icon_subject_and_footer():
    # "13h50" times, "Powered by vBulletin" inside the forum's name line, "Fuseau horaire", the icon's name before
    # the first post's subject, the edit note, the named links to the threads around and the similar threads
    doc = text_doc("vbulletin4_fr_thread.txt")
    assert doc.engine == "vbulletin" and doc.title == "Bacs surélevés"
    assert [(p.author, p.posted_at_raw, p.text) for p in doc.posts] == [
        ("Pimprenelle", "02/03/2024, 09h03", "Je construis deux bacs surélevés ce printemps.\n\n"
         "Le cèdre non traité vaut-il son prix, ou faut-il choisir le métal ?"),
        ("Galvanix", "02/03/2024, 13h50", "Le métal se réchauffe plus vite au printemps et dure des décennies."),
        ("Pimprenelle", "03/03/2024, 08h12", "Va pour le métal. Merci du conseil.")]
    removed = [(r.text, r.reason) for r in doc.removed]
    assert ("Thumbs up Bacs surélevés", "subject") in removed and ("Re : Bacs surélevés", "subject") in removed
    assert ("Dernière modification par Pimprenelle ; 02/03/2024 à 10h12.", "edited") in removed
    # the lines after the numbered list of posts are no post's, however they are read further
    assert all(r in removed for r in [("À lire aussi", "footer"), ("Dernier message: 12/03/2023, 15h38", "footer")])


def test_vbulletin3_title_labelled_by_the_reload_link_over_the_navigation_under_it():
    # "Reload this Page <title>" labels the title: "Register  FAQ" and the page links under it are no title
    doc = text_doc("vbulletin3_thread.txt")
    assert doc.engine == "vbulletin" and doc.title == "Raised beds: wood or metal?"
    assert [(p.author, p.posted_at_raw, p.text) for p in doc.posts] == [
        ("cedarfan", "Mar 2, 2024, 9:03 AM", "I am building two raised beds this spring. Is untreated cedar worth the price?"),
        ("galvo", "Mar 2, 2024, 1:50 PM", "Metal beds warm up faster in spring and last for decades.")]


def test_vbulletin4_name_under_the_date_line_with_only_a_rank_ad_slot_and_german_icon():
    # no member info in the panes: the name is the line under the date line, the rank under it is pane; the ad
    # slot listed between the posts ("Anzeige", "&nbsp") names no post; "Daumen hoch" is the post icon's name
    doc = text_doc("vbulletin4_de_rank_only.txt")
    assert doc.engine == "vbulletin" and doc.title == "Hochbeet aus Holz oder Metall?"
    assert [(p.author, p.posted_at_raw, p.text) for p in doc.posts] == [
        ("Rankenfreund", "02.03.2024, 09:03", "Ich baue zwei Hochbeete. Lohnt sich Zedernholz, oder nehme ich Metall?"),
        ("Beetkönig", "02.03.2024, 13:50", "Metall wird im Frühjahr schneller warm und hält Jahrzehnte."),
        ("Rankenfreund", "03.03.2024, 08:12", "Danke, dann wird es Metall.")]
    removed = [(r.text, r.reason) for r in doc.removed]
    assert ("Daumen hoch AW: Hochbeet aus Holz oder Metall?", "subject") in removed


def test_vbulletin4_last_post_printed_without_its_buttons_is_kept():
    # the posts end at "ZitierenZitieren" but the last one lacks it: its date line and text still make a post
    dump = (FIXTURES / "text" / "vbulletin4_de_rank_only.txt").read_text(encoding="utf-8")
    head, _, _ = dump.rpartition("    ZitierenZitieren\n")
    doc = clean_text(head + "Gehe zu: Hochbeete Nach oben\n  • Foren\n  • Impressum\n")
    assert [(p.author, p.text) for p in doc.posts] == [
        ("Rankenfreund", "Ich baue zwei Hochbeete. Lohnt sich Zedernholz, oder nehme ich Metall?"),
        ("Beetkönig", "Metall wird im Frühjahr schneller warm und hält Jahrzehnte."),
        ("Rankenfreund", "Danke, dann wird es Metall.")]


def test_an_ad_listed_between_posts_is_no_post_pane():
    # the ad's item under a post is no name line of the next post's pane, and no text of the post above
    doc = clean_text("Thread: Server keeps rebooting\n\n  1. 11-29-2024, 09:03 AM#1\n    jack\n    Join Date\n    Aug 2008\n"
                     "    Posts\n    1,077\n\n    My box reboots every night at 2am.\n    Reply With Quote\n"
                     "  2. Sponsored Links: Cheap hosting\n  3. 11-30-2024, 08:00 AM\n    kate\n"
                     "    Check your cron jobs.\nAll times are GMT -5. Powered by vBulletin® Version 4.2.5\n")
    assert [(p.author, p.text) for p in doc.posts] == [("jack", "My box reboots every night at 2am."),
                                                       ("kate", "Check your cron jobs.")]
    assert ("Sponsored Links: Cheap hosting", "ad") in [(r.text, r.reason) for r in doc.removed]
