"""``annotate``: a user's own table with each row's participant, its codes in
every system and its status added. Every row comes back, in order; a row
that names no participant keeps its place with the reason in
``unmatched``, and a warning counts them.

Each distinct value is looked up once by the engine (names in any
language and spelling the crate knows, or codes of one system); the
statuses come from the treaty's ``participants`` panel, so that a row's
status is the panel's for its code and year (31 December, or the as-of
day in its own year); a year before the treaty opened for signature is
``not_yet_open``, as in the panel exported from an earlier year.
"""

from __future__ import annotations

import functools
import json
import math
import warnings
from typing import Any, List, Optional, Tuple

import numpy as np
import pandas as pd

from . import _engine
from ._args import DayLike, day as _day, text, treaty_name as _treaty
from ._errors import ArgumentError, UnmatchedWarning, call, warn_beyond
from ._frames import STATUS_ORDER, read_csv

CODE_COLUMNS = ["iso2", "iso3", "iso_numeric", "m49", "cow_n", "cow_c", "gw_n"]
STATUS_DTYPE = pd.CategoricalDtype(STATUS_ORDER, ordered=True)
ADDED = ["code", "participant_name", *CODE_COLUMNS, "status", "status_code", "observed_on", "unmatched"]


def _key(v: Any) -> Optional[str]:
    """A cell as the text to look up: numbers without a decimal part
    (``816.0`` is ``816``), ``None`` for a missing value."""
    if v is None or v is pd.NA or v is pd.NaT:
        return None
    if isinstance(v, (float, np.floating)):
        if math.isnan(v):
            return None
        return str(int(v)) if float(v).is_integer() else str(v)
    if isinstance(v, (int, np.integer)) and not isinstance(v, bool):
        return str(int(v))
    return str(v)


@functools.lru_cache(maxsize=8)
def _codes() -> pd.DataFrame:
    """Every State's and organisation's codes, by participant code (the
    Hanoi Convention's list holds them all; codes do not change by day)."""
    text, _ = call(_engine.export_csv, "hanoi", None, True, "wide", "participants", None)
    wide = read_csv(text)
    return wide.set_index("code")[["name", *CODE_COLUMNS]].rename(columns={"name": "participant_name"})


@functools.lru_cache(maxsize=16)
def _panel(
    treaty: str, day: Optional[str], embedded: bool, data_version: str
) -> Tuple[pd.DataFrame, Optional[str]]:
    """The treaty's participants panel up to ``day``, indexed by (code, year),
    and the caveat of a day after the data."""
    del data_version  # part of the cache key: a new stored page, new panel
    text, caveat = call(_engine.export_csv, treaty, day, embedded, "panel", "participants", None)
    panel = read_csv(text)
    return panel.set_index(["code", "year"])[["status", "status_code", "observed_on"]], caveat


class _Distinct:
    """What each distinct country value names, looked up once: its code,
    whether it is among the treaty's participants, why nothing was found;
    ``labels`` gives each row's value (the last slot: a missing value)."""

    def __init__(self, values: "pd.Series[Any]", treaty: str, system: Optional[str]) -> None:
        labels, uniques = pd.factorize(values, use_na_sentinel=True)
        keys: List[Optional[str]] = [_key(u) for u in uniques]
        found = call(_engine.resolve, treaty, keys, system)
        n = len(found)
        self.codes = np.empty(n + 1, dtype=object)
        self.inside = np.zeros(n + 1, dtype=bool)
        self.why = np.empty(n + 1, dtype=object)
        for i, (code, ins, reason) in enumerate(found):
            self.codes[i], self.inside[i], self.why[i] = code, ins, reason
        self.codes[n], self.why[n] = None, "missing value"
        self.labels = np.where(labels < 0, n, labels)


def _years(df: pd.DataFrame, year: str) -> Tuple[np.ndarray, np.ndarray]:
    """The column's years (-1 where there is none) and where there is one."""
    if year not in df.columns:
        raise ArgumentError(f"year={year!r}: no such column; the columns are {list(df.columns)}")
    y = pd.to_numeric(df[year], errors="coerce")
    whole = (y.notna() & (y == np.floor(y))).to_numpy()
    return np.where(whole, y.fillna(-1), -1).astype("int64"), whole


def _not_yet_open(
    before: np.ndarray,
    years: np.ndarray,
    status_codes: np.ndarray,
    code: "pd.Series[Any]",
    observed_on: "pd.Series[Any]",
    as_of: str,
) -> None:
    """The rows of ``before`` (a year before the treaty opened) as the
    panel exports them from an earlier year: ``not_yet_open``, status code
    -1, observed on the year's 31 December (the as-of day in its year)."""
    status_codes[before] = STATUS_ORDER.index("not_yet_open")
    if not before.any():
        return
    code[before] = -1
    # A year pandas cannot hold as a day keeps an empty observed_on.
    days = pd.to_datetime(
        [min(f"{y:04d}-12-31", as_of) for y in years[before]], format="%Y-%m-%d", errors="coerce"
    )
    observed_on[before] = days.to_numpy()


def _take(column: "pd.Series[Any]", at: np.ndarray, index: pd.Index) -> "pd.Series[Any]":
    """``column``'s values at positions ``at`` (-1: missing), as a Series on
    ``index`` with the column's dtype."""
    taken = column.array.take(at, allow_fill=True)
    return pd.Series(taken, index=index, dtype=column.dtype)


def annotate(
    df: pd.DataFrame,
    country: str = "country",
    year: Optional[str] = None,
    system: Optional[str] = None,
    treaty: str = "hanoi",
    as_of: Optional[DayLike] = None,
    embedded: bool = False,
    prefix: str = "",
) -> pd.DataFrame:
    """Your DataFrame with each row's participant, codes and status added.

    ``country`` names the column that names the country: a name in any of
    the seven languages and spellings the crate knows ("Vietnam",
    "Allemagne", "Россия", "UK", "DPRK"), or, with ``system`` (``iso2``,
    ``iso3``, ``iso-numeric``, ``m49``, ``cow``, ``cow-letters``, ``gw``), a code
    of that system, as text or number. With ``year``, a column of years,
    each row's status is the one at that year's end (or on ``as_of`` in its
    own year, as in the panel); without, the status on ``as_of``.

    Added columns (each with ``prefix``): ``code``, ``participant_name``,
    ``iso2``, ``iso3``, ``iso_numeric``, ``m49``, ``cow_n``, ``cow_c``,
    ``gw_n``, ``status`` (ordered categorical; ``outside`` for a State the
    treaty's data do not list), ``status_code``, ``observed_on`` and
    ``unmatched`` (why a row matched nothing; missing when it matched).

    Every row comes back, in order and with its index. Rows that match
    nothing are kept, and an :class:`UnmatchedWarning` counts them. A year
    before the treaty opened is ``not_yet_open``, as in the panel exported
    from an earlier year; rows whose year is missing or after ``as_of``'s
    keep an empty status, and a warning says how many. A day after the
    data's as-of date gives a :class:`BeyondDataWarning`.

    >>> import pandas as pd, hanoi_convention as hc
    >>> mine = pd.DataFrame({"country": ["Vietnam", "Allemagne", "Atlantis"], "gdp": [1, 2, 3]})
    >>> out = hc.annotate(mine)           # an UnmatchedWarning counts "Atlantis"
    >>> out["code"].tolist(), out["cow_n"].tolist()
    (['VNM', 'DEU', <NA>], [816, 255, <NA>])
    >>> out.loc[2, "unmatched"]
    'no participant is called "Atlantis"'
    """
    if not isinstance(df, pd.DataFrame):
        raise ArgumentError(f"annotate() takes a pandas DataFrame, not {type(df).__name__}")
    if country not in df.columns:
        raise ArgumentError(f"country={country!r}: no such column; the columns are {list(df.columns)}")
    t = _treaty(treaty)
    day = _day(as_of)
    names = [prefix + c for c in ADDED]
    clash = [c for c in names if c in df.columns]
    if clash:
        raise ArgumentError(
            f"the table already has the column(s) {clash}: give annotate() a prefix, e.g. prefix='hc_'"
        )
    distinct = _Distinct(df[country], t, text("system", system))
    info = json.loads(call(_engine.data_info, t, bool(embedded)))
    panel, caveat = _panel(t, day, bool(embedded), info["data_version"])
    # Outside the cache, so that every call for a day after the data warns.
    if caveat:
        warn_beyond([caveat])
    as_of_year = int((day or info["data_as_of"])[:4])
    if year is not None:
        years, has_year = _years(df, year)
    else:
        years, has_year = np.full(len(df), as_of_year, dtype="int64"), np.ones(len(df), dtype=bool)

    # Every answer is computed once per distinct (value, year), then taken
    # row by row.
    year_labels, year_values = pd.factorize(years)
    per_value = _codes().index.get_indexer(pd.Index(distinct.codes, dtype=object))
    pairs = pd.MultiIndex.from_product([pd.Index(distinct.codes, dtype=object), year_values])
    per_pair = panel.index.get_indexer(pairs).reshape(len(distinct.codes), len(year_values))
    outside = pd.notna(distinct.codes) & ~distinct.inside
    per_pair[outside, :] = -1
    rows = per_pair[distinct.labels, year_labels]
    value_rows = per_value[distinct.labels]

    out = df.copy()
    out[prefix + "code"] = pd.Series(distinct.codes[distinct.labels], index=out.index, dtype="string")
    table = _codes()
    for c in ["participant_name", *CODE_COLUMNS]:
        out[prefix + c] = _take(table[c], value_rows, out.index)
    # (An as-of day before the treaty opened has an empty panel.)
    panel_codes = panel["status"].cat.codes.to_numpy()
    status_codes = np.full(len(rows), -1, dtype="int64")
    status_codes[rows >= 0] = panel_codes[rows[rows >= 0]]
    status_codes[outside[distinct.labels]] = STATUS_ORDER.index("outside")
    status_code = _take(panel["status_code"], rows, out.index)
    observed_on = _take(panel["observed_on"], rows, out.index)
    opened = int(panel.index.get_level_values(1).min()) if len(panel) else as_of_year + 1
    before = distinct.inside[distinct.labels] & (rows < 0) & has_year & (years < opened)
    _not_yet_open(before, years, status_codes, status_code, observed_on, day or info["data_as_of"])
    rows = np.where(before, 0, rows)  # answered: not counted as without a status
    out[prefix + "status"] = pd.Categorical.from_codes(status_codes, dtype=STATUS_DTYPE)
    out[prefix + "status_code"] = status_code
    out[prefix + "observed_on"] = observed_on
    out[prefix + "unmatched"] = pd.Series(distinct.why[distinct.labels], index=out.index, dtype="string")
    matched_without_status = int((distinct.inside[distinct.labels] & (rows < 0)).sum())
    _warn(len(df), distinct.why[distinct.labels], matched_without_status, panel)
    out.attrs.update(df.attrs)
    out.attrs.update({"treaty": info["short_name"], "data_version": info["data_version"],
                      "as_of": day or info["data_as_of"]})
    return out


def _warn(n: int, why: np.ndarray, no_status: int, panel: pd.DataFrame) -> None:
    missing = pd.Series(why, dtype=object).dropna()
    if len(missing):
        distinct = missing.unique()
        examples = "; ".join(str(x) for x in distinct[:3])
        warnings.warn(
            f"{len(missing)} of {n} row(s) matched no participant ({len(distinct)} distinct reason(s), "
            f"e.g. {examples}); they are kept, with the reason in the `unmatched` column",
            UnmatchedWarning,
            stacklevel=3,
        )
    if no_status:
        span = panel.index.get_level_values(1)
        warnings.warn(
            f"{no_status} matched row(s) have a year that is missing or after {span.max()} "
            f"(the year of the day asked): their status is empty",
            UnmatchedWarning,
            stacklevel=3,
        )
