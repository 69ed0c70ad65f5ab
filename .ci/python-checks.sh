#!/usr/bin/env bash
# The exports as researchers load them, and the citation files: builds the
# `hanoi` tool, writes every export with its Frictionless data package and
# checks them with the frictionless Python API and pandas
# (tests/python/check_exports.py), merges a country-year table with the
# panels (tests/python/check_merge.py), runs the snippets of
# docs/exports.md as written (tests/python/check_docs.py), then validates CITATION.cff and the
# output of `hanoi cite --format cff` with cffconvert.
#
# Two virtual environments under target/python/ (reused when present):
# exports (tests/python/requirements.txt) and cff
# (tests/python/requirements-cff.txt; cffconvert's jsonschema pin conflicts
# with frictionless). Needs python3 with venv; on Debian, python3-venv is
# installed with apt-get when `python3 -m venv` is unavailable (as root, or
# with sudo).
#
# Usage: bash .ci/python-checks.sh
# Environment (all optional): PYTHON (default python3), HANOI (a built
# binary to check instead of building one), HANOI_PYTHON_VENVS (where the
# virtual environments go; default target/python).
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TERM_COLOR=never
export PIP_DISABLE_PIP_VERSION_CHECK=1

START=$(date +%s)
step_start=$START
step() {
    local now
    now=$(date +%s)
    if [ -n "${STEP_NAME:-}" ]; then
        printf '   (%s: %ss)\n' "$STEP_NAME" "$((now - step_start))"
    fi
    STEP_NAME="$*"
    step_start=$now
    printf '\n== %s\n' "$*"
}

PYTHON=${PYTHON:-python3}
VENVS=${HANOI_PYTHON_VENVS:-target/python}

step "python3 with venv"
if ! command -v "$PYTHON" >/dev/null 2>&1; then
    echo "python-checks: $PYTHON not found" >&2
    exit 1
fi
"$PYTHON" --version
# `python3 -m venv` works only with ensurepip (Debian's python3-venv).
venv_works() {
    local probe
    probe=$(mktemp -d)
    if "$PYTHON" -m venv "$probe/v" >/dev/null 2>&1 && [ -x "$probe/v/bin/pip" ]; then
        rm -rf "$probe"
        return 0
    fi
    rm -rf "$probe"
    return 1
}
have_venvs() {
    [ -x "$VENVS/exports/bin/python" ] && [ -x "$VENVS/cff/bin/python" ] \
        && "$VENVS/exports/bin/python" -c '' 2>/dev/null && "$VENVS/cff/bin/python" -c '' 2>/dev/null
}
if have_venvs; then
    echo "the virtual environments exist: not probing venv"
elif ! venv_works; then
    echo "python3 -m venv is unavailable: installing python3-venv"
    as_root=()
    if [ "$(id -u)" != 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            as_root=(sudo)
        else
            echo "python-checks: need root or sudo to install python3-venv" >&2
            exit 1
        fi
    fi
    minor=$("$PYTHON" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
    export DEBIAN_FRONTEND=noninteractive
    "${as_root[@]}" apt-get update -qq
    # The versioned package where it exists (python3.11-venv), else the plain one.
    "${as_root[@]}" apt-get install -y -qq "python${minor}-venv" >/dev/null 2>&1 \
        || "${as_root[@]}" apt-get install -y -qq python3-venv >/dev/null
    venv_works || { echo "python-checks: python3 -m venv still fails" >&2; exit 1; }
fi

# A venv made from requirements file $2 at $1, reinstalled when the file
# changes (its copy is kept inside the venv).
venv() {
    local dir=$1 requirements=$2
    if [ -x "$dir/bin/python" ] && cmp -s "$requirements" "$dir/requirements.txt"; then
        echo "$dir: up to date"
        return
    fi
    if [ ! -x "$dir/bin/python" ] || ! "$dir/bin/python" -c '' 2>/dev/null; then
        rm -rf "$dir"
        "$PYTHON" -m venv "$dir"
    fi
    "$dir/bin/python" -m pip install --quiet --requirement "$requirements"
    cp "$requirements" "$dir/requirements.txt"
    echo "$dir: installed $(grep -v '^#' "$requirements" | grep -v '^$' | tr '\n' ' ')"
}

step "virtual environments"
mkdir -p "$VENVS"
venv "$VENVS/exports" tests/python/requirements.txt
venv "$VENVS/cff" tests/python/requirements-cff.txt

step "build hanoi"
# HANOI=path/to/hanoi uses that binary instead (e.g. on a machine without cargo).
if [ -n "${HANOI:-}" ]; then
    echo "using HANOI=$HANOI"
else
    cargo build --quiet --features cli --bin hanoi
    HANOI=target/debug/hanoi
fi
"$HANOI" --version

step "exports: frictionless and pandas"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
"$VENVS/exports/bin/python" tests/python/check_exports.py "$HANOI" "$scratch/exports"

step "merge: a country-year table on COW, G&W and ISO alpha-3 (pandas)"
"$VENVS/exports/bin/python" tests/python/check_merge.py "$HANOI" "$scratch/merge"

step "docs: the snippets of docs/exports.md as written"
"$VENVS/exports/bin/python" tests/python/check_docs.py "$HANOI" "$scratch/docs"

step "citation: cffconvert"
"$VENVS/cff/bin/cffconvert" --validate -i CITATION.cff
echo "CITATION.cff: valid"
"$HANOI" cite --format cff > "$scratch/cite.cff"
"$VENVS/cff/bin/cffconvert" --validate -i "$scratch/cite.cff"
echo "hanoi cite --format cff: valid"
for treaty in budapest cets224; do
    "$HANOI" --treaty "$treaty" cite --format cff > "$scratch/cite-$treaty.cff"
    "$VENVS/cff/bin/cffconvert" --validate -i "$scratch/cite-$treaty.cff"
    echo "hanoi --treaty $treaty cite --format cff: valid"
done

step "done"
echo "python checks passed in $(($(date +%s) - START))s"
