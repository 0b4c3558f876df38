"""Split one post body into the author's own words, embedded articles and media (placeholder)."""

from __future__ import annotations

from threadclean.model import Part


def split_body(text: str) -> list[Part]:
    """Post body text (paragraphs separated by blank lines) -> parts in reading order."""
    return [text] if text.strip() else []
