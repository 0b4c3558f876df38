"""Boilerplate lines common to all kinds of pages, as a table of (pattern, reason).

A line matching a pattern (whole line, bullets stripped, case-insensitive) is removed with the reason.
`STOP_PATTERNS` end the main content: the rest of the page (comment forms, related links) goes too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from threadclean.text.body import is_headline, words
from threadclean.text.engines import TEMPLATE_LINE, ReasonTable
from threadclean.text.scan import matching

LINE_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"(?:skip to (?:main )?(?:content|navigation|footer|search|menu)\s*)+|jump to content|back to top|go to top|top",
     "navigation"),
    (r"(?:latest|related|recent|more|top|popular|trending) (?:news|posts|articles|stories|topics|searches)",
     "navigation"),
    (r"home|menu|search|close|open menu|main menu|navigation|sections?|categories|tags?:.*", "navigation"),
    (r"(?:log ?in|sign ?in|sign up|register|subscribe|log out|sign out)(?: now)?", "navigation"),
    (r"existing user\? sign in|not recommended on shared computers|forgot your password\?", "navigation"),
    (r"share(?: this)?(?: article| post| story)?:?|share on (?:facebook|twitter|x|linkedin|whatsapp|reddit|email)",
     "share"),
    (r"follow|unfollow|upvote|downvote", "share"),
    (r"tweet|pin it|whatsapp|facebook|twitter|linkedin|reddit|telegram|email|print|copy link|x", "share"),
    (r"(?:also|read) (?:read|more|also)\s*:.*|see also:.*|related(?: searches| companies| topics)?:.*|recommended:.*",
     "related"),
    (r"\d+\s+min(?:ute)?s?\s+read|reading time:?.*", "read_time"),
    (r"advertisement|sponsored(?: content| links?)?|ad|ads by .*|story continues below advertisement", "ad"),
    (r"leave a (?:reply|comment)|post a comment|add a comment|\d+ comments?|comments?|no comments(?: yet)?",
     "comment_form"),
    (r"your email address will not be published\..*|required fields are marked \*|"
     r"save my name, email, and website .*|name \*|email \*|website|comment \*|post comment|submit", "comment_form"),
    (r"(?:©|copyright|\(c\)) ?.{0,80}|all rights reserved\.?|terms of (?:use|service)|privacy policy|"
     r"cookie policy|contact us|about us|powered by .{1,40}|(?:read|see|view) our privacy policy\.?", "footer"),
    (r"by using this site, you agree to our terms of use\.?|important information", "footer"),
    (r"(?:we|this site) uses? cookies.*|accept(?: all)? cookies|cookie settings", "cookie_notice"),
    (r"guest views are .*|you are (?:currently )?(?:viewing|browsing) (?:as|this) .*guest.*|"
     r"welcome,? guest.*|hello there, guest!?", "guest_notice"),
    (r"loading\.{0,3}|please wait\.{0,3}", "navigation"),
    # a Q&A site's buttons around a question and its answers
    (r"ask (?:a )?question|have an answer\?|answer (?:this )?question", "navigation"),
    # a newsletter box: "Sign up for our newsletter ...", "Subscribe to the X Scoop", "Weekly newsletter"
    (r"(?:sign up|subscribe)(?: now)? (?:for|to) (?:our|the) .{0,60}|(?:sign up|subscribe) here|"
     r"(?:(?:daily|weekly|monthly|free|our|the) )?newsletters?|thank you! please check your inbox\.?", "newsletter"),
    # the publisher's affiliate disclosure
    (r"(?:we|i) may (?:earn|receive) (?:a )?(?:small )?(?:affiliate )?commissions? .*|as an amazon associate.*|"
     r"(?:this|the) (?:post|page|article) (?:may )?contains? affiliate links.*|(?:affiliate )?disclosure:.*|"
     r"products are chosen independently by our editors.*", "disclosure"),
    (r"(?:get|request|book|schedule) (?:a |your )?(?:free )?demo|talk to (?:our|an) experts?|get started for free|"
     r"start (?:your |a )?free trial", "ad"),
    # the same chrome in German, French and Spanish
    (r"startseite|menü|suche|anmelden|abmelden|registrieren|nach oben|accueil|rechercher|connexion|se connecter|"
     r"s'inscrire|inscription|déconnexion|haut de page|inicio|buscar|iniciar sesión|registrarse|volver arriba",
     "navigation"),
    (r"impressum|datenschutz(?:erklärung|hinweise)?|nutzungsbedingungen|agb|kontakt|mentions légales|"
     r"politique de confidentialité|conditions (?:générales )?d'utilisation|nous contacter|aviso legal|"
     r"política de privacidad|contacto|términos y condiciones", "footer"),
    (r"teilen|partager|compartir", "share"),
    (TEMPLATE_LINE, "template"),
    (r"•|\u00d7|×|\|", "navigation"),
)

#: a line that starts the page's trailing chrome: everything from it on is removed
STOP_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"leave a (?:reply|comment)|post a comment|(?:\d+ )?comments? \(\d+\)", "comment_form"),
    (r"(?:latest|related|recent|more|top|popular|trending) (?:news|posts|articles|stories)", "navigation"),
    (r"join the conversation|you can post now and register later\..*", "editor"),
)

BULLET = re.compile(r"^[\s•·▪◦‣∙*\-–]+\s*")
BULLET_CHARS = frozenset("•·▪◦‣∙")


def _whole_lines(table: tuple[tuple[str, str], ...]) -> ReasonTable:
    """The table as one alternation (one match per line instead of one per pattern; the first pattern wins)."""
    return ReasonTable(tuple((rf"^(?:{p})$", reason) for p, reason in table))


_LINE_TABLE = _whole_lines(LINE_PATTERNS)
_STOP_TABLE = _whole_lines(STOP_PATTERNS)


@lru_cache(maxsize=1 << 15)  # every step of a page's reading strips the same lines again
def strip_bullet(line: str) -> str:
    text = line.strip()
    # the bullet pattern on the stripped line removes what it removes on the whole line
    return BULLET.sub("", text).strip() if text and text[0] in BULLET_CHARS else text


#: an ordered-list item's number as resiliparse prints it: indented, "  1. "
NUMBERED = re.compile(r"^\s+\d{1,3}\.\s+(?=\S)")


#: what str.strip() takes off a line's ends (all Unicode white space lies below U+3001), and the first
#: characters strip_bullet looks further at: a line that neither starts nor ends with one is returned as it is
EDGE_SPACE = frozenset(c for c in map(chr, range(0x3001)) if c.isspace())
MARKED_START = EDGE_SPACE | BULLET_CHARS


def strip_bullets(lines: list[str]) -> list[str]:
    """[strip_bullet(t) for t in lines]; a line that neither starts nor ends with white space or starts with a bullet
    (most lines) is its own answer, without a look-up in strip_bullet's cache."""
    return [t if not t or t[0] not in MARKED_START and t[-1] not in EDGE_SPACE else strip_bullet(t) for t in lines]


@lru_cache(maxsize=1 << 15)
def strip_marker(line: str) -> str:
    """strip_bullet, and an ordered-list item's number too ("  1. 11-29-2024, 09:03 AM #1": posts listed as
    <ol> items); for matching lines only, the text kept keeps its numbers."""
    if line[:1] == " " and (m := NUMBERED.match(line)):
        return strip_bullet(line[m.end() :])
    return strip_bullet(line)


@lru_cache(maxsize=1 << 15)  # many steps ask about the same lines
def boilerplate_reason(line: str) -> str | None:
    """The reason a single line is boilerplate, or None when it may be content; a line of links joined by
    separators ("Impressum · Datenschutz", "About us | Contact") when each is a footer or navigation link."""
    text = strip_bullet(line)
    return (_LINE_TABLE.reason(text) or link_row_reason(text)) if text else None


def link_row_reason(text: str) -> str | None:
    """`footer` (or `navigation`) for a row of such links joined by separators ("Impressum · Datenschutz")."""
    if not ("·" in text or "|" in text or "•" in text) or not _LINK_SEPARATOR.search(text):
        return None  # the plain tests first: most lines hold none of the signs
    links = {_row_link(part.strip()) for part in _LINK_SEPARATOR.split(text)}
    return ("footer" if "footer" in links else "navigation") if links <= {"footer", "navigation"} else None


def _row_link(text: str) -> str | None:
    return "footer" if text.casefold() in _FOOTER_WORDS else _LINE_TABLE.reason(text)


#: the signs a row of links is printed with between them
_LINK_SEPARATOR = re.compile(r"\s[·|•]\s")
#: links a site's footer row holds, one word or two, which alone on a line may be words of a post
_FOOTER_WORDS = frozenset({
    "about", "contact", "privacy", "terms", "help", "rules", "faq", "imprint", "cookies", "legal", "rss", "sitemap",
    "advertise", "jobs", "careers", "press", "accessibility", "terms of service", "terms and rules", "forum rules",
    "hilfe", "regeln", "kontakt", "impressum", "nutzungsbedingungen", "cookie-einstellungen", "aide", "contact us",
    "confidentialité", "cgu", "ayuda", "privacidad", "contacto", "aviso legal",
})


@lru_cache(maxsize=1 << 15)
def stop_reason(line: str) -> str | None:
    return _STOP_TABLE.reason(strip_bullet(line))


#: list items ("  • Home", "  3. Tags") as resiliparse prints them
LIST_ITEM = re.compile(r"^\s*(?:[•·▪◦‣∙]|\d{1,3}\.)\s")
#: a line this long, or a sentence this long, is prose
PROSE_WORDS = 10
SENTENCE_WORDS = 5
#: a run of this many list items, most not ending a sentence, is a menu or a link list
MENU_RUN = 3


def _line_class(raw: str) -> str:
    """'bad' (boilerplate), 'good' (prose) or 'short' (decided by its neighbours)."""
    text = strip_bullet(raw)
    n = words(text)
    if boilerplate_reason(text):
        return "bad"
    if n >= PROSE_WORDS or (n >= SENTENCE_WORDS and text.endswith((".", "!", "?", ":", ";", ")", '"'))):
        return "good"
    return "short"


def _sentence_item(text: str) -> bool:
    """A list item that reads as a sentence ("Key points" items), not a link label."""
    return text.endswith(".") or words(text) >= PROSE_WORDS


def _menu_runs(raw: list[str], classes: list[str | None]) -> None:
    """Runs of list items that read as link lists (most items are no sentence) are bad, however long."""
    items = list(matching(LIST_ITEM.match, raw))
    run: list[int] = []
    for i in items + [-1]:
        if run and (i == -1 or any(raw[j].strip() for j in range(run[-1] + 1, i))):
            if len(run) >= MENU_RUN and sum(_sentence_item(strip_bullet(raw[j])) for j in run) * 2 < len(run):
                for j in run:
                    classes[j] = "bad"
            run = []
        if i != -1:
            run.append(i)


#: jusText's headings: a short headline-like line of HEADING_WORDS or more words that prose follows within
#: HEADING_CHARS characters stays, whatever surrounds it (an article's headline between menus and share buttons)
HEADING_WORDS, HEADING_CHARS = 4, 300


def _heading(raw: list[str], classes: list[str | None], i: int) -> bool:
    text = strip_bullet(raw[i])
    if LIST_ITEM.match(raw[i]) or words(text) < HEADING_WORDS or not is_headline(text):
        return False
    chars = 0
    for j in range(i + 1, len(raw)):
        if classes[j] == "good":
            return True
        chars += len(raw[j])
        if chars > HEADING_CHARS:
            return False
    return False


def chrome_lines(raw: list[str]) -> set[int]:
    """Indices of page-chrome lines in a dump with no thread structure: menus, link lists, short lines among them.

    jusText-style: lines are bad (boilerplate, link-list runs), good (prose) or short; a short line takes
    its neighbours' class: it goes when the nearest decided lines on both sides are bad, unless it is a heading
    over prose.
    """
    classes: list[str | None] = [_line_class(r) if r.strip() else None for r in raw]
    _menu_runs(raw, classes)
    decided = [(i, c) for i, c in enumerate(classes) if c in ("good", "bad")]
    out: set[int] = set()
    k = 0
    for i, c in enumerate(classes):
        while k < len(decided) and decided[k][0] < i:
            k += 1
        if c == "bad":
            out.add(i)
        elif c == "short" and not _heading(raw, classes, i):
            prev = decided[k - 1][1] if k > 0 else None
            nxt = decided[k][1] if k < len(decided) else None
            if (prev or nxt) == "bad" and (nxt or prev) == "bad":  # at the page's edges the one neighbour decides
                out.add(i)
    return out
