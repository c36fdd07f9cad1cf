//! Helpers shared by the integration tests that read the real reports of `../shared/corpus`
//! (skipped cleanly when it is absent).

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
