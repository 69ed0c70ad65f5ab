//! Fuzzes the importer of the UN Treaty Collection's status pages: any
//! bytes, and the constructed page with bytes spliced in. Any panic is a bug.

#![no_main]

use hanoi_convention::io::untc::{Refresh, import_page};
use hanoi_convention::{Register, convention};
use libfuzzer_sys::fuzz_target;

const PAGE: &[u8] = include_bytes!("../../tests/fixtures/untc/XVIII-16.constructed.en.xml");

fuzz_target!(|data: &[u8]| {
    let at = data.first().map_or(0, |b| usize::from(*b) * PAGE.len() / 256);
    let spliced = [&PAGE[..at], data, &PAGE[at..]].concat();
    for bytes in [data, spliced.as_slice()] {
        if let Ok(i) = import_page("fuzz.xml", bytes, convention().participants(), None) {
            let _ = i.count_check().mismatches();
            let _ = Refresh::of(Register::embedded().actions(), &i.actions).merged();
        }
    }
});
