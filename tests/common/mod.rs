//! Helpers shared by the integration tests that read the real reports of `../shared/corpus`
//! (skipped cleanly when it is absent).

// Each test crate that includes this module uses part of it.
#![allow(dead_code)]

use std::path::PathBuf;

use govdiff::model::diff::Comparison;
use govdiff::pipeline::{parse_file, ParseOptions};

/// A corpus file's path, when the corpus is there.
pub fn corpus(name: &str) -> Option<PathBuf> {
    let p = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus")).join(name);
    p.exists().then_some(p)
}

/// `diff::compare` of two corpus reports; `None` (after saying so) when the corpus is absent.
pub fn compare(old: &str, new: &str) -> Option<Comparison> {
    let (Some(a), Some(b)) = (corpus(old), corpus(new)) else {
        eprintln!("corpus absent: skipping {old} → {new}");
        return None;
    };
    let opts = ParseOptions::default();
    let old = parse_file(&a, &opts).expect("old report parses");
    let new = parse_file(&b, &opts).expect("new report parses");
    Some(govdiff::diff::compare(&old, &new))
}

/// A comparison as the Markdown a reader gets (`diff --format md`).
pub fn markdown(c: &Comparison) -> String {
    let mut out = Vec::new();
    govdiff::render::markdown::comparison(&mut out, c).expect("Markdown renders");
    String::from_utf8(out).expect("Markdown is UTF-8")
}

/// Every seed (`fixtures/seeds`) and corpus report as (file name, text), in name order; the
/// corpus only when it is there (said on stderr when not).
pub fn reports() -> Vec<(String, String)> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for dir in [root.join("fixtures/seeds"), root.join("../shared/corpus")] {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            eprintln!("{} absent: skipped", dir.display());
            continue;
        };
        let mut names: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        names.sort();
        for p in names {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            out.push((name, std::fs::read_to_string(&p).expect("utf-8 report")));
        }
    }
    out
}

/// Whether the corpus sits beside the checkout (else only the seeds are read, and counts
/// that need the corpus's many reports are asked of the seeds' few).
pub fn corpus_present() -> bool {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus")).is_dir()
}
