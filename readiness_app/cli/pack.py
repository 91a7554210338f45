"""`readiness-app pack install FILE | list | remove ID | build FOLDER -o OUT`: hub packs."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from readiness_app.cli._common import add_language_option, echo


def register(subparsers: Any) -> None:
    """Add the command and its sub-commands to the parser."""
    parser = subparsers.add_parser(
        "pack", help="install, list, remove or build growth hub packs",
        description=(
            "A hub pack (.readiness-pack) carries a growth hub's branding, window title, "
            "local support directory, questionnaire variants and welcome text. The pack "
            "installed last is the one in use, unless --pack or READINESS_PACK names another."
        ),
    )
    commands = parser.add_subparsers(dest="pack_command", metavar="ACTION", required=True)
    install = commands.add_parser("install", help="check a pack, show what it changes and "
                                  "install it into the data folder")
    install.add_argument("file", type=Path, metavar="FILE",
                         help="a .readiness-pack file or a pack folder")
    add_language_option(install)
    install.set_defaults(handler=run_install)
    listing = commands.add_parser("list", help="the installed packs (the one in use first)")
    listing.set_defaults(handler=run_list)
    remove = commands.add_parser("remove", help="remove an installed pack")
    remove.add_argument("pack_id", metavar="ID", help="the pack's id (see pack list)")
    remove.set_defaults(handler=run_remove)
    build = commands.add_parser("build", help="make a .readiness-pack from a folder with "
                                "pack-source.json, checking it whole")
    build.add_argument("folder", type=Path, metavar="FOLDER")
    build.add_argument("-o", "--output", type=Path, metavar="OUT", required=True,
                       help="the .readiness-pack file to write")
    build.set_defaults(handler=run_build)


def run_install(args: argparse.Namespace) -> int:
    """Install a pack and say what it changes."""
    from readiness_app.services.hub_pack import install_pack, preview_lines
    from readiness_app.services.language import messages

    tr = messages(args.language)
    installed = install_pack(args.file, args.data_dir)
    echo(tr("Installed {pack} into {folder}").format(pack=installed.describe(),
                                                     folder=installed.folder))
    for line in preview_lines(installed, tr):
        echo(f"  {line}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    """List installed packs."""
    from readiness_app.services.hub_pack import installed_packs

    packs = installed_packs(args.data_dir)
    if not packs:
        echo("No hub pack is installed.", file=sys.stderr)
        return 0
    for pack in packs:
        if pack.problem:
            echo(f"BROKEN  {pack.folder.name}: {pack.problem}")
            continue
        mark = "in use" if pack.active else "      "
        echo(f"{mark}  {pack.id} {pack.version}  {pack.name}  (SHA-256 {pack.sha256[:16]}…, "
              f"installed {pack.installed_at[:19] or 'at an unknown time'})")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    """Remove an installed pack."""
    from readiness_app.services.hub_pack import remove_pack

    removed = remove_pack(args.pack_id, args.data_dir)
    echo(f"Removed {removed.name} ({removed.id} {removed.version}).")
    return 0


def run_build(args: argparse.Namespace) -> int:
    """Build a pack from a folder."""
    from readiness_app.services.hub_pack import build_pack

    built = build_pack(args.folder, args.output, args.data_dir)
    echo(f"{args.output}: {built.describe()}, SHA-256 {built.pack.sha256}")
    return 0
