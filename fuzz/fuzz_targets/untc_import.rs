//! Fuzzes the importer of the UN Treaty Collection's status pages: any
//! bytes, and the constructed page (`fuzz/seeds/untc/`) with bytes spliced
//! in. A page that imports is compared with the embedded data, applied to
//! it, and read as a treaty of its own, whose register is asked questions on
//! a day. Any panic, or a broken invariant asserted here, is a bug.

#![no_main]

use std::sync::{Arc, OnceLock};

use hanoi_convention::io::untc::{self, PageApplied, Refresh, UntcImport};
use hanoi_convention::participants::Participants;
use hanoi_convention::{Date, ErrorKind, Register, Standing};
use libfuzzer_sys::fuzz_target;

const PAGE: &[u8] = include_bytes!("../seeds/untc/XVIII-16.constructed.en.xml");

fuzz_target!(|data: &[u8]| {
    let at = data.first().map_or(0, |b| usize::from(*b) * PAGE.len() / 256);
    let spliced = [&PAGE[..at], data, &PAGE[at..]].concat();
    for bytes in [data, spliced.as_slice()] {
        match untc::from_bytes("fuzz.xml", bytes, participants(), None) {
            Ok(import) => check_import(&import),
            Err(e) => {
                assert_eq!(e.kind(), ErrorKind::Format, "{e}");
                assert!(!e.to_string().is_empty());
            }
        }
    }
});

/// The embedded list of participants, which holds every State (shared, as
/// a page's treaty takes it by `Arc`).
fn participants() -> &'static Arc<Participants> {
    static LIST: OnceLock<Arc<Participants>> = OnceLock::new();
    LIST.get_or_init(|| Arc::new(Register::embedded().participants().clone()))
}

fn check_import(import: &UntcImport) {
    let _ = (import.reference(), import.title(), import.url());
    for a in &import.actions {
        assert!(
            participants().get(a.participant()).is_some(),
            "{}",
            a.participant()
        );
    }
    let check = import.count_check();
    assert_eq!(check.agrees(), check.mismatches().is_empty(), "{check:?}");
    let _ = check.reading_note();
    // Compared with the embedded data: every row of the page is placed once.
    let embedded = Register::embedded();
    let refresh = Refresh::of(embedded.actions(), &import.actions);
    let placed = refresh.new.len() + refresh.narrowed.len() + refresh.conflicts.len() + refresh.unchanged;
    assert_eq!(placed, import.actions.len());
    assert_eq!(
        refresh.merged().len(),
        embedded.actions().len() + refresh.new.len()
    );
    match PageApplied::new(embedded, import, Date::constant(2026, 12, 5)) {
        Ok(applied) => questions(applied.register()),
        Err(e) => assert!(matches!(e.kind(), ErrorKind::Format | ErrorKind::Invalid), "{e}"),
    }
    // The page's treaty as a treaty of its own.
    let treaty = match import.treaty(Arc::clone(participants())) {
        Ok(t) => t,
        Err(e) => {
            assert_eq!(e.kind(), ErrorKind::Format, "{e}");
            return;
        }
    };
    let as_of = import
        .actions
        .iter()
        .map(|a| a.date().latest())
        .max()
        .unwrap_or(treaty.identity().adopted_on());
    let built = Register::builder(&treaty)
        .as_of(as_of)
        .actions(import.actions.clone())
        .build();
    match built {
        Ok(r) => questions(&r),
        Err(e) => assert!(matches!(e.kind(), ErrorKind::Invalid | ErrorKind::Value), "{e}"),
    }
}

/// Counts and standings on the data's as-of date and the treaty's adoption.
fn questions(r: &Register) {
    for day in [r.treaty().identity().adopted_on(), r.as_of()] {
        let on = r.on(day);
        let counts = on.counts_by_group();
        for c in [
            counts.total_signatories(),
            counts.total_parties(),
            on.counted_instruments(),
        ] {
            assert!(c.certain <= c.possible, "{c:?}");
        }
        let _ = on.entry_into_force();
        for (p, _) in on.statuses() {
            let (low, high) = on.standing_range(p.code());
            assert!(
                low <= high && high != Standing::Unknown,
                "{}: {low:?}..{high:?}",
                p.code()
            );
        }
    }
}
