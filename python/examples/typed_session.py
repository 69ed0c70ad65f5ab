"""A session as a researcher writes it, checked by `mypy --strict` against
the package's types (its inline annotations, `py.typed` and the engine's
`_engine.pyi`). Run: python examples/typed_session.py"""

from __future__ import annotations

import datetime as dt
import warnings
from typing import Dict, List, Optional, Tuple

import pandas as pd

import hanoi_convention as hc

version: str = hc.__version__
as_of: dt.date = hc.DATA_AS_OF

s: hc.Status = hc.status(as_of=dt.date(2025, 10, 26))
signed: int = s.signatories.certain
eif: hc.EntryIntoForce = s.entry_into_force
groups: pd.DataFrame = s.by_group
doc: Dict[str, object] = s.to_dict()

viet_nam: hc.Participant = hc.find(816, system="cow")
codes: Dict[str, object] = viet_nam.codes
try:
    hc.find("Atlantis")
except hc.NotFoundError as e:
    closest: List[str] = e.suggestions

panel: pd.DataFrame = hc.export("panel", universe="cow", as_of="2025-12-31")
people: pd.DataFrame = hc.participants(treaty="budapest", lang="fr")

mine = pd.DataFrame({"country": ["Vietnam", "Allemagne", None], "year": [2025, 2025, 2026]})
with warnings.catch_warnings():
    warnings.simplefilter("ignore", hc.UnmatchedWarning)
    out: pd.DataFrame = hc.annotate(mine, country="country", year="year")

actions = pd.DataFrame({"participant": ["FRA"], "action": ["signature"], "date_from": ["2025-10-25"],
                        "confidence": ["high"], "source": ["my notes"]})
checked: Tuple[pd.DataFrame, pd.DataFrame] = hc.validate(actions)
w: hc.WhatIf = hc.what_if({"FRA": "2027-03-01", "DEU": dt.date(2027, 3, 1)})
then: Optional[dt.date] = w.then.first
bibtex: str = hc.cite("bibtex")

assert signed == 72 and viet_nam.code == "VNM"
assert len(panel) > 0 and list(out["code"].fillna("-")) == ["VNM", "DEU", "-"]
print(f"hanoi_convention {version}: {signed} signatories on 2025-10-26; data as of {as_of}")
