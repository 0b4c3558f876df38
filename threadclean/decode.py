"""Bytes to clean text: charset detection in WHATWG order, then ftfy repair."""

from __future__ import annotations

import codecs
import re
from contextvars import ContextVar

import ftfy

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)
# Labels pages declare that browsers treat as a wider superset (WHATWG encoding standard).
_WHATWG = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252",
           "us-ascii": "cp1252", "gb2312": "gbk", "x-gbk": "gbk", "euc-cn": "gbk", "tis-620": "cp874",
           "iso-8859-9": "cp1254", "x-sjis": "shift_jis", "shift-jis": "shift_jis"}


_LATIN_LOOKALIKES = {"cp1250", "cp1252", "iso8859-1", "iso8859-2", "iso8859-15", "mac-roman",
                     "iso8859-9", "cp1254", "iso8859-3", "iso8859-4"}


#: control bytes other than tab, line ends and form feed
_CONTROL_BYTES = bytes([*range(9), *range(14, 32)])


class DecodeError(ValueError):
    """The input is not text (binary) or cannot be decoded."""


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().lower()
    label = _WHATWG.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def looks_binary(data: bytes) -> bool:
    """NUL bytes (more than one, and over 1% of the bytes) or many control characters in the first KiB mean this is
    not a text or HTML page: a crawled page with one corrupted byte is still a page."""
    head = data[:1024]
    if not head or head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))  # counted in C, not byte by byte
    return head.count(0) > max(1, len(head) // 100) or controls > len(head) * 0.05


def decode_bytes(data: bytes, *, http_charset: str | None = None, html: bool = False) -> tuple[str, str]:
    """Decode bytes: BOM, HTTP header, <meta> (HTML only), strict UTF-8, then a detector.

    Returns (text, encoding). Raises DecodeError for binary input.
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(enc, errors="replace"), enc
    if looks_binary(data):
        raise DecodeError("binary content: not a text or HTML page")
    declared = [_codec(http_charset)]
    if html:
        m = _META_CHARSET.search(data[:4096])
        declared.append(_codec(m.group(1).decode("ascii", "replace")) if m else None)
    try:  # strict UTF-8 first: many pages declare a wrong legacy charset but are UTF-8
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for enc in declared:
        if enc and enc != "utf-8":
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                continue
    from charset_normalizer import from_bytes

    best = from_bytes(data[:65536]).best()
    enc = _codec(best.encoding) if best else None
    if enc is None or enc in _LATIN_LOOKALIKES:
        enc = "cp1252"  # detectors cannot tell Western single-byte codes apart on short text: use the web default
    return data.decode(enc, errors="replace"), enc


# UTF-8 read as windows-1252/latin-1 leaves a lead byte (Â..ô) before a continuation byte; HTML entities
# and control characters are the other things ftfy mends. Text without them skips ftfy (it is slow).
# Three searches rather than one alternation: each then starts with one character class (or a literal "&"),
# which the regex engine scans for quickly.
_MOJIBAKE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039"
    "\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]"
)
_ENTITY = re.compile("&#?\\w{2,8};")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")


#: _CONTROL in UTF-8: the C0 control characters are single bytes there (no byte of a longer sequence is below 0x80);
#: the C1 ones two (_C1_UTF8), U+FFFD three
_CONTROL_BYTES_UTF8 = bytes([*range(9), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
_REPLACEMENT_UTF8 = "\ufffd".encode()
#: the UTF-8 lead byte of U+00C0..U+00FF: every _MOJIBAKE match starts with one of those characters
_LATIN_LEAD = b"\xc3"
#: C1 control characters in UTF-8: windows-1252 punctuation read as latin-1 ("\x95" for "•"), which ftfy maps back
_C1_UTF8 = re.compile(b"\xc2[\x80-\x9f]")


def needs_ftfy(text: str) -> bool:
    return bool("&" in text and _ENTITY.search(text)) or _mendable(text)


def _mendable(text: str) -> bool:
    """The text holds a control character or mojibake (what ftfy mends besides entities)."""
    # byte searches in C are far quicker than the regex's test of every character; the regex confirms mojibake
    data = text.encode("utf-8", "surrogatepass")
    if len(data.translate(None, _CONTROL_BYTES_UTF8)) != len(data) or _REPLACEMENT_UTF8 in data:
        return True
    if b"\xc2" in data and _C1_UTF8.search(data):
        return True
    return _LATIN_LEAD in data and _MOJIBAKE.search(text) is not None


#: odd spaces and line ends, replaced one by one: str.replace is many times faster than str.translate
#: with a mapping, and each replacement's output is no other's input, so the order does not matter
_SPACES = (("\r\n", "\n"), ("\u00a0", " "), ("\u2007", " "), ("\u202f", " "), ("\u2009", " "), ("\u200b", ""),
           ("\ufeff", ""), ("\r", "\n"))


#: what ftfy may change in an ASCII line: an HTML entity, a control character (a tab is kept)
_ASCII_FIXABLE = re.compile("[&\x00-\x08\x0b-\x1f\x7f]")


def _untouched(line: str) -> bool:
    """A line ftfy returns as it is: ASCII (no mojibake, curly quotes, wide or composed characters), no entity,
    no control character."""
    return line.isascii() and not _ASCII_FIXABLE.search(line)


def fix_text(text: str) -> str:
    """ftfy.fix_text(text, normalization="NFC"), without handing it the lines it leaves as they are.

    ftfy mends each line (with its line end) on its own; the one thing a line passes on is that once a line
    has held "<", entities are left alone in the lines after it (unescape_html="auto"). Runs of lines it may
    change go to it together, told whether a "<" came before.
    """
    lines = text.split("\n")
    last = len(lines) - 1
    out: list[str] = []
    markup = False  # a line above held "<"
    i = 0
    while i <= last:
        j = i
        while j <= last and not _untouched(lines[j]):
            j += 1
        if j > i:  # lines i..j-1 may change
            run = "\n".join(lines[i:j]) + ("\n" if j <= last else "")
            out.append(ftfy.fix_text(run, normalization="NFC", unescape_html=False if markup else "auto"))
            markup = markup or "<" in run
            i = j
            continue
        out.append(lines[i] + "\n" if i < last else lines[i])
        markup = markup or "<" in lines[i]
        i += 1
    return "".join(out)


#: the typographic quotes ftfy's `uncurl_quotes` straightens (its SINGLE_QUOTE_RE and DOUBLE_QUOTE_RE: U+02BC and
#: U+2018-U+201B are single, U+201C-U+201F double), each with the ASCII quote it becomes
TYPOGRAPHIC_QUOTES = tuple((c, '"' if c >= "\u201c" else "'") for c in ["\u02bc", *map(chr, range(0x2018, 0x2020))])


#: while a document is cleaned, the texts straighten_quotes changed, as they were (see `typography`); None outside
STRAIGHTENED: ContextVar[list[str] | None] = ContextVar("straightened", default=None)


def straighten_quotes(text: str) -> str:
    """Typographic quotes and apostrophes as ASCII ones, as ftfy's `uncurl_quotes` makes them, for the rules to
    read. ftfy runs only on text that needs mending and never sees characters a page wrote as entities (`&rsquo;`):
    this makes every rule see the same whichever way the page wrote them. The text as it was is kept for
    `typography` to give back."""
    flat = plain_quotes(text)
    if flat is not text and (seen := STRAIGHTENED.get()) is not None:
        seen.append(text)
    return flat


def plain_quotes(text: str) -> str:
    """`text` with its typographic quotes straightened (`text` itself when it holds none)."""
    if text.isascii():  # O(1) in CPython: most lines and names skip the search
        return text
    for curly, straight in TYPOGRAPHIC_QUOTES:  # a substring search each (in C): faster than a regex class
        if curly in text:
            text = text.replace(curly, straight)
    return text


def repair_html_text(text: str) -> str:
    """A text read out of parsed HTML, repaired as repair_text repairs a dump: mojibake and control characters
    mended by ftfy, quotes straightened. The parser has read the entities: an "&amp;" left in the text is what the
    page shows, and ftfy is told to keep it."""
    if _mendable(text):  # no entity is left in parsed text
        text = ftfy.fix_text(text, normalization="NFC", unescape_html=False)
    return straighten_quotes(text)


def repair_text(text: str) -> str:
    """Fix mojibake, odd spaces and typographic quotes before any rule runs; keep line structure intact."""
    if needs_ftfy(text):
        text = fix_text(text)
    for old, new in _SPACES:
        text = text.replace(old, new)
    return straighten_quotes(text)


def exact_utf8(data: bytes, encoding: str) -> bytes | None:
    """`data` when decode_bytes read it as strict UTF-8 (no BOM): it is then its text's UTF-8 form byte for byte, and
    what reads UTF-8 (the fingerprint search, the HTML parser) can take it without encoding the text again."""
    return data if encoding == "utf-8" and not data.startswith(codecs.BOM_UTF8) else None


def looks_like_html(data: bytes | str) -> bool:
    head = data[:2048].lower() if isinstance(data, bytes) else data[:2048].lower().encode("utf-8", "ignore")
    return bool(re.search(rb"<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<div[\s>]|<meta\s", head))
