"""The substring searches that replace two regex scans give the regexes' answers on random edge texts."""

from __future__ import annotations

import random

from ftfy.fixes import uncurl_quotes

from threadclean.decode import straighten_quotes
from threadclean.joined_search import CASE_TRAPS, has_case_traps

#: the quotes ftfy straightens, their neighbours in the code table, the case traps and plain text
EDGE = ["\u02bb", "\u02bc", "\u02bd", "\u2017", *map(chr, range(0x2018, 0x2021)), "\u0130", "\u0131", "\u017f",
        "i", "s", "a", " ", "é", "\n"]


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choices(EDGE, k=rng.randint(0, 12))) for _ in range(n)]


def test_straighten_quotes_is_ftfys_uncurl_quotes():
    for text in _texts(20_000, 1):
        assert straighten_quotes(text) == uncurl_quotes(text), repr(text)


def test_has_case_traps_is_the_regex_search():
    for text in _texts(20_000, 2):
        assert has_case_traps(text) == (CASE_TRAPS.search(text) is not None), repr(text)


# a reply answering a post line by line: the dump keeps the first quote's header only (phpBB 3.3)
_ANSWERED = """Board index
Retirement plans
Post Reply
invest4
Posts: 57
Re: Asset allocation
Post by invest4 » Sat Feb 24, 2024 5:12 pm
Curious how you arrived at 67/33 vs 65/35 for example.
I would consider having two or three years of living expenses in cash or CDs.
I am very sorry for the loss of your husband.
Top
changingtimes
Posts: 12
Re: Asset allocation
Post by changingtimes » Sat Feb 24, 2024 6:40 pm
invest4 wrote: ↑ Sat Feb 24, 2024 5:12 pm
Curious how you arrived at 67/33 vs 65/35 for example.
I think I was briefly at 65/35 and then just never rebalanced.
I would consider having two or three years of living expenses in cash or CDs.
Ah, good idea.
I am very sorry for the loss of your husband.
Thank you on both counts, and for all of your responses.
Top
Post Reply
"""


def _shape(post):
    return [("quote", p.quoted_author, p.source_post_id) if not isinstance(p, str) else ("own", p) for p in post.parts]


def test_reply_between_lines_of_the_quoted_post_splits_the_quote():
    from threadclean import clean_text

    doc = clean_text(_ANSWERED)
    first, reply = doc.posts
    # each run of the quoted post's lines is a quote of it; the reply's own sentences between them are its words,
    # however short ("Ah, good idea.")
    assert _shape(reply) == [
        ("quote", "invest4", first.post_id), ("own", "I think I was briefly at 65/35 and then just never rebalanced."),
        ("quote", "invest4", first.post_id), ("own", "Ah, good idea."),
        ("quote", "invest4", first.post_id), ("own", "Thank you on both counts, and for all of your responses.")]
    assert [q.text for q in reply.quotes] == [
        "Curious how you arrived at 67/33 vs 65/35 for example.",
        "I would consider having two or three years of living expenses in cash or CDs.",
        "I am very sorry for the loss of your husband."]
    assert [q.quoted_when_raw for q in reply.quotes] == ["Sat Feb 24, 2024 5:12 pm"] * 3


def test_copied_lines_after_a_heading_or_at_the_end_are_the_replys():
    from threadclean import clean_text

    # under a heading (no sentence of the reply's), the quoted post's next line goes on as the reply's
    reply = clean_text(_ANSWERED.replace("Ah, good idea.", "Cash buffer")).posts[1]
    assert [kind for kind, *_ in _shape(reply)] == ["quote", "own", "quote", "own"]
    assert reply.parts[3] == ("Cash buffer\nI am very sorry for the loss of your husband.\n"
                              "Thank you on both counts, and for all of your responses.")
    # so does a copied line nothing of the reply's follows (a line its author prints under every post)
    reply = clean_text(_ANSWERED.replace("Thank you on both counts, and for all of your responses.\n", "")).posts[1]
    assert [kind for kind, *_ in _shape(reply)] == ["quote", "own", "quote", "own"]
    assert reply.parts[3] == "Ah, good idea.\nI am very sorry for the loss of your husband."
