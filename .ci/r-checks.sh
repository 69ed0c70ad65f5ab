#!/usr/bin/env bash
# The exports as R loads them: docs/r/load.R run on a panel package, and
# tests/r/check_merge.R (every view and universe through the loader, and a
# country-year table merged on COW, G&W and ISO alpha-3). R comes from the
# OS packages (Debian: r-base-core, r-cran-jsonlite), installed with
# apt-get when Rscript is missing (as root, or with sudo). Where they cannot
# be installed, the step says why and is skipped.
#
# Usage: bash .ci/r-checks.sh   (HANOI=path/to/hanoi to check a built binary)
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TERM_COLOR=never

have_r() {
    command -v Rscript >/dev/null 2>&1 && Rscript -e 'library(jsonlite)' >/dev/null 2>&1
}
if ! have_r; then
    as_root=()
    if [ "$(id -u)" != 0 ]; then
        if command -v sudo >/dev/null 2>&1; then as_root=(sudo); else
            echo "r-checks: skipped: Rscript with jsonlite is missing and there is no root or sudo to install r-base-core"
            exit 0
        fi
    fi
    export DEBIAN_FRONTEND=noninteractive
    if ! { "${as_root[@]}" apt-get update -qq && "${as_root[@]}" apt-get install -y -qq r-base-core r-cran-jsonlite >/dev/null; }; then
        echo "r-checks: skipped: apt-get could not install r-base-core and r-cran-jsonlite"
        exit 0
    fi
fi
Rscript -e 'cat(R.version.string, "\n")'

if [ -n "${HANOI:-}" ]; then
    echo "using HANOI=$HANOI"
else
    cargo build --quiet --features cli --bin hanoi
    HANOI=target/debug/hanoi
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

echo "== docs/r/load.R on a COW panel"
mkdir -p "$scratch/hanoi"
"$HANOI" --out "$scratch/hanoi/panel.csv" export --view panel --universe cow --datapackage --from-year 2024
Rscript docs/r/load.R "$scratch/hanoi/datapackage.json"

echo "== tests/r/check_merge.R"
Rscript tests/r/check_merge.R "$HANOI" "$scratch/merge" "$(pwd)"
