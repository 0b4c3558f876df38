"""Parquet corpora: read in row-group batches (pyarrow `iter_batches`), never whole."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from threadclean.readers.paths import display_path
from threadclean.readers.record import Columns, Record, error_record
from threadclean.readers.rows import row_record

BATCH_ROWS = 256


def _columns_to_read(names: list[str], cols: Columns) -> list[str]:
    wanted = (cols.html, cols.text, cols.url, cols.id, cols.site)
    return [c for c in dict.fromkeys(wanted) if c in names]


def read_parquet(path: Path, cols: Columns = Columns()) -> Iterator[Record]:
    """One record per row; a file without an html or text column gives one error record naming its columns."""
    import pyarrow.parquet as pq

    source = display_path(path)
    row = 0
    try:
        pf = pq.ParquetFile(path)
        names = pf.schema_arrow.names
        if cols.html not in names and cols.text not in names:
            reason = (f"parquet: no '{cols.html}' or '{cols.text}' column (columns: {', '.join(names) or 'none'}; "
                      f"{pf.metadata.num_rows} rows not read)")
            yield error_record(source, "file", reason, where=source)
            return
        for batch in pf.iter_batches(batch_size=BATCH_ROWS, columns=_columns_to_read(names, cols)):
            for values in batch.to_pylist():
                yield row_record(values, source, row, f"row {row}", cols)
                row += 1
    except Exception as exc:  # noqa: BLE001 - pyarrow raises many types for damaged files
        where = f"after row {row}" if row else source
        yield error_record(source, f"read-error@{row}", f"parquet: cannot read ({type(exc).__name__}: {exc})",
                           where=where)
