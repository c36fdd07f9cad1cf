//! Text similarity for pairing clauses (相似度): numbers masked, width and punctuation folded,
//! character-bigram Dice plus content-word overlap, with an inverted bigram index so that only
//! texts sharing enough bigrams are ever scored (300 × 300 clauses stay fast).
//!
//! Commitments are often whole sentences that a new report regroups (one clause moves into
//! another sentence), so a pair also scores its best clause-to-clause match (× 0.95).

use std::collections::HashMap;

use super::lex;
use crate::text::fold;

/// The placeholder a masked number becomes.
const NUMBER_MARK: char = '#';

/// Fold a text and keep only what carries meaning: letters, CJK, digits (no spaces, no
/// punctuation). Two texts equal under this are the same text (a re-scrape is not a change).
pub fn normalize(s: &str) -> String {
    fold(s)
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == NUMBER_MARK)
        .collect()
}

/// Marks a clause boundary (，；。…) in a masked text.
pub const CLAUSE_MARK: char = '|';

fn is_clause_punct(c: char) -> bool {
    matches!(c, ',' | ';' | '。' | '!' | '?' | ':' | '\n')
}

/// [`normalize`] with every number replaced by a placeholder (units stay: 10所 → #所), so
/// that a clause whose figure changed still pairs with its old self. Clause punctuation
/// becomes [`CLAUSE_MARK`] so that sentences can also be compared clause by clause.
pub fn mask_numbers(s: &str) -> String {
    let text = fold(s);
    let mut out = String::with_capacity(text.len());
    let mut in_number = false;
    for c in text.chars() {
        let digitish = c.is_ascii_digit() || (in_number && matches!(c, '.' | '%'));
        if digitish {
            if !in_number {
                out.push(NUMBER_MARK);
            }
            in_number = true;
            continue;
        }
        in_number = c == NUMBER_MARK;
        if c.is_alphanumeric() || c == NUMBER_MARK {
            out.push(c);
        } else if is_clause_punct(c) && !out.is_empty() && !out.ends_with(CLAUSE_MARK) {
            out.push(CLAUSE_MARK);
        }
    }
    if out.ends_with(CLAUSE_MARK) {
        out.pop();
    }
    // Collapse placeholder runs (a quantity text next to a digit run).
    let mut collapsed = String::with_capacity(out.len());
    let mut prev_mark = false;
    for c in out.chars() {
        if c == NUMBER_MARK && prev_mark {
            continue;
        }
        prev_mark = c == NUMBER_MARK;
        collapsed.push(c);
    }
    collapsed
}

/// A text ready for comparison: its bigram ids and content words, and the same for each of
/// its clauses when it has several.
#[derive(Debug, Clone, Default)]
struct Profile {
    norm: String,
    bigrams: Vec<u32>,
    words: Vec<String>,
    clauses: Vec<Profile>,
}

/// A clause needs this many distinct bigrams to be compared on its own.
const MIN_CLAUSE_BIGRAMS: usize = 4;
/// A clause-to-clause match counts this much of a whole-text match.
const CLAUSE_WEIGHT: f64 = 0.95;

/// Interns character bigrams as small integers.
#[derive(Default)]
struct Interner {
    ids: HashMap<(char, char), u32>,
}

impl Interner {
    fn profile(&mut self, masked: &str) -> Profile {
        let mut p = self.flat(&masked.replace(CLAUSE_MARK, ""));
        let parts: Vec<&str> = masked.split(CLAUSE_MARK).collect();
        if parts.len() > 1 {
            p.clauses = parts
                .into_iter()
                .map(|c| self.flat(c))
                .filter(|c| c.bigrams.len() >= MIN_CLAUSE_BIGRAMS)
                .collect();
        }
        p
    }

    fn flat(&mut self, masked: &str) -> Profile {
        let chars: Vec<char> = masked.chars().collect();
        let mut bigrams: Vec<u32> = Vec::with_capacity(chars.len());
        if chars.len() == 1 {
            let next = self.ids.len() as u32;
            bigrams.push(*self.ids.entry((chars[0], '\0')).or_insert(next));
        }
        for w in chars.windows(2) {
            let next = self.ids.len() as u32;
            bigrams.push(*self.ids.entry((w[0], w[1])).or_insert(next));
        }
        bigrams.sort_unstable();
        bigrams.dedup();
        let mut words: Vec<String> = lex::words(masked)
            .into_iter()
            .filter(|w| w.chars().count() >= 2 && !lex::is_generic(w) && !w.contains(NUMBER_MARK))
            .map(str::to_string)
            .collect();
        words.sort_unstable();
        words.dedup();
        Profile {
            norm: masked.to_string(),
            bigrams,
            words,
            clauses: Vec::new(),
        }
    }
}

/// Dice coefficient of two sorted, deduplicated lists.
fn dice_sorted<T: Ord>(a: &[T], b: &[T]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    2.0 * common as f64 / (a.len() + b.len()) as f64
}

fn combine(bigram_dice: f64, a: &Profile, b: &Profile) -> f64 {
    if a.norm == b.norm {
        return 1.0;
    }
    if a.words.is_empty() && b.words.is_empty() {
        return bigram_dice;
    }
    0.7 * bigram_dice + 0.3 * dice_sorted(&a.words, &b.words)
}

/// The score of two profiles whose whole-text bigram Dice is `d`: the whole-text score, or
/// the best clause-to-clause score (weighted by [`CLAUSE_WEIGHT`]) when sentences were
/// regrouped (one clause of a long old sentence became a sentence of its own).
fn score(d: f64, a: &Profile, b: &Profile) -> f64 {
    let whole = combine(d, a, b);
    if a.clauses.is_empty() && b.clauses.is_empty() {
        return whole;
    }
    let ca: &[Profile] = if a.clauses.is_empty() {
        std::slice::from_ref(a)
    } else {
        &a.clauses
    };
    let cb: &[Profile] = if b.clauses.is_empty() {
        std::slice::from_ref(b)
    } else {
        &b.clauses
    };
    let mut best: f64 = 0.0;
    for x in ca {
        for y in cb {
            let d = dice_sorted(&x.bigrams, &y.bigrams);
            // Words only matter when the bigrams are already close.
            if d * 0.7 + 0.3 > best / CLAUSE_WEIGHT {
                best = best.max(CLAUSE_WEIGHT * combine(d, x, y));
            }
        }
    }
    whole.max(best)
}

/// Similarity in [0, 1] of two already-masked texts (see [`mask_numbers`]).
pub fn similarity(a: &str, b: &str) -> f64 {
    let mut interner = Interner::default();
    let (pa, pb) = (interner.profile(a), interner.profile(b));
    score(dice_sorted(&pa.bigrams, &pb.bigrams), &pa, &pb)
}

/// A pair is scored when whole-text Dice reaches [`PairOptions::min_bigram_dice`] or when
/// this share of the shorter text's bigrams occurs in the longer one (containment).
const MIN_OVERLAP: f64 = 0.45;
/// …or when they share at least this many bigrams (a clause may match inside long sentences).
const MIN_SHARED: u32 = 4;

/// Options for [`pair`].
#[derive(Debug, Clone, Copy)]
pub struct PairOptions {
    /// Pairs scoring below this are never made.
    pub threshold: f64,
    /// Bigram Dice below this is not even scored (candidate filter).
    pub min_bigram_dice: f64,
}

impl Default for PairOptions {
    fn default() -> Self {
        PairOptions {
            threshold: 0.5,
            min_bigram_dice: 0.3,
        }
    }
}

/// Pair masked texts one-to-one, best score first. `bonus(i, j)` is added to the score when
/// ranking (context, e.g. "both in aligned sections") but not to the score returned.
/// Returns `(old index, new index, score)` sorted by old index.
pub fn pair(
    old: &[String],
    new: &[String],
    opts: PairOptions,
    bonus: impl Fn(usize, usize) -> f64,
) -> Vec<(usize, usize, f64)> {
    assign(&candidates(old, new, opts), old.len(), new.len(), bonus)
}

/// Every (old, new, score) pair scoring at least the threshold, found through the inverted
/// bigram index. Scoring is the costly part; [`assign`] can rank the result many times.
pub fn candidates(old: &[String], new: &[String], opts: PairOptions) -> Vec<(usize, usize, f64)> {
    let mut interner = Interner::default();
    let old_p: Vec<Profile> = old.iter().map(|s| interner.profile(s)).collect();
    let new_p: Vec<Profile> = new.iter().map(|s| interner.profile(s)).collect();
    let mut postings: Vec<Vec<u32>> = vec![Vec::new(); interner.ids.len()];
    for (j, p) in new_p.iter().enumerate() {
        for &b in &p.bigrams {
            postings[b as usize].push(j as u32);
        }
    }
    let mut shared = vec![0u32; new_p.len()];
    let mut touched: Vec<u32> = Vec::new();
    let mut cands: Vec<(usize, usize, f64)> = Vec::new();
    for (i, a) in old_p.iter().enumerate() {
        for &b in &a.bigrams {
            for &j in &postings[b as usize] {
                if shared[j as usize] == 0 {
                    touched.push(j);
                }
                shared[j as usize] += 1;
            }
        }
        for &j in &touched {
            let j = j as usize;
            let b = &new_p[j];
            let d = 2.0 * shared[j] as f64 / (a.bigrams.len() + b.bigrams.len()) as f64;
            let shared_ab = shared[j];
            let overlap = shared[j] as f64 / a.bigrams.len().min(b.bigrams.len()).max(1) as f64;
            shared[j] = 0;
            if d < opts.min_bigram_dice
                && overlap < MIN_OVERLAP
                && shared_ab < MIN_SHARED
                && a.norm != b.norm
            {
                continue;
            }
            let score = score(d, a, b);
            if score >= opts.threshold {
                cands.push((i, j, score));
            }
        }
        touched.clear();
    }
    cands
}

/// One-to-one assignment of [`candidates`], ranked by score plus `bonus(i, j)`; returns
/// `(old, new, score)` sorted by old index.
pub fn assign(
    cands: &[(usize, usize, f64)],
    n_old: usize,
    n_new: usize,
    bonus: impl Fn(usize, usize) -> f64,
) -> Vec<(usize, usize, f64)> {
    greedy(
        cands
            .iter()
            .map(|&(i, j, s)| (s + bonus(i, j), s, i, j))
            .collect(),
        n_old,
        n_new,
    )
}

/// One-to-one assignment, best ranked first; ties broken by position so output is stable.
fn greedy(
    mut cands: Vec<(f64, f64, usize, usize)>,
    n_old: usize,
    n_new: usize,
) -> Vec<(usize, usize, f64)> {
    cands.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.2.cmp(&y.2)).then(x.3.cmp(&y.3)));
    let mut used_old = vec![false; n_old];
    let mut used_new = vec![false; n_new];
    let mut out = Vec::new();
    for (_, score, i, j) in cands {
        if used_old[i] || used_new[j] {
            continue;
        }
        used_old[i] = true;
        used_new[j] = true;
        out.push((i, j, score));
    }
    out.sort_by_key(|p| p.0);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(s: &str) -> String {
        mask_numbers(s)
    }

    #[test]
    fn masks_numbers_and_folds() {
        assert_eq!(m("新增技能人才1.5万人。"), "新增技能人才#万人");
        assert_eq!(m("增长５％左右，"), "增长#左右");
        assert_eq!(
            m("新建公办幼儿园10所，新增学位2500个。"),
            "新建公办幼儿园#所|新增学位#个"
        );
        assert_eq!(m("新建公办幼儿园10所"), "新建公办幼儿园#所");
    }

    #[test]
    fn normalize_ignores_width_space_and_punctuation() {
        assert_eq!(
            normalize("（一）推进“幼有善育”。"),
            normalize("(一) 推进\"幼有善育\"")
        );
        assert_ne!(normalize("新建10所"), normalize("新建11所"));
    }

    #[test]
    fn reworded_clauses_are_similar_unrelated_are_not() {
        assert!(similarity(&m("新建公办幼儿园10所"), &m("新改扩建公办幼儿园10所")) > 0.6);
        assert_eq!(
            similarity(&m("新增技能人才1.5万人"), &m("新增技能人才1万人")),
            1.0
        );
        assert!(similarity(&m("新建公办幼儿园10所"), &m("改造老旧小区200个")) < 0.2);
    }

    #[test]
    fn pairs_one_to_one_and_never_forces() {
        let old: Vec<String> = [
            "新建公办幼儿园10所",
            "新增技能人才1.5万人",
            "改造老旧小区200个",
        ]
        .iter()
        .map(|s| m(s))
        .collect();
        let new: Vec<String> = [
            "新增技能人才1万人",
            "新改扩建公办幼儿园10所",
            "建设智慧停车场",
        ]
        .iter()
        .map(|s| m(s))
        .collect();
        let pairs = pair(&old, &new, PairOptions::default(), |_, _| 0.0);
        let ij: Vec<(usize, usize)> = pairs.iter().map(|p| (p.0, p.1)).collect();
        assert_eq!(ij, vec![(0, 1), (1, 0)]);
    }

    #[test]
    fn regrouped_sentences_pair_by_their_best_clause() {
        let old = m("新建公办幼儿园10所，新增学位2500个，鼓励小区配套幼儿园办成公办园，满足群众上公办园需求。");
        let new = m("新改扩建公办幼儿园10所,增加学位2500个。");
        assert!(similarity(&old, &new) > 0.6, "{}", similarity(&old, &new));
        let old = m("加强公共安全系统施治，常态化开展扫黑除恶。");
        let new = m("深入推进信访工作法治化,常态化开展扫黑除恶,");
        assert!(similarity(&old, &new) >= 0.9);
        let old = m("强化土壤污染源头防控，全方位推进“无废城市”建设。");
        let new = m("持续推动“无废城市”建设,开展非法倾倒处置固废专项整治,支持古交建设国家级固废综合利用基地。");
        assert!(similarity(&old, &new) >= 0.5, "{}", similarity(&old, &new));
        // A long sentence sharing only stock phrases with another does not pair.
        let old = m("加快推进古娄方高速、太旧高速改扩建、国道一级公路环线等建设，打造连接四市1小时城市快速路。");
        let new = m("加快建设国家区域医疗中心，推动病房改造提升。");
        assert!(similarity(&old, &new) < 0.4, "{}", similarity(&old, &new));
    }

    #[test]
    fn bonus_breaks_ties() {
        let old = vec![m("开展专项行动")];
        let new = vec![m("开展专项行动"), m("开展专项行动")];
        let pairs = pair(&old, &new, PairOptions::default(), |_, j| {
            if j == 1 {
                0.05
            } else {
                0.0
            }
        });
        assert_eq!(pairs, vec![(0, 1, 1.0)]);
    }

    #[test]
    fn three_hundred_squared_is_fast() {
        let old: Vec<String> = (0..300)
            .map(|i| {
                m(&format!(
                    "推进第{i}项重点工程建设项目并完成投资{i}亿元，改造道路{}公里",
                    i * 3
                ))
            })
            .collect();
        let new: Vec<String> = (0..300)
            .map(|i| m(&format!("加快第{i}项重点工程项目建设完成投资{}亿元", i + 1)))
            .collect();
        let t = std::time::Instant::now();
        let _ = pair(&old, &new, PairOptions::default(), |_, _| 0.0);
        assert!(t.elapsed().as_secs_f64() < 2.0, "took {:?}", t.elapsed());
    }
}
