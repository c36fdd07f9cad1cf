//! Check mode through the binary: `--expect` (match, mismatch, missing, JSON key order),
//! `--update` (atomic, read-only folder) and every `--fail-on` rule firing and not firing.
//!
//! Rules are exercised on two small reports written into a temp dir: B is A with a lowered
//! GDP target, one commitment replaced and one 民生实事 item dropped; swapping the arguments
//! turns lowered into raised and dropped into added.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use tempfile::TempDir;

const REPORT_A: &str = "政府工作报告
——2025年1月10日在示例市第十六届人民代表大会第四次会议上
示例市市长 张三
各位代表：
现在，我代表市人民政府，向大会报告工作，请予审议。
一、2024年工作回顾
过去一年，全市地区生产总值增长5.1%，城镇新增就业4.8万人。
二、2025年工作安排
今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，一般公共预算收入增长3%，城镇新增就业5万人，居民消费价格涨幅3%左右。
（一）扩大有效需求
新建5G基站2000个。完成老旧小区改造100个。实施城市更新项目50个，改造城市燃气管网300公里。
（二）推进科技创新
建设省级重点实验室10家。培育高新技术企业200家。
（三）办好民生实事
办好十件民生实事。一是新增公共停车位1万个以上；二是改造街巷50条；三是新建社会足球场40个。
三、政府自身建设
坚持依法行政，完善重大行政决策程序。
";

/// Report A a year later: GDP lowered, one commitment replaced, list item 三 dropped, a task
/// kept without its figure (培育高新技术企业200家 → 大力培育高新技术企业).
fn report_b() -> String {
    REPORT_A
        .replace("2025年1月10日", "2026年1月12日")
        .replace("第四次会议", "第五次会议")
        .replace("2024年工作回顾", "2025年工作回顾")
        .replace("2025年工作安排", "2026年工作安排")
        .replace("增长5.5%左右", "增长5%左右")
        .replace(
            "实施城市更新项目50个，改造城市燃气管网300公里。",
            "建设人工智能创新中心3个，开放算力券应用场景。",
        )
        .replace("；三是新建社会足球场40个。", "。")
        .replace("培育高新技术企业200家。", "大力培育高新技术企业。")
}

struct Pair {
    dir: TempDir,
}

impl Pair {
    fn new() -> Pair {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.txt"), REPORT_A).unwrap();
        std::fs::write(dir.path().join("b.txt"), report_b()).unwrap();
        Pair { dir }
    }
    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
    /// `govdiff diff OLD NEW` with extra args, OLD and NEW named `a.txt`/`b.txt`.
    fn diff(&self, old: &str, new: &str, extra: &[&str]) -> std::process::Output {
        govdiff()
            .current_dir(self.dir.path())
            .args(["diff", old, new])
            .args(extra)
            .output()
            .unwrap()
    }
}

fn govdiff() -> Command {
    let mut cmd = Command::cargo_bin("govdiff").expect("binary builds");
    cmd.env_remove("NO_COLOR").env("TERM", "xterm");
    cmd
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn update_then_expect_matches_in_every_format() {
    let p = Pair::new();
    for format in ["md", "json", "term"] {
        let file = format!("expected.{format}");
        let up = p.diff(
            "a.txt",
            "b.txt",
            &["--format", format, "--expect", &file, "--update"],
        );
        assert_eq!(up.status.code(), Some(0), "{}", stderr(&up));
        let bytes = std::fs::metadata(p.path(&file)).unwrap().len();
        assert!(
            stderr(&up).contains(&file) && stderr(&up).contains(&format!("{bytes} bytes")),
            "{}",
            stderr(&up)
        );
        if format != "json" {
            // JSON is checked as data below (scores may differ in their last bits).
            let plain = p.diff("a.txt", "b.txt", &["--format", format]);
            assert_eq!(
                std::fs::read(p.path(&file)).unwrap(),
                plain.stdout,
                "{format}: the fixture is the plain output"
            );
        }
        let check = p.diff("a.txt", "b.txt", &["--format", format, "--expect", &file]);
        assert_eq!(
            check.status.code(),
            Some(0),
            "{}{}",
            stdout(&check),
            stderr(&check)
        );
        assert!(check.stdout.is_empty());
        assert_eq!(
            stderr(&check).lines().count(),
            1,
            "one-line confirmation: {}",
            stderr(&check)
        );
        // Color never leaks into check mode, even when forced.
        let forced = p.diff(
            "a.txt",
            "b.txt",
            &["--format", format, "--expect", &file, "--color", "always"],
        );
        assert_eq!(
            forced.status.code(),
            Some(0),
            "{format}: {}",
            stdout(&forced)
        );
    }
}

#[test]
fn mismatch_exits_one_with_a_unified_diff() {
    let p = Pair::new();
    let up = p.diff(
        "a.txt",
        "b.txt",
        &["--format", "md", "--expect", "e.md", "--update"],
    );
    assert_eq!(up.status.code(), Some(0));
    let mut text = std::fs::read_to_string(p.path("e.md")).unwrap();
    text.push_str("a line the renderer never wrote\n");
    std::fs::write(p.path("e.md"), &text).unwrap();
    let out = p.diff("a.txt", "b.txt", &["--format", "md", "--expect", "e.md"]);
    assert_eq!(out.status.code(), Some(1));
    let diff = stdout(&out);
    assert!(
        diff.starts_with("--- expected: e.md\n+++ actual\n@@"),
        "{diff}"
    );
    assert!(
        diff.contains("\n-a line the renderer never wrote\n"),
        "{diff}"
    );
    assert!(!diff.contains('\u{1b}'), "diff is plain on a pipe");
    assert!(stderr(&out).contains("--update"));
    // The expected file is never touched by a check.
    assert_eq!(std::fs::read_to_string(p.path("e.md")).unwrap(), text);
}

#[test]
fn missing_expected_exits_two_naming_update() {
    let p = Pair::new();
    let out = p.diff("a.txt", "b.txt", &["--format", "md", "--expect", "nope.md"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.starts_with("govdiff: nope.md: ") && err.contains("--update"),
        "{err}"
    );
    assert!(!p.path("nope.md").exists());
}

#[test]
fn unreadable_input_in_check_mode_exits_two() {
    let p = Pair::new();
    p.diff(
        "a.txt",
        "b.txt",
        &["--format", "md", "--expect", "e.md", "--update"],
    );
    let out = p.diff("a.txt", "gone.txt", &["--format", "md", "--expect", "e.md"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("gone.txt"));
}

/// Recursively reverse the key order of every object.
fn reverse_keys(v: serde_json::Value) -> serde_json::Value {
    match v {
        serde_json::Value::Object(m) => {
            let mut pairs: Vec<_> = m.into_iter().collect();
            pairs.reverse();
            serde_json::Value::Object(
                pairs
                    .into_iter()
                    .map(|(k, v)| (k, reverse_keys(v)))
                    .collect(),
            )
        }
        serde_json::Value::Array(a) => {
            serde_json::Value::Array(a.into_iter().map(reverse_keys).collect())
        }
        other => other,
    }
}

#[test]
fn json_expectation_ignores_key_order_and_names_changed_paths() {
    let p = Pair::new();
    let plain = p.diff("a.txt", "b.txt", &["--format", "json"]);
    let value: serde_json::Value = serde_json::from_slice(&plain.stdout).unwrap();
    let reordered = serde_json::to_string(&reverse_keys(value.clone())).unwrap();
    assert_ne!(
        reordered.as_bytes(),
        &plain.stdout[..],
        "the reordered file really differs as text"
    );
    std::fs::write(p.path("e.json"), &reordered).unwrap();
    let out = p.diff(
        "a.txt",
        "b.txt",
        &["--format", "json", "--expect", "e.json"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));

    let mut changed = value;
    changed["schema_version"] = serde_json::json!(999);
    changed["new"]["name"] = serde_json::json!("other.txt");
    std::fs::write(
        p.path("e.json"),
        serde_json::to_string_pretty(&changed).unwrap(),
    )
    .unwrap();
    let out = p.diff(
        "a.txt",
        "b.txt",
        &["--format", "json", "--expect", "e.json"],
    );
    assert_eq!(out.status.code(), Some(1));
    let paths = stdout(&out);
    assert!(paths.contains("schema_version: 999 → 1"), "{paths}");
    assert!(
        paths.contains("new.name: \"other.txt\" → \"b.txt\""),
        "{paths}"
    );
}

#[test]
fn update_in_a_read_only_folder_fails_and_keeps_the_old_file() {
    let p = Pair::new();
    let ro = p.path("ro");
    std::fs::create_dir(&ro).unwrap();
    std::fs::write(ro.join("e.md"), "old contents\n").unwrap();
    let original = std::fs::metadata(&ro).unwrap().permissions();
    let mut perms = original.clone();
    perms.set_readonly(true);
    std::fs::set_permissions(&ro, perms.clone()).unwrap();
    // Root (and some file systems) ignore the read-only bit: detect it by trying.
    let probe = ro.join("probe");
    let writable = std::fs::write(&probe, "x").is_ok();
    if writable {
        let _ = std::fs::remove_file(&probe);
        eprintln!("skipping: the read-only folder is writable here (running as root?)");
    } else {
        let out = p.diff(
            "a.txt",
            "b.txt",
            &["--format", "md", "--expect", "ro/e.md", "--update"],
        );
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert!(
            stderr(&out).starts_with("govdiff: ro/e.md: "),
            "{}",
            stderr(&out)
        );
        assert_eq!(
            std::fs::read_to_string(ro.join("e.md")).unwrap(),
            "old contents\n"
        );
        assert_eq!(
            std::fs::read_dir(&ro).unwrap().count(),
            1,
            "no temporary file left"
        );
    }
    std::fs::set_permissions(&ro, original).unwrap();
}

#[cfg(unix)]
#[test]
fn update_refuses_a_symlink_out_of_the_folder() {
    let p = Pair::new();
    let outside = tempfile::tempdir().unwrap();
    let victim = outside.path().join("victim.md");
    std::fs::write(&victim, "keep").unwrap();
    std::os::unix::fs::symlink(&victim, p.path("link.md")).unwrap();
    let out = p.diff(
        "a.txt",
        "b.txt",
        &["--format", "md", "--expect", "link.md", "--update"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("symlink"), "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep");
}

#[test]
fn update_needs_expect() {
    let p = Pair::new();
    let out = p.diff("a.txt", "b.txt", &["--update"]);
    assert_eq!(out.status.code(), Some(2));
}

/// Run with `--fail-on RULE` and report (fired?, stderr).
fn fires(p: &Pair, old: &str, new: &str, rule: &str) -> (bool, String) {
    let out = p.diff(old, new, &["--format", "json", "--fail-on", rule]);
    let code = out.status.code();
    assert!(
        matches!(code, Some(0 | 1)),
        "{rule}: {code:?} {}",
        stderr(&out)
    );
    assert!(!out.stdout.is_empty(), "the comparison is still printed");
    (code == Some(1), stderr(&out))
}

#[test]
fn each_rule_fires_and_stays_quiet_as_defined() {
    let p = Pair::new();
    // (rule, fires on a→b, fires on b→a, a word expected on stderr when a→b fires)
    let cases = [
        ("any", true, true, "any"),
        ("lowered-target", true, false, "地区生产总值"),
        ("raised-target", false, true, "地区生产总值"),
        ("changed-target", true, true, "地区生产总值"),
        ("removed-commitment", true, true, "城市更新"),
        ("added-commitment", true, true, "人工智能"),
        ("removed-list-item", true, false, "足球场"),
        ("removed-figure", true, false, "200家"),
    ];
    for (rule, ab, ba, word) in cases {
        let (fired, err) = fires(&p, "a.txt", "b.txt", rule);
        assert_eq!(fired, ab, "{rule} on a→b: {err}");
        if fired {
            assert!(
                err.contains(&format!("--fail-on {rule} fired")) && err.contains(word),
                "{rule}: {err}"
            );
        }
        let (fired, err) = fires(&p, "b.txt", "a.txt", rule);
        assert_eq!(fired, ba, "{rule} on b→a: {err}");
        let (fired, err) = fires(&p, "a.txt", "a.txt", rule);
        assert!(!fired, "{rule} on a→a must not fire: {err}");
        assert!(err.contains("no rule fired"), "{err}");
    }
}

#[test]
fn rules_combine_by_comma_and_repetition() {
    let p = Pair::new();
    let out = p.diff(
        "b.txt",
        "a.txt",
        &[
            "--format",
            "md",
            "--fail-on",
            "lowered-target,removed-list-item",
            "--fail-on",
            "raised-target",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("raised-target fired") && !err.contains("lowered-target fired"),
        "{err}"
    );
}

#[test]
fn unknown_rule_exits_two_listing_the_rules() {
    let p = Pair::new();
    let out = p.diff("a.txt", "b.txt", &["--fail-on", "any,lowered"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("'lowered'"), "{err}");
    for rule in [
        "any",
        "lowered-target",
        "raised-target",
        "changed-target",
        "removed-commitment",
        "added-commitment",
        "removed-list-item",
        "removed-figure",
    ] {
        assert!(err.contains(rule), "{err}");
    }
    assert!(out.stdout.is_empty());
}

#[test]
fn without_rules_or_expect_exit_follows_substantive() {
    let p = Pair::new();
    assert_eq!(p.diff("a.txt", "a.txt", &[]).status.code(), Some(0));
    assert_eq!(p.diff("a.txt", "b.txt", &[]).status.code(), Some(1));
    let _ = Path::new("");
}
