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
    "__private",
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

/// The names a line of code reaches under `prefix` (e.g. `crate::` or
/// `crate::validate::`): `prefix name`, and each first segment of a group
/// `prefix{a, b::c}`.
fn reached(line: &str, prefix: &str) -> Vec<String> {
    let ident = |s: &str| -> String {
        s.trim()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    let mut out = Vec::new();
    for (i, _) in line.match_indices(prefix) {
        // Only a path that starts here, not the tail of a longer one.
        let before = line[..i].chars().last();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
            continue;
        }
        let rest = &line[i + prefix.len()..];
        match rest.strip_prefix('{') {
            Some(group) => {
                let group = group.split('}').next().unwrap_or_default();
                out.extend(group.split(',').map(ident));
            }
            None => out.push(ident(rest)),
        }
    }
    out.retain(|n| !n.is_empty());
    out
}

/// The code of a file: not its comments, not its unit tests.
fn code_lines(path: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(path).unwrap();
    let code = text.split("#[cfg(test)]").next().unwrap_or_default();
    code.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .map(str::to_string)
        .collect()
}

/// A circle in `edges` (module -> modules it uses), if there is one.
fn circle(edges: &BTreeMap<String, Vec<String>>) -> Option<Vec<String>> {
    fn visit(
        m: &str,
        edges: &BTreeMap<String, Vec<String>>,
        path: &mut Vec<String>,
        done: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| p == m) {
            let mut c = path[at..].to_vec();
            c.push(m.to_string());
            return Some(c);
        }
        if done.iter().any(|d| d == m) {
            return None;
        }
        path.push(m.to_string());
        for next in edges.get(m).into_iter().flatten() {
            if let Some(c) = visit(next, edges, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.push(m.to_string());
        None
    }
    let mut done = Vec::new();
    edges
        .keys()
        .find_map(|m| visit(m, edges, &mut Vec::new(), &mut done))
}

/// The modules of a folder (its files and subfolders, not `mod.rs` or
/// `main.rs`), each with the files it is made of.
fn members(dir: &Path) -> BTreeMap<String, Vec<std::path::PathBuf>> {
    let mut out: BTreeMap<String, Vec<std::path::PathBuf>> = BTreeMap::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let stem = path.file_stem().unwrap().to_string_lossy().to_string();
        if path.is_dir() {
            let mut files = Vec::new();
            sources(&path, &mut files);
            out.insert(stem, files);
        } else if path.extension().is_some_and(|e| e == "rs") && stem != "mod" && stem != "main" {
            out.insert(stem, vec![path]);
        }
    }
    out
}

/// The uses among the modules of one folder, reached as `prefix name` (and
/// `super::name` from a file of the folder itself).
fn folder_edges(dir: &Path, prefix: &str) -> BTreeMap<String, Vec<String>> {
    let modules = members(dir);
    let mut edges: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (m, files) in &modules {
        let mut used: Vec<String> = Vec::new();
        for file in files {
            let own = file.parent() == Some(dir);
            for line in code_lines(file) {
                let mut names = reached(&line, prefix);
                if own {
                    names.extend(reached(&line, "super::"));
                }
                used.extend(names.into_iter().filter(|n| n != m && modules.contains_key(n)));
            }
        }
        used.sort();
        used.dedup();
        edges.insert(m.clone(), used);
    }
    edges
}

/// No circle of imports among the modules of any folder of the library
/// (its top level is held by the layers above), nor among the tool's.
#[test]
fn no_folder_has_a_circle_of_imports() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut folders = vec![(src.join("bin/hanoi"), "crate::".to_string())];
    let mut dirs = Vec::new();
    let mut stack = vec![src.clone()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let p = entry.unwrap().path();
            if p.is_dir() && !p.ends_with("bin") {
                stack.push(p.clone());
                dirs.push(p);
            }
        }
    }
    for d in dirs {
        let module = d.strip_prefix(&src).unwrap().to_string_lossy().replace('/', "::");
        folders.push((d, format!("crate::{module}::")));
    }
    let mut found = Vec::new();
    for (dir, prefix) in &folders {
        let edges = folder_edges(dir, prefix);
        if let Some(c) = circle(&edges) {
            found.push(format!("{}: {}", dir.display(), c.join(" -> ")));
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}

/// The circle finder finds a circle, so that the test above can fail.
#[test]
fn a_circle_is_found() {
    let edges: BTreeMap<String, Vec<String>> = [
        ("commands", vec!["compare"]),
        ("compare", vec!["output", "commands"]),
        ("output", vec![]),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.into_iter().map(String::from).collect()))
    .collect();
    assert_eq!(
        circle(&edges),
        Some(vec!["commands".into(), "compare".into(), "commands".into()])
    );
    assert_eq!(
        reached("use crate::{Failure, compare, render::wrap};", "crate::"),
        ["Failure", "compare", "render"]
    );
}

/// The longest a source file may be, and a function, in lines
/// (`docs/architecture.md`): past these a file or a function holds more
/// than one concern.
const MAX_FILE_LINES: usize = 600;
const MAX_FN_LINES: usize = 100;

/// The Rust sources the size rules cover: the library and its tool, the
/// page's and the Python package's engines. A file that says on its first
/// line that it is `@generated` is exempt from the file rule.
fn sized_sources() -> Vec<std::path::PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["src", "web/src", "python/src"] {
        let dir = root.join(dir);
        if dir.is_dir() {
            sources(&dir, &mut files);
        }
    }
    files.sort();
    files
}

fn is_generated(text: &str) -> bool {
    text.lines().next().is_some_and(|l| l.contains("@generated"))
}

/// `text` with its comments, strings and character literals blanked out
/// (newlines kept), so that only the code's own braces are left.
fn code_only(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let blank = |c: char| if c == '\n' { '\n' } else { ' ' };
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                out.push(' ');
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    out.push_str("  ");
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    out.push_str("  ");
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    out.push(blank(chars[i]));
                    i += 1;
                }
            }
        } else if c == 'r' && (next == Some('"') || next == Some('#')) && !ident_before(&chars, i) {
            // A raw string: r"..." or r#"..."#, closed by the same hashes.
            let mut j = i + 1;
            while chars.get(j) == Some(&'#') {
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            let hashes = j - i - 1;
            let end = (j + 1..chars.len())
                .find(|&k| chars[k] == '"' && (1..=hashes).all(|h| chars.get(k + h) == Some(&'#')))
                .map_or(chars.len(), |k| k + 1 + hashes);
            out.extend(chars[i..end].iter().map(|&c| blank(c)));
            i = end;
        } else if c == '"' {
            let mut j = i + 1;
            while j < chars.len() && chars[j] != '"' {
                j += if chars[j] == '\\' { 2 } else { 1 };
            }
            let end = (j + 1).min(chars.len());
            out.extend(chars[i..end].iter().map(|&c| blank(c)));
            i = end;
        } else if c == '\'' {
            // A character literal ('x', '\n', '\u{..}'), not a lifetime.
            let end = if next == Some('\\') {
                (i + 2..chars.len()).find(|&k| chars[k] == '\'').map(|k| k + 1)
            } else if chars.get(i + 2) == Some(&'\'') {
                Some(i + 3)
            } else {
                None
            };
            match end {
                Some(end) => {
                    out.extend(chars[i..end].iter().map(|&c| blank(c)));
                    i = end;
                }
                None => {
                    out.push(c);
                    i += 1;
                }
            }
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn ident_before(chars: &[char], i: usize) -> bool {
    i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_')
}

/// Each function with a body in `text`: its name, first line (from 1) and
/// length in lines, from `fn` to its closing brace.
fn functions(text: &str) -> Vec<(String, usize, usize)> {
    let code = code_only(text);
    let bytes = code.as_bytes();
    let line_of = |at: usize| code[..at].matches('\n').count() + 1;
    let mut out = Vec::new();
    for (at, _) in code.match_indices("fn ") {
        if at > 0 && (bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_') {
            continue;
        }
        let name: String = code[at + 3..]
            .trim_start()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if name.is_empty() {
            continue;
        }
        // The body opens at the first `{` before any `;` (a declaration
        // without a body ends at its `;`).
        let Some(open) = code[at..].find(['{', ';']).map(|o| at + o) else {
            continue;
        };
        if bytes[open] == b';' {
            continue;
        }
        let mut depth = 0usize;
        let mut close = None;
        for (k, b) in bytes.iter().enumerate().skip(open) {
            match b {
                b'{' => depth += 1,
                b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        close = Some(k);
                        break;
                    }
                }
                _ => {}
            }
        }
        let close = close.unwrap_or(bytes.len() - 1);
        let first = line_of(at);
        out.push((name, first, line_of(close) - first + 1));
    }
    out
}

/// No file of the library, its tool or the engines is over
/// [`MAX_FILE_LINES`] lines, generated files aside.
#[test]
fn no_file_is_over_600_lines() {
    let mut long = Vec::new();
    for file in sized_sources() {
        let text = std::fs::read_to_string(&file).unwrap();
        let lines = text.lines().count();
        if lines > MAX_FILE_LINES && !is_generated(&text) {
            long.push(format!("{}: {lines} lines", file.display()));
        }
    }
    assert!(long.is_empty(), "files over {MAX_FILE_LINES} lines: {long:#?}");
}

/// No function of the library, its tool or the engines is over
/// [`MAX_FN_LINES`] lines.
#[test]
fn no_function_is_over_100_lines() {
    let mut long = Vec::new();
    for file in sized_sources() {
        let text = std::fs::read_to_string(&file).unwrap();
        for (name, line, lines) in functions(&text) {
            if lines > MAX_FN_LINES {
                long.push(format!("{}:{line}: fn {name}, {lines} lines", file.display()));
            }
        }
    }
    assert!(long.is_empty(), "functions over {MAX_FN_LINES} lines: {long:#?}");
}

/// The function finder measures what it should, so that the test above
/// can fail: braces in strings, characters and comments are not counted,
/// a declaration without a body is no function, and a lifetime is no
/// character.
#[test]
fn functions_are_measured() {
    let text = "trait T {\n    fn declared(&self);\n}\n\
                fn outer<'a>(s: &'a str) -> usize {\n    // }\n    let b = '{';\n    let s2 = \"}}\";\n\
                let r = r#\"{\"#;\n    fn inner() {\n    }\n    s.len()\n}\n/* fn hidden() { */\n";
    let found = functions(text);
    assert_eq!(
        found,
        [("outer".to_string(), 4, 9), ("inner".to_string(), 9, 2)],
        "{}",
        code_only(text)
    );
    let long = format!("fn long() {{\n{}}}\n", "    let x = 1;\n".repeat(MAX_FN_LINES));
    assert_eq!(functions(&long)[0].2, MAX_FN_LINES + 2);
    assert!(is_generated("//! @generated by a test\n"));
    assert!(!is_generated("//! A map.\n"));
}
