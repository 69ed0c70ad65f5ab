"""The answers that are not tables: a status, a participant, an
entry-into-force question. Each keeps the crate's JSON document
(``to_dict()``), has attributes for its parts and a readable ``repr``.

Tables inside them (lists of signatories, counts by group, a
participant's actions) are built when first read, so that a call such as
``hc.status()`` costs little.
"""

from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass
from typing import Any, Callable, Dict, List, Mapping, Optional, Tuple, cast

import pandas as pd

from ._frames import frame


def _date(text: Optional[str]) -> Optional[_dt.date]:
    return None if text is None else _dt.date.fromisoformat(text)


@dataclass(frozen=True)
class CountRange:
    """A count known to a range: ``certain`` counts only what the data
    place on or before the day; ``possible`` adds what a date window may
    place there. Equal when the count is known.

    A known count behaves as the integer it is (compared, added, used as
    an index); a count a window leaves open says so instead of guessing:
    comparing it with a number raises ``ValueError`` unless the answer is
    the same at both ends, and ``int()`` of it raises too.

    >>> CountRange(72, 72)
    72
    >>> CountRange(72, 72) == 72, CountRange(72, 72) + 1, int(CountRange(72, 72))
    (True, 73, 72)
    >>> CountRange(73, 74) > 70
    True
    >>> CountRange(73, 74) == 74
    Traceback (most recent call last):
    ...
    ValueError: the count is 73 to 74 (a date window covers the day): compare .certain or .possible
    """

    certain: int
    possible: int

    @property
    def known(self) -> bool:
        """True when the count is exact."""
        return self.certain == self.possible

    def __repr__(self) -> str:
        return str(self.certain) if self.known else f"{self.certain} to {self.possible}"

    def _exact(self) -> int:
        if not self.known:
            raise ValueError(
                f"the count is {self!r} (a date window covers the day): compare .certain or .possible"
            )
        return self.certain

    def _compare(self, other: object, op: Callable[[int, int], bool]) -> Any:
        if isinstance(other, CountRange):
            other_low, other_high = other.certain, other.possible
        elif isinstance(other, int) and not isinstance(other, bool):
            other_low = other_high = other
        else:
            return NotImplemented
        # The same answer at both ends of the range, or no answer.
        ends = {op(a, b) for a in (self.certain, self.possible) for b in (other_low, other_high)}
        if len(ends) != 1:
            raise ValueError(
                f"the count is {self!r} (a date window covers the day): compare .certain or .possible"
            )
        return ends.pop()

    def __eq__(self, other: object) -> bool:
        if isinstance(other, CountRange):
            return (self.certain, self.possible) == (other.certain, other.possible)
        if isinstance(other, int) and not isinstance(other, bool):
            return cast(bool, self._compare(other, lambda a, b: a == b))
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.certain, self.possible))

    def __lt__(self, other: object) -> bool:
        return cast(bool, self._compare(other, lambda a, b: a < b))

    def __le__(self, other: object) -> bool:
        return cast(bool, self._compare(other, lambda a, b: a <= b))

    def __gt__(self, other: object) -> bool:
        return cast(bool, self._compare(other, lambda a, b: a > b))

    def __ge__(self, other: object) -> bool:
        return cast(bool, self._compare(other, lambda a, b: a >= b))

    def __int__(self) -> int:
        return self._exact()

    def __index__(self) -> int:
        return self._exact()

    def __add__(self, other: int) -> int:
        return self._exact() + other

    __radd__ = __add__

    def __sub__(self, other: int) -> int:
        return self._exact() - other

    def __rsub__(self, other: int) -> int:
        return other - self._exact()

    @classmethod
    def of(cls, d: Mapping[str, Any]) -> "CountRange":
        return cls(int(d["certain"]), int(d["possible"]))


@dataclass(frozen=True)
class EntryIntoForce:
    """When the treaty enters (or entered) into force, as known on a day.

    ``state`` is ``not_yet`` (too few instruments: ``counted`` of
    ``required``), ``unknown`` (a date window covers the deciding deposit:
    if it had been made, entry into force falls between ``first`` and
    ``last``), ``on`` (the day: ``first`` equals ``last``) or ``within``
    (the day is known to a window ``first``..``last``).
    """

    state: str
    counted: Optional[CountRange] = None
    required: Optional[int] = None
    first: Optional[_dt.date] = None
    last: Optional[_dt.date] = None

    @classmethod
    def of(cls, d: Mapping[str, Any]) -> "EntryIntoForce":
        counted = CountRange.of(d["counted"]) if "counted" in d else None
        required = int(d["required"]) if "required" in d else None
        if "date" in d:
            day = _date(d["date"])
            return cls(d["state"], counted, required, day, day)
        window = d.get("window")
        if window is not None:
            return cls(d["state"], counted, required, _date(window["earliest"]), _date(window["latest"]))
        return cls(d["state"], counted, required)

    def __str__(self) -> str:
        if self.state == "not_yet":
            return f"not yet in force: {self.counted!r} of {self.required} instruments"
        if self.state == "on":
            return f"in force on {self.first}"
        if self.state == "within":
            return f"in force on a day from {self.first} to {self.last}"
        return (
            f"unknown: {self.counted!r} of {self.required} instruments; if the deciding one "
            f"had been deposited, in force on a day from {self.first} to {self.last}"
        )


class _Answer:
    """A JSON document of the crate and the data that made it (parsed from
    its text when first read)."""

    def __init__(self, doc: Optional[Dict[str, Any]], source: Optional[str], text: str = "") -> None:
        self._parsed: Optional[Dict[str, Any]] = doc
        self._json: str = text
        #: The stored depositary page the data include (``None``: the
        #: crate's own data).
        self.source: Optional[str] = source

    @property
    def _doc(self) -> Dict[str, Any]:
        if self._parsed is None:
            self._parsed = json.loads(self._json)
        return self._parsed

    @property
    def data_version(self) -> str:
        """The data that made the answer, e.g. ``2026-07-31.3``."""
        return str(self._doc["data_version"])

    @property
    def data_as_of(self) -> _dt.date:
        """The last day the data describe."""
        return _dt.date.fromisoformat(self._doc["data_as_of"])

    @property
    def treaty(self) -> str:
        """The treaty's short name, e.g. ``Hanoi Convention``."""
        return str(self._doc["treaty"])

    @property
    def caveats(self) -> List[str]:
        """Notes on the answer (e.g. a day after the data's as-of date)."""
        return [c["message"] for c in self._doc.get("caveats", [])]

    def to_dict(self) -> Dict[str, Any]:
        """The answer as the crate's JSON document (``hanoi ... --format
        json``, described in ``docs/json.md``), as a dict."""
        return dict(self._doc)

    def _footer(self) -> str:
        lines = [f"  data: {self.data_version} (as of {self.data_as_of})"]
        if self.source:
            lines.append(f"  data include: {self.source}")
        lines += [f"  note: {c}" for c in self.caveats]
        return "\n".join(lines)


class Status(_Answer):
    """The status of a treaty on a day (:func:`hanoi_convention.status`).

    The counts and entry into force are read at once; the lists and the
    counts by group are read from the crate's document when first asked.

    >>> import hanoi_convention as hc
    >>> s = hc.status(as_of="2025-10-26")
    >>> s.signatories.certain
    72
    >>> s.entry_into_force.state
    'not_yet'
    """

    def __init__(self, brief: Tuple[Any, ...], treaty: str, source: Optional[str]) -> None:
        json_text, versions, counts, required, in_force, eif = brief
        super().__init__(None, source, json_text)
        self._versions: Tuple[str, str, str] = versions
        self._counts: List[Tuple[int, int]] = list(counts)
        self._required: int = required
        self._in_force: str = in_force
        self._eif: Tuple[str, Optional[str], Optional[str]] = eif
        self._treaty_name = treaty

    @property
    def data_version(self) -> str:
        """The data that made the answer, e.g. ``2026-07-31.3``."""
        return self._versions[0]

    @property
    def data_as_of(self) -> _dt.date:
        """The last day the data describe."""
        return _dt.date.fromisoformat(self._versions[1])

    @property
    def as_of(self) -> _dt.date:
        """The day the status describes."""
        return _dt.date.fromisoformat(self._versions[2])

    @property
    def signatories(self) -> CountRange:
        """Signatories by that day."""
        return CountRange(*self._counts[0])

    @property
    def parties(self) -> CountRange:
        """Parties (those that had deposited an instrument of consent)."""
        return CountRange(*self._counts[1])

    @property
    def instruments_counted(self) -> CountRange:
        """Instruments the entry-into-force rule counts."""
        return CountRange(*self._counts[2])

    @property
    def instruments_required(self) -> int:
        """Instruments the rule needs (40 for the Hanoi Convention)."""
        return self._required

    @property
    def entry_into_force(self) -> EntryIntoForce:
        """When it enters into force, as known that day."""
        state, first, last = self._eif
        if state in ("on", "within"):
            return EntryIntoForce(state, None, None, _date(first), _date(last))
        return EntryIntoForce(state, self.instruments_counted, self._required, _date(first), _date(last))

    @property
    def in_force(self) -> str:
        """Whether it was in force that day: ``yes``, ``no`` or ``unknown``."""
        return self._in_force

    @property
    def by_group(self) -> pd.DataFrame:
        """Signatories and parties by group (UN regional groups for the
        Hanoi Convention), certain and possible."""
        rows = [
            {
                "group": g["group"],
                "signatories_certain": g["signatories"]["certain"],
                "signatories_possible": g["signatories"]["possible"],
                "parties_certain": g["parties"]["certain"],
                "parties_possible": g["parties"]["possible"],
            }
            for g in self._doc["by_group"]
        ]
        columns = ["group", "signatories_certain", "signatories_possible", "parties_certain", "parties_possible"]
        return frame(rows, columns)

    @property
    def signatory_list(self) -> pd.DataFrame:
        """The signatories: ``code``, ``name``, ``certain`` (False where a
        date window only may place the signature by that day)."""
        return _listed(self._doc["signatory_list"])

    @property
    def party_list(self) -> pd.DataFrame:
        """The parties, as :attr:`signatory_list`."""
        return _listed(self._doc["party_list"])

    def __repr__(self) -> str:
        groups = ", ".join(
            f"{g['group']} {CountRange.of(g['signatories'])!r}/{CountRange.of(g['parties'])!r}"
            for g in self._doc["by_group"]
        )
        return "\n".join(
            [
                f"<Status of the {self.treaty} on {self.as_of}>",
                f"  signatories: {self.signatories!r}",
                f"  parties: {self.parties!r}",
                f"  by group (signatories/parties): {groups}",
                f"  entry into force: {self.entry_into_force}",
                self._footer(),
            ]
        )


def _listed(rows: List[Dict[str, Any]]) -> pd.DataFrame:
    df = pd.DataFrame.from_records(rows, columns=["code", "name", "certain"])
    return df.astype({"code": "string", "name": "string", "certain": "bool"})


class Participant(_Answer):
    """One participant and its standing on a day
    (:func:`hanoi_convention.find`).

    >>> import hanoi_convention as hc
    >>> p = hc.find("Vietnam")
    >>> p.code, p.codes["cow_n"]
    ('VNM', 816)
    """

    @property
    def code(self) -> str:
        """Its code: ISO 3166-1 alpha-3, or ``EU``."""
        return str(self._doc["code"])

    @property
    def name(self) -> str:
        """Its name as the UN Treaty Collection writes it."""
        return str(self._doc["name"])

    @property
    def kind(self) -> str:
        """``un_member_state``, ``observer_state``, ``non_member_state`` or ``reio``."""
        return str(self._doc["kind"])

    @property
    def regional_group(self) -> Optional[str]:
        """The UN regional group it is counted in, if any."""
        g = self._doc.get("regional_group")
        return None if g is None else str(g)

    @property
    def member_of(self) -> Optional[str]:
        """The organisation among the participants it is a member State of (``EU``)."""
        m = self._doc.get("member_of")
        return None if m is None else str(m)

    @property
    def names(self) -> Dict[str, str]:
        """Its name in each language recorded (``ar``, ``en``, ``es``,
        ``fr``, ``ru``, ``vi``, ``zh``)."""
        return dict(self._doc.get("names", {}))

    @property
    def aliases(self) -> List[str]:
        """Other names it is found by."""
        return list(self._doc.get("aliases", []))

    @property
    def codes(self) -> Dict[str, Any]:
        """Its codes, by column name: ``iso2``, ``iso3``, ``iso_numeric``,
        ``m49``, ``cow_n``, ``cow_c``, ``gw_n`` (a system that assigns none
        is absent)."""
        return dict(self._doc.get("codes", {}))

    @property
    def as_of(self) -> _dt.date:
        """The day its status describes."""
        return _dt.date.fromisoformat(self._doc["as_of"])

    @property
    def status(self) -> Dict[str, Any]:
        """Its status that day, as the crate's JSON gives it (``stage``, and
        ``since`` with the window of the deciding action)."""
        return dict(self._doc["status"])

    @property
    def stage(self) -> str:
        """Its stage that day: ``not_signed``, ``signed``, ``party``, ... or ``unknown``."""
        return str(self._doc["status"].get("stage", "unknown"))

    @property
    def actions(self) -> pd.DataFrame:
        """Its treaty actions (the ``events`` view's columns)."""
        columns = [
            "participant", "action", "date_from", "date_to", "place", "provisions",
            "confidence", "source", "source_url", "source_note", "note", "notification",
        ]
        rows = [{k: (v if v != "" else None) for k, v in a.items()} for a in self._doc["actions"]]
        return frame(rows, columns)

    def __repr__(self) -> str:
        codes = ", ".join(f"{k} {v}" for k, v in sorted(self.codes.items()))
        since = self._doc["status"].get("since")
        when = ""
        if since:
            first, last = since["earliest"], since["latest"]
            when = f" ({first})" if first == last else f" (between {first} and {last})"
        return "\n".join(
            [
                f"<Participant {self.code}: {self.name}>",
                f"  {self.kind}; regional group: {self.regional_group or 'none'}",
                f"  codes: {codes or 'none'}",
                f"  {self.treaty} on {self.as_of}: {self.stage}{when}",
                self._footer(),
            ]
        )


class WhatIf(_Answer):
    """Entry into force with assumed deposits (:func:`hanoi_convention.what_if`).

    >>> import hanoi_convention as hc
    >>> w = hc.what_if({"FRA": "2027-03-01"})
    >>> w.verdicts.loc[0, "outcome"]
    'counted'
    """

    @property
    def as_of(self) -> _dt.date:
        """The day the data are taken on."""
        return _dt.date.fromisoformat(self._doc["as_of"])

    @property
    def rule(self) -> str:
        """The entry-into-force rule, in words, and its article."""
        return f"{self._doc['rule']} (art. {self._doc['article']})"

    @property
    def from_data(self) -> EntryIntoForce:
        """Entry into force from the data alone."""
        return EntryIntoForce.of(self._doc["entry_into_force"])

    @property
    def then(self) -> EntryIntoForce:
        """Entry into force with the assumptions that could be counted."""
        w = self._doc.get("what_if")
        return self.from_data if w is None else EntryIntoForce.of(w["then"])

    @property
    def verdicts(self) -> pd.DataFrame:
        """Each assumption's verdict: ``code``, ``date``, ``instrument``,
        ``outcome`` (``counted``, ``not_counted``, ``rejected``, ...) and why
        (``problems``, ``notes``, ``;``-separated)."""
        w = self._doc.get("what_if") or {"assumed": []}
        rows = [
            {
                "code": a.get("code"),
                "date": a.get("date"),
                "instrument": a.get("instrument"),
                "outcome": a.get("outcome"),
                "problems": "; ".join(a.get("problems", [])) or None,
                "notes": "; ".join(a.get("notes", [])) or None,
            }
            for a in w["assumed"]
        ]
        return frame(rows, ["code", "date", "instrument", "outcome", "problems", "notes"])

    def __repr__(self) -> str:
        w = self._doc.get("what_if") or {"assumed": []}
        lines = [
            f"<What if: the {self.treaty} on {self.as_of}>",
            f"  from the data: {self.from_data}",
        ]
        for a in w["assumed"]:
            why = "; ".join(a.get("problems", []) + a.get("notes", []))
            lines.append(f"  {a['code']} {a['date']}: {a['outcome']}" + (f" ({why})" if why else ""))
        lines.append(f"  then: {self.then}")
        lines.append(self._footer())
        return "\n".join(lines)
