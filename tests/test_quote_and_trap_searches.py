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
