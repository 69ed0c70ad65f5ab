//! The UN Treaty Collection's status pages (MTDSG XML), the depositary's own
//! record of every multilateral treaty deposited with the Secretary-General
//! (feature `untc`).
//!
//! - `clean`: the bytes as served to well-formed XML (ISO-8859-1, damaged
//!   quotes, bare `&`, stray control bytes).
//! - `page`: the page as read: identity, header counts, the participant
//!   table with its columns read from their headers, the declarations and
//!   reservations, the footnotes (the parser's inside, not public).
//! - `import`: the page as actions, with the names that matched no
//!   participant ([`Unmatched`]) and the cells not imported ([`Skipped`])
//!   reported ([`UntcImport`]), and the count check ([`CountCheck`]), which
//!   says which reading of the provisional acts the header's count of
//!   Parties matches ([`ProvisionalReading`]).
//! - `treaty`: the page's treaty as a treaty of its own
//!   ([`UntcImport::treaty`]).
//! - `prose`: the facts the depositary's prose states (notification
//!   references, dates written out, the provisions a statement names).
//! - `refresh`: what a page changes in a data set, and the data set with
//!   the page applied ([`Refresh`]; a row of each for the same act that
//!   differ is a [`Pair`]).
//! - `applied`: a register with a page applied, the page as the source of
//!   record, and the change message a data release names
//!   ([`PageApplied`]).
//!
//! A page is read from its bytes as served ([`from_bytes`]: the pages are
//! ISO-8859-1 more often than not) or from a file ([`from_path`]).

/// Reads and imports the status page at `path` (see [`from_bytes`]).
///
/// # Errors
///
/// An error of kind [`Io`](crate::ErrorKind::Io) when the file cannot be read, and the errors of
/// [`from_bytes`].
pub fn from_path(
    path: impl AsRef<std::path::Path>,
    participants: &crate::participants::Participants,
    status_date: Option<crate::Date>,
) -> Result<UntcImport, crate::Error> {
    let path = path.as_ref();
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| crate::Error::read(&name, e))?;
    from_bytes(&name, &bytes, participants, status_date)
}

mod applied;
mod clean;
mod import;
// The page as read is the parser's inside, public only through the
// hidden `crate::__private`.
pub(crate) mod page;
mod prose;
mod refresh;
mod treaty;

pub use applied::PageApplied;
pub use import::ProvisionalReading;
pub use import::{CountCheck, Skipped, Unmatched, UntcImport, from_bytes, page_url};
pub use refresh::{Pair, Refresh};
