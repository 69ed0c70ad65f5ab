//! What a column header of the participant table says: its items (an act
//! and the marker its dates carry), the act each names, and what the
//! page's header counts it as.

use super::text::name_and_notes;
use super::{Column, ColumnRole};
use crate::actions::ActionKind;

/// What the header's totals count an act as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Counts {
    /// Neither a signatory nor a party (a notification under an article,
    /// an extension).
    Neither,
    /// A provisional act: a party for some headers, for others not.
    Provisional,
    /// A signatory.
    Signatory,
    /// A party.
    Party,
}

/// What an item of a column header stands for: the act, when the crate
/// has a kind for it, and what the page's header counts it as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Meaning {
    /// The act's kind (`None` when the crate has none for it).
    pub(crate) kind: Option<ActionKind>,
    /// What the header's totals count it as.
    pub(crate) counts: Counts,
    /// Why `kind` is `None`.
    pub(crate) unmodelled: &'static str,
}

const NOT_MODELLED: &str = "an act the crate does not model";
const SEVERAL: &str = "the header names several acts for these dates, and the page does not say which";

const fn act(kind: ActionKind, counts: Counts) -> Meaning {
    Meaning {
        kind: Some(kind),
        counts,
        unmodelled: "",
    }
}

const fn unmodelled(counts: Counts, why: &'static str) -> Meaning {
    Meaning {
        kind: None,
        counts,
        unmodelled: why,
    }
}

/// Header items by the words they begin with, first match wins (so the
/// longer phrases come before the words they begin with). The kind is the
/// act's meaning in treaty law; the count is what the depositary's header
/// counts it as, measured on the 2018 corpus (see `tests/untc_corpus.rs`).
const MEANINGS: &[(&str, Meaning)] = {
    use ActionKind as K;
    use Counts::{Neither, Party, Provisional, Signatory};
    &[
        // XXI-6-a: a notification that the State will *not* apply the
        // Agreement provisionally.
        (
            "notification of non-provisional application",
            unmodelled(
                Neither,
                "a notification that the treaty will not be applied provisionally",
            ),
        ),
        // Provisional acts bind provisionally and are imported as such.
        // Whether the header counts them among its Parties is the page's
        // own: XIX-34 (acceptance notified "provisionally, pending the
        // conclusion of its internal procedures", terms of reference art.
        // 21(b)) counts them; the commodity agreements' provisional
        // applications are not counted (see `docs/updating.md`). The count
        // check reads a page with them both ways and says which its header
        // matches.
        (
            "provisional acceptance",
            act(K::ProvisionalApplication, Provisional),
        ),
        (
            "provisional accession",
            act(K::ProvisionalApplication, Provisional),
        ),
        (
            "provisional application",
            act(K::ProvisionalApplication, Provisional),
        ),
        (
            "undertaking of provisional application",
            act(K::ProvisionalApplication, Provisional),
        ),
        // Counted among the Parties (X-4, X-7, X-7-b, XVIII-2, VI-18), but
        // the act on this treaty is not named: by virtue of another
        // instrument (a protocol's accession) or of an article.
        (
            "participation",
            unmodelled(
                Party,
                "participation by virtue of another instrument or provision, and the page does not name the act",
            ),
        ),
        // Consent, counted among the Parties (XXVI-2-a, XXVI-2-b, XXI-6-a),
        // by a notification the crate has no kind for.
        (
            "consent to be bound",
            unmodelled(
                Party,
                "consent to be bound by notification, an act the crate has no kind for",
            ),
        ),
        // XXI-6-a, art. 5 of the Agreement: consent established by the
        // simplified procedure.
        (
            "simplified procedure",
            unmodelled(
                Party,
                "consent by the simplified procedure, an act the crate has no kind for",
            ),
        ),
        ("definitive signature", act(K::DefinitiveSignature, Party)),
        ("definitive acceptance", act(K::Acceptance, Party)),
        ("confirmation of signature", act(K::SignatureConfirmation, Party)),
        ("formal confirmation", act(K::FormalConfirmation, Party)),
        (
            "signature ad referendum",
            act(K::SignatureAdReferendum, Signatory),
        ),
        // A successor State's succession to its predecessor's signature: it
        // becomes a signatory.
        ("succession to signature", act(K::Signature, Signatory)),
        ("signature", act(K::Signature, Signatory)),
        ("ratification", act(K::Ratification, Party)),
        ("acceptance", act(K::Acceptance, Party)),
        ("approval", act(K::Approval, Party)),
        ("accession", act(K::Accession, Party)),
        ("succession", act(K::Succession, Party)),
        // III-2-18: a State party applying the Convention to one more
        // specialized agency; the depositary counts it as a Party.
        ("application", act(K::Application, Party)),
    ]
};

/// The meaning of a header item by the words it begins with, e.g.
/// "Definitive signature", "Accession to the Convention as amended".
fn meaning_of(item: &str) -> Meaning {
    let n = item.trim().to_lowercase();
    MEANINGS
        .iter()
        .find(|(words, _)| n.starts_with(words))
        .map_or(unmodelled(Counts::Neither, NOT_MODELLED), |(_, m)| *m)
}

/// The meaning of a header item. An item naming two acts ("Definitive
/// signature or acceptance of the Protocol") does not say which a date is:
/// no kind, counted as both would be.
pub(crate) fn meaning(item: &str) -> Meaning {
    let first = meaning_of(item);
    let lower = item.trim().to_lowercase();
    let Some((before, after)) = lower.split_once(" or ") else {
        return first;
    };
    let is_act = |words: &str| MEANINGS.iter().any(|(w, _)| words == *w);
    let other = meaning_of(after);
    if is_act(before) && other.kind != first.kind && other.counts != Counts::Neither {
        return unmodelled(first.counts.max(other.counts), SEVERAL);
    }
    first
}

/// One item of a header: "Accession(a)" is the name "Accession" and the
/// marker `a`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Item {
    name: String,
    marker: Option<String>,
}

/// A header's items. Items are separated by a comma before a capital
/// ("Ratification, Accession(a)"); a comma before a small letter is inside
/// an item ("Provisional application by virtue of signature, adoption of
/// the Agreement or accession thereto"). A marker is one to three letters
/// in brackets at the end; "(b)" after "article 7 (1) " is a sub-paragraph,
/// not a marker.
fn items(header: &str) -> Vec<Item> {
    let mut parts: Vec<String> = Vec::new();
    for part in header.split(',') {
        match parts.last_mut() {
            Some(last) if !part.trim_start().starts_with(|c: char| c.is_uppercase()) => {
                last.push(',');
                last.push_str(part);
            }
            _ => parts.push(part.to_string()),
        }
    }
    parts
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .map(|p| {
            let marked = p.strip_suffix(')').and_then(|rest| {
                let open = rest.rfind('(')?;
                let (name, marker) = (&rest[..open], rest[open + 1..].trim());
                let reference = name.ends_with(char::is_whitespace) && name.trim_end().ends_with(')');
                let letters =
                    (1..=3).contains(&marker.len()) && marker.chars().all(|c| c.is_ascii_alphabetic());
                (letters && !reference).then(|| (name.trim().to_string(), marker.to_string()))
            });
            match marked {
                Some((name, marker)) => Item {
                    name,
                    marker: Some(marker),
                },
                None => Item {
                    name: p.to_string(),
                    marker: None,
                },
            }
        })
        .collect()
}

/// What a date without a marker means: the header's one item without a
/// marker; when every item has one and there is only one ("Signature ad
/// referendum (s)", whose dates on XIV-7-a carry no marker), that item;
/// when several items have none, no kind unless they agree.
fn unmarked_meaning(items: &[Item]) -> (Meaning, String) {
    let mut bare: Vec<&Item> = items.iter().filter(|i| i.marker.is_none()).collect();
    if bare.is_empty() && items.len() == 1 {
        bare = vec![&items[0]];
    }
    let names = bare
        .iter()
        .map(|i| i.name.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    let meanings: Vec<Meaning> = bare.iter().map(|i| meaning(&i.name)).collect();
    let meaning = match meanings.as_slice() {
        [] => unmodelled(
            Counts::Neither,
            "the header names no act for a date without a marker",
        ),
        [one] => *one,
        [first, rest @ ..] if rest.iter().all(|m| m.kind == first.kind) => *first,
        several => unmodelled(
            several.iter().map(|m| m.counts).max().unwrap_or(Counts::Neither),
            SEVERAL,
        ),
    };
    (meaning, names)
}

/// A column from its header, e.g. "Ratification, Acceptance(A),
/// Approval(AA), Accession(a), Succession(d)".
///
/// Its role follows what the page's header counts: a column any of whose
/// items the header counts among the Parties is counted there (acts of
/// consent, participation); one whose items count among the signatories
/// (signature, signature *ad referendum*, succession to a signature) is
/// counted there; one of provisional acts (application, acceptance,
/// accession) is read both ways by the count check; the rest
/// (notifications under an article, extensions) in neither.
pub(crate) fn column(header: &str, index: usize) -> Column {
    let header = name_and_notes(header).0;
    if index == 0 {
        return Column {
            header,
            role: ColumnRole::Participant,
            unmarked: None,
            unmarked_name: String::new(),
            markers: Vec::new(),
        };
    }
    let items = items(&header);
    let (unmarked, unmarked_name) = unmarked_meaning(&items);
    let counts = items
        .iter()
        .map(|i| meaning(&i.name).counts)
        .chain([unmarked.counts])
        .max()
        .unwrap_or(Counts::Neither);
    let role = match counts {
        Counts::Party => ColumnRole::Consent,
        Counts::Signatory => ColumnRole::Signature,
        Counts::Provisional => ColumnRole::Provisional,
        Counts::Neither => ColumnRole::Other,
    };
    let markers = items
        .iter()
        .filter_map(|i| {
            let marker = i.marker.clone()?;
            Some((marker, meaning(&i.name).kind, i.name.clone()))
        })
        .collect();
    Column {
        header,
        role,
        unmarked: unmarked.kind,
        unmarked_name,
        markers,
    }
}

impl Column {
    /// The kind of a date with `marker` (or none) in this column, or why
    /// there is none: the marker is not the header's, or the header's act
    /// is one the crate does not model.
    pub(crate) fn kind_of(&self, marker: Option<&str>) -> Result<ActionKind, String> {
        let Some(m) = marker else {
            return self.unmarked.ok_or_else(|| {
                let (meaning, _) = unmarked_meaning(&items(&self.header));
                format!("{} ({})", self.unmarked_name, meaning.unmodelled)
            });
        };
        let Some((_, kind, name)) = self.markers.iter().find(|x| x.0 == m) else {
            return Err(format!(
                "marker {m:?} is not defined by the header {:?}",
                self.header
            ));
        };
        kind.ok_or_else(|| format!("{name} ({})", meaning(name).unmodelled))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_from_their_headers() {
        let c = column("Acceptance(A), Ratification, Approval(AA), Accession(a)", 2);
        assert_eq!(c.role, ColumnRole::Consent);
        assert_eq!(c.unmarked, Some(ActionKind::Ratification));
        let kinds: Vec<(String, Option<ActionKind>)> = c.markers.iter().map(|m| (m.0.clone(), m.1)).collect();
        assert_eq!(
            kinds,
            [
                ("A".into(), Some(ActionKind::Acceptance)),
                ("AA".into(), Some(ActionKind::Approval)),
                ("a".into(), Some(ActionKind::Accession))
            ]
        );
        let s = column("Signature, Succession to signature(d)", 1);
        assert_eq!(s.role, ColumnRole::Signature);
        assert_eq!(s.kind_of(Some("d")), Ok(ActionKind::Signature));
        let d = column("Definitive signature(s), Acceptance(A), Succession(d)", 1);
        assert_eq!(d.markers[0].1, Some(ActionKind::DefinitiveSignature));
        assert_eq!(d.role, ColumnRole::Consent);
        assert_eq!(
            column("Participant<superscript>1</superscript>", 0).header,
            "Participant"
        );
        assert_eq!(
            name_and_notes("China<superscript>1,2</superscript>"),
            ("China".to_string(), vec![1, 2])
        );
    }

    #[test]
    fn signatures_ad_referendum_and_their_confirmation() {
        use ActionKind::{DefinitiveSignature, Signature, SignatureAdReferendum, SignatureConfirmation};
        // XIV-7-a: a single item with a marker describes the unmarked dates.
        let c = column("Signature ad referendum (s)", 1);
        assert_eq!(
            (c.role, c.kind_of(None)),
            (ColumnRole::Signature, Ok(SignatureAdReferendum))
        );
        assert_eq!(c.kind_of(Some("s")), Ok(SignatureAdReferendum));
        let c = column("Definitive signature(s), Confirmation of signature", 2);
        assert_eq!(c.role, ColumnRole::Consent);
        assert_eq!(c.kind_of(Some("s")), Ok(DefinitiveSignature));
        assert_eq!(c.kind_of(None), Ok(SignatureConfirmation));
        // XIV-7.
        let c = column("Signature, Signature ad referendum (s)", 1);
        assert_eq!(
            (c.kind_of(None), c.kind_of(Some("s"))),
            (Ok(Signature), Ok(SignatureAdReferendum))
        );
        let c = column("Confirmation of signature ad referendum(C)", 2);
        assert_eq!(
            (c.role, c.kind_of(Some("C"))),
            (ColumnRole::Consent, Ok(SignatureConfirmation))
        );
        assert!(
            c.kind_of(Some("x"))
                .unwrap_err()
                .contains("not defined by the header")
        );
    }

    #[test]
    fn provisional_acts_count_as_their_header_counts_them() {
        use ActionKind::{Acceptance, Application, ProvisionalApplication};
        // Provisional acts have a role of their own: the count check reads
        // them both ways (commodity agreements do not count provisional
        // applications; XIX-34 counts its provisional acceptances).
        let c = column("Provisional application(n)", 2);
        assert_eq!(
            (c.role, c.kind_of(Some("n"))),
            (ColumnRole::Provisional, Ok(ProvisionalApplication))
        );
        let c = column(
            "Undertaking of provisional application in accordance with article 31",
            2,
        );
        assert_eq!(
            (c.role, c.kind_of(None)),
            (ColumnRole::Provisional, Ok(ProvisionalApplication))
        );
        let c = column("Provisional acceptance/accession", 1);
        assert_eq!(
            (c.role, c.kind_of(None)),
            (ColumnRole::Provisional, Ok(ProvisionalApplication))
        );
        let c = column("Definitive acceptance", 2);
        assert_eq!((c.role, c.kind_of(None)), (ColumnRole::Consent, Ok(Acceptance)));
        let c = column("Application", 1);
        assert_eq!((c.role, c.kind_of(None)), (ColumnRole::Consent, Ok(Application)));
        // XXI-6-a: a comma before a small letter is inside an item; "(b)"
        // after "article 7 (1)" is a sub-paragraph, not a marker.
        let c = column(
            "Provisional application by virtue of signature, adoption of the Agreement or accession thereto, \
             Provisional application by virtue of a notification (n)",
            2,
        );
        assert_eq!(
            (c.role, c.kind_of(None)),
            (ColumnRole::Provisional, Ok(ProvisionalApplication))
        );
        assert_eq!(c.markers.len(), 1);
        let c = column(
            "Notification of non-provisional application under article 7 (1) (b)",
            3,
        );
        assert_eq!((c.role, c.markers.len()), (ColumnRole::Other, 0));
        assert!(
            c.kind_of(None)
                .unwrap_err()
                .contains("will not be applied provisionally")
        );
        let c = column("Notification under article 21 (1)", 4);
        assert_eq!((c.role, c.markers.len()), (ColumnRole::Other, 0));
    }

    #[test]
    fn acts_the_page_does_not_name_are_counted_without_a_kind() {
        // Several acts with no marker: which one a date is, the page does not say.
        let c = column(
            "Definitive signature of the Protocol, Acceptance of the Protocol, Succession to the Protocol",
            1,
        );
        assert_eq!((c.role, c.unmarked), (ColumnRole::Consent, None));
        assert!(c.kind_of(None).unwrap_err().contains("several acts"));
        let c = column("Definitive signature or acceptance of the Protocol", 1);
        assert_eq!((c.role, c.unmarked), (ColumnRole::Consent, None));
        // Participation and consent to be bound: parties, no kind.
        let c = column("Consent to be bound(P), Succession(d)", 1);
        assert_eq!(c.role, ColumnRole::Consent);
        assert!(c.kind_of(Some("P")).unwrap_err().contains("no kind for"));
        let c = column(
            "Participation in the Convention by virtue of ratification, accession or succession to the Protocol",
            1,
        );
        assert_eq!((c.role, c.unmarked), (ColumnRole::Consent, None));
        let c = column(
            "Ratification, Acceptance(A), Participation under articles 3 (2) and (3)(P)",
            2,
        );
        assert_eq!(c.markers[1].0, "P");
        assert!(c.kind_of(Some("P")).is_err());
        // Acceptance "ipso facto ..., as amended(A)": one item.
        let c = column(
            "Acceptance of the Protocol, Acceptance ipso facto by virtue of article 10 (1) of the Convention \
             of 12 September 1923, as amended(A)",
            1,
        );
        assert_eq!(c.kind_of(Some("A")), Ok(ActionKind::Acceptance));
        // A header the crate does not know: neither counted nor imported.
        assert_eq!(column("Extension", 2).role, ColumnRole::Other);
    }
}
