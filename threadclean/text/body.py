"""Split one post body into the author's own words, embedded news articles and embedded media.

Members paste news articles and video cards into posts. Their text dumps keep tell-tale lines: a
headline, a byline ("By SETH J. FRANTZMAN"), a dateline or outlet ("OAN Newsroom", "Dubai -
Alarabiya.net", "Source: Reuters"), photo captions with credits, "Advertisement"; a video card shows
"47,611 views" under its title and viewer comments as name / "8 hours ago" / text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice

from threadclean.dates import looks_like_date, parse_date
from threadclean.joined_search import CASE_TRAPS, has_case_traps, text_starts
from threadclean.model import Article, Media, MediaComment, Part, Removed

_W = re.compile(r"\w+")
_NAME_WORD = r"[A-Z][\w.'’\-]*"
BYLINE = re.compile(rf"^By:?\s+(?P<name>{_NAME_WORD}(?:,?\s+(?:and\s+)?{_NAME_WORD}){{0,6}})\s*$")
#: a byline printed as the name alone, in capitals ("ERIK J. VAN DAM"); two-word ones read as section labels
CAPS_NAME = re.compile(r"^[A-Z][A-Z'’\-]*\.?(?: [A-Z][A-Z'’\-]*\.?){2,3}$")
#: words of shouted lines that are no names ("GREAT JOB GUYS", "THIS IS IT")
_NOT_NAME_WORDS = re.compile(
    r"^(?:A|AN|THE|AND|OR|BUT|OF|TO|IN|ON|AT|FOR|WITH|IS|ARE|WAS|IT|THIS|THAT|THESE|MY|YOUR|OUR|WE|I|YOU|HE|SHE|"
    r"THEY|ME|NO|NOT|YES|ALL|GREAT|GOOD|NICE|BEST|JOB|GUYS|THANKS|THANK|LOL|OMG|WOW|WTF|LOVE|HATE|NEW|NOW|HERE|"
    r"WHAT|WHY|HOW|UPDATE|EDIT)$")
SOURCE = re.compile(r"^(?:source|sources|via|courtesy(?: of)?)\s*:\s*(?P<outlet>.{2,60})$", re.I)
OUTLET_DATE = re.compile(r"^(?P<outlet>[A-Z][\w .&'’]{1,40}),\s+(?P<when>.{6,40}?)\s*[—–-]\s*$")
DASHED_OUTLET = re.compile(rf"^{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}\s+[-–]\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}$")
#: the last words of an outlet's name, and the endings of a site's domain
_OUTLET_NAMES = ("newsroom", "news agency", "press", "news", "times", "post", "tribune", "herald", "journal", "gazette",
                 "reuters", "associated press", "afp", "ap")
_DOMAIN_ENDS = ("com", "net", "org", "news", "tv", "info", "co.uk", "eu", "de", "fr", "ca", "au", "ie", "nz", "za",
                "ng", "in")
OUTLET_WORDS = re.compile(r"^[\w .&'’]{2,40}\b(?:" + "|".join(_OUTLET_NAMES) + ")$", re.I)
DOMAIN = re.compile(r"^(?:[\w .&'’-]{0,30}[-–]\s*)?(?:[\w-]+\.)+(?:" + "|".join(map(re.escape, _DOMAIN_ENDS)) + ")$",
                    re.I)
DATE_PREFIX = re.compile(r"^(?:published|updated|posted|last updated|first published)(?:\s+(?:on|at|in))?\s*:?", re.I)
EMPTY_META = re.compile(r"^(?:published(?: in| on)?:?\s*)?(?:last updated:?\s*)?$", re.I)
#: an agency's or the file's name in parentheses closing a line ("(AP)", "(file)."): 15 characters at most
_AGENCY_TAG = r"\((?:ap|afp|reuters|getty(?: images)?|epa|file|supplied)\)\.?$"
CREDIT = re.compile(
    r"\((?:photo|image|picture|credit)[^)]*\)\.?$|via getty images\)?\.?$|\[(?:getty|ap|reuters|afp|epa|"
    r"shutterstock)[^\]]*\]$|" + _AGENCY_TAG + r"|\(photo by [^)]+\)|"
    r"^(?:photo|image|picture)(?: credit)?\s*:|copyright\s+.{3,60}\d{4}$|/(?:afp|ap|reuters|getty images|epa)\b",
    re.I,
)
_ADVERT_WORDS = ("advertisement", "sponsored", "story continues below advertisement")
ADVERT = re.compile("^(?:" + "|".join(_ADVERT_WORDS) + ")$", re.I)
#: the lengths of the (stripped) lines ADVERT matches: each of its characters matches one character
_ADVERT_LENGTHS = frozenset(map(len, _ADVERT_WORDS))
#: how the (stripped) lines _names_outlet takes may end, lower-cased
_OUTLET_ENDS = _OUTLET_NAMES + tuple("." + end for end in _DOMAIN_ENDS)
#: the dashes an OUTLET_DATE line ends in
_DASHES = ("—", "–", "-")
COUNTER = re.compile(r"^\d[\d,.]*$")
EMPTY_BULLET = re.compile(r"^[•·\s]*$")
SECTION = re.compile(r"^[A-Z][A-Z&/]{1,15}(?: [A-Z][A-Z&/]{1,15})?$")  # "MENA", "WORLD NEWS": a section label
CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
_DIGIT = re.compile(r"\d")
_ASCII_DIGITS = b"0123456789"
VIEWS = re.compile(r"^(?P<views>[\d,.]+[KkMm]?)\s*views?(?:\b|(?=[A-Z]))")

MIN_ARTICLE_WORDS = 80
#: kinds of article lines that alone show a pasted article: members' own posts do not carry them
STRONG_KINDS = frozenset({"byline", "credit", "source"})
#: kinds that members' posts also show now and then (a headline-like first line, a date line, a doubled line,
#: a site name, an ad line: forums put ads in posts too): two different ones together show an article
WEAK_KINDS = frozenset({"title", "dateline", "outlet", "caption", "named", "ad"})
#: a doubled line is a caption (image alt text beside the visible caption) when it says this much: a doubled
#: name or number is a user name or a counter
CAPTION_WORDS = 3
#: lines that end like an outlet's name ("... Post", "... News") but are buttons
_BUTTON_START = re.compile(r"^(?:add|copy|reply|edit|report|share|quote|view|read|write|submit|create|delete)\b",
                           re.I)
#: a date line reached only through its clock time must start with the date ("12:56 PM PT – Thursday, ...");
#: "Joined: ... 8:37 pm" and "Reply #3 on: ..." are post chrome
_DATE_START = re.compile(r"^(?:\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                         r"[a-z]*\b)", re.I)


#: lines up to this long have their word count cached: several rules count the same line
CACHED_CHARS = 400


def words(text: str) -> int:
    return _line_words(text) if len(text) <= CACHED_CHARS else _count_words(text)


@lru_cache(maxsize=1 << 16)
def _line_words(text: str) -> int:
    return _count_words(text)


def _count_words(text: str) -> int:
    # an ASCII text's words counted as bytes: no decoding of what is only counted
    return len(text.encode("ascii").translate(_ASCII_WORDS).split()) if text.isascii() else len(_W.findall(text))


def has_words(text: str, n: int) -> bool:
    """words(text) >= n, decided without counting past n (long texts only meet a threshold): by the regex engine,
    or for ASCII text by a byte table and a split that stops after n words."""
    if n <= 0:
        return True
    if len(text) < 2 * n - 1:  # n words take n word characters and one between each two
        return False
    if text.isascii():
        return len(text.encode("ascii").translate(_ASCII_WORDS).split(None, n - 1)) == n
    return _at_least_words(n).match(text) is not None


@lru_cache(maxsize=16)
def _at_least_words(n: int) -> re.Pattern:
    # n - 1 words each with the separator after it, then the first letter of the n-th
    return re.compile(rf"\W*(?:\w+\W+){{{n - 1}}}\w")


def more_words_than(text: str, limit: int) -> bool:
    """words(text) > limit, without counting when the text is too short to hold that many words."""
    return len(text) > 2 * limit and words(text) > limit


@lru_cache(maxsize=8192)  # each line is compared with both neighbours
def _norm(text: str) -> str:
    return norm_text(text)


#: ASCII bytes -> their word character lower-cased (letters, digits, "_"), a space for the others
_ASCII_WORDS = bytes(ord(chr(c).lower()) if c < 128 and (chr(c).isalnum() or c == 95) else 32 for c in range(256))


#: _ASCII_WORDS keeping the line break, and the bytes it turns into spaces but for the line break (see _repeat_keys)
_ASCII_LINE_WORDS = _ASCII_WORDS[:10] + b"\n" + _ASCII_WORDS[11:]
_ASCII_NON_WORDS = bytes(c for c in range(256) if _ASCII_WORDS[c] == 32 and c != 10)


def _ascii_words(text: str) -> list[str]:
    """_W.findall(text.lower()) of an ASCII text: a byte table and a split instead of the regex's test of every
    character."""
    return text.encode("ascii").translate(_ASCII_WORDS).decode("ascii").split()


def norm_text(text: str) -> str:
    """The line's words (\\w runs), lower-cased, joined by single spaces."""
    return " ".join(_ascii_words(text) if text.isascii() else _W.findall(text.lower()))


class LineNorms:
    """The lines' norms (`norms[n]` is norm_text(texts[n])), each made when first asked: most lines of a body are
    never compared (see _repeated_lines). Not the `_norm` cache: a body's lines are mostly new to it, so its upkeep
    costs more than its hits save."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self.made: list[str | None] = [None] * len(texts)

    def __len__(self) -> int:
        return len(self.texts)

    def __getitem__(self, n: int) -> str:
        norm = self.made[n]
        if norm is None:
            norm = self.made[n] = norm_text(self.texts[n])
        return norm


def _norm_words(norm: str) -> int:
    """words() of a `_norm` result: its words are joined by single spaces."""
    return norm.count(" ") + 1 if norm else 0


#: every CREDIT match holds one of these pieces (in some case: the text is lower-cased first), or starts the line
#: with one of _CREDIT_STARTS, or ends it in "]" or with _AGENCY_TAG; a line with a CASE_TRAPS character is
#: searched in full
_CREDIT_WORDS = ("(photo", "(image", "(picture", "(credit", "via getty images", "copyright", "/ap", "/afp",
                 "/reuters", "/getty images", "/epa")
_CREDIT_STARTS = ("photo", "image", "picture")
_CREDIT_WORD = re.compile("|".join(map(re.escape, _CREDIT_WORDS)) + "|^(?:" + "|".join(_CREDIT_STARTS) + ")")
_CREDIT_TAG = re.compile(_AGENCY_TAG, re.I)
#: _CREDIT_WORDS by how _credit_hints finds them (in bytes): those starting with a mark, at each of its places; the
#: others whole; _CREDIT_STARTS after a line break
_MARKED_CREDIT_BYTES = tuple((mark.encode(), tuple(w.encode() for w in _CREDIT_WORDS if w[0] == mark)) for mark in "(/")
_LONG_CREDIT_BYTES = tuple(w.encode() for w in _CREDIT_WORDS if w[0] not in "(/")
_CREDIT_STARTS_BYTES = tuple(w.encode() for w in _CREDIT_STARTS)
_CREDIT_LINE_START = re.compile(b"\n(?:" + b"|".join(_CREDIT_STARTS_BYTES) + b")")


def _credit_end(line: str) -> bool:
    """The line ends as a credit with none of _CREDIT_WORDS may: "]", or an agency tag (looked for in the
    line's last characters only: lines ending in ")" are many, smileys among them)."""
    return line.endswith("]") or line.endswith((")", ").")) and _CREDIT_TAG.search(line[-16:]) is not None


def has_credit(line: str) -> bool:
    """CREDIT.search(line), skipped on lines that hold none of the pieces every credit has (most lines)."""
    if not (_credit_end(line) or has_case_traps(line) or _CREDIT_WORD.search(line.lower())):
        return False
    return CREDIT.search(line) is not None


class BodyLines:
    """The non-blank lines of a body with what the article reader asks of each, computed once for all lines.

    `norms[n]` is `norm_text(texts[n])` (see LineNorms); `adverts` the lines ADVERT matches; `credited` those CREDIT
    finds; `repeated` those `_repeated` holds (with its prefix test) against their neighbours.
    """

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        joined = "\n".join(texts)
        self.norms = LineNorms(texts)
        self.adverts = {n for n, t in enumerate(texts) if _is_advert(t)}
        self.credited = {n for n in _credit_hints(texts, joined) if CREDIT.search(texts[n])}
        self.repeated = _repeated_lines(texts, self.norms, joined)

    def near(self, n: int) -> tuple[str, str]:
        return (self.norms[n - 1] if n else "", self.norms[n + 1] if n + 1 < len(self.norms) else "")

    def is_caption(self, n: int, *, prefix: bool = True) -> bool:
        """is_caption(line n, the line before, the line after)."""
        if n in self.credited:
            return True
        repeated = n in self.repeated if prefix else _repeated(self.texts[n], self.norms[n], self.near(n), prefix)
        return repeated and _says_enough(self.norms[n])


def _finds(text: bytes, word: bytes) -> list[int]:
    """Where the word starts in the text, every time."""
    out, at = [], text.find(word)
    while at != -1:
        out.append(at)
        at = text.find(word, at + 1)
    return out


def hit_lines(positions: list[int], starts: list[int]) -> set[int]:
    """The indexes of the lines (starting at `starts`, see text_starts) the positions fall in."""
    return {bisect_right(starts, at) - 1 for at in positions}


def _credit_hints(texts: list[str], joined: str | None = None) -> set[int]:
    """The lines where a credit may be (see has_credit), found in the body's lines joined by "\n" (`joined`, when
    the caller has them)."""
    joined = "\n".join(texts) if joined is None else joined
    # the pieces are ASCII, and of the other characters only the CASE_TRAPS ones (hinted below) match a letter of
    # theirs in some case: the text's bytes with ASCII letters lower-cased and every other character one "?" hold
    # each piece where the text does (a third of the time of lower-casing the text)
    lows = joined.encode("ascii", "replace").lower()
    # searches for single characters and long words are far quicker than the regex's try at every character, and
    # most bodies hold none of the pieces
    hits = [at for mark, pieces in _MARKED_CREDIT_BYTES for at in _finds(lows, mark) if lows.startswith(pieces, at)]
    hits += [at for word in _LONG_CREDIT_BYTES for at in _finds(lows, word)]
    hits += [m.start() + 1 for m in _CREDIT_LINE_START.finditer(lows)]
    if lows.startswith(_CREDIT_STARTS_BYTES):
        hits.append(0)
    if has_case_traps(joined):
        hits += [m.start() for m in CASE_TRAPS.finditer(joined)]
    # the lines _credit_end may take end in "]", ")" or ")."
    lows += b"\n"
    ends = [at for end in (b")\n", b").\n", b"]\n") for at in _finds(lows, end)]
    if not (hits or ends):
        return set()
    starts = text_starts(texts)
    return hit_lines(hits, starts) | {n for n in hit_lines(ends, starts) if _credit_end(texts[n])}


def _repeated_lines(texts: list[str], norms: LineNorms, joined: str | None = None) -> set[int]:
    """The lines n where _repeated(texts[n], norms[n], their neighbours' norms, prefix=True) holds; only the lines
    _repeat_keys lets through are tried (`joined`: the texts joined by "\n", when the caller has them)."""
    out = set()
    last = len(texts) - 1
    for n in _repeat_candidates(texts, norms, "\n".join(texts) if joined is None else joined):
        norm = norms[n]
        prev, nxt = norms[n - 1] if n else "", norms[n + 1] if n < last else ""
        # what _repeated needs at the least, cheaply; then the full test on the few lines left
        maybe = norm in (prev, nxt) or len(norm) > 20 and (_doubled(norm) or prev.startswith(norm) or nxt.startswith(norm))
        if norm and maybe and _repeated(texts[n], norm, (prev, nxt), True):
            out.add(n)
    return out


def _repeat_candidates(texts: list[str], norms: LineNorms, joined: str) -> list[int]:
    """The lines that may be repeated, told by their keys (see _repeat_keys): a repeated line's key is its
    neighbour's, or (its norm being over 20 characters long, so the key over 10: one word character at least
    beside each space) starts its neighbour's or is one text twice (its halves compared only when their last bytes
    are the same). Most lines of a body are none of these."""
    keys = _repeat_keys(texts, norms, joined)
    near = [b"", *keys, b""]
    return [n for n, key in enumerate(keys) if key and (
        key == near[n] or key == near[n + 2]
        or len(key) > 10 and (near[n].startswith(key) or near[n + 2].startswith(key)
                              or key[-1] == key[len(key) // 2 - 1] and _twice(key)))]


def _repeat_keys(texts: list[str], norms: LineNorms, joined: str) -> list[bytes]:
    """Each line's key: its norm without the spaces (its word characters alone, lower-cased), in UTF-8. The norms'
    relations carry over to the keys: equal norms have equal keys, a norm starting another has a key starting the
    other's, a doubled norm (see _doubled) a key that is one text twice. ASCII lines get theirs from one translation
    of all the lines (the others' bytes, a "?" for each character, are replaced by their norms')."""
    data = joined.encode("ascii", "replace")
    keys = data.translate(_ASCII_LINE_WORDS, _ASCII_NON_WORDS).split(b"\n")
    if len(keys) != len(texts):  # a text held a line break
        return [norms[n].replace(" ", "").encode() for n in range(len(texts))]
    if not joined.isascii():
        for n, text in enumerate(texts):
            if not text.isascii():
                keys[n] = norms[n].replace(" ", "").encode()
    return keys


def _twice(key: bytes) -> bool:
    half = len(key) // 2
    return key[:half] == key[half:]


def _says_enough(norm: str) -> bool:
    """Whether a (possibly doubled) line holds CAPTION_WORDS words with letters in it, once."""
    lettered = sum(1 for w in set(norm.split()) if any(c.isalpha() for c in w))
    return lettered >= CAPTION_WORDS


def single(line: str) -> str:
    """The line, or its first half when it is the same text twice ("site.com site.com" on link cards)."""
    text = line.strip()
    half = len(text) // 2
    if len(text) % 2 and text[half] == " " and text[:half] == text[half + 1 :]:
        return text[:half]
    return text


def _doubled(norm: str) -> bool:
    half = len(norm) // 2
    return norm[:half].strip() == norm[half:].strip()


def is_headline(line: str) -> bool:
    """Short, no sentence-final full stop, not a date: how headlines look in a dump."""
    return not line.rstrip().endswith((".", ";", ":", ",")) and 2 <= words(line) <= 22 and not looks_like_date(line)


def is_caption(line: str, prev: str, nxt: str, *, prefix: bool = True) -> bool:
    """Photo captions carry a credit, or are repeated (image alt text next to the visible caption).

    With `prefix`, a line that starts its neighbour (the caption again, plus a credit) counts too.
    """
    norm = _norm(line)
    return has_credit(line) or _repeated(line, norm, (_norm(prev), _norm(nxt)), prefix) and _says_enough(norm)


def _repeated(line: str, norm: str, near: tuple[str, str], prefix: bool) -> bool:
    """The caption test bar the credit: the line doubled, or the same as (or, with `prefix`, starting) a neighbour."""
    if not norm or more_words_than(line, 60):
        return False
    if len(norm) > 20 and _doubled(norm) or norm in near:
        return True
    return prefix and len(norm) > 20 and any(n.startswith(norm) and _norm_words(n) < 60 for n in near)


def dateline(line: str) -> str | None:
    """The raw date of a dateline ("JULY 8, 2021 14:25", "UPDATED 12:56 PM PT – Thursday, July 8, 2021")."""
    if not has_digit(line) or has_words(line, 17) or parse_date(line) is None:  # parse_date needs a digit
        return None
    if looks_like_date(line) or DATE_PREFIX.match(line):
        return DATE_PREFIX.sub("", line).strip()
    if CLOCK.search(line) and words(line) <= 12 and _DATE_START.match(line.strip()):
        return line.strip()
    return None


def has_digit(line: str) -> bool:
    """_DIGIT.search(line) is not None; an ASCII line by deleting its digits (one C loop) rather than by the regex's
    test of each character."""
    if line.isascii():
        return len(line.encode("ascii").translate(None, _ASCII_DIGITS)) != len(line)
    return _DIGIT.search(line) is not None


@dataclass
class ArticleCandidate:
    """What the article reading of a body found; `kinds` are the kinds of article lines seen (STRONG_KINDS,
    WEAK_KINDS)."""

    article: Article
    removed: list[Removed] = field(default_factory=list)
    kinds: set[str] = field(default_factory=set)
    paragraphs: int = 0


def _paragraphs(lines: list[str]) -> list[str]:
    paras, cur = [], []
    for line in lines:
        if line.strip():
            cur.append(line.strip())
        elif cur:
            paras.append("\n".join(cur))
            cur = []
    if cur:
        paras.append("\n".join(cur))
    return paras


def read_article(lines: list[str]) -> ArticleCandidate:
    """Read a body as a news article: pull out title, byline, outlet, date, captions and ads."""
    content = [ln.strip() for ln in lines]
    idx = [i for i, ln in enumerate(content) if ln]
    body = BodyLines([content[i] for i in idx])
    art = Article(text="")
    cand = ArticleCandidate(art)
    keep = [""] * len(content)  # a removed line still separates paragraphs
    kept_any = False
    head_limit = idx[min(len(idx) - 1, 9)] if idx else 0
    tail_start = idx[-2] if len(idx) >= 2 else 0
    marked = body.adverts | body.credited | body.repeated  # the only lines _body_kind gives a kind
    for n, i in enumerate(idx):
        line = content[i]
        opening = n <= 2 and art.title is None and not kept_any
        if opening or i <= head_limit or i >= tail_start:
            kind = _classify(body, n, opening, i <= head_limit, i >= tail_start, art)
        else:
            kind = _body_kind(body, n, art) if n in marked else None
        if kind == "title":
            art.title = line
        if kind in ("ad", "counter", "article_meta"):
            cand.removed.append(Removed(line, kind))
        if kind:
            cand.kinds.add(kind)
        else:
            keep[i], kept_any = line, True
    paras = _paragraphs(keep)
    art.text = "\n\n".join(paras)
    cand.paragraphs = len(paras)
    return cand


def _body_kind(body: BodyLines, n: int, art: Article) -> str | None:
    """_classify for a line that is neither the opening one nor in the head or tail: an ad, a caption or text."""
    if n in body.adverts:
        return "ad"
    if body.is_caption(n):
        art.captions.append(body.texts[n])
        return _caption_kind(body, n)
    return None


def _caption_kind(body: BodyLines, n: int) -> str:
    return "credit" if n in body.credited else "caption"


def _classify(body: BodyLines, n: int, first: bool, in_head: bool, in_tail: bool, art: Article) -> str | None:
    """Which article part line n is (None = body text); fills the article's fields as it goes."""
    line = body.texts[n]
    if n in body.adverts:
        return "ad"
    if first and body.is_caption(n, prefix=False):
        art.captions.append(line)
        return _caption_kind(body, n)
    if first and is_headline(line) and not BYLINE.match(line) and not SOURCE.match(line) and not dateline(line):
        return "title"
    if in_head and (COUNTER.match(line) or EMPTY_BULLET.match(line)):
        return "counter"
    if in_head and (EMPTY_META.match(line) and line or SECTION.match(line)):
        return "article_meta"
    if (in_head or in_tail) and (m := BYLINE.match(line)) and not art.byline:
        art.byline = line
        return "byline"
    if in_head and art.title and not art.byline and _caps_name(line):
        art.byline = line
        return "named"
    if (in_head or in_tail) and (m := SOURCE.match(line)) and words(line) <= 8:
        art.outlet = art.outlet or m["outlet"].strip()
        return "source"
    if in_head and (m := OUTLET_DATE.match(line)) and parse_date(m["when"]):
        art.outlet, art.published_raw = art.outlet or m["outlet"].strip(), m["when"].strip()
        art.published_at = parse_date(m["when"])
        return "dateline"
    if in_head and not art.published_raw and (raw := dateline(line)):
        art.published_raw, art.published_at = raw, parse_date(raw)
        return "dateline"
    if in_head and art.published_raw and art.published_at is not None and looks_like_date(line) and words(line) <= 4:
        art.published_raw += " " + line  # "July 8, 2021" then "02:49 AM"
        return "dateline"
    if (in_head or in_tail) and words(single(line)) <= 6 and _names_outlet(line):
        art.outlet = art.outlet or single(line)
        return "outlet"
    if body.is_caption(n):
        art.captions.append(line)
        return _caption_kind(body, n)
    return None


def _caps_name(line: str) -> bool:
    """A name in capitals (see CAPS_NAME), not a shouted remark."""
    return bool(CAPS_NAME.match(line)) and not any(_NOT_NAME_WORDS.match(w.strip(".")) for w in line.split())


def _names_outlet(line: str) -> bool:
    """A line that is an outlet's name: "Dubai - Alarabiya.net", "reuters.com" (also doubled, as link cards show
    it), "OAN Newsroom" (its last word capitalised: "Great post" is praise); not a button like "Copy Post"."""
    return bool(DASHED_OUTLET.match(line) or DOMAIN.match(single(line))
                or OUTLET_WORDS.match(line) and not _BUTTON_START.match(line) and line.split()[-1][:1].isupper())


def is_article(cand: ArticleCandidate) -> bool:
    """A pasted article shows one line only articles have (a byline, a photo credit, "Source: ..."), or two
    different kinds of the lines members' posts also show now and then (forums put ads inside posts too)."""
    evident = bool(cand.kinds & STRONG_KINDS) or len(cand.kinds & WEAK_KINDS) >= 2
    return evident and has_words(cand.article.text, MIN_ARTICLE_WORDS)


def read_media(lines: list[str]) -> Media | None:
    """A video card in the body's stripped lines: a title line, then "N views" within the first lines, then text and
    comments."""
    idx = list(islice((i for i, t in enumerate(lines) if t), 4))  # the first four are looked at
    for n, i in enumerate(idx[1:], 1):  # the title comes first
        if VIEWS.match(lines[i]):
            text, comments = _media_comments(lines[i + 1 :])
            return Media(kind="video", title=" ".join(lines[j] for j in idx[:n]),
                         text="\n".join([lines[i], text]).strip(), comments=comments)
    return None


def _media_comments(lines: list[str]) -> tuple[str, list[MediaComment]]:
    """Viewer comments are name / relative date / text; what comes before them is the description."""
    content = [ln for ln in lines if ln]
    starts = [k for k in range(len(content) - 1) if words(content[k]) <= 5 and looks_like_date(content[k + 1])
              and not looks_like_date(content[k])]
    if not starts:
        return "\n\n".join(_paragraphs(lines)), []
    description = "\n".join(content[: starts[0]])
    comments = []
    for a, b in zip(starts, starts[1:] + [len(content)], strict=True):
        comments.append(MediaComment(author=content[a], when=content[a + 1], text="\n".join(content[a + 2 : b])))
    return description, comments


#: read_article's head: the first non-blank lines, where the article's title, byline and dateline stand
HEAD_LINES = 10


def _may_be_article(lines: list[str]) -> bool:
    """False only when read_article surely finds no evidence of an article (is_article): no line where _classify
    may give a kind passes that kind's own test. Most posts with enough words show none, and skip the reader."""
    texts = [t for t in (ln.strip() for ln in lines) if t]
    return _may_be_article_texts(texts, "\n".join(texts), any(_is_advert(t) for t in texts))


def _may_be_article_texts(texts: list[str], joined: str, ad: bool) -> bool:
    """_may_be_article of the body's non-blank stripped lines, given them joined by "\n" and whether one is an ad."""
    head, tail = texts[:HEAD_LINES], texts[-2:]  # one line alone is the tail as well
    edges = head + tail
    if any(_strong_edge(t) for t in edges) or any(CREDIT.search(texts[n]) for n in _credit_hints(texts, joined)):
        return True  # a strong kind may be found: byline, source, credit
    weak = len(list(islice(filter(None, _weak_kinds(texts, head, edges, ad)), 2)))  # 0, 1 or 2: enough to decide
    if weak != 1:
        return weak > 1
    # one weak kind: a caption (a repeated line saying enough) would make two
    norms = LineNorms(texts)
    return any(_says_enough(norms[n]) for n in _repeated_lines(texts, norms, joined))


def _strong_edge(line: str) -> bool:
    """BYLINE or SOURCE matches the line (BYLINE's line starts "By", SOURCE's holds a colon)."""
    return bool(line.startswith("By") and BYLINE.match(line) or ":" in line and SOURCE.match(line))


def _weak_kinds(texts: list[str], head: list[str], edges: list[str], ad: bool) -> Iterator[bool]:
    """Whether _classify may find each of the weak kinds but the caption, the cheaper tests first: the caller stops
    once two are found."""
    yield ad
    title = any(is_headline(t) for t in texts[:3])
    yield title
    yield title and any(_caps_name(t) for t in head)
    yield any(_dated(t) for t in head)
    yield any(_outlet_line(t) for t in edges)


def _dated(line: str) -> bool:
    """OUTLET_DATE.match(line) or dateline(line) of a stripped line (where OUTLET_DATE's match ends in a dash)."""
    return bool(line.endswith(_DASHES) and OUTLET_DATE.match(line) or dateline(line))


def _outlet_line(line: str) -> bool:
    """words(single(line)) <= 6 and _names_outlet(line) of a stripped line: the patterns' endings are looked at first."""
    return _may_name_outlet(line) and not has_words(single(line), 7) and _names_outlet(line)


def _may_name_outlet(line: str) -> bool:
    """False when no pattern of _names_outlet can match the stripped line: OUTLET_WORDS's and DOMAIN's lines end in
    their words (in any case: a line with a CASE_TRAPS character is tried in full; a doubled line ends as its single
    half does), DASHED_OUTLET's start with a capital and hold a dash."""
    if line[-1:].isalpha() and (line.lower().endswith(_OUTLET_ENDS) or has_case_traps(line)):
        return True
    return line[:1].isascii() and line[:1].isupper() and ("-" in line or "–" in line)


def _is_advert(line: str) -> bool:
    """ADVERT.match(line) of a stripped line, asked only of lines as long as one of its words."""
    return len(line) in _ADVERT_LENGTHS and ADVERT.match(line) is not None


def split_lines(lines: list[str]) -> tuple[list[Part], list[Removed]]:
    """Body lines -> parts (own words, Article or Media) and the lines removed on the way."""
    stripped = [ln.strip() for ln in lines]
    texts = [t for t in stripped if t]
    if not texts:
        return [], []
    media = read_media(stripped) if any(map(VIEWS.match, texts[1:4])) else None  # a views line under the title
    if media:
        return [media], []
    ads = [i for i, t in enumerate(stripped) if _is_advert(t)]
    joined = "\n".join(texts)
    # short posts skip the reader: an article needs MIN_ARTICLE_WORDS, and it keeps no more words than the body has
    if has_words(joined, MIN_ARTICLE_WORDS) and _may_be_article_texts(texts, joined, bool(ads)):
        cand = read_article(lines)
        if is_article(cand):
            return [cand.article], cand.removed
    text = "\n\n".join(_paragraphs([t for i, t in enumerate(stripped) if i not in ads] if ads else stripped))
    return ([text] if text else []), [Removed(stripped[i], "ad") for i in ads]


def split_body(text: str) -> list[Part]:
    """Post body text (paragraphs separated by blank lines) -> parts in reading order."""
    return split_lines(text.split("\n"))[0]
