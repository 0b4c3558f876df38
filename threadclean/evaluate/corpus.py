"""Find the evaluation folders and load their pages with the reference annotations.

A folder holds, per page `<id>`: `<id>.html`, `<id>.txt` (a text dump of the same page) and
`<id>.gold.json`. A gold file with `posts` is a per-post (Harvest) annotation; one with `main_content`
is a WCXB annotation. Nothing here is scored.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

GOLD_SUFFIX = ".gold.json"
#: known folders first, in this order; any other folder with gold files follows alphabetically
KNOWN_FOLDERS = ("wcxb-forum", "wcxb-article", "harvest")

GoldKind = Literal["wcxb", "posts"]


@dataclass(frozen=True)
class GoldPost:
    """One reference post: author (a name or a profile link), date as shown, text."""

    author: str
    date: str
    text: str


@dataclass
class Page:
    """One evaluation page: where its inputs are and what the reference says."""

    page_id: str
    folder: str
    html_path: Path | None
    txt_path: Path | None
    url: str | None = None
    main_content: str = ""
    with_snippets: list[str] = field(default_factory=list)
    without_snippets: list[str] = field(default_factory=list)
    posts: list[GoldPost] = field(default_factory=list)
    kind: GoldKind = "wcxb"

    def read(self, fmt: str) -> str | None:
        """The page's input in `fmt` ("html" or "text"), or None when that file is missing."""
        path = self.html_path if fmt == "html" else self.txt_path
        return path.read_text(encoding="utf-8", errors="replace") if path else None


def _has_gold(folder: Path) -> bool:
    return any(folder.glob(f"*{GOLD_SUFFIX}"))


def find_folders(root: Path) -> list[Path]:
    """The page folders under `root`, or `root` itself when it holds gold files."""
    if _has_gold(root):
        return [root]
    subs = [p for p in root.iterdir() if p.is_dir() and _has_gold(p)]
    rank = {name: i for i, name in enumerate(KNOWN_FOLDERS)}
    return sorted(subs, key=lambda p: (rank.get(p.name, len(rank)), p.name))


def _sibling(gold_path: Path, suffix: str) -> Path | None:
    path = gold_path.with_name(gold_path.name[: -len(GOLD_SUFFIX)] + suffix)
    return path if path.is_file() else None


def load_page(gold_path: Path) -> Page:
    """One page from its gold file and the .html/.txt beside it."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    page = Page(
        page_id=gold_path.name[: -len(GOLD_SUFFIX)],
        folder=gold_path.parent.name,
        html_path=_sibling(gold_path, ".html"),
        txt_path=_sibling(gold_path, ".txt"),
        url=gold.get("url"),
    )
    if "posts" in gold:
        page.kind = "posts"
        page.posts = [GoldPost(str(p.get("author") or ""), str(p.get("date") or ""), str(p.get("text") or ""))
                      for p in gold["posts"]]
    else:
        page.main_content = gold.get("main_content") or ""
        page.with_snippets = list(gold.get("with") or [])
        page.without_snippets = list(gold.get("without") or [])
    return page


def load_folder(folder: Path, limit: int | None = None) -> list[Page]:
    """The folder's pages in id order; the first `limit` only when given."""
    gold_files = sorted(folder.glob(f"*{GOLD_SUFFIX}"))
    if limit is not None:
        gold_files = gold_files[:limit]
    return [load_page(p) for p in gold_files]
