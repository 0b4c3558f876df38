"""Post date lines in any engine's dump: the anchors a thread is cut at.

Most engines print each post's date on a line of its own ("Jul 9, 2022", "Old 2nd April 2025, 13:59 #2 | Link",
"11-29-2024, 09:03 AM"), sometimes with a word before it or a post counter after it. Engines that put
the author on the date line ("Post by X » date") say so with their own `post_date` patterns.
"""

from __future__ import annotations

import re
from functools import lru_cache

from threadclean.dates import SHORT_AGO, UNIT_COUNT, looks_like_date
from threadclean.text.pattern_heads import CASE_ODDITIES

#: words engines print before a post date, and counters/links after it (a counter may run into the date's
#: machine-readable form: "Aug 08, 2006#12006-08-08T22:13+00:00")
_PREFIX = re.compile(r"^(?:old|posted|post(?:ed)? on|on|date:?|written|asked|answered|commented|replied|geschrieben|verfasst|publié le|le)\s+", re.I)
_SUFFIX = re.compile(r"(?:\s*(?:#\d*\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:[+-]\d{2}:?\d{2}|Z)?|#\d+|(?:Thread Starter\s+)?Post #\d+ of \d+|\|\s*link|\((?:edited|bearbeitet|modifié)\)|(?:edited|bearbeitet)|·|•|\|))+$",
                     re.I)
_HAS_DIGIT_OR_DAY = re.compile(r"\d|today|yesterday|heute|gestern|hier|aujourd", re.I)
MAX_DATE_LINE = 70
#: "3DS", "4WD": a number and capitals is a name, not a short relative date like "3 d" or "1 yr"
_CAPS_UNIT = re.compile(r"^\d+\s*[A-Z]{2,}$")
#: a length of time in whole words ("1 minute", "7 Days"): boards print a post's age so only with "ago"; without it,
#: short ("1 yr", "3d")
_SPELLED_UNIT = re.compile(r"\d\s*(?:second|minute|hour|day|week|month|year)s?$", re.I)
#: the last character of every _SUFFIX match, bar a digit ("#12"); in any case under re.IGNORECASE
_SUFFIX_LAST = frozenset("kK\u212a)dDtTzZ·•|\n")
#: the last character of every _GLUED_AGO match
_GLUED_LAST = frozenset("rokwdhnms")


_DIGIT = re.compile(r"\d")
_DAY_WORDS = ("today", "yesterday", "heute", "gestern", "hier", "aujourd")


def has_digit_or_day(text: str) -> bool:
    """_HAS_DIGIT_OR_DAY.search(text): a digit (a quick class scan), else a day word in the lower-cased line (when
    no CASE_ODDITIES character could match a letter of one under re.IGNORECASE)."""
    if _DIGIT.search(text):
        return True
    if any(c in text for c in CASE_ODDITIES):
        return _HAS_DIGIT_OR_DAY.search(text) is not None
    low = text.lower()
    return any(word in low for word in _DAY_WORDS)


@lru_cache(maxsize=1 << 15)  # a page's lines are tried as date lines by several steps and engines
def bare_date(text: str) -> str | None:
    """The date written on a line that holds nothing else (bar a prefix word or a "#N" counter)."""
    if len(text) > MAX_DATE_LINE or not has_digit_or_day(text):
        return None
    prefix = _PREFIX.match(text)  # anchored: the one place _PREFIX.sub could take anything from
    core = _strip_glued_ago(_strip_suffix(text[prefix.end() :] if prefix else text).strip())
    # a date with a colon after it heads what follows it in a post ("JULY 2:"): no post's date line
    if not core or core[0] == "#" or core[-1] == ":" or _CAPS_UNIT.match(core) or not looks_like_date(core):
        return None
    return core


#: a date's short relative form run into its year, the two printed in separate elements (IPS 5: "June 14, 20241 yr")
_GLUED_AGO = re.compile(r"(?<=\b\d{4})\d{1,3} ?(?:yr|mo|wk|w|d|hr|h|min|m|s)s?$")


def _strip_suffix(text: str) -> str:
    """_SUFFIX.sub("", text), skipped when the last character cannot end a suffix (most lines)."""
    last = text[-1:]
    return _SUFFIX.sub("", text) if last and (last in _SUFFIX_LAST or last.isdecimal()) else text


def _strip_glued_ago(text: str) -> str:
    """_GLUED_AGO.sub("", text), skipped when the last character cannot end its match."""
    return _GLUED_AGO.sub("", text) if text[-1:] in _GLUED_LAST else text


#: separators printed between an author and a date on one line
_SEPARATORS = re.compile(r"^[|·•:,\-–—]+|[|·•:,\-–—]+$")
NAME_WORDS = 3
CLOCK_ONLY = re.compile(r"^[\d:\s]+(?:[ap]\.?\s?m\.?)?$", re.I)


#: a post header that names the author after "by" and the date after it ("Re: Title by jdoe(m): 10:16am On Apr 24")
_BY_NAME = re.compile(r"\bby\s+(?P<name>[^\s:,]{1,40}?)(?:\([mf]\))?\s*[:,]\s+(?P<when>[^:]{0,20}\d.{0,40})$", re.I)
MAX_BY_LINE = 300
#: a header naming the author, then the date after "on" ("Posted by Kim Lee on 07/03/24 02:57 PM")
_POSTED_BY_ON = re.compile(r"^(?:posted |written |submitted )?by\s+(?P<name>\S.{0,40}?)\s+on\s+(?P<when>.*\d.*)$", re.I)


def name_and_date(text: str) -> tuple[str, str] | None:
    """(author, date) of a line holding a short name then a date ("jdoe Tue 16-Jun-20 16:12:14"), or a
    title, "by" the author and the date ("Topic title by jdoe: 10:16am On Apr 24")."""
    if len(text) > MAX_DATE_LINE + 30:
        return by_name(text) if len(text) <= MAX_BY_LINE else None
    if not has_digit_or_day(text):
        return None
    pair = _name_first(text) or by_name(text) or _posted_by_on(text)
    return (_AVATAR_ALT.sub(r"\g<name>", pair[0]), pair[1]) if pair else None


#: an avatar's alternative text printed before the name it belongs to ("jdoe avatar jdoe")
_AVATAR_ALT = re.compile(r"^(?P<name>\S+) avatar (?P=name)$", re.I)


#: an edit note after a header's date ("10:16am On Apr 24*. Modified: 9:02pm On Apr 25")
_MODIFIED = re.compile(r"\*?\.?\s+(?:Modified|Edited|Last edited|Bearbeitet|Modifié)\s*:\s+.{1,40}$", re.I)


def _without_edit_note(text: str) -> str:
    return _MODIFIED.sub("", text) if ":" in text[-40:] else text


def by_name(text: str) -> tuple[str, str] | None:
    """(author, date) of a header naming the author after "by", the date after a colon or comma ("Re: Topic by jdoe:
    10:16am On Apr 24"), an edit note after the date aside."""
    m = _BY_NAME.search(_without_edit_note(text)) if "by " in text.lower() else None
    when = bare_date(m["when"]) if m else None
    return (m["name"], when) if when and not CLOCK_ONLY.match(when) else None


#: what stands before "by" on a date line that names no title ("Posted by jdoe, ...", "Reply #3 by jdoe, ...")
_BYLINE_LABEL = re.compile(r"^(?:posted|written|submitted|started|answered|asked|edited|reply|post|comment|message)"
                           r"(?:\s*#?\d+)?\s*[:,]?$", re.I)


def byline_title(text: str) -> str | None:
    """The title a post's header line names before "by" the author and the date ("Topic title by jdoe: 10:16am
    On Apr 24"), without a reply's "Re:"."""
    if len(text) > MAX_BY_LINE or not by_name(text):
        return None
    title = re.sub(r"^(?:re\s*:\s*)+", "", text[: _BY_NAME.search(_without_edit_note(text)).start()], flags=re.I).strip()
    return title if title and not _BYLINE_LABEL.match(title) else None


def _posted_by_on(text: str) -> tuple[str, str] | None:
    m = _POSTED_BY_ON.match(text) if "by" in text.lower() else None
    when = bare_date(m["when"]) if m and len(m["name"].split()) <= NAME_WORDS else None
    return (m["name"], when) if when and not CLOCK_ONLY.match(when) else None


def _name_first(text: str) -> tuple[str, str] | None:
    tokens = text.split()
    for k in range(1, min(NAME_WORDS, len(tokens) - 1) + 1):
        name = _SEPARATORS.sub("", " ".join(tokens[:k])).strip()
        rest = _SEPARATORS.sub("", " ".join(tokens[k:])).strip()
        if not name or name[0].isdigit() or _PREFIX.match(name + " ") or _WEEKDAY.match(name):
            continue
        when = bare_date(rest)
        if when and CLOCK_ONLY.match(when):  # a clock alone: the day is still in the name ("jdoe Tue 16-Jun-20")
            name, day = _split_day(name)
            when = f"{day} {when}".strip() if name else None
        if when and UNIT_COUNT.search(name):
            continue  # a relative date in two parts ("Asked 12 years, 1 month ago"): no name before its second
        if when and SHORT_AGO.match(when.lower()) and (tokens[k - 1].endswith(":") or _SPELLED_UNIT.search(when)):
            continue  # a label and a length of time ("Money Back Guarantee: 7 Days", "Takes 1 minute"): no name and date
        if when and not (k < NAME_WORDS and _name_word_first(rest)):
            return name, when
    return None


#: month and weekday names, whole or cut short, in the languages boards print dates in (English, German, French,
#: Spanish, Italian), and the words a date may start with ("Today", "An hour ago", "Vor 3 Tagen")
_DATE_WORDS = (
    "jan", "january", "januar", "janvier", "janv", "ene", "enero", "gen", "gennaio", "feb", "february", "februar",
    "février", "févr", "fev", "febrero", "febbraio", "mar", "march", "märz", "mär", "mars", "marzo", "apr", "april",
    "avril", "avr", "abr", "abril", "aprile", "may", "mai", "mayo", "mag", "maggio", "jun", "june", "juni", "juin",
    "junio", "giu", "giugno", "jul", "july", "juli", "juillet", "juil", "julio", "lug", "luglio", "aug", "august",
    "août", "ago", "agosto", "sep", "sept", "september", "septembre", "septiembre", "set", "settembre", "oct",
    "october", "okt", "oktober", "octobre", "octubre", "ott", "ottobre", "nov", "november", "novembre", "noviembre",
    "dec", "december", "dez", "dezember", "déc", "décembre", "dic", "diciembre", "dicembre", "mon", "monday", "tue",
    "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday", "fri", "friday", "sat", "saturday",
    "sun", "sunday", "mo", "montag", "di", "dienstag", "mi", "mittwoch", "do", "donnerstag", "fr", "freitag", "sa",
    "samstag", "so", "sonntag", "lun", "lundi", "mardi", "mer", "mercredi", "jeu", "jeudi", "ven", "vendredi",
    "sam", "samedi", "dim", "dimanche", "today", "yesterday", "heute", "gestern", "hier", "aujourd'hui", "just",
    "a", "an", "one", "last", "vor", "il", "hace", "le", "am", "on", "posted",
)
_DATE_WORD = re.compile(rf"^(?:{'|'.join(map(re.escape, _DATE_WORDS))})\.?,?$", re.I)


def _name_word_first(rest: str) -> bool:
    """The rest of a line after a name's first word starts with a second word of the name: a capitalised word that
    names no month or day, with a date after it ("Pepper Pot Jun 7, 2017": "Pot" is no part of the date)."""
    first, _, after = rest.partition(" ")
    return first.isalpha() and first[0].isupper() and not _DATE_WORD.match(first) and bare_date(after) is not None


_WEEKDAY = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?$", re.I)
_DAY_TOKEN = re.compile(r"\d|" + _WEEKDAY.pattern, re.I)


def _split_day(name: str) -> tuple[str, str]:
    """A name with a day written after it ("jdoe Tue 16-Jun-20") -> ("jdoe", "Tue 16-Jun-20")."""
    tokens = name.split()
    k = len(tokens)
    while k > 1 and _DAY_TOKEN.search(tokens[k - 1]):
        k -= 1
    if k == len(tokens) or _WEEKDAY.match(tokens[0]):
        return "", ""
    return " ".join(tokens[:k]), " ".join(tokens[k:])
