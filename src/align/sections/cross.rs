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

use std::collections::{HashMap, HashSet};

use super::{
    ancestor_of_kind, cosine_matrix, is_review, status_of, with_votes, SectionBags, SectionLink,
    SharedVocab, EXTRA_DISTINCT,
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
    let in_review = |r: &Report, id: usize| {
        ancestor_of_kind(r, id, SectionKind::Part).is_some_and(|p| is_review(r, p))
    };
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
    // Statuses of every row that now has a new partner, from the partners' counts.
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
        let (d_old, d_new) = degree(&links, Some(o), Some(n));
        links[k].status = status_of((old, o, d_old), (new, n, d_new));
    }
    links
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
