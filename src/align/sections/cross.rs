//! Sections that changed level (跨层级对应): a top-level part of one year that became a work
//! area of the other, or the reverse. Sichuan's 2025 report has 加强政府自身建设 as a part of
//! its own with four areas; its 2026 report makes it area (十) of the year's work. The
//! level-by-level alignment cannot see this: the part is left "removed" and the area "added".
//!
//! Here, after both levels are aligned, each part left over (no partner) is compared with the
//! other side's areas that are left over too, or whose only partners are areas of that part
//! (its areas were recognised, the part not), outside the review, and the reverse for areas
//! that became parts; by the same evidence as within a level
//! (TF-IDF word cosine raised by commitment votes), with weights over every part and area of
//! both reports. A pair must be the best of both sections and stand out from their other
//! leftovers. The part's own areas that were left over join the area it became, as a merge
//! (or, the other way round, a split) when it is the section they resemble most.
//!
//! Second ([`into_undivided_parts`]): where a pair of parts is divided into areas on one side
//! only (Guangdong reviews 2024 in nine areas and 2025 in one text), the left-over areas join
//! the undivided part as merges (or splits) instead of being shown as removed (added), when
//! their words resemble it at all.
//!
//! Third ([`into_sub_headings`]): a work area left over whose words are those of one
//! sub-heading (run-in heading) of an area of the other year, in a pair of parts, joins that
//! area (merged: Zhejiang's 2025 ecology area is 2026's (八) 加强生态文明建设); a new area
//! grown out of an old sub-heading splits from its area (Guangdong's 加快建设海洋强省 → the
//! 2026 area (九) 海洋经济).

use std::collections::{HashMap, HashSet};

use super::{
    ancestor_of_kind, cosine_matrix, is_review, status_of, with_votes, Idf, SectionBags,
    SectionLink, SharedVocab, EXTRA_DISTINCT,
};
use crate::model::diff::SectionStatus;
use crate::model::{Report, SectionKind};

/// Score a part ↔ area pair needs. Over the 15 corpus pairs and the seed pair, the one such
/// move (Sichuan's government-building part → area (十)) scores 0.36; the best wrong
/// candidate 0.23 (Fujian: a 2025 industry area against the 2026 closing part).
const CROSS_LEVEL_THRESHOLD: f64 = 0.3;

/// Word cosine an area needs with the undivided part it is taken to have joined. The true
/// cases in the corpus score 0.10 to 0.31 (Guangdong and Hubei review areas → their 2026
/// reviews, national 2021 review → the 2022 review's ten areas, Hubei's government part →
/// its five 2026 areas); Jiangsu's five 十五五 areas against its 2025 总体要求 part, which
/// they did not come from, score 0.04 to 0.07.
const UNDIVIDED_THRESHOLD: f64 = 0.09;

/// Beyond this many scored pairs (a real report leaves a few dozen sections over) the
/// search is skipped: its score matrix is quadratic (docs/robustness.md).
const MAX_CROSS_PAIRS: usize = 40_000;

/// Whether section `id` of `r` lies in a review part (its areas never pair with plan areas).
fn in_review(r: &Report, id: usize) -> bool {
    ancestor_of_kind(r, id, SectionKind::Part).is_some_and(|p| is_review(r, p))
}

/// Whether section `s` of `r` is `sec` or lies inside it.
fn within(r: &Report, s: usize, sec: usize) -> bool {
    let mut cur = Some(s);
    for _ in 0..=r.outline.len() {
        match cur {
            Some(id) if id == sec => return true,
            Some(id) => cur = r.outline.get(id).and_then(|x| x.parent),
            None => return false,
        }
    }
    false
}

/// The outline ids of `bags`' report that are aligned at some level, ascending.
fn aligned_ids(bags: &SectionBags) -> Vec<usize> {
    (0..bags.levels.len())
        .filter(|&id| bags.levels[id].is_some())
        .collect()
}

/// TF-IDF bags of every aligned section of both reports (weights over all of them, so a word
/// common to all areas weighs little here too), looked up by outline id.
struct Weights {
    all_old: Vec<usize>,
    all_new: Vec<usize>,
    old: Vec<Vec<(u32, f64)>>,
    new: Vec<Vec<(u32, f64)>>,
}

impl Weights {
    fn new(old_bags: &SectionBags, new_bags: &SectionBags, vocab: &SharedVocab) -> Weights {
        let (all_old, all_new) = (aligned_ids(old_bags), aligned_ids(new_bags));
        let ob = vocab.bags(&old_bags.bags, &all_old, &vocab.old);
        let nb = vocab.bags(&new_bags.bags, &all_new, &vocab.new);
        let (old, new) = super::tfidf(&ob, &nb, vocab.len);
        Weights {
            all_old,
            all_new,
            old,
            new,
        }
    }

    /// Cosine of every pair of old sections `olds` and new sections `news` (outline ids).
    fn cosines(&self, olds: &[usize], news: &[usize], vocab: &SharedVocab) -> Vec<Vec<f64>> {
        let pick = |v: &[Vec<(u32, f64)>], all: &[usize], ids: &[usize]| -> Vec<Vec<(u32, f64)>> {
            ids.iter()
                .map(|&id| {
                    all.binary_search(&id)
                        .map(|k| v[k].clone())
                        .unwrap_or_default()
                })
                .collect()
        };
        cosine_matrix(
            &pick(&self.old, &self.all_old, olds),
            &pick(&self.new, &self.all_new, news),
            vocab.len,
        )
    }
}

/// Replace the rows showing old section `o` removed and new section `n` added by a row
/// pairing them.
fn link(links: &mut Vec<SectionLink>, o: usize, n: usize, status: SectionStatus, score: f64) {
    links.retain(|l| {
        let removed_row = l.new.is_none() && l.old == Some(o);
        let added_row = l.old.is_none() && l.new == Some(n);
        !(removed_row || added_row)
    });
    links.push(SectionLink {
        status,
        old: Some(o),
        new: Some(n),
        score,
    });
}

/// The rows of `links` with part ↔ area pairs added: a part left over on one side (no
/// partner) pairs with an area of the other side that is left over too, or whose only
/// partners are areas of that very part (the part's areas were recognised, the part not).
pub(super) fn cross_level(
    old: &Report,
    old_bags: &SectionBags,
    new: &Report,
    new_bags: &SectionBags,
    vocab: &SharedVocab,
    mut links: Vec<SectionLink>,
    commitment_pairs: &[(usize, usize, f64)],
) -> Vec<SectionLink> {
    let partners = |me: fn(&SectionLink) -> Option<usize>,
                    other: fn(&SectionLink) -> Option<usize>|
     -> HashMap<usize, Vec<usize>> {
        let mut m: HashMap<usize, Vec<usize>> = HashMap::new();
        for l in &links {
            if let (Some(a), Some(b)) = (me(l), other(l)) {
                m.entry(a).or_default().push(b);
            }
        }
        m
    };
    let (old_partners, new_partners) = (
        partners(|l| l.old, |l| l.new),
        partners(|l| l.new, |l| l.old),
    );
    let (all_old, all_new) = (aligned_ids(old_bags), aligned_ids(new_bags));
    let left = |r: &Report, all: &[usize], partners: &HashMap<usize, Vec<usize>>| -> Vec<usize> {
        all.iter()
            .copied()
            .filter(|&id| !partners.contains_key(&id) && !in_review(r, id))
            .collect()
    };
    let (old_left, new_left) = (
        left(old, &all_old, &old_partners),
        left(new, &all_new, &new_partners),
    );
    let parts_left = |r: &Report, ids: &[usize]| -> Vec<usize> {
        ids.iter()
            .copied()
            .filter(|&id| {
                r.outline
                    .get(id)
                    .is_some_and(|s| s.kind == SectionKind::Part)
            })
            .collect()
    };
    let (old_parts, new_parts) = (parts_left(old, &old_left), parts_left(new, &new_left));
    if old_parts.is_empty() && new_parts.is_empty() {
        return links;
    }
    // Areas that may become a left-over part's partner: left over, or paired only with
    // areas inside that part. `parts_left` of the other side, `r` the area's report.
    let open_areas = |r: &Report,
                      other: &Report,
                      all: &[usize],
                      own_left: &[usize],
                      partners: &HashMap<usize, Vec<usize>>,
                      other_parts: &[usize]|
     -> Vec<(usize, Option<usize>)> {
        if other_parts.is_empty() {
            return Vec::new();
        }
        all.iter()
            .copied()
            .filter(|&id| {
                r.outline
                    .get(id)
                    .is_some_and(|s| s.kind != SectionKind::Part)
            })
            .filter(|&id| !in_review(r, id))
            .filter_map(|id| {
                if own_left.contains(&id) {
                    return Some((id, None));
                }
                let ps = partners.get(&id)?;
                let part = other_parts
                    .iter()
                    .copied()
                    .find(|&p| ps.iter().all(|&x| x != p && within(other, x, p)))?;
                Some((id, Some(part)))
            })
            .collect()
    };
    let new_areas = open_areas(new, old, &all_new, &new_left, &new_partners, &old_parts);
    let old_areas = open_areas(old, new, &all_old, &old_left, &old_partners, &new_parts);
    // Scored: every left-over section and every open area, each side.
    let mut olds: Vec<usize> = old_left.clone();
    olds.extend(old_areas.iter().filter(|a| a.1.is_some()).map(|a| a.0));
    let mut news: Vec<usize> = new_left.clone();
    news.extend(new_areas.iter().filter(|a| a.1.is_some()).map(|a| a.0));
    olds.sort_unstable();
    news.sort_unstable();
    if olds.len().saturating_mul(news.len()) > MAX_CROSS_PAIRS {
        return links;
    }

    let cos = Weights::new(old_bags, new_bags, vocab).cosines(&olds, &news, vocab);
    // Commitment counts and votes, each commitment walking up its ancestors once.
    let holders = |r: &Report, ids: &[usize], section: usize| -> Vec<usize> {
        let mut out = Vec::new();
        let mut cur = Some(section);
        for _ in 0..=r.outline.len() {
            let Some(id) = cur else { break };
            if let Ok(k) = ids.binary_search(&id) {
                out.push(k);
            }
            cur = r.outline.get(id).and_then(|x| x.parent);
        }
        out
    };
    let old_in: Vec<Vec<usize>> = old
        .commitments
        .iter()
        .map(|c| holders(old, &olds, c.section))
        .collect();
    let new_in: Vec<Vec<usize>> = new
        .commitments
        .iter()
        .map(|c| holders(new, &news, c.section))
        .collect();
    let tally = |n: usize, held: &[Vec<usize>]| {
        let mut v = vec![0usize; n];
        held.iter().flatten().for_each(|&k| v[k] += 1);
        v
    };
    let (old_count, new_count) = (tally(olds.len(), &old_in), tally(news.len(), &new_in));
    let mut votes = vec![vec![0usize; news.len()]; olds.len()];
    for &(i, j, _) in commitment_pairs {
        if let (Some(xs), Some(ys)) = (old_in.get(i), new_in.get(j)) {
            for &a in xs {
                for &b in ys {
                    votes[a][b] += 1;
                }
            }
        }
    }
    let mut scores = vec![vec![0.0; news.len()]; olds.len()];
    for (a, row) in cos.iter().enumerate() {
        for (b, &c) in row.iter().enumerate() {
            if c <= 0.0 {
                continue;
            }
            scores[a][b] = with_votes(c, votes[a][b], old_count[a] + new_count[b]);
        }
    }
    let is_part = |r: &Report, id: usize| {
        r.outline
            .get(id)
            .is_some_and(|s| s.kind == SectionKind::Part)
    };
    // Whether old `a` and new `b` (indices into `olds`, `news`) may pair across levels.
    let may_pair = |a: usize, b: usize| {
        let (o, n) = (olds[a], news[b]);
        match (is_part(old, o), is_part(new, n)) {
            (true, false) => {
                old_parts.contains(&o)
                    && new_areas
                        .iter()
                        .any(|&(id, p)| id == n && p.is_none_or(|p| p == o))
            }
            (false, true) => {
                new_parts.contains(&n)
                    && old_areas
                        .iter()
                        .any(|&(id, p)| id == o && p.is_none_or(|p| p == n))
            }
            _ => false,
        }
    };
    // A pair: each the other's clear best among the sections it may pair with.
    let best = |v: &mut Vec<(usize, f64)>| -> Option<(usize, f64)> {
        v.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        let (&(k, s), second) = (v.first()?, v.get(1).map_or(0.0, |p| p.1));
        (s >= CROSS_LEVEL_THRESHOLD && s >= EXTRA_DISTINCT * second).then_some((k, s))
    };
    let mut made: Vec<(usize, usize, f64)> = Vec::new();
    for a in 0..olds.len() {
        let mut row: Vec<(usize, f64)> = (0..news.len())
            .filter(|&b| may_pair(a, b))
            .map(|b| (b, scores[a][b]))
            .collect();
        let Some((b, s)) = best(&mut row) else {
            continue;
        };
        let mut column: Vec<(usize, f64)> = (0..olds.len())
            .filter(|&a| may_pair(a, b))
            .map(|a| (a, scores[a][b]))
            .collect();
        if best(&mut column).is_some_and(|(a2, _)| a2 == a) {
            made.push((a, b, s));
        }
    }
    // The part's own left-over areas join the area it became (and the reverse) when that
    // area is the one they resemble most among the sections scored here: the part went
    // there as a whole, so its areas did too unless they went elsewhere (then they are not
    // left over). Sichuan's four government-building areas score 0.07 to 0.25 against area
    // (十), their best.
    // Seen from the part's side: its report, sections, left-overs, and score against the
    // other side's section `k` of its own section `m`.
    let at = |part_is_old: bool, m: usize, k: usize| {
        if part_is_old {
            scores[m][k]
        } else {
            scores[k][m]
        }
    };
    for (a, b, _) in made.clone() {
        let part_is_old = is_part(old, olds[a]);
        let (r, ids, left, part, partner, others) = if part_is_old {
            (old, &olds, &old_left, a, b, news.len())
        } else {
            (new, &news, &new_left, b, a, olds.len())
        };
        for (m, &id) in ids.iter().enumerate() {
            let best = (0..others).max_by(|&x, &y| {
                at(part_is_old, m, x)
                    .total_cmp(&at(part_is_old, m, y))
                    .then(y.cmp(&x))
            });
            let s = at(part_is_old, m, partner);
            if m != part
                && left.contains(&id)
                && within(r, id, ids[part])
                && s > 0.0
                && best == Some(partner)
            {
                made.push(if part_is_old {
                    (m, partner, s)
                } else {
                    (partner, m, s)
                });
            }
        }
    }
    let mut touched_old = HashSet::new();
    let mut touched_new = HashSet::new();
    for &(a, b, s) in &made {
        let (o, n) = (olds[a], news[b]);
        link(&mut links, o, n, SectionStatus::Renamed, s);
        touched_old.insert(o);
        touched_new.insert(n);
    }
    restatus(old, new, &mut links, &touched_old, &touched_new);
    links
}

/// Statuses of every row whose old section is in `touched_old` or new section in
/// `touched_new` (they have a new partner), from the partners' counts.
fn restatus(
    old: &Report,
    new: &Report,
    links: &mut [SectionLink],
    touched_old: &HashSet<usize>,
    touched_new: &HashSet<usize>,
) {
    let degree = |links: &[SectionLink], o: Option<usize>, n: Option<usize>| {
        let d_old = links
            .iter()
            .filter(|l| l.old == o && l.new.is_some())
            .count();
        let d_new = links
            .iter()
            .filter(|l| l.new == n && l.old.is_some())
            .count();
        (d_old, d_new)
    };
    for k in 0..links.len() {
        let (Some(o), Some(n)) = (links[k].old, links[k].new) else {
            continue;
        };
        if !touched_old.contains(&o) && !touched_new.contains(&n) {
            continue;
        }
        let (d_old, d_new) = degree(links, Some(o), Some(n));
        links[k].status = status_of((old, o, d_old), (new, n, d_new));
    }
}

/// The rows of `links` with areas left over under a part whose partner has no areas at all
/// joined to that partner: Guangdong's 2025 review has nine areas, its 2026 review none (one
/// undivided text), so each of the nine went into the 2026 review (merged) rather than
/// away (removed); the reverse (an undivided part → a part with areas) is a split.
pub(super) fn into_undivided_parts(
    old: &Report,
    old_bags: &SectionBags,
    new: &Report,
    new_bags: &SectionBags,
    vocab: &SharedVocab,
    mut links: Vec<SectionLink>,
) -> Vec<SectionLink> {
    let part_of = |r: &Report, id: usize| ancestor_of_kind(r, id, SectionKind::Part);
    let has_areas = |r: &Report, bags: &SectionBags, part: usize| {
        (0..bags.levels.len()).any(|id| {
            bags.levels[id] == Some(SectionKind::Area) && id != part && part_of(r, id) == Some(part)
        })
    };
    let is_part =
        |bags: &SectionBags, id: usize| bags.levels.get(id) == Some(&Some(SectionKind::Part));
    let part_pairs: Vec<(usize, usize)> = links
        .iter()
        .filter_map(|l| Some((l.old?, l.new?)))
        .filter(|&(o, n)| is_part(old_bags, o) && is_part(new_bags, n))
        .collect();
    let left = |me: fn(&SectionLink) -> Option<usize>,
                other: fn(&SectionLink) -> Option<usize>|
     -> Vec<usize> {
        links
            .iter()
            .filter(|l| other(l).is_none())
            .filter_map(me)
            .collect()
    };
    let (old_left, new_left) = (left(|l| l.old, |l| l.new), left(|l| l.new, |l| l.old));
    // (old, new) candidate pairs: a left-over area and its part's partner without areas.
    let mut cands: Vec<(usize, usize)> = Vec::new();
    // The left-over areas of `left` (of report `r`) under part `part`.
    let areas_under = |r: &Report, bags: &SectionBags, left: &[usize], part: usize| -> Vec<usize> {
        left.iter()
            .copied()
            .filter(|&a| bags.levels[a] == Some(SectionKind::Area) && part_of(r, a) == Some(part))
            .collect()
    };
    for &(p, q) in &part_pairs {
        let (p_areas, q_areas) = (has_areas(old, old_bags, p), has_areas(new, new_bags, q));
        if p_areas && !q_areas {
            cands.extend(
                areas_under(old, old_bags, &old_left, p)
                    .into_iter()
                    .map(|a| (a, q)),
            );
        } else if q_areas && !p_areas {
            cands.extend(
                areas_under(new, new_bags, &new_left, q)
                    .into_iter()
                    .map(|b| (p, b)),
            );
        }
    }
    if cands.is_empty() {
        return links;
    }
    let distinct = |side: fn(&(usize, usize)) -> usize| {
        let mut v: Vec<usize> = cands.iter().map(side).collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    let (olds, news) = (distinct(|c| c.0), distinct(|c| c.1));
    if olds.len().saturating_mul(news.len()) > MAX_CROSS_PAIRS {
        return links;
    }
    let cos = Weights::new(old_bags, new_bags, vocab).cosines(&olds, &news, vocab);
    for (o, n) in cands {
        let at = |ids: &[usize], id: usize| ids.binary_search(&id).unwrap_or(0);
        let c = cos[at(&olds, o)][at(&news, n)];
        let status = if is_part(old_bags, o) {
            SectionStatus::Split
        } else {
            SectionStatus::Merged
        };
        if c >= UNDIVIDED_THRESHOLD {
            link(&mut links, o, n, status, c);
        }
    }
    links
}

/// Word cosine a work area needs with a sub-heading of the other year to be taken as having
/// become it (or grown out of it), and the factor by which it must beat its second-best
/// sub-heading. Over the 15 corpus pairs and the seed pair, with the part gate of
/// [`into_sub_headings`], two such moves exist and score 0.363 (3.6× the second: Guangdong's
/// 2025 sub-heading 加快建设海洋强省 → 2026 area (九) 海洋经济) and 0.211 (2.0×: Zhejiang's
/// ecology area); the best wrong candidate scores 0.189 at 1.36× (Guangdong's 促进区域联动
/// 融合发展 against the 2026 urban area), the next 0.136 at 1.16×. Few cases: the margin
/// is thin, and the distinctness bar does most of the work.
const SUB_HEADING_THRESHOLD: f64 = 0.2;
const SUB_HEADING_DISTINCT: f64 = 1.8;

/// The rows of `links` with work areas left over joined to the area of the other year under
/// which they became a sub-heading (merged), or that grew out of one of its sub-headings
/// (split). Zhejiang's 2025 ecology area (（九）协同推进降碳减污扩绿增长，打造高水平生态省)
/// is the sub-heading 加强生态文明建设 of 2026's area (八); the area level alone shows it
/// removed, for (八) is paired with the 民生 area and its words are mostly of people's
/// livelihoods. A left-over area pairs with a sub-heading (of an area that is paired, outside
/// the review) when that sub-heading is its clear best among the other year's sub-headings
/// and it is the sub-heading's best among all of its own year's areas.
pub(super) fn into_sub_headings(
    old: &Report,
    old_bags: &SectionBags,
    new: &Report,
    new_bags: &SectionBags,
    vocab: &SharedVocab,
    mut links: Vec<SectionLink>,
) -> Vec<SectionLink> {
    let areas = |r: &Report, bags: &SectionBags| -> Vec<usize> {
        (0..bags.levels.len())
            .filter(|&id| bags.levels[id] == Some(SectionKind::Area) && !in_review(r, id))
            .collect()
    };
    let (old_areas, new_areas) = (areas(old, old_bags), areas(new, new_bags));
    let paired = |side: fn(&SectionLink) -> Option<usize>,
                  other: fn(&SectionLink) -> Option<usize>| {
        links
            .iter()
            .filter(|l| other(l).is_some())
            .filter_map(side)
            .collect::<HashSet<usize>>()
    };
    let (old_paired, new_paired) = (paired(|l| l.old, |l| l.new), paired(|l| l.new, |l| l.old));
    let left = |ids: &[usize], paired: &HashSet<usize>| -> Vec<usize> {
        ids.iter()
            .copied()
            .filter(|id| !paired.contains(id))
            .collect()
    };
    let (old_left, new_left) = (left(&old_areas, &old_paired), left(&new_areas, &new_paired));
    // Sub-headings of paired areas, outside the review.
    let subs = |r: &Report, bags: &SectionBags, paired: &HashSet<usize>| -> Vec<usize> {
        super::sub_headings(r, &bags.levels)
            .into_iter()
            .filter(|&id| {
                r.outline[id].parent.is_some_and(|p| paired.contains(&p)) && !in_review(r, id)
            })
            .collect()
    };
    let (old_subs, new_subs) = (
        subs(old, old_bags, &old_paired),
        subs(new, new_bags, &new_paired),
    );
    let demoted = !old_left.is_empty() && !new_subs.is_empty();
    let promoted = !new_left.is_empty() && !old_subs.is_empty();
    if !(demoted || promoted)
        || old_areas.len().saturating_mul(new_subs.len()) > MAX_CROSS_PAIRS
        || old_subs.len().saturating_mul(new_areas.len()) > MAX_CROSS_PAIRS
    {
        return links;
    }
    // Words are weighed over every aligned section and sub-heading of both years; only the
    // bags compared are weighed.
    let with_subs = |bags: &SectionBags, r: &Report| {
        let mut ids = aligned_ids(bags);
        ids.extend(super::sub_headings(r, &bags.levels));
        ids
    };
    let idf = Idf::of_sections(
        (old_bags, &with_subs(old_bags, old)),
        (new_bags, &with_subs(new_bags, new)),
        vocab,
    );
    let weighed = |bags: &SectionBags, ids: &[usize], ranks: &[u32]| -> Vec<Vec<(u32, f64)>> {
        vocab
            .bags(&bags.bags, ids, ranks)
            .iter()
            .map(|b| idf.weigh(b))
            .collect()
    };
    // Only within a pair of parts: a 十五五 goal area is no sub-heading of this year's work.
    let part_pairs: HashSet<(usize, usize)> = links
        .iter()
        .filter_map(|l| Some((l.old?, l.new?)))
        .filter(|&(o, n)| {
            old.outline
                .get(o)
                .is_some_and(|s| s.kind == SectionKind::Part)
                && new
                    .outline
                    .get(n)
                    .is_some_and(|s| s.kind == SectionKind::Part)
        })
        .collect();
    let part = |r: &Report, id: usize| ancestor_of_kind(r, id, SectionKind::Part);
    let same_part = |o: usize, n: usize| {
        part(old, o)
            .zip(part(new, n))
            .is_some_and(|pair| part_pairs.contains(&pair))
    };
    // Cosines [area][sub-heading] between areas and sub-headings of the other year
    // (`area_is_old`: the areas are the old report's).
    let cosines = |area_is_old: bool, areas: &[usize], subs: &[usize]| -> Vec<Vec<f64>> {
        if area_is_old {
            cosine_matrix(
                &weighed(old_bags, areas, &vocab.old),
                &weighed(new_bags, subs, &vocab.new),
                vocab.len,
            )
        } else {
            let by_sub = cosine_matrix(
                &weighed(old_bags, subs, &vocab.old),
                &weighed(new_bags, areas, &vocab.new),
                vocab.len,
            );
            (0..areas.len())
                .map(|a| by_sub.iter().map(|row| row[a]).collect())
                .collect()
        }
    };
    // The left-over areas that pair with a sub-heading: (area, index into `subs`, score).
    // Rows are scored for the left-over areas only; the best sub-heading's column, over all
    // areas of the left-over's year, only for the one candidate.
    let pick = |area_is_old: bool,
                areas: &[usize],
                left: &[usize],
                subs: &[usize]|
     -> Vec<(usize, usize, f64)> {
        let rows = cosines(area_is_old, left, subs);
        let mut out = Vec::new();
        for (&id, row) in left.iter().zip(&rows) {
            let allowed = |s: usize| {
                if area_is_old {
                    same_part(id, subs[s])
                } else {
                    same_part(subs[s], id)
                }
            };
            let mut row: Vec<(usize, f64)> = row
                .iter()
                .copied()
                .enumerate()
                .filter(|&(s, _)| allowed(s))
                .collect();
            row.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
            let Some(&(s, score)) = row.first() else {
                continue;
            };
            let second = row.get(1).map_or(0.0, |x| x.1);
            if score < SUB_HEADING_THRESHOLD || score < SUB_HEADING_DISTINCT * second {
                continue;
            }
            let column: Vec<f64> = cosines(area_is_old, areas, &subs[s..=s])
                .iter()
                .map(|r| r[0])
                .collect();
            let column_best =
                (0..areas.len()).max_by(|&x, &y| column[x].total_cmp(&column[y]).then(y.cmp(&x)));
            if column_best.is_some_and(|b| areas[b] == id) {
                out.push((id, s, score));
            }
        }
        out
    };
    let parent = |r: &Report, id: usize| r.outline.get(id).and_then(|s| s.parent);
    let mut touched_old = HashSet::new();
    let mut touched_new = HashSet::new();
    if demoted {
        for (o, s, score) in pick(true, &old_areas, &old_left, &new_subs) {
            if let Some(n) = parent(new, new_subs[s]) {
                link(&mut links, o, n, SectionStatus::Merged, score);
                touched_old.insert(o);
                touched_new.insert(n);
            }
        }
    }
    if promoted {
        for (n, s, score) in pick(false, &new_areas, &new_left, &old_subs) {
            if let Some(o) = parent(old, old_subs[s]) {
                link(&mut links, o, n, SectionStatus::Split, score);
                touched_old.insert(o);
                touched_new.insert(n);
            }
        }
    }
    restatus(old, new, &mut links, &touched_old, &touched_new);
    links
}

#[cfg(test)]
mod tests {
    use super::super::align_sections;
    use crate::align::testkit::rough_report;
    use crate::model::diff::SectionStatus;

    const PLAN_OLD: &str = "一、2025年重点工作\n\
        坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展，统筹发展和安全，\
        着力稳就业稳企业稳市场稳预期，持续增强经济活力、防范化解风险、改善社会预期，巩固和增强经济回升向好态势。\n\
        （一）扩大有效投资。推进重大项目建设，扩大有效投资，加快城市更新改造，完善综合交通网络，建设水利工程。\n\
        （二）发展现代农业。稳定粮食播种面积，建设高标准农田，发展乡村特色产业，提高农民收入。\n\
        （三）培育新兴产业。发展集成电路、生物医药、新能源汽车，建设创新平台，培育专精特新企业。\n\
        （四）扩大对外开放。稳定外贸外资，建设自由贸易试验区，拓展国际市场，办好进口博览会。\n\
        （五）保障改善民生。稳定就业，办好人民满意的教育，健全医疗保障，发展养老托育服务。\n";
    const PLAN_NEW: &str = "一、2026年重点工作\n\
        坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展，统筹发展和安全，\
        着力稳就业稳企业稳市场稳预期，持续增强经济活力、防范化解风险、改善社会预期，巩固和增强经济回升向好态势。\n\
        （一）抓项目促投资。推进重大项目建设，扩大有效投资，完善综合交通网络，开工一批水利工程。\n\
        （二）推进乡村振兴。稳定粮食播种面积，建设高标准农田，发展乡村特色产业，实施千万工程。\n\
        （三）壮大新兴产业。发展集成电路、生物医药、新能源汽车，建设创新平台，培育专精特新企业。\n\
        （四）深化对外开放。稳定外贸外资，建设自由贸易试验区，拓展国际市场，办好进口博览会。\n\
        （五）增进民生福祉。稳定就业，办好人民满意的教育，健全医疗保障，发展养老托育服务。\n";

    /// Rows as (status, old title, new title).
    fn rows(old_text: &str, new_text: &str) -> Vec<(SectionStatus, String, String)> {
        let (old, new) = (rough_report("old", old_text), rough_report("new", new_text));
        let title = |r: &crate::model::Report, id: Option<usize>| {
            id.and_then(|id| r.outline.get(id))
                .map(|s| s.title.clone())
                .unwrap_or_default()
        };
        align_sections(&old, &new, &[])
            .iter()
            .map(|l| (l.status, title(&old, l.old), title(&new, l.new)))
            .collect()
    }

    #[test]
    fn a_part_that_became_an_area_pairs_with_it_and_brings_its_areas() {
        let old = format!(
            "{PLAN_OLD}二、加强政府自身建设\n\
             （一）树牢正确政绩观。坚持依法行政，建设法治政府，自觉接受人大监督和政协民主监督。\n\
             （二）清正廉洁守底线。严格落实中央八项规定精神，坚持政府过紧日子，建设廉洁政府。\n"
        );
        let new = format!(
            "{PLAN_NEW}（六）切实加强政府自身建设。坚持依法行政，建设法治政府，接受人大监督和政协民主监督，\
             落实中央八项规定精神，坚持过紧日子，建设廉洁政府。\n"
        );
        let rows = rows(&old, &new);
        let target = "切实加强政府自身建设";
        for from in ["加强政府自身建设", "树牢正确政绩观", "清正廉洁守底线"] {
            assert!(
                rows.iter()
                    .any(|r| r.0 == SectionStatus::Merged && r.1 == from && r.2 == target),
                "{from}: {rows:?}"
            );
        }
        assert!(
            !rows
                .iter()
                .any(|r| matches!(r.0, SectionStatus::Added | SectionStatus::Removed)),
            "{rows:?}"
        );
    }

    #[test]
    fn an_area_that_became_a_part_pairs_with_it() {
        let old = format!(
            "{PLAN_OLD}（六）加强政府自身建设。坚持依法行政，建设法治政府，接受人大监督和政协民主监督，\
             落实中央八项规定精神，坚持过紧日子，建设廉洁政府。\n"
        );
        let new = format!(
            "{PLAN_NEW}二、全面加强政府自身建设\n\
             （一）坚持依法行政。建设法治政府，自觉接受人大监督和政协民主监督。\n\
             （二）建设廉洁政府。严格落实中央八项规定精神，坚持政府过紧日子。\n"
        );
        let rows = rows(&old, &new);
        for to in ["全面加强政府自身建设", "坚持依法行政", "建设廉洁政府"] {
            assert!(
                rows.iter()
                    .any(|r| r.0 == SectionStatus::Split && r.1 == "加强政府自身建设" && r.2 == to),
                "{to}: {rows:?}"
            );
        }
    }

    /// An ecology area, and the other year's 民生 area that holds the same words as one of
    /// its four sub-headings: too few of its words for the area level to see the merge.
    const ECOLOGY_AREA: &str = "（六）建设美丽生态。推进污染防治攻坚，治理大气水土壤污染，\
        建设美丽河湖，扩大森林绿地，推进降碳减排，发展清洁能源。\n";
    const LIVELIHOOD_SUBS: &str = "※稳定就业增收。稳定就业，实施就业优先战略，扩大高校毕业生就业，\
        发展零工市场，开展职业技能培训，提高城乡居民收入，保障农民工工资支付。\n\
        ※办好人民满意的教育。建设高质量教育体系，扩大普惠托育和学前教育，推进义务教育优质均衡，\
        发展职业教育，建设一流大学和一流学科，加强教师队伍建设。\n\
        ※健全医疗保障。推进健康城市建设，扩大优质医疗资源，建设区域医疗中心，提高基本医保统筹层次，\
        发展中医药，完善养老服务体系，建设社区嵌入式服务设施。\n\
        ※加强生态建设。推进污染防治攻坚，治理大气水土壤污染，建设美丽河湖，扩大森林绿地。\n";

    /// Both ways: an area that became a sub-heading merges into the sub-heading's area; an
    /// area grown out of a sub-heading splits from it. Neither is left removed or added.
    #[test]
    fn an_area_and_a_sub_heading_pair_across_levels() {
        let cases = [
            (
                ECOLOGY_AREA,
                LIVELIHOOD_SUBS,
                SectionStatus::Merged,
                SectionStatus::Removed,
            ),
            (
                LIVELIHOOD_SUBS,
                ECOLOGY_AREA,
                SectionStatus::Split,
                SectionStatus::Added,
            ),
        ];
        for (old_tail, new_tail, status, left_over) in cases {
            let rows = rows(
                &format!("{PLAN_OLD}{old_tail}"),
                &format!("{PLAN_NEW}{new_tail}"),
            );
            let (from, to) = if status == SectionStatus::Merged {
                ("建设美丽生态", "增进民生福祉")
            } else {
                ("保障改善民生", "建设美丽生态")
            };
            assert!(rows.contains(&(status, from.into(), to.into())), "{rows:?}");
            assert!(!rows.iter().any(|r| r.0 == left_over), "{rows:?}");
        }
    }

    /// A left-over area unlike every sub-heading, or under a part of another kind, stays
    /// removed.
    #[test]
    fn an_area_unlike_the_sub_headings_stays_removed() {
        let culture = "（六）建设文化强市。繁荣文化事业，发展文化产业，保护历史文化遗产。\n";
        let unlike = rows(
            &format!("{PLAN_OLD}{culture}"),
            &format!("{PLAN_NEW}{LIVELIHOOD_SUBS}"),
        );
        assert!(
            unlike.contains(&(SectionStatus::Removed, "建设文化强市".into(), String::new())),
            "{unlike:?}"
        );
        let old = format!("{PLAN_OLD}二、今后五年目标任务\n{ECOLOGY_AREA}");
        let moved = rows(&old, &format!("{PLAN_NEW}{LIVELIHOOD_SUBS}"));
        assert!(
            moved.contains(&(SectionStatus::Removed, "建设美丽生态".into(), String::new())),
            "{moved:?}"
        );
    }

    #[test]
    fn an_unrelated_leftover_part_stays_removed() {
        let old = format!(
            "{PLAN_OLD}二、加强政府自身建设\n\
             （一）树牢正确政绩观。坚持依法行政，建设法治政府，自觉接受人大监督和政协民主监督。\n"
        );
        let new = format!(
            "{PLAN_NEW}（六）建设文化强市。繁荣文化事业，发展文化产业，保护历史文化遗产，举办群众文化活动。\n"
        );
        let rows = rows(&old, &new);
        assert!(
            rows.iter()
                .any(|r| r.0 == SectionStatus::Removed && r.1 == "加强政府自身建设"),
            "{rows:?}"
        );
        assert!(
            rows.iter()
                .any(|r| r.0 == SectionStatus::Added && r.2 == "建设文化强市"),
            "{rows:?}"
        );
    }

    #[test]
    fn areas_of_a_part_whose_partner_is_undivided_merge_into_it() {
        // Last year's review had areas; this year's review is one undivided text. Its areas
        // went into that text, not away; the unrelated one (a sports area this review does
        // not mention) stays removed.
        let old = format!(
            "一、2024年工作回顾\n\
             （一）经济运行稳中有进。地区生产总值增长5%，固定资产投资稳定增长，消费市场持续回暖。\n\
             （二）科技创新成果丰硕。新建重点实验室，高新技术企业数量增长，研发投入持续增长。\n\
             （三）体育赛事精彩纷呈。成功举办马拉松、帆船赛和青少年足球联赛，全民健身蔚然成风。\n\
             二、2025年重点工作\n{}",
            &PLAN_OLD["一、2025年重点工作\n".len()..]
        );
        let new = format!(
            "一、2025年工作回顾\n\
             过去一年，地区生产总值增长5.2%，固定资产投资稳定增长，消费市场持续回暖；新建重点实验室，\
             高新技术企业数量增长，研发投入持续增长。\n\
             二、2026年重点工作\n{}",
            &PLAN_NEW["一、2026年重点工作\n".len()..]
        );
        let rows = rows(&old, &new);
        for area in ["经济运行稳中有进", "科技创新成果丰硕"] {
            assert!(
                rows.iter().any(|r| r.0 == SectionStatus::Merged
                    && r.1 == area
                    && r.2 == "2025年工作回顾"),
                "{area}: {rows:?}"
            );
        }
        assert!(
            rows.iter()
                .any(|r| r.0 == SectionStatus::Removed && r.1 == "体育赛事精彩纷呈"),
            "{rows:?}"
        );
    }
}
