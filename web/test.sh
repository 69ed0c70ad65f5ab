#!/usr/bin/env bash
# The site in a real browser: builds it (web/build.sh) into a temporary
# folder, serves it on 127.0.0.1 and runs web/tests/browser.py, which
# clicks through every view in headless Chromium and reads the page as a
# person would (the map view: web/tests/browser_map.py). The last line of
# each is "N passed, M failed".
#
#   bash web/test.sh                 # WEB_SHOTS=DIR also saves screenshots
#
# Installs what it needs when missing: Debian's Chromium and ChromeDriver
# (apt-get), and Playwright for Python at a pinned version in its own
# virtual environment. The browser is always Debian's: `playwright install`
# (a browser download) is never run.
set -euo pipefail

PLAYWRIGHT_VERSION=1.65.2
web="$(cd "$(dirname "$0")" && pwd)"

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
fi

venv="${HANOI_WEB_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/hanoi-web-venv}"
if ! "$venv/bin/python" -c "import importlib.metadata as m, sys; sys.exit(m.version('playwright') != '$PLAYWRIGHT_VERSION')" 2>/dev/null; then
    # Debian's python3 makes virtual environments only with python3-venv.
    if ! python3 -c 'import ensurepip' 2>/dev/null; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv
    fi
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check "playwright==$PLAYWRIGHT_VERSION"
fi

site="$(mktemp -d)"
trap 'rm -rf "$site"' EXIT
bash "$web/build.sh" "$site"
"$venv/bin/python" "$web/tests/browser.py" "$site" ${WEB_SHOTS:+--shots "$WEB_SHOTS"}
"$venv/bin/python" "$web/tests/browser_map.py" "$site" ${WEB_SHOTS:+--shots "$WEB_SHOTS"}
