"""`phone-advisor data import|validate|show`: load, check and browse the phone catalog."""

from __future__ import annotations

import argparse
from pathlib import Path

from advisor._tables import aligned_table
from advisor.catalog.ingest.importer import catalog_figures, import_catalog
from advisor.catalog.model import Phone, load_catalog, load_chipsets
from advisor.config import Settings
from advisor.explain.phrases import format_storage
from advisor.understanding.understand import Vocabulary


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `data` command group."""
    data = subparsers.add_parser("data", help="import, validate and browse the phone catalog")
    sub = data.add_subparsers(dest="data_command", required=True, metavar="SUBCOMMAND")

    imp = sub.add_parser("import", help="import a raw Kaggle CSV or a normalized catalog CSV")
    imp.add_argument("path", type=Path, help="the CSV to import")
    imp.add_argument("--output", type=Path, default=None, help="catalog file to write (default: the configured catalog)")
    imp.set_defaults(handler=_import)

    val = sub.add_parser("validate", help="check a catalog and print its figures")
    val.add_argument("path", type=Path, nargs="?", default=None, help="catalog file (default: the configured catalog)")
    val.set_defaults(handler=_validate)

    show = sub.add_parser("show", help="list phones whose brand, model or family contains QUERY")
    show.add_argument("query", help="text to look for, case-insensitive")
    show.set_defaults(handler=_show)


def _import(args: argparse.Namespace) -> int:
    settings = Settings.from_env()
    report = import_catalog(args.path, args.output or settings.catalog_path, settings.chipsets_path)
    print("\n".join(report.lines()))
    return 0


def _validate(args: argparse.Namespace) -> int:
    settings = Settings.from_env()
    path = args.path or settings.catalog_path
    catalog = load_catalog(path, settings.chipsets_path)
    chips = load_chipsets(settings.chipsets_path)
    problems = [f"{p.id}: chipset {p.chipset!r} is not in {settings.chipsets_path}"
                for p in catalog if p.chipset and p.chipset not in chips]
    print(f"catalog: {path}")
    print("\n".join(catalog_figures(catalog).lines()))
    if problems:
        print(f"{len(problems)} error(s):")
        print("\n".join(f"  {line}" for line in problems))
        return 2
    print("ok")
    return 0


def _show(args: argparse.Namespace) -> int:
    settings = Settings.from_env()
    catalog = load_catalog(settings.catalog_path, settings.chipsets_path)
    # a phone name resolves as in the chat ("Nokia T21", "一加12"); anything else is a substring search
    named = set(Vocabulary.from_catalog(catalog, settings.aliases_path).resolve_name(args.query))
    needle = " ".join(args.query.casefold().split())
    matches = [p for p in catalog if (p.brand, p.family) in named] if named else [
        p for p in catalog if any(needle in text.casefold() for text in (p.model, p.family, f"{p.brand} {p.model}"))]
    if not matches:
        print(f"No phones match {args.query!r}.")
        return 1
    print(_table(matches))
    print(f"{len(matches)} phone(s)")
    return 0


_HEADERS = ("id", "name", "device", "USD", "RAM/storage", "battery", "screen")


def _table(phones: list[Phone]) -> str:
    return aligned_table([_HEADERS] + [_cells(p) for p in phones], right={3, 5, 6})  # numbers align right


def _cells(p: Phone) -> tuple[str, ...]:
    usd = p.price("USD")
    ram = f"{p.ram_gb:g}" if p.ram_gb is not None else "?"
    storage = "?" if p.storage_gb is None else format_storage(p.storage_gb, sep="")
    screen = "" if p.screen_in is None else f"{p.screen_in:g}\"" + (f" +{p.cover_screen_in:g}\"" if p.cover_screen_in else "")
    return (
        p.id,
        p.display_name,
        p.device,
        "" if usd is None else f"{usd:,.0f}",
        f"{ram}GB/{storage}",
        "" if p.battery_mah is None else f"{p.battery_mah} mAh",
        screen,
    )
