"""The report page: one self-contained HTML file (inline CSS and SVG, no script) built from merged stats."""

from __future__ import annotations

from html import escape

from threadclean.report import sections as sec
from threadclean.report.charts import fmt_int, fmt_pct
from threadclean.report.dedup import exact_figures, near_dups
from threadclean.report.stats import Stats

CSS = """
:root{--ink:#1d2430;--muted:#5b6472;--line:#e2e6ec;--bg:#f5f7fa;--accent:#2f6db5}
*{box-sizing:border-box}
body{margin:0;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
header.top{background:#1f2d3d;color:#fff;padding:18px 32px}
header.top h1{margin:0;font-size:20px;font-weight:600}
header.top .sub{color:#b8c4d3;font-size:12px;margin-top:4px;word-break:break-all}
nav{display:flex;gap:18px;padding:8px 32px;background:#fff;border-bottom:1px solid var(--line);position:sticky;top:0}
nav a{color:var(--accent);text-decoration:none;font-size:13px}
main{max-width:1180px;margin:0 auto;padding:20px 32px 60px}
.strip{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px;margin-bottom:8px}
.card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:12px 14px}
.card .v{font-size:22px;font-weight:600}
.card .k{color:var(--muted);font-size:12px}
section{margin-top:28px}
h2{font-size:17px;margin:0 0 10px;padding-bottom:6px;border-bottom:2px solid var(--line)}
h3{font-size:13px;margin:0 0 8px;color:var(--muted);font-weight:600;text-transform:uppercase;letter-spacing:.03em}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(440px,1fr));gap:14px;margin-bottom:14px}
.panel{background:#fff;border:1px solid var(--line);border-radius:8px;padding:14px 16px;margin-bottom:14px;min-width:0}
.grid .panel{margin-bottom:0}
svg.chart{width:100%;height:auto;display:block}
.note,.none{color:var(--muted);font-size:12px;margin:8px 0 0}
.lead{font-size:15px;margin:0 0 12px}
table{border-collapse:collapse;width:100%;font-size:13px}
table.data th,table.data td,table.kv th,table.kv td{padding:4px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
table.data th{color:var(--muted);font-weight:600}
table.kv th{font-weight:normal;color:var(--muted)}
table td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.samples{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:10px}
.sample h4{margin:0 0 4px;font-size:13px}
.sample ul{margin:0;padding-left:18px}
code{font:12px/1.4 ui-monospace,Menlo,Consolas,monospace;background:#f1f3f6;padding:1px 4px;border-radius:3px;word-break:break-word}
article.thread{background:#fff;border:1px solid var(--line);border-radius:8px;padding:16px 20px;margin-bottom:18px}
article.thread header h3{text-transform:none;letter-spacing:0;color:var(--ink);font-size:16px;margin:0}
article.thread .meta{color:var(--muted);font-size:12px;word-break:break-all}
ol.posts{list-style:none;padding:0;margin:12px 0 0}
li.post{border-top:1px solid var(--line);padding:10px 0}
.who{font-size:13px;margin-bottom:4px}.who .when{color:var(--muted);margin-left:8px}
.who .pos{float:right;color:var(--muted)}
.badge{background:#fff4e0;color:#8a5a00;border-radius:3px;padding:0 5px;font-size:11px}
.unknown{color:#a33}
.body p,blockquote p,aside p{margin:4px 0}
blockquote.quote{margin:6px 0;padding:6px 10px;background:#f4f6f9;border-left:3px solid #9fb3cc;font-size:13px}
blockquote.d2{margin-left:16px}blockquote.d3{margin-left:32px}blockquote.d4{margin-left:48px}
.qhead{color:var(--muted);font-size:12px}.ok{color:#2e7d4f}
aside.article{border:1px solid #cfd8e3;background:#fbfcfe;border-radius:6px;padding:8px 12px;margin:8px 0;font-size:13px}
aside.article h4{margin:2px 0}
aside.media{color:var(--muted);font-size:12px;margin:6px 0}
.tag{display:inline-block;font-size:10px;text-transform:uppercase;letter-spacing:.05em;color:#fff;background:#7f8fa6;border-radius:3px;padding:0 5px}
p.more{color:var(--muted);font-size:12px}
footer{color:var(--muted);font-size:12px;margin-top:30px}
"""

_NAV = [("funnel", "Funnel"), ("boilerplate", "Boilerplate"), ("structure", "Structure"),
        ("duplication", "Duplication"), ("text", "Text"), ("threads", "Sample threads")]


def _card(value: str, label: str) -> str:
    return f'<div class="card"><div class="v">{escape(value)}</div><div class="k">{escape(label)}</div></div>'


def summary_strip(s: Stats) -> str:
    """The key numbers at a glance."""
    docs, posts = s.count("documents"), s.count("posts")
    status = s.keyed.get("status", {})
    removed = sec.ratio(s.count("removed_chars"), s.count("removed_chars") + s.count("kept_chars"))
    cards = [
        _card(fmt_int(docs), "documents"),
        _card(fmt_pct(sec.ratio(status.get("ok", 0), docs)), "documents ok"),
        _card(fmt_int(s.count("threads")), "threads"),
        _card(fmt_int(posts), "posts"),
        _card(fmt_pct(removed), "characters removed as boilerplate"),
        _card(fmt_pct(sec.ratio(s.count("quotes_resolved"), s.count("quotes"))), "quotes resolved to source"),
        _card(fmt_pct(sec.ratio(s.count("authors_known"), posts)), "posts with known author"),
    ]
    if "posts" in s.dups:
        e = exact_figures(s.exact.get("posts"), s.dups["posts"])
        cards.append(_card(fmt_pct(sec.ratio(e.redundant, e.items)), "redundant exact-copy posts"))
    if "articles" in s.near:
        n = near_dups(s.near["articles"])
        cards.append(_card(fmt_pct(sec.ratio(n.redundant, n.items)), "redundant (near-)copy articles"))
    return f'<div class="strip">{"".join(cards)}</div>'


def render_page(s: Stats, threads_html: list[str], title: str = "threadclean report") -> str:
    """The whole page as a string. Only `threads_html` (already escaped) and escaped values reach it."""
    nav = "".join(f'<a href="#{a}">{escape(t)}</a>' for a, t in _NAV)
    threads = "".join(threads_html) or '<p class="none">no thread with two or more posts</p>'
    inputs = ", ".join(s.inputs)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        "img-src data:\">"
        f"<title>{escape(title)}</title><style>{CSS}</style></head><body>"
        f'<header class="top"><h1>{escape(title)}</h1><div class="sub">{escape(inputs)}</div></header>'
        f"<nav>{nav}</nav><main>{summary_strip(s)}"
        f"{sec.funnel(s)}{sec.boilerplate(s)}{sec.structure(s)}{sec.duplication(s)}{sec.text(s)}"
        f'<section id="threads"><h2>Sample threads</h2>{threads}</section>'
        "<footer>Numbers come from stats.json beside this page; its counts, histograms and hash samples "
        "merge across output folders.</footer></main></body></html>\n"
    )
