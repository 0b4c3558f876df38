"""Cutting a thread's body into post segments, by the page's layout: closing author-and-date lines, the engine's
post-end lines, date lines under the posts, date lines opening each post's header, panes under the bodies, or
avatar lines opening the posts of a page without dates."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache, partial

from threadclean.dates import UNIT_COUNT
from threadclean.model import Removed
from threadclean.text.anchors import CLOCK_ONLY, NAME_WORDS, bare_date
from threadclean.text.body import words
from threadclean.text.boilerplate import BULLET_CHARS, LIST_ITEM, NUMBERED, boilerplate_reason, strip_bullet
from threadclean.text.engines import ROLE_LINE, CompiledEngine
from threadclean.text.opening_apart import opening_apart
from threadclean.text.pane_after_body import split_after_panes
from threadclean.text.post_header import (
    GROUP_IN_CAPITALS,
    HEADER_NAME_WORDS,
    HEADER_SPAN,
    PANE_LINES,
    Title,
    pane_start,
    title_text,
)
from threadclean.text.post_lines import (
    HEADER_LINE_WORDS,
    POST_COUNTER,
    SENTENCE_ENDS,
    URL,
    DateLine,
    Segment,
    chrome_reason,
    counter_after,
    is_date_line,
    is_prose,
    line_texts,
    menu_name,
    quote_date,
)
from threadclean.text.post_tail import reaction_line
from threadclean.text.quotes import Line
from threadclean.text.scan import filled, filled_below, matching


def split_segments(lines: list[Line], texts: list[str], start: int, end: int, rx: CompiledEngine,
                   title_at: int | None = None) -> list[Segment]:
    """Cut the thread body into post segments; boundary lines go to `removed`. A post's subject line (the
    thread title at `title_at`, maybe after "Re:") is part of its pane; the title line itself is not."""
    title = Title(title_text(texts[title_at], rx), title_at) if title_at is not None else None
    if rx.pane_after_body:
        return split_after_panes(lines, texts, start, end, rx)
    closers = list(matching(partial(_closing_line, rx), texts, start, end)) if rx.closing_date else []
    if len(closers) >= MIN_CLOSERS:
        return _split_at_closers(lines, texts, closers, start, end, rx)
    if rx.post_end and any(_post_end(rx, lines, texts, i) for i in matching(rx.post_end.match, texts, start, end)):
        # the first segment starts at `start`: the title's line number within it
        segments = _header_apart(_split_at_ends(lines, texts, start, end, rx), rx,
                                 title and Title(title.text, title.at - start))
        return [part for seg in segments for part in _split_headers(seg, rx)]
    groups = _anchor_groups(lines, texts, start, end, rx)
    if not groups:
        opened = _avatar_openers(texts, start, end, rx) if rx.name_dates else []
        return _split_at_avatars(lines, texts, opened, start, end) if opened else [Segment(lines[start:end])]
    if rx.name_dates and (closed := _dates_close_posts(texts, groups, start, rx) or _dates_under_bodies(texts, groups,
                                                                                                        start, rx)):
        return _split_closed(lines, texts, groups, closed, start, end, rx)
    heads: list[int] = []
    for k, group in enumerate(groups):
        # the post above keeps at least its first line of text
        floor = _first_text(lines, texts, groups[k - 1][-1] + 1, group[0], rx) + 1 if k else start
        heads.append(pane_start(lines, texts, group[0], floor, rx, title))
    bounds = heads + [end]
    segments = [Segment(lines[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]
    if rx.pane_list:
        segments = [_pane_apart(seg, texts, a, group) for seg, a, group in zip(segments, heads, groups, strict=True)]
    if heads[0] > start:  # text before the first post header belongs to the page header
        top = heads[0]
        if rx.name_dates and (apart := opening_apart(lines, texts, start, heads[0], rx)):
            top, opening = apart  # but for the opening post printed apart at its end
            segments.insert(0, opening)
        segments.insert(0, Segment([], [Removed(t, boilerplate_reason(t) or "header") for t in texts[start:top] if t]))
    return segments


#: closing lines a page must show to be cut at them
MIN_CLOSERS = 2


@lru_cache(maxsize=1 << 15)
def _closing_line(rx: CompiledEngine, text: str) -> DateLine | None:
    """The author and date of a line that closes a post ("jdoe, May 26, 2025"), its date checked."""
    m = rx.closing_date.match(text) if rx.closing_date and text else None
    # (a relative date in two parts is no name and date: "Asked 12 years, 1 month ago")
    when = bare_date(m["when"]) if m and not UNIT_COUNT.search(m["author"]) else None
    return DateLine(when, m["author"].strip()) if when and not CLOCK_ONLY.match(when) else None


def _split_at_closers(lines: list[Line], texts: list[str], closers: list[int], start: int, end: int,
                      rx: CompiledEngine) -> list[Segment]:
    """Posts whose author and date line closes them: each runs to its closing line; the chrome right under
    the closing line ("#3", "Report") goes with it, the text after the last one is the page footer."""
    segments, a = [], start
    if (pane := _first_pane(texts, start, closers[0], rx)) is not None and pane > start:
        # the page's header above the first post's pane, apart as a header-only segment
        segments.append(Segment([], [Removed(t, boilerplate_reason(t) or "header") for t in texts[start:pane] if t]))
        a = pane
    for c in closers:
        b = c + 1
        while b < end and (not texts[b] or rx.chrome.reason(texts[b])):
            b += 1
        # the post's likes under its closing line ("A und 16 anderen gefällt das.") are read with the post
        counted = [k for k in range(c + 1, b) if texts[k] and reaction_line(texts[k], rx) is not None]
        removed = [Removed(t, chrome_reason(t, rx) or "author_pane") for k, t in enumerate(texts[c:b], c)
                   if t and k not in counted]
        segments.append(Segment(lines[a:c] + [lines[k] for k in counted], removed, _closing_line(rx, texts[c])))
        a = b
    segments.append(Segment([], [Removed(t, boilerplate_reason(t) or "footer") for t in texts[a:end] if t]))
    return segments


def _first_pane(texts: list[str], start: int, closer: int, rx: CompiledEngine) -> int | None:
    """The first post's pane: the first line above its closing line that is the name the closing line gives."""
    author = _closing_line(rx, texts[closer]).author
    return next((k for k in range(start, closer) if texts[k] == author), None)


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


#: share of the date lines that must have a post's text right above them for the dates to close the posts
UNDER_BODY_SHARE = 2 / 3


def _dates_under_bodies(texts: list[str], groups: list[list[int]], start: int, rx: CompiledEngine) -> list[int] | None:
    """Where each post starts when an unknown engine prints the date under the post's text and the author's name
    on one line above it (name, text, date, buttons; next name, text, date): None when the dates do not close
    the posts.

    Told by the text right above the first date line and most others (where the author's name stands when
    dates open the posts), and by a name line, then text, after each date line's buttons."""
    if len(groups) < 2 or any(is_date_line(rx, texts[g[0]]).author for g in groups):
        return None
    above = [_line_above(texts, g[0], groups[k - 1][-1] if k else start - 1, rx) for k, g in enumerate(groups)]
    if above[0] is None or not is_prose(texts[above[0]]) \
            or sum(i is not None and is_prose(texts[i]) for i in above) < UNDER_BODY_SHARE * len(groups):
        return None
    panes = [_name_over_body(texts, above[0], start, rx, up=True)]
    for k in range(1, len(groups)):
        panes.append(_name_over_body(texts, groups[k - 1][-1] + 1, groups[k][0], rx))
    return None if None in panes else panes


def _line_above(texts: list[str], i: int, floor: int, rx: CompiledEngine) -> int | None:
    """The nearest line above line i (and above `floor`) that is neither blank nor chrome."""
    return next((j for j in range(i - 1, floor, -1) if texts[j] and not rx.chrome.reason(texts[j])), None)


_ROLE = re.compile(ROLE_LINE, re.I)


def _name_over_body(texts: list[str], a: int, b: int, rx: CompiledEngine, up: bool = False) -> int | None:
    """The author's name line right above a post's text: the text is the first prose in [a, b) (the buttons under
    the post before come first); with `up`, the text block ending at line a (b: the floor)."""
    if up:
        i = a
        while i - 1 >= b and (not texts[i - 1] or is_prose(texts[i - 1])):
            i -= 1
        name = _line_above(texts, i, b - 1, rx)
    else:
        prose = next((j for j in range(a, b) if texts[j] and is_prose(texts[j])), None)
        name = _line_above(texts, prose, a - 1, rx) if prose is not None else None
    if name is not None and _ROLE.match(texts[name]):  # the member's role under the name ("Jonas" / "Gast")
        name = _line_above(texts, name, (b - 1) if up else (a - 1), rx)
    if name is None or is_prose(texts[name]) or words(texts[name]) > NAME_WORDS + 1 or is_date_line(rx, texts[name]) \
            or (rx.member_info and rx.member_info.match(texts[name])):
        return None  # member info right above the text: a pane under the date line (dates open the posts)
    return name


#: an avatar's alternative text on a line of its own ("Avatar universal", "User avatar"), or an uploaded avatar's
#: file name printed as it ("612551 tn?1450022175": member id, thumbnail and upload time, MedHelp)
AVATAR_LINE = re.compile(r"^(?:(?:user |member )?avatar(?: \w+)?|\d+ tn\?\d+)$", re.I)
#: avatar lines that open a post a page with no post dates must show to be cut at them
MIN_AVATARS = 3
#: the post's text starts within this many lines under its avatar (a subject line may stand between)
AVATAR_SPAN = 3


def _avatar_openers(texts: list[str], start: int, end: int, rx: CompiledEngine) -> list[tuple[int, int]]:
    """(avatar line, name line) of the posts of a page that prints no dates, each opened by its author's avatar,
    then the name and the text; none when fewer than MIN_AVATARS posts show that."""
    found = []
    for i in matching(AVATAR_LINE.match, texts, start, end):
        after = filled(texts, range(i + 1, end), AVATAR_SPAN + 1)
        # the name sits right under the avatar (and the member group in capitals under it: "COMMUNITY LEADER"),
        # else (a subject line between them) right above the text
        under = i + 1
        if after and GROUP_IN_CAPITALS.match(texts[after[0]]):
            after, under = after[1:], after[0] + 1
        after = after[:AVATAR_SPAN]
        text = next((k for k, j in enumerate(after) if is_prose(texts[j])), None)
        name = after[0] if text and after[0] == under else after[text - 1] if text else None
        if name is not None and not any(rx.chrome.reason(texts[j]) or AVATAR_LINE.match(texts[j]) for j in after[:text]) \
                and words(texts[name]) <= HEADER_NAME_WORDS:
            found.append((i, name))
    # the thread ends at the first long run of short lines (the page footer, a sidebar) between two of them
    ended = next((k for k in range(1, len(found))
                  if _footer_start(texts, found[k - 1][1], found[k][0], 2 * FOOTER_RUN) < found[k][0]), len(found))
    return found[:ended] if ended >= MIN_AVATARS else []


#: a post that ends in this many short lines in a row runs into the page's footer there
FOOTER_RUN = 6


def _split_at_avatars(lines: list[Line], texts: list[str], opened: list[tuple[int, int]], start: int,
                      end: int) -> list[Segment]:
    """Posts from each avatar line to the next; the last one ends where a run of short lines starts. The first
    post starts at its name when the thread's subject stands between it and the avatar (the page header's end)."""
    (avatar, name), *_ = opened
    first = avatar if name == avatar + 1 else name
    segments = [Segment([], [Removed(t, boilerplate_reason(t) or "header") for t in texts[start:first] if t])]
    bounds = [first] + [i for i, _ in opened[1:]] + [_footer_start(texts, opened[-1][1], end)]
    for (a, b), (_, name) in zip(itertools.pairwise(bounds), opened, strict=True):
        segments.append(Segment(lines[a:b], [], DateLine("", texts[name]), a))
    segments.append(Segment([], [Removed(t, boilerplate_reason(t) or "footer") for t in texts[bounds[-1]:end] if t]))
    return segments


def _footer_start(texts: list[str], a: int, end: int, run_lines: int = FOOTER_RUN) -> int:
    """The first of `run_lines` short lines in a row after line a, boilerplate among them (a list in the post
    has none); end when there is none."""
    run: list[int] = []
    for i in range(a + 1, end):
        if not texts[i]:
            continue
        run = [] if is_prose(texts[i]) else run + [i]
        if len(run) >= run_lines and any(boilerplate_reason(texts[k]) for k in run):
            return run[0]
    return end


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
    """The first line in [a, b) that is neither blank, chrome nor member info, before an <ol> item opening the
    next post ("12. jdoe") (a - 1 when there is none)."""
    for i in range(a, b):
        t = texts[i]
        if NUMBERED.match(lines[i].text):
            break
        if t and not rx.chrome.reason(t) and not (rx.member_info and rx.member_info.match(t)):
            return i
    return a - 1


def _post_end(rx: CompiledEngine, lines: list[Line], texts: list[str], i: int) -> bool:
    return bool(rx.post_end.match(texts[i])) and (rx.end_in_lists or not LIST_ITEM.match(lines[i].text))


def _dated_post(texts: list[str], rx: CompiledEngine) -> bool:
    """A post date line with prose under it: a post, not page chrome."""
    dated = next((k for k, t in enumerate(texts) if t and is_date_line(rx, t)), None)
    return dated is not None and any(is_prose(t) for t in texts[dated + 1 :])


def _split_at_ends(lines: list[Line], texts: list[str], start: int, end: int, rx: CompiledEngine) -> list[Segment]:
    segments: list[Segment] = []
    cur: list[Line] = []
    removed: list[Removed] = []
    skip_to = start
    for i in range(start, end):
        if i < skip_to:
            continue
        if _post_end(rx, lines, texts, i) or (removed and URL.match(texts[i])):
            removed.append(Removed(texts[i], "share"))  # the permalink printed inside the share menu
            continue
        if removed and texts[i] and _menu_line(texts, i, end, rx):  # the post's member menu under its end
            removed.append(Removed(texts[i], chrome_reason(texts[i], rx) or "author_pane"))
            continue
        if removed and texts[i] and any(ln.text.strip() for ln in cur):  # first line after a post's end
            skip_to = _signature_end(lines, texts, i, end, rx) if rx.signature_after_buttons else i
            removed += [Removed(t, "signature") for t in texts[i:skip_to] if t]
            segments.append(Segment(cur, removed))
            cur, removed = [], []
            if skip_to > i:
                continue
        cur.append(lines[i])
    if segments and not removed and not _post_header_in(cur, rx) and not _dated_post(line_texts(cur), rx):
        # after the last post's end: pagination and page chrome (a post printed without its end line is kept)
        tail = [strip_bullet(ln.text) for ln in cur if ln.text.strip()]
        segments.append(Segment([], [Removed(t, boilerplate_reason(t) or "pagination") for t in tail]))
    else:
        segments.append(Segment(cur, removed))
    return segments


def _signature_end(lines: list[Line], texts: list[str], i: int, end: int, rx: CompiledEngine) -> int:
    """Where the signature printed under a post's end line (from line i) stops: at the author pane over the next
    post's date line (SMF 2.0: "Logged" / signature / name, rank, info / "Re: subject" / "« Reply #2 on: date »")."""
    stop = next((k for k in matching(rx.post_end.match, texts, i, end) if _post_end(rx, lines, texts, k)), end)
    dated = next((k for k in range(i, stop) if texts[k] and is_date_line(rx, texts[k])), None)
    return max(i, pane_start(lines, texts, dated, i, rx)) if dated is not None else i


def _split_headers(seg: Segment, rx: CompiledEngine) -> list[Segment]:
    """A post-end segment holding two post headers with text between them: two posts, the first without the
    engine's post-end lines (an ad printed as a post has no share menu). Only on engines whose post date lines
    say so ("Posted ..."): a bare date in a post's text is no header."""
    if rx.bare_dates:
        return [seg]
    texts = line_texts(seg.lines)
    groups = _anchor_groups(seg.lines, texts, 0, len(texts), rx)
    if len(groups) < 2:
        return [seg]
    heads = [0]
    for k, group in enumerate(groups[1:], 1):
        floor = _first_text(seg.lines, texts, groups[k - 1][-1] + 1, group[0], rx) + 1
        heads.append(pane_start(seg.lines, texts, group[0], floor, rx))
    bounds = heads + [len(texts)]
    parts = [Segment(seg.lines[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]
    parts[-1].removed = seg.removed  # the post-end lines close the last one
    return parts


def _menu_line(texts: list[str], i: int, end: int, rx: CompiledEngine) -> bool:
    """Line i, under a post's end line, is chrome or the poster's name heading the member menu there ("jdoe" /
    "View Public Profile" / "Find all posts by jdoe")."""
    if rx.chrome.reason(texts[i]):
        return True
    below = filled_below(texts, i, end, "")
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
    for i in matching(partial(is_date_line, rx), texts, start, end):
        if quote_date(rx, texts, i):
            continue
        date = is_date_line(rx, texts[i])
        own = counter_after(texts, i, end)
        if groups and (_one_header(lines, texts, groups[-1][-1], i, rx)
                       or own and not counter and _values_between(texts, groups[-1][-1], i)) \
                and not (date.author and is_date_line(rx, texts[groups[-1][-1]]).author) \
                and not (own and counter and own != counter):  # two posts' headers
            groups[-1].append(i)
            counter = counter or own
        else:
            groups.append([i])
            counter = own
    return groups


#: values of a pane printed without their labels, between a date line and the post's counted date, at most
PANE_VALUES = 6


def _values_between(texts: list[str], a: int, b: int) -> bool:
    """Only a few short pane values lie between date lines a and b: a date without a post counter ("#6") over a
    post's counted date is the member's join date, however its pane's last value ends ("somewhere under the
    rainbow.", a location printed without its label)."""
    values = [t for t in texts[a + 1 : b] if t]
    return b - a < GROUP_SPAN and len(values) <= PANE_VALUES and all(words(t) <= HEADER_NAME_WORDS for t in values)


def _one_header(lines: list[Line], texts: list[str], a: int, b: int, rx: CompiledEngine) -> bool:
    """Date lines a and b belong to one post header: close, with no prose between, or (rx.pane_list) the same date
    twice with the author's name under the first, then only the pane's list and a few names."""
    if rx.posts_as_items and _item_between(lines, a, b):
        return False
    if b - a < GROUP_SPAN and not _prose_between(lines, texts, a, b):
        return True
    if not rx.pane_list or is_date_line(rx, texts[a]).when != is_date_line(rx, texts[b]).when:
        return False
    first = next((k for k in range(a + 1, b) if texts[k]), b)
    rest = [t for k in range(a + 1, b) if (t := texts[k]) and not _pane_item(lines, k)]
    return not _pane_item(lines, first) and len(rest) <= PANE_LINES \
        and all(words(t) <= HEADER_NAME_WORDS and not is_prose(t) for t in rest)


def _item_between(lines: list[Line], a: int, b: int) -> bool:
    """A list item no deeper than date line a opens between a and b (rx.posts_as_items: the next post's header,
    after a reply too short to read as prose: "Seconded"; a reply to it is listed at its date line's depth)."""
    depth = _indent(lines[a].text)
    return any(lines[k].text.lstrip()[:1] in BULLET_CHARS and _indent(lines[k].text) <= depth for k in range(a + 1, b))


def _pane_item(lines: list[Line], k: int) -> bool:
    """Line k is a list item, or the value printed right under one, indented deeper ("• Processor" / its model)."""
    here = lines[k].text
    if here.lstrip()[:1] in BULLET_CHARS:
        return True
    above = lines[k - 1].text if k else ""
    return above.lstrip()[:1] in BULLET_CHARS and _indent(here) > _indent(above)


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())


def _pane_apart(seg: Segment, texts: list[str], at: int, group: list[int]) -> Segment:
    """A segment (starting at page line `at`) without the lines between its header's first and last date lines:
    the author pane, whose long items would read as the post's first prose."""
    a, b = group[0] + 1, group[-1]
    if b <= a:
        return seg
    removed = [Removed(t, "author_pane") for t in texts[a:b] if t]
    return Segment(seg.lines[: a - at] + seg.lines[b - at :], seg.removed + removed, seg.closing, seg.at)




def _prose_between(lines: list[Line], texts: list[str], a: int, b: int) -> bool:
    """A post's text or the empty paragraph closing it parts two date lines."""
    return any(words(t) > HEADER_LINE_WORDS or t.endswith(SENTENCE_ENDS) or lines[k].spacer
               for k, t in enumerate(texts[a + 1 : b], a + 1))
