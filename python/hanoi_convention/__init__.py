"""The UN Convention against Cybercrime (the "Hanoi Convention"), the
Budapest Convention (CETS 185) and its Second Protocol (CETS 224), as
pandas DataFrames.

The answers are the Rust crate ``hanoi-convention``'s, the same as the
``hanoi`` command-line tool's; every fact in its data carries a source and
a confidence, and a date known only to a window stays a window (a
question inside it answers "unknown").

Start here::

    >>> import hanoi_convention as hc
    >>> hc.status(as_of="2025-10-26").signatories       # the Hanoi ceremony
    72
    >>> hc.find("Vietnam").codes["cow_n"]
    816
    >>> panel = hc.export("panel", universe="cow")      # a row per State-year
    >>> panel["status"].cat.ordered                     # the status lattice
    True
    >>> mine = hc.annotate(my_table, country="country", year="year")  # doctest: +SKIP

Functions (each takes ``treaty="hanoi" | "budapest" | "cets224"``,
``as_of=`` a ``datetime.date`` or ``"YYYY-MM-DD"``, default the data's
as-of date, and ``embedded=False``):

- :func:`status`: signatories, parties, counts by group, entry into force.
- :func:`participants`: a DataFrame, a row per participant, with every code.
- :func:`find`: one participant, by a name in any of seven languages or a code.
- :func:`export`: the ``events``, ``wide``, ``panel`` and ``years`` views.
- :func:`annotate`: your own DataFrame with codes and status added.
- :func:`validate`: the problems of an actions file or DataFrame.
- :func:`what_if`: entry into force with assumed deposits.
- :func:`cite`: how to cite the data.
- :func:`data_source`: which data the answers come from.

The data: where ``hanoi refresh`` stored the depositary's status page (under
``$HANOI_DATA_DIR`` or the platform's data directory), the answers come from
the embedded data with that page applied, as the tool's do; their
``data_version`` names the page (``...+untc:XVIII-16@2026-12-05``).
``embedded=True`` answers from the crate's own data.

Errors are :class:`HanoiError` (a name nothing matches:
:class:`NotFoundError`, also a ``LookupError``), with the crate's message.
"""

from __future__ import annotations

import datetime as _dt
import json as _json
import os as _os
from typing import Any, Dict, Mapping, Optional, Tuple, Union

import pandas as pd

from . import _engine
from ._annotate import _key as _cell_text, annotate
from ._args import DayLike, day as _day, text as _text, treaty_name as _treaty
from ._errors import (
    AmbiguousError,
    ArgumentError,
    BeyondDataWarning,
    DataFileError,
    HanoiError,
    InternalError,
    InvalidDataError,
    NotFoundError,
    OutsideTreatyError,
    UnmatchedWarning,
    call as _call,
    warn_beyond as _warn_beyond,
)
from ._frames import STATUS_ORDER, read_csv as _read_csv
from ._objects import CountRange, EntryIntoForce, Participant, Status, WhatIf

__all__ = [
    "__version__",
    "DATA_VERSION",
    "DATA_AS_OF",
    "STATUS_ORDER",
    "status",
    "participants",
    "find",
    "export",
    "annotate",
    "validate",
    "what_if",
    "cite",
    "data_source",
    "Status",
    "Participant",
    "WhatIf",
    "CountRange",
    "EntryIntoForce",
    "HanoiError",
    "NotFoundError",
    "AmbiguousError",
    "OutsideTreatyError",
    "InvalidDataError",
    "ArgumentError",
    "DataFileError",
    "InternalError",
    "UnmatchedWarning",
    "BeyondDataWarning",
]

#: The version of the crate compiled into the package (also the package's).
__version__: str = _engine.version()

_EMBEDDED = _json.loads(_call(_engine.data_info, "hanoi", True))
#: The version of the Hanoi Convention's embedded data, e.g. ``2026-07-31.3``
#: (the revision rises when facts are corrected). A stored page adds to it
#: in each answer's ``data_version``.
DATA_VERSION: str = _EMBEDDED["data_version"]
#: The last day the embedded data describe.
DATA_AS_OF: _dt.date = _dt.date.fromisoformat(_EMBEDDED["data_as_of"])


def _source(info: Mapping[str, Any]) -> Optional[str]:
    page = info.get("stored_page")
    if not page:
        return None
    return (
        f"the depositary's page {page['reference']} fetched {page['fetched_at']} "
        f"(stored by `hanoi refresh` in {page['record']}; embedded=True answers without it)"
    )


def data_source(treaty: str = "hanoi", embedded: bool = False) -> Dict[str, Any]:
    """Which data the answers come from: the treaty, the data version and
    as-of date, the embedded data's, and the stored page (``None`` when
    there is none), as ``hanoi refresh --status`` tells.

    >>> import hanoi_convention as hc
    >>> hc.data_source(embedded=True)["data_version"] == hc.DATA_VERSION
    True
    """
    info: Dict[str, Any] = _json.loads(_call(_engine.data_info, _treaty(treaty), bool(embedded)))
    info["data_as_of"] = _dt.date.fromisoformat(info["data_as_of"])
    info["embedded_data_as_of"] = _dt.date.fromisoformat(info["embedded_data_as_of"])
    info["source"] = _source(info)
    return info


def _info(treaty: str, embedded: bool) -> Dict[str, Any]:
    out: Dict[str, Any] = _json.loads(_call(_engine.data_info, treaty, embedded))
    return out


def status(
    treaty: str = "hanoi", as_of: Optional[DayLike] = None, embedded: bool = False
) -> Status:
    """The treaty's status on a day: signatories and parties (certain and
    possible), counts by group, instruments counted, entry into force.

    >>> import hanoi_convention as hc
    >>> s = hc.status(as_of="2025-10-26")
    >>> s.signatories.certain, s.parties.certain
    (72, 0)
    >>> int(s.by_group.set_index("group").loc["African", "signatories_certain"])
    21
    >>> hc.status("budapest", as_of="2004-07-01").entry_into_force.first
    datetime.date(2004, 7, 1)
    """
    t = _treaty(treaty)
    brief = _call(_engine.status_brief, t, _day(as_of), bool(embedded))
    s = Status(brief, t, _stored(t, embedded, brief[1][0]))
    # The document (and its caveats) is read only for a day after the data.
    if s.as_of > s.data_as_of:
        _warn_beyond(s.caveats)
    return s


def _stored(treaty: str, embedded: bool, data_version: str) -> Optional[str]:
    # Only data that include a page need to say which: the embedded
    # data's version has no "+".
    if embedded or "+untc:" not in data_version:
        return None
    return _source(_info(treaty, embedded))


def find(
    name_or_code: Union[str, int, float],
    system: Optional[str] = None,
    treaty: str = "hanoi",
    as_of: Optional[DayLike] = None,
    embedded: bool = False,
) -> Participant:
    """One participant, by a name in Arabic, Chinese, English, French,
    Russian, Spanish or Vietnamese (formal names, short names, aliases), or
    its code; with ``system`` (``iso2``, ``iso3``, ``iso-numeric``, ``m49``,
    ``cow``, ``cow-letters``, ``gw``), a code of that system.

    Raises :class:`NotFoundError` (a ``LookupError``) naming the closest
    names, or :class:`OutsideTreatyError` for a State the treaty's data do
    not list.

    >>> import hanoi_convention as hc
    >>> hc.find("Allemagne").code
    'DEU'
    >>> hc.find(816, system="cow").name
    'Viet Nam'
    >>> try:
    ...     hc.find("Ukrane")
    ... except LookupError as e:
    ...     print(e.suggestions)
    ['Ukraine']
    """
    t = _treaty(treaty)
    query = _cell_text(name_or_code)
    if query is None:
        raise NotFoundError(f"no participant is called {name_or_code!r}: expected a name or a code")
    doc = _json.loads(_call(_engine.participant, t, _day(as_of), bool(embedded), query, _text("system", system)))
    p = Participant(doc, _stored(t, embedded, doc["data_version"]))
    _warn_beyond(p.caveats)
    return p


def _attrs(
    df: pd.DataFrame, treaty: str, as_of: Optional[str], embedded: bool, **more: Any
) -> pd.DataFrame:
    info = _info(treaty, embedded)
    df.attrs.update(
        {
            "treaty": info["short_name"],
            "treaty_reference": info["reference"],
            "as_of": _dt.date.fromisoformat(as_of) if as_of else _dt.date.fromisoformat(info["data_as_of"]),
            "data_version": info["data_version"],
            "data_as_of": _dt.date.fromisoformat(info["data_as_of"]),
            "citation": _call(_engine.cite, treaty, None, embedded, "text"),
            "source": _source(info),
            **more,
        }
    )
    return df


def export(
    view: str,
    universe: str = "participants",
    treaty: str = "hanoi",
    as_of: Optional[DayLike] = None,
    lang: Optional[str] = None,
    embedded: bool = False,
) -> pd.DataFrame:
    """An export view as a DataFrame, the same rows as ``hanoi export``:

    - ``events``: a row per treaty action;
    - ``wide``: a row per participant, its codes and its actions' days;
    - ``panel``: a row per unit of ``universe`` (``participants``,
      ``un-members``, ``cow``, ``gw``) per year, with the status lattice;
    - ``years``: counts per year and group.

    Dtypes: days as ``datetime64``; a day-or-window column (``signature``,
    ``instrument_date``, ``in_force_for``, ``denunciation``) as two,
    ``<column>_first`` and ``<column>_last``; codes, years and counts as
    ``Int64``; ``status`` as an ordered categorical (:data:`STATUS_ORDER`).
    ``df.attrs`` holds ``treaty``, ``as_of``, ``data_version``,
    ``data_as_of``, ``citation``, ``view`` and ``universe``. ``lang`` adds
    ``name_<lang>`` after ``name``.

    >>> import hanoi_convention as hc
    >>> panel = hc.export("panel", universe="un-members", as_of="2025-12-31")
    >>> panel.groupby("year").size().tolist()
    [193]
    >>> int(hc.export("wide").set_index("code").loc["VNM", "cow_n"])
    816
    """
    t = _treaty(treaty)
    day = _day(as_of)
    text, caveat = _call(
        _engine.export_csv, t, day, bool(embedded), _text("view", view), _text("universe", universe), _text("lang", lang)
    )
    if caveat:
        _warn_beyond([caveat])
    df = _read_csv(text)
    return _attrs(df, t, day, bool(embedded), view=view, universe=universe if view == "panel" else None)


def participants(
    treaty: str = "hanoi",
    as_of: Optional[DayLike] = None,
    lang: Optional[str] = None,
    embedded: bool = False,
) -> pd.DataFrame:
    """A row per participant: ``code``, ``name`` (and ``name_<lang>``),
    ``kind``, ``regional_group``, ``member_of``, every code system
    (``iso2``, ``iso3``, ``iso_numeric``, ``m49``, ``cow_n``, ``cow_c``,
    ``gw_n``), its ``standing`` on the day (the crate's one lattice:
    ``not_signed``, ``signed``, ``party``, ``in_force``, ...), and the days of its signature, instrument of consent,
    entry into force for it and denunciation, each as ``_first`` and
    ``_last`` (equal when the day is known).

    >>> import hanoi_convention as hc
    >>> p = hc.participants()
    >>> len(p)
    198
    >>> fiji = p.set_index("code").loc["FJI"]       # signed on a day in a window
    >>> fiji.signature_first.date(), fiji.signature_last.date()
    (datetime.date(2025, 11, 20), datetime.date(2025, 12, 29))
    """
    t = _treaty(treaty)
    day = _day(as_of)
    df = export("wide", treaty=t, as_of=day, lang=lang, embedded=embedded)
    roster = _json.loads(_call(_engine.roster, t, day, bool(embedded)))
    standing = {r["code"]: r["standing"] for r in roster["participants"]}
    at = list(df.columns).index("member_of") + 1 if "member_of" in df.columns else len(df.columns)
    df.insert(at, "standing", df["code"].map(standing).astype("category"))
    df.attrs["view"] = "participants"
    return df


def validate(
    path_or_df: Union[str, "_os.PathLike[str]", pd.DataFrame],
    merged: bool = False,
    treaty: str = "hanoi",
    as_of: Optional[DayLike] = None,
    embedded: bool = False,
) -> Tuple[pd.DataFrame, pd.DataFrame]:
    """The problems of an actions file (TSV, CSV or JSON, the columns of
    ``data/actions.tsv``) or of a DataFrame with those columns, checked
    against the treaty's rules as ``hanoi validate`` does; with
    ``merged=True``, merged over the treaty's data first.

    Returns ``(problems, unread)``: a DataFrame of problems (``line``,
    ``field``, ``rule``, ``article``, ``message``, ``origin``), and one of the
    rows that could not be read (``line``, ``origin``). For a DataFrame, line
    2 is its first row and a ``row`` column gives the row's index label.
    No problem: two empty DataFrames.

    >>> import pandas as pd, hanoi_convention as hc
    >>> mine = pd.DataFrame({"participant": ["FRA"], "action": ["signature"],
    ...     "date_from": ["2025-01-01"], "confidence": ["high"], "source": ["my notes"]})
    >>> problems, unread = hc.validate(mine)
    >>> problems.loc[0, ["rule", "article"]].tolist()
    ['signature-period', '64(1)']
    """
    t = _treaty(treaty)
    day = _day(as_of)
    index = None
    if isinstance(path_or_df, pd.DataFrame):
        name, text = "DataFrame", path_or_df.to_csv(index=False)
        index = list(path_or_df.index)
    else:
        name, text = _os.fspath(path_or_df), None
        if not _os.path.isfile(name):
            raise DataFileError(f"{name}: cannot read: no such file")
    doc = _json.loads(_call(_engine.validate, t, day, bool(embedded), name, text, bool(merged)))
    report = doc["files"][0] if doc["files"] else {"problems": [], "unread": []}
    problems = pd.DataFrame.from_records(
        [
            {
                "line": p.get("line"),
                "field": p.get("field"),
                "rule": p.get("rule"),
                "article": p.get("article"),
                "message": p.get("detail"),
                "origin": p.get("origin"),
            }
            for p in report.get("problems", [])
        ],
        columns=["line", "field", "rule", "article", "message", "origin"],
    ).astype({"line": "Int64", "field": "string", "rule": "string", "article": "string",
              "message": "string", "origin": "string"})
    unread_lines = [_line_of(u) for u in report.get("unread", [])]
    unread = pd.DataFrame({"line": pd.array(unread_lines, dtype="Int64"),
                           "origin": pd.array(report.get("unread", []), dtype="string")})
    if index is not None:
        for df in (problems, unread):
            df["row"] = [index[int(n) - 2] if pd.notna(n) and 2 <= int(n) < len(index) + 2 else None
                         for n in df["line"]]
    return problems, unread


def _line_of(origin: str) -> Optional[int]:
    tail = origin.rsplit(":", 1)[-1]
    return int(tail) if tail.isdigit() else None


def what_if(
    assumptions: Mapping[str, DayLike],
    treaty: str = "hanoi",
    as_of: Optional[DayLike] = None,
    embedded: bool = False,
) -> WhatIf:
    """Entry into force if the participants named (codes, or names) had
    deposited instruments of consent on the days given, each assumption
    checked against the treaty's rules and given a verdict.

    >>> import hanoi_convention as hc
    >>> w = hc.what_if({"FRA": "2027-03-01", "DEU": "2027-03-01"})
    >>> w.then.counted.certain - w.from_data.counted.certain
    2
    """
    t = _treaty(treaty)
    if not isinstance(assumptions, Mapping):
        raise ArgumentError(
            f"what_if() takes a mapping of participants to days, e.g. {{'FRA': '2027-03-01'}}, "
            f"not {type(assumptions).__name__}"
        )
    assume = []
    for code, when in assumptions.items():
        d = _day(when)
        if d is None:
            raise ArgumentError(f"{code}: expected a day, found None")
        assume.append((str(code), d))
    doc = _json.loads(_call(_engine.eif, t, _day(as_of), bool(embedded), assume))
    w = WhatIf(doc, _stored(t, embedded, doc["data_version"]))
    _warn_beyond(w.caveats)
    return w


def cite(
    format: str = "text",
    treaty: str = "hanoi",
    as_of: Optional[DayLike] = None,
    embedded: bool = False,
) -> str:
    """How to cite the data: ``text``, ``bibtex`` or ``cff`` (a
    ``CITATION.cff`` for the data), naming the crate's version, the data
    version and as-of date, the sources, the licence and today as the day
    of access (as ``hanoi cite``). A citation names the data, whatever the
    day: ``as_of`` is only checked.

    >>> import hanoi_convention as hc
    >>> hc.DATA_VERSION in hc.cite(embedded=True)
    True
    """
    return _call(_engine.cite, _treaty(treaty), _day(as_of), bool(embedded), _text("format", format))
