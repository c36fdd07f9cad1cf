//! `govdiff parse` through the binary: every seed parses (exit 0) in both formats, and bad
//! inputs end with exit 2 and one message naming the file.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

fn seeds() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/seeds");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("fixtures/seeds exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
}

fn govdiff() -> Command {
    let mut cmd = Command::cargo_bin("govdiff").expect("binary builds");
    cmd.env_remove("NO_COLOR").env("TERM", "xterm");
    cmd
}

#[test]
fn parse_exits_zero_on_every_seed_in_term_format() {
    let seeds = seeds();
    assert!(seeds.len() >= 5, "seed fixtures present");
    for seed in seeds {
        let out = govdiff().arg("parse").arg(&seed).output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}: {}",
            seed.display(),
            String::from_utf8_lossy(&out.stderr)
        );
        let text = String::from_utf8(out.stdout).expect("UTF-8 output");
        let name = seed.file_name().unwrap().to_string_lossy().into_owned();
        assert!(text.starts_with(&name), "{name}: header names the file");
        assert!(text.contains("Documents (文档)") && text.contains("Outline (提纲)"));
        assert!(
            text.contains("* ["),
            "{name}: the selected document is marked"
        );
        assert!(
            !text.contains('\u{1b}'),
            "no color when stdout is not a terminal"
        );
    }
}

#[test]
fn parse_json_is_a_report_on_every_seed() {
    for seed in seeds() {
        let out = govdiff()
            .args(["parse", "--format", "json"])
            .arg(&seed)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", seed.display());
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
        assert_eq!(v["schema_version"], 1);
        assert!(v["documents"].as_array().is_some_and(|d| !d.is_empty()));
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(!text.contains("/fixtures/"), "no absolute paths in output");
    }
}

#[test]
fn parse_color_always_colors_and_never_does_not() {
    let seed = &seeds()[0];
    let on = govdiff()
        .args(["parse", "--color", "always"])
        .arg(seed)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&on.stdout).contains('\u{1b}'));
    let off = govdiff()
        .args(["parse", "--color", "never"])
        .arg(seed)
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&off.stdout).contains('\u{1b}'));
}

#[test]
fn bad_inputs_exit_two_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, b"").unwrap();
    let missing = dir.path().join("missing.txt");
    for path in [missing, dir.path().to_path_buf(), empty] {
        let out = govdiff().arg("parse").arg(&path).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{}", path.display());
        let err = String::from_utf8_lossy(&out.stderr);
        let first = err.lines().next().unwrap_or("");
        assert!(
            first.starts_with("govdiff: ") && first.contains(&path.display().to_string()),
            "{err}"
        );
        assert_eq!(err.lines().count(), 1, "one line: {err}");
        assert!(out.stdout.is_empty());
    }
}

/// A page that is no work report parses (exit 0) with a warning on stderr saying why the
/// output holds next to nothing; one in traditional characters is read as simplified, with a
/// warning saying so; the seeds warn of nothing.
#[test]
fn reports_read_as_next_to_nothing_warn() {
    let dir = tempfile::tempdir().unwrap();
    let news = dir.path().join("news.txt");
    std::fs::write(
        &news,
        "今天天气很好。我们去公园散步，看到很多人在跑步。\n晚上吃了饺子。\n",
    )
    .unwrap();
    let trad = dir.path().join("trad.txt");
    std::fs::write(
        &trad,
        "今年發展主要預期目標是：國內生產總值增長5%左右；城鎮新增就業1200萬人以上。\n".repeat(5),
    )
    .unwrap();
    for (file, says) in [
        (&news, "no commitments or targets found"),
        (&trad, "traditional Chinese"),
    ] {
        let out = govdiff().arg("parse").arg(file).output().unwrap();
        assert_eq!(out.status.code(), Some(0));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.starts_with("govdiff: warning:") && stderr.contains(says),
            "{stderr}"
        );
    }
    let out = govdiff()
        .args(["parse", "--format", "json"])
        .arg(&trad)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["source"]["traditional"], true);
    assert_eq!(v["targets"][0]["indicator"], "国内生产总值");
    assert_eq!(v["targets"][1]["quantity"]["value"], 1.2e7);
    for seed in seeds()
        .iter()
        .filter(|s| s.to_string_lossy().contains("government-work-report"))
    {
        let out = govdiff().arg("parse").arg(seed).output().unwrap();
        assert!(
            out.stderr.is_empty(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// `--lang zh` writes the terminal view in Chinese (headings, counts, document kinds); the
/// default stays English.
#[test]
fn parse_in_chinese() {
    let seed = seeds()
        .into_iter()
        .find(|s| s.to_string_lossy().contains("2026-government-work-report"))
        .expect("the 2026 seed");
    let run = |extra: &[&str]| {
        let out = govdiff()
            .arg("parse")
            .arg(&seed)
            .args(["--color", "never"])
            .args(extra)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        String::from_utf8(out.stdout).unwrap()
    };
    let zh = run(&["--lang", "zh"]);
    for want in [
        "2026年, 太原市)",
        "\n文档\n",
        "(政府工作报告, ",
        "\n提纲  ",
        "[任务 ",
        "\n主要预期目标 ",
        "\n清单 1\n",
    ] {
        assert!(zh.contains(want), "{want:?} not in {zh}");
    }
    assert!(zh.trim_end().ends_with("个"), "{zh}");
    for english in [
        "Documents",
        "Outline",
        "commitments",
        "indicator",
        "items)",
        "[c ",
    ] {
        assert!(!zh.contains(english), "{english:?} in {zh}");
    }
    let en = run(&[]);
    assert!(en.contains("Outline (提纲)") && en.contains("[c "), "{en}");
}

/// `parse --format md` is the report for an editor: every section heading present, a row per
/// target, each list item and commitment once; `--format csv` a row per target and per figure
/// of a commitment. Both agree with the JSON; report text is escaped in the Markdown.
#[test]
fn parse_as_markdown_and_csv() {
    let seed = seeds()
        .into_iter()
        .find(|s| s.to_string_lossy().contains("2026-government-work-report"))
        .expect("the 2026 seed");
    let run = |format: &str| {
        let out = govdiff()
            .arg("parse")
            .arg(&seed)
            .args(["--format", format])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{format}");
        String::from_utf8(out.stdout).unwrap()
    };
    let json: serde_json::Value = serde_json::from_str(&run("json")).unwrap();
    let count = |key: &str| json[key].as_array().map_or(0, Vec::len);
    let md = run("md");
    for heading in [
        "\n## 提纲\n",
        "\n## 主要预期目标\n",
        "\n## 民生实事\n",
        "\n## 工作任务\n",
    ] {
        assert!(md.contains(heading), "{heading:?} not in {md}");
    }
    let target_rows = md
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| 指标"))
        .count();
    assert_eq!(target_rows, count("targets"));
    let bullets = md.lines().filter(|l| l.starts_with("- ")).count();
    let items: usize = json["lists"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["items"].as_array().map_or(0, Vec::len))
        .sum();
    // Top-level outline lines, list items and commitments.
    let top_sections = md
        .split("\n## 主要预期目标")
        .next()
        .unwrap()
        .lines()
        .filter(|l| l.starts_with("- "))
        .count();
    assert_eq!(bullets, top_sections + items + count("commitments"));

    let csv = run("csv");
    let figures: usize = json["commitments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["quantities"].as_array().map_or(0, Vec::len))
        .sum();
    assert!(csv.starts_with("kind,place,indicator,text,figure,"));
    assert_eq!(csv.lines().count(), 1 + count("targets") + figures);
    assert!(csv.contains("\r\n"), "CRLF line ends");

    // Report text is escaped: markup in a report never becomes Markdown.
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("page.txt");
    std::fs::write(
        &page,
        "政府工作报告\n一、2026年工作安排\n（一）扩大内需。新建学校10所，*重点*推进[项目](x)，R&D投入增速<5%。\n\
         （二）深化改革。完成|改革|任务20项。\n",
    )
    .unwrap();
    let out = govdiff()
        .arg("parse")
        .arg(&page)
        .args(["--format", "md"])
        .output()
        .unwrap();
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.contains("R&amp;D投入增速&lt;5%"), "{md}");
    assert!(
        md.contains("\\*重点\\*") && md.contains("\\[项目\\]"),
        "{md}"
    );
}

/// `--kind` reads the document of that kind on a page that holds several (parse and diff
/// alike); asking for a kind or a number the page does not hold is exit 2 with a message
/// saying what the page holds, never a silent fall-back to another document.
#[test]
fn choosing_the_document_by_kind_or_number() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/seeds");
    let bound = dir.join("taiyuan-2025-cppcc-proposals-and-plan-report.txt");
    let report = dir.join("taiyuan-2025-government-work-report.txt");
    let selected = |args: &[&str]| {
        let out = govdiff()
            .args(["parse", "--format", "json"])
            .args(args)
            .arg(&bound)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let i = v["selected"].as_u64().unwrap() as usize;
        v["documents"][i]["kind"].as_str().unwrap().to_string()
    };
    // No government work report on this page: the longest document, the plan report.
    assert_eq!(selected(&[]), "plan_report");
    assert_eq!(selected(&["--kind", "proposals"]), "proposal_report");
    assert_eq!(selected(&["--kind", "proposal_report"]), "proposal_report");
    assert_eq!(selected(&["--document", "0"]), "proposal_report");
    assert_eq!(selected(&["--kind", "plan"]), "plan_report");

    let fails = |args: &[&str], file: &Path, says: &str| {
        let out = govdiff().args(args).arg(file).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(says), "{args:?}: {err}");
        assert!(out.stdout.is_empty());
    };
    fails(
        &["parse", "--document", "2"],
        &bound,
        "no document 2 on this page: it holds 2",
    );
    fails(
        &["parse", "--kind", "cppcc"],
        &bound,
        "no cppcc_report on this page (it holds: proposal_report, plan_report",
    );
    fails(
        &["parse", "--kind", "plan", "--document", "1"],
        &bound,
        "cannot be used with",
    );
    fails(
        &[
            "diff",
            "--kind",
            "plan",
            "--format",
            "json",
            report.to_str().unwrap(),
        ],
        &report,
        "no plan_report",
    );

    // diff reads the chosen kind on both sides.
    let out = govdiff()
        .args(["diff", "--kind", "proposals", "--format", "json"])
        .arg(&bound)
        .arg(&bound)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let text = v.to_string();
    assert!(
        text.contains("提案工作情况的报告"),
        "the proposal report's title"
    );
}
