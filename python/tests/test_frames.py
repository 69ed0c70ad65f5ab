"""The CSV-to-DataFrame layer on its own: dtypes by column, the generic
rule for date columns a later version may add, and no silent loss."""

from __future__ import annotations

import pandas as pd
import pytest

import hanoi_convention as hc
from hanoi_convention import _frames

CSV = (
    "code,name,iso2,cow_n,signature,accepted_on,decided,status,note,data_version\n"
    "NAM,Namibia,NA,565,2025-10-25,2026-01-02,2025-11-01..2025-11-30,signed,,v1\n"
    "FJI,Fiji,FJ,950,2025-11-20..2025-12-29,,2025-12-01,unknown,a note,v1\n"
    "EU,European Union,,,,,,not_signed,,v1\n"
)


def test_dtypes_by_column():
    df = _frames.read_csv(CSV)
    assert list(df.columns) == [
        "code", "name", "iso2", "cow_n", "signature_first", "signature_last", "accepted_on",
        "decided_first", "decided_last", "status", "note", "data_version",
    ]
    assert df.loc[0, "iso2"] == "NA" and pd.isna(df.loc[2, "iso2"])
    assert str(df["cow_n"].dtype) == "Int64" and pd.isna(df.loc[2, "cow_n"])
    assert df.loc[1, "signature_first"] == pd.Timestamp("2025-11-20")
    assert df.loc[1, "signature_last"] == pd.Timestamp("2025-12-29")
    assert df.loc[0, "signature_first"] == df.loc[0, "signature_last"]
    # Columns the module does not know: all days, or days and windows.
    assert str(df["accepted_on"].dtype).startswith("datetime64")
    assert df.loc[0, "decided_last"] == pd.Timestamp("2025-11-30")
    assert df.loc[1, "decided_first"] == df.loc[1, "decided_last"] == pd.Timestamp("2025-12-01")
    assert str(df["note"].dtype) == "string"
    assert df["status"].cat.ordered and list(df["status"].cat.categories) == hc.STATUS_ORDER


def test_a_status_outside_the_lattice_is_an_error():
    with pytest.raises(hc.InternalError, match="ratified_twice"):
        _frames.read_csv("code,status\nFRA,ratified_twice\n")
