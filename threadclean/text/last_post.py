"""Where a thread's last post ends and the page footer starts: under a link back to the page's top, under the page
links, after the button lines that close the page's other posts, or where the list the posts are items of ends."""

from __future__ import annotations

import math
import re
from collections import Counter
from itertools import chain

from threadclean.model import Removed
from threadclean.text.body import words
from threadclean.text.boilerplate import NUMBERED, boilerplate_reason
from threadclean.text.engines import CompiledEngine
from threadclean.text.post_header import HEADER_NAME_WORDS
from threadclean.text.post_lines import Segment, is_date_line, is_prose, line_texts
from threadclean.text.post_tail import BUTTON_REASONS
from threadclean.text.scan import matching
from threadclean.text.site_lines import normalise

#: a link back to the top of the page ("Back to top", "(Go Up)"): printed under the thread, above the page footer
TO_TOP = re.compile(r"^\(?(?:(?:back|go|jump|scroll|return) to (?:the )?top(?: of (?:the )?page)?|top of (?:the )?page|"
                    r"go up)\)?$", re.I)


#: page links with a way on ("1 2 3 … 6 Next »", "(1) (2) (3) (Reply)"): printed under the thread, above the
#: page footer
PAGE_LINKS = re.compile(r"^\d+(?: (?:\d+|…|\.\.\.))+ (?:Next\b.*|»|›)$|^(?:\(\d+\) ?){2,}(?:\(\w+\))?$")
#: either of the two, in one pattern (TO_TOP's case-insensitivity kept to its own part)
_TOP_OR_PAGE_LINKS = re.compile(f"(?i:{TO_TOP.pattern})|{PAGE_LINKS.pattern}")


def cut_at_top_link(seg: Segment) -> Segment:
    """The last post without what follows a link back to the page's top, or the page links, under it (the page
    footer)."""
    texts = line_texts(seg.lines)
    links = matching(_TOP_OR_PAGE_LINKS.match, texts)
    if (first := next(links, None)) is None:
        return seg  # most last posts: no such link at all
    # the post has said something before the link
    said = next((k for k, t in enumerate(texts) if words(t) >= HEADER_NAME_WORDS), len(texts))
    k = next((k for k in chain((first,), links) if k > said), None)
    if k is None:
        return seg
    removed = [Removed(x, boilerplate_reason(x) or "footer") for x in texts[k:] if x]
    return Segment(seg.lines[:k], seg.removed + removed, seg.closing, seg.at)



def cut_at_list_end(seg: Segment) -> Segment:
    """The last post without what follows the list its post is an item of: posts printed as a numbered list
    ("  3. 06/11/2006, 12h13 #3", the post's lines indented under it) end at the first line not indented."""
    first = next((k for k, ln in enumerate(seg.lines) if ln.text), None)
    if first is None or not NUMBERED.match(seg.lines[first].text):
        return seg
    for k in range(first + 1, len(seg.lines)):
        t = seg.lines[k].text
        if t and not t[0].isspace():
            removed = [Removed(x, boilerplate_reason(x) or "footer") for x in line_texts(seg.lines[k:]) if x]
            return Segment(seg.lines[:k], seg.removed + removed, seg.closing, seg.at)
    return seg


#: the button lines a post ends with are looked for among its last few lines
CLOSING_SPAN = 6
#: kinds of button lines the posts must end with (one alone may be a pane's link)
MIN_CLOSING = 2
#: share of the posts that must show the closing lines for segments without them at the end to be page footer
CLOSED_SHARE = 2 / 3


def cut_after_closing_lines(segments: list[Segment], rx: CompiledEngine) -> list[Segment]:
    """The last post without what follows the button lines that close the page's other posts ("Reply",
    "Report", learnt from them): the page footer. Segments after the last post that has those lines, when
    most posts have them and footer text follows them, are dated boxes of the footer."""
    closing = _closing_lines([line_texts(seg.lines) for seg in segments[:-1] if seg.lines], rx)
    if len(closing) < MIN_CLOSING:
        return segments
    runs = [_closing_run(line_texts(seg.lines), closing, rx) for seg in segments]
    closed = [j for j, (k, _) in enumerate(runs) if k is not None]
    if not closed or len(closed) < CLOSED_SHARE * sum(bool(seg.lines) for seg in segments):
        return segments
    j = closed[-1]
    (k, run), seg = runs[j], segments[j]
    texts = line_texts(seg.lines)
    if any(is_date_line(rx, t) for t in texts[run:]) or \
            (j < len(segments) - 1 and not any(is_prose(t) for t in texts[run:])):
        return segments  # a post's header follows the buttons: the next segments hold posts
    later = [t for s in segments[j + 1 :] for t in line_texts(s.lines) if t]
    removed = [Removed(t, boilerplate_reason(t) or "post_chrome") for t in texts[k:run] if t] + \
        [Removed(t, boilerplate_reason(t) or "footer") for t in texts[run:] + later if t]
    return segments[:j] + [Segment(seg.lines[:k], seg.removed + removed, seg.closing, seg.at)]


def _closing_run(texts: list[str], closing: set[str], rx: CompiledEngine) -> tuple[int | None, int]:
    """The first run of closing lines (two kinds at least, chrome between them) after the post's first words:
    (start, end)."""
    said, k = False, 0  # the post has said something before its closing lines
    while k < len(texts) and not (said and normalise(texts[k]) in closing):
        said = said or words(texts[k]) >= HEADER_NAME_WORDS
        k += 1
    run = k
    while run < len(texts) and (not texts[run] or normalise(texts[run]) in closing or rx.chrome.reason(texts[run])):
        run += 1
    if k == len(texts) or len({key for t in texts[k:run] if (key := normalise(t)) in closing}) < MIN_CLOSING:
        return None, k
    return k, run


def _closing_lines(posts: list[list[str]], rx: CompiledEngine) -> set[str]:
    """Button lines found among the last lines of most posts (at least two)."""
    counts: Counter[str] = Counter()
    for texts in posts:
        tail = [t for t in texts if t][-CLOSING_SPAN:]
        counts.update({normalise(t) for t in tail if rx.chrome.reason(t) in BUTTON_REASONS})
    need = max(2, math.ceil(len(posts) / 2))
    return {line for line, n in counts.items() if n >= need and line}
