"""Reaction and score widgets ("Reactions: A, B and 3 others", "8 Likes", "Thanks 1", "+12") -> `Reaction`."""

from __future__ import annotations

import re

from threadclean.model import Reaction
from threadclean.text.post_tail import count_names, shown_count

#: a list of who reacted, its label and "like this." around it ("Reactions: A, B and 3 others", "Reaktionen: A und
#: 23 andere", "A and B like this.", "A und 16 anderen gefällt das.")
_NAMES = re.compile(r"^(?:(?:reactions?|reaktionen|réactions|likes)\s*:?\s*)?(?P<names>.*?)\s*"
                    r"(?:(?:likes? this|gefällt das|aiment ça|aime ça)\.?)?$", re.I)
_COUNT_FIRST = re.compile(r"^(?P<n>[+-]?[\d,.]+k?)\s+(?P<name>[^\d\s][\w ]*?)$", re.I)
_NAME_FIRST = re.compile(r"^(?P<name>[^\d\s][\w ]*?)\s*:?\s+(?P<n>[+-]?[\d,.]+k?)$", re.I)
_SINGULAR = {"likes": "like", "votes": "vote", "upvotes": "upvote", "points": "point", "reactions": "reaction"}
_NUMBER = re.compile(r"^(?P<n>[+-]?[\d,.]+k?)$", re.I)
#: "2 people like this." (SMF 2.1 likes): a head count, not a list of names
_PEOPLE = re.compile(r"^(?P<n>[\d,.]+k?)\s+(?:people|persons?|members?|users?)\s+likes?\s+this\.?$", re.I)
#: a rating and how many gave it (XenForo 1's post ratings: "Like x 2")
_TIMES = re.compile(r"^(?P<name>[^\d\s][\w ]*?)\s+x\s+(?P<n>\d+)$", re.I)
#: a moderated score with its label (Slash: "(Score:5, Insightful)")
_SCORE = re.compile(r"^\(?\s*Score:\s*(?P<n>[+-]?\d+)\s*(?:,\s*[\w ]+)?\)?$", re.I)


def parse_reaction(text: str, default_name: str = "like") -> Reaction | None:
    """One widget's text -> Reaction; None when it carries no count."""
    text = " ".join(text.split())
    if not text:
        return None
    if m := _PEOPLE.match(text):
        return Reaction(default_name, shown_count(m.group("n")))
    if m := _SCORE.match(text):
        return Reaction("score", int(m.group("n")))
    if m := _TIMES.match(text):
        return Reaction(m.group("name").strip(), int(m.group("n")))
    for pattern in (_COUNT_FIRST, _NAME_FIRST):
        if m := pattern.match(text):
            name = m.group("name").strip().lower()
            return Reaction(_SINGULAR.get(name, name), shown_count(m.group("n")))
    if m := _NUMBER.match(text):
        return Reaction(default_name, shown_count(m.group("n")))
    m = _NAMES.match(text)
    count = count_names(m.group("names")) if m and m.group("names") else 0
    return Reaction(default_name, count) if count else None
