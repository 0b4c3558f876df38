"""Progress on a terminal (documents, pages/s, errors) and the one-line summary at the end."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """A tqdm bar on stderr when it is a terminal; silent otherwise (logs, CI, pipes)."""

    def __init__(self, enabled: bool | None = None, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.bar = None
        self._last = 0.0
        if self.enabled:
            from tqdm import tqdm

            self.bar = tqdm(file=self.stream, unit=" doc", desc="cleaning", dynamic_ncols=True, smoothing=0.1)

    def update(self, documents: int, errors: int) -> None:
        if self.bar is None or time.monotonic() - self._last < 0.2:
            return
        self._last = time.monotonic()
        self.bar.n = documents
        self.bar.set_postfix(errors=errors, refresh=False)
        self.bar.refresh()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def summary_line(counts: dict[str, int], seconds: float, skipped_parts: int = 0) -> str:
    """`documents in N, ok N, empty N, error N; 12.3s; 45.6 docs/s`."""
    n = counts.get("in", 0)
    line = (f"documents in {n}, ok {counts.get('ok', 0)}, empty {counts.get('empty', 0)}, "
            f"error {counts.get('error', 0)}; {seconds:.1f}s")
    cleaned = counts.get("cleaned", n)
    if seconds > 0:
        line += f"; {cleaned / seconds:.1f} docs/s"
    if skipped_parts:
        line += f"; {skipped_parts} parts already done (resumed)"
    return line
