//! The benchmarks (`benches/`) and heavier checks (`tests/`: property
//! tests, robustness, JSON Schemas) of `hanoi-convention`, kept in a crate
//! of their own so that building the library's examples compiles none of
//! criterion, proptest or a JSON Schema validator. Nothing here is
//! published.
#![forbid(unsafe_code)]
