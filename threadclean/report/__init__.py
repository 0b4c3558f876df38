"""Corpus report: mergeable stats of output folders rendered as one self-contained HTML page."""
