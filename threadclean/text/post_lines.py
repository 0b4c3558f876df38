"""The lines of a thread dump as every reading step sees them: a post's segment, post date lines, prose."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from threadclean.model import Removed
from threadclean.text.anchors import bare_date, name_and_date
from threadclean.text.body import has_digit, words
from threadclean.text.engines import CompiledEngine
from threadclean.text.quotes import Line, match_opener
from threadclean.text.scan import filled

#: a line that is a link and nothing else (a permalink a share menu prints, a post's link line)
URL = re.compile(r"^https?://\S+$")

#: a post header (author pane) is made of short lines; longer ones are prose
HEADER_LINE_WORDS = 8
#: a line ending a sentence is prose, not an author pane line (CJK text has no spaces to count words by)
SENTENCE_ENDS = (".", "!", "?", "。", "！", "？")


@dataclass
class Segment:
    """The lines of one post, between two post boundaries."""

    lines: list[Line]
    removed: list[Removed] = field(default_factory=list)
    #: the author and date line under the body that closed this post (XenForo 1), when the engine has one
    closing: DateLine | None = None
    #: the page line the segment starts at, where a splitter records it
    at: int = -1


def line_texts(lines: list[Line]) -> list[str]:
    """The lines' texts without list markers."""
    return [ln.plain for ln in lines]


@dataclass
class DateLine:
    """A post date line: the date as written, and the author when the engine prints it there."""

    when: str
    author: str | None = None


@lru_cache(maxsize=1 << 15)  # every step of a page's reading asks about the same lines
def is_date_line(rx: CompiledEngine, text: str) -> DateLine | None:
    """The post date (and author) a line shows, if it is a post date line."""
    for p in rx.post_date:
        m = p.match(text)
        if m:
            author = m.groupdict().get("author")
            return DateLine((m["when"] or "").strip(), author.strip() if author else None)
    if rx.bare_dates and text and (when := bare_date(text)) and rx.chrome.reason(text) != "edited" \
            and (rx.word_dates or has_digit(when)):
        return DateLine(when)  # an edit note's date is no post's
    if rx.name_dates and text and (pair := name_and_date(text)) and (rx.word_dates or has_digit(pair[1])) \
            and not rx.chrome.reason(pair[0]) \
            and not (rx.member_info and (rx.member_info.match(text) or rx.member_info.match(f"{pair[0]}: "))) \
            and not match_opener(text, rx.quote_open):  # "Quote from: jdoe on <date>" heads a quote, not a post
        return DateLine(pair[1], pair[0])
    return None


@lru_cache(maxsize=1 << 15)  # the header and segment steps ask about the same lines
def is_prose(text: str) -> bool:
    """Too long or too sentence-like for an author pane line."""
    return words(text) > HEADER_LINE_WORDS or text.endswith(SENTENCE_ENDS + (":", ";", ")"))


def chrome_reason(text: str, rx: CompiledEngine) -> str | None:
    """Why the engine's chrome table removes the line, if it does."""
    return rx.chrome.reason(text)


#: a quote's date printed under its header is this many lines below it at most
QUOTE_DATE_GAP = 2


def quote_date(rx: CompiledEngine, texts: list[str], i: int) -> bool:
    """The bare date at line i sits under a quote header that names the quoted author but no date ("jdoe wrote: ↑"
    / "Wed Dec 27, 2023 10:00 am", phpBB 3.3): the quoted post's date, not a post's."""
    above = next((t for t in reversed(texts[max(0, i - QUOTE_DATE_GAP) : i]) if t), None)
    m = match_opener(above, rx.quote_open) if above else None
    return bool(m and (m.groupdict().get("author") or "").strip() and not m.groupdict().get("when")
                and not is_date_line(rx, texts[i]).author)


#: a name in a post's member menu is this short, and a menu line this near names it again
MENU_NAME_WORDS = 3
MENU_NEAR = 3


def menu_name(texts: list[str], i: int, lo: int, hi: int, rx: CompiledEngine) -> bool:
    """Line i is the poster's name in the member menu by a post's buttons ("jdoe" / "View Public Profile" /
    "Find all posts by jdoe"): a short line that a chrome line within MENU_NEAR lines of it in [lo, hi) names."""
    t = texts[i]
    if words(t) > MENU_NAME_WORDS or is_prose(t):
        return False
    before = filled(texts, range(min(i, len(texts)) - 1, max(lo, 0) - 1, -1), MENU_NEAR)[::-1]
    after = filled(texts, range(i + 1, min(hi, len(texts))), MENU_NEAR)
    near = [texts[k] for k in before + after]
    return any(t in x and x != t and rx.chrome.reason(x) for x in near)


POST_COUNTER = re.compile(r"(?:^|\s)(#\d+)$")


def counter_after(texts: list[str], i: int, end: int) -> str | None:
    """The post counter ("#3") at the end of a date line or on the line after it, if any."""
    if m := POST_COUNTER.search(texts[i]):
        return m[1]
    nxt = next((t for t in texts[i + 1 : min(end, i + 3)] if t), "")
    return nxt if nxt.startswith("#") and POST_COUNTER.match(nxt) else None
