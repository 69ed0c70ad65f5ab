//! # hanoi-convention
//!
//! The **United Nations Convention against Cybercrime** (the "Hanoi
//! Convention", adopted by General Assembly resolution 79/243 on 24 December
//! 2024) as typed, sourced data: its text, everyone who may join, every
//! known treaty action, and the answers that follow from its final
//! provisions (who had signed or joined by a date, counts by UN regional
//! group, entry into force). The treaty is a value ([`Treaty`]): the Hanoi
//! Convention is the instance built from the crate's data ([`convention`]),
//! and any other treaty built from its parts works the same way.
//!
//! Every fact carries its [source and confidence](Provenance). Dates known
//! only to a month or a range are [windows](DateWindow), and questions about
//! a day inside a window answer "unknown" ([`Answer::Unknown`],
//! [`Status::Unknown`]) rather than guess. The data describes events up to
//! [`DATA_AS_OF`].
//!
//! ## Start here, by task
//!
//! **Look up an article.**
//!
//! ```
//! let text = hanoi_convention::convention().text();
//! let art = text.article(65).unwrap();
//! assert_eq!(art.title(), "Entry into force");
//! assert_eq!(text.chapter_of(art).title(), "Final provisions");
//! assert!(!text.search("traffic data").is_empty());
//! ```
//!
//! **Who had signed, or become a party, by a date.**
//!
//! ```
//! use hanoi_convention::{Date, Register};
//!
//! let r = Register::embedded();
//! let end_of_hanoi = Date::constant(2025, 10, 26);
//! assert_eq!(r.signatories(end_of_hanoi).certain, 72);
//! let viet_nam = r.participants().find("Vietnam")?;
//! assert!(r.status(viet_nam.code(), r.as_of()).unwrap().is_party().is_certain());
//! # Ok::<(), hanoi_convention::Error>(())
//! ```
//!
//! **When it enters into force** (and what if more States deposit).
//!
//! ```
//! use hanoi_convention::{EntryIntoForce, Register};
//!
//! let r = Register::embedded();
//! if let EntryIntoForce::NotYet { counted, missing } = r.entry_into_force() {
//!     println!("{counted} instruments counted, {missing} missing");
//! }
//! ```
//!
//! **Load your own data** and check it against the final provisions.
//!
//! ```
//! use hanoi_convention::{Register, convention, io::parse_actions};
//!
//! let tsv = "participant\taction\tdate_from\tconfidence\tsource\n\
//!            FRA\tsignature\t2025-01-01\thigh\tmy notes\n";
//! let actions = parse_actions("mine.tsv", tsv, None)?;
//! let err = Register::builder(convention()).actions(actions).build().unwrap_err();
//! assert!(err.to_string().contains("rule signature-period (art. 64(1))"));
//! # Ok::<(), hanoi_convention::Error>(())
//! ```
//!
//! **Export for R, pandas or Stata**: [`export`] writes a row per action,
//! per participant or per participant-year (CSV and JSON behind the `csv`
//! and `json` features).
//!
//! ## The flow
//!
//! `data/*.tsv` → [`io`] (loaders) → [`treaty`] and [`actions`] → the
//! validator ([`validate`]) → [`Register`] → queries → [`export`] and the
//! `hanoi` command-line tool. The core modules ([`treaty`],
//! [`participants`], [`actions`], [`validate`], [`register`]) never read
//! the embedded data or a file format: the treaty is passed in.
//!
//! ## Features
//!
//! - `serde`: `Serialize` for the public data types; `Deserialize` for the
//!   small value types (codes, date windows, kinds, places, confidence).
//! - `csv`, `json`: read actions files and write exports in these formats.
//! - `cli`: the `hanoi` command-line tool.
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(clippy::missing_errors_doc)]

mod base;
mod error;

pub mod actions;
pub mod compare;
pub mod embedded;
pub mod export;
pub mod io;
pub mod participants;
pub mod record;
pub mod register;
pub mod treaty;
pub mod validate;

pub use base::{
    Answer, Confidence, Date, DateError, DateWindow, FileName, Language, Origin, ParseEnumError, Provenance,
    parse_date,
};
pub use embedded::{DATA_AS_OF, DATA_VERSION, convention};
pub use error::Error;
pub use register::{CountRange, Register, Stage, Status};
pub use treaty::{EntryIntoForce, Treaty};

/// The README's examples, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
