"""Text dumps with no thread structure: menus and link lists go, prose and the short lines among it stay."""

from threadclean import clean_text
from threadclean.text.anchors import bare_date, name_and_date
from threadclean.text.boilerplate import chrome_lines

MENU_PAGE = """Garden Club
  • Home
  • Forums
  • Shop
  • Events
Members area
  • Log book
  • Seed swap
  • Photos
Planting roses in clay soil

Clay holds water for a long time, so I dig a wide hole and mix in plenty of grit and compost before planting.

Thanks!

Roses also like a mulch of well rotted manure every spring, which keeps the roots cool through the summer.

Related threads
  • Best climbing roses for a north wall
  • Black spot on leaves
  • Pruning hybrid teas
About us
"""


def test_menu_runs_and_short_lines_between_them_are_chrome():
    raw = MENU_PAGE.split("\n")
    gone = {raw[i].strip() for i in chrome_lines(raw)}
    assert {"Garden Club", "• Home", "• Shop", "Members area", "• Black spot on leaves", "About us"} <= gone
    assert "Thanks!" not in gone  # a short line between two paragraphs of prose
    assert not any(line.startswith("Clay holds water") for line in gone)


def test_list_of_sentences_inside_prose_is_kept():
    raw = ["Here is what worked for me over three seasons of trials in the allotment:",
           "  1. Dig in grit before planting.", "  2. Water deeply once a week.", "  3. Mulch every spring.",
           "That is all there is to it, and the roses have thrived ever since then."]
    assert chrome_lines(raw) == set()


def test_article_fallback_drops_menus():
    doc = clean_text(MENU_PAGE)
    assert "Clay holds water" in doc.text and "Thanks!" in doc.text
    assert "Pruning hybrid teas" not in doc.text and "Shop" not in doc.text


def test_a_number_and_capitals_is_no_relative_date():
    assert bare_date("3DS") is None and bare_date("4WD") is None
    assert bare_date("3 d") == "3 d"


def test_name_and_date_on_one_line():
    assert name_and_date("jdoe Tue 16-Jun-20 16:12:14") == ("jdoe", "Tue 16-Jun-20 16:12:14")
    assert name_and_date("Pat | Feb 24, 2006 02:35am | #1") == ("Pat", "Feb 24, 2006 02:35am")
    assert name_and_date("Tue 16-Jun-20 16:12:14") is None
    assert name_and_date("Nothing to see here") is None
    # a label and a length of time is a field of a post's text, however date-like ("7 days": "7 days ago")
    assert name_and_date("Money Back Guarantee: 7 Days") is None
    assert name_and_date("jdoe: 2 days ago") == ("jdoe", "2 days ago")
    # so is a length of time in words with no "ago" (a banner's "Takes 1 minute"); a post's age is cut short
    assert name_and_date("Takes 1 minute") is None and name_and_date("Cook 30 minutes") is None
    assert name_and_date("jdoe 1 yr") == ("jdoe", "1 yr") and name_and_date("jdoe 3 minutes ago") == ("jdoe", "3 minutes ago")


def test_a_two_word_name_before_a_date_keeps_its_second_word():
    # a date reader skips a stray word before the date: the name's capitalised second word is no such word
    assert name_and_date("Pepper Pot Jun 7, 2017 at 8:28 pm") == ("Pepper Pot", "Jun 7, 2017 at 8:28 pm")
    assert name_and_date("Bob Smith Yesterday at 9:15 PM") == ("Bob Smith", "Yesterday at 9:15 PM")
    # a month or a day word after the first name is the date's ("Mai" in German)
    assert name_and_date("jdoe Mai 5, 2020") == ("jdoe", "Mai 5, 2020")
    assert name_and_date("Mary May 5, 2020") == ("Mary", "May 5, 2020")
    # month and day words are whole words: a second name that starts like one is a name ("Sunny", "Janet")
    assert name_and_date("Pepper Sunny Jun 7, 2017") == ("Pepper Sunny", "Jun 7, 2017")
    assert name_and_date("Kim Janet Jun 7, 2017") == ("Kim Janet", "Jun 7, 2017")


def test_unknown_engine_posts_cut_at_name_and_date_lines():
    page = "\n".join([
        "Home | Forums | Help", "Which compost for blueberries?",
        "berrylover Tue 16-Jun-20 16:12:14", "My blueberries look pale. Which compost keeps the soil acid enough?",
        "Quote | Report",
        "acidsoil Tue 16-Jun-20 18:40:02", "Use an ericaceous compost and water them with rain water only.",
        "Quote | Report",
    ])
    doc = clean_text(page)
    assert doc.page_kind == "thread"
    assert [(p.author, p.posted_at_raw) for p in doc.posts] == [
        ("berrylover", "Tue 16-Jun-20 16:12:14"), ("acidsoil", "Tue 16-Jun-20 18:40:02")]
    assert doc.posts[1].text == "Use an ericaceous compost and water them with rain water only."


def test_a_relative_date_in_two_parts_names_no_one():
    # "Asked 12 years, 1 month ago": no author "Asked 12 years" with a date "1 month ago", in a post's header or as a
    # line under a post (author, date)
    assert name_and_date("Asked 12 years, 1 month ago") is None
    assert name_and_date("answered Feb 4, 2014 at 13:12") is None
    page = "\n".join([
        "Which compost for blueberries?", "Asked 3 years, 2 months ago", "Modified 1 year, 9 months ago", "",
        "berrylover Tue 16-Jun-20 16:12:14", "My blueberries look pale. Which compost keeps the soil acid enough?",
        "Quote | Report",
        "acidsoil Tue 16-Jun-20 18:40:02", "Use an ericaceous compost and water them with rain water only.",
        "Quote | Report",
    ])
    doc = clean_text(page)
    assert [(p.author, p.posted_at_raw, p.text[:14]) for p in doc.posts] == [
        ("berrylover", "Tue 16-Jun-20 16:12:14", "My blueberries"), ("acidsoil", "Tue 16-Jun-20 18:40:02", "Use an ericace")]


def test_page_links_two_on_a_line_are_pagination_in_english_too():
    from threadclean.text.engines import ENGINES

    xenforo = next(e for e in ENGINES if e.name == "xenforo")
    assert [xenforo.rx.chrome.reason(t) for t in ("Next Last", "First Prev", "Nächste Letzte", "Next Steps")] == [
        "pagination", "pagination", "pagination", None]
