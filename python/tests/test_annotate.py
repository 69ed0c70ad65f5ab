"""`annotate` on a messy table: every row back, in order, matched where
the crate knows the name or code, the others kept with a reason."""

from __future__ import annotations

import datetime as dt
import io
import warnings

import numpy as np
import pandas as pd
import pytest

import hanoi_convention as hc

MESSY = pd.DataFrame(
    {
        "country": ["Vietnam", "Côte d'Ivoire", "Türkiye", "Allemagne", "Россия", "UK", "DPRK",
                    None, "Atlantis", "Kosovo", "  viet nam ", np.nan, "Fiji"],
        "year": [2025, 2025, 2026, 2025, 2026, 2025, 2025, 2025, 2025, 2025, np.nan, 2026, 2025],
        "gdp": np.arange(13, dtype=float),
    },
    index=[f"r{i}" for i in range(13)],
)
EXPECTED = ["VNM", "CIV", "TUR", "DEU", "RUS", "GBR", "PRK", None, None, None, "VNM", None, "FJI"]


def annotated(*args, **kwargs):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = hc.annotate(*args, **kwargs)
    return out, [w for w in caught if issubclass(w.category, hc.UnmatchedWarning)]


def test_every_row_back_in_order_with_its_codes(hanoi_json):
    out, caught = annotated(MESSY, country="country", year="year")
    assert list(out.index) == list(MESSY.index)
    pd.testing.assert_frame_equal(out[MESSY.columns], MESSY)
    assert [None if pd.isna(c) else c for c in out["code"]] == EXPECTED
    # Reasons: missing values, and the crate's message for a name it lacks.
    unmatched = out["unmatched"]
    assert unmatched.isna().sum() == sum(c is not None for c in EXPECTED)
    assert unmatched["r7"] == "missing value" and unmatched["r11"] == "missing value"
    assert unmatched["r8"].startswith('no participant is called "Atlantis"')
    assert "Kosovo" in unmatched["r9"]
    assert len(caught) >= 1 and "4 of 13 row(s) matched no participant" in str(caught[0].message)
    # The codes are the tool's.
    vnm = hanoi_json("participant", "VNM")["codes"]
    row = out.loc["r0"]
    for column in ["iso2", "iso3", "iso_numeric", "m49", "cow_n", "cow_c", "gw_n"]:
        assert row[column] == vnm[column], column
    assert out.loc["r3", "cow_n"] == 255 and out.loc["r3", "gw_n"] == 260  # Germany: COW 255, G&W 260
    assert str(out["cow_n"].dtype) == "Int64"
    assert out.loc["r5", "participant_name"] == "United Kingdom of Great Britain and Northern Ireland"


def test_status_by_year_is_the_panels():
    out, _ = annotated(MESSY, year="year")
    panel = hc.export("panel").set_index(["code", "year"])
    for label, row in out.iterrows():
        if pd.isna(row["code"]) or pd.isna(row["year"]):
            assert pd.isna(row["status"]), label
            continue
        expected = panel.loc[(row["code"], int(row["year"])), "status"]
        assert row["status"] == expected, label
    assert out["status"].cat.ordered
    # Fiji signed on a day between 20 November and 29 December 2025: known by the year's end.
    assert out.loc["r12", "status"] == "signed"
    assert out.loc["r12", "observed_on"] == pd.Timestamp("2025-12-31")


def test_status_without_year_is_on_as_of():
    out, _ = annotated(MESSY, as_of="2025-10-26")
    s = hc.status(as_of="2025-10-26")
    signed = set(s.signatory_list["code"])
    for _, row in out.dropna(subset=["code"]).iterrows():
        assert (row["status"] == "signed") == (row["code"] in signed)
    assert (out["observed_on"].dropna() == pd.Timestamp("2025-10-26")).all()


def test_codes_as_strings_and_numbers():
    df = pd.DataFrame({"ccode": [816, "816", 255.0, "2", np.nan, 9999, "abc", 347]})
    out, caught = annotated(df, country="ccode", system="cow")
    assert [None if pd.isna(c) else c for c in out["code"]] == ["VNM", "VNM", "DEU", "USA", None, None, None, None]
    assert out["unmatched"].iloc[5] == 'no participant has the code "9999" in Correlates of War State System Membership, numeric'
    assert len(caught) == 1
    floats = pd.DataFrame({"ccode": [816.0, np.nan, 2.0]})
    out, _ = annotated(floats, country="ccode", system="cow")
    assert list(out["code"].fillna("-")) == ["VNM", "-", "USA"]


def test_a_number_without_a_system_is_explained():
    out, _ = annotated(pd.DataFrame({"country": [816]}))
    assert "system=" in out.loc[0, "unmatched"]


def test_outside_the_treaty_is_found_and_outside():
    df = pd.DataFrame({"country": ["Viet Nam", "Japan", "Atlantis"]})
    out, _ = annotated(df, treaty="budapest")
    assert list(out["code"].fillna("-")) == ["VNM", "JPN", "-"]
    assert out.loc[0, "status"] == "outside" and out.loc[0, "cow_n"] == 816
    assert out.loc[1, "status"] in ("party", "in_force")
    assert out.attrs["treaty"] == "Budapest Convention"


def test_years_outside_the_data_are_counted():
    df = pd.DataFrame({"country": ["France", "France", "France"], "year": [2010, 2025, 2099]})
    out, caught = annotated(df, year="year")
    assert out["status"].isna().tolist() == [False, False, True]
    assert any("1 matched row(s) have a year" in str(w.message) for w in caught)


def test_years_before_the_treaty_opened_are_not_yet_open_as_in_the_panel(hanoi):
    df = pd.DataFrame({"country": ["France", "Vietnam", "Atlantis", "France"], "year": [2010, 2024, 2010, 2025]})
    out, _ = annotated(df, year="year")
    assert out["status"].astype(str).tolist()[:2] == ["not_yet_open", "not_yet_open"]
    assert pd.isna(out.loc[2, "status"])  # unmatched: no status
    assert out.loc[3, "status"] not in ("not_yet_open", None)
    # As the tool's panel exported from an earlier year says.
    csv = hanoi("export", "--view", "panel", "--from-year", "2010").stdout
    panel = pd.read_csv(io.StringIO(csv)).set_index(["code", "year"])
    for i in (0, 1):
        row = out.loc[i]
        want = panel.loc[(row["code"], int(df.loc[i, "year"]))]
        assert str(row["status"]) == want["status"]
        assert int(row["status_code"]) == int(want["status_code"])
        assert row["observed_on"] == pd.Timestamp(want["observed_on"])
    assert str(out["observed_on"].dtype).startswith("datetime64")
    assert str(out["status_code"].dtype) == "Int64"


def test_no_clobbering_and_prefix():
    df = pd.DataFrame({"country": ["France"], "iso3": ["xxx"]})
    with pytest.raises(hc.ArgumentError, match="prefix"):
        hc.annotate(df)
    out = hc.annotate(df, prefix="hc_")
    assert out.loc[0, "iso3"] == "xxx" and out.loc[0, "hc_iso3"] == "FRA"
    with pytest.raises(hc.ArgumentError, match="no such column"):
        hc.annotate(df, country="nation")
    with pytest.raises(hc.ArgumentError):
        hc.annotate([1, 2, 3])  # type: ignore[arg-type]


def test_large_table_keeps_every_row():
    names = ["Vietnam", "Germany", None, "Atlantis", "Türkiye"]
    df = pd.DataFrame({"country": names * 2000, "year": [2025, 2026] * 5000})
    out, _ = annotated(df, year="year")
    assert len(out) == len(df) and list(out.index) == list(df.index)
    assert out["code"].isna().sum() == 4000


def test_an_as_of_day_before_the_treaty_opened_is_not_yet_open():
    # The Hanoi Convention was adopted on 24 December 2024 and opened on 25 October 2025.
    df = pd.DataFrame({"country": ["France", "France"], "year": [2024, 2023]})
    out, _ = annotated(df, year="year", as_of="2024-12-30")
    assert out["status"].astype(str).tolist() == ["not_yet_open", "not_yet_open"]
    assert out["observed_on"].tolist() == [pd.Timestamp("2024-12-30"), pd.Timestamp("2023-12-31")]
    assert str(annotated(df[["country"]], as_of="2024-12-30")[0].loc[0, "status"]) == "not_yet_open"
