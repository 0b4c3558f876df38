"""What a site leaves of a deleted post: "[deleted]" for its text or its author's name ("[removed]", "[dead]").

The post stays in its place (the replies under it, their positions and quotes, still refer to it) with no text and
no author; the placeholder is recorded as removed with reason `deleted`.
"""

from __future__ import annotations

import re

from threadclean.model import Document, Removed

#: a deleted post's whole text, or a deleted member's name, as sites print them (Reddit, Lemmy, Hacker News)
PLACEHOLDER = re.compile(r"^(?:\[(?:deleted|removed|dead|flagged|deleted by (?:user|creator|moderator))\]|"
                         r"(?:comment )?(?:deleted|removed) by (?:creator|user|moderator|mod|admin|site admin)|"
                         r"this comment (?:was|has been) (?:deleted|removed)\.?)$", re.I)


def drop_placeholders(doc: Document) -> Document:
    """Posts whose text or author is only a deletion placeholder lose it."""
    for post in doc.posts:
        if post.author and PLACEHOLDER.match(post.author.strip()):
            post.author, post.author_url = None, None
        text = post.text.strip() if post.parts and all(isinstance(p, str) for p in post.parts) else ""
        if text and PLACEHOLDER.match(text):
            doc.removed.append(Removed(text, "deleted"))
            post.parts = []
    return doc
