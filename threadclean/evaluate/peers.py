"""The other extractors threadclean is compared with, each loaded only when its package is installed.

Every peer is a function from one page's input to plain text; the settings string says exactly which
call and options were used, so printed numbers can be reproduced.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version

PEER_NAMES = ("trafilatura", "resiliparse", "justext")


@dataclass(frozen=True)
class Peer:
    """One comparison extractor: a name, the exact call used, and the call itself."""

    name: str
    settings: str
    extract: Callable[[str], str]
    #: False for baselines that do no work (the raw dump): their speed is not reported
    timed: bool = True


def _version(dist: str) -> str:
    try:
        return version(dist)
    except PackageNotFoundError:
        return "?"


def _trafilatura() -> Peer:
    import trafilatura

    # trafilatura logs a warning per page it finds nothing in; the report says so already
    logging.getLogger("trafilatura").setLevel(logging.ERROR)

    def run(html: str) -> str:
        return trafilatura.extract(html, include_comments=True) or ""

    return Peer("trafilatura", f"trafilatura {_version('trafilatura')}: extract(html, include_comments=True), "
                "other options default (txt output, no favor_recall/precision)", run)


def _resiliparse() -> Peer:
    from resiliparse.extract.html2text import extract_plain_text

    def run(html: str) -> str:
        return extract_plain_text(html, main_content=True)

    return Peer("resiliparse", f"resiliparse {_version('resiliparse')}: extract_plain_text(html, main_content=True)",
                run)


def _justext() -> Peer:
    import justext

    stoplist = justext.get_stoplist("English")

    def run(html: str) -> str:
        paragraphs = justext.justext(html, stoplist)
        return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)

    return Peer("justext", f"jusText {_version('jusText')}: justext(html, English stoplist), "
                "paragraphs not marked boilerplate", run)


_LOADERS: dict[str, Callable[[], Peer]] = {
    "trafilatura": _trafilatura,
    "resiliparse": _resiliparse,
    "justext": _justext,
}


def load_peers(names: tuple[str, ...] = PEER_NAMES) -> tuple[list[Peer], list[str]]:
    """The peers whose packages import, and a note for each one skipped."""
    peers: list[Peer] = []
    notes: list[str] = []
    for name in names:
        try:
            peers.append(_LOADERS[name]())
        except ImportError as exc:
            notes.append(f"{name} skipped: its package is not installed ({exc.name or exc}); "
                         "pip install 'threadclean[eval]'")
    return peers, notes


def raw_baseline() -> Peer:
    """The text dump itself, unchanged: what a text-mode cleaner has to improve on."""
    return Peer("raw", "raw: the .txt dump as is", lambda text: text, timed=False)
