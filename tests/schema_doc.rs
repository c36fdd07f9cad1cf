//! The JSON that `govdiff parse`, `diff` and `trend` print is the one docs/schema.md and
//! docs/trend.md document: every key the binary writes on the seed fixtures (and on a corpus
//! pair, when `../shared/corpus` is there) is named in those documents, and every top-level
//! field their tables list is written. Consumers build on the documents; a field added to a
//! model type without a line in them fails here.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn seed(year: i32) -> PathBuf {
    root().join(format!(
        "fixtures/seeds/taiyuan-{year}-government-work-report.txt"
    ))
}

fn corpus(name: &str) -> Option<PathBuf> {
    let p = root().join("../shared/corpus").join(name);
    p.exists().then_some(p)
}

/// The binary's JSON for `args` (exit 0 or 1: 1 is "the reports differ").
fn json(args: &[&std::ffi::OsStr]) -> Value {
    let out = Command::cargo_bin("govdiff")
        .expect("binary builds")
        .args(args)
        .args(["--format", "json"])
        .output()
        .expect("runs");
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

/// Every object key anywhere in `v`.
fn keys(v: &Value, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                out.insert(k.clone());
                keys(x, out);
            }
        }
        Value::Array(a) => a.iter().for_each(|x| keys(x, out)),
        _ => {}
    }
}

/// Whether `doc` names `key` as a word (not inside a longer identifier).
fn names(doc: &str, key: &str) -> bool {
    let ident = |c: char| c.is_ascii_alphanumeric() || c == '_';
    doc.match_indices(key).any(|(i, _)| {
        !doc[..i].chars().next_back().is_some_and(ident)
            && !doc[i + key.len()..].chars().next().is_some_and(ident)
    })
}

/// The backticked names in the first column of the field table under `## {heading}`.
fn table_fields(doc: &str, heading: &str) -> Vec<String> {
    let start = doc
        .find(&format!("## {heading}"))
        .unwrap_or_else(|| panic!("no section {heading}"));
    let section = &doc[start..];
    let end = section[3..].find("\n## ").map_or(section.len(), |e| e + 3);
    let mut out = Vec::new();
    for line in section[..end].lines() {
        let Some(cell) = line.strip_prefix("| `") else {
            continue;
        };
        let first = cell.split(" |").next().unwrap_or("");
        out.extend(
            first
                .split(',')
                .map(|s| s.trim().trim_matches('`').to_string())
                .filter(|s| !s.is_empty()),
        );
    }
    out
}

fn undocumented(v: &Value, doc: &str) -> Vec<String> {
    let mut all = BTreeSet::new();
    keys(v, &mut all);
    assert!(all.len() > 10, "too few keys to judge: {all:?}");
    all.into_iter().filter(|k| !names(doc, k)).collect()
}

/// Top-level fields written only when they hold something (the document says "absent when
/// nothing is"); each must still be written by some output of the test.
const OPTIONAL: [&str; 1] = ["warnings"];

fn top_level_missing(v: &Value, fields: &[String]) -> Vec<String> {
    let obj = v.as_object().expect("an object");
    fields
        .iter()
        .filter(|f| !OPTIONAL.contains(&f.as_str()) && !obj.contains_key(f.as_str()))
        .cloned()
        .collect()
}

/// The optional fields of `fields` that none of `outputs` writes.
fn optional_never_written(outputs: &[Value], fields: &[String]) -> Vec<String> {
    fields
        .iter()
        .filter(|f| OPTIONAL.contains(&f.as_str()))
        .filter(|f| !outputs.iter().any(|v| v.get(f.as_str()).is_some()))
        .cloned()
        .collect()
}

#[test]
fn parse_and_diff_json_are_the_documented_schema() {
    let doc = std::fs::read_to_string(root().join("docs/schema.md")).expect("docs/schema.md");
    let report_fields = table_fields(&doc, "Report");
    let comparison_fields = table_fields(&doc, "Comparison");
    assert!(report_fields.contains(&"commitments".to_string()));
    assert!(comparison_fields.contains(&"substantive".to_string()));

    let mut reports = vec![json(&["parse".as_ref(), seed(2026).as_os_str()])];
    // The source's optional keys: a page in traditional characters, saved as GBK mojibake
    // (read as Latin-1, saved as UTF-8) and, separately, as GBK with a damaged byte.
    let dir = tempfile::tempdir().expect("temp dir");
    let text = std::fs::read_to_string(seed(2025)).expect("seed");
    let traditional = govdiff::ingest::clean::traditional::traditional_text(&text, |_| true, false);
    let (gbk, _, _) = encoding_rs::GB18030.encode(&traditional);
    let mojibake: String = gbk.iter().map(|&b| char::from(b)).collect();
    let mut damaged = gbk.into_owned();
    let at = (damaged.len() / 2..damaged.len())
        .find(|&i| damaged[i] < 0x80 && damaged[i - 1] < 0x80)
        .expect("an ASCII byte");
    damaged.insert(at, 0xff);
    for (name, bytes) in [
        ("mojibake.txt", mojibake.into_bytes()),
        ("damaged.txt", damaged),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).expect("write");
        reports.push(json(&["parse".as_ref(), path.as_os_str()]));
    }
    let sources: Vec<&Value> = reports.iter().map(|r| &r["source"]).collect();
    for key in ["mojibake_repaired", "undecodable", "traditional"] {
        assert!(
            sources.iter().any(|s| s.get(key).is_some()),
            "{key} never written"
        );
    }
    let mut comparisons = vec![
        json(&[
            "diff".as_ref(),
            seed(2025).as_os_str(),
            seed(2026).as_os_str(),
        ]),
        // Given in the wrong order: the comparison's warnings.
        json(&[
            "diff".as_ref(),
            seed(2026).as_os_str(),
            seed(2025).as_os_str(),
        ]),
    ];
    // A corpus pair adds what the seeds lack (figures that cannot be compared, review items).
    if let (Some(a), Some(b)) = (corpus("zhejiang-2025.txt"), corpus("zhejiang-2026.txt")) {
        reports.push(json(&["parse".as_ref(), a.as_os_str()]));
        comparisons.push(json(&["diff".as_ref(), a.as_os_str(), b.as_os_str()]));
    } else {
        eprintln!("corpus absent: seeds only");
    }
    for r in &reports {
        assert_eq!(undocumented(r, &doc), Vec::<String>::new(), "parse keys");
        assert_eq!(top_level_missing(r, &report_fields), Vec::<String>::new());
    }
    for c in &comparisons {
        assert_eq!(undocumented(c, &doc), Vec::<String>::new(), "diff keys");
        assert_eq!(
            top_level_missing(c, &comparison_fields),
            Vec::<String>::new()
        );
    }
    assert_eq!(
        optional_never_written(&reports, &report_fields),
        Vec::<String>::new()
    );
    assert_eq!(
        optional_never_written(&comparisons, &comparison_fields),
        Vec::<String>::new()
    );
}

#[test]
fn trend_json_is_the_documented_schema() {
    let doc = std::fs::read_to_string(root().join("docs/trend.md")).expect("docs/trend.md");
    let v = json(&[
        "trend".as_ref(),
        seed(2025).as_os_str(),
        seed(2026).as_os_str(),
    ]);
    assert_eq!(undocumented(&v, &doc), Vec::<String>::new(), "trend keys");
    // A damaged copy of a seed: the trend's warnings.
    let dir = tempfile::tempdir().expect("temp dir");
    let mut damaged = std::fs::read(seed(2026)).expect("seed");
    let at = (damaged.len() / 2..damaged.len())
        .find(|&i| damaged[i] == b'\n')
        .expect("a line end");
    damaged.insert(at, 0xff);
    let path = dir.path().join("damaged.txt");
    std::fs::write(&path, damaged).expect("write");
    let v = json(&["trend".as_ref(), seed(2025).as_os_str(), path.as_os_str()]);
    assert_eq!(v["warnings"][0]["code"], "undecodable", "{v}");
    assert_eq!(undocumented(&v, &doc), Vec::<String>::new(), "trend keys");
}

/// The checks above can fail: a key the documents do not name is reported.
#[test]
fn an_undocumented_key_is_caught() {
    let doc = "| `text` | the text |\n| `low`, `high` | ends |";
    let v: Value = serde_json::json!({
        "text": 1, "low": 2, "high": 3, "lowest": 4, "a": 1, "b": 2, "c": 3, "d": 4,
        "e": 5, "f": 6, "g": 7, "h": 8
    });
    let missing = undocumented(&v, doc);
    assert!(missing.contains(&"lowest".to_string()), "{missing:?}");
    assert!(!missing.contains(&"low".to_string()));
    assert!(!names("`textual`", "text"));
    assert_eq!(
        table_fields(
            "## Report\n| `low`, `high` | x |\n## Next\n| `z` | y |",
            "Report"
        ),
        ["low", "high"]
    );
}

/// The columns `diff --format csv` and `parse --format csv` write are the ones docs/schema.md
/// lists.
#[test]
fn csv_columns_are_documented() {
    let doc = std::fs::read_to_string(root().join("docs/schema.md")).expect("docs/schema.md");
    let header = |args: &[&std::ffi::OsStr]| -> Vec<String> {
        let out = Command::cargo_bin("govdiff")
            .expect("binary builds")
            .args(args)
            .args(["--format", "csv"])
            .output()
            .expect("runs");
        let text = String::from_utf8(out.stdout).expect("UTF-8");
        let first = text.lines().next().unwrap_or_default().to_string();
        first.split(',').map(str::to_string).collect()
    };
    let diff = header(&[
        "diff".as_ref(),
        seed(2025).as_os_str(),
        seed(2026).as_os_str(),
    ]);
    let parse = header(&["parse".as_ref(), seed(2026).as_os_str()]);
    assert_eq!(diff.len(), 13, "{diff:?}");
    assert_eq!(parse.len(), 10, "{parse:?}");
    for column in diff.iter().chain(&parse) {
        assert!(
            doc.contains(&format!("`{column}`")),
            "CSV column {column} is not in docs/schema.md"
        );
    }
}
