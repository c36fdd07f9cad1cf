//! Target series (指标序列): each 主要预期目标 indicator across the years, one row per indicator.
//!
//! Rows pair by [`Target::key`] (so 国内生产总值 and 经济增长 are one row), never by position:
//! reports reorder their targets (2025 put 城镇调查失业率 before 城镇新增就业).

use serde::{Deserialize, Serialize};

use crate::model::diff::{Direction, ItemStatus};
use crate::model::{Quantity, Report, Target};
use crate::text::fold;

use crate::diff::quantity::change as quantity_change;

/// One indicator across the years.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct TargetSeries {
    /// The indicator as the latest year that has it writes it.
    pub indicator: String,
    /// The pairing key (`gdp`, `cpi`, `urban_new_jobs`…); a second target with the same key in
    /// one report gets `#2`, `#3`…
    pub key: String,
    /// The indicator as written each year (`null` where absent), one per year.
    pub names: Vec<Option<String>>,
    /// The clause as written each year (`null` where absent), one per year.
    pub texts: Vec<Option<String>>,
    /// The figure each year: `null` where absent or qualitative.
    pub values: Vec<Option<Quantity>>,
    /// What changed from one year to the next, for each pair of consecutive years in which the
    /// indicator appears at least once.
    pub changes: Vec<StepChange>,
}

/// A change from one year to the next (年度变化).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct StepChange {
    pub from: i32,
    pub to: i32,
    /// unchanged, changed (figure or wording), added, removed.
    pub status: ItemStatus,
    /// How the figure moved: up, down, requalified, same, added, removed, incomparable.
    pub direction: Direction,
    /// new − old in the unit (percentage points for %).
    pub delta: Option<f64>,
    /// (new − old) / old, not for percentages.
    pub relative: Option<f64>,
    /// A human summary: `−0.5 pp, floor → approx`, `reworded`, `new: 2%左右`.
    pub summary: String,
    /// On a step that adds or removes the indicator: the indicators of the other year that
    /// `govdiff diff` pairs it with under another name, as a merge or a rename (城镇居民人均可支配
    /// 收入 and 农村居民人均可支配收入 → 居民人均可支配收入). Empty otherwise.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub paired_with: Vec<String>,
}

impl TargetSeries {
    /// Whether any year-to-year step changed something.
    pub fn changed(&self) -> bool {
        self.changes
            .iter()
            .any(|c| c.status != ItemStatus::Unchanged)
    }
}

/// The step from one (optional) clause to the next.
pub fn step(
    from: i32,
    to: i32,
    old: Option<(&str, Option<&Quantity>)>,
    new: Option<(&str, Option<&Quantity>)>,
) -> StepChange {
    let qc = quantity_change(old.and_then(|o| o.1), new.and_then(|n| n.1));
    let status = match (old, new) {
        (None, _) => ItemStatus::Added,
        (_, None) => ItemStatus::Removed,
        (Some(o), Some(n)) => {
            let figure_same = matches!(qc.direction, Direction::Same);
            if figure_same && fold(o.0) == fold(n.0) {
                ItemStatus::Unchanged
            } else {
                ItemStatus::Changed
            }
        }
    };
    let mut summary = qc.summary;
    match (old, new) {
        (None, Some(n)) if n.1.is_none() => summary = format!("new: {}", n.0),
        (Some(o), None) if o.1.is_none() => summary = format!("dropped: {}", o.0),
        (Some(_), Some(_)) if status == ItemStatus::Changed && qc.direction == Direction::Same => {
            summary = "reworded".into()
        }
        _ => {}
    }
    StepChange {
        from,
        to,
        status,
        direction: qc.direction,
        delta: qc.delta,
        relative: qc.relative,
        summary,
        paired_with: Vec::new(),
    }
}

/// A target that `diff` pairs with one of the previous year under another name (a merge, or a
/// rename by wording): the step into year index `year`.
struct Renamed {
    year: usize,
    old_text: String,
    old_name: String,
    new_text: String,
    new_name: String,
}

/// A target as a step side: (clause, figure).
fn side(t: Option<&Target>) -> Option<(&str, Option<&Quantity>)> {
    t.map(|t| (t.text.as_str(), t.quantity.as_ref()))
}

/// Every indicator of every report, in order of first appearance, one value per year.
/// `reports` and `years` run in parallel, years ascending.
pub fn target_series(reports: &[&Report], years: &[i32]) -> Vec<TargetSeries> {
    let n = reports.len().min(years.len());
    // (row key, targets per year)
    let mut rows: Vec<(String, Vec<Option<&Target>>)> = Vec::new();
    for (y, report) in reports.iter().take(n).enumerate() {
        let mut seen: Vec<String> = Vec::new();
        for t in &report.targets {
            let base = if t.key.trim().is_empty() {
                fold(t.indicator.trim())
            } else {
                t.key.clone()
            };
            let occurrence = seen.iter().filter(|k| **k == base).count();
            seen.push(base.clone());
            let key = if occurrence == 0 {
                base
            } else {
                format!("{base}#{}", occurrence + 1)
            };
            let row = match rows.iter().position(|r| r.0 == key) {
                Some(i) => i,
                None => {
                    rows.push((key, vec![None; n]));
                    rows.len() - 1
                }
            };
            rows[row].1[y] = Some(t);
        }
    }
    // Across names, pair as `diff` does (merges, renames by wording), so that the two
    // commands tell one story.
    let mut renamed: Vec<Renamed> = Vec::new();
    for y in 1..n {
        for r in crate::diff::targets::target_rows(&reports[y - 1].targets, &reports[y].targets) {
            if let (Some(old_text), Some(new_text), Some(old_name)) =
                (r.old_text, r.new_text, r.old_indicator)
            {
                if old_name != r.indicator {
                    renamed.push(Renamed {
                        year: y,
                        old_text,
                        old_name,
                        new_text,
                        new_name: r.indicator,
                    });
                }
            }
        }
    }
    rows.into_iter()
        .map(|(key, per_year)| {
            let indicator = per_year
                .iter()
                .rev()
                .flatten()
                .map(|t| t.indicator.clone())
                .next()
                .unwrap_or_default();
            let mut changes = Vec::new();
            for y in 1..n {
                let (a, b) = (per_year[y - 1], per_year[y]);
                if a.is_none() && b.is_none() {
                    continue;
                }
                let mut c = step(years[y - 1], years[y], side(a), side(b));
                // A removed step whose old clause `diff` pairs under another name, or an added
                // step whose new clause it pairs: name the indicators of the other year.
                let at_step = renamed.iter().filter(|r| r.year == y);
                c.paired_with = match (a, b) {
                    (Some(a), None) => at_step
                        .filter(|r| r.old_text == a.text)
                        .map(|r| r.new_name.clone())
                        .collect(),
                    (None, Some(b)) => at_step
                        .filter(|r| r.new_text == b.text)
                        .map(|r| r.old_name.clone())
                        .collect(),
                    _ => Vec::new(),
                };
                c.paired_with.dedup();
                changes.push(c);
            }
            TargetSeries {
                indicator,
                key,
                names: per_year
                    .iter()
                    .map(|t| t.map(|t| t.indicator.clone()))
                    .collect(),
                texts: per_year.iter().map(|t| t.map(|t| t.text.clone())).collect(),
                values: per_year
                    .iter()
                    .map(|t| t.and_then(|t| t.quantity.clone()))
                    .collect(),
                changes,
            }
        })
        .collect()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::Span;

    pub fn pct(text: &str, value: f64, qualifier: &str) -> Quantity {
        Quantity {
            text: text.into(),
            value: Some(value),
            unit: Some("%".into()),
            qualifier: (!qualifier.is_empty()).then(|| qualifier.into()),
            ..Default::default()
        }
    }

    pub fn target(indicator: &str, key: &str, text: &str, q: Option<Quantity>) -> Target {
        Target {
            indicator: indicator.into(),
            key: key.into(),
            text: text.into(),
            quantity: q,
            span: Span::default(),
        }
    }

    fn report(targets: Vec<Target>) -> Report {
        Report {
            targets,
            ..Default::default()
        }
    }

    #[test]
    fn a_merge_that_diff_pairs_is_named_on_both_steps() {
        // The seed: 城镇 and 农村居民人均可支配收入 (2025) became 居民人均可支配收入 (2026).
        let a = report(vec![
            target(
                "城镇居民人均可支配收入",
                "urban_income",
                "城镇居民人均可支配收入增速与经济增长基本同步",
                None,
            ),
            target(
                "农村居民人均可支配收入",
                "rural_income",
                "农村居民人均可支配收入增速高于经济增长水平",
                None,
            ),
        ]);
        let b = report(vec![target(
            "居民人均可支配收入",
            "resident_income",
            "居民人均可支配收入与经济增长同步",
            None,
        )]);
        let rows = target_series(&[&a, &b], &[2025, 2026]);
        let step = |key: &str| {
            rows.iter()
                .find(|r| r.key == key)
                .map(|r| r.changes[0].clone())
                .expect("row")
        };
        assert_eq!(step("urban_income").paired_with, ["居民人均可支配收入"]);
        assert_eq!(
            step("resident_income").paired_with,
            ["城镇居民人均可支配收入", "农村居民人均可支配收入"]
        );
        // Unpaired steps name nothing, and JSON leaves the field out.
        let c = report(vec![target(
            "粮食产量",
            "grain",
            "粮食产量1.3万亿斤以上",
            None,
        )]);
        let rows = target_series(&[&a, &c], &[2025, 2026]);
        assert!(rows.iter().all(|r| r.changes[0].paired_with.is_empty()));
        assert!(!serde_json::to_string(&rows[0].changes[0])
            .unwrap()
            .contains("paired_with"));
    }

    #[test]
    fn pairs_by_key_not_position_or_name() {
        let a = report(vec![
            target(
                "国内生产总值",
                "gdp",
                "国内生产总值增长6%以上",
                Some(pct("6%以上", 6.0, "以上")),
            ),
            target(
                "居民消费价格",
                "cpi",
                "居民消费价格涨幅3%左右",
                Some(pct("3%左右", 3.0, "左右")),
            ),
        ]);
        let b = report(vec![
            target(
                "居民消费价格",
                "cpi",
                "居民消费价格涨幅2%左右",
                Some(pct("2%左右", 2.0, "左右")),
            ),
            target(
                "经济增长",
                "gdp",
                "经济增长5%左右",
                Some(pct("5%左右", 5.0, "左右")),
            ),
            target("居民收入", "income", "居民收入增长和经济增长同步", None),
        ]);
        let rows = target_series(&[&a, &b], &[2021, 2022]);
        assert_eq!(rows.len(), 3);
        let gdp = &rows[0];
        assert_eq!(gdp.key, "gdp");
        assert_eq!(gdp.indicator, "经济增长");
        assert_eq!(
            gdp.names,
            vec![
                Some("国内生产总值".to_string()),
                Some("经济增长".to_string())
            ]
        );
        assert_eq!(
            gdp.values[0].as_ref().map(|q| q.text.as_str()),
            Some("6%以上")
        );
        assert_eq!(gdp.changes.len(), 1);
        assert_eq!(gdp.changes[0].direction, Direction::Down);
        assert_eq!(gdp.changes[0].summary, "−1 pp, floor → approx");
        let income = &rows[2];
        assert_eq!(income.values, vec![None, None]);
        assert_eq!(income.changes[0].status, ItemStatus::Added);
        assert_eq!(income.changes[0].summary, "new: 居民收入增长和经济增长同步");
    }

    #[test]
    fn gaps_rewording_and_duplicate_keys() {
        let a = report(vec![target(
            "居民收入",
            "income",
            "居民收入增长与经济增长基本同步",
            None,
        )]);
        let b = report(vec![]);
        let c = report(vec![
            target("居民收入", "income", "居民收入增长和经济增长同步", None),
            target("居民收入", "income", "农村居民收入增长快于城镇", None),
        ]);
        let d = report(vec![target(
            "居民收入",
            "income",
            "居民收入增长和经济增长同步",
            None,
        )]);
        let rows = target_series(&[&a, &b, &c, &d], &[2021, 2022, 2023, 2024]);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[1].key, "income#2");
        let steps: Vec<_> = rows[0].changes.iter().map(|c| (c.from, c.status)).collect();
        assert_eq!(
            steps,
            vec![
                (2021, ItemStatus::Removed),
                (2022, ItemStatus::Added),
                (2023, ItemStatus::Unchanged)
            ]
        );
        let direct = target_series(&[&a, &c], &[2021, 2023]);
        assert_eq!(direct[0].changes[0].status, ItemStatus::Changed);
        assert_eq!(direct[0].changes[0].summary, "reworded");
    }
}
