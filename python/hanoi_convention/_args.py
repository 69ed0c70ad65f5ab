"""The arguments every function takes: the treaty, the day, the data."""

from __future__ import annotations

import datetime as _dt
from typing import Optional, Union

from ._errors import ArgumentError

#: A day: a :class:`datetime.date` (or ``datetime``, ``pandas.Timestamp``)
#: or an ISO string ``"YYYY-MM-DD"``.
DayLike = Union[_dt.date, str]

TREATIES = ("hanoi", "budapest", "cets224")


def treaty_name(treaty: str) -> str:
    """``treaty`` checked: one of ``hanoi``, ``budapest``, ``cets224``."""
    if not isinstance(treaty, str):
        raise ArgumentError(
            f"treaty={treaty!r}: expected one of {', '.join(TREATIES)}"
        )
    t = treaty.strip().lower()
    if t not in TREATIES:
        raise ArgumentError(f"treaty={treaty!r}: expected one of {', '.join(TREATIES)}")
    return t


def day(as_of: Optional[DayLike]) -> Optional[str]:
    """``as_of`` as ``YYYY-MM-DD`` (``None``: the data's as-of date)."""
    if as_of is None:
        return None
    if isinstance(as_of, _dt.datetime):
        return as_of.date().isoformat()
    if isinstance(as_of, _dt.date):
        return as_of.isoformat()
    if isinstance(as_of, str):
        return as_of.strip()
    raise ArgumentError(
        f"as_of={as_of!r}: expected a datetime.date or a string YYYY-MM-DD"
    )


def text(name: str, value: object) -> Optional[str]:
    """An argument that must be text (a view, a universe, a code system, a
    language, a format), or ``None``."""
    if value is None or isinstance(value, str):
        return value
    raise ArgumentError(f"{name}={value!r}: expected a string")


def to_date(text: Optional[str]) -> Optional[_dt.date]:
    """A ``YYYY-MM-DD`` string as a date."""
    return None if text is None else _dt.date.fromisoformat(text)
