//! The text model: articles, chapters, terms, provisions, and the data
//! files they are read from.

use hanoi_convention::{
    convention,
    treaty::{ArticleNumber, ProvisionKind, SearchHit},
};

#[test]
fn every_article_once_in_exactly_one_chapter() {
    let c = convention().text();
    let mut seen = [0u8; 69];
    for a in c.articles() {
        seen[usize::from(a.number().get())] += 1;
        let in_chapters = c
            .chapters()
            .iter()
            .filter(|ch| c.articles_in(ch).iter().any(|x| x.number() == a.number()))
            .count();
        assert_eq!(
            in_chapters,
            1,
            "article {} is in {in_chapters} chapters",
            a.number()
        );
        assert_eq!(c.chapter_of(a).map(|ch| ch.number()), Some(a.chapter_number()));
    }
    assert_eq!(seen[0], 0);
    assert!(seen[1..].iter().all(|n| *n == 1), "{seen:?}");
}

#[test]
fn chapters_are_contiguous_and_in_order() {
    let expected = [
        (1, 6),
        (7, 21),
        (22, 22),
        (23, 34),
        (35, 52),
        (53, 53),
        (54, 56),
        (57, 58),
        (59, 68),
    ];
    let got: Vec<(u8, u8)> = convention()
        .text()
        .chapters()
        .iter()
        .map(|ch| {
            let (a, b) = ch.article_range();
            (a.get(), b.get())
        })
        .collect();
    assert_eq!(got, expected);
    let romans: Vec<String> = convention().text().chapters().iter().map(|c| c.roman()).collect();
    assert_eq!(romans, ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]);
}

#[test]
fn titles_are_free_of_scraping_debris() {
    let c = convention().text();
    let titles = c
        .articles()
        .iter()
        .map(|a| a.title())
        .chain(c.chapters().iter().map(|ch| ch.title()))
        .chain(c.terms().iter().map(|t| t.term()));
    for t in titles {
        assert!(!t.is_empty());
        assert_eq!(t, t.trim(), "outer spaces in {t:?}");
        assert!(!t.chars().any(char::is_control), "control character in {t:?}");
        assert!(!t.contains('[') && !t.contains(']'), "footnote marker in {t:?}");
        assert!(!t.contains("  "), "double space in {t:?}");
    }
}

#[test]
fn fifteen_defined_terms_a_to_o() {
    let terms = convention().text().terms();
    assert_eq!(terms.len(), 15);
    let letters: String = terms.iter().map(|t| t.letter()).collect();
    assert_eq!(letters, "abcdefghijklmno");
    assert_eq!(terms[7].term(), "serious crime");
    assert_eq!(terms[13].term(), "regional economic integration organization");
}

#[test]
fn identity_of_the_convention() {
    let c = convention().identity();
    assert!(
        c.subtitle()
            .starts_with("Strengthening International Cooperation")
    );
    let names: Vec<&str> = c.short_names().collect();
    assert!(names.contains(&"Hanoi Convention"));
    assert!(names.contains(&"Công ước Hà Nội"));
    assert_eq!(c.adopted_by(), "General Assembly resolution 79/243");
    assert_eq!(c.reference(), "XVIII-16");
    let langs: Vec<&str> = c.authentic_languages().collect();
    assert_eq!(
        langs,
        ["Arabic", "Chinese", "English", "French", "Russian", "Spanish"]
    );
}

#[test]
fn article_number_parser() {
    for (input, n) in [
        ("7", 7),
        ("Art. 7", 7),
        ("art.7", 7),
        ("article 7", 7),
        ("ARTICLE 68", 68),
        (" 1 ", 1),
        ("art 12", 12),
    ] {
        assert_eq!(
            input.parse::<ArticleNumber>().map(ArticleNumber::get).ok(),
            Some(n),
            "{input}"
        );
    }
    for bad in [
        "0",
        "7a",
        "",
        "  ",
        "art.",
        "article",
        "-1",
        "7.5",
        "256",
        "99999999999",
        "VII",
    ] {
        let err = bad.parse::<ArticleNumber>().unwrap_err();
        assert!(
            err.to_string().contains("is not an article number")
                && err.to_string().contains("expected a whole number from 1"),
            "{bad}: {err}"
        );
    }
    // A number parses; whether the article exists is the text's answer.
    let text = convention().text();
    let n = |s: &str| {
        s.parse::<hanoi_convention::treaty::ArticleNumber>()
            .unwrap()
            .get()
    };
    assert!(text.article(n("69")).is_none());
    assert!(text.article(n("68")).is_some());
}

#[test]
fn chapter_two_mandatory_and_optional() {
    let c = convention().text();
    let mandatory: Vec<u8> = c
        .provisions()
        .iter()
        .filter(|p| p.kind() == ProvisionKind::MandatoryOffence && p.reference().paragraph().is_none())
        .map(|p| p.reference().article().get())
        .collect();
    assert_eq!(mandatory, (7..=17).collect::<Vec<u8>>());
    for optional in ["7(2)", "8(2)", "9(2)", "12(2)", "19(2)", "19(3)"] {
        let p = c
            .provisions()
            .iter()
            .find(|p| p.reference().to_string() == optional)
            .unwrap();
        assert_eq!(p.kind(), ProvisionKind::OptionalElement, "{optional}");
    }
    assert!(c.allows_reservation("11(3)".parse().unwrap()));
    assert!(c.allows_reservation("63(3)".parse().unwrap()));
    assert!(!c.allows_reservation("11(1)".parse().unwrap()));
    assert!(!c.allows_reservation("64".parse().unwrap()));
    assert!(c.provisions().iter().all(|p| !p.provenance().source().is_empty()));
}

#[test]
fn search_ignores_case_and_diacritics() {
    let c = convention().text();
    let numbers = |q: &str| -> Vec<u8> {
        c.search(q)
            .iter()
            .filter_map(|h| match h {
                SearchHit::Article(a) => Some(a.number().get()),
                _ => None,
            })
            .collect()
    };
    assert_eq!(numbers("ENTRY into FORCE"), [65]);
    assert_eq!(numbers("dénunciation"), [67]);
    assert!(numbers("mutual legal assistance").contains(&40));
    assert!(numbers("no such words here").is_empty());
    assert!(c.search("").is_empty());
    assert!(
        c.search("personal data")
            .iter()
            .any(|h| matches!(h, SearchHit::Term(t) if t.letter() == 'g'))
    );
}

#[test]
fn medium_titles_keep_their_confidence() {
    // The reference marks articles 17-21 as medium until read from the
    // English authentic text; they must not have been raised silently.
    let c = convention().text();
    for n in 17..=21 {
        let a = c.article(n).unwrap();
        assert_eq!(
            a.provenance().confidence(),
            hanoi_convention::Confidence::Medium,
            "article {n}"
        );
    }
    assert_eq!(
        c.article(7).unwrap().provenance().confidence(),
        hanoi_convention::Confidence::High
    );
}
