#!/usr/bin/env bash
# Builds the static site into DIR: the crate compiled to WebAssembly, the
# JavaScript glue wasm-bindgen writes for it, and the page's own HTML, CSS
# and JavaScript (web/static/). Any static host serves DIR as it is.
#
#   bash web/build.sh DIR
#
# Installs what it needs when missing: the wasm32-unknown-unknown target
# (rustup) and wasm-bindgen-cli at the version web/Cargo.toml pins
# (cargo install --locked). Builds in target/web/ (or $HANOI_WEB_TARGET_DIR),
# apart from the native builds, so neither invalidates the other.
set -euo pipefail

if [ $# -ne 1 ] || [ -z "$1" ]; then
    echo "usage: bash web/build.sh DIR" >&2
    exit 2
fi
web="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$web")"
mkdir -p "$1"
out="$(cd "$1" && pwd)"
target_dir="${HANOI_WEB_TARGET_DIR:-$root/target/web}"

# The CLI must be the version of the wasm-bindgen crate: the one pin.
version="$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"$/\1/p' "$web/Cargo.toml")"
if [ -z "$version" ]; then
    echo "web/build.sh: no exact wasm-bindgen pin (wasm-bindgen = \"=X.Y.Z\") in web/Cargo.toml" >&2
    exit 1
fi

rustup target add wasm32-unknown-unknown >/dev/null 2>&1 || rustup target add wasm32-unknown-unknown
# Where `cargo install` puts it, whether or not that is on PATH already.
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $version" ]; then
    echo "web/build.sh: installing wasm-bindgen-cli $version" >&2
    cargo install --locked wasm-bindgen-cli --version "$version"
fi

cd "$root"
cargo build --release --target wasm32-unknown-unknown -p hanoi-convention-web \
    --config "$web/release.toml" --target-dir "$target_dir"
wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name hanoi \
    "$target_dir/wasm32-unknown-unknown/release/hanoi_convention_web.wasm"
cp -R "$web"/static/. "$out/"
# A compressed copy of the module for hosts that serve precompressed files
# (and web/harness.py): about a fifth of its size on the wire.
gzip -9 -n -k -f "$out/hanoi_bg.wasm"
echo "web/build.sh: site built in $out ($(du -sh "$out" | cut -f1))" >&2
