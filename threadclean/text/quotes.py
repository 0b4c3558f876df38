"""Quotes in text dumps: an opener line ("8 hours ago, X said:"), then the quoted paragraphs.

Dumps drop the quote box, so where a quote ends is not written down. The quoted paragraphs are copies
of earlier posts on the page: the quote runs while its paragraphs are found in earlier posts. When the
source is not on the page, it runs to the next spacer line (an empty paragraph the editor leaves after
a quote) or is one paragraph long.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from threadclean.model import Quote

_W = re.compile(r"\w+")
SHINGLE = 4
FOUND = 0.5
#: an unmatched paragraph this short may sit inside a quote (a dateline, a caption that changed)
SHORT = 12


class PageMemory:
    """The text of the posts seen so far, to recognise quoted copies of it."""

    def __init__(self) -> None:
        self.shingles: set[tuple[str, ...]] = set()
        self.flat = ""

    def add(self, text: str) -> None:
        words = _W.findall(text.lower())
        self.shingles.update(tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1))
        self.flat += " " + " ".join(words)

    def contains(self, paragraph: str) -> bool:
        words = _W.findall(paragraph.lower())
        if not words:
            return False
        if len(words) < SHINGLE:
            return f" {' '.join(words)} " in f"{self.flat} "
        sh = [tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)]
        return sum(s in self.shingles for s in sh) / len(sh) >= FOUND


@dataclass
class Line:
    """One line of a post, with whether it is a spacer (a paragraph holding only spaces)."""

    text: str
    spacer: bool = False


def match_opener(text: str, openers: list[re.Pattern]) -> re.Match | None:
    for rx in openers:
        m = rx.match(text)
        if m:
            return m
    return None


def _paragraph_spans(lines: list[Line], start: int, stop: int) -> list[tuple[int, int]]:
    spans, begin = [], None
    for i in range(start, stop):
        if lines[i].text.strip():
            begin = i if begin is None else begin
        elif begin is not None:
            spans.append((begin, i))
            begin = None
    if begin is not None:
        spans.append((begin, stop))
    return spans


def quote_end(lines: list[Line], start: int, stop: int, memory: PageMemory, closer: re.Pattern | None) -> int:
    """Index one past the quote's last line; the quote's text starts at `start`."""
    if closer is not None:
        for i in range(start, stop):
            if closer.match(lines[i].text.strip()):
                return i
    spans = _paragraph_spans(lines, start, stop)
    if not spans:
        return start
    found = [memory.contains(" ".join(ln.text for ln in lines[a:b])) for a, b in spans]
    if found[0]:
        end = 0
        for k, (a, b) in enumerate(spans):
            text = " ".join(ln.text for ln in lines[a:b])
            if found[k]:
                end = k
            elif len(_W.findall(text)) > SHORT and not any(found[k + 1 : k + 3]):
                break
        return spans[end][1]
    limit = spans[min(2, len(spans) - 1)][1]  # source not on the page: up to a spacer, at most 3 paragraphs
    for i in range(spans[0][1], limit):
        if lines[i].spacer:
            return i
    return spans[0][1]


def build_quote(m: re.Match, text: str) -> Quote:
    groups = m.groupdict()
    author = (groups.get("author") or "").strip() or None
    return Quote(text=text, quoted_author=author, quoted_when_raw=(groups.get("when") or None))
