//! `govdiff diff` on the seed pair through the binary: every format, byte-stable output,
//! the golden files checked in check mode (`--expect`), and a closed stdout.
//!
//! The golden files in `fixtures/expected/` are refreshed only with `--update` (see
//! docs/ci.md) and reviewed with `git diff` before committing.

use std::path::{Path, PathBuf};
use std::process::Stdio;

use assert_cmd::Command;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn pair() -> [PathBuf; 2] {
    let seeds = root().join("fixtures/seeds");
    [
        seeds.join("taiyuan-2025-government-work-report.txt"),
        seeds.join("taiyuan-2026-government-work-report.txt"),
    ]
}

fn govdiff() -> Command {
    let mut cmd = Command::cargo_bin("govdiff").expect("binary builds");
    cmd.env_remove("NO_COLOR").env("TERM", "xterm");
    cmd
}

fn diff(format: &str, extra: &[&str]) -> std::process::Output {
    let [old, new] = pair();
    govdiff()
        .arg("diff")
        .arg(old)
        .arg(new)
        .args(["--format", format])
        .args(extra)
        .output()
        .unwrap()
}

#[test]
fn seed_pair_in_every_format_is_stable_and_exits_zero_or_one() {
    for format in ["term", "md", "json", "csv"] {
        let a = diff(format, &[]);
        let b = diff(format, &[]);
        let code = a.status.code();
        assert!(
            matches!(code, Some(0 | 1)),
            "{format}: {code:?} {}",
            String::from_utf8_lossy(&a.stderr)
        );
        if a.stdout != b.stdout {
            let (x, y) = (
                String::from_utf8_lossy(&a.stdout),
                String::from_utf8_lossy(&b.stdout),
            );
            let first = x.lines().zip(y.lines()).find(|(l, r)| l != r);
            panic!("{format}: output differs from run to run, first at: {first:?}");
        }
        assert!(!a.stdout.is_empty());
        let text = String::from_utf8(a.stdout).expect("UTF-8");
        assert!(
            !text.contains(root().to_str().unwrap()),
            "{format}: no absolute paths"
        );
        assert!(!text.contains('\u{1b}'), "{format}: no color on a pipe");
    }
}

#[test]
fn exit_code_follows_substantive() {
    let out = diff("json", &[]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let substantive = v["substantive"].as_bool().expect("substantive is a bool");
    assert_eq!(out.status.code(), Some(if substantive { 1 } else { 0 }));
}

#[test]
fn markdown_has_every_part_and_no_raw_html() {
    let out = diff("md", &[]);
    let text = String::from_utf8(out.stdout).unwrap();
    for h in [
        "## 摘要",
        "## 主要预期目标",
        "## 民生实事",
        "## 数量变化",
        "## 新增任务",
        "## 删去任务",
        "## 章节对应",
    ] {
        assert!(text.contains(h), "missing {h}");
    }
    assert!(
        !text.contains("<div"),
        "the 2025 seed's HTML banner is escaped"
    );
}

#[test]
fn term_tables_respect_width() {
    for width in ["50", "120"] {
        let out = diff("term", &["--width", width]);
        let w: usize = width.parse().unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        for line in text
            .lines()
            .filter(|l| l.starts_with(['┌', '│', '├', '└', '╞']))
        {
            let cols: usize = line
                .chars()
                .map(|c| if c > '\u{2e7f}' { 2 } else { 1 })
                .sum();
            assert!(cols <= w, "width {width}: {line}");
        }
    }
}

#[test]
fn golden_files_match_through_check_mode() {
    for (format, ext) in [("md", "md"), ("json", "json"), ("term", "txt")] {
        let golden = root().join(format!("fixtures/expected/taiyuan-2025-2026.{ext}"));
        let out = diff(format, &["--expect", golden.to_str().unwrap()]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{format} differs from {}; review, then refresh with --update:\n{}{}",
            golden.display(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(out.stdout.is_empty(), "nothing on stdout when it matches");
        assert!(String::from_utf8_lossy(&out.stderr).contains("output matches"));
    }
}

#[test]
fn closed_stdout_ends_quietly_with_zero() {
    let [old, new] = pair();
    for args in [
        vec!["diff", "--format", "json"],
        vec!["parse", "--format", "json"],
    ] {
        let bin = assert_cmd::cargo::cargo_bin("govdiff");
        let mut child = std::process::Command::new(bin)
            .args(&args)
            .arg(&old)
            .args(if args[0] == "diff" {
                vec![new.clone()]
            } else {
                vec![]
            })
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Close the reading end before the child writes, like `| head -c0`.
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            out.stderr.is_empty(),
            "quiet: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn closed_stdout_after_one_byte_ends_with_zero() {
    use std::io::Read;
    let [old, new] = pair();
    let bin = assert_cmd::cargo::cargo_bin("govdiff");
    // Like `| head -c1`: when the output fits the pipe buffer the write succeeds and the
    // normal status stands; when it does not, the broken pipe must end quietly with 0.
    let mut child = std::process::Command::new(bin)
        .args(["diff", "--format", "json"])
        .arg(&old)
        .arg(&new)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut byte = [0u8; 1];
    stdout.read_exact(&mut byte).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    // Output well beyond a pipe buffer (64 KiB on Linux) cannot have been written whole, so
    // the write hit the closed pipe: that must end with 0.
    let size = diff("json", &[]).stdout.len();
    if size > 4 * 65536 {
        assert_eq!(
            out.status.code(),
            Some(0),
            "{size} bytes into a closed pipe"
        );
    } else {
        assert!(matches!(out.status.code(), Some(0 | 1)), "{:?}", out.status);
    }
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn diff_inputs_that_cannot_be_read_exit_two() {
    let [old, _] = pair();
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    for bad in [
        dir.path().join("missing.txt"),
        dir.path().to_path_buf(),
        empty,
    ] {
        let out = govdiff().arg("diff").arg(&old).arg(&bad).output().unwrap();
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.starts_with("govdiff: ") && err.contains(&bad.display().to_string()),
            "{err}"
        );
    }
}

/// Files given in the wrong order (the later year first) are compared as given, with one
/// warning on stderr; the right order gives none.
#[test]
fn later_year_first_is_compared_with_a_warning() {
    let [old, new] = pair();
    let swapped = govdiff()
        .arg("diff")
        .arg(&new)
        .arg(&old)
        .args(["--format", "md"])
        .output()
        .unwrap();
    assert_eq!(swapped.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&swapped.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with("govdiff: warning:")
            && stderr.contains("2026")
            && stderr.contains("swap"),
        "{stderr}"
    );
    assert!(!swapped.stdout.is_empty());
    let right = diff("md", &[]);
    assert!(
        right.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&right.stderr)
    );
}

/// Write `page` as `name` in `dir` and diff `old` against it in `format`.
fn diff_page(old: &Path, dir: &Path, name: &str, page: &str, format: &str) -> std::process::Output {
    let path = dir.join(name);
    std::fs::write(&path, page).unwrap();
    govdiff()
        .arg("diff")
        .arg(old)
        .arg(&path)
        .args(["--format", format])
        .output()
        .unwrap()
}

/// A newspaper page saved alone that ends with a jump to another page （下转第3版） is read
/// with a warning: its rest is missing and would read as removed. A file holding the page it
/// jumps to, or a jump mark after another article, warns of nothing.
#[test]
fn a_page_continued_elsewhere_is_read_with_a_warning() {
    let [old, new] = pair();
    let text = std::fs::read_to_string(&new).unwrap();
    let cut = text.find("(三)").expect("the seed's third area");
    let dir = tempfile::tempdir().unwrap();
    let run = |name: &str, page: String| {
        let out = diff_page(&old, dir.path(), name, &page, "md");
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    let alone = run("alone.txt", format!("{}（下转第3版）\n", &text[..cut]));
    assert!(
        alone.starts_with("govdiff: warning: alone.txt:") && alone.contains("下转第3版"),
        "{alone}"
    );
    // The JSON a CI job reads carries it too, with its code and the file it is about.
    let json = |name: &str| -> serde_json::Value {
        let out = govdiff()
            .arg("diff")
            .arg(&old)
            .arg(dir.path().join(name))
            .args(["--format", "json"])
            .output()
            .unwrap();
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let v = json("alone.txt");
    assert_eq!(
        v["warnings"].as_array().map(Vec::len),
        Some(1),
        "{}",
        v["warnings"]
    );
    assert_eq!(v["warnings"][0]["code"], "continued_elsewhere");
    assert_eq!(v["warnings"][0]["file"], "alone.txt");
    assert!(
        alone.contains(v["warnings"][0]["message"].as_str().unwrap()),
        "{alone}"
    );
    let whole = run(
        "whole.txt",
        format!(
            "{}（下转第3版）\n（上接第2版）\n{}",
            &text[..cut],
            &text[cut..]
        ),
    );
    assert!(whole.is_empty(), "{whole}");
    let v = json("whole.txt");
    assert!(v.get("warnings").is_none(), "{}", v["warnings"]);
    let other = run(
        "other.txt",
        format!("{text}\n相关新闻\n\n太原召开会议，部署全年工作。（下转第5版）\n"),
    );
    assert!(other.is_empty(), "{other}");
}

/// A newspaper's later page starting inside the work plan （上接第2版）…(四)… is read with its
/// tasks and a warning that the plan's beginning is on a page the file does not hold; a file
/// holding the page the mark continues warns of nothing, and neither do the seeds, which start
/// inside the review (the quiet runs above).
#[test]
fn a_page_starting_inside_the_plan_is_read_with_a_warning() {
    let [old, new] = pair();
    let text = std::fs::read_to_string(&new).unwrap();
    let cut = text.find("(四)").expect("the seed's fourth area");
    let dir = tempfile::tempdir().unwrap();
    let run = |name: &str, page: String| -> (String, serde_json::Value) {
        let out = diff_page(&old, dir.path(), name, &page, "json");
        assert_eq!(out.status.code(), Some(1));
        (
            String::from_utf8_lossy(&out.stderr).into_owned(),
            serde_json::from_slice(&out.stdout).unwrap(),
        )
    };
    let (stderr, v) = run("page3.txt", format!("（上接第2版）\n{}", &text[cut..]));
    assert!(
        stderr.starts_with("govdiff: warning: page3.txt:") && stderr.contains("上接第2版"),
        "{stderr}"
    );
    assert_eq!(v["warnings"][0]["code"], "started_elsewhere");
    assert_eq!(v["warnings"][0]["file"], "page3.txt");
    // The tasks of the page are compared: some of 2025's are found again, as in the whole.
    let commitments = v["commitments"].as_array().unwrap();
    assert!(
        commitments
            .iter()
            .filter(|c| c["status"] == "changed" || c["status"] == "unchanged")
            .count()
            >= 10,
        "{}",
        v["summary"]
    );
    let (stderr, v) = run(
        "pages.txt",
        format!(
            "{}（下转第2版）\n（上接第1版）\n{}",
            &text[..cut],
            &text[cut..]
        ),
    );
    assert!(stderr.is_empty(), "{stderr}");
    assert!(v.get("warnings").is_none(), "{}", v["warnings"]);
}

/// `--format csv` gives the changed figures of the seed pair, one row each, the same rows as
/// the Markdown's 数量变化 tables.
#[test]
fn csv_lists_the_changed_figures() {
    let out = diff("csv", &[]);
    assert_eq!(out.status.code(), Some(1));
    let csv = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(
        rows[0],
        "kind,place,context,old,new,direction,delta,relative,change,summary,unit,old_value,new_value"
    );
    assert!(rows.contains(
        &"target,主要预期目标,社会消费品零售总额,5%以上,6%,up,1,,提高1个百分点，由下限（以上）改为确数,\"'+1 pp, floor → point\",%,5,6"
    ));
    assert!(rows
        .iter()
        .any(|r| r.starts_with("commitment,") && r.contains(",2.96万亩,")));
    // As many rows as the Markdown's figure tables.
    let md = String::from_utf8(diff("md", &[]).stdout).unwrap();
    let figures = &md[md.find("## 数量变化").unwrap()..md.find("## 表述调整").unwrap()];
    let md_rows = figures
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| 位置"))
        .count();
    assert_eq!(rows.len() - 1, md_rows);
}

/// `--lang zh` writes the terminal tables in Chinese; the default stays English.
#[test]
fn terminal_tables_in_chinese() {
    let zh = String::from_utf8(diff("term", &["--lang", "zh", "--color", "never"]).stdout).unwrap();
    assert!(
        zh.contains("主要预期目标 9") && zh.contains("提高1个百分点"),
        "{zh}"
    );
    assert!(!zh.contains("Targets") && !zh.contains("floor → point"));
    let en = String::from_utf8(diff("term", &["--color", "never"]).stdout).unwrap();
    assert!(en.contains("Targets (主要预期目标)") && en.contains("floor → point"));
}

/// `-` reads standard input, as diff(1) does, for either file; the result is the same as
/// from the file, and `-` for both is exit 2 with a message.
#[test]
fn dash_reads_standard_input() {
    let [old, new] = pair();
    let from_files = diff("json", &[]);
    let old_text = std::fs::read(&old).unwrap();
    let out = govdiff()
        .arg("diff")
        .arg("-")
        .arg(&new)
        .args(["--format", "json"])
        .write_stdin(old_text)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), from_files.status.code());
    let json = |o: &[u8]| -> serde_json::Value { serde_json::from_slice(o).expect("JSON") };
    let (a, b) = (json(&from_files.stdout), json(&out.stdout));
    assert!(a["summary"].is_object() && a["commitments"].is_array());
    assert_eq!(a["summary"], b["summary"]);
    assert_eq!(a["commitments"], b["commitments"]);
    assert_eq!(b["old"]["name"], "(standard input)", "{}", b["old"]);
    let out = govdiff()
        .args(["diff", "-", "-"])
        .write_stdin("各位代表")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("standard input") && err.lines().count() == 1,
        "{err}"
    );
}
