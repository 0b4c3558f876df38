"""The text path on Invision Community dumps: the seed thread and fixtures of other shapes."""

from pathlib import Path

import pytest

from tests.forum_fixtures import text_doc
from threadclean import clean_text
from threadclean.model import Reaction

ROOT = Path(__file__).resolve().parents[1]
SEED_THREAD = ROOT / "seeds" / "002_ea6c81fad244be33.txt"
FIXTURES = ROOT / "fixtures" / "text"


@pytest.fixture(scope="module")
def seed():
    return clean_text(SEED_THREAD.read_text(encoding="utf-8"), source=str(SEED_THREAD))


def test_seed_thread_posts_and_title(seed):
    assert seed.engine == "ips" and seed.page_kind == "thread" and seed.status == "ok"
    assert seed.title == "Iran has declared war on the US in Iraq through its proxies - analysis"
    assert seed.n_posts == 15
    assert seed.posts[0].author == "yota691" and seed.posts[0].author_source == "thread_starter"


def test_seed_reactions_belong_to_the_post_above(seed):
    assert [(r.name, r.count) for r in seed.posts[4].reactions] == [("thanks", 1), ("haha", 5), ("upvote", 2),
                                                                    ("pow!", 1)]
    assert seed.posts[11].reactions == []


def test_seed_quotes_name_author_and_source_post(seed):
    quoting = [(p.position, q.quoted_author, q.source_post_id) for p in seed.posts for q in p.quotes]
    assert [(pos, author) for pos, author, _ in quoting] == [(7, "yota691"), (8, "currenzcraze"),
                                                             (10, "currenzcraze"), (14, "yota691")]
    sources = {pos: src.rsplit(":", 1)[1] for pos, _, src in quoting}
    assert sources == {7: "6", 8: "4", 10: "9", 14: "13"}
    inferred = {p.position: p.author for p in seed.posts if p.author_inferred}
    assert inferred == {4: "currenzcraze", 6: "yota691", 9: "currenzcraze", 13: "yota691"}


def test_seed_quoting_posts_keep_only_their_own_words(seed):
    assert seed.posts[6].text == "Plasschaert knows the plan and we (here at dv) know what the unknown is! Bring it on!!"
    assert seed.posts[13].text.startswith("Yep that's what radical progressive commies do")
    assert "deeply concerned' by recent attacks" not in seed.posts[13].text


def test_seed_pasted_articles_become_article_rows(seed):
    with_articles = [p.position for p in seed.posts if p.articles]
    assert with_articles == [1, 2, 4, 6, 9, 11, 13, 15]
    for p in seed.posts:
        if p.articles:
            assert p.text == ""
    frantzman = seed.posts[3].articles[0]
    assert frantzman.byline == "By SETH J. FRANTZMAN"
    assert frantzman.published_at.isoformat() == "2021-07-08"
    assert any("photo credit" in c for c in frantzman.captions)
    assert "Advertisement" not in frantzman.text and "photo credit" not in frantzman.text
    assert seed.posts[5].articles[0].outlet == "Dubai - Alarabiya.net"
    assert seed.posts[8].articles[0].outlet == "OAN Newsroom"
    assert seed.posts[12].articles[0].byline == "By Reuters"


def test_seed_videos_become_media_rows(seed):
    media = [(p.position, m.kind, len(m.comments)) for p in seed.posts for m in p.media]
    assert media == [(3, "video", 3), (12, "video", 0)]
    assert seed.posts[2].media[0].comments[0].author == "CBM 215"
    assert seed.posts[2].media[0].comments[0].when == "8 hours ago"


def test_seed_site_chrome_is_removed_not_kept(seed):
    removed = {r.text for r in seed.removed}
    for chrome in ("Jump to content", "CRYPTO REWARDS!", "Recommended Posts", "Join the conversation",
                   "Reply to this topic...", "By using this site, you agree to our Terms of Use.", "Link to comment"):
        assert chrome in removed
        assert chrome not in seed.text
    assert not any("Guest views" in p.text for p in seed.posts)
    reasons = {r.reason for r in seed.removed}
    assert {"share", "reaction", "guest_notice", "ad", "footer"} <= reasons


@pytest.fixture(scope="module")
def panes():
    return clean_text((FIXTURES / "ips_author_panes.txt").read_text(encoding="utf-8"))


def test_author_panes_give_authors_and_dates(panes):
    assert panes.title == "Tomato blight this year"
    assert [(p.author, p.posted_at_raw) for p in panes.posts] == [
        ("Marigold", "May 22, 2024"), ("Old Digger", "May 22, 2024"), ("Fern", "May 23, 2024"),
        ("Old Digger", "May 23, 2024")]
    assert all(p.author_source == "post" for p in panes.posts)
    assert panes.posts[0].posted_at.isoformat() == "2024-05-22T00:00:00+00:00"


def test_edit_notes_and_signatures_are_removed(panes):
    assert panes.posts[0].text.endswith("I have six plants in raised beds.")
    assert "Happy growing" not in panes.text
    removed = {(r.text, r.reason) for r in panes.removed}
    assert ("Edited May 22, 2024 by Marigold", "edited") in removed
    assert ("added the bed type", "edited") in removed
    assert ("Happy growing from the allotment", "signature") in removed


def test_dated_anonymous_and_nested_quotes(panes):
    q = panes.posts[1].quotes[0]
    assert (q.quoted_author, q.quoted_when_raw) == ("Marigold", "5/22/2024 at 3:11 PM")
    assert q.source_post_id.endswith(":1")
    anon = panes.posts[2].quotes[0]
    assert anon.source_post_id.endswith(":2")
    assert (anon.quoted_author, anon.quoted_author_source) == (panes.posts[1].author, "source_post")
    assert panes.posts[1].author and q.quoted_author_source == "quote"
    outer = panes.posts[3].quotes[0]
    assert (outer.quoted_author, outer.text) == ("Fern", "Does that work for potatoes too?")
    assert outer.source_post_id.endswith(":3")
    inner = outer.quotes[0]
    assert inner.depth == 2 and inner.text == "Remove the lower leaves and water at the base"
    assert inner.source_post_id.endswith(":2")
    assert panes.posts[3].text == "Yes, potatoes get the same blight. Keep them apart next year if you can."


def test_later_page_of_a_thread():
    doc = clean_text((FIXTURES / "ips_guest_page2.txt").read_text(encoding="utf-8"))
    assert doc.n_posts == 3
    assert doc.posts[0].author is None  # the thread starter wrote post 1 of page 1, not this one
    assert doc.posts[0].quotes[0].source_post_id is None  # quoted post is on page 1
    assert (doc.posts[1].author, doc.posts[1].author_inferred) == ("Fern", True)
    assert not any("Page 2 of 2" in p.text for p in doc.posts)


def test_ips5_pane_with_stats_list_and_about_me_label():
    # "About me:" and its value, and a long list of stats, stay in the pane above the date line
    doc = text_doc("ips5_about_me.txt")
    assert doc.engine == "ips" and doc.title == "Saying thanks to the forum"
    assert [(p.author, p.posted_at_raw, p.text) for p in doc.posts] == [
        ("Ferrous", "June 14, 2024", "Thank you all for a great forum over the years.\n\nI learned most of what I know here."),
        ("Ultimate Steve", "June 15, 2024", "I will echo the sentiment. This has been a great place.")]
    assert [r.text for r in doc.removed if r.reason == "author_pane"][-11:] == [
        "Ultimate Steve", "Ultimate Steve", "Members", "4.7k posts", "4 Solutions", "11.4k Reputation", "About me:",
        "Aspiring Musician", "Ultimate Steve", "Ultimate Steve Members", "June 15, 20241 yr"]


def test_ips_profile_fields_between_the_two_posted_lines_are_pane():
    # the narrow layout's "Posted DATE", the pane (name, group, counts, a list of profile fields as label and
    # value, some values long), then the post's own "Posted DATE": one header, the fields no post and no author;
    # the time gap marked between two posts ("3 months later...") is no post text
    doc = text_doc("ips_profile_fields.txt")
    assert (doc.engine, doc.title) == ("ips", "Loco stalls on points")
    assert [(p.author, p.posted_at_raw, p.text) for p in doc.posts] == [
        ("Hattie Crane", "May 2, 2024",
         "My tank engine stalls on every set of points, always at the frog. Cleaning the wheels did not help."),
        ("Gus Pettigrew", "August 9, 2024",
         "Short wheelbase engines lose power over dead frogs.\n\nPower the frogs through a switch on the point motor.")]
    removed = [(r.text, r.reason) for r in doc.removed]
    assert ("Two walkabout handsets with a booster and an old transformer in reserve", "author_pane") in removed
    # the topic's permalink under the last post's "Share" button
    assert ("https://rail.example.org/forums/topic/4411-loco-stalls-on-points/", "share") in removed


def test_ips5_title_above_tags_share_links_and_starter_and_about_me_text_in_the_pane():
    # the title is the heading above the tag and share-link items; "About me:" text ending a sentence stays pane;
    # the topic summary under the first post (counts, top posters, busiest days) is navigation
    doc = text_doc("ips5_topic_header.txt")
    assert (doc.engine, doc.title) == ("ips", "Glass or polycarbonate panels?")
    assert [(p.author, p.posted_at_raw, p.text) for p in doc.posts] == [
        ("Tilda Moss", "March 3, 2025",
         "My old glass greenhouse cracked in the frost. Are polycarbonate panels warm enough for winter?"),
        ("Ben Orwell", "March 4, 2025", "Twin-wall polycarbonate holds heat better than single glass.")]
    removed = [(r.text, r.reason) for r in doc.removed]
    assert ("Grows far too many chillies, every single year!", "author_pane") in removed
    assert ("Compost first, questions later.", "author_pane") in removed
    assert ("Share on Facebook", "share") in removed and ("Last page", "pagination") in removed  # under the posts
    assert ("Ben Orwell 1 post", "navigation") in removed and ("Mar 4 2025 1 post", "navigation") in removed
    assert ("Join the Discussion", "guest_notice") in removed and ("Sign In / Join", "guest_notice") in removed


def test_ips_ad_printed_as_a_post_without_share_menu_is_dropped():
    # the ad sits between two posts' share menus, with a pane naming only "Advertisement": it is split from the
    # real post under it and dropped
    doc = text_doc("ips_ad_post.txt")
    assert [(p.author, p.posted_at_raw, p.text) for p in doc.posts] == [
        ("Wren Ashby", "April 9", "Which tripod head suits a heavy telephoto lens?"),
        ("Milo Graves", "April 9", "A gimbal head balances the lens so it swings freely.")]
    assert ("Hi Wren Ashby,", "ad") in [(r.text, r.reason) for r in doc.removed]


def test_ips_pane_list_with_buttons_names_the_first_posts_author():
    # the first post's pane: "name  reputation" lines, then a list (rank, name, group, counts, "Report post")
    doc = text_doc("ips_pane_buttons.txt")
    assert doc.title == "Best anchor for sand?"
    assert [(p.author, p.posted_at_raw, p.text) for p in doc.posts] == [
        ("rowena_k", "June 2, 2016", "Which anchor holds best in soft sand for a small sailing boat?"),
        ("tidewright", "June 3, 2016", "A plough anchor digs in well. Add a few metres of chain.")]
    assert [p.author_source for p in doc.posts] == ["post", "post"]  # read from the pane, not the "By" line


def test_ips_quote_posted_just_now():
    doc = clean_text("Recommended Posts\n\nOlive Tan\n\nPosted May 3, 2024\n\nDoes the bus stop run on Sundays?\n\n"
                     "Link to comment\nShare on other sites\n\nAmos Reed\n\nPosted May 3, 2024\n"
                     "Just now, Olive Tan said:\n\nDoes the bus stop run on Sundays?\n\nOnly in summer.\n\n"
                     "Link to comment\nShare on other sites\n")
    assert [(p.author, p.text) for p in doc.posts] == [("Olive Tan", "Does the bus stop run on Sundays?"),
                                                       ("Amos Reed", "Only in summer.")]
    assert [(q.quoted_author, q.quoted_when_raw, q.text) for q in doc.posts[1].quotes] == [
        ("Olive Tan", "Just now", "Does the bus stop run on Sundays?")]


def test_ips_a_short_list_post_is_not_taken_for_the_next_posts_pane():
    # only the author's name follows the narrow layout's date; a post that is a list under its own date stays text
    pane = "{0}\n\n{0}\n\nPosted May 6, 2024\n\n{0}\n\n  • {0}\n  • Members\n    • 30\nPosted May 6, 2024\n\n"
    items = [f"A {thing} that packs down very small" for thing in
             ("rain shell", "fleece", "wool hat", "flask", "map case", "head torch", "dry bag", "pair of gaiters")]
    doc = clean_text("Recommended Posts\n\n" + pane.format("Ida Finch") + "What should I pack for a wet weekend?\n\n"
                     + pane.format("Ray Cole") + "".join(f"  • {item}\n" for item in items) + "\n"
                     + pane.format("Ida Finch") + "Thanks, packed all.\n\nGo to topic listing\n")
    assert [(p.author, p.text) for p in doc.posts] == [
        ("Ida Finch", "What should I pack for a wet weekend?"), ("Ray Cole", "\n".join(f"• {i}" for i in items)),
        ("Ida Finch", "Thanks, packed all.")]


def test_a_reply_of_thanks_alone_is_the_post_not_its_button():
    doc = clean_text("Recommended Posts\n\nNell Park\n\nPosted May 3, 2024\n\nTurn off the startup check in the settings.\n\n"
                     "Link to post\nShare on other sites\n\nOtto Bay\n\nPosted May 4, 2024\n\nThanks\n\n"
                     "Share this post\n\nLink to post\nShare on other sites\nGo to topic listing\n")
    assert [(p.author, p.text) for p in doc.posts] == [("Nell Park", "Turn off the startup check in the settings."),
                                                       ("Otto Bay", "Thanks")]


def test_a_quote_printed_without_its_citation_is_found_in_the_post_it_copies():
    # IPS 4 adds "X said:" with its script: a dump may hold the quoted paragraph alone
    dump = (FIXTURES / "ips_author_panes.txt").read_text(encoding="utf-8")
    doc = clean_text(dump.replace("    On 5/22/2024 at 3:11 PM, Marigold said:\n\n", "", 1))
    quote, own = doc.posts[1].parts
    assert (quote.quoted_author, quote.source_post_id) == ("Marigold", doc.posts[0].post_id)
    assert quote.text == "My tomatoes have brown spots on the lower leaves and the stems are going dark."
    assert own.startswith("That sounds like early blight.")


def test_ips5_popular_post_excerpts_are_no_posts_and_reactions_stay_with_their_post():
    doc = text_doc("ips5_popular_posts.txt")
    # the summary's "Most Popular Posts" (name, date, excerpt) would read as two more posts
    assert [(p.author, p.posted_at_raw, p.text) for p in doc.posts] == [
        ("Nora Vance", "October 2, 2024",
         "My second hive is down to four frames of bees. Should I combine it with the strong one or try to winter it "
         "alone?\n\nIt still has a laying queen and about ten pounds of stores."),
        ("Otto Lind", "October 2, 2024", "Four frames is small but not hopeless. Insulate the lid and reduce the entrance."),
        ("Priya Shah", "October 3, 2024", "Feed fondant on top once it turns cold, syrup will chill the cluster.")]
    removed = [(r.text, r.reason) for r in doc.removed]
    assert ("Most Popular Posts", "navigation") in removed
    assert ("October 9, 20241 yr", "navigation") in removed and ("October 14, 20241 yr", "navigation") in removed
    # the counts listed under a post, and who reacted over them, are that post's, not the next pane's
    assert [p.reactions for p in doc.posts] == [[Reaction("like", 1), Reaction("thanks", 2)], [Reaction("like", 1)], []]
    assert ("Otto Lind, Priya Shah and Hal", "reaction") in removed and ("Nora Vance", "reaction") in removed
    assert ("Followers 2", "navigation") in removed  # the topic's follow button, no reaction


def test_ips_reaction_count_run_into_its_name():
    # a stock reaction's count printed with no space after its name ("Thanks2"): counted as "Thanks 2" is
    text = (FIXTURES / "ips5_popular_posts.txt").read_text(encoding="utf-8").replace(
        "      • Thanks 2\n", "      • Thanks2\n", 1)
    assert clean_text(text).posts[0].reactions == [Reaction("like", 1), Reaction("thanks", 2)]
