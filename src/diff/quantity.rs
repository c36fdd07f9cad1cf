//! Numeric changes (数量变化) with qualifier semantics: 5%以上 → 6% is "+1 pp, floor → point",
//! 3.6万亩以上 → 2.96万亩 is "−17.8%, floor → point", 5%左右 → 4.5%—5% is "point → range".

use crate::model::diff::{Direction, QuantityChange};
use crate::model::{Bound, Quantity};
use crate::text::fold;

const EPS: f64 = 1e-9;

/// The unit, folded and trimmed, for comparing units across years.
fn unit_key(q: &Quantity) -> String {
    q.unit
        .as_deref()
        .map(|u| fold(u).trim().to_string())
        .unwrap_or_default()
}

/// Whether figures in this unit are percentages (deltas are then percentage points).
fn is_percent(q: &Quantity) -> bool {
    let u = unit_key(q);
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

/// The change from one quantity to another; either side may be missing.
pub fn change(old: Option<&Quantity>, new: Option<&Quantity>) -> QuantityChange {
    let mk = |direction, delta, relative, summary: String| QuantityChange {
        old: old.cloned(),
        new: new.cloned(),
        direction,
        delta,
        relative,
        summary,
    };
    let (o, n) = match (old, new) {
        (None, None) => return mk(Direction::Same, None, None, String::new()),
        (None, Some(n)) => {
            return mk(
                Direction::Added,
                None,
                None,
                format!("new figure {}", n.text),
            )
        }
        (Some(o), None) => {
            return mk(
                Direction::Removed,
                None,
                None,
                format!("figure {} dropped", o.text),
            )
        }
        (Some(o), Some(n)) => (o, n),
    };
    if unit_key(o) != unit_key(n) {
        return mk(
            Direction::Incomparable,
            None,
            None,
            format!("{} → {} (units differ)", o.text, n.text),
        );
    }
    let (Some(op), Some(np)) = (o.point(), n.point()) else {
        return mk(
            Direction::Incomparable,
            None,
            None,
            format!("{} → {}", o.text, n.text),
        );
    };
    let (ob, nb) = (o.bound(), n.bound());
    let percent = is_percent(o);
    let same_range =
        (o.low, o.high) == (n.low, n.high) || (ob != Bound::Range && nb != Bound::Range);
    let delta = np - op;
    if delta.abs() < EPS && ob == nb && same_range {
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
    // A point inside the other side's range is a requalification, not a move.
    let inside = |p: &Quantity, r: &Quantity| match (p.bound(), r.low, r.high, p.point()) {
        (b, Some(l), Some(h), Some(v)) if b != Bound::Range => v >= l - EPS && v <= h + EPS,
        _ => false,
    };
    let direction = if delta.abs() < EPS || (ranged && (inside(o, n) || inside(n, o))) {
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
    if ob != nb {
        parts.push(format!("{} → {}", bound_name(ob), bound_name(nb)));
    }
    mk(direction, Some(delta), relative, parts.join(", "))
}

/// What each quantity in `text` counts: the character bigrams of its own phrase before and after
/// the figure (打造精品示范村 in 打造精品示范村24个, 精品示范村 in 新建20个精品示范村), up to
/// punctuation, another figure or [`CONTEXT_WIDTH`] characters, folded; empty when the figure
/// is not found in `text`. Quotation marks are looked through, not stopped at: the name they
/// hold is what is counted (新增“雄鹰”企业20家 counts 新增雄鹰企业, not just 企业).
fn contexts(text: &str, qs: &[Quantity]) -> Vec<Vec<(char, char)>> {
    let is_word = |c: &char| c.is_alphanumeric() && !c.is_ascii_digit();
    // After folding, “”‘’《》 and friends are ASCII quotes.
    let not_quote = |c: &char| !matches!(c, '"' | '\'');
    let bigrams = |cs: &[char]| cs.windows(2).map(|w| (w[0], w[1])).collect::<Vec<_>>();
    let mut cursor = 0;
    let found: Vec<Option<usize>> = qs
        .iter()
        .map(|q| {
            if q.text.is_empty() {
                return None;
            }
            let i = text
                .get(cursor..)
                .and_then(|t| t.find(q.text.as_str()))
                .map(|i| i + cursor)?;
            cursor = i + q.text.len();
            Some(i)
        })
        .collect();
    let names = respective_names(text, qs, &found);
    qs.iter()
        .zip(&found)
        .zip(names)
        .map(|((q, &i), name)| {
            let Some(i) = i else {
                return Vec::new();
            };
            let end = i + q.text.len();
            let mut before: Vec<char> = fold(&text[..i])
                .chars()
                .rev()
                .filter(not_quote)
                .take_while(is_word)
                .take(CONTEXT_WIDTH)
                .collect();
            before.reverse();
            let after: Vec<char> = fold(&text[end..])
                .chars()
                .filter(not_quote)
                .take_while(is_word)
                .take(CONTEXT_WIDTH)
                .collect();
            let mut grams = bigrams(&before);
            grams.extend(bigrams(&after));
            if let Some(name) = name {
                let name: Vec<char> = fold(name).chars().filter(not_quote).collect();
                grams.extend(bigrams(&name));
            }
            grams
        })
        .collect()
}

/// What each figure of a 分别 construction counts: in 交通、水利分别完成投资2500亿元、800亿元
/// the k-th figure after 分别 is the k-th name before it (2500亿元 is 交通's, 800亿元 水利's),
/// which its own neighbours do not say (800亿元 has none). `found` holds each quantity's byte
/// offset in `text`. Names are the 、-separated pieces between the clause start and 分别, cut
/// to the shortest one's length (交通、水利、能源、市政领域投资 → 交通, 水利, 能源, 市政); they count
/// only when there are as many as figures in the clause after 分别, at least two.
fn respective_names<'t>(
    text: &'t str,
    qs: &[Quantity],
    found: &[Option<usize>],
) -> Vec<Option<&'t str>> {
    let mut out = vec![None; qs.len()];
    let is_break = |c: char| matches!(c, '，' | ',' | '。' | '；' | ';' | '：' | ':' | '\n');
    for (p, _) in text.match_indices("分别") {
        let start = text[..p].rfind(is_break).map_or(0, |k| {
            k + text[k..].chars().next().map_or(1, char::len_utf8)
        });
        let end = text[p..].find(is_break).map_or(text.len(), |k| p + k);
        let mut names: Vec<&str> = text[start..p]
            .split('、')
            .filter(|n| !n.is_empty())
            .collect();
        // The first piece also holds what leads up to the names (全年交通), the last what
        // follows them all (市政领域投资): cut both to the shortest piece's length.
        let shortest = names.iter().map(|n| n.chars().count()).min().unwrap_or(0);
        let last = names.len().saturating_sub(1);
        for (k, n) in names.iter_mut().enumerate() {
            let len = n.chars().count();
            if k == 0 && len > shortest {
                *n = n
                    .char_indices()
                    .nth(len - shortest)
                    .map_or(*n, |(b, _)| &n[b..]);
            } else if k == last && len > shortest {
                *n = n.char_indices().nth(shortest).map_or(*n, |(b, _)| &n[..b]);
            }
        }
        let figures: Vec<usize> = found
            .iter()
            .enumerate()
            .filter(|(_, i)| i.is_some_and(|i| i > p && i < end))
            .map(|(k, _)| k)
            .collect();
        if names.len() >= 2 && names.len() == figures.len() {
            for (k, name) in figures.into_iter().zip(names) {
                out[k] = Some(name);
            }
        }
    }
    out
}

/// Characters of context kept on each side of a figure.
const CONTEXT_WIDTH: usize = 8;
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

/// How alike two contexts are: Dice coefficient of their character bigrams.
fn context_score(a: &[(char, char)], b: &[(char, char)]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let shared = a.iter().filter(|c| b.contains(c)).count() as f64;
    2.0 * shared / (a.len() + b.len()) as f64
}

/// Pair the quantities of two versions of a clause by unit and by what they count (the words
/// just before each figure), then by order, and return every change. Pairs that did not
/// change are left out; figures left over on both sides pair in order as incomparable; the
/// rest are added/removed. `old_text`/`new_text` are the clauses the quantities come from.
pub fn pair_changes(
    old_text: &str,
    old: &[Quantity],
    new_text: &str,
    new: &[Quantity],
) -> Vec<QuantityChange> {
    let (oc, nc) = (contexts(old_text, old), contexts(new_text, new));
    let count_unit = |qs: &[Quantity], u: &str| qs.iter().filter(|q| unit_key(q) == u).count();
    let mut cands: Vec<(f64, usize, usize)> = Vec::new();
    for (i, o) in old.iter().enumerate() {
        for (j, n) in new.iter().enumerate() {
            let unit = unit_key(o);
            if unit != unit_key(n) {
                continue;
            }
            let score = context_score(&oc[i], &nc[j]);
            let unknown = oc[i].is_empty() && nc[j].is_empty();
            // The only figure of a unit on each side pairs whatever it counts in a short
            // text; in a long one (a 民生实事 item of many projects) only when what it counts
            // is somewhat alike: the lone 岁 of 60岁以上老年人 is no earlier form of the lone 岁
            // of 0—6岁儿童.
            let only_ones = count_unit(old, &unit) == 1
                && count_unit(new, &unit) == 1
                && (score >= LONE_MIN_CONTEXT || old.len().max(new.len()) <= FEW_FIGURES);
            if score >= MIN_CONTEXT || unknown || only_ones {
                // Order breaks ties: earlier figures pair with earlier figures.
                let order = 1.0 / (1.0 + (i as f64 - j as f64).abs());
                cands.push((score + 0.01 * order, i, j));
            }
        }
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
    pairs.sort_unstable();
    let mut out = Vec::new();
    for (i, j) in pairs {
        let c = change(Some(&old[i]), Some(&new[j]));
        if c.direction != Direction::Same {
            out.push(c);
        }
    }
    let unpaired_old: Vec<&Quantity> = old
        .iter()
        .zip(&old_done)
        .filter(|(_, d)| !**d)
        .map(|(o, _)| o)
        .collect();
    // Figures left on both sides pair up in order even across units (600部 → 800台以上 is
    // shown as one incomparable change, not as one dropped and one new figure).
    let unpaired_new: Vec<&Quantity> = new
        .iter()
        .zip(&used)
        .filter(|(_, u)| !**u)
        .map(|(n, _)| n)
        .collect();
    // Only a lone leftover on each side pairs (600部 → 800台以上); several leftovers count
    // different things and stay removed/added.
    let both = if unpaired_old.len() == 1 && unpaired_new.len() == 1 {
        1
    } else {
        0
    };
    out.extend(
        unpaired_old
            .iter()
            .zip(&unpaired_new)
            .take(both)
            .map(|(o, n)| change(Some(o), Some(n))),
    );
    out.extend(unpaired_old[both..].iter().map(|o| change(Some(o), None)));
    out.extend(unpaired_new[both..].iter().map(|n| change(None, Some(n))));
    out
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
    fn approx_to_range_is_requalified() {
        let c = change(
            Some(&q("5%左右", 5.0, "%", Some("左右"))),
            Some(&range("4.5%—5%", 4.5, 5.0, "%")),
        );
        assert_eq!(c.direction, Direction::Requalified);
        assert_eq!(c.summary, "range 4.5–5 vs 5, approx → range");
        assert_eq!(c.delta, Some(-0.25));
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
}
