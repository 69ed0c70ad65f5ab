//! The rules of the final provisions as constants, each with its article.
//! `data/convention.tsv` states the same facts with their sources; a test
//! checks the two agree.

use crate::date::Date;

/// First day of signature, in Hanoi (art. 64(1)).
pub const SIGNATURE_OPENS: Date = Date::constant(2025, 10, 25);
/// Last day of signature in Hanoi; later signatures are made in New York (art. 64(1)).
pub const HANOI_SIGNATURE_ENDS: Date = Date::constant(2025, 10, 26);
/// Last day of signature, at UN Headquarters in New York (art. 64(1)).
pub const SIGNATURE_CLOSES: Date = Date::constant(2026, 12, 31);
/// Instruments of ratification, acceptance, approval or accession needed for
/// entry into force (art. 65(1)).
pub const INSTRUMENTS_FOR_ENTRY_INTO_FORCE: u32 = 40;
/// Entry into force falls on the ninetieth day after the fortieth deposit:
/// deposit day + 90 days (art. 65(1)).
pub const DAYS_TO_ENTRY_INTO_FORCE: i32 = 90;
/// For a later party, the thirtieth day after its own deposit, or entry into
/// force if later (art. 65(2)).
pub const DAYS_FOR_LATER_PARTIES: i32 = 30;
/// A denunciation takes effect one year after the Secretary-General
/// receives it (art. 67).
pub const DENUNCIATION_EFFECT_YEARS: i16 = 1;
