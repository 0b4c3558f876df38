"""The `threadclean` command line: the program's entry point, kept light.

Every worker process of a batch is started by spawning a fresh interpreter, which imports the program's main
module again (this one, through the `threadclean` script): the commands, and all they import, are only loaded
where the command line is parsed (`threadclean.commands`).
"""

from __future__ import annotations

import sys


def main() -> None:
    from threadclean.commands import app

    app(prog_name="threadclean")


def __getattr__(name: str) -> object:
    """`threadclean.cli.app` and the other names of `threadclean.commands`, loaded when first asked for (dunder
    names are not: the import system and pickling probe modules for them)."""
    if name.startswith("__"):
        raise AttributeError(name)
    import threadclean.commands

    return getattr(threadclean.commands, name)


if __name__ == "__main__":
    sys.exit(main())
