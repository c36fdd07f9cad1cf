//! Writing a [`Trend`]: JSON for programs, CSV for spreadsheets, Markdown for articles and
//! terminal tables (with sparklines) for reading. Report text is untrusted: each medium gets
//! its own escaping.

use std::io::{self, Write};

use comfy_table::Color;

use crate::config::Config;
use crate::model::diff::{Direction, ItemStatus};
use crate::model::Quantity;
use crate::render::escape;
use crate::render::grid::{Grid, GridCell};

use super::terms::TermStatus;
use super::{CommitmentChain, QuantityMove, StepChange, TargetSeries, Trend};

/// Chains shown by the Markdown and terminal views (JSON has them all).
pub const SHOWN_CHAINS: usize = 15;

/// Pretty JSON (`docs/trend.md`).
pub fn json(w: &mut dyn Write, t: &Trend) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *w, t)?;
    writeln!(w)
}

/// The columns of the CSV, in order.
pub const CSV_HEADER: [&str; 9] = [
    "indicator",
    "key",
    "year",
    "text",
    "value",
    "low",
    "high",
    "unit",
    "qualifier",
];

/// One row per indicator and year (RFC 4180: CRLF line ends, fields with `,` `"` or line
/// breaks quoted, `"` doubled). Years where the indicator is absent have an empty `text`.
pub fn csv(w: &mut dyn Write, t: &Trend) -> io::Result<()> {
    write_csv_row(w, CSV_HEADER.iter().map(|s| s.to_string()))?;
    for s in &t.targets {
        for (i, year) in t.years.iter().enumerate() {
            let name = s
                .names
                .get(i)
                .cloned()
                .flatten()
                .unwrap_or_else(|| s.indicator.clone());
            let text = s.texts.get(i).cloned().flatten().unwrap_or_default();
            let q = s.values.get(i).and_then(|q| q.as_ref());
            let num = |x: Option<f64>| x.map(number).unwrap_or_default();
            let fields = [
                text_field(&name),
                text_field(&s.key),
                year.to_string(),
                text_field(&text),
                num(q.and_then(|q| q.value)),
                num(q.and_then(|q| q.low)),
                num(q.and_then(|q| q.high)),
                text_field(q.and_then(|q| q.unit.as_deref()).unwrap_or("")),
                text_field(q.and_then(|q| q.qualifier.as_deref()).unwrap_or("")),
            ];
            write_csv_row(w, fields.into_iter())?;
        }
    }
    Ok(())
}

pub use crate::render::csv::number;
use crate::render::csv::{row as write_csv_row, text_field};

/// Report text safe inside a Markdown table cell.
pub fn md_cell(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '|' => out.push_str("\\|"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// What a year's cell shows: the figure, else the clause (qualitative targets), else `—`.
fn cell_text(s: &TargetSeries, i: usize) -> String {
    match (
        s.values.get(i).and_then(|q| q.as_ref()),
        s.texts.get(i).and_then(|t| t.as_ref()),
    ) {
        (Some(q), t) => crate::render::shown_figure(q, t.map(String::as_str)),
        (None, Some(t)) => t.clone(),
        (None, None) => "—".into(),
    }
}

/// The changes worth a reader's attention (every step that is not unchanged), each as `say`
/// words it, with its direction.
fn change_notes(s: &TargetSeries, say: impl Fn(&StepChange) -> String) -> Vec<(String, Direction)> {
    s.changes
        .iter()
        .filter(|c: &&StepChange| c.status != ItemStatus::Unchanged)
        .map(|c| (say(c), c.direction))
        .collect()
}

/// A step in English: `2022: −0.5 pp, floor → approx`; `+0.5 pp (deeper cut)` between two
/// cuts.
fn step_en(t: &Trend, s: &TargetSeries, c: &StepChange) -> String {
    // A target `diff` pairs under another name was merged or renamed, not dropped.
    let note = match (c.status, c.paired_with.is_empty()) {
        (ItemStatus::Removed, false) => format!("became {}", c.paired_with.join(", ")),
        (ItemStatus::Added, false) => format!("was {}", c.paired_with.join(", ")),
        _ => crate::render::cut_summary(&c.summary, c.direction, Step::of(t, s, c).cut()),
    };
    format!("{}: {}", c.to, note)
}

/// The years of a chain: `2021–2025` when it runs unbroken, else each year: `2021, 2022, 2024`.
/// A chain's figure moves as notes, each opened by its year only where the year differs
/// from the note before: a year that moved two figures names it once (national 2024 → 2025:
/// 2025年：提高1个百分点…；增加39.4%, not 2025年 twice).
/// With `indent` (the terminal's one note a line) a repeated year's place is kept blank, so
/// the note stands under the one before.
fn by_year(
    moves: &[QuantityMove],
    note: impl Fn(&QuantityMove) -> String,
    year: impl Fn(i32) -> String,
    indent: bool,
) -> Vec<String> {
    use unicode_width::UnicodeWidthStr;
    let mut last = None;
    moves
        .iter()
        .map(|m| {
            let head = match last == Some(m.to) {
                true if indent => " ".repeat(year(m.to).width()),
                true => String::new(),
                false => year(m.to),
            };
            last = Some(m.to);
            format!("{head}{}", note(m))
        })
        .collect()
}

fn chain_years(c: &CommitmentChain) -> String {
    let years: Vec<i32> = c.links.iter().map(|l| l.year).collect();
    match (years.first(), years.last()) {
        (Some(a), Some(b)) if a == b => a.to_string(),
        (Some(a), Some(b)) if i64::from(*b) - i64::from(*a) + 1 == years.len() as i64 => {
            format!("{a}–{b}")
        }
        _ => years
            .iter()
            .map(|y| y.to_string())
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// What the Markdown heading calls the reports: their kind (政府工作报告 unless every file
/// is another kind: 政协常委会工作报告), led by their place when every known place agrees and
/// it is not the national report's (河南省政府工作报告, 太原市政协常委会工作报告).
fn heading(t: &Trend) -> String {
    use crate::model::DocumentKind;
    let kind = match t.kind() {
        Some(k) if k != DocumentKind::Other => k.name_zh(),
        _ => DocumentKind::GovernmentWorkReport.name_zh(),
    };
    match t.place() {
        Some(place) if place != "国务院" => format!("{place}{kind}"),
        _ => kind.to_string(),
    }
}

fn year_span(t: &Trend) -> String {
    match (t.years.first(), t.years.last()) {
        (Some(a), Some(b)) if a != b => format!("{a}–{b}"),
        (Some(a), _) => a.to_string(),
        _ => String::new(),
    }
}

fn status_name(s: TermStatus) -> &'static str {
    match s {
        TermStatus::New => "new",
        TermStatus::Gone => "gone",
        TermStatus::Passing => "passing",
        TermStatus::Intermittent => "intermittent",
        TermStatus::Steady => "steady",
    }
}

/// Markdown for an article: targets table (indicator × years), recurring commitments, terms.
pub fn markdown(w: &mut dyn Write, t: &Trend) -> io::Result<()> {
    writeln!(w, "# {} {}\n", md_cell(&heading(t)), year_span(t))?;
    let files: Vec<String> = t
        .files
        .iter()
        .map(|f| format!("{}年 {}", f.year, md_cell(&f.name)))
        .collect();
    writeln!(w, "对比文件：{}。\n", files.join("、"))?;
    let years: Vec<String> = t.years.iter().map(|y| format!("{y}年")).collect();

    writeln!(w, "## 主要预期目标\n")?;
    if t.targets.is_empty() {
        writeln!(w, "无\n")?;
    } else {
        writeln!(w, "| 指标 | {} | 变化 |", years.join(" | "))?;
        writeln!(w, "|---|{}---|", "---|".repeat(t.years.len()))?;
        for s in &t.targets {
            let cells: Vec<String> = (0..t.years.len())
                .map(|i| md_cell(&cell_text(s, i)))
                .collect();
            let notes: Vec<String> =
                change_notes(s, |c| md_cell(&format!("{}年：{}", c.to, step_zh(t, s, c))))
                    .into_iter()
                    .map(|n| n.0)
                    .collect();
            writeln!(
                w,
                "| {} | {} | {} |",
                md_cell(&s.indicator),
                cells.join(" | "),
                notes.join("；")
            )?;
        }
        writeln!(w)?;
    }

    writeln!(w, "## 任务脉络\n")?;
    if t.commitments.is_empty() {
        writeln!(w, "无（没有一项任务在两年以上的报告中出现）\n")?;
    } else {
        let shown = t.commitments.len().min(SHOWN_CHAINS);
        writeln!(
            w,
            "共 {} 条，列出延续最久的 {shown} 条。\n",
            t.commitments.len()
        )?;
        writeln!(w, "| 年份 | 最初表述 | 最新表述 | 数量变化 |")?;
        writeln!(w, "|---|---|---|---|")?;
        for c in t.commitments.iter().take(SHOWN_CHAINS) {
            let years = chain_years(c);
            let first = c.links.first().map(|l| l.text.as_str()).unwrap_or("");
            let last = c.links.last().map(|l| l.text.as_str()).unwrap_or("");
            let moves = by_year(
                &c.changes,
                |m| md_cell(&crate::render::markdown::change_zh(&m.change)),
                |year| format!("{year}年："),
                false,
            );
            writeln!(
                w,
                "| {} | {} | {} | {} |",
                years,
                md_cell(first),
                md_cell(last),
                moves.join("；")
            )?;
        }
        writeln!(w)?;
    }

    writeln!(w, "## 提法变化\n")?;
    if t.terms.is_empty() {
        writeln!(w, "无")?;
    } else {
        writeln!(w, "| 提法 | {} | 首次 | 最近 | 情况 |", years.join(" | "))?;
        writeln!(w, "|---|{}---|---|---|", "---:|".repeat(t.years.len()))?;
        for s in &t.terms {
            let counts: Vec<String> = s.counts.iter().map(|c| c.to_string()).collect();
            let term = if s.quoted {
                format!("“{}”", md_cell(&s.term))
            } else {
                md_cell(&s.term)
            };
            writeln!(
                w,
                "| {} | {} | {}年 | {}年 | {} |",
                term,
                counts.join(" | "),
                s.first_year,
                s.last_year,
                status_zh(s.status)
            )?;
        }
    }
    Ok(())
}

/// A target's year-to-year step in Chinese, as `diff`'s Markdown says a change
/// ([`crate::render::markdown::change_zh`]): from the two years' figures when both are figures,
/// else 新增, 删去 or 表述调整 with the clause.
fn step_zh(t: &Trend, s: &TargetSeries, c: &StepChange) -> String {
    let step = Step::of(t, s, c);
    match c.status {
        // `diff` pairs these across names: a merge or a rename, not a new or dropped target.
        ItemStatus::Removed if !c.paired_with.is_empty() => {
            format!("调整为{}", c.paired_with.join("、"))
        }
        ItemStatus::Added if !c.paired_with.is_empty() => {
            format!("由{}调整而来", c.paired_with.join("、"))
        }
        ItemStatus::Added if step.change.new.is_none() => {
            format!("新增：{}", step.texts[1].unwrap_or_default())
        }
        ItemStatus::Removed if step.change.old.is_none() => {
            format!("删去：{}", step.texts[0].unwrap_or_default())
        }
        _ if c.direction == Direction::Same => "表述调整".to_string(),
        _ => crate::render::markdown::change_zh_as(&step.change, step.cut()),
    }
}

/// A target's step between two years as the series holds it: the figures' change and the two
/// clauses.
struct Step<'a> {
    change: crate::model::diff::QuantityChange,
    texts: [Option<&'a str>; 2],
}

impl<'a> Step<'a> {
    fn of(t: &Trend, s: &'a TargetSeries, c: &StepChange) -> Step<'a> {
        let at = |year: i32| t.years.iter().position(|&y| y == year);
        let value = |year: i32| at(year).and_then(|i| s.values.get(i).cloned().flatten());
        let text = |year: i32| at(year).and_then(|i| s.texts.get(i).and_then(|t| t.as_deref()));
        Step {
            change: crate::diff::quantity::change(value(c.from).as_ref(), value(c.to).as_ref()),
            texts: [text(c.from), text(c.to)],
        }
    }

    /// Whether the step compares two cuts (降低2.5%左右 → 降低3%左右,
    /// [`crate::render::is_cut`]): a larger figure is then a deeper cut, and the step is said so.
    fn cut(&self) -> bool {
        crate::render::is_cut(&self.change, self.texts)
    }
}

/// A term's run over the years, in Chinese (提法 status).
fn status_zh(s: TermStatus) -> &'static str {
    match s {
        TermStatus::New => "新提法",
        TermStatus::Gone => "不再提及",
        TermStatus::Passing => "阶段性出现",
        TermStatus::Intermittent => "时有时无",
        TermStatus::Steady => "每年都有",
    }
}

/// Bars for a series: `▁▃█` from low to high, a space where a value is missing, `▄` for a flat
/// series. Empty when fewer than two values are known.
pub fn sparkline(values: &[Option<f64>]) -> String {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let known: Vec<f64> = values
        .iter()
        .flatten()
        .copied()
        .filter(|v| v.is_finite())
        .collect();
    if known.len() < 2 {
        return String::new();
    }
    let lo = known.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = known.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    values
        .iter()
        .map(|v| match v {
            Some(v) if v.is_finite() => {
                if hi - lo <= f64::EPSILON * hi.abs().max(1.0) {
                    BARS[3]
                } else {
                    let level = ((v - lo) / (hi - lo) * 7.0).round() as usize;
                    BARS[level.min(7)]
                }
            }
            _ => ' ',
        })
        .collect()
}

/// The numeric series of a target: points, only when every year shares one unit.
fn points(values: &[Option<Quantity>]) -> Vec<Option<f64>> {
    let mut units = values
        .iter()
        .flatten()
        .map(|q| crate::text::fold(q.unit.as_deref().unwrap_or("")));
    let first = units.next();
    if units.any(|u| Some(&u) != first.as_ref()) {
        return vec![None; values.len()];
    }
    values
        .iter()
        .map(|q| q.as_ref().and_then(Quantity::point))
        .collect()
}

/// Cut a string to `max` chars, marking the cut with `…`.
fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
        out.push('…');
        out
    }
}

fn direction_color(d: Direction) -> Option<Color> {
    match d {
        Direction::Up => Some(Color::Green),
        Direction::Down => Some(Color::Red),
        Direction::Requalified => Some(Color::Yellow),
        Direction::Added => Some(Color::Cyan),
        Direction::Removed => Some(Color::Magenta),
        Direction::Same | Direction::Incomparable => None,
    }
}

/// A table with these headings ([`Grid`] breaks its cells where a Chinese reader expects).
fn new_table<S: ToString>(header: &[S]) -> Grid {
    Grid::new(
        header
            .iter()
            .map(|h| GridCell::new(h.to_string()))
            .collect(),
    )
}

fn cell(s: &str, color: Option<Color>, config: &Config) -> GridCell {
    GridCell::new(escape::terminal(s)).fg(color.filter(|_| config.color))
}

/// The words of `trend`'s terminal tables in one language (`--lang`); `{}` filled in order.
struct TermLabels {
    heading: &'static str,
    targets: &'static str,
    none_found: &'static str,
    indicator: &'static str,
    trend: &'static str,
    changes: &'static str,
    chains: &'static str,
    chain_header: [&'static str; 3],
    more: &'static str,
    terms: &'static str,
    none: &'static str,
    term_header: [&'static str; 6],
    /// Whether changes are said in Chinese, as the Markdown says them.
    chinese: bool,
}

const TERM_EN: TermLabels = TermLabels {
    heading: "govdiff trend {} ({} reports)",
    targets: "主要预期目标 (targets)",
    none_found: "  none found",
    indicator: "indicator",
    trend: "trend",
    changes: "changes",
    chains: "Recurring commitments (任务脉络): {} chains",
    chain_header: ["years", "latest wording", "figures"],
    more: "({} more in --format json)",
    terms: "Terms (提法)",
    none: "  none",
    term_header: ["term", "counts", "", "first", "last", "status"],
    chinese: false,
};

const TERM_ZH: TermLabels = TermLabels {
    heading: "govdiff trend {}（{} 份报告）",
    targets: "主要预期目标",
    none_found: "  无",
    indicator: "指标",
    trend: "走势",
    changes: "变化",
    chains: "任务脉络：共 {} 条",
    chain_header: ["年份", "最新表述", "数量变化"],
    more: "（另有 {} 条，见 --format json）",
    terms: "提法变化",
    none: "  无",
    term_header: ["提法", "次数", "", "首次", "最近", "情况"],
    chinese: true,
};

/// Terminal tables that fit `config.width`, with a sparkline of each numeric series.
pub fn term(w: &mut dyn Write, t: &Trend, config: &Config) -> io::Result<()> {
    let l = match config.lang {
        crate::cli::Lang::En => &TERM_EN,
        crate::cli::Lang::Zh => &TERM_ZH,
    };
    // One file a line, so the heading fits any width.
    writeln!(
        w,
        "{}",
        crate::render::term::fill(l.heading, &[&year_span(t), &t.years.len()])
    )?;
    for f in &t.files {
        let name = clip(
            &escape::terminal(&f.name),
            config.width.saturating_sub(8).max(10),
        );
        writeln!(w, "  {}  {}", f.year, name)?;
    }
    writeln!(w)?;

    writeln!(w, "{}", l.targets)?;
    if t.targets.is_empty() {
        writeln!(w, "{}\n", l.none_found)?;
    } else {
        let mut header = vec![l.indicator.to_string()];
        header.extend(t.years.iter().map(|y| y.to_string()));
        header.extend([l.trend.to_string(), l.changes.to_string()]);
        let mut table = new_table(&header);
        for s in &t.targets {
            let mut row = vec![cell(&s.indicator, None, config)];
            row.extend((0..t.years.len()).map(|i| cell(&clip(&cell_text(s, i), 24), None, config)));
            row.push(cell(&sparkline(&points(&s.values)), None, config));
            let notes = if l.chinese {
                change_notes(s, |c| format!("{}年：{}", c.to, step_zh(t, s, c)))
            } else {
                change_notes(s, |c| step_en(t, s, c))
            };
            let color = notes.last().and_then(|n| direction_color(n.1));
            let text: Vec<String> = notes.into_iter().map(|n| n.0).collect();
            row.push(cell(&text.join("\n"), color, config));
            table.add_row(row);
        }
        writeln!(w, "{}\n", table.render(config))?;
    }

    writeln!(
        w,
        "{}",
        crate::render::term::fill(l.chains, &[&t.commitments.len()])
    )?;
    if !t.commitments.is_empty() {
        let mut table = new_table(&l.chain_header);
        for c in t.commitments.iter().take(SHOWN_CHAINS) {
            let years = chain_years(c);
            let last = c
                .links
                .last()
                .map(|l| clip(&l.text, 120))
                .unwrap_or_default();
            let moves = if l.chinese {
                by_year(
                    &c.changes,
                    |m| crate::render::markdown::change_zh(&m.change),
                    |year| format!("{year}年："),
                    true,
                )
            } else {
                by_year(
                    &c.changes,
                    |m| m.change.summary.clone(),
                    |year| format!("{year}: "),
                    true,
                )
            };
            let color = c
                .changes
                .last()
                .and_then(|m| direction_color(m.change.direction));
            table.add_row(vec![
                cell(&years, None, config),
                cell(&last, None, config),
                cell(&moves.join("\n"), color, config),
            ]);
        }
        writeln!(w, "{}", table.render(config))?;
        if t.commitments.len() > SHOWN_CHAINS {
            writeln!(
                w,
                "{}",
                crate::render::term::fill(l.more, &[&(t.commitments.len() - SHOWN_CHAINS)])
            )?;
        }
    }
    writeln!(w)?;

    writeln!(w, "{}", l.terms)?;
    if t.terms.is_empty() {
        writeln!(w, "{}", l.none)?;
    } else {
        let mut table = new_table(&l.term_header);
        for s in &t.terms {
            let counts: Vec<String> = s.counts.iter().map(|c| c.to_string()).collect();
            let spark = sparkline(&s.counts.iter().map(|&c| Some(c as f64)).collect::<Vec<_>>());
            let term = if s.quoted {
                format!("“{}”", s.term)
            } else {
                s.term.clone()
            };
            let color = match s.status {
                TermStatus::New => Some(Color::Green),
                TermStatus::Gone => Some(Color::Red),
                _ => None,
            };
            let status = if l.chinese {
                status_zh(s.status)
            } else {
                status_name(s.status)
            };
            table.add_row(vec![
                cell(&term, color, config),
                cell(&counts.join(" "), None, config),
                cell(&spark, None, config),
                cell(&s.first_year.to_string(), None, config),
                cell(&s.last_year.to_string(), None, config),
                cell(status, color, config),
            ]);
        }
        writeln!(w, "{}", table.render(config))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::Format;
    use crate::trend::targets::target_series;
    use crate::trend::targets::tests::{pct, target};
    use crate::Report;

    fn sample() -> Trend {
        let a = Report {
            targets: vec![
                target(
                    "国内生产总值",
                    "gdp",
                    "国内生产总值增长6%以上",
                    Some(pct("6%以上", 6.0, "以上")),
                ),
                target("收入|<b>", "income", "居民收入增长, \"同步\"", None),
            ],
            ..Default::default()
        };
        let b = Report {
            targets: vec![target(
                "经济增长",
                "gdp",
                "经济增长5%左右",
                Some(pct("5%左右", 5.0, "左右")),
            )],
            ..Default::default()
        };
        Trend {
            schema_version: 1,
            years: vec![2021, 2022],
            targets: target_series(&[&a, &b], &[2021, 2022]),
            ..Default::default()
        }
    }

    #[test]
    fn csv_rows_have_the_header_width_and_quote_fields() {
        let mut buf = Vec::new();
        csv(&mut buf, &sample()).unwrap();
        let s = String::from_utf8(buf).unwrap();
        let lines: Vec<&str> = s.split("\r\n").filter(|l| !l.is_empty()).collect();
        assert_eq!(
            lines[0],
            "indicator,key,year,text,value,low,high,unit,qualifier"
        );
        assert_eq!(lines.len(), 1 + 2 * 2);
        assert_eq!(
            lines[1],
            "国内生产总值,gdp,2021,国内生产总值增长6%以上,6,,,%,以上"
        );
        assert_eq!(lines[2], "经济增长,gdp,2022,经济增长5%左右,5,,,%,左右");
        assert_eq!(
            lines[3],
            "收入|<b>,income,2021,\"居民收入增长, \"\"同步\"\"\",,,,,"
        );
        assert_eq!(text_field("=cmd()"), "'=cmd()");
    }

    /// The heading names the reports' kind and place when the files agree on them; the
    /// national report and reports of several places keep the bare kind.
    #[test]
    fn the_heading_names_kind_and_place() {
        use crate::model::DocumentKind as K;
        let file = |place: Option<&str>, kind: Option<K>| crate::trend::YearSource {
            year: 2025,
            name: "r.txt".into(),
            place: place.map(str::to_string),
            kind,
        };
        let of = |files: Vec<crate::trend::YearSource>| {
            heading(&Trend {
                files,
                ..Default::default()
            })
        };
        assert_eq!(of(vec![]), "政府工作报告");
        let gov = Some(K::GovernmentWorkReport);
        assert_eq!(
            of(vec![file(Some("河南省"), gov), file(None, gov)]),
            "河南省政府工作报告"
        );
        assert_eq!(
            of(vec![file(Some("河南省"), gov), file(Some("北京市"), gov)]),
            "政府工作报告"
        );
        assert_eq!(of(vec![file(Some("国务院"), gov)]), "政府工作报告");
        let cppcc = Some(K::CppccReport);
        assert_eq!(
            of(vec![
                file(Some("太原市"), cppcc),
                file(Some("太原市"), cppcc)
            ]),
            "太原市政协常委会工作报告"
        );
        assert_eq!(
            of(vec![file(None, cppcc), file(None, Some(K::PlanReport))]),
            "政府工作报告"
        );
    }

    #[test]
    fn markdown_escapes_cells() {
        let mut buf = Vec::new();
        markdown(&mut buf, &sample()).unwrap();
        let s = String::from_utf8(buf).unwrap();
        assert!(s.contains("| 收入\\|&lt;b&gt; | 居民收入增长, \"同步\" | — | 2022年：删去：居民收入增长, \"同步\" |"), "{s}");
        assert!(
            s.contains("| 经济增长 | 6%以上 | 5%左右 | 2022年：降低1个百分点，由下限（以上）改为约数（左右） |"),
            "{s}"
        );
        assert!(s.contains("| 指标 | 2021年 | 2022年 | 变化 |"), "{s}");
    }

    /// National 2024 → 2025's deficit chain moved two figures in 2025 (the rate and the
    /// size): the year opens the first note only; the terminal keeps its place blank.
    #[test]
    fn a_year_with_two_moves_is_named_once() {
        use crate::model::diff::{Direction, QuantityChange};
        let step = |to: i32, summary: &str| QuantityMove {
            from: to - 1,
            to,
            change: QuantityChange {
                old: None,
                new: None,
                direction: Direction::Up,
                delta: None,
                relative: None,
                summary: summary.into(),
                mismatch: None,
            },
        };
        let moves = [step(2024, "a"), step(2025, "b"), step(2025, "c")];
        let notes = |year: fn(i32) -> String, indent| {
            by_year(&moves, |m| m.change.summary.clone(), year, indent)
        };
        let zh: fn(i32) -> String = |y| format!("{y}年：");
        assert_eq!(notes(zh, false), ["2024年：a", "2025年：b", "c"]);
        assert_eq!(
            notes(|y| format!("{y}: "), true),
            ["2024: a", "2025: b", "      c"]
        );
        let wide = notes(zh, true);
        assert_eq!(wide[2], format!("{}c", " ".repeat(8)));
    }

    #[test]
    fn chain_years_show_gaps() {
        let link = |year| crate::trend::ChainLink {
            year,
            text: String::new(),
            section: String::new(),
            quantities: vec![],
            score: None,
        };
        let chain = |years: &[i32]| CommitmentChain {
            first_year: years[0],
            last_year: years[years.len() - 1],
            length: years.len(),
            links: years.iter().map(|&y| link(y)).collect(),
            changes: vec![],
        };
        assert_eq!(chain_years(&chain(&[2021, 2022, 2023])), "2021–2023");
        assert_eq!(chain_years(&chain(&[2021, 2022, 2024])), "2021, 2022, 2024");
    }

    #[test]
    fn numbers_print_plainly() {
        assert_eq!(number(11000000.0), "11000000");
        assert_eq!(number(5.5), "5.5");
        assert_eq!(number(0.1 + 0.2), "0.3");
        assert_eq!(number(1.3e12), "1300000000000");
        assert_eq!(number(-0.0), "0");
        assert_eq!(number(f64::NAN), "");
    }

    #[test]
    fn sparklines() {
        assert_eq!(
            sparkline(&[Some(6.0), Some(5.5), Some(5.0), None, Some(5.0)]),
            "█▅▁ ▁"
        );
        assert_eq!(sparkline(&[Some(3.0), Some(3.0)]), "▄▄");
        assert_eq!(sparkline(&[Some(3.0), None]), "");
    }

    #[test]
    fn terminal_tables_fit_the_width() {
        for width in [40usize, 80, 120] {
            let config = Config {
                width,
                ..Config::plain(Format::Term)
            };
            let mut buf = Vec::new();
            term(&mut buf, &sample(), &config).unwrap();
            let s = String::from_utf8(buf).unwrap();
            assert!(s.contains("经济"));
            assert!(width < 80 || s.contains("经济增长"), "{s}");
            assert!(!s.contains('\u{1b}'));
            for line in s
                .lines()
                .filter(|l| l.starts_with(['│', '┌', '└', '╞', '├']))
            {
                let cols: usize = line
                    .chars()
                    .map(|c| {
                        if c > '\u{2E80}' && !('\u{2500}'..='\u{259F}').contains(&c) {
                            2
                        } else {
                            1
                        }
                    })
                    .sum();
                assert!(cols <= width, "{cols} > {width}: {line}");
            }
        }
    }

    #[test]
    fn terminal_in_chinese() {
        let config = Config {
            width: 200,
            lang: crate::cli::Lang::Zh,
            ..Config::plain(Format::Term)
        };
        let mut buf = Vec::new();
        term(&mut buf, &sample(), &config).unwrap();
        let s = String::from_utf8(buf).unwrap();
        for want in [
            "份报告）",
            "指标",
            "走势",
            "降低1个百分点",
            "任务脉络：共",
            "提法变化\n  无",
        ] {
            assert!(s.contains(want), "{want:?} not in {s}");
        }
        for english in [
            "reports)",
            "indicator",
            "Recurring",
            "Terms",
            "steady",
            "new\n",
        ] {
            assert!(!s.contains(english), "{english:?} in {s}");
        }
    }
}
