"""threadclean: turn scraped forum pages into clean, structured posts, quotes, articles and media."""

from threadclean.api import clean_html, clean_text, make_doc_id
from threadclean.model import Article, Document, Media, MediaComment, Post, Quote, Reaction, Removed

__all__ = [
    "Article",
    "Document",
    "Media",
    "MediaComment",
    "Post",
    "Quote",
    "Reaction",
    "Removed",
    "clean_html",
    "clean_text",
    "make_doc_id",
]
__version__ = "0.1.0"
