"""A post's header: where its author pane starts, the author and date it shows, and subject lines."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container
from dataclasses import dataclass
from functools import partial

from threadclean.model import Post, Removed
from threadclean.text.body import words
from threadclean.text.boilerplate import LIST_ITEM, NUMBERED, boilerplate_reason
from threadclean.text.engines import INFO_LABEL, REPLY_PREFIX, CompiledEngine
from threadclean.text.post_lines import counter_after, is_date_line, is_prose, quote_date
from threadclean.text.post_tail import reaction_line
from threadclean.text.quotes import Line, match_opener
from threadclean.text.scan import filled, filled_above, filled_below, matching

#: a name printed twice in a pane is repeated within this many non-blank lines
NAME_REPEAT = 2
#: a post header is looked for in a segment's first lines; its name lines are short
HEADER_SPAN = 80
HEADER_NAME_WORDS = 5
#: at most this many short lines above a post's first date line make its author pane
PANE_LINES = 8


#: an avatar's alt text, the first line of an author pane
AVATAR = re.compile(r"^(?:User avatar|Avatar|Benutzeravatar|Avatar de l’utilisateur|.{1,40}'s (?:user )?avatar)$", re.I)
#: an avatar's alt text that names the member ("Profile photo for Greg Kemnitz", "jdoe's avatar")
NAMED_AVATAR = re.compile(r"^(?:(?:Profile (?:photo|picture)|Avatar|Photo) (?:for|of) (?P<a>.{1,60})|"
                          r"(?P<b>.{1,40})'s (?:user )?(?:avatar|profile picture|picture|photo))$", re.I)
#: lines between a named avatar's name and the post's date line (credentials, who upvoted) at most
CREDENTIAL_LINES = 5


@dataclass
class Title:
    """The thread title and its line number."""

    text: str
    at: int


#: a label printed before the thread title on its line: "Topic:" and its translations, vBulletin's "Reload this
#: Page" link
TITLE_LABEL = r"(?:(?:Thema|Topic|Thread|Sujet|Betreff|Tema|Onderwerp):|Reload this Page)"
#: what may precede the title on its line: a breadcrumb's separator ("» Sourdough starter") or a label
_TITLE_MARK = re.compile(rf"^(?:[»›>]\s*|{TITLE_LABEL}\s+)")


def title_text(line: str, rx: CompiledEngine) -> str:
    """The thread title a header line holds: without its label ("Thread: X") or breadcrumb mark."""
    m = rx.title_line.match(line) if rx.title_line else None
    return m["title"].strip() if m else _TITLE_MARK.sub("", line)


def pane_start(lines: list[Line], texts: list[str], anchor: int, floor: int, rx: CompiledEngine,
               title: Title | None = None) -> int:
    """Where a post's author pane starts: walk up from its first date line over short name and info lines."""
    if rx.date_first or NUMBERED.match(lines[anchor].text):
        # the date line opens the post (posts as <ol> items: "  1. 11-29-2024, 09:03 AM #1"), or the link a
        # submission names over it
        above = next((k for k in range(anchor - 1, floor - 1, -1) if texts[k]), None) if rx.link_title else None
        return above if above is not None and rx.link_title.match(texts[above]) else anchor
    if (opened := _named_avatar_over(texts, anchor, floor)) is not None:
        return opened  # the avatar naming the member opens the pane, however long the credentials under the name
    j, seen, below_info = anchor, 0, False
    listed = _listed_info(texts, anchor, floor, rx)
    # an unknown engine's date line that names the author ("jdoe 2 years ago"): no name pane above it
    named_by = is_date_line(rx, texts[anchor]).author if rx.name_dates else None
    named = named_by is not None
    while j - 1 >= floor:
        t = texts[j - 1]
        if lines[j - 1].spacer:  # an empty paragraph closes the post above
            break
        if t:
            # member info, or the value under its label ("Location" / "Right here.", "About me:" / its text)
            info = j - 1 >= listed or (rx.member_info.match(t) if rx.member_info else None) \
                or _value_of_label(texts, j - 1, floor) \
                or _pane_button(lines, j - 1, floor, rx) or (below_info and _profile_field(t) and not rx.chrome.reason(t))
            # the post's subject: the title after "Re:", or any "Re: ..." line right above the date
            subject = (title and j - 1 != title.at and is_subject(t, title.text)) \
                or (REPLY_PREFIX.match(t) is not None and not any(texts[j:anchor]))
            # (a pane may still print that author's name over its info lines: phpBB's over "by jdoe » <date>")
            if not info and not subject and t != named_by and (named or _ends_pane(texts, j - 1, floor, anchor, rx)
                                                               or _listed_reaction(lines[j - 1], rx)):
                break
            seen += not info  # member info lines do not count: panes list many
            below_info = bool(info)
            if seen > PANE_LINES:
                break
        j -= 1
        if AVATAR.match(texts[j]):
            break  # the avatar opens the pane (phpBB's "User avatar")
        if _list_starts(lines, texts, j, floor, anchor, rx):
            break
    while j < anchor and not texts[j]:
        j += 1
    return j


def _listed_reaction(line: Line, rx: CompiledEngine) -> bool:
    """A reaction count printed as a list item ("  • Like 2", IPS 5): the post above ends with it, no pane holds it."""
    return LIST_ITEM.match(line.text) is not None and reaction_line(line.plain, rx) is not None


#: a custom profile field in a pane, over other member info: "What is your relationship status with them: Together
#: (But It's Tough Love)" over "Posts: 83"
_FIELD = re.compile(r"^[^:.!?]{2,60}:\s+\S")
FIELD_WORDS = 16


def _profile_field(text: str) -> bool:
    return bool(_FIELD.match(text)) and words(text) <= FIELD_WORDS and not text.endswith((".", "!", "?"))


#: a line of code or a path, the end of a post's code block ("dtparam=eth_led0=4", "/boot/firmware/config.txt"):
#: no name or member info looks like it
CODE_LIKE = re.compile(r"\w=\S|[{};]$|^/\w|\w\(\)")


def _ends_pane(texts: list[str], k: int, floor: int, anchor: int, rx: CompiledEngine) -> bool:
    """Line k (no member info, no subject) is above the pane: chrome, a long line, or prose that is neither a
    custom title under the name or over the member info nor a name printed twice."""
    t = texts[k]
    if rx.chrome.reason(t) or CODE_LIKE.search(t):
        return True
    if _title_under_name(texts, k, floor):
        return False  # a custom title may be as long as a sentence ("Bell peppers and bee- HEY WAIT A SEC WHERE'S THE B")
    if words(t) > HEADER_NAME_WORDS:
        return True
    return is_prose(t) and not _doubled_name(texts, k, floor, anchor) and not _title_between(texts, k, floor, rx)


def _title_between(texts: list[str], k: int, floor: int, rx: CompiledEngine) -> bool:
    """Line k is a custom title however it ends ("No Longer With Us (RIP)"): short, under a name line and right
    over the pane's member info label."""
    below, above = filled_below(texts, k, None, ""), filled_above(texts, k, floor, "")
    return words(texts[k]) <= HEADER_NAME_WORDS and bool(INFO_LABEL.match(below)) and name_line(above, rx) \
        and not is_prose(above)


def _alt_text_name(text: str) -> str | None:
    """The member an avatar's alt text names ("Profile photo for X", "X's avatar"), or None; lines that cannot
    match (no apostrophe, not opening with "Profile", "Avatar" or "Photo") skip the regex."""
    if "'" not in text and text[:1] not in "PpAa":
        return None
    m = NAMED_AVATAR.match(text)
    return (m["a"] or m["b"]) if m else None


def _named_avatar_over(texts: list[str], anchor: int, floor: int) -> int | None:
    """The line of an avatar's alt text naming the member ("Profile photo for X"), right over the name X, at most
    CREDENTIAL_LINES lines over the date line at `anchor` (Quora: the name's credentials between)."""
    for k in filled(texts, range(anchor - 1, floor - 1, -1), CREDENTIAL_LINES + 2):
        if (name := _alt_text_name(texts[k])) and filled_below(texts, k, anchor) == name:
            return k
    return None


def _header_avatar_name(texts: list[str], anchor: int) -> str | None:
    """The name under the avatar naming the member that opens the header, when one does."""
    k = _named_avatar_over(texts, anchor, 0)
    return filled_below(texts, k, anchor) if k is not None else None


def _named_avatar_under(texts: list[str], anchor: int, window: int) -> int | None:
    """The line of the name under an avatar's alt text naming it ("jdoe's user avatar" / "jdoe"), right under the
    date line at `anchor`."""
    below = filled(texts, range(anchor + 1, window), 2)
    name = _alt_text_name(texts[below[0]]) if len(below) == 2 else None
    return below[1] if name and texts[below[1]] == name else None


def _credential(texts: list[str], i: int, rx: CompiledEngine) -> bool:
    """Line i stands between a named avatar's name and the post's date line (Quora's "Former Staff Engineer at X ·
    Author has 9.6K answers"): part of the pane, however long."""
    above = filled(texts, range(i - 1, -1, -1), CREDENTIAL_LINES + 1)
    named = any((name := _alt_text_name(texts[k])) and texts[above[n - 1]] == name
                for n, k in enumerate(above[1:], start=1))
    return named and any(is_date_line(rx, texts[k]) for k in filled(texts, range(i + 1, len(texts)), CREDENTIAL_LINES))


def _listed_info(texts: list[str], anchor: int, floor: int, rx: CompiledEngine) -> int:
    """Where the member info listed line by line over a date line starts: a run of short lines, no blank among
    them, reaching up to labelled member info ("Joined" / date, then the board's own fields as label and value:
    "Native Language" / "Spanish"); `anchor` when there is none. Its lines do not count as a pane's name lines."""
    top = anchor
    for k in range(anchor - 1, max(floor, anchor - 4 * PANE_LINES) - 1, -1):
        t = texts[k]
        if not t or is_prose(t) or words(t) > HEADER_NAME_WORDS or rx.chrome.reason(t):
            break
        if INFO_LABEL.match(t) and k + 1 < anchor:
            top = k
    return top


def _list_starts(lines: list[Line], texts: list[str], j: int, floor: int, anchor: int, rx: CompiledEngine) -> bool:
    """A list item starts the pane at line j (posts listed as <li> items), unless the pane (a list of member
    info too, its first items custom titles) goes on above it, or the engine prints its panes as lists under
    the name."""
    return lines[j].text.lstrip().startswith("•") and not _info_above(texts, j, floor, rx) \
        and not _same_list_above(lines, j, floor) and not (rx.member_info and rx.member_info.match(texts[j])) \
        and not (rx.pane_list and _name_above(lines, j, floor)) and not _info_list(lines, texts, j, anchor, rx)


def _pane_button(lines: list[Line], j: int, floor: int, rx: CompiledEngine) -> bool:
    """A button listed in an author pane printed as a list ("Report post", "Share"): the engine prints its panes
    so (rx.pane_list, IPS), or the list holds member info above the button ("• Newbie" / "• 5 posts" / "• Report post")."""
    line = lines[j]
    if not line.text.lstrip().startswith("•") or rx.chrome.reason(line.plain) not in FOOTER_REASONS:
        return False
    return rx.pane_list or _info_in_list_above(lines, j, floor, rx)


#: a pane's list shows its member info within this many items above a button in it
LIST_INFO_SPAN = 6


def _info_in_list_above(lines: list[Line], j: int, floor: int, rx: CompiledEngine) -> bool:
    """Items of the list that line j ends, up to LIST_INFO_SPAN of them, hold labelled member info ("5 posts")."""
    k, seen = j, 0
    while seen < LIST_INFO_SPAN and _same_list_above(lines, k, floor):
        k -= 1
        while not lines[k].text:
            k -= 1
        seen += 1
        if rx.member_info and _labelled(lines[k].plain) and rx.member_info.match(lines[k].plain):
            return True
    return False


def _name_above(lines: list[Line], j: int, floor: int) -> bool:
    """The line above `j` (blanks skipped) is short text, no list item (the name over a pane printed as a list)."""
    k = j - 1
    while k >= floor and not lines[k].text.strip():
        k -= 1
    above = lines[k].text.strip() if k >= floor else ""
    return bool(above) and not above.startswith("•") and words(above) <= HEADER_NAME_WORDS and not is_prose(above)


def _doubled_name(texts: list[str], i: int, lo: int, hi: int) -> bool:
    """Line i is a short name printed twice in a row (the avatar's alt text and the name, XenForo), however it
    ends ("Francis E. Dec Esc.")."""
    if words(texts[i]) > HEADER_NAME_WORDS:
        return False
    above = filled_above(texts, i, lo)
    below = filled_below(texts, i, hi)
    return texts[i] in (above, below)


def _value_of_label(texts: list[str], i: int, floor: int) -> bool:
    """Line i is a member info value under its label on the line above ("Location" / "Right here.", "About me:" /
    its text, however long)."""
    above = filled_above(texts, i, floor, "")
    return bool(INFO_LABEL.match(above))


#: a custom title under the name ("maybe...", "I have spoken!") is this short
CUSTOM_TITLE_CHARS = 60


def _title_under_name(texts: list[str], i: int, floor: int) -> bool:
    """Line i is a short custom title under a name printed twice (the avatar's alt text and the name: XenForo)."""
    if len(texts[i]) > CUSTOM_TITLE_CHARS:
        return False
    above = [t for t in texts[max(floor, i - 2 * NAME_REPEAT) : i] if t][-NAME_REPEAT:]
    return len(above) >= 2 and above[-1] in above[:-1]


def _same_list_above(lines: list[Line], j: int, floor: int) -> bool:
    """The line above `j` is an item of the same list (a pane printed as a list: name, rank, post count)."""
    k = j - 1
    while k >= floor and not lines[k].text and not lines[k].spacer:
        k -= 1
    if k < floor:
        return False
    here, above = lines[j].text, lines[k].text
    return above.lstrip().startswith("•") and len(above) - len(above.lstrip()) == len(here) - len(here.lstrip())


def _info_list(lines: list[Line], texts: list[str], j: int, anchor: int, rx: CompiledEngine) -> bool:
    """The list that starts at `j` holds labelled member info ("Posts: 3,760"): the author pane's list."""
    k = j
    while k < anchor and lines[k].text.lstrip().startswith("•"):
        if rx.member_info and _labelled(texts[k]) and rx.member_info.match(texts[k]):
            return True
        k += 1
    return False


_TWO_LETTERS = re.compile(r"[^\W\d_]{2}")


def _labelled(text: str) -> bool:
    """Holds a word (a label or a rank), or is an avatar's initial: not a bare count."""
    return bool(_TWO_LETTERS.search(text)) or (len(text) == 1 and text.isalpha())


def _info_above(texts: list[str], j: int, floor: int, rx: CompiledEngine) -> bool:
    """The line above `j` is labelled member info ("120 posts · Joined 2019", not a bare vote count): a button
    list under it is still the pane."""
    above = texts[j - 1] if j - 1 >= floor else ""
    return bool(rx.member_info and _labelled(above) and rx.member_info.match(above))


#: a member group in capitals under the name ("BOARD ADMINISTRATOR"); one word in capitals may be a name ("BRX7")
GROUP_IN_CAPITALS = re.compile(r"^[A-Z]{2,}(?: [A-Z]{2,})+$")


def pick_author(candidates: list[str], info_at: int | None = None) -> str | None:
    """The name in an author pane: the line most other lines start with (names repeat, ranks follow), a repeat
    over the pane's first member info line first (`info_at` candidates precede it); when none repeats, the one
    just above that line, else the first."""
    names = [c for c in candidates if c and words(c) <= 5]
    if not names:
        return None
    above = [c for c in candidates[:info_at] if c and words(c) <= 5] if info_at else []
    if above and (top := _most_repeated(above))[0] > 1:
        return top[2]  # a name repeated over the member info beats values under it ("Name" / "Marko" for "MarkoV")
    best = _most_repeated(names)
    if best[0] == 1 and above:
        if len(above) > 1 and GROUP_IN_CAPITALS.match(above[-1]):
            return above[-2]  # a member group in capitals under the name ("BOARD ADMINISTRATOR")
        return above[-1]
    return best[2]


def _most_repeated(names: list[str]) -> tuple[int, int, str]:
    """(how many names start with it, -its index, the name) of the name most others start with, the first on ties."""
    return max((sum(o.startswith(c) for o in names), -i, c) for i, c in enumerate(names))


def read_header(texts: list[str], rx: CompiledEngine, title: str | None = None,
                items: Container[int] = ()) -> tuple[int, str | None, str | None, list[Removed]]:
    """(lines the post header takes, author, raw date, removed lines) for one post segment.

    The header runs from the segment's start to its last date or member-info line before the first prose.
    `items`: the lines that are list items.
    """
    window = next((i for i, t in enumerate(texts[:HEADER_SPAN]) if is_prose(t) and not _pane_text(texts, i, rx, title)),
                  min(len(texts), HEADER_SPAN))
    # a date under a member info label ("Joined" / "Feb 16, 2015") is no post date
    anchors = [(i, is_date_line(rx, texts[i])) for i in matching(partial(is_date_line, rx), texts, 0, window)
               if not (i and _label(texts[i - 1])) and not quote_date(rx, texts, i)]
    if not anchors:
        return 0, None, None, []
    last = _pane_below(texts, anchors[-1][0], window, rx)
    if last == anchors[0][0] == 0:
        last = _bare_pane_below(texts, last, rx)
    author = _header_avatar_name(texts, anchors[0][0]) or next((d.author for _, d in reversed(anchors) if d.author), None)
    if author is None and (named := _named_avatar_under(texts, anchors[-1][0], window)) is not None:
        last, author = max(last, named), texts[named]  # Stack Exchange: the date, the avatar, the name
    if author is None and rx.name_under_date and not _pane_above(texts, anchors[0][0], rx) \
            and (below := _name_under(texts, anchors[-1][0], window, rx)):
        last, author = max(last, _rank_lines(texts, below, window, rx)), texts[below]
    if author is None and rx.author_line:
        author = next((m["author"].strip() for t in texts[:last + 1] if (m := rx.author_line.match(t))), None)
    if author is None:
        dated = {i for i, _ in anchors}
        names = [rx.author_suffix.sub("", t).strip() if rx.author_suffix else t for t in texts[:last + 1]]
        before = [(i, t) for i, t in enumerate(names) if i < anchors[0][0] and name_line(t, rx) and t != title]
        after = [t for i, t in enumerate(names) if i not in dated and name_line(t, rx) and t != title]
        info_at = next((i for i in range(anchors[0][0]) if rx.member_info and rx.member_info.match(texts[i])), None)
        if info_at is not None and info_at in items:
            # member info listed as items under the name, custom titles among them (SMF 2.1): the name is no item
            before = [(i, t) for i, t in before if i not in items] or before
        author = _suffixed_name(texts[: anchors[0][0]], rx) or _name_under_initial(texts[: anchors[0][0]], rx) \
            or (before[0][1] if rx.name_atop_pane and before else None) \
            or pick_author([t for _, t in before], sum(i < info_at for i, _ in before) if info_at else None) \
            or pick_author(after)
    removed = [Removed(t, "author_pane") for t in texts[: last + 1] if t]
    return last + 1, unglued(author) if rx.glued_avatar_name else author, anchors[-1][1].when or None, removed


#: the shortest half of a name glued to its avatar's alt text ("K17K17"); shorter doubles are names ("Coco")
GLUED_NAME_CHARS = 3


def unglued(name: str | None) -> str | None:
    """A name printed twice without a space between (the avatar's alt text run into the name: "LincLinc"), once."""
    if name is None or len(name) % 2 or len(name) < 2 * GLUED_NAME_CHARS:
        return name
    half = len(name) // 2
    return name[:half] if name[:half] == name[half:] else name


def _pane_text(texts: list[str], i: int, rx: CompiledEngine, title: str | None) -> bool:
    """Line i, though it reads as prose, belongs to the post header: a date, member info or its value, the
    reply's subject line ("Re: <title>", however long), a custom title, chrome, a name printed twice."""
    t = texts[i]
    return bool(is_date_line(rx, t) or (rx.member_info and rx.member_info.match(t)) or _value_of_label(texts, i, 0)
                or _credential(texts, i, rx)
                or is_subject(t, title) or _title_over_info(texts, i, rx) or rx.chrome.reason(t)
                or _title_under_name(texts, i, 0) or _doubled_name(texts, i, 0, len(texts))
                or _field_over_info(texts, i, rx) or _value_over_counted_date(texts, i, rx)
                or _subject_over_byline(texts, i, rx))


#: a post's own subject line is at most this long
SUBJECT_WORDS = 20


def _subject_over_byline(texts: list[str], i: int, rx: CompiledEngine) -> bool:
    """Line i is the post's own subject, right over a byline that names the poster (phpBB: "why can't I vote?" /
    "Post by jdoe » <date>")."""
    return words(texts[i]) <= SUBJECT_WORDS and not texts[i].endswith(":") \
        and (byline := is_date_line(rx, filled_below(texts, i, None, ""))) is not None and byline.author is not None


def _value_over_counted_date(texts: list[str], i: int, rx: CompiledEngine) -> bool:
    """Line i is a short pane value printed without its label right over the post's date and counter ("somewhere
    under the rainbow." / "Jul 12, 2022" / "#7")."""
    below = next((k for k in range(i + 1, len(texts)) if texts[k]), None)
    return below is not None and words(texts[i]) <= HEADER_NAME_WORDS and bool(is_date_line(rx, texts[below])) \
        and counter_after(texts, below, len(texts)) is not None


def _field_over_info(texts: list[str], i: int, rx: CompiledEngine) -> bool:
    """Line i is a custom profile field with member info or more fields under it (SMF's custom fields over
    "Posts: 83")."""
    if not _profile_field(texts[i]) or rx.chrome.reason(texts[i]):
        return False
    below = filled_below(texts, i, None, "")
    return bool(rx.member_info and rx.member_info.match(below)) or _profile_field(below)


def _rank_lines(texts: list[str], name: int, window: int, rx: CompiledEngine) -> int:
    """The last of the short lines right under the name line, up to a blank line or a quote's header: its rank,
    custom title and avatar's alt text ("Senior Member", "Avatar von jdoe")."""
    k = name
    while k + 1 < window and texts[k + 1] and not is_prose(texts[k + 1]) and k - name < PANE_LINES \
            and not (rx.quote_open and rx.quote_open.match(texts[k + 1])):
        k += 1
    return k


def _suffixed_name(texts: list[str], rx: CompiledEngine) -> str | None:
    """The name printed with the engine's status suffix ("jdoe Offline"), over a rank line that could pass for
    a name ("Big Board Owner")."""
    for t in texts:
        m = rx.author_suffix.search(t) if rx.author_suffix and t else None
        if m and m.group(0).strip() and name_line(name := t[: m.start()].strip(), rx):
            return name
    return None


def _name_under_initial(texts: list[str], rx: CompiledEngine) -> str | None:
    """The name under a letter avatar's initial ("R" over "ratóncolorao", XenForo): what the pane's other lines
    say (ranks, profile values that repeat) does not matter then."""
    for i, t in enumerate(texts):
        if len(t) == 1 and t.isalpha() and (name := filled_below(texts, i, len(texts), "")) \
                and name[0].casefold() == t.casefold() and name_line(name, rx):
            return name
    return None


def _pane_above(texts: list[str], anchor: int, rx: CompiledEngine) -> bool:
    """Lines other than chrome stand above the first date line: the pane (and its name) is printed above the
    date, so the line under the date is the post's."""
    return any(t and not rx.chrome.reason(t) for t in texts[:anchor])


def _name_under(texts: list[str], anchor: int, window: int, rx: CompiledEngine) -> int | None:
    """The line right under the date line at `anchor`, blanks skipped, when it may be a name."""
    k = next((k for k in range(anchor + 1, window) if texts[k]), None)
    return k if k is not None and name_line(texts[k], rx) else None


#: a profile field of the author pane: a label of a few words, then its value ("Programs: BA Gold, LH FT")
PROFILE_FIELD = re.compile(r"^[^\W\d_][\w'’-]*(?: [\w'’-]+){0,2}: \S")


def _title_over_info(texts: list[str], i: int, rx: CompiledEngine) -> bool:
    """Line i is a member's short custom title ("All eyes on you!") or a profile field, with labelled member
    info right under it."""
    if words(texts[i]) > HEADER_NAME_WORDS and not PROFILE_FIELD.match(texts[i]):
        return False
    return _info_below(texts, i, rx)


def _info_below(texts: list[str], i: int, rx: CompiledEngine) -> bool:
    """Labelled member info ("Joined:", "Posts: 12") within PANE_GAP non-blank lines under line i."""
    below = [t for t in texts[i + 1 : i + 1 + 2 * PANE_GAP] if t][:PANE_GAP]
    return bool(rx.member_info) and any(_labelled(t) and rx.member_info.match(t) for t in below)


#: member info lines under a date line belong to its pane while no more than this many other lines part them
PANE_GAP = 3
#: chrome that closes a post (its buttons, share links): no pane line comes after it
FOOTER_REASONS = ("post_chrome", "share")


def _pane_below(texts: list[str], anchor: int, window: int, rx: CompiledEngine) -> int:
    """The last line of the author pane printed under a post's date line (vBulletin 4: name, profile links,
    rank, "Join Date" / "Mar 2016" pairs): member info lines, the first within PANE_LINES of the date, each
    next within PANE_GAP non-blank lines of the one before."""
    last, gap, limit = anchor, 0, PANE_LINES
    for i in range(anchor + 1, window):
        t = texts[i]
        if not t:
            continue
        if gap and rx.chrome.reason(t) in FOOTER_REASONS:
            break  # the post's footer: the text line above it was the post, not the pane
        if (rx.member_info and rx.member_info.match(t)) or INFO_LABEL.match(texts[i - 1]):
            last, gap, limit = i, 0, PANE_GAP
            continue
        gap += not _title_over_info(texts, i, rx)  # a custom title over the info is the pane's too
        if gap >= limit:
            break
    return last


#: a numbered post's date line ("19.04.2020, 21:41 #1")
NUMBERED_DATE = re.compile(r"\s#\d+$")


def _bare_pane_below(texts: list[str], anchor: int, rx: CompiledEngine) -> int:
    """The last line of a pane without member info under a numbered post's date line that opens the segment
    (vBulletin 4: name, custom title, then an empty line): up to PANE_GAP short lines closed by a blank line."""
    if not NUMBERED_DATE.search(texts[anchor]):
        return anchor
    k = anchor + 1
    while k < len(texts) and texts[k] and k - anchor <= PANE_GAP:
        if is_prose(texts[k]) or words(texts[k]) > HEADER_NAME_WORDS or is_date_line(rx, texts[k]):
            return anchor
        k += 1
    return k - 1 if anchor + 1 < k < len(texts) and not texts[k] else anchor


def leading_pane(texts: list[str], author: str | None, rx: CompiledEngine) -> tuple[int, list[Removed]]:
    """The author pane above a body whose author is known: up to its last line naming the author ("jdoe",
    "jdoe Member"), member info, a label ("Location:", "Equipment:") or its value, before the first prose."""
    last = -1
    for i, t in enumerate(texts[:HEADER_SPAN]):
        if not t:
            continue
        if rx.quote_open and match_opener(t, rx.quote_open):
            break  # a quote's header: the body starts (a short post's quote holds no prose to stop at)
        # the name, maybe with a rank after it, or with a long custom title when member info follows
        named = author and t.startswith(author) and (words(t) <= words(author) + 3 or _info_below(texts, i, rx))
        if named or (rx.member_info and rx.member_info.match(t)) or rx.chrome.reason(t) or _label(t) \
                or (i and _label(texts[i - 1])):
            last = i
        elif is_prose(t):
            break
    return last + 1, [Removed(t, "author_pane") for t in texts[: last + 1] if t]


def _label(text: str) -> bool:
    """A member info label on a line of its own ("Join Date", "Equipment:")."""
    return bool(INFO_LABEL.match(text)) or (text.endswith(":") and words(text) <= 3)


def name_line(text: str, rx: CompiledEngine) -> bool:
    """A line that may be the author's name: short, not member info, chrome, a breadcrumb trail or a date."""
    return (bool(text) and len(text) > 1 and words(text) <= HEADER_NAME_WORDS
            and not (rx.member_info and rx.member_info.match(text)) and not rx.chrome.reason(text)
            and not text.startswith("Re: ") and not _TRAIL.search(text) and not boilerplate_reason(text))


#: the links of a breadcrumb trail on one line ("Startseite › Forum › Garten")
_TRAIL = re.compile(r"\S\s[›»>]\s\S")


#: vBulletin prints the post icon's name before the subject ("Thumbs up <title>"): its default icons' names
_POST_ICON = re.compile(r"^(?:Thumbs up|Thumbs down|Lightbulb|Exclamation|Question|Cool|Smile|Angry|Unhappy|Talking|"
                        r"Red face|Wink|Arrow|Post|Daumen hoch|Daumen runter) ")


#: the post's number printed before its subject ("3.  Re: <title>", Tripadvisor)
_SUBJECT_NUMBER = re.compile(r"^\d+\.\s+")


def is_subject(text: str, title: str | None) -> bool:
    """The thread title as a post's subject line ("Re: <title>", "3.  Re: <title>")."""
    subject = REPLY_PREFIX.sub("", _POST_ICON.sub("", _SUBJECT_NUMBER.sub("", text)))
    return bool(title) and subject.casefold() == title.casefold()


def _first_line(post: Post) -> str:
    first = post.parts[0] if post.parts and isinstance(post.parts[0], str) else ""
    return first.partition("\n")[0].strip()


def replied_line(texts: list[str], stop: int) -> int | None:
    """The line above `stop` that two or more lines of the page repeat as a reply's subject ("Re: <title>"): the
    thread's title, however long the lines around it."""
    subject = _shared_subject(texts)
    return next((i for i in range(stop - 1, -1, -1) if texts[i] == subject), None) if subject else None


def replies_subject(posts: list[Post]) -> str | None:
    """The subject two or more replies open with ("Re: <subject>"): the thread's title, whatever the page's
    header looked like."""
    return _shared_subject([_first_line(p) for p in posts])


def _shared_subject(lines: list[str]) -> str | None:
    """The subject two or more of the lines give after a reply's prefix ("Re: <subject>"), the most given one."""
    lines = [_SUBJECT_NUMBER.sub("", line) for line in lines]
    subjects = Counter(REPLY_PREFIX.sub("", lines[i]) for i in matching(REPLY_PREFIX.match, lines))
    subject, count = subjects.most_common(1)[0] if subjects else ("", 0)
    return subject if count >= 2 and subject else None


def strip_subject_lines(posts: list[Post], title: str | None, removed: list[Removed]) -> str | None:
    """A post's first line that repeats the thread title ("Re: <title>") is its subject, not its text. When no post
    opens with the title, the subject the replies share stands for it. Returns the subject taken out, if any."""
    if not any(is_subject(_first_line(p), title) for p in posts):
        title = replies_subject(posts)
    if not title:
        return None
    for post in posts:
        first = post.parts[0] if post.parts and isinstance(post.parts[0], str) else ""
        head, _, rest = first.partition("\n")
        if first and is_subject(head.strip(), title) and (rest.strip() or len(post.parts) > 1):
            take_first_line(post, "subject", removed)
    return title


def take_first_line(post: Post, reason: str, removed: list[Removed]) -> str | None:
    """The first line of the post's text, taken out of it with `reason`; None when the post opens with no text."""
    first = post.parts[0] if post.parts and isinstance(post.parts[0], str) else ""
    head, _, rest = first.partition("\n")
    if not head.strip():
        return None
    post.parts[:1] = [rest.strip("\n")] if rest.strip() else []
    removed.append(Removed(head.strip(), reason))
    return head.strip()
