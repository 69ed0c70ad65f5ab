"""The package's exceptions and warnings: every error is a :class:`HanoiError`
carrying the crate's own message (file:line, field, rule, article)."""

from __future__ import annotations

import warnings
from typing import Any, Callable, Dict, Iterable, List, Optional, Type, TypeVar

from . import _engine

T = TypeVar("T")


class HanoiError(Exception):
    """The base class of every error the package raises.

    ``str(e)`` is the crate's message, the same words as the ``hanoi``
    tool's: the file and line, the field, the rule and its article, and
    what was expected.
    """


class NotFoundError(HanoiError, LookupError):
    """No participant has this name or code.

    ``suggestions`` holds the closest names (it may be empty)."""

    def __init__(self, message: str, suggestions: Optional[List[str]] = None) -> None:
        super().__init__(message)
        self.suggestions: List[str] = list(suggestions or [])


class OutsideTreatyError(NotFoundError):
    """The State is known, but is not among the treaty's participants
    (Viet Nam and the Budapest Convention, say)."""


class AmbiguousError(NotFoundError):
    """The input is the name of one participant and the code of another
    (``"nga"``: Nigeria's code, the Russian Federation's Vietnamese name):
    none is chosen silently. ``suggestions`` holds the codes it may mean;
    write a code in capitals, the name as it is written, or pass
    ``system="iso3"``.

    >>> import hanoi_convention as hc
    >>> try:
    ...     hc.find("nga")
    ... except hc.AmbiguousError as e:
    ...     sorted(e.suggestions)
    ['NGA', 'RUS']
    """


class InvalidDataError(HanoiError, ValueError):
    """Data that break a rule or cannot be read (a stored page, a file)."""


class ArgumentError(HanoiError, ValueError):
    """An argument the package cannot use: an unknown treaty, view,
    universe, code system or language, a day that is not ``YYYY-MM-DD``, or
    a day before the treaty existed."""


class DataFileError(HanoiError, OSError):
    """A file that cannot be read."""


class InternalError(HanoiError):
    """A failure inside the engine that should never happen: please report
    it, with the call that caused it."""


class UnmatchedWarning(UserWarning):
    """:func:`hanoi_convention.annotate` left rows unmatched (they are kept,
    with the reason in the ``unmatched`` column)."""


class BeyondDataWarning(UserWarning):
    """A day after the data's as-of date was asked: the data cannot say
    what happened since."""


def warn_beyond(caveats: Iterable[str], stacklevel: int = 3) -> None:
    """A :class:`BeyondDataWarning` for each caveat of an answer (the
    crate's words: a day after the data's as-of date); by default pointing
    at the caller of the public function that calls this."""
    for caveat in caveats:
        warnings.warn(caveat, BeyondDataWarning, stacklevel=stacklevel)


_KINDS: Dict[str, Type[HanoiError]] = {
    "not_found": NotFoundError,
    "ambiguous": AmbiguousError,
    "outside": OutsideTreatyError,
    "invalid": InvalidDataError,
    "usage": ArgumentError,
    "io": DataFileError,
    "internal": InternalError,
}


def _raise(e: Any) -> HanoiError:
    kind, message, suggestions = e.args if len(e.args) == 3 else ("error", str(e), [])
    cls = _KINDS.get(kind, HanoiError)
    if issubclass(cls, NotFoundError):
        return cls(message, list(suggestions))
    return cls(message)


def call(fn: Callable[..., T], *args: Any) -> T:
    """Calls the engine, its errors raised as :class:`HanoiError`."""
    try:
        return fn(*args)
    except _engine.EngineError as e:
        raise _raise(e) from None
    except TypeError as e:
        # An argument of the wrong type, refused by the engine's signature.
        raise ArgumentError(f"{e}: check the types of the arguments") from None
