//! Fuzzes the loader of actions files (from bytes, format sniffed, and as
//! each of TSV, CSV and JSON) and, when a file loads, the validator and the
//! questions on a day of the resulting register, on its own and merged over
//! the embedded data. Any panic, or a broken invariant asserted here, is a
//! bug.

#![no_main]

use hanoi_convention::io::actions::{self, DataFormat};
use hanoi_convention::io::merge_actions;
use hanoi_convention::register::ActionsFile;
use hanoi_convention::{
    CountRange, Date, EntryIntoForce, Error, ErrorKind, Register, Standing, convention, export,
};
use libfuzzer_sys::fuzz_target;

const NAME: &str = "fuzz.txt";

fuzz_target!(|data: &[u8]| {
    let from_bytes = read(actions::from_reader(NAME, data));
    let Ok(text) = std::str::from_utf8(data) else {
        assert!(
            from_bytes.is_none(),
            "bytes that are not UTF-8 are not an actions file"
        );
        return;
    };
    // Read from bytes is read from text, in the sniffed format.
    let sniffed = DataFormat::sniff(text);
    let direct = read(actions::from_str_as(NAME, text, sniffed));
    assert_eq!(
        from_bytes.as_ref().map(ActionsFile::actions),
        direct.as_ref().map(ActionsFile::actions),
        "from_reader is from_str_as in the sniffed format"
    );
    for format in [DataFormat::Tsv, DataFormat::Csv, DataFormat::Json] {
        let file = if format == sniffed {
            direct.clone()
        } else {
            read(actions::from_str_as(NAME, text, format))
        };
        if let Some(file) = file {
            check_file(file, format == sniffed);
        }
    }
});

/// A read that failed is an error of kind `Format` with a message; a read
/// that succeeded names the file in every problem.
fn read(result: Result<ActionsFile, Error>) -> Option<ActionsFile> {
    match result {
        Ok(file) => {
            assert_eq!(file.name(), NAME);
            assert!(!file.actions().is_empty() || !file.problems().is_empty());
            for p in file.problems() {
                assert_eq!(p.origin().file(), Some(NAME), "{p}");
            }
            Some(file)
        }
        Err(e) => {
            assert_eq!(e.kind(), ErrorKind::Format, "{e}");
            assert!(!e.to_string().is_empty());
            None
        }
    }
}

/// Builds a register of the file and asks it questions; with `merge`, the
/// same over the embedded data too.
fn check_file(file: ActionsFile, merge: bool) {
    let as_of = Date::constant(2030, 1, 1);
    let read = file.actions().len();
    let unread = file.problems().len();
    let validation = Register::builder(convention())
        .as_of(as_of)
        .file(file.clone())
        .validate();
    assert_eq!(validation.checked(), read);
    assert_eq!(validation.unread().len(), unread);
    assert_eq!(validation.is_valid(), validation.register().is_some());
    match validation.into_register() {
        Ok(r) => {
            assert_eq!(unread, 0, "a file with unread records builds no register");
            questions(&r);
            read_back(&r);
        }
        Err(e) => built_error(&e),
    }
    if !merge {
        return;
    }
    let Ok(mine) = file.into_actions() else { return };
    let embedded = Register::embedded();
    let merged = merge_actions(embedded.actions(), mine);
    let merged_as_of = merged.as_of(embedded.as_of());
    match Register::builder(convention())
        .as_of(merged_as_of)
        .actions(merged.actions)
        .build()
    {
        Ok(r) => questions(&r),
        Err(e) => built_error(&e),
    }
}

/// A register that did not build is invalid (with its problems) or beyond
/// the representable dates.
fn built_error(e: &Error) {
    match e.kind() {
        ErrorKind::Invalid => assert!(e.problems().is_some_and(|p| !p.is_empty()), "{e}"),
        ErrorKind::Value => {}
        other => panic!("a register that does not build is invalid, not {other:?}: {e}"),
    }
}

fn range(c: CountRange) {
    assert!(c.certain <= c.possible, "{c:?}");
}

/// Questions on a day before the treaty, on its adoption, in the middle
/// of the embedded data's span and on the data's as-of date.
fn questions(r: &Register) {
    let adopted = r.treaty().identity().adopted_on();
    if let Ok(before) = adopted.yesterday() {
        let e = r
            .try_on(before)
            .expect_err("a day before the adoption is refused");
        assert_eq!(e.kind(), ErrorKind::OutOfRange);
    }
    let n = r.participants().len();
    for day in [adopted, Date::constant(2026, 6, 1), r.as_of()] {
        let on = r.on(day);
        let counts = on.counts_by_group();
        let (sig, par) = (counts.total_signatories(), counts.total_parties());
        range(sig);
        range(par);
        let rows = counts.rows();
        assert_eq!(
            rows.iter().map(|g| g.signatories.certain).sum::<u32>(),
            sig.certain
        );
        assert_eq!(rows.iter().map(|g| g.parties.certain).sum::<u32>(), par.certain);
        for g in &rows {
            range(g.signatories);
            range(g.parties);
        }
        assert!(sig.possible as usize <= n && par.possible as usize <= n);
        assert_eq!(on.signatories().count(), sig);
        assert_eq!(on.parties().count(), par);
        range(on.counted_instruments());
        range(on.signatures_made());
        match on.entry_into_force() {
            EntryIntoForce::NotYet { counted, .. } | EntryIntoForce::Unknown { counted, .. } => {
                range(counted)
            }
            _ => {}
        }
        let _ = on.in_force();
        assert_eq!(on.statuses().len(), n);
        for (p, status) in on.statuses() {
            assert_eq!(on.status(p.code()), Some(status));
            let standing = on.standing(p.code());
            let (low, high) = on.standing_range(p.code());
            assert!(low <= high && low != Standing::Unknown && high != Standing::Unknown);
            if standing == Standing::Unknown {
                assert!(low < high, "{}: unknown between {low:?} and {high:?}", p.code());
            } else {
                assert_eq!((low, high), (standing, standing), "{}", p.code());
            }
        }
    }
    let _ = export::panel_rows(&r.on(r.as_of()), export::Universe::Participants);
}

/// The events export reads back to the same timeline.
fn read_back(r: &Register) {
    if r.actions().is_empty() {
        return;
    }
    let tsv = export::events_tsv(r);
    let back = actions::from_str("export.tsv", &tsv).expect("the events export reads back");
    assert!(back.problems().is_empty(), "{:?}", back.problems());
    let again = Register::builder(r.treaty()).as_of(r.as_of()).file(back).build();
    let again = again.expect("the events export of a valid register is valid");
    assert_eq!(again.timeline(), r.timeline());
}
