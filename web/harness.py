"""What the browser tests and the budget script share: a server of a
built site on 127.0.0.1, as any static host would serve it, and headless
Chromium launched as this machine needs. By hand, to look at a site:

    python3 web/harness.py DIR [PORT]

PORT 0 (the default) takes a free port; the first line printed is the
address. What a host must get right: the MIME type of .wasm
(application/wasm), set here whatever the machine's mime.types says; and
the .wasm sent compressed to a browser that accepts gzip (web/build.sh
writes hanoi_bg.wasm.gz beside it; it is sent with Content-Encoding:
gzip), as docs/web.md says how a static host does.
"""

import functools
import http.server
import os
import sys
import tempfile
import time

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# No network here but loopback: Chromium must not try to reach its own
# services, and runs as root without its sandbox.
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]

TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".wasm": "application/wasm",
    ".svg": "image/svg+xml",
}


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **TYPES}

    def end_headers(self):
        # Tests and measurements load what was just built, never a cached copy.
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, format, *args):
        pass

    def send_head(self):
        # The WebAssembly module, gzipped (a fifth of its size, or less), to a
        # browser that accepts it: as a static host does with a precompressed copy.
        path = self.translate_path(self.path.split("?", 1)[0])
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (path.endswith(".wasm") and accepts and os.path.isfile(path + ".gz")):
            return super().send_head()
        f = open(path + ".gz", "rb")
        self.send_response(200)
        self.send_header("Content-Type", TYPES[".wasm"])
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(os.fstat(f.fileno()).st_size))
        self.end_headers()
        return f


def serve(directory, port=0):
    """A server of `directory` (not yet serving: call serve_forever)."""
    handler = functools.partial(Handler, directory=directory)
    return http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)


def launch(playwright, **options):
    """Debian's Chromium (never a browser Playwright downloads), with a new
    empty profile."""
    return playwright.chromium.launch_persistent_context(
        tempfile.mkdtemp(prefix="hanoi-web-profile-"), executable_path=CHROMIUM, args=FLAGS,
        headless=True, viewport={"width": 1280, "height": 900}, **options)


def wait_until(page, expression, timeout=10.0):
    """Waits for `expression` to be true in `page`, asking it every 20 ms.
    (Playwright's own wait_for_function evaluates a string in the page,
    which the page's Content-Security-Policy forbids, as it should.)"""
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            raise TimeoutError(f"not true after {timeout} s: {expression}")
        time.sleep(0.02)


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: python3 web/harness.py DIR [PORT]")
    server = serve(sys.argv[1], int(sys.argv[2]) if len(sys.argv) == 3 else 0)
    print(f"http://127.0.0.1:{server.server_address[1]}/", flush=True)
    server.serve_forever()
