#!/usr/bin/env bash
# The Python package (python/): built and installed the way a user does,
# `pip install ./python`, into a fresh virtual environment (pip fetches
# maturin from PyPI to build it); the wheel checked to be abi3; its pytest
# suite run against the `hanoi` tool's answers, with the docstrings'
# examples (and again with the same wheel under pandas 2); and `mypy
# --strict` on an example that uses its types, and on the package.
#
# Usage: bash .ci/python-package.sh
# Environment (all optional): PYTHON (default python3), HANOI (a built
# `hanoi` to compare with; default: target/debug/hanoi, built here).
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TERM_COLOR=never
export PIP_DISABLE_PIP_VERSION_CHECK=1
PYTHON=${PYTHON:-python3}

START=$(date +%s)
say() { printf '\n-- %s (%ss)\n' "$*" "$(($(date +%s) - START))"; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# Answers from the crate's data alone: no page a refresh stored here.
HANOI_DATA_DIR="$scratch/data"
export HANOI_DATA_DIR

say "a fresh virtual environment"
if ! "$PYTHON" -m venv "$scratch/venv" >/dev/null 2>&1 || [ ! -x "$scratch/venv/bin/pip" ]; then
    echo "python3 -m venv is unavailable: installing python3-venv"
    as_root=()
    [ "$(id -u)" = 0 ] || as_root=(sudo)
    minor=$("$PYTHON" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
    export DEBIAN_FRONTEND=noninteractive
    "${as_root[@]}" apt-get update -qq
    "${as_root[@]}" apt-get install -y -qq "python${minor}-venv" >/dev/null 2>&1 \
        || "${as_root[@]}" apt-get install -y -qq python3-venv >/dev/null
    rm -rf "$scratch/venv"
    "$PYTHON" -m venv "$scratch/venv"
fi
py="$scratch/venv/bin/python"
"$py" --version

say "pip install ./python"
"$py" -m pip install --quiet ./python
"$py" -c 'import hanoi_convention as hc; print("hanoi_convention", hc.__version__, "data", hc.DATA_VERSION)'

say "the wheel is abi3 (one wheel for every CPython from 3.9)"
"$py" -m pip wheel --quiet --no-deps ./python -w "$scratch/dist"
wheel=$(ls "$scratch"/dist/*.whl)
echo "$(basename "$wheel")"
case "$(basename "$wheel")" in
    *-cp39-abi3-*) ;;
    *) echo "python-package: $(basename "$wheel") is not a cp39-abi3 wheel" >&2; exit 1 ;;
esac

say "test tools"
"$py" -m pip install --quiet --requirement python/requirements-test.txt

say "the hanoi tool, to compare with"
if [ -z "${HANOI:-}" ]; then
    cargo build --quiet --features cli --bin hanoi
    HANOI="$PWD/target/debug/hanoi"
fi
export HANOI
"$HANOI" --version

say "pytest (the suite, then the docstrings' examples)"
# From outside the source tree, so that the installed package is tested.
cp -r python/tests "$scratch/tests"
status=0
(cd "$scratch" && "$py" -m pytest -q -p no:cacheprovider tests) || status=$?
if [ "$status" = 5 ]; then
    echo "python-package: pytest collected no tests" >&2
    exit 1
elif [ "$status" != 0 ]; then
    exit "$status"
fi
status=0
(cd "$scratch" && "$py" -m pytest -q -p no:cacheprovider --doctest-modules --pyargs hanoi_convention) || status=$?
if [ "$status" = 5 ]; then
    echo "python-package: no docstring examples were found" >&2
    exit 1
elif [ "$status" != 0 ]; then
    exit "$status"
fi

say "the same wheel under pandas 2 (the package asks for pandas >= 1.5)"
"$PYTHON" -m venv "$scratch/pandas2"
"$scratch/pandas2/bin/python" -m pip install --quiet "$wheel" "pandas>=2,<3" "pytest>=7,<10"
(cd "$scratch" && "$scratch/pandas2/bin/python" -m pytest -q -p no:cacheprovider tests \
    && "$scratch/pandas2/bin/python" -m pytest -q -p no:cacheprovider --doctest-modules --pyargs hanoi_convention)

say "mypy --strict: an example using the package's types, and the package itself"
"$py" -m mypy --strict --no-incremental python/examples/typed_session.py
(cd python && "$py" -m mypy --strict --no-incremental hanoi_convention)
"$py" python/examples/typed_session.py

say "done"
