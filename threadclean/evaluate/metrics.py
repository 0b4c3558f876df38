"""Scores for one page: word F1 (WCXB's metric), snippet shares, one-to-one post matching, author checks.

Conventions for empty inputs follow WCXB's own `evaluate.py` so the numbers are comparable with its
leaderboard: an empty reference scores 1 when the prediction is empty too and 0 otherwise; an empty
prediction against a non-empty reference scores 0.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from urllib.parse import parse_qsl, unquote, urlencode, urljoin, urlsplit

_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
_NOT_ALNUM = re.compile(r"[\W_]+")
#: words that, with a number, make a profile link's last segment an id rather than a name (`membre57`)
_PROFILE_WORDS = {"member", "members", "membre", "membres", "user", "users", "u", "profile", "id", "uid",
                  "mitglied", "benutzer", "utilisateur", "usuario", "utente"}
#: a post matches a gold post when their word F1 reaches this
MATCH_THRESHOLD = 0.5


@dataclass(frozen=True)
class PRF:
    """Precision, recall and F1 of one comparison."""

    precision: float
    recall: float
    f1: float


def tokens(text: str) -> list[str]:
    """WCXB's tokens: lower-cased `\\w+` runs."""
    return _WORD.findall(text.lower()) if text else []


def prf_counts(overlap: int, n_pred: int, n_gold: int) -> PRF:
    """P/R/F1 from counts, with WCXB's conventions when either side is empty."""
    if n_gold == 0:
        return PRF(1.0, 1.0, 1.0) if n_pred == 0 else PRF(0.0, 0.0, 0.0)
    if n_pred == 0:
        return PRF(0.0, 0.0, 0.0)
    p, r = overlap / n_pred, overlap / n_gold
    return PRF(p, r, 2 * p * r / (p + r) if p + r else 0.0)


def bag_prf(pred: Counter[str], gold: Counter[str]) -> PRF:
    """Word P/R/F1 of two token multisets."""
    return prf_counts(sum((pred & gold).values()), pred.total(), gold.total())


def word_prf(pred: str, gold: str) -> PRF:
    """Word P/R/F1 of a predicted text against a reference text (multiset token overlap)."""
    return bag_prf(Counter(tokens(pred)), Counter(tokens(gold)))


def normalise(text: str) -> str:
    """Lower-case, whitespace collapsed: how snippets and outputs are compared."""
    return _SPACE.sub(" ", text.lower()).strip()


def snippet_share(snippets: list[str], text: str) -> float | None:
    """Share of snippets whose normalised text is a substring of the normalised output.

    None when there are no (non-blank) snippets: the share is undefined and the page is left out of
    that mean (WCXB counts it as 1.0, which would flatter a tool on `without`).
    """
    wanted = [normalise(s) for s in snippets if s.strip()]
    if not wanted:
        return None
    haystack = normalise(text)
    return sum(s in haystack for s in wanted) / len(wanted)


@dataclass(frozen=True)
class Match:
    """A predicted post paired with a gold post."""

    pred: int
    gold: int
    f1: float


def match_posts(pred: list[str], gold: list[str], threshold: float = MATCH_THRESHOLD) -> list[Match]:
    """Pair predicted and gold posts one to one: greedy, best word F1 first, ties to the earlier posts.

    Greedy rather than Hungarian: with a 0.5 threshold a post can only be "the" match of one gold post in
    practice, and greedy is easy to explain. Pairs below `threshold` never match.
    """
    pred_bags = [Counter(tokens(t)) for t in pred]
    gold_bags = [Counter(tokens(t)) for t in gold]
    pairs = []
    for i, pb in enumerate(pred_bags):
        for j, gb in enumerate(gold_bags):
            f1 = bag_prf(pb, gb).f1
            if f1 >= threshold:
                pairs.append((-f1, i, j))
    pairs.sort()
    used_pred: set[int] = set()
    used_gold: set[int] = set()
    matches: list[Match] = []
    for neg_f1, i, j in pairs:
        if i not in used_pred and j not in used_gold:
            used_pred.add(i)
            used_gold.add(j)
            matches.append(Match(i, j, -neg_f1))
    return sorted(matches, key=lambda m: m.gold)


def _name_key(text: str) -> str:
    """Names compared on letters and digits only, case-folded ("Rory_A" == "rory a")."""
    return _NOT_ALNUM.sub("", unquote(text).casefold())


def _looks_like_link(gold: str) -> bool:
    return "/" in gold or gold.startswith(("javascript:", "./")) or ".php" in gold or "?" in gold


def _last_segment(link: str) -> str:
    path = urlsplit(link.strip()).path
    parts = [p for p in path.split("/") if p and p != "."]
    return parts[-1] if parts else ""


def gold_author_name(gold: str) -> str | None:
    """The name key a gold author can be checked against, or None when it holds no name.

    Gold authors are names, or profile links whose last path segment usually carries the name
    (`/members/rory_a.56111/`); links that end in a script or a bare number (`memberlist.php?u=3`,
    `/user/343438`, `/membre57/`) say nothing about the name and cannot be checked.
    """
    if not _looks_like_link(gold):
        return _name_key(gold) or None
    if gold.startswith("javascript:"):
        return None
    segment = _last_segment(gold)
    if "." in segment and segment.rsplit(".", 1)[1].lower() in {"php", "asp", "aspx", "html", "htm", "jsp", "cgi"}:
        return None
    key = _name_key(segment)
    letters = re.sub(r"\d+", "", key)
    return key if letters and letters not in _PROFILE_WORDS else None


#: query parameters that carry a session, not an identity
_SESSION_PARAMS = {"sid", "s", "phpsessid", "sessionid", "session"}


def link_key(link: str, base: str | None) -> str | None:
    """A profile link in comparable form: absolute, no fragment, no session parameters, no trailing slash."""
    try:
        parts = urlsplit(urljoin(base or "", link.strip()))
    except ValueError:
        return None
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query.replace(";", "&"))
                       if k.lower() not in _SESSION_PARAMS])
    host = parts.netloc.lower().removeprefix("www.")
    return f"{host}{parts.path.rstrip('/')}?{query}" if host or parts.path else None


def author_matches(pred: str | None, gold: str, pred_url: str | None = None, base: str | None = None) -> bool:
    """True when the predicted author is the gold one: equal names, the name inside the gold profile link, or
    (gold being a profile link) the same link as the predicted author's profile link."""
    if pred_url and _looks_like_link(gold) and (key := link_key(gold, base)) and key == link_key(pred_url, base):
        return True
    if not pred or not _name_key(pred):
        return False
    want = gold_author_name(gold)
    if want is None:
        return False
    got = _name_key(pred)
    return got == want if not _looks_like_link(gold) else got in want
