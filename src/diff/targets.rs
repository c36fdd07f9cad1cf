//! The 主要预期目标 table across two years (预期目标对照), paired by [`Target::key`].
//!
//! Renames keep their key (国内生产总值 → 经济增长 are both `gdp`) and show the old wording in
//! `old_indicator`. Merges: when the new year reports one indicator for what the old year
//! reported separately for town and country (`urban_income` + `rural_income` →
//! `resident_income`), we emit **one row per old indicator**, each against the same new
//! figure, with `old_indicator` naming that old indicator. This keeps both old figures
//! visible (a single row could carry only one old quantity); the rows have status `changed`.
//! The reverse (one old indicator split into urban and rural) is handled the same way.
//! Indicators with no known key (a bundle such as 能源、水资源等指标) that are left over pair
//! by the wording of their clause (`pair_by_wording`).

use crate::extract::targets::is_known_key;
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

/// Whether two targets say the same thing after folding (indicator and clause), the
/// conjunction aside: 居民收入增长与经济增长同步 and 居民收入增长和经济增长同步 (Beijing,
/// Hubei, national 2024) are one target, as a reader sees it; 基本同步 and 同步 are not.
fn same_text(a: &str, b: &str) -> bool {
    let plain = |s: &str| crate::align::sim::normalize(s).replace(['与', '及'], "和");
    plain(a) == plain(b)
}

/// Whether two targets say the same thing around their figures: the figure's own writing
/// does not count when the figures are equal (5.5%左右 and 百分之五点五左右, 10万人 and 十万人).
fn same_words(old: &Target, new: &Target) -> bool {
    let without_figure = |t: &Target| quantity::without_figures(&t.text, t.quantity.as_slice());
    same_text(&without_figure(old), &without_figure(new))
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
            if figure_same && same_words(o, n) && old_indicator.is_none() {
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
    // For each new target, the old targets it stands against: one by key, several on a
    // merge (whole now, parts before, or the reverse), none when it is new.
    let mut partners: Vec<Vec<usize>> = vec![Vec::new(); new.len()];
    let mut merged = vec![false; new.len()];
    for (j, n) in new.iter().enumerate() {
        if let Some(i) = (0..old.len()).find(|&i| !old_used[i] && old[i].key == n.key) {
            old_used[i] = true;
            partners[j].push(i);
            continue;
        }
        if let Some(f) = family(&n.key) {
            for i in 0..old.len() {
                if !old_used[i]
                    && family(&old[i].key) == Some(f)
                    && is_whole(&old[i].key) != is_whole(&n.key)
                {
                    old_used[i] = true;
                    partners[j].push(i);
                    merged[j] = true;
                }
            }
        }
    }
    for (j, i) in pair_by_wording(old, new, &old_used, &partners) {
        old_used[i] = true;
        partners[j].push(i);
    }
    let mut rows = Vec::new();
    for (j, n) in new.iter().enumerate() {
        match partners[j].as_slice() {
            [] => rows.push(row(None, Some(n))),
            [i] if !merged[j] => rows.push(row(Some(&old[*i]), Some(n))),
            parts => {
                for &i in parts {
                    let mut r = row(Some(&old[i]), Some(n));
                    r.status = ItemStatus::Changed;
                    r.old_indicator = Some(old[i].indicator.clone());
                    rows.push(r);
                }
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

/// Similarity (commitments' measure, figures masked) two targets with no known key need to
/// be one indicator reworded: 生态环境质量、能源、水资源等指标达到国家要求 → 能源、水资源、
/// 碳排放等指标达到国家要求 (Beijing) scores 0.72, 完成国家下达的节能减排和环境保护等任务 →
/// 按照国家要求完成节能减排降碳任务 (Sichuan) 0.47; Guangdong's 空气质量优良天数比率…完成国家
/// 下达任务 against Sichuan's 2026 wording, a different indicator, 0.18.
const WORDING_THRESHOLD: f64 = 0.35;

/// Pairs (new, old) of targets left unpaired whose indicators have no known key, by the
/// wording of their whole clause, best first, one to one. Known indicators pair only by key:
/// 社会消费品零售总额 is never "reworded" into 进出口总额.
fn pair_by_wording(
    old: &[Target],
    new: &[Target],
    old_used: &[bool],
    partners: &[Vec<usize>],
) -> Vec<(usize, usize)> {
    use crate::align::sim::{mask_numbers, normalize, similarity};
    let text = |t: &Target| mask_numbers(&normalize(&t.text));
    let olds: Vec<(usize, String)> = (0..old.len())
        .filter(|&i| !old_used[i] && !is_known_key(&old[i].key))
        .map(|i| (i, text(&old[i])))
        .collect();
    let mut cands: Vec<(f64, usize, usize)> = Vec::new();
    for (j, n) in new.iter().enumerate() {
        if !partners[j].is_empty() || is_known_key(&n.key) {
            continue;
        }
        let nt = text(n);
        for (i, ot) in &olds {
            let s = similarity(ot, &nt);
            if s >= WORDING_THRESHOLD {
                cands.push((s, j, *i));
            }
        }
    }
    cands.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut new_done, mut old_done) = (vec![false; new.len()], vec![false; old.len()]);
    let mut out = Vec::new();
    for (_, j, i) in cands {
        if !new_done[j] && !old_done[i] {
            new_done[j] = true;
            old_done[i] = true;
            out.push((j, i));
        }
    }
    out
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

    /// 与 for 和 is the same target; dropping 基本 is not.
    #[test]
    fn a_conjunction_swapped_is_no_change() {
        let old = vec![
            t("居民收入", "income", "居民收入增长与经济增长同步", None),
            t(
                "城镇居民收入",
                "urban_income",
                "城镇居民收入增长与经济增长基本同步",
                None,
            ),
        ];
        let new = vec![
            t("居民收入", "income", "居民收入增长和经济增长同步", None),
            t(
                "城镇居民收入",
                "urban_income",
                "城镇居民收入增长和经济增长同步",
                None,
            ),
        ];
        let rows = target_rows(&old, &new);
        assert_eq!(rows[0].status, ItemStatus::Unchanged);
        assert_eq!(rows[1].status, ItemStatus::Changed);
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

    /// A figure written out in words is the same figure: the row is unchanged when the words
    /// around it are (a transcript against the printed report).
    #[test]
    fn a_figure_written_in_words_is_no_change() {
        let target = |text: &str, figure: &str| Target {
            indicator: "地区生产总值".into(),
            key: "gdp".into(),
            text: text.into(),
            quantity: Some(Quantity {
                text: figure.into(),
                value: Some(5.5),
                unit: Some("%".into()),
                qualifier: Some("左右".into()),
                ..Default::default()
            }),
            span: Default::default(),
        };
        let old = [target("地区生产总值增长5.5%左右", "5.5%左右")];
        let spelled = [target(
            "地区生产总值增长百分之五点五左右",
            "百分之五点五左右",
        )];
        assert_eq!(target_rows(&old, &spelled)[0].status, ItemStatus::Unchanged);
        let reworded = [target(
            "地区生产总值力争增长百分之五点五左右",
            "百分之五点五左右",
        )];
        assert_eq!(target_rows(&old, &reworded)[0].status, ItemStatus::Changed);
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

    #[test]
    fn unknown_indicators_pair_by_wording() {
        // beijing and sichuan 2025 → 2026, as written.
        let old = vec![
            t("粮食产量", "grain_output", "粮食产量稳定", None),
            t(
                "生态环境质量、能源、水资源等指标",
                "生态环境质量、能源、水资源等指标",
                "生态环境质量、能源、水资源等指标达到国家要求",
                None,
            ),
            t(
                "完成国家下达的节能减排和环境保护等任务",
                "完成国家下达的节能减排和环境保护等任务",
                "完成国家下达的节能减排和环境保护等任务",
                None,
            ),
        ];
        let new = vec![
            t(
                "按照国家要求完成节能减排降碳任务",
                "按照国家要求完成节能减排降碳任务",
                "按照国家要求完成节能减排降碳任务",
                None,
            ),
            t(
                "能源、水资源、碳排放等指标",
                "能源、水资源、碳排放等指标",
                "能源、水资源、碳排放等指标达到国家要求",
                None,
            ),
            t("外贸", "trade", "外贸稳量提质", None),
        ];
        let rows = target_rows(&old, &new);
        let pair = |r: &TargetRow| (r.old_text.clone(), r.new_text.clone());
        assert_eq!(rows.len(), 4, "{rows:?}");
        assert_eq!(
            pair(&rows[0]),
            (Some(old[2].text.clone()), Some(new[0].text.clone()))
        );
        assert_eq!(
            pair(&rows[1]),
            (Some(old[1].text.clone()), Some(new[1].text.clone()))
        );
        assert_eq!(rows[1].status, ItemStatus::Changed);
        // A known indicator never pairs by wording, and unrelated wording stays apart.
        assert_eq!(rows[2].status, ItemStatus::Added);
        assert_eq!(rows[3].status, ItemStatus::Removed);
        let rows = target_rows(
            &[t(
                "甲",
                "甲",
                "新增可再生能源和原料用能不纳入能源消费总量控制",
                None,
            )],
            &[t("乙", "乙", "空气质量优良天数比率达到国家要求", None)],
        );
        assert_eq!(rows.len(), 2, "{rows:?}");
    }
}
