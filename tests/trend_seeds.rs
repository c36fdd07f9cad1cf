//! `govdiff trend` on the Taiyuan seed reports (fixtures/seeds, always present): two years
//! given newest first. Expected figures read off each file's 主要预期目标 sentence.

use std::path::PathBuf;

use govdiff::cli::{ColorChoice, Format, InputArgs, Lang, OutputArgs};
use govdiff::pipeline::DEFAULT_MAX_SIZE;
use govdiff::trend::{run, TrendArgs};
use serde_json::Value;

fn seed(year: i32) -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/seeds"))
        .join(format!("taiyuan-{year}-government-work-report.txt"))
}

fn json() -> Value {
    let args = TrendArgs {
        files: vec![seed(2026), seed(2025)],
        years: vec![],
        output: OutputArgs {
            format: Format::Json,
            color: ColorChoice::Never,
            width: None,
            lang: Lang::En,
        },
        input: InputArgs {
            max_size: DEFAULT_MAX_SIZE,
            kind: None,
        },
    };
    let mut out = Vec::new();
    let mut err = Vec::new();
    assert_eq!(run(&args, &mut out, &mut err).expect("trend runs"), 0);
    assert!(err.is_empty(), "{}", String::from_utf8_lossy(&err));
    serde_json::from_slice(&out).expect("json")
}

fn row<'a>(json: &'a Value, name: &str) -> &'a Value {
    json["targets"]
        .as_array()
        .expect("targets")
        .iter()
        .find(|t| {
            t["names"].as_array().is_some_and(|ns| {
                ns.iter()
                    .any(|n| n.as_str().is_some_and(|n| n.contains(name)))
            })
        })
        .unwrap_or_else(|| panic!("no row for {name}: {}", json["targets"]))
}

#[test]
fn taiyuan_targets_across_two_years() {
    let j = json();
    assert_eq!(j["years"], serde_json::json!([2025, 2026]));
    // 地区生产总值 5%左右 → 5%: same number, no longer hedged.
    let gdp = row(&j, "地区生产总值");
    assert_eq!(gdp["values"][0]["value"], 5.0);
    assert_eq!(gdp["values"][1]["value"], 5.0);
    assert_eq!(gdp["changes"][0]["direction"], "requalified", "{gdp}");
    // 社会消费品零售总额 5%以上 → 6%: up one point.
    let retail = row(&j, "社会消费品零售总额");
    assert_eq!(retail["changes"][0]["direction"], "up", "{retail}");
    assert_eq!(retail["changes"][0]["delta"], 1.0, "{retail}");
    // 一般公共预算收入 appears only in 2026.
    let revenue = row(&j, "一般公共预算收入");
    assert!(revenue["values"][0].is_null());
    assert_eq!(revenue["changes"][0]["status"], "added", "{revenue}");
    // 城镇新增就业 8万人 both years.
    let jobs = row(&j, "城镇新增就业");
    assert_eq!(jobs["values"][0]["value"], 80000.0, "{jobs}");
    assert_eq!(jobs["values"][1]["value"], 80000.0, "{jobs}");
    // 城镇 and 农村居民人均可支配收入 became 居民人均可支配收入, as `diff` pairs them.
    let urban = row(&j, "城镇居民人均可支配收入");
    assert_eq!(
        urban["changes"][0]["paired_with"],
        serde_json::json!(["居民人均可支配收入"]),
        "{urban}"
    );
    let resident = j["targets"]
        .as_array()
        .expect("targets")
        .iter()
        .find(|t| t["key"] == "resident_income")
        .expect("居民人均可支配收入 row");
    assert_eq!(
        resident["changes"][0]["paired_with"],
        serde_json::json!(["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
        "{resident}"
    );
}
