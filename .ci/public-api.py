#!/usr/bin/env python3
"""The library's public API as rustdoc shows it, against the committed list.

Reads the HTML that `cargo doc --no-deps --all-features` wrote for the
library (items hidden with `#[doc(hidden)]` get no page, so they are not
listed) and writes one line per public item: its kind and path, and for
the crate's own structs, enums and traits their public fields, variants
and inherent methods. Items re-exported from jiff are listed without their
members (jiff's API is jiff's). The first lines count the items by kind.

    python3 .ci/public-api.py            # compare with docs/public-api.txt
    python3 .ci/public-api.py --bless    # rewrite docs/public-api.txt

Any change to the public API is then a reviewed diff of docs/public-api.txt.
No nightly toolchain is needed (cargo public-api needs rustdoc's JSON).
"""

import difflib
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "target" / "doc" / "hanoi_convention"
SNAPSHOT = ROOT / "docs" / "public-api.txt"

KINDS = {
    "struct": "struct",
    "enum": "enum",
    "trait": "trait",
    "type": "type",
    "fn": "fn",
    "constant": "const",
    "static": "static",
    "macro": "macro",
    "union": "union",
}
PAGE = re.compile(r"^(%s)\.(\w+)\.html$" % "|".join(KINDS))
# Inherent methods sit in the "implementations" list; trait impls follow it.
INHERENT = re.compile(r'id="implementations-list"(.*?)(id="(trait|synthetic|blanket)-implementations|$)', re.S)
MEMBER = re.compile(r'id="(method|structfield|variant|tymethod)\.(\w+)"')


def members(html: str) -> list[str]:
    names = {"structfield": "field", "variant": "variant", "tymethod": "method", "method": "method"}
    # Fields, variants and a trait's methods come before the impls.
    head = html.split('id="implementations"')[0].split('id="trait-implementations"')[0]
    found = {f"{names[kind]} {name}" for kind, name in MEMBER.findall(head)}
    inherent = INHERENT.search(html)
    if inherent:
        found |= {f"method {name}" for kind, name in MEMBER.findall(inherent.group(1)) if kind == "method"}
    return sorted(found)


def listing() -> list[str]:
    if not DOC.is_dir():
        sys.exit(f"{DOC} is missing: run `cargo doc --no-deps --all-features` first")
    lines = []
    kinds = Counter()
    for page in sorted(DOC.rglob("*.html")):
        m = PAGE.match(page.name)
        if not m:
            continue
        html = page.read_text(encoding="utf-8")
        if "Redirecting to" in html:
            continue
        kind = KINDS[m.group(1)]
        module = "::".join(("hanoi_convention",) + page.relative_to(DOC).parent.parts)
        path = f"{module}::{m.group(2)}"
        kinds[kind] += 1
        lines.append(f"{kind} {path}")
        if kind in ("struct", "enum", "trait") and "src/hanoi_convention/" in html:
            lines.extend(f"    {member}" for member in members(html))
    types = sum(kinds[k] for k in ("struct", "enum", "trait", "type", "union"))
    counts = ", ".join(f"{kinds[k]} {k}" for k in sorted(kinds))
    head = [
        "# The public API of hanoi-convention (all features), as rustdoc shows it.",
        "# Written by `python3 .ci/public-api.py --bless`; CI fails when it differs.",
        f"# {types} public types; {counts}.",
    ]
    return head + lines


def main() -> int:
    now = [line + "\n" for line in listing()]
    if "--bless" in sys.argv[1:]:
        SNAPSHOT.write_text("".join(now), encoding="utf-8")
        print(f"wrote {SNAPSHOT.relative_to(ROOT)}: {now[2].strip('# ').strip()}")
        return 0
    before = SNAPSHOT.read_text(encoding="utf-8").splitlines(keepends=True) if SNAPSHOT.exists() else []
    if before == now:
        print(f"public API unchanged: {now[2].strip('# ').strip()}")
        return 0
    sys.stdout.writelines(difflib.unified_diff(before, now, "docs/public-api.txt", "the API now"))
    print(
        "\nThe public API changed. If that is meant, run `python3 .ci/public-api.py --bless`,"
        " commit docs/public-api.txt, and say in CHANGELOG.md what broke or was added."
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
