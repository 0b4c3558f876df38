"""Site-level boilerplate for a batch: one reading pass over the text pages, lines counted per site.

Before cleaning, every text record of the run is read once: its lines (normalised, quotes left out,
see `threadclean.text.site_lines`) are hashed and counted per site, once per page. A line on at least
half of a site's pages (and on two or more) is that site's boilerplate; the cleaning pass removes it with
reason `site_repeated`. Counts are kept as (site, line hash) pairs aggregated in polars, so memory grows
with the distinct lines of the batch, not with its size in bytes.
"""

from __future__ import annotations

import os
from array import array
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from threadclean.readers import Record
from threadclean.text.site_lines import page_line_hashes, pages_needed, site_key
from threadclean.work import ReadOptions, WorkUnit, unit_records

#: pairs buffered before they are folded into the aggregated table
FLUSH_PAIRS = 2_000_000
#: a container whose first records are all HTML is taken for an HTML corpus and not read through
PROBE_RECORDS = 50
#: formats that never hold text dumps (WARC response records are HTML)
_HTML_ONLY = {"warc", "html"}


def record_site(rec: Record, fixed: str | None = None) -> str | None:
    """The site a record's page belongs to: the run's `--site`, else the record's site column, else its domain."""
    return fixed or rec.site or site_key(rec.url)


def _text_of(rec: Record) -> str:
    return rec.content.decode("utf-8", "replace") if isinstance(rec.content, bytes) else rec.content


@dataclass
class LineCounter:
    """Pages per site and, per (site, line hash), the number of pages holding that line."""

    sites: dict[str, int] = field(default_factory=dict)
    pages: Counter = field(default_factory=Counter)
    _site_ids: array = field(default_factory=lambda: array("q"))
    _hashes: array = field(default_factory=lambda: array("Q"))
    _table: pl.DataFrame | None = None

    def add(self, site: str, hashes: set[int]) -> None:
        sid = self.sites.setdefault(site, len(self.sites))
        self.pages[sid] += 1
        self._site_ids.extend([sid] * len(hashes))
        self._hashes.extend(hashes)
        if len(self._hashes) >= FLUSH_PAIRS:
            self._flush()

    def _flush(self) -> None:
        pairs = pl.DataFrame({"s": pl.Series(self._site_ids, dtype=pl.Int64),
                              "h": pl.Series(self._hashes, dtype=pl.UInt64)})
        counted = pairs.group_by("s", "h").agg(pl.len().cast(pl.Int64).alias("n"))
        if self._table is not None:
            counted = pl.concat([self._table, counted]).group_by("s", "h").agg(pl.col("n").sum())
        self._table = counted
        self._site_ids, self._hashes = array("q"), array("Q")

    def learnt(self) -> dict[str, frozenset[int]]:
        """Per site with enough pages: the hashes of lines on at least `pages_needed` of them."""
        self._flush()
        if self._table is None or self._table.is_empty():
            return {}
        names = {sid: site for site, sid in self.sites.items()}
        needed = {s: n for s, pages in self.pages.items() if (n := pages_needed(pages)) is not None}
        need = pl.DataFrame({"s": list(needed), "need": list(needed.values())},
                            schema={"s": pl.Int64, "need": pl.Int64})
        kept = self._table.join(need, on="s").filter(pl.col("n") >= pl.col("need"))
        grouped = kept.group_by("s").agg(pl.col("h"))
        return {names[s]: frozenset(hs) for s, hs in grouped.iter_rows()}


def learn_sites(records: Iterable[Record], fixed_site: str | None = None) -> dict[str, frozenset[int]]:
    """Boilerplate line hashes per site over the text records given (HTML and failed records are skipped)."""
    counter = LineCounter()
    for rec in records:
        if rec.error or rec.format != "text":
            continue
        site = record_site(rec, fixed_site)
        if site:
            counter.add(site, page_line_hashes(_text_of(rec)))
    return counter.learnt()


def _text_records(units: Iterable[WorkUnit], options: ReadOptions) -> Iterable[Record]:
    """Text records of the units, without reading HTML-only files (WARC, HTML pages, HTML corpora) through."""
    for unit in units:
        if all(fmt in _HTML_ONLY for _, fmt in unit.path_formats(options.input_format)):
            continue
        seen_text = False
        for i, rec in enumerate(unit_records(unit, options)):
            seen_text = seen_text or rec.format == "text"
            if i >= PROBE_RECORDS and not seen_text:
                break
            yield rec


def learn_units(units: Iterable[WorkUnit], options: ReadOptions, fixed_site: str | None = None
                ) -> dict[str, frozenset[int]]:
    """The batch's learning pass: boilerplate line hashes per site over the units' text pages."""
    return learn_sites(_text_records(units, options), fixed_site)


def write_learnt(learnt: dict[str, frozenset[int]], path: Path) -> None:
    """The learnt lines as a Parquet table (site, line_hash), written atomically."""
    rows = [(site, h) for site, hs in sorted(learnt.items()) for h in sorted(hs)]
    frame = pl.DataFrame(rows, schema={"site": pl.String, "line_hash": pl.UInt64}, orient="row")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    frame.write_parquet(tmp)
    os.replace(tmp, path)


def read_learnt(path: Path) -> dict[str, frozenset[int]]:
    """A table written by `write_learnt` (`threadclean learn-sites`) back to line hashes per site."""
    grouped = pl.read_parquet(path).group_by("site").agg(pl.col("line_hash"))
    return {site: frozenset(hs) for site, hs in grouped.iter_rows()}
