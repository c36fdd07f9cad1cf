//! Batch mode through the CLI: `govdiff diff --pairs LIST` and `govdiff diff DIR_OLD DIR_NEW`.

use std::fs;

use assert_cmd::Command;

const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/seeds");

fn govdiff() -> Command {
    Command::cargo_bin("govdiff").expect("binary builds")
}

#[test]
fn pairs_list_runs_every_pair_in_order_and_exit_code_is_the_largest() {
    let dir = tempfile::tempdir().unwrap();
    let old = format!("{SEEDS}/taiyuan-2025-government-work-report.txt");
    let new = format!("{SEEDS}/taiyuan-2026-government-work-report.txt");
    // A pair that changed (1), a pair that did not (0): the batch exits 1.
    let list = dir.path().join("pairs.txt");
    fs::write(&list, format!("# seed pair\n{old}\t{new}\n{new}\t{new}\n")).unwrap();
    let out = govdiff()
        .args(["diff", "--pairs"])
        .arg(&list)
        .args(["--format", "json", "--jobs", "2"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let first = text
        .find("taiyuan-2025-government-work-report.txt")
        .expect("first pair shown");
    let second = text
        .rfind("\"substantive\": false")
        .expect("second pair unchanged");
    assert!(first < second, "pairs keep the list's order");

    // A missing file in the list is trouble: exit 2, and the message names it.
    fs::write(
        &list,
        format!("{old}\t{}/missing.txt\n", dir.path().display()),
    )
    .unwrap();
    let out = govdiff()
        .args(["diff", "--pairs"])
        .arg(&list)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(all.contains("missing.txt"), "{all}");
}

#[test]
fn folders_pair_files_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("2025"), dir.path().join("2026"));
    fs::create_dir_all(&a).unwrap();
    fs::create_dir_all(&b).unwrap();
    let report = fs::read(format!("{SEEDS}/taiyuan-2025-government-work-report.txt")).unwrap();
    fs::write(a.join("taiyuan.txt"), &report).unwrap();
    fs::write(b.join("taiyuan.txt"), &report).unwrap();
    let out = govdiff()
        .arg("diff")
        .arg(&a)
        .arg(&b)
        .args(["--format", "md"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("taiyuan.txt"));
}

/// A pair given the later year first is compared as given and named in one warning line;
/// the pairs in the right order give none.
#[test]
fn a_pair_in_the_wrong_order_is_warned_about() {
    let dir = tempfile::tempdir().unwrap();
    let old = format!("{SEEDS}/taiyuan-2025-government-work-report.txt");
    let new = format!("{SEEDS}/taiyuan-2026-government-work-report.txt");
    let list = dir.path().join("pairs.txt");
    fs::write(&list, format!("{old}\t{new}\n{new}\t{old}\n")).unwrap();
    let out = govdiff()
        .args(["diff", "--pairs"])
        .arg(&list)
        .args(["--format", "md"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{stderr}");
    assert!(
        lines[0].starts_with(&format!("govdiff: {new} → {old}: warning:")),
        "{stderr}"
    );
}

/// `--format csv` over a batch: one header, each pair's changed figures led by its two file
/// names, in the list's order; a pair that cannot be compared has no rows, is named on
/// stderr, and makes the exit code 2.
#[test]
fn a_batch_as_one_csv() {
    let dir = tempfile::tempdir().unwrap();
    let old = format!("{SEEDS}/taiyuan-2025-government-work-report.txt");
    let new = format!("{SEEDS}/taiyuan-2026-government-work-report.txt");
    let list = dir.path().join("pairs.txt");
    let missing = dir.path().join("missing.txt");
    fs::write(
        &list,
        format!("{old}\t{new}\n{new}\t{new}\n{}\t{new}\n", missing.display()),
    )
    .unwrap();
    let out = govdiff()
        .args(["diff", "--pairs"])
        .arg(&list)
        .args(["--format", "csv"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("missing.txt") && stderr.contains("could not compare"),
        "{stderr}"
    );
    let csv = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert!(rows[0].starts_with("old_file,new_file,kind,place,"));
    assert_eq!(rows.iter().filter(|r| r.starts_with("old_file")).count(), 1);
    // Only the seed pair changed figures.
    assert!(rows.len() > 2);
    assert!(rows[1..]
        .iter()
        .all(|r| r.starts_with(&format!("{old},{new},"))));
}
