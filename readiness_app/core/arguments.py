"""Reading a command line before either front end is imported (pure, no argparse)."""

from __future__ import annotations

from collections.abc import Collection, Sequence


def first_command(args: Sequence[str], options_with_value: Collection[str]) -> str | None:
    """The first argument that is neither an option nor the value of one of
    ``options_with_value`` (``--data-dir D report F`` -> ``report``); None when there is none."""
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg in options_with_value:
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None
