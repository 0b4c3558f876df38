"""The opening post printed apart from the replies (a question over its answers): its byline ("by jdoe",
"jdoe | Posted in Tools on March 3, 2021") is none of the post headers the replies share, so the dump's first
post header is the first reply's and the opening post would be read as the page's header."""

from __future__ import annotations

import re

from threadclean.model import Removed
from threadclean.text.anchors import bare_date
from threadclean.text.body import words
from threadclean.text.engines import CompiledEngine
from threadclean.text.post_lines import DateLine, Segment, is_date_line, is_prose
from threadclean.text.quotes import Line

#: a byline naming the poster: "by jdoe" (maybe "Posted by", "Asked by"), or the name, a bar and "Posted ..."
BYLINE = re.compile(r"^(?:(?:posted|started|asked|written|submitted) )?by\s+(?P<author>[^\s|:][^|:]{0,40}?)\s*$|"
                    r"^(?P<name>[^\s|:][^|:]{0,40}?)\s+\|\s+(?:posted|asked|started)\b(?P<rest>.*)$", re.I)
#: a date at the end of a byline ("... Posted in Hand Tools on March 3, 2021 09:12am")
_ON_DATE = re.compile(r"\bon\s+(?P<when>[^|]*\d[^|]*)$", re.I)
#: the opening post's text starts this many lines under its byline at most (a date, counts, a category between)
MAX_GAP = 6
#: ... and holds this many words at least, and at most: longer text under a byline is as likely an article with
#: comments under it (thread.ARTICLE_WORDS), which the article reader reads with its byline and date
MIN_WORDS, MAX_WORDS = 8, 200
#: share of the text's lines that are prose at least
PROSE_SHARE = 0.5


def opening_apart(lines: list[Line], texts: list[str], start: int, head: int,
                  rx: CompiledEngine) -> tuple[int, Segment] | None:
    """(where its byline stands, the opening post's segment) when the page's header [start, head) ends with a
    byline and prose under it; None otherwise. The segment names the poster and date as a closing line does; the
    lines between byline and text, and those under the text that are no prose (tags, share links), are removed."""
    byline = next((b for b in range(head - 1, start - 1, -1) if texts[b] and BYLINE.match(texts[b])), None)
    if byline is None:
        return None
    prose = [j for j in range(byline + 1, head) if texts[j] and is_prose(texts[j])]
    if not prose or prose[0] - byline > MAX_GAP:
        return None
    first, last = prose[0], prose[-1]
    body = [t for t in texts[first : last + 1] if t]
    # a post's text is mostly prose; menus and link lists under a byline are not
    if not MIN_WORDS <= sum(map(words, body)) <= MAX_WORDS or len(prose) < PROSE_SHARE * len(body):
        return None
    m = BYLINE.match(texts[byline])
    author = (m["author"] or m["name"]).strip()
    when = _byline_date(m["rest"] or "") or next(
        (d.when for j in range(byline + 1, first) if texts[j] and (d := is_date_line(rx, texts[j]))), None)
    removed = [Removed(t, "author_pane") for t in texts[byline:first] if t]
    removed += [Removed(t, rx.chrome.reason(t) or "post_chrome") for t in texts[last + 1 : head] if t]
    return byline, Segment(lines[first : last + 1], removed, DateLine(when or "", author), at=byline)


def _byline_date(rest: str) -> str | None:
    m = _ON_DATE.search(rest)
    return bare_date(m["when"].strip()) if m else None
