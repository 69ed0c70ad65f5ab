//! The layering `docs/architecture.md` describes holds: each top-level
//! module uses only the modules below it, so there is no circle of
//! imports, and the core never reaches the embedded data.

use std::collections::BTreeMap;
use std::path::Path;

/// The modules from the bottom up, as `docs/architecture.md` lists them.
const LAYERS: &[&str] = &[
    "base",
    "actions",
    "problem",
    "error",
    "participants",
    "treaty",
    "validate",
    "register",
    "record",
    "compare",
    "cite",
    "io",
    "chart",
    "embedded",
    "export",
];

/// The modules that read no global data: they take the treaty they answer for.
const CORE: &[&str] = &[
    "base",
    "actions",
    "problem",
    "error",
    "participants",
    "treaty",
    "validate",
    "register",
];

fn sources(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level modules each module's code (not its comments or unit
/// tests) names through `crate::`, with a line for each.
fn uses() -> BTreeMap<String, BTreeMap<String, String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for module in LAYERS {
        let mut files = Vec::new();
        let dir = src.join(module);
        if dir.is_dir() {
            sources(&dir, &mut files);
        } else {
            files.push(src.join(format!("{module}.rs")));
        }
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            for (n, line) in code.lines().enumerate() {
                if line.trim_start().starts_with("//") {
                    continue;
                }
                for (i, _) in line.match_indices("crate::") {
                    let rest = &line[i + "crate::".len()..];
                    let name: String = rest
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    if name != *module && LAYERS.contains(&name.as_str()) {
                        let at = format!("{}:{}", file.display(), n + 1);
                        found
                            .entry(module.to_string())
                            .or_default()
                            .entry(name)
                            .or_insert(at);
                    }
                }
            }
        }
    }
    found
}

#[test]
fn every_module_uses_only_the_layers_below_it() {
    let rank = |m: &str| LAYERS.iter().position(|l| *l == m).unwrap();
    let mut wrong = Vec::new();
    for (module, used) in uses() {
        for (other, at) in used {
            if rank(&other) > rank(&module) {
                wrong.push(format!("{module} uses {other} above it ({at})"));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn the_core_never_reaches_the_embedded_data() {
    for (module, used) in uses() {
        if CORE.contains(&module.as_str()) {
            for (other, at) in used {
                assert!(
                    !["embedded", "io", "record"].contains(&other.as_str()),
                    "{module} uses {other} ({at})"
                );
            }
        }
    }
}

#[test]
fn every_top_level_module_is_in_a_layer() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let lib = std::fs::read_to_string(src.join("lib.rs")).unwrap();
    for line in lib.lines() {
        let line = line.trim();
        let declared = ["pub mod ", "pub(crate) mod ", "mod "]
            .iter()
            .find_map(|p| line.strip_prefix(p));
        let Some(rest) = declared else {
            continue;
        };
        let name = rest.trim_end_matches(';');
        assert!(
            LAYERS.contains(&name),
            "module {name} is in no layer of docs/architecture.md"
        );
    }
}
