//! Build time and memory of the register at scale: 10,000 synthetic
//! participants with about 17 thousand, 100 thousand and 1 million actions,
//! each built in a fresh process so peak memory is its own. Run with
//! `cargo bench --bench memory`.

use std::process::Command;
use std::time::Instant;

#[path = "../../tests/common/mod.rs"]
#[allow(unused_imports)]
mod common;

use common::synthetic;
use hanoi_convention::Register;

/// A field of /proc/self/status in kB (0 where there is no /proc).
fn status_kb(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))
                .and_then(|l| l.split_whitespace().nth(1).and_then(|v| v.parse().ok()))
        })
        .unwrap_or(0)
}

fn child(per: usize) {
    let p = synthetic::participants(10_000);
    let actions = synthetic::actions(&p, per);
    let n = actions.len();
    let before = status_kb("VmRSS:");
    let t = Instant::now();
    let r = Register::builder(&synthetic::treaty(&p))
        .as_of(synthetic::as_of())
        .actions(actions)
        .build();
    let elapsed = t.elapsed();
    let after = status_kb("VmRSS:");
    let ok = r.is_ok();
    println!(
        "{n}\t{:.1}\t{before}\t{after}\t{}\t{ok}",
        elapsed.as_secs_f64() * 1000.0,
        status_kb("VmHWM:")
    );
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(pos) = args.iter().position(|a| a == "--child") {
        let per = args.get(pos + 1).and_then(|s| s.parse().ok()).unwrap_or(10);
        child(per);
        return;
    }
    if args.iter().any(|a| a == "--list" || a == "--test") {
        // `cargo test --benches` and criterion-style listing: nothing to run.
        return;
    }
    println!("actions\tbuild_ms\trss_before_kB\trss_after_kB\tpeak_kB\tvalid");
    for per in [1usize, 10, 100] {
        let out = Command::new(&args[0])
            .args(["--child", &per.to_string()])
            .output();
        match out {
            Ok(o) => print!("{}", String::from_utf8_lossy(&o.stdout)),
            Err(e) => eprintln!("cannot run a child: {e}"),
        }
    }
}
