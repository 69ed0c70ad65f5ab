//! The answers of the `hanoi` tool as documents (feature `serde`). Each is
//! built from a register (or a treaty) and serialized as it is: the
//! tool's JSON is this serde output, nothing built by hand. Every document
//! is wrapped in a [`Document`] that says which data made it; fields come
//! out in the order they are declared here (see `docs/json.md` and the
//! schemas in `docs/schemas/`).
//!
//! - this file: [`Document`] (the fields every document starts with),
//!   [`Caveat`] (a day asked after the data ends), and the parts several
//!   documents share, [`Listed`] and [`CodeValue`].
//! - `status`: [`StatusReport`] (`hanoi status`) and [`ParticipantReport`]
//!   (`hanoi participant`).
//! - `article`: [`ArticleReport`] with its [`ChapterRef`], [`TermRow`],
//!   [`ProvisionRow`] and [`BudapestRow`] (`hanoi article`), and
//!   [`SearchReport`] of [`SearchHitRow`]s (`hanoi article --search`).
//! - `timeline`: [`TimelineReport`] of [`TimelineRow`]s (`hanoi timeline`).
//! - `eif`: [`EifReport`] (`hanoi eif`).
//! - `views`: [`RowsReport`] of [`Rows`], an export view as a document
//!   (`hanoi export --format json`).

mod article;
mod eif;
mod status;
mod timeline;
mod views;

pub use article::{
    ArticleReport, BudapestRow, ChapterRef, ProvisionRow, SearchHitRow, SearchReport, TermRow,
};
pub use eif::EifReport;
pub use status::{ParticipantReport, StatusReport};
pub use timeline::{TimelineReport, TimelineRow};
pub use views::{Rows, RowsReport};

use serde::Serialize;

use crate::base::date::{Answer, Date};
use crate::export::JSON_SCHEMA_VERSION;
use crate::participants::{Code, Participant};
use crate::register::{OnDay, Register};

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
/// assert_eq!(json["data_version"], r.data_version());
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
            certain: k.is_yes(),
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
