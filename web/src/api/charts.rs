//! The timeline of one treaty and the pace of the three, drawn by the
//! library (`chart::timeline_svg`, `chart::pace_svg`, and each in
//! `chart::Layout::Narrow` for a phone), with their data.

use hanoi_convention::__private::{Document, PaceReport, TimelineReport};
use hanoi_convention::Register;
use hanoi_convention::chart::{Layout, PaceWindow, pace_chart_in, pace_svg, timeline_chart_in, timeline_svg};
use hanoi_convention::compare::{Pace, milestones};
use hanoi_convention::embedded::EmbeddedTreaty;
use serde::Serialize;

use super::context::{Answer, Ask, csv_rows, csv_table, held, json};

#[derive(Serialize)]
struct ChartsAnswer {
    timeline_svg: String,
    /// The timeline laid out for a phone (`Layout::Narrow`).
    timeline_svg_narrow: String,
    pace_svg: String,
    /// The pace chart laid out for a phone (`Layout::Narrow`).
    pace_svg_narrow: String,
    timeline: Document<TimelineReport>,
    pace: Document<PaceReport>,
    timeline_csv: String,
    pace_csv: String,
}

pub(crate) fn charts(ask: &Ask) -> Answer {
    let which = ask.treaty()?;
    let r = ask.register()?;
    let on = ask.on_day(&r)?;
    let timeline = TimelineReport::new(&on);
    let registers: Vec<_> = EmbeddedTreaty::ALL
        .iter()
        .copied()
        .map(|t| held(t, ask.data))
        .collect();
    let refs: Vec<&Register> = registers.iter().map(|r| &**r).collect();
    let marks = milestones(&refs);
    let paces: Vec<Pace> = refs.iter().map(|t| Pace::of(&t.on(t.as_of()), &marks)).collect();
    let pace = PaceReport::new(paces);
    let (header, records) = pace.records();
    json(&ChartsAnswer {
        timeline_svg: timeline_svg(&on, which.ceremony()),
        timeline_svg_narrow: timeline_chart_in(&on, which.ceremony(), Layout::Narrow).to_svg(),
        pace_svg: pace_svg(&pace.treaties, PaceWindow::Youngest),
        pace_svg_narrow: pace_chart_in(&pace.treaties, PaceWindow::Youngest, Layout::Narrow).to_svg(),
        timeline_csv: csv_rows(r.data_version(), &timeline.points)?,
        pace_csv: csv_table(r.data_version(), &header, &records)?,
        timeline: Document::new("timeline", &r, timeline),
        pace: Document::new("pace", &r, pace),
    })
}
