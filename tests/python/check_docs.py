#!/usr/bin/env python3
"""Run the snippets of docs/exports.md as written, in order, in a scratch
folder: each ```sh block with `hanoi` on the PATH (lines that build the
tool with cargo are skipped: the binary is given), each ```python block in
one namespace (pandas imported as the snippets do), each ```r block with
Rscript when it is installed (else said to be skipped). A block that fails
fails the check, naming its line in the document. ```stata blocks are listed
as not run (no Stata here).

Usage: python3 tests/python/check_docs.py HANOI_BINARY SCRATCH_DIR
"""
import os
import re
import shutil
import subprocess
import sys
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "exports.md"


def blocks(text):
    """(language, first line number, code) of each fenced block."""
    out = []
    for m in re.finditer(r"^```(\w+)\n(.*?)^```", text, re.M | re.S):
        out.append((m.group(1), text[: m.start()].count("\n") + 2, m.group(2)))
    return out


def main():
    hanoi, scratch = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
    scratch.mkdir(parents=True, exist_ok=True)
    bin_dir = scratch / "bin"
    bin_dir.mkdir(exist_ok=True)
    shim = bin_dir / "hanoi"
    if shim.exists():
        shim.unlink()
    shim.symlink_to(hanoi)
    env = dict(os.environ, PATH=f"{bin_dir}:{os.environ['PATH']}")
    work = scratch / "work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    # The R snippets source the loader by its path in the repository.
    (work / "docs").symlink_to(ROOT / "docs")
    failures, ran, skipped = [], 0, []
    namespace = {}
    rscript = shutil.which("Rscript")
    for lang, line, code in blocks(DOC.read_text(encoding="utf-8")):
        where = f"docs/exports.md:{line} ({lang})"
        if lang == "sh":
            code = "\n".join(l for l in code.splitlines() if not l.startswith("cargo "))
            p = subprocess.run(["bash", "-euo", "pipefail", "-c", code], cwd=work, env=env,
                               capture_output=True, text=True)
            ok = p.returncode == 0
            detail = p.stderr.strip()[-500:]
        elif lang == "python":
            cwd = os.getcwd()
            os.chdir(work)
            try:
                exec(compile(code, where, "exec"), namespace)
                ok, detail = True, ""
            except Exception:  # noqa: BLE001 - reported with the block's line
                ok, detail = False, traceback.format_exc()[-800:]
            finally:
                os.chdir(cwd)
        elif lang == "r" and rscript:
            # Each R block runs on its own, as a reader would paste it.
            p = subprocess.run([rscript, "-e", code], cwd=work, env=env, capture_output=True, text=True)
            ok = p.returncode == 0
            detail = p.stderr.strip()[-500:]
        else:
            skipped.append(f"{where}: not run ({'no Rscript' if lang == 'r' else 'no ' + lang + ' here'})")
            continue
        ran += 1
        print(f"  {where}: {'ok' if ok else 'FAILED'}", flush=True)
        if not ok:
            failures.append(f"{where}: {detail}")
    for s in skipped:
        print(f"  {s}")
    if failures:
        print("check_docs.py:\n" + "\n".join(failures), file=sys.stderr)
        return 1
    print(f"docs: {ran} snippets of docs/exports.md ran as written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
