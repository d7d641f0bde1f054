//! Rules about the crate's own source that no compiler checks.

use std::fs;
use std::path::Path;

/// Every `.rs` file under `dir`, recursively.
fn rust_files(dir: &Path, found: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// The WebAssembly modules are built with `-Zfmt-debug=none` (scripts/build.sh:
/// 3 KB less gzipped), where `{:?}` writes nothing at all. So the library's
/// code (the CLI and tests aside) must never format with `{:?}`: a message
/// would silently lose the value it quotes. Messages use `error::quoted`.
#[test]
fn the_library_never_formats_with_debug() {
    let mut files = Vec::new();
    rust_files(
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")),
        &mut files,
    );
    let mut found = Vec::new();
    for file in files {
        if file.components().any(|c| c.as_os_str() == "bin") {
            continue;
        }
        let source = fs::read_to_string(&file).unwrap();
        // Unit tests sit at the end of a file, after `#[cfg(test)]`.
        let code = source.split("#[cfg(test)]").next().unwrap();
        for (number, line) in code.lines().enumerate() {
            let trimmed = line.trim_start();
            if trimmed.starts_with("//") {
                continue;
            }
            if line.contains(":?}") || line.contains(":#?}") || line.contains("dbg!(") {
                found.push(format!(
                    "{}:{}: {}",
                    file.display(),
                    number + 1,
                    line.trim()
                ));
            }
        }
    }
    assert!(
        found.is_empty(),
        "Debug formatting in the library:\n{}",
        found.join("\n")
    );
}
