//! A Frictionless data package for CSV exports (feature `json`): each
//! resource's Table Schema (types, the enums of every coded column,
//! primary and foreign keys, missing values, what the dates are), the
//! licence, the sources, and the data's version and as-of date, so that R
//! (`frictionless`), Python (`frictionless`) and other tools load the CSV
//! with its types. The fields are made from the CSV file's own header, so
//! the schema and the file agree column by column.

use serde_json::{Value, json};

use crate::actions::ActionKind;
use crate::base::provenance::Confidence;
use crate::error::Error;
use crate::export::rows::View;
use crate::participants::{ParticipantKind, RegionalGroup};
use crate::register::OnDay;
use crate::register::Standing;

/// One CSV file of a package: its resource name, its path (relative to the
/// `datapackage.json`), the view it holds and its header as written.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Resource {
    /// The resource's name, e.g. `panel`.
    pub name: String,
    /// The file's path relative to the package, e.g. `panel.csv`.
    pub path: String,
    /// The view it holds.
    pub view: View,
    /// Its header row, as written.
    pub header: Vec<String>,
}

impl Resource {
    /// A resource `name` in the file `path`, of `view`, with `header`.
    pub fn new(name: &str, path: &str, view: View, header: Vec<String>) -> Resource {
        Resource {
            name: name.to_string(),
            path: path.to_string(),
            view,
            header,
        }
    }
}

const DAY: &str = "a calendar day, ISO 8601 (YYYY-MM-DD); no time of day or time zone";

fn yes_no_unknown() -> Value {
    json!(["yes", "no", "unknown"])
}

/// The description, type and constraints of a column: `None` for a column
/// the crate does not write.
fn field(on: &OnDay<'_>, name: &str) -> Option<Value> {
    let codes =
        |system: &str| format!("the participant's code in {system}; empty where that system assigns none");
    let kinds: Vec<&str> = ActionKind::ALL.iter().map(|k| k.as_str()).collect();
    let groups: Vec<&str> = RegionalGroup::ALL.iter().map(|g| g.as_str()).collect();
    let reios: Vec<String> = on
        .register()
        .participants()
        .iter()
        .filter(|p| p.kind() == ParticipantKind::Reio)
        .map(|p| p.code().to_string())
        .collect();
    let participant_kinds = ["un_member_state", "observer_state", "non_member_state", "reio"];
    let opens = on.register().treaty().rules().signature().opens();
    let (kind, description, constraints): (&str, String, Value) = match name {
        n if act_column(n).is_some() => act_column(n).map(|(act, part)| dated(act, part, opens))?,
        "participant" | "code" => ("string", "the participant's code: ISO 3166-1 alpha-3, or EU".into(), json!({"pattern": "^[A-Z]{2,3}$"})),
        "name" => ("string", "the participant's name as the UN Treaty Collection writes it".into(), json!({})),
        n if n.starts_with("name_") => ("string", format!("the participant's name in the language {}; empty where none is recorded", &n[5..]), json!({})),
        "action" => ("string", "what the participant did".into(), json!({"enum": kinds})),
        "date_from" => ("date", format!("the first day the action may have happened on: {DAY}"), json!({"required": true})),
        "date_to" => ("date", format!("the last day it may have happened on (equal to date_from when the day is known): {DAY}"), json!({})),
        "place" => ("string", "where the action took place, when known".into(), json!({})),
        "provisions" => ("string", "the provisions a reservation or declaration concerns, separated by ;".into(), json!({})),
        "confidence" => ("string", "how sure the data is: high (a primary source or two independent ones), medium, low".into(), json!({"enum": Confidence::ALL.iter().map(|c| c.as_str()).collect::<Vec<_>>()})),
        "source" => ("string", "the sources, separated by ;, each as the data writes it: an address and its description in parentheses".into(), json!({})),
        "source_url" => ("string", "the sources' addresses only (http or https), separated by ;: derived from source".into(), json!({})),
        "source_note" => ("string", "what the sources say besides their addresses (descriptions, stored copies), separated by '; ', each tied to its address ([2] is the second address in source_url; a part without an address unnumbered, after them): derived from source".into(), json!({})),
        "note" => ("string", "a note".into(), json!({})),
        "notification" => ("string", "the depositary notification, when known".into(), json!({})),
        "kind" => ("string", "the participant's kind".into(), json!({"enum": participant_kinds})),
        "regional_group" => ("string", "the UN regional group it is counted in; empty for none".into(), json!({"enum": groups})),
        "group_membership" => ("string", "how it stands towards the UN regional groups: member, observer (attends a group, counted there), dual (takes part in two, counted in regional_group), disputed (sources disagree: counted in none, the group some list is other_group), none".into(), json!({"enum": ["member", "observer", "dual", "disputed", "none"]})),
        "other_group" => ("string", "the other group of a dual member, or the group some sources list for a disputed one; empty otherwise".into(), json!({"enum": groups})),
        "code_note" => ("string", "why a code is empty or unusual, or where sources disagree (from data/participant_codes.tsv)".into(), json!({})),
        "member_of" => ("string", format!("the organisation it is a member State of (among this treaty's participants: {}); empty for none", if reios.is_empty() { "none".to_string() } else { reios.join(", ") }), json!({"pattern": "^[A-Z]{2,3}$"})),
        "iso2" => ("string", codes("ISO 3166-1 alpha-2"), json!({"pattern": "^[A-Z]{2}$"})),
        "iso3" => ("string", codes("ISO 3166-1 alpha-3"), json!({"pattern": "^[A-Z]{3}$"})),
        "iso_numeric" => ("integer", codes("ISO 3166-1 numeric"), json!({"minimum": 1, "maximum": 999})),
        "m49" => ("integer", codes("UN M49"), json!({"minimum": 1, "maximum": 999})),
        "cow_n" => ("integer", codes("the Correlates of War State System Membership list (v2016), numeric"), json!({"minimum": 1})),
        "cow_c" => ("string", codes("the Correlates of War list, letters"), json!({"pattern": "^[A-Z]{2,3}$"})),
        "gw_n" => ("integer", codes("Gleditsch and Ward's list of independent states, numeric"), json!({"minimum": 1})),
        "gw_c" => ("string", codes("Gleditsch and Ward's list, letters (countrycode's gwc)"), json!({"pattern": "^[A-Z]{2,3}$"})),
        "signature" => ("string", "the signature's day, or window first..last".into(), json!({})),
        "signature_place" => ("string", "where it signed".into(), json!({})),
        "instrument" => ("string", "its instrument of consent".into(), json!({"enum": kinds})),
        "instrument_date" => ("string", "the instrument's day, or window first..last".into(), json!({})),
        "in_force_for" => ("string", "the day (or window first..last) from which the treaty binds it; empty when not (yet)".into(), json!({})),
        "reservations" => ("string", "the provisions of its reservations, separated by ;".into(), json!({})),
        "declarations" => ("string", "the provisions of its declarations, separated by ;".into(), json!({})),
        "denunciation" => ("string", "its notification of denunciation: a day or window".into(), json!({})),
        "universe" => ("string", "the universe of the panel's units".into(), json!({"enum": ["participants", "un-members", "cow", "gw"]})),
        "unit" => ("string", "the unit's code in its universe: the participant code, or the state system's number".into(), json!({"required": true})),
        "year" => ("integer", "the year".into(), json!({"required": true})),
        "observed_on" => ("date", format!("the day the row describes: 31 December, or the day asked for its year: {DAY}"), json!({})),
        "year_complete" => ("integer", "1 when observed_on is the year's 31 December (the row describes the whole year), 0 when it is a day inside the year (the day asked)".into(), json!({"minimum": 0, "maximum": 1})),
        "is_participant" => ("integer", "1 when the unit is one of the treaty's participants, 0 when not (its status is then outside)".into(), json!({"minimum": 0, "maximum": 1})),
        "status" => ("string", "the status on the day the row describes (observed_on in the panel, the as-of day in the wide view and the participants listing; see the lattice in docs/exports.md)".into(), json!({"enum": Standing::ALL.iter().map(|s| s.as_str()).collect::<Vec<_>>()})),
        "status_code" | "status_code_known" | "status_code_possible" => ("integer", "the status lattice's code: -1 not_yet_open (before the opening for signature), 0 not_signed, 1 invited, 2 signed, 3 party (not yet bound), 4 in_force (bound), 5 denounced; empty for outside (and, for status_code, unknown: the _known and _possible codes bound it)".into(), json!({"minimum": -1, "maximum": 5})),
        "ieadb_status" => ("integer", "the status as the International Environmental Agreements Database codes it: 0 signed, 1 ratified (not in force for it), 2 in force for it; empty otherwise".into(), json!({"minimum": 0, "maximum": 2})),
        "signed" | "party" => ("string", format!("whether it had {}: yes, no, or unknown (a date window covers the day); empty outside", if name == "signed" { "signed" } else { "deposited an instrument of consent" }), json!({"enum": yes_no_unknown()})),
        "group" => ("string", "the group: all, or a group of the treaty's grouping".into(), json!({"enum": std::iter::once("all").chain(on.register().treaty().grouping().labels()).collect::<Vec<_>>()})),
        "signatories_certain" | "signatories_possible" | "parties_certain" | "parties_possible" => ("integer", format!("{} counted by observed_on: certain, or possible if every date window falls as early as it can", name.split('_').next().unwrap_or(name)), json!({"minimum": 0})),
        "instruments_certain" | "instruments_possible" => ("integer", "instruments the entry-into-force rule counts, deposited by observed_on (all rows only)".into(), json!({"minimum": 0})),
        "in_force" => ("string", "whether the treaty was in force on observed_on".into(), json!({"enum": yes_no_unknown()})),
        "data_version" => ("string", "which data made the row".into(), json!({"enum": [on.register().data_version()]})),
        _ => return None,
    };
    let mut f = json!({"name": name, "type": kind, "description": description});
    if constraints.as_object().is_some_and(|c| !c.is_empty()) {
        f["constraints"] = constraints;
    }
    if kind == "date" {
        f["format"] = json!("default");
    }
    Some(f)
}

/// The acts of the wide view that have date columns, and what each is.
const ACTS: [(&str, &str); 4] = [
    ("signature", "the signature"),
    ("instrument", "the deposit of its instrument of consent"),
    ("in_force_for", "the day from which the treaty binds it"),
    ("denunciation", "its notification of denunciation"),
];

/// `(what the act is, which column of it)` for a date column of the wide
/// view: `signature_first`, `instrument_days_last`, ...
fn act_column(name: &str) -> Option<(&'static str, &'static str)> {
    ACTS.iter().find_map(|(act, what)| {
        let part = name.strip_prefix(act)?.strip_prefix('_')?;
        ["first", "last", "days_first", "days_last"]
            .into_iter()
            .find(|p| *p == part)
            .map(|p| (*what, p))
    })
}

/// The type, description and constraints of a date column of an act.
fn dated(what: &str, part: &str, opens: crate::Date) -> (&'static str, String, Value) {
    let bound = |p: &str| if p.ends_with("first") { "first" } else { "last" };
    match part {
        "first" | "last" => (
            "date",
            format!(
                "the {} possible day of {what} (first and last are equal when the day is known; empty when none): {DAY}",
                bound(part)
            ),
            json!({}),
        ),
        _ => (
            "integer",
            format!(
                "days from the opening for signature ({opens}, day 0) to the {} possible day of {what}; empty when none",
                bound(part)
            ),
            json!({}),
        ),
    }
}

/// The primary key of a view's rows.
fn primary_key(view: View) -> Value {
    match view {
        View::Events => json!(["participant", "action", "date_from", "date_to", "provisions"]),
        View::Wide => json!(["code"]),
        View::Panel => json!(["unit", "year"]),
        View::Years => json!(["year", "group"]),
    }
}

/// The data package of `resources`, CSV exports of the register of `on`
/// as of its day. A resource named `participants` (a *wide* export) is the
/// one the others' participant codes refer to.
///
/// # Errors
///
/// An error of kind [`OutOfRange`](crate::ErrorKind::OutOfRange) naming a column the crate does not
/// describe (the header is not one the crate wrote).
///
/// ```
/// use hanoi_convention::{Register, export::{self, View}};
///
/// let r = Register::embedded();
/// let on = r.on(r.as_of());
/// let header: Vec<String> = ["code", "name", "kind", "data_version"].map(String::from).into();
/// let pkg = export::datapackage(&on, &[export::Resource::new("wide", "wide.csv", View::Wide, header)])?;
/// assert_eq!(pkg["resources"][0]["schema"]["primaryKey"][0], "code");
/// assert_eq!(pkg["version"], r.data_version());
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
pub fn datapackage(on: &OnDay<'_>, resources: &[Resource]) -> Result<Value, Error> {
    let r = on.register();
    let has_participants = resources.iter().any(|x| x.name == "participants");
    let mut out = Vec::new();
    for res in resources {
        let fields = res
            .header
            .iter()
            .map(|h| {
                field(on, h).ok_or_else(|| {
                    Error::limit(format!("{}: column {h:?} is not one the crate writes", res.path))
                })
            })
            .collect::<Result<Vec<Value>, Error>>()?;
        let mut schema =
            json!({"fields": fields, "missingValues": [""], "primaryKey": primary_key(res.view)});
        let refer = |column: &str| json!({"fields": column, "reference": {"resource": "participants", "fields": "code"}});
        if has_participants && res.name != "participants" {
            match res.view {
                View::Events => schema["foreignKeys"] = json!([refer("participant")]),
                View::Panel => schema["foreignKeys"] = json!([refer("code")]),
                _ => {}
            }
        }
        out.push(json!({
            "name": res.name,
            "path": res.path,
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "dialect": {"delimiter": ",", "header": true, "quoteChar": "\""},
            "schema": schema,
        }));
    }
    let dataset = crate::embedded::EmbeddedTreaty::of(r.treaty()).map(|t| t.dataset());
    Ok(json!({
        "profile": "tabular-data-package",
        "name": "hanoi-convention-export",
        "title": format!("{}: exports of hanoi-convention", r.treaty().identity().short_name()),
        "description": format!(
            "Exports of the {} data as of {} (data version {}), made by hanoi-convention {}.",
            r.treaty().identity().title(),
            on.day(),
            r.data_version(),
            crate::cite::CRATE_VERSION
        ),
        "version": r.data_version(),
        "licenses": [
            {"name": "MIT", "path": "https://opensource.org/license/mit", "title": "MIT License"},
            {"name": "Apache-2.0", "path": "https://www.apache.org/licenses/LICENSE-2.0", "title": "Apache License 2.0"}
        ],
        "sources": [{"title": dataset.map_or_else(|| "the data given to hanoi-convention".to_string(), |d| d.sources().to_string())}],
        "keywords": ["treaty", "cybercrime", "international law", r.treaty().identity().reference()],
        "x_hanoi_convention": {
            "crate_version": crate::cite::CRATE_VERSION,
            "treaty": r.treaty().identity().short_name(),
            "treaty_reference": r.treaty().identity().reference(),
            "data_version": r.data_version(),
            "data_as_of": r.as_of().to_string(),
            "as_of": on.day().to_string(),
        },
        "resources": out,
    }))
}
