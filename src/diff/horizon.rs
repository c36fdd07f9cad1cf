//! Whether a commitment sets this year's target or a longer-term one (目标期限). Reports of a
//! plan's first year (2026: 十五五) set five-year goals beside the year's: 全年研发投入强度达3.3%左右
//! (2025) and 到2030年…研发投入强度达到3.5%以上 (2026) are two targets, not one raised by
//! 0.2 pp. [`crate::diff`] marks the figure changes of such a pair incomparable.

use rustc_hash::FxHashMap;

use crate::model::{Commitment, Report};
use crate::text::{fold, names_a_plan};

/// How far ahead a commitment looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Horizon {
    /// The report's own year.
    Year,
    /// Beyond it: a year after the report's named as a deadline (到2030年, 2035年前), or a
    /// section about a five-year plan period ([`is_plan_period`]); see [`Horizons::of`].
    Longer,
}

/// The horizons of one report's commitments, with each section's answer kept: commitments of
/// one section share their path.
pub struct Horizons<'r> {
    report: &'r Report,
    plan_section: FxHashMap<usize, bool>,
}

impl<'r> Horizons<'r> {
    pub fn new(report: &'r Report) -> Self {
        Horizons {
            report,
            plan_section: FxHashMap::default(),
        }
    }

    /// The horizon of `c`, a commitment of this report.
    pub fn of(&mut self, c: &Commitment) -> Horizon {
        let year = self.report.year;
        let later = |y: i32| year.is_some_and(|r| y > r);
        let plan = *self
            .plan_section
            .entry(c.section)
            .or_insert_with(|| c.path.iter().any(|title| is_plan_period(title)));
        // Only a text with 年 can name a deadline.
        if plan || (c.text.contains('年') && deadline_years(&fold(&c.text)).into_iter().any(later))
        {
            Horizon::Longer
        } else {
            Horizon::Year
        }
    }
}

/// Years named as a deadline in folded `text`: 到2030年, 至2035年, 2030年前, 2027年底, and a
/// year a modal sets (力争2027年建成…, 确保2030年实现…).
fn deadline_years(text: &str) -> Vec<i32> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    for k in 0..chars.len() {
        let digits = chars.get(k..k + 4);
        let Some(year) = digits
            .filter(|d| d.iter().all(char::is_ascii_digit))
            .and_then(|d| d.iter().collect::<String>().parse::<i32>().ok())
        else {
            continue;
        };
        if chars.get(k + 4) != Some(&'年') || (k > 0 && chars[k - 1].is_ascii_digit()) {
            continue;
        }
        let before = k.checked_sub(1).map(|b| chars[b]);
        let after = chars.get(k + 5);
        let modal = k >= 2 && matches!(chars[k - 2..k], ['力', '争'] | ['争', '取'] | ['确', '保']);
        if matches!(before, Some('到' | '至')) || matches!(after, Some('前' | '底' | '末')) || modal
        {
            out.push(year);
        }
    }
    out
}

/// Whether a section title is about a five-year plan period as a whole: it names a plan
/// (十五五, 第十五个五年规划) and its period or goals (时期, 主要考虑, 目标任务, 规划纲要), and no
/// single year (“十五五”时期主要目标任务, “十五五”发展的主要考虑; not “十五五”时期目标任务和2026年
/// 工作安排, whose areas hold the year's work, nor 全力推动“十五五”开好局、起好步).
pub fn is_plan_period(title: &str) -> bool {
    // Every plan name has 五 (十五五, 五年规划): most titles stop here.
    if !title.contains('五') {
        return false;
    }
    let t = fold(title);
    let chars: Vec<char> = t.chars().collect();
    let plan = names_a_plan(&t);
    let period = ["时期", "主要考虑", "目标任务", "规划纲要", "五年规划"]
        .iter()
        .any(|w| t.contains(w));
    let a_year = chars
        .windows(5)
        .any(|w| w[..4].iter().all(char::is_ascii_digit) && w[4] == '年');
    plan && period && !a_year
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deadlines_after_the_report_year() {
        assert_eq!(
            deadline_years("到2030年，全社会研发投入强度达到3.5%以上"),
            [2030]
        );
        assert_eq!(deadline_years("力争2030年前实现碳达峰"), [2030]);
        assert_eq!(
            deadline_years("2025年是十四五规划收官之年"),
            Vec::<i32>::new()
        );
        assert_eq!(deadline_years("12030年"), Vec::<i32>::new());
        // A deadline by the year's end, or set by a modal (sichuan 2025's 力争2027年建成6个
        // 万亿级产业): not a task of the report's year.
        assert_eq!(deadline_years("2027年底建成"), [2027]);
        assert_eq!(deadline_years("力争2027年建成6个万亿级产业"), [2027]);
        assert_eq!(deadline_years("争取2030年实现"), [2030]);
        assert_eq!(deadline_years("确保2030年实现"), [2030]);
        // A year an event falls in is none.
        assert_eq!(deadline_years("2027年举办全运会"), Vec::<i32>::new());
    }

    #[test]
    fn plan_period_titles() {
        for t in [
            "“十五五”时期主要目标任务",
            "“十五五”时期的主要目标和重点任务",
            "“十五五”发展的主要考虑",
            "“十四五”时期发展成就和“十五五”时期主要目标任务",
            "关于《上海市国民经济和社会发展第十五个五年规划纲要（草案）》的说明",
            "“十五五”时期努力实现的7方面目标任务",
        ] {
            assert!(is_plan_period(t), "{t}");
        }
        for t in [
            "“十五五”时期目标任务和2026年工作安排",
            "一鼓作气勇争先，全力推动“十五五”开好局、起好步",
            "“十四五”时期和2025年工作回顾",
            "2025年重点工作",
        ] {
            assert!(!is_plan_period(t), "{t}");
        }
    }
}
