"""The body rules' shortcuts answer as the plain tests they stand for."""

from __future__ import annotations

import random
from pathlib import Path

from threadclean.text.body import (
    ADVERT,
    BYLINE,
    CREDIT,
    HEAD_LINES,
    OUTLET_DATE,
    SOURCE,
    _caps_name,
    _credit_hints,
    _may_be_article,
    _names_outlet,
    _norm,
    _outlet_line,
    _repeated,
    _says_enough,
    dateline,
    is_headline,
    single,
    split_lines,
    words,
)

ROOT = Path(__file__).resolve().parent.parent
#: lines of pasted articles and lines built to meet the shortcuts' edges (case traps, dashes, doubled lines)
ARTICLE_LINES = [
    "Storm hits the coast overnight", "By JANE DOE", "ERIK J. VAN DAM", "Source: Reuters", "ſource: Reuters",
    "Dubai - Alarabiya.net", "Dubai – Alarabiya.net", "reuters.com reuters.com", "OAN Newsroom", "The Times", "Copy Post",
    "great post", "x.co.uk", "foo.ınfo", "THE ASSOCIATED PRESS", "reuters.COM", "Dubai - Alarabiya.", "Foo Bar – Baz’",
    "Daily Preſs", "July 8, 2021 14:25", "Jan 5 —",
    "UPDATED 12:56 PM PT – Thursday, July 8, 2021", "Reuters, July 8, 2021 —", "Reuters, 5 janvier 2021 -",
    "Advertisement", "ADVERTİSEMENT", "ſponsored", "Story continues below advertisement", "Smoke rises over the city (AP)",
    "Smoke rises over the city", "Photo: Jane Doe", "A crowd waits outside the court in the rain",
    "A crowd waits outside the court in the rain (Getty Images)", "photo by me", "Copyright ACME 2021", "via /Reuters",
    "[Reuters]", "text (file).", "A caption that is long enough A caption that is long enough", "ΟΔΟΣ ΟΔΟΣ ΟΔΟΣ", "MENA",
    "12", "",
]
PROSE = [" ".join(["word"] * 12) + ".", "The council said the plan would go ahead next spring as agreed.",
         "I think this is right, but the numbers do not add up for me at all.", ""]


def _pool() -> list[str]:
    fixture_lines = [ln for p in sorted((ROOT / "fixtures" / "text").glob("*.txt"))
                     for ln in p.read_text(encoding="utf-8").split("\n")]
    return ARTICLE_LINES * 10 + PROSE * 10 + fixture_lines


def _bodies(n: int, seed: int) -> list[list[str]]:
    rnd = random.Random(seed)
    pool = _pool()
    return [[rnd.choice(pool) for _ in range(rnd.randint(1, 14))] + [rnd.choice(PROSE) for _ in range(rnd.randint(0, 8))]
            for _ in range(n)]


def _plain_may_be_article(lines: list[str]) -> bool:
    """_may_be_article as its docstring says it: every test on every line it concerns."""
    texts = [t for t in (ln.strip() for ln in lines) if t]
    head, tail = texts[:HEAD_LINES], texts[-2:]
    if any(BYLINE.match(t) or SOURCE.match(t) for t in head + tail) or any(CREDIT.search(t) for t in texts):
        return True
    title = any(is_headline(t) for t in texts[:3])
    weak = sum((title, title and any(_caps_name(t) for t in head), any(ADVERT.match(t) for t in texts),
                any(OUTLET_DATE.match(t) or dateline(t) for t in head),
                any(words(single(t)) <= 6 and _names_outlet(t) for t in head + tail)))
    if weak != 1:
        return weak > 1
    near = [_norm(t) for t in ["", *texts, ""]]
    return any(_repeated(t, near[n + 1], (near[n], near[n + 2]), True) and _says_enough(near[n + 1])
               for n, t in enumerate(texts))


def test_article_precheck_answers_as_the_plain_tests():
    for body in _bodies(2500, 11):
        assert _may_be_article(body) == _plain_may_be_article(body), body


def test_line_shortcuts_answer_as_the_patterns():
    for line in {t.strip() for t in _pool()}:
        assert _outlet_line(line) == (words(single(line)) <= 6 and _names_outlet(line)), line
        if CREDIT.search(line):
            assert _credit_hints(["a line before", line, "a line after"]) == {1}, line


def test_split_lines_removes_the_ads_of_a_plain_post():
    parts, removed = split_lines(["I agree.", "", "  Advertisement ", "", "Me too."])
    assert parts == ["I agree.\n\nMe too."]
    assert [(r.text, r.reason) for r in removed] == [("Advertisement", "ad")]


def test_date_hint_is_in_every_text_a_date_pattern_reads():
    from threadclean.dates import _DATE_HINT, DASHED, DAY_FIRST, MONTH_FIRST, MONTHS, NUMERIC, YMD

    dated = [f"{d} {name} 2021" for name in MONTHS for d in ("5", "5th", "of")] + [f"{name}. 5" for name in MONTHS]
    dated += ["2021-07-08", "8/7/21", "8.7.2021 12:00", "7/9/057:57 PM", "21-Nov-19", "Omar 5, 2020", "٣/٤/٢٠٢١"]
    for text in [t.strip().lower() for t in _pool() + dated]:
        if any(p.search(text) for p in (YMD, DASHED, MONTH_FIRST, DAY_FIRST, NUMERIC)):
            assert _DATE_HINT.search(text), text


def test_digit_test_answers_as_the_pattern():
    import re

    from threadclean.text.body import has_digit

    for line in _pool() + ["٣ days", "x²", "no digits", "12"]:
        assert has_digit(line) == bool(re.search(r"\d", line)), line


def test_date_word_check_passes_every_text_the_removals_empty():
    from threadclean.dates import _FILLER, DAY_FIRST, DAY_WORD, MONTH_FIRST, NUMERIC, TIME, YMD, _date_words_only

    vocab = ["5", "12", "2020", "5th", "1st", "of", "jan", "january", "mär", "août", "déc.", "sept", "monday", "tues", "at",
             "on", "posted", "edited", "utc", "pst", "cest", "3:15", "pm", "a.m.", "p. m", "today", "yesterday", "just now",
             ",", "-", "|", "(", ")", "/", ".", "12h30", "onjan", "todayjan", "xjan", "omar", "t", "x", "posts", "mondays"]
    rnd = random.Random(3)
    for _ in range(20000):
        text = rnd.choice([" ", "", ", "]).join(rnd.choice(vocab) for _ in range(rnd.randint(1, 6)))
        rest = text
        for pat in (YMD, MONTH_FIRST, DAY_FIRST, NUMERIC, TIME, DAY_WORD, _FILLER):
            rest = pat.sub(" ", rest)
        if not rest.strip():
            assert _date_words_only(text), text


def test_repeat_keys_pass_every_body_with_a_repeated_line():
    from threadclean.text.body import LineNorms, _repeated_lines

    rnd = random.Random(9)
    doubled = ["Smoke rises over the city. Smoke rises over the city", "A crowd waits outside—a crowd waits outside!",
               "ab cab c", "Smoke rises over the city today", "smoke, rises over... the CITY", "x",
               "Ünïcode caption here Ünïcode caption here", "Ünïcode caption here", "ünicode caption HERE, today"]
    for body in _bodies(1500, 13):
        texts = [t for t in (ln.strip() for ln in body + rnd.sample(doubled, 3)) if t]
        rnd.shuffle(texts)
        near = [_norm(t) for t in ["", *texts, ""]]
        plain = {n for n, t in enumerate(texts) if near[n + 1] and _repeated(t, near[n + 1], (near[n], near[n + 2]), True)}
        assert _repeated_lines(texts, LineNorms(texts)) == plain, texts
