#!/usr/bin/env python3
"""Write the UN's formal names of the participants in the UN's six languages
(ar, zh, en, fr, ru, es), and the UN's short names (ar, zh, fr, ru, es; the
English ones are the participants' names), as a TSV with the columns of
data/participant_names.tsv (participant, language, name, kind, confidence,
source, note; kind `formal` or `name`).

Sources, both downloadable and pinned:

1. The UN's list of country names in six languages that DGACM publishes for
   the Protocol and Liaison Service, drawn from UNTERM:
   https://www.un.org/dgacm/sites/www.un.org.dgacm/files/Documents_Protocol/unterm-efsrca.xlsx
   as the datasets/country-codes repository copied it to CSV (its script
   scripts/unterm_names.py: sheet "Worksheet1", first 12 columns, rows with
   all 12 cells filled): data/unterm_names.csv at commit
   a09b84ab199694aa3db18d7bfc15f632543db672
   (https://github.com/datasets/country-codes/blob/a09b84ab199694aa3db18d7bfc15f632543db672/data/unterm_names.csv).
   193 Member States, then the Holy See and the State of Palestine (marked
   "*") and Cook Islands and Niue (marked "**"). The European Union is not
   in it. The copy predates the UN's renaming of Türkiye (2022-06-02) and
   of Iceland's formal name (2022-10-20) and the Netherlands' short name
   (2023-03-10).
2. For those three, UN OCHA's Countries & Territories Taxonomy as the PyPI
   package hdx-python-country 4.2.5 ships it (file
   hdx/location/Countries & Territories Taxonomy MVP - C&T Taxonomy.csv,
   columns "English Short" ... "Arabic Short", "English Formal"); it is also
   used to cross-check every short name and English formal name of (1).

Run from the repository root (the CSV of (1) is kept verbatim as
data/generate/sources/unterm_names.csv; see the README there), then
regenerate the embedded tables:

    pip download --no-deps hdx-python-country==4.2.5 -d /tmp/hdx
    unzip -o -q /tmp/hdx/hdx_python_country-4.2.5-py3-none-any.whl -d /tmp/hdx/hdx-python-country
    python3 data/generate/un_names.py data/generate/sources/unterm_names.csv \
        /tmp/hdx/hdx-python-country data/participant_un_names.tsv
    HANOI_REGENERATE=1 cargo test --all-features --test generated

It writes every formal name, and every short name: one naming policy in
every language, the UN's names where the UN records them (in English too,
data/participants.tsv), CLDR's short names as aliases where they differ
(data/generate/cldr_names.py reads this table, so run this first). Vietnamese,
not a UN language, keeps CLDR's names.

Names are written without the article the UN's lists put before formal
names ("la Fédération de Russie" -> "Fédération de Russie"; en "the", fr
"le/la/les/l'", es "el/la/los/las") or after short names ("Fédération de
Russie (la)"), and without the lists' "*"/"**" marks; the note gives the
list's form whenever it differs. Nothing is translated or made up: a name
the sources do not give for a participant is left out and reported on
stderr.
"""
import csv
import hashlib
import re
import sys
import unicodedata

UNTERM_COMMIT = "a09b84ab199694aa3db18d7bfc15f632543db672"
# sha256 of the copy this table was first made from (the repository's text,
# CRLF line ends); a different hash is reported, not fatal.
UNTERM_SHA256 = "9259a94ae448e1c7a397a4b132c32e804ebe01e8011b5066dbd62b795fa54001"
HDX_VERSION = "4.2.5"
HDX_FILE = "hdx/location/Countries & Territories Taxonomy MVP - C&T Taxonomy.csv"

SRC_UNTERM = ("UN DGACM/Protocol list of country names from UNTERM, "
              "https://www.un.org/dgacm/sites/www.un.org.dgacm/files/Documents_Protocol/unterm-efsrca.xlsx, "
              f"as copied to github:datasets/country-codes:data/unterm_names.csv@{UNTERM_COMMIT}, column ")
SRC_HDX = (f"UN OCHA Countries & Territories Taxonomy as shipped in PyPI hdx-python-country {HDX_VERSION} "
           f"({HDX_FILE}), column ")

LANGUAGES = ["ar", "zh", "en", "fr", "ru", "es"]
COLUMN_LANGUAGE = {"ar": "Arabic", "zh": "Chinese", "en": "English", "fr": "French",
                   "ru": "Russian", "es": "Spanish"}
# The list's English short name where it is not the participant's name in
# data/participants.tsv.
CODE_BY_LIST_NAME = {"Czechia": "CZE", "Netherlands": "NLD", "Turkey": "TUR"}

FORMAL_ARTICLE = {"en": r"the ", "fr": r"(?:la |le |les |l'|l’)", "es": r"(?:el |la |los |las )"}
SHORT_ARTICLE = re.compile(r" \((?:the|l'|l’|la|le|les|el|los|las)\)$")
MARK = re.compile(r" \*{1,2}$")

# Names the UN changed after the DGACM copy was made, per OCHA's taxonomy
# (its "Reference Period Start"): for these the formal names in (1) are the
# old ones. code -> (languages whose formal name is taken from OCHA,
# languages whose old formal name is left out, languages kept from (1)
# with medium confidence, note).
RENAMED = {
    "TUR": ({"en"}, {"fr", "es"}, {"ar", "zh", "ru"},
            "the DGACM copy predates the UN's renaming of Türkiye (2022-06-02)"),
    "ISL": ({"en"}, {"ar", "zh", "fr", "ru", "es"}, set(),
            "the DGACM copy predates the UN's change of Iceland's formal name (2022-10-20)"),
}
# Short names taken from OCHA, the DGACM copy's being older.
SHORT_FROM_HDX = {"TUR": "renamed Türkiye at the UN on 2022-06-02",
                  "NLD": "UN short name changed on 2023-03-10"}
DOUBTFUL = {
    "NRU": "OCHA's taxonomy (hdx-python-country 4.2.5) names Nauru 'Naoero' (formal 'the Republic of "
           "Naoero'); Nauru's proposed renaming is not confirmed by any UN list found",
}
TERRITORY_ONLY = {"VAT", "PSE"}  # CLDR has only a territory's name (an alias)


def name_key(text):
    """An approximation of the crate's name key (src/base/fold.rs)."""
    out = []
    for word in re.split(r"[^\w'’ʼ]+", unicodedata.normalize("NFD", text.lower())):
        word = "".join(c for c in word if not unicodedata.category(c).startswith("M") and c not in "'’ʼ_")
        if word and word not in ("the", "and"):
            out.append(word)
    return "".join(out)


def reordered(name):
    if ", " in name:
        head, tail = name.rsplit(", ", 1)
        return f"{tail} {head}"
    if name.endswith(")") and " (" in name:
        head, tail = name[:-1].rsplit(" (", 1)
        return f"{tail} {head}"
    return None


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def unmark(text):
    """The text without the list's trailing "*"/"**" mark (and runs of spaces
    made one), and the mark ("" for none)."""
    text = text.strip()
    bare = MARK.sub("", text)
    return re.sub(r"  +", " ", bare), text[len(bare):].strip()


def formal_form(lang, text):
    text, _ = unmark(text)
    if lang in FORMAL_ARTICLE:
        stripped = re.sub("^" + FORMAL_ARTICLE[lang], "", text)
        if stripped != text:
            stripped = stripped[0].upper() + stripped[1:]
        return stripped
    return text


def short_form(text):
    text, _ = unmark(text)
    return SHORT_ARTICLE.sub("", text)


def main():
    unterm_path, hdx_dir, out_path = sys.argv[1:4]
    raw = open(unterm_path, "rb").read()
    digest = hashlib.sha256(raw).hexdigest()
    if digest != UNTERM_SHA256:
        print(f"note: {unterm_path} has sha256 {digest}, not {UNTERM_SHA256}", file=sys.stderr)
    with open(unterm_path, encoding="utf-8", newline="") as f:
        unterm = list(csv.DictReader(f))
    with open(f"{hdx_dir}/{HDX_FILE}", encoding="utf-8", newline="") as f:
        hdx = {r["ISO 3166-1 Alpha 3-Codes"]: r for r in csv.DictReader(f)}
    participants = read_tsv("data/participants.tsv")
    cldr = read_tsv("data/participant_names.tsv")
    code_by_name = {p["name"]: p["code"] for p in participants}
    code_by_name.update(CODE_BY_LIST_NAME)

    rows_by_code = {}
    for r in unterm:
        en = short_form(r["official_name_en"])
        code = code_by_name.get(en)
        if code is None:
            sys.exit(f"{unterm_path}: no participant named {en!r}")
        rows_by_code[code] = r
    missing = [p["code"] for p in participants if p["code"] not in rows_by_code]

    out = ["participant\tlanguage\tname\tkind\tconfidence\tsource\tnote"]
    left_out, mismatches = [], []
    for p in participants:
        code = p["code"]
        r = rows_by_code.get(code)
        if r is None:
            continue
        h = hdx.get(code)
        renamed = RENAMED.get(code)
        # Cross-check with OCHA's taxonomy (reported, not used, except below).
        if h:
            for lang in LANGUAGES:
                col = "official_name_en" if lang == "en" else f"UNTERM {COLUMN_LANGUAGE[lang]} Short"
                if short_form(r[col]) != h[f"{COLUMN_LANGUAGE[lang]} Short"]:
                    mismatches.append((code, lang, short_form(r[col]), h[f"{COLUMN_LANGUAGE[lang]} Short"]))
            if unmark(r["UNTERM English Formal"])[0] != h["English Formal"]:
                mismatches.append((code, "en formal", unmark(r["UNTERM English Formal"])[0], h["English Formal"]))
        for lang in LANGUAGES:
            col = f"UNTERM {COLUMN_LANGUAGE[lang]} Formal"
            raw = r[col].strip()
            listed, marked = unmark(raw)
            source, confidence, notes = SRC_UNTERM + col, "high", []
            if renamed and lang in renamed[1]:
                left_out.append((code, lang, "formal", f"{renamed[3]}; its form {raw!r} is no longer current "
                                 "and no UN list found gives the new one"))
                listed = None
            elif renamed and lang in renamed[0]:
                raw = h["English Formal"]
                listed, marked = unmark(raw)
                source, confidence = SRC_HDX + "English Formal", "medium"
                notes.append(f"{renamed[3]}; taken from OCHA's taxonomy")
            elif renamed and lang in renamed[2]:
                confidence = "medium"
                notes.append(f"{renamed[3]}; kept as the formal name in this language, whose short name "
                             f"OCHA's taxonomy also keeps ({h[COLUMN_LANGUAGE[lang] + ' Short']})")
            if listed is not None:
                name = formal_form(lang, listed)
                if name != listed or listed != MARK.sub("", raw):
                    notes.insert(0, f"list form: {MARK.sub('', raw)}")
                if marked:
                    notes.append(f"marked {marked!r} in the UN list (the copy lacks the footnote saying what "
                                 "the mark means)")
                if code in DOUBTFUL:
                    confidence = "medium"
                    notes.append(DOUBTFUL[code])
                out.append("\t".join([code, lang, name, "formal", confidence, source, "; ".join(notes)]))
            # The UN's short name, where it differs from CLDR's name.
            if lang == "en":
                continue
            scol = f"{COLUMN_LANGUAGE[lang]} Short"
            if code in SHORT_FROM_HDX:
                raw, source = h[scol], SRC_HDX + scol
                notes, confidence = [SHORT_FROM_HDX[code] + "; taken from OCHA's taxonomy"], "medium"
            else:
                raw, source = r["UNTERM " + scol].strip(), SRC_UNTERM + "UNTERM " + scol
                notes, confidence = [], "high"
            short, marked = short_form(raw), unmark(raw)[1]
            if short != MARK.sub("", raw):
                notes.insert(0, f"list form: {MARK.sub('', raw)}")
            if marked:
                notes.append(f"marked {marked!r} in the UN list")
            if "_" in short:
                confidence = "low"
                notes.append("'_' as OCHA's taxonomy writes it (the DGACM list writes such qualifiers "
                             "with ' - ', e.g. 'بوليفيا (دولة - المتعددة القوميات)')")
            # The UN's short name is the name shown, in every UN language as in
            # English; CLDR's, where it differs, is an alias (data/generate/cldr_names.py).
            if code in TERRITORY_ONLY:
                notes.append("UN short name; CLDR has only the territory's name (kept as an alias)")
            if code in DOUBTFUL:
                confidence = "medium"
                notes.append(DOUBTFUL[code])
            out.append("\t".join([code, lang, short, "name", confidence, source, "; ".join(notes)]))

    # Every name, old and new, must still find one participant.
    keys = {}
    names = [(p["code"], p["name"]) for p in participants]
    names += [(p["code"], a) for p in participants for a in p["aliases"].split(";") if a]
    names += [(r["participant"], r["name"]) for r in cldr]
    names += [(line.split("\t")[0], line.split("\t")[2]) for line in out[1:]]
    for code, name in names:
        for form in filter(None, [name, reordered(name)]):
            keys.setdefault(name_key(form), set()).add(code)
    clashes = {k: v for k, v in keys.items() if len(v) > 1}

    with open(out_path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(f"{out_path}: {len(out) - 1} rows for {len(rows_by_code)} participants; "
          f"no UN list row for {missing}", file=sys.stderr)
    for item in left_out:
        print("left out:", *item, file=sys.stderr)
    for item in mismatches:
        print("DGACM copy vs OCHA taxonomy:", *item, file=sys.stderr)
    for key, codes in clashes.items():
        print(f"CLASH: key {key!r} finds {sorted(codes)}", file=sys.stderr)
    if clashes:
        sys.exit(1)


if __name__ == "__main__":
    main()
