"""Write an evaluation run as JSON: settings, summaries per folder/format/tool/engine/group, per-page rows."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from threadclean.evaluate.aggregate import by_tool
from threadclean.evaluate.run import EvalRun
from threadclean.evaluate.scoring import PageRow


def _summaries(rows: list[PageRow], **where: str | None) -> list[dict]:
    return [{**where, **asdict(s)} for s in by_tool(rows)]


def _slice_summaries(rows: list[PageRow], folder: str, fmt: str) -> list[dict]:
    out = _summaries(rows, folder=folder, format=fmt, engine=None, group=None)
    for engine in sorted({r.engine for r in rows}):
        out += _summaries([r for r in rows if r.engine == engine], folder=folder, format=fmt, engine=engine,
                          group=None)
    for group in sorted({r.group for r in rows if r.group is not None}):
        out += _summaries([r for r in rows if r.group == group], folder=folder, format=fmt, engine=None,
                          group=group)
    return out


def run_to_dict(run: EvalRun) -> dict:
    """All numbers of a run as plain JSON-ready data."""
    summaries: list[dict] = []
    for folder in run.folders:
        for fmt in run.formats:
            rows = [r for r in run.rows if r.folder == folder and r.fmt == fmt]
            if rows:
                summaries += _slice_summaries(rows, folder, fmt)
    return {
        "root": run.root,
        "formats": run.formats,
        "settings": run.settings,
        "notes": run.notes,
        "summaries": summaries,
        "pages": [asdict(r) for r in run.rows],
    }


def write_json(run: EvalRun, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(run_to_dict(run), indent=1, ensure_ascii=False), encoding="utf-8")

