"""Date parsing for forum and article dates (placeholder: the full parser lands next)."""

from __future__ import annotations

from datetime import datetime


def parse_datetime(raw: str, *, now: datetime | None = None) -> datetime | None:
    """Parse an absolute or relative date ("May 22, 2024", "8 hours ago", ISO, epoch) to UTC."""
    return None
