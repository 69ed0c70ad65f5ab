"""The crate's CSV exports as pandas DataFrames with real dtypes.

- day columns (``observed_on``, ``date_from``, ``date_to``): ``datetime64``;
- day-or-window columns (``signature``, ``instrument_date``,
  ``in_force_for``, ``denunciation``, and any other column whose cells are
  days or windows ``first..last``): two ``datetime64`` columns,
  ``<column>_first`` and ``<column>_last``, in its place;
- codes, years and counts: nullable ``Int64``;
- ``status``: an ordered categorical in the lattice's order;
- enumerations (kind, group, yes/no/unknown, ...): ``category``;
- any other text: the ``string`` dtype. Only an empty cell is missing:
  Namibia's ``iso2`` stays ``"NA"``.
"""

from __future__ import annotations

import io
import re
from typing import Dict, Iterable, List

import pandas as pd

#: The status lattice, in the crate's order (``PanelStatus::ALL``):
#: ``outside`` first, then the stages by their codes 0-5, then ``unknown``
#: (a date window covers the day: see ``status_code_known`` and
#: ``status_code_possible`` for its bounds).
STATUS_ORDER: List[str] = [
    "outside",
    "not_signed",
    "invited",
    "signed",
    "party",
    "in_force",
    "denounced",
    "unknown",
]

INT_COLUMNS = {
    "iso_numeric",
    "m49",
    "cow_n",
    "gw_n",
    "year",
    "is_participant",
    "status_code",
    "status_code_known",
    "status_code_possible",
    "ieadb_status",
    "signatories_certain",
    "signatories_possible",
    "parties_certain",
    "parties_possible",
    "instruments_certain",
    "instruments_possible",
}
DATE_COLUMNS = {"observed_on", "date_from", "date_to"}
WINDOW_COLUMNS = {"signature", "instrument_date", "in_force_for", "denunciation"}
CATEGORY_COLUMNS = {
    "kind",
    "regional_group",
    "member_of",
    "signed",
    "party",
    "in_force",
    "universe",
    "group",
    "action",
    "confidence",
    "place",
    "signature_place",
    "instrument",
    "standing",
}
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DAY_OR_WINDOW = re.compile(r"^\d{4}-\d{2}-\d{2}(\.\.\d{4}-\d{2}-\d{2})?$")


def _dates(s: "pd.Series[str]") -> "pd.Series":
    return pd.to_datetime(s, format="%Y-%m-%d")


def _split_window(s: "pd.Series[str]") -> "tuple[pd.Series, pd.Series]":
    """A column of days or windows ``first..last`` as its first and last days."""
    s = s.astype(object)
    # A day is 10 characters; a window is two days joined by "..".
    first = s.map(lambda v: v[:10], na_action="ignore")
    last = s.map(lambda v: v[-10:], na_action="ignore")
    return _dates(first), _dates(last)


def _looks(s: "pd.Series[str]", pattern: "re.Pattern[str]") -> bool:
    values = s.dropna()
    return len(values) > 0 and bool(values.map(lambda v: bool(pattern.match(v))).all())


def typed(df: pd.DataFrame) -> pd.DataFrame:
    """Gives each column of an export its dtype (see the module's doc)."""
    out: Dict[str, object] = {}
    for column in df.columns:
        s = df[column]
        if column in INT_COLUMNS:
            out[column] = pd.to_numeric(s).astype("Int64")
        elif column in DATE_COLUMNS:
            out[column] = _dates(s)
        elif column in WINDOW_COLUMNS or (
            column not in CATEGORY_COLUMNS and column != "status" and not _looks(s, _DAY)
            and _looks(s, _DAY_OR_WINDOW)
        ):
            out[f"{column}_first"], out[f"{column}_last"] = _split_window(s)
        elif column == "status":
            out[column] = pd.Categorical(s, categories=STATUS_ORDER, ordered=True)
        elif column in CATEGORY_COLUMNS:
            out[column] = s.astype("category")
        elif _looks(s, _DAY):
            out[column] = _dates(s)
        else:
            out[column] = s.astype("string")
    return pd.DataFrame(out, index=df.index)


def read_csv(text: str) -> pd.DataFrame:
    """An export's CSV text as a typed DataFrame."""
    df = pd.read_csv(
        io.StringIO(text), dtype=str, keep_default_na=False, na_values=[""]
    )
    return typed(df)


def frame(rows: Iterable[Dict[str, object]], columns: List[str]) -> pd.DataFrame:
    """Rows of a JSON document as a typed DataFrame (its values made text
    first, as in a CSV export)."""
    records = [
        {c: (None if r.get(c) is None else str(r.get(c))) for c in columns} for r in rows
    ]
    df = pd.DataFrame.from_records(records, columns=columns).astype(object)
    df = df.where(df.notna(), None)
    return typed(df)
