//! The benchmarks (`benches/`) and heavier checks (`tests/`) of
//! `hanoi-convention`, kept in a crate of their own so that building the
//! library's examples does not compile criterion or a JSON Schema
//! validator. Nothing here is published.
#![forbid(unsafe_code)]
