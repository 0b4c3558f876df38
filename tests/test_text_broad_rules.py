"""Chrome and header rules stop where members' own words begin: sentences that look like a rule's chrome stay."""

import pytest

from tests.forum_fixtures import FIXTURES
from threadclean import clean_text
from threadclean.text.anchors import byline_title
from threadclean.text.boilerplate import boilerplate_reason
from threadclean.text.engines import IPS, NODEBB, PHPBB, VBULLETIN, XENFORO

DUMP = (FIXTURES / "text" / "generic_thread.txt").read_text(encoding="utf-8")
REPLY = "Cleared up this morning. Thanks for the explanation."


@pytest.mark.parametrize(("engine", "line"), [
    (NODEBB, "I shared this topic with my brother and he laughed."),
    (NODEBB, "Someone deleted this topic before, why?"),
    (PHPBB, "https://example.com/files/manual.pdf"),
    (IPS, "Views from the summit"),
    (IPS, "Replies are welcome here"),
    (XENFORO, "I made this GIF by hand"),
    (XENFORO, "Advertisement - the best part of the show."),
    (XENFORO, "Wrap the link in [IMG] tags"),
])
def test_members_sentences_are_no_chrome(engine, line):
    assert engine.rx.chrome.reason(line) is None


def test_chrome_the_rules_were_written_for_still_goes():
    assert NODEBB.rx.chrome.reason("jdoeJ jdoe has marked this topic as solved on") == "navigation"
    assert PHPBB.rx.chrome.reason("crash_report.zip") == "attachment"
    assert IPS.rx.chrome.reason("Replies 12") == "navigation"
    assert XENFORO.rx.chrome.reason("Happy Dance GIF by Some Channel") == "media"
    assert XENFORO.rx.chrome.reason("[\u200bIMG]") == "media"  # XenForo 1's image placeholder
    assert VBULLETIN.rx.thread_end.match("Gehe zu: Forum Nach oben")
    assert not VBULLETIN.rx.thread_end.match("Gehe zu: Einstellungen und dann auf Konto")


@pytest.mark.parametrize("line", ["My teacher said:Never give up", "The error said:0x8007000e", 'Dad said:"no"',
                                  "My teacher wrote: Never give up"])
def test_a_sentence_with_a_colon_is_no_quote_header(line):
    doc = clean_text(DUMP.replace(REPLY, f"{line}\n{REPLY}"))
    assert not doc.posts[2].quotes and doc.posts[2].text.startswith(line)


def test_a_run_on_quote_header_still_opens_a_quote():
    doc = clean_text(DUMP.replace(REPLY, f"fishdoc wrote:Rinse it in old tank water next time.\n\n{REPLY}"))
    assert [(q.quoted_author, q.text) for q in doc.posts[2].quotes] == [
        ("fishdoc", "Rinse it in old tank water next time.")]


def test_a_date_line_label_before_by_is_no_title():
    assert byline_title("Posted by jdoe, 12 March 2020 10:00") is None
    assert byline_title("Reply #3 by jdoe, Jan 5, 2021 10:00 am") is None
    assert byline_title("Which gravel for shrimp by jdoe: 10:16am On Apr 24") == "Which gravel for shrimp"


def test_vbulletin_name_under_the_date_only_without_a_pane_above_it():
    from threadclean.text.post_header import read_header

    # pane above the date (vBulletin 5): the short lines under the date are the post's
    head, author, when, _ = read_header(
        ["jdoe", "Join Date: Mar 2020", "Posts: 12", "03-02-2024, 09:03 AM", "Great idea", "Works for me too"],
        VBULLETIN.rx)
    assert (head, author, when) == (4, "jdoe", "03-02-2024, 09:03 AM")
    # date first (vBulletin 4): the name and rank under it are the pane
    head, author, _, _ = read_header(
        ["03-02-2024, 09:03 AM #2", "jdoe", "Senior Member", "", "Great idea, thanks for posting it."], VBULLETIN.rx)
    assert (head, author) == (3, "jdoe")


def test_avatar_alt_texts_are_pane_lines():
    from threadclean.text.engines import GENERIC

    for line in ("Profile picture of the author spartan14", "Profile photo for Dana Reyes", "Avatar for kilnkeeper"):
        assert GENERIC.rx.member_info.match(line), line
    assert not GENERIC.rx.member_info.match("Profile photos for the club page are due on Friday, please send yours.")


@pytest.mark.parametrize(("line", "reason"), [
    ("Skip to Content Skip to Footer", "navigation"),  # a page's skip links printed on one line
    ("Skip to main content", "navigation"),
    ("Related Searches", "navigation"),
    ("Skip to the good part of this story", None),
])
def test_skip_link_runs_and_related_searches_are_navigation(line, reason):
    assert boilerplate_reason(line) == reason


QA_DUMP = """Was the harbour bridge worth building?
Sort
Profile photo for Ada Quill
Ada Quill
Civil engineer at Harbour Works (2010–2020) · Author has 1.2K answers and 3.4M answer views
 · 3y

Yes. The crossing cut the commute by forty minutes for everyone on the east side, and the tolls paid it off early.

It also carried the new water main across the estuary.
Profile photo for Ben Ortiz
Ben Ortiz
Transport historian · Upvoted by
Cara Lind
, MSc Transport, Delft (2012) · Author has 340 answers and 1.1M answer views
 · 1y

No. The same money would have doubled the ferry fleet and kept the old quay alive for another generation.
Profile photo for Dee Marsh
Dee Marsh
Retired harbour pilot
Updated 7mo

Both answers miss the flood defences the bridge footings gave the old town when the river rose in spring.
"""


def test_answers_under_an_avatar_naming_the_member_and_long_credentials():
    # a Q&A site's answers: "Profile photo for X", X, credentials as long as a sentence (over several lines when
    # upvoters are listed), then the date: each credential block stays in its answer's pane
    doc = clean_text(QA_DUMP)
    assert [(p.author, p.posted_at_raw) for p in doc.posts] == [("Ada Quill", "3y"), ("Ben Ortiz", "1y"),
                                                                 ("Dee Marsh", "7mo")]
    assert doc.posts[0].text.endswith("It also carried the new water main across the estuary.")
    assert "Upvoted by" not in doc.text and "Profile photo" not in doc.text


def test_an_unknown_engines_quote_header_and_words_on_one_line():
    # "X wrote: <the quoted words>" (JForum): the words after the header are the quote
    doc = clean_text(DUMP.replace(REPLY, f"Ann Lee wrote: Is it the frost again?\n\n{REPLY}"))
    [quote] = doc.posts[2].quotes
    assert (quote.quoted_author, quote.text) == ("Ann Lee", "Is it the frost again?")
    assert doc.posts[2].text == REPLY


@pytest.mark.parametrize("header", ["Ann Lee wrote:Is it the frost again?", "ann lee wrote:is it the frost again?"])
def test_a_quote_header_run_into_the_quoted_words(header):
    # phpBB 3.0 prints the <cite> header with no space before the quoted words, whatever their case; "said:p" is a
    # smiley, no header
    doc = clean_text(DUMP.replace(REPLY, f"{header}\n\n{REPLY}"))
    [quote] = doc.posts[2].quotes
    assert (quote.quoted_author.lower(), quote.text.lower()) == ("ann lee", "is it the frost again?")
    assert not clean_text(DUMP.replace(REPLY, f"Then he said:p\n\n{REPLY}")).posts[2].quotes


def test_a_list_of_related_questions_under_an_answer_is_no_part_of_it():
    dump = QA_DUMP.replace("across the estuary.\n", "across the estuary.\n\nRelated questions\n"
                           "Is a tunnel cheaper than a bridge?\nWho built the first harbour bridge?\n")
    doc = clean_text(dump)
    assert doc.posts[0].text.endswith("It also carried the new water main across the estuary.")
    assert [r.text for r in doc.removed if r.reason == "related"] == [
        "Related questions", "Is a tunnel cheaper than a bridge?", "Who built the first harbour bridge?"]
    # a post that ends with questions of its own keeps them
    own = clean_text(QA_DUMP.replace("across the estuary.\n", "across the estuary.\n\nWho paid for it? Who tolls it?\n"))
    assert own.posts[0].text.endswith("Who paid for it? Who tolls it?")


def test_a_sentence_copied_from_another_members_post_between_a_replys_words_quotes_it():
    # a quote whose box and header the dump lost (a bare blockquote): the copied sentence, as its own paragraph
    # between the reply's own words, quotes the one post that holds it; the member's own sentence again is no quote
    copied = "My pond pump keeps tripping the breaker after ten minutes of running."
    dump = (f"Pond pumps\n\nalice\nMar 3, 2024 10:15 AM\n{copied}\nThe cable looks fine to me.\n\n"
            f"bob\nMar 3, 2024 11:02 AM\nSorry to hear that.\n\n{copied}\n\n"
            "That sounds like water in the motor housing, check the seal first.\n\n"
            f"alice\nMar 3, 2024 12:40 PM\nThanks, I will look at the seal tonight and report back.\n\n{copied}\n\n"
            "It did it again this morning.\n")
    doc = clean_text(dump)
    assert [[(q.quoted_author, q.text) for q in p.quotes] for p in doc.posts] == [[], [("alice", copied)], []]
    assert doc.posts[1].quotes[0].source_post_id == doc.posts[0].post_id
    assert doc.posts[1].text == "Sorry to hear that.\n\nThat sounds like water in the motor housing, check the seal first."
    assert copied in doc.posts[2].text


def test_a_phpbb_byline_names_the_poster_on_unknown_engines():
    from threadclean.text.engines import GENERIC
    from threadclean.text.post_lines import is_date_line

    line = is_date_line(GENERIC.rx, "Beitrag von gartenzwerg » 11. Sep 2024, 22:05")
    assert (line.author, line.when) == ("gartenzwerg", "11. Sep 2024, 22:05")
    line = is_date_line(GENERIC.rx, "by ehasis » Sat Feb 24, 2024 12:41 pm")
    assert (line.author, line.when) == ("ehasis", "Sat Feb 24, 2024 12:41 pm")


def test_subject_lines_count_in_the_headers_of_an_unknown_engine():
    # each post repeats the thread's title as its subject over its byline: a long line, read as the header's
    # only when the title is known (as the posts are read), so the thread's authors were not counted
    title = "Network stopped working after the 7.1 upgrade on Windows hosts"
    posts = [("ehasis", "11. Sep 2024, 22:05", "I'm also having network problems with NAT on a Windows 11 host."),
             ("multiOS", "11. Sep 2024, 23:05", "Same here after installing 7.1.0: the guests lose their internet access."),
             ("linuxnerd", "11. Sep 2024, 23:14", "NAT works here but with horrendous performance, pings of over 400ms.")]
    dump = "\n".join([title, ""] + [line for name, when, words in posts for line in (
        name, "Posts: 14", "Joined: 13. Aug 2016, 04:41", "", title, "", f"by {name} » {when}", "", words, "Top", "")])
    doc = clean_text(dump)
    assert [(p.author, p.posted_at_raw, p.text) for p in doc.posts] == posts


def test_a_posts_number_before_its_date_opens_it_on_an_unknown_engine():
    # PunBB-style headers, the number and the date above the poster's pane: "#2 Today 10:46:47" / name / rank
    posts = [("wzrdtales", "Yesterday 21:10:02", "The dock stops working after I unplug and replug it."),
             ("seth", "Yesterday 22:41:17", "Check whether the thunderbolt service is enabled and authorizes it."),
             ("wzrdtales", "Today 08:05:33", "It was not enabled. Works after every replug now, thanks!")]
    dump = "\n".join(["Thinkpad dock does not work after replug", ""] + [line for n, (name, when, words) in enumerate(posts, 1)
                     for line in (f"#{n} {when}", "", name, "Member", "Joined: 2017-03-14", "Posts: 24", "", words, "")])
    doc = clean_text(dump)
    assert [(p.author, p.posted_at_raw, p.text) for p in doc.posts] == posts


def test_a_posts_number_and_date_under_a_stats_pane_open_it_on_an_unknown_engine():
    # the pane: an initial, the name with the starter's badge, the stats on one line, a listed button; then
    # "#N | <date>" over the words
    posts = [("rivet_jo", "Mar 2, 2023", "Which torque wrench do you keep for wheel nuts on a small trailer?"),
             ("Okapi", "Mar 2, 2023", "A click type one from any tool shop does it, checked once a year."),
             ("rivet_jo", "Mar 3, 2023", "Got one today, thanks. The nuts were well under spec.")]
    starter = posts[0][0]
    dump = "\n".join(["Torque wrench for trailer wheels", "", "Jump to the newest post", ""] + [
        line for n, (name, when, words) in enumerate(posts, 1)
        for line in (name[0].upper(), f"{name} Topic starter" if name == starter else name,
                     f"Joined Mar 20{10 + n} · {n * 137:,} posts", "  • Add to quote", f"#{n} | {when}", words, "",
                     "Save", "")])
    doc = clean_text(dump)
    assert doc.engine == "generic"
    assert [(p.author, p.posted_at_raw, p.text) for p in doc.posts] == posts


def test_the_page_above_the_first_post_stays_out_of_it_when_closing_lines_date_the_posts():
    # XenForo 1 style on an unknown board: each post listed as "N. name" / "name", its words, then "#N name, date"
    posts = [("pelex", "May 26, 2025", "I keep a list of hosts I have used, with the prices I paid."),
             ("CDB", "May 27, 2025", "Would you add some hosts outside the US as well?"),
             ("pelex", "May 28, 2025", "Yes, three in Europe are on it now.")]
    header = ["Home Forums Server Administration", "", "Best server hosts", "", "Poll: which host do you use?",
              "1,540 vote(s)", "35.0%", "", "Money Back Guarantee: 7 Days", ""]
    dump = "\n".join(header + [line for n, (name, when, words) in enumerate(posts, 1)
                               for line in (f"  {n}. {name}", "", f"    {name}", "", f"    {words}",
                                            f"    #{n} {name}, {when}", "    • Like", "")])
    doc = clean_text(dump)
    assert doc.engine == "generic"
    assert [(p.author, p.posted_at_raw, p.text) for p in doc.posts] == posts


def test_a_button_listed_in_a_pane_of_member_info_stays_in_the_pane_on_an_unknown_engine():
    # the pane as a list (rank, name, group, counts) ending with "Report post", then "Posted <date>"
    posts = [("RobMan", "July 25, 2007", "The client checks all 73GB of files at every start. Can I turn that off?"),
             ("DreadWing", "July 25, 2007", "You can't, but you can stop what keeps it from saving its resume data."),
             ("RobMan", "July 26, 2007", "It was the antivirus. Thanks!")]
    dump = "\n".join(["check on startup", "", "Started by RobMan", ""] + [
        line for name, when, words in posts
        for line in (f"{name}    {len(name)}", "", name, "", "  • Member", f"  • {name}", "  • Members",
                     f"  • {len(name) * 9} posts", "  • Report post", f"Posted {when}", "", words, "", "Reply", "")])
    doc = clean_text(dump)
    assert doc.engine == "generic"
    assert [(p.author, p.posted_at_raw, p.text) for p in doc.posts] == posts


def test_a_join_date_labelled_in_another_language_opens_no_post_on_an_unknown_engine():
    from threadclean.text.engines import GENERIC
    from threadclean.text.post_lines import is_date_line

    # "Enregistré le: <date>" under a French phpBB post read as the name "Enregistré" and a date: a post each
    for label in ("Enregistré le", "Iscritto il", "Lid sinds", "Joined"):
        assert is_date_line(GENERIC.rx, f"{label}: Lun 8 Jan 2018 15:31") is None
    assert is_date_line(GENERIC.rx, "Nanette63: Lun 8 Jan 2018 15:31").author == "Nanette63"
