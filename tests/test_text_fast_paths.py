"""The text path's shortcuts give what the plain computations give."""

from __future__ import annotations

import pickle
import re
from pathlib import Path

from threadclean.structure import shingles
from threadclean.text.anchors import _GLUED_AGO, _SUFFIX, _strip_glued_ago, _strip_suffix
from threadclean.text.body import (
    ADVERT,
    CREDIT,
    BodyLines,
    _credit_hints,
    _norm,
    has_credit,
    has_words,
    is_caption,
    more_words_than,
    words,
)
from threadclean.text.boilerplate import LINE_PATTERNS, boilerplate_reason, link_row_reason, strip_bullet
from threadclean.text.engines import ENGINES
from threadclean.text.fingerprints import detector, required_texts
from threadclean.text.pattern_heads import first_chars
from threadclean.text.pipeline import to_lines

ROOT = Path(__file__).resolve().parent.parent
TRICKY = [
    "", " ", "•", "• Home", "  ·  Share  ", "Photo: Reuters", "pıcture: AP", "A man walks (AP).", "Crowds [Getty Images]",
    "Smoke rises (Photo by Jane Doe) over the city", "ſource via Getty Images", "İmage credit: AFP", "copyright ACME 2021",
    "Dubai /AFP/ - officials said", "Copyright \u212a 2020", "(file)", "Just a (short) line", "a/b/c", "#12", "May 5 | Link",
    "Jul 9, 2022 (edited)", "2 days ago ·", "Posted 3 hours ago #4 | link", "x" * 130, " ".join(["word"] * 70),
    "Officials met on Monday (AP)", "Officials met (AFP).", "Crowds gather (Getty Images).", "see /r/news :)",
    "A long line about the vote in parliament (supplied)", "the (file) copy", "[AP Photo by Jane Doe]", "x /EPA/ y",
    "Smoke (ſupplied)", "a (reuters ) b)", "via /Reuters", "(AP) and more", "My image of the day (photo by me)",
    "Photo: Jane Doe", "xphoto: y", "Picture credit : AFP", "see the photo", "Copyright ACME Corp 2021", "via Getty Images.",
    "https://example.com/AP", "text [Reuters]", "(Image courtesy of NASA)", "an image (credit: x)",
]


def _fixture_lines() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures" / "text").glob("*.txt"))]
    return [ln for t in texts for ln in t.split("\n")] + TRICKY


def test_credit_shortcut_agrees_with_the_pattern():
    for line in _fixture_lines():
        assert has_credit(line) == bool(CREDIT.search(line)), line


def test_body_lines_answer_as_the_line_tests_do():
    texts = [t for t in (ln.strip() for ln in _fixture_lines()) if t]
    texts += ["Smoke over the city", "smoke over the city!", "A caption that is long enough", "A caption that is long",
              "ΟΔΟΣ", "ΟΔΟΣ.", "Σ", "--a__b--", "İstanbul İS", "x\u0301y", "__", "½ 3²"]
    body = BodyLines(texts)
    assert [body.norms[n] for n in range(len(texts))] == [_norm(t) for t in texts]
    assert body.adverts == {n for n, t in enumerate(texts) if ADVERT.match(t)}
    assert body.credited == {n for n, t in enumerate(texts) if CREDIT.search(t)}
    for n, t in enumerate(texts):
        prev, nxt = texts[n - 1] if n else "", texts[n + 1] if n + 1 < len(texts) else ""
        for prefix in (True, False):
            assert body.is_caption(n, prefix=prefix) == is_caption(t, prev, nxt, prefix=prefix), t


def test_suffix_shortcut_and_word_limits():
    for line in _fixture_lines():
        assert _strip_suffix(line) == _SUFFIX.sub("", line), line
        assert _strip_glued_ago(line) == _GLUED_AGO.sub("", line), line
        assert all(has_words(line, n) == (words(line) >= n) for n in (0, 1, 2, 5, 61))
        assert more_words_than(line, 60) == (words(line) > 60)


def test_shingles_are_the_word_windows():
    words_ = ["a", "b", "c", "d", "e", "f", "a", "b", "c"]
    for n in range(1, 6):
        assert shingles(words_, n) == {tuple(words_[i : i + n]) for i in range(len(words_) - n + 1)}
    assert shingles(["a", "b"], 4) == {("a", "b")} and shingles([], 4) == set()


def test_boilerplate_table_takes_the_first_pattern_that_matches():
    table = [(re.compile(rf"^(?:{p})$", re.I), reason) for p, reason in LINE_PATTERNS]
    for line in _fixture_lines():
        text = strip_bullet(line)
        expected = next((reason for rx, reason in table if rx.match(text)), None) if text else None
        assert boilerplate_reason(line) == (expected or link_row_reason(text)), line


def test_required_texts_are_in_every_match():
    assert required_texts(r"(?:\d+ ago), [^\n]+ said:$") == (" ago, ", " said:")
    assert required_texts(r"^A|^B") == () and required_texts(r"\d楼$") == ("楼",)
    needles = {n for e in ENGINES for rx in e.rx.fingerprint_inline for n in required_texts(rx.pattern)}
    assert all(n == n.lower() for n in needles)
    # no other character lower-cases into a caseless (CJK) needle character
    caseless = {c for n in needles for c in n if not c.isascii()}
    assert not [c for c in map(chr, range(0x110000)) if c not in caseless and c.lower() in caseless]


def test_detection_counts_as_one_scan_per_engine():
    for text in [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures" / "text").glob("*.txt"))]:
        page = "\n".join(strip_bullet(ln.text) for ln in to_lines(text) if ln.text.strip())
        for variant in (page, page.replace("s", "ſ")):
            expected = [len({m.lastgroup for m in e.rx.fingerprint_any.finditer(variant)})
                        + sum(1 for p in e.rx.fingerprint_inline if p.search(variant)) for e in ENGINES]
            assert detector().scores(variant) == expected
            top = max(expected)
            for at_least in (1, 2, 3):
                assert detector().best(variant, at_least) == (expected.index(top) if top >= at_least else None)


def test_line_start_fingerprints_name_their_first_characters():
    # the detector tries an engine's line-start fingerprints only at lines starting with one of these characters;
    # a fingerprint starting with a wildcard (".+ ago") would make it try every line of every page
    assert [e.name for e in ENGINES if first_chars([p[1:] for p in e.fingerprints if p.startswith("^")]) is None] == []


def test_compiled_engines_still_pickle():
    for engine in ENGINES:
        copy = pickle.loads(pickle.dumps(engine.rx))
        assert copy.chrome.reason("Share:") == engine.rx.chrome.reason("Share:")


def test_fix_text_gives_what_ftfy_gives_on_the_whole_text():
    import ftfy

    from threadclean.decode import fix_text

    texts = [
        "", "\n", "plain\n", "\n\nlast", "Tom &amp; Jerry\n<b>bold</b>\n&amp; after markup\n", "&amp;\n<\n&amp;",
        "CafÃ© menu\r\nline two\rline three\n", "ﬁne ＬＯＵＤ “quoted”\n\x00null\x1b[1mbold\n\ttab &lt;",
        "cafe\u0301 decomposed\nascii\n", "a\u2028b\nc", "\n&amp;<&amp;\n&amp;", "itâ€™s\n&bull; item\nok",
    ]
    for text in texts + [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures" / "text").glob("*.txt"))]:
        assert fix_text(text) == ftfy.fix_text(text, normalization="NFC"), text


def test_normalise_and_plain_lines_agree_with_the_regex_forms():
    from threadclean.text.boilerplate import strip_marker
    from threadclean.text.quotes import Line
    from threadclean.text.site_lines import normalise

    for line in _fixture_lines() + ["  a \t b\u3000 c  ", "•  Two   words ", "\u2003x\u2003"]:
        assert normalise(line) == re.sub(r"\s+", " ", strip_bullet(line)).strip().lower(), line
        assert Line(line).plain == strip_marker(line), line


def test_quote_openers_give_the_first_pattern_that_matches():
    lines = [strip_bullet(ln) for ln in _fixture_lines()] + [
        "jdoe said:", "On 5/2/2024 at 3:14 PM, jdoe said:", "Quote from: jdoe on May 5, 2024, 10:00:00 AMtext",
        "jdoe wrote:The trick is", "Originally Posted by jdoe", "[quote=jdoe]", "@jdoe said in Title:", "jdoe wrote: ↑",
    ]
    for engine in ENGINES:
        openers = engine.rx.quote_open
        for line in lines:
            expected = next((m for rx in openers.rxs if (m := rx.match(line))), None)
            got = openers.match(line)
            assert (got and (got.re, got.span(), got.groupdict())) == (expected and (expected.re, expected.span(),
                                                                                      expected.groupdict())), line


def test_word_counts_and_norms_agree_with_the_regex():
    from threadclean.text.body import norm_text

    ascii_all = "".join(map(chr, range(128)))
    for line in _fixture_lines() + [ascii_all, ascii_all[::-1], "Snake_case x__y 3.14 ÄÖÜ straße ΟΔΟΣ", "a\x1fb\x0bc"]:
        assert words(line) == len(re.findall(r"\w+", line)), line
        assert norm_text(line) == " ".join(re.findall(r"\w+", line.lower())), line


def test_patterns_spread_over_their_choices_match_where_they_do():
    from threadclean.text.fingerprints import _by_first_letter
    from threadclean.text.pattern_heads import choices as _choices

    assert _choices(r"(?:Thread starter|Discussion starter)\b") == [r"Thread starter\b", r"Discussion starter\b"]
    assert _choices(r"(?:a|b)?x") == [r"(?:a|b)?x"] and _choices(r"x|(?:[)|]|y)z") == ["x", "[)|]z", "yz"]
    patterns = [r"(?:Thread starter|Discussion starter)\b", r"\d+ Likes?$", r"\[–\]$", r"« on: ", r"帖子$", r"Re: .+",
                r"\w+ \d{1,2}, \d{4}", r"(?:Zitieren\s*){1,2}$", r"[\d,.]+ posts?$"]
    lines = ["Thread starter jdoe", "discussion starter", "12 likes", "1 Like", "[–]", "« on: May 5", "帖子", "RE: x",
             "May 5, 2024", "Zitieren Zitieren", "1,2 posts", "Threads", "x 12 likes", "Liked"]
    grouped = re.compile(_by_first_letter(patterns), re.I)
    for line in lines:
        assert bool(grouped.match(line)) == any(re.match(p, line, re.I) for p in patterns), line


def test_line_scans_give_the_indices_a_loop_gives():
    from threadclean.text.boilerplate import LIST_ITEM
    from threadclean.text.scan import matching, matching_lines

    texts = _fixture_lines()
    rx = re.compile(r"^(?:Re|Quote|\d)", re.I)
    for start, stop in ((0, None), (5, 40), (30, 10), (0, 0)):
        end = len(texts) if stop is None else stop
        assert list(matching(rx.match, texts, start, stop)) == [i for i in range(start, end) if rx.match(texts[i])]
    lines = to_lines("\n".join(texts))
    assert matching_lines(LIST_ITEM.match, lines) == {i for i, ln in enumerate(lines) if LIST_ITEM.match(ln.text)}


def test_nearest_filled_lines_are_those_the_slices_give():
    from threadclean.text.scan import filled_above, filled_below

    texts = ["", "a", "", "b", "", "", "c", ""]
    for i in range(len(texts) + 2):  # line indices: never negative
        for bound in (0, 2, 5, len(texts), len(texts) + 3):
            assert filled_above(texts, i, bound) == next((t for t in reversed(texts[bound:i]) if t), None)
            assert filled_below(texts, i, bound) == next((t for t in texts[i + 1 : bound] if t), None)
        assert filled_below(texts, i) == next((t for t in texts[i + 1 :] if t), None)


def test_ftfy_precheck_answers_as_the_three_patterns():
    from threadclean.decode import _CONTROL, _ENTITY, _MOJIBAKE, needs_ftfy

    texts = ["plain", "Tom &amp; Jerry", "a & b", "caf\u00e9", "itâ€™s", "CafÃ©", "x\x00y", "tab\tok\n", "bad \ufffd",
             "\x7f", "\x0c", "\x1f", "\u00c2\u00a0", "\u00f4\u0080", "\u00f5\u0080", "surrogate \ud800"]
    texts += [chr(c) + chr(d) for c in (0xC1, 0xC2, 0xE9, 0xF4, 0xF5) for d in (0x80, 0xBF, 0xC0, 0x2019, 0x41)]
    texts += [chr(c) for c in range(0x20)] + [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures" /
                                                                                          "text").glob("*.txt"))]
    for text in texts:
        expected = bool(("&" in text and _ENTITY.search(text)) or _CONTROL.search(text) or _MOJIBAKE.search(text))
        assert needs_ftfy(text) == expected, repr(text)


def test_article_precheck_never_turns_an_article_away():
    import random

    from threadclean.text.body import _may_be_article, is_article, read_article

    pasted = ["Storm hits the coast overnight", "By JANE DOE", "ERIK J. VAN DAM", "Source: Reuters", "Dubai - Alarabiya.net",
              "reuters.com reuters.com", "OAN Newsroom", "July 8, 2021 14:25", "UPDATED 12:56 PM PT – Thursday, July 8, 2021",
              "Advertisement", "Smoke rises over the city (AP)", "Smoke rises over the city", "Photo: Jane Doe",
              "A crowd waits outside the court in the rain", "A crowd waits outside the court in the rain (Getty Images)",
              "Reuters, July 8, 2021 —", "MENA", "12", ""]
    prose = [" ".join(["word"] * 12) + ".", "The council said the plan would go ahead next spring as agreed.",
             "I think this is right, but the numbers do not add up for me at all.", ""]
    rnd = random.Random(7)
    lines_pool = pasted + prose + [strip_bullet(t) for t in _fixture_lines()]
    for _ in range(1500):
        body = [rnd.choice(lines_pool) for _ in range(rnd.randint(1, 14))] + [rnd.choice(prose) for _ in range(8)]
        rnd.shuffle(body) if rnd.random() < 0.3 else None
        if is_article(read_article(body)):
            assert _may_be_article(body), body


def test_engines_first_characters_hold_every_fingerprint_start():
    from threadclean.text.pattern_heads import DIGIT as _DIGIT
    from threadclean.text.pattern_heads import first_chars as _first_chars

    assert _first_chars([r"Link to comment$", r"\d+ Likes?$", r"\[–\]$", r"« on: ", r"(?:Zitat|Quote) von "]) \
        == frozenset({"l", _DIGIT, "[", "«", "z", "q"})
    assert _first_chars([r"Posted", r"\w+ \d{1,2}, \d{4}"]) is None
    for engine, chars in zip(ENGINES, detector().first_chars, strict=True):
        if chars is None:
            continue
        for line in _fixture_lines() + ["7 Likes", "«  on: May 5", "[–]", "Quote from: x on y"]:
            first = line[:1]
            key = _DIGIT if first.isdecimal() else first.lower()
            if engine.rx.fingerprint_any.match(line):
                assert key in chars, (engine.name, line)


def test_chrome_tables_take_the_first_pattern_that_matches():
    from threadclean.text.engines import ReasonTable
    from threadclean.text.pattern_heads import grouped_by_first

    lines = [strip_bullet(t) for t in _fixture_lines()] + [
        "Reply", "reply with quote", "Quote | Report", "Page 2 of 5", "3 replies", "Viewing page 1 of 3", "jdoe is offline",
        "Share on Facebook", "Facebook X Reddit Email Share Link", "12 Likes 3 Shares", "Likes Reactions: jdoe",
        "jdoe likes this", "Last edited by jdoe", "Powered by XenForo", "{{ x }}", "_____", "photo.jpg (12 KB)",
        "Results 1 to 10 of 20", "(1) (2) (Reply)", "Attachments", "Wow", "Thread starter jdoe", "Advertisement - Read on",
    ]
    for engine in ENGINES:
        table = engine.rx.chrome
        singles = [(re.compile(p, re.I), reason) for p, reason in table.table]
        for line in lines:
            expected = next((reason for rx, reason in singles if rx.match(line)), None)
            assert table.reason(line) == expected, (engine.name, line)
    grouped = re.compile(grouped_by_first(r"^(?:Reply|Report|Quote)$"), re.I)
    assert [bool(grouped.match(w)) for w in ("reply", "REPORT", "Quote", "rep", "quotes")] == [True] * 3 + [False] * 2
    assert grouped.pattern.startswith("(?:r(?:e")  # one comparison for lines not starting with an "r"
    assert grouped_by_first(r"^(?:a|b)*c|^x") == "x|(?:a|b)*c"  # a repeated group's "^" is not at the start
    assert grouped_by_first(r"^(a|b) \1$") == r"^(a|b) \1$"
    assert ReasonTable(((r"^(?:Reply|Report)$", "post_chrome"),)).reason("REPORT") == "post_chrome"


def test_digit_or_day_test_answers_as_the_pattern():
    from threadclean.text.anchors import _HAS_DIGIT_OR_DAY, has_digit_or_day

    for line in _fixture_lines() + ["Today", "YESTERDAY 10:00", "yeſterday", "hİer", "Heute", "aujourd'hui", "tomorrow",
                                    "\u0663 days", "Gestern um", "no date here"]:
        assert has_digit_or_day(line) == bool(_HAS_DIGIT_OR_DAY.search(line)), line


def test_line_tests_match_the_lines_their_patterns_match():
    from threadclean.text.engines import COMMON_MEMBER_INFO, COMMON_QUOTE_CLOSE, COMMON_THREAD_END

    lines = [strip_bullet(t) for t in _fixture_lines()] + ["Link to comment", "Share on other sites", "Similar threads",
                                                            "Posts: 1,234", "Joined: Mar 2016", "[/quote]", "Logged"]
    for engine in ENGINES:
        rx = engine.rx
        tests = {"post_end": engine.post_end, "thread_end": engine.thread_end + COMMON_THREAD_END,
                 "quote_close": engine.quote_close + COMMON_QUOTE_CLOSE, "signature": engine.signature,
                 "edited": engine.edited, "summary": engine.summary, "thread_start": engine.thread_start,
                 "parent_preview": engine.parent_preview}
        for name, patterns in tests.items():
            if patterns:
                plain = re.compile("|".join(f"(?:{p})" for p in patterns), re.I)
                assert all(bool(getattr(rx, name).match(t)) == bool(plain.match(t)) for t in lines), (engine.name, name)
        plain = re.compile("|".join(f"(?:{p})" for p in engine.member_info + COMMON_MEMBER_INFO), re.I)
        assert all(bool(rx.member_info.match(t)) == bool(plain.match(t)) for t in lines), engine.name


def test_to_lines_gives_each_line_its_text_spacer_and_plain_text():
    from threadclean.text.boilerplate import strip_marker

    texts = ["", "\n", " \n\t\na", "  1. 11-29-2024 #1\n  • Home\nplain  \n \u3000", *[p.read_text(encoding="utf-8")
                                                                                  for p in sorted((ROOT / "fixtures" / "text").glob("*.txt"))]]
    for text in texts:
        got = [(ln.text, ln.spacer, ln.plain) for ln in to_lines(text)]
        assert got == [(raw.rstrip(), bool(raw) and not raw.rstrip(), strip_marker(raw.rstrip())) for raw in text.split("\n")]


def test_top_and_page_links_pattern_is_either_pattern():
    from threadclean.text.last_post import _TOP_OR_PAGE_LINKS, PAGE_LINKS, TO_TOP

    for line in _fixture_lines() + ["Back to top", "BACK TO TOP", "(Go Up)", "1 2 3 Next »", "1 2 3 next »",
                                    "(1) (2) (Reply)", "Top of the page", "1 2"]:
        assert bool(_TOP_OR_PAGE_LINKS.match(line)) == bool(TO_TOP.match(line) or PAGE_LINKS.match(line)), line


def test_first_filled_lines_are_those_the_comprehension_gives():
    from threadclean.text.scan import filled

    texts = ["", "a", "", "b", "c", "", "d", ""]
    for start in range(-1, len(texts) + 1):
        for limit in (0, 1, 2, 3, 9):
            forward, backward = range(max(start, 0), len(texts)), range(min(start, len(texts) - 1), -1, -1)
            assert filled(texts, forward, limit) == [i for i in forward if texts[i]][:limit]
            assert filled(texts, backward, limit) == [i for i in backward if texts[i]][:limit]


def test_credit_hints_find_an_agency_tag_closing_a_sentence():
    # "(AP)." ends a caption as often as "(AP)" does: both are hinted, so CREDIT is asked about them
    texts = ["Flood waters rise in the valley", "Rescuers carry a boy to safety on Monday. (AP).",
             "Rescuers carry a boy to safety on Monday. (AP)", "We had a great time (really)."]
    assert _credit_hints(texts) == {1, 2}
