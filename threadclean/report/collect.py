"""Stats of one `threadclean clean` output folder, computed with lazy polars scans."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from threadclean.report import dedup
from threadclean.report.frames import chars, hist, scan, site, text_hash
from threadclean.report.language import language_sample
from threadclean.report.sketches import BottomK, threshold
from threadclean.report.stats import Stats

REMOVED_SAMPLE_K = 5
THREAD_SAMPLE_K = 3
LANG_SAMPLE_K = {"posts": 1000, "articles": 300}


def collect_stats(out: Path) -> Stats:
    """All report numbers of one output folder."""
    stats = Stats(inputs=[str(out)])
    _documents(out, stats)
    _removed(out, stats)
    _posts(out, stats)
    _quotes(out, stats)
    _articles(out, stats)
    _media(out, stats)
    return stats


def _keyed(frame: pl.LazyFrame, by: pl.Expr, value: pl.Expr | None = None) -> dict[str, int]:
    agg = pl.len() if value is None else value.sum()
    rows = frame.group_by(by.fill_null("(none)").alias("k")).agg(agg.alias("v")).collect().iter_rows()
    return {str(k): int(v) for k, v in rows}


def _documents(out: Path, stats: Stats) -> None:
    docs = scan(out, "documents").select(
        "doc_id", "engine", "page_kind", "status", "error", "n_posts",
        site(pl.col("url")), chars("text").alias("kept"), pl.col("n_removed_chars").fill_null(0).alias("removed"),
    ).collect()
    lazy = docs.lazy()
    threads = lazy.filter(pl.col("n_posts") > 0)
    stats.counts.update(documents=docs.height, threads=threads.select(pl.len()).collect().item(),
                        kept_chars=int(docs["kept"].sum()), removed_chars=int(docs["removed"].sum()))
    stats.keyed.update(
        status=_keyed(lazy, pl.col("status")),
        error_reason=_keyed(lazy.filter(pl.col("error").is_not_null()), pl.col("error").str.split(":").list.first()),
        page_kind=_keyed(lazy, pl.col("page_kind")),
        engine=_keyed(lazy, pl.col("engine")),
        site_docs=_keyed(lazy, pl.col("site")),
    )
    for by in ("engine", "site"):
        stats.keyed[f"kept_chars_by_{by}"] = _keyed(lazy, pl.col(by), pl.col("kept"))
        stats.keyed[f"removed_chars_by_{by}"] = _keyed(lazy, pl.col(by), pl.col("removed"))
    stats.hists["posts_per_thread"] = hist(threads, pl.col("n_posts"))
    stats.extrema["posts_per_thread"] = _extrema(threads, pl.col("n_posts"))
    sample = threads.filter(pl.col("n_posts") >= 2).select(pl.col("doc_id").hash(5).alias("h"), "doc_id")
    rows = sample.bottom_k(THREAD_SAMPLE_K, by="h").sort("h").collect().iter_rows()
    stats.samples["threads"] = BottomK(THREAD_SAMPLE_K, [[h, d] for h, d in rows])


def _extrema(frame: pl.LazyFrame, value: pl.Expr) -> list[int | None]:
    lo, hi = frame.select(value.min().alias("lo"), value.max().alias("hi")).collect().row(0)
    return [None if lo is None else int(lo), None if hi is None else int(hi)]


def _removed(out: Path, stats: Stats) -> None:
    removed = scan(out, "removed").select("reason", "text", chars("text").alias("n"))
    stats.counts["removed_lines"] = removed.select(pl.len()).collect().item()
    stats.keyed["removed_lines_by_reason"] = _keyed(removed, pl.col("reason"))
    stats.keyed["removed_chars_by_reason"] = _keyed(removed, pl.col("reason"), pl.col("n"))
    # distinct lines first, so a line repeated on every page does not fill the sample
    lines = (removed.select(pl.col("reason").fill_null("(none)"), text_hash("text", 3).alias("h"), "text")
             .group_by("reason", "h").agg(pl.col("text").first())
             .group_by("reason").agg(pl.col("h", "text").bottom_k_by("h", REMOVED_SAMPLE_K))
             .collect())
    for reason, hs, texts in lines.iter_rows():
        items = sorted([h, t[:300]] for h, t in zip(hs, texts, strict=True))
        stats.samples[f"removed:{reason}"] = BottomK(REMOVED_SAMPLE_K, items)


def _posts(out: Path, stats: Stats) -> None:
    posts = scan(out, "posts")
    facts = posts.select(
        "doc_id", "n_quotes", "n_articles", "n_media", chars("text").alias("len"),
        (pl.col("author").fill_null("").str.strip_chars() != "").alias("known"),
        pl.col("author_inferred").fill_null(False).alias("inferred"),
    ).collect()
    lazy = facts.lazy()
    stats.counts.update(posts=facts.height, post_chars=int(facts["len"].sum()),
                        authors_known=int(facts["known"].sum()), authors_inferred=int(facts["inferred"].sum()),
                        empty_posts=int((facts["len"] == 0).sum()))
    stats.hists["post_chars"] = hist(lazy, pl.col("len"))
    stats.extrema["post_chars"] = _extrema(lazy, pl.col("len"))
    stats.hists["quotes_per_post"] = hist(lazy, pl.col("n_quotes"))
    per_thread = lazy.group_by("doc_id").agg(pl.col("n_articles", "n_media").sum())
    stats.hists["articles_per_thread"] = hist(per_thread, pl.col("n_articles"))
    stats.hists["media_per_thread"] = hist(per_thread, pl.col("n_media"))
    _dups(posts, "posts", stats)
    stats.samples["lang:posts"] = language_sample(posts, ["doc_id", "post_id"], LANG_SAMPLE_K["posts"])


def _dups(frame: pl.LazyFrame, name: str, stats: Stats) -> None:
    """Exact duplicates over every text; near duplicates over a consistent sample of the long ones."""
    texts = frame.select(pl.col("text").fill_null("")).with_row_index("i")
    length = pl.col("text").str.len_chars()
    hashes = texts.filter(length >= dedup.EXACT_MIN_CHARS).select(text_hash("text", 0).alias("h")).collect()
    stats.dups[name] = dedup.exact_sample(hashes.get_column("h"))
    stats.counts[f"exact_eligible_{name}"] = hashes.height
    long = texts.filter(length >= dedup.NEAR_MIN_CHARS)
    keyed = long.select("i", dedup.near_key("text").alias("key"), text_hash("text", 0).alias("h")).collect()
    stats.counts[f"near_eligible_{name}"] = keyed.height
    level = dedup.near_level(keyed)
    picked = keyed.drop_nulls("key")
    if level:
        picked = picked.filter(pl.col("key") < threshold(level))
    rows = long.join(picked.lazy(), on="i").select("key", "h", "text").collect()
    stats.near[name] = dedup.near_sample(rows, level)


def exact_over(outs: list[Path]) -> dict[str, list[int]]:
    """Exact-duplicate counts of posts and articles over all folders together (copies across folders count)."""
    found = {}
    for name in ("posts", "articles"):
        texts = pl.concat([scan(out, name).select(pl.col("text").fill_null("")) for out in outs])
        hashes = texts.filter(pl.col("text").str.len_chars() >= dedup.EXACT_MIN_CHARS).select(
            text_hash("text", 0).alias("h")).collect()
        found[name] = dedup.exact_counts(hashes.get_column("h"))
    return found


def _quotes(out: Path, stats: Stats) -> None:
    q = scan(out, "quotes").select(pl.len().alias("quotes"),
                                   pl.col("source_post_id").is_not_null().sum().alias("quotes_resolved"),
                                   (pl.col("quoted_author").fill_null("") != "").sum().alias("quotes_with_author"),
                                   (pl.col("quoted_author_source") == "source_post").sum().alias("quotes_author_traced"),
                                   chars("text").sum().alias("quote_chars")).collect()
    stats.counts.update({k: int(v or 0) for k, v in q.row(0, named=True).items()})
    stats.keyed["quote_depth"] = _keyed(scan(out, "quotes"), pl.col("depth").cast(pl.String))


def _articles(out: Path, stats: Stats) -> None:
    arts = scan(out, "articles")
    facts = arts.select(pl.col("post_id").is_not_null().alias("embedded"), chars("text").alias("len")).collect()
    stats.counts.update(articles=facts.height, articles_embedded=int(facts["embedded"].sum()),
                        article_chars=int(facts["len"].sum()))
    stats.hists["article_chars"] = hist(facts.lazy(), pl.col("len"))
    stats.extrema["article_chars"] = _extrema(facts.lazy(), pl.col("len"))
    _dups(arts, "articles", stats)
    stats.samples["lang:articles"] = language_sample(arts, ["doc_id", "post_id", "text"],
                                                     LANG_SAMPLE_K["articles"])


def _media(out: Path, stats: Stats) -> None:
    media = scan(out, "media")
    stats.counts["media"] = media.select(pl.len()).collect().item()
    stats.keyed["media_kind"] = _keyed(media, pl.col("kind"))
