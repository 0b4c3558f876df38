"""Dates as forums and news sites print them, to UTC datetimes.

Small and fast on purpose (a page has dozens of dates): ISO 8601, epoch seconds/milliseconds, month-name
dates in either order, numeric dates (Y-M-D, US M/D/Y, European D.M.Y), an optional clock time, and
relative dates ("8 hours ago", "Yesterday at 3:11 PM") anchored on the crawl time. Times without a zone
are taken as UTC: forums print local times and the page rarely says which zone.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache

from threadclean.text.pattern_heads import group_alternatives

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("jan", "january", "janv", "janvier", "januar", "enero", "gennaio"),
            ("feb", "february", "févr", "fevr", "février", "fevrier", "februar", "febrero", "febbraio"),
            ("mar", "march", "mars", "mär", "märz", "maerz", "marzo"),
            ("apr", "april", "avril", "abril", "aprile"),
            ("may", "mai", "mayo", "maggio"),
            ("jun", "june", "juin", "juni", "junio", "giugno"),
            ("jul", "july", "juil", "juillet", "juli", "julio", "luglio"),
            ("aug", "august", "août", "aout", "agosto"),
            ("sep", "sept", "september", "septembre", "septiembre", "settembre"),
            ("oct", "october", "octobre", "okt", "oktober", "octubre", "ottobre"),
            ("nov", "november", "novembre", "noviembre"),
            ("dec", "december", "déc", "décembre", "decembre", "dez", "dezember", "diciembre", "dicembre"),
        ],
        1,
    )
    for name in names
}
_MONTH = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
UNITS = {
    "s": 1, "sec": 1, "second": 1, "min": 60, "minute": 60, "m": 60, "h": 3600, "hr": 3600, "hour": 3600,
    "d": 86400, "day": 86400, "w": 604800, "wk": 604800, "week": 604800, "mo": 2592000, "month": 2592000,
    "y": 31536000, "yr": 31536000, "year": 31536000,
}
_UNIT = r"(?P<unit>" + "|".join(sorted(UNITS, key=len, reverse=True)) + r")s?"

ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$")
EPOCH = re.compile(r"^\d{10}(?:\d{3})?$")
RELATIVE = re.compile(r"\b(?P<n>\d+|an?|one)\s*" + _UNIT + r"\.?\s+ago\b")
SHORT_AGO = re.compile(r"^(?P<n>\d+)\s*" + _UNIT + r"$")  # IPS 5 "1 yr", "3 d"
#: a count of a time unit closing a text ("Asked 12 years", "1 yr")
UNIT_COUNT = re.compile(r"\b\d+\s*" + _UNIT + r"$", re.I)
#: German and French relative dates: "vor 3 Tagen", "1 Jahr 2 Tage her", "il y a 3 jours"
FOREIGN_UNITS = {
    "sekunde": 1, "minute": 60, "stunde": 3600, "tag": 86400, "woche": 604800, "monat": 2592000, "jahr": 31536000,
    "seconde": 1, "heure": 3600, "jour": 86400, "semaine": 604800, "mois": 2592000, "an": 31536000,
    "année": 31536000,
    # Spanish ("hace 2 días") and Italian ("2 giorni fa")
    "segundo": 1, "minuto": 60, "hora": 3600, "día": 86400, "dia": 86400, "mes": 2592000, "año": 31536000,
    "secondo": 1, "ora": 3600, "ore": 3600, "giorno": 86400, "giorni": 86400, "settimana": 604800,
    "settimane": 604800, "mese": 2592000, "mesi": 2592000, "anno": 31536000, "anni": 31536000,
}
FOREIGN_AGO = re.compile(r"^(?:vor|il y a|hace)\s|\s(?:her|fa)$")
#: FOREIGN_AGO's two ends, as plain tests a line passes before the search (most lines do not)
_FOREIGN_AGO_STARTS, _FOREIGN_AGO_ENDS = ("vor", "il y a", "hace"), (" her", " fa")
FOREIGN_PART = re.compile(r"(?P<n>\d+|einer?|einem|un|une|uno|una|un'|unos|unas)\s*(?P<unit>"
                          + "|".join(sorted(FOREIGN_UNITS, key=len, reverse=True)) + r")(?:e|en|n|s|es)?\b")
#: XenForo names the weekday of a post from the last week ("Wednesday at 9:14 PM")
WEEKDAY = re.compile(r"^(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: words naming the day a post was written on, in the languages boards print them in: days back from today
DAYS_BACK = {"today": 0, "yesterday": 1, "heute": 0, "gestern": 1, "aujourd'hui": 0, "hier": 1, "hoy": 0, "ayer": 1,
             "oggi": 0, "ieri": 1}
DAY_WORD = re.compile(r"\b(?P<word>" + "|".join(DAYS_BACK) + r"|just now|now)(?!\w)")
#: the day words a line may hold alone and still be a date line
_ENGLISH_DAY_WORDS = frozenset({"today", "yesterday", "just now", "now"})
TIME = re.compile(r"\b(?P<h>\d{1,2})[:h](?P<m>\d{2})(?::(?P<s>\d{2}))?\s*(?P<ap>[ap]\.?\s?m\.?)?(?![\w:])")
MONTH_FIRST = re.compile(_MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b,?(?:\s*(?P<y>\d{4})\b)?")
#: "21-Nov-19", "21-Nov-2019" (vBulletin and mailing-list archives)
DASHED = re.compile(r"\b(?P<d>\d{1,2})-" + _MONTH + r"-(?P<y>\d{4}|\d{2})\b")
DAY_FIRST = re.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th|\.)?\s+(?:(?:of|de)\s+)?" + _MONTH
                       + r",?(?:\s+(?:de\s+)?(?P<y>\d{4}))?\b")
YMD = re.compile(r"\b(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})\b")
#: the year may run into the clock after it when the two sat in separate elements ("7/9/057:57 PM", Khoros's
#: "06-12-201911:23 AM")
NUMERIC = re.compile(r"\b(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)"
                     r"(?P<y>\d{2}(?=\d{1,2}:\d{2}\b)|(?:\d{4}|\d{2})\b|\d{4}(?=\d{1,2}:\d{2}\b))")
#: what every date parse_date reads holds: two numbers joined by a sign (YMD, NUMERIC) or a month's name (DASHED,
#: MONTH_FIRST, DAY_FIRST); one search for it spares most texts the five (the month names grouped by their first
#: letters: most tries fail on one comparison)
_DATE_HINT = re.compile(r"\d[-/.]\d|" + group_alternatives([re.escape(name) for name in sorted(MONTHS)]))


def _iso(m: re.Match) -> datetime:
    y, mo, d, h, mi, s, tz = m.groups()
    dt = datetime(int(y), int(mo), int(d), int(h or 0), int(mi or 0), int(s or 0))
    if tz and tz != "Z":
        sign = 1 if tz[0] == "+" else -1
        digits = tz[1:].replace(":", "")
        dt -= sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    return dt.replace(tzinfo=UTC)


def _clock(text: str) -> tuple[int, int, int] | None:
    m = TIME.search(text)
    if not m:
        return None
    h, mi, s = int(m["h"]), int(m["m"]), int(m["s"] or 0)
    ap = (m["ap"] or "").replace(".", "").replace(" ", "")
    if ap == "pm" and h < 12:
        h += 12
    elif ap == "am" and h == 12:
        h = 0
    return (h, mi, s) if h < 24 and mi < 60 and s < 60 else None


def _relative(text: str, now: datetime) -> datetime | None:
    m = RELATIVE.search(text) or SHORT_AGO.match(text)
    if m:
        n = 1 if m["n"] in ("a", "an", "one") else int(m["n"])
        return now - timedelta(seconds=n * UNITS[m["unit"]])
    if FOREIGN_AGO.search(text) and (parts := list(FOREIGN_PART.finditer(text))):
        return now - timedelta(seconds=sum(_count(p["n"]) * FOREIGN_UNITS[p["unit"]] for p in parts))
    if m := WEEKDAY.match(text):
        back = (now.weekday() - WEEKDAYS.index(m["wd"])) % 7 or 7
        return _at_clock(now.date() - timedelta(days=back), text)
    m = DAY_WORD.search(text)
    if not m:
        return None
    if m["word"] in ("just now", "now"):
        return now
    return _at_clock(now.date() - timedelta(days=DAYS_BACK[m["word"]]), text)


def _count(word: str) -> int:
    return int(word) if word.isdecimal() else 1


def _at_clock(day: date, text: str) -> datetime:
    h, mi, s = _clock(text) or (0, 0, 0)
    return datetime(day.year, day.month, day.day, h, mi, s, tzinfo=UTC)


def parse_date(raw: str, *, now: datetime | None = None) -> date | None:
    """The calendar date in a string, or None. Years may be missing when `now` gives the current one."""
    text = raw.strip().lower()
    if not _DATE_HINT.search(text):
        return None
    m = YMD.search(text)
    if m:
        return _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    for pat in (DASHED, MONTH_FIRST, DAY_FIRST):
        m = pat.search(text)
        if m:
            year = _full_year(int(m["y"])) if m["y"] else (now.year if now else None)
            return _safe_date(year, MONTHS[m["mon"]], int(m["d"])) if year else None
    m = NUMERIC.search(text)
    if m:
        a, b, y = int(m["a"]), int(m["b"]), _full_year(int(m["y"]))
        # dots are European (D.M.Y); slashes and dashes US (M/D/Y) unless the first number cannot be a month
        day, month = (a, b) if m["sep"] == "." or a > 12 else (b, a)
        return _safe_date(y, month, day)
    return None


def _full_year(y: int) -> int:
    """A two-digit year is this century's ("21-Nov-19", "7/9/05")."""
    return y + 2000 if y < 100 else y


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d) if 1990 <= y <= 2100 else None
    except ValueError:
        return None


def parse_datetime(raw: str | None, *, now: datetime | None = None) -> datetime | None:
    """Parse an absolute or relative date to an aware UTC datetime, or None when there is none."""
    if not raw:
        return None
    text = raw.strip()
    m = ISO.match(text)
    if m:
        return _iso(m)
    if EPOCH.match(text):
        n = int(text)
        return datetime.fromtimestamp(n / 1000 if len(text) == 13 else n, tz=UTC)
    text = text.lower()
    if now is not None:
        now = now if now.tzinfo else now.replace(tzinfo=UTC)
        rel = _relative(text, now)
        if rel is not None:
            return rel
    day = parse_date(text, now=now)
    if day is None:
        return None
    # drop the date itself before looking for a clock time, so "2024-05-22" is not read as 20:24
    h, mi, s = _clock(YMD.sub(" ", NUMERIC.sub(" ", text))) or (0, 0, 0)
    return datetime(day.year, day.month, day.day, h, mi, s, tzinfo=UTC)


#: words and signs a date line may hold around its date
WEEKDAY_STARTS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
#: weekdays in the other languages boards print them in, whole or cut short ("Do 21. Nov 2019", "jeu. 3 mars"); the
#: French "mar." is left out: it is March too
FOREIGN_WEEKDAYS = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
                    "mo", "di", "mi", "do", "fr", "sa", "so",
                    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lun", "mer", "jeu", "ven",
                    "sam", "dim", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
                    "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")
#: words a date line holds around the date in those languages: "am 3. März um 10:22 Uhr", "le 3 mars à 10h22"
FOREIGN_DATE_WORDS = ("am", "um", "uhr", "le", "à", "a", "de", "del", "las", "alle", "ore")
_FILLER = re.compile(r"\b(?:" + "|".join(WEEKDAY_STARTS) + r")[a-z]*\b|\b(?:at|on|posted|updated|published|edited|utc|"
                     r"gmt|[a-z]{2,4}t)\b|(?<!\w)(?:" + "|".join(sorted(FOREIGN_WEEKDAYS + FOREIGN_DATE_WORDS, key=len,
                                                                   reverse=True))
                     + r")(?!\w)\.?|[,:–—|()\-]")


#: words printed around a relative date ("about 2 hours ago", "last edited 3 days ago")
_AGO_FILLER = re.compile(r"\b(?:about|over|almost|nearly|around|just|less than|more than|last|replied|answered|asked|"
                         r"modified|commented|created|started|wrote|said)\b|[.#\d]")


#: characters the date patterns and fillers below never take: ASCII and month-name letters, digits,
#: spaces and the signs they name are all they remove
_NEVER_IN_DATES = re.compile(
    "[^a-z" + "".join(sorted({c for name in (*MONTHS, *FOREIGN_WEEKDAYS, *FOREIGN_DATE_WORDS, *DAYS_BACK)
                              for c in name if not c.isascii()})) + r"\d\s,:–—|()\-./']"
)


#: runs of letters the removals below take only whole (besides a month's name, which may close a longer run: the
#: run's start is then left for the fillers): the numbers' endings, "of", the clock's separator and its a.m./p.m.,
#: the day words and the fillers' words
_DATE_WORDS = frozenset({"st", "nd", "rd", "th", "of", "h", "a", "p", "m", "am", "pm", "just", "now", "at", "on",
                         "posted", "updated", "published", "edited", "utc", "gmt", "aujourd", "hui",
                         *DAYS_BACK, *FOREIGN_WEEKDAYS, *FOREIGN_DATE_WORDS})
_MONTH_NAMES = tuple(MONTHS)
_LETTERS = re.compile(r"[^\W\d_]+")


def _date_words_only(t: str) -> bool:
    """False when a run of letters in the (lower-cased) text is one no removal of looks_like_date takes: something
    would be left. Asked before the removals, which cost far more."""
    return all(run in _DATE_WORDS or run.endswith(_MONTH_NAMES) or run.startswith(WEEKDAY_STARTS)
               or 3 <= len(run) <= 5 and run[-1] == "t"  # a zone: _FILLER's [a-z]{2,4}t
               for run in _LETTERS.findall(t))


@lru_cache(maxsize=1 << 14)  # the same lines are asked about by several rules
def looks_like_date(text: str) -> bool:
    """True when the whole line is a date/time, absolute or relative (used to spot date lines)."""
    if ISO.match(text.strip()):
        return True
    t = text.strip().lower()
    if not t or len(t) > 60:
        return False
    if t[0].isdecimal() and SHORT_AGO.match(t):
        return True
    if "ago" in t and (m := RELATIVE.search(t)):  # the relative date and filler words only, not "jdoe 2 years ago"
        return not _AGO_FILLER.sub(" ", _FILLER.sub(" ", t[: m.start()] + " " + t[m.end() :])).strip()
    # "vor 3 Tagen", "2 giorni fa": the plain tests first, most lines fail them
    if (t.startswith(_FOREIGN_AGO_STARTS) or t.endswith(_FOREIGN_AGO_ENDS)) and (m := FOREIGN_AGO.search(t)) \
            and FOREIGN_PART.search(t):
        return not FOREIGN_PART.sub(" ", t[: m.start()] + " " + t[m.end() :]).strip()
    if _NEVER_IN_DATES.search(t) or not _date_words_only(t):  # a character or a word is left
        return False
    rest = t
    for pat in (YMD, MONTH_FIRST, DAY_FIRST, NUMERIC, TIME, DAY_WORD):
        rest = pat.sub(" ", rest)
    rest = _FILLER.sub(" ", rest)
    if rest.strip():
        return False
    if parse_date(t, now=datetime(2000, 1, 1)) is not None or TIME.search(t):
        return True
    # a day word alone: in English ("Today"); the others' words alone are words of a sentence as often ("hier",
    # German "here") or a slot's label (an ad in a list of posts "dated" "Aujourd'hui")
    return (m := DAY_WORD.search(t)) is not None and m["word"] in _ENGLISH_DAY_WORDS

