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

import csv
import io
from typing import Any, Dict, Iterable, List

import pandas as pd

from . import _engine
from ._errors import InternalError

#: The status lattice, in the crate's order (``Standing::ALL``):
#: ``outside`` first, then the stages by their codes 0-5, then ``unknown``
#: (a date window covers the day: see ``status_code_known`` and
#: ``status_code_possible`` for its bounds).
STATUS_ORDER: List[str] = _engine.status_order()

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
    "year_complete",
    "signature_days_first",
    "signature_days_last",
    "instrument_days_first",
    "instrument_days_last",
    "in_force_for_days_first",
    "in_force_for_days_last",
    "denunciation_days_first",
    "denunciation_days_last",
}
#: The crate's own first and last day columns of a day-or-window column:
#: where the export has them, the text column is not split again.
OWN_DAYS = {
    "signature": "signature_first",
    "instrument_date": "instrument_first",
    "in_force_for": "in_force_for_first",
    "denunciation": "denunciation_first",
}
DATE_COLUMNS = {"observed_on", "date_from", "date_to"} | {
    f"{act}_{end}"
    for act in ("signature", "instrument", "in_force_for", "denunciation")
    for end in ("first", "last")
}
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
_DAY = r"\d{4}-\d{2}-\d{2}"
_DAY_OR_WINDOW = r"\d{4}-\d{2}-\d{2}(?:\.\.\d{4}-\d{2}-\d{2})?"


def _dates(s: "pd.Series[str]") -> "pd.Series":
    return pd.to_datetime(s, format="%Y-%m-%d")


def _split_window(s: "pd.Series[Any]") -> "tuple[pd.Series, pd.Series]":
    """A column of days or windows ``first..last`` as its first and last days."""
    s = s.astype("string")
    # A day is 10 characters; a window is two days joined by "..".
    return _dates(s.str.slice(0, 10)), _dates(s.str.slice(-10))


#: Text columns of the exports: never taken for days.
TEXT_COLUMNS = {
    "code", "name", "unit", "iso2", "iso3", "cow_c", "gw_c", "participant", "provisions", "source",
    "source_url", "source_note", "note", "notification", "data_version", "reservations", "declarations", "origin",
    "group_membership", "other_group", "code_note",
}


def _looks(s: "pd.Series[Any]", pattern: str) -> bool:
    """True when every cell of ``s`` that is not empty matches ``pattern``."""
    values = s.dropna().astype(str)
    return len(values) > 0 and bool(values.str.fullmatch(pattern).all())


def _dtype(column: str) -> str:
    """The dtype a column is read with (days and windows are read as text
    and converted after)."""
    if column in INT_COLUMNS:
        return "Int64"
    if column in CATEGORY_COLUMNS:
        return "category"
    return "string"


def _finish(df: pd.DataFrame) -> pd.DataFrame:
    """Days, windows and the status lattice, in a frame whose other columns
    have their dtypes; a column of another name whose cells are all days
    (or windows) becomes dates too."""
    out: Dict[str, Any] = {}
    for column in df.columns:
        s = df[column]
        name = str(column)
        if name in DATE_COLUMNS:
            out[name] = _dates(s)
        elif name in OWN_DAYS and OWN_DAYS[name] in df.columns:
            # The export gives the first and last days itself.
            continue
        elif name in WINDOW_COLUMNS:
            out[f"{name}_first"], out[f"{name}_last"] = _split_window(s)
        elif name == "status":
            strange = sorted(set(s.dropna().astype(str)) - set(STATUS_ORDER))
            if strange:
                raise InternalError(f"a status outside the lattice {STATUS_ORDER}: {strange}")
            out[name] = pd.Categorical(s, categories=STATUS_ORDER, ordered=True)
        elif name in INT_COLUMNS or name in CATEGORY_COLUMNS or name in TEXT_COLUMNS or name.startswith("name_"):
            out[name] = s
        elif _looks(s, _DAY):
            out[name] = _dates(s)
        elif _looks(s, _DAY_OR_WINDOW):
            out[f"{name}_first"], out[f"{name}_last"] = _split_window(s)
        else:
            out[name] = s
    return pd.DataFrame(out, index=df.index)


def typed(df: pd.DataFrame) -> pd.DataFrame:
    """Gives each column of an export read as text its dtype (see the
    module's doc)."""
    cast: Dict[str, Any] = {}
    for column in df.columns:
        kind = _dtype(str(column))
        s: "pd.Series[Any]" = df[column]
        cast[column] = pd.to_numeric(s).astype("Int64") if kind == "Int64" else s.astype(pd.api.types.pandas_dtype(kind))
    return _finish(pd.DataFrame(cast, index=df.index))


def read_csv(text: str) -> pd.DataFrame:
    """An export's CSV text as a typed DataFrame: each column parsed into
    its dtype by pandas' reader, then days and windows converted."""
    header = next(csv.reader(io.StringIO(text.split("\n", 1)[0])), [])
    df = pd.read_csv(
        io.StringIO(text),
        dtype={c: _dtype(c) for c in header},
        keep_default_na=False,
        na_values=[""],
    )
    return _finish(df)


def frame(rows: Iterable[Dict[str, object]], columns: List[str]) -> pd.DataFrame:
    """Rows of a JSON document as a typed DataFrame (its values made text
    first, as in a CSV export)."""
    records = [
        {c: (None if r.get(c) is None else str(r.get(c))) for c in columns} for r in rows
    ]
    df = pd.DataFrame.from_records(records, columns=columns).astype(object)
    df = df.where(df.notna(), None)
    return typed(df)
