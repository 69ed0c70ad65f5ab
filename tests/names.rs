//! Names in the Convention's six languages and Vietnamese: every
//! participant is named in each (or is a listed gap), every name finds its
//! own participant, and no name finds two.

mod common;

use std::collections::BTreeSet;

use hanoi_convention::{
    ErrorKind, Language, Register,
    embedded::EmbeddedTreaty,
    participants::{Participant, Participants},
};
use unicode_normalization::UnicodeNormalization;

fn participants() -> &'static Participants {
    Register::embedded().participants()
}

/// Participants CLDR does not name: it names the territory (Vatican City,
/// the Palestinian Territories), not the Holy See or the State of
/// Palestine, so those names are kept as aliases only and the English name
/// is shown instead. The UN's own forms in these languages are not
/// recorded yet.
const UNNAMED: [&str; 2] = ["PSE", "VAT"];

#[test]
fn every_participant_is_named_in_every_language_or_is_a_listed_gap() {
    let mut gaps = BTreeSet::new();
    for p in participants() {
        for language in Language::ALL.iter().copied() {
            match p.name_in(language) {
                Some(name) => assert!(!name.trim().is_empty(), "{} {language}", p.code()),
                None => {
                    gaps.insert(p.code().to_string());
                }
            }
        }
    }
    assert_eq!(gaps, UNNAMED.iter().map(|c| c.to_string()).collect());
    // English always has the UN's name.
    assert!(
        participants()
            .iter()
            .all(|p| p.name_in(Language::En) == Some(p.name()))
    );
}

#[test]
fn every_name_in_every_language_finds_its_own_participant() {
    let p = participants();
    let mut checked = 0;
    for participant in p {
        for local in participant.local_names() {
            let found = p.find(local.name()).map(Participant::code);
            assert_eq!(
                found.ok(),
                Some(participant.code()),
                "{} ({})",
                local.name(),
                local.language()
            );
            checked += 1;
        }
    }
    assert!(checked > 1000, "{checked}");
}

/// A name without its diacritics that spells another participant's code.
/// `find` reads the name as written as the participant it names, the code
/// in capitals as the code's owner, and anything between (lower case, the
/// name without its marks) as ambiguous, naming both.
const NAME_CODE_CLASHES: [(&str, &str, &str); 3] = [
    // Vietnamese "Áo" is Austria; "AO" is Angola's alpha-2 code.
    ("AUT", "Áo", "AGO"),
    // Vietnamese "Bỉ" is Belgium; "BI" is Burundi's alpha-2 code.
    ("BEL", "Bỉ", "BDI"),
    // Vietnamese "Nga" is Russia; "NGA" is Nigeria's code.
    ("RUS", "Nga", "NGA"),
];

fn without_marks(s: &str) -> String {
    s.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect()
}

#[test]
fn names_that_spell_a_code_are_a_reasoned_list() {
    let p = participants();
    let mut clashes = Vec::new();
    for participant in p {
        for local in participant.local_names() {
            if let Some(owner) = common::by_code(p, &without_marks(local.name()))
                && owner.code() != participant.code()
            {
                clashes.push((
                    participant.code().to_string(),
                    local.name().to_string(),
                    owner.code().to_string(),
                ));
            }
        }
    }
    let expected: Vec<_> = NAME_CODE_CLASHES
        .iter()
        .map(|(a, n, b)| (a.to_string(), n.to_string(), b.to_string()))
        .collect();
    assert_eq!(clashes, expected);
    for (named, name, owner) in NAME_CODE_CLASHES {
        let bare = without_marks(name);
        assert_eq!(p.find(name).unwrap().code().as_str(), named, "{name}");
        for query in [bare.clone(), bare.to_lowercase()]
            .into_iter()
            .filter(|q| q != name)
        {
            let err = p.find(&query).unwrap_err();
            assert_eq!(err.kind(), ErrorKind::Ambiguous, "{query}: {err:?}");
            let codes: Vec<&str> = err.candidates().iter().map(|c| c.as_str()).collect();
            assert_eq!(codes, [owner, named], "{query}");
        }
        assert_eq!(
            p.find(&bare.to_uppercase()).unwrap().code().as_str(),
            owner,
            "{bare}"
        );
    }
}

#[test]
fn no_name_in_any_language_finds_two_participants() {
    // The embedded list skips the checks at run time; building it again
    // runs them (a clash is an error naming both participants).
    let list: Vec<Participant> = participants().iter().cloned().collect();
    assert!(Participants::new(list).is_ok());
}

#[test]
fn a_clash_between_languages_is_an_error_naming_both() {
    let list = "code\tname\tkind\tconfidence\tsource\n\
                AAA\tAtlantis\tun_member_state\thigh\tmyth\n\
                BBB\tLemuria\tun_member_state\thigh\tmyth\n";
    let names = "participant\tlanguage\tname\tkind\tconfidence\tsource\n\
                 BBB\tfr\tAtlantis\tname\thigh\tmyth\n";
    let err = hanoi_convention::io::participants::with_names_from_str(
        &hanoi_convention::io::participants::from_str("p.tsv", list).unwrap(),
        "n.tsv",
        names,
    )
    .unwrap_err()
    .to_string();
    assert!(
        err.contains("n.tsv:2") && err.contains("AAA") && err.contains("Atlantis"),
        "{err}"
    );
}

#[test]
fn a_names_file_with_an_unknown_code_or_language_is_refused() {
    let list = "code\tname\tkind\tconfidence\tsource\nAAA\tAtlantis\tun_member_state\thigh\tmyth\n";
    for (row, field) in [
        ("ZZZ\tfr\tX\tname\thigh\tmyth", "participant"),
        ("AAA\tde\tX\tname\thigh\tmyth", "language"),
        ("AAA\tfr\tX\tnickname\thigh\tmyth", "kind"),
        ("AAA\tfr\t\tname\thigh\tmyth", "name"),
    ] {
        let names = format!("participant\tlanguage\tname\tkind\tconfidence\tsource\n{row}\n");
        let err = hanoi_convention::io::participants::with_names_from_str(
            &hanoi_convention::io::participants::from_str("p.tsv", list).unwrap(),
            "n.tsv",
            &names,
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.contains("n.tsv:2") && err.contains(&format!("`{field}`")),
            "{row}: {err}"
        );
    }
}

#[test]
fn the_other_treaties_borrow_the_names_by_code() {
    for which in [EmbeddedTreaty::Budapest, EmbeddedTreaty::Cets224] {
        let list = which.treaty().participants();
        for p in list {
            let hanoi = participants().get(p.code()).unwrap();
            assert_eq!(p.local_names(), hanoi.local_names(), "{which} {}", p.code());
        }
        assert_eq!(list.find("Nhật Bản").unwrap().code().as_str(), "JPN");
    }
}

#[test]
fn a_list_with_names_of_its_own_keeps_them_when_borrowing() {
    let list = "code\tname\tkind\tconfidence\tsource\n\
                DEU\tGermany\tun_member_state\thigh\tUN\n\
                FRA\tFrance\tun_member_state\thigh\tUN\n";
    let names = "participant\tlanguage\tname\tkind\tconfidence\tsource\n\
                 DEU\tfr\tRépublique fédérale\tname\thigh\tmine\n";
    let mine = hanoi_convention::io::participants::with_names_from_str(
        &hanoi_convention::io::participants::from_str("p.tsv", list).unwrap(),
        "n.tsv",
        names,
    )
    .unwrap();
    let named = mine.with_names_from(participants()).unwrap();
    let deu = common::by_code(&named, "DEU").unwrap();
    assert_eq!(deu.name_in(Language::Fr), Some("République fédérale"));
    assert_eq!(deu.name_in(Language::Vi), None);
    assert_eq!(
        common::by_code(&named, "FRA").unwrap().name_in(Language::Vi),
        Some("Pháp")
    );
}

#[test]
fn languages_parse_from_their_tags_only() {
    for language in Language::ALL.iter().copied() {
        assert_eq!(language.tag().parse::<Language>().unwrap(), language);
        assert_eq!(
            language.tag().to_uppercase().parse::<Language>().unwrap(),
            language
        );
    }
    for bad in ["de", "", "english", "zh-Hant"] {
        let err = bad.parse::<Language>().unwrap_err().to_string();
        assert!(err.contains("vi"), "{bad}: {err}");
    }
}

#[test]
fn sources_name_the_cldr_version() {
    // Short names come from CLDR 48 (with its version); formal names, and
    // the names CLDR lacks, from the UN's own list (UNTERM), or UN OCHA's
    // for names changed since that copy was made.
    for p in participants() {
        for local in p.local_names() {
            let source = local.provenance().source();
            assert!(
                source.contains("CLDR 48") || source.contains("UNTERM") || source.contains("OCHA"),
                "{}: {source}",
                local.name()
            );
        }
    }
}

/// Titles no source was found for: the full Arabic, Chinese and French
/// titles (the short forms are recorded).
const TITLE_GAPS: [Language; 3] = [Language::Ar, Language::Zh, Language::Fr];

#[test]
fn the_convention_is_named_in_every_language_and_the_gaps_are_listed() {
    use hanoi_convention::treaty::NameForm;
    let id = hanoi_convention::convention().identity();
    for language in Language::ALL.iter().copied() {
        let title = id.title_in(language).unwrap_or_else(|| panic!("{language}"));
        assert!(!title.is_empty());
        let official = id.name_in(language, NameForm::Official);
        assert_eq!(official.is_none(), TITLE_GAPS.contains(&language), "{language}");
        if let Some(official) = official {
            assert!(official.len() > title.len() || official == title, "{language}");
        }
    }
    assert_eq!(id.name_in(Language::En, NameForm::Short), Some(id.title()));
    assert!(id.names().all(|n| !n.provenance.source().is_empty()));
    // The Council of Europe's treaties have English names only: no guess.
    let budapest = EmbeddedTreaty::Budapest.treaty().identity();
    assert_eq!(budapest.title_in(Language::En), Some(budapest.title()));
    assert_eq!(budapest.title_in(Language::Fr), None);
}

#[test]
fn a_malformed_name_key_is_refused_with_what_was_expected() {
    use hanoi_convention::treaty::{Fact, Identity};
    let source = || hanoi_convention::Provenance::new("example", hanoi_convention::Confidence::High);
    for key in ["name.de.short", "name.fr.long", "name.fr"] {
        let facts = vec![
            Fact::new("adopted_on", "2001-11-23", source()),
            Fact::new(key, "X", source()),
        ];
        let err = Identity::new(facts).unwrap_err().to_string();
        assert!(
            err.contains(key) && err.contains("official, short or informal"),
            "{key}: {err}"
        );
    }
    let text = "key\tvalue\tconfidence\tsource\nadopted_on\t2001-11-23\thigh\tx\nname.xx.short\tX\thigh\tx\n";
    let err = hanoi_convention::io::treaty::identity_from_str("c.tsv", text)
        .unwrap_err()
        .to_string();
    assert!(err.contains("c.tsv:3") && err.contains("`key`"), "{err}");
}
