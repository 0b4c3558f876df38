"""Quote blocks in a post body -> `Quote` objects (author, when, source id, nested quotes).

The quoted author comes from the engine's attributes when present, else from the block's header text
("X said:", "Originally Posted by X", "Quote from: X on <date>", "(date)X Wrote:").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborNode

from threadclean.html.fields import MayMatch, always, clean_inline, first_field, read_field
from threadclean.html.spec import QuoteSpec
from threadclean.html.walk import Handler, walk_parts
from threadclean.model import Quote, Removed
from threadclean.text.engines import WROTE

#: header patterns, most specific first; group `a` = author, optional group `w` = when
HEADER_PATTERNS = tuple(
    re.compile(p, re.I)
    for p in (
        r"^(?:quote\s*:?\s*)?originally posted by:?\s+(?P<a>.+?)\s*(?:view post)?$",
        r"^(?:quote|zitat|cita|citation)\s+from:?\s+(?P<a>.+?)\s+on\s+(?P<w>.+?)$",
        r"^(?:quote|zitat|cita|citation)\s+(?:from|von|de):?\s+(?P<a>.+?)$",
        r"^(?:цитата:?\s*)?сообщение от\s+(?P<a>.+?)$",
        r"^\((?P<w>[^)]+)\)\s*(?P<a>.+?)\s+wrote:?$",
        r"^@(?P<a>\S+)\s+said in .+:$",
        r"^(?P<a>[^,]{1,60}),\s+on\s+(?P<w>.+?),\s+said:?$",  # IP.Board 3
        r"^(?P<a>.+?)\s+posted\s*(?:\.\.\.|…|:)$",  # GameFAQs: "X posted..."
        r"^best answer by\s+(?P<a>.+?)$",  # a Q&A board's accepted answer shown under the question
        r"^@?(?P<a>\S+?),?\s+you\s+(?:said|wrote)\s*:?$",  # the quoted member addressed ("@jdoe You said")
        r"^(?:on\s+(?P<w>.+?),\s+)?(?P<a>.+?)\s+" + WROTE + r"(?:\s+in\s+.+?)?\s*:?\s*[↑»]?\s*(?P<w2>.*)$",
        r"^原帖由\s*(?P<a>.+?)\s*于\s*(?P<w>.+?)\s*发表$",
        r"^(?P<a>.+?)\s+发表于\s+(?P<w>.+)$",
    )
)
#: "X wrote:" opening a quote's own words (`QuoteSpec.lead_header`): group `a` = author
_LEAD_HEADER = re.compile(r"^(?P<a>[^\n:]{1,60}?)\s+" + WROTE + r"\s*:\s*", re.I)
_BARE_LABEL = re.compile(r"^(?:quote|zitat|cita|citation|цитата|引用)\s*:?$", re.I)
_RELATIVE_PREFIX = re.compile(r"^\d+\s+\w+\s+ago,\s*", re.I)
#: a closing tag whose quote the board rendered, or that nothing opened ("</blockquote>[/quote]"): a typing slip
_ORPHAN_CLOSE = re.compile(r"\[/quote\]", re.I)
#: (the opening tag may carry attributes instead: bbPress's "[quote quote=312679]")
_BBCODE_QUOTE = re.compile(r"\[quote(?:=\"?(?P<a>[^\]\";]*)[^\]]*|\s[^\]]*)?\](?P<body>.*?)\[/quote\]", re.I | re.S)


def parse_header(text: str) -> tuple[str | None, str | None]:
    """(author, when) from a quote header line; (None, None) when it names nobody."""
    text = _RELATIVE_PREFIX.sub("", clean_inline(text))
    for pattern in HEADER_PATTERNS:
        m = pattern.match(text)
        if m:
            groups = m.groupdict()
            when = groups.get("w") or groups.get("w2") or None
            author = groups["a"].strip(" :")
            return (author[1:] if author.startswith("@") and " " not in author else author) or None, when
    return None, None


@dataclass
class QuoteReader:
    """Turns the quote blocks of one post into `Quote` parts while the body is walked."""

    specs: tuple[QuoteSpec, ...]
    removed: list[Removed]
    handlers: dict[int, Handler] = field(default_factory=dict)
    _block_ids: set[int] = field(default_factory=set)
    #: block id -> the header element printed just before it (`QuoteSpec.header`)
    _headers: dict[int, LexborNode] = field(default_factory=dict)
    #: rules out queries that find nothing anywhere in the page
    may_match: MayMatch = always
    #: blocks matching a quote query that are not quotes (post bodies styled as quotes)
    skip: frozenset[int] = frozenset()

    def register(self, body: LexborNode) -> None:
        for spec in self.specs:
            if not self.may_match(spec.block):
                continue
            for node in body.css(spec.block):
                if node.mem_id not in self._block_ids and node.mem_id not in self.skip:
                    self._block_ids.add(node.mem_id)
                    self.handlers[node.mem_id] = lambda n, s=spec: self.build(n, s)
                    self._register_header(node, spec)

    def _register_header(self, block: LexborNode, spec: QuoteSpec) -> None:
        """Remember the header printed just before `block` when it reads as one (it names an author, or is a
        bare "Quote" label), and keep it out of the text: it precedes the block, so the walk meets it first."""
        header = previous_element(block) if spec.header else None
        if header is None or not header.css_matches(spec.header) or self._own(block, spec.title) is not None:
            return  # a block with a title of its own is not introduced by the element before it
        if (outer := self._enclosing(block)) is not None and (title := self._own(outer, spec.title)) is not None \
                and title.mem_id == header.mem_id:
            return  # the title of the quote this one is nested in (permies: "<cite>A wrote:</cite><blockquote>")
        text = clean_inline(header.text(deep=True))
        if parse_header(text)[0] or _BARE_LABEL.match(text):
            self._headers[block.mem_id] = header
            self.handlers[header.mem_id] = _drop

    def _enclosing(self, block: LexborNode) -> LexborNode | None:
        """The quote block `block` is nested in, if any."""
        parent = block.parent
        while parent is not None and parent.mem_id not in self._block_ids:
            parent = parent.parent
        return parent

    def _own(self, block: LexborNode, css: str | None) -> LexborNode | None:
        """First match of `css` inside `block` that is not inside a nested quote."""
        if not css or not self.may_match(css):
            return None
        for node in block.css(css):
            parent = node.parent
            while parent is not None and parent.mem_id != block.mem_id and parent.mem_id not in self._block_ids:
                parent = parent.parent
            if parent is not None and parent.mem_id == block.mem_id:
                return node
        return None

    def build(self, block: LexborNode, spec: QuoteSpec) -> Quote:
        header = self._headers.get(block.mem_id)
        title = header if header is not None else self._own(block, spec.title)
        author = first_field(block, tuple(e for e in spec.author if e.startswith("@")))
        when = first_field(block, spec.when, self.may_match) if spec.when else None
        if title is not None:
            head_author, head_when = parse_header(title.text(deep=True))
            author, when = author or head_author, when or head_when
            self.handlers[title.mem_id] = _drop
        if not author:
            author = first_field(block, tuple(e for e in spec.author if not e.startswith("@")), self.may_match)
        for chrome in block.css(spec.chrome) if spec.chrome and self.may_match(spec.chrome) else ():
            self.removed.append(Removed(clean_inline(chrome.text(deep=True)), "expand"))
            self.handlers[chrome.mem_id] = _drop
        source = read_field(header if header is not None else block, spec.source, self.may_match) if spec.source else None
        m = re.search(spec.source_pattern, source) if source else None
        content = self._own(block, spec.content) or block
        linked = _linked_lead(content) if spec.lead_link and title is None and not author else None
        parts = walk_parts(content, self.handlers)
        lead = None
        if title is None and not author and spec.lead_header and parts and isinstance(parts[0], str):
            lead = _LEAD_HEADER.match(parts[0])
        elif linked and parts and isinstance(parts[0], str):
            lead = re.match(rf"(?P<a>{re.escape(linked)})\s*:\s*", parts[0])
        if lead:
            author, rest = lead["a"].strip(), parts[0][lead.end():]
            parts = [rest, *parts[1:]] if rest else parts[1:]
        return Quote(
            text="\n\n".join(p for p in parts if isinstance(p, str)),
            quoted_author=author,
            quoted_when_raw=when,
            quotes=[p for p in parts if isinstance(p, Quote)],
            source_ref=m.group(1) if m else None,
        )


def _drop(_node: LexborNode) -> None:
    return None


#: the longest name a quote's leading link may hold
_LEAD_NAME_CHARS = 40


def _linked_lead(content: LexborNode) -> str | None:
    """The name a quote opens with as a link followed by a colon (see `QuoteSpec.lead_link`), if it does."""
    node = content.child
    while node is not None and node.is_text_node and not (node.text_content or "").strip():
        node = node.next
    if node is None or node.tag != "a":
        return None
    after = node.next
    if after is None or not after.is_text_node or not (after.text_content or "").lstrip().startswith(":"):
        return None
    name = clean_inline(node.text(deep=True))
    return name if 0 < len(name) <= _LEAD_NAME_CHARS else None


def previous_element(node: LexborNode) -> LexborNode | None:
    """The element before `node` among its siblings, skipping whitespace, comments and line breaks."""
    prev = node.prev
    while prev is not None and (not prev.is_element_node or prev.tag == "br"):
        if prev.is_text_node and (prev.text_content or "").strip():
            return None  # words between them: the element does not introduce the block
        prev = prev.prev
    return prev


def split_bbcode_quotes(text: str) -> list[str | Quote]:
    """Unrendered `[quote="X"]...[/quote]` BBCode left in a body -> text and Quote parts."""
    # "[/" first: lower-casing never makes those two characters, and most texts have none (no copy made)
    if "[/" not in text or "[/quote]" not in text.lower():
        return [text]
    parts: list[str | Quote] = []
    pos = 0
    for m in _BBCODE_QUOTE.finditer(text):
        if before := _ORPHAN_CLOSE.sub("", text[pos : m.start()]).strip():
            parts.append(before)
        inner = split_bbcode_quotes(m.group("body"))
        parts.append(
            Quote(
                text="\n\n".join(p.strip() for p in inner if isinstance(p, str)),
                quoted_author=(m.group("a") or "").strip() or None,
                quotes=[p for p in inner if isinstance(p, Quote)],
            )
        )
        pos = m.end()
    if rest := _ORPHAN_CLOSE.sub("", text[pos:]).strip():
        parts.append(rest)
    return parts
