#!/usr/bin/env python3
"""Check the `hanoi export` CSV files and their Frictionless data packages
as a researcher would load them.

Usage:

    python3 tests/python/check_exports.py target/debug/hanoi SCRATCH_DIR

For each treaty (hanoi, budapest, cets224) the script writes every view
(events, wide, years, and the panel over each universe: participants,
un-members, cow, gw) with `--datapackage`, each into its own folder under
SCRATCH_DIR, plus a few variants (`--lang fr`, `--data`, an `--as-of`
inside a date window). It then:

- validates each data package with the frictionless Python API (schema,
  types, enums, primary and foreign keys) and prints every error;
- checks that each resource's fields are the CSV header, in order;
- loads every CSV with pandas using the types the package declares
  (integer -> nullable Int64, date -> datetime64, string -> string, with
  the package's missing values only, so that Namibia's `NA` stays a code);
- asserts what the panel promises: units x years rows, 31 December or the
  day asked as the observation day, the status lattice and its IEADB
  mapping, the bounds of `unknown`, `outside` rows with is_participant 0;
- checks that docs/stata/hanoi_import.do labels every column of the panel
  and wide views and that its status labels match the exported codes.

Exits 0 when everything holds, 1 with a list of failures otherwise, 2 on
usage errors. Needs frictionless and pandas (tests/python/requirements.txt).
"""
import csv
import datetime
import json
import re
import subprocess
import sys
import time
from pathlib import Path

try:
    import frictionless
    import pandas as pd
except ImportError as e:  # pragma: no cover
    sys.exit(f"check_exports.py: {e}; install tests/python/requirements.txt")

ROOT = Path(__file__).resolve().parents[2]
STATE_SYSTEMS = ROOT / "data" / "state_systems.tsv"
STATA_DO = ROOT / "docs" / "stata" / "hanoi_import.do"

TREATIES = ["hanoi", "budapest", "cets224"]
UNIVERSES = ["participants", "un-members", "cow", "gw"]
# The year each treaty opened for signature: the panel's first year.
OPENED = {"hanoi": 2025, "budapest": 2001, "cets224": 2022}
UN_MEMBERSHIP = ROOT / "data" / "un_membership.tsv"

# The status lattice (src/export/panel.rs): label -> (code, IEADB code).
LATTICE = {
    "outside": (None, None),
    "not_yet_open": (-1, None),
    "not_signed": (0, None),
    "invited": (1, None),
    "signed": (2, 0),
    "party": (3, 1),
    "in_force": (4, 2),
    "denounced": (5, None),
    "unknown": (None, None),
}

STATA_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,31}$")


class Checks:
    """Collects failures, so one run reports all of them."""

    def __init__(self):
        self.failures = []
        self.passed = 0

    def check(self, ok, what):
        if ok:
            self.passed += 1
        else:
            self.failures.append(what)
            print(f"  FAIL {what}", flush=True)
        return ok


def run(hanoi, args):
    """Runs the binary; returns (exit code, stdout, stderr)."""
    p = subprocess.run([str(hanoi), *args], capture_output=True, text=True, check=False)
    return p.returncode, p.stdout, p.stderr


def export(c, hanoi, folder, name, treaty, view, universe=None, extra=()):
    """Writes folder/name.csv (and its datapackage.json); True when it worked."""
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    # Every global option is accepted after the subcommand too.
    args = ["--treaty", treaty, "--out", str(folder / f"{name}.csv"),
            "export", "--view", view, "--datapackage", *extra]
    if universe:
        args += ["--universe", universe]
    code, _, err = run(hanoi, args)
    ok = c.check(code == 0, f"hanoi {' '.join(args)}: exit {code}: {err.strip()}")
    ok = ok and c.check((folder / "datapackage.json").is_file(), f"{folder}: no datapackage.json")
    return ok


def validate_package(c, path):
    """Validates with frictionless; returns the descriptor (dict) or None."""
    try:
        package = frictionless.Package(str(path))
    except frictionless.FrictionlessException as e:
        c.check(False, f"{path}: invalid descriptor: {e}")
        return None
    report = package.validate()
    errors = [f"{path}: {e.type}: {e.message}" for e in report.errors]
    for task in report.tasks:
        errors += [f"{path} [{task.name}]: {e.type}: {e.message}" for e in task.errors]
    for e in errors[:50]:
        print(f"  {e}")
    if len(errors) > 50:
        print(f"  ... and {len(errors) - 50} more")
    c.check(report.valid and not errors, f"{path}: frictionless found {len(errors)} error(s)")
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def load(c, folder, resource):
    """Reads one resource with pandas, typed from its Table Schema."""
    schema = resource["schema"]
    path = folder / resource["path"]
    with open(path, encoding="utf-8", newline="") as f:
        header = next(csv.reader(f))
    names = [fl["name"] for fl in schema["fields"]]
    c.check(header == names, f"{path}: header {header} is not the schema's fields {names}")
    dtypes, dates = {}, []
    for fl in schema["fields"]:
        kind = fl["type"]
        if kind == "integer":
            dtypes[fl["name"]] = "Int64"
        elif kind == "number":
            dtypes[fl["name"]] = "Float64"
        elif kind == "boolean":
            dtypes[fl["name"]] = "boolean"
        elif kind == "date":
            dtypes[fl["name"]] = "string"
            dates.append(fl["name"])
        else:
            c.check(kind == "string", f"{path}: field {fl['name']} has type {kind}, not handled")
            dtypes[fl["name"]] = "string"
    df = pd.read_csv(path, dtype=dtypes, keep_default_na=False,
                     na_values=schema.get("missingValues", [""]), encoding="utf-8")
    for d in dates:
        df[d] = pd.to_datetime(df[d], format="%Y-%m-%d")
    for fl in schema["fields"]:
        n = fl["name"]
        want = {"integer": "Int64", "date": "datetime64[ns]", "string": "string"}.get(fl["type"])
        if want:
            c.check(str(df[n].dtype) == want, f"{path}: {n} loaded as {df[n].dtype}, not {want}")
        c.check(bool(STATA_NAME.match(n)), f"{path}: column {n!r} is not a valid Stata name")
    return df


def spells_by_year(system):
    """For a state system, {year: number of its spells that cover some day of it}."""
    with open(STATE_SYSTEMS, encoding="utf-8", newline="") as f:
        spells = [r for r in csv.DictReader(f, delimiter="\t") if r["system"] == system]

    def count(year):
        return sum(1 for s in spells
                   if int(s["start"][:4]) <= year and (not s["end"] or int(s["end"][:4]) >= year))
    return count


def check_panel(c, where, df, pkg, treaty, universe, n_participants, first=None):
    as_of = datetime.date.fromisoformat(pkg["x_hanoi_convention"]["as_of"])
    years = list(range(first or OPENED[treaty], as_of.year + 1))
    before = df["year"] < OPENED[treaty]
    c.check(df.loc[before & (df["status"] != "outside"), "status"].eq("not_yet_open").all(),
            f"{where}: a row before the opening that is not not_yet_open")
    c.check(not (df.loc[~before, "status"] == "not_yet_open").any(), f"{where}: not_yet_open after the opening")
    c.check(df["year"].notna().all(), f"{where}: year has missing values")
    c.check(sorted(df["year"].dropna().unique().tolist()) == years,
            f"{where}: years {sorted(df['year'].unique().tolist())}, expected {years}")
    c.check(not df.duplicated(["unit", "year"]).any(), f"{where}: (unit, year) repeats")
    c.check((df["universe"] == universe).all(), f"{where}: universe column is not {universe}")
    if universe == "participants":
        want = n_participants * len(years)
    elif universe == "un-members":
        # A year counts the members admitted by its 31 December.
        with open(UN_MEMBERSHIP, encoding="utf-8", newline="") as f:
            admitted = [int(r["admitted"][:4]) for r in csv.DictReader(f, delimiter="\t")]
        want = sum(sum(1 for a in admitted if a <= y) for y in years)
        per_year = df.groupby("year").size()
        for y in years:
            n = sum(1 for a in admitted if a <= y)
            c.check(per_year.get(y, 0) == n, f"{where}: {per_year.get(y, 0)} UN members in {y}, {n} admitted by its end")
    else:
        count = spells_by_year(universe)
        want = sum(count(y) for y in years)
        per_year = df.groupby("year").size()
        for y in years:
            c.check(per_year.get(y, 0) == count(y),
                    f"{where}: {per_year.get(y, 0)} rows in {y}, {count(y)} spells cover it")
    c.check(len(df) == want, f"{where}: {len(df)} rows, expected {want} (units x years)")

    # The observation day: 31 December, or the day asked in its year.
    expected = df["year"].map(lambda y: min(datetime.date(int(y), 12, 31), as_of))
    c.check((df["observed_on"].dt.date == expected).all(),
            f"{where}: observed_on is not 31 December (or {as_of} in {as_of.year})")
    complete = df["observed_on"].dt.strftime("%m-%d") == "12-31"
    c.check((df["year_complete"] == complete.astype("Int64")).all(), f"{where}: year_complete is not 1 exactly on 31 December")

    # The status lattice and its codes.
    labels = set(df["status"].dropna())
    c.check(labels <= set(LATTICE), f"{where}: statuses {labels - set(LATTICE)} not in the lattice")
    for label, (code, ieadb) in LATTICE.items():
        rows = df[df["status"] == label]
        if rows.empty:
            continue
        got = rows["status_code"]
        c.check(got.isna().all() if code is None else (got == code).fillna(False).all(),
                f"{where}: status {label} has status_code {sorted(int(x) for x in got.dropna().unique())}, expected {code}")
        got = rows["ieadb_status"]
        c.check(got.isna().all() if ieadb is None else (got == ieadb).fillna(False).all(),
                f"{where}: status {label} has ieadb_status {sorted(int(x) for x in got.dropna().unique())}, expected {ieadb}")
    outside = df["status"] == "outside"
    c.check(((df["is_participant"] == 0).fillna(False) == outside).all(), f"{where}: is_participant 0 is not exactly the outside rows")
    c.check(df["is_participant"].isin([0, 1]).fillna(False).all(), f"{where}: is_participant not 0/1")
    for col in ("code", "signed", "party", "status_code_known", "status_code_possible"):
        c.check(df.loc[outside, col].isna().all(), f"{where}: {col} is not empty on outside rows")
    # kind, regional_group and the codes describe the unit: on outside rows
    # too, where the crate knows the State (from the Hanoi Convention's list).
    for col in ("code", "kind", "signed", "party", "status_code_known", "status_code_possible"):
        c.check(df.loc[~outside, col].notna().all(), f"{where}: {col} is empty on a row inside the universe")
    c.check(df["name"].notna().all(), f"{where}: a row without a name")
    known, possible = df["status_code_known"], df["status_code_possible"]
    inside = ~outside
    c.check((known[inside] <= possible[inside]).fillna(False).all(), f"{where}: status_code_known > status_code_possible")
    coded = df["status_code"].notna()
    c.check(((known == df["status_code"]) & (possible == df["status_code"]))[coded].fillna(False).all(),
            f"{where}: bounds differ from status_code on a row whose status is known")
    unknown = df["status"] == "unknown"
    c.check((known[unknown] < possible[unknown]).fillna(False).all(), f"{where}: an unknown row whose bounds are equal")
    for col in ("signed", "party"):
        c.check(df.loc[inside, col].isin(["yes", "no", "unknown"]).all(), f"{where}: {col} not yes/no/unknown")
    c.check((df.loc[df["status"] == "in_force", "party"] == "yes").all(), f"{where}: in_force row not a party")
    c.check((df.loc[df["status"] == "signed", "signed"] == "yes").all(), f"{where}: signed row with signed != yes")
    c.check((df["data_version"] == pkg["version"]).all(), f"{where}: data_version differs from the package's")

    # Merge keys: in a state-system panel every row has the system's number,
    # and (number, year) is unique, so `merge 1:1 cow_n year` works.
    key = {"cow": "cow_n", "gw": "gw_n"}.get(universe)
    if key:
        c.check(df[key].notna().all(), f"{where}: {key} is empty on some rows")
        c.check(not df.duplicated([key, "year"]).any(), f"{where}: ({key}, year) repeats")
        c.check((df[key].astype("string") == df["unit"]).all(), f"{where}: {key} differs from unit")
    if universe in ("participants", "un-members"):
        c.check(not df[df["iso3"].notna()].duplicated(["iso3", "year"]).any(), f"{where}: (iso3, year) repeats")
    return unknown.sum()


def check_wide(c, where, df, pkg):
    c.check(df["code"].notna().all() and df["code"].is_unique, f"{where}: code empty or repeated")
    for col in ("iso_numeric", "m49", "cow_n", "gw_n"):
        c.check(str(df[col].dtype) == "Int64", f"{where}: {col} is {df[col].dtype}")
    nam = df[df["code"] == "NAM"]
    if not nam.empty:
        c.check(nam["iso2"].iloc[0] == "NA", f"{where}: Namibia's iso2 is {nam['iso2'].iloc[0]!r}, not 'NA'")
    eu = df[df["code"] == "EU"]
    if not eu.empty:
        row = eu.iloc[0]
        c.check(all(pd.isna(row[k]) for k in ("iso2", "iso3", "iso_numeric", "m49", "cow_n", "cow_c", "gw_n")),
                f"{where}: the EU has a code in some system")
    c.check((df["data_version"] == pkg["version"]).all(), f"{where}: data_version differs from the package's")
    check_wide_dates(c, where, df)


# The wide view's acts: their text column and the prefix of their dates.
ACTS = {"signature": "signature", "instrument_date": "instrument",
        "in_force_for": "in_force_for", "denunciation": "denunciation"}


def check_wide_dates(c, where, df):
    """Each act's first and last day agree with its day-or-window text, and
    the days from the opening with the first day that has day 0."""
    for text, act in ACTS.items():
        first, last = df[f"{act}_first"], df[f"{act}_last"]
        c.check(str(first.dtype).startswith("datetime64"), f"{where}: {act}_first is {first.dtype}")
        parts = df[text].str.split("..", regex=False)
        c.check((first.isna() == df[text].isna()).all(), f"{where}: {act}_first empty where {text} is not")
        got_first = parts.str[0]
        got_last = parts.str[-1]
        has = df[text].notna()
        c.check((first[has].dt.strftime("%Y-%m-%d") == got_first[has]).all(), f"{where}: {act}_first differs from {text}")
        c.check((last[has].dt.strftime("%Y-%m-%d") == got_last[has]).all(), f"{where}: {act}_last differs from {text}")
        c.check((first[has] <= last[has]).all(), f"{where}: {act}_first after {act}_last")
        for b in ("first", "last"):
            days = df[f"{act}_days_{b}"]
            c.check((days.isna() == df[f"{act}_{b}"].isna()).all(), f"{where}: {act}_days_{b} empty where the date is not")
            opening = (df[f"{act}_{b}"] - pd.to_timedelta(days.astype("float"), unit="D"))[has]
            c.check(opening.nunique() <= 1, f"{where}: {act}_days_{b} counts from {opening.nunique()} different days")


def check_years(c, where, df, pkg, treaty, first=None):
    as_of = datetime.date.fromisoformat(pkg["x_hanoi_convention"]["as_of"])
    years = list(range(first or OPENED[treaty], as_of.year + 1))
    complete = df["observed_on"].dt.strftime("%m-%d") == "12-31"
    c.check((df["year_complete"] == complete.astype("Int64")).all(), f"{where}: year_complete is not 1 exactly on 31 December")
    c.check(not df.duplicated(["year", "group"]).any(), f"{where}: (year, group) repeats")
    alls = df[df["group"] == "all"]
    c.check(alls["year"].tolist() == years, f"{where}: the all rows are {alls['year'].tolist()}, not {years}")
    c.check(alls["instruments_certain"].notna().all(), f"{where}: all rows lack instruments_certain")
    c.check(df.loc[df["group"] != "all", "instruments_certain"].isna().all(),
            f"{where}: a group row has instruments_certain")
    for what in ("signatories", "parties", "instruments"):
        lo, hi = df[f"{what}_certain"], df[f"{what}_possible"]
        ok = (lo.isna() & hi.isna()) | (lo <= hi).fillna(False)
        c.check(ok.all(), f"{where}: {what}_certain > {what}_possible")
    c.check(df["in_force"].isin(["yes", "no", "unknown"]).all(), f"{where}: in_force not yes/no/unknown")
    expected = df["year"].map(lambda y: min(datetime.date(int(y), 12, 31), as_of))
    c.check((df["observed_on"].dt.date == expected).all(), f"{where}: observed_on is not 31 December or as_of")


def check_events(c, where, df, pkg):
    c.check((df["date_from"] <= df["date_to"]).all(), f"{where}: date_from after date_to")
    c.check(df["participant"].notna().all(), f"{where}: participant empty")
    as_of = pd.Timestamp(pkg["x_hanoi_convention"]["as_of"])
    c.check((df["date_from"] <= as_of).all(), f"{where}: an action starting after as_of")


def stata_labels():
    """The do file's `label variable` names and `label define` values."""
    text = STATA_DO.read_text(encoding="utf-8")
    # Join continued lines (///) and drop comments (// to end of line).
    text = re.sub(r"\s*///[^\n]*\n\s*", " ", text)
    variables = set(re.findall(r"^\s*(?:capture\s+)?label\s+variable\s+(\w+)", text, re.M))
    defines = {}
    for name, body in re.findall(r"^\s*label\s+define\s+(\w+)\s+(.*?)(?:,\s*replace)?\s*$", text, re.M):
        defines[name] = {v: lab for v, lab in re.findall(r'(-?\d+|\.[a-z])\s+"([^"]*)"', body)}
    return variables, defines


def check_stata(c, headers, seen_codes):
    if not c.check(STATA_DO.is_file(), f"{STATA_DO} is missing"):
        return
    variables, defines = stata_labels()
    for view, header in headers.items():
        for col in header:
            if col.startswith("name_"):
                continue  # --lang columns: labelled in a loop
            c.check(col in variables, f"{STATA_DO.name}: no `label variable {col}` (a column of {view})")
    status = defines.get("hanoi_status", {})
    c.check(bool(status), f"{STATA_DO.name}: no `label define hanoi_status`")
    for label, (code, _) in LATTICE.items():
        if code is not None:
            c.check(status.get(str(code)) == label,
                    f"{STATA_DO.name}: hanoi_status {code} is {status.get(str(code))!r}, not {label!r}")
    c.check(status.get(".o") == "outside" and status.get(".u") == "unknown",
            f"{STATA_DO.name}: hanoi_status lacks .o outside / .u unknown")
    for code, label in seen_codes:
        c.check(status.get(str(code)) == label, f"{STATA_DO.name}: exported code {code} is {label!r} in the data")
    ieadb = defines.get("hanoi_ieadb", {})
    c.check(set(ieadb) == {"0", "1", "2"}, f"{STATA_DO.name}: hanoi_ieadb is {ieadb}")


def main():
    if len(sys.argv) != 3:
        print("usage: check_exports.py HANOI_BINARY SCRATCH_DIR", file=sys.stderr)
        return 2
    hanoi, scratch = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
    if not hanoi.is_file():
        print(f"check_exports.py: no binary at {hanoi}", file=sys.stderr)
        return 2
    scratch.mkdir(parents=True, exist_ok=True)
    c = Checks()
    started = time.monotonic()
    headers = {}
    seen_codes = set()
    unknown_rows = {}
    print(f"frictionless {frictionless.__version__}, pandas {pd.__version__}")

    # One made-up action, for an export with --data.
    extra = scratch / "extra.tsv"
    extra.write_text("participant\taction\tdate_from\tdate_to\tplace\tprovisions\tconfidence\tsource\tnote\t"
                     "notification\nAFG\tsignature\t2026-05-01\t2026-05-01\tNew York\t\tlow\ttest\t\t\n",
                     encoding="utf-8")
    plan = []  # (folder name, treaty, view, universe, extra args)
    for t in TREATIES:
        for v in ("events", "wide", "years"):
            plan.append((f"{t}-{v}", t, v, None, ()))
        for u in UNIVERSES:
            plan.append((f"{t}-panel-{u}", t, "panel", u, ()))
    plan += [
        ("hanoi-wide-fr", "hanoi", "wide", None, ("--lang", "fr")),
        ("hanoi-panel-cow-fr", "hanoi", "panel", "cow", ("--lang", "fr")),
        # Inside Fiji's signature window (2025-11-20..2025-12-29): unknown rows.
        ("hanoi-panel-window", "hanoi", "panel", "participants", ("--as-of", "2025-12-01")),
        # No rows: the header alone, and a package that still validates.
        ("hanoi-events-empty", "hanoi", "events", None, ("--as-of", "2025-09-01")),
        ("hanoi-panel-empty", "hanoi", "panel", "participants", ("--as-of", "2024-12-24")),
        ("hanoi-years-empty", "hanoi", "years", None, ("--as-of", "2024-12-24")),
        # Years before the opening: not_yet_open rows (code -1).
        ("hanoi-panel-before", "hanoi", "panel", "participants", ("--from-year", "2023")),
        ("hanoi-panel-before-cow", "hanoi", "panel", "cow", ("--from-year", "2023")),
        ("budapest-years-before", "budapest", "years", None, ("--from-year", "1999", "--as-of", "2003-12-31")),
        # A file merged over the embedded data: its data_version names it.
        ("hanoi-panel-data", "hanoi", "panel", "participants", ("--data", str(extra))),
    ]
    for folder_name, treaty, view, universe, extra in plan:
        folder = scratch / folder_name
        t0 = time.monotonic()
        print(f"{folder_name}: {view}{' over ' + universe if universe else ''}", flush=True)
        name = view
        if not export(c, hanoi, folder, name, treaty, view, universe, extra):
            continue
        pkg = validate_package(c, folder / "datapackage.json")
        if pkg is None:
            continue
        resources = {r["name"]: r for r in pkg["resources"]}
        c.check(name in resources, f"{folder}: no resource {name} in the package")
        if view in ("events", "panel"):
            c.check("participants" in resources, f"{folder}: no participants resource beside the {view}")
        frames = {n: load(c, folder, r) for n, r in resources.items()}
        df = frames[name]
        where = f"{folder_name}/{name}.csv"
        if "--lang" in extra:
            lang = extra[extra.index("--lang") + 1]
            cols = list(df.columns)
            c.check(f"name_{lang}" in cols and cols.index(f"name_{lang}") == cols.index("name") + 1,
                    f"{where}: name_{lang} is not right after name")
        if folder_name.endswith("-empty"):
            c.check(len(df) == 0, f"{where}: {len(df)} rows where none was expected")
        n_participants = len(frames["participants"]) if "participants" in frames else None
        first = int(extra[extra.index("--from-year") + 1]) if "--from-year" in extra else None
        if view == "panel":
            unknown_rows[folder_name] = check_panel(c, where, df, pkg, treaty, universe, n_participants, first)
            coded = df[df["status_code"].notna()]
            seen_codes |= set(zip(coded["status_code"].astype(int), coded["status"]))
            if not extra:
                headers["panel"] = list(df.columns)
        elif view == "wide":
            check_wide(c, where, df, pkg)
            if not extra:
                headers["wide"] = list(df.columns)
        elif view == "years":
            check_years(c, where, df, pkg, treaty, first)
        else:
            check_events(c, where, df, pkg)
        if "participants" in frames and name != "participants":
            check_wide(c, f"{folder_name}/participants.csv", frames["participants"], pkg)
        print(f"  {len(df)} rows, {time.monotonic() - t0:.1f}s", flush=True)

    # Date windows must show up as unknown somewhere: the window export and
    # the Budapest panel (invitations dated only by a window) have them.
    c.check(unknown_rows.get("hanoi-panel-window", 0) > 0, "the --as-of 2025-12-01 panel has no unknown row")
    c.check(unknown_rows.get("budapest-panel-participants", 0) > 0, "the Budapest panel has no unknown row")
    # Units of the state systems outside the participants, shown as outside.
    for folder_name, units in (("hanoi-panel-cow", {"347", "713"}), ("hanoi-panel-gw", {"347", "396", "397", "713"})):
        path = scratch / folder_name / "panel.csv"
        if path.is_file():
            df = pd.read_csv(path, dtype=str, keep_default_na=False)
            out = set(df.loc[df["status"] == "outside", "unit"])
            c.check(out == units, f"{folder_name}: outside units {sorted(out)}, expected {sorted(units)}")
            # Every code their systems assign: Taiwan's ISO codes, Kosovo's
            # number in the other state system.
            twn = df[df["unit"] == "713"]
            c.check((twn["iso3"] == "TWN").all() and (twn["iso_numeric"] == "158").all(),
                    f"{folder_name}: Taiwan lacks its ISO 3166-1 codes")
            kos = df[df["unit"] == "347"]
            c.check((kos["cow_n"] == "347").all() and (kos["gw_n"] == "347").all(),
                    f"{folder_name}: Kosovo lacks its number in both state systems")
    path = scratch / "hanoi-panel-data" / "panel.csv"
    if path.is_file():
        df = pd.read_csv(path, dtype=str, keep_default_na=False)
        afg = df[(df["unit"] == "AFG")].set_index("year")["status"].to_dict()
        c.check(afg.get("2025") == "not_signed" and afg.get("2026") == "signed",
                f"hanoi-panel-data: AFG with the merged signature is {afg}")
        c.check(df["data_version"].str.contains("+local:extra.tsv@", regex=False).all(),
                f"hanoi-panel-data: data_version {sorted(set(df['data_version']))} does not name the file")
    check_stata(c, headers, seen_codes)

    took = time.monotonic() - started
    if c.failures:
        print(f"\ncheck_exports.py: {len(c.failures)} failed, {c.passed} passed ({took:.1f}s):", file=sys.stderr)
        for f in c.failures:
            print(f"  - {f}", file=sys.stderr)
        return 1
    print(f"\nall checks held ({took:.1f}s)")
    print(f"exports: {c.passed} passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
