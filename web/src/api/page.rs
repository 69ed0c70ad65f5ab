//! A depositary's status page the reader saved (the UN Treaty Collection's
//! MTDSG XML, as `hanoi --data PAGE.xml` and `hanoi refresh --from FILE`
//! read it): imported (`io::untc::from_bytes`) and applied over the
//! treaty's data with the page as the source of record
//! (`io::untc::PageApplied`); the register then answers for the page, as a
//! merged actions file does.

use std::rc::Rc;

use hanoi_convention::Date;
use hanoi_convention::embedded::EmbeddedTreaty;
use hanoi_convention::io::untc::{self, PageApplied};
use serde::Serialize;

use super::context::{Answer, Overlay, json, parse_day, set_overlay};
use super::file::{FileAnswer, FileAsk, checked, unreadable};

/// What the page did to the data, in the words the page shows.
#[derive(Debug, Serialize)]
pub(super) struct PageNote {
    /// The treaty's reference on the page (`XVIII-16`).
    reference: String,
    /// The page's address at the depositary.
    url: String,
    /// The day of the status the page describes (the day it was saved).
    status_date: Date,
    /// What the page changed (`PageApplied`'s change message), empty when
    /// nothing.
    changes: String,
    /// Rows the page adds, narrows and contradicts, and rows of the data it
    /// does not have.
    new: usize,
    narrowed: usize,
    conflicts: usize,
    not_on_page: usize,
    /// Names on the page that match no participant, and cells not imported.
    unmatched: Vec<String>,
    skipped: Vec<String>,
}

/// True when `bytes` look like an XML status page (by the name's extension
/// or the document's first bytes), as the `hanoi` tool decides.
pub(super) fn is_page(name: &str, bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(300)];
    name.to_ascii_lowercase().ends_with(".xml")
        || head.windows(5).any(|w| w == b"<?xml")
        || head.windows(9).any(|w| w == b"<Document")
}

/// Imports the page and applies it over `which`'s data; when the result is
/// valid, it answers for the page from now on.
pub(super) fn apply(which: EmbeddedTreaty, ask: &FileAsk, bytes: &[u8]) -> Answer {
    let base = which.register();
    let day = parse_day(&ask.day, base.as_of())?;
    let participants = base.participants();
    let import = match untc::from_bytes(&ask.name, bytes, participants, Some(day)) {
        Ok(i) => i,
        Err(e) => return json(&FileAnswer::new(ask, bytes, unreadable(base, &ask.name, &e)?)),
    };
    let applied = match PageApplied::new(base, &import, day) {
        Ok(a) => a,
        Err(e) => return json(&FileAnswer::new(ask, bytes, unreadable(base, &ask.name, &e)?)),
    };
    let register = applied.register();
    let validation = register.to_builder().validate();
    let alone = checked(base, true, register.as_of(), &ask.name, &validation)?;
    let refresh = applied.refresh();
    let mut answer = FileAnswer::new(ask, bytes, alone);
    answer.replaced = refresh.narrowed.len() + refresh.conflicts.len();
    answer.merged_version = Some(register.data_version().to_string());
    answer.merged_as_of = Some(register.as_of());
    answer.page = Some(PageNote {
        reference: import.page.reference.clone(),
        url: import.url(),
        status_date: day,
        changes: refresh.change_message(participants),
        new: refresh.new.len(),
        narrowed: refresh.narrowed.len(),
        conflicts: refresh.conflicts.len(),
        not_on_page: refresh.not_on_page.len(),
        unmatched: import
            .unmatched
            .iter()
            .map(|u| format!("line {}: {}", u.line, u.name))
            .collect(),
        skipped: import
            .skipped
            .iter()
            .map(|s| format!("line {}: {}", s.line, s.reason))
            .collect(),
    });
    set_overlay(Some(Overlay {
        which,
        register: Rc::new(applied.into_register()),
    }));
    json(&answer)
}
