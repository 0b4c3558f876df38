"""Which post bodies are pasted news articles: evidence only articles carry, or two kinds members' posts also show."""

from threadclean.model import Article
from threadclean.text.body import split_body

#: about 120 words of plain prose, split in paragraphs (each body below needs the words an article needs)
PROSE = "\n\n".join([
    "The harbour board met on Tuesday to weigh the plan for a second ferry pier on the north shore of the bay, "
    "where the old cannery stood until the storm of the winter before last.",
    "Members heard from the pilots, the fishing cooperative and two residents' groups, who all asked for more time "
    "to study the drawings and the cost of dredging the channel so that larger boats can turn at low tide.",
    "A vote is expected next month, after the engineers report on the seabed and the costs of the work, "
    "which the board wants to share with the town council and the regional transport office.",
])


def _parts(*head: str, tail: tuple[str, ...] = ()) -> list:
    return split_body("\n".join([*head, "", PROSE, "", *tail]))


def test_titled_post_without_credits_is_the_members_own_text():
    # a headline-like first line and long prose in many paragraphs: members write such posts themselves
    parts = _parts("Hey everyone, an update from the harbour", tail=(PROSE,))
    assert len(parts) == 1 and isinstance(parts[0], str) and parts[0].startswith("Hey everyone")


def test_repeated_names_and_member_dates_are_not_article_lines():
    # a doubled user name (quote chrome) is no caption, "Joined: ... 8:37 pm" no dateline
    parts = _parts("Harbour notes", "Joined: Wed Apr 26, 2017 8:37 pm", "quaymaster", "quaymaster")
    assert all(isinstance(p, str) for p in parts)


def test_byline_alone_makes_an_article():
    parts = _parts("Second ferry pier weighed by harbour board", "By Mara Lindqvist")
    assert isinstance(article := parts[0], Article)
    assert (article.title, article.byline) == ("Second ferry pier weighed by harbour board", "By Mara Lindqvist")
    assert article.text.startswith("The harbour board met")


def test_capitals_name_under_a_title_is_a_byline():
    parts = _parts("Second ferry pier weighed by harbour board", "MARA J. LINDQVIST")
    assert isinstance(article := parts[0], Article) and article.byline == "MARA J. LINDQVIST"


def test_title_and_a_doubled_link_card_domain_make_an_article():
    parts = _parts("Second ferry pier weighed by harbour board", tail=("www.baytimes.example.com www.baytimes.example.com",))
    assert isinstance(article := parts[0], Article) and article.outlet == "www.baytimes.example.com"


def test_one_weak_kind_is_not_enough():
    # a doubled line saying enough to be a caption, but nothing else article-like
    parts = _parts("", tail=("Boats at the north shore pier", "Boats at the north shore pier"))
    assert all(isinstance(p, str) for p in parts)


def test_an_ad_line_inside_a_post_leaves_it_the_members_text():
    # forums put ads between a post's paragraphs: the ad line goes, the post stays the member's own
    parts = _parts("", tail=("Advertisement", "See you all at the next board meeting."))
    assert len(parts) == 1 and isinstance(parts[0], str) and "Advertisement" not in parts[0]


def test_a_shouted_remark_or_praise_under_a_title_is_no_byline_or_outlet():
    # a member's headline-like first line with a shouted line or "Great post" under it stays the member's text
    for second in ("GREAT JOB GUYS", "THIS IS IT"):
        parts = _parts("Thanks for the help everyone", second)
        assert all(isinstance(p, str) for p in parts), second
    parts = _parts("My new sourdough starter", tail=("Great post",))
    assert all(isinstance(p, str) for p in parts)
