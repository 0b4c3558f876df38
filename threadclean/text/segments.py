"""Cutting a thread's body into post segments, by the page's layout: closing author-and-date lines, the engine's
post-end lines, date lines under the posts, date lines opening each post's header, or panes under the bodies."""

from __future__ import annotations

import re
from functools import lru_cache

from threadclean.model import Removed
from threadclean.text.anchors import CLOCK_ONLY, NAME_WORDS, bare_date
from threadclean.text.body import words
from threadclean.text.boilerplate import LIST_ITEM, NUMBERED, boilerplate_reason, strip_bullet
from threadclean.text.engines import CompiledEngine
from threadclean.text.pane_after_body import split_after_panes
from threadclean.text.post_header import HEADER_SPAN, PANE_LINES, Title, pane_start, title_text
from threadclean.text.post_lines import (
    HEADER_LINE_WORDS,
    SENTENCE_ENDS,
    DateLine,
    Segment,
    chrome_reason,
    is_date_line,
    is_prose,
    line_texts,
    menu_name,
    quote_date,
)
from threadclean.text.quotes import Line


def split_segments(lines: list[Line], texts: list[str], start: int, end: int, rx: CompiledEngine,
                   title_at: int | None = None) -> list[Segment]:
    """Cut the thread body into post segments; boundary lines go to `removed`. A post's subject line (the
    thread title at `title_at`, maybe after "Re:") is part of its pane; the title line itself is not."""
    title = Title(title_text(texts[title_at], rx), title_at) if title_at is not None else None
    if rx.pane_after_body:
        return split_after_panes(lines, texts, start, end, rx)
    closers = [i for i in range(start, end) if _closing_line(rx, texts[i])] if rx.closing_date else []
    if len(closers) >= MIN_CLOSERS:
        return _split_at_closers(lines, texts, closers, start, end, rx)
    if rx.post_end and any(_post_end(rx, lines, texts, i) for i in range(start, end)):
        # the first segment starts at `start`: the title's line number within it
        return _header_apart(_split_at_ends(lines, texts, start, end, rx), rx,
                             title and Title(title.text, title.at - start))
    groups = _anchor_groups(lines, texts, start, end, rx)
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


#: closing lines a page must show to be cut at them
MIN_CLOSERS = 2


@lru_cache(maxsize=1 << 15)
def _closing_line(rx: CompiledEngine, text: str) -> DateLine | None:
    """The author and date of a line that closes a post ("jdoe, May 26, 2025"), its date checked."""
    m = rx.closing_date.match(text) if rx.closing_date and text else None
    when = bare_date(m["when"]) if m else None
    return DateLine(when, m["author"].strip()) if when and not CLOCK_ONLY.match(when) else None


def _split_at_closers(lines: list[Line], texts: list[str], closers: list[int], start: int, end: int,
                      rx: CompiledEngine) -> list[Segment]:
    """Posts whose author and date line closes them: each runs to its closing line; the chrome right under
    the closing line ("#3", "Report") goes with it, the text after the last one is the page footer."""
    segments, a = [], start
    for c in closers:
        b = c + 1
        while b < end and (not texts[b] or rx.chrome.reason(texts[b])):
            b += 1
        removed = [Removed(t, chrome_reason(t, rx) or "author_pane") for t in texts[c:b] if t]
        segments.append(Segment(lines[a:c], removed, _closing_line(rx, texts[c])))
        a = b
    segments.append(Segment([], [Removed(t, boilerplate_reason(t) or "footer") for t in texts[a:end] if t]))
    return segments


#: a name printed twice in a pane ("jdoe" / "Guest" / "jdoe"): its second time is this many lines on at most
NAME_REPEAT = 3


def _repeated_name(texts: list[str], a: int, b: int, rx: CompiledEngine) -> int | None:
    """The first line in [a, b) holding a short name that the next few non-blank lines repeat (an author pane)."""
    filled = [i for i in range(a, b) if texts[i]]
    for k, i in enumerate(filled):
        t = texts[i]
        if words(t) <= NAME_WORDS and not is_prose(t) and not rx.chrome.reason(t) and not is_date_line(rx, t) \
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
        if i is None or not any(is_prose(t) for t in texts[i:group[0]] if t) or (k and i > floor + PANE_LINES):
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
        date = is_date_line(rx, texts[group[0]])
        seg_end = group[0]
        removed = [Removed(t, chrome_reason(t, rx) or "author_pane") for t in texts[seg_end:stop] if t]
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
        if removed and texts[i] and _menu_line(texts, i, end, rx):  # the post's member menu under its end
            removed.append(Removed(texts[i], chrome_reason(texts[i], rx) or "author_pane"))
            continue
        if removed and texts[i] and any(ln.text.strip() for ln in cur):  # first line after a post's end
            segments.append(Segment(cur, removed))
            cur, removed = [], []
        cur.append(lines[i])
    if segments and not removed and not _post_header_in(cur, rx):  # after the last post's end: page chrome
        tail = [strip_bullet(ln.text) for ln in cur if ln.text.strip()]
        segments.append(Segment([], [Removed(t, boilerplate_reason(t) or "pagination") for t in tail]))
    else:
        segments.append(Segment(cur, removed))
    return segments


def _menu_line(texts: list[str], i: int, end: int, rx: CompiledEngine) -> bool:
    """Line i, under a post's end line, is chrome or the poster's name heading the member menu there ("jdoe" /
    "View Public Profile" / "Find all posts by jdoe")."""
    if rx.chrome.reason(texts[i]):
        return True
    below = next((x for x in texts[i + 1 : end] if x), "")
    return bool(below and rx.chrome.reason(below)) and menu_name(texts, i, i, end, rx)


#: a last post printed without its end line (no buttons for guests) has its numbered date this near the top
TAIL_HEADER_LINES = 3


def _post_header_in(lines: list[Line], rx: CompiledEngine) -> bool:
    """The lines after the last post-end line open with a numbered post's date line: one more post."""
    texts = [t for t in line_texts(lines) if t][:TAIL_HEADER_LINES]
    return any(POST_COUNTER.search(t) and is_date_line(rx, t) for t in texts)


def _header_apart(segments: list[Segment], rx: CompiledEngine, title: Title | None) -> list[Segment]:
    """The page header's lines above the first post's author pane, taken out of the first segment."""
    first = segments[0]
    texts = line_texts(first.lines)
    anchor = next((i for i, t in enumerate(texts) if is_date_line(rx, t)), None)
    if not anchor:
        return segments
    head = pane_start(first.lines, texts, anchor, 0, rx, title)
    removed = [Removed(t, boilerplate_reason(t) or chrome_reason(t, rx) or "header") for t in texts[:head] if t]
    return [Segment(first.lines[head:], removed + first.removed)] + segments[1:]


#: date lines closer than this, with no prose between, belong to one post header (join date + post date)
GROUP_SPAN = 14


def _anchor_groups(lines: list[Line], texts: list[str], start: int, end: int,
                   rx: CompiledEngine) -> list[list[int]]:
    groups: list[list[int]] = []
    counter = None  # the post counter ("#3") under the current group's date lines
    for i in range(start, end):
        if not (date := is_date_line(rx, texts[i])) or quote_date(rx, texts, i):
            continue
        own = _counter_after(texts, i, end)
        if groups and i - groups[-1][-1] < GROUP_SPAN and not _prose_between(lines, texts, groups[-1][-1], i) \
                and not (date.author and is_date_line(rx, texts[groups[-1][-1]]).author) \
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


def _prose_between(lines: list[Line], texts: list[str], a: int, b: int) -> bool:
    """A post's text or the empty paragraph closing it parts two date lines."""
    return any(words(t) > HEADER_LINE_WORDS or t.endswith(SENTENCE_ENDS) or lines[k].spacer
               for k, t in enumerate(texts[a + 1 : b], a + 1))
