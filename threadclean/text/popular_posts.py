"""Lists of other posts' excerpts printed in a thread page (IPS 5's "Most Popular Posts" in the topic summary).

Each item has a poster's name, a date and an excerpt, so the splitter cuts it as a post of its own. The list runs
from its heading over the segments that open with a list item (the next excerpts): a real post of such a page
opens with its author pane, not with a list item.
"""

from __future__ import annotations

from threadclean.model import Removed
from threadclean.text.boilerplate import LIST_ITEM
from threadclean.text.engines import CompiledEngine
from threadclean.text.post_lines import Segment, is_date_line, line_texts


def _listed(seg: Segment) -> bool:
    first = next((ln.text for ln in seg.lines if ln.text), None)
    return first is not None and LIST_ITEM.match(first) is not None


def _navigation(texts: list[str]) -> Segment:
    return Segment([], [Removed(t, "navigation") for t in texts if t])


def _split_at_heading(seg: Segment, at: int, out: list[Segment], rx: CompiledEngine) -> None:
    """Append to `out` the segment's lines above the heading, then the list's first item as removed lines. Lines
    above the heading without a date line are the previous post's tail (its topic summary), where the splitter
    started the first item's pane too early: they go back to that post."""
    texts = line_texts(seg.lines)
    above = Segment(seg.lines[:at], seg.removed, seg.closing, seg.at)
    if out and not any(t and is_date_line(rx, t) for t in texts[:at]):
        last = out[-1]
        out[-1] = Segment(last.lines + above.lines, last.removed + above.removed, last.closing, last.at)
    elif at:
        out.append(above)
    out.append(_navigation(texts[at:]))


def drop_popular_posts(segments: list[Segment], rx: CompiledEngine) -> list[Segment]:
    """The segments with the excerpt lists removed (reason `navigation`); the segments themselves when the engine
    prints no such list or the page holds none."""
    if rx.popular_posts is None:
        return segments
    out: list[Segment] = []
    listing = False
    for seg in segments:
        texts = line_texts(seg.lines)
        at = next((k for k, t in enumerate(texts) if t and rx.popular_posts.match(t)), None)
        if at is not None:
            _split_at_heading(seg, at, out, rx)
            listing = True
            continue
        listing = listing and _listed(seg)
        out.append(_navigation(texts) if listing else seg)
    return out
