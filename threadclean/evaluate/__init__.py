"""Measure threadclean against annotated real pages, side by side with other extractors."""

from threadclean.evaluate.command import eval_command
from threadclean.evaluate.run import EvalRun, run_eval

__all__ = ["EvalRun", "eval_command", "run_eval"]
