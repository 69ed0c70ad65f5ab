//! Helpers of the end-to-end tests: run the `hanoi` binary, read its
//! output, write scratch files, and check that a failure is clean.

#![allow(dead_code)]

use std::path::PathBuf;
use std::process::{Command, Output};

pub const HEADER: &str =
    "participant\taction\tdate_from\tdate_to\tplace\tprovisions\tconfidence\tsource\tnote";

/// Runs the tool on the crate's own data: an empty data directory, so that
/// a page stored on this machine by `hanoi refresh` changes no answer.
pub fn hanoi(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_hanoi"))
        .args(args)
        .env("RUST_BACKTRACE", "1")
        .env("HANOI_DATA_DIR", empty_data_dir())
        .output()
        .unwrap()
}

/// A data directory with nothing stored, unique to this test process.
pub fn empty_data_dir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("hanoi-cli-{}-no-cache", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn json(args: &[&str]) -> serde_json::Value {
    let o = hanoi(args);
    assert!(o.status.success(), "{args:?}: {}", stderr(&o));
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{args:?}: not JSON: {e}"))
}

/// A scratch file unique to this test process.
pub fn scratch(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("hanoi-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

pub fn assert_clean_failure(o: &Output, code: i32, needle: &str) {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(code), "stderr: {err}");
    assert!(err.contains(needle), "expected {needle:?} in: {err}");
    assert!(!err.contains("panicked") && !err.contains("backtrace"), "{err}");
}

/// A command whose answer is the failure (validate): the reason is on
/// standard output, with the exit code.
pub fn assert_answered_failure(o: &Output, code: i32, needle: &str) {
    let (out, err) = (stdout(o), stderr(o));
    assert_eq!(o.status.code(), Some(code), "stdout: {out}\nstderr: {err}");
    assert!(out.contains(needle), "expected {needle:?} in: {out}");
    assert!(!err.contains("panicked") && !out.contains("panicked"), "{err}");
}
