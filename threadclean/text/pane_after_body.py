"""Engines that print the author pane under the post's body (Stack Exchange): cutting their posts, and moving
each pane to the front of its post so it reads as a header."""

from __future__ import annotations

import re
from functools import partial

from threadclean.model import Removed
from threadclean.text.boilerplate import LIST_ITEM, boilerplate_reason
from threadclean.text.engines import CompiledEngine
from threadclean.text.post_header import PANE_LINES, name_line
from threadclean.text.post_lines import Segment, chrome_reason, is_date_line, line_texts
from threadclean.text.quotes import Line
from threadclean.text.scan import matching

#: lines of a pane under a body: avatar, name, reputation
PANE_AFTER_LINES = 3


def _pane_after(lines: list[Line], texts: list[str], anchor: int, stop: int, rx: CompiledEngine) -> int:
    """One past the last line of the author pane that follows a post's date line (avatar, name, reputation)."""
    j = anchor + 1
    while j < min(stop, anchor + 1 + PANE_AFTER_LINES) and texts[j] and not lines[j].text.lstrip().startswith("•"):
        if not (rx.member_info and rx.member_info.match(texts[j])) and not name_line(texts[j], rx):
            break
        j += 1
    return j


def split_after_panes(lines: list[Line], texts: list[str], start: int, end: int,
                       rx: CompiledEngine) -> list[Segment]:
    """Engines that print the author pane under the body (Stack Exchange): a post runs from its vote count to
    its pane and comments, closed by a post-end line ("Add a comment") or by the next post's opening line."""
    anchors = list(matching(partial(is_date_line, rx), texts, start, end))
    if not anchors:
        return [Segment(lines[start:end])]
    cuts = []
    for k, anchor in enumerate(anchors):
        stop = anchors[k + 1] if k + 1 < len(anchors) else end
        pane_end = _pane_after(lines, texts, anchor, stop, rx)
        closer = next((i + 1 for i in range(pane_end, stop) if rx.post_end and rx.post_end.match(texts[i])), None)
        opener = next((i for i in range(pane_end, stop) if _post_opener(lines, i, rx)), stop)
        cuts.append(closer if closer is not None and closer <= opener + 1 else opener)
    bounds = [start] + cuts
    segments = [Segment(lines[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]
    tail = [t for t in texts[cuts[-1]:end] if t]
    segments.append(Segment([], [Removed(t, boilerplate_reason(t) or chrome_reason(t, rx) or "footer") for t in tail]))
    return segments


def _post_opener(lines: list[Line], i: int, rx: CompiledEngine) -> bool:
    """A post's opening line (its vote count), not a comment count over a list of comments ("2", "  • 3") nor a
    commenter named by a number ("8128" over "–  8128", the comment's signature)."""
    text = lines[i].text.strip()
    if not (rx.post_open and rx.post_open.match(text)):
        return False
    nxt = next((ln.text for ln in lines[i + 1 :] if ln.text.strip()), "")
    return not LIST_ITEM.match(nxt) and nxt.strip().lstrip("–").strip() != text


def pane_first(seg: Segment, rx: CompiledEngine) -> Segment:
    """A segment whose author pane follows the body, with the pane moved to the front so it reads as a header.

    The lines between the body and the date line (share menu, an editor's own pane) are removed."""
    texts = line_texts(seg.lines)
    anchors = [i for i, t in enumerate(texts) if is_date_line(rx, t)]
    if not anchors:
        return seg
    anchor = anchors[-1]
    pane_end = _pane_after(seg.lines, texts, anchor, len(texts), rx)
    begin = next((i for i in range(anchor - 1, max(-1, anchor - 2 * PANE_LINES), -1)
                  if rx.pane_open and rx.pane_open.match(texts[i])), anchor)
    tags = _tag_list(seg.lines, texts, begin)
    ad = _ad_over_post(texts, tags, rx)
    removed = seg.removed + [Removed(t, chrome_reason(t, rx) or "ad") for t in texts[:ad] if t]
    removed += [Removed(t, "tag") for t in texts[tags:begin] if t]
    removed += [Removed(t, chrome_reason(t, rx) or "author_pane") for t in texts[begin:anchor] if t]
    # under the pane: the comments on the post, then its end line ("Add a comment")
    removed += [Removed(t, chrome_reason(t, rx) or "comment") for t in texts[pane_end:] if t]
    return Segment(seg.lines[anchor:pane_end] + seg.lines[ad:tags], removed)


#: the advertiser's name under an ad's label: a few words
AD_NAME_WORDS = 4


def _ad_over_post(texts: list[str], stop: int, rx: CompiledEngine) -> int:
    """Where a post opens under an ad styled as a post, printed before it with its own vote count ("99" /
    "Sponsored: ..." / "promoted Nov 1, 2024" / the advertiser / the post's "4"): the post's own count; 0 when
    no ad comes first. Only counts, blank lines, chrome and the advertiser's name under an ad line are passed."""
    count, after_ad, ad_seen = 0, False, False
    for k, t in enumerate(texts[:stop]):
        if not t:
            continue
        reason = chrome_reason(t, rx)
        if rx.post_open and rx.post_open.match(t):
            count, after_ad = k, False
        elif reason == "ad":
            ad_seen, after_ad = True, True
        elif after_ad and len(t.split()) <= AD_NAME_WORDS:
            after_ad = False
        elif not reason:
            break
    return count if ad_seen and count else 0


#: a tag: one lower-case token ("exhaust-fan", "c++")
TAG = re.compile(r"^[a-z0-9][a-z0-9.+#-]*$")


def _tag_list(lines: list[Line], texts: list[str], stop: int) -> int:
    """Where the list of tags that ends right above `stop` (the share menu) starts; `stop` when there is none."""
    i = stop
    while i > 0 and (not texts[i - 1] or (LIST_ITEM.match(lines[i - 1].text) and TAG.match(texts[i - 1]))):
        i -= 1
    return stop if all(not t for t in texts[i:stop]) else i
