//! # hanoi-convention
//!
//! The **United Nations Convention against Cybercrime** (the "Hanoi
//! Convention", adopted by General Assembly resolution 79/243 on 24 December
//! 2024) as typed, sourced data: its text, everyone who may join, every
//! known treaty action, and the answers that follow from its final
//! provisions (who had signed or joined on a day, counts by UN regional
//! group, entry into force). The treaty is a value ([`Treaty`]): the Hanoi
//! Convention, the Budapest Convention (CETS 185) and its Second Protocol
//! (CETS 224) are the instances built from the crate's data, and any treaty
//! built from its parts (or read from a UN Treaty Collection status page)
//! works the same way.
//!
//! Every fact carries its [source and confidence](Provenance). Dates known
//! only to a month or a range are [windows](DateWindow), and questions about
//! a day inside a window answer "unknown" ([`Answer::Unknown`],
//! [`Standing::Unknown`], a [`CountRange`]) rather than guess. Each register
//! says which day its data describe events up to ([`Register::as_of`]) and
//! their version ([`Register::data_version`]); the embedded data sets'
//! records are [`embedded::EmbeddedTreaty::dataset`].
//!
//! ## Start here, by task
//!
//! [`convention()`] is the Hanoi Convention and [`Register::embedded()`]
//! its register; [`embedded::EmbeddedTreaty`] names all three embedded
//! treaties for choosing one at run time. Questions about a day go through
//! [`Register::on`].
//!
//! **Look up an article.**
//!
//! ```
//! let text = hanoi_convention::convention().text();
//! let art = text.article(65).unwrap();
//! assert_eq!(art.title(), "Entry into force");
//! assert_eq!(text.chapter_of(art).map(|c| c.title()), Some("Final provisions"));
//! assert!(!text.search("traffic data").is_empty());
//! ```
//!
//! **Who had signed, or become a party, on a day.**
//!
//! ```
//! use hanoi_convention::{Date, Register, Status};
//!
//! let r = Register::embedded();
//! let end_of_hanoi = r.on(Date::constant(2025, 10, 26));
//! assert_eq!(end_of_hanoi.signatories().count().certain, 72);
//! let viet_nam = r.participants().find("Vietnam")?;
//! assert!(matches!(end_of_hanoi.status(viet_nam.code()), Some(Status::Signed { .. })));
//! # Ok::<(), hanoi_convention::Error>(())
//! ```
//!
//! **When it enters into force** (and what if more States deposit).
//!
//! ```
//! use hanoi_convention::{Date, EntryIntoForce, Register, register::Assumption};
//!
//! let r = Register::embedded();
//! // On 31 December 2025 no instrument had been deposited.
//! let EntryIntoForce::NotYet { counted, required } = r.on(Date::constant(2025, 12, 31)).entry_into_force() else {
//!     panic!()
//! };
//! assert_eq!((counted.certain, required), (0, 40));
//! // France depositing in 2027: counted, and each assumption says why or why not.
//! let w = r.on(r.as_of()).what_if(&[Assumption::new("FRA".parse()?, Date::constant(2027, 3, 1))])?;
//! println!("{} -> {}", w.from_data, w.then);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! **Is my file right?** Every problem of a file, the rows that could not
//! be read and the rules broken by those that could, in one call.
//!
//! ```
//! use hanoi_convention::{Register, convention, io::actions};
//!
//! let tsv = "participant\taction\tdate_from\tconfidence\tsource\n\
//!            FRA\tsignature\t2025-01-01\thigh\tmy notes\n\
//!            DEU\tsignature\t2025-02-30\thigh\tmy notes\n";
//! let v = Register::builder(convention()).file(actions::from_str("mine.tsv", tsv)?).validate();
//! assert_eq!(v.problems().len(), 2);
//! assert!(v.problems()[0].to_string().contains("rule signature-period (art. 64(1))"));
//! assert_eq!(v.unread().len(), 1); // line 3's date is not a date
//! # Ok::<(), hanoi_convention::Error>(())
//! ```
//!
//! **Merge with other data**: each participant's codes in ISO 3166-1, UN
//! M49, Correlates of War and Gleditsch-Ward ([`participants::CodeSystem`]).
//!
//! ```
//! use hanoi_convention::{Register, participants::CodeSystem};
//!
//! let p = Register::embedded().participants();
//! assert_eq!(p.find_code(CodeSystem::Cow, "816")?.name(), "Viet Nam");
//! # Ok::<(), hanoi_convention::Error>(())
//! ```
//!
//! **Days before and after.** [`Date`] is jiff's civil date; [`Span`]
//! and [`ToSpan`] (jiff's, re-exported) add days, months or years to it.
//! [`parse_date`] reads a day (`YYYY-MM-DD` only), as every file and
//! front end of the crate does.
//!
//! ```
//! use hanoi_convention::{Date, Register, Span, ToSpan};
//!
//! let r = Register::embedded();
//! let opened = Date::constant(2025, 10, 25);
//! let a_month_on = opened.checked_add(30.days())?;
//! assert_eq!(a_month_on, Date::constant(2025, 11, 24));
//! let week: Span = 7.days();
//! let before = r.on(opened.checked_sub(week)?).signatories().count().certain;
//! assert_eq!(before, 0);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! **Export for R, pandas or Stata**: [`export`] writes a row per action,
//! per participant or per participant-year (CSV and JSON behind the `csv`
//! and `json` features); [`chart`] draws the timeline and the pace of
//! treaties as SVG.
//!
//! ## The flow
//!
//! `data/*.tsv` → [`io`] (loaders) → [`treaty`] and [`actions`] → the
//! validator → [`Register`] → [`Register::on`] and the other queries →
//! [`export`], [`chart`] and the `hanoi` command-line tool. Problems with
//! records are [`problem::Problem`]s wherever they are found. The core
//! modules ([`treaty`], [`participants`], [`actions`], [`register`]) never
//! read the embedded data or a file format: the treaty is passed in.
//!
//! ## Features
//!
//! - `serde`: `Serialize` for the public data types; `Deserialize` for the
//!   small value types (codes, date windows, kinds, places, confidence).
//! - `csv`, `json`: read actions files in these formats, and write the
//!   exports (`export::Csv`, `export::json_document`, `export::datapackage`).
//! - `untc`: import the UN Treaty Collection's status pages
//!   (`io::untc`).
//! - `cli`: the `hanoi` command-line tool (all of the above).
//!
//! Items behind a feature say so on docs.rs.
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(clippy::missing_errors_doc)]

mod base;
mod error;
pub(crate) mod validate;

pub mod actions;
pub mod chart;
pub mod cite;
pub mod compare;
pub mod embedded;
pub mod export;
pub mod io;
pub mod participants;
pub mod problem;
pub mod record;
pub mod register;
pub mod treaty;

pub use base::{
    Answer, Confidence, CountRange, Date, DateWindow, FileName, Language, Origin, Provenance, SourcePart,
};
pub use embedded::convention;
pub use error::{Error, ErrorKind, parse_date};
/// jiff's span of time, to add days, months or years to a [`Date`]
/// (`date.checked_add(30.days())`); jiff 1.x, the same type as
/// `jiff::Span`.
pub use jiff::Span;
/// jiff's trait that makes a [`Span`] from an integer (`30.days()`,
/// `1.year()`); jiff 1.x, the same trait as `jiff::ToSpan`.
pub use jiff::ToSpan;
pub use participants::Code;
pub use problem::Problem;
pub use register::{Register, Standing, Status};
pub use treaty::{EntryIntoForce, Treaty};

/// The documents of the crate's own tool, page and package: not public
/// API, not covered by semver (see the module's own docs).
#[doc(hidden)]
pub mod __private;

/// The README's examples, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
