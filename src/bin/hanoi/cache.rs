//! The data cache: depositary pages stored by `hanoi refresh`, which every
//! command then answers from (the embedded data with the page applied).
//!
//! Layout, under `$HANOI_DATA_DIR` or the platform's data directory
//! (`$XDG_DATA_HOME/hanoi-convention` on Linux):
//!
//! ```text
//! untc/XVIII-16/current.json    the record of the page in use
//! untc/XVIII-16/previous.json   the record of the page before it
//! untc/XVIII-16/pages/<sha256>.xml
//! ```
//!
//! A page is written under its SHA-256 to a temporary file and renamed into
//! place; the record that names it is then renamed over `current.json`, the
//! one step that switches pages. Two refreshes at once each leave a whole
//! page and a record naming it; the later rename wins.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use hanoi_convention::Date;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::Failure;

/// What the cache keeps beside a page.
#[derive(Serialize, Deserialize, Clone, Debug)]
pub struct Record {
    /// The layout's version.
    pub schema: u32,
    /// The treaty's reference on the depositary's site, e.g. `XVIII-16`.
    pub reference: String,
    /// The page's address.
    pub url: String,
    /// Where it was fetched from: the address, another `--from` address, or
    /// a file downloaded by hand.
    pub from: String,
    /// When it was fetched (for a file: when the file was last written).
    pub fetched_at: jiff::Timestamp,
    /// When the server last said the page is unchanged.
    pub checked_at: jiff::Timestamp,
    /// The day the page describes.
    pub status_date: Date,
    /// The server's validators, for the next conditional request.
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    /// The page's SHA-256, in hex, and its size.
    pub sha256: String,
    pub bytes: u64,
}

impl Record {
    fn page_file(&self) -> String {
        format!("pages/{}.xml", self.sha256)
    }
}

/// A UN Treaty Collection reference: a chapter in Roman numerals, a dash,
/// a number (`XVIII-16`, `IV-11-b`).
pub fn is_untc(reference: &str) -> bool {
    reference.split_once('-').is_some_and(|(ch, rest)| {
        !ch.is_empty() && ch.chars().all(|c| "IVXL".contains(c)) && !rest.is_empty()
    })
}

/// The SHA-256 of `bytes`, in lowercase hex.
pub fn sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// The cache's root: `$HANOI_DATA_DIR`, or the platform's data directory.
pub fn root() -> Option<PathBuf> {
    match std::env::var_os("HANOI_DATA_DIR") {
        Some(dir) if !dir.is_empty() => Some(PathBuf::from(dir)),
        _ => dirs::data_dir().map(|d| d.join("hanoi-convention")),
    }
}

/// The pages stored for one treaty.
pub struct Cache {
    dir: PathBuf,
}

impl Cache {
    /// The cache of the treaty `reference`, when there is a data directory.
    pub fn of(reference: &str) -> Option<Cache> {
        // A reference names a folder: keep it to the characters references use.
        let safe: String = reference
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        root().map(|r| Cache {
            dir: r.join("untc").join(safe),
        })
    }

    /// Where the cache keeps its files.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The page in use and its record, if one is stored.
    pub fn current(&self) -> Result<Option<(Record, Vec<u8>)>, Failure> {
        self.load("current.json")
    }

    /// The page before it, if one is kept.
    pub fn previous(&self) -> Result<Option<(Record, Vec<u8>)>, Failure> {
        self.load("previous.json")
    }

    fn load(&self, name: &str) -> Result<Option<(Record, Vec<u8>)>, Failure> {
        let path = self.dir.join(name);
        let text = match std::fs::read(&path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(Failure::unreadable(&path, &e)),
            Ok(t) => t,
        };
        let damaged = |why: String| {
            Failure::usage(format!(
                "{}: {why}: the stored page cannot be used; run `hanoi refresh` again, \
                 or answer from the crate's own data with --embedded",
                path.display()
            ))
        };
        let record: Record = serde_json::from_slice(&text)
            .map_err(|e| damaged(format!("not a record of this version: {e}")))?;
        let page_path = self.dir.join(record.page_file());
        let page = std::fs::read(&page_path).map_err(|e| Failure::unreadable(&page_path, &e))?;
        if sha256(&page) != record.sha256 {
            return Err(damaged(format!(
                "{} does not match its recorded SHA-256",
                page_path.display()
            )));
        }
        Ok(Some((record, page)))
    }

    /// Stores `page` as the page in use, keeping the one before it.
    pub fn store(&self, record: &Record, page: &[u8]) -> Result<(), Failure> {
        let pages = self.dir.join("pages");
        std::fs::create_dir_all(&pages).map_err(|e| cannot_write(&pages, &e))?;
        // Written even when a file of that name exists: it may be damaged.
        write_atomic(&self.dir.join(record.page_file()), page)?;
        let current = self.dir.join("current.json");
        if let Ok(old) = std::fs::read(&current) {
            let same = serde_json::from_slice::<Record>(&old).is_ok_and(|r| r.sha256 == record.sha256);
            if !same {
                write_atomic(&self.dir.join("previous.json"), &old)?;
            }
        }
        self.write_record(record)?;
        self.sweep();
        Ok(())
    }

    /// Rewrites the record of the page in use (e.g. a new `checked_at`).
    pub fn write_record(&self, record: &Record) -> Result<(), Failure> {
        let json = serde_json::to_vec_pretty(record).map_err(|e| Failure::writing(&e.into()))?;
        write_atomic(&self.dir.join("current.json"), &json)
    }

    /// Removes pages no record names, once they are old enough that no
    /// refresh running beside this one can be about to name them.
    fn sweep(&self) {
        let named: Vec<String> = ["current.json", "previous.json"]
            .iter()
            .filter_map(|n| std::fs::read(self.dir.join(n)).ok())
            .filter_map(|t| serde_json::from_slice::<Record>(&t).ok())
            .map(|r| format!("{}.xml", r.sha256))
            .collect();
        let Ok(entries) = std::fs::read_dir(self.dir.join("pages")) else {
            return;
        };
        let old = |p: &Path| {
            std::fs::metadata(p)
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| SystemTime::now().duration_since(t).ok())
                .is_some_and(|age| age > Duration::from_secs(600))
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if !named.contains(&name) && old(&entry.path()) {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
}

fn cannot_write(path: &Path, e: &std::io::Error) -> Failure {
    Failure::usage(format!(
        "{}: cannot write: {e}; the data stored before are unchanged (HANOI_DATA_DIR sets another place)",
        path.display()
    ))
}

/// Writes `bytes` to a temporary file beside `path` and renames it into
/// place, so that a reader sees the old file or the new one, never a part.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), Failure> {
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let name = path.file_name().map_or("file".into(), |n| n.to_string_lossy());
    let tmp = path.with_file_name(format!(".{name}.{}.{nanos}.tmp", std::process::id()));
    let written = std::fs::write(&tmp, bytes).and_then(|()| std::fs::rename(&tmp, path));
    written.map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        cannot_write(path, &e)
    })
}
