//! How to cite the data shown (`cite::Citation`), accessed on the day the
//! page gives: the library reads no clock, and neither does this crate.

use hanoi_convention::cite::Citation;
use hanoi_convention::parse_date;
use serde::{Deserialize, Serialize};

use super::context::{Answer, json, treaty_named};

/// Which treaty's data, accessed on which day (the reader's today).
#[derive(Debug, Deserialize)]
pub(crate) struct CiteAsk {
    #[serde(default)]
    treaty: String,
    accessed: String,
}

#[derive(Serialize)]
struct CiteAnswer {
    citation: Citation,
    text: String,
    bibtex: String,
    cff: String,
}

pub(crate) fn cite(ask: &CiteAsk) -> Answer {
    let which = treaty_named(&ask.treaty)?;
    let accessed = parse_date(&ask.accessed).map_err(|e| format!("{:?} is not a day: {e}", ask.accessed))?;
    let citation = Citation::new(which.treaty(), which.dataset(), accessed);
    json(&CiteAnswer {
        text: citation.text(),
        bibtex: citation.bibtex(),
        cff: citation.cff(),
        citation,
    })
}
