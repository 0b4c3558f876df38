"""The HTML path's shortcuts in the costs every page pays give what the plain computations give."""

from __future__ import annotations

import random
import re
from pathlib import Path

from threadclean import clean_html
from threadclean.html.detect import FINGERPRINTS, PREFILTER_PATTERNS, fingerprints_and, may_overlap, overlap_free_groups
from threadclean.html.pipeline import RAW_TEXT_TAGS, read_markup
from threadclean.model import Article, Document, Media, Post, Quote
from threadclean.render import shows_text

ROOT = Path(__file__).resolve().parent.parent

#: the markup normalising as first written: a regex over the whole page, tag names in any ASCII case (as HTML reads
#: them: "<ſcript" opens no script)
_REFERENCE_SELF_CLOSING = re.compile(rf"<({'|'.join(RAW_TEXT_TAGS)})(\s[^<>]*?)?/>", re.I | re.A)


def _reference_read(markup: str) -> tuple[str, set[str]]:
    """The normalised markup and its fingerprints, each looked for in it one by one."""
    fixed = _REFERENCE_SELF_CLOSING.sub(lambda m: f"<{m.group(1)}{m.group(2) or ''}></{m.group(1)}>", markup)
    return fixed, {fp for fp in FINGERPRINTS if fp in fixed}


def _tag_spelling(rng: random.Random, name: str) -> str:
    """The name in a random case, or with the non-ASCII letters Python's case-insensitive matching would also take for
    i and s (which name no tag in HTML)."""
    swaps = {"i": "iIıİ", "s": "sSſ"}
    return "".join(rng.choice(swaps.get(c, c + c.upper())) for c in name)


def _random_markup(rng: random.Random) -> str:
    names = [*RAW_TEXT_TAGS, "div", "scripts", "br", "img", "titles", "xm"]
    pieces = [
        lambda: f"<{_tag_spelling(rng, rng.choice(names))}",
        lambda: f"<{_tag_spelling(rng, rng.choice(RAW_TEXT_TAGS))}{rng.choice(['', ' ', ' a=1', ' insided.com'])}/>",
        lambda: rng.choice([" ", "\t", "\n", "\x0b", "\x1c", "\u00a0", "\u2003", ""]),
        lambda: rng.choice(['src="x"', "a=b", "async", 'class="postbody"', "data-x='1'", "insided.com", "ſ", "İ", "ı"]),
        lambda: rng.choice(["/>", ">", "<", "/", " />", "</", "></", "FluxBB", "PunBB", "shreddit-post"]),
        lambda: rng.choice(FINGERPRINTS),
        lambda: (fp := rng.choice(FINGERPRINTS))[: rng.randrange(1, len(fp) + 1)],
        lambda: rng.choice(["é", "€", "😀", "K", "text", "\r\n"]),
    ]
    return "".join(rng.choice(pieces)() for _ in range(rng.randrange(1, 40)))


def test_read_markup_agrees_with_the_plain_search_on_random_markup():
    rng = random.Random(20261121)
    normalised = moved = 0
    for _ in range(3000):
        markup = _random_markup(rng)
        expected = _reference_read(markup)
        assert read_markup(markup) == expected, markup
        assert read_markup(markup, markup.encode()) == expected, markup
        normalised += expected[0] != markup
        moved += expected[1] != {fp for fp in FINGERPRINTS if fp in markup}
    # the random pages do take the normalising path, some with fingerprints it makes or unmakes
    assert normalised > 1000 and moved > 20, (normalised, moved)


def test_read_markup_agrees_at_the_edges_of_what_normalising_rewrites():
    pages = ["<iframe/>FluxBB<", "<iframe src=insided.com/>", "<ſcript/>>PunBB<", "<İFRAME a=1 />x", "<TITLE\t/>",
             "<xmp\n a=b/><shreddit-post", "<script src=x insided.com/></script>insided.com/", "<textarea/><>FluxBB<",
             "<ıframe/>", "<scripts/>", "<style\x1c/>", "<noscript a='>'/>"]
    for markup in pages:
        assert read_markup(markup) == _reference_read(markup), markup


def _overlapping_run(rng: random.Random) -> str:
    """Fingerprints and pieces of them, each laid over the end of the text before it where they agree."""
    text = ""
    for _ in range(rng.randrange(1, 8)):
        fp = rng.choice(FINGERPRINTS)
        piece = rng.choice([fp, fp[rng.randrange(len(fp)):], fp[: rng.randrange(1, len(fp) + 1)], rng.choice("<> x")])
        shared = [k for k in range(1, min(len(text), len(piece))) if text.endswith(piece[:k])]
        text += piece[rng.choice(shared):] if shared and rng.random() < 0.8 else piece
    return text


def test_fingerprints_found_where_they_overlap_others():
    rng = random.Random(58)
    for _ in range(3000):
        text = "".join(_overlapping_run(rng) for _ in range(rng.randrange(1, 4)))
        expected = {fp for fp in FINGERPRINTS if fp in text}
        assert fingerprints_and(text)[0] == expected, text
        assert fingerprints_and(text.encode())[0] == expected, text


def test_fingerprint_groups_are_small_and_hold_no_two_that_may_overlap():
    assert may_overlap("var smf_", "smf_scripturl") and may_overlap('class="postbody', 'class="postbody"')
    assert may_overlap(">FluxBB<", "<shreddit-post") and not may_overlap("phpBB", "hnuser")
    groups = overlap_free_groups(FINGERPRINTS)
    assert sorted(p for g in groups for p in g) == sorted(FINGERPRINTS)
    for group in groups:
        assert len(group) <= PREFILTER_PATTERNS
        assert not any(may_overlap(a, b) for i, a in enumerate(group) for b in group[i + 1:]), group


def _documents() -> list[Document]:
    docs = [clean_html(p.read_bytes()) for p in sorted((ROOT / "fixtures" / "html").glob("*.html"))]
    blank, word = [" ", "\n", "", "\u00a0"], ["word", " x ", "\u2003y"]
    rng = random.Random(7)
    for _ in range(500):
        def text() -> str:
            return rng.choice(blank + word)
        parts = [rng.choice([text(), Quote(text(), quoted_author=rng.choice([None, "", "Ann"])),
                             Article(text(), title=rng.choice([None, "", " ", "T"])), Media("video", text=text())])
                 for _ in range(rng.randrange(3))]
        posts = [Post(parts=parts, author=rng.choice([None, "", "Bo"]), posted_at_raw=rng.choice([None, "", "1700000000"]))
                 for _ in range(rng.randrange(3))]
        docs.append(Document(doc_id="d", title=rng.choice([None, "", "A title"]), posts=posts, body=text(),
                             articles=[Article(text(), byline=rng.choice([None, " "])) for _ in range(rng.randrange(2))]))
    return docs


def test_shows_text_answers_as_the_rendered_text():
    for doc in _documents():
        assert shows_text(doc) == bool(doc.text.strip()), doc


def test_no_fingerprint_fits_inside_a_raw_text_tag_name():
    # read_markup's shortcut: a fingerprint without "<", ">" or "/" could only be made by normalising inside the
    # end tag's name, in whatever case the page wrote it
    for fp in FINGERPRINTS:
        assert not any(re.search(re.escape(fp), tag, re.I) for tag in RAW_TEXT_TAGS), fp
