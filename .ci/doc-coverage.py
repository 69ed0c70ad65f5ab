#!/usr/bin/env python3
"""Every public type is shown or placed: each struct, enum and trait of the
public API (docs/public-api.txt) either has a doc example of its own, or is
named in a module map (the opening docs of the module it is public in, or
the crate's "Start here").

Reads the HTML that `cargo doc --no-deps --all-features` wrote, so it sees
the docs as a reader does (re-exports and all):

- an example is a Rust code block rustdoc compiles and runs (not `ignore`,
  not `text`) in the type's own top doc, not in its methods' docs;
- a module map names a type with a link to its page, or with its name in
  backticks (at the crate's top, only a name no other public type shares).

    python3 .ci/doc-coverage.py          # the types that have neither, exit 1
    python3 .ci/doc-coverage.py --list   # how each type is covered
"""

import html
import posixpath
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "target" / "doc" / "hanoi_convention"
SNAPSHOT = ROOT / "docs" / "public-api.txt"

TYPE = re.compile(r"^(struct|enum|trait) hanoi_convention((?:::\w+)*)::(\w+)$")
# The top doc of a page: what the item's own `///` or `//!` comments say.
TOP = re.compile(r'<details class="toggle top-doc"[^>]*>(.*?)</details>', re.S)
EXAMPLE = re.compile(r'<div class="example-wrap">\s*<pre class="rust rust-example-rendered"')
LINK = re.compile(r'<a [^>]*href="([^"#]+)(?:#[^"]*)?"')
CODE = re.compile(r"<code>(.*?)</code>", re.S)


def top_doc(page: Path) -> str:
    if not page.is_file():
        return ""
    m = TOP.search(page.read_text(encoding="utf-8"))
    return m.group(1) if m else ""


def public_types() -> list[tuple[str, list[str], str]]:
    """(kind, module path parts, name) of each public struct, enum, trait."""
    out = []
    for line in SNAPSHOT.read_text(encoding="utf-8").splitlines():
        m = TYPE.match(line)
        if m:
            kind, module, name = m.groups()
            out.append((kind, [p for p in module.split("::") if p], name))
    return out


def linked_pages(doc: str, module_dir: Path) -> set[Path]:
    """The pages a top doc links to, as paths under DOC."""
    out = set()
    for href in LINK.findall(doc):
        if "://" in href:
            continue
        target = posixpath.normpath(posixpath.join(module_dir.relative_to(DOC).as_posix(), href))
        out.add(DOC / target)
    return out


def named(doc: str) -> set[str]:
    """The names written in backticks in a top doc (a path's last segment
    too, so `register::Register` names `Register`)."""
    out = set()
    for code in CODE.findall(doc):
        text = html.unescape(re.sub(r"<[^>]+>", "", code)).strip()
        out.add(text)
        out.add(text.split("::")[-1])
    return out


def coverage() -> list[tuple[str, str]]:
    """Each public type's path and how it is covered ("" when it is not)."""
    if not DOC.is_dir():
        sys.exit(f"{DOC} is missing: run `cargo doc --no-deps --all-features` first")
    types = public_types()
    names = [name for _, _, name in types]
    crate_doc = top_doc(DOC / "index.html")
    crate_links, crate_named = linked_pages(crate_doc, DOC), named(crate_doc)
    out = []
    for kind, module, name in types:
        module_dir = DOC.joinpath(*module)
        page = module_dir / f"{kind}.{name}.html"
        path = "::".join(["hanoi_convention", *module, name])
        if not page.is_file():
            sys.exit(f"{path}: no page {page.relative_to(ROOT)} (is docs/public-api.txt current?)")
        module_doc = top_doc(module_dir / "index.html")
        if EXAMPLE.search(top_doc(page)):
            how = "example"
        elif module and (page in linked_pages(module_doc, module_dir) or name in named(module_doc)):
            how = f"map of {'::'.join(module)}"
        elif page in crate_links or (name in crate_named and names.count(name) == 1):
            how = "start here"
        else:
            how = ""
        out.append((path, how))
    return out


def main() -> int:
    found = coverage()
    if "--list" in sys.argv[1:]:
        for path, how in found:
            print(f"{how or 'NONE':<24} {path}")
    missing = [path for path, how in found if not how]
    if missing:
        print(f"{len(missing)} of {len(found)} public types have no doc example and no place in a module map:")
        for path in missing:
            print(f"    {path}")
        print("Add a short example that asserts something to the type's docs, or name it in its module's map.")
        return 1
    examples = sum(1 for _, how in found if how == "example")
    print(f"every public type is shown or placed: {len(found)} types, {examples} with an example of their own")
    return 0


if __name__ == "__main__":
    sys.exit(main())
