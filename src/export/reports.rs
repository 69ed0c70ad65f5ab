//! The answers of the `hanoi` tool as documents (feature `serde`). Each is
//! built from a register (or a treaty) and serialized as it is: the
//! tool's JSON is this serde output, nothing built by hand. Every document
//! is wrapped in a [`Document`] that says which data made it; fields come
//! out in the order they are declared here (see `docs/json.md` and the
//! schemas in `docs/schemas/`).

use serde::Serialize;

use crate::base::count::CountRange;
use crate::base::date::{Answer, Date, DateWindow};
use crate::base::provenance::Confidence;
use crate::export::JSON_SCHEMA_VERSION;
use crate::export::rows::EventRow;
use crate::participants::{Code, Participant, ParticipantKind};
use crate::record::BudapestMapping;
use crate::register::{GroupRow, OnDay, Register, Status, WhatIf};
use crate::treaty::{ArticleNumber, EntryIntoForce, ProvisionKind, SearchHit, Treaty};

/// A document with the fields every JSON output starts with: its schema
/// name and version, and the version and as-of date of the data.
///
/// ```
/// use hanoi_convention::{Register, __private::{Document, StatusReport}};
///
/// let r = Register::embedded();
/// let day = hanoi_convention::Date::constant(2025, 10, 26);
/// let doc = Document::new("status", r, StatusReport::new(&r.on(day)));
/// let json = serde_json::to_value(&doc)?;
/// assert_eq!(json["schema"], "hanoi-convention/status");
/// assert_eq!(json["data_version"], hanoi_convention::DATA_VERSION);
/// assert_eq!(json["signatories"]["certain"], 72);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct Document<T> {
    /// `hanoi-convention/<kind>`.
    pub schema: String,
    /// [`JSON_SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The register's data version.
    pub data_version: String,
    /// The register's as-of date.
    pub data_as_of: Date,
    /// The document's own fields.
    #[serde(flatten)]
    pub body: T,
}

impl<T: Serialize> Document<T> {
    /// Wraps `body` as a document of `kind` about the data in `r`.
    pub fn new(kind: &str, r: &Register, body: T) -> Document<T> {
        Document::about(kind, r.data_version(), r.as_of(), body)
    }

    /// Wraps `body` as a document of `kind` about data named `data_version`
    /// as of `data_as_of` (e.g. an imported page).
    pub fn about(kind: &str, data_version: &str, data_as_of: Date, body: T) -> Document<T> {
        Document {
            schema: format!("hanoi-convention/{kind}"),
            schema_version: JSON_SCHEMA_VERSION,
            data_version: data_version.to_string(),
            data_as_of,
            body,
        }
    }
}

/// A warning that goes with an answer: the day asked is after the day a
/// treaty's data ends, so the answer assumes nothing happened in between,
/// which the data cannot say.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Caveat {
    /// The treaty whose data it concerns (its short name).
    pub treaty: String,
    /// The last day its data describes.
    pub data_as_of: Date,
    /// The day asked about.
    pub day: Date,
    /// The warning, in words.
    pub message: String,
}

impl Caveat {
    /// The caveat of an answer about `on`'s day, if the day is after the
    /// data ends.
    ///
    /// ```
    /// use hanoi_convention::{Date, Register, __private::Caveat};
    ///
    /// let r = Register::embedded();
    /// assert!(Caveat::beyond_data(&r.on(r.as_of())).is_none());
    /// let later = Caveat::beyond_data(&r.on(Date::constant(2030, 1, 1))).unwrap();
    /// assert!(later.message.contains("2026-07-31"));
    /// ```
    pub fn beyond_data(on: &OnDay<'_>) -> Option<Caveat> {
        if !on.beyond_data() {
            return None;
        }
        let r = on.register();
        let treaty = r.treaty().identity().short_name().to_string();
        let message = format!(
            "the {treaty}'s data ends on {}: the answer for {} assumes nothing happened after that day, \
             which the data cannot say",
            r.as_of(),
            on.day()
        );
        Some(Caveat {
            treaty,
            data_as_of: r.as_of(),
            day: on.day(),
            message,
        })
    }
}

/// A participant in a list, with whether its presence is certain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Listed {
    /// Code.
    pub code: Code,
    /// Name.
    pub name: String,
    /// False when a date window leaves it possible only.
    pub certain: bool,
}

impl Listed {
    fn of((p, k): (&Participant, Answer)) -> Listed {
        Listed {
            code: p.code(),
            name: p.name().to_string(),
            certain: k.is_certain(),
        }
    }
}

/// A participant's code in one system: a number (ISO 3166-1 numeric, M49,
/// COW, GW) or letters (ISO alpha-2 and alpha-3, COW letters).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum CodeValue {
    /// A numeric code.
    Number(u16),
    /// A code in letters.
    Letters(String),
}

impl std::fmt::Display for CodeValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CodeValue::Number(n) => write!(f, "{n}"),
            CodeValue::Letters(s) => f.write_str(s),
        }
    }
}

/// The status of a treaty on one day (`hanoi status`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct StatusReport {
    /// The treaty's short name.
    pub treaty: String,
    /// The day answered for.
    pub as_of: Date,
    /// Signatories.
    pub signatories: CountRange,
    /// Parties.
    pub parties: CountRange,
    /// Counts by group, in the treaty's grouping order.
    pub by_group: Vec<GroupRow>,
    /// The instruments the entry-into-force rule counts, deposited by then.
    pub instruments_counted: CountRange,
    /// The instruments the rule needs.
    pub instruments_required: u32,
    /// Entry into force as it stood on the day.
    pub entry_into_force: EntryIntoForce,
    /// Whether it was in force on the day.
    pub in_force: Answer,
    /// Who had signed.
    pub signatory_list: Vec<Listed>,
    /// Who were parties.
    pub party_list: Vec<Listed>,
    /// Warnings about the answer (a day after the data ends).
    pub caveats: Vec<Caveat>,
}

impl StatusReport {
    /// The status on the day of `on`.
    pub fn new(on: &OnDay<'_>) -> StatusReport {
        let r = on.register();
        let counts = on.counts_by_group();
        StatusReport {
            treaty: r.treaty().identity().short_name().to_string(),
            as_of: on.day(),
            signatories: counts.total_signatories(),
            parties: counts.total_parties(),
            by_group: counts.rows(),
            instruments_counted: on.counted_instruments(),
            instruments_required: r.treaty().rules().entry_into_force().required(),
            entry_into_force: on.entry_into_force(),
            in_force: on.in_force(),
            signatory_list: on.signatories().list().into_iter().map(Listed::of).collect(),
            party_list: on.parties().list().into_iter().map(Listed::of).collect(),
            caveats: Caveat::beyond_data(on).into_iter().collect(),
        }
    }
}

/// One participant: identity, status on a day, actions (`hanoi participant`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct ParticipantReport {
    /// The treaty's short name.
    pub treaty: String,
    /// Code.
    pub code: Code,
    /// Name.
    pub name: String,
    /// Kind.
    pub kind: ParticipantKind,
    /// UN regional group counted in (null for none).
    pub regional_group: Option<String>,
    /// `member`, `observer`, `dual`, `disputed` or `none`.
    pub group_membership: &'static str,
    /// The organisation it is a member State of (e.g. `EU`), if any.
    pub member_of: Option<Code>,
    /// Aliases.
    pub aliases: Vec<String>,
    /// Its name in each language that records one, by BCP 47 tag (`en`
    /// is the UN's name; the others are CLDR's).
    pub names: std::collections::BTreeMap<&'static str, String>,
    /// Its formal name in each language that records one (the UN's).
    pub formal_names: std::collections::BTreeMap<&'static str, String>,
    /// Its code in each system that assigns one, by column name (`iso2`,
    /// `iso3`, `iso_numeric`, `m49`, `cow_n`, `cow_c`, `gw_n`): numbers
    /// for the numeric systems, as in the wide and panel exports.
    pub codes: std::collections::BTreeMap<&'static str, CodeValue>,
    /// Notes on special cases.
    pub note: String,
    /// The day answered for.
    pub as_of: Date,
    /// Status on that day.
    pub status: Status,
    /// The day (or window) from which the treaty binds it under the
    /// instrument it had in effect on that day (null if none).
    pub bound_from: Option<DateWindow>,
    /// Its actions, in the interchange columns.
    pub actions: Vec<EventRow>,
    /// Warnings about the answer (a day after the data ends).
    pub caveats: Vec<Caveat>,
}

impl ParticipantReport {
    /// The report on `p` at the end of the day of `on`.
    pub fn new(on: &OnDay<'_>, p: &Participant) -> ParticipantReport {
        let r = on.register();
        let by_language = |formal: bool| {
            crate::Language::ALL
                .iter()
                .copied()
                .filter_map(|l| {
                    let name = if formal { p.formal_name_in(l) } else { p.name_in(l) };
                    Some((l.tag(), name?.to_string()))
                })
                .collect()
        };
        ParticipantReport {
            treaty: r.treaty().identity().short_name().to_string(),
            code: p.code(),
            name: p.name().to_string(),
            kind: p.kind(),
            regional_group: p.group().counted_in().map(|g| g.as_str().to_string()),
            group_membership: p.group().as_str(),
            member_of: p.member_of(),
            aliases: p.aliases().map(str::to_string).collect(),
            names: by_language(false),
            formal_names: by_language(true),
            codes: crate::participants::CodeSystem::ALL
                .iter()
                .copied()
                .filter_map(|s| {
                    let value = match p.codes().number(s) {
                        Some(n) => CodeValue::Number(n),
                        None => CodeValue::Letters(p.code_in(s)?),
                    };
                    Some((s.column(), value))
                })
                .collect(),
            note: p.note().to_string(),
            as_of: on.day(),
            status: on.status(p.code()).unwrap_or(Status::NotSigned),
            bound_from: on.bound_from(p.code()),
            actions: r.actions_of(p.code()).iter().map(EventRow::of).collect(),
            caveats: Caveat::beyond_data(on).into_iter().collect(),
        }
    }
}

/// A chapter, by Roman number and title.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChapterRef {
    /// Roman number.
    pub number: String,
    /// Title.
    pub title: String,
}

/// A defined term.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct TermRow {
    /// Where it is defined, e.g. `2(c)`.
    pub reference: String,
    /// Subparagraph letter.
    pub letter: char,
    /// The term.
    pub term: String,
}

/// A classified provision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProvisionRow {
    /// e.g. `11(3)`.
    pub provision: String,
    /// Kind.
    pub kind: ProvisionKind,
    /// Summary.
    pub summary: String,
    /// Whether a reservation or declaration may be made under it.
    pub allows_reservation: bool,
}

/// A Budapest Convention counterpart.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BudapestRow {
    /// Budapest article number.
    pub article: u8,
    /// Its title.
    pub title: String,
    /// Which part corresponds.
    pub detail: String,
    /// The basis of the mapping.
    pub basis: String,
    /// Confidence.
    pub confidence: Confidence,
}

/// An article with its chapter, terms, provisions and counterparts
/// (`hanoi article`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ArticleReport {
    /// Number.
    pub number: ArticleNumber,
    /// Title.
    pub title: String,
    /// Confidence of the title.
    pub confidence: Confidence,
    /// Source of the title.
    pub source: String,
    /// Its chapter.
    pub chapter: ChapterRef,
    /// The terms it defines (for the definitions article).
    pub terms: Vec<TermRow>,
    /// Its classified provisions.
    pub provisions: Vec<ProvisionRow>,
    /// Budapest Convention counterparts from `crosswalk`.
    pub budapest: Vec<BudapestRow>,
}

impl ArticleReport {
    /// Article `n` of `treaty`, with the counterparts `crosswalk` maps to it;
    /// `None` when the text has no such article.
    pub fn new(treaty: &Treaty, n: ArticleNumber, crosswalk: &[BudapestMapping]) -> Option<ArticleReport> {
        let text = treaty.text();
        let a = text.article(n.get())?;
        let ch = text.chapter_of(a)?;
        let defines = text.definitions_article().is_some_and(|d| d.number() == n);
        Some(ArticleReport {
            number: n,
            title: a.title().to_string(),
            confidence: a.provenance().confidence(),
            source: a.provenance().source().to_string(),
            chapter: ChapterRef {
                number: ch.roman(),
                title: ch.title().to_string(),
            },
            terms: if defines {
                text.terms()
                    .iter()
                    .map(|t| TermRow {
                        reference: t.reference(),
                        letter: t.letter(),
                        term: t.term().to_string(),
                    })
                    .collect()
            } else {
                Vec::new()
            },
            provisions: text
                .provisions_of(n)
                .map(|p| ProvisionRow {
                    provision: p.reference().to_string(),
                    kind: p.kind(),
                    summary: p.summary().to_string(),
                    allows_reservation: p.kind().allows_reservation(),
                })
                .collect(),
            budapest: crosswalk
                .iter()
                .filter(|m| m.articles().contains(&n))
                .map(|m| BudapestRow {
                    article: m.budapest_article(),
                    title: m.budapest_title().to_string(),
                    detail: m.detail().to_string(),
                    basis: m.basis().to_string(),
                    confidence: m.provenance().confidence(),
                })
                .collect(),
        })
    }
}

/// One hit of a search.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum SearchHitRow {
    /// An article.
    Article {
        /// Number.
        number: ArticleNumber,
        /// Title.
        title: String,
    },
    /// A defined term.
    Term {
        /// Where it is defined, e.g. `2(c)`.
        reference: String,
        /// Subparagraph letter.
        letter: char,
        /// The term.
        term: String,
    },
    /// A chapter.
    Chapter {
        /// Roman number.
        chapter: String,
        /// Title.
        title: String,
    },
}

/// A search of titles and terms (`hanoi article --search`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SearchReport {
    /// The words searched for.
    pub query: String,
    /// What matched.
    pub hits: Vec<SearchHitRow>,
}

impl SearchReport {
    /// Searches `treaty`'s text.
    pub fn new(treaty: &Treaty, query: &str) -> SearchReport {
        let hits = treaty
            .text()
            .search(query)
            .into_iter()
            .map(|h| match h {
                SearchHit::Article(a) => SearchHitRow::Article {
                    number: a.number(),
                    title: a.title().to_string(),
                },
                SearchHit::Term(t) => SearchHitRow::Term {
                    reference: t.reference(),
                    letter: t.letter(),
                    term: t.term().to_string(),
                },
                SearchHit::Chapter(c) => SearchHitRow::Chapter {
                    chapter: c.roman(),
                    title: c.title().to_string(),
                },
            })
            .collect();
        SearchReport {
            query: query.to_string(),
            hits,
        }
    }
}

/// One day of the timeline, flat for CSV.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
#[non_exhaustive]
pub struct TimelineRow {
    /// The day.
    pub date: Date,
    /// Signatories, certain.
    pub signatories_certain: u32,
    /// Signatories, possible.
    pub signatories_possible: u32,
    /// Parties, certain.
    pub parties_certain: u32,
    /// Parties, possible.
    pub parties_possible: u32,
}

/// The timeline (`hanoi timeline`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct TimelineReport {
    /// The treaty's short name.
    pub treaty: String,
    /// The last day shown.
    pub until: Date,
    /// A point per day on which a count changed, up to `until`.
    pub points: Vec<TimelineRow>,
    /// Warnings about the answer (a day after the data ends).
    pub caveats: Vec<Caveat>,
}

impl TimelineReport {
    /// The register's timeline up to the day of `on`.
    pub fn new(on: &OnDay<'_>) -> TimelineReport {
        let r = on.register();
        TimelineReport {
            treaty: r.treaty().identity().short_name().to_string(),
            until: on.day(),
            caveats: Caveat::beyond_data(on).into_iter().collect(),
            points: r
                .timeline()
                .iter()
                .filter(|p| p.date <= on.day())
                .map(|p| TimelineRow {
                    date: p.date,
                    signatories_certain: p.signatories().certain,
                    signatories_possible: p.signatories().possible,
                    parties_certain: p.parties().certain,
                    parties_possible: p.parties().possible,
                })
                .collect(),
        }
    }
}

/// Entry into force, and what it would be with assumed deposits, each
/// checked (`hanoi eif`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct EifReport {
    /// The treaty's short name.
    pub treaty: String,
    /// The rule's provisions.
    pub article: String,
    /// The rule in words.
    pub rule: String,
    /// The day answered for.
    pub as_of: Date,
    /// Entry into force as it stood that day.
    pub entry_into_force: EntryIntoForce,
    /// The assumptions, each with its outcome, and the entry into force
    /// with them (null when none were made).
    pub what_if: Option<WhatIf>,
    /// Warnings about the answer (a day after the data ends).
    pub caveats: Vec<Caveat>,
}

impl EifReport {
    /// The report on the day of `on`, with the deposits `assumed`.
    ///
    /// # Errors
    ///
    /// As [`OnDay::what_if`].
    pub fn new(
        on: &OnDay<'_>,
        assumed: &[crate::register::Assumption],
    ) -> Result<EifReport, crate::error::Error> {
        let r = on.register();
        let rule = r.treaty().rules().entry_into_force();
        Ok(EifReport {
            treaty: r.treaty().identity().short_name().to_string(),
            article: rule.article().to_string(),
            rule: rule_in_words(rule),
            as_of: on.day(),
            entry_into_force: on.entry_into_force(),
            what_if: if assumed.is_empty() {
                None
            } else {
                Some(on.what_if(assumed)?)
            },
            caveats: Caveat::beyond_data(on).into_iter().collect(),
        })
    }
}

/// An entry-into-force rule in words.
fn rule_in_words(rule: &crate::treaty::EntryIntoForceRule) -> String {
    use crate::treaty::EntryIntoForceShape;
    let kinds: Vec<&str> = rule.counted_kinds().iter().map(|k| k.as_str()).collect();
    let counted = kinds.join(", ");
    match rule.shape() {
        EntryIntoForceShape::DaysAfterNth {
            instruments,
            days,
            later_party_days,
        } => format!(
            "in force on the {days}th day after the {instruments}th instrument ({counted}); \
             for a later party, on the {later_party_days}th day after its own, or on that day, whichever is later"
        ),
        EntryIntoForceShape::FirstOfMonthAfterNth {
            consents,
            months,
            from_members,
        } => format!(
            "in force on the first day of the month following {months} months after the {consents}th consent \
             ({counted}), {from_members} of them from members of the organisation; for a later party, the same \
             after its own"
        ),
    }
}

/// An export view as a document: the treaty and the day it describes,
/// the caveats, and the rows (the *events* rows under `actions`, the other
/// views' rows under `rows`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct RowsReport {
    /// The treaty's short name.
    pub treaty: String,
    /// The day the rows describe.
    pub as_of: Date,
    /// What the reader should know about the answer.
    pub caveats: Vec<Caveat>,
    /// The rows.
    #[serde(flatten)]
    pub rows: Rows,
}

/// The rows of a [`RowsReport`], by view.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum Rows {
    /// The *events* view.
    Events {
        /// A row per action.
        actions: Vec<EventRow>,
    },
    /// The *wide* view.
    Wide {
        /// A row per participant.
        rows: Vec<crate::export::WideRow>,
    },
    /// The *panel* view.
    Panel {
        /// The universe of its units.
        universe: &'static str,
        /// A row per unit per year.
        rows: Vec<crate::export::PanelRow>,
    },
    /// The *years* view.
    Years {
        /// A row per year and group.
        rows: Vec<crate::export::YearRow>,
    },
}

impl RowsReport {
    /// The rows of `view` as of the day of `on` (the panel's units from
    /// `universe`), and the document kind (`events`, `wide`, `panel`,
    /// `years`).
    ///
    /// # Errors
    ///
    /// As [`panel_rows`](crate::export::panel_rows) for the panel and the years.
    pub fn new(
        on: &OnDay<'_>,
        view: crate::export::View,
        universe: crate::export::Universe<'_>,
    ) -> Result<(&'static str, RowsReport), crate::error::Error> {
        RowsReport::over(on, view, universe, crate::export::YearSpan::default())
    }

    /// As [`RowsReport::new`], the panel and the years over the years of
    /// `span`; a last year observed inside it is said in the caveats.
    ///
    /// # Errors
    ///
    /// As [`YearSpan::years`](crate::export::YearSpan::years).
    pub fn over(
        on: &OnDay<'_>,
        view: crate::export::View,
        universe: crate::export::Universe<'_>,
        span: crate::export::YearSpan,
    ) -> Result<(&'static str, RowsReport), crate::error::Error> {
        use crate::export::{View, panel_rows_over, wide_rows, year_rows_over};
        let rows = match view {
            View::Events => Rows::Events {
                actions: crate::export::event_rows_by(on),
            },
            View::Wide => Rows::Wide { rows: wide_rows(on) },
            View::Panel => Rows::Panel {
                universe: universe.name(),
                rows: panel_rows_over(on, universe, span)?,
            },
            View::Years => Rows::Years {
                rows: year_rows_over(on, span)?,
            },
        };
        let mut caveats: Vec<Caveat> = Caveat::beyond_data(on).into_iter().collect();
        if matches!(view, View::Panel | View::Years) {
            caveats.extend(Caveat::partial_year(on, span));
        }
        let report = RowsReport {
            treaty: on.register().treaty().identity().short_name().to_string(),
            as_of: on.day(),
            caveats,
            rows,
        };
        Ok((view.name(), report))
    }

    /// The *events* document of `actions` read from elsewhere (e.g. a
    /// status page), about `treaty` as of `as_of`.
    pub fn events(treaty: &str, as_of: Date, actions: Vec<EventRow>) -> RowsReport {
        RowsReport {
            treaty: treaty.to_string(),
            as_of,
            caveats: Vec::new(),
            rows: Rows::Events { actions },
        }
    }
}
