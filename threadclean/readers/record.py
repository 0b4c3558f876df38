"""The unit every reader yields: one page to clean, with where it came from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

INPUT_FORMATS = ("auto", "html", "text", "warc", "jsonl", "parquet")


@dataclass
class Record:
    """One page to clean: its raw content and where it came from.

    `key` identifies the record inside its source (line number, WARC record id, row id...): together
    with `source` it makes the stable `doc_id`. `where` says the same thing for people, in error rows.
    """

    source: str
    key: str | int | None
    content: bytes | str
    format: str  # "html" | "text" ("jsonl" while `pending`)
    url: str | None = None
    fetched_at: datetime | None = None
    http_charset: str | None = None
    #: set when reading failed: the record becomes an error row with this reason
    error: str | None = None
    where: str | None = None
    #: the site the page belongs to, from the corpus's site column (`Columns.site`); else learnt from `url`
    site: str | None = None
    #: set on a corpus line read but not parsed yet (`content` is the raw line): `resolve_record` parses it with
    #: these columns where it is cleaned, so a batch's reading process does not parse every page itself
    pending: Columns | None = None
    #: what the record took in its input when that is not its content (a JSONL line with all its fields)
    raw_size: int | None = None
    #: a pending line not read yet: (file, offset, length) in an uncompressed file, read where it is cleaned
    span: tuple[str, int, int] | None = None

    @property
    def size(self) -> int:
        """What chunking counts: the input's bytes, so parts hold the same records however lines are parsed."""
        return self.raw_size if self.raw_size is not None else len(self.content)


@dataclass(frozen=True)
class Columns:
    """Column (or JSON field) names of a JSONL / Parquet corpus."""

    text: str = "text"
    html: str = "html"
    url: str = "url"
    id: str = "id"
    #: a column naming each page's site (pages of one site share boilerplate lines); "" = the URL's domain
    site: str = ""


def error_record(source: str, key: str | int | None, reason: str, where: str | None = None) -> Record:
    """A record that could not be read: it becomes an error row naming the file and the record."""
    detail = f"{reason} [{where}]" if where else reason
    return Record(source, key, b"", "text", error=detail, where=where)
