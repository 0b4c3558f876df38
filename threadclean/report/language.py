"""Language mix from a hash-chosen sample, identified with py3langid (its model ships inside the package)."""

from __future__ import annotations

from collections import Counter

import polars as pl
import py3langid

from threadclean.report.sketches import BottomK

#: texts shorter than this say too little for a language guess
MIN_CHARS = 40
#: the identifier reads this much of each text; more changes little and costs time
READ_CHARS = 600


def language_sample(frame: pl.LazyFrame, ids: list[str], k: int) -> BottomK:
    """Languages of the k texts with the smallest id hashes (a uniform sample that merges exactly)."""
    rows = (
        frame.filter(pl.col("text").str.len_chars() >= MIN_CHARS)
        .select(pl.concat_str([pl.col(c).fill_null("") for c in ids], separator="\x1f").hash(11).alias("h"),
                pl.col("text").str.slice(0, READ_CHARS))
        .bottom_k(k, by="h")
        .sort("h")
        .collect()
    )
    return BottomK(k, [[h, py3langid.classify(text)[0]] for h, text in rows.iter_rows()])


def language_mix(sample: BottomK) -> Counter:
    return Counter(lang for _, lang in sample.items)
