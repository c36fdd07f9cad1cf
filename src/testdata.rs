//! Test-only access to the real reports, so tests that check a fast path against a slow one
//! (or a rule against every file) read the same files the same way: the seeds in
//! `fixtures/seeds` and, when it is there, the corpus at `../shared/corpus`, which is never
//! copied into the repository and is skipped with a message when absent.

/// The seed reports bundled with the repository.
pub(crate) const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/seeds");
/// The corpus beside the checkout (optional).
pub(crate) const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus");

/// Every `.txt` report in [`SEEDS`] and [`CORPUS`], as (file name, text), sorted by folder then
/// name. A missing folder is reported on stderr and skipped.
pub(crate) fn reports() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for dir in [SEEDS, CORPUS] {
        let Ok(entries) = std::fs::read_dir(dir) else {
            eprintln!("skipping {dir}: absent");
            continue;
        };
        let mut files: Vec<_> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        for path in files {
            if let Ok(text) = std::fs::read_to_string(&path) {
                let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
                out.push((name.unwrap_or_default(), text));
            }
        }
    }
    out
}

/// A small report to test a reading on: a 2026 work plan whose first area, 稳定粮食生产, holds
/// `area_body`, and whose second holds one task (新建学校20所).
pub(crate) fn plan_with_area(area_body: &str) -> crate::model::Report {
    let body = format!(
        "二、2026年工作安排\n（一）稳定粮食生产。{area_body}\n（二）扩大有效需求。新建学校20所。\n"
    );
    crate::pipeline::parse_bytes("r.txt", body.as_bytes(), &Default::default()).unwrap()
}

#[cfg(test)]
mod tests {
    #[test]
    fn reads_the_seeds_at_least() {
        let names: Vec<String> = super::reports().into_iter().map(|(n, _)| n).collect();
        assert!(
            names.contains(&"taiyuan-2026-government-work-report.txt".to_string()),
            "{names:?}"
        );
        assert!(names.iter().all(|n| n.ends_with(".txt")));
    }
}
