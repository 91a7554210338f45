"""Local authorities' names in the app's language, for lists that hold the English name.

Light on purpose (two small CSV files, no geography): the library's list shows them as the
app opens. The whole geography (:func:`readiness_app.services.local_support.shipped_geography`)
knows the same names.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

from readiness_app import resources


@lru_cache(maxsize=4)
def authority_names(language: str) -> Mapping[str, str]:
    """Local authorities' names in ``language`` by their English name ("Caerdydd" for
    "Cardiff"), where they have one; read from the two small name files, not the whole
    geography (the library's list shows them as it opens)."""
    if language != "cy":
        return MappingProxyType({})
    import csv

    folder = resources.asset_path("geography")
    try:
        with (folder / "local_authority_names_cy.csv").open(encoding="utf-8",
                                                            newline="") as handle:
            welsh = {row["lad_code"]: row["name_cy"].strip() for row in csv.DictReader(handle)}
        with (folder / "local_authorities.csv").open(encoding="utf-8", newline="") as handle:
            return MappingProxyType({row["lad_name"]: welsh[row["lad_code"]]
                                     for row in csv.DictReader(handle)
                                     if welsh.get(row["lad_code"])})
    except (OSError, KeyError, UnicodeDecodeError, csv.Error):
        return MappingProxyType({})  # the English names are shown
