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
///
/// A from-to target (80%以上 in 比例从77%提高到80%以上) also counts the words before 从,
/// which its own neighbours (提高到) do not say.
fn contexts(
    text: &str,
    qs: &[Quantity],
    found: &[Option<usize>],
    roles: &[Role],
) -> Vec<Vec<(char, char)>> {
    let bigrams = |cs: &[char]| cs.windows(2).map(|w| (w[0], w[1])).collect::<Vec<_>>();
    let names = respective_names(text, qs, found, roles);
    qs.iter()
        .zip(found)
        .zip(names)
        .zip(roles)
        .map(|(((q, &i), name), role)| {
            let Some(i) = i else {
                return Vec::new();
            };
            let end = i + q.text.len();
            let mut before = words_before(&text[..i]);
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
            if let Role::Target { from } = *role {
                before = words_before(&text[..from]);
                grams.extend(bigrams(&before));
            }
            grams
        })
        .collect()
}

/// Whether `c` can be part of the phrase a figure counts (not a digit, not punctuation).
fn is_word(c: &char) -> bool {
    c.is_alphanumeric() && !c.is_ascii_digit()
}

/// After folding, “”‘’《》 and friends are ASCII quotes, which a name is read through.
fn not_quote(c: &char) -> bool {
    !matches!(c, '"' | '\'')
}

/// The phrase that ends `text`: its last [`CONTEXT_WIDTH`] word characters, folded, quotation
/// marks looked through.
fn words_before(text: &str) -> Vec<char> {
    let mut before: Vec<char> = fold(text)
        .chars()
        .rev()
        .filter(not_quote)
        .take_while(is_word)
        .take(CONTEXT_WIDTH)
        .collect();
    before.reverse();
    before
}

/// Byte offset of each quantity in `text`, searched in order (None when not found).
fn locate(text: &str, qs: &[Quantity]) -> Vec<Option<usize>> {
    let mut cursor = 0;
    qs.iter()
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
        .collect()
}

/// What a figure is in a from-to construction (从每人每月2295元提高到2375元, 由X降至Y).
#[derive(Clone, Copy, Debug, PartialEq)]
enum Role {
    /// Any other figure.
    Plain,
    /// The level a from-to construction starts at (2295元): last year's figure restated,
    /// not a commitment of this text.
    Baseline,
    /// The level it moves to (2375元); `from` is the byte offset of its 从 or 由.
    Target { from: usize },
}

/// At most this many word characters name what a threshold qualifies (技改项目 in
/// 500万元以上技改项目1.2万个).
const THRESHOLD_NOUN: usize = 8;

/// For each quantity, the threshold that defines what it counts, if any: in
/// 实施500万元以上技改项目1.2万个 and 总投资10亿元以上项目50个, 500万元以上 and 10亿元以上 say
/// which projects 1.2万个 and 50个 count. A threshold is a floor (以上, 超…) in another unit,
/// followed by the name it qualifies (optionally after 的) and then at once by the counted
/// figure. `found` holds each quantity's byte offset in `text`.
fn thresholds(text: &str, qs: &[Quantity], found: &[Option<usize>]) -> Vec<Option<usize>> {
    let mut out = vec![None; qs.len()];
    let spans: Vec<(usize, usize, usize)> = found
        .iter()
        .enumerate()
        .filter_map(|(k, i)| i.map(|i| (k, i, i + qs[k].text.len())))
        .collect();
    for w in spans.windows(2) {
        let ((t, _, t_end), (k, k_start, _)) = (w[0], w[1]);
        if qs[t].bound() != Bound::Floor || unit_key(&qs[t]) == unit_key(&qs[k]) {
            continue;
        }
        let name = text.get(t_end..k_start).unwrap_or("");
        let name = name.strip_prefix('的').unwrap_or(name);
        let len = name.chars().count();
        if (1..=THRESHOLD_NOUN).contains(&len) && name.chars().all(|c| is_word(&c)) {
            out[k] = Some(t);
        }
    }
    out
}

/// Verbs that take a from-to construction to its target: 从X提高到Y, 由X降至Y.
const TO_VERBS: &[&str] = &[
    "提高到",
    "提高至",
    "提高为",
    "提升到",
    "提升至",
    "增加到",
    "增加至",
    "增长到",
    "增长至",
    "增至",
    "扩大到",
    "扩大至",
    "上调到",
    "上调至",
    "上调为",
    "调高到",
    "调高至",
    "调整为",
    "调整到",
    "调整至",
    "降低到",
    "降低至",
    "降低为",
    "下降到",
    "下降至",
    "降到",
    "降至",
    "减少到",
    "减少至",
    "下调到",
    "下调至",
    "下调为",
    "调低到",
    "调低至",
    "缩短到",
    "缩短至",
    "压减到",
    "压减至",
    "缩减到",
    "缩减至",
];

/// At most this many word characters between 从 and the first baseline (每人每月) and between
/// the verb and the first target.
const FROM_TO_GAP: usize = 6;

/// Each quantity's [`Role`]: the figures after 从 (or 由) and up to a [`TO_VERBS`] verb are
/// baselines, chained by 、 (分别从每人每月202元、270元提高到209元、280元); the figures
/// right after the verb, chained the same way, are targets. `found` holds each quantity's
/// byte offset in `text`.
fn from_to_roles(text: &str, qs: &[Quantity], found: &[Option<usize>]) -> Vec<Role> {
    let mut roles = vec![Role::Plain; qs.len()];
    // (quantity index, start, end) of each figure found, in text order.
    let spans: Vec<(usize, usize, usize)> = found
        .iter()
        .enumerate()
        .filter_map(|(k, i)| i.map(|i| (k, i, i + qs[k].text.len())))
        .collect();
    let short_words =
        |gap: &str| gap.chars().count() <= FROM_TO_GAP && gap.chars().all(|c| is_word(&c));
    let chained = |from: usize| {
        let mut to = from + 1;
        while spans
            .get(to)
            .is_some_and(|s| text.get(spans[to - 1].2..s.1) == Some("、"))
        {
            to += 1;
        }
        to
    };
    let mut s = 0;
    while s < spans.len() {
        let start = spans[s].1;
        let prev_end = if s > 0 { spans[s - 1].2 } else { 0 };
        let lead = text.get(prev_end..start).unwrap_or("");
        let marker = lead
            .char_indices()
            .rev()
            .find(|&(k, c)| matches!(c, '从' | '由') && short_words(&lead[k + c.len_utf8()..]))
            .map(|(k, _)| prev_end + k);
        let Some(from) = marker else {
            s += 1;
            continue;
        };
        let e = chained(s);
        let after = text.get(spans[e - 1].2..).unwrap_or("");
        let verb = TO_VERBS.iter().find(|v| after.starts_with(*v));
        let first_target = verb.and_then(|v| {
            let verb_end = spans[e - 1].2 + v.len();
            spans
                .get(e)
                .filter(|t| text.get(verb_end..t.1).is_some_and(short_words))
        });
        if first_target.is_none() {
            s += 1;
            continue;
        }
        let t = chained(e);
        for &(k, _, _) in &spans[s..e] {
            roles[k] = Role::Baseline;
        }
        for &(k, _, _) in &spans[e..t] {
            roles[k] = Role::Target { from };
        }
        s = t;
    }
    roles
}

/// What each figure of a 分别 construction counts: in 交通、水利分别完成投资2500亿元、800亿元
/// the k-th figure after 分别 is the k-th name before it (2500亿元 is 交通's, 800亿元 水利's),
/// which its own neighbours do not say (800亿元 has none). `found` holds each quantity's byte
/// offset in `text`. Names are the 、-separated pieces between the clause start and 分别, cut
/// to the shortest one's length (交通、水利、能源、市政领域投资 → 交通, 水利, 能源, 市政); they count
/// only when there are as many as figures in the clause after 分别, at least two.
///
/// In a from-to construction the names count the targets and, separately, the baselines
/// (分别从每人每月202元、270元提高到209元、280元: two names, four figures).
fn respective_names<'t>(
    text: &'t str,
    qs: &[Quantity],
    found: &[Option<usize>],
    roles: &[Role],
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
        let figures = |baseline: bool| -> Vec<usize> {
            found
                .iter()
                .enumerate()
                .filter(|&(k, i)| {
                    i.is_some_and(|i| i > p && i < end) && (roles[k] == Role::Baseline) == baseline
                })
                .map(|(k, _)| k)
                .collect()
        };
        for figures in [figures(false), figures(true)] {
            if names.len() >= 2 && names.len() == figures.len() {
                for (k, name) in figures.into_iter().zip(&names) {
                    out[k] = Some(*name);
                }
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
    let (of, nf) = (locate(old_text, old), locate(new_text, new));
    let (or, nr) = (
        from_to_roles(old_text, old, &of),
        from_to_roles(new_text, new, &nf),
    );
    let (oc, nc) = (
        contexts(old_text, old, &of, &or),
        contexts(new_text, new, &nf, &nr),
    );
    let count_unit = |qs: &[Quantity], roles: &[Role], u: &str| {
        qs.iter()
            .zip(roles)
            .filter(|(q, r)| **r != Role::Baseline && unit_key(q) == u)
            .count()
    };
    let mut cands: Vec<(f64, usize, usize)> = Vec::new();
    for (i, o) in old.iter().enumerate() {
        for (j, n) in new.iter().enumerate() {
            let unit = unit_key(o);
            if unit != unit_key(n) || or[i] == Role::Baseline || nr[j] == Role::Baseline {
                continue;
            }
            let score = context_score(&oc[i], &nc[j]);
            let unknown = oc[i].is_empty() && nc[j].is_empty();
            // The only figure of a unit on each side pairs whatever it counts in a short
            // text; in a long one (a 民生实事 item of many projects) only when what it counts
            // is somewhat alike: the lone 岁 of 60岁以上老年人 is no earlier form of the lone 岁
            // of 0—6岁儿童.
            let only_ones = count_unit(old, &or, &unit) == 1
                && count_unit(new, &nr, &unit) == 1
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
    // A figure left over on one side that the other side restates as a baseline did not
    // change (研发费用加计扣除75% → 比例从75%提高到100%); baselines left over say nothing.
    settle_restated(old, &mut old_done, new, &nr);
    settle_restated(new, &mut used, old, &or);
    for (done, role) in old_done.iter_mut().zip(&or).chain(used.iter_mut().zip(&nr)) {
        *done = *done || *role == Role::Baseline;
    }
    pairs.sort_unstable();
    let (ot, nt) = (
        thresholds(old_text, old, &of),
        thresholds(new_text, new, &nf),
    );
    let mut out = Vec::new();
    for &(i, j) in &pairs {
        let mut c = change(Some(&old[i]), Some(&new[j]));
        // Counted above another threshold, the two figures count different sets: 500万元以上
        // 技改项目1.2万个 → 2000万元以上的技改项目3000个 is no −75 %.
        if let (Some(a), Some(b)) = (ot[i], nt[j]) {
            if change(Some(&old[a]), Some(&new[b])).direction != Direction::Same {
                c = QuantityChange {
                    direction: Direction::Incomparable,
                    delta: None,
                    relative: None,
                    summary: format!(
                        "{} → {} (counted above another threshold: {} → {})",
                        old[i].text, new[j].text, old[a].text, new[b].text
                    ),
                    ..c
                };
            }
        }
        if c.direction != Direction::Same {
            out.push(c);
        }
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
            let alike = unit_key(&old[i]) == unit_key(&new[j])
                || (oc[i].is_empty() && nc[j].is_empty())
                || context_score(&oc[i], &nc[j]) >= MIN_CONTEXT;
            alike.then_some((i, j))
        }
        _ => None,
    };
    if let Some((i, j)) = lone {
        out.push(change(Some(&old[i]), Some(&new[j])));
    } else {
        out.extend(unpaired_old.iter().map(|&i| change(Some(&old[i]), None)));
        out.extend(unpaired_new.iter().map(|&j| change(None, Some(&new[j]))));
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
                    && unit_key(b) == unit_key(q)
                    && change(Some(q), Some(b)).direction == Direction::Same
            });
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

    /// (old text, new text) of every change `pair_changes` reports on two clauses as written.
    fn pairs_in(a: &str, b: &str) -> Vec<(Option<String>, Option<String>, Direction)> {
        let (qa, qb) = (
            crate::extract::find_quantities(a),
            crate::extract::find_quantities(b),
        );
        pair_changes(a, &qa, b, &qb)
            .into_iter()
            .map(|c| (c.old.map(|q| q.text), c.new.map(|q| q.text), c.direction))
            .collect()
    }

    fn some(o: &str, n: &str, d: Direction) -> (Option<String>, Option<String>, Direction) {
        (Some(o.to_string()), Some(n.to_string()), d)
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
        // 由…降至 is a from-to construction too; a 由 not followed by a figure and a verb is not.
        let q = crate::extract::find_quantities("化肥用量由10万吨降至8万吨");
        let text = "化肥用量由10万吨降至8万吨";
        let roles = from_to_roles(text, &q, &locate(text, &q));
        assert!(
            matches!(roles[..], [Role::Baseline, Role::Target { .. }]),
            "{roles:?}"
        );
        let text = "由政府投资10亿元，建设8个项目";
        let q = crate::extract::find_quantities(text);
        let roles = from_to_roles(text, &q, &locate(text, &q));
        assert!(roles.iter().all(|r| *r == Role::Plain), "{roles:?}");
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
        // 老楼加装电梯 in 部 and in 台 is one thing counted in two units.
        let got = pairs_in(
            "优化养老助餐点布局，老楼加装电梯完工600部",
            "实施老楼加装电梯800台以上",
        );
        assert_eq!(
            got,
            [some("600部", "800台以上", Direction::Incomparable)],
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
        // A floor followed by its own noun and no figure is no threshold: 5个以上 counts.
        let text = "新建5个以上紧密型城市医疗集团、区级覆盖率达80%以上";
        let q = crate::extract::find_quantities(text);
        assert!(thresholds(text, &q, &locate(text, &q))
            .iter()
            .all(Option::is_none));
    }
}
