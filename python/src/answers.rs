//! Each answer of the package, as the tool gives it: the crate's JSON
//! documents (`hanoi ... --format json`) and CSV exports (`hanoi export`),
//! for the data and day asked. The Python side turns them into objects and
//! typed DataFrames.

use hanoi_convention::__private::{
    Caveat, Document, EifReport, ParticipantReport, RosterReport, StatusReport, ValidationReport,
    ValidationReports,
};
use hanoi_convention::cite::Citation;
use hanoi_convention::embedded::{EmbeddedTreaty, find_participant, find_participant_by_code, state_system};
use hanoi_convention::export::{self, Universe, View};
use hanoi_convention::io::{actions, merge_actions};
use hanoi_convention::participants::CodeSystem;
use hanoi_convention::register::{Assumption, OnDay};
use hanoi_convention::{Answer, Code, Date, EntryIntoForce, Language, Register};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use crate::Fail;
use crate::data::{self, Data};

/// What a call answers for: the treaty, whether to ignore a stored page,
/// and the day (`None`: the data's as-of date).
pub struct Ask<'a> {
    pub treaty: &'a str,
    pub as_of: Option<&'a str>,
    pub embedded: bool,
}

impl Ask<'_> {
    fn data(&self) -> Result<std::sync::Arc<Data>, Fail> {
        data::data(data::treaty(self.treaty)?, self.embedded)
    }

    fn day(&self) -> Result<Option<Date>, Fail> {
        self.as_of
            .map(|s| hanoi_convention::parse_date(s).map_err(|e| Fail::usage(format!("as_of={s:?}: {e}"))))
            .transpose()
    }
}

/// The register on the day asked; refused before the treaty existed.
fn on<'r>(r: &'r Register, day: Option<Date>) -> Result<OnDay<'r>, Fail> {
    Ok(r.try_on(day.unwrap_or(r.as_of()))?)
}

fn json<T: serde::Serialize>(kind: &str, r: &Register, body: T) -> Result<String, Fail> {
    serde_json::to_string(&Document::new(kind, r, body)).map_err(|e| Fail::internal(e.to_string()))
}

/// Today, in UTC: the day of access of a citation.
fn today() -> Date {
    jiff::tz::Offset::UTC.to_datetime(jiff::Timestamp::now()).date()
}

/// The data answered from, as JSON: versions, as-of dates and the stored
/// page, if any.
pub fn data_info(ask: &Ask<'_>) -> Result<String, Fail> {
    let d = ask.data()?;
    let r = d.register();
    let which = d.which;
    let identity = r.treaty().identity();
    let stored = d.stored().map(|(rec, path)| {
        serde_json::json!({
            "reference": rec.reference,
            "url": rec.url,
            "from": rec.from,
            "fetched_at": rec.fetched_at.to_string(),
            "status_date": rec.status_date.to_string(),
            "record": path.display().to_string(),
        })
    });
    let doc = serde_json::json!({
        "treaty": which.name(),
        "short_name": identity.short_name(),
        "title": identity.title(),
        "reference": identity.reference(),
        "data_version": r.data_version(),
        "data_as_of": r.as_of().to_string(),
        "embedded_data_version": which.dataset().version(),
        "embedded_data_as_of": which.dataset().as_of().to_string(),
        "stored_page": stored,
        "cache_record": data::record_path(which).map(|p| p.display().to_string()),
    });
    Ok(doc.to_string())
}

/// `hanoi status --format json`.
pub fn status(ask: &Ask<'_>) -> Result<String, Fail> {
    let d = ask.data()?;
    let on = on(d.register(), ask.day()?)?;
    json("status", d.register(), StatusReport::new(&on))
}

/// A status in brief, with its whole document: what `hc.status()` needs
/// at once (the counts, entry into force) and, parsed only when asked,
/// the rest (lists, groups).
#[derive(Clone)]
pub struct Brief {
    /// The JSON document (`hanoi status --format json`).
    pub json: String,
    /// The data version, the data's as-of date and the day.
    pub versions: (String, String, String),
    /// Signatories, parties and instruments counted: (certain, possible) each.
    pub counts: [(u32, u32); 3],
    /// Instruments required; whether in force (`yes`, `no`, `unknown`).
    pub required: u32,
    pub in_force: &'static str,
    /// Entry into force: its state, and its first and last day where known.
    pub eif: (&'static str, Option<String>, Option<String>),
}

/// The statuses already answered, by treaty, reading of the data and day:
/// the same question answers from memory.
type Briefs = Mutex<HashMap<(EmbeddedTreaty, u64, Date), Arc<Brief>>>;

/// [`status`] in brief (remembered: a status is a function of the data and
/// the day).
pub fn status_brief(ask: &Ask<'_>) -> Result<Arc<Brief>, Fail> {
    static BRIEFS: OnceLock<Briefs> = OnceLock::new();
    let d = ask.data()?;
    let r = d.register();
    let day = r.try_on(ask.day()?.unwrap_or(r.as_of()))?.day();
    let key = (d.which, d.generation, day);
    let memo = BRIEFS.get_or_init(|| Mutex::new(HashMap::new()));
    if let Some(b) = memo.lock().unwrap_or_else(PoisonError::into_inner).get(&key) {
        return Ok(Arc::clone(b));
    }
    let on = r.on(day);
    let report = StatusReport::new(&on);
    let pair = |c: hanoi_convention::CountRange| (c.certain, c.possible);
    let eif = match report.entry_into_force {
        EntryIntoForce::NotYet { .. } => ("not_yet", None, None),
        EntryIntoForce::Unknown { window, .. } => ("unknown", Some(window.earliest()), Some(window.latest())),
        EntryIntoForce::On { date } => ("on", Some(date), Some(date)),
        EntryIntoForce::Within { window } => ("within", Some(window.earliest()), Some(window.latest())),
        _ => ("unknown", None, None),
    };
    let brief = Arc::new(Brief {
        versions: (
            r.data_version().to_string(),
            r.as_of().to_string(),
            day.to_string(),
        ),
        counts: [
            pair(report.signatories),
            pair(report.parties),
            pair(report.instruments_counted),
        ],
        required: report.instruments_required,
        in_force: match report.in_force {
            Answer::Yes => "yes",
            Answer::No => "no",
            _ => "unknown",
        },
        eif: (eif.0, eif.1.map(|d| d.to_string()), eif.2.map(|d| d.to_string())),
        json: json("status", r, report)?,
    });
    let mut memo = memo.lock().unwrap_or_else(PoisonError::into_inner);
    if memo.len() >= 256 {
        memo.clear();
    }
    memo.insert(key, Arc::clone(&brief));
    Ok(brief)
}

/// `hanoi participant --format json`, by name or by code in `system`.
pub fn participant(ask: &Ask<'_>, query: &str, system: Option<&str>) -> Result<String, Fail> {
    let d = ask.data()?;
    let r = d.register();
    let p = match system {
        None => find_participant(r.treaty(), query)?,
        Some(s) => find_participant_by_code(r.treaty(), code_system(s)?, query)?,
    };
    let on = on(r, ask.day()?)?;
    json("participant", r, ParticipantReport::new(&on, p))
}

/// `hanoi participants --format json`: every participant's standing.
pub fn roster(ask: &Ask<'_>) -> Result<String, Fail> {
    let d = ask.data()?;
    let on = on(d.register(), ask.day()?)?;
    json("participants", d.register(), RosterReport::new(&on, None, None))
}

/// A code system by its name (`cow`, `iso3`, ...) or its column (`cow_n`).
pub fn code_system(name: &str) -> Result<CodeSystem, Fail> {
    let wanted = name.trim().to_ascii_lowercase().replace('_', "-");
    CodeSystem::ALL
        .iter()
        .copied()
        .find(|s| s.name() == wanted || s.column().replace('_', "-") == wanted)
        .ok_or_else(|| {
            let names: Vec<&str> = CodeSystem::ALL.iter().map(|s| s.name()).collect();
            Fail::usage(format!(
                "system={name:?}: not a code system: expected one of {}",
                names.join(", ")
            ))
        })
}

/// `hanoi export --view VIEW --universe UNIVERSE [--lang LANG]`: the CSV,
/// and the note the tool writes to standard error for a day after the data.
pub fn export_csv(
    ask: &Ask<'_>,
    view: &str,
    universe: &str,
    lang: Option<&str>,
) -> Result<Arc<Exported>, Fail> {
    static EXPORTS: OnceLock<Exports> = OnceLock::new();
    let d = ask.data()?;
    let r = d.register();
    let on = on(r, ask.day()?)?;
    // An export is a function of the data, the day and the question:
    // asked again, it answers from memory.
    let key = (
        d.which,
        d.generation,
        on.day(),
        format!("{view}/{universe}/{}", lang.unwrap_or("")),
    );
    let memo = EXPORTS.get_or_init(|| Mutex::new(HashMap::new()));
    if let Some(e) = memo.lock().unwrap_or_else(PoisonError::into_inner).get(&key) {
        return Ok(Arc::clone(e));
    }
    let exported = Arc::new(write_csv(&on, view, universe, lang)?);
    let mut memo = memo.lock().unwrap_or_else(PoisonError::into_inner);
    if memo.len() >= 64 {
        memo.clear();
    }
    memo.insert(key, Arc::clone(&exported));
    Ok(exported)
}

/// A CSV export and the note on a day after the data, if any.
pub type Exported = (String, Option<String>);

/// The exports already written, by treaty, reading of the data, day and
/// question (view, universe, language).
type Exports = Mutex<HashMap<(EmbeddedTreaty, u64, Date, String), Arc<Exported>>>;

fn write_csv(on: &OnDay<'_>, view: &str, universe: &str, lang: Option<&str>) -> Result<Exported, Fail> {
    let r = on.register();
    let view = match view {
        "events" => View::Events,
        "wide" => View::Wide,
        "panel" => View::Panel,
        "years" => View::Years,
        other => {
            return Err(Fail::usage(format!(
                "view={other:?}: expected events, wide, panel or years"
            )));
        }
    };
    let all = EmbeddedTreaty::Hanoi.treaty().participants();
    let u = match universe {
        "participants" => Universe::Participants,
        "un-members" | "un_members" => Universe::UnMembers(hanoi_convention::embedded::un_admissions(), all),
        "cow" => Universe::StateSystem(state_system(CodeSystem::Cow), all),
        "gw" => Universe::StateSystem(state_system(CodeSystem::Gw), all),
        other => {
            return Err(Fail::usage(format!(
                "universe={other:?}: expected participants, un-members, cow or gw"
            )));
        }
    };
    let language = match lang {
        None => Language::En,
        Some(l) => l
            .parse::<Language>()
            .map_err(|e| Fail::usage(format!("lang={l:?}: {e}")))?,
    };
    let names = match u {
        Universe::UnMembers(_, all) | Universe::StateSystem(_, all) if view == View::Panel => all,
        _ => r.participants(),
    };
    let csv = export::Csv::new(r.data_version()).with_names_in(language, names);
    let mut out = Vec::new();
    match view {
        View::Events => csv.write(&export::event_rows_by(on), &mut out)?,
        View::Wide => csv.write(&export::wide_rows(on), &mut out)?,
        View::Panel => csv.write(&export::panel_rows(on, u)?, &mut out)?,
        _ => csv.write(&export::year_rows(on)?, &mut out)?,
    }
    let text = String::from_utf8(out).map_err(|e| Fail::internal(e.to_string()))?;
    Ok((text, Caveat::beyond_data(on).map(|c| c.message)))
}

/// What a value names: its participant's code (if any), whether that is
/// among the treaty's participants, and why nothing was found.
pub type Resolved = (Option<String>, bool, Option<String>);

/// What each value names: `(code, inside the treaty, why not)`. A value is
/// a name in any language the crate knows, or a code (of `system` when
/// given). A State outside the treaty is found (its codes are known) and
/// said to be outside.
pub fn resolve(treaty: &str, values: &[Option<String>], system: Option<&str>) -> Result<Vec<Resolved>, Fail> {
    let which = data::treaty(treaty)?;
    let t = which.treaty();
    let system = system.map(code_system).transpose()?;
    let one = |v: &Option<String>| {
        let Some(v) = v.as_deref().map(str::trim).filter(|v| !v.is_empty()) else {
            return (None, false, Some("missing value".to_string()));
        };
        let found = match system {
            Some(s) => find_participant_by_code(t, s, v),
            None if v.bytes().all(|b| b.is_ascii_digit()) => {
                return (
                    None,
                    false,
                    Some(format!(
                        "{v:?} is a number: say which code system with system= (cow, gw, m49, iso-numeric)"
                    )),
                );
            }
            None => find_participant(t, v),
        };
        match found {
            Ok(p) => (Some(p.code().to_string()), true, None),
            Err(e) if e.participant().is_some() => (e.participant().map(|c| c.to_string()), false, None),
            Err(e) => (None, false, Some(e.to_string())),
        }
    };
    Ok(values.iter().map(one).collect())
}

/// `hanoi validate [--merged] FILE --format json`; the file is read from
/// `path`, or given as `text` under the name `path`.
pub fn validate(ask: &Ask<'_>, path: &str, text: Option<&str>, merged: bool) -> Result<String, Fail> {
    let d = ask.data()?;
    let base = d.register();
    let asked = ask.day()?;
    let read = match text {
        Some(t) => actions::from_str(path, t),
        None => actions::from_path(path),
    };
    let file = match read {
        Ok(f) => f,
        Err(e) => {
            let report = ValidationReport::unreadable(path, &e);
            let day = asked.unwrap_or(base.as_of());
            return json(
                "validate",
                base,
                ValidationReports::new(base, merged, day, vec![report]),
            );
        }
    };
    let latest = |all: &[hanoi_convention::actions::Action]| {
        hanoi_convention::io::latest_day(all, base.as_of()).min(today().max(base.as_of()))
    };
    let mut builder = d.which.builder().data_version(base.data_version());
    let day = if merged {
        let (read, problems) = file.into_parts();
        let all = merge_actions(base.actions(), read).actions;
        let day = asked.unwrap_or_else(|| latest(&all));
        builder = builder.file(actions::ActionsFile::from_parts(path, all, problems));
        day
    } else {
        let day = asked.unwrap_or_else(|| latest(file.actions()));
        builder = builder.file(file);
        day
    };
    let v = builder.as_of(day).validate();
    let reports = ValidationReports::new(base, merged, day, vec![ValidationReport::of(path, &v)]);
    json("validate", base, reports)
}

/// `hanoi eif --assume CODE=DAY ... --format json`.
pub fn eif(ask: &Ask<'_>, assume: &[(String, String)]) -> Result<String, Fail> {
    let d = ask.data()?;
    let r = d.register();
    let mut assumed = Vec::new();
    for (code, day) in assume {
        // A code is assumed as given (an unknown one is rejected with its
        // verdict, as the tool does); a name is looked up first.
        let c = match code.trim().parse::<Code>() {
            Ok(c) => c,
            Err(_) => find_participant(r.treaty(), code)?.code(),
        };
        let day =
            hanoi_convention::parse_date(day).map_err(|e| Fail::usage(format!("{code}: {day:?}: {e}")))?;
        assumed.push(Assumption::new(c, day));
    }
    let on = on(r, ask.day()?)?;
    json("eif", r, EifReport::new(&on, &assumed)?)
}

/// `hanoi cite --format FORMAT` (`text`, `bibtex`, `cff`).
pub fn cite(ask: &Ask<'_>, format: &str) -> Result<String, Fail> {
    let d = ask.data()?;
    let r = d.register();
    // A citation names the data whatever the day asked, as the tool's;
    // the day is still checked.
    on(r, ask.day()?)?;
    let which = d.which;
    let mut c = Citation::new(r.treaty(), which.dataset(), today());
    if r.data_version() != which.dataset().version() {
        c.data_version = r.data_version().to_string();
        c.data_as_of = r.as_of();
    }
    if let Some((rec, _)) = d.stored() {
        let fetched = jiff::Timestamp::from_second(rec.fetched_at.as_second()).unwrap_or(rec.fetched_at);
        c.sources = format!(
            "{}; the depositary's status page {} fetched {fetched}",
            c.sources, rec.url
        );
    }
    match format {
        "text" => Ok(c.text()),
        "bibtex" => Ok(c.bibtex()),
        "cff" => Ok(c.cff()),
        other => Err(Fail::usage(format!(
            "format={other:?}: expected text, bibtex or cff"
        ))),
    }
}
