//! `govdiff trend` end to end on the national reports 2021–2025 (../shared/corpus), through the
//! library's `trend::run`. Expected figures were read off each file's 今年发展主要预期目标
//! sentence. Skips when the corpus is absent.

use std::path::{Path, PathBuf};

use govdiff::cli::{ColorChoice, Format, InputArgs, Lang, OutputArgs};
use govdiff::pipeline::DEFAULT_MAX_SIZE;
use govdiff::trend::{run, TrendArgs};
use serde_json::Value;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus");

fn corpus() -> Option<PathBuf> {
    let dir = Path::new(CORPUS);
    if dir.join("national-2021.txt").is_file() {
        Some(dir.to_path_buf())
    } else {
        eprintln!("skipping: corpus not found at {CORPUS}");
        None
    }
}

fn args(files: Vec<PathBuf>, years: Vec<i32>, format: Format) -> TrendArgs {
    TrendArgs {
        files,
        years,
        output: OutputArgs {
            format,
            color: ColorChoice::Never,
            width: Some(120),
            lang: Lang::En,
        },
        input: InputArgs {
            max_size: DEFAULT_MAX_SIZE,
            kind: None,
        },
    }
}

/// The five national reports in a shuffled order.
fn shuffled(dir: &Path) -> Vec<PathBuf> {
    [2023, 2025, 2021, 2024, 2022]
        .iter()
        .map(|y| dir.join(format!("national-{y}.txt")))
        .collect()
}

fn render(a: &TrendArgs) -> String {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = run(a, &mut out, &mut err).expect("trend runs");
    assert_eq!(code, 0);
    assert!(err.is_empty(), "{}", String::from_utf8_lossy(&err));
    String::from_utf8(out).expect("utf-8 output")
}

/// Reports of two places make two series, not one: trend says so on stderr.
#[test]
fn reports_of_two_places_are_warned_about() {
    let Some(dir) = corpus() else { return };
    let files = vec![dir.join("beijing-2025.txt"), dir.join("henan-2026.txt")];
    let (mut out, mut err) = (Vec::new(), Vec::new());
    assert_eq!(
        run(&args(files, vec![], Format::Json), &mut out, &mut err).unwrap(),
        0
    );
    let err = String::from_utf8(err).unwrap();
    assert_eq!(
        err.trim_end(),
        "govdiff: warning: the reports are of different places: 北京市, 河南省"
    );
    let json: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(json["files"][0]["place"], "北京市");
    assert_eq!(json["files"][1]["place"], "河南省");
    // The heading names no place of the two; one province's years name it.
    let files = vec![dir.join("beijing-2025.txt"), dir.join("henan-2026.txt")];
    let (mut out, mut err) = (Vec::new(), Vec::new());
    run(&args(files, vec![], Format::Md), &mut out, &mut err).unwrap();
    assert!(String::from_utf8(out)
        .unwrap()
        .starts_with("# 政府工作报告 2025–2026\n"));
    let files = vec![dir.join("henan-2026.txt"), dir.join("henan-2025.txt")];
    let md = render(&args(files, vec![], Format::Md));
    assert!(
        md.starts_with("# 河南省政府工作报告 2025–2026\n"),
        "{}",
        &md[..100]
    );
}

/// The series of the indicator written `name` (in the latest year that has it).
fn series<'a>(json: &'a Value, name: &str) -> &'a Value {
    json["targets"]
        .as_array()
        .expect("targets array")
        .iter()
        .find(|t| t["indicator"] == name)
        .unwrap_or_else(|| panic!("no target series for {name}: {}", json["targets"]))
}

/// (value, unit, qualifier) of each year of a series.
fn figures(s: &Value) -> Vec<(Option<f64>, String, String)> {
    s["values"]
        .as_array()
        .expect("values array")
        .iter()
        .map(|q| {
            (
                q["value"].as_f64(),
                q["unit"].as_str().unwrap_or("").replace('％', "%"),
                q["qualifier"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

fn expect(s: &Value, want: &[(f64, &str, &str)]) {
    let got = figures(s);
    assert_eq!(got.len(), want.len(), "{s}");
    for (year, (g, w)) in got.iter().zip(want).enumerate() {
        let value = g.0.unwrap_or(f64::NAN);
        assert!(
            (value - w.0).abs() < 1e-6 * w.0.abs().max(1.0),
            "year #{year}: {g:?} != {w:?} in {s}"
        );
        assert_eq!(
            (g.1.as_str(), g.2.as_str()),
            (w.1, w.2),
            "year #{year} in {s}"
        );
    }
}

#[test]
fn national_series_in_any_order() {
    let Some(dir) = corpus() else { return };
    let json: Value =
        serde_json::from_str(&render(&args(shuffled(&dir), vec![], Format::Json))).expect("json");
    assert_eq!(
        json["years"],
        serde_json::json!([2021, 2022, 2023, 2024, 2025])
    );
    assert_eq!(json["files"][2]["name"], "national-2023.txt");
    expect(
        series(&json, "国内生产总值"),
        &[
            (6.0, "%", "以上"),
            (5.5, "%", "左右"),
            (5.0, "%", "左右"),
            (5.0, "%", "左右"),
            (5.0, "%", "左右"),
        ],
    );
    expect(
        series(&json, "居民消费价格"),
        &[
            (3.0, "%", "左右"),
            (3.0, "%", "左右"),
            (3.0, "%", "左右"),
            (3.0, "%", "左右"),
            (2.0, "%", "左右"),
        ],
    );
    expect(
        series(&json, "城镇新增就业"),
        &[
            (1.1e7, "人", "以上"),
            (1.1e7, "人", "以上"),
            (1.2e7, "人", "左右"),
            (1.2e7, "人", "以上"),
            (1.2e7, "人", "以上"),
        ],
    );
    // What changed: GDP 6%以上 → 5.5%左右 is down half a point; CPI 3 → 2 in 2025.
    let gdp = &series(&json, "国内生产总值")["changes"];
    assert_eq!(gdp[0]["to"], 2022);
    assert_eq!(gdp[0]["direction"], "down");
    assert!(
        (gdp[0]["delta"].as_f64().unwrap_or(0.0) + 0.5).abs() < 1e-9,
        "{gdp}"
    );
    let cpi = &series(&json, "居民消费价格")["changes"];
    assert_eq!(cpi[3]["direction"], "down", "{cpi}");
    let jobs = &series(&json, "城镇新增就业")["changes"];
    assert_eq!(jobs[1]["direction"], "up", "{jobs}");
    assert_eq!(jobs[2]["direction"], "requalified", "{jobs}");
    // Commitments recur across years, some across three or more.
    let chains = json["commitments"].as_array().expect("commitments array");
    assert!(
        chains
            .iter()
            .any(|c| c["length"].as_u64().unwrap_or(0) >= 3),
        "no chain of 3+ years"
    );
    assert!(chains
        .iter()
        .all(|c| c["length"].as_u64().unwrap_or(0) >= 2));
    assert!(!json["terms"].as_array().expect("terms array").is_empty());
}

/// A minimal RFC 4180 reader: records of fields, quotes doubled inside quoted fields.
fn parse_csv(s: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = s.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') if chars.peek() == Some(&'\n') => {}
            (false, '\n') => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, c) => field.push(c),
        }
    }
    assert!(!quoted, "unterminated quoted field");
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push(record);
    }
    records
}

#[test]
fn national_csv_is_a_table() {
    let Some(dir) = corpus() else { return };
    let csv = render(&args(shuffled(&dir), vec![], Format::Csv));
    let rows = parse_csv(&csv);
    let header = [
        "indicator",
        "key",
        "year",
        "text",
        "value",
        "low",
        "high",
        "unit",
        "qualifier",
    ];
    assert_eq!(rows[0], header);
    assert!(rows.len() > 1 + 5 * 3, "too few rows: {}", rows.len());
    assert_eq!((rows.len() - 1) % 5, 0, "one row per indicator and year");
    for r in &rows {
        assert_eq!(r.len(), header.len(), "{r:?}");
    }
    let gdp: Vec<(&str, &str)> = rows
        .iter()
        .filter(|r| r[0] == "国内生产总值")
        .map(|r| (r[2].as_str(), r[4].as_str()))
        .collect();
    assert_eq!(
        gdp,
        vec![
            ("2021", "6"),
            ("2022", "5.5"),
            ("2023", "5"),
            ("2024", "5"),
            ("2025", "5")
        ]
    );
}

#[test]
fn markdown_and_terminal_show_every_year() {
    let Some(dir) = corpus() else { return };
    let md = render(&args(shuffled(&dir), vec![], Format::Md));
    // The national report is known by its title: no 国务院 in the heading.
    assert!(
        md.starts_with("# 政府工作报告 2021–2025\n"),
        "{}",
        &md[..100]
    );
    // A deeper cut is said as one (降低2.5%左右 → 降低3%左右), not as the indicator rising.
    assert!(
        md.lines().any(|l| l.starts_with("| 单位国内生产总值能耗")
            && l.contains("2025年：降幅扩大0.5个百分点")),
        "{md}"
    );
    assert!(
        md.contains("| 指标 | 2021年 | 2022年 | 2023年 | 2024年 | 2025年 | 变化 |"),
        "{md}"
    );
    assert!(
        md.lines().any(|l| l.starts_with("| 国内生产总值")
            && l.contains("6%以上")
            && l.contains("2022年：降低0.5个百分点，由下限（以上）改为约数（左右）")),
        "{md}"
    );
    let term = render(&args(shuffled(&dir), vec![], Format::Term));
    assert!(term.contains("2021") && term.contains("2025"));
    let mut wide_en = args(shuffled(&dir), vec![], Format::Term);
    wide_en.output.width = Some(400);
    let wide_en = render(&wide_en);
    assert!(wide_en.contains("2025: +0.5 pp (deeper cut)"), "{wide_en}");
    assert!(
        term.chars().any(|c| ('▁'..='█').contains(&c)),
        "sparkline missing:\n{term}"
    );
    // Every line fits an 80-column terminal (wide CJK chars count two columns).
    let mut narrow = args(shuffled(&dir), vec![], Format::Term);
    narrow.output.width = Some(80);
    let term = render(&narrow);
    for line in term.lines() {
        assert!(columns(line) <= 80, "{} columns: {line}", columns(line));
    }
    // In Chinese: the headings and each step as the Markdown says it, and it still fits.
    let mut wide = args(shuffled(&dir), vec![], Format::Term);
    wide.output.width = Some(400);
    wide.output.lang = Lang::Zh;
    let zh = render(&wide);
    assert!(
        zh.starts_with("govdiff trend 2021–2025（5 份报告）")
            && zh.contains("任务脉络：共")
            && zh.contains("2022年：降低0.5个百分点，由下限（以上）改为约数（左右）"),
        "{zh}"
    );
    assert!(
        !zh.contains("Recurring commitments") && !zh.contains("floor →"),
        "{zh}"
    );
    narrow.output.lang = Lang::Zh;
    for line in render(&narrow).lines() {
        assert!(columns(line) <= 80, "{} columns: {line}", columns(line));
    }
}

/// Display width of a line: East Asian wide and full-width chars take two columns.
fn columns(s: &str) -> usize {
    s.chars()
        .map(|c| match c as u32 {
            0x1100..=0x115F
            | 0x2E80..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6 => 2,
            _ => 1,
        })
        .sum()
}

#[test]
fn same_year_twice_is_an_error_naming_both_files() {
    let Some(dir) = corpus() else { return };
    let files = vec![
        dir.join("national-2024.txt"),
        dir.join("national-2024-alt.txt"),
    ];
    let mut out = Vec::new();
    let err = run(
        &args(files.clone(), vec![], Format::Json),
        &mut out,
        &mut Vec::new(),
    )
    .expect_err("duplicate year");
    let msg = err.to_string();
    assert!(
        msg.contains("national-2024.txt") && msg.contains("national-2024-alt.txt"),
        "{msg}"
    );
    // Labelled explicitly, the two copies can be lined up (and nothing changes between them).
    let json: Value = serde_json::from_str(&render(&args(files, vec![2024, 2025], Format::Json)))
        .expect("labelled run");
    assert_eq!(json["years"], serde_json::json!([2024, 2025]));
    let gdp = series(&json, "国内生产总值");
    assert_eq!(gdp["changes"][0]["status"], "unchanged", "{gdp}");
}

#[test]
fn bad_inputs_are_errors_not_panics() {
    let Some(dir) = corpus() else { return };
    let mut out = Vec::new();
    let missing = vec![
        dir.join("national-2021.txt"),
        dir.join("no-such-report.txt"),
    ];
    let err = run(
        &args(missing, vec![], Format::Json),
        &mut out,
        &mut Vec::new(),
    )
    .expect_err("missing file");
    assert!(err.to_string().contains("no-such-report.txt"));
    let mismatched = vec![dir.join("national-2021.txt"), dir.join("national-2022.txt")];
    assert!(run(
        &args(mismatched, vec![2021], Format::Json),
        &mut out,
        &mut Vec::new()
    )
    .is_err());
}
