"""What a site leaves of a deleted post: "[deleted]" for its text or its author's name ("[removed]", "[dead]"), or a
notice in its place ("(post deleted by author)", "This post has been removed at the author's request.").

The post stays in its place (the replies under it, their positions and quotes, still refer to it) with no text and
no author; the placeholder is recorded as removed with reason `deleted`.
"""

from __future__ import annotations

import re

from threadclean.model import Document, Removed

_WHO = r"(?:the )?(?:author|creator|user|moderator|mod|admin|site admin|staff|poster|community)"
#: a deleted post's whole text, or a deleted member's name, as sites print them (Reddit, Lemmy, Hacker News), and the
#: notices boards print in a removed post's place (Discourse, Tripadvisor, vBulletin)
PLACEHOLDER = re.compile(
    r"^(?:\[(?:deleted|removed|dead|flagged|deleted by (?:user|creator|moderator))\]|"
    rf"(?:comment )?(?:deleted|removed) by {_WHO}|"
    rf"\((?:post|comment|reply) (?:deleted|withdrawn|removed) by {_WHO}\b[^)]*\)|"
    r"this (?:comment|post|message|reply|answer) (?:was|has been) (?:deleted|removed)"
    rf"(?: by {_WHO}| at (?:the|its) (?:author|poster)'?s request| for violating [\w\s']+)?\.?)$", re.I)
#: a notice may come with a line or two of the site's help ("To read more about editing your posts, ..."): the
#: post's own words are gone, so what follows a notice opening a post is the site's, up to this many words
NOTICE_TAIL_WORDS = 40


def drop_placeholders(doc: Document) -> Document:
    """Posts whose text or author is only a deletion placeholder lose it."""
    for post in doc.posts:
        if post.author and PLACEHOLDER.match(post.author.strip()):
            post.author, post.author_url = None, None
        text = post.text.strip() if post.parts and all(isinstance(p, str) for p in post.parts) else ""
        first, _, rest = text.partition("\n")
        if text and PLACEHOLDER.match(first.strip()) and len(rest.split()) <= NOTICE_TAIL_WORDS:
            doc.removed += [Removed(line.strip(), "deleted") for line in text.split("\n") if line.strip()]
            post.parts = []
    return doc
