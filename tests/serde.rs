//! With the `serde` feature, the public data types serialize with stable,
//! readable field names.

#![cfg(feature = "json")]

mod common;

use common::{code, day};
use hanoi_convention::{EntryIntoForce, Register, convention};
use serde_json::json;

#[test]
fn data_types_serialize() {
    let r = Register::embedded();
    let vnm = r.participants().get(code("VNM")).unwrap();
    let v = serde_json::to_value(vnm).unwrap();
    assert_eq!(v["code"], "VNM");
    assert_eq!(v["group"], json!({ "member": "Asia-Pacific" }));
    assert!(v["aliases"].as_array().unwrap().contains(&json!("Vietnam")));
    assert_eq!(v["provenance"]["confidence"], "high");

    let aze = &r.actions_of(code("AZE"))[1];
    let v = serde_json::to_value(aze).unwrap();
    assert_eq!(v["kind"], "reservation");
    assert_eq!(v["provisions"], json!(["7(2)", "9(2)", "11(3)", "63(3)"]));
    assert_eq!(v["date"]["earliest"], "2025-10-25");
    assert_eq!(v["origin"]["line"]["file"], "data/actions.tsv");

    let v = serde_json::to_value(r.on(day("2026-04-01")).status(code("AZE"))).unwrap();
    assert_eq!(
        v,
        json!({ "stage": "unknown", "known": "signed", "maybe": "party" })
    );
    let v = serde_json::to_value(r.on(r.as_of()).entry_into_force()).unwrap();
    assert_eq!(
        v,
        json!({ "state": "not_yet", "counted": { "certain": 3, "possible": 3 }, "required": 40 })
    );
    let v = serde_json::to_value(EntryIntoForce::On {
        date: day("2027-05-30"),
    })
    .unwrap();
    assert_eq!(v, json!({ "state": "on", "date": "2027-05-30" }));

    let v = serde_json::to_value(r.timeline()[0]).unwrap();
    assert_eq!(v["date"], "2025-10-25");
    assert_eq!(v["signatories"], json!({ "certain": 69, "possible": 69 }));
    let v = serde_json::to_value(convention().text().article(65).unwrap()).unwrap();
    assert_eq!(v["title"], "Entry into force");
    assert_eq!(v["number"], 65);
}
