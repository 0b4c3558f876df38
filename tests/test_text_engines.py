"""The text path on other engines' dumps: XenForo, phpBB and an unknown engine (fixtures written in dump style)."""

import pytest

from tests.forum_fixtures import FIXTURES, text_doc
from threadclean import clean_text
from threadclean.text.engines import GENERIC
from threadclean.text.pipeline import detect_engine, to_lines


def test_xenforo_posts_authors_dates_and_quote():
    doc = text_doc("xenforo_thread.txt")
    assert doc.engine == "xenforo" and doc.title == "Best soil for tomatoes in pots?"
    assert [(p.author, p.posted_at_raw) for p in doc.posts] == [
        ("greenthumb", "Mar 3, 2024"), ("leafy", "Mar 4, 2024"), ("greenthumb", "Mar 5, 2024")]
    assert doc.posts[1].text == "A peat-free mix with some compost added has worked well for me every season."
    assert doc.posts[2].text == "Thanks, I will try that and report back in the summer."
    quote = doc.posts[2].quotes[0]
    assert quote.quoted_author == "leafy" and quote.source_post_id.endswith(":2")
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons["Click to expand..."] == "quote_chrome"
    assert reasons["Reactions: leafy and tomfarm"] == "reaction"
    assert "You should upgrade or use an alternative browser." not in doc.text


def test_a_date_heading_lines_of_a_post_is_not_its_date_line():
    # "JULY 2:" over an update in a post heads what follows: the post is not cut there
    dump = (FIXTURES / "text" / "xenforo_thread.txt").read_text(encoding="utf-8")
    doc = clean_text(dump.replace("A peat-free mix with some compost added has worked well for me every season.",
                                  "MARCH 4:\nA peat-free mix with some compost added.\nMARCH 5:\nStill growing well."))
    assert [p.author for p in doc.posts] == ["greenthumb", "leafy", "greenthumb"]
    assert doc.posts[1].text == "MARCH 4:\nA peat-free mix with some compost added.\nMARCH 5:\nStill growing well."


def test_xenforo_pane_values_without_labels_over_the_counted_date():
    # a theme printing the pane's values without their labels: join date, counts, then a location ending in a period
    dump = (FIXTURES / "text" / "xenforo_thread.txt").read_text(encoding="utf-8")
    dump = dump.replace("Active member\nJoined\nJun 12, 2020\nMessages\n97\nReaction score\n30\n",
                        "Active member\nJun 12, 2020\n97\n30\nsomewhere near the coast.\n")
    assert "somewhere near the coast." in dump
    doc = clean_text(dump)
    assert [(p.author, p.posted_at_raw) for p in doc.posts] == [
        ("greenthumb", "Mar 3, 2024"), ("leafy", "Mar 4, 2024"), ("greenthumb", "Mar 5, 2024")]
    assert doc.posts[1].text == "A peat-free mix with some compost added has worked well for me every season."
    assert ("somewhere near the coast.", "author_pane") in [(r.text, r.reason) for r in doc.removed]


def test_a_notice_to_guests_under_an_attached_image_is_no_part_of_the_post():
    dump = (FIXTURES / "text" / "xenforo_thread.txt").read_text(encoding="utf-8")
    doc = clean_text(dump.replace("worked well for me every season.\n",
                                  "worked well for me every season.\nsoil.jpg\n"
                                  "Join to see EXIF info for this image (if available)\n"))
    assert doc.posts[1].text == "A peat-free mix with some compost added has worked well for me every season."
    assert ("Join to see EXIF info for this image (if available)", "guest_notice") in [
        (r.text, r.reason) for r in doc.removed]


def test_xenforo_reaction_summary_after_the_icons_labels_is_counted():
    dump = (FIXTURES / "text" / "xenforo_thread.txt").read_text(encoding="utf-8")
    doc = clean_text(dump.replace("Reactions: leafy and tomfarm", "Likes   Reactions: leafy and tomfarm"))
    assert [(r.name, r.count) for r in doc.posts[0].reactions] == [("like", 2)]


def test_xenforo_reaction_summary_counts_who_reacted():
    # "Reactions: leafy and tomfarm" is two; a list cut short counts the others it names
    doc = text_doc("xenforo_thread.txt")
    assert [[(r.name, r.count) for r in p.reactions] for p in doc.posts] == [[("like", 2)], [("like", 1)], []]
    dump = (FIXTURES / "text" / "xenforo_thread.txt").read_text(encoding="utf-8")
    more = clean_text(dump.replace("Reactions: leafy and tomfarm", "Reactions: leafy, tomfarm, Bo and 12 others"))
    assert more.posts[0].reactions[0].count == 15


def test_xenforo_title_that_starts_with_a_pane_label_is_the_title():
    # "Messages" alone, or with a count, is the pane's label; a title may start with the word
    dump = (FIXTURES / "text" / "xenforo_thread.txt").read_text(encoding="utf-8")
    doc = clean_text(dump.replace("Best soil for tomatoes in pots?", "Messages from the seed swap group"))
    assert doc.title == "Messages from the seed swap group"
    assert [p.author for p in doc.posts] == ["greenthumb", "leafy", "greenthumb"]


def test_xenforo_board_fields_and_custom_title_stay_in_the_pane_and_name_no_one():
    # the board's own fields as label and value lines (their values repeat: "Spain" twice), more of them than a
    # pane's name lines, and a custom title that ends like a sentence: the name is the one under the initial
    dump = (FIXTURES / "text" / "xenforo_thread.txt").read_text(encoding="utf-8")
    fields = ("No Longer With Us (RIP)\nJoined\nJun 12, 2020\nMember Type\nStudent or Learner\nNative Language\n"
              "Spanish\nHome Country\nSpain\nCurrent Location\nSpain\nFavourite Crop\nRunner beans\n")
    doc = clean_text(dump.replace("Active member\nJoined\nJun 12, 2020\nMessages\n97\nReaction score\n30\n", fields))
    assert [p.author for p in doc.posts] == ["greenthumb", "leafy", "greenthumb"]
    assert doc.posts[0].text == "I want to grow tomatoes on my balcony this year. Which potting soil works best for you?"
    assert {r.text: r.reason for r in doc.removed}["No Longer With Us (RIP)"] == "author_pane"


def test_xenforo_custom_title_as_long_as_a_sentence_under_a_doubled_name_stays_in_the_pane():
    dump = (FIXTURES / "text" / "xenforo_thread.txt").read_text(encoding="utf-8")
    title = "Bell peppers and bee- HEY WAIT A SEC WHERE IS THE B"
    doc = clean_text(dump.replace("L\n\nleafy\n\nActive member\n", f"leafy\n\nleafy\n\n{title}\nexample.net\n"))
    assert [p.author for p in doc.posts] == ["greenthumb", "leafy", "greenthumb"]
    assert {r.text: r.reason for r in doc.removed}[title] == "author_pane"
    assert doc.posts[0].text == "I want to grow tomatoes on my balcony this year. Which potting soil works best for you?"


def test_xenforo_name_field_under_a_doubled_name_is_no_author():
    # a "Name" profile field whose value starts the member's name ("Marko" for "MarkoV")
    dump = (FIXTURES / "text" / "xenforo_thread.txt").read_text(encoding="utf-8")
    pane = "leafy\n\nleafy\n\nActive member\nLocation\nThe coast\nName\nleaf\n"
    doc = clean_text(dump.replace("L\n\nleafy\n\nActive member\n", pane))
    assert [p.author for p in doc.posts] == ["greenthumb", "leafy", "greenthumb"]


def test_the_subject_the_replies_repeat_is_the_title_over_a_forum_description():
    dump = ("  • Index du forum\n  • Potager\n\nSemis précoces\n\n"
            "Les semis de légumes-fruits sous abri chauffé demandent de la lumière, une température stable et un "
            "repiquage au bon moment pour éviter des plants trop étirés.\n"
            "Répondre\n  • Répondre en citant le message\n\nRe: Semis précoces\n\n"
            "Messagepar potagere » Dim 29 Oct 2017 16:46\n\nEst-ce trop tôt pour semer les tomates en février ?\nHaut\n"
            "  • Répondre en citant le message\n\nRe: Semis précoces\n\n"
            "Messagepar Jardinier » Lun 30 Oct 2017 13:00\n\nAvec une véranda chauffée, février convient très bien.\n"
            "Haut\n  • Répondre en citant le message\n\nRe: Semis précoces\n\n"
            "Messagepar potagere » Lun 30 Oct 2017 18:20\n\nMerci, je sème donc la semaine prochaine.\nHaut\n\n"
            "Retourner vers « Potager »\n")
    doc = clean_text(dump)
    assert doc.engine == "phpbb" and doc.title == "Semis précoces"
    assert [(p.author, p.text) for p in doc.posts] == [
        ("potagere", "Est-ce trop tôt pour semer les tomates en février ?"),
        ("Jardinier", "Avec une véranda chauffée, février convient très bien."),
        ("potagere", "Merci, je sème donc la semaine prochaine.")]


def test_a_breadcrumb_trail_one_link_a_line_under_the_title_is_no_title():
    dump = (FIXTURES / "text" / "xenforo_thread.txt").read_text(encoding="utf-8")
    trail = "Best soil for tomatoes in pots?\n\nHome\nForums\nVegetables\nTomatoes and Peppers\n"
    doc = clean_text(dump.replace("Best soil for tomatoes in pots?\n", trail, 1))
    assert doc.title == "Best soil for tomatoes in pots?"
    assert [p.author for p in doc.posts] == ["greenthumb", "leafy", "greenthumb"]


def test_phpbb_author_on_the_date_line_and_quote_without_blank_line():
    doc = text_doc("phpbb_thread.txt")
    assert doc.engine == "phpbb" and doc.title == "Rear brake squeals after pad change"
    assert [p.author for p in doc.posts] == ["rider42", "wrenchy", "rider42"]
    assert doc.posts[1].posted_at_raw == "3. Apr 2024, 21:06"
    assert doc.posts[0].text.endswith("Any idea what I did wrong?")
    assert doc.posts[2].text == "That fixed it, thank you."
    assert doc.posts[2].quotes[0].quoted_author == "wrenchy"
    assert doc.posts[2].quotes[0].source_post_id.endswith(":2")
    assert "Posts: 1204" not in doc.text and "Powered by phpBB" not in doc.text


CODE_THEN_GUEST = """Board index
Raspberry Pi
Turning off the LEDs
Post Reply
Print view
3 posts • Page 1 of 1
User avatar
ledhater
Posts: 12
Joined: Wed Feb 04, 2015 6:38 pm

Turning off the LEDs

Sat Mar 16, 2024 11:14 pm

How do I turn off the ethernet LEDs? These lines in config.txt do nothing:

Code: Select all

dtparam=eth_led0=4
dtparam=eth_led1=4
Anonymous

Re: Turning off the LEDs

Sun Mar 17, 2024 9:02 am

Update the firmware first, the options need it.
User avatar
ledhater
Posts: 12
Joined: Wed Feb 04, 2015 6:38 pm

Re: Turning off the LEDs

Sun Mar 17, 2024 10:40 am

That worked, thanks.
"""


def test_a_code_block_ending_a_post_is_no_part_of_the_next_pane():
    # the guest's pane has no avatar line: the walk up from its date stops at the code, which stays in its post
    doc = clean_text(CODE_THEN_GUEST)
    assert [p.author for p in doc.posts] == ["ledhater", "Anonymous", "ledhater"]
    assert doc.posts[0].text.endswith("do nothing:\n\ndtparam=eth_led0=4\ndtparam=eth_led1=4")


def test_phpbb_3_0_quote_header_run_into_the_quoted_words():
    # phpBB 3.0's <cite> is inline: "spokeshave wrote:bed them in..." on one line, the words from a post on another
    # page by a member who posts nothing on this one
    dump = (FIXTURES / "text" / "phpbb_thread.txt").read_text(encoding="utf-8")
    doc = clean_text(dump.replace(
        "wrenchy wrote: ↑ 3. Apr 2024, 21:06\nNew pads need bedding in. Do twenty firm stops from moderate speed and "
        "it usually goes away.\n", "spokeshave wrote:bed them in on a quiet road.\n\n"))
    assert doc.posts[2].text == "That fixed it, thank you."
    [quote] = doc.posts[2].quotes
    assert (quote.quoted_author, quote.text) == ("spokeshave", "bed them in on a quiet road.")


def test_phpbb_signature_under_the_edit_note_is_no_post_text():
    # prosilver prints the edit note under the post's text and the signature under the note, with no marker
    text = (FIXTURES / "text" / "phpbb_thread.txt").read_text(encoding="utf-8").replace(
        "Do twenty firm stops from moderate speed and it usually goes away.\nTop\n",
        "Do twenty firm stops from moderate speed and it usually goes away.\n"
        "Last edited by wrenchy on 3. Apr 2024, 21:10, edited 1 time in total.\n"
        "Leeds Cycling Club | Ride safe\nalfa wrote:Best mechanic on the board\nTop\n", 1)
    doc = clean_text(text)
    assert [p.author for p in doc.posts] == ["rider42", "wrenchy", "rider42"]
    assert doc.posts[1].parts == ["New pads need bedding in. Do twenty firm stops from moderate speed and it usually "
                                  "goes away."]
    removed = [(r.text, r.reason) for r in doc.removed]
    assert ("Leeds Cycling Club | Ride safe", "signature") in removed
    assert ("alfa wrote:Best mechanic on the board", "signature") in removed


def test_unknown_engine_read_from_author_and_date_pairs():
    doc = text_doc("generic_thread.txt")
    assert doc.engine == "generic" and doc.page_kind == "thread"
    assert [(p.author, p.posted_at_raw) for p in doc.posts] == [
        ("marta_k", "12/02/2023 14:05"), ("fishdoc", "12/02/2023 15:40"), ("marta_k", "13/02/2023 09:12")]
    assert doc.posts[2].text == "Cleared up this morning. Thanks for the explanation."
    assert "Privacy policy" not in doc.text and "Reply Quote" not in doc.text


def test_detection_needs_two_distinct_fingerprints():
    assert detect_engine(to_lines("Reply With Quote\nReply With Quote\n")) is None
    assert detect_engine(to_lines("Reply With Quote\nJoin Date: May 2010\nView Public Profile\n")).name == "vbulletin"


def test_stackexchange_vote_counts_are_the_posts_scores():
    # the count over each post's words, as the HTML path reads `.js-vote-count`; a bounty ("+100") is no score
    doc = text_doc("stackexchange_question.txt")
    assert [[(r.name, r.count) for r in p.reactions] for p in doc.posts] == [[("score", 5)], [("score", 7)], [("score", 2)]]
    dump = (FIXTURES / "text" / "stackexchange_question.txt").read_text(encoding="utf-8")
    doc = clean_text(dump.replace("\n7\n", "\n7\n+50\n", 1))
    assert [[(r.name, r.count) for r in p.reactions] for p in doc.posts][1] == [("score", 7)]


def test_stackexchange_pane_under_the_body_and_posts_without_comment_links():
    doc = text_doc("stackexchange_question.txt")
    assert doc.engine == "stackexchange" and doc.title == "Why do my basil leaves turn yellow?"
    assert [(p.author, p.posted_at_raw) for p in doc.posts] == [
        ("leafgrower", "Jun 2, 2022 at 19:45"), ("soilnerd", "Jun 2, 2022 at 21:03"), ("potter", "Jun 4, 2022 at 10:30")]
    assert doc.posts[0].text.endswith("Lately the lower leaves turn yellow and drop. What am I doing wrong?")
    assert doc.posts[1].text == ("Daily watering is too much for basil in a pot. Let the top of the soil dry out "
                                 "between waterings.")
    assert doc.posts[2].text == "Yellow lower leaves can also mean the pot has no drainage holes."
    # tags and comments are no post text, as on the HTML path; comment words stay in the audit trail
    assert [(r.text, r.reason) for r in doc.removed if r.reason in ("comment", "tag")] == [
        ("basil", "tag"), ("watering", "tag"), ("leafgrower", "comment"), ("Thanks, I will water less often.", "comment")]
    for chrome in ("Improve this answer", "helper", "Share", "Hot Network Questions", "Asked 3 years", "Viewed 2k"):
        assert chrome not in doc.text


def test_xenforo_verticalscope_theme_numbered_date_lines_and_starter_role():
    doc = text_doc("xenforo_fora_thread.txt")
    assert doc.engine == "xenforo"
    assert [(p.author, p.posted_at_raw) for p in doc.posts] == [
        ("koi_keeper", "Apr 1, 2024"), ("reedbed", "Apr 2, 2024"), ("koi_keeper", "Apr 2, 2024")]
    assert doc.posts[2].text == "Ordered one today, thanks."
    assert doc.posts[2].quotes[0].quoted_author == "reedbed"
    for chrome in ("Green water since 2019", "Add to quote", "Jump to Latest", "1.2K views", "Advanced Search"):
        assert chrome not in doc.text


def test_unknown_engine_name_and_relative_date_on_one_line():
    # "fernfriend 2 years ago#1": the name is the author, not part of the date
    doc = text_doc("generic_relative_dates.txt")
    assert doc.engine == "generic" and doc.title == "Which seeds for a shady balcony?"
    assert [(p.author, p.posted_at_raw) for p in doc.posts] == [
        ("fernfriend", "2 years ago"), ("mossy_k", "2 years ago"), ("fernfriend", "1 year ago")]
    assert doc.posts[1].text == "Lettuce and spinach do fine with little sun.\nMint will take over if you let it."


def test_a_short_relative_date_run_into_the_year_is_no_name_and_date():
    # "June 14, 20241 yr": the date and its short form sat in two elements (IPS 5); "June 14" is no author
    doc = clean_text("If the forum comes to an end soon\n\nColdJ\n\n  • 2.8k posts\n\nColdJ\n\nJune 14, 20241 yr\n\n"
                     "Where would everyone go if this forum closed?\n\nLisa\n\nJune 14, 20241 yr\n\nProbably the subreddit.\n")
    assert [(p.author, p.posted_at_raw, p.text) for p in doc.posts] == [
        ("ColdJ", "June 14, 2024", "Where would everyone go if this forum closed?"),
        ("Lisa", "June 14, 2024", "Probably the subreddit.")]


def test_page_footer_under_the_last_post_starts_where_the_header_navigation_comes_again():
    doc = text_doc("generic_relative_dates.txt")
    assert [(r.text, r.reason) for r in doc.removed if r.reason == "footer"] == [
        ("Boards", "footer"), ("Balcony Gardens", "footer"), ("Help / Contact Us", "footer")]


def test_a_closing_line_an_author_repeats_under_posts_is_a_signature():
    doc = text_doc("generic_relative_dates.txt")
    assert [p.text for p in doc.posts] == [
        "My balcony faces north and gets about two hours of sun a day.\nWhich seeds should I try first this spring?",
        "Lettuce and spinach do fine with little sun.\nMint will take over if you let it.",
        "The lettuce worked, thanks!"]
    assert [r.text for r in doc.removed if r.reason == "signature"] == ["Growing things in small places since 2019."] * 2


def test_article_with_a_numbered_comment_list_stays_an_article():
    # "  1. Priya March 3, 2025 at 6:26 pm": comments read as posts would throw the article above them away
    doc = text_doc("blog_comments.txt")
    assert doc.engine == "generic" and doc.page_kind == "article" and doc.posts == []
    assert "The roof took the longest." in doc.text and "The first step was sealing the gaps." in doc.text


def test_unknown_engine_title_by_author_and_date_header_lines():
    # "Re: <title> by okra: 10:16am On Apr 24": one post per such line, however short the post under it
    doc = text_doc("generic_by_name.txt")
    assert doc.engine == "generic" and doc.page_kind == "thread"
    assert [(p.author, p.posted_at_raw) for p in doc.posts] == [
        ("mirapep", "9:00am On Apr 24"), ("okra", "10:16am On Apr 24"), ("seedsaver", "10:22am On Apr 24")]
    assert [p.text for p in doc.posts[:2]] == [
        "My chilli plants flower well but the flowers drop before any fruit sets.\n\nThey are on a sunny windowsill.",
        "Too hot"]
    assert doc.posts[2].text.startswith("Shake the plants gently every day, indoors nothing pollinates them.")
    assert ("12 Likes 2 Shares", "reaction") in [(r.text, r.reason) for r in doc.removed]
    # the counts under a post are its reactions
    assert [[(r.name, r.count) for r in p.reactions] for p in doc.posts] == [
        [("like", 12), ("share", 2)], [], [("like", 3)]]


def test_unknown_engine_header_line_with_an_edit_note_after_its_date():
    # "... by okra: 10:16am On Apr 24*. Modified: 9:02pm On Apr 25": the post's date is the first one
    for note in ("*. Modified: 9:02pm On Apr 25", " Bearbeitet: 25.04.2024"):
        dump = (FIXTURES / "text" / "generic_by_name.txt").read_text(encoding="utf-8").replace(
            "by okra: 10:16am On Apr 24", "by okra: 10:16am On Apr 24" + note)
        doc = clean_text(dump)
        assert [(p.author, p.posted_at_raw) for p in doc.posts] == [
            ("mirapep", "9:00am On Apr 24"), ("okra", "10:16am On Apr 24"), ("seedsaver", "10:22am On Apr 24")]
        assert doc.posts[1].text == "Too hot"


_SHAKE = "Shake the plants gently every day, indoors nothing pollinates them."


def _third_post(before_shake: str):
    """The by-name fixture's third post, `before_shake` printed over its words."""
    dump = (FIXTURES / "text" / "generic_by_name.txt").read_text(encoding="utf-8").replace(_SHAKE, before_shake + _SHAKE)
    return clean_text(dump).posts[2]


def test_quote_headed_by_a_members_name_and_a_colon():
    # "okra:" over words okra wrote earlier on the page heads a quote of okra (Nairaland prints its quotes so)
    reply = _third_post("okra:\nToo hot\n\n")
    [quote] = reply.quotes
    assert (quote.text, quote.quoted_author, reply.text) == ("Too hot", "okra", _SHAKE)
    # a label over words nobody wrote before ("Update:") heads nothing, nor does a name over new words
    for lead in ("Update:", "okra:"):
        reply = _third_post(lead + "\n")
        assert reply.quotes == [] and reply.text.startswith(lead)


def test_unknown_engine_title_named_by_the_first_posts_header_over_related_topics():
    # the first post's header "<title> by jdoe: <date>" names the thread; the line of related topics above is none
    dump = ("Welcome, Guest: Join / LOGIN!\n\nCompost Heap Smells Of Ammonia - Gardening - Allotment Forum\n\n"
            "Allotment Forum / General / Gardening / Compost Heap Smells Of Ammonia (512 Views)\n\n"
            "Why Worms Leave A Bin / Best Brown Material For Compost / Rats In The Heap\n\n(1) (2) (Reply) (Go Down)\n\n"
            "Compost Heap Smells Of Ammonia by greenbin: 10:16am On Apr 24\n\n"
            "My heap started to smell of ammonia this week. What should I add?\n\n"
            "Re: Compost Heap Smells Of Ammonia by leafmould(m): 11:02am On Apr 24\n\n"
            "Too many greens. Add shredded cardboard and turn it.\n\n(1) (2) (Reply)\n")
    doc = clean_text(dump)
    assert doc.engine == "generic" and doc.title == "Compost Heap Smells Of Ammonia"
    assert [(p.author, p.posted_at_raw, p.text) for p in doc.posts] == [
        ("greenbin", "10:16am On Apr 24", "My heap started to smell of ammonia this week. What should I add?"),
        ("leafmould", "11:02am On Apr 24", "Too many greens. Add shredded cardboard and turn it.")]


def test_post_count_date_lines_label_dates_edit_notes_votes_and_share_rows():
    # "Jul 5, 2024 at 5:39 PM Thread Starter Post #1 of 3" dates a post; "Joined" / "Feb 8, 2023" and
    # "Last edited: Jul 6, 2024" do not
    doc = text_doc("xenforo_postcount_thread.txt")
    assert doc.title == "Closed headphones for a small room"
    assert [(p.author, p.posted_at_raw, p.text) for p in doc.posts] == [
        ("quietroom", "Jul 5, 2024 at 5:39 PM", "I need closed headphones for late evenings.\n\nWhich ones have the widest stage?"),
        ("wideband", "Jul 5, 2024 at 7:30 PM", "Try an open-back pair at low volume first."),
        ("quietroom", "Jul 6, 2024 at 1:35 PM", "Good idea, I will borrow a pair.")]
    removed = [(r.text, r.reason) for r in doc.removed]
    assert ("Last edited: Jul 6, 2024", "edited") in removed and ("Upvote 2 Downvote", "reaction") in removed
    assert ("Share: Facebook X Bluesky Reddit Email Share Link", "share") in removed
    assert removed[-5:] == [("TRENDING THREADS", "footer"), ("Admin", "footer"), ("Retailer raises memory prices", "footer"),
                            ("Started by Admin", "footer"), ("Replies: 56", "footer")]


def test_phpbb_french_glued_author_label_top_links_and_return_line():
    # "Messagepar jdoe » date" (the label glued to the name), "Haut" closes a post, "Retourner vers" ends the thread
    doc = text_doc("phpbb_fr_topic.txt")
    assert doc.engine == "phpbb" and doc.title == "Semis de tomates en février"
    assert [(p.author, p.posted_at_raw, p.text) for p in doc.posts] == [
        ("potagere", "Dim 29 Oct 2017 16:46", "Est-ce trop tôt pour semer les tomates en février ?\nJ'ai une véranda chauffée."),
        ("Modérateur", "Lun 30 Oct 2017 13:00", "Avec une véranda chauffée, février convient très bien.")]
    removed = [(r.text, r.reason) for r in doc.removed]
    assert removed[-6:] == [
        ("Modérateur", "author_pane"), ("Messages : 900", "author_pane"), ("Re: Semis de tomates en février", "author_pane"),
        ("Répondre en citant le message", "author_pane"), ("Messagepar Modérateur » Lun 30 Oct 2017 13:00", "author_pane"),
        ("Retourner vers « Potager »", "footer")]


def test_short_replies_keep_their_text_and_post_counters_part_date_groups():
    # "Apr 17, 2024" / "#2" then "Apr 17, 2024 #2": one post's header; a "#3" under the next date line opens
    # the next post; a reply too short to read as prose stays the reply's text, not the next pane's
    doc = text_doc("xenforo_short_replies.txt")
    assert [(p.author, p.posted_at_raw, p.text) for p in doc.posts] == [
        ("sowfast", "Apr 17, 2024", "Which catalogue has the widest choice of heritage tomatoes this year?"),
        ("plotter", "Apr 17, 2024", "Real Seeds for heritage varieties"),
        ("greenhand", "Apr 17, 2024", "Thanks for the tip")]
    quote = doc.posts[2].quotes[0]
    assert (quote.quoted_author, quote.text) == ("plotter", "Real Seeds for heritage varieties")  # "plotter: ↑"


def test_member_stats_and_report_links_every_engine_prints():
    from threadclean.text.engines import GENERIC, XENFORO

    for rx in (GENERIC.rx, XENFORO.rx):
        assert all(rx.member_info.match(t) for t in ("12,553 posts", "518 helpful votes", "1.2k reputation"))
        assert rx.chrome.reason("Report inappropriate content") == "navigation"
        assert rx.chrome.reason("20 replies to this topic") == rx.chrome.reason("1-10 of 20 replies") == "navigation"
    assert not GENERIC.rx.member_info.match("2 posts later it broke")


def test_unknown_engine_dates_under_the_posts_with_the_name_twice_in_each_pane():
    # pane ("Rosmarie" / "Gast" / "Rosmarie"), text, then the date closing the post: the first post's pane and
    # text stand above the first date line
    doc = text_doc("generic_dates_below.txt")
    assert doc.engine == "generic" and doc.title == "Heilpflanzen im Winter"
    assert [(p.author, p.posted_at_raw, p.text) for p in doc.posts] == [
        ("Rosmarie", "05.01.12 11:27",
         "Frost und Salbei\n\nMein Salbei steht im Kübel auf dem Balkon.\n\nMuss ich ihn im Winter ins Haus holen?"),
        ("Kraeuterhex", "06.01.12 09:02", "Salbei ist winterhart, nur der Topf sollte nicht durchfrieren.\n\n"
                                          "Wickle ihn in Jute ein."),
        ("Rosmarie", "07.01.12 18:45", "Danke, das mache ich so.")]
    removed = [(r.text, r.reason) for r in doc.removed]
    assert ("Mitglied Kraeuterhex ist offline - zuletzt online am 11.03.16 um 11:55 Uhr", "author_pane") in removed
    assert ("8 Beiträge", "author_pane") in removed and removed[-1][1] == "footer"


def test_avatar_alt_texts_are_member_info():
    from threadclean.text.engines import GENERIC

    for alt in ("AtlanG's picture", "jdoe's avatar", "jdoe's user avatar", "Jo Lee's profile picture"):
        assert GENERIC.rx.member_info.match(alt)


def test_reaction_type_lists_under_a_post_are_reactions():
    from threadclean.text.engines import GENERIC, XENFORO

    for rx in (GENERIC.rx, XENFORO.rx):
        assert [rx.chrome.reason(t) for t in ("Informative", "Wow", "Agree")] == ["reaction"] * 3


def test_german_attachment_reaction_and_expand_lines():
    from threadclean.text.engines import GENERIC, XENFORO

    rx = GENERIC.rx
    assert rx.chrome.reason("423,9 KB Aufrufe: 0") == "attachment"
    assert (rx.chrome.reason("Reaktionen: neset530d"), rx.chrome.reason("Gefällt mir")) == ("reaction", "post_chrome")
    assert rx.chrome.reason("Zum Vergrößern anklicken....") == "quote_chrome"
    assert XENFORO.rx.quote_close.match("Zum Vergrößern anklicken....")


def test_unknown_engine_quote_header_with_the_view_post_link():
    # vBulletin-style quote headers end in the "View Post" link's text, also on sites no engine is found for
    base = text_doc("generic_thread.txt")
    quoted = (FIXTURES / "text" / "generic_thread.txt").read_text(encoding="utf-8").replace(
        "Cleared up this morning.", "Originally Posted by fishdoc View Post\n\nRinse it in old tank water next time.\n\n"
        "Cleared up this morning.")
    doc = clean_text(quoted)
    assert [p.author for p in doc.posts] == [p.author for p in base.posts]
    quote = doc.posts[2].quotes[0]
    assert (quote.quoted_author, quote.text) == ("fishdoc", "Rinse it in old tank water next time.")
    assert quote.source_post_id == doc.posts[1].post_id


@pytest.mark.parametrize("header", ["fishdoc wrote:", "fishdoc schreef:", "fishdoc ha scritto:", "fishdoc napisał:",
                                    "fishdoc skrev:", "fishdoc kirjoitti:", "fishdoc posted..."])
def test_unknown_engine_quote_headers_in_the_languages_boards_print_them(header):
    # "X posted...": GameFAQs
    quoted = (FIXTURES / "text" / "generic_thread.txt").read_text(encoding="utf-8").replace(
        "Cleared up this morning.", f"{header}\nRinse it in old tank water next time.\n\nCleared up this morning.")
    quote = clean_text(quoted).posts[2].quotes[0]
    assert (quote.quoted_author, quote.text) == ("fishdoc", "Rinse it in old tank water next time.")


def test_replies_subject_stands_for_a_title_the_header_does_not_give():
    # the line above the first post is a results counter, not the title; the replies' "Re: <subject>" lines name
    # the thread and are their subject, not their words
    dump = (FIXTURES / "text" / "generic_thread.txt").read_text(encoding="utf-8")
    dump = dump.replace("Cloudy water after a filter clean\n", "Showing posts 1 to 3 of 3\n")
    for opening in ("Tap water kills", "Cleared up this morning"):
        dump = dump.replace(opening, f"Re: Cloudy water after a filter clean\n{opening}")
    doc = clean_text(dump)
    assert doc.title == "Cloudy water after a filter clean"
    assert [p.text.split("\n")[0] for p in doc.posts[1:]] == [
        "Tap water kills the good bacteria in the sponge. Rinse it in old tank water next time and the haze will "
        "clear in a few days.", "Cleared up this morning. Thanks for the explanation."]
    assert [r.text for r in doc.removed if r.reason == "subject"] == ["Re: Cloudy water after a filter clean"] * 2


def test_unknown_engine_posted_by_lines_and_a_top_link_over_the_footer():
    # "Posted by X on DATE" dates a post and names its author; "Posted by X" over a date line names it too;
    # "Jump to top" under the last post starts the page footer
    doc = text_doc("generic_posted_by.txt")
    assert doc.engine == "generic" and doc.page_kind == "thread" and doc.title == "Best ridge walk for a first visit"
    assert [(p.author, p.posted_at_raw) for p in doc.posts] == [
        ("fellwanderer", "05/14/24 09:12 AM"), ("Ann Marsh", "05/14/24 10:40 AM"), ("grassyknoll", "05/14/24 11:05 AM")]
    assert [p.text for p in doc.posts] == [
        "We have three days near Keswick in June and have never walked a ridge before. Which one would you pick for "
        "a first try?",
        "Cat Bells is short and the views over the lake are lovely for a first ridge.",
        "Try the Newlands horseshoe if the weather holds, it is longer but never exposed."]
    assert ("Safety on the Fells", "footer") in [(r.text, r.reason) for r in doc.removed]


def test_unknown_engine_widget_lines_under_every_post_go():
    # the same short lines beside each other in every post are a widget; a repeated line alone is a member's
    doc = text_doc("generic_post_widgets.txt")
    assert doc.engine == "generic" and [p.author for p in doc.posts] == ["hivetender", "combkeeper", "waxmoth"]
    assert [p.text for p in doc.posts] == [
        "When is the right week to split a strong hive here in the north?\nI see swarm cells already.\ncheers all",
        "Wait for the first drones.\ncheers all",
        "I split mine once the dandelions flower.\nWait for the first drones.\ncheers all"]
    assert {r.text for r in doc.removed if r.reason == "site_repeated"} == {
        "Mark post as useful", "send honey", "Number of jars to send:", "Optional note:", "Send",
        "Report post to moderator"}


def test_unknown_engine_thread_ends_at_the_last_posts_buttons():
    # the buttons under every post ("Reply", "Report") close the last one too: what follows is the page
    # footer, a dated box in it included
    doc = text_doc("generic_closing_buttons.txt")
    assert doc.engine == "generic" and doc.page_kind == "thread"
    assert [(p.author, p.posted_at_raw) for p in doc.posts] == [
        ("kilnkeeper", "Mar 2, 2024"), ("claymate", "Mar 3, 2024"), ("kilnkeeper", "Mar 4, 2024")]
    assert doc.posts[-1].text == "That makes sense, I will try a thinner coat next time."
    footer = [r.text for r in doc.removed if r.reason == "footer"]
    assert "Upcoming Classes" in footer and "Mar 20, 2024" in footer
    # a last post printed without the buttons, right under the post before, is still a post
    dump = (FIXTURES / "text" / "generic_closing_buttons.txt").read_text(encoding="utf-8")
    dump = dump[: dump.index("Want to join")] + "vellum\nMar 5, 2024\nPost a photo of the result, I would love to see it.\n"
    doc = clean_text(dump)
    assert [p.author for p in doc.posts] == ["kilnkeeper", "claymate", "kilnkeeper", "vellum"]


def test_unknown_engine_dates_under_the_post_texts():
    # name line, text, then the date and the buttons: each date closes its post; the recent topics box goes
    doc = text_doc("generic_dates_under_bodies.txt")
    assert doc.engine == "generic" and doc.page_kind == "thread" and doc.title == "Sourdough in cold kitchens"
    assert [(p.author, p.posted_at_raw) for p in doc.posts] == [
        ("RB Rosa Baker", "3/2/248:15 AM"), ("T tomcrumbMember", "3/2/249:40 AM"), ("RB Rosa Baker", "3/3/247:05 PM")]
    assert [p.text for p in doc.posts] == [
        "My kitchen sits at about fifteen degrees all winter and my starter barely rises. What do you all do to keep "
        "it going?",
        "I keep mine in the oven with only the light switched on.\n\nIt stays warm enough for a good rise overnight.",
        "The oven light trick worked on the first try, thank you so much!"]
    assert "Rye flour substitutes" not in doc.text


def test_unknown_engine_role_under_the_name_is_no_author():
    # name, then the member's role in the board's language ("Gast", "Mitglied"), the text, the date under it; the
    # answers' count heading ("3 Antworten") names no one either
    doc = text_doc("generic_question_answers.txt")
    assert [(p.author, p.posted_at_raw) for p in doc.posts] == [
        ("Lotte", "05.01.12 11:27"), ("Bernd", "03.12.12 14:09"), ("Helga", "22.07.14 16:42"),
        ("Jonas", "09.12.15 08:05")]
    assert doc.posts[1].text == "Bei mir hat Magnesium am Abend geholfen, nach etwa zwei Wochen waren die Krämpfe weg."
    assert not any(w in doc.text for w in ("Gast", "Mitglied", "Antworten"))


def test_any_engine_reply_opening_with_a_copied_sentence_quotes_it():
    # the quote marked by bold copied words alone (Mumsnet): the dump keeps the words; "Re: <title>" copied by
    # the replies is no quote
    doc = text_doc("generic_bold_quotes.txt")
    assert [[(q.quoted_author, q.text) for q in p.quotes] for p in doc.posts] == [
        [], [], [("marrowfat", "Chilli and curries get better after a day or two, and soups freeze well in portions.")],
        []]
    assert doc.posts[2].text == "Agreed, and keep the rice apart from the sauce until you reheat it."
    assert doc.posts[-1].text.endswith("the rice is in a separate tub.")  # not the footer's links under it
    # a heading copied from a post above, over the reply's own words, is not quoted
    dump = (FIXTURES / "text" / "generic_bold_quotes.txt").read_text(encoding="utf-8")
    assert not any(p.quotes for p in clean_text(dump.replace(
        "Chilli and curries get better after a day or two, and soups freeze well in portions.\n\nAgreed",
        "Chilli and curries get better\n\nAgreed")).posts[2:])


def test_unknown_engine_opening_post_printed_apart_from_the_replies():
    # the question's byline ("by Shancock", "benchdog | Posted in Hand Tools on <date>") is none of the replies'
    # headers: the question is still the first post, not the page's header, and the title is the line above it
    doc = text_doc("generic_header_apart.txt")
    assert doc.title == "Will this method work for a beginner?"
    assert [(p.author, p.posted_at_raw) for p in doc.posts] == [
        ("Shancock", None), ("spartan14", "2 years ago"), ("cooler1", "2 years ago")]
    assert doc.posts[0].text.startswith("Could it be as simple as finding a product with medium gravity")
    assert "beginner, ads" not in doc.text  # the tags under the question
    doc = text_doc("generic_question_header_row.txt")
    assert doc.title == "Sharpening chisels by hand"
    assert [(p.author, p.posted_at_raw) for p in doc.posts] == [
        ("benchdog", "March 3, 2021 09:12am"), ("planeiron", "Mar 3, 2021 10:40am"), ("oakleaf", "Mar 3, 2021 11:05am")]
    assert doc.posts[0].text == ("My chisels never get truly sharp. I use a coarse stone and then a fine one, but the "
                                 "edge still crushes end grain.\n\nIs a honing guide worth it, or should I learn "
                                 "freehand first?")
    assert "Facebook X Email" not in doc.text


def test_unknown_engine_with_german_dates_and_a_breadcrumb_over_the_first_pane():
    # "Do 21. Nov 2019, 15:53" and "gestern um 14:32 Uhr" are post dates; "Do" is no name, nor is the breadcrumb
    # trail over the first pane; the footer's row of links is no part of the last post
    doc = text_doc("generic_german_dates.txt")
    assert doc.title == "Tomaten platzen nach Regen"
    assert [(p.author, p.posted_at_raw) for p in doc.posts] == [
        ("Gartenfee", "Do 21. Nov 2019, 15:53"), ("Rosenkavalier", "Do 21. Nov 2019, 17:02"),
        ("Gartenfee", "gestern um 14:32 Uhr")]
    assert doc.posts[0].posted_at.isoformat() == "2019-11-21T15:53:00+00:00"
    assert doc.posts[-1].text == "Danke, das probiere ich nächstes Jahr aus."
    assert ("Impressum · Datenschutz", "footer") in [(r.text, r.reason) for r in doc.removed]


@pytest.mark.parametrize(("lang", "header", "first", "second"), [
    ("en", "Quote from: Gartenfee on November 21, 2019, 03:53:12 PM", "November 21, 2019, 03:53:12 PM",
     "November 21, 2019, 05:02:40 PM"),
    ("de", "Zitat von: Gartenfee am 21. November 2019, 15:53:12", "21. November 2019, 15:53:12",
     "21. November 2019, 17:02:40"),
    ("es", "Cita de: Gartenfee en 21 de noviembre de 2019, 15:53:12", "21 de noviembre de 2019, 15:53:12",
     "21 de noviembre de 2019, 17:02:40"),
])
def test_unknown_engine_quote_header_naming_a_date_is_no_post_header(lang, header, first, second):
    # SMF's quote header ("Quote from: jdoe on <date>", in the board's language) names someone and a date, as a
    # post header does: it heads a quote of the post above
    question = "Can I do anything about it? My tomatoes split after every heavy rain."
    dump = (f"Tomatoes split\n\nGartenfee\n{first}\n{question}\n\nRosenkavalier\n{second}\n{header}\n{question}\n"
            "Water evenly, then the fruit does not take up water so suddenly.\n")
    doc = clean_text(dump)
    assert [(p.author, p.posted_at_raw) for p in doc.posts] == [("Gartenfee", first), ("Rosenkavalier", second)]
    assert [(q.quoted_author, q.quoted_when_raw, q.text) for q in doc.posts[1].quotes] == [
        ("Gartenfee", first, question)]
    assert doc.posts[1].text == "Water evenly, then the fruit does not take up water so suddenly."


def test_recent_topics_box_under_the_thread_is_footer():
    dump = (FIXTURES / "text" / "generic_thread.txt").read_text(encoding="utf-8").replace(
        "Terms of use\n", "Recent Topics\nGravel for a shrimp tank\n14/02/2023 10:30\nWhich gravel is safe for cherry "
                          "shrimp and keeps the water soft?\nTerms of use\n")
    doc = clean_text(dump)
    assert [p.author for p in doc.posts] == ["marta_k", "fishdoc", "marta_k"]
    assert doc.posts[2].text == "Cleared up this morning. Thanks for the explanation."


def test_unknown_engine_signature_label_bracket_thanks_avatar_alt_and_template_lines():
    # "Signature" starts the signature; "[ 2 ] Thanks" is a reaction; "Profile picture of the author X" is the
    # avatar of the pane; "{{ ... }}" is a template the page never filled in
    doc = text_doc("generic_signature_label.txt")
    assert doc.engine == "generic" and doc.page_kind == "thread"
    assert [(p.author, p.text) for p in doc.posts] == [
        ("shopkeep", "I sell candles online and wonder if a newsletter is still worth the time it takes each week."),
        ("listwise", "Yes, a small list of real buyers sells better than any ad I have paid for."),
        ("shopkeep", "Thanks, I will start with a monthly letter then.")]
    assert [(r.count, r.name) for r in doc.posts[0].reactions] == [(2, "thanks")]
    removed = [(r.text, r.reason) for r in doc.removed]
    assert ("Handmade candles shipped anywhere in the country", "signature") in removed
    assert ("{{ Board.errors[3303].message }}", "template") in removed


def test_title_is_no_pagination_tag_line_or_post_text_and_loses_its_label():
    dump = (FIXTURES / "text" / "generic_thread.txt").read_text(encoding="utf-8")
    title = "Cloudy water after a filter clean"
    # pagination and hashtag lines printed between the title and the first post are never the title
    for noise in ("Go to Page...", "Viewing Page 1 of 3", "1 von 3", "(1) (2) (3) (Reply) (Go Down)",
                  "Showing results 1 to 3 of 3"):
        doc = clean_text(dump.replace(f"{title}\n", f"{title}\n{noise}\n"))
        assert doc.title == title, noise
        assert noise not in doc.text
    # tags are kept out of the title only: hashtags a member writes under a post are the member's
    assert clean_text(dump.replace(f"{title}\n", f"{title}\n#aquarium #filter #cloudy\n")).title == title
    # a "Topic:" label is not part of the title
    assert clean_text(dump.replace(f"{title}\n", f"Topic: {title}\n")).title == title
    # a line longer than any title, right above the first post, is no title
    long_line = " ".join(["word"] * 40)
    assert clean_text(dump.replace(f"{title}\n", f"{long_line}\n")).title is None


def test_a_long_subject_line_in_a_pane_is_no_post_text():
    # "Re: <title>" of more than a few words reads as prose; as chrome it does not end the pane before the date
    title = "Front derailleur will not shift onto the big ring after the new cable went in"
    doc = clean_text("\n".join([
        "Board index", title, "Post Reply", "2 posts • Page 1 of 1",
        "spoke_ed", "Posts: 12", "Joined: 2. Mar 2022, 10:00", title, "Post by spoke_ed » 6. May 2024, 09:12",
        "The lever moves but the chain stays on the small ring. What did I miss?", "Top",
        "gearhead", "Posts: 881", "Joined: 9. Jan 2015, 18:40", f"Re: {title}", "Post by gearhead » 6. May 2024, 11:30",
        "Check the cable tension at the barrel adjuster first.", "Top",
        "Post Reply", "Who is online", "Powered by phpBB® Forum Software © phpBB Limited"]))
    assert doc.engine == "phpbb"
    assert [(p.author, p.posted_at_raw, p.text) for p in doc.posts] == [
        ("spoke_ed", "6. May 2024, 09:12", "The lever moves but the chain stays on the small ring. What did I miss?"),
        ("gearhead", "6. May 2024, 11:30", "Check the cable tension at the barrel adjuster first.")]


def test_an_ending_an_author_repeats_under_only_a_few_of_many_posts_is_no_signature():
    # the same closing lines under two of four posts are text said twice; a signature is under most of them
    post = "{0}\n\nPosted May {1}, 2024\n\n{2}\n\nLink to comment\nShare on other sites\n\n"
    said = "Meet at the north gate at nine.\n\nBring a torch for the tunnel."
    doc = clean_text("Recommended Posts\n\n" + "".join(post.format(*p) for p in [
        ("Ana Vey", 1, "Who is coming on the night walk?\n\n" + said), ("Bo Lund", 2, "Count me in."),
        ("Ana Vey", 3, "Route is up on the board."), ("Ana Vey", 4, "Still on despite the rain.\n\n" + said),
        ("Ana Vey", 5, "Back safe, thanks all.")]))
    assert [p.text for p in doc.posts][0] == "Who is coming on the night walk?\n\n" + said
    assert [r.text for r in doc.removed if r.reason == "signature"] == []


def test_dates_over_member_panes_still_open_the_posts():
    # text right above each date line, but member info right above each text: the date opens a pane
    # printed under it, the dates do not close the posts
    dump = ("Canal Boats Board\nPlease read the board rules before you post your first question here.\n"
            "03-02-2024, 10:15 AM\nbargee\nPosts: 310\nMy tiller creaks at every turn, what grease do you use on it?\n"
            "03-02-2024, 11:02 AM\nlockkeeper\nPosts: 1,024\nAny marine grease will do, work it in while the rudder is "
            "lifted.\n03-02-2024, 12:40 PM\nbargee\nPosts: 310\nDone, it is silent now, thanks a lot for the tip.\n")
    doc = clean_text(dump)
    assert [(p.author, p.posted_at_raw) for p in doc.posts] == [
        ("bargee", "03-02-2024, 10:15 AM"), ("lockkeeper", "03-02-2024, 11:02 AM"), ("bargee", "03-02-2024, 12:40 PM")]
    assert doc.posts[1].text == "Any marine grease will do, work it in while the rudder is lifted."


def test_avatar_text_before_the_name_on_the_date_line():
    # "jdoe avatar jdoe 1 year ago": the avatar's alternative text runs into the name it belongs to
    dump = ("Kilns and glazes\n  reedweaver avatar reedweaver 1 year ago\n"
            "    Does anyone fire porcelain in a small electric kiln at home?\n"
            "    kilnfan avatar kilnfan 1 year ago\n      Yes, mine reaches cone six without trouble.\n")
    doc = clean_text(dump)
    assert [(p.author, p.posted_at_raw, p.text) for p in doc.posts] == [
        ("reedweaver", "1 year ago", "Does anyone fire porcelain in a small electric kiln at home?"),
        ("kilnfan", "1 year ago", "Yes, mine reaches cone six without trouble.")]


def test_unknown_engine_posts_opened_by_avatar_lines_without_dates():
    # no dates: each post is an avatar line, the name (under a subject line for the question) and the text;
    # the last one ends where a run of short lines starts
    doc = text_doc("generic_avatar_posts.txt")
    assert doc.engine == "generic" and doc.page_kind == "thread" and doc.title == "Green water in spring"
    assert [(p.author, p.posted_at_raw) for p in doc.posts] == [
        ("lilypad", None), ("Marsh Warbler", None), ("koi keeper", None), ("lilypad", None)]
    assert doc.posts[0].text == "Every spring my pond turns pea green for a few weeks. Is this harmful for the fish or " \
        "will it pass?"
    assert doc.posts[2].text == "Hi,\nAdd a handful of barley straw in a net bag, it helped mine clear within a month.\n" \
        "Thanks,\nKen"
    assert doc.posts[3].text == "Thank you both, the straw is in and the water is already less green."


def test_avatar_lines_of_uploaded_pictures_and_member_groups_open_posts_and_a_sidebar_does_not():
    # an uploaded avatar's alt text is its file name ("612551 tn?1450022175"), a member group in capitals may stand
    # between it and the name; after the thread, a long run of short lines (buttons, a list of top answerers with
    # their avatars) is a sidebar, and the avatar entries under it are no posts
    dump = (FIXTURES / "text" / "generic_avatar_posts.txt").read_text(encoding="utf-8")
    dump = dump.replace("Avatar universal\nMarsh Warbler", "84512 tn?1450022175\nCOMMUNITY LEADER\nMarsh Warbler")
    sidebar = ("Have an Answer?\nFollow - 2\nAsk a Question\nTop Ponds Answerers\n" + "".join(
        f"{900 + k} tn?13187435{k}7\nmember{k}\nLeeds, UK\n" for k in range(3)) + "Expert Activity\n"
        "2331 tn?1310693103\nPOND CARE UPDATE: 2018\nDr Anna Reed, Garden Pond Society Adviser, Cambridge 04/18\n"
        "Winter care for fish and plants in small garden ponds\n")
    doc = clean_text(dump.replace("Follow - 2\nAsk a Question\n", sidebar))
    assert [p.author for p in doc.posts] == ["lilypad", "Marsh Warbler", "koi keeper", "lilypad"]
    assert doc.posts[1].text == "It is an algae bloom from the spring sun and will clear once the plants grow back."
    assert doc.posts[3].text == "Thank you both, the straw is in and the water is already less green."
    assert "COMMUNITY LEADER" not in doc.text and "POND CARE UPDATE" not in doc.text


def test_a_qa_sidebar_heading_right_under_the_last_post_ends_a_thread_without_dates():
    # "Expert Activity" a few buttons under the last post (no long run of short lines before it): its entries, an
    # avatar, a title and "Name, MDBlank 04/18", are no post, and the follow button is no post text
    dump = (FIXTURES / "text" / "generic_avatar_posts.txt").read_text(encoding="utf-8")
    sidebar = ("Follow - 2\nAsk a Question\nAa\nExpert Activity\n2331 tn?1310693103\nPOND CARE UPDATE: 2018\n"
               "Dr Anna Reed, Garden Pond Society AdviserBlank 04/18\n2331 tn?1310693103\nKoi in winter\n")
    dump = dump.replace("will it pass?\n", "will it pass?\nAnswer Question\n\n2 Responses\n")  # under the question
    doc = clean_text(dump.replace("Follow - 2\nAsk a Question\n", sidebar))
    assert [p.author for p in doc.posts] == ["lilypad", "Marsh Warbler", "koi keeper", "lilypad"]
    assert doc.posts[0].text.endswith("Is this harmful for the fish or will it pass?")
    assert doc.posts[3].text == "Thank you both, the straw is in and the water is already less green."
    removed = [(r.text, r.reason) for r in doc.removed]
    assert ("Expert Activity", "footer") in removed and ("2 Responses", "post_counter") in removed
    # the text-size button is "Aa"; "AA" is an airline
    assert (GENERIC.rx.chrome.reason("Aa"), GENERIC.rx.chrome.reason("AA")) == ("navigation", None)


def test_page_links_under_the_last_post_start_the_footer():
    dump = (FIXTURES / "text" / "generic_thread.txt").read_text(encoding="utf-8").replace(
        "Thanks for the explanation.\nReply Quote\n", "Thanks for the explanation.\n1 2 3 … 6 Next »\n"
        "Aquarium Keepers Club is run by volunteers who keep fish in their spare time.\n")
    doc = clean_text(dump)
    assert [p.author for p in doc.posts] == ["marta_k", "fishdoc", "marta_k"]
    assert doc.posts[2].text == "Cleared up this morning. Thanks for the explanation."
    by_name = (FIXTURES / "text" / "generic_by_name.txt").read_text(encoding="utf-8")
    doc = clean_text(by_name.replace("3 Likes\n\n(1) (2) (Reply)\n", "(1) (2) (Reply)\n\nWhy our tomatoes split after "
                                                                   "heavy rain, and how to stop it\n"))
    assert doc.posts[2].text == "Shake the plants gently every day, indoors nothing pollinates them."


def test_quote_header_run_into_the_quoted_words():
    # "marta_k wrote:Is that normal?": the quote's header and its first words on one line
    dump = (FIXTURES / "text" / "generic_thread.txt").read_text(encoding="utf-8").replace(
        "Tap water kills", "marta_k wrote:Is that normal?\nTap water kills")
    doc = clean_text(dump)
    quote = doc.posts[1].quotes[0]
    assert (quote.quoted_author, quote.text) == ("marta_k", "Is that normal?")
    assert doc.posts[1].text.startswith("Tap water kills the good bacteria")


def test_a_list_in_the_last_avatar_opened_post_is_no_footer():
    # six short lines of a list, then the member's sentence: the post goes on; the page footer still goes
    dump = (FIXTURES / "text" / "generic_avatar_posts.txt").read_text(encoding="utf-8")
    items = "barley straw\npond net\nbucket\nold tank water\ngloves\nrake"
    last = "Thank you both, the straw is in and the water is already less green."
    doc = clean_text(dump.replace(last, f"{last}\nWhat I used:\n{items}\nIt took a weekend to set up."))
    assert doc.posts[3].text.splitlines()[-1] == "It took a weekend to set up."
    assert "Pond pumps explained" not in doc.text


def _article_with_comments(reply: str) -> str:
    """A blog post dump: the author and date over the body read like a post's pane, and so do the comments'."""
    body = " ".join(f"Paragraph {i} of the guide explains how the rain barrel is connected, cleaned and drained "
                    "before the first frost so that the tap and the hose do not crack." for i in range(9))
    return ("Green Roof Journal\nHome | Guides | About\nHow we built our rain barrel\nAnna Weber\n03/04/2024 10:00\n"
            f"{body}\n\nTom\n05/04/2024 08:12\n{reply}\nReply\nLena\n06/04/2024 19:40\n"
            "Thanks, ours is next.\nReply\n© 2024 Green Roof Journal\n")


def test_unknown_engine_long_first_post_over_short_replies_is_an_article_with_comments():
    doc = clean_text(_article_with_comments("Great guide, we did the same last spring."))
    assert doc.page_kind == "article" and doc.posts == []
    assert doc.articles[0].text.startswith("Paragraph 0 of the guide") and "Thanks, ours is next." not in doc.text
    comments = [r.text for r in doc.removed if r.reason == "comment"]
    assert comments == ["Great guide, we did the same last spring.", "Thanks, ours is next."]


def test_the_page_chrome_left_in_a_lead_read_as_the_pages_article_goes():
    # lines a post's body keeps ("Weekly newsletter", "Related: ...") are page chrome once the post is the article
    dump = _article_with_comments("Great guide, we did the same last spring.").replace(
        " Paragraph 5 of", "\nWeekly newsletter\nRelated: Rain barrel covers\nParagraph 5 of", 1)
    doc = clean_text(dump)
    assert doc.page_kind == "article" and doc.articles[0].text.endswith("do not crack.")
    removed = [(r.text, r.reason) for r in doc.removed]
    assert ("Related: Rain barrel covers", "related") in removed and ("Weekly newsletter", "newsletter") in removed


def test_unknown_engine_long_first_post_with_long_replies_stays_a_thread():
    reply = " ".join(["We connected ours to the downpipe with a diverter and it fills after one storm."] * 12)
    doc = clean_text(_article_with_comments(reply))
    assert doc.page_kind == "thread" and [p.author for p in doc.posts] == ["Anna Weber", "Tom", "Lena"]


def test_a_comments_heading_over_a_reply_is_no_author():
    reply = " ".join(["We connected ours to the downpipe with a diverter and it fills after one storm."] * 12)
    doc = clean_text(_article_with_comments(reply).replace("\n\nTom\n", "\n\nComments\nTom\n"))
    assert [p.author for p in doc.posts] == ["Anna Weber", "Tom", "Lena"]


def test_a_row_of_buttons_between_bars_under_the_title_is_no_title():
    dump = (FIXTURES / "text" / "xenforo_thread.txt").read_text(encoding="utf-8")
    doc = clean_text(dump.replace("Best soil for tomatoes in pots?\n", "Best soil for tomatoes in pots?\n\n"
                                  "Add message | Report\n", 1))
    assert doc.title == "Best soil for tomatoes in pots?"


def test_xenforo_dump_summary_is_named_after_the_icons_listed_over_it():
    from threadclean.model import Reaction

    dump = (FIXTURES / "text" / "xenforo_thread.txt").read_text(encoding="utf-8")
    assert clean_text(dump).posts[0].reactions == [Reaction("like", 2)]
    # several kinds (the board's own among them): their count together
    mixed = dump.replace("  • Like\nReactions: leafy and tomfarm", "  • Like\n  • Feels\nReactions: leafy and tomfarm", 1)
    assert clean_text(mixed).posts[0].reactions == [Reaction("reaction", 2)]
    # one kind, the bar's heading before the label aside ("Likes   Reactions:"), in the board's language too
    wow = dump.replace("  • Like\nReactions: leafy and tomfarm", "  • Wow\nLikes   Reactions: leafy and tomfarm", 1)
    assert clean_text(wow).posts[0].reactions == [Reaction("wow", 2)]
    german = dump.replace("  • Like\nReactions: leafy and tomfarm", "  • Gefällt mir\nReaktionen: leafy und tomfarm", 1)
    assert clean_text(german).posts[0].reactions == [Reaction("like", 2)]
    # the label run into the first name (no space in the markup between them)
    glued = dump.replace("Reactions: leafy and tomfarm", "Reactions:leafy and tomfarm", 1)
    assert clean_text(glued).posts[0].reactions == [Reaction("like", 2)]


def test_vbulletin_quote_right_under_the_posters_name():
    # vBulletin 4 as resiliparse renders it: the date, the name, then the quote's header (its "View Post" link's
    # label run into the quoted name): the header opens the post's quote, it is no rank line of the pane
    dump = ("Thread: Server keeps rebooting\n\n  1. 11-29-2024, 09:03 AM#1\n    jack\n    Join Date\n    Aug 2008\n"
            "    Posts\n    1,077\n\n    My box reboots every night at 2am.\n\n    Logs show nothing.\n"
            "    Reply With Quote\n  2. 11-29-2024, 10:15 AM\n    kate\n    Quote Originally Posted by jackView Post\n"
            "    My box reboots every night at 2am.\n    Check your cron jobs.\n    Reply With Quote\n"
            "All times are GMT -5. The time now is 10:00 AM. Powered by vBulletin® Version 4.2.5\n")
    doc = clean_text(dump)
    assert doc.engine == "vbulletin"
    kate = doc.posts[1]
    assert (kate.author, kate.text) == ("kate", "Check your cron jobs.")
    [quote] = kate.quotes
    assert (quote.quoted_author, quote.text, quote.source_post_id) == (
        "jack", "My box reboots every night at 2am.", doc.posts[0].post_id)


def test_unrendered_bbcode_quote_inside_a_line():
    # "[quote="okra"]...[/quote]" left unrendered in the middle of a line: a quote of okra, the tags gone
    reply = _third_post('I agree. [quote="okra"]Too hot[/quote]')
    [quote] = reply.quotes
    assert (quote.text, quote.quoted_author, reply.text) == ("Too hot", "okra", "I agree.\n\n" + _SHAKE)
    assert "[quote" not in reply.text and "[/quote]" not in reply.text


def test_unrendered_bbcode_quote_with_attributes_in_its_tag():
    # bbPress prints "[quote quote=312679]": a quote all the same, the tags gone
    reply = _third_post("[quote quote=312679]\nToo hot\n[/quote]\n\n")
    [quote] = reply.quotes
    assert (quote.text, reply.text) == ("Too hot", _SHAKE)
