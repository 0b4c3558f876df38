"""The report's sections, each built from a merged `Stats`: derived shares are computed here, not stored."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from threadclean.report.charts import PALETTE, bars, fmt_int, fmt_pct, histogram, stacked
from threadclean.report.dedup import LSH_THRESHOLD, NEAR_MIN_CHARS, exact_figures, near_dups
from threadclean.report.language import language_mix
from threadclean.report.stats import Stats

TOP_SITES = 15
TOP_CLUSTERS = 8


def ratio(a: float, b: float) -> float:
    return a / b if b else 0.0


def table(head: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A data table; cells are escaped, numbers right-aligned."""
    if not rows:
        return '<p class="none">nothing to show</p>'
    th = "".join(f"<th>{escape(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(_cell(c) for c in r) + "</tr>" for r in rows)
    return f'<table class="data"><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>'


def _cell(value: object) -> str:
    if isinstance(value, int | float):
        return f'<td class="num">{fmt_int(value) if isinstance(value, int) else escape(str(value))}</td>'
    return f"<td>{escape(str(value))}</td>"


def section(anchor: str, title: str, *blocks: str) -> str:
    return f'<section id="{anchor}"><h2>{escape(title)}</h2>{"".join(blocks)}</section>'


def panel(title: str, body: str, note: str = "") -> str:
    foot = f'<p class="note">{escape(note)}</p>' if note else ""
    return f'<div class="panel"><h3>{escape(title)}</h3>{body}{foot}</div>'


def grid(*panels: str) -> str:
    return f'<div class="grid">{"".join(panels)}</div>'


def _top(counter: dict[str, int], n: int) -> list[tuple[str, int]]:
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def funnel(s: Stats) -> str:
    status = s.keyed.get("status", {})
    parts = [(k, status.get(k, 0)) for k in ("ok", "empty", "error")]
    parts += [(k, v) for k, v in sorted(status.items()) if k not in {"ok", "empty", "error"}]
    errors = _top(s.keyed.get("error_reason", {}), 12)
    return section("funnel", "Funnel",
                   panel(f"{fmt_int(s.count('documents'))} documents in", stacked(parts)),
                   grid(panel("Error reasons", bars(errors, color=PALETTE[3])),
                        panel("Errors", table(["reason", "documents"], errors))))


def boilerplate(s: Stats) -> str:
    kept, removed = s.count("kept_chars"), s.count("removed_chars")
    total = kept + removed
    by_reason = s.keyed.get("removed_chars_by_reason", {})
    lines = s.keyed.get("removed_lines_by_reason", {})
    reason_rows = [(r, lines.get(r, 0), c, fmt_pct(ratio(c, total))) for r, c in _top(by_reason, 50)]
    head = (f'<p class="lead">{fmt_pct(ratio(removed, total))} of all characters were removed as boilerplate '
            f"({fmt_int(removed)} removed, {fmt_int(kept)} kept).</p>")
    return section("boilerplate", "Boilerplate", head,
                   grid(panel("Share of characters removed, by reason",
                              bars([(r, ratio(c, total)) for r, c in _top(by_reason, 12)], fmt_pct, PALETTE[1])),
                        panel("Removed by reason", table(["reason", "lines", "chars", "share"], reason_rows))),
                   grid(panel("Share removed, by engine", bars(_shares(s, "engine", 12), fmt_pct, PALETTE[1])),
                        panel(f"Share removed, top {TOP_SITES} sites by documents",
                              bars(_site_shares(s), fmt_pct, PALETTE[1]))),
                   panel("Sampled removed lines", _removed_samples(s)))


def _shares(s: Stats, by: str, n: int) -> list[tuple[str, float]]:
    kept, removed = s.keyed.get(f"kept_chars_by_{by}", {}), s.keyed.get(f"removed_chars_by_{by}", {})
    shares = {k: ratio(removed.get(k, 0), removed.get(k, 0) + kept.get(k, 0)) for k in set(kept) | set(removed)}
    return sorted(shares.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def _site_shares(s: Stats) -> list[tuple[str, float]]:
    kept, removed = s.keyed.get("kept_chars_by_site", {}), s.keyed.get("removed_chars_by_site", {})
    top = _top(s.keyed.get("site_docs", {}), TOP_SITES)
    return [(f"{site} ({fmt_int(n)})", ratio(removed.get(site, 0), removed.get(site, 0) + kept.get(site, 0)))
            for site, n in top]


def _removed_samples(s: Stats) -> str:
    blocks = []
    for key in sorted(k for k in s.samples if k.startswith("removed:")):
        lines = "".join(f"<li><code>{escape(text)}</code></li>" for _, text in s.samples[key].items)
        blocks.append(f'<div class="sample"><h4>{escape(key.split(":", 1)[1])}</h4><ul>{lines}</ul></div>')
    return f'<div class="samples">{"".join(blocks)}</div>' if blocks else '<p class="none">nothing removed</p>'


def structure(s: Stats) -> str:
    posts, threads, quotes = s.count("posts"), s.count("threads"), s.count("quotes")
    rows = [
        ("threads (documents with posts)", fmt_int(threads)),
        ("posts", fmt_int(posts)),
        ("posts per thread (mean / max)", f"{ratio(posts, threads):.1f} / {s.extrema.get('posts_per_thread', [0, 0])[1]}"),
        ("quotes (all depths) per post", f"{ratio(quotes, posts):.2f}"),
        ("quotes resolved to their source post", fmt_pct(ratio(s.count("quotes_resolved"), quotes))),
        ("quotes with a known author", fmt_pct(ratio(s.count("quotes_with_author"), quotes))),
        ("… of which from the post they were traced to", fmt_pct(ratio(s.count("quotes_author_traced"), quotes))),
        ("posts with a known author", fmt_pct(ratio(s.count("authors_known"), posts))),
        ("… of which inferred from quotes", fmt_pct(ratio(s.count("authors_inferred"), posts))),
        ("articles: embedded in posts / standalone",
         f"{fmt_int(s.count('articles_embedded'))} / {fmt_int(s.count('articles') - s.count('articles_embedded'))}"),
        ("media embedded", fmt_int(s.count("media"))),
    ]
    figures = "".join(f"<tr><th>{escape(k)}</th><td class='num'>{escape(v)}</td></tr>" for k, v in rows)
    return section("structure", "Structure",
                   grid(panel("Key figures", f'<table class="kv">{figures}</table>'),
                        panel("Posts per thread", histogram(s.hists.get("posts_per_thread", []), "posts"))),
                   grid(panel("Quotes per post (top level)", histogram(s.hists.get("quotes_per_post", []), "quotes")),
                        panel("Articles embedded per thread",
                              histogram(s.hists.get("articles_per_thread", []), "articles", PALETTE[2]))),
                   grid(panel("Page kinds", bars(_top(s.keyed.get("page_kind", {}), 10), color=PALETTE[4])),
                        panel("Engines", bars(_top(s.keyed.get("engine", {}), 15), color=PALETTE[4]))))


def duplication(s: Stats) -> str:
    rows, clusters = [], ""
    for kind in ("posts", "articles"):
        if kind in s.dups:
            e = exact_figures(s.exact.get(kind), s.dups[kind])
            rows.append((f"{kind}: exact", e.items, fmt_pct(ratio(e.in_groups, e.items)),
                         fmt_pct(ratio(e.redundant, e.items)), _rate(e.items, s.count(f"exact_eligible_{kind}"))))
        if kind in s.near:
            n = near_dups(s.near[kind])
            rows.append((f"{kind}: near (≥{NEAR_MIN_CHARS} chars)", n.items,
                         fmt_pct(ratio(sum(c.copies for c in n.clusters), n.items)),
                         fmt_pct(ratio(n.redundant, n.items)), _rate(n.items, s.count(f"near_eligible_{kind}"))))
            clusters += panel(f"Largest near-duplicate clusters of {kind}",
                              table(["copies", "variants", "text"],
                                    [(c.copies, c.variants, c.snippet) for c in n.clusters[:TOP_CLUSTERS]]))
    quote_share = ratio(s.count("quote_chars"), s.count("post_chars"))
    lead = (f'<p class="lead">Quotes hold {fmt_int(s.count("quote_chars"))} characters: kept inside the posts they '
            f"would have added {fmt_pct(quote_share)} to the posts' own text.</p>")
    exact_how = ("counted over every text of the folders read" if s.exact else "estimated on a content-hash sample "
                 "(every copy of a text is in or out together, so a few very frequent texts can swing it)")
    note = (f"Exact: identical after trimming (texts of 20+ chars), {exact_how}. Near: "
            f"MinHash (word 3-grams) LSH at Jaccard ≈ {LSH_THRESHOLD}, on a sample keyed by the smallest "
            "sentence hash so that near-copies are sampled together. 'in duplicates' counts every copy, "
            "'redundant' all copies but one per group.")
    return section("duplication", "Duplication", lead,
                   panel("Duplicate texts", table(["texts", "sampled", "in duplicates", "redundant", "sampled share"],
                                                  rows), note),
                   clusters)


def _rate(sampled: int, eligible: int) -> str:
    """Share of the eligible texts that the sample holds."""
    return "all" if sampled >= eligible else f"{fmt_int(sampled)} of {fmt_int(eligible)} ({fmt_pct(ratio(sampled, eligible))})"


def text(s: Stats) -> str:
    langs = []
    for kind in ("posts", "articles"):
        sample = s.samples.get(f"lang:{kind}")
        if sample and sample.items:
            mix = language_mix(sample)
            items = [(k, ratio(v, len(sample.items))) for k, v in mix.most_common(10)]
            langs.append(panel(f"Languages of {kind}", bars(items, fmt_pct, PALETTE[5]),
                               f"py3langid on a hash sample of {fmt_int(len(sample.items))} texts of 40+ chars."))
    pc, ac = s.extrema.get("post_chars", [None, None]), s.extrema.get("article_chars", [None, None])
    return section("text", "Text",
                   grid(panel("Post length", histogram(s.hists.get("post_chars", []), "characters"),
                              f"min {pc[0]}, mean {ratio(s.count('post_chars'), s.count('posts')):.0f}, max {pc[1]}"),
                        panel("Article length", histogram(s.hists.get("article_chars", []), "characters", PALETTE[2]),
                              f"min {ac[0]}, mean {ratio(s.count('article_chars'), s.count('articles')):.0f}, "
                              f"max {ac[1]}")),
                   grid(*langs) if langs else "")
