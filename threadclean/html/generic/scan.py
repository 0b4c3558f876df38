"""The page scan: nodes that show a date or an author, marked on all their ancestors."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import cache

from selectolax.lexbor import LexborNode

from threadclean.html.walk import SKIP_TAGS
from threadclean.joined_search import has_case_traps, hit_texts, text_starts, texts_with
from threadclean.text.engines import JOIN_LABEL

_MONTHS = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|okt|dez|"
           r"janv|févr|mars|avr|juin|juil|août|déc)[a-zéû]*\.?")
DATE_TEXT = re.compile(
    r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|"
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\.?\s+{_MONTHS}(?:\s+\d{{2,4}})?|\b{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|"
    r"\b\d+\s+(?:second|minute|hour|day|week|month|year|min|hr|sek|minute|stunde|tag|woche|monat|jahr)[a-z]*\s+"
    r"(?:ago|her)\b|\bvor\s+\d+\s+\w+|\b(?:today|yesterday|heute|gestern)\b|\b\d{1,2}:\d{2}\s*(?:[ap]m)?\b",
    re.I,
)
MAX_DATE_TEXT = 80
#: a date written in a block of more text than this is one a post mentions ("Date: 17th February 2026" in a flight's
#: details), not a post's stamp
MAX_STAMP_BLOCK = 200
#: nor is one in a sentence: a stamp has at most this many words besides its date ("Posted by jdoe on")
STAMP_WORDS = 5
_WORDS = re.compile(r"\w+")
_JOINED = re.compile(rf"{JOIN_LABEL}\s*:", re.I)
_JOIN_LABEL = re.compile(rf"{JOIN_LABEL}\s*:?$", re.I)
#: DATE_TEXT's one alternative without a digit: texts holding no digit are searched for it alone
_DAY_WORDS = ("today", "yesterday", "heute", "gestern")
_DAY_WORD = re.compile(rf"\b(?:{'|'.join(_DAY_WORDS)})\b", re.I)
_DIGIT = re.compile(r"\d")
#: every alternative opens with one given character (`\?` and `&` apart, not `[?&]`): the regex engine then skips, in
#: C, the positions holding none of them (twice as fast over a page's hrefs)
PROFILE_HREF = re.compile(
    r"/(?:members?|users?|u|profiles?|personal_pages|user-dashboard|people|community/profile|benutzer|mitglied|"
    r"membres?|miembros?|membros?|utenti|utente|profil|perfil)\d*(?:/(?!log_?in|sign_?up|register)|\.php|$)|"
    r"viewprofile|showuser|memberlist\.php|profile\.php|\?{ids}|&{ids}".format(
        ids=r"(?:u|userid|user_id|uid|memberid)=\d"),
    re.I | re.M,  # $: the end of each href in a joined search
)
#: (`[class*=nick]` also finds the nicknames)
AUTHOR_CSS = ("[itemprop=author], [class*=author], [class*=username], [class*=user-name], [class*=poster], "
              "[class*=nick], a.user, [rel=author], a[data-username]")
MACHINE_DATE_CSS = "time, [datetime], [data-timestamp], [data-time], a[class*=timestamp]"


def mark(node: LexborNode, flag: int, marks: dict[int, int], first: dict[tuple[int, int], LexborNode],
         flagged: dict[int, list[LexborNode]] | None = None) -> None:
    """Flag `node` and its ancestors; remember the first flagged node under each ancestor (and, in `flagged`, the
    children each parent has flagged)."""
    current: LexborNode | None = node
    while current is not None and current.tag not in ("html", "-undef"):
        key = current.mem_id
        if marks.get(key, 0) & flag:
            break  # ancestors already carry this flag from an earlier node
        marks[key] = marks.get(key, 0) | flag
        first[(key, flag)] = node
        parent = current.parent
        if flagged is not None and parent is not None:
            flagged.setdefault(parent.mem_id, []).append(current)
        current = parent


def date_nodes(body: LexborNode) -> list[LexborNode]:
    """Nodes showing a date: machine-readable dates, and the parents of short texts that read as one."""
    found = list(body.css(MACHINE_DATE_CSS))
    nodes, texts = [], []
    # whitespace-only text nodes are skipped by the parser's walk: they strip to nothing
    for node in body.traverse(include_text=True, skip_empty=True):
        if node.is_text_node and 4 <= len(text := (node.text_content or "").strip()) <= MAX_DATE_TEXT:
            nodes.append(node)
            texts.append(text)
    found += [p for i in _date_texts(texts) if (p := nodes[i].parent) is not None and p.tag not in SKIP_TAGS
              and len(_WORDS.findall(DATE_TEXT.sub(" ", texts[i]))) <= STAMP_WORDS
              and len(p.text(deep=True)) <= MAX_STAMP_BLOCK]
    return [n for n in found if not _joined(n) and not _edit_note(n)]


#: an edit note's label ("Last edited by jdoe; Feb 17, 2026 at 9:17 am"): its date is the edit's, not the post's
EDIT_LABEL = re.compile(r"(?:Last edited|Edited|Zuletzt (?:bearbeitet|geändert)|Bearbeitet|Dernière (?:édition|modification)|"
                     r"Modifié|Editado|Modificato)\b", re.I)
#: the levels up from a date node an edit note's label may be (the clock in a span of its own inside the note)
_NOTE_LEVELS = 2


def _edit_note(node: LexborNode) -> bool:
    """The date node lies in an edit note: a short block whose text opens with an edit label."""
    current: LexborNode | None = node
    for _ in range(_NOTE_LEVELS):
        if current is None:
            return False
        text = current.text(deep=True).strip()
        if len(text) > MAX_DATE_TEXT * 2:
            return False
        if EDIT_LABEL.match(text):
            return True
        current = current.parent
    return False


def _joined(node: LexborNode) -> bool:
    """A date labelled as the day the member joined ("Join Date: Aug 2008", "<dt>Joined:</dt><dd>Mar 8, 2010</dd>"):
    the author pane's, which would pass for the post's date and make the pane look like a comment of its own."""
    if _JOINED.match(node.text(deep=True).strip()):
        return True
    label = node.prev
    while label is not None and not label.is_element_node and not (label.text_content or "").strip():
        label = label.prev
    return label is not None and bool(_JOIN_LABEL.match((label.text(deep=True) or "").strip()))


def _date_texts(texts: list[str]) -> list[int]:
    """`_matching(DATE_TEXT, texts, "\0")`, faster: the full pattern, slow on every word, runs only over the texts
    holding a digit (a fifth), the others are searched for the day words alone. NUL separates the texts: no date
    pattern crosses it, so each text is read as on its own."""
    joined, starts = "\0".join(texts), text_starts(texts)
    digits = texts_with(_DIGIT, joined, starts)
    found = set(_day_word_texts(texts, joined, starts))
    found.update(digits[n] for n in _matching(DATE_TEXT, [texts[i] for i in digits], "\0"))
    return sorted(found)


def _day_word_texts(texts: list[str], joined: str, starts: list[int]) -> list[int]:
    """The texts _DAY_WORD finds something in: only those holding one of the words in some case are searched (a
    substring search of the lowercased texts, many times as fast as the regex over all of them)."""
    if has_case_traps(joined):  # `ſ` matches `s` in the regex, not in the lowercased texts
        return sorted(hit_texts(_DAY_WORD.finditer(joined), starts))
    lowered = joined.lower()
    holding = set()
    for word in _DAY_WORDS:
        pos = lowered.find(word)
        while pos >= 0:
            holding.add(n := bisect_right(starts, pos) - 1)
            pos = lowered.find(word, starts[n + 1])
    return [n for n in sorted(holding) if _DAY_WORD.search(texts[n])]


def author_nodes(body: LexborNode) -> list[LexborNode]:
    """Nodes naming a poster: profile links, then author/user classes and microdata."""
    anchors = body.css("a[href]")
    hrefs = [a.attrs.get("href") or "" for a in anchors]  # `attrs` reads one attribute, not all
    links = [anchors[i] for i in _matching(PROFILE_HREF, hrefs, "\n")]  # `$` matches at each newline
    return links + list(body.css(AUTHOR_CSS))


def _matching(pattern: re.Pattern[str], texts: list[str], sep: str) -> list[int]:
    """Indexes of the texts the pattern finds something in, in order: one search over all texts joined by `sep`
    (one character the pattern never crosses) instead of one search per text."""
    return sorted(hit_texts(_search(pattern, sep.join(texts)), text_starts(texts)))


def _search(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, faster: for a pattern written in lowercase (the scan patterns are), a
    case-sensitive search of the lowercased text runs two to four times as fast as the case-insensitive one,
    and finds the same matches at the same offsets unless a trap character occurs."""
    if not pattern.flags & re.I or has_case_traps(text):
        return pattern.finditer(text)
    return _cased(pattern).finditer(text.lower())


@cache
def _cased(pattern: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(pattern.pattern, pattern.flags & ~re.I)
