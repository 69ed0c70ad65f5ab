"""The Rust engine (PyO3). Each function returns what the ``hanoi`` tool
prints with ``--format json`` (or ``hanoi export``'s CSV)."""

from typing import List, Optional, Tuple

class EngineError(Exception): ...

def version() -> str: ...
def status_order() -> List[str]: ...
def data_info(treaty: str, embedded: bool) -> str: ...
def status(treaty: str, as_of: Optional[str], embedded: bool) -> str: ...
def status_brief(
    treaty: str, as_of: Optional[str], embedded: bool
) -> Tuple[
    str,
    Tuple[str, str, str],
    List[Tuple[int, int]],
    int,
    str,
    Tuple[str, Optional[str], Optional[str]],
]: ...
def participant(
    treaty: str, as_of: Optional[str], embedded: bool, query: str, system: Optional[str]
) -> str: ...
def roster(treaty: str, as_of: Optional[str], embedded: bool) -> str: ...
def export_csv(
    treaty: str,
    as_of: Optional[str],
    embedded: bool,
    view: str,
    universe: str,
    lang: Optional[str],
) -> Tuple[str, Optional[str]]: ...
def resolve(
    treaty: str, values: List[Optional[str]], system: Optional[str]
) -> List[Tuple[Optional[str], bool, Optional[str]]]: ...
def validate(
    treaty: str,
    as_of: Optional[str],
    embedded: bool,
    path: str,
    text: Optional[str],
    merged: bool,
) -> str: ...
def eif(
    treaty: str, as_of: Optional[str], embedded: bool, assume: List[Tuple[str, str]]
) -> str: ...
def cite(treaty: str, as_of: Optional[str], embedded: bool, format: str) -> str: ...
