//! Commitment timelines (任务脉络): a commitment followed from year to year.
//!
//! The pairing itself comes from `crate::align` (two years at a time); this module only strings
//! the pairs into chains, bridges a year where a commitment was skipped (the 2023 term-end
//! report carries fewer concrete tasks), and says how the figures in a chain moved.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::model::diff::{Direction, QuantityChange};
use crate::model::{Quantity, Report};
use crate::text::fold;

use super::change::quantity_change;

/// The commitment pairs between two of the reports (indices into the year-sorted list).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct YearPairs {
    /// Index of the earlier report.
    pub from: usize,
    /// Index of the later report.
    pub to: usize,
    /// (commitment index in `from`, commitment index in `to`, similarity in [0, 1]).
    pub pairs: Vec<(usize, usize, f64)>,
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
    // node = (report index, commitment index)
    let mut next: HashMap<(usize, usize), ((usize, usize), f64)> = HashMap::new();
    let mut has_prev: HashSet<(usize, usize)> = HashSet::new();
    for link in links {
        if link.from >= link.to || link.to >= n {
            continue;
        }
        let (old, new) = (reports[link.from], reports[link.to]);
        let mut pairs = link.pairs.clone();
        pairs.sort_by(|a, b| b.2.total_cmp(&a.2).then(a.0.cmp(&b.0)).then(a.1.cmp(&b.1)));
        for (i, j, score) in pairs {
            let (a, b) = ((link.from, i), (link.to, j));
            if i >= old.commitments.len() || j >= new.commitments.len() {
                continue;
            }
            if next.contains_key(&a) || has_prev.contains(&b) {
                continue;
            }
            next.insert(a, (b, score));
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
        let mut nodes = vec![(start, None)];
        let mut cur = start;
        while let Some(&(nx, score)) = next.get(&cur) {
            nodes.push((nx, Some(score)));
            cur = nx;
            if nodes.len() > n {
                break; // cannot happen with from < to; guards against a malformed input
            }
        }
        let links: Vec<ChainLink> = nodes
            .iter()
            .map(|&((r, c), score)| {
                let cm = &reports[r].commitments[c];
                ChainLink {
                    year: years[r],
                    text: cm.text.clone(),
                    section: cm.path.join(" / "),
                    quantities: cm.quantities.clone(),
                    score,
                }
            })
            .collect();
        let mut changes = Vec::new();
        for w in links.windows(2) {
            for (o, nq) in pair_quantities(&w[0].quantities, &w[1].quantities) {
                let change = quantity_change(o, nq);
                if change.direction != Direction::Same {
                    changes.push(QuantityMove {
                        from: w[0].year,
                        to: w[1].year,
                        change,
                    });
                }
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

/// Pair the figures of two versions of a commitment: within a unit, closest values first
/// (一般公共预算支出 “扩大2万亿元” pairs with “增加1.1万亿元”, not with the 28.5万亿元 total
/// written before it), ties by order; the rest were added or dropped. Output in the order of
/// `old`, then the added figures.
pub fn pair_quantities<'a>(
    old: &'a [Quantity],
    new: &'a [Quantity],
) -> Vec<(Option<&'a Quantity>, Option<&'a Quantity>)> {
    let unit = |q: &Quantity| fold(q.unit.as_deref().unwrap_or("")).trim().to_string();
    // Distance between two figures of one unit: |log ratio| of their points, or a large
    // constant when a point is missing or not positive (then order decides).
    let distance = |a: &Quantity, b: &Quantity| match (a.point(), b.point()) {
        (Some(x), Some(y)) if x > 0.0 && y > 0.0 => (x / y).ln().abs(),
        (Some(x), Some(y)) if x == y => 0.0,
        _ => 1e6,
    };
    let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
    for (i, o) in old.iter().enumerate() {
        for (j, n) in new.iter().enumerate() {
            if unit(o) == unit(n) {
                candidates.push((distance(o, n), i, j));
            }
        }
    }
    candidates.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut old_to: Vec<Option<usize>> = vec![None; old.len()];
    let mut used = vec![false; new.len()];
    for (_, i, j) in candidates {
        if old_to[i].is_none() && !used[j] {
            old_to[i] = Some(j);
            used[j] = true;
        }
    }
    let mut out: Vec<(Option<&Quantity>, Option<&Quantity>)> = old
        .iter()
        .zip(&old_to)
        .map(|(o, j)| (Some(o), j.and_then(|j| new.get(j))))
        .collect();
    out.extend(
        new.iter()
            .zip(&used)
            .filter(|(_, u)| !**u)
            .map(|(n, _)| (None, Some(n))),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Commitment, Span};

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
                pairs: vec![(0, 1, 0.9), (1, 0, 0.3)],
            },
            YearPairs {
                from: 1,
                to: 2,
                pairs: vec![(1, 0, 1.0)],
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

    #[test]
    fn bridges_a_skipped_year_and_ignores_bad_pairs() {
        let r1 = report(vec![commitment("甲", vec![])]);
        let r2 = report(vec![commitment("乙", vec![])]);
        let r3 = report(vec![commitment("甲", vec![]), commitment("乙", vec![])]);
        let links = vec![
            YearPairs {
                from: 0,
                to: 1,
                pairs: vec![(7, 0, 1.0)],
            },
            YearPairs {
                from: 1,
                to: 2,
                pairs: vec![(0, 1, 1.0)],
            },
            YearPairs {
                from: 0,
                to: 2,
                pairs: vec![(0, 0, 0.8), (0, 1, 0.9)],
            },
            YearPairs {
                from: 2,
                to: 1,
                pairs: vec![(0, 0, 1.0)],
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

    #[test]
    fn pairs_figures_by_unit() {
        let a = vec![
            money("1万亿元", 1e12),
            Quantity {
                text: "3%".into(),
                value: Some(3.0),
                unit: Some("%".into()),
                ..Default::default()
            },
        ];
        let b = vec![Quantity {
            text: "4%".into(),
            value: Some(4.0),
            unit: Some("％".into()),
            ..Default::default()
        }];
        let p = pair_quantities(&a, &b);
        assert_eq!(p.len(), 2);
        assert!(p[0].1.is_none());
        assert_eq!(p[1].1.map(|q| q.text.as_str()), Some("4%"));
        // closest value within the unit, not the first of the unit
        let old = vec![money("2万亿元", 2e12)];
        let new = vec![money("28.5万亿元", 2.85e13), money("1.1万亿元", 1.1e12)];
        let p = pair_quantities(&old, &new);
        assert_eq!(p[0].1.map(|q| q.text.as_str()), Some("1.1万亿元"));
        assert_eq!(p[1], (None, Some(&new[0])));
        // equal distances keep the written order
        let same = vec![money("30元", 30.0), money("30元", 30.0)];
        let p = pair_quantities(&same, &same);
        assert!(std::ptr::eq(p[0].1.unwrap_or(&old[0]), &same[0]));
    }
}
