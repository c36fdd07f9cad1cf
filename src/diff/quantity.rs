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

/// Pair the quantities of two versions of a clause by unit and order, and return every
/// change (pairs that did not change are left out; figures left over on both sides pair in
/// order as incomparable; the rest are added/removed).
pub fn pair_changes(old: &[Quantity], new: &[Quantity]) -> Vec<QuantityChange> {
    let mut used = vec![false; new.len()];
    let mut out = Vec::new();
    let mut unpaired_old = Vec::new();
    for o in old {
        let k = unit_key(o);
        match (0..new.len()).find(|&j| !used[j] && unit_key(&new[j]) == k) {
            Some(j) => {
                used[j] = true;
                let c = change(Some(o), Some(&new[j]));
                if c.direction != Direction::Same {
                    out.push(c);
                }
            }
            None => unpaired_old.push(o),
        }
    }
    // Figures left on both sides pair up in order even across units (600部 → 800台以上 is
    // shown as one incomparable change, not as one dropped and one new figure).
    let unpaired_new: Vec<&Quantity> = new
        .iter()
        .zip(&used)
        .filter(|(_, u)| !**u)
        .map(|(n, _)| n)
        .collect();
    let both = unpaired_old.len().min(unpaired_new.len());
    out.extend(
        unpaired_old
            .iter()
            .zip(&unpaired_new)
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
        let cs = pair_changes(&old, &new);
        let dirs: Vec<Direction> = cs.iter().map(|c| c.direction).collect();
        assert_eq!(dirs, vec![Direction::Down, Direction::Up, Direction::Added]);
        assert_eq!(cs[0].summary, "−33.3%");
        let cs = pair_changes(
            &[q("600部", 600.0, "部", None)],
            &[q("800台以上", 800.0, "台", Some("以上"))],
        );
        assert_eq!(cs.len(), 1);
        assert_eq!(cs[0].direction, Direction::Incomparable);
    }
}
