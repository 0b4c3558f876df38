"""The end of a post: reactions, edit notes, ads and trailing chrome; signatures repeated under a page's posts."""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from functools import partial

from threadclean.model import Post, Reaction, Removed
from threadclean.text.body import ADVERT
from threadclean.text.boilerplate import LIST_ITEM, boilerplate_reason
from threadclean.text.engines import REACTION_COUNT_LINE, REACTION_KINDS, CompiledEngine
from threadclean.text.post_lines import URL, chrome_reason, is_prose, menu_name
from threadclean.text.quotes import Line
from threadclean.text.scan import filled, filled_above

PAGE_NUMBER = re.compile(r"^\d{1,4}$")


#: the names reaction icons carry (their alt text), printed as list items over a summary of who reacted (XenForo:
#: "  • Like" / "  • Informative" / "Reactions: A, B and 3 others")
REACTION_LABEL = re.compile(rf"^(?:Likes?|Thanks|{REACTION_KINDS}|Gefällt mir|J'aime|Me gusta|Mi piace)$", re.I)
#: a like in the board's language is a like (the kinds are named as boards in English name them)
_KIND = {"likes": "like", "gefällt mir": "like", "j'aime": "like", "me gusta": "like", "mi piace": "like"}


def reaction_kind(labels: list[str], default: str) -> str:
    """The name of a count summing the reactions whose icons show `labels`: the one kind they show, "reaction" when
    they show several (the count is theirs together), `default` when they show none."""
    kinds = {_KIND.get(low := label.lower(), low) for label in labels}
    return kinds.pop() if len(kinds) == 1 else "reaction" if kinds else default


def icon_labels(texts: list[str], i: int, items: Container[int], rx: CompiledEngine) -> list[str]:
    """The reaction icons' labels printed over line i (a summary of who reacted) as list items. A board names its
    own reactions ("Feels", "Semper Fidelis"): a short list item that is no chrome of the engine's is one too. (A
    word before the summary's label is the bar's heading, the same under every post: "Likes   Reactions: jdoe".)"""
    labels = []
    k = i - 1
    while k >= 0 and k in items and _icon_label(texts[k], rx):
        labels.append(texts[k])
        k -= 1
    return labels


ICON_LABEL_WORDS = 3


def _icon_label(text: str, rx: CompiledEngine) -> bool:
    if REACTION_LABEL.match(text):
        return True
    return len(text.split()) <= ICON_LABEL_WORDS and not any(c.isdigit() for c in text) \
        and rx.chrome.reason(text) is None and boilerplate_reason(text) is None


def reaction_line(text: str, rx: CompiledEngine, labels: Callable[[], list[str]] | None = None) -> Reaction | None:
    """The reaction a line shows; a count of 0 (a widget nobody used) gives Reaction(name, 0). A summary of who
    reacted is named after the reaction icons' `labels` (see `reaction_kind`), when given."""
    m = next((p.match(text) for p in rx.reaction if p.match(text)), None)
    named = bool(m and m.groupdict().get("name"))
    # member info and the engine's chrome with a count ("Posts 12", IPS's "Followers 4") are no reactions
    if m is None or (named and (rx.member_info and rx.member_info.match(text)
                                or rx.chrome.reason(text) not in (None, "reaction"))):
        return None
    if names := m.groupdict().get("names"):  # who reacted, listed: their number is the count
        return Reaction(reaction_kind(labels() if labels else [], rx.reaction_name), count_names(names))
    return Reaction((m["name"] if named else rx.reaction_name).strip(), shown_count(m["count"]))


_LIKE_SHARE = re.compile(REACTION_COUNT_LINE, re.I)


def _like_share_counts(text: str) -> list[Reaction]:
    """The like and share counts a line under a post shows, on any engine ("506 Likes 41 Shares", "3 Shares"); a
    count of 0 gives no reaction."""
    m = _LIKE_SHARE.match(text) if text[:1].isdigit() else None
    return [r for r in like_share_counts(m) if r.count] if m else []


def like_share_counts(m: re.Match[str]) -> list[Reaction]:
    """The like and share reactions a match of REACTION_COUNT_LINE counts ("12 Likes 3 Shares")."""
    shares = m["share"] or m["share_only"]
    return ([Reaction("like", int(m["like"]))] if m["like"] else []) + ([Reaction("share", int(shares))] if shares else [])


#: the end of a list of names cut short ("... and 5 others", "und 2 weitere", "und 16 anderen", "und einer weiteren
#: Person", "et 3 autres")
_OTHERS = re.compile(r"\s+(?:and|und|et)\s+(\d[\d,]*|one|einer?|une?)\s+(?:others?|other (?:people|persons?)|"
                     r"weitere[nr]?(?: Personen?)?|anderen?|autres?)\.?$", re.I)
_ONE = frozenset(("one", "ein", "einer", "un", "une"))
_NAME_SEPARATOR = re.compile(r",\s*|\s+(?:and|und|et|y|e|en|i|и)\s+", re.I)


def count_names(names: str) -> int:
    """How many people a list of names stands for ("A, B and C" is 3, "A, B and 5 others" is 7)."""
    others = 0
    if m := _OTHERS.search(names):
        others, names = 1 if m[1].lower() in _ONE else int(m[1].replace(",", "")), names[: m.start()]
    return others + len([n for n in _NAME_SEPARATOR.split(names) if n.strip()])


def shown_count(raw: str) -> int:
    """A count as a page prints it: "1,077" and "1.077" (German) are 1077, "1.2k" is 1200 (rounded: "4.35k" is 4350,
    not 4349); 0 when it is no number."""
    raw = raw.replace(",", "").lower()
    if _DOTTED_THOUSANDS.match(raw):
        raw = raw.replace(".", "")
    try:
        return round(float(raw.rstrip("k")) * (1000 if raw.endswith("k") else 1))
    except ValueError:
        return 0


#: thousands parted by dots, as German boards print them ("1.234")
_DOTTED_THOUSANDS = re.compile(r"^-?\d{1,3}(?:\.\d{3})+$")


def read_tail(texts: list[str], rx: CompiledEngine, head: int = 0,
              items: Container[int] = ()) -> tuple[int, list[Reaction], list[Removed]]:
    """Reactions and "Edited ... by X" lines at the end of a post: (where the body ends, reactions, removed).

    An ad printed between posts ("Advertisement" and its text) and, on engines that print it under the post's
    buttons, the signature go too. `items`: the lines printed as list items."""
    end, removed = _tail_extras(texts, rx)
    reactions: list[Reaction] = []
    paging = False  # page numbers ("1", "2") sit above a trailing "Next"
    listed_reaction = False  # the line below is a reaction count printed as a list item
    while end > 0:
        t = texts[end - 1]
        if not t:
            end -= 1
            continue
        reason = chrome_reason(t, rx) or boilerplate_reason(t)
        below, listed_reaction = listed_reaction, False
        if paging and PAGE_NUMBER.match(t):
            removed.insert(0, Removed(t, "pagination"))
        elif URL.match(t) and _share_above(texts, end - 1, rx):
            removed.insert(0, Removed(t, "share"))  # the permalink a share menu prints under its button
        elif (reaction := reaction_line(t, rx, partial(icon_labels, texts, end - 1, items, rx))) is not None:
            reactions[:0] = [reaction] if reaction.count else []
            removed.insert(0, Removed(t, "reaction"))
            listed_reaction = end - 1 in items
        elif below and end - 1 in items and REACTED_NAMES.match(t):
            removed.insert(0, Removed(t, "reaction"))  # who reacted, over the counts ("• SrPx and JGD" / "• Like 2")
        elif counted := _like_share_counts(t):
            reactions[:0] = counted
            removed.insert(0, Removed(t, "reaction"))
        elif rx.edited and rx.edited.match(t) or reason:
            paging = reason == "pagination"
            removed.insert(0, Removed(t, reason or "edited"))
        elif removed and _menu_name(texts, head, end - 1, rx):
            removed.insert(0, Removed(t, "author_pane"))
        else:
            break
        end -= 1
    return end, reactions, removed




#: the members who reacted, listed over the reaction counts (IPS 5): "SrPx", "R C-R, maxoakland and SrPx"
_NAME = r"[^,.!?:;]{1,40}"
REACTED_NAMES = re.compile(rf"^{_NAME}(?:, {_NAME})*(?: and (?:{_NAME}|\d+ others?))?$")


def _share_above(texts: list[str], i: int, rx: CompiledEngine) -> bool:
    """The line above line i (blanks skipped) is a share button."""
    above = filled_above(texts, i, 0, "")
    return rx.chrome.reason(above) == "share"


def _menu_name(texts: list[str], head: int, i: int, rx: CompiledEngine) -> bool:
    """Line i is the poster's name between the post's buttons ("jdoe is offline" / "Reply" / "jdoe" /
    "Find More Posts by jdoe"), with chrome right above it in the body (which starts at `head`)."""
    above = filled_above(texts, i, head, "")
    return bool(above and chrome_reason(above, rx)) and menu_name(texts, i, head, len(texts), rx)


#: an ad's label this near the end of a post starts the ad; a signature under the buttons is this short
AD_TAIL = 3


SIGNATURE_LINES = 2


def _tail_extras(texts: list[str], rx: CompiledEngine) -> tuple[int, list[Removed]]:
    """Where the post ends before a trailing ad or (rx.signature_after_buttons) the signature under its buttons
    (a button or reaction line below the post's first prose, one of the last lines)."""
    end, removed = _topic_summary(texts, rx)
    end, removed = _related_questions(texts, end, removed)
    last = filled(texts, range(end - 1, -1, -1), AD_TAIL)
    ad = next((i for i in last if ADVERT.match(texts[i])), None)
    if ad is not None:
        end, removed = ad, [Removed(t, "ad") for t in texts[ad:end] if t] + removed
    if rx.signature_after_buttons:
        last = filled(texts, range(end - 1, -1, -1), SIGNATURE_LINES + 1)
        prose = next((i for i, t in enumerate(texts[:end]) if t and is_prose(t)), end)
        button = next((i for i in last[1:] if i > prose and rx.chrome.reason(texts[i]) in BUTTON_REASONS), None)
        if button is not None and not all(rx.chrome.reason(t) for t in texts[button + 1 : end] if t):
            removed[:0] = [Removed(t, "signature") for t in texts[button + 1 : end] if t]
            end = button + 1
    return end, removed


BUTTON_REASONS = ("post_chrome", "reaction")

#: the heading of a list of other questions a Q&A site prints under an answer ("Related questions")
RELATED_HEADING = re.compile(r"^(?:Related(?: questions| posts| threads)?|People also ask|Similar questions)$", re.I)
#: at least this many questions under the heading make the list (Quora's "Related" card holds one)
RELATED_QUESTIONS = 1
#: a listed question is a short line ending in "?"
QUESTION_WORDS = 30


def _related_questions(texts: list[str], end: int, removed: list[Removed]) -> tuple[int, list[Removed]]:
    """Where the post ends before a list of related questions under its text (Quora's "Related questions", then
    one question a line), with the lines removed."""
    k, asked = end, 0
    while k > 0 and (not texts[k - 1] or (texts[k - 1].endswith("?") and len(texts[k - 1].split()) <= QUESTION_WORDS)):
        asked += bool(texts[k - 1])
        k -= 1
    heading = next(iter(filled(texts, range(k - 1, -1, -1), 1)), None)
    if asked < RELATED_QUESTIONS or heading is None or not RELATED_HEADING.match(texts[heading]):
        return end, removed
    return heading, [Removed(t, "related") for t in texts[heading:end] if t] + removed


def _topic_summary(texts: list[str], rx: CompiledEngine) -> tuple[int, list[Removed]]:
    """Where the post ends before the topic's summary printed under it (rx.summary: its counts, top posters,
    busiest days), when no prose follows the summary's first line."""
    if rx.summary is None:
        return len(texts), []
    prose_after = len(texts)  # the first line from which no prose follows
    while prose_after and not (texts[prose_after - 1] and is_prose(texts[prose_after - 1])):
        prose_after -= 1
    at = next((i for i in range(prose_after, len(texts)) if rx.summary.match(texts[i])), None)
    if at is None:
        return len(texts), []
    return at, [Removed(t, "navigation") for t in texts[at:] if t]


def cut_parent_preview(lines: list[Line], texts: list[str], head: int,
                       rx: CompiledEngine) -> tuple[int, list[Removed]]:
    """Where the post ends before a preview of the post the next one replies to (rx.parent_preview): its
    opening list item sits right under the post's footer (a reaction or chrome line); the rest is the preview."""
    if rx.parent_preview is None:
        return len(texts), []
    above = None  # the last non-blank line before i
    for i in range(head, len(texts)):
        t = texts[i]
        if not t:
            continue
        if above is not None and LIST_ITEM.match(lines[i].text) and rx.parent_preview.match(t) \
                and (reaction_line(above, rx) is not None or rx.chrome.reason(above)):
            return i, [Removed(x, "parent_preview") for x in texts[i:] if x]
        above = t
    return len(texts), []


def cut_signature(texts: list[str], head: int, rx: CompiledEngine) -> tuple[int, list[Removed]]:
    """Where the post ends before a line that starts its signature ("Signature"), or (rx.signature_after_edit) an
    edit note with the signature under it, when the post has said something above it: (end, the lines cut)."""
    if rx.signature is None and not rx.signature_after_edit:
        return len(texts), []
    said = False
    for i in range(head, len(texts)):
        t = texts[i]
        reason = chrome_reason(t, rx) if t else None
        if said and rx.signature and rx.signature.match(t):
            return i, [Removed(x, "signature") for x in texts[i:] if x]
        if said and rx.signature_after_edit and reason == "edited":
            # the edit note, then the signature (the chrome under it keeps its reason)
            sig = [Removed(x, chrome_reason(x, rx) or "signature") for x in texts[i + 1:] if x]
            return i, [Removed(t, reason), *sig]
        said = said or bool(t and not reason)
    return len(texts), []


def cut_trailing_pane(texts: list[str], head: int, stop: int, author: str | None,
                      rx: CompiledEngine) -> tuple[int, list[Removed]]:
    """Where the post ends before its author's pane printed under its text (phpBB 3.0's prosilver: the name, then
    "Posts: 1", "Joined: <date>", a contact link): the name line, then member info and chrome only."""
    if not author or rx.member_info is None:
        return stop, []
    k, info = stop, 0
    while k > head and (not texts[k - 1] or rx.chrome.reason(texts[k - 1]) or rx.member_info.match(texts[k - 1])):
        info += bool(texts[k - 1] and rx.member_info.match(texts[k - 1]))
        k -= 1
    name = k - 1
    if not info or name <= head or texts[name] != author or not any(texts[head:name]):
        return stop, []
    return name, [Removed(t, chrome_reason(t, rx) or "author_pane") for t in texts[name:stop] if t]


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
    """Closing lines an author repeats under most of their posts on the page are their signature; an ending
    shared by fewer is text said twice (a repeated paragraph, an answer pasted again)."""
    by_author: dict[str, list[Post]] = {}
    for post in posts:
        if post.author and post.parts and isinstance(post.parts[-1], str):
            by_author.setdefault(post.author, []).append(post)
    found = [(post, _signature(post, [other for other in own if other is not post]))
             for own in by_author.values() for post in own]  # all found before any is cut
    for post, sig in found:
        if sig:
            _drop_ending(post, sig, removed)


def _signature(post: Post, others: list[Post]) -> list[str]:
    """The longest ending the post shares with at least half of the author's other posts."""
    endings = sorted((_shared_ending(post, other) for other in others), key=len, reverse=True)
    need = (len(endings) + 1) // 2
    return endings[need - 1] if endings and endings[need - 1] else []


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


def cut_after_body_end(lines: list[Line], texts: list[str], head: int, tail: int,
                       rx: CompiledEngine) -> tuple[int, list[Removed]]:
    """Engines that close the message body with an empty paragraph (XenForo 2's quote-selection end): what
    follows the post's last one up to its footer is its signature. An empty paragraph under the footer's first
    line (an edit note) leaves the body as it is: the empty paragraphs above are the poster's."""
    if not rx.body_end_spacer:
        return tail, []
    end = next((i for i in range(len(lines) - 1, head, -1) if lines[i].spacer), None)
    if end is None or end >= tail or not any(texts[head:end]):
        return tail, []
    return end, [Removed(t, "signature") for t in texts[end:tail] if t]
