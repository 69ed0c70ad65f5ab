//! How to cite the data: the crate's version, the data set's version and
//! as-of date, a summary of its sources, its licence and the day the data
//! was accessed, as text, BibTeX or a `CITATION.cff`. The day of access is
//! given by the caller: the crate reads no clock.

use std::fmt::Write as _;

use crate::base::date::Date;
use crate::record::Dataset;
use crate::treaty::Treaty;

/// The crate's version, as a citation names it.
pub const CRATE_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Where the crate is to be found once published. It is not published
/// yet, so citations say so rather than give an address that does not
/// exist.
const PUBLICATION: &str = "Rust crate hanoi-convention, to be published on crates.io";

/// The crate's documentation address (`documentation` in `Cargo.toml`).
pub const DOCUMENTATION: &str = "https://docs.rs/hanoi-convention";

/// Where the software and its data can be found: `repository` in
/// `Cargo.toml` once it has one, until then the documentation address.
pub const ADDRESS: &str = {
    let repository = env!("CARGO_PKG_REPOSITORY");
    if repository.is_empty() {
        DOCUMENTATION
    } else {
        repository
    }
};

/// A citation of one treaty's data set, accessed on a day.
///
/// ```
/// use hanoi_convention::{Date, cite::Citation, embedded::EmbeddedTreaty};
///
/// let hanoi = EmbeddedTreaty::Hanoi;
/// let c = Citation::new(hanoi.treaty(), hanoi.dataset(), Date::constant(2026, 12, 1));
/// assert!(c.text().contains(hanoi_convention::Register::embedded().data_version()));
/// assert!(c.bibtex().starts_with("@misc{hanoi_convention_data_"));
/// assert!(c.bibtex().contains("url = {https://docs.rs/hanoi-convention}"));
/// let budapest = EmbeddedTreaty::Budapest;
/// let b = Citation::new(budapest.treaty(), budapest.dataset(), Date::constant(2026, 12, 1));
/// assert!(b.key().starts_with("budapest_convention_data_"));
/// let cets224 = EmbeddedTreaty::Cets224;
/// let p = Citation::new(cets224.treaty(), cets224.dataset(), Date::constant(2026, 12, 1));
/// assert!(p.key().starts_with("cets_224_data_"));
/// assert!(c.cff().contains("cff-version: 1.2.0"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Citation {
    /// The treaty's short name.
    pub treaty: String,
    /// Its full title.
    pub treaty_title: String,
    /// The data set's title.
    pub title: String,
    /// The crate's version.
    pub crate_version: String,
    /// The data set's version.
    pub data_version: String,
    /// The last day the data describes.
    pub data_as_of: Date,
    /// A summary of the sources.
    pub sources: String,
    /// The licence.
    pub licence: String,
    /// The day the data was accessed.
    pub accessed: Date,
    /// Where the software and its data can be found ([`ADDRESS`]).
    pub url: String,
    /// The treaty's reference (e.g. `CETS 224`).
    pub reference: String,
}

impl Citation {
    /// The citation of `dataset` (the data of `treaty`), accessed on `accessed`.
    pub fn new(treaty: &Treaty, dataset: &Dataset, accessed: Date) -> Citation {
        Citation {
            treaty: treaty.identity().short_name().to_string(),
            treaty_title: treaty.identity().title().to_string(),
            title: dataset.title().to_string(),
            crate_version: CRATE_VERSION.to_string(),
            data_version: dataset.version().to_string(),
            data_as_of: dataset.as_of(),
            sources: dataset.sources().to_string(),
            licence: dataset.licence().to_string(),
            accessed,
            url: ADDRESS.to_string(),
            reference: treaty.identity().reference().to_string(),
        }
    }

    /// The BibTeX key: the treaty's short name when it names a
    /// convention, else its reference (a protocol's short name is shared),
    /// then `data` and the version, e.g. `budapest_convention_data_2026_04_25_1`
    /// or `cets_224_data_2026_02_05_1`.
    pub fn key(&self) -> String {
        let slug = |text: &str| {
            let s: String = text
                .chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() {
                        c.to_ascii_lowercase()
                    } else {
                        '_'
                    }
                })
                .collect();
            s.split('_')
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join("_")
        };
        let name = if self.treaty.contains("Convention") || self.reference.is_empty() {
            &self.treaty
        } else {
            &self.reference
        };
        format!("{}_data_{}", slug(name), slug(&self.data_version))
    }

    /// A reference in prose.
    pub fn text(&self) -> String {
        format!(
            "hanoi-convention contributors. {} Data version {} (events to {}), hanoi-convention {}. {}, {}. \
             Sources: {}. Licence: {}. Accessed {}.",
            sentence(&self.title),
            self.data_version,
            self.data_as_of,
            self.crate_version,
            PUBLICATION,
            self.url,
            self.sources,
            self.licence,
            self.accessed
        )
    }

    /// A BibTeX `@misc` entry.
    pub fn bibtex(&self) -> String {
        let key = self.key();
        let mut s = String::new();
        let _ = writeln!(s, "@misc{{{key},");
        let _ = writeln!(s, "  author = {{{{hanoi-convention contributors}}}},");
        let _ = writeln!(s, "  title = {{{}}},", bib(&self.title));
        let _ = writeln!(s, "  year = {{{}}},", self.data_as_of.year());
        let _ = writeln!(
            s,
            "  version = {{data {}, hanoi-convention {}}},",
            self.data_version, self.crate_version
        );
        let _ = writeln!(s, "  howpublished = {{{PUBLICATION}}},");
        let _ = writeln!(s, "  url = {{{}}},", self.url);
        let _ = writeln!(
            s,
            "  note = {{Events to {}; sources: {}; licence: {}; accessed {}}}",
            self.data_as_of,
            bib(&self.sources),
            self.licence,
            self.accessed
        );
        s.push_str("}\n");
        s
    }

    /// A `CITATION.cff` (Citation File Format 1.2.0) for the data set.
    pub fn cff(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "cff-version: 1.2.0");
        let _ = writeln!(
            s,
            "message: \"If you use these data, please cite them as below (accessed {}).\"",
            self.accessed
        );
        let _ = writeln!(s, "type: dataset");
        let _ = writeln!(s, "title: {}", yaml(&self.title));
        let _ = writeln!(s, "authors:\n  - name: \"hanoi-convention contributors\"");
        let _ = writeln!(
            s,
            "version: {}",
            yaml(&format!(
                "{} (hanoi-convention {})",
                self.data_version, self.crate_version
            ))
        );
        let _ = writeln!(s, "date-released: \"{}\"", self.data_as_of);
        let _ = writeln!(s, "url: {}", yaml(&self.url));
        let repository = env!("CARGO_PKG_REPOSITORY");
        if !repository.is_empty() {
            let _ = writeln!(s, "repository-code: {}", yaml(repository));
        }
        let licences: Vec<&str> = self.licence.split(" OR ").map(str::trim).collect();
        let _ = writeln!(s, "license:");
        for l in licences {
            let _ = writeln!(s, "  - {}", yaml(l));
        }
        let _ = writeln!(
            s,
            "abstract: {}",
            yaml(&format!("{} Sources: {}.", sentence(&self.title), self.sources))
        );
        let _ = writeln!(s, "keywords:\n  - treaty\n  - cybercrime\n  - international law");
        s
    }
}

/// `text` ending in a full stop.
fn sentence(text: &str) -> String {
    if text.ends_with('.') {
        text.to_string()
    } else {
        format!("{text}.")
    }
}

/// `text` as a double-quoted YAML scalar.
fn yaml(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

/// `text` with BibTeX's special characters escaped.
fn bib(text: &str) -> String {
    text.replace('\\', "\\textbackslash{}")
        .replace('{', "\\{")
        .replace('}', "\\}")
        .replace('&', "\\&")
        .replace('%', "\\%")
        .replace('#', "\\#")
        .replace('_', "\\_")
        .replace('$', "\\$")
}
