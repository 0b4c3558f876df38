"""Render an HTML subtree as plain text in reading order, handing special nodes (quotes) to callbacks.

Block elements become paragraph breaks (blank lines), `<br>` a line break; whitespace inside text is
collapsed as a browser would. Nodes listed in `handlers` are not descended into: their handler returns
the part to put there (a `Quote`), or None to drop the node.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from selectolax.lexbor import LexborNode

from threadclean.decode import repair_html_text
from threadclean.model import Part

Handler = Callable[[LexborNode], Part | None]

BLOCK_TAGS = frozenset(
    ["address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "ul"]
)
LINE_TAGS = frozenset({"tr", "br"})
CELL_TAGS = frozenset({"td", "th"})
SKIP_TAGS = frozenset(
    ["script", "style", "template", "noscript", "svg", "button", "select", "input", "textarea", "iframe", "object", "embed", "video", "audio", "canvas", "head", "link", "meta", "map"]
)
MAX_DEPTH = 150

#: written with the three newlines spelt out, the regex engine looks for them with a fast substring search
_BLANKS = re.compile(r"\n\n\n+")


def tidy(text: str) -> str:
    """Strip each line and keep at most one blank line between paragraphs; mended as dumps are
    (decode.repair_html_text)."""
    # splitting and stripping each line is three times as fast as a regex around each newline; with no space
    # next to a newline only the text's two ends would change, which the final strip does anyway
    if " \n" in text or "\n " in text:
        text = "\n".join([line.strip(" ") for line in text.split("\n")])
    return repair_html_text((_BLANKS.sub("\n\n", text) if "\n\n\n" in text else text).strip())


def _inline(text: str) -> str:
    """A text node's words as a browser lays them out in a line: each newline and run of other white space one space."""
    # a printable text holds no white space but the plain space: with no two in a row there is nothing to change
    if text.isprintable() and "  " not in text:
        return text
    if text.isspace():  # the indentation between tags: a few hundred distinct strings on a whole corpus
        done = _BLANK_RUNS.get(text)
        if done is None:
            done = " ".join([_line_runs(line) for line in text.split("\n")])
            if len(_BLANK_RUNS) < MAX_BLANK_RUNS:
                _BLANK_RUNS[text] = done
        return done
    # str.split() breaks at the characters `\s` matches; per line it is twice as fast as a regex substitution
    return _line_runs(text) if "\n" not in text else " ".join([_line_runs(line) for line in text.split("\n")])


def _line_runs(line: str) -> str:
    """`line` (no newline in it) with each run of white space one space, its ends included."""
    words = line.split()
    if not words:
        return " " if line else ""
    text = " ".join(words)
    if line[0].isspace():
        text = " " + text
    return text + " " if line[-1].isspace() else text


#: _inline's answers for whitespace-only text nodes (up to MAX_BLANK_RUNS of them)
_BLANK_RUNS: dict[str, str] = {}
MAX_BLANK_RUNS = 4096


class _Out:
    """Collects text chunks and special parts in order."""

    def __init__(self) -> None:
        self.parts: list[Part] = []
        self.chunks: list[str] = []

    def flush(self) -> None:
        text = tidy("".join(self.chunks))
        self.chunks.clear()  # in place: the walk holds the list
        if text:
            self.parts.append(text)

    def add(self, part: Part) -> None:
        self.flush()
        self.parts.append(part)


def _walk(node: LexborNode, handlers: dict[int, Handler], out: _Out, depth: int) -> None:
    chunks = out.chunks
    for child in node.iter(include_text=True):
        tag = child.tag
        if tag == "-text":
            chunks.append(_inline(child.text_content or ""))
            continue
        if tag in SKIP_TAGS or tag == "-comment":
            continue
        if handlers:  # most bodies have no quote: no node id to look up
            handler = handlers.get(child.mem_id)
            if handler is not None:
                part = handler(child)
                if part is not None:
                    out.add(part)
                continue
        if tag in LINE_TAGS:
            chunks.append("\n")
            if tag == "br":
                continue
        if tag == "pre":
            chunks.append("\n\n" + (child.text(deep=True) or "") + "\n\n")
        elif depth > MAX_DEPTH:
            chunks.append(" " + (child.text(deep=True, separator=" ") or "") + " ")
        elif tag in BLOCK_TAGS:
            chunks.append("\n\n")
            _walk(child, handlers, out, depth + 1)
            chunks.append("\n\n")
        else:
            if tag in CELL_TAGS:
                chunks.append(" ")
            _walk(child, handlers, out, depth + 1)


def walk_parts(node: LexborNode, handlers: dict[int, Handler] | None = None) -> list[Part]:
    """Text pieces and handler parts of `node`'s content, in reading order (none for a node whose content is never
    read: a post's span may hold a sibling <script>)."""
    if node.tag in SKIP_TAGS:
        return []
    out = _Out()
    _walk(node, handlers or {}, out, 0)
    out.flush()
    return out.parts


def node_text(node: LexborNode, handlers: dict[int, Handler] | None = None) -> str:
    """Plain text of `node` (paragraphs separated by blank lines); special parts are dropped."""
    return "\n\n".join(p for p in walk_parts(node, handlers) if isinstance(p, str))
