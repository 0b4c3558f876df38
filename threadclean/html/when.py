"""Machine-readable post dates from markup attributes (ISO 8601, epoch seconds or milliseconds)."""

from __future__ import annotations

from datetime import UTC, datetime


def parse_machine_date(value: str | None) -> datetime | None:
    """An attribute value -> UTC datetime; None when it is not ISO or epoch."""
    value = (value or "").strip()
    if not value:
        return None
    if value.isdigit() and len(value) in (10, 13):
        seconds = int(value) / (1000 if len(value) == 13 else 1)
        return datetime.fromtimestamp(seconds, UTC)
    head, _, epoch = value.rpartition(" ")
    if head and epoch.isdigit() and len(epoch) in (10, 13):
        return parse_machine_date(epoch)  # both forms in one attribute (Hacker News: "2024-03-05T14:14:00 1709648040")
    try:
        parsed = datetime.fromisoformat(value.replace(" ", "T", 1) if len(value) > 10 else value)
    except ValueError:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
