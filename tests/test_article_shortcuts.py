"""The article reader's shortcuts (line keys, credit hints on bytes, bullets, blank lines) answer as the plain
computations they stand for."""

from __future__ import annotations

import random
import re
from pathlib import Path

from threadclean.joined_search import CASE_TRAPS
from threadclean.text.body import (
    _CREDIT_STARTS,
    _CREDIT_WORDS,
    CREDIT,
    LineNorms,
    _credit_hints,
    _norm,
    _repeat_keys,
    words,
)
from threadclean.text.boilerplate import boilerplate_reason, stop_reason, strip_bullet, strip_bullets

ROOT = Path(__file__).resolve().parent.parent
EDGES = ["", " ", "\t", "•", "• Home", "  · Share  ", "\u3000x\u3000", "x\u00a0", "▪ item", "-5 degrees", "x", "İstanbul",
         "ſmoke (Photo by X)", "Crowds (AP).", "a [Reuters]", "text (file)", "Caption (Getty Images)", "Copyright \u212a 2020",
         "PHOTO: Jane", "via Getty Images.", "Dubai /AFP/ - x", "İmage credit: AFP", "pıcture: AP", "x ) y", "(x)",
         "A crowd waits — a crowd waits", "Ünïcode caption here Ünïcode caption here", "ΟΔΟΣ ΟΔΟΣ", "x\u0301y", "½ 3²"]


def _lines() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures" / "text").glob("*.txt"))]
    return [ln for t in texts for ln in t.split("\n")] + EDGES


def test_strip_bullets_is_strip_bullet_on_each_line():
    lines = _lines()
    assert strip_bullets(lines) == [strip_bullet(t) for t in lines]


def test_blank_lines_are_no_chrome_and_hold_no_words():
    assert stop_reason("") is None and boilerplate_reason("") is None and words("") == 0


def test_line_keys_are_the_norms_without_spaces():
    rnd = random.Random(5)
    pool = [t.strip() for t in _lines() if t.strip()]
    for _ in range(300):
        texts = rnd.sample(pool, rnd.randint(1, 12))
        keys = _repeat_keys(texts, LineNorms(texts), "\n".join(texts))
        assert keys == [_norm(t).replace(" ", "").encode() for t in texts], texts
    texts = ["a line\nwith a break", "next"]
    assert _repeat_keys(texts, LineNorms(texts), "\n".join(texts)) == [b"alinewithabreak", b"next"]


def test_credit_hints_hold_every_credited_line():
    rnd = random.Random(7)
    pool = _lines()
    for _ in range(2000):
        texts = [t for t in (rnd.choice(pool).strip() for _ in range(rnd.randint(1, 10))) if t]
        hinted = _credit_hints(texts)
        assert {n for n, t in enumerate(texts) if CREDIT.search(t)} <= hinted, texts


def test_only_case_traps_match_the_credit_pieces_letters_in_another_case():
    """The hints search the text's bytes with every other character a "?": no other character may match a letter of
    the pieces under re.I (the Kelvin sign matches "k", which no piece holds)."""
    letters = {c for w in _CREDIT_WORDS + _CREDIT_STARTS for c in w if c.isalpha()}
    assert "k" not in letters
    cased = (chr(c) for c in range(0x80, 0x110000) if chr(c).lower() != chr(c).upper())
    others = {c for c in cased for letter in letters if re.fullmatch(letter, c, re.I)}
    assert all(CASE_TRAPS.match(c) for c in others), others
