//! The 主要预期目标 table across two years (预期目标对照), paired by [`Target::key`].
//!
//! Renames keep their key (国内生产总值 → 经济增长 are both `gdp`) and show the old wording in
//! `old_indicator`. Merges: when the new year reports one indicator for what the old year
//! reported separately for town and country (`urban_income` + `rural_income` →
//! `resident_income`), we emit **one row per old indicator**, each against the same new
//! figure, with `old_indicator` naming that old indicator. This keeps both old figures
//! visible (a single row could carry only one old quantity); the rows have status `changed`.
//! The reverse (one old indicator split into urban and rural) is handled the same way.

use crate::model::diff::{ItemStatus, TargetRow};
use crate::model::Target;
use crate::text::fold;

use super::quantity;

/// Key prefixes that name a part (town, country) of a whole (all residents).
const PART_PREFIXES: [&str; 2] = ["urban_", "rural_"];
const WHOLE_PREFIX: &str = "resident_";

/// The family a key belongs to for merge detection: `urban_income` → `income`.
fn family(key: &str) -> Option<&str> {
    PART_PREFIXES
        .iter()
        .chain(std::iter::once(&WHOLE_PREFIX))
        .find_map(|p| key.strip_prefix(p))
}

fn is_whole(key: &str) -> bool {
    key.starts_with(WHOLE_PREFIX)
}

/// Whether two targets say the same thing after folding (indicator and clause).
fn same_text(a: &str, b: &str) -> bool {
    crate::align::sim::normalize(a) == crate::align::sim::normalize(b)
}

fn row(old: Option<&Target>, new: Option<&Target>) -> TargetRow {
    let indicator = new.or(old).map(|t| t.indicator.clone()).unwrap_or_default();
    let old_indicator = match (old, new) {
        (Some(o), Some(n)) if fold(&o.indicator) != fold(&n.indicator) => Some(o.indicator.clone()),
        _ => None,
    };
    let change = match (
        old.and_then(|t| t.quantity.as_ref()),
        new.and_then(|t| t.quantity.as_ref()),
    ) {
        (None, None) => None,
        (o, n) => Some(quantity::change(o, n)),
    };
    let status = match (old, new) {
        (Some(o), Some(n)) => {
            let figure_same = change
                .as_ref()
                .is_none_or(|c| c.direction == crate::model::diff::Direction::Same);
            if figure_same && same_text(&o.text, &n.text) && old_indicator.is_none() {
                ItemStatus::Unchanged
            } else {
                ItemStatus::Changed
            }
        }
        (None, _) => ItemStatus::Added,
        (Some(_), None) => ItemStatus::Removed,
    };
    let change = change.filter(|c| c.direction != crate::model::diff::Direction::Same);
    TargetRow {
        indicator,
        old_indicator,
        old_text: old.map(|t| t.text.clone()),
        new_text: new.map(|t| t.text.clone()),
        old: old.and_then(|t| t.quantity.clone()),
        new: new.and_then(|t| t.quantity.clone()),
        status,
        change,
    }
}

/// Rows in the new year's order, removed indicators last.
pub fn target_rows(old: &[Target], new: &[Target]) -> Vec<TargetRow> {
    let mut old_used = vec![false; old.len()];
    let mut rows = Vec::new();
    for n in new {
        if let Some(i) = (0..old.len()).find(|&i| !old_used[i] && old[i].key == n.key) {
            old_used[i] = true;
            rows.push(row(Some(&old[i]), Some(n)));
            continue;
        }
        // Merge: the whole now, the parts before (or the reverse).
        let parts: Vec<usize> = match family(&n.key) {
            Some(f) => (0..old.len())
                .filter(|&i| {
                    !old_used[i]
                        && family(&old[i].key) == Some(f)
                        && is_whole(&old[i].key) != is_whole(&n.key)
                })
                .collect(),
            None => Vec::new(),
        };
        if parts.is_empty() {
            rows.push(row(None, Some(n)));
        } else {
            for i in parts {
                old_used[i] = true;
                let mut r = row(Some(&old[i]), Some(n));
                r.status = ItemStatus::Changed;
                r.old_indicator = Some(old[i].indicator.clone());
                rows.push(r);
            }
        }
    }
    rows.extend(
        old.iter()
            .zip(&old_used)
            .filter(|(_, u)| !**u)
            .map(|(o, _)| row(Some(o), None)),
    );
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::diff::Direction;
    use crate::model::Quantity;

    fn t(indicator: &str, key: &str, text: &str, v: Option<(f64, &str, Option<&str>)>) -> Target {
        let quantity = v.map(|(value, unit, qualifier)| Quantity {
            text: text.into(),
            value: Some(value),
            unit: Some(unit.into()),
            qualifier: qualifier.map(str::to_string),
            ..Default::default()
        });
        Target {
            indicator: indicator.into(),
            key: key.into(),
            text: text.into(),
            quantity,
            span: Default::default(),
        }
    }

    #[test]
    fn pairs_by_key_with_rename_and_change() {
        let old = vec![
            t(
                "地区生产总值",
                "gdp",
                "地区生产总值增长5%以上",
                Some((5.0, "%", Some("以上"))),
            ),
            t(
                "居民消费价格",
                "cpi",
                "居民消费价格涨幅2%左右",
                Some((2.0, "%", Some("左右"))),
            ),
        ];
        let new = vec![
            t("经济增长", "gdp", "经济增长6%", Some((6.0, "%", None))),
            t(
                "居民消费价格",
                "cpi",
                "居民消费价格涨幅２％左右",
                Some((2.0, "％", Some("左右"))),
            ),
        ];
        let rows = target_rows(&old, &new);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].old_indicator.as_deref(), Some("地区生产总值"));
        assert_eq!(rows[0].status, ItemStatus::Changed);
        assert_eq!(
            rows[0].change.as_ref().map(|c| c.direction),
            Some(Direction::Up)
        );
        assert_eq!(rows[1].status, ItemStatus::Unchanged);
        assert!(rows[1].change.is_none());
    }

    #[test]
    fn merged_incomes_give_one_row_per_old_indicator() {
        let old = vec![
            t(
                "城镇居民人均可支配收入",
                "urban_income",
                "城镇居民人均可支配收入增长5%",
                Some((5.0, "%", None)),
            ),
            t(
                "农村居民人均可支配收入",
                "rural_income",
                "农村居民人均可支配收入增长6%",
                Some((6.0, "%", None)),
            ),
        ];
        let new = vec![t(
            "居民人均可支配收入",
            "resident_income",
            "居民人均可支配收入增长5%",
            Some((5.0, "%", None)),
        )];
        let rows = target_rows(&old, &new);
        assert_eq!(rows.len(), 2);
        assert!(rows
            .iter()
            .all(|r| r.indicator == "居民人均可支配收入" && r.status == ItemStatus::Changed));
        assert_eq!(
            rows[1].old_indicator.as_deref(),
            Some("农村居民人均可支配收入")
        );
        assert_eq!(
            rows[1].change.as_ref().map(|c| c.direction),
            Some(Direction::Down)
        );
    }

    #[test]
    fn added_and_removed() {
        let old = vec![t("粮食产量", "grain", "粮食产量稳定", None)];
        let new = vec![t(
            "单位GDP能耗",
            "energy_intensity",
            "单位GDP能耗下降",
            None,
        )];
        let rows = target_rows(&old, &new);
        assert_eq!(
            rows.iter().map(|r| r.status).collect::<Vec<_>>(),
            vec![ItemStatus::Added, ItemStatus::Removed]
        );
    }
}
