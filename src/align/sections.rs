//! Section alignment (章节对应): which part or work area of one year became which of the other,
//! by content, never by position or number.
//!
//! Each section is a TF-IDF vector of the content words of its heading and body (weights over
//! the sections of both reports at that level), scored by cosine similarity; a second piece of
//! evidence is the commitment vote: when commitments of old section A pair with commitments of
//! new section B, A and B are likely the same section. Pairs are made one-to-one, best first,
//! above a threshold; then a section left over may join its best partner as a split (one old →
//! several new) or a merge (several old → one new) when the evidence is strong enough. Among
//! work areas, a candidate the gates rule out (a move across parts below its bar) does not
//! compete for that partner: Zhejiang's 2025 culture area resembles the 十五五 culture goals
//! more than 2026's (八) that holds 加强文化建设, and still merges into (八).
//!
//! Work areas (（一）…) pair first under parts (一、…) that were paired with a part of their
//! kind; across other parts only at `CROSS_PARENT_THRESHOLD` (a move); and an area of the
//! review (回顾, the rule extract::commitments uses) never pairs with a plan area. See
//! `AreaGates`. Parts follow the same rule: a review part never pairs with a plan part
//! (`PartKinds`). A review written as 一是…六是 paragraphs instead of （一）… areas has those
//! paragraphs aligned as its areas, and so has a part that numbers its areas 1．2．…
//! ([`levels`]); commitments vote for the section they sit under at that level.
//!
//! Word vectors are ordered maps so that float sums run in one order: the same input gives
//! bit-identical scores on every run.

use std::borrow::Cow;
use std::collections::HashMap;

use rustc_hash::FxHashMap;

use super::lex;

mod cross;
use crate::extract::commitments::is_review_part;
use crate::model::diff::SectionStatus;
use crate::model::{Report, SectionKind, Span};
use crate::text::fold;

/// One row of the section alignment.
#[derive(Debug, Clone, PartialEq)]
pub struct SectionLink {
    pub status: SectionStatus,
    pub old: Option<usize>,
    pub new: Option<usize>,
    pub score: f64,
}

/// Ranking bonus for a pair of sections whose parents are aligned.
const PARENT_BONUS: f64 = 0.1;
/// Ranking bonus per unit of title likeness (Dice of the titles' ideograph bigrams): a renamed area keeps the
/// words of its aim ("保障和改善民生，增强人民群众获得感幸福感安全感" → "着力增强群众获得感
/// 幸福感安全感"), which its body, diluted by everything else the area holds, may not show
/// above an unrelated area's (Zhejiang 2025 → 2026: 0.259 against 政府自身建设's 0.271, when
/// the 2025 area still held the part's closing paragraph on the government's own work).
/// Only the ranking: the thresholds still apply to the content score.
const TITLE_BONUS: f64 = 0.1;
/// Score a pair of work areas needs when both sit under parts that the part-level alignment
/// did not pair with each other (an area moved to another part): the evidence must be strong,
/// or a plan area of this year would pair with a five-year goal area of a new part merely
/// because both speak of the same topics. Set from the 15 corpus pairs: plan areas paired
/// with areas of a new five-year (十五五) part, all wrong by reading, scored up to 0.47
/// (Zhejiang 创新浙江 0.47, 千万工程 0.41, 文化使命 0.40, 安全 0.38; Fujian 0.37; Shanghai
/// 0.36); the one cross-part pair above 0.5 (national 2022 → 2023 民生, 0.53) is right.
/// See [`AreaGates`].
const CROSS_PARENT_THRESHOLD: f64 = 0.5;
/// Score a one-to-one pair needs.
const PAIR_THRESHOLD: f64 = 0.15;
/// Score an extra (split or merge) pair needs.
const EXTRA_THRESHOLD: f64 = 0.15;
/// An extra pair must reach this share of the score of the partner's primary pair.
const EXTRA_RELATIVE: f64 = 0.55;
/// An extra pair must beat the leftover section's second-best partner by this factor: a
/// section that resembles everything a little (a five-year summary) is new, not a split.
const EXTRA_DISTINCT: f64 = 1.35;
/// An extra pair must beat the mean of the leftover section's other candidates by this factor.
const EXTRA_ABOVE_MEAN: f64 = 2.2;

/// Levels with more section pairs than this (1000 × 1000; a real report has under 100 parts
/// and areas) are aligned by identical titles only, in order: the scored alignment is
/// quadratic in time and memory (see docs/robustness.md).
pub const MAX_SECTION_PAIRS: usize = 1_000_000;

/// The levels aligned: top-level parts and work areas.
pub const LEVELS: [SectionKind; 2] = [SectionKind::Part, SectionKind::Area];

/// The level (of [`LEVELS`]) each section of `report` is aligned at, by outline id: parts and
/// work areas at their own; an enumerated item (一是…) that opens a paragraph directly under a
/// review part with no work areas at the area level, since it is that review's area written as
/// a paragraph (Sichuan and Beijing 2026 review their year in 一是…六是 paragraphs where 2025
/// had （一）…（六）); others at none. Only in the review: elsewhere such items are principles
/// or five-year outlooks, which would add rows of noise.
pub fn levels(report: &Report) -> Vec<Option<SectionKind>> {
    let outline = &report.outline;
    let text = report.clean.text.as_str();
    let opens_paragraph =
        |s: &crate::model::Section| s.heading.start == 0 || text[..s.heading.start].ends_with('\n');
    let mut has_areas = vec![false; outline.len()];
    for s in outline.iter().filter(|s| s.kind == SectionKind::Area) {
        if let Some(slot) = s.parent.and_then(|p| has_areas.get_mut(p)) {
            *slot = true;
        }
    }
    outline
        .iter()
        .map(|s| match s.kind {
            SectionKind::Part | SectionKind::Area => Some(s.kind),
            SectionKind::Enum
                if opens_paragraph(s)
                    && s.parent.is_some_and(|p| {
                        outline.get(p).is_some_and(|part| {
                            part.kind == SectionKind::Part && is_review_part(text, part, outline)
                        }) && !has_areas.get(p).copied().unwrap_or(true)
                    }) =>
            {
                Some(SectionKind::Area)
            }
            // Sub-headings numbered 1．2．… right under a part that has no （一） areas are
            // that part's areas (a city report numbering its work areas so); items numbered
            // （1） among them are items of those areas.
            SectionKind::RunIn
                if !s.label.is_empty()
                    && !s.label.starts_with(['（', '('])
                    && s.parent.is_some_and(|p| {
                        outline
                            .get(p)
                            .is_some_and(|part| part.kind == SectionKind::Part)
                            && !has_areas.get(p).copied().unwrap_or(true)
                    }) =>
            {
                Some(SectionKind::Area)
            }
            _ => None,
        })
        .collect()
}

/// The sub-headings (run-in headings) right under a section aligned as a work area: a work
/// area of the other year may have become one of them, or grown out of one
/// ([`cross::into_sub_headings`]). Their bags are made too, though they are aligned at no
/// level.
fn sub_headings(report: &Report, level: &[Option<SectionKind>]) -> Vec<usize> {
    report
        .outline
        .iter()
        .enumerate()
        .filter(|(id, s)| {
            s.kind == SectionKind::RunIn
                && level.get(*id) == Some(&None)
                && s.parent
                    .is_some_and(|p| level.get(p) == Some(&Some(SectionKind::Area)))
        })
        .map(|(id, _)| id)
        .collect()
}

/// The section a commitment is filed under for alignment purposes: its nearest ancestor
/// aligned as a work area (`level`, from [`levels`]), else its nearest part, else the root.
pub fn anchor(report: &Report, level: &[Option<SectionKind>], section: usize) -> usize {
    ancestor_at_level(report, level, section, SectionKind::Area)
        .or_else(|| ancestor_of_kind(report, section, SectionKind::Part))
        .unwrap_or(0)
}

/// The nearest ancestor (or self) aligned at level `kind` (`level`, from [`levels`]).
fn ancestor_at_level(
    report: &Report,
    level: &[Option<SectionKind>],
    section: usize,
    kind: SectionKind,
) -> Option<usize> {
    let mut cur = Some(section);
    for _ in 0..=report.outline.len() {
        let id = cur?;
        if level.get(id) == Some(&Some(kind)) {
            return Some(id);
        }
        cur = report.outline.get(id)?.parent;
    }
    None
}

/// The nearest ancestor (or self) of the given kind.
pub fn ancestor_of_kind(report: &Report, section: usize, kind: SectionKind) -> Option<usize> {
    let mut cur = Some(section);
    let mut guard = 0;
    while let Some(id) = cur {
        let s = report.outline.get(id)?;
        if s.kind == kind {
            return Some(id);
        }
        cur = s.parent;
        guard += 1;
        if guard > report.outline.len() {
            return None;
        }
    }
    None
}

/// Align the sections of each level in [`LEVELS`]. `commitment_pairs` are (old, new) indices
/// of paired commitments, used as votes.
pub fn align_sections(
    old: &Report,
    new: &Report,
    commitment_pairs: &[(usize, usize, f64)],
) -> Vec<SectionLink> {
    let (old_bags, new_bags) = (SectionBags::of(old), SectionBags::of(new));
    align_sections_prepared(old, &old_bags, new, &new_bags, commitment_pairs)
}

/// [`align_sections`] with each report's section bags already made ([`SectionBags::new`]).
pub fn align_sections_prepared(
    old: &Report,
    old_bags: &SectionBags,
    new: &Report,
    new_bags: &SectionBags,
    commitment_pairs: &[(usize, usize, f64)],
) -> Vec<SectionLink> {
    let mut out = Vec::new();
    let vocab = SharedVocab::new(old_bags, new_bags);
    let (old_level, new_level) = (&old_bags.levels, &new_bags.levels);
    for kind in LEVELS {
        let at = |level: &[Option<SectionKind>]| -> Vec<usize> {
            (0..level.len())
                .filter(|&id| level[id] == Some(kind))
                .collect()
        };
        let (olds, news) = (at(old_level), at(new_level));
        if olds.is_empty() && news.is_empty() {
            continue;
        }
        if olds.len().saturating_mul(news.len()) > MAX_SECTION_PAIRS {
            out.extend(assign_by_title(old, new, &olds, &news));
            continue;
        }
        let bags = (
            vocab.bags(&old_bags.bags, &olds, &vocab.old),
            vocab.bags(&new_bags.bags, &news, &vocab.new),
        );
        let scores = score_matrix(
            (old, old_level),
            (new, new_level),
            &olds,
            &news,
            kind,
            commitment_pairs,
            bags,
            vocab.len,
        );
        let (scores, gates) = if kind == SectionKind::Area {
            let gates = AreaGates::new(old, new, &olds, &news, &out);
            (gates.mask(scores), Some(gates))
        } else {
            (scores, None)
        };
        let part_kinds =
            (kind == SectionKind::Part).then(|| PartKinds::new(old, new, &olds, &news));
        let gate = |a: usize, b: usize| match (&gates, &part_kinds) {
            (Some(g), _) => g.gate(a, b),
            (None, Some(k)) => k.gate(a, b),
            (None, None) => Gate::Open,
        };
        let gated_extras = kind == SectionKind::Area;
        out.extend(assign(old, new, &olds, &news, &scores, gate, gated_extras));
    }
    let out = cross::cross_level(old, old_bags, new, new_bags, &vocab, out, commitment_pairs);
    let out = cross::into_undivided_parts(old, old_bags, new, new_bags, &vocab, out);
    cross::into_sub_headings(old, old_bags, new, new_bags, &vocab, out)
}

/// How a candidate pair of sections may pair, from where the two sit in their outlines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gate {
    /// The parents were aligned: ranked first ([`PARENT_BONUS`]).
    Preferred,
    /// Nothing known against the pair (parts, or an area outside any part).
    Open,
    /// Areas under parts that were not paired with each other, one of which is paired with
    /// a part of its kind elsewhere: a move, which needs [`CROSS_PARENT_THRESHOLD`].
    Moved,
    /// A review part and a plan part: never a pair, whatever the score ([`PartKinds`]).
    Never,
}

impl Gate {
    /// The score the pair needs, and the ranking bonus it gets.
    fn threshold_and_bonus(self) -> (f64, f64) {
        match self {
            Gate::Preferred => (PAIR_THRESHOLD, PARENT_BONUS),
            Gate::Open => (PAIR_THRESHOLD, 0.0),
            Gate::Moved => (CROSS_PARENT_THRESHOLD, 0.0),
            Gate::Never => (f64::INFINITY, 0.0),
        }
    }
}

/// Whether part `id` of `r` is the review of past work ([`is_review_part`]).
fn is_review(r: &Report, id: usize) -> bool {
    r.outline
        .get(id)
        .is_some_and(|s| is_review_part(&r.clean.text, s, &r.outline))
}

/// Whether each part of the two reports is the review of past work. A review part never
/// pairs with a plan part ([`Gate::Never`]): last year's plan (2022年政府工作任务) is retold
/// in this year's review (过去一年工作回顾) in nearly the same words, so by content alone the
/// plan would pair with the review, where the reader wants plan with plan and review with
/// review, as [`AreaGates`] does for the areas under them. Unlike the areas' mask, the scores
/// stay as they are, so a part that resembles both a review and a plan part (a five-year
/// outlook) still has no distinct partner and is not taken for a split.
struct PartKinds {
    old_review: Vec<bool>,
    new_review: Vec<bool>,
}

impl PartKinds {
    fn new(old: &Report, new: &Report, olds: &[usize], news: &[usize]) -> PartKinds {
        PartKinds {
            old_review: olds.iter().map(|&p| is_review(old, p)).collect(),
            new_review: news.iter().map(|&q| is_review(new, q)).collect(),
        }
    }

    fn gate(&self, a: usize, b: usize) -> Gate {
        if self.old_review.get(a) == self.new_review.get(b) {
            Gate::Open
        } else {
            Gate::Never
        }
    }
}

/// Where each work area (（一）…) of the two reports sits: its part (一、…) and whether that
/// part is the review of past work (回顾, the rule [`is_review_part`] that excludes the
/// review from commitments). Areas pair first under aligned parts; across parts that were
/// not paired only with strong evidence ([`Gate::Moved`]); a review area never pairs with a
/// plan area (their scores are masked to zero), however alike their words: last year's
/// results and this year's tasks share a vocabulary, not a section.
struct AreaGates {
    old_part: Vec<Option<usize>>,
    new_part: Vec<Option<usize>>,
    old_review: Vec<bool>,
    new_review: Vec<bool>,
    /// (old part, new part) pairs of the part-level alignment that join parts of one kind
    /// (review with review, plan with plan); a review part paired with a plan part says
    /// nothing about where their areas went.
    aligned: std::collections::HashSet<(usize, usize)>,
    /// Parts (old, new) in some pair of `aligned`.
    old_placed: std::collections::HashSet<usize>,
    new_placed: std::collections::HashSet<usize>,
}

impl AreaGates {
    fn new(
        old: &Report,
        new: &Report,
        olds: &[usize],
        news: &[usize],
        part_links: &[SectionLink],
    ) -> AreaGates {
        let part = |r: &Report, id: usize| {
            let parent = r.outline.get(id).and_then(|s| s.parent)?;
            ancestor_of_kind(r, parent, SectionKind::Part)
        };
        let review = |r: &Report, p: Option<usize>| p.is_some_and(|p| is_review(r, p));
        let old_part: Vec<Option<usize>> = olds.iter().map(|&id| part(old, id)).collect();
        let new_part: Vec<Option<usize>> = news.iter().map(|&id| part(new, id)).collect();
        let aligned: std::collections::HashSet<(usize, usize)> = part_links
            .iter()
            .filter_map(|l| Some((l.old?, l.new?)))
            .filter(|&(p, q)| review(old, Some(p)) == review(new, Some(q)))
            .collect();
        AreaGates {
            old_review: old_part.iter().map(|&p| review(old, p)).collect(),
            new_review: new_part.iter().map(|&p| review(new, p)).collect(),
            old_part,
            new_part,
            old_placed: aligned.iter().map(|p| p.0).collect(),
            new_placed: aligned.iter().map(|p| p.1).collect(),
            aligned,
        }
    }

    /// Whether old area `a` and new area `b` may never pair: one is under the review, the
    /// other is not.
    fn never(&self, a: usize, b: usize) -> bool {
        self.old_review.get(a) != self.new_review.get(b)
    }

    /// The scores with pairs that may never pair set to zero.
    fn mask(&self, mut scores: Vec<Vec<f64>>) -> Vec<Vec<f64>> {
        for (a, row) in scores.iter_mut().enumerate() {
            for (b, s) in row.iter_mut().enumerate() {
                if self.never(a, b) {
                    *s = 0.0;
                }
            }
        }
        scores
    }

    fn gate(&self, a: usize, b: usize) -> Gate {
        match (
            self.old_part.get(a).copied().flatten(),
            self.new_part.get(b).copied().flatten(),
        ) {
            (Some(p), Some(q)) if self.aligned.contains(&(p, q)) => Gate::Preferred,
            // Either part has a counterpart of its kind elsewhere: the area would move.
            (Some(p), Some(q)) if self.old_placed.contains(&p) || self.new_placed.contains(&q) => {
                Gate::Moved
            }
            // Neither part is placed (both unpaired, or paired across kinds), or an area sits
            // outside any part: nothing is known against the pair.
            _ => Gate::Open,
        }
    }
}

/// A section's bag: (word rank, count), rank ascending.
type Bag = Vec<(u32, u32)>;

/// Combined score of every (old, new) section pair of one level. `bags` are the sections'
/// bags (word rank ascending, below `vocab`: see [`SharedVocab`]).
#[allow(clippy::too_many_arguments)]
fn score_matrix(
    (old, old_level): (&Report, &[Option<SectionKind>]),
    (new, new_level): (&Report, &[Option<SectionKind>]),
    olds: &[usize],
    news: &[usize],
    kind: SectionKind,
    commitment_pairs: &[(usize, usize, f64)],
    (old_bags, new_bags): (Vec<Bag>, Vec<Bag>),
    vocab: usize,
) -> Vec<Vec<f64>> {
    let (old_v, new_v) = tfidf(&old_bags, &new_bags, vocab);
    let cosines = cosine_matrix(&old_v, &new_v, vocab);

    // Commitment votes, by section of this level.
    let old_pos: HashMap<usize, usize> = olds.iter().enumerate().map(|(i, &id)| (id, i)).collect();
    let new_pos: HashMap<usize, usize> = news.iter().enumerate().map(|(i, &id)| (id, i)).collect();
    let mut votes = vec![vec![0usize; news.len()]; olds.len()];
    let mut old_count = vec![0usize; olds.len()];
    let mut new_count = vec![0usize; news.len()];
    let sec_of = |r: &Report, level: &[Option<SectionKind>], pos: &HashMap<usize, usize>, s| {
        ancestor_at_level(r, level, s, kind).and_then(|s| pos.get(&s).copied())
    };
    let old_sec: Vec<Option<usize>> = old
        .commitments
        .iter()
        .map(|c| sec_of(old, old_level, &old_pos, c.section))
        .collect();
    let new_sec: Vec<Option<usize>> = new
        .commitments
        .iter()
        .map(|c| sec_of(new, new_level, &new_pos, c.section))
        .collect();
    // Shares are of all commitments in the sections, so one stray pair is weak evidence.
    for a in old_sec.iter().flatten() {
        old_count[*a] += 1;
    }
    for b in new_sec.iter().flatten() {
        new_count[*b] += 1;
    }
    for &(i, j, _) in commitment_pairs {
        if let (Some(Some(a)), Some(Some(b))) = (old_sec.get(i), new_sec.get(j)) {
            votes[*a][*b] += 1;
        }
    }

    let mut scores = vec![vec![0.0; news.len()]; olds.len()];
    for (a, row) in cosines.iter().enumerate() {
        for (b, &cos) in row.iter().enumerate() {
            scores[a][b] = with_votes(cos, votes[a][b], old_count[a] + new_count[b]);
        }
    }
    scores
}

/// A pair's score from its word cosine and its commitment votes: `votes` pairs between the
/// two sections, which hold `total` commitments together. Shares are of all commitments in
/// the sections, so one stray pair is weak evidence; votes can only add evidence, so few
/// paired commitments never hide similar text.
fn with_votes(cos: f64, votes: usize, total: usize) -> f64 {
    let share = if total > 0 {
        2.0 * votes as f64 / total as f64
    } else {
        0.0
    };
    cos + (1.0 - cos) * 0.5 * share
}

/// A paired row's status from how many partners its old and new sections have: one old
/// with several new is a split, several old with one new a merge, else matched or renamed
/// by title.
fn status_of(
    (old, o, old_degree): (&Report, usize, usize),
    (new, n, new_degree): (&Report, usize, usize),
) -> SectionStatus {
    if old_degree > 1 {
        SectionStatus::Split
    } else if new_degree > 1 {
        SectionStatus::Merged
    } else if same_title(old, o, new, n) {
        SectionStatus::Matched
    } else {
        SectionStatus::Renamed
    }
}

/// Weighted bags: TF-IDF over the bags of both sides (`(word rank, count)`, ranks below
/// `vocab`), each scaled to unit length.
type Weighted = Vec<Vec<(u32, f64)>>;
fn tfidf(old_bags: &[Bag], new_bags: &[Bag], vocab: usize) -> (Weighted, Weighted) {
    let idf = Idf::over(old_bags.iter().chain(new_bags.iter()), vocab);
    (
        old_bags.iter().map(|b| idf.weigh(b)).collect(),
        new_bags.iter().map(|b| idf.weigh(b)).collect(),
    )
}

/// Document frequencies of words (shared ranks) over a set of bags, to weigh any bag by.
struct Idf {
    df: Vec<usize>,
    n: f64,
    /// The inverse document frequency of each word with a frequency, computed once.
    idf: Vec<f64>,
}

impl Idf {
    fn over<'a>(bags: impl Iterator<Item = &'a Bag>, vocab: usize) -> Idf {
        let mut df = vec![0usize; vocab];
        let mut n = 0usize;
        for b in bags {
            n += 1;
            for &(w, _) in b {
                df[w as usize] += 1;
            }
        }
        Idf::with(df, n)
    }

    fn with(df: Vec<usize>, n: usize) -> Idf {
        let n = n as f64;
        let idf = df
            .iter()
            .map(|&d| if d > 0 { Idf::of(n, d) } else { 0.0 })
            .collect();
        Idf { df, n, idf }
    }

    fn of(n: f64, df: usize) -> f64 {
        ((n + 1.0) / (df as f64 + 1.0)).ln() + 1.0
    }

    /// Over the sections `ids` of each report's bags (`(bags, ids)`, old then new).
    fn of_sections(
        old: (&SectionBags, &[usize]),
        new: (&SectionBags, &[usize]),
        vocab: &SharedVocab,
    ) -> Idf {
        let mut df = vec![0usize; vocab.len];
        let mut n = 0usize;
        for ((bags, ids), ranks) in [(old, &vocab.old), (new, &vocab.new)] {
            for &id in ids {
                n += 1;
                for &(w, _) in bags.bags.get(id).map_or(&[][..], |b| &b[..]) {
                    df[ranks[w as usize] as usize] += 1;
                }
            }
        }
        Idf::with(df, n)
    }

    /// A bag weighted by TF-IDF and scaled to unit length.
    fn weigh(&self, b: &Bag) -> Vec<(u32, f64)> {
        let mut v: Vec<(u32, f64)> = b
            .iter()
            .map(|&(w, tf)| {
                let idf = match self.df.get(w as usize).copied().unwrap_or(0) {
                    0 => Idf::of(self.n, 0),
                    _ => self.idf[w as usize],
                };
                // ln 1 is 0: most words occur once in a section.
                let tf = if tf == 1 { 1.0 } else { 1.0 + (tf as f64).ln() };
                (w, tf * idf)
            })
            .collect();
        let norm = v.iter().map(|(_, x)| x * x).sum::<f64>().sqrt();
        if norm > 0.0 {
            v.iter_mut().for_each(|(_, x)| *x /= norm);
        }
        v
    }
}

/// Cosine of every (old, new) pair of weighted bags (word ranks ascending, below `vocab`),
/// through an inverted index: each old bag meets only the new bags that share a word with it.
/// Every cosine adds the same products in the same order (the shared words, ascending) as a
/// direct merge of the two bags: identical results.
fn cosine_matrix(
    old_v: &[Vec<(u32, f64)>],
    new_v: &[Vec<(u32, f64)>],
    vocab: usize,
) -> Vec<Vec<f64>> {
    // Each word → the new bags holding it with its weight, in bag order. The lists share one
    // array (word w's is `list[starts[w]..starts[w + 1]]`): counted, then filled, with no
    // allocation per word.
    let mut starts = vec![0usize; vocab + 1];
    for v in new_v {
        for &(w, _) in v {
            starts[w as usize + 1] += 1;
        }
    }
    for w in 0..vocab {
        starts[w + 1] += starts[w];
    }
    let mut fill = starts.clone();
    let mut list = vec![(0usize, 0.0f64); starts[vocab]];
    for (b, v) in new_v.iter().enumerate() {
        for &(w, y) in v {
            list[fill[w as usize]] = (b, y);
            fill[w as usize] += 1;
        }
    }
    let postings = |w: u32| {
        list.get(starts[w as usize]..starts[w as usize + 1])
            .unwrap_or(&[])
    };
    // The empty sum, as `Iterator::sum` gives it, so pairs with no shared word match too.
    let zero: f64 = std::iter::empty::<f64>().sum();
    old_v
        .iter()
        .map(|v| {
            let mut row = vec![zero; new_v.len()];
            for &(w, x) in v {
                for &(b, y) in postings(w) {
                    row[b] += x * y;
                }
            }
            row
        })
        .collect()
}

/// One report's section bags (词袋), made on the thread that parsed it: the folded content
/// words of each section (heading and body) of the levels in [`LEVELS`], counted, as indices
/// into the report's own word list in string order. The pairwise step only merges the two
/// word lists (`SharedVocab`); it never folds or segments.
///
/// A section's words come from the segmentation of the whole document
/// ([`super::DocTokens`]), line by line: the words of a line are those of the line segmented
/// alone, because the tokenizer's number spans, policy terms and jieba blocks never cross a
/// line break (`\n` is neither a Han character nor part of a number, and a term is one
/// whitespace-free field) and folding maps characters one by one, never making or removing a
/// `\n`. The `document_lines_equal_lines_alone` test checks this on every seed and corpus
/// file. A line whose token does cross a break, and a section line that is not a whole line
/// of the document (a heading-only section, a span outside the document), are segmented on
/// their own, as before.
#[derive(Debug, Clone, Default)]
pub struct SectionBags {
    /// The distinct bag words, in string order, as byte ranges of `arena`.
    words: Vec<(u32, u32)>,
    arena: String,
    /// By outline section id: the bag as (index in `words`, count), index ascending; empty
    /// for sections of other kinds.
    bags: Vec<Vec<(u32, u32)>>,
    /// By outline section id: the level it is aligned at ([`levels`]), found once here, on
    /// the report's own thread, for both the bags and the pairwise step.
    levels: Vec<Option<SectionKind>>,
}

impl SectionBags {
    /// The section a commitment of this report is filed under ([`anchor`]).
    pub fn anchor(&self, report: &Report, section: usize) -> usize {
        anchor(report, &self.levels, section)
    }

    /// The bags of `report`'s sections, segmenting its document here.
    pub fn of(report: &Report) -> SectionBags {
        let folded = fold(report.document_text());
        SectionBags::new(report, &super::DocTokens::with_folded(report, &folded))
    }

    /// The bags of `report`'s sections, from its document's tokens.
    pub fn new(report: &Report, doc: &super::DocTokens) -> SectionBags {
        let mut vocab = LocalVocab::default();
        let lines = doc.line_words(|w| vocab.id(Cow::Borrowed(w)));
        let mut counts: Vec<u32> = Vec::new();
        let mut bags: Vec<Vec<(u32, u32)>> = vec![Vec::new(); report.outline.len()];
        let mut line_ids: Vec<u32> = Vec::new();
        // Paragraphs that are items of a 民生实事 list: compared item by item elsewhere, and
        // where a report puts its list (in its 民生 area, or after whichever area comes last)
        // says nothing about what the surrounding area is.
        let mut items: Vec<Span> = report
            .lists
            .iter()
            .flat_map(|l| l.items.iter().map(|i| i.span))
            .collect();
        items.sort_unstable();
        let in_item = |a: usize, b: usize| {
            let k = items.partition_point(|s| s.start <= a);
            k > 0 && items[k - 1].start <= a && b <= items[k - 1].end
        };
        let level = levels(report);
        let sub_headings = sub_headings(report, &level);
        let ids = (0..level.len())
            .filter(|&id| level[id].is_some())
            .chain(sub_headings.iter().copied());
        for id in ids {
            // The bag of section `id` is that of `outline[id]`, as `align_sections` asks.
            let (Some(s), Some(slot)) = (report.outline.get(id), bags.get_mut(id)) else {
                continue;
            };
            if !slot.is_empty() {
                continue;
            }
            // Folding keeps the character count, so the folded text is empty exactly when
            // the raw text is.
            let text = report.clean.slice(s.span);
            let (text, start) = if text.is_empty() {
                (s.title.as_str(), None)
            } else {
                (text, Some(s.span.start))
            };
            let mut bag = Vec::new();
            let mut offset = 0;
            for line in text.split('\n') {
                let range = start.map(|st| (st + offset, st + offset + line.len()));
                offset += line.len() + 1;
                if range.is_some_and(|(a, b)| a < b && in_item(a, b)) {
                    continue;
                }
                let ids: &[u32] = match range.and_then(|(a, b)| doc.line_index(a, b)) {
                    Some(k) if lines[k].is_some() => lines[k].as_deref().unwrap_or_default(),
                    _ => {
                        let folded = fold(line);
                        line_ids.clear();
                        line_ids.extend(
                            bag_words(&folded).map(|w| vocab.id(Cow::Owned(w.to_string()))),
                        );
                        &line_ids
                    }
                };
                counts.resize(vocab.words.len(), 0);
                for &w in ids {
                    let count = &mut counts[w as usize];
                    if *count == 0 {
                        bag.push((w, 0));
                    }
                    *count += 1;
                }
            }
            for (w, n) in bag.iter_mut() {
                *n = std::mem::take(&mut counts[*w as usize]);
            }
            *slot = bag;
        }
        // Renumber words by string order, so each bag sorts by rank once, here.
        // Compared by their first eight bytes first (most words differ there; see
        // `prefix_key`), then whole: the same order as comparing the strings.
        let keys: Vec<u64> = vocab.words.iter().map(|w| prefix_key(w)).collect();
        let mut order: Vec<u32> = (0..vocab.words.len() as u32).collect();
        order.sort_unstable_by(|&a, &b| {
            let (a, b) = (a as usize, b as usize);
            keys[a]
                .cmp(&keys[b])
                .then_with(|| vocab.words[a].cmp(&vocab.words[b]))
        });
        let mut rank = vec![0u32; order.len()];
        for (r, &id) in order.iter().enumerate() {
            rank[id as usize] = r as u32;
        }
        for bag in &mut bags {
            bag.iter_mut().for_each(|(w, _)| *w = rank[*w as usize]);
            bag.sort_unstable();
        }
        let mut arena = String::new();
        let words = order
            .iter()
            .map(|&id| {
                let start = arena.len() as u32;
                arena.push_str(&vocab.words[id as usize]);
                (start, arena.len() as u32)
            })
            .collect();
        SectionBags {
            words,
            arena,
            bags,
            levels: level,
        }
    }

    /// Word `k` in string order.
    fn word(&self, k: usize) -> Option<&str> {
        let &(a, b) = self.words.get(k)?;
        self.arena.get(a as usize..b as usize)
    }
}

/// The first eight bytes of `s` as a big-endian integer, zero-padded. If two strings' keys
/// differ, they compare as the strings do: the first differing byte is a real byte of both,
/// or padding (0) against a real byte of the longer string, which is then the greater (a
/// real 0 byte only ever ties with padding, never decides). Equal keys decide nothing.
fn prefix_key(s: &str) -> u64 {
    let mut key = [0u8; 8];
    let n = s.len().min(8);
    key[..n].copy_from_slice(&s.as_bytes()[..n]);
    u64::from_be_bytes(key)
}

/// Words → local ids, in first-seen order. Words of the document's lines borrow from the
/// folded document (no allocation per word); only words of lines segmented alone are owned.
#[derive(Default)]
struct LocalVocab<'a> {
    ids: FxHashMap<Cow<'a, str>, u32>,
    words: Vec<Cow<'a, str>>,
}

impl<'a> LocalVocab<'a> {
    fn id(&mut self, w: Cow<'a, str>) -> u32 {
        if let Some(&id) = self.ids.get(w.as_ref()) {
            return id;
        }
        let id = self.words.len() as u32;
        self.words.push(w.clone());
        self.ids.insert(w, id);
        id
    }
}

/// The two reports' word lists merged in string order: every bag sum then runs over the
/// words in ascending string order, as it did over string-keyed ordered maps, so the floats
/// are bit-identical. Each report's indices are already in string order, so the merge keeps
/// every bag sorted.
struct SharedVocab {
    /// Shared rank of each old / new word index.
    old: Vec<u32>,
    new: Vec<u32>,
    /// Number of distinct words of both.
    len: usize,
}

impl SharedVocab {
    fn new(old: &SectionBags, new: &SectionBags) -> SharedVocab {
        let (n, m) = (old.words.len(), new.words.len());
        let (mut ra, mut rb) = (Vec::with_capacity(n), Vec::with_capacity(m));
        let (mut i, mut j, mut r) = (0, 0, 0u32);
        while i < n || j < m {
            let ord = match (old.word(i), new.word(j)) {
                (Some(x), Some(y)) => x.cmp(y),
                (Some(_), None) => std::cmp::Ordering::Less,
                _ => std::cmp::Ordering::Greater,
            };
            if ord != std::cmp::Ordering::Greater {
                ra.push(r);
                i += 1;
            }
            if ord != std::cmp::Ordering::Less {
                rb.push(r);
                j += 1;
            }
            r += 1;
        }
        SharedVocab {
            old: ra,
            new: rb,
            len: r as usize,
        }
    }

    /// The bags of sections `ids`, in shared ranks (ascending).
    fn bags(&self, bags: &[Vec<(u32, u32)>], ids: &[usize], ranks: &[u32]) -> Vec<Vec<(u32, u32)>> {
        ids.iter()
            .map(|&id| {
                bags.get(id)
                    .map(|b| b.iter().map(|&(w, n)| (ranks[w as usize], n)).collect())
                    .unwrap_or_default()
            })
            .collect()
    }
}

/// The words of `text` a section bag counts: content words of two or more characters,
/// neither generic (which [`lex::words`] drops) nor holding a digit.
fn bag_words(text: &str) -> impl Iterator<Item = &str> {
    lex::words(text).into_iter().filter(|w| is_bag_word(w))
}

/// [`bag_words`], for tests of other modules.
#[cfg(test)]
pub(crate) fn bag_words_of(text: &str) -> impl Iterator<Item = &str> {
    bag_words(text)
}

/// Whether a content word (a word token that is not generic) counts in a bag: two or more
/// characters and no digit.
pub(crate) fn is_bag_word(w: &str) -> bool {
    w.chars().nth(1).is_some() && !w.bytes().any(|b| b.is_ascii_digit())
}

/// Links for a level too large to score: sections with the same normalized title pair up in
/// order (matched); the rest are removed or added. Linear.
fn assign_by_title(old: &Report, new: &Report, olds: &[usize], news: &[usize]) -> Vec<SectionLink> {
    let title = |r: &Report, id: usize| {
        r.outline
            .get(id)
            .map(|s| super::sim::normalize(&s.title))
            .unwrap_or_default()
    };
    let mut waiting: HashMap<String, std::collections::VecDeque<usize>> = HashMap::new();
    for &b in news {
        waiting.entry(title(new, b)).or_default().push_back(b);
    }
    let mut paired = std::collections::HashSet::new();
    let mut links: Vec<SectionLink> = olds
        .iter()
        .map(
            |&a| match waiting.get_mut(&title(old, a)).and_then(|q| q.pop_front()) {
                Some(b) => {
                    paired.insert(b);
                    SectionLink {
                        status: SectionStatus::Matched,
                        old: Some(a),
                        new: Some(b),
                        score: 1.0,
                    }
                }
                None => SectionLink {
                    status: SectionStatus::Removed,
                    old: Some(a),
                    new: None,
                    score: 0.0,
                },
            },
        )
        .collect();
    links.extend(
        news.iter()
            .filter(|b| !paired.contains(*b))
            .map(|&b| SectionLink {
                status: SectionStatus::Added,
                old: None,
                new: Some(b),
                score: 0.0,
            }),
    );
    links.sort_by_key(|l| (l.new.unwrap_or(usize::MAX), l.old.unwrap_or(usize::MAX)));
    links
}

/// Turn a score matrix into links: one-to-one first, then splits and merges, then the rest
/// as added/removed.
fn assign(
    old: &Report,
    new: &Report,
    olds: &[usize],
    news: &[usize],
    scores: &[Vec<f64>],
    gate: impl Fn(usize, usize) -> Gate,
    gated_extras: bool,
) -> Vec<SectionLink> {
    // (rank, score, old, new): the threshold applies to the score, the bonuses only to the
    // rank.
    let bigrams = |r: &Report, ids: &[usize]| -> Vec<Vec<(char, char)>> {
        ids.iter()
            .map(|&id| {
                r.outline.get(id).map_or_else(Vec::new, |s| {
                    crate::text::ideograph_bigrams(fold(&s.title).chars())
                })
            })
            .collect()
    };
    let (old_titles, new_titles) = (bigrams(old, olds), bigrams(new, news));
    let mut cands: Vec<(f64, f64, usize, usize)> = Vec::new();
    for (a, row) in scores.iter().enumerate() {
        for (b, &s) in row.iter().enumerate() {
            let (threshold, bonus) = gate(a, b).threshold_and_bonus();
            if s >= PAIR_THRESHOLD && s >= threshold {
                let title =
                    TITLE_BONUS * crate::text::bigram_likeness(&old_titles[a], &new_titles[b]);
                cands.push((s + bonus + title, s, a, b));
            }
        }
    }
    cands.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.2.cmp(&y.2)).then(x.3.cmp(&y.3)));
    let mut old_primary: Vec<Option<f64>> = vec![None; olds.len()];
    let mut new_primary: Vec<Option<f64>> = vec![None; news.len()];
    let mut pairs: Vec<(usize, usize, f64)> = Vec::new();
    for &(_, s, a, b) in &cands {
        if old_primary[a].is_none() && new_primary[b].is_none() {
            old_primary[a] = Some(s);
            new_primary[b] = Some(s);
            pairs.push((a, b, s));
        }
    }
    // An extra partner must sit in the same numbering run as the primary partner: a report
    // that restarts its numbering (（一）…（三） five-year goals, then （一）…（十） this year's
    // work) keeps the runs apart, so a goal section is not taken for half of a work area.
    let (old_run, new_run) = (numbering_runs(old, olds), numbering_runs(new, news));
    let old_partner: Vec<Option<usize>> = (0..olds.len())
        .map(|a| pairs.iter().find(|p| p.0 == a).map(|p| p.1))
        .collect();
    let new_partner: Vec<Option<usize>> = (0..news.len())
        .map(|b| pairs.iter().find(|p| p.1 == b).map(|p| p.0))
        .collect();
    // A candidate for an extra partner, as it competes: with `gated_extras`, a move across
    // parts that stays below its higher bar ([`Gate::Moved`]) neither is one nor outranks
    // one; a weak candidate in place still counts against the best (the best must stand out).
    let allowed = |a: usize, b: usize| -> f64 {
        let s = scores[a][b];
        let gate = gate(a, b);
        if gated_extras && gate == Gate::Moved && s < gate.threshold_and_bonus().0 {
            0.0
        } else {
            s
        }
    };
    // A section left over that has the title of a section of the other report whose partner
    // has another title is that section's part (a split or merge), however little of the
    // old content it kept: an area whose second half went under a new heading keeps its own
    // title over what is left (（三）全方位扩大内需 → （三）全方位扩大内需 + （四）…), and
    // is no new area beside an old one renamed.
    // (`partner`: the main partner of `a`'s side when `old_side`, else of `b`'s. The score
    // is asked first: titles are compared only for the few pairs above the floor.)
    let titled = |a: usize, b: usize, partner: Option<usize>, old_side: bool| -> bool {
        let s = allowed(a, b);
        if s < EXTRA_THRESHOLD || s < gate(a, b).threshold_and_bonus().0 {
            return false;
        }
        let partner_titled_otherwise = if old_side {
            partner.is_some_and(|b0| !same_title(old, olds[a], new, news[b0]))
        } else {
            partner.is_some_and(|a0| !same_title(old, olds[a0], new, news[b]))
        };
        partner_titled_otherwise && same_title(old, olds[a], new, news[b])
    };
    // Splits: a new section left over whose best old section scores well enough.
    let mut extra = Vec::new();
    for b in 0..news.len() {
        if new_primary[b].is_some() {
            continue;
        }
        if let Some(a) = (0..olds.len()).find(|&a| {
            titled(a, b, old_partner[a], true)
                && old_partner[a].is_some_and(|b0| new_run[b0] == new_run[b])
        }) {
            extra.push((a, b, allowed(a, b)));
            continue;
        }
        if let Some((a, s)) = distinct_best((0..olds.len()).map(|a| (a, allowed(a, b)))) {
            let same_run = old_partner[a].is_some_and(|b0| new_run[b0] == new_run[b]);
            if s >= EXTRA_THRESHOLD
                && s >= gate(a, b).threshold_and_bonus().0
                && same_run
                && old_primary[a].is_some_and(|p| s >= EXTRA_RELATIVE * p)
            {
                extra.push((a, b, s));
            }
        }
    }
    // Merges: an old section left over whose best new section scores well enough.
    for a in 0..olds.len() {
        if old_primary[a].is_some() {
            continue;
        }
        if let Some(b) = (0..news.len()).find(|&b| {
            titled(a, b, new_partner[b], false)
                && new_partner[b].is_some_and(|a0| old_run[a0] == old_run[a])
        }) {
            extra.push((a, b, allowed(a, b)));
            continue;
        }
        if let Some((b, s)) = distinct_best((0..news.len()).map(|b| (b, allowed(a, b)))) {
            let same_run = new_partner[b].is_some_and(|a0| old_run[a0] == old_run[a]);
            if s >= EXTRA_THRESHOLD
                && s >= gate(a, b).threshold_and_bonus().0
                && same_run
                && new_primary[b].is_some_and(|p| s >= EXTRA_RELATIVE * p)
            {
                extra.push((a, b, s));
            }
        }
    }
    pairs.extend(extra);
    let mut old_deg = vec![0usize; olds.len()];
    let mut new_deg = vec![0usize; news.len()];
    for &(a, b, _) in &pairs {
        old_deg[a] += 1;
        new_deg[b] += 1;
    }
    let mut links: Vec<SectionLink> = pairs
        .iter()
        .map(|&(a, b, s)| {
            let status = status_of((old, olds[a], old_deg[a]), (new, news[b], new_deg[b]));
            SectionLink {
                status,
                old: Some(olds[a]),
                new: Some(news[b]),
                score: s,
            }
        })
        .collect();
    for (a, &d) in old_deg.iter().enumerate() {
        if d == 0 {
            links.push(SectionLink {
                status: SectionStatus::Removed,
                old: Some(olds[a]),
                new: None,
                score: 0.0,
            });
        }
    }
    for (b, &d) in new_deg.iter().enumerate() {
        if d == 0 {
            links.push(SectionLink {
                status: SectionStatus::Added,
                old: None,
                new: Some(news[b]),
                score: 0.0,
            });
        }
    }
    // Reading order: by new position, removed ones after their old neighbours.
    links.sort_by_key(|l| (l.new.unwrap_or(usize::MAX), l.old.unwrap_or(usize::MAX)));
    links
}

/// The value of a Chinese ordinal label (（三） → 3, 十二、 → 12), if it is one.
fn label_number(label: &str) -> Option<u32> {
    let digit = |c: char| "一二三四五六七八九".find(c).map(|i| i as u32 / 3 + 1);
    let core: Vec<char> = label
        .chars()
        .filter(|c| !matches!(c, '(' | ')' | '（' | '）' | '、' | ' ' | '.' | '．'))
        .collect();
    match core.as_slice() {
        [c] if *c == '十' => Some(10),
        [c] => digit(*c),
        ['十', u] => Some(10 + digit(*u)?),
        [t, '十'] => Some(10 * digit(*t)?),
        [t, '十', u] => Some(10 * digit(*t)? + digit(*u)?),
        _ => None,
    }
}

/// For each section (in document order), the numbering run it belongs to: a new run starts
/// when the parent changes or the label number does not increase.
fn numbering_runs(report: &Report, ids: &[usize]) -> Vec<usize> {
    let mut runs = Vec::with_capacity(ids.len());
    let mut run = 0;
    let mut prev: Option<(Option<usize>, Option<u32>)> = None;
    for &id in ids {
        let s = report.outline.get(id);
        let parent = s.and_then(|s| s.parent);
        let n = s.and_then(|s| label_number(&s.label));
        if let Some((pp, pn)) = prev {
            let restarted = matches!((pn, n), (Some(a), Some(b)) if b <= a);
            if pp != parent || restarted {
                run += 1;
            }
        }
        prev = Some((parent, n));
        runs.push(run);
    }
    runs
}

/// The best-scoring index and its score, when it stands out from the other candidates:
/// at least [`EXTRA_DISTINCT`] × the second best and [`EXTRA_ABOVE_MEAN`] × the mean of the
/// rest. A section that resembles everything a little (a five-year summary, an overview) has
/// no distinct partner and so is never taken for a split or merge.
fn distinct_best(it: impl Iterator<Item = (usize, f64)>) -> Option<(usize, f64)> {
    let v: Vec<(usize, f64)> = it.collect();
    let &(bi, bs) = v
        .iter()
        .max_by(|x, y| x.1.total_cmp(&y.1).then(y.0.cmp(&x.0)))?;
    let rest: Vec<f64> = v.iter().filter(|p| p.0 != bi).map(|p| p.1).collect();
    let second = rest.iter().copied().fold(0.0, f64::max);
    let mean = if rest.is_empty() {
        0.0
    } else {
        rest.iter().sum::<f64>() / rest.len() as f64
    };
    (bs >= EXTRA_DISTINCT * second && bs >= EXTRA_ABOVE_MEAN * mean).then_some((bi, bs))
}

/// Whether two sections have the same title after folding, Arabic numbers aside: 2024年工作回顾
/// and 2025年工作回顾 are the same section of their year, not a rename (十四五 → 十五五 is).
fn same_title(old: &Report, a: usize, new: &Report, b: usize) -> bool {
    fn title(r: &Report, id: usize) -> &str {
        r.outline.get(id).map_or("", |s| s.title.as_str())
    }
    let (x, y) = (title(old, a), title(new, b));
    let masked = |t: &str| super::sim::mask_numbers(t);
    masked(x) == masked(y)
        // A count written in figures one year and in Chinese numerals the next (6条, 六条).
        || (crate::text::may_write_counts_otherwise(x, y)
            && masked(&crate::text::counts_as_figures(x))
                == masked(&crate::text::counts_as_figures(y)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefix_key_then_string_orders_as_strings() {
        let mut words: Vec<String> = [
            "",
            "a",
            "a\0",
            "a\0b",
            "ab",
            "abcdefgh",
            "abcdefgh\0",
            "abcdefghi",
            "abcdefgg",
            "发展",
            "发展经济",
            "发",
            "新质生产力",
            "新质生产",
            "低空经济",
            "\u{7f}",
            "é",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        // And pseudo-random strings over a few bytes, so that long shared prefixes occur.
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..2000 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let len = (seed >> 60) as usize;
            let w: String = (0..len)
                .map(|k| ['\0', 'a', 'b', '发'][(seed >> (2 * k + 8)) as usize & 3])
                .collect();
            words.push(w);
        }
        for a in &words {
            for b in &words {
                let by_key = prefix_key(a).cmp(&prefix_key(b)).then_with(|| a.cmp(b));
                assert_eq!(by_key, a.cmp(b), "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn reads_ordinal_labels() {
        assert_eq!(label_number("（三）"), Some(3));
        assert_eq!(label_number("(十)"), Some(10));
        assert_eq!(label_number("十二、"), Some(12));
        assert_eq!(label_number("二十一、"), Some(21));
        assert_eq!(label_number("一是"), None);
    }

    #[test]
    fn huge_levels_pair_by_title_in_linear_time() {
        // Regression (robustness): thousands of sections filled a dense score matrix (5000
        // parts: 17 s, 1.2 GB) and a report compared with itself came out renamed.
        let mut text = String::new();
        for i in 0..1001 {
            text.push_str(&format!("一、第{}部分工作\n新建项目{i}个。\n", i % 50));
        }
        let old = crate::align::testkit::rough_report("a", &text);
        let new = crate::align::testkit::rough_report("b", &text.replace("第7部分", "第七部分"));
        let start = std::time::Instant::now();
        let links = align_sections(&old, &new, &[]);
        assert!(start.elapsed() < std::time::Duration::from_secs(10));
        let count = |st: SectionStatus| links.iter().filter(|l| l.status == st).count();
        assert_eq!(count(SectionStatus::Matched), 1001 - 20);
        assert_eq!(
            (count(SectionStatus::Removed), count(SectionStatus::Added)),
            (20, 20)
        );
        assert!(links
            .iter()
            .filter(|l| l.status == SectionStatus::Matched)
            .all(|l| l.old == l.new));
        assert_eq!(align_sections(&old, &old, &[]).len(), 1001);
    }
    /// Titles of the (old, new) areas paired in `links`, by status.
    fn area_pairs(old: &Report, new: &Report, links: &[SectionLink]) -> Vec<(String, String)> {
        links
            .iter()
            .filter_map(|l| {
                let (a, b) = (old.outline.get(l.old?)?, new.outline.get(l.new?)?);
                (a.kind == SectionKind::Area).then(|| (a.title.clone(), b.title.clone()))
            })
            .collect()
    }

    #[test]
    fn areas_stay_under_their_aligned_parents() {
        // This year's plan part keeps a weakly reworded investment area; a new five-year part
        // repeats more of last year's words. The area pairs under the aligned plan part, and
        // the five-year areas are added.
        let old = crate::align::testkit::rough_report(
            "old",
            "一、2025年重点工作\n\
             坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，统筹做好经济社会发展各项工作，着力稳就业稳企业稳市场稳预期。\n\
             （一）扩大有效投资。推进重大项目建设，扩大有效投资，加快城市更新改造，完善综合交通网络。\n\
             （二）发展现代农业。稳定粮食播种面积，建设高标准农田，发展乡村特色产业。\n",
        );
        let new = crate::align::testkit::rough_report(
            "new",
            "一、十五五时期主要目标\n\
             （一）扩大有效投资。推进重大项目建设，完善综合交通网络，建设现代化基础设施体系，提升城市品质。\n\
             （二）建设文化强省。繁荣文化事业，发展文化产业，保护历史文化遗产。\n\
             二、2026年重点工作\n\
             坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，统筹做好经济社会发展各项工作，着力稳就业稳企业稳市场稳预期。\n\
             （一）抓项目促投资。推进重大项目建设，开工一批水利项目。\n\
             （二）推进乡村振兴。稳定粮食播种面积，发展乡村特色产业，实施千万工程。\n",
        );
        let links = align_sections(&old, &new, &[]);
        let pairs = area_pairs(&old, &new, &links);
        assert!(
            pairs.contains(&("扩大有效投资".into(), "抓项目促投资".into())),
            "{pairs:?}"
        );
        assert!(
            pairs.contains(&("发展现代农业".into(), "推进乡村振兴".into())),
            "{pairs:?}"
        );
        // No area pairs across parts that were not paired unless its score is strong.
        let part_of = |r: &Report, id: usize| r.outline.get(id).and_then(|s| s.parent);
        let parts: Vec<(usize, usize)> = links
            .iter()
            .filter_map(|l| Some((l.old?, l.new?)))
            .filter(|&(a, _)| old.outline[a].kind == SectionKind::Part)
            .collect();
        for l in &links {
            if let (Some(a), Some(b)) = (l.old, l.new) {
                if old.outline[a].kind == SectionKind::Area {
                    let (p, q) = (part_of(&old, a), part_of(&new, b));
                    let aligned = matches!((p, q), (Some(p), Some(q)) if parts.contains(&(p, q)));
                    assert!(aligned || l.score >= CROSS_PARENT_THRESHOLD, "{l:?}");
                }
            }
        }
    }

    /// A left-over area merges into its best allowed partner: a move across parts that
    /// stays below its bar does not outrank it (Zhejiang's 2025 culture area resembles the
    /// 十五五 culture goals more than 2026's (八), which holds 加强文化建设), but a weak
    /// candidate in place still does (the best must stand out).
    #[test]
    fn a_gated_move_does_not_block_a_merge() {
        let old = crate::align::testkit::rough_report(
            "old",
            "一、2025年重点工作\n（一）甲。甲。\n（二）乙。乙。\n（三）丙。丙。\n",
        );
        let new = crate::align::testkit::rough_report(
            "new",
            "一、2026年重点工作\n（一）子。子。\n（二）丑。丑。\n二、十五五时期\n（一）寅。寅。\n",
        );
        let areas = |r: &Report| -> Vec<usize> {
            (0..r.outline.len())
                .filter(|&i| r.outline[i].kind == SectionKind::Area)
                .collect()
        };
        let (olds, news) = (areas(&old), areas(&new));
        assert_eq!((olds.len(), news.len()), (3, 3));
        let gate = |_: usize, b: usize| if b == 2 { Gate::Moved } else { Gate::Preferred };
        let merged_into = |scores: &[Vec<f64>], gated: bool| -> Vec<(usize, usize)> {
            assign(&old, &new, &olds, &news, scores, gate, gated)
                .iter()
                .filter(|l| l.status == SectionStatus::Merged)
                .filter_map(|l| Some((l.old?, l.new?)))
                .collect()
        };
        // 丙 scores 0.26 with 子 (in place) and 0.41 with 寅 (a move, needing 0.5).
        let moved = vec![
            vec![0.4, 0.05, 0.05],
            vec![0.05, 0.4, 0.05],
            vec![0.26, 0.05, 0.41],
        ];
        assert_eq!(
            merged_into(&moved, true),
            [(olds[0], news[0]), (olds[2], news[0])]
        );
        assert!(merged_into(&moved, false).is_empty());
        // A second candidate in place at 0.2: 0.26 does not stand out (× 1.35).
        let close = vec![
            vec![0.4, 0.05, 0.05],
            vec![0.05, 0.4, 0.05],
            vec![0.26, 0.2, 0.05],
        ];
        assert!(merged_into(&close, true).is_empty());
    }

    #[test]
    fn review_areas_never_pair_with_plan_areas() {
        // Last year's plan (investment) became this year's review of the same words; this
        // year's plan repeats them too. The review area pairs with neither plan area.
        let old = crate::align::testkit::rough_report(
            "old",
            "一、2024年工作回顾\n\
             （一）科技创新成果丰硕。新建实验室，培育高新技术企业，研发投入持续增长。\n\
             二、2025年重点工作\n\
             （一）扩大有效投资。推进重大项目建设，扩大有效投资，加快城市更新改造。\n",
        );
        let new = crate::align::testkit::rough_report(
            "new",
            "一、2025年工作回顾\n\
             （一）有效投资稳步扩大。推进重大项目建设，扩大有效投资，加快城市更新改造。\n\
             二、2026年重点工作\n\
             （一）强化科技创新。新建实验室，培育高新技术企业，研发投入持续增长。\n",
        );
        let links = align_sections(&old, &new, &[]);
        let review = |r: &Report, id: usize| {
            ancestor_of_kind(r, id, SectionKind::Part)
                .and_then(|p| r.outline.get(p))
                .is_some_and(|p| p.title.contains("回顾"))
        };
        let areas: Vec<&SectionLink> = links
            .iter()
            .filter(|l| {
                l.old
                    .is_some_and(|a| old.outline[a].kind == SectionKind::Area)
            })
            .collect();
        assert!(!areas.is_empty());
        for l in areas {
            if let (Some(a), Some(b)) = (l.old, l.new) {
                assert_eq!(review(&old, a), review(&new, b), "{l:?}");
            } else {
                assert!(matches!(l.status, SectionStatus::Removed), "{l:?}");
            }
        }
    }

    #[test]
    fn review_parts_never_pair_with_plan_parts() {
        // Last year's plan is this year's review in nearly the same words (national 2022 →
        // 2023): by content the old plan part would pair with the new review part. The review
        // pairs with the review and the plan with the plan, though their words differ more.
        let old = crate::align::testkit::rough_report(
            "old",
            "一、2024年工作回顾\n\
             过去一年，粮食产量稳定，城乡居民收入增长，社会大局稳定。\n\
             二、2025年政府工作任务\n\
             推进重大项目建设，扩大有效投资，加快城市更新改造，新建实验室，培育高新技术企业。\n",
        );
        let new = crate::align::testkit::rough_report(
            "new",
            "一、过去一年工作回顾\n\
             推进重大项目建设，扩大有效投资，加快城市更新改造，新建实验室，培育高新技术企业。\n\
             粮食产量稳定。\n\
             二、对今年政府工作的建议\n\
             扩大有效投资，新建实验室，社会大局稳定。\n",
        );
        let links = align_sections(&old, &new, &[]);
        let title = |r: &Report, id: Option<usize>| {
            id.and_then(|i| r.outline.get(i))
                .map(|s| s.title.clone())
                .unwrap_or_default()
        };
        let parts: Vec<(String, String)> = links
            .iter()
            .filter(|l| {
                l.old
                    .and_then(|a| old.outline.get(a))
                    .is_some_and(|s| s.kind == SectionKind::Part)
            })
            .filter(|l| l.new.is_some())
            .map(|l| (title(&old, l.old), title(&new, l.new)))
            .collect();
        assert!(!parts.is_empty(), "{links:?}");
        for (a, b) in &parts {
            assert_eq!(a.contains("回顾"), b.contains("回顾"), "{a} ↔ {b}");
        }
        // By content alone the old plan is closer to the new review than to the new plan:
        // without the rule the pairs above would cross.
        let ids = |r: &Report| -> Vec<usize> {
            r.outline
                .iter()
                .filter(|s| s.kind == SectionKind::Part)
                .map(|s| s.id)
                .collect()
        };
        let (olds, news) = (ids(&old), ids(&new));
        let (ob, nb) = (SectionBags::of(&old), SectionBags::of(&new));
        let vocab = SharedVocab::new(&ob, &nb);
        let bags = (
            vocab.bags(&ob.bags, &olds, &vocab.old),
            vocab.bags(&nb.bags, &news, &vocab.new),
        );
        let scores = score_matrix(
            (&old, &ob.levels),
            (&new, &nb.levels),
            &olds,
            &news,
            SectionKind::Part,
            &[],
            bags,
            vocab.len,
        );
        // Parts in order: old [review, plan], new [review, plan].
        assert!(scores[1][0] > scores[1][1], "{scores:?}");
    }

    /// The items of a 民生实事 list are no words of the area they stand in (Zhejiang 2026
    /// lists its projects at the end of its security area): the area's bag keeps its own
    /// paragraphs, the heading paragraph of the list included.
    #[test]
    fn list_items_stay_out_of_section_bags() {
        let text = "二、2025年重点工作\n\
            （一）统筹发展和安全\n\
            防范化解重点领域风险，加强社会治安综合治理。\n\
            各位代表！今年我们要坚持尽力而为、量力而行，继续认真办好十方面民生实事，坚决做到言必信。\n\
            1.医疗卫生方面。开展孤独症筛查。\n\
            2.养老帮困方面。新增护理员1万人。\n\
            3.关爱儿童方面。新建青少年宫。\n\
            （二）加强政府自身建设\n\
            坚持依法行政。\n";
        let report = crate::pipeline::parse_bytes(
            "t",
            text.as_bytes(),
            &crate::pipeline::ParseOptions::default(),
        )
        .expect("parses");
        assert_eq!(report.lists.len(), 1, "{:?}", report.lists);
        let bags = SectionBags::of(&report);
        let area = report
            .outline
            .iter()
            .find(|s| s.title.contains("统筹发展和安全"))
            .expect("area");
        let words: Vec<&str> = bags.bags[area.id]
            .iter()
            .map(|&(w, _)| {
                let (a, b) = bags.words[w as usize];
                &bags.arena[a as usize..b as usize]
            })
            .collect();
        assert!(words.contains(&"风险"), "{words:?}");
        assert!(words.contains(&"民生实事"), "{words:?}");
        for w in ["孤独症", "护理员", "青少年"] {
            assert!(!words.iter().any(|x| x.contains(w)), "{w} in {words:?}");
        }
    }

    #[test]
    fn a_year_in_a_title_is_no_rename() {
        let old = crate::align::testkit::rough_report(
            "old",
            "一、2024年工作回顾\n粮食产量稳定，城乡居民收入增长。\n\
             二、“十四五”时期主要目标\n推进高质量发展，建设现代化产业体系。\n\
             三、必须遵循的6条基本原则\n坚持党的全面领导，坚持以人民为中心。\n",
        );
        let new = crate::align::testkit::rough_report(
            "new",
            "一、2025年工作回顾\n粮食产量稳定，城乡居民收入增长较快。\n\
             二、“十五五”时期主要目标\n推进高质量发展，建设现代化产业体系。\n\
             三、必须遵循的六条基本原则\n坚持党的全面领导，坚持以人民为中心。\n",
        );
        let links = align_sections(&old, &new, &[]);
        let status = |t: &str| {
            links
                .iter()
                .find(|l| l.old.is_some_and(|a| old.outline[a].title.contains(t)))
                .map(|l| l.status)
        };
        assert_eq!(
            status("工作回顾"),
            Some(SectionStatus::Matched),
            "{links:?}"
        );
        assert_eq!(
            status("时期主要目标"),
            Some(SectionStatus::Renamed),
            "{links:?}"
        );
        // Nor a count written in figures one year, in Chinese numerals the next.
        assert_eq!(
            status("基本原则"),
            Some(SectionStatus::Matched),
            "{links:?}"
        );
    }

    #[test]
    fn review_paragraphs_opened_by_yishi_are_areas_elsewhere_not() {
        let text = "一、2025年工作回顾\n\
            一是着力扩内需稳增长。社会消费品零售总额增长。\n\
            二是着力抓科技兴产业。高新技术企业数量增长。\n\
            二、“十五五”发展的主要考虑\n\
            一是战略机遇叠加。国家战略深入实施。\n\
            三、2026年工作安排\n\
            （一）突出扩大内需\n\
            着力激发持续消费，一是扩大服务消费，二是培育新型消费。\n";
        let report = crate::pipeline::parse_bytes(
            "t",
            text.as_bytes(),
            &crate::pipeline::ParseOptions::default(),
        )
        .expect("parses");
        let level = levels(&report);
        let at_area: Vec<&str> = report
            .outline
            .iter()
            .filter(|s| level[s.id] == Some(SectionKind::Area))
            .map(|s| s.title.as_str())
            .collect();
        assert_eq!(
            at_area,
            ["着力扩内需稳增长", "着力抓科技兴产业", "突出扩大内需"],
            "{:#?}",
            report.outline
        );
    }
}
