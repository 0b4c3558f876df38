from datetime import UTC, datetime
from pathlib import Path

from tests.forum_fixtures import edited_html_doc
from threadclean import clean_html
from threadclean.model import Quote, Reaction, Removed

FIXTURES = Path(__file__).parent.parent / "fixtures" / "html"


def load(name: str):
    return clean_html((FIXTURES / name).read_bytes(), source=name)


def test_posts_authors_dates_and_ids():
    doc = load("xenforo_thread.html")
    assert (doc.engine, doc.page_kind, doc.status) == ("xenforo", "thread", "ok")
    assert doc.title == "Best budget amp?"
    # the ad styled as a post has no post id; the first post repeated at the end is kept once
    assert [p.author for p in doc.posts] == ["alice", "bob", "carol"]
    assert [p.native_id for p in doc.posts] == ["101", "102", "103"]
    assert doc.posts[0].posted_at == datetime(2024, 1, 3, 17, 20, 36, tzinfo=UTC)
    assert [p.posted_at_raw for p in doc.posts] == ["Jan 3, 2024", "Jan 3, 2024", "Jan 4, 2024"]
    assert doc.posts[0].parts == ["Looking for an amp under $300.\n\nAny ideas?"]
    assert doc.posts[0].reactions == [Reaction("like", 5)]


def test_quotes_in_reading_order_with_sources_and_nesting():
    doc = load("xenforo_thread.html")
    bob, carol = doc.posts[1], doc.posts[2]
    assert isinstance(bob.parts[0], Quote) and bob.parts[1:] == ["Try the Topping."]
    assert (bob.parts[0].quoted_author, bob.parts[0].text, bob.parts[0].source_ref) == ("alice", "Any ideas?", "101")
    assert bob.parts[0].source_post_id == doc.posts[0].post_id
    assert carol.parts[0] == "Agreed with bob." and carol.parts[2] == "I'd go Fosi."
    outer = carol.parts[1]
    assert (outer.quoted_author, outer.text, outer.source_post_id) == ("bob", "Try the Topping.", bob.post_id)
    [inner] = outer.quotes
    assert (inner.quoted_author, inner.text, inner.depth) == ("alice", "Any ideas?", 2)


def test_xenforo_2_0_quote_blocks_are_divs_named_in_their_title():
    # XenForo 2.0 prints the quote as a <div> without data-quote: "alice said:" in its title, the source in the
    # title's jump link
    doc = edited_html_doc(
        "xenforo_thread.html",
        ('<blockquote data-attributes="member: 1" data-quote="alice" data-source="post: 101" class="bbCodeBlock '
         'bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch">',
         '<div class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote">'),
        ('<a href="/goto/post?id=101" class="bbCodeBlock-sourceJump">',
         '<a href="/goto/post?id=101" class="bbCodeBlock-sourceJump" data-content-selector="#post-101">'),
        ("</div></div>\n</blockquote>Try the Topping.", "</div></div>\n</div>Try the Topping."))
    bob = doc.posts[1]
    assert isinstance(bob.parts[0], Quote) and bob.parts[1:] == ["Try the Topping."]
    assert (bob.parts[0].quoted_author, bob.parts[0].text, bob.parts[0].source_post_id) == (
        "alice", "Any ideas?", doc.posts[0].post_id)
    assert "Click to expand" not in doc.text


def test_chrome_goes_to_removed_not_text():
    doc = load("xenforo_thread.html")
    assert Removed("My setup: Denon and KEF", "signature") in doc.removed
    assert Removed("Sponsored: Amp Mega Sale", "ad") in doc.removed
    assert [r.text for r in doc.removed if r.reason == "expand"] == ["Click to expand..."] * 2
    for chrome in ("Click to expand", "said:", "Sponsored", "My setup", "Last edited", "Buy cheap cables", "Report"):
        assert chrome not in doc.text
    # a link preview card shows the linked page, not alice's words
    assert "Best amplifiers of 2024" not in doc.text and "Our picks" not in doc.text
    assert doc.posts[0].parts == ["Looking for an amp under $300.\n\nAny ideas?"]


def test_author_profile_links_are_absolute_when_the_page_url_is_known():
    html = (FIXTURES / "xenforo_thread.html").read_bytes()
    doc = clean_html(html, source="x", url="https://forum.example.com/threads/pumps.7/page-2")
    assert [p.author_url for p in doc.posts][:2] == ["https://forum.example.com/members/alice.1/",
                                                     "https://forum.example.com/members/bob.2/"]
    assert clean_html(html, source="x").posts[0].author_url == "/members/alice.1/"


def test_the_view_link_under_an_embedded_video_is_media_chrome():
    # s9e media embeds print a small italic "View: <url>" link under the player (after a line break or not)
    doc = load("xenforo_media_embeds.html")
    assert [p.author for p in doc.posts] == ["loamlover", "rootsnrocks"]
    assert doc.posts[0].text == "This review helped me pick:\n\n(the part on tyre width starts at 0:42)"
    assert doc.posts[1].text == "Same channel, the follow-up:"
    assert "View:" not in doc.text
    assert Removed("View: https://youtu.be/def456", "media") in doc.removed


def _xf_post(n: int, name: str, body: str) -> str:
    return (f'<article class="message message--post" data-author="{name}" id="js-post-{n}"><div class="message-body">'
            f'<div class="bbWrapper">{body}</div></div></article>')


def test_the_line_a_mobile_app_appends_to_a_post_is_its_signature():
    # Tapatalk ends every post sent with it with "Sent from my <device> using <app>"; a post saying only that, or
    # quoting the words mid-text, keeps them
    page = ('<html id="XF"><body>'
            + _xf_post(1, "ann", 'The watch is $199 at the store.<br />\n<br />\nSent from my SM-S908U using '
                                 '<a href="http://r.tapatalk.com/byo?rid=1">Watch Forums mobile app</a>')
            + _xf_post(2, "bo", "Sent from my iPhone using Tapatalk")
            + _xf_post(3, "cy", "He wrote Sent from my phone using the app, then left.<br />Odd.")
            + "</body></html>")
    doc = clean_html(page.encode(), source="xf")
    assert [p.text for p in doc.posts] == ["The watch is $199 at the store.", "Sent from my iPhone using Tapatalk",
                                           "He wrote Sent from my phone using the app, then left.\nOdd."]
    assert Removed("Sent from my SM-S908U using Watch Forums mobile app", "signature") in doc.removed


def test_an_address_cloudflare_hides_in_a_post_is_put_back():
    hidden = '<span class="__cf_email__" data-cfemail="4a3e2f393e0a2f322b273a262f64292527">[email&#160;protected]</span>'
    page = '<html id="XF"><body>' + _xf_post(1, "ann", f"Ask {hidden} for a key.") + "</body></html>"
    assert clean_html(page.encode(), source="xf").posts[0].text == "Ask test@example.com for a key."


def test_xenforo1_older_dates_take_their_time_from_the_date_title():
    # XenForo 1 prints a post older than a week as <span class="DateTime" title="<date> at <time>">: the text
    # gives the day, the title the time too
    doc = edited_html_doc("xenforo1_thread.html", (
        '<span class="DateTime">Jan 5, 2024<', '<span class="DateTime" title="Jan 5, 2024 at 9:41 PM">Jan 5, 2024<'))
    assert doc.engine == "xenforo"
    assert (doc.posts[0].posted_at_raw, doc.posts[0].posted_at.isoformat()) == ("Jan 5, 2024", "2024-01-05T21:41:00+00:00")


def test_typographic_quotes_come_out_straight_however_the_page_wrote_them():
    # ftfy straightens quotes only in text it mends; entities (&rsquo;) never reach it: every output is the same
    page = ('<html id="XF"><head><title>Don&rsquo;t panic</title></head><body>'
            + _xf_post(1, "O&#8217;Brien", "It&rsquo;s &ldquo;fine&rdquo;, it’s “fine”.")
            + "</body></html>")
    doc = clean_html(page.encode(), source="xf")
    assert doc.title == "Don't panic"
    assert doc.posts[0].author == "O'Brien"
    assert doc.posts[0].text == "It's \"fine\", it's \"fine\"."


def test_mojibake_in_a_page_is_mended_as_in_a_dump():
    # UTF-8 read as windows-1252 somewhere before the crawl: ftfy mends it on the HTML path too; an "&amp;" the
    # page shows stays as written
    page = ('<html id="XF"><head><title>CafÃ© talk</title></head><body>'
            + _xf_post(1, "ZoÃ«", "The crÃ¨me brÃ»lÃ©e was great.\x07 Write &amp;amp; for &amp;.")
            + "</body></html>")
    doc = clean_html(page.encode(), source="xf")
    assert (doc.title, doc.posts[0].author) == ("Café talk", "Zoë")
    assert doc.posts[0].text == "The crème brûlée was great. Write &amp; for &."


def _card(pid: int, name: str, when: str, text: str, summary: str = "") -> str:
    return (f'<div class="MessageCard js-post" id="js-post-{pid}"><span id="post-{pid}"></span>'
            f'<header class="MessageCard__header">{summary}<span class="MessageCard__user-info__name">{name}</span>'
            f'<a class="MessageCard__date-created" href="#post-{pid}"><time class="u-dt" datetime="{when}">'
            f'{when[:10]}</time></a></header><article class="message-body"><div class="bbWrapper">{text}</div>'
            '</article></div>')


def test_verticalscope_card_date_is_the_posts_not_the_threads_last_post():
    # the first card prints the thread's "last post by X <time>" above its own date
    summary = ('<span class="icon-with-text">last post by <a href="/members/ggery.9/">ggery</a> '
               '<time class="u-dt" datetime="2024-09-26T01:50:27-0400">Sep 26, 2024</time></span>')
    page = ('<html><body><div id="XF" data-xf-init="x">'
            + _card(101, "jdoe", "2024-01-03T11:23:42-0500", "Which projector replaces an Epson 5050?", summary)
            + _card(102, "ggery", "2024-09-26T01:50:27-0400", "The LS12000 did it for me.") + "</div></body></html>")
    doc = clean_html(page.encode(), source="vs")
    assert [(p.author, p.posted_at) for p in doc.posts] == [
        ("jdoe", datetime(2024, 1, 3, 16, 23, 42, tzinfo=UTC)), ("ggery", datetime(2024, 9, 26, 5, 50, 27, tzinfo=UTC))]


def test_a_notice_to_guests_in_a_post_is_no_part_of_it():
    # a board add-on prints it under each attached image: "Join to see EXIF info for this image (if available)"
    doc = edited_html_doc("xenforo_thread.html", (
        "Looking for an amp under $300.<br>",
        'Looking for an amp under $300.<br><img src="/a/1.jpg" alt="amp.jpg"><div class="cv-attach-exif"><a '
        'href="/register"><i>Join</i></a> to see EXIF info for this image (if available)</div>'))
    assert doc.posts[0].parts == ["Looking for an amp under $300.\n\nAny ideas?"]
    assert Removed("Join to see EXIF info for this image (if available)", "guest_notice") in doc.removed


def test_xenforo1_likes_summary_is_one_reaction_and_ratings_count_each():
    # `.LikeText` sits inside `.likesSummary`: both are reaction widgets, read once; the ratings add-on prints
    # "Like x 2"
    doc = clean_html((FIXTURES / "xenforo1_thread.html").read_bytes(), source="x")
    assert [p.reactions for p in doc.posts] == [[Reaction("like", 2)], [Reaction("like", 1)]]


def test_likes_summaries_count_everyone_they_name_in_any_language():
    page = (FIXTURES / "xenforo1_thread.html").read_text(encoding="utf-8")
    for summary, count in (("Otto, Wren, Ida und 16 anderen gefällt das.", 19),
                           ("Otto, Wren und einer weiteren Person gefällt das.", 3),
                           ("Otto, Wren and 4 others like this.", 6)):
        html = page.replace('<a href="/members/wormfarm.4">wormfarm</a> likes this.', summary)
        doc = clean_html(html.encode(), source="x")
        assert doc.posts[1].reactions == [Reaction("like", count)], summary


def test_xenforo_2_0_likes_bar_counts_who_liked():
    # XenForo 2.0 lists who liked a post in `.likesBar` ("Likes: A, B and 8 others"), before 2.1's reactions bar
    doc = edited_html_doc("xenforo_thread.html", (
        '<div class="reactionsBar js-reactionsList is-active"><span class="u-srOnly">Reactions:</span><a '
        'class="reactionsBar-link" href="/posts/101/reactions">bob, carol and 3 others</a></div>',
        '<div class="likesBar js-likeList is-active"><i class="likeIcon" title="Likes"></i><span class="u-srOnly">'
        'Likes:</span><a href="/posts/101/likes"><bdi>bob</bdi>, <bdi>carol</bdi> and 8 others</a></div>'))
    assert doc.posts[0].reactions == [Reaction("like", 10)]
    assert "Likes" not in doc.posts[0].text


def _with_summary_icons(*alts: str):
    icons = "".join(f'<li><span class="reaction reaction--small"><img alt="{alt}" title="{alt}"></span></li>'
                    for alt in alts)
    return edited_html_doc("xenforo_thread.html", (
        '<span class="u-srOnly">Reactions:</span>',
        f'<ul class="reactionSummary">{icons}</ul><span class="u-srOnly">Reactions:</span>')).posts[0].reactions


def test_xenforo_summary_is_named_after_the_one_kind_its_icons_show():
    from threadclean.model import Reaction

    # the count sums every kind the icons show: one kind names it, several make it a reaction count
    assert _with_summary_icons("Informative") == [Reaction("informative", 5)]
    assert _with_summary_icons("Like", "Informative") == [Reaction("reaction", 5)]
    # a like in the board's language is a like
    assert _with_summary_icons("Gefällt mir") == [Reaction("like", 5)]


def test_a_theme_that_prints_the_date_in_the_pane_still_dates_the_post():
    # a board's own theme leaves out the attribution row and prints the date in the author's pane (juraforum)
    doc = edited_html_doc(
        "xenforo_thread.html",
        ('<time class="u-dt" datetime="2024-01-03T13:00:00-0500" data-timestamp="1704304800">Jan 3, 2024</time>', ""),
        ('<a href="/members/bob.2/" class="username">bob</a></h4>',
         '<a href="/members/bob.2/" class="username">bob</a></h4><small><span>03.01.2024, 13:00</span></small>'))
    assert [p.author for p in doc.posts] == ["alice", "bob", "carol"]
    assert (doc.posts[1].posted_at_raw, doc.posts[1].posted_at) == ("03.01.2024, 13:00", datetime(2024, 1, 3, 13, 0, tzinfo=UTC))
    # a member's join date in the pane is no post's date: alice's post without its own has none
    doc = edited_html_doc("xenforo_thread.html", ('<time class="u-dt" dir="auto" datetime="2024-01-03T12:20:36-0500" '
                                                  'data-timestamp="1704302436" title="Jan 3, 2024 at 12:20 PM">Jan 3, 2024</time>', ""))
    assert (doc.posts[0].posted_at_raw, doc.posts[0].posted_at) == (None, None)
