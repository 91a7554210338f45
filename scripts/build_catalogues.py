"""Build the message catalogues: extract the code's texts, update the .po files, compile .mo.

The texts are the English strings marked ``N_("...")``, ``T_("...", field=...)``, ``tr("...")`` and
``tr.plural("...", "...", n)`` in ``readiness_app`` (not ``ui/``, which uses Qt's own
catalogue), plus the month names. They go to ``assets/locale/readiness.pot``; each language's
``assets/locale/<lang>/LC_MESSAGES/readiness.po`` gets the new ones (empty, to translate) and
loses the ones no longer used; the ``.mo`` beside it is compiled from it (byte for byte the
same on every machine, so it can be committed and checked).

Usage (from the repository root)::

    .venv/bin/python scripts/build_catalogues.py          # extract, update, compile
    .venv/bin/python scripts/build_catalogues.py --check  # exit 1 if anything is stale or
                                                          # a text lacks its translation
"""

from __future__ import annotations

import argparse
import ast
import re
import struct
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "readiness_app"
LOCALE = REPO / "assets" / "locale"
POT = LOCALE / "readiness.pot"
LANGUAGES = ("cy",)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
#: Welsh: the six forms of CLDR and gettext (zero, one, two, few, many, other).
PLURAL_FORMS = {
    "cy": "nplurals=6; plural=(n==0) ? 0 : (n==1) ? 1 : (n==2) ? 2 : (n==3) ? 3 : "
          "(n==6) ? 4 : 5;",
}
HEADER = ("Project-Id-Version: readiness_app\\n"
          "Language: {lang}\\n"
          "MIME-Version: 1.0\\n"
          "Content-Type: text/plain; charset=UTF-8\\n"
          "Content-Transfer-Encoding: 8bit\\n"
          "Plural-Forms: {plural}\\n")


@dataclass
class Entry:
    """One message: id, plural id, context, translations, where it is used, flags."""

    msgid: str
    plural: str = ""
    context: str = ""
    strings: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)  # translator comments ("# ...")
    fuzzy: bool = False

    @property
    def key(self) -> tuple[str, str]:
        """Context and id: what identifies the message."""
        return (self.context, self.msgid)

    @property
    def translated(self) -> bool:
        """Every form has a text and none is marked fuzzy."""
        return bool(self.strings) and all(self.strings) and not self.fuzzy


# ----------------------------------------------------------------------------- extract


def extract() -> list[Entry]:
    """Every marked text of the package, in the order first met (files by name), then the
    month names."""
    found: dict[tuple[str, str], Entry] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if "ui" in path.relative_to(PACKAGE).parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            entry = _marked(node)
            if entry is None:
                continue
            # File names only: line numbers would make every unrelated edit "stale".
            place = path.relative_to(REPO).as_posix()
            known = found.setdefault(entry.key, entry)
            if place not in known.places:
                known.places.append(place)
    for month in MONTHS:
        found.setdefault(("month", month), Entry(month, context="month", places=["months"]))
    return list(found.values())


def _marked(node: ast.AST) -> Entry | None:
    if not isinstance(node, ast.Call):
        return None
    func = node.func
    args = node.args
    if isinstance(func, ast.Name) and func.id in {"N_", "tr", "T_"} and args:
        text = _literal(args[0])
        return Entry(text) if text is not None else None
    if (isinstance(func, ast.Attribute) and func.attr == "plural"
            and isinstance(func.value, ast.Name) and func.value.id == "tr" and len(args) >= 2):
        one, many = _literal(args[0]), _literal(args[1])
        return Entry(one, plural=many) if one is not None and many is not None else None
    return None


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


# ----------------------------------------------------------------------------- .po files


def _quote(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}


def _unquote(text: str, where: str) -> str:
    text = text.strip()
    if len(text) < 2 or not (text.startswith('"') and text.endswith('"')):
        raise ValueError(f"{where}: expected a quoted string, got {text[:40]!r}")
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), text[1:-1])


def read_po(path: Path) -> tuple[str, list[Entry]]:
    """The header text and the entries of a .po file; a clear ValueError naming the line."""
    header = ""
    entries: list[Entry] = []
    current: Entry | None = None
    field_name = ""
    pending_comments: list[str] = []
    pending_fuzzy = False

    def finish() -> None:
        nonlocal current, header
        if current is not None:
            if current.msgid == "" and not current.context:
                header = current.strings[0] if current.strings else ""
            else:
                entries.append(current)
        current = None

    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        where = f"{path}:{number}"
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith("#"):
            if current is not None and field_name.startswith("msgstr"):
                finish()
            if stripped.startswith("#,") and "fuzzy" in stripped:
                pending_fuzzy = True
            elif stripped.startswith("# ") or stripped == "#":
                pending_comments.append(stripped[2:])
            continue
        keyword, _, rest = stripped.partition(" ")
        if keyword == "msgctxt" or (keyword == "msgid" and not (
                current is not None and field_name == "msgctxt")):
            finish()
            current = Entry("", comments=pending_comments, fuzzy=pending_fuzzy)
            pending_comments, pending_fuzzy = [], False
        if current is None:
            raise ValueError(f"{where}: text outside an entry")
        if keyword.startswith('"'):
            value = _unquote(stripped, where)
        else:
            field_name, value = keyword, _unquote(rest, where)
        if field_name == "msgctxt":
            current.context += value
        elif field_name == "msgid":
            current.msgid += value
        elif field_name == "msgid_plural":
            current.plural += value
        elif field_name == "msgstr" or re.fullmatch(r"msgstr\[\d\]", field_name):
            index = int(field_name[7:-1]) if "[" in field_name else 0
            while len(current.strings) <= index:
                current.strings.append("")
            if not keyword.startswith('"'):
                current.strings[index] = value
            else:
                current.strings[index] += value
        else:
            raise ValueError(f"{where}: unknown keyword {field_name!r}")
    finish()
    return header, entries


def write_po(path: Path, language: str, entries: list[Entry], note: str) -> str:
    """The text of the .po file (the caller writes it)."""
    nplurals = int(re.search(r"nplurals=(\d)", PLURAL_FORMS[language]).group(1))  # type: ignore[union-attr]
    lines = [f"# {line}" if line else "#" for line in note.splitlines()]
    lines += ['msgid ""', 'msgstr ""']
    header = HEADER.format(lang=language, plural=PLURAL_FORMS[language])
    lines += [f'"{part}\\n"' for part in header.split("\\n") if part]
    for entry in entries:
        lines.append("")
        lines += [f"# {c}" if c else "#" for c in entry.comments]
        lines += [f"#: {place}" for place in entry.places]
        if entry.fuzzy:
            lines.append("#, fuzzy")
        if entry.context:
            lines.append(f"msgctxt {_quote(entry.context)}")
        lines.append(f"msgid {_quote(entry.msgid)}")
        if entry.plural:
            lines.append(f"msgid_plural {_quote(entry.plural)}")
            strings = entry.strings + [""] * (nplurals - len(entry.strings))
            lines += [f"msgstr[{i}] {_quote(s)}" for i, s in enumerate(strings[:nplurals])]
        else:
            lines.append(f"msgstr {_quote(entry.strings[0] if entry.strings else '')}")
    return "\n".join(lines) + "\n"


def write_pot(entries: list[Entry]) -> str:
    """The template: every text, untranslated."""
    lines = ["# The texts of readiness_app's code, extracted by scripts/build_catalogues.py.",
             "# Generated: do not edit; translate in <lang>/LC_MESSAGES/readiness.po.",
             'msgid ""', 'msgstr ""',
             '"Content-Type: text/plain; charset=UTF-8\\n"']
    for entry in entries:
        lines.append("")
        lines += [f"#: {place}" for place in entry.places]
        if entry.context:
            lines.append(f"msgctxt {_quote(entry.context)}")
        lines.append(f"msgid {_quote(entry.msgid)}")
        if entry.plural:
            lines += [f"msgid_plural {_quote(entry.plural)}", 'msgstr[0] ""', 'msgstr[1] ""']
        else:
            lines.append('msgstr ""')
    return "\n".join(lines) + "\n"


def compile_mo(language: str, entries: list[Entry]) -> bytes:
    """The GNU .mo file of the translated entries, keys sorted: the same bytes every time."""
    header = HEADER.format(lang=language, plural=PLURAL_FORMS[language]).replace("\\n", "\n")
    messages = {b"": header.encode("utf-8")}
    for entry in entries:
        if not entry.translated:
            continue
        key = entry.msgid + ("\0" + entry.plural if entry.plural else "")
        if entry.context:
            key = entry.context + "\x04" + key
        messages[key.encode("utf-8")] = "\0".join(entry.strings).encode("utf-8")
    keys = sorted(messages)
    ids = b"".join(k + b"\0" for k in keys)
    strs = b"".join(messages[k] + b"\0" for k in keys)
    count = len(keys)
    ids_start = 7 * 4 + 16 * count
    strs_start = ids_start + len(ids)
    offsets: list[int] = []
    pos = 0
    for k in keys:
        offsets += [len(k), ids_start + pos]
        pos += len(k) + 1
    pos = 0
    for k in keys:
        offsets += [len(messages[k]), strs_start + pos]
        pos += len(messages[k]) + 1
    head = struct.pack("<7I", 0x950412DE, 0, count, 7 * 4, 7 * 4 + count * 8, 0, 0)
    table = struct.pack(f"<{len(offsets)}I", *offsets)
    return head + table + ids + strs


# ----------------------------------------------------------------------------- main


@dataclass
class Status:
    """What one language's catalogue lacks."""

    language: str
    total: int
    missing: list[str]
    fuzzy: list[str]
    unused: list[str]
    placeholders: list[str] = field(default_factory=list)  # a translation's {names} differ


_PLACEHOLDER = re.compile(r"{(\w*)[^{}]*}")


def placeholders_differ(entry: Entry) -> bool:
    """A translation names other ``{placeholders}`` than its English (it would fail, or lose
    the file name, when filled)."""
    wanted = set(_PLACEHOLDER.findall(entry.msgid))
    if entry.plural:
        wanted |= set(_PLACEHOLDER.findall(entry.plural))
    return any(text and set(_PLACEHOLDER.findall(text)) != wanted for text in entry.strings)


def po_path(language: str) -> Path:
    """The .po source of a language."""
    return LOCALE / language / "LC_MESSAGES" / "readiness.po"


def merged(language: str, wanted: list[Entry]) -> tuple[str, list[Entry], Status]:
    """The language's entries for the wanted texts, keeping what was translated."""
    path = po_path(language)
    header, old = read_po(path) if path.is_file() else ("", [])
    known = {e.key: e for e in old}
    entries: list[Entry] = []
    for want in wanted:
        had = known.get(want.key)
        entries.append(Entry(want.msgid, want.plural, want.context,
                             list(had.strings) if had else [], list(want.places),
                             list(had.comments) if had else [], had.fuzzy if had else False))
    wanted_keys = {w.key for w in wanted}
    status = Status(
        language, len(entries),
        missing=[e.msgid for e in entries if not (e.strings and all(e.strings))],
        fuzzy=[e.msgid for e in entries if e.fuzzy],
        unused=[e.msgid for e in old if e.key not in wanted_keys],
        placeholders=[e.msgid for e in entries if placeholders_differ(e)],
    )
    return header, entries, status


NOTE = ("Welsh texts of readiness_app's code (PDF, CLI, core labels).\n"
        "Status: needs review by a Welsh speaker (machine-assisted draft, terms checked\n"
        "against TermCymru and Y Termiadur Addysg where listed in docs/welsh.md).")


def _shown(path: Path) -> str:
    return str(path.relative_to(REPO)) if path.is_relative_to(REPO) else str(path)


def main(argv: list[str] | None = None) -> int:
    """Build, or with --check report what is stale or untranslated."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if a file is stale or a text untranslated")
    args = parser.parse_args(argv)
    wanted = extract()
    outputs: dict[Path, bytes] = {POT: write_pot(wanted).encode("utf-8")}
    failed = False
    for language in LANGUAGES:
        try:
            _, entries, status = merged(language, wanted)
        except ValueError as exc:
            print(exc, file=sys.stderr)
            return 1
        outputs[po_path(language)] = write_po(po_path(language), language, entries,
                                              NOTE).encode("utf-8")
        outputs[po_path(language).with_suffix(".mo")] = compile_mo(language, entries)
        print(f"{language}: {status.total} texts, {len(status.missing)} missing, "
              f"{len(status.fuzzy)} fuzzy, {len(status.unused)} no longer used")
        for text in status.missing[:20]:
            print(f"  missing: {text[:70]}")
        for text in status.placeholders:
            print(f"  placeholders differ from the English: {text[:70]}")
        failed |= bool(status.missing or status.fuzzy or status.placeholders)
    for path, data in outputs.items():
        current = path.read_bytes() if path.is_file() else None
        if current == data:
            continue
        if args.check:
            print(f"{_shown(path)} is out of date: run scripts/build_catalogues.py",
                  file=sys.stderr)
            failed = True
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            print(f"wrote {_shown(path)}")
    return 1 if failed and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
