from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from tests.forum_fixtures import chrome_left, edited_html_doc, html_doc
from threadclean import clean_html
from threadclean.model import Document, Removed

FIXTURES = Path(__file__).parent.parent / "fixtures" / "html"


def test_unknown_engine_repeated_author_date_blocks():
    doc = html_doc("generic_comments.html")
    assert (doc.engine, doc.page_kind) == ("generic", "thread")
    assert [(p.author, p.posted_at_raw) for p in doc.posts] == [
        ("liam", "Tue 16-Jun-20 23:12:23"), ("mia", "Wed 17-Jun-20 08:01:10"), ("noah", "Wed 17-Jun-20 09:45:00")]
    assert doc.posts[0].parts == ["My starter smells like nail polish remover.\n\nIs it dead?"]
    quote, own = doc.posts[1].parts
    assert (quote.quoted_author, quote.text, own) == ("liam", "Is it dead?", "No, it is just hungry. Feed it twice a day.")
    assert quote.source_post_id == doc.posts[0].post_id
    for chrome in ("Log in", "Popular", "Privacy", "wrote:"):
        assert chrome not in doc.text


def test_page_without_posts_falls_back_to_text_rules():
    doc = clean_html(b"<html><body><p>Just one paragraph of prose, no thread here.</p></body></html>", source="x")
    assert doc.engine == "generic" and doc.posts == [] and doc.status != "error"


def test_broken_markup_never_raises():
    doc = clean_html(b"<html><body><iframe src=x/><div class='post' id='p1'>\xff\xfe<blockquote>", source="bad")
    assert doc.status in ("ok", "empty")


def test_generic_posts_keep_the_authors_profile_link():
    doc = clean_html((FIXTURES / "generic_comments.html").read_bytes(), source="g", url="https://blog.example.net/p/1")
    assert [(p.author, p.author_url) for p in doc.posts][0] == ("liam", "https://blog.example.net/profile/liam")


def test_a_page_without_article_markup_is_read_by_its_main_content_when_no_thread_is_found():
    doc = html_doc("unmarked_article.html")
    assert (doc.page_kind, doc.n_posts, doc.title) == ("article", 0, "How heat pumps work in cold climates")
    paragraphs = doc.articles[0].text.split("\n\n")
    assert paragraphs[0].startswith("Heat pumps move heat rather than make it.")
    assert "Sizing the system" in paragraphs and len(paragraphs) == 5
    for chrome in ("Subscribe to our newsletter", "Get a free quote", "Popular guides", "Privacy policy", "Pricing"):
        assert chrome not in doc.text


def test_generic_posts_differing_by_modifier_classes_form_one_thread():
    # the opening post and nested replies carry extra modifier classes ("post-primary", "post-tertiary")
    doc = html_doc("generic_modifier_classes.html")
    assert (doc.engine, doc.page_kind) == ("generic", "thread")
    assert [p.author for p in doc.posts][:4] == ["oliver", "ava", "oliver", "maria"]
    assert doc.posts[0].text.startswith("My left hand tingles every morning")
    assert doc.posts[2].text == "Thank you, I booked the test for next week."
    # lines of button labels and counters closing a post (its action row caught in its block) are not its words
    assert doc.posts[1].text == "Please see a neurologist; a nerve conduction test settles it quickly."
    assert Removed("2 replies", "post_chrome") in doc.removed
    # a reply form the page keeps hidden under a post is not the post
    assert doc.posts[3].text == "Mine was carpal tunnel in the end, a wrist brace at night helped a lot."
    assert Removed("Tick here to be e-mailed about every answer.", "hidden") in doc.removed


def test_generic_post_of_the_groups_kind_without_a_profile_link_is_kept():
    # a former member's name links nowhere: the block still has the group's kind and a date, and the name sits
    # where the other posts have theirs
    doc = html_doc("generic_modifier_classes.html")
    last = doc.posts[-1]
    assert len(doc.posts) == 5
    assert (last.author, last.author_url, last.posted_at_raw) == ("former member", None, "Jun 08, 2020 9:02 AM")
    assert last.text == "Same here, it was my neck and physiotherapy fixed it."


def test_page_builder_sections_with_generated_ids_are_not_one_kind():
    from selectolax.lexbor import LexborHTMLParser

    from threadclean.html.generic.groups import same_kind, signature

    tree = LexborHTMLParser('<div class="post bg1"></div><div class="post bg2 first-post"></div>'
                            '<div class="e-con elementor-element elementor-element-3fa9"></div>'
                            '<div class="e-con elementor-element elementor-element-c7d2"></div>')
    a, b, c, d = (signature(n) for n in tree.css("div"))
    assert same_kind(a, b) and not same_kind(c, d)


def test_generic_date_shown_next_to_the_author_name_is_read_without_it():
    doc = html_doc("generic_modifier_classes.html")
    assert [p.posted_at_raw for p in doc.posts][:2] == ["Jun 04, 2020 5:28 PM", "Jun 05, 2020 11:58 AM"]
    assert doc.posts[1].posted_at.isoformat() == "2020-06-05T11:58:00+00:00"


def test_generic_question_printed_apart_from_its_answers_is_the_first_post():
    # the question and the answers sit in two sibling sections; the sections are containers, not two posts
    doc = html_doc("generic_question_answers.html")
    assert (doc.engine, doc.page_kind) == ("generic", "thread")
    # the page's one heading, which <title> holds with the site's name after it, is the topic's title
    assert doc.title == "Hilft Magnesium gegen Wadenkrämpfe?"
    assert [(p.author, p.posted_at_raw) for p in doc.posts] == [
        ("Lotte", "05.01.12 11:27"), ("Bernd", "03.12.12 14:09"), ("Helga", "22.07.14 16:42"),
        ("Jonas", "09.12.15 08:05")]
    assert doc.posts[0].text.startswith("Ich habe seit Wochen nachts Wadenkrämpfe.")
    assert doc.posts[1].text.startswith("Bei mir hat Magnesium am Abend geholfen")
    # a comment under an answer (its own name and date) is longer than the answer but not its body
    assert "Viel trinken und abends die Waden dehnen" in doc.posts[3].text
    assert not doc.posts[3].text.startswith("Dehnen hilft bei mir auch")
    for chrome in ("Antworten", "Beliebte Themen", "Anmelden"):
        assert chrome not in doc.text


def test_microdata_question_with_answers_is_a_thread_even_on_an_article_page():
    # the page calls itself an article (og:type, <article> posts) and carries an editorial guide longer than the
    # posts; its schema.org Question/Answer items with named posters make it a thread
    doc = html_doc("generic_microdata_qa.html")
    assert (doc.engine, doc.page_kind) == ("generic", "thread")
    assert [(p.author, p.text) for p in doc.posts] == [
        ("Greta", "Seit einem Konzert pfeift es in meinem linken Ohr. Geht das wieder weg?"),
        ("Paul", "Bei mir ging es nach drei Wochen Ruhe zurück."),
        ("Ines", "Geh bald zum HNO-Arzt, frühe Behandlung hilft am meisten.")]
    # the poster links resolve against the page's URL on this path too
    on_site = clean_html((FIXTURES / "generic_microdata_qa.html").read_bytes(), url="https://forum.example/t/42")
    assert [p.author_url for p in on_site.posts] == [
        f"https://forum.example/mitglied/{name}" for name in ("greta", "paul", "ines")]


def test_generic_header_row_subject_and_date_are_not_the_body():
    # a header row (subject link, "by" name, time "On" day) above each body row: a short body is still the body;
    # a deleted poster's header row names them without a link ("by Nobody:"), and a body row mentioning a date is
    # no header
    doc = html_doc("generic_header_rows.html")
    assert [(p.author, p.text) for p in doc.posts] == [
        ("riverbank", "Roots reach a drain through cracked joints when the pipe is old or badly laid."),
        ("SweetPea", "Scary."), ("Nobody", "Keep the lid down, see you at 10:30 on Apr 25."),
        ("Frankie", "Flush before you sit.")]
    # the like and share counts under a post are its reactions, not its words
    assert [[(r.name, r.count) for r in p.reactions] for p in doc.posts] == [
        [("like", 12), ("share", 3)], [("like", 4)], [], []]
    # the time and the day sit in sibling elements ("<b>9:00am</b> On <b>Apr 24</b>"): the date is both, and the
    # fetch date gives its year
    assert [p.posted_at_raw for p in doc.posts] == ["9:00am On Apr 24", "12:16pm On Apr 24", "12:16pm On Apr 24",
                                                    "12:17pm On Apr 24"]
    fetched = clean_html((FIXTURES / "generic_header_rows.html").read_bytes(), fetched_at=datetime(2020, 5, 1, tzinfo=UTC))
    assert fetched.posts[0].posted_at == datetime(2020, 4, 24, 9, 0, tzinfo=UTC)


def test_generic_quote_opening_with_the_quoted_posters_linked_name_and_a_colon():
    # "<a href=/post/882><b>SweetPea</b></a>:" over the quoted words (Nairaland): the name is the quote's author
    doc = edited_html_doc("generic_header_rows.html", (
        '<div class="narrow">Flush before you sit.</div>',
        '<div class="narrow"><blockquote><a href=/post/882><b>SweetPea</b></a>:<br>Scary.</blockquote>'
        'Flush before you sit.</div>'))
    [quote] = doc.posts[3].quotes
    assert (quote.quoted_author, quote.quoted_author_source, quote.text) == ("SweetPea", "quote", "Scary.")
    assert quote.source_post_id == doc.posts[1].post_id and doc.posts[3].text == "Flush before you sit."


def test_generic_name_link_carrying_the_username_and_signatures_left_out():
    # the poster's name is a link with `data-username` (no profile href, no author class); the signature block
    # under each message is not the message
    doc = html_doc("generic_message_table.html")
    assert (doc.engine, doc.page_kind) == ("generic", "thread")
    assert [(p.author, p.text) for p in doc.posts] == [
        ("NeedToKnow", "No stream link this time, the video goes up in an hour."),
        ("MonkeyDog", "Posting this early means they want to own the news cycle today."), ("DarkGuy", "Ready for it!")]
    assert "Woof." not in doc.text and Removed("Woof.", "signature") in doc.removed


def test_generic_long_opening_post_in_its_own_box_before_the_replies():
    # the opening post (a long trip report) sits in a box before the replies in the same list
    doc = html_doc("generic_first_post_box.html")
    # the report is longer than four replies, but not than all of them together
    assert [p.author for p in doc.posts] == ["kiwi_poppy", "lone_star", "michan", "sammy_fd", "slalomer", "nz_kate",
                                             "tokyo_tom", "hiro_h", "vermont_v"]
    assert doc.posts[0].posted_at_raw == "Dec 31, 2025, 9:37 PM"
    assert doc.posts[0].text.startswith("Day 1: we took the early train")
    assert doc.posts[0].text.endswith("how to use the tokens.") and "Day 12:" in doc.posts[0].text
    assert "Watch this Topic" not in doc.text and "Japan forum" not in doc.text


def test_generic_threaded_replies_are_posts_of_their_own():
    # replies of the comments' kind nested inside a comment: each is a post, in page order, and the comment
    # they answer keeps only its own words
    doc = html_doc("generic_threaded_comments.html")
    assert [(p.author, p.text) for p in doc.posts] == [
        ("mod_anna", "Finally we can block federated votes from bot instances."),
        ("devbert", "Yep, alt accounts were used to game the votes."),
        ("mod_anna", "An allowlist of servers would help too."),
        ("quillan", "Post scheduling is huge! Lots of good stuff in here.")]


def test_generic_opening_post_header_above_its_body_and_the_replies():
    # the thread header (title, "by <name>", date) sits a level above the box holding the opening post's body
    # and the replies; the name is the innermost author node ("by" belongs to the block around it). (In
    # article markup the replies alone are weighed against the article.)
    doc = html_doc("generic_header_apart.html")
    assert [(p.author, p.posted_at_raw) for p in doc.posts] == [
        ("Shancock", "Posted: 2 years ago"), ("spartan14", "2 years ago"), ("cooler1", "2 years ago")]
    assert doc.posts[0].text.startswith("Could it be as simple as finding a product")
    assert doc.posts[0].author_url == "https://forum.example.com/members/Shancock.html"
    # the topic's Open Graph title, not <title> with the site's name and slogan
    assert doc.title == "Will this method work for a beginner?"


def _post(name: str, day: int, body: str) -> str:
    return (f'<div class="post"><div class="head"><a href="/members/{name}">{name}</a> <span>Jan {day}, 2024</span>'
            f'</div><div class="msg">{body}</div></div>')


_LONG = "This is the quoted statement from the earlier discussion about the new bridge design. " * 6
_REPLY = "<p>" + "Short reply agreeing with alice on this point and adding a little more. " * 3 + "</p>"


def test_generic_quotes_inside_a_post_never_replace_the_thread():
    # "<name> wrote on <date>" quote blocks in one post are larger than the replies, inside or as the best group
    def quote(name: str) -> str:
        return f'<blockquote><cite><a href="/members/{name}">{name}</a> wrote on Jan 3, 2024:</cite><p>{_LONG}</p></blockquote>'

    for quoted, replies in ((("bob", "carol"), ("erin", "frank")), (("bob", "carol", "dave"), ("erin",))):
        page = ("<html><body><div class=thread>" + _post("alice", 5, "".join(map(quote, quoted)) + "<p>I disagree.</p>")
                + "".join(_post(n, 6 + i, _REPLY) for i, n in enumerate(replies)) + "</div></body></html>")
        doc = clean_html(page.encode(), source="g")
        assert [p.author for p in doc.posts] == ["alice", *replies]
        assert [len(p.quotes) for p in doc.posts][0] == len(quoted)


def test_generic_list_beside_a_posts_own_header_is_part_of_the_post():
    # a post listing dated, signed entries (a changelog) keeps them: the post shows its own name and date
    entries = "".join(f'<li class="entry"><a href="/members/dev{i}">dev{i}</a> <span>Jan {i + 1}, 2024</span> {_LONG}</li>'
                      for i in range(2))
    page = ("<html><body><div class=thread>" + _post("alice", 5, f"<ul>{entries}</ul>")
            + _post("erin", 6, _REPLY) + _post("frank", 7, _REPLY) + "</div></body></html>")
    doc = clean_html(page.encode(), source="g")
    assert [p.author for p in doc.posts] == ["alice", "erin", "frank"]


def _comment(i: int, body: str) -> str:
    return (f'<div class="comment"><div class="meta"><a href="/u/u{i}">u{i}</a> <time datetime="2024-01-0{i + 1}">'
            f'Jan {i + 1}, 2024</time></div><div class="body">{body}</div></div>')


def test_generic_action_lines_only_at_a_posts_edges_and_never_its_only_words():
    # member details, "is offline" and button words inside the text are words; a post of only "Thanks" stays
    page = ("<html><body><div class=comments>"
            + _comment(0, "<p>Age: 34</p><p>Location: Ohio, near Dayton</p><p>Symptoms started in March.</p>")
            + _comment(1, "<p>The server is offline</p><p>Since this morning nobody here can log in.</p>")
            + _comment(2, "<p>Thanks</p>")
            + _comment(3, "<p>Quote</p><p>Vote for the proposal next week, everyone.</p><p>Reply</p><p>Share</p>")
            + _comment(4, "<p>First point.</p><p>Reply</p><p>Second point after the word.</p>")
            + "</div></body></html>")
    doc = clean_html(page.encode(), source="g")
    assert [p.text for p in doc.posts] == [
        "Age: 34\n\nLocation: Ohio, near Dayton\n\nSymptoms started in March.",
        "The server is offline\n\nSince this morning nobody here can log in.", "Thanks",
        "Vote for the proposal next week, everyone.", "First point.\n\nReply\n\nSecond point after the word."]


def test_generic_short_article_with_a_few_comments_stays_an_article():
    # the article (title, byline, text) would pass for an opening post printed apart: only the comments are
    # weighed against it
    text = "The council voted on Tuesday to expand the bike lane network across the city centre. " * 20
    comments = "".join(
        f'<li class="comment"><div class="comment-meta"><span class="comment-author"><a href="/author/u{i}">user{i}'
        f'</a></span> <time datetime="2024-01-0{i + 2}">Jan {i + 2}, 2024</time></div><p>Comment {i}: this is a '
        f'great plan for cyclists and walkers in town.</p></li>' for i in range(3))
    page = ('<html><head><meta property="og:type" content="article"><title>Bike lanes</title></head><body><main>'
            '<div class="entry"><h1>Bike lanes</h1><div class="byline">By <a href="/author/jane" rel="author">Jane'
            f'</a> <time datetime="2024-01-01">Jan 1, 2024</time></div><div class="entry-content"><p>{text}</p>'
            f'</div></div><section id="comments"><ol class="comment-list">{comments}</ol></section></main></body></html>')
    doc = clean_html(page.encode(), source="g")
    assert (doc.page_kind, doc.n_posts) == ("article", 0)


def _comments(n: int, first_day: int) -> str:
    """n comment items, each with its poster's profile link and a date in January 2024 from `first_day` on."""
    return "".join(f'<li class="comment"><div class="comment-meta"><a href="/users/u{i}">user{i}</a> <span>Jan '
                   f'{i + first_day}, 2024</span></div><p>Comment {i} says this is a great plan for cyclists.</p></li>'
                   for i in range(n))


def test_generic_page_header_greeting_the_reader_is_no_opening_post():
    # "Hi <me>" linking to the reader's profile and today's date above the comments: unlike the posts, no topic
    # header; the menu beside it is never a post's body
    page = ("<html><body><div class=top><a href='/members/me'>Hi me</a> Today is Jan 5, 2024</div>"
            "<nav>Home | Forums | Shop | Contact us and more links here</nav><div class=wrap><ol class=comments>"
            + _comments(4, first_day=1)
            + "</ol></div></body></html>")
    doc = clean_html(page.encode(), source="g")
    assert [p.author for p in doc.posts] == ["user0", "user1", "user2", "user3"]
    assert "Shop" not in doc.text


def test_generic_hidden_text_without_a_form_is_the_posts_own():
    # the rest of a long comment, hidden until "read more" is clicked, belongs to it; a hidden reply form does not
    page = ("<html><body><div class=comments>" + _comment(0, '<p>The first part is shown here<span class="more" '
            'style="display: none"> and the rest says the fix was a new valve.</span></p>'
            '<div style="display:none"><form><p>Notify me of answers.</p><textarea></textarea></form></div>')
            + _comment(1, "<p>Thanks, same valve failed on mine too last winter.</p>") + "</div></body></html>")
    doc = clean_html(page.encode(), source="g")
    assert doc.posts[0].text == "The first part is shown here and the rest says the fix was a new valve."
    assert Removed("Notify me of answers.", "hidden") in doc.removed


def test_generic_comments_beside_an_faq_box_with_authors_are_weighed_against_the_article():
    # a Question item with an author (an FAQ box) on a long article: the comments below are no items of it
    text = "The council voted on Tuesday to expand the bike lane network across the city centre. " * 40
    faq = ('<div itemscope itemtype="https://schema.org/Question"><h3 itemprop="name">Is it safe?</h3><span '
           'itemprop="author">Editor</span><div itemscope itemtype="https://schema.org/Answer"><p itemprop="text">'
           'Yes.</p></div></div>')
    comments = "".join(f'<li class="comment"><div class="comment-meta"><a href="/users/u{i}">user{i}</a> <span>Jan '
                       f'{i + 1}, 2024</span></div><p>Comment {i} says this is a great plan for cyclists.</p></li>'
                       for i in range(2))
    page = (f'<html><head><meta property="og:type" content="article"><title>Bike lanes</title></head><body><article>'
            f'<h1>Bike lanes</h1><p>{text}</p>{faq}</article><ol class=comments>{comments}</ol></body></html>')
    doc = clean_html(page.encode(), source="g")
    assert (doc.page_kind, doc.n_posts) == ("article", 0)


def test_generic_deleted_posters_comment_does_not_take_its_replys_name():
    # the parent shows a date but no name; its first reply (a post of its own) names bob
    def comment(meta: str, text: str, inner: str = "") -> str:
        return f'<div class="comment"><div class="meta">{meta}</div><p>{text}</p>{inner}</div>'

    reply = comment('<a href="/u/bob">bob</a> <time datetime="2024-01-02">Jan 2, 2024</time>', "Reply by bob here.")
    page = ("<html><body><div class=comments>"
            + comment('<span>[deleted]</span> <time datetime="2024-01-01">Jan 1, 2024</time>',
                      "Parent text written by a deleted account here.", reply)
            + comment('<a href="/u/carl">carl</a> <time datetime="2024-01-03">Jan 3, 2024</time>',
                      "Top-level by carl with enough words here.") + "</div></body></html>")
    doc = clean_html(page.encode(), source="g")
    assert [(p.author, p.posted_at_raw) for p in doc.posts] == [
        (None, "Jan 1, 2024"), ("bob", "Jan 2, 2024"), ("carl", "Jan 3, 2024")]


def test_generic_answer_without_a_name_does_not_take_its_comments():
    # a comment of another kind under an answer (no post of its own) holds a name and a date: not the answer's
    def answer(head: str, text: str, comments: str = "") -> str:
        return (f'<div class="entry answer"><div class="entry-head">{head}</div><div class="entry-text">{text}</div>'
                f'<div class="entry-foot"><time datetime="2015-12-09">09.12.15 08:05</time></div>{comments}</div>')

    note = ('<div class="comments"><div class="comment"><div class="comment-head"><a href="/mitglied/karla">Karla'
            '</a> <span class="when">10.12.15 19:30</span></div><div class="comment-text">Dehnen hilft bei mir auch.'
            '</div></div></div>')
    page = ("<html><body><section>"
            + answer('<a href="/mitglied/bernd">Bernd</a>', "Bei mir hat Magnesium am Abend geholfen, nach Wochen.")
            + answer('<a href="/mitglied/helga">Helga</a>', "Lass auch die Schilddrüse und die Nierenwerte prüfen.")
            + answer("<span>Gast</span>", "Viel trinken und abends die Waden dehnen, das hilft mir.", note)
            + "</section></body></html>")
    doc = clean_html(page.encode(), source="g")
    assert [p.author for p in doc.posts] == ["Bernd", "Helga", None]
    assert doc.posts[2].posted_at_raw == "09.12.15 08:05"


def test_generic_date_keeps_a_month_that_is_the_posters_name():
    # the poster "May" and the date "May 5, 2024" are separate nodes: the date is read whole
    page = ("<html><body><div class=comments>" + "".join(
        f'<div class="comment"><div class="meta"><a href="/u/{n}">{n}</a> <span>{d}</span></div><div class="body">'
        f"<p>{t}</p></div></div>" for n, d, t in (("May", "May 5, 2024", "I planted tomatoes this week."),
                                                 ("June", "June 7, 2024", "Mine went in a week later.")))
            + "</div></body></html>")
    doc = clean_html(page.encode(), source="g")
    assert [(p.author, p.posted_at_raw) for p in doc.posts] == [("May", "May 5, 2024"), ("June", "June 7, 2024")]
    assert doc.posts[0].posted_at.isoformat() == "2024-05-05T00:00:00+00:00"


def test_scan_finds_dates_and_profile_links_per_text_in_one_search():
    from selectolax.lexbor import LexborHTMLParser

    from threadclean.html.generic.scan import author_nodes, date_nodes

    body = LexborHTMLParser('<p>no date</p><p>Jan 5, 2024</p><a href="/about">About</a><a href="/members/x">x</a>'
                            '<a href="/users">Users</a><span>seen</span><b>3 hours ago</b>').body
    assert [n.text() for n in date_nodes(body)] == ["Jan 5, 2024", "3 hours ago"]
    assert [n.text() for n in author_nodes(body)] == ["x", "Users"]


def test_generic_menu_between_the_topic_header_and_the_posts_is_not_the_opening_post():
    # the topic's header (title, opener's name, date) two levels above the replies, a menu between them
    page = ("<html><body><div class=head><h1>Bike lanes downtown</h1> by <a href='/members/op'>op</a> <span>Jan 1, "
            "2024</span> <p>Should the city build more of them this year?</p></div><nav>Home | Forums | Shop | "
            "Contact us and more links here</nav><div class=wrap><ol class=comments>"
            + _comments(3, first_day=2)
            + "</ol></div></body></html>")
    doc = clean_html(page.encode(), source="g")
    assert [p.author for p in doc.posts] == ["op", "user0", "user1", "user2"]
    assert "Shop" not in doc.text


def test_share_targets_icon_names_and_unrendered_templates_close_no_post():
    # a share menu printed one target per line in each post's block, an error template the page left unrendered,
    # and like/share counts: the post's action row, whatever the order; a post sentence starting "Share" stays
    doc = html_doc("generic_share_rows.html")
    assert [(p.author, p.text) for p in doc.posts] == [
        ("qubitfan", "Hybrid machines pair a quantum chip with a classical cluster for the parts it does badly.\n\n"
                     "Are they worth it for chemistry work?"),
        ("lattice", "For small molecules yes, the classical side does most of the work anyway.\n\n"
                    "Share your results with the group when you have them.")]
    assert [[(r.name, r.count) for r in p.reactions] for p in doc.posts] == [[("like", 5), ("share", 1)], []]
    assert ("Copy Post", "post_chrome") in [(r.text, r.reason) for r in doc.removed]


def test_a_post_holding_only_a_quote_and_its_counts_keeps_no_count_line_as_text():
    page = (FIXTURES / "generic_share_rows.html").read_text(encoding="utf-8")
    third = ('<div class="post-card" id="c3"><div class="post-top"><a class="author" href="/members/ion">ion</a> '
             '<span class="stamp">2 Jan 2025 12:10</span></div><div class="post-copy"><blockquote>For small molecules '
             'yes, the classical side does most of the work anyway.</blockquote><p class="s"><b>2 Likes</b>   '
             '<b>1 Share</b></p></div></div>\n</div>\n<footer>')
    doc = clean_html(page.replace("</div>\n<footer>", third).encode(), source="g")
    reply = doc.posts[2]
    assert (reply.author, reply.text, len(reply.quotes)) == ("ion", "", 1)
    assert [(r.name, r.count) for r in reply.reactions] == [("like", 2), ("share", 1)]
    assert ("2 Likes 1 Share", "reaction") in [(r.text, r.reason) for r in doc.removed]


def test_generic_opening_post_whose_block_is_a_bare_header_takes_the_body_printed_after_it():
    # the question's block shows only its title, name, forum link and date; its words follow in the next block,
    # and the replies sit a few levels further down: the body is the opener's, the share links after it are not
    doc = html_doc("generic_question_header_row.html")
    assert [(p.author, p.posted_at_raw) for p in doc.posts] == [
        ("benchdog", "March 3, 2021 09:12am"), ("planeiron", "Mar 3, 2021 10:40am"), ("oakleaf", "Mar 3, 2021 11:05am")]
    assert doc.posts[0].text == ("My chisels never get truly sharp. I use a coarse stone and then a fine one, but the edge "
                                 "still crushes end grain.\n\nIs a honing guide worth it, or should I learn freehand first?")
    assert chrome_left(doc, ("Facebook", "Email", "Posted in")) == []


def test_generic_post_closing_with_a_mobile_apps_line_loses_it():
    page = ("<html><body><div class=thread>"
            + _post("alice", 5, "<p>Lap the back of the chisel first.</p><p>Sent from my Pixel 7 using Tapatalk</p>")
            + _post("bob", 6, "<p>Agreed, that fixed mine.</p>") + "</div></body></html>")
    doc = clean_html(page.encode(), source="g")
    assert [(p.author, p.text) for p in doc.posts] == [("alice", "Lap the back of the chisel first."),
                                                      ("bob", "Agreed, that fixed mine.")]
    assert Removed("Sent from my Pixel 7 using Tapatalk", "signature") in doc.removed


def test_generic_widget_form_printed_in_a_post_is_not_its_words():
    # a "send a tip" pop-up printed in each post's block: labels beside inputs and a send link; a sentence around an
    # input (a poll question) is longer than a label and stays
    tip = ('<span class="pan"><div class="p1"><span>Number of slices to send:</span> <input type="text" value="1"></div>'
           '<div class="p2"><span>Optional note:</span><br><input type="text" name="note"></div>'
           '<div class="p3"><input type="hidden" name="post_id" value="7"><a class="btn">Send</a></div></span>')
    poll = '<p>Which joint would you cut first on a small shelf for the hallway?<input type="radio"> dovetail</p>'
    page = ("<html><body><div class=thread>" + _post("alice", 5, "<p>Start with a shelf.</p>" + tip)
            + _post("bob", 6, "<p>A box is easier.</p>" + poll + tip) + "</div></body></html>")
    doc = clean_html(page.encode(), source="g")
    assert doc.posts[0].text == "Start with a shelf."
    assert doc.posts[1].text == ("A box is easier.\n\nWhich joint would you cut first on a small shelf for the hallway? "
                                 "dovetail")
    assert ("Number of slices to send:", "form") in [(r.text, r.reason) for r in doc.removed]


def test_generic_signature_named_after_the_themes_block_is_left_out_unless_it_wraps_the_post():
    # "DiscussionBoard-signature" holds the poster's standing footer (its label included); a "has-signature" class on
    # the block around the whole message is no signature
    sig = ('<div class="Board-signature"><span class="Board-signature-label">Signature</span>'
           '<div class="Board-signature-content">Get UNLIMITED traffic for FREE!</div></div>')
    page = ("<html><body><div class=thread>" + _post("alice", 5, "<p>Use paid ads to test the offer first, then scale what converts.</p>" + sig)
            + _post("bob", 6, '<div class="msg-has-signature"><p>Organic traffic takes months.</p></div>')
            + "</div></body></html>")
    doc = clean_html(page.encode(), source="g")
    assert [p.text for p in doc.posts] == ["Use paid ads to test the offer first, then scale what converts.",
                                         "Organic traffic takes months."]
    assert ("Signature Get UNLIMITED traffic for FREE!", "signature") in [(r.text, r.reason) for r in doc.removed]


def test_generic_address_cloudflare_hides_is_put_back():
    # Cloudflare prints "[email protected]" and keeps the address XOR-coded in `data-cfemail` for its script
    hidden = ('<a href="/cdn-cgi/l/email-protection" class="__cf_email__" '
              'data-cfemail="4a3e2f393e0a2f322b273a262f64292527">[email&#160;protected]</a>')
    page = ("<html><body><div class=thread>" + _post("alice", 5, f"<p>Write to {hidden} for the files.</p>")
            + _post("bob", 6, "<p>Thanks, sent.</p>") + "</div></body></html>")
    doc = clean_html(page.encode(), source="g")
    assert doc.posts[0].text == "Write to test@example.com for the files."


def test_article_page_footer_links_inside_the_main_content_are_cut():
    # the main-content text runs on into the site's link lists and blurb: they go as footer
    paras = "".join(f"<p>The council voted on Tuesday to expand the bike lane network across the city centre, "
                    f"paragraph {i} of the report.</p>" for i in range(8))
    footer = ("<p>About us</p><p>Careers</p><p>Advertise with us</p><p>Our writers</p>"
              "<p>City News brings you the stories that matter to the people who live here.</p>")
    page = ('<html><head><meta property="og:type" content="article"><title>Bike lanes</title></head><body>'
            f'<article><h1>Bike lanes</h1>{paras}<div class="more">{footer}</div></article></body></html>')
    doc = clean_html(page.encode(), source="g")
    assert doc.page_kind == "article" and doc.articles[0].text.endswith("paragraph 7 of the report.")
    assert {"Careers", "City News brings you the stories that matter to the people who live here."} <= {
        r.text for r in doc.removed if r.reason == "footer"}


def _reading(doc) -> list:
    return [(p.author, p.posted_at_raw, p.parts) for p in doc.posts] + [(r.text, r.reason) for r in doc.removed]


def test_generic_second_run_with_a_memo_reads_as_a_fresh_one():
    # replies read without the opening post, then the thread with it: kept readings give what reading again gives,
    # and a page whose posts hide e-mail addresses (reading changes the tree) keeps nothing
    from selectolax.lexbor import LexborHTMLParser

    from threadclean.html.generic import ScanMemo, extract_generic_posts
    from threadclean.model import Document

    hidden = ('<a href="/cdn-cgi/l/email-protection" class="__cf_email__" data-cfemail="0a6b4a6f726b677a666f24696567">'
              '[email&#160;protected]</a>')
    for extra in ("", hidden):
        page = ("<html><body><div class=head><h1>Bike lanes downtown</h1> by <a href='/members/op'>op</a> <span>Jan 1, "
                f"2024</span> <p>Should the city build more of them this year? {extra}</p></div><ol class=comments>"
                + _comments(3, first_day=2).replace("cyclists.", f"cyclists. {extra}") + "</ol></body></html>")
        runs: dict[bool, list] = {False: [], True: []}
        for with_memo, found in runs.items():
            tree, memo = LexborHTMLParser(page), ScanMemo() if with_memo else None
            for with_lead in (False, True):
                doc = Document(doc_id="d", source=None, url=None, format="html")
                doc.posts = extract_generic_posts(tree, doc, with_lead=with_lead, memo=memo)
                found.append(_reading(doc))
            assert memo is None or memo.kept == (not extra)
        assert runs[True] == runs[False]
        assert len(runs[False][1]) == len(runs[False][0]) + 1  # the opening post joins the second run
        assert ("a@example.com" in str(runs[False])) == bool(extra)


def _random_block(rng, depth: int) -> str:
    tag = rng.choice(["div", "div", "li", "section", "span"])
    cls = rng.choice(["", "post", "post first", "post reply x", "item", "item-3", "c1", "meta"])
    inner = "".join(
        rng.choice([lambda: f'<a href="/u/{rng.randint(1, 9)}">name</a>', lambda: '<span class="author">ann</span>',
                    lambda: "<time datetime='2024-01-02'>Jan 2</time>", lambda: "<p>Jan 5, 2024</p>",
                    lambda: "<p>some words of a post, long enough to count</p>", lambda: "<b>x</b>",
                    lambda: '<a href="/members/a">a</a> <i>3 days ago</i> <p>a reply with words enough to count</p>',
                    lambda: _random_block(rng, depth + 1) if depth < 4 else ""])()
        for _ in range(rng.randint(0, 4)))
    return f'<{tag} class="{cls}">{inner}</{tag}>'


def test_scan_without_two_kin_blocks_naming_a_poster_finds_what_the_full_scan_finds():
    # the early stop (no two sibling blocks of one kind holding an author) rules out only pages without a group
    import random

    from selectolax.lexbor import LexborHTMLParser

    from threadclean.html.generic import _scan
    from threadclean.html.generic.groups import find_groups
    from threadclean.html.generic.scan import author_nodes, date_nodes, mark

    rng = random.Random(11)
    for _ in range(1500):
        body = LexborHTMLParser("<body>" + "".join(_random_block(rng, 0) for _ in range(rng.randint(1, 5)))
                                + "</body>").body
        marks: dict[int, int] = {}
        for flag, nodes in ((1, date_nodes(body)), (2, author_nodes(body))):
            for node in nodes:
                mark(node, flag, marks, {})
        assert (_scan(body) is None) == (not find_groups(body, marks)), body.html


def test_posts_inside_a_body_walking_only_the_blocks_that_hold_posts():
    # the pruned walk finds the posts the whole walk finds, in page order
    import random

    from selectolax.lexbor import LexborHTMLParser

    from threadclean.html.generic import _ancestors
    from threadclean.html.generic.post import _posts_inside

    rng = random.Random(5)
    for _ in range(300):
        body = LexborHTMLParser("<body>" + "".join(_random_block(rng, 0) for _ in range(rng.randint(1, 4)))
                                + "</body>").body
        nodes = list(body.traverse())
        starts = rng.sample(nodes, rng.randint(0, min(6, len(nodes))))
        posts, holding = frozenset(n.mem_id for n in starts), _ancestors(starts)
        for inner in rng.sample(nodes, min(3, len(nodes))):
            assert [n.mem_id for n in _posts_inside(inner, posts, holding)] == \
                [n.mem_id for n in inner.traverse() if n.mem_id in posts]


def _pane_in_body(name: str, when: str, pane: list[str], body: str) -> str:
    """A post block whose body block opens with its pane's lines (a div each), then the words."""
    lines = "".join(f"<div>{line}</div>" for line in pane)
    return (f'<div class="post"><div class="head"><a href="/members/{name}">{name}</a> <span>{when}</span></div>'
            f'<div class="msg">{lines}<p>{body}</p></div></div>')


def test_generic_author_pane_inside_the_body_block_and_numbered_subject_lines_are_left_out():
    # the pane's location and counts share the body's block, each reply opens with "N.  Re: <title>"
    def reply(i: int, name: str, city: str, body: str) -> str:
        return _pane_in_body(name, f"Jan {i + 1}, 2024", [city, f"{i * 1000 + 239:,} posts", f"{i * 7} helpful votes",
                                                          f"{i}.  Re: Ferry from Oban to Mull"], body)

    page = ("<html><head><title>Ferry from Oban to Mull - Scotland Forum</title></head><body><div class=thread>"
            + _post("alice", 1, "<p>Is the early ferry from Oban to Mull usually full in July?</p>")
            + reply(1, "bob", "Leeds, UK", "Book ahead in July, the car deck fills up.")
            + reply(2, "carol", "Perth, Australia", "Foot passengers always get on.") + "</div></body></html>")
    doc = clean_html(page.encode(), source="g")
    assert [(p.author, p.text) for p in doc.posts] == [
        ("alice", "Is the early ferry from Oban to Mull usually full in July?"),
        ("bob", "Book ahead in July, the car deck fills up."), ("carol", "Foot passengers always get on.")]
    assert Removed("2,239 posts", "author_pane") in doc.removed and Removed("Leeds, UK", "author_pane") in doc.removed
    assert Removed("1. Re: Ferry from Oban to Mull", "subject") in doc.removed


def test_the_posts_date_printed_again_under_a_pane_in_the_body_block_is_no_word_of_it():
    # IPS 5 themes: the pane (rank, counts) and the post's date again open the body's block
    def reply(i: int, name: str, body: str) -> str:
        return _pane_in_body(name, f"August {i + 26}, 2024",
                             ["Silver Partner", f"{i * 10} posts", f"August {i + 26}, 20241 yr"], body)

    page = ("<html><head><title>Roadmap - Forum</title></head><body><div class=thread>"
            + reply(1, "ron", "Is there a roadmap for the next versions?") + reply(2, "paul", "Ask your partner contact.")
            + "</div></body></html>")
    doc = clean_html(page.encode(), source="g")
    assert [(p.author, p.text) for p in doc.posts] == [
        ("ron", "Is there a roadmap for the next versions?"), ("paul", "Ask your partner contact.")]
    assert Removed("August 27, 20241 yr", "header") in doc.removed


def test_generic_quote_header_printed_before_its_block_names_the_quoted_poster():
    # "<cite>X posted...</cite><br><blockquote>" (GameFAQs); a nested quote's own header stays its own, and the
    # outer quote's header right before it does not become the nested quote's
    reply = ('<cite>alice posted...</cite><br><blockquote>Which bridge design won?</blockquote>'
             '<p>The suspension one, as far as I know.</p>')
    nested = ('<blockquote><p><cite>carol wrote:</cite><blockquote><p><cite>alice wrote:</cite>Which bridge design '
              'won?</p></blockquote>The suspension one.</p></blockquote><p>No, the arch one won in the end.</p>')
    untitled = ('<blockquote><cite>carol wrote:</cite><blockquote>Which bridge design won?</blockquote>'
                '<p>The suspension one.</p></blockquote><p>The arch one, I read.</p>')
    page = ("<html><body><div class=thread>" + _post("alice", 5, "<p>Which bridge design won?</p>")
            + _post("carol", 6, reply) + _post("dave", 7, nested) + _post("erin", 8, untitled) + "</div></body></html>")
    doc = clean_html(page.encode(), source="g")
    assert [p.author for p in doc.posts] == ["alice", "carol", "dave", "erin"]
    quote, own = doc.posts[1].parts
    assert (quote.quoted_author, quote.text, own) == ("alice", "Which bridge design won?",
                                                      "The suspension one, as far as I know.")
    outer = doc.posts[2].quotes[0]
    assert (outer.quoted_author, outer.text) == ("carol", "The suspension one.")
    assert [(q.quoted_author, q.text) for q in outer.quotes] == [("alice", "Which bridge design won?")]
    outer = doc.posts[3].quotes[0]
    # the untitled inner quote is traced to alice's post, and named after it
    assert (outer.quoted_author, [(q.quoted_author, q.author_inferred) for q in outer.quotes]) == (
        "carol", [("alice", True)])
    assert not outer.author_inferred
    assert "posted..." not in doc.text


def test_generic_post_whose_body_is_an_emoticon_alone_leaks_no_header_text():
    # subject/author/date row over a body row (nairaland): a body with no words is an empty post, not the header
    # row's rest
    def row(n: int, name: str, body: str) -> str:
        return (f'<tr><td class="bold l pu"><a name="{n}"></a><a href="/t/1#{n}">Re: Snakes in the sink</a> by '
                f'<a href="/{name}" class=user>{name}</a>: <span class=s><b>12:1{n}pm</b> On <b>Apr 24</b></span>'
                f'<tr><td id="pb{n}" class="l w pd"><div class=narrow>{body}</div>')
    page = ("<html><head><title>Snakes in the sink</title></head><body><table summary='posts'>"
            + row(1, "addexx", "How do snakes get into the sink at all?")
            + row(2, "dimexy", '<img src="/faces/sad.png" alt="sad" class="faces">')
            + row(3, "jericco", "Through the drain pipes, usually.") + "</table></body></html>")
    doc = clean_html(page.encode(), source="n")
    assert [(p.author, p.text) for p in doc.posts] == [("addexx", "How do snakes get into the sink at all?"),
                                                       ("dimexy", ""), ("jericco", "Through the drain pipes, usually.")]
    assert "Re: Snakes" not in doc.text


def test_a_post_block_opening_with_an_html_comment_is_read():
    # the anonymous guest's block (a date, no name) is matched to its kin by its first child: here a comment node
    lead = '<div class="post"><!-- x --><span>Jan 7, 2024</span><div class="msg">Guest words about honing guides.</div></div>'
    page = ("<html><body><div class=thread>" + _post("alice", 5, "<p>Lap the back of the chisel first, then hone.</p>")
            + _post("bob", 6, "<p>Agreed, that fixed mine after a week of trying.</p>").replace(
                '<div class="post">', '<div class="post"><!-- ad slot -->') + lead + "</div></body></html>")
    doc = clean_html(page.encode(), source="g")
    assert doc.status == "ok"
    assert [p.author for p in doc.posts] == ["alice", "bob", None]
    assert doc.posts[2].text == "Guest words about honing guides."


def test_generic_signature_longer_than_a_short_post_is_not_its_body():
    # "The lettuce worked, thanks!" under a signature block longer than it: the post's words are the body, the
    # signature is left out and recorded
    doc = html_doc("generic_relative_dates.html")
    assert [(p.author, p.text) for p in doc.posts][1:] == [
        ("mossy_k", "Lettuce and spinach do fine with little sun.\nMint will take over if you let it."),
        ("fernfriend", "The lettuce worked, thanks!")]
    assert [r.text for r in doc.removed if r.reason == "signature"] == ["Growing things in small places since 2019."] * 2


def test_generic_reply_opening_with_a_copied_sentence_quotes_it():
    # Mumsnet-style quotes: the words copied in bold, no quote block; a reply's subject line ("Re: <title>") or
    # a heading it repeats is no quote
    doc = html_doc("generic_bold_quotes.html")
    assert [[(q.quoted_author, q.text) for q in p.quotes] for p in doc.posts] == [
        [], [], [("marrowfat", "Chilli and curries get better after a day or two, and soups freeze well in portions.")],
        []]
    assert doc.posts[2].text == "Agreed, and keep the rice apart from the sauce until you reheat it."


def test_generic_vbulletin3_quote_box_is_a_quote():
    # a board on its own software that kept vBulletin 3's quote box: a styled box, "Originally Posted by X" and a
    # link to the quoted post in its cell, the quoted words in italics
    doc = html_doc("generic_vb3_quote_box.html")
    quote = doc.posts[1].quotes[0]
    assert (quote.quoted_author, quote.source_ref, quote.text) == ("listbuilder", "5001", "Open rates keep falling on my list.")
    assert quote.source_post_id == doc.posts[0].post_id
    assert doc.posts[1].text == ("Clean out the subscribers who have not opened anything in six months, then look at "
                                 "the rates again.")


def test_post_bodies_styled_as_quotes_are_the_posts_words():
    # every post's words sit in a <blockquote> (as XenForo 1 and vBulletin 4 print them); the quote inside one is
    # headed by the element before its own block
    doc = html_doc("generic_quote_styled_bodies.html")
    assert (doc.engine, doc.page_kind) == ("generic", "thread")
    assert [p.author for p in doc.posts] == ["oakhand", "planeiron", "oakhand", "sawdust"]
    assert doc.posts[1].parts == ["Pine works fine if you laminate it thick. Mine has lasted twelve years."]
    quote, own = doc.posts[2].parts
    assert (quote.quoted_author, quote.text, quote.depth) == ("planeiron", "Pine works fine if you laminate it thick.", 1)
    assert quote.source_post_id == doc.posts[1].post_id and own == "Good to hear. Pine it is, then."
    assert "said:" not in doc.text and "Report" not in doc.text


def test_a_thread_in_article_markup_whose_replies_quote_at_length_is_a_thread():
    # og:type article and <article> posts; the replies' own words are short beside their quotes, but the page's
    # main content is the posts
    doc = html_doc("generic_quoting_thread_as_article.html")
    assert (doc.engine, doc.page_kind, doc.articles) == ("generic", "thread", [])
    assert [p.author for p in doc.posts] == ["fernhollow", "swalecat", "fernhollow", "bogmyrtle"]
    assert [p.text for p in doc.posts[1:]] == [
        "Yes, size it to hold the overflow of one storm.", "Thanks, I will dig it this weekend.", "Plant sedges in the bottom."]
    assert [q.source_post_id for p in doc.posts[1:] for q in p.quotes] == [doc.posts[0].post_id, doc.posts[1].post_id,
                                                                          doc.posts[0].post_id]


def _read_thread(post: Callable[..., str], posts: list[tuple], heading: str = "") -> Document:
    """A page of the posts as `post` prints each (its arguments: a post's tuple), read as HTML; the page's posts
    must be the tuples' (name, words) pairs, read by the generic finder."""
    html = f"<html><body>{heading}" + "".join(post(*p) for p in posts) + "</body></html>"
    doc = clean_html(html.encode(), source="t")
    assert (doc.engine, doc.page_kind) == ("generic", "thread")
    assert [(p.author, p.text) for p in doc.posts] == [(p[1], p[-1]) for p in posts]
    return doc


def _post_with_script(pid: int, name: str, day: int, words: str) -> str:
    data = ", ".join(f'"FIELD_{i}": "{name} value {i}"' for i in range(40))  # a script longer than the post
    return (f'<div class="entry" id="e{pid}"><div class="profile"><a class="username" href="/u/{name}">{name}</a></div>'
            f'<script>var entry_data_{pid} = {{{data}}};</script>'
            f'<div class="entry-main"><p class="meta">Mar {day}, 2024 10:0{day} am</p><div class="content">{words}</div></div>'
            f'</div>')


def test_a_script_in_a_post_block_is_never_its_body():
    # a board that prints each post's data as a script between its profile and its body: the script holds more
    # characters than the post's words
    posts = [(1, "reefkeeper", 1, "Quarantine every new fish for four weeks before it joins the main tank."),
             (2, "tetrafan", 2, "Four weeks seems long, but it saved my tank from ich twice."),
             (3, "reefkeeper", 3, "Exactly, and watch how they eat before you buy them.")]
    doc = _read_thread(_post_with_script, posts, "<h1>Buying new fish</h1>")
    assert "entry_data" not in doc.text


def _post_with_indented_pane(pid: int, name: str, joined: str, words: str) -> str:
    pad = "\n" + " " * 40  # a theme's indented markup: more whitespace than the post has words
    stats = "".join(f"<dl>{pad}<dt>{pad}{label}{pad}</dt>{pad}<dd>{pad}{value}{pad}</dd>{pad}</dl>"
                    for label, value in (("Joined", joined), ("Messages", "1,204"), ("Points", "88")))
    return (f'<article class="entry" id="e{pid}"><div class="pane">{pad}<h4><a class="username" href="/u/{name}">{name}'
            f'</a></h4>{pad}<div class="pane-extras">{stats}</div>{pad}</div>'
            f'<div class="entry-main"><header><time datetime="2025-06-1{pid}T10:00:00Z">Jun 1{pid}, 2025</time></header>'
            f'<div class="entry-content"><p>{words}</p></div></div></article>')


def test_a_short_post_is_not_outweighed_by_its_author_panes_indented_markup():
    _read_thread(_post_with_indented_pane, [
        (1, "gpuhunter", "Oct 11, 2014", "Which card should I buy for 1440p gaming this summer?"),
        (2, "framepacer", "Mar 21, 2015", "A used 6800 XT: they sell for half the price of a new one."),
        (3, "gpuhunter", "Oct 11, 2014", "Thanks, ordered one.")], "<h1>GPU advice</h1>")


def _post_with_template_alert(pid: int, name: str, words: str) -> str:
    # an error alert a script fills in later, printed after each post's message with its template words
    return (f'<div class="entry" id="e{pid}"><a class="username" href="/members/{name}.html">{name}</a>'
            f'<time datetime="2024-10-0{pid}T05:33:23">Oct {pid}, 2024</time><div class="entry-message">{words}</div>'
            f'<div class="alert" ng-show="DiscussionBoard.errors[1180583{pid}]">'
            f'<strong>{{{{ DiscussionBoard.errors[1180583{pid}].message }}}}</strong></div></div>')


def test_an_unrendered_template_block_is_never_a_posts_body():
    _read_thread(_post_with_template_alert, [(1, "lena", "Which traffic source converts best for a new landing page?"),
                                             (2, "omar", "are you using PPC?"), (3, "lena", "Not yet, only organic traffic so far.")])


def _post_beside_role_and_menu(pid: int, name: str, words: str) -> str:
    # an author pane beside the post shows the member's custom field; a popup menu the page keeps hidden follows
    return (f'<article class="entry" id="e{pid}"><div class="entry-inner">'
            f'<div class="cell-user"><h4><a class="username" href="/u/{name}">{name}</a></h4>'
            f'<div class="extras"><span class="field">Pre-Medical Student</span></div></div>'
            f'<div class="cell-main"><header><time datetime="2024-07-1{pid}T09:00:00Z">Jul 1{pid}, 2024</time></header>'
            f'<div class="content">{words}</div>'
            f'<div class="menu" style="display: none">View Public Profile Find More Posts by {name}</div></div>'
            f'</div></article>')


def test_a_short_post_is_read_beside_its_authors_role_and_hidden_menu():
    # the role and the menu are each longer than the four-word reply
    _read_thread(_post_beside_role_and_menu, [
        (1, "boobaloobie", "Interview invitations are going out, post yours here."), (2, "pnomes", "NIH - 7/18"),
        (3, "celia17", "Congrats to all!")])


def _post_with_letter_avatar(pid: int, name: str, words: str) -> str:
    # a default avatar shows the member's initial and links to the profile, before the name does
    return (f'<div class="entry" id="e{pid}"><a class="avatar" href="/members/{name}.{pid}/"><span>{name[0].upper()}</span>'
            f'</a><a class="username" href="/members/{name}.{pid}/">{name}</a>'
            f'<time datetime="2024-07-1{pid}T09:00:00Z">Jul 1{pid}, 2024</time><div class="content">{words}</div></div>')


def test_a_posts_author_is_its_name_not_its_avatars_initial():
    doc = _read_thread(_post_with_letter_avatar, [
        (1, "felixen", "Has anyone tried the new firmware on the DAC?"), (2, "spikeymike", "Yes, it fixed the pops for me."),
        (3, "felixen", "Great, updating tonight.")])
    assert doc.posts[1].author_url == "/members/spikeymike.2/"


def _post_by_french_profile(pid: int, name: str, words: str) -> str:
    # a board in French: "par <name> » <date>", the profile under /membreN/, a badge on the topic author's posts and
    # the logged-IP line both in author-like classes
    badge = '<div class="showtopicauthor">Topic Author</div>' if pid != 2 else ""
    return (f'<div class="entry" id="p{pid}"><div class="inner">{badge}<p class="byline">par <strong>'
            f'<a href="https://forum.example.fr/membre66{pid}/">{name}</a></strong> &raquo; Lun {pid} Jan 2018 15:3{pid}</p>'
            f'<div class="content">{words}</div><div class="poster_ip">Logged</div></div></div>')


def test_authors_on_a_french_board_with_labels_in_author_classes():
    doc = _read_thread(_post_by_french_profile, [
        (1, "Nanette63", "Bonjour, quelqu'un a-t-il obtenu un prêt avec une maladie rare ?"),
        (2, "camille59", "Oui, avec une assurance spécialisée."), (3, "Nanette63", "Merci beaucoup pour la réponse.")])
    assert doc.posts[1].author_url == "https://forum.example.fr/membre662/"
    assert doc.posts[0].posted_at == datetime(2018, 1, 1, 15, 31, tzinfo=UTC)


def _post_with_poster_pane(pid: int, name: str, words: str) -> str:
    # SMF 2's pane: the whole pane is classed "poster", and the one author-like block inside it is the logged-IP line
    return (f'<div class="windowbg" id="msg{pid}"><div class="poster"><h4><a href="/index.php?action=profile;u=26{pid}">'
            f'{name}</a></h4><ul class="user_info"><li class="postcount">Posts: 3,760</li><li class="poster_ip">Logged</li>'
            f'</ul></div><div class="postarea"><div class="keyinfo"><a class="smalltext">« on: April 0{pid}, 2020, 09:22:51 AM »'
            f'</a></div><div class="inner">{words}</div></div></div>')


def test_a_label_inside_an_author_pane_is_not_the_name():
    doc = _read_thread(_post_with_poster_pane, [(1, "Arantor", "The theme sets the avatar size in its settings."),
                                                (2, "rcane", "Thanks, found it under Current Theme."),
                                                (3, "Arantor", "Glad it worked.")])
    assert doc.posts[2].posted_at == datetime(2020, 4, 3, 9, 22, 51, tzinfo=UTC)


def _post_with_join_date(pid: int, name: str, words: str) -> str:
    # the pane before the post shows the day the member joined; the post's own date follows its words
    return (f'<li class="entry" id="e{pid}"><div class="pane"><a class="username" href="/members/{name}.{pid}/">{name}</a>'
            f'<dl><dt>Joined:</dt> <dd>Mar {pid}, 2010</dd></dl><dl><dt>Messages:</dt> <dd>73,597</dd></dl></div>'
            f'<div class="main"><div class="words">{words}</div>'
            f'<div class="meta"><span class="stamp">Feb 2{pid}, 2019</span></div></div></li>')


def test_a_members_join_date_is_not_the_posts_date():
    doc = _read_thread(_post_with_join_date, [(1, "Tachy", "Who is the greatest of all time? Vote in the poll."),
                                              (2, "thobra", "That is obviously Fedor, and the gap down to number two is wide."),
                                              (3, "Tachy", "The poll closes on Friday, so vote before the weekend.")])
    assert [p.posted_at_raw for p in doc.posts] == ["Feb 21, 2019", "Feb 22, 2019", "Feb 23, 2019"]


def _post_with_dated_quote(pid: int, name: str, words: str) -> str:
    # phpBB-like: a subject row, "by X » date", then the words; a reply quotes with the quoted poster's link and date
    quote = ('<blockquote><cite><a href="/memberlist.php?mode=viewprofile&amp;u=71">changingtimes</a> wrote: '
             '<span>Sat Feb 24, 2024 12:41 pm</span></cite>Is a 60/40 split still sensible at my age?</blockquote>'
             if pid == 2 else "")
    return (f'<div class="entry" id="e{pid}"><div class="entry-body"><h3>Re: Portfolio review, 2024 version</h3>'
            f'<p class="byline">by <a href="/memberlist.php?mode=viewprofile&amp;u=7{pid}">{name}</a> '
            f'&raquo; Sat Feb 24, 2024 {pid}:12 pm</p><div class="content">{quote}{words}</div></div></div>')


def test_a_post_holding_a_dated_quote_keeps_its_words():
    doc = _read_thread(_post_with_dated_quote, [
        (1, "changingtimes", "Is a 60/40 split still sensible at my age? I retire in six years."),
        (2, "invest4", "Yes, and keep the bonds in your tax-advantaged accounts."),
        (3, "changingtimes", "Thank you, that helps a lot: I will move the bonds this week.")])
    assert doc.posts[1].quotes[0].quoted_author == "changingtimes"


def _post_under_topic_header(pid: int, name: str, words: str) -> str:
    # each post prints its date again as "Posted <date>" over its words (its header row caught in its block), and
    # its sharing links under them
    return (f'<article class="comment" id="c{pid}"><aside class="who"><h3><a href="/profile/{pid}-{name}/">{name}</a>'
            f'</h3><time datetime="2024-03-0{pid + 4}T10:00:00Z">March {pid + 4}, 2024</time></aside><div class="what">'
            f'<p class="meta">Posted March {pid + 4}, 2024 (edited)</p><div class="words"><p>{words}</p></div>'
            f'<ul class="tools"><li>Share this post</li><li>Link to post</li><li>Share on other sites</li></ul></div></article>')


def test_the_topics_header_is_no_opening_post_and_a_posts_date_line_no_words():
    header = ('<title>New look of the app - Example Forum</title><div class="topic-header"><h1>New look of the app</h1>'
              '<p>By <a href="/profile/1-Payam/">Payam</a>, <time datetime="2024-03-05T09:00:00Z">March 5, 2024</time> '
              'in Feedback</p><h2>Recommended Posts</h2></div>')
    doc = _read_thread(_post_under_topic_header, [
        (1, "Payam", "I don't like this new look; the previous one was easier to read."),
        (2, "Soapm", "I agree with you, the old layout was much clearer on a phone."),
        (3, "Dave", "Give it a week, I got used to it quickly and now prefer it.")], header)
    assert "Recommended Posts" not in doc.text and "Share" not in doc.text and "Link to post" not in doc.text
    assert Removed("Posted March 6, 2024 (edited)", "header") in doc.removed


def _post_block_with_timestamp(pid: int, name: str, words: str) -> str:
    # the post's own block carries its time (milliseconds since the epoch), as NodeBB's <li data-timestamp> does
    return (f'<li class="reply" data-timestamp="17682641{pid}4807"><a class="username" href="/user/{name}">{name}</a>'
            f'<div class="content"><p>{words}</p></div></li>')


def test_a_post_blocks_own_timestamp_is_its_date():
    doc = _read_thread(_post_block_with_timestamp, [
        (1, "luizjr4", "I have many routes saved on my laptop; how do I see them in the app?"),
        (2, "idefix37", "Save them as favorites on the laptop and they show up in the app."),
        (3, "luizjr4", "Thanks, that worked for all but the oldest ones.")], "<ul>")
    assert [p.posted_at_raw for p in doc.posts] == ["1768264114807", "1768264124807", "1768264134807"]
    assert doc.posts[0].posted_at == datetime(2026, 1, 13, 0, 28, 34, 807000, tzinfo=UTC)


def test_a_quote_styled_body_is_the_post_however_short_beside_the_pane():
    # the author's pane (custom title, join date, counts, place) outweighs one-word replies; the thread's posts all
    # print their words in the same kind of <blockquote>: that block is each post's body
    doc = html_doc("generic_quote_styled_short_posts.html")
    assert (doc.engine, doc.page_kind) == ("generic", "thread")
    assert [(p.author, p.posted_at_raw, p.text) for p in doc.posts[1:]] == [
        ("planeiron", "Mar 3, 2024 at 10:02 AM", "Pine, laminated thick."),
        ("sawdust", "Mar 3, 2024 at 11:30 AM", "Agreed."), ("oakhand", "Mar 4, 2024 at 8:45 AM", "Pine it is.")]


def test_a_main_contents_pane_lines_weigh_nothing_in_the_share_of_it_the_replies_hold():
    from threadclean.html.article import share_inside

    # a thread in article markup: its extracted main content holds the replies' words and their panes (name,
    # labels, counts); the replies' texts hold only the words
    replies = ["Pine works fine if you laminate it thick.", "Flatten it after a month in the shop."]
    main = "\n".join(["siegi Platin Member", "Registriert seit:", "16. Oktober 2003", "Beiträge:", "2.059",
                      replies[0], "Gorcon Kanzler", "Registriert seit:", "15. Januar 2001", "Beiträge:", "126.510",
                      replies[1], "A cookie notice that this site prints under every page."])
    assert 0.5 < share_inside(main, replies) < 0.8


def test_wrapped_posts_with_hidden_menus_panes_likes_and_dates_in_their_words():
    # vBulletin 3 style markup on an unknown board: each post in a wrapper with the member's popup menu (hidden,
    # linking to the profile) after it; a pane of member facts longer than a short reply; a row of who liked the
    # post (profile links); an edit note with its date; a post whose words give a date
    doc = html_doc("generic_wrapped_posts.html")
    assert (doc.engine, doc.page_kind) == ("generic", "thread")
    assert [(p.author, p.posted_at_raw) for p in doc.posts] == [
        ("tripmaker", "Feb 14, 2026 | 9:05 pm"), ("wanderkit", "Feb 14, 2026 | 10:24 pm"),
        ("tripmaker", "Feb 15, 2026 | 8:02 am"), ("gatehopper", "Feb 15, 2026 | 12:41 pm")]
    assert doc.posts[1].text.startswith("Very exciting!") and doc.posts[3].text.startswith("Nice routing!")
    assert doc.posts[2].text.startswith("Chapter 1: the first flight.") and "Join Date" not in doc.text
    assert "View Public Profile" not in doc.text


def test_a_link_classed_as_a_timestamp_dates_the_post_whatever_it_shows():
    # Q&A answers stamped "3y", "Updated 7mo": no date pattern reads them; the link's class says what they are
    answers = [("Greg Kemnitz", "3y", "I have been reading about this for weeks and the numbers keep surprising me."),
               ("Mats Andersson", "Updated 7mo", "No, it was far worse than most books let on, by every measure."),
               ("Ben Michael", "1y", "The scale is hard to grasp: tens of millions in six years.")]
    blocks = "".join(
        f'<div class="answer"><div class="byline"><a class="user" href="/profile/{name.replace(" ", "-")}">{name}</a>'
        f' · <a class="answer_timestamp" href="/answer/{k}">{when}</a></div><div class="text"><p>{words}</p></div></div>'
        for k, (name, when, words) in enumerate(answers))
    doc = clean_html(f"<html><body><h1>Was it really that bad?</h1><div class='answers'>{blocks}</div></body></html>")
    assert [(p.author, p.posted_at_raw, p.text) for p in doc.posts] == answers


def test_who_liked_a_post_and_its_edit_note_under_it_are_no_words_of_it():
    doc = html_doc("generic_wrapped_posts.html")
    assert [[(r.name, r.count) for r in p.reactions] for p in doc.posts] == [[], [("like", 1)], [("like", 1)], [("like", 3)]]
    assert doc.posts[2].text.endswith("landed early.") and doc.posts[3].text == "Nice routing! I flew it on 3 March."
    assert ("Last edited by tripmaker; Feb 15, 2026 at 9:17 am", "edited") in [(r.text, r.reason) for r in doc.removed]
