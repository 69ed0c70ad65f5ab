//! Downloading a status page: one GET with the validators of the page
//! already stored (so an unchanged page is not sent twice), redirects
//! followed, one retry on a connection error, a time limit for the whole
//! exchange, and the body checked to be the depositary's XML before anyone
//! parses it.

use std::time::{Duration, Instant};

use crate::Failure;

/// The largest page accepted: the largest status page of the depositary is
/// about 1 MB.
const LIMIT: u64 = 20 * 1024 * 1024;

/// The validators of a page already stored, sent as a conditional request.
#[derive(Default)]
pub struct Validators {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

/// What the server answered.
pub enum Fetched {
    /// The page, with its validators.
    Page {
        body: Vec<u8>,
        etag: Option<String>,
        last_modified: Option<String>,
    },
    /// 304: the page stored is the page served.
    NotModified,
}

/// The User-Agent every request carries: the crate, its version and where
/// it is documented, so the depositary can tell who asks.
pub fn user_agent() -> String {
    format!(
        "hanoi-convention/{} (+https://docs.rs/hanoi-convention)",
        env!("CARGO_PKG_VERSION")
    )
}

/// GETs `url` within `timeout`, retrying once on a connection error.
pub fn get(url: &str, validators: &Validators, timeout: Duration) -> Result<Fetched, Failure> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(timeout))
        .http_status_as_error(false)
        .user_agent(user_agent())
        .max_redirects(10)
        .build()
        .into();
    let started = Instant::now();
    let mut tried = 0;
    loop {
        tried += 1;
        match request(&agent, url, validators) {
            Err(e) if tried == 1 && is_connection(&e) && started.elapsed() < timeout / 2 => {
                eprintln!("hanoi: note: {url}: {e}; trying once more");
            }
            Err(e) => return Err(network(url, &e, timeout)),
            Ok(r) => return r,
        }
    }
}

fn request(
    agent: &ureq::Agent,
    url: &str,
    validators: &Validators,
) -> Result<Result<Fetched, Failure>, ureq::Error> {
    let mut req = agent.get(url).header("Accept", "application/xml, text/xml;q=0.9");
    if let Some(etag) = &validators.etag {
        req = req.header("If-None-Match", etag);
    }
    if let Some(lm) = &validators.last_modified {
        req = req.header("If-Modified-Since", lm);
    }
    let mut resp = req.call()?;
    let status = resp.status().as_u16();
    if status == 304 {
        return Ok(Ok(Fetched::NotModified));
    }
    if !(200..300).contains(&status) {
        let reason = resp.status().canonical_reason().unwrap_or("");
        return Ok(Err(Failure::not_found(format!(
            "{url}: the server answered HTTP {status} {reason}: no page stored, the data stored before \
             are unchanged (the address may have moved: --from URL, or a file downloaded by hand: --from FILE)"
        ))));
    }
    let header = |name: &str| {
        resp.headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    };
    let (etag, last_modified) = (header("etag"), header("last-modified"));
    let body = resp.body_mut().with_config().limit(LIMIT).read_to_vec()?;
    Ok(Ok(Fetched::Page {
        body,
        etag,
        last_modified,
    }))
}

/// A connection that could not be made or was cut before an answer: worth
/// one more try. A timeout is not: the time is spent.
fn is_connection(e: &ureq::Error) -> bool {
    matches!(
        e,
        ureq::Error::ConnectionFailed | ureq::Error::HostNotFound | ureq::Error::Io(_)
    )
}

fn network(url: &str, e: &ureq::Error, timeout: Duration) -> Failure {
    let why = match e {
        ureq::Error::Timeout(_) => format!("no complete answer within {} s (--timeout)", timeout.as_secs()),
        ureq::Error::BodyExceedsLimit(n) => format!("the page is larger than {n} bytes"),
        ureq::Error::HostNotFound => "the host was not found (no network?)".to_string(),
        e => e.to_string(),
    };
    Failure::not_found(format!(
        "{url}: {why}: no page stored, the data stored before are unchanged \
         (a page downloaded by hand: --from FILE)"
    ))
}

/// Refuses a body that is not a status page before it is parsed: empty, an
/// HTML page (an error or challenge page served with 200), or anything
/// else that does not begin as the depositary's XML does.
pub fn check_body(from: &str, body: &[u8]) -> Result<(), Failure> {
    let text = String::from_utf8_lossy(&body[..body.len().min(2048)]);
    let start = text.trim_start_matches('\u{feff}').trim_start();
    let lower = start.to_ascii_lowercase();
    let why = if body.iter().all(u8::is_ascii_whitespace) {
        "the body is empty"
    } else if lower.starts_with("<!doctype html") || lower.starts_with("<html") || lower.contains("<html") {
        "an HTML page (an error or a challenge page), not the depositary's XML"
    } else if !(start.starts_with("<?xml") || start.starts_with("<Document")) {
        "the body is not XML"
    } else {
        return Ok(());
    };
    Err(Failure::not_found(format!(
        "{from}: {why}: no page stored, the data stored before are unchanged \
         (where the depositary refuses the client, download the page in a browser and use --from FILE)"
    )))
}
