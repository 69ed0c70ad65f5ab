//! Loading actions files: all problems reported, nothing dropped.

mod common;

use hanoi_convention::{
    Error, ErrorKind,
    io::actions::{COLUMNS as ACTION_COLUMNS, DataFormat},
};

const HEADER: &str = "participant\taction\tdate_from\tdate_to\tplace\tprovisions\tconfidence\tsource\tnote";

#[test]
fn ten_bad_rows_give_ten_problems() {
    let mut text = String::from(HEADER);
    text.push('\n');
    for i in 0..10 {
        text.push_str(&format!(
            "FJI\tsignature\t2025-13-{:02}\t\t\t\thigh\tsrc\t\n",
            i + 1
        ));
        text.push_str("FJI\tsignature\t2025-11-20\t2025-12-29\tNew York\t\thigh\tsrc\t\n");
    }
    let Some(v) = (hanoi_convention::io::actions::from_str("ten.tsv", &text).and_then(|f| f.into_actions()))
        .as_ref()
        .err()
        .and_then(Error::problems)
        .cloned()
    else {
        panic!()
    };
    assert_eq!(v.as_slice().len(), 10);
    let lines: Vec<String> = v.as_slice().iter().map(|p| p.origin().to_string()).collect();
    assert_eq!(lines[0], "ten.tsv:2");
    assert_eq!(lines[9], "ten.tsv:20");
    assert!(v.as_slice().iter().all(|p| p.field() == "date_from"));
}

#[test]
fn good_rows_are_all_kept() {
    let text = format!(
        "{HEADER}\nFJI\tsignature\t2025-11-20\t2025-12-29\tNew York\t\thigh\tsrc\tnote one\n\
         AZE\treservation\t2025-10-25\t\tHanoi\t7(2);63(3)\thigh\tsrc\t\n"
    );
    let actions = hanoi_convention::io::actions::from_str("ok.tsv", &text)
        .and_then(|f| f.into_actions())
        .unwrap();
    assert_eq!(actions.len(), 2);
    assert_eq!(actions[0].note(), "note one");
    assert_eq!(actions[1].provisions().len(), 2);
    assert!(actions[1].date().is_exact());
}

#[test]
fn whole_file_problems_are_format_errors() {
    for (name, bytes) in [
        ("empty", &b""[..]),
        ("blank", &b"\n\n  \n"[..]),
        ("binary", &b"\x00\x01\x02garbage\xff"[..]),
        ("header only", HEADER.as_bytes()),
        ("unknown column", b"participant\tverb\n"),
        ("missing columns", b"participant\taction\nFJI\tsignature\n"),
    ] {
        let err = hanoi_convention::io::actions::from_reader(name, bytes)
            .and_then(|f| f.into_actions())
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Format, "{name}: {err:?}");
        assert!(err.to_string().starts_with(name), "{name}: {err}");
        assert!(err.to_string().contains("expected"), "{name}: {err}");
    }
}

#[test]
fn extra_fields_are_not_dropped_silently() {
    let text = format!("{HEADER}\nFJI\tsignature\t2025-11-20\t\t\t\thigh\tsrc\t\tsurprise\n");
    let Some(v) = (hanoi_convention::io::actions::from_str("wide.tsv", &text).and_then(|f| f.into_actions()))
        .as_ref()
        .err()
        .and_then(Error::problems)
        .cloned()
    else {
        panic!()
    };
    assert_eq!(v.as_slice()[0].field(), "(row)");
}

#[test]
fn sniffs_formats() {
    assert_eq!(DataFormat::sniff("  {\"actions\": []}"), DataFormat::Json);
    assert_eq!(DataFormat::sniff(HEADER), DataFormat::Tsv);
    assert_eq!(DataFormat::sniff(&ACTION_COLUMNS.join(",")), DataFormat::Csv);
}

#[test]
fn the_reference_columns_are_accepted() {
    // The nine columns of the research notes' actions.tsv, without `notification`.
    let text = format!(
        "{HEADER}\nCAN\tsignature\t2026-07-01\t2026-07-31\tNew York\t\tmedium\thttps://www.canada.ca/\tJuly 2026\n"
    );
    let a = &hanoi_convention::io::actions::from_str_as("ref.tsv", &text, DataFormat::Tsv)
        .and_then(|f| f.into_actions())
        .unwrap()[0];
    assert_eq!(a.notification(), None);
    assert_eq!(a.date().len_days(), 31);
}

#[cfg(feature = "csv")]
#[test]
fn csv_headers_are_checked_like_tsv_headers() {
    for (header, needle) in [
        (
            "participant,action,date_from,confidence,source,source",
            "appears twice",
        ),
        ("participant,action,verb,confidence,source", "unknown column"),
        (
            "participant,action,confidence,source",
            "lacks the required column(s) date_from",
        ),
    ] {
        let text = format!("{header}\nFJI,signature,2025-11-20,high,src\n");
        let err = hanoi_convention::io::actions::from_str_as("h.csv", &text, DataFormat::Csv)
            .and_then(|f| f.into_actions())
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Format, "{header}: {err:?}");
        assert!(err.to_string().contains(needle), "{header}: {err}");
    }
}

#[test]
fn a_byte_order_mark_is_ignored_in_every_format() {
    let tsv =
        "\u{feff}participant\taction\tdate_from\tconfidence\tsource\nMUS\tsignature\t2025-11-19\thigh\tx\n";
    assert_eq!(
        hanoi_convention::io::actions::from_str("bom.tsv", tsv)
            .and_then(|f| f.into_actions())
            .unwrap()
            .len(),
        1
    );
    #[cfg(feature = "json")]
    {
        let json = "\u{feff}[{\"participant\":\"MUS\",\"action\":\"signature\",\"date_from\":\"2025-11-19\",\"confidence\":\"high\",\"source\":\"x\"}]";
        assert_eq!(
            hanoi_convention::io::actions::from_str("bom.json", json)
                .and_then(|f| f.into_actions())
                .unwrap()
                .len(),
            1
        );
    }
    #[cfg(feature = "csv")]
    {
        let csv = "\u{feff}participant,action,date_from,confidence,source\nMUS,signature,2025-11-19,high,x\n";
        assert_eq!(
            hanoi_convention::io::actions::from_str("bom.csv", csv)
                .and_then(|f| f.into_actions())
                .unwrap()
                .len(),
            1
        );
    }
}

#[test]
fn tsv_takes_quotes_as_text_and_csv_removes_them() {
    let tsv = "participant\taction\tdate_from\tconfidence\tsource\tnote\nMUS\tsignature\t2025-11-19\thigh\tx\t\"signed, in New York\"\n";
    let a = hanoi_convention::io::actions::from_str("q.tsv", tsv)
        .and_then(|f| f.into_actions())
        .unwrap();
    assert_eq!(a[0].note(), "\"signed, in New York\"");
    #[cfg(feature = "csv")]
    {
        let csv = "participant,action,date_from,confidence,source,note\nMUS,signature,2025-11-19,high,x,\"signed, in New York\"\n";
        let a = hanoi_convention::io::actions::from_str("q.csv", csv)
            .and_then(|f| f.into_actions())
            .unwrap();
        assert_eq!(a[0].note(), "signed, in New York");
    }
}
