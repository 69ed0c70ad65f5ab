//! The answers of the `hanoi` tool as documents (feature `serde`). Each is
//! built from a register (or a treaty) and serialized as it is: the
//! tool's JSON is this serde output, nothing built by hand. Every document
//! is wrapped in a [`Document`] that says which data made it; fields come
//! out in the order they are declared here (see `docs/json.md` and the
//! schemas in `docs/schemas/`).

use serde::Serialize;

use crate::base::date::{Answer, Date, DateWindow};
use crate::base::provenance::Confidence;
use crate::export::JSON_SCHEMA_VERSION;
use crate::export::rows::{EventRow, event_rows};
use crate::participants::{Code, Participant, ParticipantKind};
use crate::record::BudapestMapping;
use crate::register::{CountRange, GroupRow, Register, Status};
use crate::treaty::{ArticleNumber, EntryIntoForce, ProvisionKind, SearchHit, Treaty};

/// A document with the fields every JSON output starts with: its schema
/// name and version, and the version and as-of date of the data.
///
/// ```
/// use hanoi_convention::{Register, export::{Document, StatusReport}};
///
/// let r = Register::embedded();
/// let doc = Document::new("status", r, StatusReport::new(r, r.as_of()));
/// let json = serde_json::to_value(&doc)?;
/// assert_eq!(json["schema"], "hanoi-convention/status");
/// assert_eq!(json["data_version"], hanoi_convention::DATA_VERSION);
/// assert_eq!(json["signatories"]["certain"], 75);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Serialize)]
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

/// A participant in a list, with whether its presence is certain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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

/// The status of a treaty on one day (`hanoi status`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StatusReport {
    /// The day answered for.
    pub as_of: Date,
    /// Signatories.
    pub signatories: CountRange,
    /// Parties.
    pub parties: CountRange,
    /// Counts by group, in the treaty's grouping order.
    pub by_group: Vec<GroupRow>,
    /// Entry into force.
    pub entry_into_force: EntryIntoForce,
    /// Whether it was in force on `as_of`.
    pub in_force: Answer,
    /// Who had signed.
    pub signatory_list: Vec<Listed>,
    /// Who were parties.
    pub party_list: Vec<Listed>,
}

impl StatusReport {
    /// The status on `day`.
    pub fn new(r: &Register, day: Date) -> StatusReport {
        let counts = r.counts_by_group(day);
        StatusReport {
            as_of: day,
            signatories: counts.total_signatories(),
            parties: counts.total_parties(),
            by_group: counts.rows(r.treaty().grouping()),
            entry_into_force: r.entry_into_force(),
            in_force: r.in_force_on(day),
            signatory_list: r.signatories_on(day).into_iter().map(Listed::of).collect(),
            party_list: r.parties_on(day).into_iter().map(Listed::of).collect(),
        }
    }
}

/// One participant: identity, status on a day, actions (`hanoi participant`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ParticipantReport {
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
    /// Aliases.
    pub aliases: Vec<String>,
    /// Its name in each language that records one, by BCP 47 tag (`en`
    /// is the UN's name; the others are CLDR's).
    pub names: std::collections::BTreeMap<&'static str, String>,
    /// The day answered for.
    pub as_of: Date,
    /// Status on that day.
    pub status: Status,
    /// The day (or window) from which the treaty binds it (null if none yet).
    pub bound_from: Option<DateWindow>,
    /// Its actions, in the interchange columns.
    pub actions: Vec<EventRow>,
}

impl ParticipantReport {
    /// The report on `p` at the end of `day`.
    pub fn new(r: &Register, p: &Participant, day: Date) -> ParticipantReport {
        ParticipantReport {
            code: p.code(),
            name: p.name().to_string(),
            kind: p.kind(),
            regional_group: p.group().counted_in().map(|g| g.as_str().to_string()),
            group_membership: p.group().as_str(),
            aliases: p.aliases().map(str::to_string).collect(),
            names: crate::Language::ALL
                .into_iter()
                .filter_map(|l| Some((l.tag(), p.name_in(l)?.to_string())))
                .collect(),
            as_of: day,
            status: r.status(p.code(), day).unwrap_or(Status::NotSigned),
            bound_from: r.bound_from(p.code()),
            actions: r.actions_of(p.code()).iter().map(EventRow::of).collect(),
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
pub struct TermRow {
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
        let a = text.article_by_number(n)?;
        let ch = text.chapter_of(a);
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
pub struct TimelineReport {
    /// A point per day on which a count changed.
    pub points: Vec<TimelineRow>,
}

impl TimelineReport {
    /// The register's timeline.
    pub fn new(r: &Register) -> TimelineReport {
        TimelineReport {
            points: r
                .timeline()
                .iter()
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

/// An assumed deposit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Assumed {
    /// Who.
    pub code: Code,
    /// When.
    pub date: Date,
}

/// Entry into force, and what it would be with assumed deposits (`hanoi eif`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EifReport {
    /// The rule's article.
    pub article: String,
    /// Entry into force from the data.
    pub entry_into_force: EntryIntoForce,
    /// The deposits assumed.
    pub assumed: Vec<Assumed>,
    /// Entry into force with them (null when none were assumed).
    pub what_if: Option<EntryIntoForce>,
}

impl EifReport {
    /// The report, with `assumed` deposits.
    ///
    /// # Errors
    ///
    /// As [`Register::entry_into_force_if`].
    pub fn new(r: &Register, assumed: &[(Code, Date)]) -> Result<EifReport, crate::error::Error> {
        Ok(EifReport {
            article: r.treaty().rules().entry_into_force().article().to_string(),
            entry_into_force: r.entry_into_force(),
            assumed: assumed
                .iter()
                .map(|&(code, date)| Assumed { code, date })
                .collect(),
            what_if: if assumed.is_empty() {
                None
            } else {
                Some(r.entry_into_force_if(assumed)?)
            },
        })
    }
}

/// An export view as a document: the *events* rows under `actions`, the
/// *wide* and *panel* rows under `rows`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum RowsReport {
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
        /// A row per participant per year.
        rows: Vec<crate::export::PanelRow>,
    },
}

impl RowsReport {
    /// The rows of `view`, and the document kind (`events`, `wide`, `panel`).
    ///
    /// # Errors
    ///
    /// As [`panel_rows`](crate::export::panel_rows) for the panel.
    pub fn new(
        r: &Register,
        view: crate::export::View,
    ) -> Result<(&'static str, RowsReport), crate::error::Error> {
        use crate::export::{View, panel_rows, wide_rows};
        Ok(match view {
            View::Events => (
                "events",
                RowsReport::Events {
                    actions: event_rows(r),
                },
            ),
            View::Wide => ("wide", RowsReport::Wide { rows: wide_rows(r) }),
            View::Panel => ("panel", RowsReport::Panel { rows: panel_rows(r)? }),
        })
    }
}
