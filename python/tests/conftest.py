"""Shared fixtures: an empty data directory for the whole session (answers
come from the crate's data unless a test stores a page), and the `hanoi`
tool whose answers the package's are compared with.

The tool is `$HANOI` (CI sets it: a missing binary then fails), else
`target/debug/hanoi` or `target/release/hanoi` of the repository; tests
that need it are skipped, saying so, when neither exists.
"""

from __future__ import annotations

import json
import os
import pathlib
import subprocess
import tempfile
from typing import Any, Callable, Dict, List

import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]

# Before any answer: no page a refresh stored on this machine.
os.environ["HANOI_DATA_DIR"] = tempfile.mkdtemp(prefix="hanoi-py-tests-")


def _tool() -> pathlib.Path | None:
    given = os.environ.get("HANOI")
    if given:
        path = pathlib.Path(given)
        if not path.is_file():
            raise RuntimeError(f"HANOI={given}: no such file")
        return path
    for profile in ("debug", "release"):
        path = REPO / "target" / profile / "hanoi"
        if path.is_file():
            return path
    return None


@pytest.fixture(scope="session")
def hanoi() -> Callable[..., subprocess.CompletedProcess[str]]:
    """Runs the tool with the session's data directory; returns the process."""
    path = _tool()
    if path is None:
        pytest.skip("no hanoi tool: build it with `cargo build --features cli` or set HANOI")

    def run(*args: str, check: bool = True, env: Dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        e = dict(os.environ)
        e.update(env or {})
        p = subprocess.run([str(path), *args], capture_output=True, text=True, env=e)
        if check and p.returncode != 0:
            raise AssertionError(f"hanoi {' '.join(args)}: exit {p.returncode}: {p.stderr}")
        return p

    return run


@pytest.fixture(scope="session")
def hanoi_json(hanoi: Callable[..., subprocess.CompletedProcess[str]]) -> Callable[..., Any]:
    """The tool's JSON answer."""

    def run(*args: str) -> Any:
        return json.loads(hanoi(*args, "--format", "json").stdout)

    return run


def lines(text: str) -> List[str]:
    return [line for line in text.splitlines() if line]
