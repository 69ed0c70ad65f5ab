//! `hanoi refresh` against a server these tests start on 127.0.0.1 (never
//! the depositary: tests touch no network): a page with new actions
//! fetched, stored and answered from; each fault a real server has (error
//! statuses, an HTML page, an empty or truncated body, another treaty's
//! page, a page whose counts disagree, an older page, no answer at all)
//! leaves the cache as it was, with a message saying why; two refreshes at
//! once leave one whole page; the maintainer's refresh writes the data
//! files and the change message.

mod tool;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use hanoi_convention::Register;
use hanoi_convention::actions::ActionKind;
use tool::{stderr, stdout};

// ---------------------------------------------------------------- pages

/// A status page of the Hanoi Convention in the depositary's shape, built
/// from the embedded data (each window's first day, as the depositary
/// would date it) and the `extra` rows `(name, signature, consent)`.
fn page(reference: (&str, &str), extra: &[(&str, &str, &str)], header_bump: u32) -> Vec<u8> {
    let r = Register::embedded();
    let mut rows: Vec<(String, String, String)> = Vec::new();
    for p in r.participants().iter() {
        let acts: Vec<_> = r
            .actions()
            .iter()
            .filter(|a| a.participant() == p.code())
            .collect();
        let sig = acts
            .iter()
            .find(|a| a.kind().is_signature())
            .map(|a| long(a.date().earliest()));
        let consent = acts.iter().find(|a| a.kind().is_consent()).map(|a| {
            let marker = match a.kind() {
                ActionKind::Acceptance => " A",
                ActionKind::Approval => " AA",
                ActionKind::Accession => " a",
                _ => "",
            };
            format!("{}{marker}", long(a.date().earliest()))
        });
        if sig.is_some() || consent.is_some() {
            rows.push((
                p.name().to_string(),
                sig.unwrap_or_default(),
                consent.unwrap_or_default(),
            ));
        }
    }
    for (name, sig, consent) in extra {
        rows.retain(|(n, _, _)| n != name);
        rows.push((name.to_string(), sig.to_string(), consent.to_string()));
    }
    let signatories = rows.iter().filter(|r| !r.1.is_empty()).count() as u32 + header_bump;
    let parties = rows.iter().filter(|r| !r.2.is_empty()).count();
    let body: String = rows
        .iter()
        .map(|(n, s, c)| format!("<Row><Entry>{n}</Entry><Entry>{s}</Entry><Entry>{c}</Entry></Row>\n"))
        .collect();
    let (chapter, number) = reference;
    format!(
        r#"<?xml version="1.0" encoding="utf-8"?>
<Document><Treaty><Header>
<Chapter><Header>CHAPTER {chapter}</Header><Name>PENAL MATTERS</Name></Chapter>
<ExternalData><Numsect>{number}</Numsect><Titlesect>United Nations Convention against Cybercrime</Titlesect>
<EIF><Label>Entry into force</Label><Labeltext>in accordance with article 65(1) which reads as follows: This Convention shall enter into force on the ninetieth day after the date of deposit of the fortieth instrument of ratification, acceptance, approval or accession.</Labeltext></EIF>
<Status><Signatories>{signatories}</Signatories><Parties>{parties}</Parties></Status></ExternalData></Header>
<Participants><Table><TGroup cols="3"><Thead><Row><Entry>Participant</Entry><Entry>Signature</Entry>
<Entry>Acceptance(A), Ratification, Approval(AA), Accession(a)</Entry></Row></Thead>
<Tbody><Rows>
{body}</Rows></Tbody></TGroup></Table></Participants></Treaty></Document>
"#
    )
    .into_bytes()
}

fn long(d: hanoi_convention::Date) -> String {
    const M: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    format!("{} {} {}", d.day(), M[(d.month() - 1) as usize], d.year())
}

/// Today's page: Japan signed, France ratified.
fn new_page() -> Vec<u8> {
    page(
        ("XVIII", "16"),
        &[
            ("Japan", "3 Nov 2026", ""),
            ("France", "25 Oct 2025", "10 Sep 2026"),
        ],
        0,
    )
}

/// A page a month on: Japan has ratified too.
fn newer_page() -> Vec<u8> {
    page(
        ("XVIII", "16"),
        &[
            ("Japan", "3 Nov 2026", "1 Dec 2026"),
            ("France", "25 Oct 2025", "10 Sep 2026"),
        ],
        0,
    )
}

// --------------------------------------------------------------- server

/// What the server does with one connection.
#[derive(Clone)]
enum Reply {
    /// A status, extra headers and a body.
    Full(u16, Vec<(String, String)>, Vec<u8>),
    /// The body with an ETag; 304 when the request names that ETag.
    Conditional(String, Vec<u8>),
    /// Reads the request and never answers.
    Hang,
    /// Declares `n` bytes, sends fewer, and closes.
    Truncated(usize, Vec<u8>),
    /// Closes the connection without a word.
    Drop,
}

/// A server on 127.0.0.1 answering each connection with the next reply
/// (the last one repeats); the requests' headers are kept.
struct Server {
    url: String,
    requests: Arc<Mutex<Vec<String>>>,
}

impl Server {
    fn start(replies: Vec<Reply>) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let requests = Arc::new(Mutex::new(Vec::new()));
        let seen = Arc::clone(&requests);
        std::thread::spawn(move || {
            let mut served = 0;
            // Bounded: a test makes a few requests at most.
            for stream in listener.incoming().take(16) {
                let Ok(stream) = stream else { continue };
                let reply = replies[served.min(replies.len() - 1)].clone();
                served += 1;
                let seen = Arc::clone(&seen);
                std::thread::spawn(move || serve(stream, reply, &seen));
            }
        });
        Server {
            url: format!("http://127.0.0.1:{port}/doc/Publication/MTDSG/XVIII-16.en.xml"),
            requests,
        }
    }

    fn requests(&self) -> Vec<String> {
        self.requests.lock().unwrap().clone()
    }
}

fn serve(mut stream: TcpStream, reply: Reply, seen: &Mutex<Vec<String>>) {
    let mut head = String::new();
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
            break;
        }
        head.push_str(&line);
    }
    seen.lock().unwrap().push(head.clone());
    let respond =
        |stream: &mut TcpStream, status: u16, headers: &[(String, String)], body: &[u8], len: usize| {
            let mut msg = format!("HTTP/1.1 {status} X\r\nContent-Length: {len}\r\nConnection: close\r\n");
            for (k, v) in headers {
                msg.push_str(&format!("{k}: {v}\r\n"));
            }
            msg.push_str("\r\n");
            let _ = stream.write_all(msg.as_bytes());
            let _ = stream.write_all(body);
            let _ = stream.flush();
        };
    match reply {
        Reply::Full(status, headers, body) => respond(&mut stream, status, &headers, &body, body.len()),
        Reply::Conditional(etag, body) => {
            let asked = head
                .lines()
                .any(|l| l.to_ascii_lowercase().starts_with("if-none-match:") && l.contains(&etag));
            let headers = vec![("ETag".to_string(), etag)];
            if asked {
                respond(&mut stream, 304, &headers, b"", 0);
            } else {
                respond(&mut stream, 200, &headers, &body, body.len());
            }
        }
        Reply::Hang => {
            // Holds the connection open past any timeout a test sets.
            let mut sink = [0u8; 1];
            let _ = stream.set_read_timeout(Some(Duration::from_secs(8)));
            let _ = stream.read(&mut sink);
        }
        Reply::Truncated(n, body) => respond(&mut stream, 200, &[], &body, n),
        Reply::Drop => drop(stream),
    }
}

fn ok(body: Vec<u8>) -> Reply {
    Reply::Full(200, vec![("Content-Type".into(), "text/xml".into())], body)
}

// ---------------------------------------------------------------- tool

/// A data directory of its own for each test.
fn data_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("hanoi-refresh-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_hanoi"))
        .args(args)
        .env("HANOI_DATA_DIR", dir)
        .output()
        .unwrap()
}

fn refresh(dir: &Path, from: &str, more: &[&str]) -> Output {
    let mut args = vec!["refresh", "--from", from, "--timeout", "2"];
    args.extend_from_slice(more);
    run(dir, &args)
}

/// `hanoi --page FILE refresh --from URL`: a page treaty refreshed.
fn refresh_page(dir: &Path, file: &Path, from: &str) -> Output {
    let page = file.to_str().unwrap();
    run(
        dir,
        &["--page", page, "refresh", "--from", from, "--timeout", "2"],
    )
}

fn current(dir: &Path) -> Option<Vec<u8>> {
    std::fs::read(dir.join("untc/XVIII-16/current.json")).ok()
}

fn json(o: &Output) -> serde_json::Value {
    assert!(o.status.success(), "{}", stderr(o));
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("not JSON: {e}: {}", stdout(o)))
}

fn parties(dir: &Path, more: &[&str]) -> (u64, String) {
    let mut args = more.to_vec();
    args.extend(["status", "--format", "json"]);
    let doc = json(&run(dir, &args));
    let body = &doc["status"];
    let parties = body["parties"]["certain"]
        .as_u64()
        .or_else(|| doc["parties"]["certain"].as_u64())
        .unwrap_or_else(|| panic!("no parties in {doc}"));
    (parties, doc["data_version"].as_str().unwrap().to_string())
}

// ---------------------------------------------------------------- tests

#[test]
fn a_new_page_is_fetched_stored_and_answered_from() {
    let dir = data_dir("new");
    let server = Server::start(vec![ok(new_page())]);
    let (before, embedded_version) = parties(&dir, &[]);
    let o = refresh(&dir, &server.url, &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(
        text.contains("new         JPN Japan signature 2026-11-03"),
        "{text}"
    );
    assert!(
        text.contains("new         FRA France ratification 2026-09-10"),
        "{text}"
    );
    assert!(text.contains("narrowed    FJI Fiji signature"), "{text}");
    // The request named the crate and its version.
    let head = &server.requests()[0];
    assert!(
        head.lines().any(|l| l
            .to_ascii_lowercase()
            .starts_with("user-agent: hanoi-convention/")),
        "{head}"
    );
    // Stored whole: the record's SHA-256 is the page's.
    let record: serde_json::Value = serde_json::from_slice(&current(&dir).unwrap()).unwrap();
    let sha = record["sha256"].as_str().unwrap();
    let stored = std::fs::read(dir.join(format!("untc/XVIII-16/pages/{sha}.xml"))).unwrap();
    assert_eq!(stored, new_page());
    // Answered from: one more party, and the version names the page.
    let (after, version) = parties(&dir, &[]);
    assert_eq!(after, before + 1);
    assert!(
        version.starts_with(&format!("{embedded_version}+untc:XVIII-16@")),
        "{version}"
    );
    // --embedded: the crate's own data.
    assert_eq!(parties(&dir, &["--embedded"]), (before, embedded_version));
}

#[test]
fn an_unchanged_page_is_not_fetched_twice() {
    let dir = data_dir("etag");
    let server = Server::start(vec![Reply::Conditional("\"v1\"".into(), new_page())]);
    assert!(refresh(&dir, &server.url, &[]).status.success());
    let o = refresh(&dir, &server.url, &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("unchanged since it was fetched"),
        "{}",
        stdout(&o)
    );
    let second = &server.requests()[1];
    assert!(
        second.to_ascii_lowercase().contains("if-none-match: \"v1\""),
        "{second}"
    );
    // The record says when the page was last checked.
    let record: serde_json::Value = serde_json::from_slice(&current(&dir).unwrap()).unwrap();
    assert!(record["checked_at"].as_str().unwrap() >= record["fetched_at"].as_str().unwrap());
}

#[test]
fn redirects_are_followed_and_a_dropped_connection_is_tried_once_more() {
    let dir = data_dir("redirect");
    let target = Server::start(vec![ok(new_page())]);
    let server = Server::start(vec![
        Reply::Drop,
        Reply::Full(301, vec![("Location".into(), target.url.clone())], Vec::new()),
    ]);
    let o = refresh(&dir, &server.url, &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("trying once more"), "{}", stderr(&o));
    assert_eq!(server.requests().len(), 2);
    assert_eq!(target.requests().len(), 1);
}

/// Each fault leaves the stored page as it was, exits non-zero and says why.
#[test]
fn every_failure_leaves_the_cache_unchanged() {
    let dir = data_dir("faults");
    let good = Server::start(vec![ok(new_page())]);
    assert!(refresh(&dir, &good.url, &[]).status.success());
    let before = current(&dir).unwrap();
    let html = b"<!DOCTYPE html><html><body>Checking your browser...</body></html>".to_vec();
    let mut truncated = newer_page();
    let full_len = truncated.len();
    truncated.truncate(full_len / 2);
    let older = page(("XVIII", "16"), &[], 0); // no Japan, no France
    let cases: Vec<(&str, Reply, &str)> = vec![
        ("404", Reply::Full(404, vec![], b"not found".to_vec()), "HTTP 404"),
        ("500", Reply::Full(500, vec![], b"oops".to_vec()), "HTTP 500"),
        ("html", ok(html), "an HTML page"),
        ("empty", ok(Vec::new()), "the body is empty"),
        (
            "truncated",
            Reply::Truncated(full_len, truncated),
            "no page stored",
        ),
        (
            "other treaty",
            ok(page(("XVIII", "12"), &[], 0)),
            "not of XVIII-16",
        ),
        ("counts", ok(page(("XVIII", "16"), &[], 3)), "disagree"),
        ("older", ok(older.clone()), "it is older"),
        ("hang", Reply::Hang, "within 2 s"),
    ];
    for (what, reply, needle) in cases {
        let server = Server::start(vec![reply]);
        let o = refresh(&dir, &server.url, &[]);
        let err = stderr(&o);
        assert!(!o.status.success(), "{what}: succeeded: {}", stdout(&o));
        assert!(err.contains(needle), "{what}: expected {needle:?} in {err}");
        assert!(!err.contains("panicked"), "{what}: {err}");
        assert_eq!(current(&dir).unwrap(), before, "{what}: the cache changed");
    }
    // An older page is taken with --force, and says so in what it stores.
    let server = Server::start(vec![ok(older)]);
    let o = refresh(&dir, &server.url, &["--force"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_ne!(current(&dir).unwrap(), before);
    assert!(dir.join("untc/XVIII-16/previous.json").exists());
}

#[test]
fn two_refreshes_at_once_leave_one_whole_page() {
    let dir = data_dir("race");
    let a = Server::start(vec![ok(new_page())]);
    let b = Server::start(vec![ok(newer_page())]);
    for _ in 0..3 {
        let spawn = |url: &str| {
            Command::new(env!("CARGO_BIN_EXE_hanoi"))
                .args(["refresh", "--force", "--from", url, "--timeout", "5"])
                .env("HANOI_DATA_DIR", &dir)
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
                .unwrap()
        };
        let (mut x, mut y) = (spawn(&a.url), spawn(&b.url));
        let _ = (x.wait().unwrap(), y.wait().unwrap());
        let record: serde_json::Value = serde_json::from_slice(&current(&dir).unwrap()).unwrap();
        let sha = record["sha256"].as_str().unwrap();
        let page = std::fs::read(dir.join(format!("untc/XVIII-16/pages/{sha}.xml"))).unwrap();
        assert!(page == new_page() || page == newer_page());
        // The tool answers from it.
        assert!(run(&dir, &["status"]).status.success());
    }
}

#[test]
fn every_command_says_which_data_made_it() {
    let dir = data_dir("says");
    let server = Server::start(vec![ok(new_page())]);
    assert!(refresh(&dir, &server.url, &[]).status.success());
    let stored: &[&[&str]] = &[
        &["status"],
        &["status", "--format", "json"],
        &["participant", "JPN", "--format", "json"],
        &["participants", "--format", "csv"],
        &["participants", "--format", "json"],
        &["export", "--view", "wide"],
        &["export", "--view", "events", "--format", "json"],
        &["timeline", "--format", "json"],
        &["eif", "--format", "json"],
        &["pace", "--format", "json"],
        &["pace", "--format", "csv"],
        &["map"],
        &["cite"],
        &["cite", "--format", "bibtex"],
    ];
    for args in stored {
        let o = run(&dir, args);
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        assert!(stdout(&o).contains("untc:XVIII-16@"), "{args:?}: {}", stdout(&o));
        let mut embedded = vec!["--embedded"];
        embedded.extend_from_slice(args);
        let o = run(&dir, &embedded);
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        assert!(
            !stdout(&o).contains("untc:XVIII-16@"),
            "--embedded {args:?}: {}",
            stdout(&o)
        );
    }
    // The text answers name the page and when it was fetched; cite too.
    for args in [&["status"][..], &["participants"], &["eif"]] {
        let text = stdout(&run(&dir, args));
        assert!(
            text.contains("the depositary's page XVIII-16 fetched"),
            "{args:?}: {text}"
        );
        let mut embedded = vec!["--embedded"];
        embedded.extend_from_slice(args);
        assert!(
            !stdout(&run(&dir, &embedded)).contains("the depositary's page"),
            "{args:?}"
        );
    }
    assert!(stdout(&run(&dir, &["cite"])).contains("fetched"));
    // A past day is answered from the same data, as it stood then.
    let doc = json(&run(
        &dir,
        &["--as-of", "2026-10-01", "status", "--format", "json"],
    ));
    assert_eq!(doc["as_of"].as_str(), Some("2026-10-01"), "{doc}");
    // refresh --status says what the tool answers from.
    let status = stdout(&run(&dir, &["refresh", "--status"]));
    assert!(status.contains("with the depositary's page applied"), "{status}");
    let status = stdout(&run(&dir, &["--embedded", "refresh", "--status"]));
    assert!(status.contains("with the depositary's page applied"), "{status}");
    let empty = data_dir("says-empty");
    assert!(
        stdout(&run(&empty, &["refresh", "--status"])).contains("answers from the crate's embedded data")
    );
}

#[test]
fn a_damaged_cache_is_refused_with_the_way_out() {
    let dir = data_dir("damaged");
    let server = Server::start(vec![ok(new_page())]);
    assert!(refresh(&dir, &server.url, &[]).status.success());
    let record: serde_json::Value = serde_json::from_slice(&current(&dir).unwrap()).unwrap();
    let sha = record["sha256"].as_str().unwrap();
    std::fs::write(dir.join(format!("untc/XVIII-16/pages/{sha}.xml")), b"<Document/>").unwrap();
    tool::assert_clean_failure(&run(&dir, &["status"]), 2, "--embedded");
    assert!(run(&dir, &["--embedded", "status"]).status.success());
    // A refresh repairs it.
    let o = refresh(&dir, &server.url, &["--force"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(run(&dir, &["status"]).status.success());
}

#[test]
fn refresh_is_refused_for_treaties_of_another_depositary() {
    let dir = data_dir("coe");
    let o = run(&dir, &["--treaty", "budapest", "refresh"]);
    tool::assert_clean_failure(&o, 2, "Council of Europe");
    // --data belongs to the other commands.
    let o = run(&dir, &["--data", "mine.tsv", "refresh"]);
    tool::assert_clean_failure(&o, 2, "--data mine.tsv applies a file");
}

#[test]
fn the_maintainers_refresh_writes_the_data_and_the_change_message() {
    let dir = data_dir("maintain");
    let data = dir.join("data");
    std::fs::create_dir_all(&data).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for f in ["actions.tsv", "dataset.tsv"] {
        std::fs::copy(root.join("data").join(f), data.join(f)).unwrap();
    }
    let page_file = dir.join("XVIII-16.en.xml");
    std::fs::write(&page_file, new_page()).unwrap();
    let o = run(
        &dir,
        &[
            "--as-of",
            "2026-12-05",
            "refresh",
            "--from",
            page_file.to_str().unwrap(),
            "--write-data",
            data.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let message = stdout(&o);
    assert!(
        message
            .starts_with("Data 2026-12-05.1: 1 new signatory (Japan); 1 ratification (France, 10 Sep 2026)"),
        "{message}"
    );
    assert!(
        message.contains("Fiji's signature narrowed to 20 Nov 2025"),
        "{message}"
    );
    let dataset = std::fs::read_to_string(data.join("dataset.tsv")).unwrap();
    assert!(dataset.contains("as_of\t2026-12-05\t"), "{dataset}");
    assert!(dataset.contains("revision\t1\t"), "{dataset}");
    let actions = std::fs::read_to_string(data.join("actions.tsv")).unwrap();
    assert!(
        actions
            .lines()
            .any(|l| l.starts_with("JPN\tsignature\t2026-11-03\t2026-11-03"))
    );
    let fiji = actions.lines().find(|l| l.starts_with("FJI\tsignature")).unwrap();
    assert!(
        fiji.contains("2025-11-20\t2025-11-20") && fiji.contains("day from the depositary's status page"),
        "{fiji}"
    );
    // The written data are valid data of the treaty.
    let o = run(&dir, &["validate", data.join("actions.tsv").to_str().unwrap()]);
    assert!(o.status.success(), "{}{}", stdout(&o), stderr(&o));
    // The cache was left alone.
    assert!(current(&dir).is_none());
}

#[test]
fn a_page_treaty_is_refreshed_from_its_own_address_and_answered_from() {
    let dir = data_dir("page");
    // A treaty of its own (XVIII-12 here), read from a file, then fetched.
    let file = dir.join("XVIII-12.en.xml");
    std::fs::write(&file, page(("XVIII", "12"), &[], 0)).unwrap();
    let today = page(("XVIII", "12"), &[("Japan", "3 Nov 2026", "")], 0);
    let server = Server::start(vec![ok(today)]);
    let o = refresh_page(&dir, &file, &server.url);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("new         JPN Japan signature 2026-11-03"),
        "{}",
        stdout(&o)
    );
    // `--page REFERENCE` answers from the stored page, with its version.
    let doc = json(&run(&dir, &["--page", "XVIII-12", "status", "--format", "json"]));
    assert!(
        doc["data_version"]
            .as_str()
            .unwrap()
            .starts_with("untc:XVIII-12@"),
        "{doc}"
    );
    let from_file = json(&run(
        &dir,
        &["--page", file.to_str().unwrap(), "status", "--format", "json"],
    ));
    let count = |d: &serde_json::Value| {
        d["signatories"]["certain"]
            .as_u64()
            .unwrap_or_else(|| panic!("{d}"))
    };
    assert_eq!(count(&doc), count(&from_file) + 1);
    // A reference with nothing stored is refused with the way to store one.
    tool::assert_clean_failure(&run(&dir, &["--page", "XIX-99", "status"]), 2, "refresh");
}

#[test]
fn a_page_refresh_notes_each_unmatched_name_once() {
    let dir = data_dir("page-unmatched");
    // A name the participant list does not know, on the file and on the
    // page fetched for it: the note is about the page stored, said once.
    let stranger = ("Ruritania", "1 Nov 2026", "");
    let file = dir.join("XVIII-12.en.xml");
    std::fs::write(&file, page(("XVIII", "12"), &[stranger], 0)).unwrap();
    let today = page(("XVIII", "12"), &[stranger, ("Japan", "3 Nov 2026", "")], 0);
    let server = Server::start(vec![ok(today)]);
    let o = refresh_page(&dir, &file, &server.url);
    assert!(o.status.success(), "{}", stderr(&o));
    let notes: Vec<String> = stderr(&o)
        .lines()
        .filter(|l| l.contains("\"Ruritania\" matches no participant"))
        .map(str::to_string)
        .collect();
    assert_eq!(notes.len(), 1, "{}", stderr(&o));
    assert!(
        notes[0].starts_with(&format!("hanoi: note: {}:", server.url)),
        "{notes:?}"
    );
    // Reading the file itself still says what it leaves out.
    let o = run(&dir, &["--page", file.to_str().unwrap(), "status"]);
    assert!(
        stderr(&o).contains("\"Ruritania\" matches no participant"),
        "{}",
        stderr(&o)
    );
}
