//! The `hanoi-convention` crate in the browser: the page in `web/static/`
//! asks the crate compiled to WebAssembly, and renders what it answers.
//!
//! - `api`: one request in, one answer out, both JSON: the page sends
//!   `{"ask": "status", "treaty": "hanoi", "day": "2025-10-26"}` and gets
//!   the library's own report (`__private::StatusReport` in an
//!   `__private::Document`, as the `hanoi` tool's `--format json` writes it)
//!   with the few strings the page shows besides. No rule of the treaties
//!   is worked out here or in the page's JavaScript: every answer is the
//!   library's.
//! - `bindings`: the two functions exported to JavaScript (WebAssembly
//!   only: natively this crate is near empty, so the workspace's native
//!   builds pass over it quickly; `api` is compiled for native tests too).
//!
//! `web/build.sh` builds the site; `docs/web.md` says how it works.

#[cfg(any(target_arch = "wasm32", test))]
mod api;
#[cfg(target_arch = "wasm32")]
mod bindings;
