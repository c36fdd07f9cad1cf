//! What each figure of a clause counts (数量所指), read from the words around it: the name
//! before or after it (打造精品示范村24个, 新建20个精品示范村), the name a 分别 construction gives
//! it, its place in a from-to construction (从77%提高到80%以上) and the threshold that defines
//! what it counts (500万元以上技改项目1.2万个). Pairing figures across years
//! (`diff::quantity`) and judging whether two reworded commitments are one (`align`) both ask
//! it, so it is read here, beside the grammar that finds the figures.

use crate::model::{Bound, Quantity};
use crate::text::fold;

/// What the figures of one clause count, in the order of its quantities.
#[derive(Debug, Clone, Default)]
pub struct Figures {
    /// Character bigrams of the phrase each figure counts (`contexts`); empty when the
    /// figure is not found in the text.
    pub contexts: Vec<Vec<(char, char)>>,
    /// Each figure's place in a from-to construction.
    pub roles: Vec<Role>,
    /// For each figure, the index of the threshold that defines what it counts, if any.
    pub thresholds: Vec<Option<usize>>,
    /// Each figure as a running total, an increment or neither ([`Running`]).
    pub running: Vec<Running>,
    /// Byte offset of each figure in the clause; `None` when it is not found there.
    pub found: Vec<Option<usize>>,
}

impl Figures {
    /// Read what each of `qs` counts in `text`, the clause they were found in.
    pub fn read(text: &str, qs: &[Quantity]) -> Figures {
        let found = locate(text, qs);
        let mut roles = from_to_roles(text, qs, &found);
        year_on_year_roles(text, qs, &found, &mut roles);
        Figures {
            contexts: contexts(text, qs, &found, &roles),
            thresholds: thresholds(text, qs, &found),
            running: running(text, &found),
            roles,
            found,
        }
    }

    /// The character bigrams of the words of the clause around figure `k` of `text` (the
    /// piece between the clause marks ，；。：！？ on either side), without its figures and
    /// units: what the clause says besides numbers. Empty when the figure is not found.
    /// Wider than [`Figures::contexts`], which stops at the nearest mark, bracket or figure:
    /// "城市危旧房3万套" and "改造2.5万套（间）城市危旧房" share 城市危旧房 only here.
    pub fn clause_words(&self, text: &str, qs: &[Quantity], k: usize) -> Vec<(char, char)> {
        let Some(at) = self.found.get(k).copied().flatten() else {
            return Vec::new();
        };
        const MARKS: &[char] = &['，', '；', '。', '：', '！', '？', ',', ';', ':', '!', '?'];
        let start = text[..at].rfind(MARKS).map_or(0, |i| {
            i + text[i..].chars().next().map_or(0, char::len_utf8)
        });
        let end = text[at..].find(MARKS).map_or(text.len(), |i| at + i);
        // Blank out every figure of the clause (its number, unit and qualifier).
        let mut keep = vec![true; end - start];
        for (q, f) in qs.iter().zip(&self.found) {
            if let Some(f) = *f {
                let (a, b) = (f.max(start), (f + q.text.len()).min(end));
                for x in keep
                    .iter_mut()
                    .take(b.saturating_sub(start))
                    .skip(a.saturating_sub(start))
                {
                    *x = false;
                }
            }
        }
        crate::text::ideograph_bigrams(
            text[start..end]
                .char_indices()
                .filter(|&(i, _)| keep[i])
                .map(|(_, c)| c),
        )
    }
}

/// Whether a figure states where a count stands or what this period adds to it (累计 / 新增).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Running {
    /// Marked as neither: 实现7000处信号灯联网.
    Plain,
    /// What this period adds: 新增1000处.
    Increment,
    /// Where the count stands: 累计达8000处.
    Total,
}

/// Words just before a figure that mark it as a running total (累计达8000处)…
const TOTAL_MARKS: &[&str] = &["累计", "总数", "总量", "总计"];
/// …or as this period's increment (新增1000处).
const INCREMENT_MARKS: &[&str] = &["新增", "新建", "增加", "新开工", "新培育", "新认定"];
/// A mark counts for a figure when it stands at most this many characters before it, with no
/// other figure or clause break between them.
const RUNNING_MARK_WINDOW: usize = 8;

/// [`Running`] of each figure, from the words just before it (`found`: each figure's byte
/// offset in `text`).
fn running(text: &str, found: &[Option<usize>]) -> Vec<Running> {
    found
        .iter()
        .map(|&at| {
            let Some(at) = at else {
                return Running::Plain;
            };
            let before = text.get(..at).unwrap_or("");
            let from = before
                .char_indices()
                .rev()
                .nth(RUNNING_MARK_WINDOW - 1)
                .map_or(0, |(i, _)| i);
            let window = &before[from..];
            let owns = |m: &&str| {
                window.rfind(*m).is_some_and(|k| {
                    !window[k..].contains(|c: char| c.is_ascii_digit() || "，。；、,;".contains(c))
                })
            };
            if TOTAL_MARKS.iter().any(owns) {
                Running::Total
            } else if INCREMENT_MARKS.iter().any(owns) {
                Running::Increment
            } else {
                Running::Plain
            }
        })
        .collect()
}

/// How strongly two clauses' figures say they count the same things: the best context
/// likeness ([`context_score`]) of two figures in the same unit, neither a from-to baseline;
/// 0 when no such two figures exist.
pub fn agreement(old: &[Quantity], of: &Figures, new: &[Quantity], nf: &Figures) -> f64 {
    let mut best: f64 = 0.0;
    for (i, o) in old.iter().enumerate() {
        for (j, n) in new.iter().enumerate() {
            if !of.roles[i].restates_last_year()
                && !nf.roles[j].restates_last_year()
                && o.unit_key() == n.unit_key()
            {
                best = best.max(context_score(&of.contexts[i], &nf.contexts[j]));
            }
        }
    }
    best
}

/// Characters of context kept on each side of a figure.
const CONTEXT_WIDTH: usize = 8;
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

/// What a figure is in a from-to construction (从每人每月2295元提高到2375元, 由X降至Y), or
/// beside a level it tells the change of since last year (比上年增加…).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Role {
    /// Any other figure.
    Plain,
    /// The level a from-to construction starts at (2295元): last year's figure restated,
    /// not a commitment of this text.
    Baseline,
    /// The level it moves to (2375元); `from` is the byte offset of its 从 or 由.
    Target { from: usize },
    /// How far a level the clause has just given moved since last year (5000亿元 in 专项债券
    /// 4.4万亿元、比上年增加5000亿元; 1个百分点 in 赤字率4%左右、比上年提高1个百分点): the
    /// difference of this year's figure and last year's, both of which the reports state, so
    /// no commitment of its own (comparing two years' differences, 1000亿元 → 5000亿元, would
    /// say +400 % of nothing anyone promised).
    YearOnYear,
}

impl Role {
    /// Whether the figure restates what last year's figure was rather than committing to
    /// one: a from-to baseline or a difference from last year. Such figures are never paired
    /// across years, added or removed.
    pub fn restates_last_year(self) -> bool {
        matches!(self, Role::Baseline | Role::YearOnYear)
    }
}

/// The words that, just before a figure, make it a change since last year: a comparison
/// (比上年…) then a verb of more or less.
const YEAR_ON_YEAR_LEADS: &[&str] = &[
    "比上年年初预算",
    "比上年",
    "比去年",
    "较上年",
    "较去年",
    "同比",
];
const YEAR_ON_YEAR_VERBS: &[&str] = &["增加", "提高", "减少", "下降", "降低", "增长", "多", "少"];

/// Marks [`Role::YearOnYear`] each plain figure led by a [`YEAR_ON_YEAR_LEADS`] comparison and
/// a [`YEAR_ON_YEAR_VERBS`] verb (再 between them allowed) that follows, in the same sentence,
/// a figure of the same unit (个百分点 after a %): the level it is the difference of. A rate
/// (比上年增长5%) is a target of its own, and so is a cut with no level before it
/// (较上年下降3分/千瓦时以上).
fn year_on_year_roles(text: &str, qs: &[Quantity], found: &[Option<usize>], roles: &mut [Role]) {
    let led = |at: usize| {
        let before = text[..at].trim_end_matches(['了', '再']);
        YEAR_ON_YEAR_VERBS.iter().any(|v| {
            before.strip_suffix(v).is_some_and(|b| {
                let b = b.trim_end_matches('再');
                YEAR_ON_YEAR_LEADS.iter().any(|l| b.ends_with(l))
            })
        })
    };
    for k in 0..qs.len() {
        let (Some(at), Role::Plain) = (found[k], roles[k]) else {
            continue;
        };
        let unit = qs[k].unit_key();
        if unit == "%" || !led(at) {
            continue;
        }
        let sentence_start = text[..at].rfind(['。', '；', ';', '\n']).unwrap_or(0);
        let level_before = (0..qs.len()).any(|j| {
            found[j].is_some_and(|f| f >= sentence_start && f < at)
                && roles[j] != Role::YearOnYear
                && (qs[j].unit_key() == unit || unit == "个百分点" && qs[j].unit_key() == "%")
        });
        if level_before {
            roles[k] = Role::YearOnYear;
        }
    }
}

/// At most this many word characters name what a threshold qualifies (技改项目 in
/// 500万元以上技改项目1.2万个).
const THRESHOLD_NOUN: usize = 8;

/// For each quantity, the threshold that defines what it counts, if any: in
/// 实施500万元以上技改项目1.2万个 and 总投资10亿元以上项目50个, 500万元以上 and 10亿元以上 say
/// which projects 1.2万个 and 50个 count. A threshold is a floor (以上, 超…) in another unit,
/// followed by the name it qualifies (optionally after 的) and then at once by the counted
/// figure, not by 等 (a list's end). `found` holds each quantity's byte offset in `text`.
fn thresholds(text: &str, qs: &[Quantity], found: &[Option<usize>]) -> Vec<Option<usize>> {
    let mut out = vec![None; qs.len()];
    let spans: Vec<(usize, usize, usize)> = found
        .iter()
        .enumerate()
        .filter_map(|(k, i)| i.map(|i| (k, i, i + qs[k].text.len())))
        .collect();
    for w in spans.windows(2) {
        let ((t, _, t_end), (k, k_start, _)) = (w[0], w[1]);
        if qs[t].bound() != Bound::Floor || qs[t].unit_key() == qs[k].unit_key() {
            continue;
        }
        let name = text.get(t_end..k_start).unwrap_or("");
        let name = name.strip_prefix('的').unwrap_or(name);
        let len = name.chars().count();
        // 等 closes a list (新增公共车位1万个以上等10件民生实事): the floor is an item's
        // amount, and the figure after it counts the items.
        if (1..=THRESHOLD_NOUN).contains(&len)
            && name.chars().all(|c| is_word(&c))
            && !name.starts_with('等')
        {
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

/// How alike two contexts are: Dice coefficient of their character bigrams.
pub fn context_score(a: &[(char, char)], b: &[(char, char)]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let shared = a.iter().filter(|c| b.contains(c)).count() as f64;
    2.0 * shared / (a.len() + b.len()) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> (Vec<Quantity>, Figures) {
        let q = crate::extract::find_quantities(text);
        let f = Figures::read(text, &q);
        (q, f)
    }

    #[test]
    fn from_to_constructions() {
        let (_, f) = read("化肥用量由10万吨降至8万吨");
        assert!(
            matches!(f.roles[..], [Role::Baseline, Role::Target { .. }]),
            "{:?}",
            f.roles
        );
        // 分别从每人每月…、…提高到…、…: two baselines, two targets.
        let (_, f) = read("分别从每人每月202元、270元提高到209元、280元");
        assert!(
            matches!(
                f.roles[..],
                [
                    Role::Baseline,
                    Role::Baseline,
                    Role::Target { .. },
                    Role::Target { .. }
                ]
            ),
            "{:?}",
            f.roles
        );
        // A 由 not followed by a figure and a to-verb is no from-to construction.
        let (_, f) = read("由政府投资10亿元，建设8个项目");
        assert!(f.roles.iter().all(|r| *r == Role::Plain), "{:?}", f.roles);
    }

    /// A change since last year beside the level it changes (national 2025's budget lines)
    /// restates the two years' figures; a rate, or a cut with no level before it, is a
    /// target of its own.
    #[test]
    fn a_change_since_last_year_beside_its_level_restates() {
        let (_, f) = read("拟安排地方政府专项债券4.4万亿元、比上年增加5000亿元，重点用于投资建设");
        assert_eq!(f.roles, [Role::Plain, Role::YearOnYear]);
        let (_, f) = read("今年赤字率拟按4%左右安排、比上年提高1个百分点，赤字规模5.66万亿元、比上年增加1.6万亿元。");
        assert_eq!(
            f.roles,
            [Role::Plain, Role::YearOnYear, Role::Plain, Role::YearOnYear]
        );
        let (_, f) = read("赤字率拟按3%安排，赤字规模4.06万亿元，比上年年初预算增加1800亿元。");
        assert_eq!(f.roles, [Role::Plain, Role::Plain, Role::YearOnYear]);
        let (_, f) = read("力争全省工商业平均电价较上年下降3分/千瓦时以上");
        assert_eq!(f.roles, [Role::Plain]);
        let (_, f) = read("实现营业收入1000亿元，比上年增长8%");
        assert_eq!(f.roles, [Role::Plain, Role::Plain]);
        // Another sentence's level is not this figure's.
        let (_, f) = read("安排资金500亿元。比上年增加50亿元");
        assert_eq!(f.roles, [Role::Plain, Role::Plain]);
        assert!(Role::YearOnYear.restates_last_year() && Role::Baseline.restates_last_year());
        assert!(!Role::Plain.restates_last_year());
    }

    #[test]
    fn running_totals_and_increments_by_their_marks() {
        let (_, f) = read("新增1000处信号灯联网、累计达8000处");
        assert_eq!(f.running, [Running::Increment, Running::Total]);
        let (_, f) = read("实现7000处信号灯联网");
        assert_eq!(f.running, [Running::Plain]);
        // A mark before another figure or a clause break is not this figure's.
        let (_, f) = read("新增公园141座、建成绿道200公里");
        assert_eq!(f.running, [Running::Increment, Running::Plain]);
    }

    #[test]
    fn thresholds_define_what_is_counted() {
        let (q, f) = read("实施500万元以上技改项目1.2万个左右");
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(f.thresholds, [None, Some(0)]);
        let (_, f) = read("投资2000万元以上的技改项目3000个");
        assert_eq!(f.thresholds, [None, Some(0)]);
        // A floor that ends a list's last item (…等10件) says what the item amounts to.
        let (q, f) = read("办好新增公共车位1万个以上等10件民生实事");
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(f.thresholds, [None, None]);
        // A floor followed by its own noun and no figure is no threshold: 5个以上 counts.
        let (_, f) = read("新建5个以上紧密型城市医疗集团、区级覆盖率达80%以上");
        assert!(
            f.thresholds.iter().all(Option::is_none),
            "{:?}",
            f.thresholds
        );
    }

    #[test]
    fn agreement_is_the_best_same_unit_likeness() {
        let agree = |a: &str, b: &str| {
            let ((qa, fa), (qb, fb)) = (read(a), read(b));
            agreement(&qa, &fa, &qb, &fb)
        };
        // beijing 2025 → 2026: the same beds, reworded around them.
        assert!(
            agree(
                "新建2000张家庭养老床位、200个农村邻里互助养老服务点",
                "新增5000张家庭养老床位；"
            ) > 0.8
        );
        // taiyuan: 招商落地开工投资 is not 争取上级资金, though both are 亿元以上.
        assert_eq!(
            agree(
                "力争全年招商落地开工投资1000亿元以上。",
                "力争全年争取上级资金300亿元以上。"
            ),
            0.0
        );
        // No figures in one unit on both sides: nothing to agree on.
        assert_eq!(agree("建设高标准农田15万亩", "新增就业1万人"), 0.0);
    }
}
