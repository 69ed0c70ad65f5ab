//! What the page needs before its first question: the treaties and their
//! data, the languages and code systems, the file size limit; and every
//! participant's name in a language.

use std::collections::BTreeMap;

use hanoi_convention::Standing;
use hanoi_convention::embedded::EmbeddedTreaty;
use hanoi_convention::participants::CodeSystem;
use hanoi_convention::{Date, Language};
use serde::{Deserialize, Serialize};

use super::context::{Answer, json};
use super::file::MAX_FILE_BYTES;

#[derive(Serialize)]
struct Info {
    crate_version: &'static str,
    max_file_bytes: usize,
    action_columns: &'static [&'static str],
    treaties: Vec<TreatyInfo>,
    languages: Vec<LanguageInfo>,
    code_systems: Vec<SystemInfo>,
    standings: Vec<Standing>,
}

#[derive(Serialize)]
struct TreatyInfo {
    name: &'static str,
    short_name: String,
    title: String,
    reference: String,
    adopted_on: Date,
    data_as_of: Date,
    data_version: &'static str,
    /// Where the data comes from, in words (the dataset's sources).
    source: &'static str,
    articles: usize,
    groups: Vec<String>,
}

#[derive(Serialize)]
struct LanguageInfo {
    tag: &'static str,
    name: &'static str,
}

#[derive(Serialize)]
struct SystemInfo {
    name: &'static str,
    description: &'static str,
}

pub(crate) fn info() -> Answer {
    json(&Info {
        crate_version: hanoi_convention::cite::CRATE_VERSION,
        max_file_bytes: MAX_FILE_BYTES,
        action_columns: &hanoi_convention::io::actions::COLUMNS,
        treaties: EmbeddedTreaty::ALL.iter().copied().map(treaty_info).collect(),
        languages: Language::ALL
            .iter()
            .copied()
            .map(|l| LanguageInfo {
                tag: l.tag(),
                name: l.english_name(),
            })
            .collect(),
        code_systems: CodeSystem::ALL
            .iter()
            .copied()
            .map(|s| SystemInfo {
                name: s.name(),
                description: s.description(),
            })
            .collect(),
        standings: Standing::ALL.to_vec(),
    })
}

fn treaty_info(which: EmbeddedTreaty) -> TreatyInfo {
    let t = which.treaty();
    TreatyInfo {
        name: which.name(),
        short_name: t.identity().short_name().to_string(),
        title: t.identity().title().to_string(),
        reference: t.identity().reference().to_string(),
        adopted_on: t.identity().adopted_on(),
        data_as_of: which.dataset().as_of(),
        data_version: which.dataset().version(),
        source: which.dataset().sources(),
        articles: t.text().articles().len(),
        groups: t.grouping().labels().map(str::to_string).collect(),
    }
}

/// Which language's names.
#[derive(Debug, Deserialize)]
pub(crate) struct NamesAsk {
    lang: String,
}

/// A name, and the language it is in (English where the data has none in
/// the language asked).
#[derive(Serialize)]
struct NameIn {
    name: &'static str,
    lang: &'static str,
}

#[derive(Serialize)]
struct Names {
    lang: &'static str,
    names: BTreeMap<String, NameIn>,
}

/// Every participant of every embedded treaty, by code, named in `lang`.
pub(crate) fn names(ask: &NamesAsk) -> Answer {
    let lang: Language = ask.lang.parse().map_err(|e| format!("{e}"))?;
    let mut names = BTreeMap::new();
    for which in EmbeddedTreaty::ALL.iter().copied() {
        for p in which.treaty().participants() {
            let named = match p.name_in(lang) {
                Some(name) => NameIn {
                    name,
                    lang: lang.tag(),
                },
                None => NameIn {
                    name: p.name(),
                    lang: Language::En.tag(),
                },
            };
            names.entry(p.code().to_string()).or_insert(named);
        }
    }
    json(&Names {
        lang: lang.tag(),
        names,
    })
}

/// Builds every embedded register and its lookups by name and code system.
pub(crate) fn warm() -> Answer {
    for which in EmbeddedTreaty::ALL.iter().copied() {
        let participants = which.register().participants();
        // Each index is built on its first use; the answers do not matter.
        let _ = participants.find("Viet Nam");
        let _ = participants.find_code(CodeSystem::Cow, "816");
    }
    json(&serde_json::json!({ "warm": true }))
}
