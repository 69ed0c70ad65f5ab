//! Participants: the list, lookups, aliases, regional groups.

mod common;

use hanoi_convention::{
    Error, ErrorKind, Register,
    participants::{GroupMembership, ParticipantKind, RegionalGroup},
};

fn participants() -> &'static hanoi_convention::participants::Participants {
    Register::embedded().participants()
}

#[test]
fn everyone_who_may_join() {
    let p = participants();
    let count = |k| p.iter().filter(|x| x.kind() == k).count();
    assert_eq!(count(ParticipantKind::UnMemberState), 193);
    assert_eq!(count(ParticipantKind::ObserverState), 2);
    assert_eq!(count(ParticipantKind::NonMemberState), 2);
    assert_eq!(count(ParticipantKind::Reio), 1);
    let eu = common::by_code(p, "eu").unwrap();
    assert_eq!(eu.name(), "European Union");
    assert_eq!(p.iter().filter(|x| x.member_of() == Some(eu.code())).count(), 27);
    assert!(
        p.iter()
            .all(|x| x.kind() == ParticipantKind::Reio || x.iso2().is_some())
    );
}

#[test]
fn lookup_by_code_any_case() {
    let p = participants();
    for (q, name) in [
        ("VNM", "Viet Nam"),
        ("vnm", "Viet Nam"),
        ("Tur", "Türkiye"),
        ("EU", "European Union"),
    ] {
        assert_eq!(common::by_code(p, q).map(|x| x.name()), Some(name), "{q}");
    }
    assert!(common::by_code(p, "ZZZ").is_none());
    assert!(common::by_code(p, "").is_none());
    assert!(common::by_code(p, "VNMM").is_none());
}

#[test]
fn aliases_and_former_names() {
    let p = participants();
    let cases = [
        ("Vietnam", "VNM"),
        ("Turkey", "TUR"),
        ("Czech Republic", "CZE"),
        ("Czechia", "CZE"),
        ("Ivory Coast", "CIV"),
        ("Côte d’Ivoire", "CIV"),
        ("COTE D'IVOIRE", "CIV"),
        ("Swaziland", "SWZ"),
        ("North Korea", "PRK"),
        ("South Korea", "KOR"),
        ("Laos", "LAO"),
        ("UK", "GBR"),
        ("USA", "USA"),
        ("United States", "USA"),
        ("Russia", "RUS"),
        ("Iran", "IRN"),
        ("Syria", "SYR"),
        ("Tanzania", "TZA"),
        ("DR Congo", "COD"),
        ("Cape Verde", "CPV"),
        ("Burma", "MMR"),
        ("East Timor", "TLS"),
        ("Palestine", "PSE"),
        ("Vatican", "VAT"),
        ("Holy See", "VAT"),
        ("sao tome and principe", "STP"),
        ("Netherlands", "NLD"),
        ("Bolivia", "BOL"),
    ];
    for (q, c) in cases {
        assert_eq!(
            p.find(q).map(|x| x.code().to_string()).ok().as_deref(),
            Some(c),
            "{q}"
        );
    }
}

#[test]
fn a_miss_suggests_the_nearest_names() {
    let err = participants().find("Viet Nom").unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound, "{err:?}");
    assert!(
        err.to_string()
            .starts_with("no participant is called \"Viet Nom\""),
        "{err}"
    );
    assert_eq!(err.suggestions().first().map(String::as_str), Some("Viet Nam"));
    assert!(err.to_string().contains("did you mean"));
    let far = participants().find("qqqqqqqqqq").unwrap_err();
    assert!(far.is_not_found(), "{far:?}");
    assert!(far.suggestions().is_empty());
}

#[test]
fn regional_groups_with_explicit_special_cases() {
    let p = participants();
    let g = |c: &str| common::by_code(p, c).unwrap().group();
    assert_eq!(
        g("USA"),
        GroupMembership::Observer(RegionalGroup::WesternEuropeanAndOthers)
    );
    assert_eq!(
        g("TUR"),
        GroupMembership::Dual {
            counted_in: RegionalGroup::WesternEuropeanAndOthers,
            also: RegionalGroup::AsiaPacific
        }
    );
    assert_eq!(
        g("ISR"),
        GroupMembership::Member(RegionalGroup::WesternEuropeanAndOthers)
    );
    // Conflicting sources: both readings kept, counted in none by the rule.
    for disputed in ["KIR", "PSE"] {
        assert_eq!(
            g(disputed),
            GroupMembership::Disputed(RegionalGroup::AsiaPacific),
            "{disputed}"
        );
        assert_eq!(g(disputed).counted_in(), None, "{disputed}");
        assert!(
            common::by_code(p, disputed)
                .unwrap()
                .note()
                .contains("Two readings"),
            "{disputed}"
        );
    }
    for none in ["VAT", "COK", "NIU", "EU"] {
        assert_eq!(g(none), GroupMembership::None, "{none}");
        assert!(
            !common::by_code(p, none).unwrap().note().is_empty(),
            "{none} explains its case"
        );
    }
    let members = p.iter().filter(|x| x.kind() == ParticipantKind::UnMemberState);
    let per_group = |grp| {
        members
            .clone()
            .filter(|x| x.group().counted_in() == Some(grp))
            .count()
    };
    assert_eq!(per_group(RegionalGroup::African), 54);
    assert_eq!(per_group(RegionalGroup::EasternEuropean), 23);
    assert_eq!(per_group(RegionalGroup::LatinAmericanAndCaribbean), 33);
}

#[test]
fn a_users_list_is_checked() {
    use hanoi_convention::{
        Confidence, Provenance,
        participants::{Participant, Participants},
        problem::Problem,
    };
    let src = || Provenance::new("test", Confidence::High);
    let state = |code: &str, name: &str| {
        Participant::new(code.parse().unwrap(), name, ParticipantKind::UnMemberState, src())
    };
    let twice = Participants::new(vec![
        state("AAA", "Atlantis"),
        state("BBB", "Lemuria"),
        state("AAA", "Mu"),
    ]);
    let Some(v) = twice.as_ref().err().and_then(Error::problems).cloned() else {
        panic!("{twice:?}")
    };
    assert!(matches!(&v.as_slice()[0], Problem::Field { field: "code", found, .. } if found == "AAA"));
    let orphan = Participants::new(vec![
        state("AAA", "Atlantis").with_member_of("ZZ".parse().unwrap()),
    ]);
    let Some(v) = orphan.as_ref().err().and_then(Error::problems).cloned() else {
        panic!()
    };
    assert_eq!(v.as_slice()[0].field(), "member_of");
    let ok = Participants::new(vec![
        state("AAA", "Atlantis")
            .with_member_of("ZZ".parse().unwrap())
            .with_aliases(["Atlantida"]),
        Participant::new("ZZ".parse().unwrap(), "Union", ParticipantKind::Reio, src()),
    ])
    .unwrap();
    assert_eq!(ok.find("atlantida").unwrap().code().as_str(), "AAA");
    assert_eq!(common::by_code(&ok, "zz").unwrap().name(), "Union");
}

#[test]
fn names_people_type_are_found() {
    let p = hanoi_convention::Register::embedded().participants();
    for (query, code) in [
        ("Trinidad & Tobago", "TTO"),
        ("Saint Kitts & Nevis", "KNA"),
        ("The Netherlands", "NLD"),
        ("the Philippines", "PHL"),
        ("Korea, Republic of", "KOR"),
        ("Tanzania, United Republic of", "TZA"),
        ("Islamic Republic of Iran", "IRN"),
        ("Plurinational State of Bolivia", "BOL"),
        ("Kingdom of the Netherlands", "NLD"),
        ("Democratic Republic of Congo", "COD"),
        ("Republic of Congo", "COG"),
        ("Vatican City State", "VAT"),
        ("Bosnia-Herzegovina", "BIH"),
        ("Congo, The Democratic Republic of the", "COD"),
        ("FR", "FRA"),
        ("fr", "FRA"),
        ("VN", "VNM"),
        ("vnm", "VNM"),
    ] {
        let found = p.find(query).map(|x| x.code().to_string()).ok();
        assert_eq!(found.as_deref(), Some(code), "{query}");
    }
}

#[test]
fn over_long_input_is_rejected_at_once() {
    let p = hanoi_convention::Register::embedded().participants();
    let long = "x".repeat(100_000);
    let err = p.find(&long).unwrap_err();
    assert!(err.to_string().contains("names are at most 200"), "{err}");
    assert!(p.suggest(&long, 3).is_empty());
    assert!(p.suggest(&long, 1).is_empty());
    // The limit itself is allowed: 200 bytes are looked up as a name.
    let at_limit = "x".repeat(200);
    let err = p.find(&at_limit).unwrap_err().to_string();
    assert!(!err.contains("names are at most"), "{err}");
    let err = p.find(&"x".repeat(201)).unwrap_err().to_string();
    assert!(err.contains("201 bytes"), "{err}");
}

/// Inputs that are a name of one participant and, folded, the code of
/// another are never answered silently: written as a code (capitals) they
/// are the code, written as the name they are the name, otherwise the
/// error names both.
#[test]
fn an_input_read_two_ways_is_ambiguous_not_guessed() {
    let p = participants();
    for (query, code, name) in [("nga", "NGA", "RUS"), ("ao", "AGO", "AUT"), ("bi", "BDI", "BEL")] {
        let err = p.find(query).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Ambiguous, "{query}: {err:?}");
        let codes: Vec<String> = err.candidates().iter().map(|c| c.to_string()).collect();
        assert_eq!(codes, [code, name], "{query}");
        assert!(err.to_string().contains("ambiguous"), "{err}");
        let upper = query.to_uppercase();
        assert_eq!(p.find(&upper).unwrap().code().as_str(), code, "{upper}");
    }
    assert_eq!(p.find("Nga").unwrap().code().as_str(), "RUS");
    assert_eq!(p.find("Áo").unwrap().code().as_str(), "AUT");
    assert_eq!(p.find("Bỉ").unwrap().code().as_str(), "BEL");
}

/// Letters that are codes in two systems are read in the system asked:
/// `find` reads the crate's codes (ISO alpha-3), `find_code` any system.
#[test]
fn each_code_system_is_read_on_its_own() {
    use hanoi_convention::participants::CodeSystem::{CowLetters, Iso3};
    let p = participants();
    let code = |s, q| p.find_code(s, q).unwrap().code().to_string();
    assert_eq!(code(Iso3, "AUS"), "AUS");
    assert_eq!(code(CowLetters, "AUS"), "AUT");
    assert_eq!(code(Iso3, "SWZ"), "SWZ");
    assert_eq!(code(CowLetters, "SWZ"), "CHE");
    assert_eq!(p.find("AUS").unwrap().name(), "Australia");
    assert_eq!(p.find("SWZ").unwrap().name(), "Eswatini");
    let err = p.find_code(CowLetters, "QQQ").unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound, "{err:?}");
    assert!(
        err.to_string()
            .contains("code \"QQQ\" in Correlates of War State System Membership, letters"),
        "{err}"
    );
}

/// Suggestions come from names in the query's script only.
#[test]
fn suggestions_stay_in_the_query_script() {
    let p = participants();
    assert!(p.suggest("РФ", 3).is_empty(), "{:?}", p.suggest("РФ", 3));
    assert_eq!(p.suggest("Украна", 1), ["Ukraine"]);
    assert_eq!(p.suggest("Viet Nom", 1), ["Viet Nam"]);
}
