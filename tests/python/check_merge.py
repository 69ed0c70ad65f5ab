#!/usr/bin/env python3
"""Merge a country-year table with the panels as a researcher would, in
pandas: `tests/fixtures/merge/country_years.csv` holds rows keyed on the COW
number, the Gleditsch-Ward number and ISO alpha-3, over years before the
opening for signature, inside the panel and after it. Every row must merge,
or be reported with its reason, and the reason must be the one the fixture
expects (`expect`).

Usage: python3 tests/python/check_merge.py HANOI_BINARY SCRATCH_DIR
Exits 0 when every row is accounted for as expected, 1 otherwise.
"""
import subprocess
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "merge" / "country_years.csv"
FROM_YEAR = "2023"
# The panel each key system merges with, and its key column.
PANELS = {"cow": ("cow", "cow_n"), "gw": ("gw", "gw_n"), "iso3": ("participants", "iso3")}


def panel(hanoi, scratch, universe):
    folder = scratch / f"merge-{universe}"
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / "panel.csv"
    subprocess.run([str(hanoi), "--out", str(out), "export", "--view", "panel", "--universe", universe,
                    "--from-year", FROM_YEAR], check=True, capture_output=True)
    # Only empty cells are missing: Namibia's iso2 is "NA".
    return pd.read_csv(out, dtype=str, keep_default_na=False, na_values=[""])


def reason(row, df, key):
    """Why a row of the table found no row of the panel."""
    years = df["year"].astype(int)
    if row.year < years.min():
        return "before_first_year"
    if row.year > years.max():
        return "after_last_year"
    if (df[key] == row.key).any():
        return "no_unit_that_year"
    return "not_in_universe"


def main():
    hanoi, scratch = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
    table = pd.read_csv(FIXTURE, dtype={"key": str, "year": int}, keep_default_na=False)
    failures = []
    for system, rows in table.groupby("system"):
        universe, key = PANELS[system]
        df = panel(hanoi, scratch, universe)
        df = df[df[key].notna()]
        rows = rows.assign(year_s=rows["year"].astype(str))
        merged = rows.merge(df, left_on=["key", "year_s"], right_on=[key, "year"], how="left",
                            suffixes=("", "_panel"), validate="one_to_one", indicator="matched")
        for row in merged.itertuples():
            got = "merge" if row.matched == "both" else reason(row, df, key)
            status = row.status if got == "merge" else "-"
            print(f"  {system} {row.key} {row.year}: {got} ({status}){' - ' + row.why if row.why else ''}")
            if got != row.expect:
                failures.append(f"{system} {row.key} {row.year}: {got}, expected {row.expect}")
    if failures:
        print("check_merge.py: " + "; ".join(failures), file=sys.stderr)
        return 1
    print(f"merge: all {len(table)} rows merged or reported with their reason")
    return 0


if __name__ == "__main__":
    sys.exit(main())
