//! The UN Treaty Collection's status pages (MTDSG XML), the depositary's own
//! record of every multilateral treaty deposited with the Secretary-General
//! (feature `untc`).
//!
//! - `clean`: the bytes as served to well-formed XML (ISO-8859-1, damaged
//!   quotes, bare `&`, stray control bytes).
//! - `page`: the page as read: identity, header counts, the participant
//!   table with its columns read from their headers, the declarations and
//!   reservations, the footnotes ([`Page`]).
//! - `import`: the page as actions, with the names that matched no
//!   participant and the cells not imported reported ([`UntcImport`]), and
//!   the count check ([`CountCheck`]).
//! - `treaty`: the page's treaty as a treaty of its own
//!   ([`UntcImport::treaty`]).
//! - `refresh`: what a page changes in a data set, and the data set with
//!   the page applied ([`Refresh`]).

mod clean;
mod import;
mod page;
mod refresh;
mod treaty;

pub use import::{CountCheck, Skipped, Unmatched, UntcImport, import_page, page_url};
pub use page::{Cell, Column, ColumnRole, Page, Row, Statement};
pub use refresh::{Pair, Refresh};
