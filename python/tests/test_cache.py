"""A page stored by `hanoi refresh`: the package answers from the same
cache as the tool (the embedded data with the page applied), says so, and
`embedded=True` ignores it."""

from __future__ import annotations

import io
import json

import pandas as pd
import pytest

import hanoi_convention as hc

PAGE = """<?xml version="1.0"?><Document><Treaty><Header>
  <Chapter><Header>CHAPTER XVIII</Header><Name>PENAL MATTERS</Name></Chapter>
  <ExternalData><Numsect>16</Numsect><Titlesect>United Nations Convention against Cybercrime</Titlesect>
  <Status><Signatories>1</Signatories><Parties>1</Parties></Status></ExternalData></Header>
  <Participants><Table><TGroup cols="3"><Thead><Row><Entry>Participant</Entry><Entry>Signature</Entry>
  <Entry>Acceptance(A), Ratification, Approval(AA), Accession(a)</Entry></Row></Thead>
  <Tbody><Rows><Row><Entry>France</Entry><Entry>25 Oct 2025</Entry><Entry>10 Sep 2026</Entry></Row>
  </Rows></Tbody></TGroup></Table></Participants></Treaty></Document>"""


@pytest.fixture()
def stored(tmp_path, monkeypatch, hanoi):
    monkeypatch.setenv("HANOI_DATA_DIR", str(tmp_path / "data"))
    page = tmp_path / "XVIII-16.en.xml"
    page.write_text(PAGE)
    hanoi("--as-of", "2026-12-05", "refresh", "--from", str(page))
    return tmp_path


def test_answers_from_the_stored_page_as_the_tool(stored, hanoi, hanoi_json):
    s = hc.status()
    tool = hanoi_json("status")
    assert s.to_dict() == tool
    assert s.data_version.endswith("+untc:XVIII-16@2026-12-05")
    assert s.parties.certain == hc.status(embedded=True).parties.certain + 1
    assert s.source and "XVIII-16" in s.source and "data include" in repr(s)
    assert hc.status(embedded=True).to_dict() == hanoi_json("--embedded", "status")
    assert hc.status(embedded=True).source is None
    src = hc.data_source()
    assert src["stored_page"]["reference"] == "XVIII-16"
    assert hc.data_source(embedded=True)["stored_page"] is None
    # Exports, participants and citations too.
    tool_wide = pd.read_csv(io.StringIO(hanoi("export", "--view", "wide").stdout), dtype=str, keep_default_na=False)
    wide = hc.export("wide")
    assert wide.attrs["data_version"] == tool_wide["data_version"].iloc[0] == s.data_version
    assert "XVIII-16" in (wide.attrs["source"] or "")
    fra = wide.set_index("code").loc["FRA"]
    assert fra["instrument_first"] == pd.Timestamp("2026-09-10")
    assert hc.cite("bibtex") == hanoi("cite", "--format", "bibtex").stdout
    out = hc.annotate(pd.DataFrame({"country": ["France"]}))
    assert out.loc[0, "status"] == "party"
    assert hc.annotate(pd.DataFrame({"country": ["France"]}), embedded=True).loc[0, "status"] == "signed"


def test_a_damaged_cache_is_an_error_not_a_guess(stored):
    record = next((stored / "data").rglob("current.json"))
    page = next((stored / "data").rglob("pages/*.xml"))
    page.write_text(PAGE.replace("10 Sep 2026", "11 Sep 2026"))
    rec = json.loads(record.read_text())
    record.write_text(json.dumps(rec, indent=1))  # a new record file: read again
    with pytest.raises(hc.HanoiError, match="SHA-256"):
        hc.status()
    assert hc.status(embedded=True).data_version == hc.DATA_VERSION
