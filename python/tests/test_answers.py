"""The package's answers against the `hanoi` tool's (the same documents,
counts and rows) and against facts known independently of the crate."""

from __future__ import annotations

import datetime as dt
import io
import json
import warnings

import pandas as pd

from hanoi_convention import _frames
import pytest

import hanoi_convention as hc

TREATY_DAYS = [("hanoi", None), ("hanoi", "2025-10-26"), ("hanoi", "2025-12-01"),
               ("budapest", "2004-07-01"), ("budapest", None), ("cets224", None)]


def test_versions_match_the_tool(hanoi, hanoi_json):
    version = hanoi("--version").stdout
    assert version.split()[1] == hc.__version__
    assert f"hanoi {hc.DATA_VERSION}" in version
    doc = hanoi_json("status")
    assert hc.DATA_VERSION == doc["data_version"]
    assert hc.DATA_AS_OF == dt.date.fromisoformat(doc["data_as_of"])
    assert isinstance(hc.DATA_AS_OF, dt.date)


@pytest.mark.parametrize("treaty,day", TREATY_DAYS)
def test_status_is_the_tools_document(hanoi_json, treaty, day):
    args = ["--treaty", treaty] + (["--as-of", day] if day else [])
    s = hc.status(treaty=treaty, as_of=day)
    doc = hanoi_json(*args, "status")
    assert s.to_dict() == doc
    # The attributes read at once agree with the document.
    assert s.entry_into_force == hc.EntryIntoForce.of(doc["entry_into_force"])
    assert (s.signatories, s.parties, s.instruments_counted) == tuple(
        hc.CountRange.of(doc[k]) for k in ["signatories", "parties", "instruments_counted"])
    assert (s.instruments_required, s.in_force) == (doc["instruments_required"], doc["in_force"])
    assert (str(s.as_of), s.data_version, str(s.data_as_of)) == (doc["as_of"], doc["data_version"], doc["data_as_of"])
    if day:
        assert s.as_of == dt.date.fromisoformat(day)


def test_status_facts():
    # 72 States signed at the ceremony in Hanoi (25-26 October 2025).
    s = hc.status(as_of=dt.date(2025, 10, 26))
    assert s.signatories.certain == 72 and s.signatories.known
    assert s.parties.certain == 0
    assert s.entry_into_force.state == "not_yet" and s.entry_into_force.required == 40
    assert s.by_group["signatories_certain"].sum() == 72
    assert str(s.by_group["signatories_certain"].dtype) == "Int64"
    assert len(s.signatory_list) == 72 and s.signatory_list["certain"].all()
    assert "signatories: 72" in repr(s) and "2025-10-26" in repr(s)
    # Budapest: in force on 1 July 2004.
    b = hc.status("budapest", as_of="2004-07-01")
    assert b.entry_into_force.first == dt.date(2004, 7, 1)
    assert b.in_force == "yes"


def test_a_window_is_a_range():
    # Fiji signed on a day between 20 November and 29 December 2025.
    s = hc.status(as_of="2025-12-01")
    assert not s.signatories.known
    assert s.signatories.possible == s.signatories.certain + 1
    assert "FJI" in set(s.signatory_list.loc[~s.signatory_list["certain"], "code"])


def test_days_as_dates_and_strings_agree():
    assert hc.status(as_of=dt.date(2025, 12, 31)).to_dict() == hc.status(as_of="2025-12-31").to_dict()
    assert hc.status(as_of=dt.datetime(2025, 12, 31, 15)).as_of == dt.date(2025, 12, 31)
    assert hc.status(as_of=pd.Timestamp("2025-12-31")).as_of == dt.date(2025, 12, 31)


@pytest.mark.parametrize("bad", ["2025-02-30", "31/12/2025", "yesterday"])
def test_a_bad_day_is_an_argument_error(bad):
    with pytest.raises(hc.ArgumentError) as e:
        hc.status(as_of=bad)
    assert isinstance(e.value, ValueError) and isinstance(e.value, hc.HanoiError)
    assert bad in str(e.value)


def test_a_day_before_the_treaty(hanoi):
    with pytest.raises(hc.ArgumentError) as e:
        hc.status(as_of="2020-01-01")
    tool = hanoi("--as-of", "2020-01-01", "status", check=False)
    assert tool.returncode != 0 and str(e.value) in tool.stderr


def test_unknown_treaty_view_universe_system_lang():
    with pytest.raises(hc.ArgumentError, match="expected one of hanoi, budapest, cets224"):
        hc.status(treaty="rome")
    with pytest.raises(hc.ArgumentError, match="view"):
        hc.export("long")
    with pytest.raises(hc.ArgumentError, match="universe"):
        hc.export("panel", universe="oecd")
    with pytest.raises(hc.ArgumentError, match="code system"):
        hc.find("816", system="cown")
    with pytest.raises(hc.ArgumentError, match="lang"):
        hc.export("wide", lang="xx")
    # Arguments of the wrong type: the package's error, not a TypeError.
    for call in [lambda: hc.find("816", system=5), lambda: hc.export(5), lambda: hc.cite(format=None),
                 lambda: hc.what_if(["FRA"]), lambda: hc.status(as_of=20251231),
                 lambda: hc.annotate(pd.DataFrame({"c": [816]}), country="c", system=["cow"])]:
        with pytest.raises(hc.ArgumentError):
            call()


def test_find_by_name_in_any_language_and_by_code(hanoi_json):
    for query in ["Vietnam", "Viet Nam", "VNM", "vn", "Việt Nam", "Вьетнам"]:
        assert hc.find(query).code == "VNM", query
    p = hc.find(816, system="cow")
    assert p.name == "Viet Nam" and p.codes["cow_n"] == 816  # COW's ccode for Viet Nam
    assert hc.find("816", system="cow_n").code == "VNM"
    assert hc.find(816.0, system="cow").code == "VNM"  # a code read by pandas as a float
    with pytest.raises(hc.NotFoundError):
        hc.find(float("nan"))
    assert p.to_dict() == hanoi_json("participant", "--code-system", "cow", "816")
    assert hc.find("Allemagne").code == "DEU" and hc.find("Đức").code == "DEU"
    assert "VNM" in repr(p) and "cow_n 816" in repr(p)


def test_find_misses_name_the_closest(hanoi):
    with pytest.raises(LookupError) as e:
        hc.find("Ukrane")
    assert isinstance(e.value, hc.NotFoundError) and isinstance(e.value, hc.HanoiError)
    assert e.value.suggestions == ["Ukraine"]
    tool = hanoi("participant", "Ukrane", check=False)
    assert tool.returncode == 1 and str(e.value) in tool.stderr
    with pytest.raises(hc.NotFoundError):
        hc.find(9999, system="cow")


def test_outside_the_treaty():
    with pytest.raises(hc.OutsideTreatyError, match="not among the participants"):
        hc.find("Viet Nam", treaty="budapest")
    assert hc.find("Japan", treaty="budapest").code == "JPN"


def test_no_panic_reaches_python():
    for query in ["\x00" * 10, "x" * 100_000, "", "   ", "é" * 300, "\ud7ff"]:
        with pytest.raises(hc.NotFoundError):
            hc.find(query)


def test_participants(hanoi, hanoi_json):
    p = hc.participants()
    roster = hanoi_json("participants")
    assert sorted(p["code"]) == sorted(r["code"] for r in roster["participants"])
    assert len(p) == len(roster["participants"]) == 198
    standing = {r["code"]: r["standing"] for r in roster["participants"]}
    assert all(p["standing"].astype(str) == p["code"].map(standing))
    for column in ["iso2", "iso3", "iso_numeric", "m49", "cow_n", "cow_c", "gw_n", "regional_group", "member_of"]:
        assert column in p.columns
    assert str(p["cow_n"].dtype) == "Int64" and str(p["m49"].dtype) == "Int64"
    assert str(p["signature_first"].dtype).startswith("datetime64")
    fji = p.set_index("code").loc["FJI"]
    assert (fji.signature_first.date(), fji.signature_last.date()) == (dt.date(2025, 11, 20), dt.date(2025, 12, 29))
    # Namibia's alpha-2 code is "NA", not a missing value.
    assert p.set_index("code").loc["NAM", "iso2"] == "NA"
    assert p.loc[p.code == "EU", "cow_n"].isna().all()
    fr = hc.participants(lang="fr")
    assert list(fr.columns[:3]) == ["code", "name", "name_fr"]
    assert fr.set_index("code").loc["DEU", "name_fr"] == "Allemagne"


def _as_tool_text(df: pd.DataFrame) -> pd.DataFrame:
    """A typed export written back as the tool's text: days as
    YYYY-MM-DD, windows as first..last, integers without decimals."""
    out = pd.DataFrame(index=df.index)
    columns = list(df.columns)
    i = 0
    while i < len(columns):
        c = columns[i]
        s = df[c]
        own = {first: text for text, first in _frames.OWN_DAYS.items()}
        if c in own and i + 1 < len(columns) and columns[i + 1] == c[:-6] + "_last":
            # The crate's own first and last days: the tool writes the text too.
            first = s.dt.strftime("%Y-%m-%d")
            last = df[columns[i + 1]].dt.strftime("%Y-%m-%d")
            out[own[c]] = first.where(first == last, first + ".." + last).fillna("")
            out[c] = first.fillna("")
            out[columns[i + 1]] = last.fillna("")
            i += 2
            continue
        pair = c.endswith("_first") and i + 1 < len(columns) and columns[i + 1] == c[:-6] + "_last"
        if pair and str(s.dtype).startswith("datetime64"):
            first = s.dt.strftime("%Y-%m-%d")
            last = df[columns[i + 1]].dt.strftime("%Y-%m-%d")
            out[c[:-6]] = first.where(first == last, first + ".." + last).fillna("")
            i += 2
            continue
        if str(s.dtype).startswith("datetime64"):
            out[c] = s.dt.strftime("%Y-%m-%d").fillna("")
        else:
            out[c] = s.astype(object).where(s.notna(), "").astype(str)
        i += 1
    return out


VIEWS = [("events", "participants"), ("wide", "participants"), ("years", "participants"),
         ("panel", "participants"), ("panel", "un-members"), ("panel", "cow"), ("panel", "gw")]


@pytest.mark.parametrize("treaty", ["hanoi", "budapest", "cets224"])
@pytest.mark.parametrize("view,universe", VIEWS)
def test_export_rows_are_the_tools(hanoi, treaty, view, universe):
    args = ["--treaty", treaty, "export", "--view", view]
    if view == "panel":
        args += ["--universe", universe]
    tool = pd.read_csv(io.StringIO(hanoi(*args).stdout), dtype=str, keep_default_na=False)
    df = hc.export(view, universe=universe, treaty=treaty)
    assert len(df) == len(tool)
    back = _as_tool_text(df)
    assert list(back.columns) == list(tool.columns)
    pd.testing.assert_frame_equal(back.reset_index(drop=True), tool.reset_index(drop=True), check_dtype=False)
    assert df.attrs["data_version"] == tool["data_version"].iloc[0]
    assert df.attrs["as_of"] == hc.data_source(treaty)["data_as_of"]
    assert hc.DATA_VERSION in df.attrs["citation"] or treaty != "hanoi"
    assert df.attrs["treaty"] and df.attrs["view"] == view


def test_export_on_a_past_day(hanoi):
    tool = pd.read_csv(io.StringIO(hanoi("--as-of", "2025-12-01", "export", "--view", "panel").stdout),
                       dtype=str, keep_default_na=False)
    df = hc.export("panel", as_of="2025-12-01")
    pd.testing.assert_frame_equal(_as_tool_text(df), tool, check_dtype=False)
    fji = df[df.code == "FJI"].iloc[0]
    assert fji.status == "unknown" and (fji.status_code_known, fji.status_code_possible) == (0, 2)


def test_export_dtypes():
    panel = hc.export("panel", universe="cow")
    assert panel["status"].cat.ordered and list(panel["status"].cat.categories) == hc.STATUS_ORDER
    # The documented lattice (docs/exports.md), in its order.
    documented = ["outside", "not_yet_open", "not_signed", "invited", "signed", "party", "in_force", "denounced", "unknown"]
    assert [x for x in hc.STATUS_ORDER if x in documented] == documented
    # The order of the labels is the order of their codes.
    budapest = hc.export("panel", treaty="budapest")
    coded = budapest.dropna(subset=["status_code"])
    assert coded["status"].nunique() >= 3
    by_label = coded.sort_values("status", kind="stable")["status_code"].to_numpy()
    assert (by_label[1:] >= by_label[:-1]).all()
    assert (panel["status"] > "outside").sum() == (panel["is_participant"] == 1).sum()
    for c in ["year", "cow_n", "gw_n", "status_code", "ieadb_status", "is_participant"]:
        assert str(panel[c].dtype) == "Int64", c
    assert str(panel["observed_on"].dtype).startswith("datetime64")
    wide = hc.export("wide")
    # The day-or-window text becomes the first and last days, as dates;
    # the days from the opening as integers.
    for text, act in [("signature", "signature"), ("instrument_date", "instrument"),
                      ("in_force_for", "in_force_for"), ("denunciation", "denunciation")]:
        assert text not in wide.columns
        assert str(wide[act + "_first"].dtype).startswith("datetime64")
        assert str(wide[act + "_last"].dtype).startswith("datetime64")
        assert str(wide[act + "_days_first"].dtype) == "Int64"
    events = hc.export("events")
    assert str(events["date_from"].dtype).startswith("datetime64")
    years = hc.export("years")
    assert str(years["signatories_certain"].dtype) == "Int64"


def test_un_members_panel_has_193_a_year_from_2011():
    panel = hc.export("panel", universe="un-members", treaty="budapest")
    per_year = panel.groupby("year").size()
    assert (per_year.loc[2011:] == 193).all() and len(per_year.loc[2011:]) >= 15


def test_cow_panel_merges_on_cow_and_year():
    panel = hc.export("panel", universe="cow")
    assert not panel.duplicated(["cow_n", "year"]).any()
    vnm = panel[(panel.cow_n == 816)]
    assert set(vnm["code"]) == {"VNM"}
    assert set(panel.loc[panel.cow_n == 347, "status"].astype(str)) == {"outside"}  # Kosovo


def test_a_day_after_the_data_warns():
    later = hc.DATA_AS_OF + dt.timedelta(days=30)
    with pytest.warns(hc.BeyondDataWarning):
        hc.export("wide", as_of=later)
    with pytest.warns(hc.BeyondDataWarning):
        assert hc.status(as_of=later).caveats


@pytest.mark.parametrize(
    "ask",
    [
        lambda day: hc.status(as_of=day),
        lambda day: hc.find("France", as_of=day),
        lambda day: hc.what_if({"FRA": "2027-03-01"}, as_of=day),
        lambda day: hc.participants(as_of=day),
        lambda day: hc.annotate(pd.DataFrame({"country": ["France"]}), as_of=day),
    ],
    ids=["status", "find", "what_if", "participants", "annotate"],
)
def test_every_answer_for_a_day_after_the_data_warns_once(ask):
    # The day after the data's last: a warning naming that last day, once.
    later = hc.DATA_AS_OF + dt.timedelta(days=1)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        ask(later)
    beyond = [w for w in caught if issubclass(w.category, hc.BeyondDataWarning)]
    assert len(beyond) == 1, [str(w.message) for w in caught]
    assert str(hc.DATA_AS_OF) in str(beyond[0].message)
    # On the data's last day: none.
    with warnings.catch_warnings():
        warnings.simplefilter("error", hc.BeyondDataWarning)
        ask(hc.DATA_AS_OF)


def test_what_if_is_the_tools(hanoi_json):
    w = hc.what_if({"FRA": "2027-03-01", "XXX": dt.date(2027, 1, 1)})
    assert w.to_dict() == hanoi_json("eif", "--assume", "FRA=2027-03-01", "--assume", "XXX=2027-01-01")
    v = w.verdicts.set_index("code")
    assert v.loc["FRA", "outcome"] == "counted" and v.loc["XXX", "outcome"] == "rejected"
    assert "known-participant" in v.loc["XXX", "problems"]
    assert w.then.counted.certain == w.from_data.counted.certain + 1
    assert hc.what_if({"France": "2027-03-01"}).verdicts.loc[0, "code"] == "FRA"
    assert "FRA 2027-03-01: counted" in repr(w)


def test_cite_is_the_tools(hanoi):
    for fmt in ["bibtex", "cff"]:
        assert hc.cite(fmt) == hanoi("cite", "--format", fmt).stdout
    assert " ".join(hc.cite("text").split()) == " ".join(hanoi("cite").stdout.split())
    assert hc.cite("bibtex", treaty="budapest") == hanoi("--treaty", "budapest", "cite", "--format", "bibtex").stdout
    with pytest.raises(hc.ArgumentError):
        hc.cite("apa")
    assert hc.cite("bibtex", as_of="2025-12-31") == hc.cite("bibtex")
    with pytest.raises(hc.ArgumentError, match="before"):
        hc.cite(as_of="2020-01-01")


MINE = ("participant\taction\tdate_from\tconfidence\tsource\n"
        "FRA\tsignature\t2025-01-01\thigh\tmy notes\n"
        "DEU\tsignature\t2025-02-30\thigh\tmy notes\n")


def test_validate_a_file_as_the_tool(tmp_path, hanoi):
    path = tmp_path / "mine.tsv"
    path.write_text(MINE)
    problems, unread = hc.validate(path)
    tool = json.loads(hanoi("validate", str(path), "--format", "json", check=False).stdout)["files"][0]
    assert list(problems["message"]) == [p["detail"] for p in tool["problems"]]
    assert list(problems["rule"]) == ["signature-period", "format"]
    assert list(problems["article"].fillna("")) == ["64(1)", ""]
    assert list(problems["line"]) == [2, 3]
    assert list(unread["line"]) == [3]
    merged, _ = hc.validate(str(path), merged=True)
    assert len(merged) >= 1
    with pytest.raises(hc.DataFileError):
        hc.validate(tmp_path / "absent.tsv")


def test_validate_a_dataframe():
    df = pd.read_csv(io.StringIO(MINE), sep="\t", dtype=str)
    df.index = ["a", "b"]
    problems, unread = hc.validate(df)
    assert list(problems["row"]) == ["a", "b"]
    assert list(unread["row"]) == ["b"]
    good = df.iloc[:0]
    problems, _ = hc.validate(good)
    assert len(problems) == 1  # a header without records is refused, and said so


def test_help_teaches():
    doc = hc.__doc__ or ""
    for name in ["status", "participants", "find", "export", "annotate", "validate", "what_if", "cite"]:
        assert f":func:`{name}`" in doc
        assert ">>>" in (getattr(hc, name).__doc__ or ""), name


def test_a_known_count_is_its_number_and_an_open_one_says_so():
    s = hc.status(as_of="2025-10-26")
    assert s.signatories == 72 and s.signatories + 1 == 73 and int(s.signatories) == 72
    assert s.signatories > 70 and not s.signatories < 72
    # On 2025-12-01 Fiji's signature lies in a window: 73 to 74.
    open_count = hc.status(as_of="2025-12-01").signatories
    assert (open_count.certain, open_count.possible) == (73, 74)
    assert open_count > 70
    with pytest.raises(ValueError, match="window"):
        _ = open_count == 74
    with pytest.raises(ValueError, match="window"):
        int(open_count)


def test_an_input_read_two_ways_is_an_ambiguous_lookup():
    with pytest.raises(hc.AmbiguousError) as e:
        hc.find("nga")
    assert isinstance(e.value, LookupError) and isinstance(e.value, hc.NotFoundError)
    assert sorted(e.value.suggestions) == ["NGA", "RUS"]
    assert hc.find("NGA").code == "NGA"
