//! CSV (RFC 4180) for spreadsheets: `diff --format csv` gives the figures that changed, one
//! row each, the rows of the Markdown's 数量变化 tables (targets, commitments, 民生实事 items;
//! then the figures a kept task measures otherwise, gained or lost);
//! `parse --format csv` every figure one report holds (its targets, its commitments');
//! `trend --format csv` gives target series (`trend::render`). Both share the record writer
//! and the cell rules here: CRLF line ends, a field quoted when it holds `,` `"` or a line
//! break, and text that a spreadsheet would run as a formula (`=` `+` `-` `@` first) led by `'`.

use std::io::{self, Write};

use super::{figure_text, quantity_rows};
use crate::model::diff::{Comparison, Direction};

/// The columns of `diff --format csv` (docs/schema.md, "CSV").
pub const DIFF_HEADER: [&str; 13] = [
    "kind",
    "place",
    "context",
    "old",
    "new",
    "direction",
    "delta",
    "relative",
    "change",
    "summary",
    "unit",
    "old_value",
    "new_value",
];

/// The figures of `cmp` that were raised, lowered or requalified, one row each, in the order
/// of the Markdown's tables: targets, then commitments, then list items; then the figures a
/// kept task measures otherwise, gained or lost ([`super::kept_task_figure_rows`]).
pub fn comparison(w: &mut dyn Write, cmp: &Comparison) -> io::Result<()> {
    row(w, DIFF_HEADER.iter().map(|s| s.to_string()))?;
    figure_rows(w, cmp, &[])
}

/// The rows of [`comparison`] without its header, each led by the fields `lead` (a batch's
/// `old_file`, `new_file`).
pub fn figure_rows(w: &mut dyn Write, cmp: &Comparison, lead: &[String]) -> io::Result<()> {
    let kept_task_figures = super::kept_task_figure_rows(cmp);
    for r in quantity_rows(cmp).into_iter().chain(kept_task_figures) {
        let c = r.change;
        let fig = |q: Option<&crate::model::Quantity>, clause: Option<&str>| {
            q.map(|q| super::shown_figure(q, clause))
                .unwrap_or_default()
        };
        let num = |x: Option<f64>| x.map(number).unwrap_or_default();
        let unit = c
            .new
            .as_ref()
            .or(c.old.as_ref())
            .and_then(|q| q.unit.clone())
            .unwrap_or_default();
        let direction = match c.direction {
            Direction::Up => "up",
            Direction::Down => "down",
            Direction::Requalified => "requalified",
            Direction::Added => "added",
            Direction::Removed => "removed",
            Direction::Incomparable => "incomparable",
            _ => "",
        };
        let fields = [
            r.kind.to_string(),
            text_field(&r.place),
            text_field(r.context),
            text_field(&fig(c.old.as_ref(), r.clauses[0])),
            text_field(&fig(c.new.as_ref(), r.clauses[1])),
            direction.to_string(),
            num(c.delta),
            num(c.relative),
            text_field(&super::markdown::change_zh_as(c, r.cut())),
            text_field(&c.summary),
            text_field(&unit),
            num(c.old.as_ref().and_then(|q| q.value)),
            num(c.new.as_ref().and_then(|q| q.value)),
        ];
        row(w, lead.iter().cloned().chain(fields))?;
    }
    Ok(())
}

/// The columns of `parse --format csv` (docs/schema.md, "CSV").
pub const REPORT_HEADER: [&str; 10] = [
    "kind",
    "place",
    "indicator",
    "text",
    "figure",
    "value",
    "low",
    "high",
    "unit",
    "qualifier",
];

/// Every figure of one report, one row each: its targets (one row per target, the figure
/// empty for a qualitative one), then each figure of each commitment in document order (a
/// commitment without a figure has no row).
pub fn report(w: &mut dyn Write, report: &crate::model::Report) -> io::Result<()> {
    use crate::model::Quantity;
    row(w, REPORT_HEADER.iter().map(|s| s.to_string()))?;
    let num = |x: Option<f64>| x.map(number).unwrap_or_default();
    let figure = |kind: &str, place: &str, indicator: &str, text: &str, q: Option<&Quantity>| {
        [
            kind.to_string(),
            text_field(place),
            text_field(indicator),
            text_field(text),
            text_field(&q.map(figure_text).unwrap_or_default()),
            num(q.and_then(|q| q.value)),
            num(q.and_then(|q| q.low)),
            num(q.and_then(|q| q.high)),
            text_field(q.and_then(|q| q.unit.as_deref()).unwrap_or("")),
            text_field(q.and_then(|q| q.qualifier.as_deref()).unwrap_or("")),
        ]
    };
    for t in &report.targets {
        let fields = figure(
            "target",
            "主要预期目标",
            &t.indicator,
            &t.text,
            t.quantity.as_ref(),
        );
        row(w, fields.into_iter())?;
    }
    for c in &report.commitments {
        let place = c.path.join(" / ");
        for q in &c.quantities {
            row(
                w,
                figure("commitment", &place, "", &c.text, Some(q)).into_iter(),
            )?;
        }
    }
    Ok(())
}

/// A text cell that a spreadsheet will not run as a formula (`=`, `+`, `-`, `@` at the start get
/// a leading `'`), with control characters other than line breaks removed.
pub fn text_field(s: &str) -> String {
    let s: String = s
        .chars()
        .filter(|&c| c == '\n' || !c.is_control())
        .collect();
    if s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s
    }
}

/// One CSV record with RFC 4180 quoting.
pub fn row(w: &mut dyn Write, fields: impl Iterator<Item = String>) -> io::Result<()> {
    let row: Vec<String> = fields
        .map(|f| {
            if f.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", f.replace('"', "\"\""))
            } else {
                f
            }
        })
        .collect();
    write!(w, "{}\r\n", row.join(","))
}

/// A number for the CSV: plain decimal, no trailing zeros, at most six decimals (5.5, 11000000);
/// empty when not finite.
pub fn number(x: f64) -> String {
    if !x.is_finite() {
        return String::new();
    }
    let s = format!("{x:.6}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".into()
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_of_the_sample_comparison() {
        let cmp = crate::render::sample::comparison();
        let mut buf = Vec::new();
        comparison(&mut buf, &cmp).unwrap();
        let s = String::from_utf8(buf).unwrap();
        let lines: Vec<&str> = s.split("\r\n").filter(|l| !l.is_empty()).collect();
        assert_eq!(lines[0], DIFF_HEADER.join(","));
        assert_eq!(lines.len(), 1 + quantity_rows(&cmp).len());
        assert!(lines.len() > 1, "{s}");
        for l in &lines[1..] {
            assert!(
                l.starts_with("target,")
                    || l.starts_with("commitment,")
                    || l.starts_with("list_item,"),
                "{l}"
            );
        }
    }

    /// A figure a kept task lost is a row after the moved figures, `removed`, its context
    /// last year's clause.
    #[test]
    fn a_figure_a_kept_task_lost_is_a_removed_row() {
        let mut cmp = crate::render::sample::comparison();
        crate::render::sample::add_lost_figure(&mut cmp);
        let mut buf = Vec::new();
        comparison(&mut buf, &cmp).unwrap();
        let s = String::from_utf8(buf).unwrap();
        let last = s.split("\r\n").filter(|l| !l.is_empty()).last().unwrap();
        assert!(
            last.starts_with(
                "commitment,工作安排 / 内需,稳住大宗消费，社会消费品零售总额增长7%左右,7%左右,,removed,"
            ),
            "{s}"
        );
    }

    #[test]
    fn cells_are_quoted_and_defused() {
        let mut buf = Vec::new();
        row(
            &mut buf,
            [
                text_field("=SUM(A1)"),
                text_field("a,\"b\""),
                text_field("x\u{7}y"),
            ]
            .into_iter(),
        )
        .unwrap();
        assert_eq!(
            String::from_utf8(buf).unwrap(),
            "'=SUM(A1),\"a,\"\"b\"\"\",xy\r\n"
        );
        assert_eq!(number(5.5), "5.5");
        assert_eq!(number(1.1e7), "11000000");
        assert_eq!(number(-0.0), "0");
        assert_eq!(number(f64::NAN), "");
    }
}
