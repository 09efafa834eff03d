//! Embeds the shipped rule files and word lists, so the binary works from any directory.

use std::fmt::Write as _;
use std::path::Path;

fn files(dir: &Path, ext: &str) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(ext))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

fn main() {
    println!("cargo:rerun-if-changed=rules");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = String::from(
        "/// Shipped rule files: (path, contents).\npub static RULE_FILES: &[(&str, &str)] = &[\n",
    );
    for name in files(&root.join("rules"), ".toml") {
        writeln!(out, "    (\"rules/{name}\", include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/rules/{name}\"))),").unwrap();
    }
    out.push_str("];\n/// Shipped word lists: (name, contents).\npub static WORD_LISTS: &[(&str, &str)] = &[\n");
    for name in files(&root.join("rules/wordlists"), ".txt") {
        let stem = name.trim_end_matches(".txt");
        writeln!(out, "    (\"{stem}\", include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/rules/wordlists/{name}\"))),").unwrap();
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("embedded_rules.rs");
    std::fs::write(dest, out).unwrap();
}
