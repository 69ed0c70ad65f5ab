#!/usr/bin/env python3
"""Fill the `iso_name` and `official_name` columns of data/participants.tsv
from ISO 3166-1, as packaged by pycountry (which ships the Debian
iso-codes tables), and cite that source on every row it fills.

Run from the repository root, then regenerate the embedded tables:

    pip install pycountry==26.2.16
    python3 data/generate/iso_names.py
    HANOI_REGENERATE=1 cargo test --test generated

The script is idempotent: it rewrites the two columns and the citation.
"""
import importlib.metadata
import sys

import pycountry

PATH = "data/participants.tsv"
VERSION = importlib.metadata.version("pycountry")
CITE = f"iso names=ISO 3166-1 via pycountry {VERSION} (Debian iso-codes)"


def main() -> None:
    with open(PATH, encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    header = lines[0].split("\t")
    for column in ("iso_name", "official_name"):
        if column not in header:
            # New columns go after the aliases.
            header.insert(header.index("aliases") + 1 + (column == "official_name"), column)
    out = ["\t".join(header)]
    old_header = lines[0].split("\t")
    for line in lines[1:]:
        row = dict(zip(old_header, line.split("\t")))
        country = pycountry.countries.get(alpha_3=row["code"]) if len(row["code"]) == 3 else None
        row["iso_name"] = country.name if country else ""
        row["official_name"] = getattr(country, "official_name", "") if country else ""
        # pycountry writes "the State of Palestine"; the article is not part of the name.
        if row["official_name"].startswith("the "):
            row["official_name"] = row["official_name"][4:]
        for same in ("iso_name", "official_name"):
            if row[same] == row["name"]:
                row[same] = ""
        sources = [s for s in row["source"].split("; ") if not s.startswith("iso names=")]
        if row["iso_name"] or row["official_name"]:
            sources.append(CITE)
        row["source"] = "; ".join(sources)
        out.append("\t".join(row.get(h, "") for h in header))
    with open(PATH, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(f"{PATH}: ISO names from pycountry {VERSION}", file=sys.stderr)


if __name__ == "__main__":
    main()
