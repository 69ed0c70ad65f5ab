//! Which data a call answers from: an embedded treaty's register, or, for a
//! treaty whose depositary page `hanoi refresh` stored, the embedded data
//! with that page applied, read from the same files the tool reads
//! (`$HANOI_DATA_DIR` or the platform's data directory,
//! `untc/<reference>/current.json` naming `pages/<sha256>.xml`).
//!
//! The page is read and applied once, and again only when `current.json`
//! changes (its size or modification time): a call costs one `stat`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::SystemTime;

use hanoi_convention::embedded::EmbeddedTreaty;
use hanoi_convention::io::untc::{self, PageApplied};
use hanoi_convention::{Date, Register};
use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::Fail;

/// The part of the tool's record of a stored page the package reads (the
/// tool's `cache::Record`; other fields are ignored).
#[derive(Deserialize, Clone, Debug)]
pub struct Record {
    pub reference: String,
    pub url: String,
    pub from: String,
    pub fetched_at: jiff::Timestamp,
    pub status_date: Date,
    pub sha256: String,
}

/// The data a call answers from.
pub struct Data {
    pub which: EmbeddedTreaty,
    /// Which reading of the data this is: 0 for the embedded data, a new
    /// number each time a stored page is applied (answers are remembered
    /// by it).
    pub generation: u64,
    applied: Option<(Register, Record, PathBuf)>,
}

impl Data {
    /// The register to answer from.
    pub fn register(&self) -> &Register {
        match &self.applied {
            Some((r, _, _)) => r,
            None => self.which.register(),
        }
    }

    /// The stored page the data include, and where its record is.
    pub fn stored(&self) -> Option<(&Record, &Path)> {
        self.applied.as_ref().map(|(_, rec, path)| (rec, path.as_path()))
    }
}

/// The treaty named `name` (`hanoi`, `budapest`, `cets224`).
pub fn treaty(name: &str) -> Result<EmbeddedTreaty, Fail> {
    name.parse::<EmbeddedTreaty>()
        .map_err(|e| Fail::usage(format!("treaty={name:?}: {e}")))
}

/// The cache's root: `$HANOI_DATA_DIR`, or the platform's data directory
/// (as the tool finds it).
pub fn root() -> Option<PathBuf> {
    match std::env::var_os("HANOI_DATA_DIR") {
        Some(dir) if !dir.is_empty() => Some(PathBuf::from(dir)),
        _ => dirs::data_dir().map(|d| d.join("hanoi-convention")),
    }
}

/// A UN Treaty Collection reference (`XVIII-16`): only such treaties have
/// pages the tool refreshes.
fn is_untc(reference: &str) -> bool {
    reference.split_once('-').is_some_and(|(ch, rest)| {
        !ch.is_empty() && ch.chars().all(|c| "IVXL".contains(c)) && !rest.is_empty()
    })
}

/// Where the record of `which`'s stored page would be.
pub fn record_path(which: EmbeddedTreaty) -> Option<PathBuf> {
    let reference = which.treaty().identity().reference();
    if !is_untc(reference) {
        return None;
    }
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
    root().map(|r| r.join("untc").join(safe).join("current.json"))
}

/// A record file as last read: its path, size and modification time.
type Key = (PathBuf, u64, Option<SystemTime>);
/// The data read for each treaty, and the record they were read from.
type Loaded = Mutex<HashMap<EmbeddedTreaty, (Key, Arc<Data>)>>;

fn loaded() -> &'static Loaded {
    static LOADED: OnceLock<Loaded> = OnceLock::new();
    LOADED.get_or_init(|| Mutex::new(HashMap::new()))
}

/// The data of `which`: the embedded data, with the stored page applied
/// unless `embedded`.
pub fn data(which: EmbeddedTreaty, embedded: bool) -> Result<Arc<Data>, Fail> {
    let plain = || {
        Arc::new(Data {
            which,
            generation: 0,
            applied: None,
        })
    };
    if embedded {
        return Ok(plain());
    }
    let Some(path) = record_path(which) else {
        return Ok(plain());
    };
    let meta = match std::fs::metadata(&path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(plain()),
        Err(e) => return Err(Fail::usage(format!("{}: cannot read: {e}", path.display()))),
        Ok(m) => m,
    };
    let key: Key = (path.clone(), meta.len(), meta.modified().ok());
    let mut cache = loaded().lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some((k, d)) = cache.get(&which) {
        if *k == key {
            return Ok(Arc::clone(d));
        }
    }
    let d = Arc::new(apply(which, &path)?);
    cache.insert(which, (key, Arc::clone(&d)));
    Ok(d)
}

/// The stored page named by the record at `path`, checked against its
/// SHA-256 and applied to the embedded data, as the tool does.
fn apply(which: EmbeddedTreaty, path: &Path) -> Result<Data, Fail> {
    let damaged = |why: String| {
        Fail::usage(format!(
            "{}: {why}: the stored page cannot be used; run `hanoi refresh` again, \
             or answer from the crate's own data with embedded=True",
            path.display()
        ))
    };
    let text =
        std::fs::read(path).map_err(|e| Fail::usage(format!("{}: cannot read: {e}", path.display())))?;
    let record: Record =
        serde_json::from_slice(&text).map_err(|e| damaged(format!("not a record of this version: {e}")))?;
    let dir = path.parent().unwrap_or(Path::new("."));
    let page_path = dir.join("pages").join(format!("{}.xml", record.sha256));
    let page = std::fs::read(&page_path)
        .map_err(|e| Fail::usage(format!("{}: cannot read: {e}", page_path.display())))?;
    let sha: String = Sha256::digest(&page).iter().map(|b| format!("{b:02x}")).collect();
    if sha != record.sha256 {
        return Err(damaged(format!(
            "{} does not match its recorded SHA-256",
            page_path.display()
        )));
    }
    let base = which.register();
    let file = path.display().to_string();
    let import = untc::from_bytes(&file, &page, base.participants(), Some(record.status_date))?;
    let applied = PageApplied::new(base, &import, record.status_date)?;
    static GENERATION: AtomicU64 = AtomicU64::new(1);
    Ok(Data {
        which,
        generation: GENERATION.fetch_add(1, Ordering::Relaxed),
        applied: Some((applied.into_register(), record, path.to_path_buf())),
    })
}
