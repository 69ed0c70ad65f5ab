//! A status page read as it is: its identity and header counts, its
//! participant table (columns read from their headers), its declarations
//! and reservations, and its footnotes. Turning it into actions is
//! `import.rs`'s work.
//!
//! - this file: the page's parts ([`Page`], [`Column`], [`ColumnRole`],
//!   [`Row`], [`Cell`], [`Statement`]) and the reading of the XML into them.
//! - `text`: the text of the page's elements, names with their footnote
//!   markers, and date cells.
//! - `column`: what a column header says: each item's act, its marker, and
//!   what the page's header counts it as.

mod column;
mod text;

pub(crate) use column::column;
use text::{cell, child, name_and_notes, path, text_of};

use std::collections::BTreeMap;

use roxmltree::{Document, Node};

use crate::actions::ActionKind;
use crate::base::date::Date;

/// What a column of the participant table counts toward in the page's
/// header: the role follows what the header counts, which is not always
/// the legal meaning of every act in it. Provisional acts are counted
/// among the Parties by some headers and not by others (XIX-34 counts its
/// provisional acceptances; the provisional applications of XIX-37 and
/// the other commodity agreements are not counted), so they have a role
/// of their own, and the count check reads such a page both ways.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ColumnRole {
    /// The participants' names.
    Participant,
    /// Signatories: signatures, signatures *ad referendum*, successions to
    /// a signature.
    Signature,
    /// Parties: instruments of consent (ratification, acceptance, ...,
    /// definitive signature, confirmation, application) and participation.
    Consent,
    /// Provisional acts (provisional application, acceptance, accession):
    /// counted among the Parties by some headers, not by others.
    Provisional,
    /// Neither (e.g. a notification under an article, an extension).
    Other,
}

/// A column of the participant table, as its header describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    /// The header as printed (markup removed).
    pub header: String,
    /// What the column holds.
    pub role: ColumnRole,
    /// The kind of a date with no marker (`None` when the header names no
    /// kind the crate models for it, or several).
    pub unmarked: Option<ActionKind>,
    /// The header's words for a date with no marker (its items joined when
    /// it names several; empty when it names none).
    pub unmarked_name: String,
    /// Each marker the header defines (`a`, `A`, `AA`, `d`, `s`, `n`, ...),
    /// the kind it stands for (`None` for acts the crate does not model,
    /// e.g. participation by virtue of another instrument), and the
    /// header's words for it.
    pub markers: Vec<(String, Option<ActionKind>, String)>,
}

/// A cell of the participant table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    /// No date.
    Empty,
    /// A date, with the marker after it, and whether it is bracketed (the
    /// action was later withdrawn or denounced).
    Dated {
        /// The day.
        date: Date,
        /// The marker (`a`, `A`, ...), if any.
        marker: Option<String>,
        /// Bracketed on the page.
        withdrawn: bool,
    },
    /// Text that is not a date in the page's format.
    Unreadable(String),
}

/// One row of the participant table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The name as printed, footnote markers removed.
    pub name: String,
    /// The footnote numbers on the name.
    pub footnotes: Vec<u32>,
    /// The cells after the name, in column order.
    pub cells: Vec<Cell>,
    /// The row's line in the page.
    pub line: u32,
}

/// The declarations and reservations of one participant under one heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    /// The participant's name as printed.
    pub participant: String,
    /// The heading, e.g. "Reservation made upon signature:" (may be empty).
    pub heading: String,
    /// The paragraphs under it.
    pub paragraphs: Vec<String>,
    /// Its line in the page.
    pub line: u32,
}

/// A status page of the UN Treaty Collection, as read.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Page {
    /// The treaty's reference, e.g. "XVIII-12-a".
    pub reference: String,
    /// The chapter, e.g. "XVIII PENAL MATTERS".
    pub chapter: String,
    /// The title.
    pub title: String,
    /// Place and date of conclusion, e.g. "New York, 15 November 2000".
    pub conclusion: String,
    /// The entry-into-force text.
    pub entry_into_force: String,
    /// The header's count of signatories, when the page has one.
    pub signatories: Option<u32>,
    /// The header's count of parties (absent before entry into force).
    pub parties: Option<u32>,
    /// The table's columns (the participant column first).
    pub columns: Vec<Column>,
    /// The table's rows.
    pub rows: Vec<Row>,
    /// The declarations and reservations section.
    pub statements: Vec<Statement>,
    /// The footnotes, by number.
    pub notes: BTreeMap<u32, String>,
    /// Text of the treaty note (adoption, opening for signature).
    pub note: String,
}

fn line(doc: &Document<'_>, node: Node<'_, '_>) -> u32 {
    doc.text_pos_at(node.range().start).row
}

/// Reads a cleaned page.
pub(crate) fn read(doc: &Document<'_>) -> Page {
    let root = doc.root_element();
    let treaty = child(root, "Treaty").unwrap_or(root);
    let mut page = Page::default();
    if let Some(header) = child(treaty, "Header") {
        read_header(header, &mut page);
    }
    if let Some(group) = path(treaty, &["Participants", "Table", "TGroup"]) {
        read_table(doc, group, &mut page);
    }
    if let Some(section) = child(treaty, "Declarations") {
        for d in section.children().filter(|c| c.has_tag_name("Declaration")) {
            read_declaration(doc, d, &mut page.statements);
        }
    }
    if let Some(notes) = child(treaty, "EndNotes") {
        read_notes(notes, &mut page.notes);
    }
    page
}

/// The page's identity and counts.
fn read_header(header: Node<'_, '_>, page: &mut Page) {
    let chapter = path(header, &["Chapter", "Header"])
        .map(text_of)
        .unwrap_or_default();
    let roman = chapter.trim_start_matches("CHAPTER").trim().to_string();
    page.chapter = format!(
        "{roman} {}",
        path(header, &["Chapter", "Name"])
            .map(text_of)
            .unwrap_or_default()
    )
    .trim()
    .to_string();
    if let Some(ext) = child(header, "ExternalData") {
        let get = |name: &str| child(ext, name).map(text_of).unwrap_or_default();
        let (num, sub) = (get("Numsect"), get("Subnumsect"));
        page.reference = [roman.as_str(), num.as_str(), sub.as_str()]
            .iter()
            .filter(|p| !p.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join("-");
        page.title = Some(get("Titlesect"))
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| get("Subtitlesect"));
        page.conclusion = get("Conclusion");
        page.entry_into_force = path(ext, &["EIF", "Labeltext"]).map(text_of).unwrap_or_default();
        let count = |name: &str| {
            path(ext, &["Status", name])
                .map(text_of)
                .and_then(|t| t.trim().parse().ok())
        };
        page.signatories = count("Signatories");
        page.parties = count("Parties");
        page.note = path(ext, &["TreatyNote", "Text"])
            .map(text_of)
            .unwrap_or_default();
    }
}

/// The participant table: the columns from their headers, then the rows.
fn read_table(doc: &Document<'_>, group: Node<'_, '_>, page: &mut Page) {
    if let Some(head) = path(group, &["Thead", "Row"]) {
        page.columns = head
            .children()
            .filter(|c| c.has_tag_name("Entry"))
            .enumerate()
            .map(|(i, e)| column(&raw_text(e), i))
            .collect();
    }
    if let Some(rows) = path(group, &["Tbody", "Rows"]) {
        for row in rows.children().filter(|c| c.has_tag_name("Row")) {
            let mut entries = row.children().filter(|c| c.has_tag_name("Entry"));
            let (name, footnotes) = entries
                .next()
                .map(|e| name_and_notes(&raw_text(e)))
                .unwrap_or_default();
            let cells = entries.map(|e| cell(&raw_text(e))).collect();
            page.rows.push(Row {
                name,
                footnotes,
                cells,
                line: line(doc, row),
            });
        }
    }
}

/// A participant's declarations and reservations, one statement per
/// heading.
fn read_declaration(doc: &Document<'_>, d: Node<'_, '_>, statements: &mut Vec<Statement>) {
    let participant = child(d, "Participant")
        .map(|p| name_and_notes(&raw_text(p)).0)
        .unwrap_or_default();
    let mut current: Option<Statement> = None;
    for t in d.children().filter(|c| c.has_tag_name("text")) {
        let text = text_of(t);
        if t.attribute("type") == Some("title") {
            statements.extend(current.take());
            current = Some(Statement {
                participant: participant.clone(),
                heading: text,
                paragraphs: Vec::new(),
                line: line(doc, t),
            });
        } else if !text.is_empty() {
            current
                .get_or_insert_with(|| Statement {
                    participant: participant.clone(),
                    heading: String::new(),
                    paragraphs: Vec::new(),
                    line: line(doc, t),
                })
                .paragraphs
                .push(text);
        }
    }
    statements.extend(current);
}

/// The footnotes, by number.
fn read_notes(notes: Node<'_, '_>, out: &mut BTreeMap<u32, String>) {
    for note in notes.children().filter(|c| c.has_tag_name("Note")) {
        let Some(index) = child(note, "index").and_then(|i| text_of(i).trim().parse().ok()) else {
            continue;
        };
        let text: Vec<String> = note
            .children()
            .filter(|c| c.has_tag_name("text"))
            .map(text_of)
            .collect();
        out.insert(index, text.join(" "));
    }
}

/// The text of an element as written, markup inside it kept (footnote
/// markers are read from it).
fn raw_text(node: Node<'_, '_>) -> String {
    node.descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect()
}
