//! Commitment timelines (任务脉络): a commitment followed from year to year.
//!
//! The pairing itself comes from `crate::align` (two years at a time); this module only strings
//! the pairs into chains, bridges a year where a commitment was skipped (the 2023 term-end
//! report carries fewer concrete tasks), and says how the figures in a chain moved (figures
//! paired as `govdiff diff` pairs them: `crate::diff::quantity::pair_changes`).
//!
//! Each pair is read as `govdiff diff` reads it, with the other pieces of its sentences that
//! the other year says (`crate::diff::fragments::join`): a sentence cut into two
//! commitments one year and whole the next is one link, and a figure in the piece that was
//! not paired (确保粮食播种面积1520万亩 → 1530万亩) is a move, not a new figure.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::align::CommitmentLink;
use crate::diff::fragments::{self, Side};
use crate::diff::quantity::pair_changes;
use crate::model::diff::QuantityChange;
use crate::model::{Quantity, Report};

/// The commitment pairs between two of the reports (indices into the year-sorted list).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct YearPairs {
    /// Index of the earlier report.
    pub from: usize,
    /// Index of the later report.
    pub to: usize,
    /// The commitment pairs as `crate::align` gives them (`old` in `from`, `new` in `to`,
    /// `score` their similarity in [0, 1]), in its order.
    pub pairs: Vec<CommitmentLink>,
}

/// One commitment followed across years.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct CommitmentChain {
    pub first_year: i32,
    pub last_year: i32,
    /// How many years it appears in (the number of links).
    pub length: usize,
    /// The commitment as written each year it appears, oldest first.
    pub links: Vec<ChainLink>,
    /// How its figures moved between consecutive links (unchanged figures left out).
    pub changes: Vec<QuantityMove>,
}

/// A commitment as written in one year.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct ChainLink {
    pub year: i32,
    pub text: String,
    /// Section path joined with ` / `.
    pub section: String,
    pub quantities: Vec<Quantity>,
    /// Similarity to the previous link (numbers masked); `null` for the first.
    pub score: Option<f64>,
}

/// A figure's move between two links of a chain.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct QuantityMove {
    pub from: i32,
    pub to: i32,
    #[serde(flatten)]
    pub change: QuantityChange,
}

/// A pair of commitments of two years in a chain, each side as [`fragments::join`] reads it.
struct Edge {
    /// The later commitment (report index, commitment index).
    to: (usize, usize),
    score: f64,
    old: Side,
    new: Side,
}

impl CommitmentChain {
    fn mean_score(&self) -> f64 {
        let scores: Vec<f64> = self.links.iter().filter_map(|l| l.score).collect();
        if scores.is_empty() {
            0.0
        } else {
            scores.iter().sum::<f64>() / scores.len() as f64
        }
    }
}

/// Chains of two or more links, longest first. `reports` and `years` run in parallel, years
/// ascending; `links` are taken in order, so give consecutive years first and bridging pairs
/// (one year skipped) after: a bridge only joins a chain that ended to one that started fresh.
pub fn chains(reports: &[&Report], years: &[i32], links: &[YearPairs]) -> Vec<CommitmentChain> {
    let n = reports.len().min(years.len());
    // node = (report index, commitment index); an edge carries its two sides as joined.
    let mut next: HashMap<(usize, usize), Edge> = HashMap::new();
    let mut has_prev: HashSet<(usize, usize)> = HashSet::new();
    for link in links {
        if link.from >= link.to || link.to >= n {
            continue;
        }
        let (old, new) = (reports[link.from], reports[link.to]);
        // Joined in the alignment's order, as `govdiff diff` joins them.
        let sides = fragments::join(old, new, &link.pairs);
        let mut pairs: Vec<_> = link.pairs.iter().zip(sides).collect();
        pairs.sort_by(|(a, _), (b, _)| {
            b.score
                .total_cmp(&a.score)
                .then(a.old.cmp(&b.old))
                .then(a.new.cmp(&b.new))
        });
        for (l, (old_side, new_side)) in pairs {
            let (a, b) = ((link.from, l.old), (link.to, l.new));
            if l.old >= old.commitments.len() || l.new >= new.commitments.len() {
                continue;
            }
            if next.contains_key(&a) || has_prev.contains(&b) {
                continue;
            }
            next.insert(
                a,
                Edge {
                    to: b,
                    score: l.score,
                    old: old_side,
                    new: new_side,
                },
            );
            has_prev.insert(b);
        }
    }
    let mut starts: Vec<(usize, usize)> = next
        .keys()
        .filter(|k| !has_prev.contains(k))
        .copied()
        .collect();
    starts.sort();
    let mut out = Vec::new();
    for start in starts {
        let mut nodes = vec![start];
        let mut edges: Vec<&Edge> = Vec::new();
        let mut cur = start;
        while let Some(edge) = next.get(&cur) {
            nodes.push(edge.to);
            edges.push(edge);
            cur = edge.to;
            if nodes.len() > n {
                break; // cannot happen with from < to; guards against a malformed input
            }
        }
        // A link is its commitment with the pieces either neighbouring pair joined to it.
        let links: Vec<ChainLink> = nodes
            .iter()
            .enumerate()
            .map(|(k, &(r, c))| {
                let report = reports[r];
                let cm = &report.commitments[c];
                let before = k.checked_sub(1).map(|p| &edges[p].new);
                let after = edges.get(k).map(|e| &e.old);
                let side = match (before, after) {
                    (Some(a), Some(b)) => a.union(b),
                    (Some(a), None) | (None, Some(a)) => a.clone(),
                    (None, None) => Side::alone(c),
                };
                ChainLink {
                    year: years[r],
                    text: fragments::run_text(report, &side),
                    section: cm.path.join(" / "),
                    quantities: fragments::run_quantities(report, &side),
                    score: before.map(|_| edges[k - 1].score),
                }
            })
            .collect();
        // Figures move as the pair reads them, each side with only its own pieces.
        let mut changes = Vec::new();
        for (k, edge) in edges.iter().enumerate() {
            let (old, new) = (reports[nodes[k].0], reports[nodes[k + 1].0]);
            let changed = pair_changes(
                &fragments::run_text(old, &edge.old),
                &fragments::run_quantities(old, &edge.old),
                &fragments::run_text(new, &edge.new),
                &fragments::run_quantities(new, &edge.new),
            );
            for change in changed {
                changes.push(QuantityMove {
                    from: years[nodes[k].0],
                    to: years[nodes[k + 1].0],
                    change,
                });
            }
        }
        out.push(CommitmentChain {
            first_year: links.first().map_or(0, |l| l.year),
            last_year: links.last().map_or(0, |l| l.year),
            length: links.len(),
            links,
            changes,
        });
    }
    out.sort_by(|a, b| {
        b.length
            .cmp(&a.length)
            .then(b.changes.len().cmp(&a.changes.len()))
            .then(b.mean_score().total_cmp(&a.mean_score()))
            .then(a.first_year.cmp(&b.first_year))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::diff::Direction;
    use crate::model::{Commitment, Span};
    use crate::testdata::plan_with_area;

    fn money(text: &str, value: f64) -> Quantity {
        Quantity {
            text: text.into(),
            value: Some(value),
            unit: Some("元".into()),
            ..Default::default()
        }
    }

    fn commitment(text: &str, quantities: Vec<Quantity>) -> Commitment {
        Commitment {
            text: text.into(),
            section: 0,
            path: vec!["工作安排".into()],
            trigger: None,
            quantities,
            span: Span::default(),
            source_span: Span::default(),
        }
    }

    fn report(cs: Vec<Commitment>) -> Report {
        Report {
            commitments: cs,
            ..Default::default()
        }
    }

    #[test]
    fn strings_pairs_into_chains_longest_first() {
        let r1 = report(vec![
            commitment("发行超长期特别国债1万亿元", vec![money("1万亿元", 1e12)]),
            commitment("甲", vec![]),
        ]);
        let r2 = report(vec![
            commitment("乙", vec![]),
            commitment(
                "发行超长期特别国债1.3万亿元",
                vec![money("1.3万亿元", 1.3e12)],
            ),
        ]);
        let r3 = report(vec![commitment(
            "发行超长期特别国债1.3万亿元",
            vec![money("1.3万亿元", 1.3e12)],
        )]);
        let links = vec![
            YearPairs {
                from: 0,
                to: 1,
                pairs: links(&[(0, 1, 0.9), (1, 0, 0.3)]),
            },
            YearPairs {
                from: 1,
                to: 2,
                pairs: links(&[(1, 0, 1.0)]),
            },
        ];
        let cs = chains(&[&r1, &r2, &r3], &[2023, 2024, 2025], &links);
        assert_eq!(cs.len(), 2);
        assert_eq!(cs[0].length, 3);
        assert_eq!((cs[0].first_year, cs[0].last_year), (2023, 2025));
        assert_eq!(cs[0].links[1].score, Some(0.9));
        assert_eq!(cs[0].changes.len(), 1);
        assert_eq!(cs[0].changes[0].change.direction, Direction::Up);
        assert_eq!((cs[0].changes[0].from, cs[0].changes[0].to), (2023, 2024));
        assert_eq!(cs[1].links[0].text, "甲");
    }

    /// Alignment links from (old, new, score).
    fn links(pairs: &[(usize, usize, f64)]) -> Vec<CommitmentLink> {
        pairs
            .iter()
            .map(|&(old, new, score)| CommitmentLink {
                old,
                new,
                score,
                moved: false,
            })
            .collect()
    }

    /// A sentence long enough to be cut into commitments one year and whole the years around
    /// it (zhejiang 2025 → 2026 cut the other way, 严格…管理 written 管好…工作 so that only 确保
    /// cuts it): one chain, its middle link the whole sentence, and the raised figure a move
    /// rather than a figure new in the last year.
    #[test]
    fn a_sentence_cut_in_one_year_is_one_link() {
        let whole = |area: u32| {
            plan_with_area(&format!(
                "严守耕地红线，管好占补平衡工作，确保粮食播种面积{area}万亩、总产量125亿斤。"
            ))
        };
        let cut = plan_with_area(
            "实施“多田套合”工程，严守耕地红线，管好耕地占补平衡工作，\
             确保粮食播种面积1520万亩、总产125亿斤。",
        );
        assert_eq!(cut.commitments.len(), 3, "{:#?}", cut.commitments);
        let reports = [whole(1510), cut, whole(1530)];
        let t = crate::trend::trend(&reports, &[2024, 2025, 2026]);
        let chain = t
            .commitments
            .iter()
            .find(|c| c.links.iter().any(|l| l.text.contains("播种面积")))
            .unwrap();
        assert_eq!(chain.length, 3, "{:#?}", t.commitments);
        assert!(
            chain.links[1].text.starts_with("实施“多田套合”工程")
                && chain.links[1].text.ends_with("总产125亿斤。"),
            "{:#?}",
            chain.links[1]
        );
        assert_eq!(chain.links[1].quantities.len(), 2);
        let moves: Vec<_> = chain
            .changes
            .iter()
            .map(|m| (m.from, m.change.direction))
            .collect();
        assert_eq!(
            moves,
            [(2024, Direction::Up), (2025, Direction::Up)],
            "{:#?}",
            chain.changes
        );
    }

    #[test]
    fn bridges_a_skipped_year_and_ignores_bad_pairs() {
        let r1 = report(vec![commitment("甲", vec![])]);
        let r2 = report(vec![commitment("乙", vec![])]);
        let r3 = report(vec![commitment("甲", vec![]), commitment("乙", vec![])]);
        let links = vec![
            YearPairs {
                from: 0,
                to: 1,
                pairs: links(&[(7, 0, 1.0)]),
            },
            YearPairs {
                from: 1,
                to: 2,
                pairs: links(&[(0, 1, 1.0)]),
            },
            YearPairs {
                from: 0,
                to: 2,
                pairs: links(&[(0, 0, 0.8), (0, 1, 0.9)]),
            },
            YearPairs {
                from: 2,
                to: 1,
                pairs: links(&[(0, 0, 1.0)]),
            },
        ];
        let cs = chains(&[&r1, &r2, &r3], &[2021, 2022, 2023], &links);
        let mut got: Vec<_> = cs
            .iter()
            .map(|c| c.links.iter().map(|l| l.year).collect::<Vec<_>>())
            .collect();
        got.sort();
        assert_eq!(got, vec![vec![2021, 2023], vec![2022, 2023]]);
    }
}
