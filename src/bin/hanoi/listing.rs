//! `hanoi participants` (who stands where, filtered by organisation and
//! standing) and `hanoi cite`.

use std::fmt::Write as _;
use std::io::Write;

use hanoi_convention::__private::RosterReport;
use hanoi_convention::cite::Citation;
use hanoi_convention::export;
use hanoi_convention::participants::{Code, collation_key};

use crate::Failure;
use crate::args::Format;
use crate::context::Context;
use crate::output::{json, put};
use crate::render::{pad, wrap};

pub fn participants(
    ctx: &Context,
    member_of: Option<Code>,
    only: Option<hanoi_convention::Standing>,
    format: Format,
    out: &mut dyn Write,
) -> Result<u8, Failure> {
    let on = ctx.on()?;
    let r = on.register();
    if let Some(org) = member_of {
        let orgs: Vec<String> = r
            .participants()
            .iter()
            .filter(|p| !p.kind().is_state())
            .map(|p| p.code().to_string())
            .collect();
        if !orgs.contains(&org.to_string()) {
            return Err(Failure::usage(format!(
                "{org} is not an organisation among the {}'s participants: expected {}",
                r.treaty().identity().short_name(),
                if orgs.is_empty() {
                    "none (the treaty has none)".to_string()
                } else {
                    orgs.join(", ")
                }
            )));
        }
    }
    let mut report = RosterReport::new(&on, member_of, only);
    let found = !report.participants.is_empty();
    match format {
        Format::Json => json(out, "participants", r, report)?,
        // CSV keeps the English `name` and adds `name_<lang>`, as every export does.
        Format::Csv => export::Csv::new(r.data_version())
            .with_names_in(ctx.names.language(), r.participants())
            .write(&report.participants, out)?,
        _ => {
            // Text names participants in the language asked, in its order.
            for row in &mut report.participants {
                row.name = ctx.names.of_code(r.participants(), row.code, &row.name);
            }
            report
                .participants
                .sort_by_cached_key(|row| collation_key(&row.name));
            put(out, &format!("{}{}", render(&report), ctx.stored_line()))?;
        }
    }
    Ok(if found { 0 } else { 1 })
}

fn render(l: &RosterReport) -> String {
    let mut out = String::new();
    let filter = match (l.member_of, l.standing) {
        (Some(org), Some(s)) => format!(" (members of {org}, {s})"),
        (Some(org), None) => format!(" (members of {org})"),
        (None, Some(s)) => format!(" ({s})"),
        (None, None) => String::new(),
    };
    let _ = writeln!(
        out,
        "{}: participants on {}{filter}: {}",
        l.treaty,
        l.as_of,
        l.participants.len()
    );
    for p in &l.participants {
        let _ = writeln!(out, "  {} {} {}", p.code, pad(&p.name, 40), p.standing);
    }
    for c in &l.caveats {
        let _ = writeln!(out, "\n{}", wrap("note:", &c.message, 6));
    }
    out
}

pub fn cite(ctx: &Context, format: Format, out: &mut dyn Write) -> Result<u8, Failure> {
    let r = &ctx.register;
    let Some(which) = ctx.embedded else {
        return Err(Failure::usage(
            "a treaty read from a status page has no data set of the crate to cite: cite the page itself"
                .into(),
        ));
    };
    let mut citation = Citation::new(r.treaty(), which.dataset(), crate::context::today());
    // Data given with --data, or a stored page: the version names it.
    if r.data_version() != which.dataset().version() {
        citation.data_version = r.data_version().to_string();
        citation.data_as_of = r.as_of();
    }
    if let Some(page) = &ctx.stored {
        citation.sources = format!(
            "{}; the depositary's status page {} fetched {}",
            citation.sources,
            page.url,
            crate::refresh::when(page.fetched_at)
        );
    }
    let text = match format {
        Format::Bibtex => citation.bibtex(),
        Format::Cff => citation.cff(),
        _ => wrap("", &citation.text(), 0) + "\n",
    };
    put(out, &text)?;
    Ok(0)
}
