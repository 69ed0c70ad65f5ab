//! A data set with the depositary's page applied: the data the tool answers
//! from after a refresh, as a value. The library reads no network and no
//! cache; whoever fetched the page gives its bytes (already imported) and
//! the day it was fetched.

use crate::Error;
use crate::actions::{Action, ActionKind};
use crate::base::date::Date;
use crate::base::origin::Origin;
use crate::participants::Participants;
use crate::register::Register;

use super::{Refresh, UntcImport};

/// A register with a depositary page applied, and what the page changed.
///
/// The page is the source of record: a row it narrows takes its day, a row
/// it contradicts takes its reading (the conflict is kept in
/// [`refresh`](Self::refresh) for a person to see), and the actions it adds
/// are added. Rows of the data the page does not have stay, listed in
/// [`Refresh::not_on_page`].
///
/// ```
/// use hanoi_convention::{Date, Register, io::untc::{self, PageApplied}};
///
/// let page = br#"<?xml version="1.0"?><Document><Treaty><Header>
///   <Chapter><Header>CHAPTER XVIII</Header><Name>PENAL MATTERS</Name></Chapter>
///   <ExternalData><Numsect>16</Numsect><Titlesect>United Nations Convention against Cybercrime</Titlesect>
///   <Status><Signatories>1</Signatories><Parties>1</Parties></Status></ExternalData></Header>
///   <Participants><Table><TGroup cols="3"><Thead><Row><Entry>Participant</Entry><Entry>Signature</Entry>
///   <Entry>Acceptance(A), Ratification, Approval(AA), Accession(a)</Entry></Row></Thead>
///   <Tbody><Rows><Row><Entry>France</Entry><Entry>25 Oct 2025</Entry><Entry>10 Sep 2026</Entry></Row>
///   </Rows></Tbody></TGroup></Table></Participants></Treaty></Document>"#;
/// let base = Register::embedded();
/// let fetched = Date::constant(2026, 12, 5);
/// let import = untc::from_bytes("XVIII-16.en.xml", page, base.participants(), Some(fetched))?;
/// let applied = PageApplied::new(base, &import, fetched)?;
/// assert_eq!(applied.register().as_of(), fetched);
/// assert!(applied.register().data_version().ends_with("+untc:XVIII-16@2026-12-05"));
/// assert_eq!(applied.refresh().new.len(), 1); // France's ratification
/// let parties = applied.register().on(fetched).parties().count().certain;
/// assert_eq!(parties, base.on(base.as_of()).parties().count().certain + 1);
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct PageApplied {
    register: Register,
    refresh: Refresh,
    page_version: String,
}

impl PageApplied {
    /// `base` with the page of `import` applied, the page fetched (or
    /// describing the status) on `fetched_on`. The data's as-of date is
    /// that day, or the page's own status date, and never before `base`'s.
    ///
    /// # Errors
    ///
    /// An error of kind [`Format`](crate::ErrorKind::Format) when the page is of another treaty
    /// than `base`'s, and an error of kind [`Invalid`](crate::ErrorKind::Invalid) when the data
    /// with the page applied break the treaty's final provisions (every problem listed).
    pub fn new(base: &Register, import: &UntcImport, fetched_on: Date) -> Result<PageApplied, Error> {
        let reference = base.treaty().identity().reference();
        if import.page.reference != reference {
            return Err(Error::format(
                Origin::line(&import.url(), 1),
                format!(
                    "the page of {}, not of {} ({reference}): expected that treaty's status page",
                    describe(&import.page.reference),
                    base.treaty().identity().short_name()
                ),
            ));
        }
        let refresh = Refresh::of(base.actions(), &import.actions);
        let day = import.status_date.unwrap_or(fetched_on);
        let page_version = format!("untc:{reference}@{day}");
        let register = base
            .to_builder()
            .keep_actions(|_| false)
            .actions(refresh.applied())
            .as_of(day.max(base.as_of()))
            .data_version(format!("{}+{page_version}", base.data_version()))
            .build()?;
        Ok(PageApplied {
            register,
            refresh,
            page_version,
        })
    }

    /// The register with the page applied.
    pub fn register(&self) -> &Register {
        &self.register
    }

    /// The register, taken.
    pub fn into_register(self) -> Register {
        self.register
    }

    /// What the page changed against the base data.
    pub fn refresh(&self) -> &Refresh {
        &self.refresh
    }

    /// The page's part of the data version, e.g. `untc:XVIII-16@2026-12-05`.
    pub fn page_version(&self) -> &str {
        &self.page_version
    }
}

fn describe(reference: &str) -> String {
    if reference.is_empty() {
        "no treaty (the page names none)".to_string()
    } else {
        format!("treaty {reference}")
    }
}

impl Refresh {
    /// The data set with the page as the source of record: narrowed rows
    /// take the page's day (keeping their place, provisions and note, as
    /// [`merged`](Self::merged) does), rows in conflict take the page's
    /// reading, new actions are added, and rows the page does not have are
    /// kept.
    pub fn applied(&self) -> Vec<Action> {
        let mut out = self.merged();
        for pair in &self.conflicts {
            if let Some(row) = out.iter_mut().find(|a| **a == pair.ours) {
                let note = format!("the depositary's page; the data had: {}", pair.ours.date());
                let mut page = pair.page.clone();
                if page.note().is_empty() {
                    page = page.with_note(&note);
                }
                *row = page;
            }
        }
        out
    }

    /// What the page changes, in a sentence for a changelog or a commit
    /// message, e.g. "2 new signatories (Brazil, Japan); 1 ratification
    /// (France, 10 Sep 2026); Fiji's signature narrowed to 3 Dec 2025".
    /// "no change" when the page changes nothing.
    ///
    /// ```
    /// use hanoi_convention::{Confidence, Register, actions::{Action, ActionKind}, io::untc::Refresh};
    ///
    /// let a = |who: &str, kind, when: &str| Action::new(who.parse().unwrap(), kind, when.parse().unwrap())
    ///     .with_source("x", Confidence::High);
    /// let ours = [a("FJI", ActionKind::Signature, "2025-11-20..2025-12-29")];
    /// let page = [
    ///     a("FJI", ActionKind::Signature, "2025-12-03"),
    ///     a("BRA", ActionKind::Signature, "2026-11-02"),
    ///     a("FRA", ActionKind::Ratification, "2026-09-10"),
    /// ];
    /// let message = Refresh::of(&ours, &page).change_message(Register::embedded().participants());
    /// assert_eq!(
    ///     message,
    ///     "1 new signatory (Brazil); 1 ratification (France, 10 Sep 2026); Fiji's signature narrowed to 3 Dec 2025"
    /// );
    /// ```
    pub fn change_message(&self, participants: &Participants) -> String {
        let name = |a: &Action| {
            participants
                .get(a.participant())
                .map_or_else(|| a.participant().to_string(), |p| p.name().to_string())
        };
        let mut parts = Vec::new();
        let signatures: Vec<String> = self
            .new
            .iter()
            .filter(|a| a.kind().is_signature())
            .map(name)
            .collect();
        if !signatures.is_empty() {
            let noun = if signatures.len() == 1 {
                "signatory"
            } else {
                "signatories"
            };
            parts.push(format!(
                "{} new {noun} ({})",
                signatures.len(),
                signatures.join(", ")
            ));
        }
        // Other acts by kind, in the order the kinds are declared.
        let mut kinds: Vec<ActionKind> = self
            .new
            .iter()
            .map(Action::kind)
            .filter(|k| !k.is_signature())
            .collect();
        kinds.sort_by_key(|k| k.as_str());
        kinds.dedup();
        for kind in kinds {
            let acts: Vec<String> = self
                .new
                .iter()
                .filter(|a| a.kind() == kind)
                .map(|a| format!("{}, {}", name(a), long(a)))
                .collect();
            let noun = kind.as_str().replace('_', " ");
            let noun = if acts.len() == 1 { noun } else { plural(&noun) };
            parts.push(format!("{} {noun} ({})", acts.len(), acts.join("; ")));
        }
        for pair in &self.narrowed {
            parts.push(format!(
                "{}'s {} narrowed to {}",
                name(&pair.ours),
                pair.ours.kind().as_str().replace('_', " "),
                long(&pair.page)
            ));
        }
        if !self.conflicts.is_empty() {
            let who: Vec<String> = self.conflicts.iter().map(|p| name(&p.ours)).collect();
            let n = self.conflicts.len();
            let noun = if n == 1 { "conflict" } else { "conflicts" };
            parts.push(format!("{n} {noun} with the data to review ({})", who.join(", ")));
        }
        if parts.is_empty() {
            return "no change".to_string();
        }
        parts.join("; ")
    }
}

/// An action's day as a changelog writes it ("10 Sep 2026"), or its window.
fn long(a: &Action) -> String {
    let w = a.date();
    let day = |d: Date| d.strftime("%-d %b %Y").to_string();
    match w.exact_day() {
        Some(d) => day(d),
        None => format!("between {} and {}", day(w.earliest()), day(w.latest())),
    }
}

fn plural(noun: &str) -> String {
    match noun.strip_suffix('y') {
        Some(stem) => format!("{stem}ies"),
        None => format!("{noun}s"),
    }
}
