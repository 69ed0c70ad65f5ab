//! Fuzzes the loader (every format) and, when a file loads, the validator
//! and the queries on the resulting register. Any panic is a bug.

#![no_main]

use hanoi_convention::{Date, Register, export, io::read_actions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for format in [None, Some(hanoi_convention::io::DataFormat::Tsv)] {
        let Ok(actions) = read_actions("fuzz", data, format) else { continue };
        let as_of = Date::constant(2030, 1, 1);
        // Merged over the embedded data and on its own.
        let merged = hanoi_convention::io::merge_actions(Register::embedded().actions(), actions.clone());
        for set in [actions, merged.actions] {
            if let Ok(r) = Register::builder(hanoi_convention::convention()).as_of(as_of).actions(set).build() {
                let _ = r.counts_by_group(as_of);
                let _ = r.entry_into_force();
                let _ = r.statuses(Date::constant(2026, 6, 1)).count();
                let _ = export::panel_rows(&r);
                let _ = export::events_tsv(&r);
            }
        }
    }
});
