*! hanoi_import.do: load hanoi-convention's panel and wide CSV exports into Stata
*! (Stata 14 or later; UTF-8 names need Stata 14's Unicode support)
*
* Usage (from Stata):
*
*     do docs/stata/hanoi_import.do                          // panel.csv, wide.csv
*     do docs/stata/hanoi_import.do "panel.csv" "wide.csv"   // the same, named
*     do docs/stata/hanoi_import.do "panel.csv" "-"          // only the panel
*     do docs/stata/hanoi_import.do "-" "wide.csv"           // only the wide view
*     do docs/stata/hanoi_import.do "panel.csv" "wide.csv" "out"   // .dta files in out/
*
* Make the CSV files first with the hanoi tool, e.g.
*
*     hanoi --out panel.csv export --view panel --universe cow
*     hanoi --out wide.csv export --view wide
*
* Arguments (all optional): 1 the panel CSV (default panel.csv), 2 the wide
* CSV (default wide.csv), 3 the folder to save hanoi_panel.dta and
* hanoi_wide.dta in (default: the working directory). "-" skips a file.
* The panel (or, without one, the wide view) is left in memory, so that a
* merge can follow at once, e.g. for a panel over the Correlates of War
* system:
*
*     merge 1:1 cow_n year using my_country_years.dta
*
* What the script does, and keeps:
* - every column keeps its exported name and order, and gets a variable
*   label (a name_<lang> column from --lang is labelled too);
* - codes (iso_numeric, m49, cow_n, gw_n), year, is_participant and the status
*   codes become numeric; iso2, iso3, cow_c and unit stay strings;
* - status_code, status_code_known and status_code_possible carry the value
*   label hanoi_status (the status lattice: 0 not_signed ... 5 denounced);
*   where the export leaves them empty, status_code is the extended missing
*   value .o (outside the treaty's participants) or .u (unknown: a date
*   window covers the day), so missing() is still true for both;
* - ieadb_status carries hanoi_ieadb (0 signed, 1 ratified, 2 in force);
* - signed and party (yes/no/unknown) become 1/0/.u with the label
*   hanoi_yesno, and .o on rows outside the treaty's participants;
* - observed_on (a single day) becomes a Stata date (%td);
* - the wide view's day-or-window columns (signature, instrument_date,
*   in_force_for, denunciation: "YYYY-MM-DD" or "YYYY-MM-DD..YYYY-MM-DD")
*   stay strings; the exported first and last possible day of each act
*   (signature_first, instrument_last, in_force_for_first, ...) become
*   Stata dates (%td) and the days from the opening for signature
*   (<act>_days_first, <act>_days_last) numbers;
* - the status label written in status is checked against the decoded
*   status_code, so a change of the lattice cannot pass unnoticed.
*
* See docs/exports.md for what every column means.

version 14
args panel_csv wide_csv outdir
if `"`panel_csv'"' == "" local panel_csv "panel.csv"
if `"`wide_csv'"' == "" local wide_csv "wide.csv"
if `"`outdir'"' == "" local outdir "."

* ---------------------------------------------------------------------------
* Value labels shared by both files.

* The status lattice (src/export/panel.rs, PanelStatus): codes -1 (before
* the opening for signature) and 0-5; outside and unknown have no code in
* the export and are .o and .u here.
label define hanoi_status ///
    -1 "not_yet_open" ///
    0 "not_signed" ///
    1 "invited" ///
    2 "signed" ///
    3 "party" ///
    4 "in_force" ///
    5 "denounced" ///
    .o "outside" ///
    .u "unknown", replace

* The International Environmental Agreements Database's status codes.
label define hanoi_ieadb ///
    0 "signed" ///
    1 "ratified (not in force for it)" ///
    2 "in force for it", replace

label define hanoi_yesno ///
    0 "no" ///
    1 "yes" ///
    .u "unknown" ///
    .o "outside", replace

label define hanoi_isparticipant ///
    0 "outside the treaty's participants" ///
    1 "among the treaty's participants", replace

* ---------------------------------------------------------------------------
* Helpers.

* A yes/no/unknown string column, made numeric in place (same name, same
* position). Empty cells are .o (outside the treaty's participants).
capture program drop _hanoi_yesno
program define _hanoi_yesno
    args var
    tempvar num
    quietly generate byte `num' = .
    quietly replace `num' = 1 if `var' == "yes"
    quietly replace `num' = 0 if `var' == "no"
    quietly replace `num' = .u if `var' == "unknown"
    quietly replace `num' = .o if `var' == ""
    quietly count if missing(`num') & !inlist(`var', "unknown", "")
    if r(N) > 0 {
        display as error "`var': " r(N) " value(s) other than yes, no, unknown or empty"
        exit 459
    }
    local lab : variable label `var'
    order `num', after(`var')
    drop `var'
    rename `num' `var'
    label variable `var' `"`lab'"'
    label values `var' hanoi_yesno
end

* A column of numbers written as text: numeric, empty cells missing.
capture program drop _hanoi_number
program define _hanoi_number
    args var
    quietly destring `var', replace
    capture confirm numeric variable `var'
    if _rc {
        display as error "`var': not every value is a number"
        exit 459
    }
end

* An act of the wide view: its exported <act>_first and <act>_last
* (YYYY-MM-DD) become Stata dates, <act>_days_first and <act>_days_last
* (days from the opening for signature) numbers.
capture program drop _hanoi_act
program define _hanoi_act
    args act
    foreach b in first last {
        tempvar d
        quietly generate int `d' = date(`act'_`b', "YMD")
        quietly count if `act'_`b' != "" & missing(`d')
        if r(N) > 0 {
            display as error "`act'_`b': " r(N) " value(s) not a day"
            exit 459
        }
        order `d', after(`act'_`b')
        drop `act'_`b'
        rename `d' `act'_`b'
        format `act'_`b' %td
        _hanoi_number `act'_days_`b'
    }
end

* Every column as a string: import delimited may make a column that is
* empty throughout (e.g. denunciation) numeric; it becomes an empty string.
capture program drop _hanoi_strings
program define _hanoi_strings
    foreach v of varlist _all {
        capture confirm string variable `v'
        if _rc {
            tempvar s
            quietly generate str1 `s' = ""
            order `s', after(`v')
            drop `v'
            rename `s' `v'
        }
    }
end

* The columns both views share.
capture program drop _hanoi_common
program define _hanoi_common
    * Numbers first: the labels below then stick to the numeric variables.
    foreach v in iso_numeric m49 cow_n gw_n {
        _hanoi_number `v'
    }
    label variable code "Participant code (ISO 3166-1 alpha-3, or EU)"
    label variable name "Name as the UN Treaty Collection writes it"
    foreach lang in ar zh fr ru es vi {
        capture confirm variable name_`lang'
        if !_rc label variable name_`lang' "Name in the language `lang' (empty where none is recorded)"
    }
    label variable kind "Kind: un_member_state, observer_state, non_member_state, reio"
    label variable regional_group "UN regional group counted in (empty: none)"
    label variable member_of "Organisation it is a member State of, e.g. EU (empty: none)"
    label variable iso2 "ISO 3166-1 alpha-2 (empty: none assigned)"
    label variable iso3 "ISO 3166-1 alpha-3 (empty: none assigned)"
    label variable iso_numeric "ISO 3166-1 numeric (missing: none assigned)"
    label variable m49 "UN M49 code (missing: none assigned)"
    label variable cow_n "Correlates of War ccode, v2016 (missing: none assigned)"
    label variable cow_c "Correlates of War stateabb, v2016 (empty: none assigned)"
    label variable gw_n "Gleditsch-Ward code, 2017 ed. (missing: none assigned)"
    label variable gw_c "Gleditsch-Ward letters (countrycode's gwc; empty: none assigned)"
    label variable data_version "Version of the data that made the row"
end

* ---------------------------------------------------------------------------
* The wide view: a row per participant.

if `"`wide_csv'"' != "-" {
    import delimited using `"`wide_csv'"', clear varnames(1) stringcols(_all) ///
        encoding("utf-8") bindquote(strict) delimiters(",")
    _hanoi_strings
    _hanoi_common
    label variable signature "Signature: day, or window first..last (empty: none)"
    label variable signature_place "Place of signature"
    label variable instrument "Instrument of consent (ratification, accession, ...)"
    label variable instrument_date "Deposit of the instrument: day, or window first..last"
    label variable in_force_for "In force for it from: day, or window (empty: not yet)"
    label variable reservations "Provisions of its reservations, ;-separated"
    label variable declarations "Provisions of its declarations, ;-separated"
    label variable denunciation "Notification of denunciation: day, or window"
    foreach act in signature instrument in_force_for denunciation {
        _hanoi_act `act'
    }
    foreach v in status_code status_code_known status_code_possible {
        _hanoi_number `v'
    }
    label variable group_membership "Towards the groups: member, observer, dual, disputed, none"
    label variable other_group "Other group of a dual member, or the group some sources list (disputed)"
    label variable code_note "Why a code is empty or unusual, or where sources disagree"
    label variable status "Status label on the as-of day (string; the panel's words)"
    label variable status_code "Status on the as-of day (lattice code; .u unknown)"
    label variable status_code_known "Status certainly reached (lower bound for unknown)"
    label variable status_code_possible "Status possibly reached (upper bound for unknown)"
    quietly replace status_code = .u if status == "unknown"
    label values status_code status_code_known status_code_possible hanoi_status
    label variable signature_first "Signature: first possible day"
    label variable signature_last "Signature: last possible day"
    label variable signature_days_first "Signature: days from the opening to the first possible day"
    label variable signature_days_last "Signature: days from the opening to the last possible day"
    label variable instrument_first "Deposit of the instrument: first possible day"
    label variable instrument_last "Deposit of the instrument: last possible day"
    label variable instrument_days_first "Deposit: days from the opening to the first possible day"
    label variable instrument_days_last "Deposit: days from the opening to the last possible day"
    label variable in_force_for_first "In force for it: first possible day"
    label variable in_force_for_last "In force for it: last possible day"
    label variable in_force_for_days_first "In force for it: days from the opening to the first possible day"
    label variable in_force_for_days_last "In force for it: days from the opening to the last possible day"
    label variable denunciation_first "Denunciation: first possible day"
    label variable denunciation_last "Denunciation: last possible day"
    label variable denunciation_days_first "Denunciation: days from the opening to the first possible day"
    label variable denunciation_days_last "Denunciation: days from the opening to the last possible day"
    isid code
    compress
    label data "hanoi-convention: a row per participant (wide view)"
    save `"`outdir'/hanoi_wide.dta"', replace
}

* ---------------------------------------------------------------------------
* The panel: a row per unit per year.

if `"`panel_csv'"' != "-" {
    import delimited using `"`panel_csv'"', clear varnames(1) stringcols(_all) ///
        encoding("utf-8") bindquote(strict) delimiters(",")
    _hanoi_strings
    foreach v in year year_complete is_participant status_code status_code_known status_code_possible ieadb_status {
        _hanoi_number `v'
    }
    label variable universe "Universe of the units: participants, un-members, cow, gw"
    label variable unit "Unit's code in its universe (participant code or system number)"
    _hanoi_common
    label variable code "Participant code (empty: unit outside the treaty's participants)"
    label variable year "Year"
    label variable observed_on "Day the row describes: 31 December, or the day asked"
    label variable year_complete "1 if observed_on is 31 December (whole year), 0 if a day inside the year"
    label variable is_participant "1 if among the treaty's participants, 0 if not"
    label variable status "Status label on observed_on (string)"
    label variable status_code "Status on observed_on (lattice code; .o outside, .u unknown)"
    label variable status_code_known "Status certainly reached (lower bound for unknown)"
    label variable status_code_possible "Status possibly reached (upper bound for unknown)"
    label variable ieadb_status "IEADB status: 0 signed, 1 ratified, 2 in force"
    label variable signed "Had signed by observed_on"
    label variable party "Had deposited an instrument of consent by observed_on"

    quietly replace status_code = .o if status == "outside"
    quietly replace status_code = .u if status == "unknown"
    quietly replace status_code_known = .o if status == "outside"
    quietly replace status_code_possible = .o if status == "outside"
    label values status_code status_code_known status_code_possible hanoi_status
    label values ieadb_status hanoi_ieadb
    label values is_participant hanoi_isparticipant
    _hanoi_yesno signed
    _hanoi_yesno party

    * observed_on is always a single day.
    generate int _day = date(observed_on, "YMD")
    assert !missing(_day)
    local lab : variable label observed_on
    order _day, after(observed_on)
    drop observed_on
    rename _day observed_on
    format observed_on %td
    label variable observed_on `"`lab'"'

    * The string label and the labelled code must agree on every row.
    tempvar decoded
    decode status_code, generate(`decoded')
    assert `decoded' == status

    isid unit year
    compress
    label data "hanoi-convention: a row per unit per year (panel view)"
    save `"`outdir'/hanoi_panel.dta"', replace
}
