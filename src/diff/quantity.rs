//! Numeric changes (数量变化) with qualifier semantics: 5%以上 → 6% is "+1 pp, floor → point",
//! 3.6万亩以上 → 2.96万亩 is "−17.8%, floor → point", 5%左右 → 4.5%—5% is "point → range".

use crate::extract::counted::{context_score, Figures, Role, Running};
use crate::extract::quantity::RATIO_UNIT;
use crate::model::diff::{Direction, Mismatch, QuantityChange};
use crate::model::{Bound, Quantity};

const EPS: f64 = 1e-9;

/// Whether figures in this unit are percentages (deltas are then percentage points).
fn is_percent(q: &Quantity) -> bool {
    let u = q.unit_key();
    u == "%" || u.contains("百分点")
}

fn bound_name(b: Bound) -> &'static str {
    match b {
        Bound::Point => "point",
        Bound::Approx => "approx",
        Bound::Floor => "floor",
        Bound::Ceiling => "ceiling",
        Bound::Range => "range",
    }
}

/// A figure's bound for a summary: [`bound_name`], or `aim` for a point the clause aspires
/// to (力争…3000亿元), which is no firm figure, and `aimed floor` for a bound it aspires to
/// (力争…6%以上).
fn figure_bound(q: &Quantity) -> String {
    match (q.bound(), q.aspired()) {
        (Bound::Point, Some(_)) => "aim".to_string(),
        (b, Some(_)) => format!("aimed {}", bound_name(b)),
        (b, None) => bound_name(b).to_string(),
    }
}

/// A number for a summary: at most two decimals, no trailing zeros.
pub fn fmt_num(x: f64) -> String {
    let s = format!("{:.2}", x.abs());
    let s = s.trim_end_matches('0').trim_end_matches('.').to_string();
    if x < 0.0 && s != "0" {
        format!("−{s}")
    } else {
        s
    }
}

/// A signed number with a true minus sign: `+1`, `−0.5`.
fn signed(x: f64) -> String {
    if x >= 0.0 {
        format!("+{}", fmt_num(x))
    } else {
        fmt_num(x)
    }
}

fn describe(q: &Quantity) -> String {
    match (q.bound(), q.low, q.high, q.value) {
        (Bound::Range, Some(l), Some(h), _) => format!("{}–{}", fmt_num(l), fmt_num(h)),
        (_, _, _, Some(v)) => fmt_num(v),
        _ => q.text.clone(),
    }
}

/// A clause with each of its figures' text (in order) replaced by the number mark `#`, to
/// compare two clauses whose figures are written differently (1.5万人, 一万五千人).
pub fn without_figures(text: &str, figures: &[Quantity]) -> String {
    let mut out = text.to_string();
    for q in figures {
        out = out.replacen(&q.text, "#", 1);
    }
    out
}

/// Whether two clauses' figures are the same one by one: equal values, bounds, units and
/// qualifiers, however written.
pub fn same_figures(old: &[Quantity], new: &[Quantity]) -> bool {
    old.len() == new.len()
        && old
            .iter()
            .zip(new)
            .all(|(o, n)| change(Some(o), Some(n)).direction == Direction::Same)
}

/// The change from one quantity to another; either side may be missing.
pub fn change(old: Option<&Quantity>, new: Option<&Quantity>) -> QuantityChange {
    let mk = |direction, delta, relative, summary: String| QuantityChange {
        old: old.cloned(),
        new: new.cloned(),
        direction,
        delta,
        relative,
        summary,
        mismatch: None,
    };
    let (o, n) = match (old, new) {
        (None, None) => return mk(Direction::Same, None, None, String::new()),
        (None, Some(n)) => {
            return mk(
                Direction::Added,
                None,
                None,
                format!("new figure {}", n.written()),
            )
        }
        (Some(o), None) => {
            return mk(
                Direction::Removed,
                None,
                None,
                format!("figure {} dropped", o.written()),
            )
        }
        (Some(o), Some(n)) => (o, n),
    };
    if o.unit_key() != n.unit_key() {
        return QuantityChange {
            mismatch: Some(Mismatch::Unit),
            ..mk(
                Direction::Incomparable,
                None,
                None,
                format!("{} → {} (units differ)", o.written(), n.written()),
            )
        };
    }
    let (Some(op), Some(np)) = (o.point(), n.point()) else {
        return mk(
            Direction::Incomparable,
            None,
            None,
            format!("{} → {}", o.written(), n.written()),
        );
    };
    let (ob, nb) = (o.bound(), n.bound());
    // Firmness as a reader weighs it: a point the clause only aspires to (力争) is an aim.
    let (o_firm, n_firm) = (figure_bound(o), figure_bound(n));
    let percent = is_percent(o);
    let same_range =
        (o.low, o.high) == (n.low, n.high) || (ob != Bound::Range && nb != Bound::Range);
    // Rounded as figures are read (12 significant digits): 2.1 − 2.2 is −0.1, not the
    // −0.10000000000000009 of binary arithmetic.
    let delta = crate::extract::quantity::round(np - op);
    if delta.abs() < EPS && o_firm == n_firm && same_range {
        return mk(
            Direction::Same,
            Some(0.0),
            if percent { None } else { Some(0.0) },
            "same".into(),
        );
    }
    let relative = if percent || op.abs() < EPS {
        None
    } else {
        Some(delta / op)
    };
    let mut parts: Vec<String> = Vec::new();
    let ranged = ob == Bound::Range || nb == Bound::Range;
    // A range moves by its midpoint: 5%左右 → 4.5%—5% is a lowered target (−0.25 pp), as
    // readers of a GDP target take it, though the old figure is still inside the range.
    let direction = if delta.abs() < EPS {
        Direction::Requalified
    } else if delta > 0.0 {
        Direction::Up
    } else {
        Direction::Down
    };
    if ranged {
        let side = |q: &Quantity| {
            if q.bound() == Bound::Range {
                format!("range {}", describe(q))
            } else {
                describe(q)
            }
        };
        parts.push(format!("{} vs {}", side(n), side(o)));
        if direction != Direction::Requalified {
            parts.insert(
                0,
                if percent {
                    format!("{} pp (midpoint)", signed(delta))
                } else {
                    format!("{} (midpoint)", signed(delta))
                },
            );
        }
    } else if delta.abs() >= EPS {
        parts.push(match relative {
            _ if percent => format!("{} pp", signed(delta)),
            Some(r) => format!("{}%", signed((r * 1000.0).round() / 10.0)),
            None => signed(delta),
        });
    }
    if o_firm != n_firm {
        parts.push(format!("{o_firm} → {n_firm}"));
    }
    mk(direction, Some(delta), relative, parts.join(", "))
}

/// How many times apart two years' figures of one task may be and still read as the same
/// target moved: beyond it they are another measure far more often (over the corpus every
/// pair five times apart or more was: 公共充电桩超1.17万个 → 充电设施超50万个, 快检超800万
/// 批次 → 定量抽检超2.3万批次, 新增解决超1000个自然村生活污水治理问题 → 改造提升超5000个
/// 已建成自然村的…设施; between 2.5 and 5 times they were targets moved: 打通20条断头路 →
/// 50条, 城中村改造6万户 → 1.4万户).
const SCALE_APART: f64 = 5.0;

/// A raised or lowered figure [`SCALE_APART`] times or more from the old one, as
/// incomparable ([`Mismatch::Scale`]): shown under 口径不同 with both figures, not as a
/// −99.7 % cut. Amounts and counts only: rates in %, points, ratios, multiples and doublings
/// move by their own measure (a growth rate of 1% → 6% is the same target).
fn far_apart(c: QuantityChange) -> QuantityChange {
    let (Some(o), Some(n)) = (&c.old, &c.new) else {
        return c;
    };
    if !matches!(c.direction, Direction::Up | Direction::Down)
        || is_percent(o)
        || matches!(
            o.unit.as_deref(),
            Some("个百分点" | "‰" | RATIO_UNIT | "番" | "倍")
        )
    {
        return c;
    }
    let (Some(op), Some(np)) = (o.point(), n.point()) else {
        return c;
    };
    if op <= 0.0 || np <= 0.0 {
        return c;
    }
    let times = (np / op).max(op / np);
    if times < SCALE_APART {
        return c;
    }
    let times = if times >= 10.0 {
        format!("{times:.0}")
    } else {
        format!("{times:.1}")
    };
    let summary = format!(
        "{} → {} ({times} times apart: another measure?)",
        o.written(),
        n.written()
    );
    QuantityChange {
        direction: Direction::Incomparable,
        mismatch: Some(Mismatch::Scale),
        delta: None,
        relative: None,
        summary,
        ..c
    }
}

/// Below this context similarity two figures of the same unit count different things and
/// are not paired (补贴性技能培训2万人 is not 高技能人才5000人), unless they are the only
/// figures of that unit on each side.
const MIN_CONTEXT: f64 = 0.3;

/// Up to this many figures on each side, the only figures of a unit pair even with nothing
/// in common around them (新增…2万人 → …3万人 reworded around the figure)…
const FEW_FIGURES: usize = 3;
/// …and with more, only when their contexts share at least this much: in Zhejiang's 民生实事
/// items of five to ten figures, 加固海塘50公里 → 标准海塘145公里 (one shared bigram, kept)
/// but not 为全省60岁以上老年人 → 为全省0—6岁儿童 (only 为全省, dropped).
const LONE_MIN_CONTEXT: f64 = 0.15;

/// Pair the quantities of two versions of a clause by unit and by what they count (the words
/// just before each figure), then by order, and return every change. Pairs that did not
/// change are left out; a lone figure left over on each side pairs as incomparable when
/// both count the same thing; the rest are added/removed. `old_text`/`new_text` are the
/// clauses the quantities come from.
///
/// The baseline of a from-to construction (77% in 从77%提高到80%以上) restates a figure;
/// it never pairs with a commitment and is never reported as added or removed. Its target
/// pairs like any figure, so 77%以上 → 从77%提高到80%以上 is +3 pp, not floor → point.
pub fn pair_changes(
    old_text: &str,
    old: &[Quantity],
    new_text: &str,
    new: &[Quantity],
) -> Vec<QuantityChange> {
    let (of, nf) = (Figures::read(old_text, old), Figures::read(new_text, new));
    let (or, nr) = (&of.roles, &nf.roles);
    let (oc, nc) = (&of.contexts, &nf.contexts);
    let count_unit = |qs: &[Quantity], roles: &[Role], u: &str| {
        qs.iter()
            .zip(roles)
            .filter(|(q, r)| !r.restates_last_year() && q.unit_key() == u)
            .count()
    };
    let mut cands: Vec<(f64, usize, usize)> = Vec::new();
    for (i, o) in old.iter().enumerate() {
        for (j, n) in new.iter().enumerate() {
            let unit = o.unit_key();
            if unit != n.unit_key() || or[i].restates_last_year() || nr[j].restates_last_year() {
                continue;
            }
            let score = context_score(&oc[i], &nc[j]);
            let unknown = oc[i].is_empty() && nc[j].is_empty();
            // The only figure of a unit on each side pairs whatever it counts in a short
            // text; in a long one (a 民生实事 item of many projects) only when what it counts
            // is somewhat alike: the lone 岁 of 60岁以上老年人 is no earlier form of the lone 岁
            // of 0—6岁儿童.
            let only_ones = count_unit(old, or, &unit) == 1
                && count_unit(new, nr, &unit) == 1
                && (score >= LONE_MIN_CONTEXT
                    || old.len().max(new.len()) <= FEW_FIGURES
                        && clauses_share_words((&of, old_text, old, i), (&nf, new_text, new, j)));
            if score >= MIN_CONTEXT || unknown || only_ones {
                // Order breaks ties: earlier figures pair with earlier figures.
                let order = 1.0 / (1.0 + (i as f64 - j as f64).abs());
                cands.push((score + 0.01 * order, i, j));
            }
        }
    }
    // A running total restated beside this year's increment (新增1000处信号灯联网、累计达8000处)
    // is what an unmarked figure of last year counted when the sum holds (7000 + 1000 = 8000):
    // that pair goes first, whatever the words around the increment say. `stock_pairs` gives
    // (plain figure, total): old totals against new plain figures, then the reverse.
    let old_totals = stock_pairs(old, &of.running, new, &nf.running)
        .into_iter()
        .map(|(j, i)| (i, j));
    let new_totals = stock_pairs(new, &nf.running, old, &of.running);
    for (i, j) in old_totals.chain(new_totals) {
        cands.push((STOCK_IDENTITY, i, j));
    }
    cands.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    let mut used = vec![false; new.len()];
    let mut old_done = vec![false; old.len()];
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for (_, i, j) in cands {
        if !old_done[i] && !used[j] {
            old_done[i] = true;
            used[j] = true;
            pairs.push((i, j));
        }
    }
    // A figure left over on one side that the other side restates as a baseline did not
    // change (研发费用加计扣除75% → 比例从75%提高到100%); baselines left over say nothing.
    settle_restated(old, &mut old_done, new, nr);
    settle_restated(new, &mut used, old, or);
    settle_unread(old, &mut old_done, new_text, new);
    settle_unread(new, &mut used, old_text, old);
    for (done, role) in old_done.iter_mut().zip(or).chain(used.iter_mut().zip(nr)) {
        *done = *done || role.restates_last_year();
    }
    pairs.sort_unstable();
    let (ot, nt) = (&of.thresholds, &nf.thresholds);
    let is_threshold = |ts: &[Option<usize>], k: usize| ts.contains(&Some(k));
    let mut out = Vec::new();
    for &(i, j) in &pairs {
        let c = change(Some(&old[i]), Some(&new[j]));
        if c.direction == Direction::Same {
            continue;
        }
        let why = |summary: String| QuantityChange {
            direction: Direction::Incomparable,
            mismatch: Some(Mismatch::Threshold),
            delta: None,
            relative: None,
            summary,
            ..c.clone()
        };
        // Counted above another threshold, the two figures count different sets: 500万元以上
        // 技改项目1.2万个 → 2000万元以上的技改项目3000个 is no −75 %, and the thresholds
        // themselves are a changed definition, no target raised by 300 %.
        let c = match (ot[i], nt[j]) {
            (Some(a), Some(b))
                if change(Some(&old[a]), Some(&new[b])).direction != Direction::Same =>
            {
                why(format!(
                    "{} → {} (counted above another threshold: {} → {})",
                    old[i].written(),
                    new[j].written(),
                    old[a].written(),
                    new[b].written()
                ))
            }
            _ if is_threshold(ot, i) && is_threshold(nt, j) => why(format!(
                "{} → {} (a threshold of what is counted)",
                old[i].written(),
                new[j].written()
            )),
            _ => c,
        };
        out.push(far_apart(c));
    }
    let unpaired_old: Vec<usize> = (0..old.len()).filter(|&i| !old_done[i]).collect();
    let unpaired_new: Vec<usize> = (0..new.len()).filter(|&j| !used[j]).collect();
    // A lone figure left over on each side pairs: in the same unit always (等2个项目 →
    // 等2个项目), across units when both count the same thing (老楼加装电梯完工600部 →
    // 老楼加装电梯800台以上 is one incomparable change, not one dropped and one new figure).
    // Figures of different units that count different things (疏解…企业100家, 治理无手续建筑
    // 500万平方米) stay removed and added.
    let lone = match (unpaired_old.as_slice(), unpaired_new.as_slice()) {
        (&[i], &[j]) => {
            let same_unit = old[i].unit_key() == new[j].unit_key();
            let alike = same_unit
                && clauses_share_words((&of, old_text, old, i), (&nf, new_text, new, j))
                || (oc[i].is_empty() && nc[j].is_empty())
                || context_score(&oc[i], &nc[j]) >= MIN_CONTEXT;
            alike.then_some((i, j))
        }
        _ => None,
    };
    if let Some((i, j)) = lone {
        out.push(far_apart(change(Some(&old[i]), Some(&new[j]))));
    } else {
        out.extend(unpaired_old.iter().map(|&i| change(Some(&old[i]), None)));
        out.extend(unpaired_new.iter().map(|&j| change(None, Some(&new[j]))));
    }
    out
}

/// Whether the clauses around figure `i` of the old text and figure `j` of the new one share
/// any words besides their figures (a bigram of ideographs): a lone figure of a unit on each
/// side pairs in a short text even when the words next to it were reworded, but not when
/// its whole clause speaks of something else (果园提质增效28万亩 is no earlier form of
/// 确保粮食播种面积稳定在100万亩以上). A figure not found in its text says nothing: it pairs.
fn clauses_share_words(
    (of, old_text, old, i): (&Figures, &str, &[Quantity], usize),
    (nf, new_text, new, j): (&Figures, &str, &[Quantity], usize),
) -> bool {
    let (a, b) = (
        of.clause_words(old_text, old, i),
        nf.clause_words(new_text, new, j),
    );
    a.is_empty() || b.is_empty() || crate::text::shares_bigram(&a, &b)
}

/// The candidate score of a pair that a running total proves ([`stock_pairs`]): above any
/// context score (at most 1 plus the order tie-break).
const STOCK_IDENTITY: f64 = 2.0;

/// How close a plain figure plus the increment must come to the total (relative).
const STOCK_TOLERANCE: f64 = 0.02;

/// The figures of `qs` whose [`Running`] is `kind`, with their index and value.
fn of_kind<'q>(
    qs: &'q [Quantity],
    running: &[Running],
    kind: Running,
) -> Vec<(usize, &'q Quantity, f64)> {
    qs.iter()
        .zip(running)
        .enumerate()
        .filter(|(_, (_, r))| **r == kind)
        .filter_map(|(k, (q, _))| Some((k, q, q.point()?)))
        .collect()
}

/// Pairs (plain figure of `plain`, total of `couple`) where `couple` states an increment and
/// a running total in one unit (新增1000处…累计达8000处, [`Running`]) and a figure of `plain` in
/// that unit, marked as neither, plus the increment makes the total (7000 + 1000 = 8000): last
/// year's figure was the total then, and compares with the total now, not with the increment.
fn stock_pairs(
    couple: &[Quantity],
    couple_running: &[Running],
    plain: &[Quantity],
    plain_running: &[Running],
) -> Vec<(usize, usize)> {
    let increments = of_kind(couple, couple_running, Running::Increment);
    let plains = of_kind(plain, plain_running, Running::Plain);
    let mut out = Vec::new();
    for (t, total, total_v) in of_kind(couple, couple_running, Running::Total) {
        for &(_, inc, inc_v) in &increments {
            if inc.unit_key() != total.unit_key() {
                continue;
            }
            for &(k, p, v) in &plains {
                if p.unit_key() == total.unit_key()
                    && (v + inc_v - total_v).abs() <= STOCK_TOLERANCE * total_v.abs()
                {
                    out.push((k, t));
                }
            }
        }
    }
    out
}

/// Mark as done each figure of `side` left over that a baseline of `other` restates (same
/// unit, same value): it did not change.
fn settle_restated(side: &[Quantity], done: &mut [bool], other: &[Quantity], other_roles: &[Role]) {
    for (q, d) in side.iter().zip(done.iter_mut()) {
        *d = *d
            || other.iter().zip(other_roles).any(|(b, r)| {
                *r == Role::Baseline
                    && b.unit_key() == q.unit_key()
                    && change(Some(q), Some(b)).direction == Direction::Same
            });
    }
}

/// Marks done each figure of `side` left over that the other text still writes where it
/// was not read as a figure: 打造连接四市1小时城市快速路 → 打造连接四市1小时交通圈, whose
/// 1小时 names a circle. The figure stands in both texts; calling it dropped would be
/// false. Counted: the other text must write it more often (not after a digit or numeral:
/// 5% is not in 15%) than `other` holds figures that write it (1万人以上 writes 1万人), so
/// a figure dropped beside a twin that stays (新建学校10所，改造10所 → 新建学校10所) is still
/// dropped.
fn settle_unread(side: &[Quantity], done: &mut [bool], other_text: &str, other: &[Quantity]) {
    for (q, d) in side.iter().zip(done.iter_mut()) {
        if *d || q.text.is_empty() {
            continue;
        }
        let written = other_text
            .match_indices(q.text.as_str())
            .filter(|&(k, _)| {
                !other_text[..k].chars().next_back().is_some_and(|c| {
                    c.is_ascii_digit() || c == '.' || crate::extract::numeral::is_numeral_char(c)
                })
            })
            .count();
        let read = other
            .iter()
            .filter(|o| o.text.contains(q.text.as_str()))
            .count();
        *d = written > read;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(text: &str, value: f64, unit: &str, qualifier: Option<&str>) -> Quantity {
        Quantity {
            text: text.into(),
            value: Some(value),
            unit: Some(unit.into()),
            qualifier: qualifier.map(str::to_string),
            ..Default::default()
        }
    }

    fn range(text: &str, low: f64, high: f64, unit: &str) -> Quantity {
        Quantity {
            text: text.into(),
            low: Some(low),
            high: Some(high),
            unit: Some(unit.into()),
            ..Default::default()
        }
    }

    #[test]
    fn percent_floor_to_point() {
        let c = change(
            Some(&q("5%以上", 5.0, "%", Some("以上"))),
            Some(&q("6%", 6.0, "%", None)),
        );
        assert_eq!(c.direction, Direction::Up);
        assert_eq!(c.delta, Some(1.0));
        assert_eq!(c.relative, None);
        assert_eq!(c.summary, "+1 pp, floor → point");
        // A point the clause aspires to (力争…) is an aim, not a firm point (henan-2026).
        let aim = change(
            Some(&q("超过2300亿元", 2.3e11, "元", Some("超过"))),
            Some(&q("3000亿元", 3e11, "元", Some("力争"))),
        );
        assert_eq!(aim.summary, "+30.4%, floor → aim");
        // A firm figure become an aim, or an aim made firm, is requalified though its value
        // stays (新增中学学位1万个 → 力争新增中学学位1万个), and a raise says it too.
        let firm = q("1万个", 1e4, "个", None);
        let aimed = q("1万个", 1e4, "个", Some("力争"));
        let c = change(Some(&firm), Some(&aimed));
        assert_eq!(
            (c.direction, c.summary.as_str()),
            (Direction::Requalified, "point → aim")
        );
        let c = change(Some(&aimed), Some(&firm));
        assert_eq!(
            (c.direction, c.summary.as_str()),
            (Direction::Requalified, "aim → point")
        );
        let c = change(Some(&aimed), Some(&aimed));
        assert_eq!(c.direction, Direction::Same);
        let c = change(
            Some(&q("2300亿元", 2.3e11, "元", None)),
            Some(&q("2400亿元", 2.4e11, "元", Some("力争"))),
        );
        assert_eq!(c.summary, "+4.3%, point → aim");
        // A bound hoped for (力争6%以上) made firm (6%以上) is requalified too.
        let hoped = Quantity {
            aspiration: Some("力争".into()),
            ..q("6%以上", 6.0, "%", Some("以上"))
        };
        let firm = q("6%以上", 6.0, "%", Some("以上"));
        let c = change(Some(&hoped), Some(&firm));
        assert_eq!(
            (c.direction, c.summary.as_str()),
            (Direction::Requalified, "aimed floor → floor")
        );
        assert_eq!(
            change(Some(&hoped), Some(&hoped)).direction,
            Direction::Same
        );
    }

    /// The delta is the figures' difference as a reader writes it: 2.2∶1 → 2.1∶1 is −0.1,
    /// 4.5% → 4.2% is −0.3 pp (binary arithmetic gives −0.10000000000000009, −0.2999…).
    #[test]
    fn deltas_carry_no_binary_noise() {
        let c = change(
            Some(&q("2.2∶1", 2.2, ":1", None)),
            Some(&q("2.1∶1", 2.1, ":1", None)),
        );
        assert_eq!((c.direction, c.delta), (Direction::Down, Some(-0.1)));
        assert_eq!(c.summary, "−4.5%");
        let c = change(
            Some(&q("4.5%", 4.5, "%", None)),
            Some(&q("4.2%", 4.2, "%", None)),
        );
        assert_eq!(c.delta, Some(-0.3));
    }

    #[test]
    fn area_floor_to_point_is_relative() {
        let c = change(
            Some(&q("3.6万亩以上", 36000.0, "亩", Some("以上"))),
            Some(&q("2.96万亩", 29600.0, "亩", None)),
        );
        assert_eq!(c.direction, Direction::Down);
        assert!((c.relative.unwrap_or(0.0) + 0.17777).abs() < 1e-3);
        assert_eq!(c.summary, "−17.8%, floor → point");
    }

    #[test]
    fn a_range_moves_by_its_midpoint() {
        // guangdong 2025 → 2026: the old figure is the new range's top; the target went down.
        let c = change(
            Some(&q("5%左右", 5.0, "%", Some("左右"))),
            Some(&range("4.5%—5%", 4.5, 5.0, "%")),
        );
        assert_eq!(c.direction, Direction::Down);
        assert_eq!(
            c.summary,
            "−0.25 pp (midpoint), range 4.5–5 vs 5, approx → range"
        );
        assert_eq!(c.delta, Some(-0.25));
        // Same midpoint: only the form changed.
        let c = change(
            Some(&q("5%左右", 5.0, "%", Some("左右"))),
            Some(&range("4.5%—5.5%", 4.5, 5.5, "%")),
        );
        assert_eq!(c.direction, Direction::Requalified);
        assert_eq!(c.summary, "range 4.5–5.5 vs 5, approx → range");
    }

    #[test]
    fn respective_figures_count_their_names() {
        // shandong 2025 → 2026 and jiangsu 2025 → 2026, as written.
        let pairs_of = |a: &str, b: &str| -> Vec<(String, String)> {
            let (qa, qb) = (
                crate::extract::find_quantities(a),
                crate::extract::find_quantities(b),
            );
            pair_changes(a, &qa, b, &qb)
                .into_iter()
                .filter_map(|c| Some((c.old?.text, c.new?.text)))
                .collect()
        };
        let got = pairs_of(
            "今年力争交通、水利分别完成投资2500亿元、800亿元",
            "加强基础设施建设，力争全年完成交通投资2300亿元、能源投资2100亿元、水利投资900亿元",
        );
        assert_eq!(
            got,
            [
                ("2500亿元".to_string(), "2300亿元".to_string()),
                ("800亿元".to_string(), "900亿元".to_string())
            ],
            "{got:?}"
        );
        // The shared tail (领域投资) is no part of the last name: 市政's 1400亿元 is not 能源's.
        let got = pairs_of(
            "全年交通、水利、能源、市政领域投资分别达2300亿元、600亿元、1700亿元、1400亿元",
            "力争全年交通、水利、能源领域投资额分别达2400亿元、450亿元、1700亿元",
        );
        assert!(!got.iter().any(|(o, _)| o == "1400亿元"), "{got:?}");
        assert!(
            got.contains(&("2300亿元".to_string(), "2400亿元".to_string())),
            "{got:?}"
        );
        assert!(
            got.contains(&("600亿元".to_string(), "450亿元".to_string())),
            "{got:?}"
        );
    }

    /// A figure the other text still writes, where it names something rather than counts
    /// (a circle's hour), is no dropped figure; one dropped beside a twin that stays is.
    #[test]
    fn a_figure_still_written_on_the_other_side_is_not_dropped() {
        let (a, b) = ("打造连接四市1小时城市快速路。", "打造连接四市1小时交通圈。");
        assert_eq!(crate::extract::find_quantities(b), []);
        assert_eq!(changes(a, b), []);
        let dropped = changes("新建学校10所，改造10所。", "新建学校10所。");
        assert_eq!(dropped.len(), 1, "{dropped:?}");
        assert_eq!(dropped[0].direction, Direction::Removed);
        // Not inside a longer figure: 5% is not written in 15%, 五年 not in 十五年.
        let settled = |fig: Quantity, other: &str| {
            let mut done = [false];
            settle_unread(&[fig], &mut done, other, &[]);
            done[0]
        };
        assert!(settled(q("5%", 5.0, "%", None), "降低5%。"));
        assert!(!settled(q("5%", 5.0, "%", None), "降低15%。"));
        assert!(!settled(q("五年", 5.0, "年", None), "十五年"));
        // Nor inside a figure read there: 1万人 of 帮扶残疾人就业1万人以上.
        let mut done = [false];
        let other = "帮扶残疾人就业1万人以上。";
        let read = crate::extract::find_quantities(other);
        settle_unread(&[q("1万人", 1e4, "人", None)], &mut done, other, &read);
        assert!(!done[0]);
    }

    #[test]
    fn lone_figures_of_long_texts_need_a_common_context() {
        // zhejiang 2025 → 2026, 医疗卫生 items as written: several figures each; the only 岁
        // on each side counts different people.
        let old_text = "医疗卫生方面。为全省重点人群免费开展结直肠癌筛查。为全省60岁以上老年人免费接种流感疫苗。配置AED达每10万人45台。为山区海岛居民提供“固定+流动”巡回诊疗服务";
        let new_text = "医疗卫生方面。全省30万以上参保孕产妇产前检查、住院分娩等政策范围内生育费用“零自付”。举办名中医惠老医养健体服务活动1000场，实现市县全覆盖。将重度失能（重度失智）人员纳入长护险保障，待遇享受人数23万人以上。全省参保的0—6岁儿童省域内同等级医疗机构门诊报销待遇无差别";
        let old = crate::extract::find_quantities(old_text);
        let new = crate::extract::find_quantities(new_text);
        assert!(old.len().max(new.len()) > FEW_FIGURES);
        let changes = pair_changes(old_text, &old, new_text, &new);
        assert!(
            !changes.iter().any(|c| {
                c.old.as_ref().is_some_and(|q| q.text.contains("60岁"))
                    && c.new.as_ref().is_some_and(|q| q.text.contains("6岁"))
            }),
            "{changes:?}"
        );
        // In a short text they still pair: the clause was reworded around its figure.
        let (a, b) = ("为60岁以上老年人提供体检", "老年人体检覆盖65岁以上人群");
        let changes = pair_changes(
            a,
            &crate::extract::find_quantities(a),
            b,
            &crate::extract::find_quantities(b),
        );
        assert_eq!(changes.len(), 1, "{changes:?}");
        assert_eq!(changes[0].direction, Direction::Up);
    }

    /// A short text's lone figures of a unit pair when their clauses share any words, even
    /// if the name stands before one figure and after the other (sichuan 2025 → 2026), but
    /// not when each clause speaks of something else (beijing 2025 → 2026: orchards are no
    /// earlier form of the grain area).
    #[test]
    fn lone_figures_of_short_texts_need_a_common_word_in_their_clauses() {
        let pairs = |a: &str, b: &str| -> Vec<(Option<String>, Option<String>)> {
            let (qa, qb) = (
                crate::extract::find_quantities(a),
                crate::extract::find_quantities(b),
            );
            pair_changes(a, &qa, b, &qb)
                .into_iter()
                .map(|c| (c.old.map(|q| q.text), c.new.map(|q| q.text)))
                .collect()
        };
        let got = pairs(
            "持续提升粮食单产，蔬菜产量稳定在200万吨左右，果园提质增效28万亩。",
            "确保粮食播种面积稳定在100万亩以上、蔬菜产量稳定在200万吨左右。",
        );
        assert!(got.contains(&(Some("28万亩".into()), None)), "{got:?}");
        assert!(got.contains(&(None, Some("100万亩以上".into()))), "{got:?}");
        let got = pairs(
            "改造老旧小区4000个以上、城市危旧房3万套、城中村10万户",
            "改造2.5万套（间）城市危旧房、2.6万户城中村，新（改）建燃气、供排水管网4000公里。",
        );
        assert!(
            got.contains(&(Some("3万套".into()), Some("2.5万套".into()))),
            "{got:?}"
        );
    }

    #[test]
    fn qualifier_only_change_is_a_change() {
        let c = change(
            Some(&q("6%", 6.0, "%", None)),
            Some(&q("6%以上", 6.0, "%", Some("以上"))),
        );
        assert_eq!(c.direction, Direction::Requalified);
        assert_eq!(c.summary, "point → floor");
        let same = change(
            Some(&q("6%", 6.0, "％", None)),
            Some(&q("6％", 6.0, "%", None)),
        );
        assert_eq!(same.direction, Direction::Same);
    }

    #[test]
    fn units_differ_or_missing() {
        assert_eq!(
            change(
                Some(&q("10所", 10.0, "所", None)),
                Some(&q("10个", 10.0, "个", None))
            )
            .direction,
            Direction::Incomparable
        );
        assert_eq!(
            change(None, Some(&q("10所", 10.0, "所", None))).direction,
            Direction::Added
        );
        assert_eq!(
            change(Some(&q("10所", 10.0, "所", None)), None).direction,
            Direction::Removed
        );
    }

    #[test]
    fn pairs_by_unit_then_order() {
        let old = vec![
            q("1.5万人", 15000.0, "人", None),
            q("10所", 10.0, "所", None),
        ];
        let new = vec![
            q("12所", 12.0, "所", None),
            q("1万人", 10000.0, "人", None),
            q("3个", 3.0, "个", None),
        ];
        let cs = pair_changes("", &old, "", &new);
        let dirs: Vec<Direction> = cs.iter().map(|c| c.direction).collect();
        assert_eq!(dirs, vec![Direction::Down, Direction::Up, Direction::Added]);
        assert_eq!(cs[0].summary, "−33.3%");
        let cs = pair_changes(
            "",
            &[q("600部", 600.0, "部", None)],
            "",
            &[q("800台以上", 800.0, "台", Some("以上"))],
        );
        // 部 and 台 both count machines (Quantity::unit_key).
        assert_eq!(cs.len(), 1);
        assert_eq!(cs[0].direction, Direction::Up);
        assert_eq!(cs[0].summary, "+33.3%, point → floor");
        let cs = pair_changes(
            "",
            &[q("600个", 600.0, "个", None)],
            "",
            &[q("800台以上", 800.0, "台", Some("以上"))],
        );
        assert_eq!(cs.len(), 1);
        assert_eq!(cs[0].direction, Direction::Incomparable);
    }

    #[test]
    fn pairs_by_what_is_counted() {
        let ot = "完成政府补贴性技能培训2万人，新增技能人才1.5万人。";
        let nt = "全年新增技能人才1万人、高技能人才5000人,技术转移人才400人以上。";
        let old = vec![
            q("2万人", 20000.0, "人", None),
            q("1.5万人", 15000.0, "人", None),
        ];
        let new = vec![
            q("1万人", 10000.0, "人", None),
            q("5000人", 5000.0, "人", None),
            q("400人以上", 400.0, "人", Some("以上")),
        ];
        let cs = pair_changes(ot, &old, nt, &new);
        let skilled = cs
            .iter()
            .find(|c| c.old.as_ref().is_some_and(|o| o.text == "1.5万人"))
            .expect("1.5万人 paired");
        assert_eq!(skilled.new.as_ref().map(|n| n.text.as_str()), Some("1万人"));
        assert_eq!(skilled.summary, "−33.3%");
        // 补贴性技能培训2万人 counts something else than 高技能人才5000人: not paired.
        assert!(cs
            .iter()
            .all(|c| !(c.old.as_ref().is_some_and(|o| o.text == "2万人") && c.new.is_some())));
    }

    #[test]
    fn pairs_by_what_is_counted_after_the_figure() {
        // taiyuan 2025 → 2026: the noun moved from before the figure to after it.
        let ot = "打造精品示范村24个、提档升级村80个。";
        let nt = "新建20个精品示范村、70个提档升级村。";
        let old = vec![q("24个", 24.0, "个", None), q("80个", 80.0, "个", None)];
        let new = vec![q("20个", 20.0, "个", None), q("70个", 70.0, "个", None)];
        let cs = pair_changes(ot, &old, nt, &new);
        let texts: Vec<(String, String)> = cs
            .iter()
            .map(|c| {
                (
                    c.old.as_ref().unwrap().text.clone(),
                    c.new.as_ref().unwrap().text.clone(),
                )
            })
            .collect();
        assert_eq!(
            texts,
            vec![
                ("24个".into(), "20个".into()),
                ("80个".into(), "70个".into())
            ]
        );
    }

    #[test]
    fn quotation_marks_do_not_hide_what_is_counted() {
        // zhejiang 2025 → 2026: both figures unchanged; with the context cut at ” the two
        // 企业 figures looked alike and were crossed (20家 → 300家 and 300家 → 20家).
        let ot = "新增“雄鹰”企业20家、国家制造业单项冠军30家、国家专精特新“小巨人”企业300家，新认定高新技术企业5000家。";
        let nt = "新增雄鹰企业20家、专精特新“小巨人”企业300家。";
        let old = vec![
            q("20家", 20.0, "家", None),
            q("30家", 30.0, "家", None),
            q("300家", 300.0, "家", None),
            q("5000家", 5000.0, "家", None),
        ];
        let new = vec![q("20家", 20.0, "家", None), q("300家", 300.0, "家", None)];
        let cs = pair_changes(ot, &old, nt, &new);
        assert!(
            cs.iter().all(|c| c.new.is_none()),
            "only removed figures expected: {:?}",
            cs.iter()
                .map(|c| (
                    c.old.as_ref().map(|q| &q.text),
                    c.new.as_ref().map(|q| &q.text)
                ))
                .collect::<Vec<_>>()
        );
        assert_eq!(cs.len(), 2, "30家 and 5000家 are gone");
    }

    /// Every change `pair_changes` reports on two clauses as written.
    fn changes(a: &str, b: &str) -> Vec<QuantityChange> {
        let (qa, qb) = (
            crate::extract::find_quantities(a),
            crate::extract::find_quantities(b),
        );
        pair_changes(a, &qa, b, &qb)
    }

    /// (old text, new text) of every change `pair_changes` reports on two clauses as written.
    fn pairs_in(a: &str, b: &str) -> Vec<(Option<String>, Option<String>, Direction)> {
        changes(a, b)
            .into_iter()
            .map(|c| (c.old.map(|q| q.text), c.new.map(|q| q.text), c.direction))
            .collect()
    }

    fn some(o: &str, n: &str, d: Direction) -> (Option<String>, Option<String>, Direction) {
        (Some(o.to_string()), Some(n.to_string()), d)
    }

    /// Guangdong 2025 → 2026's 民生实事 items as written: figures of one task five times
    /// apart or more count another thing (快检 → 定量抽检; 公共充电桩 → 充电设施), so they are
    /// incomparable, not −99.7 % and +4173.5 %; a target moved 2.5 times stays a change, and
    /// rates never are (a growth of 1% → 6% is the same target).
    #[test]
    fn figures_five_times_apart_are_another_measure() {
        for (a, b) in [
            (
                "食用农产品快检超800万批次。",
                "开展农产品定量抽检超2.3万批次",
            ),
            (
                "新建新能源汽车公共充电桩超1.17万个。",
                "新建新能源汽车充电设施超50万个",
            ),
        ] {
            let got = changes(a, b);
            assert_eq!(got.len(), 1, "{got:?}");
            assert_eq!(got[0].direction, Direction::Incomparable, "{got:?}");
            assert_eq!(got[0].mismatch, Some(Mismatch::Scale), "{got:?}");
            assert_eq!((got[0].delta, got[0].relative), (None, None));
        }
        let kept = changes("完成30项市级疏堵工程，打通20条断头路", "打通50条断头路");
        assert!(
            kept.iter()
                .any(|c| c.direction == Direction::Up && c.mismatch.is_none()),
            "{kept:?}"
        );
        let rate = changes("外贸进出口增长1%", "外贸进出口增长6%");
        assert_eq!(rate[0].direction, Direction::Up, "{rate:?}");
        let summary = &changes(
            "食用农产品快检超800万批次。",
            "开展农产品定量抽检超2.3万批次",
        )[0]
        .summary;
        assert_eq!(
            summary,
            "超800万批次 → 超2.3万批次 (348 times apart: another measure?)"
        );
    }

    /// Computing power written at another scale (Sichuan 2025's 15EFlops, 2026 reports' 万P)
    /// compares in petaflops: 15EFlops → 2.2万P is up by about half, not a new unit.
    #[test]
    fn computing_power_compares_across_scales() {
        let old = crate::extract::find_quantities("全省算力规模达到15EFlops");
        let new = crate::extract::find_quantities("全省算力规模超2.2万P");
        let c = change(old.first(), new.first());
        assert_eq!(c.direction, Direction::Up, "{c:?}");
        let relative = c.relative.expect("a relative change");
        assert!((relative - 2.2e4 / 1.5e4 + 1.0).abs() < 1e-9, "{relative}");
    }

    #[test]
    fn last_years_total_pairs_with_this_years_total_not_its_increment() {
        // beijing 2025 → 2026 as written: 7000 + 1000 = 8000, so 7000 was the running total.
        let got = pairs_in("实现7000处信号灯联网", "新增1000处信号灯联网、累计达8000处");
        assert!(
            got.contains(&some("7000处", "8000处", Direction::Up)),
            "{got:?}"
        );
        assert!(
            got.contains(&(None, Some("1000处".into()), Direction::Added)),
            "{got:?}"
        );
        // When the sum does not hold, nothing is forced: 5000 + 1000 ≠ 8000.
        let got = pairs_in("实现5000处信号灯联网", "新增1000处信号灯联网、累计达8000处");
        assert!(
            !got.contains(&some("5000处", "8000处", Direction::Up)),
            "{got:?}"
        );
    }

    /// national 2024 → 2025's deficit line as written: the rate and the size are raised;
    /// the changes since last year stated beside them (1800亿元 → 1.6万亿元, a new 1个百分点)
    /// are no figures of their own to compare: before, +788.9 % and a "new figure".
    /// A change's summary writes figures as the tables do, half width (Hubei 2025 writes
    /// 7％左右): the terminal's change column said "figure 7％左右 dropped" beside 7%左右.
    #[test]
    fn summaries_write_figures_in_half_width() {
        let q = |t: &str| crate::extract::find_quantities(t).remove(0);
        let dropped = change(Some(&q("社会消费品零售总额增长7％左右")), None);
        assert_eq!(dropped.summary, "figure 7%左右 dropped");
        let added = change(None, Some(&q("增长６．５％")));
        assert_eq!(added.summary, "new figure 6.5%");
    }

    #[test]
    fn changes_since_last_year_say_nothing() {
        let got = pairs_in(
            "赤字率拟按3%安排，赤字规模4.06万亿元，比上年年初预算增加1800亿元。",
            "今年赤字率拟按4%左右安排、比上年提高1个百分点，赤字规模5.66万亿元、比上年增加1.6万亿元。",
        );
        assert_eq!(
            got,
            [
                some("3%", "4%左右", Direction::Up),
                some("4.06万亿元", "5.66万亿元", Direction::Up)
            ],
            "{got:?}"
        );
    }

    #[test]
    fn from_to_targets_pair_and_baselines_say_nothing() {
        // guangdong 2025 → 2026 as written: the target pairs with last year's commitment; the
        // restated 77% is no new figure and no floor → point change.
        let got = pairs_in(
            "逐步缩小城乡社会救助差距，农村低保标准占城镇低保标准的比例达到77%以上。",
            "农村低保标准占城镇低保标准的最低比例从77%提高到80%以上。",
        );
        assert_eq!(got, [some("77%以上", "80%以上", Direction::Up)], "{got:?}");
        // From-to on both sides, 分别 over two names and four figures: targets only.
        let got = pairs_in(
            "困难残疾人生活补贴、重度残疾人护理补贴标准分别从每人每月202元、270元提高到209元、280元。",
            "困难残疾人生活补贴、重度残疾人护理补贴标准分别从每人每月209元、280元提高到217元、290元。",
        );
        assert_eq!(
            got,
            [
                some("209元", "217元", Direction::Up),
                some("280元", "290元", Direction::Up)
            ],
            "{got:?}"
        );
        // national 2021 → 2022 as written: 75% restated as a baseline is unchanged, and the
        // two 100% targets are the same; before, the figures crossed (100% → 75%, −25 pp).
        let got = pairs_in(
            "延续执行企业研发费用加计扣除75%政策，将制造业企业加计扣除比例提高到100%，用税收优惠机制激励企业加大研发投入",
            "加大研发费用加计扣除政策实施力度，将科技型中小企业加计扣除比例从75%提高到100%，对企业投入基础研究实行税收优惠",
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn lone_leftovers_of_other_units_pair_only_when_they_count_the_same() {
        // beijing 2025 → 2026 as written: 疏解企业100家 is no earlier form of 治理无手续建筑
        // 500万平方米.
        let got = pairs_in(
            "统筹推进疏解整治促提升，疏解提质一般制造业企业100家，治理违法建设2000万平方米。",
            "拆除违法建设500万平方米、治理无手续建筑500万平方米",
        );
        assert!(
            !got.iter()
                .any(|(o, n, _)| o.is_some() && n.is_some() && o != &Some("2000万平方米".into())),
            "{got:?}"
        );
        assert!(
            got.contains(&(Some("100家".into()), None, Direction::Removed)),
            "{got:?}"
        );
        // Parking counted in spaces, then in floor area (constructed): one thing counted in
        // two units.
        let got = pairs_in(
            "优化养老助餐点布局，新增停车位2万个",
            "实施新增停车位50万平方米以上",
        );
        assert_eq!(
            got,
            [some("2万个", "50万平方米以上", Direction::Incomparable)],
            "{got:?}"
        );
    }

    #[test]
    fn figures_counted_above_another_threshold_are_incomparable() {
        // shandong 2025 → 2026 as written.
        let (a, b) = (
            "改造升级传统产业，加快设备更新和技术改造，实施500万元以上技改项目1.2万个左右。",
            "实施补链强链重点项目1900个、投资2000万元以上的技改项目3000个。",
        );
        let (qa, qb) = (
            crate::extract::find_quantities(a),
            crate::extract::find_quantities(b),
        );
        let changes = pair_changes(a, &qa, b, &qb);
        let counted = changes
            .iter()
            .find(|c| c.old.as_ref().is_some_and(|q| q.text == "1.2万个左右"))
            .expect("1.2万个左右 paired");
        assert_eq!(counted.direction, Direction::Incomparable, "{changes:?}");
        assert_eq!(counted.mismatch, Some(Mismatch::Threshold));
        let threshold = changes
            .iter()
            .find(|c| c.old.as_ref().is_some_and(|q| q.text == "500万元以上"))
            .expect("the thresholds paired");
        assert_eq!(threshold.direction, Direction::Incomparable, "{changes:?}");
        assert_eq!(threshold.mismatch, Some(Mismatch::Threshold));
        assert!(
            counted.summary.contains("500万元以上 → 2000万元以上"),
            "{}",
            counted.summary
        );
        // The same threshold on both sides: an ordinary change.
        let got = pairs_in(
            "引进落地总投资10亿元以上项目50个。",
            "引进落地总投资10亿元以上项目60个。",
        );
        assert_eq!(got, [some("50个", "60个", Direction::Up)], "{got:?}");
    }

    /// The figure-pairing code slices clauses at byte offsets it finds (from-to constructions,
    /// thresholds, names): random clauses made of the characters it looks for never make it
    /// panic.
    #[test]
    fn random_clauses_never_panic() {
        let alphabet: Vec<char> =
            "从由提高到至降、%万亿元个以上的（）()“”\"0123456789.年前左右超过新增累计达项目，。—-～ "
                .chars()
                .collect();
        let mut x: u64 = 0x1234_5678;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let mut figures = 0;
        for _ in 0..5000 {
            let mut clause = || {
                let n = (next() % 40) as usize;
                (0..n)
                    .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                    .collect::<String>()
            };
            let (a, b) = (clause(), clause());
            let (qa, qb) = (
                crate::extract::find_quantities(&a),
                crate::extract::find_quantities(&b),
            );
            figures += qa.len() + qb.len();
            for c in pair_changes(&a, &qa, &b, &qb) {
                assert!(c.old.is_some() || c.new.is_some(), "{a} → {b}");
            }
        }
        // The clauses do hold figures for the pairing to work on.
        assert!(figures > 2000, "{figures}");
    }
}
