"""A corpus row (JSONL object or Parquet row) to a record: html column first, else text."""

from __future__ import annotations

from threadclean.readers.record import Columns, Record, error_record


def _as_content(value: object) -> str | bytes | None:
    if isinstance(value, str | bytes) and value:
        return value
    return None


def row_record(row: dict, source: str, position: int, where: str, cols: Columns) -> Record:
    """A row with an html value is cleaned as HTML, else its text value as a text dump.

    The record key is the row's id when it has one, else its position in the file.
    """
    rid = row.get(cols.id)
    key: str | int = str(rid) if rid is not None and rid != "" else position
    where = f"{where}, id {rid}" if rid is not None and rid != "" else where
    url = row.get(cols.url)
    url = url if isinstance(url, str) and url else None
    html = _as_content(row.get(cols.html))
    if html is not None:
        return Record(source, key, html, "html", url=url, where=where)
    text = _as_content(row.get(cols.text))
    if text is not None:
        site = row.get(cols.site) if cols.site else None
        return Record(source, key, text, "text", url=url, where=where, site=str(site) if site else None)
    present = cols.html in row or cols.text in row
    reason = f"no value in '{cols.html}' or '{cols.text}'" if present else f"no '{cols.html}' or '{cols.text}' field"
    rec = error_record(source, key, f"input: {reason}", where=where)
    rec.url = url
    return rec
