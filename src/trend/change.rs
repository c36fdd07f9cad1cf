//! How one figure moved from one year to the next (数量变化), with qualifier semantics.
//!
//! `crate::diff` does not expose a quantity comparison yet, so this is a small local one with the
//! same meaning as [`QuantityChange`]: percentages change by percentage points (pp), other units
//! by a relative change, and a change of qualifier alone (以上 → 左右) is a requalification.
//! Replace with the shared function once `crate::diff` offers one.

use crate::model::diff::{Direction, QuantityChange};
use crate::model::{Bound, Quantity};
use crate::text::fold;

/// Smallest difference treated as a real change (figures are written with a few decimals).
const EPSILON: f64 = 1e-9;

/// The change from `old` to `new` (either may be absent).
pub fn quantity_change(old: Option<&Quantity>, new: Option<&Quantity>) -> QuantityChange {
    let make = |direction, delta, relative, summary: String| QuantityChange {
        old: old.cloned(),
        new: new.cloned(),
        direction,
        delta,
        relative,
        summary,
    };
    let (o, n) = match (old, new) {
        (None, None) => return make(Direction::Same, None, None, "same".into()),
        (None, Some(n)) => return make(Direction::Added, None, None, format!("new: {}", n.text)),
        (Some(o), None) => {
            return make(
                Direction::Removed,
                None,
                None,
                format!("dropped: {}", o.text),
            )
        }
        (Some(o), Some(n)) => (o, n),
    };
    if unit_key(o) != unit_key(n) {
        return make(
            Direction::Incomparable,
            None,
            None,
            format!("{} → {} (different units)", o.text, n.text),
        );
    }
    let (Some(op), Some(np)) = (o.point(), n.point()) else {
        return make(
            Direction::Incomparable,
            None,
            None,
            format!("{} → {}", o.text, n.text),
        );
    };
    let delta = np - op;
    let percent = is_percent(o);
    let bound_note = bound_transition(o, n);
    if delta.abs() <= EPSILON * op.abs().max(1.0) {
        let requalified = bound_note.is_some()
            || o.low != n.low
            || o.high != n.high
            || o.qualifier != n.qualifier;
        return if requalified {
            let note = bound_note.unwrap_or_else(|| format!("{} → {}", o.text, n.text));
            make(Direction::Requalified, Some(0.0), None, note)
        } else {
            make(Direction::Same, Some(0.0), None, "same".into())
        };
    }
    let relative = if percent || op.abs() <= EPSILON {
        None
    } else {
        Some(delta / op)
    };
    let mut summary = if percent {
        format!("{} pp", signed(delta))
    } else if let Some(r) = relative {
        format!("{}%", signed((r * 1000.0).round() / 10.0))
    } else {
        format!("{}{}", signed(delta), o.unit.as_deref().unwrap_or(""))
    };
    if let Some(note) = bound_note {
        summary.push_str(", ");
        summary.push_str(&note);
    }
    let direction = if delta > 0.0 {
        Direction::Up
    } else {
        Direction::Down
    };
    make(direction, Some(round(delta)), relative.map(round), summary)
}

/// The unit compared after width folding (％ and % are one unit).
fn unit_key(q: &Quantity) -> String {
    fold(q.unit.as_deref().unwrap_or("")).trim().to_string()
}

fn is_percent(q: &Quantity) -> bool {
    matches!(unit_key(q).as_str(), "%" | "个百分点" | "百分点")
}

/// `floor → approx` when the qualifier's meaning changed.
fn bound_transition(o: &Quantity, n: &Quantity) -> Option<String> {
    let (a, b) = (o.bound(), n.bound());
    (a != b).then(|| format!("{} → {}", bound_name(a), bound_name(b)))
}

/// The name of a bound as in the JSON (`floor`, `approx`…).
pub fn bound_name(b: Bound) -> &'static str {
    match b {
        Bound::Point => "point",
        Bound::Approx => "approx",
        Bound::Floor => "floor",
        Bound::Ceiling => "ceiling",
        Bound::Range => "range",
    }
}

/// Round away binary noise (0.1 + 0.2) while keeping every digit a report can write.
fn round(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}

/// `+0.5`, `−1`: a signed number with a true minus sign and no trailing zeros.
pub fn signed(x: f64) -> String {
    let body = number(x.abs());
    if x < 0.0 {
        format!("−{body}")
    } else {
        format!("+{body}")
    }
}

/// A number without trailing zeros: 5.5, 1100, 0.25 (at most four decimals).
pub fn number(x: f64) -> String {
    if !x.is_finite() {
        return String::new();
    }
    let s = format!("{:.4}", x);
    let s = if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    };
    if s == "-0" {
        "0".into()
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(
        text: &str,
        value: Option<f64>,
        range: Option<(f64, f64)>,
        unit: &str,
        qualifier: Option<&str>,
    ) -> Quantity {
        Quantity {
            text: text.into(),
            value,
            low: range.map(|r| r.0),
            high: range.map(|r| r.1),
            unit: Some(unit.into()),
            qualifier: qualifier.map(Into::into),
            ..Default::default()
        }
    }

    #[test]
    fn percent_moves_in_points_with_bound_change() {
        let a = q("6%以上", Some(6.0), None, "%", Some("以上"));
        let b = q("5.5%左右", Some(5.5), None, "%", Some("左右"));
        let c = quantity_change(Some(&a), Some(&b));
        assert_eq!(c.direction, Direction::Down);
        assert_eq!(c.delta, Some(-0.5));
        assert_eq!(c.relative, None);
        assert_eq!(c.summary, "−0.5 pp, floor → approx");
    }

    #[test]
    fn same_number_other_qualifier_is_requalified() {
        let a = q("1200万人左右", Some(1.2e7), None, "人", Some("左右"));
        let b = q("1200万人以上", Some(1.2e7), None, "人", Some("以上"));
        let c = quantity_change(Some(&a), Some(&b));
        assert_eq!(c.direction, Direction::Requalified);
        assert_eq!(c.summary, "approx → floor");
        assert_eq!(
            quantity_change(Some(&b), Some(&b.clone())).direction,
            Direction::Same
        );
    }

    #[test]
    fn counts_move_relatively_and_units_must_match() {
        let a = q("1100万人以上", Some(1.1e7), None, "人", Some("以上"));
        let b = q("1200万人以上", Some(1.2e7), None, "人", Some("以上"));
        let c = quantity_change(Some(&a), Some(&b));
        assert_eq!(c.direction, Direction::Up);
        assert_eq!(c.summary, "+9.1%");
        let d = q("3%", Some(3.0), None, "％", None);
        assert_eq!(
            quantity_change(Some(&a), Some(&d)).direction,
            Direction::Incomparable
        );
        let e = q("4.5%—5%", None, Some((4.5, 5.0)), "%", None);
        let f = quantity_change(Some(&d), Some(&e));
        assert_eq!(f.direction, Direction::Up);
        assert_eq!(f.summary, "+1.75 pp, point → range");
    }

    #[test]
    fn absent_sides() {
        let a = q("3%左右", Some(3.0), None, "%", Some("左右"));
        assert_eq!(quantity_change(None, Some(&a)).direction, Direction::Added);
        assert_eq!(
            quantity_change(Some(&a), None).direction,
            Direction::Removed
        );
        assert_eq!(quantity_change(None, None).direction, Direction::Same);
    }

    #[test]
    fn numbers_print_plainly() {
        assert_eq!(number(11000000.0), "11000000");
        assert_eq!(number(5.5), "5.5");
        assert_eq!(number(0.1 + 0.2), "0.3");
        assert_eq!(signed(-0.5), "−0.5");
        assert_eq!(number(f64::NAN), "");
    }
}
