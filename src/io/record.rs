//! Reading the published record: signing ceremonies, totals published by
//! sources, and the Budapest crosswalk.

use crate::base::date::{DateWindow, parse as parse_date};
use crate::error::Error;
use crate::io::table::{Columns, Record, list, provenance, read_all};
use crate::record::{BudapestMapping, Ceremony, ReportedTotal, TotalOf};

static EVENT_COLUMNS: Columns = Columns {
    all: &[
        "name",
        "date_from",
        "date_to",
        "city",
        "venue",
        "first_signatory",
        "signatories",
        "confidence",
        "source",
        "note",
    ],
    required: &[
        "name",
        "date_from",
        "date_to",
        "city",
        "first_signatory",
        "signatories",
        "confidence",
        "source",
    ],
};

/// Reads a ceremonies file.
pub(crate) fn read_ceremonies(file: &str, text: &str) -> Result<Vec<Ceremony>, Error> {
    read_all(file, text, &EVENT_COLUMNS, |row| {
        Ok(Ceremony {
            name: row.required("name", "a name")?.to_string(),
            dates: DateWindow::from_fields(row.get("date_from"), row.get("date_to"))
                .map_err(|e| row.problem("date_to", e.to_string()))?,
            city: row.required("city", "a city")?.to_string(),
            venue: row.get("venue").to_string(),
            first_signatory: row.parse("first_signatory", "a participant code")?,
            signatories: row.parse("signatories", "a whole number")?,
            provenance: provenance(row)?,
            note: row.get("note").to_string(),
        })
    })
}

static TOTAL_COLUMNS: Columns = Columns {
    all: &["as_of", "count_of", "value", "confidence", "source", "note"],
    required: &["as_of", "count_of", "value", "confidence", "source"],
};

/// Reads a reported-totals file.
pub(crate) fn read_totals(file: &str, text: &str) -> Result<Vec<ReportedTotal>, Error> {
    read_all(file, text, &TOTAL_COLUMNS, |row| {
        Ok(ReportedTotal {
            as_of: parse_date(row.get("as_of")).map_err(|_| row.problem("as_of", "a date YYYY-MM-DD"))?,
            count_of: match row.get("count_of") {
                "signatories" => TotalOf::Signatories,
                "parties" => TotalOf::Parties,
                _ => return Err(row.problem("count_of", "signatories or parties")),
            },
            value: row.parse("value", "a whole number")?,
            provenance: provenance(row)?,
            note: row.get("note").to_string(),
        })
    })
}

static CROSSWALK_COLUMNS: Columns = Columns {
    all: &[
        "budapest_article",
        "budapest_title",
        "budapest_chapter",
        "un_articles",
        "un_detail",
        "basis",
        "confidence",
        "source",
        "note",
    ],
    required: &[
        "budapest_article",
        "budapest_title",
        "budapest_chapter",
        "basis",
        "confidence",
        "source",
    ],
};

/// Reads a crosswalk file.
pub(crate) fn read_crosswalk(file: &str, text: &str) -> Result<Vec<BudapestMapping>, Error> {
    read_all(file, text, &CROSSWALK_COLUMNS, |row| {
        Ok(BudapestMapping {
            budapest_article: row
                .parse("budapest_article", "a Budapest article number 1 to 48")
                .and_then(|n: u8| {
                    if (1..=48).contains(&n) {
                        Ok(n)
                    } else {
                        Err(row.problem("budapest_article", "1 to 48"))
                    }
                })?,
            budapest_title: row.required("budapest_title", "a title")?.to_string(),
            budapest_chapter: row.required("budapest_chapter", "a chapter")?.to_string(),
            articles: list(row.get("un_articles"))
                .map(str::parse)
                .collect::<Result<_, _>>()
                .map_err(|_| row.problem("un_articles", "article numbers 1 to 68 separated by `;`"))?,
            detail: row.get("un_detail").to_string(),
            basis: row.required("basis", "the basis of the mapping")?.to_string(),
            provenance: provenance(row)?,
            note: row.get("note").to_string(),
        })
    })
}
