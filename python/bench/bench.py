"""Benchmarks of the Python package, each against the pandas script a
researcher would write over the CSV exports (`hanoi export`), in one run,
so that the ratios compare like with like on a loaded machine.

Not a test: it prints a Markdown table (docs/performance.md keeps one).

    python python/bench/bench.py            # with hanoi_convention installed
    python python/bench/bench.py --repeat 3 # fewer repetitions

Each figure is the best of `--repeat` runs (after one warm-up run).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import tempfile
import time
import warnings
from typing import Any, Callable, Dict, List, Tuple

import numpy as np
import pandas as pd

import hanoi_convention as hc
from hanoi_convention import _engine

INTEGER = {
    "iso_numeric", "m49", "cow_n", "gw_n", "year", "is_participant", "status_code",
    "status_code_known", "status_code_possible", "ieadb_status",
}


def best(fn: Callable[[], Any], repeat: int, number: int = 1) -> float:
    """Seconds per call: the best of `repeat` runs of `number` calls."""
    fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        times.append((time.perf_counter() - start) / number)
    return min(times)


def read(path: str) -> pd.DataFrame:
    """The typed read of docs/exports.md ("Loading and merging"): integers
    as Int64, only empty cells missing, days as dates."""
    header = pd.read_csv(path, nrows=0).columns
    dtype = {c: ("Int64" if c in INTEGER else "string") for c in header}
    df = pd.read_csv(path, dtype=dtype, keep_default_na=False, na_values=[""])
    if "observed_on" in df.columns:
        df["observed_on"] = pd.to_datetime(df["observed_on"], format="%Y-%m-%d")
    return df


def write_exports(folder: str) -> Dict[str, str]:
    """The CSV files `hanoi export` writes (the engine's text is the
    tool's: the test suite compares them)."""
    paths = {}
    for name, view, universe in [("wide", "wide", "participants"), ("panel", "panel", "participants"),
                                 ("panel_cow", "panel", "cow")]:
        text, _ = _engine.export_csv("hanoi", None, True, view, universe, None)
        paths[name] = os.path.join(folder, f"{name}.csv")
        with open(paths[name], "w", encoding="utf-8") as f:
            f.write(text)
    return paths


def messy_table(n: int) -> pd.DataFrame:
    """`n` country-years as a researcher's table has them: UN names, common
    spellings, other languages, a few missing and unknown names."""
    wide = hc.participants(embedded=True)
    names: List[Any] = list(wide["name"])
    names += ["Vietnam", "UK", "USA", "Russia", "DPRK", "South Korea", "Turkey", "Türkiye",
              "Ivory Coast", "Côte d'Ivoire", "Allemagne", "Россия", "Iran", "Syria", "Bolivia"]
    names += [None, "Atlantis", "Kosovo"]
    rng = np.random.default_rng(2026)
    return pd.DataFrame({
        "country": rng.choice(np.array(names, dtype=object), size=n),
        "year": rng.choice([2025, 2026], size=n),
        "x": rng.normal(size=n),
    })


def researcher_annotate(df: pd.DataFrame, wide_path: str, panel_path: str) -> pd.DataFrame:
    """What one writes with the exports: a merge on the UN name, then on
    (code, year) with the panel."""
    wide = read(wide_path)
    panel = read(panel_path)
    codes = wide[["name", "code", "iso2", "iso3", "iso_numeric", "m49", "cow_n", "cow_c", "gw_n"]]
    out = df.merge(codes, left_on="country", right_on="name", how="left")
    return out.merge(panel[["code", "year", "status", "status_code"]], on=["code", "year"], how="left")


def researcher_status(wide_path: str, day: str) -> Tuple[int, int]:
    """Signatories and parties on a day, counted from the wide export
    (certain only: a window's last day on or before the day)."""
    wide = read(wide_path)
    signed = (wide["signature"].str[-10:] <= day).sum()
    party = (wide["instrument_date"].str[-10:] <= day).sum()
    return int(signed), int(party)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--rows", type=int, default=100_000)
    args = ap.parse_args()
    os.environ["HANOI_DATA_DIR"] = tempfile.mkdtemp()  # the crate's own data
    warnings.simplefilter("ignore", hc.UnmatchedWarning)
    folder = tempfile.mkdtemp()
    paths = write_exports(folder)
    day = str(hc.DATA_AS_OF)
    rows = []

    ours = best(lambda: hc.status().signatories.certain, args.repeat, number=2000)
    # Days not asked before (the package remembers answers by day).
    days = (str(dt.date(2025, 10, 25) + dt.timedelta(days=i)) for i in range(1_000_000))
    fresh = best(lambda: hc.status(as_of=next(days)).signatories.certain, args.repeat, number=200)
    theirs = best(lambda: researcher_status(paths["wide"], day), args.repeat, number=20)
    assert researcher_status(paths["wide"], day)[0] == hc.status().signatories.certain
    rows.append(("`hc.status().signatories` (the same day again)", "< 50 µs", ours, "read `wide.csv`, count signatures by the day", theirs))
    rows.append(("`hc.status(as_of=...)` (a new day each call)", "", fresh, "(the same)", theirs))

    ours = best(lambda: hc.export("panel", universe="cow"), args.repeat, number=5)
    panel_days = (str(dt.date(2026, 1, 1) + dt.timedelta(days=i)) for i in range(1_000_000))
    fresh = best(lambda: hc.export("panel", universe="cow", as_of=next(panel_days)), args.repeat, number=5)
    theirs = best(lambda: read(paths["panel_cow"]), args.repeat, number=5)
    rows.append(('`hc.export("panel", universe="cow")` (asked before)', "", ours,
                 "typed `read_csv` of `panel.csv` (docs/exports.md)", theirs))
    rows.append(('`hc.export("panel", universe="cow", as_of=...)` (a new day)', "", fresh, "(the same)", theirs))

    table = messy_table(args.rows)
    start = time.perf_counter()
    hc.annotate(table, year="year")
    first = time.perf_counter() - start
    ours = best(lambda: hc.annotate(table, year="year"), args.repeat)
    theirs = best(lambda: researcher_annotate(table, paths["wide"], paths["panel"]), args.repeat)
    matched = hc.annotate(table, year="year")["code"].notna().mean()
    matched_theirs = researcher_annotate(table, paths["wide"], paths["panel"])["code"].notna().mean()
    rows.append((f"`hc.annotate` on {args.rows:,} rows, by name and year", "< 0.5 s", ours,
                 "merge on the UN name with `wide.csv`, then on code and year with `panel.csv`", theirs))

    def show(s: float) -> str:
        return f"{s * 1e6:.1f} µs" if s < 1e-3 else f"{s * 1e3:.1f} ms" if s < 1 else f"{s:.2f} s"

    print(f"hanoi_convention {hc.__version__}, pandas {pd.__version__}, numpy {np.__version__}; "
          f"best of {args.repeat} runs\n")
    print("| call | budget | package | the researcher's script | script | ratio (script / package) |")
    print("|---|---|---|---|---|---|")
    for what, budget, a, how, b in rows:
        print(f"| {what} | {budget} | {show(a)} | {how} | {show(b)} | {b / a:.1f}x |")
    print(f"\nannotate matched {matched:.1%} of the rows; the merge on the UN name {matched_theirs:.1%}. "
          f"The first annotate in the process (reading the codes and the panel): {show(first)}.")


if __name__ == "__main__":
    main()
