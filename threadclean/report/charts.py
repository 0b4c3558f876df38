"""Inline SVG charts: horizontal bars, log2 histograms and a stacked share bar. Every label is escaped."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from threadclean.report.sketches import bin_label

PALETTE = ["#2f6db5", "#e0803a", "#4a9d6b", "#c0504d", "#8064a2", "#4bacc6", "#9b8b5e", "#7f7f7f"]
_FONT = 'font-family="system-ui, -apple-system, Segoe UI, sans-serif" font-size="12"'


def fmt_int(n: float) -> str:
    return f"{int(n):,}"


def fmt_pct(x: float) -> str:
    if x == 0:
        return "0%"
    return f"{x * 100:.1f}%" if x >= 0.001 else "<0.1%"


def _truncate(label: str, width: int) -> str:
    return label if len(label) <= width else label[: width - 1] + "…"


def bars(items: Sequence[tuple[str, float]], fmt: Callable[[float], str] = fmt_int, color: str = PALETTE[0],
         label_chars: int = 28, width: int = 520) -> str:
    """Horizontal bar chart, one row per (label, value), longest bar scaled to the free width."""
    if not items:
        return '<p class="none">nothing to show</p>'
    row, label_w, value_w = 22, label_chars * 7 + 8, 70
    top = max(v for _, v in items) or 1
    span = width - label_w - value_w
    out = [f'<svg class="chart" viewBox="0 0 {width} {row * len(items) + 4}" role="img" {_FONT}>']
    for i, (label, value) in enumerate(items):
        y, w = i * row + 2, max(1.0, span * value / top) if value else 0
        text = escape(_truncate(str(label), label_chars))
        out.append(f'<g><title>{escape(str(label))}: {escape(fmt(value))}</title>'
                   f'<text x="{label_w - 8}" y="{y + 14}" text-anchor="end" fill="#333">{text}</text>'
                   f'<rect x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{row - 8}" rx="2" fill="{color}"/>'
                   f'<text x="{label_w + w + 6:.1f}" y="{y + 14}" fill="#555">{escape(fmt(value))}</text></g>')
    out.append("</svg>")
    return "".join(out)


def histogram(counts: Sequence[int], unit: str, color: str = PALETTE[0], width: int = 520, height: int = 170) -> str:
    """Column chart of a log2-bin histogram, trimmed to the bins in use; x labels are bin ranges."""
    used = [i for i, c in enumerate(counts) if c]
    if not used:
        return '<p class="none">nothing to show</p>'
    bins = list(range(used[0], used[-1] + 1))
    top, base, left = max(counts), height - 34, 8
    step = (width - 2 * left) / len(bins)
    out = [f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" {_FONT}>',
           f'<line x1="{left}" y1="{base}" x2="{width - left}" y2="{base}" stroke="#bbb"/>']
    for j, b in enumerate(bins):
        h = (base - 16) * counts[b] / top
        x = left + j * step
        label, tick = escape(bin_label(b)), escape(bin_label(b).split("–")[0])  # tick: lower edge, to fit
        out.append(f'<g><title>{label} {escape(unit)}: {fmt_int(counts[b])}</title>'
                   f'<rect x="{x + 2:.1f}" y="{base - h:.1f}" width="{max(step - 4, 1):.1f}" height="{h:.1f}" '
                   f'fill="{color}"/>'
                   f'<text x="{x + step / 2:.1f}" y="{base + 14}" text-anchor="middle" fill="#555" '
                   f'font-size="10">{tick}</text></g>')
    out.append(f'<text x="{width / 2}" y="{height - 3}" text-anchor="middle" fill="#777" font-size="11">'
               f'{escape(unit)} (log2 bins)</text></svg>')
    return "".join(out)


def stacked(parts: Sequence[tuple[str, float]], width: int = 1080) -> str:
    """One bar split into coloured shares with a legend below (e.g. documents ok / empty / error)."""
    total = sum(v for _, v in parts)
    if not total:
        return '<p class="none">nothing to show</p>'
    out = [f'<svg class="chart" viewBox="0 0 {width} 58" role="img" {_FONT}>']
    x = 0.0
    for i, (label, value) in enumerate(parts):
        w = width * value / total
        color = PALETTE[i % len(PALETTE)]
        out.append(f'<rect x="{x:.1f}" y="0" width="{w:.1f}" height="24" fill="{color}">'
                   f'<title>{escape(label)}: {fmt_int(value)}</title></rect>')
        x += w
    x = 0.0
    for i, (label, value) in enumerate(parts):
        legend = f"{label} {fmt_int(value)} ({fmt_pct(value / total)})"
        out.append(f'<rect x="{x:.1f}" y="38" width="10" height="10" fill="{PALETTE[i % len(PALETTE)]}"/>'
                   f'<text x="{x + 14:.1f}" y="47" fill="#333">{escape(legend)}</text>')
        x += 14 + 7 * len(legend) + 16
    out.append("</svg>")
    return "".join(out)
