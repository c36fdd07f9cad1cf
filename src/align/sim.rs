//! Text similarity for pairing clauses (相似度): numbers masked, width and punctuation folded,
//! character-bigram Dice plus content-word overlap, with an inverted bigram index so that only
//! texts sharing enough bigrams are ever scored (300 × 300 clauses stay fast).
//!
//! Commitments are often whole sentences that a new report regroups (one clause moves into
//! another sentence), so a pair also scores its best clause-to-clause match (× 0.95; against
//! a sentence of six clauses or more, weighed down by how small a share of either text the
//! clause is).

use std::collections::HashMap;

use rustc_hash::FxHashMap;

use super::lex;
use crate::text::{fold, fold_char};

/// The placeholder a masked number becomes.
const NUMBER_MARK: char = '#';

/// Fold a text and keep only what carries meaning: letters, CJK, digits (no spaces, no
/// punctuation). Two texts equal under this are the same text (a re-scrape is not a change).
pub fn normalize(s: &str) -> String {
    fold(s)
        .chars()
        .filter(|&c| is_alphanumeric(c) || c == NUMBER_MARK)
        .collect()
}

/// `char::is_alphanumeric`, answering the common case (a CJK ideograph of the basic block,
/// all of which are letters) without the Unicode table search.
#[inline]
fn is_alphanumeric(c: char) -> bool {
    ('\u{4E00}'..='\u{9FEF}').contains(&c) || c.is_alphanumeric()
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
    let mut out = String::with_capacity(s.len());
    let mut in_number = false;
    // One pass over the folded characters; a placeholder right after a placeholder is
    // dropped as it comes (a quantity text next to a digit run collapses to one mark).
    let push_mark = |out: &mut String| {
        if !out.ends_with(NUMBER_MARK) {
            out.push(NUMBER_MARK);
        }
    };
    // Runs of CJK ideographs (most of a clause) fold to themselves and are kept as they are:
    // they are copied whole instead of character by character.
    let mut run = 0;
    // Inside quotation marks a number is part of a name (“3个100”, “61020”), kept as written:
    // “61020” and “71020” are two programmes, not one with its figure changed.
    let mut in_quote = false;
    for (i, c) in s.char_indices() {
        if ('\u{4E00}'..='\u{9FEF}').contains(&c) {
            in_number = false;
            continue;
        }
        out.push_str(&s[run..i]);
        run = i + c.len_utf8();
        let c = fold_char(c);
        if c == '"' {
            in_quote = !in_quote;
        } else if c == '\n' {
            in_quote = false;
        }
        let digitish = c.is_ascii_digit() || (in_number && matches!(c, '.' | '%'));
        if digitish && in_quote {
            in_number = false;
            out.push(c);
            continue;
        }
        if digitish {
            if !in_number {
                push_mark(&mut out);
            }
            in_number = true;
            continue;
        }
        in_number = c == NUMBER_MARK;
        if c == NUMBER_MARK {
            push_mark(&mut out);
        } else if is_alphanumeric(c) {
            out.push(c);
        } else if is_clause_punct(c) && !out.is_empty() && !out.ends_with(CLAUSE_MARK) {
            out.push(CLAUSE_MARK);
        }
    }
    out.push_str(&s[run..]);
    if out.ends_with(CLAUSE_MARK) {
        out.pop();
    }
    out
}

/// A text ready for comparison: its whole text (clause marks dropped) and, when it has several
/// clauses, each clause long enough to be compared on its own, as indices of flat texts.
#[derive(Debug, Clone, Default)]
struct Profile {
    whole: u32,
    clauses: Vec<u32>,
}

impl Profile {
    /// What clause-level scoring compares: the clauses, or the whole text when it has none.
    fn units(&self) -> &[u32] {
        if self.clauses.is_empty() {
            std::slice::from_ref(&self.whole)
        } else {
            &self.clauses
        }
    }
}

/// A clause needs this many distinct bigrams to be compared on its own.
const MIN_CLAUSE_BIGRAMS: usize = 4;
/// A clause-to-clause match counts this much of a whole-text match.
const CLAUSE_WEIGHT: f64 = 0.95;

/// A clause-free ("flat") text with what scoring needs of it: its distinct character bigrams
/// and its content words, each sorted. A bigram is the key `first << 21 | second` (a `char`
/// has 21 bits), so two texts prepared apart share a bigram exactly when they share the two
/// characters; words are compared as strings. Scores count shared elements, so they do not
/// depend on how elements are named.
#[derive(Debug, Clone, Default)]
struct Flat {
    text: String,
    bigrams: Vec<u64>,
    /// Distinct content words, as byte ranges of `text`, in string order.
    words: Vec<(u32, u32)>,
}

impl Flat {
    /// Word `k` (of `words`).
    fn word(&self, k: usize) -> &str {
        let (a, b) = self.words[k];
        self.text.get(a as usize..b as usize).unwrap_or_default()
    }

    /// Dice coefficient of two flat texts' word sets (sorted, distinct: see [`dice_by`]).
    fn word_dice(&self, other: &Flat) -> f64 {
        dice_by(self.words.len(), other.words.len(), |i, j| {
            self.word(i).cmp(other.word(j))
        })
    }

    /// `words` are the text's content words ([`lex::each_word`]), as slices of `text`.
    fn new(text: &str, chars: &mut Vec<char>, words_of_text: &[&str]) -> Flat {
        chars.clear();
        chars.extend(text.chars());
        let key = |a: char, b: char| (a as u64) << 21 | b as u64;
        let mut bigrams: Vec<u64> = Vec::with_capacity(chars.len());
        if chars.len() == 1 {
            bigrams.push(key(chars[0], '\0'));
        }
        bigrams.extend(chars.windows(2).map(|w| key(w[0], w[1])));
        bigrams.sort_unstable();
        bigrams.dedup();
        // Words are slices of `text`, kept as byte ranges: no allocation per word.
        let base = text.as_ptr() as usize;
        let mut words: Vec<(u32, u32)> = Vec::new();
        for w in words_of_text {
            if w.chars().nth(1).is_some() && !w.contains(NUMBER_MARK) {
                let start = (w.as_ptr() as usize).wrapping_sub(base);
                if text.get(start..start + w.len()) == Some(w) {
                    words.push((start as u32, (start + w.len()) as u32));
                }
            }
        }
        let at = |&(a, b): &(u32, u32)| text.get(a as usize..b as usize).unwrap_or_default();
        words.sort_unstable_by(|x, y| at(x).cmp(at(y)));
        words.dedup_by(|x, y| at(x) == at(y));
        Flat {
            text: text.to_string(),
            bigrams,
            words,
        }
    }
}

/// Distinct flat texts, each made once, with scratch buffers reused between them.
#[derive(Default)]
struct FlatSet {
    flats: Vec<Flat>,
    /// Flat text → its index in `flats`.
    ids: FxHashMap<String, u32>,
    chars: Vec<char>,
}

impl FlatSet {
    /// The index of flat text `text`, made on first sight from the content words that
    /// `words` hands to its callback (slices of `text`; it is only called then).
    fn add<'t>(&mut self, text: &'t str, words: impl FnOnce(&mut dyn FnMut(&'t str))) -> u32 {
        if let Some(&id) = self.ids.get(text) {
            return id;
        }
        let mut list: Vec<&str> = Vec::new();
        words(&mut |w| list.push(w));
        let id = self.flats.len() as u32;
        self.flats.push(Flat::new(text, &mut self.chars, &list));
        self.ids.insert(text.to_string(), id);
        id
    }
}

/// One side's masked texts (see [`mask_numbers`]) ready for pairing, made from that side alone
/// (for commitments and lists, on the thread that parsed the report): each text's profile and
/// each distinct flat text (whole texts and clauses) with its bigrams and words, made once
/// however often it repeats. A text and its clauses are segmented together: each clause takes
/// the whole's tokens where that is provably the same as segmenting it alone (`lex::Parts`).
/// Every flat text is prepared, not only those a pair ends up scoring: more work in all, but
/// on the parse threads instead of after them.
#[derive(Debug, Clone, Default)]
pub struct Texts {
    masked: Vec<String>,
    profiles: Vec<Profile>,
    flats: Vec<Flat>,
    /// Flat text → its index in `flats`.
    flat_ids: FxHashMap<String, u32>,
}

impl Texts {
    /// Prepare masked texts.
    pub fn new(masked: Vec<String>) -> Texts {
        let mut flats = FlatSet::default();
        let mut joined = String::new();
        let mut parts: Vec<(usize, usize)> = Vec::new();
        let mut profiles = Vec::with_capacity(masked.len());
        for m in &masked {
            // The whole text (clause marks dropped) is its clauses run together.
            joined.clear();
            parts.clear();
            for c in m.split(CLAUSE_MARK) {
                let start = joined.len();
                joined.push_str(c);
                parts.push((start, joined.len()));
            }
            let p = if parts.len() == 1 {
                Profile {
                    whole: flats.add(&joined, |f| lex::each_word(&joined, f)),
                    clauses: Vec::new(),
                }
            } else {
                // Segmented once for the whole and its clauses (see `lex::Parts`).
                let all_known = flats.ids.contains_key(joined.as_str())
                    && parts
                        .iter()
                        .all(|&(a, b)| flats.ids.contains_key(&joined[a..b]));
                let seg = (!all_known).then(|| lex::Parts::new(&joined, &parts));
                let whole = flats.add(&joined, |f| {
                    if let Some(seg) = &seg {
                        seg.each_word(f);
                    }
                });
                let clauses = (0..parts.len())
                    .map(|k| {
                        let (a, b) = parts[k];
                        flats.add(&joined[a..b], |f| {
                            if let Some(seg) = &seg {
                                seg.each_part_word(k, f);
                            }
                        })
                    })
                    .collect();
                Profile { whole, clauses }
            };
            profiles.push(p);
        }
        let FlatSet { flats, ids, .. } = flats;
        for p in &mut profiles {
            p.clauses
                .retain(|&id| flats[id as usize].bigrams.len() >= MIN_CLAUSE_BIGRAMS);
        }
        Texts {
            masked,
            profiles,
            flats,
            flat_ids: ids,
        }
    }

    /// The distinct content words of text `k` as a whole (its clauses run together), in
    /// string order.
    pub fn words_of(&self, k: usize) -> impl Iterator<Item = &str> {
        let flat = &self.flats[self.profiles[k].whole as usize];
        (0..flat.words.len()).map(move |w| flat.word(w))
    }

    /// Text `k` as prepared (masked).
    pub fn masked(&self, k: usize) -> &str {
        &self.masked[k]
    }

    /// Number of texts.
    pub fn len(&self) -> usize {
        self.masked.len()
    }

    /// Whether there are no texts.
    pub fn is_empty(&self) -> bool {
        self.masked.is_empty()
    }
}

/// Two sides' flat texts under shared indices: equal flat texts (within or across the sides)
/// get the same index, so `x == y` means "same text" as it did with one interner.
struct Joined<'a> {
    flats: Vec<&'a Flat>,
    old: &'a [Profile],
    new: Vec<Profile>,
}

impl<'a> Joined<'a> {
    fn new(old: &'a Texts, new: &'a Texts) -> Joined<'a> {
        let mut flats: Vec<&Flat> = old.flats.iter().collect();
        let new_ids: Vec<u32> = new
            .flats
            .iter()
            .map(|f| match old.flat_ids.get(f.text.as_str()) {
                Some(&id) => id,
                None => {
                    flats.push(f);
                    flats.len() as u32 - 1
                }
            })
            .collect();
        let remap = |p: &Profile| Profile {
            whole: new_ids[p.whole as usize],
            clauses: p.clauses.iter().map(|&c| new_ids[c as usize]).collect(),
        };
        Joined {
            flats,
            old: &old.profiles,
            new: new.profiles.iter().map(remap).collect(),
        }
    }
}

/// Dice coefficient of two sorted, deduplicated lists.
fn dice_sorted<T: Ord>(a: &[T], b: &[T]) -> f64 {
    dice_by(a.len(), b.len(), |i, j| a[i].cmp(&b[j]))
}

/// Dice coefficient of two sorted, deduplicated sequences of lengths `n` and `m`, whose
/// elements `cmp(i, j)` compares: one merge pass counts the shared elements.
fn dice_by(n: usize, m: usize, mut cmp: impl FnMut(usize, usize) -> std::cmp::Ordering) -> f64 {
    if n == 0 || m == 0 {
        return 0.0;
    }
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < n && j < m {
        match cmp(i, j) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    2.0 * common as f64 / (n + m) as f64
}

fn combine(bigram_dice: f64, flats: &[&Flat], x: u32, y: u32) -> f64 {
    if x == y {
        return 1.0;
    }
    let (a, b) = (flats[x as usize], flats[y as usize]);
    if a.words.is_empty() && b.words.is_empty() {
        return bigram_dice;
    }
    0.7 * bigram_dice + 0.3 * a.word_dice(b)
}

/// The score of two profiles whose whole-text bigram Dice is `d`: the whole-text score, or
/// the best clause-to-clause score (weighted by [`CLAUSE_WEIGHT`]) when sentences were
/// regrouped (one clause of a long old sentence became a sentence of its own).
fn score(d: f64, flats: &[&Flat], a: &Profile, b: &Profile) -> f64 {
    let whole = combine(d, flats, a.whole, b.whole);
    if a.clauses.is_empty() && b.clauses.is_empty() {
        return whole;
    }
    let ca = a.units();
    let cb = b.units();
    // A "sentence" of many clauses is a paragraph of principles (政府工作总体要求是：…, twenty
    // clauses): one of its clauses echoing another text is chance, not a regrouped sentence.
    if ca.len().max(cb.len()) > MAX_REGROUPED_CLAUSES {
        return whole;
    }
    let share = |x: u32, whole: u32| {
        flats[x as usize].text.len() as f64 / flats[whole as usize].text.len().max(1) as f64
    };
    let many_clauses = ca.len().max(cb.len()) >= MANY_CLAUSES;
    let mut best: f64 = 0.0;
    for &x in ca {
        for &y in cb {
            let d = dice_sorted(&flats[x as usize].bigrams, &flats[y as usize].bigrams);
            // Words only matter when the bigrams are already close.
            if d * 0.7 + 0.3 > best / CLAUSE_WEIGHT {
                // A regrouped sentence is (mostly) the clause on one side; a clause that is a
                // small share of both texts (加快国家区域中心城市建设步伐，在…中发挥更大作用 against
                // one clause of a goals sentence) pairs them far more weakly.
                // A short text echoing one clause of a list of goals (深化人民城市建设 against
                // …人民城市建设持续深化…) rewords it; a regrouped clause keeps its words. Only a
                // near-verbatim clause counts as the short text's whole.
                let one_clause = a.clauses.is_empty() || b.clauses.is_empty();
                let cover = if !many_clauses {
                    1.0
                } else if d >= VERBATIM_CLAUSE || !one_clause {
                    share(x, a.whole).max(share(y, b.whole)).min(1.0)
                } else {
                    share(x, a.whole).min(share(y, b.whole)).min(1.0)
                };
                let weight = CLAUSE_WEIGHT * (0.5 + 0.5 * cover);
                best = best.max(weight * combine(d, flats, x, y));
            }
        }
    }
    whole.max(best)
}

/// From this many clauses on either side, a clause-to-clause match weighs by the share of
/// one text the clause is ([`score`]).
const MANY_CLAUSES: usize = 6;

/// The clause bigram Dice from which a clause of a many-clause text is the same clause
/// regrouped ([`score`]) when the other text is that one clause: 社会政策要兜牢民生底线 against
/// …社会政策要兜住兜牢民生底线… is about 0.9; goals reworded as outcomes (深化人民城市建设 →
/// 人民城市建设持续深化) about 0.75 and below.
const VERBATIM_CLAUSE: f64 = 0.85;

/// Above this many clauses on either side, two texts are scored whole only ([`score`]).
const MAX_REGROUPED_CLAUSES: usize = 10;

/// Slack added to [`score_bound`] so that float rounding can never make a bound fall below
/// the score it bounds.
const BOUND_SLACK: f64 = 1e-9;

/// An upper bound of [`score`] that needs no words, only bigrams: a whole-text or clause
/// score is at most `0.7 × Dice + 0.3` (word Dice is at most 1), or 1 for identical texts.
fn score_bound(d: f64, flats: &[&Flat], a: &Profile, b: &Profile) -> f64 {
    let bound = |d: f64, x: u32, y: u32| if x == y { 1.0 } else { 0.7 * d + 0.3 };
    let mut best = bound(d, a.whole, b.whole);
    if !(a.clauses.is_empty() && b.clauses.is_empty()) {
        let ca = a.units();
        let cb = b.units();
        for &x in ca {
            for &y in cb {
                let d = dice_sorted(&flats[x as usize].bigrams, &flats[y as usize].bigrams);
                best = best.max(CLAUSE_WEIGHT * bound(d, x, y));
            }
        }
    }
    best + BOUND_SLACK
}

/// Similarity in [0, 1] of two already-masked texts (see [`mask_numbers`]).
pub fn similarity(a: &str, b: &str) -> f64 {
    let (ta, tb) = (
        Texts::new(vec![a.to_string()]),
        Texts::new(vec![b.to_string()]),
    );
    let j = Joined::new(&ta, &tb);
    let (pa, pb) = (&j.old[0], &j.new[0]);
    let d = dice_sorted(
        &j.flats[pa.whole as usize].bigrams,
        &j.flats[pb.whole as usize].bigrams,
    );
    score(d, &j.flats, pa, pb)
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

/// Fuzzy pairing scores every pair of texts that share a bigram, which is quadratic. Beyond
/// this many possible pairs (2000 × 2000; the largest real report has about 600 commitments)
/// only texts identical after normalizing are paired, in order, which is linear; see
/// docs/robustness.md.
pub const MAX_FUZZY_PAIRS: usize = 4_000_000;

/// Pair texts identical after [`normalize`], the k-th old occurrence with the k-th new one.
fn pair_identical(old: &[String], new: &[String]) -> Vec<(usize, usize, f64)> {
    let mut waiting: HashMap<String, std::collections::VecDeque<usize>> = HashMap::new();
    for (j, s) in new.iter().enumerate() {
        waiting.entry(normalize(s)).or_default().push_back(j);
    }
    old.iter()
        .enumerate()
        .filter_map(|(i, s)| Some((i, waiting.get_mut(&normalize(s))?.pop_front()?, 1.0)))
        .collect()
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
    if old.len().saturating_mul(new.len()) > MAX_FUZZY_PAIRS {
        return pair_identical(old, new);
    }
    candidates_prepared(&Texts::new(old.to_vec()), &Texts::new(new.to_vec()), opts)
}

/// [`candidates`] of texts already prepared, each side on its own ([`Texts::new`]).
pub fn candidates_prepared(
    old: &Texts,
    new: &Texts,
    opts: PairOptions,
) -> Vec<(usize, usize, f64)> {
    if old.len().saturating_mul(new.len()) > MAX_FUZZY_PAIRS {
        return pair_identical(&old.masked, &new.masked);
    }
    let joined = Joined::new(old, new);
    let flats: &[&Flat] = &joined.flats;
    let (old_p, new_p) = (joined.old, &joined.new);
    let bigrams = |p: &Profile| flats[p.whole as usize].bigrams.as_slice();
    // The inverted index: each bigram of a new text, as a dense id, → the new texts with it,
    // in text order. The lists share one array (`postings` of id k is
    // `list[starts[k]..starts[k + 1]]`): counted first, then filled, with no allocation per
    // bigram.
    let mut bigram_ids: FxHashMap<u64, u32> = FxHashMap::default();
    let mut counts: Vec<u32> = Vec::new();
    let mut ids_in_order: Vec<u32> = Vec::new();
    for p in new_p.iter() {
        for &b in bigrams(p) {
            let next = counts.len() as u32;
            let id = *bigram_ids.entry(b).or_insert(next);
            if id == next {
                counts.push(0);
            }
            counts[id as usize] += 1;
            ids_in_order.push(id);
        }
    }
    let mut starts: Vec<usize> = Vec::with_capacity(counts.len() + 1);
    let mut total = 0;
    starts.push(0);
    for &n in &counts {
        total += n as usize;
        starts.push(total);
    }
    let mut fill = starts.clone();
    let mut list = vec![0u32; total];
    let mut ids = ids_in_order.iter();
    for (j, p) in new_p.iter().enumerate() {
        for _ in bigrams(p) {
            if let Some(&id) = ids.next() {
                list[fill[id as usize]] = j as u32;
                fill[id as usize] += 1;
            }
        }
    }
    let postings = |id: u32| &list[starts[id as usize]..starts[id as usize + 1]];
    let mut shared = vec![0u32; new_p.len()];
    let mut touched: Vec<u32> = Vec::new();
    let mut cands: Vec<(usize, usize, f64)> = Vec::new();
    for (i, a) in old_p.iter().enumerate() {
        let a_bigrams = bigrams(a);
        for b in a_bigrams {
            let Some(&id) = bigram_ids.get(b) else {
                continue;
            };
            for &j in postings(id) {
                if shared[j as usize] == 0 {
                    touched.push(j);
                }
                shared[j as usize] += 1;
            }
        }
        for &j in &touched {
            let j = j as usize;
            let b = &new_p[j];
            let b_len = bigrams(b).len();
            let d = 2.0 * shared[j] as f64 / (a_bigrams.len() + b_len) as f64;
            let shared_ab = shared[j];
            let overlap = shared[j] as f64 / a_bigrams.len().min(b_len).max(1) as f64;
            shared[j] = 0;
            if d < opts.min_bigram_dice
                && overlap < MIN_OVERLAP
                && shared_ab < MIN_SHARED
                && a.whole != b.whole
            {
                continue;
            }
            // Word overlap is the costly part of scoring: a pair that cannot reach the
            // threshold even with every word shared is dropped before its words are compared.
            if score_bound(d, flats, a, b) < opts.threshold {
                continue;
            }
            let score = score(d, flats, a, b);
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

    /// One clause shared with a sentence of many clauses (a year's general requirements, a
    /// goals sentence) weighs by the share of the shorter text it is: the 2025 seed's
    /// 加快国家区域中心城市建设步伐，… shares one clause with the 2026 requirements and must
    /// score below the 2025 requirements, which share most of theirs. Between texts of few
    /// clauses, a clause kept still scores as one (a regrouped sentence).
    #[test]
    fn one_clause_of_a_long_sentence_weighs_by_its_share() {
        let req_2025 = m("政府工作总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神 and 二十届二中、三中全会精神，深入贯彻落实习近平总书记对山西工作的重要讲话重要指示精神，按照中央和省委、市委经济工作会议部署，坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，主动服务和融入新发展格局，聚焦“六地”发展定位，进一步全面深化改革，着力扩大开放，更好统筹发展和安全，高质量完成“十四五”规划目标任务");
        let req_2026 = m("全年工作的总体要求是：以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大、二十届历次全会和中央经济工作会议精神，深入贯彻习近平总书记对山西工作的重要讲话重要指示精神，按照省委经济工作会议部署要求，锚定再现“锦绣太原城”盛景目标，聚焦国家区域中心城市建设，完整准确全面贯彻新发展理念，主动服务和融入新发展格局");
        let task =
            m("加快国家区域中心城市建设步伐，在全国全省发展大局中发挥更大作用、作出更大贡献。");
        let (kept, one) = (
            similarity(&req_2025, &req_2026),
            similarity(&task, &req_2026),
        );
        assert!(one < kept, "{one} ≥ {kept}");
        let regrouped = similarity(
            &m("扩大失业、工伤、生育保险覆盖面，加快建立长期护理保险制度。"),
            &m("加快建立长期护理保险制度，为重度失能人员提供基本生活照料。"),
        );
        assert!(regrouped >= 0.9, "{regrouped}");
    }

    /// A one-clause task that rewords one clause of a goals or policy-list sentence (Jiangsu
    /// 2025 → 2026, national 2021 → 2022) is not that sentence regrouped; a clause the task
    /// keeps nearly verbatim still is (national 2022 → 2023's 社会政策要兜牢民生底线).
    #[test]
    fn a_task_rewording_one_clause_of_a_goals_sentence_is_no_regroup() {
        let goals = m("地区生产总值年均增长5%左右，全社会研发经费投入年均增长7%左右，制造业增加值占比保持基本稳定，居民收入增长与经济增长同步，碳排放强度、能源、环境等指标完成国家下达任务，社会文明程度明显提升，平安江苏、法治江苏建设高水平推进");
        let reworded = similarity(&m("推进平安江苏和法治江苏建设"), &goals);
        assert!(reworded < 0.5, "{reworded}");
        let list = m("完成今年发展目标任务，宏观政策要稳健有效，微观政策要持续激发市场主体活力，结构政策要着力畅通国民经济循环，科技政策要扎实落地，改革开放政策要激活发展动力，区域政策要增强发展的平衡性协调性，社会政策要兜住兜牢民生底线");
        let reworded = similarity(&m("激发各类市场主体活力"), &list);
        assert!(reworded < 0.5, "{reworded}");
        let kept = similarity(&m("社会政策要兜牢民生底线。"), &list);
        assert!(kept >= 0.6, "{kept}");
    }

    #[test]
    fn numbers_in_a_quoted_name_are_kept() {
        assert_eq!(
            m("深入实施“61020”行动，新建学校10所"),
            "深入实施61020行动|新建学校#所"
        );
        assert_eq!(m("推进“3个100”工程"), "推进3个100工程");
        // Two programmes, not one refigured: “61020” and “71020” are no longer alike.
        assert!(similarity(&m("实施“61020”行动"), &m("实施“71020”行动")) < 1.0);
        // A quotation never runs past its line.
        assert_eq!(m("“开头\n增长5%"), "开头|增长#");
    }

    #[test]
    fn basic_cjk_ideographs_are_alphanumeric() {
        assert!(('\u{4E00}'..='\u{9FEF}').all(char::is_alphanumeric));
        for c in [
            'a', 'Z', '5', '#', '|', ',', '。', ' ', '\u{3400}', '①', 'é',
        ] {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c}");
        }
    }

    /// The one-pass [`mask_numbers`] equals the former fold-then-collapse version on every
    /// line of the seeds and the corpus.
    #[test]
    fn mask_numbers_equals_two_pass_version() {
        fn two_pass(s: &str) -> String {
            let text = fold(s);
            let mut out = String::new();
            let mut in_number = false;
            let mut in_quote = false;
            for c in text.chars() {
                if c == '"' {
                    in_quote = !in_quote;
                } else if c == '\n' {
                    in_quote = false;
                }
                let digitish = c.is_ascii_digit() || (in_number && matches!(c, '.' | '%'));
                if digitish && in_quote {
                    in_number = false;
                    out.push(c);
                    continue;
                }
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
            let mut collapsed = String::new();
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
        let mut texts: Vec<String> = vec!["##1#2.5%#，。#".into(), "１２．５％ #a# 3".into()];
        for (_, t) in crate::testdata::reports() {
            texts.extend(t.lines().map(str::to_string));
        }
        for t in &texts {
            assert_eq!(mask_numbers(t), two_pass(t), "{t}");
        }
    }

    /// The commitments' and list items' clauses take their words from their whole masked
    /// text's segmentation (`lex::Parts`) only where that is exactly segmenting the clause
    /// alone: checked token for token on every seed and corpus report.
    #[test]
    fn clause_tokens_from_the_whole_equal_clauses_alone() {
        let opts = crate::pipeline::ParseOptions::default();
        let (mut parts, mut derived) = (0, 0);
        for (name, text) in crate::testdata::reports() {
            let Ok(report) = crate::pipeline::parse_bytes(&name, text.as_bytes(), &opts) else {
                continue;
            };
            let items = report.lists.iter().flat_map(|l| &l.items).map(|i| &i.text);
            for t in report.commitments.iter().map(|c| &c.text).chain(items) {
                let masked = mask_numbers(t);
                let whole: String = masked.split(CLAUSE_MARK).collect();
                let mut cuts = vec![0];
                for c in masked.split(CLAUSE_MARK) {
                    cuts.push(cuts.last().unwrap_or(&0) + c.len());
                }
                parts += cuts.len() - 1;
                derived += crate::text::tokenize::tests::assert_parts_match(&whole, &cuts);
            }
        }
        eprintln!("{derived} of {parts} clauses taken from their whole text's tokens");
        assert!(
            derived * 2 > parts,
            "the fast path is rarely taken: {derived} of {parts}"
        );
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
    fn a_paragraph_of_principles_is_not_regrouped_by_one_echoing_clause() {
        // The seed's 2025 政府工作总体要求是：… (thirteen clauses) and a 2026 task sharing one
        // clause's words: 0.55 by that clause, scored whole now.
        let old = m("政府工作总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神和二十届二中、三中全会精神，深入贯彻落实习近平总书记对山西工作的重要讲话重要指示精神，按照中央和省委、市委经济工作会议部署，坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，主动服务和融入新发展格局，聚焦“六地”发展定位，进一步全面深化改革，着力扩大开放，更好统筹发展和安全，高质量完成“十四五”规划目标任务");
        let new =
            m("主动服务和融入全国统一大市场,加强公平竞争审查刚性约束,规范政府采购和招标投标。");
        assert!(similarity(&old, &new) < 0.35, "{}", similarity(&old, &new));
        // A few clauses still pair by their best one (see above).
        let shorter = m("主动服务和融入新发展格局，聚焦“六地”发展定位，进一步全面深化改革");
        assert!(similarity(&shorter, &new) > similarity(&old, &new));
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

    #[test]
    fn huge_inputs_pair_identical_texts_only() {
        // Regression (robustness): 5000 × 5000 near-identical clauses took 17 s and 1.2 GB,
        // and a report compared with itself came out changed.
        let n = 2001;
        let old: Vec<String> = (0..n)
            .map(|i| m(&format!("新建项目{i}个，第{}批", i % 7)))
            .collect();
        let mut new = old.clone();
        new[5] = m("完全不同的一句话");
        let start = std::time::Instant::now();
        let pairs = pair(&old, &new, PairOptions::default(), |_, _| 0.0);
        assert!(start.elapsed() < std::time::Duration::from_secs(10));
        assert_eq!(pairs.len(), n - 1);
        // Numbers are masked, so every clause but new[5] is the same text: all pair, in order.
        assert!(pairs
            .iter()
            .all(|&(i, j, s)| j != 5 && s == 1.0 && normalize(&old[i]) == normalize(&new[j])));
        assert!(pairs.windows(2).all(|w| w[0].0 < w[1].0 && w[0].1 < w[1].1));
    }
}
