"""A forum thread from a text dump: header, posts, footer; each post's header, quotes, body, reactions.

Reading order of the steps: find the thread's header and footer, cut the rest into post segments (at
the engine's post-end lines, else at post date lines), then read each segment (`read_post`).
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass, field
from functools import lru_cache

from threadclean.dates import parse_datetime
from threadclean.model import Document, Post, Quote, Reaction, Removed
from threadclean.structure import post_content
from threadclean.text.anchors import CLOCK_ONLY, NAME_WORDS, bare_date, name_and_date
from threadclean.text.body import ADVERT, more_words_than, split_lines, words
from threadclean.text.boilerplate import LIST_ITEM, NUMBERED, boilerplate_reason, strip_bullet, strip_marker
from threadclean.text.engines import INFO_LABEL, CompiledEngine, TextEngine
from threadclean.text.quotes import Line, PageMemory, build_quote, match_opener, quote_end
from threadclean.text.site_lines import normalise

#: a post header (author pane) is made of short lines; longer ones are prose
HEADER_LINE_WORDS = 8
HEADER_SPAN = 80


@dataclass
class Segment:
    """The lines of one post, between two post boundaries."""

    lines: list[Line]
    removed: list[Removed] = field(default_factory=list)
    #: the author and date line under the body that closed this post (XenForo 1), when the engine has one
    closing: DateLine | None = None
    #: the page line the segment starts at, where a splitter records it
    at: int = -1


def _texts(lines: list[Line]) -> list[str]:
    return [strip_marker(ln.text) for ln in lines]


def _first(rx: re.Pattern | None, texts: list[str], start: int = 0, stop: int | None = None) -> int | None:
    if rx is None:
        return None
    for i in range(start, len(texts) if stop is None else stop):
        if rx.match(texts[i]):
            return i
    return None


@dataclass
class Title:
    """The thread title and its line number."""

    text: str
    at: int


@dataclass
class DateLine:
    """A post date line: the date as written, and the author when the engine prints it there."""

    when: str
    author: str | None = None


@lru_cache(maxsize=1 << 15)  # every step of a page's reading asks about the same lines
def _is_date_line(rx: CompiledEngine, text: str) -> DateLine | None:
    for p in rx.post_date:
        m = p.match(text)
        if m:
            author = m.groupdict().get("author")
            return DateLine((m["when"] or "").strip(), author.strip() if author else None)
    if rx.bare_dates and text and (when := bare_date(text)) and rx.chrome.reason(text) != "edited":
        return DateLine(when)  # an edit note's date is no post's
    if rx.name_dates and text and (pair := name_and_date(text)) and not rx.chrome.reason(pair[0]) \
            and not (rx.member_info and (rx.member_info.match(text) or rx.member_info.match(f"{pair[0]}: "))):
        return DateLine(pair[1], pair[0])
    return None


@lru_cache(maxsize=1 << 15)
def _closing_line(rx: CompiledEngine, text: str) -> DateLine | None:
    """The author and date of a line that closes a post ("jdoe, May 26, 2025"), its date checked."""
    m = rx.closing_date.match(text) if rx.closing_date and text else None
    when = bare_date(m["when"]) if m else None
    return DateLine(when, m["author"].strip()) if when and not CLOCK_ONLY.match(when) else None


#: closing lines a page must show to be cut at them
MIN_CLOSERS = 2


def _split_at_closers(lines: list[Line], texts: list[str], closers: list[int], start: int, end: int,
                      rx: CompiledEngine) -> list[Segment]:
    """Posts whose author and date line closes them: each runs to its closing line; the chrome right under
    the closing line ("#3", "Report") goes with it, the text after the last one is the page footer."""
    segments, a = [], start
    for c in closers:
        b = c + 1
        while b < end and (not texts[b] or rx.chrome.reason(texts[b])):
            b += 1
        removed = [Removed(t, _chrome_reason(t, rx) or "author_pane") for t in texts[c:b] if t]
        segments.append(Segment(lines[a:c], removed, _closing_line(rx, texts[c])))
        a = b
    segments.append(Segment([], [Removed(t, boilerplate_reason(t) or "footer") for t in texts[a:end] if t]))
    return segments


def find_bounds(texts: list[str], rx: CompiledEngine) -> tuple[int, int]:
    """(first line after the page header, first line of the page footer)."""
    marks = [i for i, t in enumerate(texts) if (rx.post_end and rx.post_end.match(t)) or _is_date_line(rx, t)]
    first_mark = marks[0] if marks else len(texts)
    starts = [i for i in range(first_mark) if rx.thread_start and rx.thread_start.match(texts[i])]
    start = starts[-1] + 1 if starts else 0
    end = _first(rx.thread_end, texts, max(start, first_mark)) or len(texts)
    return start, end


def find_title(texts: list[str], stop: int, rx: CompiledEngine) -> tuple[int | None, str | None]:
    """The thread title and starter: the header lines just above "Share"/"By X"/the header's end."""
    anchor = next((i for i in range(stop) if texts[i] == "Share"), None)
    if anchor is None:
        anchor = next((i for i in range(stop) if any(p.match(texts[i]) for p in rx.starter)), stop)
    starter = None
    i = anchor - 1
    while i >= 0:
        t = texts[i]
        m = next((p.match(t) for p in rx.starter if p.match(t)), None)
        if m:
            starter = m["author"].strip()
        elif t and not _pane_line(t, rx) and not re.search(r"\b\d{4} in \w", t):  # "March 19, 2024 in Forum"
            if words(t) >= 3 or (starter and t != starter):
                return i, starter
            starter = starter or t
        i -= 1
    return None, starter


def _pane_line(text: str, rx: CompiledEngine) -> bool:
    """Chrome or member info: never the thread title."""
    return bool(rx.chrome.reason(text) or (rx.member_info and rx.member_info.match(text)))


def split_segments(lines: list[Line], texts: list[str], start: int, end: int, rx: CompiledEngine,
                   title_at: int | None = None) -> list[Segment]:
    """Cut the thread body into post segments; boundary lines go to `removed`. A post's subject line (the
    thread title at `title_at`, maybe after "Re:") is part of its pane; the title line itself is not."""
    title = Title(texts[title_at], title_at) if title_at is not None else None
    if rx.pane_after_body:
        return _split_after_panes(lines, texts, start, end, rx)
    closers = [i for i in range(start, end) if _closing_line(rx, texts[i])] if rx.closing_date else []
    if len(closers) >= MIN_CLOSERS:
        return _split_at_closers(lines, texts, closers, start, end, rx)
    if rx.post_end and any(_post_end(rx, lines, texts, i) for i in range(start, end)):
        # the first segment starts at `start`: the title's line number within it
        return _header_apart(_split_at_ends(lines, texts, start, end, rx), rx,
                             title and Title(title.text, title.at - start))
    groups = _anchor_groups(texts, start, end, rx)
    if not groups:
        return [Segment(lines[start:end])]
    if rx.name_dates and (closed := _dates_close_posts(texts, groups, start, rx)):
        return _split_closed(lines, texts, groups, closed, start, end, rx)
    heads: list[int] = []
    for k, group in enumerate(groups):
        # the post above keeps at least its first line of text
        floor = _first_text(lines, texts, groups[k - 1][-1] + 1, group[0], rx) + 1 if k else start
        heads.append(pane_start(lines, texts, group[0], floor, rx, title))
    bounds = heads + [end]
    segments = [Segment(lines[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]
    if heads[0] > start:  # text before the first post header belongs to the page header
        segments.insert(0, Segment([], [Removed(t, boilerplate_reason(t) or "header") for t in texts[start : heads[0]]
                                        if t]))
    return segments


#: a name printed twice in a pane ("jdoe" / "Guest" / "jdoe"): its second time is this many lines on at most
NAME_REPEAT = 3


def _repeated_name(texts: list[str], a: int, b: int, rx: CompiledEngine) -> int | None:
    """The first line in [a, b) holding a short name that the next few non-blank lines repeat (an author pane)."""
    filled = [i for i in range(a, b) if texts[i]]
    for k, i in enumerate(filled):
        t = texts[i]
        if words(t) <= NAME_WORDS and not _prose(t) and not rx.chrome.reason(t) and not _is_date_line(rx, t) \
                and any(texts[j] == t for j in filled[k + 1 : k + 1 + NAME_REPEAT]):
            return i
    return None


def _dates_close_posts(texts: list[str], groups: list[list[int]], start: int, rx: CompiledEngine) -> list[int] | None:
    """Where each post's pane starts when an unknown engine prints the date under the post's text (the pane
    with the author's name twice above the text, the date below it): None when the dates open the posts.

    Told by the first post: its pane and text stand above the first date line, and each date line is followed
    by the next post's pane and text."""
    panes = []
    for k, group in enumerate(groups):
        floor = groups[k - 1][-1] + 1 if k else start
        lo = floor if k else max(start, group[0] - 4 * HEADER_SPAN)
        i = _last_repeated_name(texts, lo, group[0], rx)
        if i is None or not any(_prose(t) for t in texts[i:group[0]] if t) or (k and i > floor + PANE_LINES):
            return None
        panes.append(i)
    return panes


def _last_repeated_name(texts: list[str], a: int, b: int, rx: CompiledEngine) -> int | None:
    """The last pane with a repeated name in [a, b) (the one right above a post's text)."""
    found, i = None, a
    while (j := _repeated_name(texts, i, b, rx)) is not None:
        found, i = j, j + 1
    return found


def _split_closed(lines: list[Line], texts: list[str], groups: list[list[int]], panes: list[int], start: int,
                  end: int, rx: CompiledEngine) -> list[Segment]:
    """Posts running from their pane to their date line (and the chrome right under it)."""
    segments = [Segment([], [Removed(t, boilerplate_reason(t) or "header") for t in texts[start : panes[0]] if t])]
    for k, (pane, group) in enumerate(zip(panes, groups, strict=True)):
        stop = panes[k + 1] if k + 1 < len(panes) else group[-1] + 1
        date = _is_date_line(rx, texts[group[0]])
        seg_end = group[0]
        removed = [Removed(t, _chrome_reason(t, rx) or "author_pane") for t in texts[seg_end:stop] if t]
        segments.append(Segment(lines[pane:seg_end], removed, DateLine(date.when, texts[pane]), pane))
    tail = groups[-1][-1] + 1
    segments.append(Segment([], [Removed(t, boilerplate_reason(t) or "footer") for t in texts[tail:end] if t]))
    return segments


def _first_text(lines: list[Line], texts: list[str], a: int, b: int, rx: CompiledEngine) -> int:
    """The first line in [a, b) that is neither blank, chrome, member info nor an <ol> item opening the next
    post ("12. jdoe") (a - 1 when there is none)."""
    return next((i for i in range(a, b) if texts[i] and not rx.chrome.reason(texts[i])
                 and not (rx.member_info and rx.member_info.match(texts[i])) and not NUMBERED.match(lines[i].text)),
                a - 1)


#: date lines closer than this, with no prose between, belong to one post header (join date + post date)
GROUP_SPAN = 14
#: at most this many short lines above a post's first date line make its author pane
PANE_LINES = 8


def _anchor_groups(texts: list[str], start: int, end: int, rx: CompiledEngine) -> list[list[int]]:
    groups: list[list[int]] = []
    counter = None  # the post counter ("#3") under the current group's date lines
    for i in range(start, end):
        if not (date := _is_date_line(rx, texts[i])):
            continue
        own = _counter_after(texts, i, end)
        if groups and i - groups[-1][-1] < GROUP_SPAN and not _prose_between(texts, groups[-1][-1], i) \
                and not (date.author and _is_date_line(rx, texts[groups[-1][-1]]).author) \
                and not (own and counter and own != counter):  # two posts' headers
            groups[-1].append(i)
            counter = counter or own
        else:
            groups.append([i])
            counter = own
    return groups


POST_COUNTER = re.compile(r"(?:^|\s)(#\d+)$")


def _counter_after(texts: list[str], i: int, end: int) -> str | None:
    """The post counter ("#3") at the end of a date line or on the line after it, if any."""
    if m := POST_COUNTER.search(texts[i]):
        return m[1]
    nxt = next((t for t in texts[i + 1 : min(end, i + 3)] if t), "")
    return nxt if nxt.startswith("#") and POST_COUNTER.match(nxt) else None


def pane_start(lines: list[Line], texts: list[str], anchor: int, floor: int, rx: CompiledEngine,
               title: Title | None = None) -> int:
    """Where a post's author pane starts: walk up from its first date line over short name and info lines."""
    if rx.date_first or NUMBERED.match(lines[anchor].text):
        return anchor  # the date line opens the post (posts as <ol> items: "  1. 11-29-2024, 09:03 AM #1")
    j, seen = anchor, 0
    # an unknown engine's date line that names the author ("jdoe 2 years ago"): no name pane above it
    named = rx.name_dates and _is_date_line(rx, texts[anchor]).author is not None
    while j - 1 >= floor:
        t = texts[j - 1]
        if lines[j - 1].spacer:  # an empty paragraph closes the post above
            break
        if t:
            info = rx.member_info.match(t) if rx.member_info else None
            subject = title and j - 1 != title.at and _subject(t, title.text)
            if not info and not subject and (named or rx.chrome.reason(t) or _prose(t)
                                                         or words(t) > HEADER_NAME_WORDS):
                break
            seen += not info  # member info lines do not count: panes list many
            if seen > PANE_LINES:
                break
        j -= 1
        if lines[j].text.lstrip().startswith("•") and not _info_above(texts, j, floor, rx) \
                and not _same_list_above(lines, j, floor) and not (rx.member_info and rx.member_info.match(texts[j])):
            break  # a list item starts here (posts listed as <li> items), unless the pane (a list of member
            # info too) goes on above it
    while j < anchor and not texts[j]:
        j += 1
    return j


def _same_list_above(lines: list[Line], j: int, floor: int) -> bool:
    """The line above `j` is an item of the same list (a pane printed as a list: name, rank, post count)."""
    k = j - 1
    while k >= floor and not lines[k].text and not lines[k].spacer:
        k -= 1
    if k < floor:
        return False
    here, above = lines[j].text, lines[k].text
    return above.lstrip().startswith("•") and len(above) - len(above.lstrip()) == len(here) - len(here.lstrip())


def _info_above(texts: list[str], j: int, floor: int, rx: CompiledEngine) -> bool:
    """The line above `j` is labelled member info ("120 posts · Joined 2019", not a bare vote count): a button
    list under it is still the pane."""
    above = texts[j - 1] if j - 1 >= floor else ""
    labelled = re.search(r"[^\W\d_]{2}", above) or (len(above) == 1 and above.isalpha())  # or an avatar's initial
    return bool(rx.member_info and labelled and rx.member_info.match(above))


HEADER_NAME_WORDS = 5
#: a line ending a sentence is prose, not an author pane line (CJK text has no spaces to count words by)
SENTENCE_ENDS = (".", "!", "?", "。", "！", "？")


def _prose(text: str) -> bool:
    return words(text) > HEADER_LINE_WORDS or text.endswith(SENTENCE_ENDS + (":", ";", ")"))


URL = re.compile(r"^https?://\S+$")


def _post_end(rx: CompiledEngine, lines: list[Line], texts: list[str], i: int) -> bool:
    return bool(rx.post_end.match(texts[i])) and (rx.end_in_lists or not LIST_ITEM.match(lines[i].text))


def _split_at_ends(lines: list[Line], texts: list[str], start: int, end: int, rx: CompiledEngine) -> list[Segment]:
    segments: list[Segment] = []
    cur: list[Line] = []
    removed: list[Removed] = []
    for i in range(start, end):
        if _post_end(rx, lines, texts, i) or (removed and URL.match(texts[i])):
            removed.append(Removed(texts[i], "share"))  # the permalink printed inside the share menu
            continue
        if removed and texts[i] and any(ln.text.strip() for ln in cur):  # first line after a post's end
            segments.append(Segment(cur, removed))
            cur, removed = [], []
        cur.append(lines[i])
    if segments and not removed:  # after the last post's end: pagination and page chrome
        tail = [strip_bullet(ln.text) for ln in cur if ln.text.strip()]
        segments.append(Segment([], [Removed(t, boilerplate_reason(t) or "pagination") for t in tail]))
    else:
        segments.append(Segment(cur, removed))
    return segments


def _header_apart(segments: list[Segment], rx: CompiledEngine, title: Title | None) -> list[Segment]:
    """The page header's lines above the first post's author pane, taken out of the first segment."""
    first = segments[0]
    texts = _texts(first.lines)
    anchor = next((i for i, t in enumerate(texts) if _is_date_line(rx, t)), None)
    if not anchor:
        return segments
    head = pane_start(first.lines, texts, anchor, 0, rx, title)
    removed = [Removed(t, boilerplate_reason(t) or _chrome_reason(t, rx) or "header") for t in texts[:head] if t]
    return [Segment(first.lines[head:], removed + first.removed)] + segments[1:]


#: lines of a pane under a body: avatar, name, reputation
PANE_AFTER_LINES = 3


def _pane_after(lines: list[Line], texts: list[str], anchor: int, stop: int, rx: CompiledEngine) -> int:
    """One past the last line of the author pane that follows a post's date line (avatar, name, reputation)."""
    j = anchor + 1
    while j < min(stop, anchor + 1 + PANE_AFTER_LINES) and texts[j] and not lines[j].text.lstrip().startswith("•"):
        if not (rx.member_info and rx.member_info.match(texts[j])) and not _name_line(texts[j], rx):
            break
        j += 1
    return j


def _split_after_panes(lines: list[Line], texts: list[str], start: int, end: int,
                       rx: CompiledEngine) -> list[Segment]:
    """Engines that print the author pane under the body (Stack Exchange): a post runs from its vote count to
    its pane and comments, closed by a post-end line ("Add a comment") or by the next post's opening line."""
    anchors = [i for i in range(start, end) if _is_date_line(rx, texts[i])]
    if not anchors:
        return [Segment(lines[start:end])]
    cuts = []
    for k, anchor in enumerate(anchors):
        stop = anchors[k + 1] if k + 1 < len(anchors) else end
        pane_end = _pane_after(lines, texts, anchor, stop, rx)
        closer = next((i + 1 for i in range(pane_end, stop) if rx.post_end and rx.post_end.match(texts[i])), None)
        opener = next((i for i in range(pane_end, stop) if _post_opener(lines, i, rx)), stop)
        cuts.append(closer if closer is not None and closer <= opener + 1 else opener)
    bounds = [start] + cuts
    segments = [Segment(lines[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]
    tail = [t for t in texts[cuts[-1]:end] if t]
    segments.append(Segment([], [Removed(t, boilerplate_reason(t) or _chrome_reason(t, rx) or "footer") for t in tail]))
    return segments


def _post_opener(lines: list[Line], i: int, rx: CompiledEngine) -> bool:
    """A post's opening line (its vote count), not a comment count over a list of comments ("2", "  • 3")."""
    if not (rx.post_open and rx.post_open.match(lines[i].text.strip())):
        return False
    nxt = next((ln.text for ln in lines[i + 1 :] if ln.text.strip()), "")
    return not LIST_ITEM.match(nxt)


def pane_first(seg: Segment, rx: CompiledEngine) -> Segment:
    """A segment whose author pane follows the body, with the pane moved to the front so it reads as a header.

    The lines between the body and the date line (share menu, an editor's own pane) are removed."""
    texts = _texts(seg.lines)
    anchors = [i for i, t in enumerate(texts) if _is_date_line(rx, t)]
    if not anchors:
        return seg
    anchor = anchors[-1]
    pane_end = _pane_after(seg.lines, texts, anchor, len(texts), rx)
    begin = next((i for i in range(anchor - 1, max(-1, anchor - 2 * PANE_LINES), -1)
                  if rx.pane_open and rx.pane_open.match(texts[i])), anchor)
    tags = _tag_list(seg.lines, texts, begin)
    removed = seg.removed + [Removed(t, "tag") for t in texts[tags:begin] if t]
    removed += [Removed(t, _chrome_reason(t, rx) or "author_pane") for t in texts[begin:anchor] if t]
    # under the pane: the comments on the post, then its end line ("Add a comment")
    removed += [Removed(t, _chrome_reason(t, rx) or "comment") for t in texts[pane_end:] if t]
    return Segment(seg.lines[anchor:pane_end] + seg.lines[:tags], removed)


#: a tag: one lower-case token ("exhaust-fan", "c++")
TAG = re.compile(r"^[a-z0-9][a-z0-9.+#-]*$")


def _tag_list(lines: list[Line], texts: list[str], stop: int) -> int:
    """Where the list of tags that ends right above `stop` (the share menu) starts; `stop` when there is none."""
    i = stop
    while i > 0 and (not texts[i - 1] or (LIST_ITEM.match(lines[i - 1].text) and TAG.match(texts[i - 1]))):
        i -= 1
    return stop if all(not t for t in texts[i:stop]) else i


def _prose_between(texts: list[str], a: int, b: int) -> bool:
    return any(words(t) > HEADER_LINE_WORDS or t.endswith(SENTENCE_ENDS) for t in texts[a + 1 : b])


def pick_author(candidates: list[str], info_at: int | None = None) -> str | None:
    """The name in an author pane: the line most other lines start with (names repeat, ranks follow); when
    none repeats, the one just above the pane's first member info line (`info_at` candidates precede it),
    else the first."""
    names = [c for c in candidates if c and words(c) <= 5]
    if not names:
        return None
    scored = [(sum(o.startswith(c) for o in names), -i, c) for i, c in enumerate(names)]
    best = max(scored)
    if best[0] == 1 and info_at:
        above = [c for c in candidates[:info_at] if c and words(c) <= 5]
        return above[-1] if above else best[2]
    return best[2]


def read_header(texts: list[str], rx: CompiledEngine,
                title: str | None = None) -> tuple[int, str | None, str | None, list[Removed]]:
    """(lines the post header takes, author, raw date, removed lines) for one post segment.

    The header runs from the segment's start to its last date or member-info line before the first prose.
    """
    window = next((i for i, t in enumerate(texts[:HEADER_SPAN]) if _prose(t) and not _is_date_line(rx, t)
                   and not (rx.member_info and rx.member_info.match(t))), min(len(texts), HEADER_SPAN))
    # a date under a member info label ("Joined" / "Feb 16, 2015") is no post date
    anchors = [(i, d) for i in range(window) if (d := _is_date_line(rx, texts[i])) and not (i and _label(texts[i - 1]))]
    if not anchors:
        return 0, None, None, []
    last = _pane_below(texts, anchors[-1][0], window, rx)
    author = next((d.author for _, d in reversed(anchors) if d.author), None)
    if author is None and rx.author_line:
        author = next((m["author"].strip() for t in texts[:last + 1] if (m := rx.author_line.match(t))), None)
    if author is None:
        dated = {i for i, _ in anchors}
        names = [rx.author_suffix.sub("", t).strip() if rx.author_suffix else t for t in texts[:last + 1]]
        before = [(i, t) for i, t in enumerate(names) if i < anchors[0][0] and _name_line(t, rx) and t != title]
        after = [t for i, t in enumerate(names) if i not in dated and _name_line(t, rx) and t != title]
        info_at = next((i for i in range(anchors[0][0]) if rx.member_info and rx.member_info.match(texts[i])), None)
        author = pick_author([t for _, t in before], sum(i < info_at for i, _ in before) if info_at else None) \
            or pick_author(after)
    removed = [Removed(t, "author_pane") for t in texts[: last + 1] if t]
    return last + 1, author, anchors[-1][1].when or None, removed


#: member info lines under a date line belong to its pane while no more than this many other lines part them
PANE_GAP = 3


def _pane_below(texts: list[str], anchor: int, window: int, rx: CompiledEngine) -> int:
    """The last line of the author pane printed under a post's date line (vBulletin 4: name, profile links,
    rank, "Join Date" / "Mar 2016" pairs): member info lines, the first within PANE_LINES of the date, each
    next within PANE_GAP non-blank lines of the one before."""
    last, gap, limit = anchor, 0, PANE_LINES
    for i in range(anchor + 1, window):
        t = texts[i]
        if not t:
            continue
        if (rx.member_info and rx.member_info.match(t)) or INFO_LABEL.match(texts[i - 1]):
            last, gap, limit = i, 0, PANE_GAP
            continue
        gap += 1
        if gap >= limit:
            break
    return last


def _leading_pane(texts: list[str], author: str | None, rx: CompiledEngine) -> tuple[int, list[Removed]]:
    """The author pane above a body whose author is known: up to its last line naming the author ("jdoe",
    "jdoe Member"), member info, a label ("Location:", "Equipment:") or its value, before the first prose."""
    last = -1
    for i, t in enumerate(texts[:HEADER_SPAN]):
        if not t:
            continue
        named = author and t.startswith(author) and words(t) <= words(author) + 3
        if named or (rx.member_info and rx.member_info.match(t)) or rx.chrome.reason(t) or _label(t) \
                or (i and _label(texts[i - 1])):
            last = i
        elif _prose(t):
            break
    return last + 1, [Removed(t, "author_pane") for t in texts[: last + 1] if t]


def _label(text: str) -> bool:
    """A member info label on a line of its own ("Join Date", "Equipment:")."""
    return bool(INFO_LABEL.match(text)) or (text.endswith(":") and words(text) <= 3)


def _name_line(text: str, rx: CompiledEngine) -> bool:
    """A line that may be the author's name: short, not member info, chrome or a date."""
    return (bool(text) and len(text) > 1 and words(text) <= HEADER_NAME_WORDS
            and not (rx.member_info and rx.member_info.match(text)) and not rx.chrome.reason(text)
            and not text.startswith("Re: "))


PAGE_NUMBER = re.compile(r"^\d{1,4}$")


def _reaction_line(text: str, rx: CompiledEngine) -> Reaction | None:
    """The reaction a line shows; a count of 0 (a widget nobody used) gives Reaction(name, 0)."""
    m = next((p.match(text) for p in rx.reaction if p.match(text)), None)
    named = bool(m and m.groupdict().get("name"))
    if m is None or (named and rx.member_info and rx.member_info.match(text)):
        return None
    return Reaction((m["name"] if named else rx.reaction_name).strip(), int(m["count"].replace(",", "")))


def read_tail(texts: list[str], rx: CompiledEngine) -> tuple[int, list[Reaction], list[Removed]]:
    """Reactions and "Edited ... by X" lines at the end of a post: (where the body ends, reactions, removed).

    An ad printed between posts ("Advertisement" and its text) and, on engines that print it under the post's
    buttons, the signature go too."""
    end, removed = _tail_extras(texts, rx)
    reactions: list[Reaction] = []
    paging = False  # page numbers ("1", "2") sit above a trailing "Next"
    while end > 0:
        t = texts[end - 1]
        if not t:
            end -= 1
            continue
        reason = _chrome_reason(t, rx) or boilerplate_reason(t)
        if paging and PAGE_NUMBER.match(t):
            removed.insert(0, Removed(t, "pagination"))
        elif (reaction := _reaction_line(t, rx)) is not None:
            reactions[:0] = [reaction] if reaction.count else []
            removed.insert(0, Removed(t, "reaction"))
        elif rx.edited and rx.edited.match(t) or reason:
            paging = reason == "pagination"
            removed.insert(0, Removed(t, reason or "edited"))
        else:
            break
        end -= 1
    return end, reactions, removed


#: an ad's label this near the end of a post starts the ad; a signature under the buttons is this short
AD_TAIL = 3
SIGNATURE_LINES = 2


def _tail_extras(texts: list[str], rx: CompiledEngine) -> tuple[int, list[Removed]]:
    """Where the post ends before a trailing ad or (rx.signature_after_buttons) the signature under its buttons
    (a button or reaction line below the post's first prose, one of the last lines)."""
    end, removed = len(texts), []
    last = [i for i in range(end - 1, -1, -1) if texts[i]][:AD_TAIL]
    ad = next((i for i in last if ADVERT.match(texts[i])), None)
    if ad is not None:
        end, removed = ad, [Removed(t, "ad") for t in texts[ad:] if t]
    if rx.signature_after_buttons:
        last = [i for i in range(end - 1, -1, -1) if texts[i]][: SIGNATURE_LINES + 1]
        prose = next((i for i, t in enumerate(texts[:end]) if t and _prose(t)), end)
        button = next((i for i in last[1:] if i > prose and rx.chrome.reason(texts[i]) in BUTTON_REASONS), None)
        if button is not None and not all(rx.chrome.reason(t) for t in texts[button + 1 : end] if t):
            removed[:0] = [Removed(t, "signature") for t in texts[button + 1 : end] if t]
            end = button + 1
    return end, removed


BUTTON_REASONS = ("post_chrome", "reaction")


EDIT_NOTE_LINES = 3


def cut_edit_note(texts: list[str], head: int, tail: int, rx: CompiledEngine) -> tuple[int, list[Removed]]:
    """"Edited May 22, 2024 by X" near the end of a post, with the edit reason under it, is not post text."""
    if rx.edited is None:
        return tail, []
    for i in range(tail - 1, max(head, tail - EDIT_NOTE_LINES - 1) - 1, -1):
        if rx.edited.match(texts[i]):
            return i, [Removed(t, "edited") for t in texts[i:tail] if t]
    return tail, []


def strip_signatures(posts: list[Post], removed: list[Removed]) -> None:
    """Closing lines an author repeats under several posts on the page are their signature."""
    by_author: dict[str, list[Post]] = {}
    for post in posts:
        if post.author and post.parts and isinstance(post.parts[-1], str):
            by_author.setdefault(post.author, []).append(post)
    found = [(post, max((_shared_ending(post, other) for other in own if other is not post), key=len, default=[]))
             for own in by_author.values() for post in own]  # all found before any is cut
    for post, sig in found:
        if sig:
            _drop_ending(post, sig, removed)


def _shared_ending(post: Post, other: Post) -> list[str]:
    """The last lines both posts end with, when they leave some of the post's text above them."""
    a, b = post.parts[-1].split("\n"), other.parts[-1].split("\n")
    n = 0
    while n < min(len(a), len(b)) and _same_line(a[-1 - n], b[-1 - n]):
        n += 1
    if n == len(a) and len(post.parts) == 1:
        return []  # the whole post: a repeated short reply, not a signature
    return a[len(a) - n :] if n else []


def _same_line(a: str, b: str) -> bool:
    """Equal but for spacing (a signature's runs of spaces vary from post to post)."""
    return a == b or a.split() == b.split()


def _drop_ending(post: Post, sig: list[str], removed: list[Removed]) -> None:
    lines = post.parts[-1].split("\n")
    body = "\n".join(lines[: len(lines) - len(sig)]).rstrip()
    post.parts[-1:] = [body] if body else []
    removed.extend(Removed(t, "signature") for t in sig if t.strip())


#: a reply's subject line: the thread title, maybe after "Re:" ("AW:", "Antw:" in German, "Sv:" in Nordic)
_REPLY_PREFIX = re.compile(r"^(?:(?:re|aw|antw|sv|r)\s*:\s*)+", re.I)


#: a breadcrumb's separator before the title ("» Sourdough starter")
_TITLE_MARK = re.compile(r"^[»›>]\s*")


def _subject(text: str, title: str | None) -> bool:
    """The thread title as a post's subject line ("Re: <title>")."""
    return bool(title) and _REPLY_PREFIX.sub("", text).casefold() == title.casefold()


def strip_subject_lines(posts: list[Post], title: str | None, removed: list[Removed]) -> None:
    """A post's first line that repeats the thread title ("Re: <title>") is its subject, not its text."""
    if not title:
        return
    for post in posts:
        first = post.parts[0] if post.parts and isinstance(post.parts[0], str) else None
        head, _, rest = (first or "").partition("\n")
        if first and _subject(head.strip(), title) and (rest.strip() or len(post.parts) > 1):
            post.parts[:1] = [rest.strip("\n")] if rest.strip() else []
            removed.append(Removed(head.strip(), "subject"))


def _chrome_reason(text: str, rx: CompiledEngine) -> str | None:
    return rx.chrome.reason(text)


def read_body(lines: list[Line], rx: CompiledEngine, memory: PageMemory,
              site: Container[str] = frozenset()) -> tuple[list, list[Removed]]:
    """Body lines -> parts: quotes at their openers, the rest through the article/media reader.

    `site` holds the site's repeated lines (normalised): removed outside quotes.
    """
    parts: list = []
    removed: list[Removed] = []
    pending: list[str] = []
    i = 0
    while i < len(lines):
        text = strip_bullet(lines[i].text)
        m = match_opener(text, rx.quote_open)
        if m and not m.groupdict().get("author") and LIST_ITEM.match(lines[i].text):
            m = None  # a "Quote" button in a list of buttons, not a quote's header
        if m is None:
            if rx.edited and rx.edited.match(text) or _chrome_reason(text, rx):
                removed.append(Removed(text, _chrome_reason(text, rx) or "edited"))
                pending.append("")
            elif rx.quote_close and rx.quote_close.match(text):
                removed.append(Removed(text, "quote_chrome"))
            elif site and text and normalise(text) in site:
                removed.append(Removed(text, "site_repeated"))
                pending.append("")
            else:
                pending.append(lines[i].text if lines[i].text.strip() else "")
            i += 1
            continue
        _flush(pending, parts, removed)
        pending = []
        quote, i = _read_quote(lines, i, m, rx, memory, removed)
        parts.append(quote)
    _flush(pending, parts, removed)
    return parts, removed


def _read_quote(lines: list[Line], i: int, m: re.Match, rx: CompiledEngine, memory: PageMemory,
                removed: list[Removed]) -> tuple[Quote, int]:
    """The quote opened at line i, with a directly nested quote when its first line is another opener."""
    opener = strip_bullet(lines[i].text)
    if m.end() < len(opener):  # the quoted text runs on after the header on the same line
        removed.append(Removed(opener[: m.end()], "quote_chrome"))
        lines = lines[:i] + [Line(opener[m.end() :])] + lines[i + 1 :]  # as many lines: indices hold
        return _read_quote_body(lines, i, m, rx, memory, removed)
    removed.append(Removed(lines[i].text.strip(), "quote_chrome"))
    return _read_quote_body(lines, i + 1, m, rx, memory, removed)


def _read_quote_body(lines: list[Line], start: int, m: re.Match, rx: CompiledEngine, memory: PageMemory,
                     removed: list[Removed]) -> tuple[Quote, int]:
    while start < len(lines) and not lines[start].text.strip():
        start += 1
    inner = None
    if start < len(lines) and (m2 := match_opener(strip_bullet(lines[start].text), rx.quote_open)):
        inner, start = _read_quote(lines, start, m2, rx, memory, removed)
    end = quote_end(lines, start, len(lines), memory, rx.quote_close, (m.groupdict().get("author") or "").strip())
    text = "\n".join(ln.text.strip() for ln in lines[start:end] if ln.text.strip())
    quote = build_quote(m, text)
    if inner:
        quote.quotes.append(inner)
    if end < len(lines) and rx.quote_close and rx.quote_close.match(lines[end].text.strip()):
        removed.append(Removed(lines[end].text.strip(), "quote_chrome"))
        end += 1
    return quote, end


def _flush(pending: list[str], parts: list, removed: list[Removed]) -> None:
    new_parts, new_removed = split_lines(pending)
    parts.extend(new_parts)
    removed.extend(new_removed)


def read_post(seg: Segment, rx: CompiledEngine, memory: PageMemory, fetched_at,
              site: Container[str] = frozenset(), title: str | None = None) -> tuple[Post | None, list[Removed]]:
    """One segment -> a Post (None when nothing but chrome is left); the thread's title is no author."""
    if rx.pane_after_body:
        seg = pane_first(seg, rx)
    texts = _texts(seg.lines)
    removed = list(seg.removed)
    if seg.closing:
        author, when = seg.closing.author, seg.closing.when
        head, head_removed = _leading_pane(texts, author, rx)
    else:
        head, author, when, head_removed = read_header(texts, rx, title)
    removed += head_removed
    tail, reactions, tail_removed = read_tail(texts, rx)
    tail, edit_removed = cut_edit_note(texts, head, tail, rx)
    tail_removed = edit_removed + tail_removed
    body = seg.lines[head:max(head, tail)]
    parts, body_removed = read_body(body, rx, memory, site)
    removed += body_removed + tail_removed
    if not parts:
        return None, removed
    post = Post(parts=parts, author=author, posted_at_raw=when, reactions=reactions,
                posted_at=parse_datetime(when, now=fetched_at) if when else None)
    return post, removed


def cut_page_tail(seg: Segment, header: set[str]) -> Segment:
    """The last post without the page footer under it: the footer starts where the page header's navigation
    comes again (breadcrumbs, pagination, menus printed above and below the thread)."""
    texts = _texts(seg.lines)
    said = False  # the post has said something before its footer
    for k, t in enumerate(texts):
        if said and t in header and _repeated_nav(seg.lines, texts, k, header):
            removed = [Removed(x, boilerplate_reason(x) or "footer") for x in texts[k:] if x]
            return Segment(seg.lines[:k], seg.removed + removed)
        said = said or words(t) >= HEADER_NAME_WORDS
    return seg


def _repeated_nav(lines: list[Line], texts: list[str], k: int, header: set[str]) -> bool:
    """Line k, found in the page header, is navigation: a list item, or the next line is in the header too, or
    is boilerplate, or there is none."""
    if LIST_ITEM.match(lines[k].text):
        return True
    nxt = next((t for t in texts[k + 1 :] if t), None)
    return nxt is None or nxt in header or boilerplate_reason(nxt) is not None


def _header_lines(texts: list[str], stop: int, title_at: int | None, segments: list[Segment],
                  rx: CompiledEngine) -> set[str]:
    """The page header's lines but the title and those every post prints (its buttons, "Quote", "#1")."""
    header = {t for i, t in enumerate(texts[:stop]) if t and i != title_at and not rx.chrome.reason(t)}
    for seg in segments[:-1]:
        header.difference_update(_texts(seg.lines))
    return header


#: an unknown engine's page whose header holds this many times the posts' words in prose is an article with
#: comments under it, not a thread
ARTICLE_RATIO = 2
ARTICLE_WORDS = 200


def _article_above(header: list[str], posts: list[Post]) -> bool:
    prose = sum(words(t) for t in header if more_words_than(t, HEADER_LINE_WORDS))
    return prose > ARTICLE_WORDS and prose > ARTICLE_RATIO * sum(words(p.text) for p in posts)


def _enough_authors(segments: list[Segment], rx: CompiledEngine, min_posts: int) -> bool:
    """Whether min_posts segment headers name an author, when parse_thread requires that many (min_posts > 1)."""
    if min_posts <= 1:
        return True
    named = sum((seg.closing.author if seg.closing else read_header(_texts(seg.lines), rx)[1]) is not None
                for seg in segments)
    return named >= min_posts


PAGE_OF = re.compile(r"^page (\d+) of \d+$", re.I)


def later_page(header: list[str]) -> bool:
    """Page 2+ of a thread: its first post is not the thread starter's."""
    return any((m := PAGE_OF.match(t)) and int(m.group(1)) > 1 for t in header)


def parse_thread(doc: Document, lines: list[Line], engine: TextEngine, min_posts: int = 1,
                 site: Container[str] = frozenset()) -> bool:
    """Fill `doc` with the thread's posts; False when fewer than `min_posts` were found.

    `site`: normalised lines learnt as the site's boilerplate (`site_lines.learn_site_lines`).
    """
    rx = engine.rx
    texts = _texts(lines)
    start, end = find_bounds(texts, rx)
    first = next((i for i in range(start, end) if _is_date_line(rx, texts[i])), start)
    title_at, starter = find_title(texts, start if start else first, rx)
    segments = split_segments(lines, texts, start, end, rx, title_at)
    if not start and (closed := next((seg for seg in segments if seg.closing and seg.at >= 0), None)):
        title_at, starter = find_title(texts, closed.at, rx)  # dates under the posts: the title is above the first
    if segments and (header := _header_lines(texts, start or first, title_at, segments, rx)):
        segments[-1] = cut_page_tail(segments[-1], header)
    if len(segments) < min_posts or not _enough_authors(segments, rx, min_posts):
        return False  # too few posts (one at most per segment) or authors: no need to read the bodies
    memory = PageMemory()
    posts: list[Post] = []
    title = texts[title_at] if title_at is not None else None
    for seg in segments:
        post, removed = read_post(seg, rx, memory, doc.fetched_at, site, title)
        doc.removed += removed
        if post:
            memory.add(post_content(post), post.author)  # own words only, so nested quotes are told apart
            posts.append(post)
    if len(posts) < min_posts or (min_posts > 1 and sum(p.author is not None for p in posts) < min_posts):
        return False
    # the page header: the lines a header-only first segment took out, else those above the first date line
    above = [r.text for r in segments[0].removed] if segments and not segments[0].lines else texts[:first]
    if min_posts > 1 and _article_above(above, posts):
        return False
    strip_signatures(posts, doc.removed)
    doc.title = _TITLE_MARK.sub("", texts[title_at]) if title_at is not None else None
    strip_subject_lines(posts, doc.title, doc.removed)
    doc.removed[:0] = [Removed(t, boilerplate_reason(t) or "header") for i, t in enumerate(texts[:start])
                       if t and i != title_at]
    doc.removed += [Removed(t, boilerplate_reason(t) or "footer") for t in texts[end:] if t]
    if starter and not posts[0].author and not later_page(texts[:start]):
        posts[0].author, posts[0].author_source = starter, "thread_starter"
    doc.posts, doc.engine, doc.page_kind = posts, engine.name, "thread"
    return True
