#!/usr/bin/env python3
"""Write data/participant_names.tsv: every participant's name in the six UN
languages and Vietnamese, from the Unicode CLDR's territory names, as the
npm package cldr-localenames-full ships them (the CLDR JSON data).

Run from the repository root, then regenerate the embedded tables:

    npm pack cldr-localenames-full@48.2.0 && tar xzf cldr-localenames-full-48.2.0.tgz
    python3 data/generate/cldr_names.py package
    HANOI_REGENERATE=1 cargo test --test generated

The UN's names are the names shown, in every language the UN records them in
(English: data/participants.tsv; Arabic, Chinese, French, Russian and
Spanish: the UN's short names in data/participant_un_names.tsv, which
data/generate/un_names.py writes first): CLDR's name is kept as an alias
where it differs, and left out where it is the same. Vietnamese names are
CLDR's. Where CLDR names a territory and
not the participant (the Holy See: "Vatican City"; the State of Palestine:
"Palestinian Territories"), the CLDR name is kept with a note saying so, and
the UN's own form in that language is a listed gap unless a source gives it
(data/participant_names_un.tsv, same columns, appended as it is).
"""
import json
import sys

LANGUAGES = ["ar", "zh", "en", "fr", "ru", "es", "vi"]
# ISO 3166-1 alpha-2 codes of the participants whose CLDR name is a
# territory's rather than the participant's.
TERRITORY_NOT_PARTICIPANT = {
    "VA": "CLDR names the territory (Vatican City); the participant is the Holy See",
    "PS": "CLDR names the territories; the participant is the State of Palestine",
}


def same(a: str, b: str) -> bool:
    """Whether two names are one (apostrophes and case aside)."""
    fold = lambda t: t.replace("\u2019", "'").casefold()  # noqa: E731
    return fold(a) == fold(b)


def main() -> None:
    package = sys.argv[1]
    meta = json.load(open(f"{package}/package.json", encoding="utf-8"))
    version = meta["version"]
    territories = {
        lang: json.load(open(f"{package}/main/{lang}/territories.json", encoding="utf-8"))["main"][lang][
            "localeDisplayNames"]["territories"]
        for lang in LANGUAGES
    }
    with open("data/participants.tsv", encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    header = lines[0].split("\t")
    rows = [dict(zip(header, l.split("\t"))) for l in lines[1:]]
    source = (f"Unicode CLDR {version.split('.')[0]} (npm cldr-localenames-full {version}, "
              f"https://github.com/unicode-org/cldr-json), territory ")
    # The UN's short names (kind `name`) in the other UN languages.
    with open("data/participant_un_names.tsv", encoding="utf-8") as f:
        un_lines = f.read().rstrip("\n").split("\n")
    un_header = un_lines[0].split("\t")
    un_name = {}
    for line in un_lines[1:]:
        u = dict(zip(un_header, line.split("\t")))
        if u["kind"] == "name":
            un_name[(u["participant"], u["language"])] = u["name"]
    out = ["participant\tlanguage\tname\tkind\tconfidence\tsource\tnote"]
    missing = []
    for r in rows:
        iso2 = r["iso2"] or ("EU" if r["code"] == "EU" else "")
        for lang in LANGUAGES:
            name = territories[lang].get(iso2) if iso2 else None
            if not name:
                missing.append((r["code"], lang))
                continue
            if lang == "en" and name == r["name"]:
                continue  # the UN's English name is the participant's name already
            un = un_name.get((r["code"], lang))
            if un is not None and same(un, name):
                continue  # the UN's name in this language, written by un_names.py
            note = TERRITORY_NOT_PARTICIPANT.get(iso2, "")
            if lang == "en" and not note:
                note = "CLDR's English name; the UN's is the participant's name"
            elif un is not None and not note:
                note = "CLDR's name; the UN's is the participant's name in this language"
            # `name`: the participant's name in that language; `alias`: a name
            # it is also found by (CLDR's English name, a territory's name).
            kind = "alias" if note else "name"
            out.append("\t".join([r["code"], lang, name, kind, "high", source + iso2, note]))
    try:
        with open("data/participant_names_un.tsv", encoding="utf-8") as f:
            extra = f.read().rstrip("\n").split("\n")[1:]
        out.extend(extra)
    except FileNotFoundError:
        pass
    with open("data/participant_names.tsv", "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(f"data/participant_names.tsv: {len(out) - 1} names from CLDR {version}; missing: {missing}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
