//! A status page read as it is: its identity and header counts, its
//! participant table (columns read from their headers), its declarations
//! and reservations, and its footnotes. Turning it into actions is
//! `import.rs`'s work.

use std::collections::BTreeMap;

use roxmltree::{Document, Node};

use crate::actions::ActionKind;
use crate::base::date::Date;

/// What a column of the participant table holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ColumnRole {
    /// The participants' names.
    Participant,
    /// Signatures.
    Signature,
    /// Instruments of consent (ratification, acceptance, ...).
    Consent,
    /// Something else (e.g. provisional application).
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
    /// kind the crate models).
    pub unmarked: Option<ActionKind>,
    /// Each marker the header defines (`a`, `A`, `AA`, `d`, ...) and the kind
    /// it stands for (`None` for kinds the crate does not model, e.g.
    /// definitive signature or formal confirmation).
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

fn child<'a, 'i>(node: Node<'a, 'i>, name: &str) -> Option<Node<'a, 'i>> {
    node.children().find(|c| c.has_tag_name(name))
}

fn path<'a, 'i>(node: Node<'a, 'i>, names: &[&str]) -> Option<Node<'a, 'i>> {
    names.iter().try_fold(node, |n, name| child(n, name))
}

/// All text below `node`, markup inside the text removed and white space
/// collapsed.
pub(crate) fn text_of(node: Node<'_, '_>) -> String {
    let raw: String = node
        .descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect();
    plain(&raw)
}

/// Text with escaped HTML tags (`<i>`, `<a href=...>`, `<superscript>`)
/// removed and white space collapsed.
pub(crate) fn plain(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut in_tag = false;
    for c in raw.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if in_tag => {}
            c => out.push(c),
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A name with its footnote markers (`China<superscript>1,2</superscript>`).
fn name_and_notes(raw: &str) -> (String, Vec<u32>) {
    let mut notes = Vec::new();
    let mut rest = raw;
    let mut name = String::new();
    while let Some(start) = rest.find("<superscript>") {
        name.push_str(&rest[..start]);
        let after = &rest[start + "<superscript>".len()..];
        let end = after.find("</superscript>").unwrap_or(after.len());
        notes.extend(
            after[..end]
                .split([',', ' '])
                .filter_map(|n| n.trim().parse::<u32>().ok()),
        );
        rest = after.get(end + "</superscript>".len()..).unwrap_or("");
    }
    name.push_str(rest);
    (plain(&name), notes)
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// A date cell: `D Mon YYYY` with an optional marker, white space anywhere,
/// optionally bracketed.
pub(crate) fn cell(raw: &str) -> Cell {
    let text = plain(raw);
    if text.is_empty() {
        return Cell::Empty;
    }
    let (inner, withdrawn) = match text.strip_prefix('[').and_then(|t| t.strip_suffix(']')) {
        Some(inner) => (inner.trim(), true),
        None => (text.as_str(), false),
    };
    let words: Vec<&str> = inner.split_whitespace().collect();
    let parsed = (|| {
        let [d, m, y, rest @ ..] = words.as_slice() else {
            return None;
        };
        let day: i8 = d.parse().ok()?;
        let month = MONTHS
            .iter()
            .position(|name| m.get(..3).is_some_and(|p| p.eq_ignore_ascii_case(name)))?
            as i8
            + 1;
        let year: i16 = y.parse().ok()?;
        let date = Date::new(year, month, day).ok()?;
        let marker = match rest {
            [] => None,
            [marker] if marker.len() <= 3 && marker.chars().all(|c| c.is_ascii_alphabetic()) => {
                Some(marker.to_string())
            }
            _ => return None,
        };
        Some(Cell::Dated {
            date,
            marker,
            withdrawn,
        })
    })();
    parsed.unwrap_or(Cell::Unreadable(text))
}

/// The kind a column header names for an item such as "Acceptance" or
/// "Accession".
fn kind_named(name: &str) -> Option<ActionKind> {
    let n = name.to_ascii_lowercase();
    let n = n.trim();
    if n.starts_with("definitive") || n.contains("provisional") || n.contains("confirmation") {
        return None;
    }
    [
        ("ratification", ActionKind::Ratification),
        ("acceptance", ActionKind::Acceptance),
        ("approval", ActionKind::Approval),
        ("accession", ActionKind::Accession),
        ("succession", ActionKind::Succession),
        ("signature", ActionKind::Signature),
    ]
    .into_iter()
    .find(|(word, _)| n.contains(word))
    .map(|(_, kind)| kind)
}

/// A column from its header, e.g. "Ratification, Acceptance(A),
/// Approval(AA), Accession(a), Succession(d)".
pub(crate) fn column(header: &str, index: usize) -> Column {
    let header = name_and_notes(header).0;
    if index == 0 {
        return Column {
            header,
            role: ColumnRole::Participant,
            unmarked: None,
            markers: Vec::new(),
        };
    }
    let mut unmarked = None;
    let mut markers = Vec::new();
    for item in header.split(',') {
        let item = item.trim();
        match item.rfind('(').zip(item.rfind(')')) {
            Some((open, close)) if close > open => {
                let marker = item[open + 1..close].trim().to_string();
                let name = item[..open].trim().to_string();
                markers.push((marker, kind_named(&name), name));
            }
            // The first item without a marker is what an unmarked date means.
            _ if !item.is_empty() && unmarked.is_none() => unmarked = kind_named(item),
            _ => {}
        }
    }
    let kinds: Vec<ActionKind> = unmarked
        .into_iter()
        .chain(markers.iter().filter_map(|m| m.1))
        .collect();
    let role = if unmarked == Some(ActionKind::Signature) {
        ColumnRole::Signature
    } else if kinds.iter().any(|k| k.is_consent()) {
        ColumnRole::Consent
    } else {
        ColumnRole::Other
    };
    Column {
        header,
        role,
        unmarked,
        markers,
    }
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
    if let Some(group) = path(treaty, &["Participants", "Table", "TGroup"]) {
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
    if let Some(section) = child(treaty, "Declarations") {
        for d in section.children().filter(|c| c.has_tag_name("Declaration")) {
            let participant = child(d, "Participant")
                .map(|p| name_and_notes(&raw_text(p)).0)
                .unwrap_or_default();
            let mut current: Option<Statement> = None;
            for t in d.children().filter(|c| c.has_tag_name("text")) {
                let text = text_of(t);
                if t.attribute("type") == Some("title") {
                    page.statements.extend(current.take());
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
            page.statements.extend(current);
        }
    }
    if let Some(notes) = child(treaty, "EndNotes") {
        for note in notes.children().filter(|c| c.has_tag_name("Note")) {
            let Some(index) = child(note, "index").and_then(|i| text_of(i).trim().parse().ok()) else {
                continue;
            };
            let text: Vec<String> = note
                .children()
                .filter(|c| c.has_tag_name("text"))
                .map(text_of)
                .collect();
            page.notes.insert(index, text.join(" "));
        }
    }
    page
}

/// The text of an element as written, markup inside it kept (footnote
/// markers are read from it).
fn raw_text(node: Node<'_, '_>) -> String {
    node.descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_in_every_shape() {
        let d = |y, m, dd| Date::new(y, m, dd).unwrap();
        assert_eq!(
            cell("15 Aug 2014 a"),
            Cell::Dated {
                date: d(2014, 8, 15),
                marker: Some("a".into()),
                withdrawn: false
            }
        );
        assert_eq!(
            cell(" 6 Jan 1997"),
            Cell::Dated {
                date: d(1997, 1, 6),
                marker: None,
                withdrawn: false
            }
        );
        assert_eq!(
            cell("22 Apr\t 2016 "),
            Cell::Dated {
                date: d(2016, 4, 22),
                marker: None,
                withdrawn: false
            }
        );
        assert_eq!(
            cell("[ 3 Oct 1975 ]"),
            Cell::Dated {
                date: d(1975, 10, 3),
                marker: None,
                withdrawn: true
            }
        );
        assert_eq!(
            cell("[20 Jan\t 2021 A]"),
            Cell::Dated {
                date: d(2021, 1, 20),
                marker: Some("A".into()),
                withdrawn: true
            }
        );
        assert_eq!(cell(""), Cell::Empty);
        assert_eq!(cell("31 Feb 2001"), Cell::Unreadable("31 Feb 2001".into()));
        assert_eq!(cell("see note"), Cell::Unreadable("see note".into()));
    }

    #[test]
    fn columns_from_their_headers() {
        let c = column("Acceptance(A), Ratification, Approval(AA), Accession(a)", 2);
        assert_eq!(c.role, ColumnRole::Consent);
        assert_eq!(c.unmarked, Some(ActionKind::Ratification));
        let kinds: Vec<(String, Option<ActionKind>)> = c.markers.iter().map(|m| (m.0.clone(), m.1)).collect();
        assert_eq!(
            kinds,
            [
                ("A".into(), Some(ActionKind::Acceptance)),
                ("AA".into(), Some(ActionKind::Approval)),
                ("a".into(), Some(ActionKind::Accession))
            ]
        );
        assert_eq!(
            column("Signature, Succession to signature(d)", 1).role,
            ColumnRole::Signature
        );
        let d = column("Definitive signature(s), Acceptance(A), Succession(d)", 1);
        assert_eq!(d.markers[0].1, None);
        assert_eq!(d.role, ColumnRole::Consent);
        assert_eq!(
            column("Participant<superscript>1</superscript>", 0).header,
            "Participant"
        );
        assert_eq!(
            name_and_notes("China<superscript>1,2</superscript>"),
            ("China".to_string(), vec![1, 2])
        );
    }
}
