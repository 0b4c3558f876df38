"""Text dump -> Document (placeholder until the line rules land)."""

from __future__ import annotations

from threadclean.model import Document
from threadclean.structure import link_document


def extract_text_document(doc: Document, text: str) -> None:
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    doc.title = lines[0] if lines else None
    doc.body = "\n".join(lines)
    link_document(doc)
