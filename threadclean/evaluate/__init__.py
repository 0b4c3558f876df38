"""Measure threadclean against annotated real pages, side by side with other extractors.

The scorers load on first use: the command line imports `threadclean.evaluate.command` for every command.
"""

from __future__ import annotations

from typing import Any

__all__ = ["EvalRun", "eval_command", "run_eval"]


def __getattr__(name: str) -> Any:
    if name == "eval_command":
        from threadclean.evaluate.command import eval_command

        return eval_command
    if name in ("EvalRun", "run_eval"):
        from threadclean.evaluate import run

        return getattr(run, name)
    raise AttributeError(name)
