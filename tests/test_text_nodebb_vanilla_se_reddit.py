"""The text path on resiliparse dumps (`extract_plain_text` defaults) of the NodeBB, Vanilla, Stack Exchange and
old Reddit HTML fixtures."""

from tests.forum_fixtures import FIXTURES, text_doc
from threadclean import clean_text


def test_nodebb_dump_posts_and_said_in_quotes():
    doc = text_doc("nodebb_topic.txt")
    assert (doc.engine, doc.title) == ("nodebb", "Sourdough starter smells like nail polish")
    assert [p.author for p in doc.posts] == ["quinn_bakes", "levain.lars", "quinn_bakes", "Mirela"]
    # "wrote on" is followed by a date only once JavaScript has run
    assert [p.posted_at_raw for p in doc.posts] == [None] * 4
    assert doc.posts[0].text == "My rye starter is five days old and smells sharply of acetone.\n\nIs it ruined?"
    assert [(r.name, r.count) for r in doc.posts[0].reactions] == [("vote", 2)]
    [quote] = doc.posts[1].quotes
    assert (quote.quoted_author, quote.text, quote.source_post_id) == ("quinn_bakes", "Is it ruined?",
                                                                      doc.posts[0].post_id)
    # the sponsored block has no "wrote on" line: in a dump it cannot be told from the post above
    assert doc.posts[1].text.startswith("Not at all. It is hungry: feed it twice a day.")
    [outer] = doc.posts[2].quotes
    assert (outer.quoted_author, outer.text) == ("levain.lars", "Not at all. It is hungry: feed it twice a day.")
    assert [(q.quoted_author, q.text) for q in outer.quotes] == [("quinn_bakes", "Is it ruined?")]
    assert doc.posts[2].text == "Two feeds a day fixed it, the smell is gone."
    # the page numbers above "Next" after the last post are not votes
    assert doc.posts[3].text == ("Same thing happened with my wholewheat starter.\n\nThe hooch is harmless.\n\n"
                                 "That line from the old baking book saved it.")
    assert doc.posts[3].reactions == []
    assert [r.reason for r in doc.removed if r.text == "Baking since the lockdown of 2020"] == ["signature"] * 2
    for chrome in ("said in", "wrote on", "Oldest to Newest", "Log in to reply", "Baking since", "Reply"):
        assert chrome not in doc.text


def test_vanilla_dump_meta_lines_quotes_and_signature():
    doc = text_doc("vanilla_topic.txt")
    assert (doc.engine, doc.title) == ("vanilla", "Tubeless tyre keeps burping air")
    # "Name Rank Posts: N" author lines lose their rank and post count
    assert [(p.author, p.posted_at_raw) for p in doc.posts] == [
        ("tomas_r", "April 6"), ("WrenchWendy", "April 6"), ("tomas_r", "April 7"), ("pia.k", "April 8")]
    assert doc.posts[0].text == "Every hard corner the rear tyre burps and loses pressure.\n\n" \
                                "I run 22 psi with 60 ml of sealant."
    assert [(r.name, r.count) for r in doc.posts[0].reactions] == [("like", 4)]
    [quote] = doc.posts[1].quotes
    assert (quote.quoted_author, quote.text, quote.source_post_id) == (
        "tomas_r", "I run 22 psi with 60 ml of sealant.", doc.posts[0].post_id)
    # the sponsored block has no meta line: in a dump it stays with the post above
    assert doc.posts[1].text.startswith("Check the rim tape first, a lifted edge leaks exactly like that.")
    # the dump drops the blank line between the nested quote and the rest of the outer one
    [outer] = doc.posts[2].quotes
    assert (outer.quoted_author, outer.text) == ("WrenchWendy",
                                                 "Check the rim tape first, a lifted edge leaks exactly like that.")
    assert [(q.quoted_author, q.text) for q in outer.quotes] == [("tomas_r", "I run 22 psi with 60 ml of sealant.")]
    assert doc.posts[2].text == "The tape had lifted at the valve. Re-taped and it holds now."
    assert doc.posts[3].text == "Good to know, mine does the same on the front wheel."
    assert [r.reason for r in doc.removed if r.text == "Two wheels, one mud"] == ["signature", "signature"]
    for chrome in ("wrote: »", "said:", "Posts: 3,870", "Howdy, Stranger!", "In this Discussion", "Options"):
        assert chrome not in doc.text


def test_vanilla_name_glued_to_its_avatar_text_is_read_once():
    # the avatar's alt text runs into the name link ("WrenchWendyWrenchWendy Posts: 3,870")
    dump = (FIXTURES / "text" / "vanilla_topic.txt").read_text(encoding="utf-8")
    doc = clean_text(dump.replace("WrenchWendy Posts", "WrenchWendyWrenchWendy Posts")
                     .replace("tomas_r Member", "tomas_rtomas_r Member"))
    assert [p.author for p in doc.posts] == ["tomas_r", "WrenchWendy", "tomas_r", "pia.k"]


def test_old_reddit_dump_taglines():
    doc = text_doc("reddit_topic.txt")
    assert doc.engine == "reddit"
    # "[–]name[S] 11 points12 points13 points 1 year ago (1 child)" gives the author and the date
    assert [(p.author, p.posted_at_raw) for p in doc.posts] == [
        ("filament_fox", "1 year ago"), ("nozzle_nina", "1 year ago"), ("filament_fox", "1 year ago"),
        ("nozzle_nina", "1 year ago"), ("bedlevel_ben", "1 year ago")]
    # the promoted link's title has no tagline of its own: a dump cannot tell it from the submission's text
    assert doc.posts[0].text.startswith("My prints take eleven hours. Would you leave the printer alone while you sleep?")
    assert doc.posts[1].text == ("Only with a smoke detector above it and thermal runaway protection enabled in the "
                                 "firmware.")
    assert doc.posts[4].text == "I print in a metal cabinet for that reason."
    # a comment's score is the middle of its tagline's three ("31 points32 points33 points": 32 as shown)
    assert [[(r.name, r.count) for r in p.reactions] for p in doc.posts] == [
        [], [("point", 32)], [("point", 12)], [("point", 8)], [("point", 3)]]
    # a markdown quote loses its ">" in the dump: the reply's opening words, copied from the comment above, quote it
    [quote] = doc.posts[2].quotes
    assert (quote.quoted_author, quote.text, quote.source_post_id) == (
        "nozzle_nina", "thermal runaway protection enabled in the firmware", doc.posts[1].post_id)
    assert doc.posts[2].text == "How do I check that it is on?"
    for chrome in ("permalink", "embed", "parent", "report", "points", "children", "[–]", "sorted by",
                   "load more comments", "promoted by"):
        assert chrome not in doc.text


def test_old_reddit_link_submission_is_its_title():
    # a link submitted without words: the title over its byline ("<title> (domain)") is the submission's text, as
    # the HTML path reads it; a self post keeps its own words, its title out of them
    dump = (FIXTURES / "text" / "reddit_topic.txt").read_text(encoding="utf-8").replace(
        "Is it safe to leave a 3D printer running overnight? (self.printmaking_help)",
        "Printer fires are rarer than you think, study finds (news.example.com)", 1).replace(
        "My prints take eleven hours. Would you leave the printer alone while you sleep?\n", "", 1).replace(
        "Buy two spools, get one free\n\npromoted by SpoolMart\n", "", 1)  # (an ad's words would read as the post's)
    first = clean_text(dump).posts[0]
    assert (first.author, first.posted_at_raw, first.text) == (
        "filament_fox", "1 year ago", "Printer fires are rarer than you think, study finds (news.example.com)")
    own = text_doc("reddit_topic.txt").posts[0]
    assert own.text.startswith("My prints take eleven hours.") and "(self.printmaking_help)" not in own.text


def test_old_reddit_split_sort_menu_and_collapsed_comment():
    dump = (FIXTURES / "text" / "reddit_topic.txt").read_text(encoding="utf-8")
    dump = dump.replace("sorted by: best\n", "sorted by:\nbest (suggested)\ntopnewcontroversialoldrandomq&alive (beta)\n\n"
                        "Want to add to the discussion?\n\nPost a comment!\n\nCreate an account\n")
    dump = dump.replace("[–]bedlevel_ben 2 points3 points4 points",
                        "[+]bedlevel_ben comment score below threshold-3 points-2 points-1 points")
    doc = clean_text(dump)
    assert [(p.author, p.posted_at_raw) for p in doc.posts][-1] == ("bedlevel_ben", "1 year ago")
    assert doc.posts[3].text == "Heat the hotend, then unplug the thermistor: the printer should halt with an error."
    assert doc.posts[4].text == "I print in a metal cabinet for that reason."
    removed = {(r.text, r.reason) for r in doc.removed}
    for line in ("sorted by:", "best (suggested)", "topnewcontroversialoldrandomq&alive (beta)",
                 "Want to add to the discussion?", "Post a comment!", "Create an account"):
        assert (line, "navigation") in removed


def test_stackexchange_moderator_diamond_is_no_part_of_the_name():
    dump = (FIXTURES / "text" / "stackexchange_topic.txt").read_text(encoding="utf-8")
    doc = clean_text(dump.replace("Teodor Vance\n52.3k", "Teodor Vance♦\n52.3k"))
    assert doc.posts[1].author == "Teodor Vance"


def test_stackexchange_new_member_with_a_bare_reputation_is_named():
    # reputation 1 and no badges: the count under the name reads as the next answer's vote count
    dump = (FIXTURES / "text" / "stackexchange_topic.txt").read_text(encoding="utf-8")
    doc = clean_text(dump.replace("Teodor Vance\n52.3k99 gold badges", "Teodor Vance\n1"))
    assert doc.posts[1].author == "Teodor Vance"
    assert "Teodor Vance" not in doc.posts[1].text


def test_stackexchange_commenter_named_by_a_number_opens_no_post():
    # a comment signed "8128" / "–  8128" reads like the next answer's vote count
    dump = (FIXTURES / "text" / "stackexchange_topic.txt").read_text(encoding="utf-8")
    commenter = "    Rhea Okafor\n    –\u00a0Rhea Okafor\n"
    assert commenter in dump
    doc = clean_text(dump.replace(commenter, "    8128\n    –\u00a08128\n"))
    assert [p.author for p in doc.posts] == ["marisol_k", "Teodor Vance", "ampacity", "marisol_k"]
    assert doc.posts[1].text.startswith("Shower steam is condensing in the fan housing.")
    assert [[(r.name, r.count) for r in p.reactions] for p in doc.posts][1] == [("score", 21)]


def test_stackexchange_mathjax_markers_comment_counts_tags_and_comments():
    # fixtures/text/stackexchange_topic.txt, the dump of fixtures/html/stackexchange_topic.html
    doc = text_doc("stackexchange_topic.txt")
    assert doc.engine == "stackexchange"
    assert [(p.author, p.posted_at_raw) for p in doc.posts] == [
        ("marisol_k", "Mar 14, 2023 at 18:02"), ("Teodor Vance", "Mar 14, 2023 at 19:25"),
        ("ampacity", "Mar 15, 2023 at 2:47"), ("marisol_k", "Apr 1, 2023 at 16:30")]
    assert doc.posts[0].text == (
        "Every time someone runs a hot shower, the bathroom fan stops and the GFCI outlet by the sink trips about ten "
        "minutes later.\n\nThe fan is on the same circuit as the outlet. What should I check first?")
    assert doc.posts[3].text == ("Update: the flex duct had come off the roof vent, so the attic was full of damp air."
                                 "\n\nReattached it with a clamp and foil tape.")
    # an ad styled as an answer sits over ampacity's: its advertiser and its count are not ampacity's
    assert doc.posts[2].text.startswith("Before replacing anything, test the GFCI itself:")
    assert [[(r.name, r.count) for r in p.reactions] for p in doc.posts] == [
        [("score", 12)], [("score", 21)], [("score", 4)], []]
    removed = [(r.text, r.reason) for r in doc.removed]
    assert ("promoted Nov 1, 2024", "ad") in removed and ("Brightline Electric", "ad") in removed
    assert [r for r in removed if r[1] in ("tag", "comment")] == [
        ("electrical", "tag"), ("gfci", "tag"), ("exhaust-fan", "tag"),
        ("Is the fan vented outside or into the attic?", "comment"), ("Rhea Okafor", "comment"),
        ("Into the attic, through a flex duct.", "comment"), ("marisol_k", "comment"),
        ("Swapped the fan last weekend, no trips since.", "comment"), ("marisol_k", "comment")]
    assert "begingroup" not in doc.text and "endgroup" not in doc.text


def test_new_reddit_post_page_menus_and_sign_up_box_are_chrome():
    doc = text_doc("reddit_new_post.txt")
    assert doc.engine == "reddit"
    assert doc.text == ("Which wood for a cutting board?\n\noakandash\nI want to make my first end-grain cutting board. "
                        "Maple is expensive here. Would beech or cherry hold up as well?")
    removed = {r.text for r in doc.removed}
    assert {"Get the Reddit app Log In Log in to Reddit", "New to Reddit?", "Public", "0 0", "r/Woodworking •",
            "Anyone can view, post, and comment to this community"} <= removed


def test_new_reddit_post_author_under_the_subreddit_line_and_the_title_under_the_author():
    doc = text_doc("reddit_new_post.txt")
    assert doc.title == "Which wood for a cutting board?"
    assert [(p.author, p.text) for p in doc.posts] == [
        ("oakandash", "I want to make my first end-grain cutting board. Maple is expensive here. "
                      "Would beech or cherry hold up as well?")]


def test_new_reddit_link_post_preview_alt_text_is_no_post_text():
    # a link post: the preview image's alt text repeats the subreddit and the title, the link's domain under it
    doc = clean_text("Skip to main content\nGo to Reddit Home\nr/Woodworking\nGet the Reddit app Log In Log in to Reddit\n"
                     "r/Woodworking • 3 hr. ago\nplanefan\n\nA hand plane restored from a scrap yard\n\n"
                     "r/Woodworking - A hand plane restored from a scrap yard\nexample.org\nNew to Reddit?\n\n"
                     "Reddit Rules Privacy Policy User Agreement Accessibility Reddit, Inc. © 2026. All rights reserved.")
    assert doc.engine == "reddit" and doc.title == "A hand plane restored from a scrap yard"
    assert [(p.author, p.posted_at_raw, p.text) for p in doc.posts] == [("planefan", "3 hr. ago", "example.org")]


def test_nodebb_harmony_posts_end_at_their_reply_quote_footer():
    # no "wrote on" date in the dump: "last edited by" heads the post, "... Reply Quote 0" ends it
    doc = text_doc("nodebb_harmony_topic.txt")
    assert doc.engine == "nodebb"
    assert [(p.author, p.posted_at_raw, p.text) for p in doc.posts] == [
        ("beanrow", None, "Is horticultural fleece better than frost cloth for late frosts?\n\nMy beans got hit last May."),
        ("frostwatch", None, "Fleece is lighter and lets more light through. Double it on cold nights.")]
    removed = [(r.text, r.reason) for r in doc.removed]
    assert ("beanrowB 1 Reply Last reply Reply Quote 0", "share") in removed and ("Reply Quote 2", "share") in removed
    assert [t for t, reason in removed if reason == "author_pane"] == [
        "beanrowB Offline", "beanrow | Allotment holder", "last edited by",
        "frostwatchF Online", "frostwatch Moderator @beanrow", "last edited by frostwatch"]


def test_nodebb_harmony_names_of_all_repliers_before_reply_quote_end_the_post():
    doc = clean_text("Oldest to Newest\nLog in to reply\n  • hazelH Offline\n    hazel\n    last edited by\n\n    Which bulbs for shade?\n\n"
                     "    ivyI Dora PinD 2 Replies Last reply Reply Quote 0\n  • ivyI Online\n    ivy\n    last edited by\n\n"
                     "    Snowdrops do well.\n\n    Reply Quote 1\n")
    assert [(p.author, p.text) for p in doc.posts] == [("hazel", "Which bulbs for shade?"), ("ivy", "Snowdrops do well.")]


def test_nodebb_parent_previews_repliers_remote_badges_and_topic_events_are_not_post_text():
    # a reply opens with a preview of the post it answers ("• mulchmanM mulchman" and its text), printed under the
    # post above; the title sits above the topic's hidden labels and stats
    doc = text_doc("nodebb_parent_previews.txt")
    assert (doc.engine, doc.title) == ("nodebb", "Compost heap too wet")
    assert [(p.author, p.text) for p in doc.posts] == [
        ("mulchman", "My compost heap smells sour and drips after every rain shower.\n\n"
                     "Should I add more cardboard or turn it more often?"),
        ("leafy", "@mulchman Both"),
        ("Dora Pin", "Shred the cardboard first, whole sheets stay soggy for months."),
        ("mulchman", "Thanks, shredding it now.")]
    assert [[(r.name, r.count) for r in p.reactions] for p in doc.posts] == [[("vote", 3)], [], [("vote", 1)], []]
    removed = [(r.text, r.reason) for r in doc.removed]
    assert [t for t, reason in removed if reason == "parent_preview"] == [
        "mulchmanM mulchman", "My compost heap smells sour and drips after every rain shower.",
        "Should I add more cardboard or turn it more often?",
        "D Dora Pin", "Shred the cardboard first, whole sheets stay soggy for months."]
    assert ("leafyL Dora PinD 2 Replies Last reply", "post_chrome") in removed
    assert ("mulchmanM mulchman has marked this topic as solved on", "navigation") in removed
    assert ("2 months later", "navigation") in removed
    assert ("leafyL This user is from outside of this forum", "author_pane") in removed


def test_nodebb_remote_member_note_after_the_name_is_no_part_of_it():
    # a member of another fediverse server: "leafyL This user is from outside of this forum" over the name; the
    # preview above ends in a short line that could pass for a name
    dump = (FIXTURES / "text" / "nodebb_parent_previews.txt").read_text(encoding="utf-8")
    doc = clean_text(dump.replace("      Should I add more cardboard or turn it more often?\n",
                                  "      Should I add more cardboard or turn it more often?\n\n      Cheers 🌱\n"))
    assert [p.author for p in doc.posts] == ["mulchman", "leafy", "Dora Pin", "mulchman"]


def test_old_reddit_told_by_taglines_submission_line_and_score_box():
    doc = text_doc("reddit_old_sidebar.txt")
    assert doc.engine == "reddit" and doc.title == "Rain barrel overflow ideas"
    assert [(p.author, p.posted_at_raw, p.text) for p in doc.posts] == [
        ("drizzle_dan", "17 hours ago", "My rain barrel overflows every storm. Where should the overflow go?"),
        ("soakaway", "15 hours ago", "Run it into a gravel soakaway a few metres from the house.")]
    for chrome in ("other discussions", "search parameters", "98% upvoted", "Want to join?", "permalink"):
        assert chrome not in doc.text
    # the submission's score, which the sidebar shows ("1,100 points (98% upvoted)"), as the HTML path reads it
    assert [(r.name, r.count) for r in doc.posts[0].reactions] == [("point", 1100)]


def test_old_reddit_deleted_comment_keeps_its_place_without_text_or_author():
    dump = (FIXTURES / "text" / "reddit_topic.txt").read_text(encoding="utf-8").replace(
        "[–]nozzle_nina 7 points", "[–][deleted] 7 points").replace(
        "Heat the hotend, then unplug the thermistor: the printer should halt with an error.", "[removed]")
    doc = clean_text(dump)
    assert [p.author for p in doc.posts] == ["filament_fox", "nozzle_nina", "filament_fox", None, "bedlevel_ben"]
    assert doc.posts[3].parts == [] and doc.posts[4].text == "I print in a metal cabinet for that reason."
    assert ("[removed]", "deleted") in [(r.text, r.reason) for r in doc.removed]
