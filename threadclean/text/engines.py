"""Per-engine knowledge for text dumps, kept as data: one `TextEngine` table per forum engine.

Every pattern is a regular expression matched against one stripped line (bullets "•" removed).
Named groups carry the values: `author`, `when`, `name`, `count`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

_REL = r"\d+\s+(?:second|minute|hour|day|week|month|year)s?\s+ago|(?:an?|one)\s+(?:minute|hour|day|week|month|year)\s+ago"


@dataclass(frozen=True)
class TextEngine:
    """What one forum engine leaves in a plain-text dump of its pages."""

    name: str
    #: lines typical of the engine; the engine with most matching lines wins detection
    fingerprints: tuple[str, ...]
    #: lines that close a post (e.g. IPS's hidden share menu "Link to comment")
    post_end: tuple[str, ...] = ()
    #: a post's date line ("Posted May 22, 2024"): group `when`
    post_date: tuple[str, ...] = ()
    #: lines that open a quote: groups `author` and `when` (both optional)
    quote_open: tuple[str, ...] = ()
    #: lines that close a quote ("Click to expand...")
    quote_close: tuple[str, ...] = ()
    #: the last line of the page header before the first post
    thread_start: tuple[str, ...] = ()
    #: the first line of the page footer after the last post
    thread_end: tuple[str, ...] = ()
    #: the thread starter in the header ("By X"): group `author`
    starter: tuple[str, ...] = ()
    #: (pattern, reason) for per-post and page chrome removed wherever it appears
    chrome: tuple[tuple[str, str], ...] = ()
    #: a reaction line: groups `name` and `count`
    reaction: tuple[str, ...] = ()
    #: lines that start a signature (the rest of the post is the signature)
    signature: tuple[str, ...] = ()
    #: "Edited May 22, 2024 by X" lines, removed from the post
    edited: tuple[str, ...] = ()
    #: member info lines in a post header ("Posts: 1,077", "Members", "Author")
    member_info: tuple[str, ...] = ()
    extra: dict = field(default_factory=dict)

    @cached_property
    def rx(self) -> CompiledEngine:
        return CompiledEngine(self)


def _any(patterns: tuple[str, ...]) -> re.Pattern | None:
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


class CompiledEngine:
    """The engine's patterns compiled once."""

    def __init__(self, e: TextEngine) -> None:
        self.fingerprints = [re.compile(p, re.I) for p in e.fingerprints]
        self.post_end = _any(e.post_end)
        self.post_date = [re.compile(p, re.I) for p in e.post_date]
        self.quote_open = [re.compile(p, re.I) for p in e.quote_open]
        self.quote_close = _any(e.quote_close)
        self.thread_start = _any(e.thread_start)
        self.thread_end = _any(e.thread_end)
        self.starter = [re.compile(p, re.I) for p in e.starter]
        self.chrome = [(re.compile(p, re.I), reason) for p, reason in e.chrome]
        self.reaction = [re.compile(p, re.I) for p in e.reaction]
        self.signature = _any(e.signature)
        self.edited = _any(e.edited)
        self.member_info = _any(e.member_info)


IPS = TextEngine(
    name="ips",
    fingerprints=(
        r"^Link to comment$",
        r"^Share on other sites$",
        r"^Recommended Posts$",
        r"^Posted (?:on )?\w+ \d{1,2}(?:, \d{4})?",
        r"(?:" + _REL + r"), .+ said:$",
        r"^On \d{1,2}/\d{1,2}/\d{2,4} at \d{1,2}:\d{2} [AP]M, .+ said:$",
        r"^Create an account or sign in to comment$",
        r"^Go to topic listing$",
        r"^Existing user\? Sign In$",
        r"^Followers \d+$",
    ),
    post_end=(r"^Link to comment$", r"^Share on other sites$", r"^Link to post$", r"^More sharing options\.\.\.$",
              r"^https?://\S+(?:#findComment-\d+|\?do=findComment\S*)$"),
    post_date=(r"^Posted (?:on )?(?P<when>.+?)(?:\s*\((?:edited|modifié|bearbeitet)\))?$",),
    quote_open=(
        r"^(?P<when>" + _REL + r"),\s+(?P<author>.+?) said:$",
        r"^On (?P<when>.+? at .+?),\s+(?P<author>.+?) said:$",
        r"^(?P<when>\w+ \d{1,2}(?:, \d{4})?),\s+(?P<author>.+?) said:$",
        r"^(?P<author>[^\s,][^,]{0,40}?) said:$",
        r"^Quote$",
    ),
    thread_start=(r"^Recommended Posts$", r"^Followers \d+$"),
    thread_end=(
        r"^Join the conversation$",
        r"^Create an account or sign in to comment$",
        r"^You need to be a member in order to leave a comment$",
        r"^Go to topic listing$",
        r"^Reply to this topic\.\.\.$",
        r"^Recently Browsing\s+\d+ members?$",
    ),
    starter=(r"^By (?P<author>.+)$",),
    chrome=(
        (r"^Share$", "share"),
        (r"^Link to comment$|^Share on other sites$|^Link to post$|^More sharing options\.\.\.$", "share"),
        (r"^Followers \d+$", "navigation"),
        (r"^Recommended Posts$", "navigation"),
        (r"^Advertisement(?: \(gone after registration\))?$", "ad"),
        (r"^#\d+$", "post_counter"),
        (r"^Author$", "member_info"),
        (r"^(?:Top|Featured) Posters In This Topic$|^Popular Days$|^Popular Posts$", "navigation"),
        (r"^Page \d+ of \d+$|^Next$|^Prev$|^Previous$", "pagination"),
    ),
    reaction=(r"^(?P<name>[A-Z][\w' ]{0,20}?[!?]?) (?P<count>\d[\d,]*)$",),
    signature=(),
    edited=(r"^Edited .{3,60} by .+$",),
    member_info=(r"^Members?$", r"^[\d.,]+k?$", r"^Author$", r"^Moderators?$", r"^Administrators?$",
                 r"^(?:Posts|Reputation|Joined|Location)\b.*$"),
)

#: engines the text path knows; the first fingerprint match order breaks ties
ENGINES: tuple[TextEngine, ...] = (IPS,)
