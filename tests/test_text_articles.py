"""Standalone article pages from text dumps (the four article seeds and a fixture)."""

from pathlib import Path

import pytest

from threadclean import clean_text

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _clean(name: str):
    return clean_text((SEEDS / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ["000_02ea029ea76bdce4.txt", "001_6bc365aecf700d82.txt",
                                  "003_e7ed19c629130611.txt", "004_016d6dad66e0669f.txt"])
def test_article_pages_have_one_article(name):
    doc = _clean(name)
    assert doc.page_kind == "article" and doc.status == "ok" and doc.n_posts == 0
    assert len(doc.articles) == 1 and doc.articles[0].title == doc.title
    assert len(doc.articles[0].text.split()) > 200


def test_outlet_and_dates_stated_on_the_page():
    assert _clean("001_6bc365aecf700d82.txt").articles[0].outlet == "Reuters"
    cradle = _clean("003_e7ed19c629130611.txt").articles[0]
    assert (cradle.outlet, cradle.published_at.isoformat()) == ("The Cradle", "2023-08-17")
    assert _clean("004_016d6dad66e0669f.txt").articles[0].published_at.isoformat() == "2018-04-20"


def test_page_chrome_is_removed():
    for name, chrome in [("000_02ea029ea76bdce4.txt", "Also read:"), ("000_02ea029ea76bdce4.txt", "Latest news"),
                         ("001_6bc365aecf700d82.txt", "Related news"), ("003_e7ed19c629130611.txt", "Leave a Reply"),
                         ("003_e7ed19c629130611.txt", "Your email address"), ("004_016d6dad66e0669f.txt", "Skip to"),
                         ("004_016d6dad66e0669f.txt", "2 min read")]:
        doc = _clean(name)
        assert chrome not in doc.text
        assert any(r.text.startswith(chrome) for r in doc.removed)


def test_captions_are_apart_from_the_body():
    art = _clean("004_016d6dad66e0669f.txt").articles[0]
    assert art.captions == ["Iran has maintained close ties with Baghdad since the 2003 invasion [Getty]"]
    assert "[Getty]" not in art.text


def test_short_page_is_other_not_article():
    doc = clean_text("Welcome\n\nThis page has moved.\n")
    assert doc.page_kind == "other" and doc.status == "ok"


def _article_dump(middle: str = "", tail: str = "") -> str:
    para = ("The council voted on Tuesday to extend the cycle lane along the river road, after a year in which the "
            "number of riders on the route doubled and two crossings were rebuilt.")
    body = "\n\n".join(f"{para} Paragraph {i}." for i in range(6))
    return (f"City News\n  • Home\n  • Local\nCouncil extends the river cycle lane\n\n{body}\n\n{middle}"
            f"{para} Last paragraph.\n\nSource: Metro Wire\n{tail}")


def test_footer_menus_and_blurbs_after_the_article_are_cut():
    footer = ("About us\nCookie policy\nTerms of use\nContact us\n"
              "City News brings you the stories that matter to the people who live here.\nNewsletter\nSign up\n")
    doc = clean_text(_article_dump(tail=footer))
    art = doc.articles[0]
    assert art.text.endswith("Last paragraph.") and art.outlet == "Metro Wire"
    footer = {r.text for r in doc.removed if r.reason == "footer"}
    assert {"About us", "Contact us", "City News brings you the stories that matter to the people who live here."} \
        <= footer and "Newsletter" not in doc.text


def test_a_list_of_short_lines_inside_the_article_stays():
    steps = "You will need:\nTwo clamps\nA hex key\nSpare bolts\nA torch\n\n"
    doc = clean_text(_article_dump(middle=steps))
    assert "Two clamps\nA hex key" in doc.articles[0].text and doc.articles[0].text.endswith("Last paragraph.")


def _page_with_menus(head: str) -> str:
    para = ("The council voted on Tuesday to extend the cycle lane along the river road, after a year in which the "
            "number of riders on the route doubled and two crossings were rebuilt.")
    menu = "".join(f"  • {item}\n" for item in ("Home", "Local news", "Sport results", "Weather today", "Contact us"))
    body = "\n\n".join(f"{para} Paragraph {i} adds the details." for i in range(5))
    return f"{menu}Subscribe now for full access to every story\n{head}\n{body}\n"


def test_headline_over_the_byline_is_the_title_and_the_menus_above_are_cut():
    doc = clean_text(_page_with_menus("Council extends the river cycle lane\nTraffic desk\nBy Jane Roe\nMarch 3, 2024"))
    assert doc.page_kind == "article" and doc.title == "Council extends the river cycle lane"
    assert "Sport results" not in doc.text and "Subscribe now for full access" not in doc.text
    assert doc.articles[0].text.split("\n\n")[1].startswith("The council voted on Tuesday")


def test_headline_printed_twice_is_the_title():
    # the breadcrumb's last item is the headline; a longer subtitle comes first in the dump
    head = ("Riders and shop owners welcome the plan\n  • Local news\n  • Council extends the river cycle lane\n"
            "Council extends the river cycle lane")
    doc = clean_text(_page_with_menus(head))
    assert doc.title == "Council extends the river cycle lane"


def test_newsletter_boxes_affiliate_disclosures_and_demo_buttons_are_boilerplate():
    head = ("Council extends the river cycle lane\nWe may earn commission from links on this page, but we only "
            "recommend products we back.\nBook a demo")
    doc = clean_text(_page_with_menus(head) + "Sign up for our newsletter\nWeekly newsletter\n")
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons["We may earn commission from links on this page, but we only recommend products we back."] \
        == "disclosure"
    assert (reasons["Sign up for our newsletter"], reasons["Weekly newsletter"], reasons["Book a demo"]) == (
        "newsletter", "newsletter", "ad")
    assert doc.title == "Council extends the river cycle lane"


@pytest.mark.parametrize("line", ["I signed up for the newsletter last week and it is mostly adverts.",
                                  "Does anyone know if affiliate links are allowed in signatures here?"])
def test_members_writing_about_newsletters_or_affiliate_links_keep_their_words(line):
    from threadclean.text.boilerplate import boilerplate_reason

    assert boilerplate_reason(line) is None


def test_a_key_points_list_of_sentences_is_no_menu():
    points = "".join(f"  • Point {i}: the new lane links the station with the river path for about two thousand "
                     f"riders a day\n" for i in range(4))
    doc = clean_text(_page_with_menus(f"Council extends the river cycle lane\nKey Points\n{points}"))
    assert "Point 3: the new lane links the station" in doc.text and "Sport results" not in doc.text


def test_an_image_alternative_text_over_the_body_is_no_headline():
    doc = clean_text(_page_with_menus("Picture of Jane Roe smiling\nCouncil extends the river cycle lane\nJane Roe"))
    assert doc.title == "Council extends the river cycle lane"


def test_a_long_menu_above_a_top_stories_list_is_no_article_yet():
    # a site's mega-menu holds more words than an article needs, but no prose: the "Top stories" list under it
    # is more chrome, not the end of an article, and the article below it is read
    sections = ("Markets", "Companies", "Earnings", "Mortgage Rates", "Economy", "Savings Accounts", "Bonds",
                "Personal Loans", "Credit Cards", "View All")
    menu = "".join(f"  • {group}\n" + "".join(f"    • {item} {group}\n" for item in sections)
                   for group in ("News", "Investing", "Banking", "Reviews", "Economy"))
    top = "  • Top Stories\n  • Should You Retire Abroad?\n  • Warren Buffett on Compound Interest\n"
    doc = clean_text(menu + top + _page_with_menus("Council extends the river cycle lane\nBy Jane Roe"))
    assert doc.page_kind == "article" and doc.title == "Council extends the river cycle lane"
    assert "Paragraph 4 adds the details." in doc.articles[0].text and "Should You Retire Abroad?" not in doc.text


@pytest.mark.parametrize(("line", "reason"), [("Get started for free", "ad"), ("Start your free trial", "ad"),
                                              ("Read our Privacy Policy", "footer"),
                                              ("Related Searches: Appliances, Household Appliances", "related"),
                                              ("Related Companies: Acme Corp., Globex Inc.", "related")])
def test_calls_to_action_consent_links_and_related_lists_are_boilerplate(line, reason):
    from threadclean.text.boilerplate import boilerplate_reason

    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize("line", ["How do I get started for free with the trial account?",
                                  "The related companies were fined for breaking the privacy policy."])
def test_sentences_naming_those_words_are_kept(line):
    from threadclean.text.boilerplate import boilerplate_reason

    assert boilerplate_reason(line) is None


def test_a_day_word_in_an_unknown_sites_menus_is_no_post_date():
    # "Start TODAY" / "Shop Today" read as a name and a relative date would cut the menus into posts
    menus = "".join(f"{head}\n" + "".join(f"  • {item}\n" for item in items) for head, items in (
        ("About TODAY", ("Show Video", "3rd Hour", "Saturday Show")), ("Start TODAY", ("Parents", "Baby Names", "Family")),
        ("Shop Today", ("Steals & Deals", "Product Reviews")), ("Read Today", ("Book Club", "Interviews"))))
    doc = clean_text(menus + _page_with_menus("Council extends the river cycle lane\nBy Jane Roe"))
    assert doc.page_kind == "article" and doc.n_posts == 0 and doc.title == "Council extends the river cycle lane"
    assert "Paragraph 4 adds the details." in doc.text and "Baby Names" not in doc.text


def test_a_thread_led_by_an_article_read_as_pasted_into_its_first_post_is_an_article_page():
    # a blog post's comments read as a thread, the post itself read as an article pasted into the first "post":
    # the page is that article, the comments go with reason `comment`
    from threadclean.model import Article, Document, Post
    from threadclean.text.pipeline import as_article
    from threadclean.text.thread import article_first

    words = " ".join(["The best restaurants in the city, one neighbourhood at a time."] * 30)
    lead = Post(parts=[Article(text=words, title="The Best Restaurants in OKC", byline="Kristin")])
    replies = [Post(parts=[f"Great list, we tried number {i} last week."], author=f"reader{i}") for i in range(3)]
    doc = Document(doc_id="x", posts=[lead, *replies], title="Best Restaurants in OKC")
    assert article_first(doc.posts)
    as_article(doc)
    assert (doc.page_kind, doc.n_posts, doc.articles[0].text, doc.articles[0].byline) == ("article", 0, words, "Kristin")
    assert [r.reason for r in doc.removed] == ["comment"] * 3


@pytest.mark.parametrize(("line", "reason"), [("Startseite", "navigation"), ("Se connecter", "navigation"),
                                              ("Iniciar sesión", "navigation"), ("Impressum", "footer"),
                                              ("Datenschutzerklärung", "footer"), ("Mentions légales", "footer"),
                                              ("Política de privacidad", "footer"), ("Teilen", "share")])
def test_page_chrome_in_german_french_and_spanish_is_boilerplate(line, reason):
    from threadclean.text.boilerplate import boilerplate_reason

    assert boilerplate_reason(line) == reason
    assert boilerplate_reason(f"Bitte lesen Sie vor dem Posten unsere {line} und die Regeln des Forums.") is None


def test_a_lead_read_as_two_pasted_articles_keeps_both_in_the_page_article():
    from threadclean.model import Article, Document, Post
    from threadclean.text.pipeline import as_article

    first, second = ("Part one of the guide. " * 60).strip(), ("Part two of the guide. " * 60).strip()
    lead = Post(parts=[Article(text=first, title="The guide"), Article(text=second, title="Part two")])
    doc = Document(doc_id="x", posts=[lead, Post(parts=["Thanks!"], author="reader")], title="The guide")
    as_article(doc)
    assert doc.articles[0].text == f"{first}\n\nPart two\n\n{second}" and doc.n_posts == 0
