//! A status page turned into actions: each dated cell of a matched row, the
//! declarations and reservations as statements, a denunciation where a
//! footnote gives one; names that match no participant, and cells the
//! crate cannot model, reported rather than dropped.

use crate::actions::{Action, ActionKind};
use crate::base::date::{Date, DateWindow};
use crate::base::origin::Origin;
use crate::base::provenance::{Confidence, Provenance};
use crate::error::Error;
use crate::io::untc::clean::clean;
use crate::io::untc::page::{self, Cell, ColumnRole, Page, Row, Statement};
use crate::io::untc::prose::{denunciation_date, notification, opening, provisions_named};
use crate::participants::{Code, Participants};

/// A row whose name matches no participant (a former State, a territory).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Unmatched {
    /// The name as printed.
    pub name: String,
    /// Its line in the page.
    pub line: u32,
    /// How many dated cells its row holds (none of them imported).
    pub dated_cells: usize,
}

/// Something on the page the import could not turn into an action.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Skipped {
    /// Its line in the page.
    pub line: u32,
    /// What and why.
    pub reason: String,
}

/// The header's counts against the table's: the count rule of the
/// depositary's pages. The signatories are the rows with a date not in
/// brackets in a column of signatures ([`ColumnRole::Signature`]:
/// signature, signature *ad referendum*, succession to a signature); the
/// parties, the rows with such a date in a column the header counts among
/// its Parties ([`ColumnRole::Consent`]: every instrument of consent,
/// definitive signature, confirmation, application, participation).
/// Notifications under an article count in neither.
///
/// Provisional acts ([`ColumnRole::Provisional`]: provisional
/// application, acceptance, accession) are counted among the Parties by
/// some headers and not by others, so a page with them is read both ways
/// and agrees when its header matches either; [`reading`](Self::reading)
/// says which (`docs/updating.md` lists the pages of each). The rule counts
/// what the header counts, whatever the act's kind: a provisional
/// acceptance counted among a page's Parties stays a provisional
/// application among the actions, and a participation the crate has no
/// kind for is counted though it is not imported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct CountCheck {
    /// The header's signatories, if it gives them.
    pub header_signatories: Option<u32>,
    /// The table's.
    pub table_signatories: u32,
    /// The header's parties, if it gives them (not before entry into force).
    pub header_parties: Option<u32>,
    /// The table's, without the provisional acts.
    pub table_parties: u32,
    /// The table's with the rows of provisional acts counted too; `None`
    /// for a page with no column of provisional acts.
    pub table_parties_with_provisional: Option<u32>,
}

/// Which reading of its provisional acts a page's header count of Parties
/// matches ([`CountCheck::reading`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum ProvisionalReading {
    /// The header counts the provisional acts among its Parties (XIX-34).
    Counted,
    /// The header counts the definitive acts only (the commodity
    /// agreements' provisional applications; XIX-35's provisional
    /// acceptances).
    NotCounted,
    /// Both readings give the header's count: every row with a
    /// provisional act has a definitive one too.
    Either,
}

impl CountCheck {
    /// True when every count the header gives equals the table's (for a
    /// page with provisional acts, read either way).
    pub fn agrees(&self) -> bool {
        self.header_signatories
            .is_none_or(|n| n == self.table_signatories)
            && self
                .header_parties
                .is_none_or(|n| n == self.table_parties || self.table_parties_with_provisional == Some(n))
    }

    /// Which reading of the page's provisional acts its header's count of
    /// Parties matches: `None` for a page without provisional acts or
    /// without a count of Parties, and for one whose count matches neither
    /// reading.
    pub fn reading(&self) -> Option<ProvisionalReading> {
        let (header, with) = (self.header_parties?, self.table_parties_with_provisional?);
        match (with == header, self.table_parties == header) {
            (true, true) => Some(ProvisionalReading::Either),
            (true, false) => Some(ProvisionalReading::Counted),
            (false, true) => Some(ProvisionalReading::NotCounted),
            (false, false) => None,
        }
    }

    /// The reading the header matches, in words, for a page with
    /// provisional acts.
    pub fn reading_note(&self) -> Option<String> {
        let with = self.table_parties_with_provisional?;
        let header = self.header_parties?;
        let without = self.table_parties;
        Some(match self.reading() {
            Some(ProvisionalReading::Counted) => format!(
                "the header counts {header} parties: the provisional acts among them ({without} without them)"
            ),
            Some(ProvisionalReading::NotCounted) => format!(
                "the header counts {header} parties: the definitive acts only ({with} with the provisional ones)"
            ),
            Some(ProvisionalReading::Either) => format!(
                "the header counts {header} parties, with or without the provisional acts (each row with one has a definitive act too)"
            ),
            None => return None,
        })
    }

    /// Each disagreement, in words.
    pub fn mismatches(&self) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(n) = self.header_signatories.filter(|n| *n != self.table_signatories) {
            out.push(format!(
                "the header counts {n} signatories, the table {} (rows with a date not in brackets in a column of signatures)",
                self.table_signatories
            ));
        }
        let parties_agree = self
            .header_parties
            .is_none_or(|n| n == self.table_parties || self.table_parties_with_provisional == Some(n));
        if let Some(n) = self.header_parties.filter(|_| !parties_agree) {
            let with = match self.table_parties_with_provisional {
                Some(w) => format!(", {w} with the rows of provisional acts"),
                None => String::new(),
            };
            out.push(format!(
                "the header counts {n} parties, the table {}{with} (rows with a date not in brackets in a column the header counts among its parties)",
                self.table_parties
            ));
        }
        out
    }
}

/// A status page of the UN Treaty Collection, imported.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct UntcImport {
    /// The page as read (the parser's inside: for the crate's own tool
    /// and tests, not public API; [`UntcImport::reference`] and
    /// [`UntcImport::title`] are).
    #[doc(hidden)]
    pub page: Page,
    /// The status date given for the page, if any.
    pub status_date: Option<Date>,
    /// The actions of the rows whose names matched a participant.
    pub actions: Vec<Action>,
    /// Rows whose names matched no participant.
    pub unmatched: Vec<Unmatched>,
    /// Cells and statements not turned into actions, and why.
    pub skipped: Vec<Skipped>,
    /// Stray control bytes removed from the page.
    pub control_bytes_removed: usize,
}

impl UntcImport {
    /// The page's treaty reference (`XVIII-16`), empty if the page has none.
    pub fn reference(&self) -> &str {
        &self.page.reference
    }

    /// The page's treaty title.
    pub fn title(&self) -> &str {
        &self.page.title
    }

    /// The treaty's address on the UN Treaty Collection.
    pub fn url(&self) -> String {
        page_url(&self.page.reference)
    }

    /// The header's counts against the table's (the rule: [`CountCheck`]).
    pub fn count_check(&self) -> CountCheck {
        let columns = &self.page.columns;
        let live = |row: &Row, role: ColumnRole| {
            row.cells.iter().enumerate().any(|(i, c)| {
                columns.get(i + 1).is_some_and(|col| col.role == role)
                    && matches!(c, Cell::Dated { withdrawn: false, .. })
            })
        };
        let count = |role| self.page.rows.iter().filter(|r| live(r, role)).count() as u32;
        let provisional = columns.iter().any(|c| c.role == ColumnRole::Provisional);
        let with_provisional = self
            .page
            .rows
            .iter()
            .filter(|r| live(r, ColumnRole::Consent) || live(r, ColumnRole::Provisional))
            .count() as u32;
        CountCheck {
            header_signatories: self.page.signatories,
            table_signatories: count(ColumnRole::Signature),
            header_parties: self.page.parties,
            table_parties: count(ColumnRole::Consent),
            table_parties_with_provisional: provisional.then_some(with_provisional),
        }
    }
}

/// The address of a treaty's status page, from its reference.
pub fn page_url(reference: &str) -> String {
    let chapter = reference.split('-').next().unwrap_or("");
    format!(
        "https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20{chapter}/{reference}.en.xml"
    )
}

/// Imports a status page (the bytes as served), matching names against
/// `participants`. `status_date` is the date the page describes, when known
/// (pages saved in 2018 do not print it); it goes into every action's source.
///
/// # Errors
///
/// An error of kind [`Format`](crate::ErrorKind::Format) when the page is not XML even after
/// repair.
///
/// ```
/// use hanoi_convention::{Register, io::untc};
///
/// let page = br#"<?xml version="1.0" encoding="iso-8859-1"?><Document><Treaty><Header>
///   <Chapter><Header>CHAPTER XVIII</Header><Name>PENAL MATTERS</Name></Chapter>
///   <ExternalData><Numsect>16</Numsect><Titlesect>United Nations Convention against Cybercrime</Titlesect>
///   <Status><Signatories>2</Signatories></Status></ExternalData></Header>
///   <Participants><Table><TGroup cols="3"><Thead><Row><Entry>Participant</Entry><Entry>Signature</Entry>
///   <Entry>Acceptance(A), Ratification, Approval(AA), Accession(a)</Entry></Row></Thead>
///   <Tbody><Rows><Row><Entry>Viet Nam</Entry><Entry>25 Oct 2025</Entry><Entry /></Row>
///   <Row><Entry>Yugoslavia</Entry><Entry>25 Oct 2025</Entry><Entry /></Row></Rows></Tbody></TGroup></Table>
///   </Participants></Treaty></Document>"#;
/// let import = untc::from_bytes("XVIII-16.en.xml", page, Register::embedded().participants(), None)?;
/// assert_eq!(import.page.reference, "XVIII-16");
/// assert_eq!(import.actions.len(), 1);
/// assert_eq!(import.unmatched[0].name, "Yugoslavia");
/// assert!(import.count_check().agrees());
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
pub fn from_bytes(
    file: &str,
    bytes: &[u8],
    participants: &Participants,
    status_date: Option<Date>,
) -> Result<UntcImport, Error> {
    let (text, control_bytes_removed) = clean(bytes);
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..roxmltree::ParsingOptions::default()
    };
    let doc = roxmltree::Document::parse_with_options(&text, options).map_err(|e| {
        Error::format(
            Origin::line(file, e.pos().row),
            format!("not a status page: {e}; expected the XML the UN Treaty Collection serves"),
        )
    })?;
    let page = page::read(&doc);
    let mut importer = Importer {
        file,
        participants,
        provenance: provenance(&page, status_date),
        actions: Vec::new(),
        unmatched: Vec::new(),
        skipped: Vec::new(),
    };
    for row in &page.rows {
        importer.row(&page, row);
    }
    for statement in &page.statements {
        importer.statement(statement);
    }
    Ok(UntcImport {
        page,
        status_date,
        actions: importer.actions,
        unmatched: importer.unmatched,
        skipped: importer.skipped,
        control_bytes_removed,
    })
}

/// The source every action of the page cites.
fn provenance(page: &Page, status_date: Option<Date>) -> Provenance {
    let when = status_date.map_or("status page, undated copy".to_string(), |d| {
        format!("status as of {d}")
    });
    let source = format!("{} ({when})", page_url(&page.reference));
    Provenance::new(&source, Confidence::High)
}

/// The footnotes on a row's name: their text, and the depositary
/// notification they cite.
struct RowNotes {
    texts: Vec<String>,
    notification: Option<String>,
}

impl RowNotes {
    fn of(page: &Page, row: &Row) -> RowNotes {
        let texts: Vec<String> = row
            .footnotes
            .iter()
            .filter_map(|n| page.notes.get(n))
            .cloned()
            .collect();
        let notification = texts.iter().find_map(|n| notification(n));
        RowNotes { texts, notification }
    }

    fn joined(&self) -> String {
        self.texts.join(" ")
    }
}

/// The import in progress: one step per part of the page.
struct Importer<'a> {
    file: &'a str,
    participants: &'a Participants,
    provenance: Provenance,
    actions: Vec<Action>,
    unmatched: Vec<Unmatched>,
    skipped: Vec<Skipped>,
}

impl Importer<'_> {
    fn skip(&mut self, line: u32, reason: String) {
        self.skipped.push(Skipped { line, reason });
    }

    fn action(&self, code: Code, kind: ActionKind, date: DateWindow, line: u32) -> Action {
        Action::new(code, kind, date)
            .with_provenance(self.provenance.clone())
            .with_origin(Origin::line(self.file, line))
    }

    /// A row: its name matched, each cell read, then the denunciation its
    /// footnotes date.
    fn row(&mut self, page: &Page, row: &Row) {
        let Some(code) = self.matched(row) else {
            return;
        };
        let notes = RowNotes::of(page, row);
        let mut withdrawn_any = false;
        for (i, cell) in row.cells.iter().enumerate() {
            withdrawn_any |= self.cell(page, row, code, &notes, i, cell);
        }
        self.denunciation(row, code, &notes, withdrawn_any);
    }

    /// The participant a row's name matches; a row that matches none is
    /// reported with its dated cells.
    fn matched(&mut self, row: &Row) -> Option<Code> {
        if let Ok(p) = self.participants.find(&row.name) {
            return Some(p.code());
        }
        if !row.name.is_empty() {
            self.unmatched.push(Unmatched {
                name: row.name.clone(),
                line: row.line,
                dated_cells: row
                    .cells
                    .iter()
                    .filter(|c| matches!(c, Cell::Dated { .. }))
                    .count(),
            });
        }
        None
    }

    /// A cell of column `i + 1`: an action of the kind its marker (or the
    /// lack of one) has in the column's header, or a note of why not.
    /// True when it imported a bracketed (withdrawn) date.
    fn cell(&mut self, page: &Page, row: &Row, code: Code, notes: &RowNotes, i: usize, cell: &Cell) -> bool {
        let (date, marker, withdrawn) = match cell {
            Cell::Empty => return false,
            Cell::Dated {
                date,
                marker,
                withdrawn,
            } => (*date, marker.as_deref(), *withdrawn),
            Cell::Unreadable(text) => {
                let header = page.columns.get(i + 1).map_or("", |c| c.header.as_str());
                let reason = format!("{}: {text:?} in column {header:?} is not a date", row.name);
                self.skip(row.line, reason);
                return false;
            }
        };
        let Some(column) = page.columns.get(i + 1) else {
            let reason = format!("{}: a cell beyond the table's columns", row.name);
            self.skip(row.line, reason);
            return false;
        };
        let kind = match column.kind_of(marker) {
            Ok(kind) => kind,
            Err(why) => {
                self.skip(row.line, format!("{}: {date} not imported: {why}", row.name));
                return false;
            }
        };
        let mut note = notes.joined();
        if withdrawn {
            note = format!("bracketed on the depositary's page (withdrawn or denounced). {note}");
        }
        let mut a = self.action(code, kind, DateWindow::exact(date), row.line);
        if !note.trim().is_empty() {
            a = a.with_note(note.trim());
        }
        if let Some(n) = &notes.notification {
            a = a.with_notification(n.clone());
        }
        self.actions.push(a);
        withdrawn
    }

    /// A denunciation the footnotes date ("On 23 October 1997, the
    /// Government of Jamaica notified ... its denunciation"); bracketed
    /// dates without one are noted.
    fn denunciation(&mut self, row: &Row, code: Code, notes: &RowNotes, withdrawn_any: bool) {
        if let Some(day) = notes.texts.iter().find_map(|n| denunciation_date(n)) {
            let a = self
                .action(code, ActionKind::Denunciation, DateWindow::exact(day), row.line)
                .with_note(notes.joined().trim());
            self.actions.push(a);
        } else if withdrawn_any {
            let reason = format!(
                "{}: dates in brackets, and no footnote dates a denunciation",
                row.name
            );
            self.skip(row.line, reason);
        }
    }

    /// A declaration or reservation, dated by the act it was made with:
    /// the signature when its heading says "upon signature"; the
    /// provisional application when it says so (failing that, the consent,
    /// then the signature); otherwise, as the section's title says, the
    /// instrument of consent, failing that the signature, then the
    /// provisional application.
    fn statement(&mut self, s: &Statement) {
        let Some(code) = self.participants.find(&s.participant).ok().map(|p| p.code()) else {
            let reason = format!("statement of {:?}, which matches no participant", s.participant);
            self.skip(s.line, reason);
            return;
        };
        let heading = s.heading.to_ascii_lowercase();
        let kind = if heading.contains("reservation") {
            ActionKind::Reservation
        } else {
            ActionKind::Declaration
        };
        let provisional = |k: ActionKind| k == ActionKind::ProvisionalApplication;
        let order: &[fn(ActionKind) -> bool] = if heading.contains("upon signature") {
            &[ActionKind::is_signature]
        } else if heading.contains("provisional application") {
            &[provisional, ActionKind::is_consent, ActionKind::is_signature]
        } else {
            &[ActionKind::is_consent, ActionKind::is_signature, provisional]
        };
        let mine: Vec<&Action> = self.actions.iter().filter(|a| a.participant() == code).collect();
        let act = order
            .iter()
            .find_map(|wanted| mine.iter().find(|a| wanted(a.kind())));
        let Some(date) = act.map(|a| a.date()) else {
            let reason = format!(
                "{} {}: no signature or instrument on the page to date it",
                s.participant, kind
            );
            self.skip(s.line, reason);
            return;
        };
        let heading = if s.heading.is_empty() {
            format!("{kind}:")
        } else {
            s.heading.clone()
        };
        // The heading and the statement's opening words: what the note is for.
        let note = match s
            .paragraphs
            .first()
            .map(|p| p.split_whitespace().collect::<Vec<_>>())
        {
            Some(words) if !words.is_empty() => format!("{heading} {}", opening(&words, 240)),
            _ => heading,
        };
        let a = self
            .action(code, kind, date, s.line)
            .with_provisions(provisions_named(&s.paragraphs.join(" ")))
            .with_note(note);
        self.actions.push(a);
    }
}
