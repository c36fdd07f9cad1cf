//! Terminal output: an indented outline for `parse`, tables and inline word diffs for `diff`.
//!
//! Tables are drawn by comfy-table at the configured width (content wraps inside cells).
//! Color comes from owo-colors (text) and comfy-table (cells) only when `config.color` is
//! true; with color off, word diffs use git's markers `[-deleted-]` and `{+inserted+}` so the
//! output stays readable in logs and golden files. All report text goes through
//! [`escape::terminal`] first.

use std::io::{self, Write};

use comfy_table::Color;
use owo_colors::{OwoColorize, Style};

use super::escape;
use super::grid::{Grid, GridCell};
use super::{
    group_by_key, place_title, quantity_rows, side_label, target_change_text, truncate_chars,
    StatusWords,
};
use crate::config::Config;
use crate::model::diff::{Direction, ItemStatus, SectionStatus, WordOp, WordOpKind};
use crate::model::{Comparison, Report, Section, SectionKind};

/// Characters of a list item or clause shown in a table cell before `…`.
const CELL_CHARS: usize = 60;

const WORDS: StatusWords = StatusWords {
    unchanged: "kept",
    changed: "changed",
    added: "new",
    removed: "dropped",
    renamed: "renamed",
    reworded: "reworded",
};

/// The words of a comparison's terminal tables in one language (`diff --lang`).
struct Labels {
    words: &'static StatusWords,
    report: &'static str,
    targets: &'static str,
    list: &'static str,
    quantities: &'static str,
    changed: &'static str,
    added: &'static str,
    removed: &'static str,
    /// Commitments kept word for word in another section.
    moved: &'static str,
    /// Before the section a kept commitment left.
    moved_from: &'static str,
    terms: &'static str,
    sections: &'static str,
    indicator: &'static str,
    change: &'static str,
    status: &'static str,
    item: &'static str,
    place: &'static str,
    score: &'static str,
    new_terms: &'static str,
    dropped_terms: &'static str,
    substantive: &'static str,
    not_substantive: &'static str,
    /// After a run-in heading's title listed as added or removed (its side covers no
    /// commitment).
    heading_mark: &'static str,
    /// The two summary lines and a list's count line, `{}` filled in order ([`fill`]).
    summary: [&'static str; 2],
    list_counts: &'static str,
    /// Whether figures' changes are said in Chinese (`markdown::change_zh`), not by the
    /// model's English summary.
    chinese: bool,
}

const EN: Labels = Labels {
    words: &WORDS,
    report: "report",
    targets: "Targets (主要预期目标)",
    list: "List (清单)",
    quantities: "Changed quantities (数量变化)",
    changed: "Changed commitments (表述变化)",
    added: "Added commitments (新增任务)",
    removed: "Removed commitments (删去任务)",
    moved: "Moved commitments, wording kept (位置移动)",
    moved_from: "moved from",
    terms: "Terms (术语)",
    sections: "Section pairings (章节对应)",
    indicator: "indicator",
    change: "change",
    status: "status",
    item: "item",
    place: "where",
    score: "score",
    new_terms: "new",
    dropped_terms: "dropped",
    substantive: "substantive changes",
    not_substantive: "no substantive change",
    heading_mark: " (run-in heading)",
    summary: [
        "sections: {} paired{}, {} added, {} removed | commitments: {} unchanged, {} changed, {} added, {} removed, {} moved",
        "targets changed: {} | quantities: {} raised, {} lowered, {} added, {} dropped{} | terms: {} new, {} dropped | {}",
    ],
    list_counts: "{}: {} items ({} kept, {} changed, {} new, {} dropped)",
    chinese: false,
};

const ZH: Labels = Labels {
    words: &super::markdown::WORDS,
    report: "报告",
    targets: "主要预期目标",
    list: "清单",
    quantities: "数量变化",
    changed: "表述调整",
    added: "新增任务",
    removed: "删去任务",
    moved: "位置移动（表述未变）",
    moved_from: "原位于：",
    terms: "新词与不再使用的词",
    sections: "章节对应",
    indicator: "指标",
    change: "变化",
    status: "状态",
    item: "事项",
    place: "位置",
    score: "相似度",
    new_terms: "新出现",
    dropped_terms: "不再出现",
    substantive: "有实质性变化",
    not_substantive: "无实质性变化",
    heading_mark: "（小标题）",
    summary: [
        "章节：对应 {}{}，新增 {}，删去 {} | 工作任务：未变 {}，表述调整 {}，新增 {}，删去 {}，位置移动 {}",
        "主要预期目标有变化 {} | 数量：上调 {}，下调 {}，新增 {}，删去 {}{} | 词语：新出现 {}，不再出现 {} | {}",
    ],
    list_counts: "{}：共 {} 项（保留 {}，调整 {}，新增 {}，删去 {}）",
    chinese: true,
};

/// `template` with each `{}` replaced by the next of `args` (a label's words chosen at run
/// time; a missing argument leaves `{}`).
pub(crate) fn fill(template: &str, args: &[&dyn std::fmt::Display]) -> String {
    let mut out = String::with_capacity(template.len() + 8 * args.len());
    let mut args = args.iter();
    let mut rest = template;
    while let Some(k) = rest.find("{}") {
        out.push_str(&rest[..k]);
        match args.next() {
            Some(a) => out.push_str(&a.to_string()),
            None => out.push_str("{}"),
        }
        rest = &rest[k + 2..];
    }
    out.push_str(rest);
    out
}

impl Labels {
    fn of(config: &Config) -> &'static Labels {
        match config.lang {
            crate::cli::Lang::En => &EN,
            crate::cli::Lang::Zh => &ZH,
        }
    }

    /// A figure's change: the model's summary, or in Chinese as the Markdown says it.
    /// `cut` when the change compares two cuts ([`super::is_cut`]).
    fn figure_change(&self, c: &crate::model::diff::QuantityChange, cut: bool) -> String {
        if self.chinese {
            super::markdown::change_zh_as(c, cut)
        } else {
            super::summary_of(c, cut)
        }
    }
}

/// The words of `parse`'s terminal view in one language (`--lang`); `{}` filled in order
/// ([`fill`]).
struct ReportLabels {
    year: &'static str,
    year_unknown: &'static str,
    mojibake: &'static str,
    bom: &'static str,
    undecodable: &'static str,
    traditional: &'static str,
    bytes: &'static str,
    documents: &'static str,
    selected: &'static str,
    outline: &'static str,
    outline_key: &'static str,
    targets: &'static str,
    target_header: [&'static str; 3],
    lists: &'static str,
    items: &'static str,
    enumerated: &'static str,
    counts: &'static str,
    totals: &'static str,
    /// Whether a document's kind is named in Chinese (政府工作报告), not by its JSON name.
    chinese: bool,
}

const REPORT_EN: ReportLabels = ReportLabels {
    year: "year {}",
    year_unknown: "year unknown",
    mojibake: " repaired from mojibake",
    bom: ", BOM",
    undecodable: ", {} undecodable",
    traditional: ", traditional characters read as simplified",
    bytes: "{} bytes",
    documents: "Documents (文档)",
    selected: "  (* = selected; choose another with --document N or --kind KIND)",
    outline: "Outline (提纲)",
    outline_key: "[c = commitments, q = quantities, in the section and below]",
    targets: "Targets (主要预期目标)",
    target_header: ["indicator", "figure", "qualifier"],
    lists: "Lists (清单)",
    items: "({} items)",
    enumerated: "{}…{}: {} enumerated items",
    counts: "[c {}, q {}]",
    totals: "{} commitments, {} quantities, {} sections",
    chinese: false,
};

const REPORT_ZH: ReportLabels = ReportLabels {
    year: "{}年",
    year_unknown: "年份不详",
    mojibake: "，由乱码修复",
    bom: "，带 BOM",
    undecodable: "，{} 处无法解码",
    traditional: "，繁体字按简体读取",
    bytes: "{} 字节",
    documents: "文档",
    selected: "  （* 为所分析的文档；用 --document N 或 --kind KIND 选择其他文档）",
    outline: "提纲",
    outline_key: "[任务：工作任务条数，数量：数字个数，均含下级章节]",
    targets: "主要预期目标",
    target_header: ["指标", "数值", "限定词"],
    lists: "清单",
    items: "（共 {} 项）",
    enumerated: "{}…{}：共 {} 项列举",
    counts: "[任务 {}，数量 {}]",
    totals: "工作任务 {} 项，数量 {} 个，章节 {} 个",
    chinese: true,
};

impl ReportLabels {
    fn of(config: &Config) -> &'static ReportLabels {
        match config.lang {
            crate::cli::Lang::En => &REPORT_EN,
            crate::cli::Lang::Zh => &REPORT_ZH,
        }
    }

    /// A document's kind: its JSON name, or its Chinese name.
    fn kind(&self, kind: crate::model::DocumentKind) -> String {
        if self.chinese {
            kind.name_zh().to_string()
        } else {
            kind.name().to_string()
        }
    }
}

/// The outline of one report as an indented tree with counts.
pub fn report(w: &mut dyn Write, report: &Report, config: &Config) -> io::Result<()> {
    let p = Painter {
        color: config.color,
    };
    let l = ReportLabels::of(config);
    let mut year = report
        .year
        .map_or_else(|| l.year_unknown.to_string(), |y| fill(l.year, &[&y]));
    if let Some(place) = &report.place {
        year.push_str(&format!(", {}", escape::terminal_line(place)));
    }
    let mut damage = match report.source.undecodable {
        0 => String::new(),
        n => fill(l.undecodable, &[&n]),
    };
    if report.source.traditional {
        damage.push_str(l.traditional);
    }
    writeln!(
        w,
        "{}  ({}{}, {}{}{}, {})",
        p.bold(&escape::terminal_line(&report.source.name)),
        report.source.encoding,
        if report.source.mojibake_repaired {
            l.mojibake
        } else {
            ""
        },
        fill(l.bytes, &[&report.source.bytes]),
        if report.source.bom { l.bom } else { "" },
        damage,
        year
    )?;

    writeln!(w, "\n{}", p.bold(l.documents))?;
    for (i, d) in report.documents.iter().enumerate() {
        let mark = if i == report.selected { "*" } else { " " };
        writeln!(
            w,
            "{mark} [{i}] {}  ({}, {})",
            escape::terminal_line(&d.title),
            l.kind(d.kind),
            fill(l.bytes, &[&d.span.len()])
        )?;
    }
    if !report.documents.is_empty() {
        writeln!(w, "{}", l.selected)?;
    }

    writeln!(w, "\n{}  {}", p.bold(l.outline), l.outline_key)?;
    outline(w, report, l)?;

    writeln!(w, "\n{} {}", p.bold(l.targets), report.targets.len())?;
    if !report.targets.is_empty() {
        let mut t = table(&l.target_header);
        for target in &report.targets {
            let q = target.quantity.as_ref();
            let fig = match q {
                Some(q) => super::shown_figure(q, Some(&target.text)),
                None => truncate_chars(&target.text, CELL_CHARS),
            };
            let qual = q.and_then(|q| q.qualifier.clone()).unwrap_or_default();
            t.add_row(vec![cell(&target.indicator), cell(&fig), cell(&qual)]);
        }
        writeln!(w, "{}", t.render(config))?;
    }

    writeln!(w, "\n{} {}", p.bold(l.lists), report.lists.len())?;
    for list in &report.lists {
        writeln!(
            w,
            "{}  {}",
            escape::terminal_line(&list.title),
            fill(l.items, &[&list.items.len()])
        )?;
        for item in &list.items {
            let label = escape::terminal_line(&item.label);
            writeln!(
                w,
                "  {label}{}{}",
                if label.is_empty() { "" } else { " " },
                truncate_chars(&escape::terminal_line(&item.text), CELL_CHARS)
            )?;
        }
    }
    writeln!(
        w,
        "\n{}",
        fill(
            l.totals,
            &[
                &report.commitments.len(),
                &report.quantities.len(),
                &report.outline.len()
            ]
        )
    )
}

/// The outline as an indented tree, enumerations collapsed when there are many.
fn outline(w: &mut dyn Write, report: &Report, l: &ReportLabels) -> io::Result<()> {
    let counts = super::SectionCounts::new(report);
    for line in super::outline_lines(report) {
        match line {
            super::OutlineLine::Section { indent, section } => {
                writeln!(
                    w,
                    "{}{}",
                    "  ".repeat(indent),
                    section_line(report, &counts, section, l)
                )?;
            }
            super::OutlineLine::Enums {
                indent,
                first,
                last,
                count,
            } => {
                let (first, last) = (escape::terminal_line(first), escape::terminal_line(last));
                writeln!(
                    w,
                    "{}{}",
                    "  ".repeat(indent),
                    fill(l.enumerated, &[&first, &last, &count])
                )?;
            }
        }
    }
    Ok(())
}

fn section_line(
    report: &Report,
    counts: &super::SectionCounts,
    s: &Section,
    l: &ReportLabels,
) -> String {
    let (commitments, quantities) = counts.of(s);
    let title = match s.kind {
        SectionKind::Document => {
            let t = report
                .documents
                .get(report.selected)
                .map_or("(document)", |d| d.title.as_str());
            escape::terminal_line(t)
        }
        _ => {
            let label = escape::terminal_line(&s.label);
            let title = truncate_chars(&escape::terminal_line(&s.title), CELL_CHARS);
            if label.is_empty() {
                title
            } else {
                format!("{label} {title}")
            }
        }
    };
    format!("{title}  {}", fill(l.counts, &[&commitments, &quantities]))
}

/// A comparison as tables and inline word diffs.
pub fn comparison(w: &mut dyn Write, cmp: &Comparison, config: &Config) -> io::Result<()> {
    let p = Painter {
        color: config.color,
    };
    let l = Labels::of(config);
    let (old_y, new_y) = (side_label(&cmp.old), side_label(&cmp.new));
    writeln!(
        w,
        "{}",
        p.bold(&format!(
            "{}: {} → {}",
            escape::terminal_line(&super::titled(
                if cmp.new.document.is_empty() {
                    l.report
                } else {
                    &cmp.new.document
                },
                cmp.new.place.as_deref()
            )),
            escape::terminal_line(&cmp.old.name),
            escape::terminal_line(&cmp.new.name)
        ))
    )?;
    let s = &cmp.summary;
    let verdict = if cmp.substantive {
        l.substantive
    } else {
        l.not_substantive
    };
    let moved = super::section_changes(
        s,
        if l.chinese {
            super::SectionChangeStyle::TerminalChinese
        } else {
            super::SectionChangeStyle::TerminalEnglish
        },
    );
    let sections: [&dyn std::fmt::Display; 9] = [
        &s.sections_matched,
        &moved,
        &s.sections_added,
        &s.sections_removed,
        &s.commitments_unchanged,
        &s.commitments_changed,
        &s.commitments_added,
        &s.commitments_removed,
        &s.commitments_moved,
    ];
    writeln!(w, "{}", fill(l.summary[0], &sections))?;
    let (terms_added, terms_removed) = (
        super::term_count(s.terms_added),
        super::term_count(s.terms_removed),
    );
    // Figures that cannot be compared are rare: named only when there are some.
    let incomparable = match (s.quantities_incomparable, l.chinese) {
        (0, _) => String::new(),
        (n, true) => format!("，口径不同 {n}"),
        (n, false) => format!(", {n} not comparable"),
    };
    let figures: [&dyn std::fmt::Display; 9] = [
        &s.targets_changed,
        &s.quantities_raised,
        &s.quantities_lowered,
        &s.quantities_added,
        &s.quantities_removed,
        &incomparable,
        &terms_added,
        &terms_removed,
        &verdict,
    ];
    writeln!(w, "{}", fill(l.summary[1], &figures))?;

    heading(w, &p, l.targets, cmp.targets.len())?;
    if !cmp.targets.is_empty() {
        let mut t = table(&[l.indicator, &old_y, &new_y, l.change]);
        for row in &cmp.targets {
            let mut name = row.indicator.clone();
            if let Some(old) = super::shown_old_indicator(row) {
                name.push_str(&if l.chinese {
                    format!("（原：{old}）")
                } else {
                    format!(" (was {old})")
                });
            }
            let side = |q: Option<&crate::model::Quantity>, text: &Option<String>| match (q, text) {
                (Some(q), t) => super::shown_figure(q, t.as_deref()),
                (None, Some(t)) => truncate_chars(t, CELL_CHARS),
                (None, None) => "—".to_string(),
            };
            let cut = super::target_is_cut(row);
            let change = match row
                .change
                .as_ref()
                .filter(|c| (l.chinese || cut) && c.direction != Direction::Same)
            {
                Some(c) => l.figure_change(c, cut),
                None => target_change_text(row, l.words),
            };
            let dir = row.change.as_ref().map(|c| c.direction);
            t.add_row(vec![
                cell(&name),
                cell(&side(row.old.as_ref(), &row.old_text)),
                cell(&side(row.new.as_ref(), &row.new_text)),
                colored(&change, status_color(row.status, dir), config.color),
            ]);
        }
        writeln!(w, "{}", t.render(config))?;
    }

    for list in &cmp.lists {
        let count = |st| list.count(st);
        let line = fill(
            l.list_counts,
            &[
                &escape::terminal_line(&list.title),
                &list.items.len(),
                &count(ItemStatus::Unchanged),
                &count(ItemStatus::Changed),
                &count(ItemStatus::Added),
                &count(ItemStatus::Removed),
            ],
        );
        writeln!(w, "\n{} {line}", p.bold(l.list))?;
        let mut t = table(&["#", l.status, l.item, l.change]);
        for item in &list.items {
            let label = item
                .new_label
                .as_deref()
                .or(item.old_label.as_deref())
                .unwrap_or("");
            let text = item.new.as_deref().or(item.old.as_deref()).unwrap_or("");
            let changes: Vec<String> = item
                .changes
                .iter()
                .filter(|c| c.direction != Direction::Same)
                .map(|c| l.figure_change(c, false))
                .collect();
            t.add_row(vec![
                cell(label),
                colored(
                    l.words.of(item.status),
                    status_color(item.status, None),
                    config.color,
                ),
                cell(&truncate_chars(text, CELL_CHARS)),
                cell(&changes.join(if l.chinese { "；" } else { "; " })),
            ]);
        }
        if !list.items.is_empty() {
            writeln!(w, "{}", t.render(config))?;
        }
    }

    // Figures moved, then figures a kept task measures otherwise, gained or lost.
    let mut rows = quantity_rows(cmp);
    rows.extend(super::kept_task_figure_rows(cmp));
    heading(w, &p, l.quantities, rows.len())?;
    if !rows.is_empty() {
        let mut t = table(&[l.place, &old_y, &new_y, l.change]);
        for r in &rows {
            let place = format!(
                "{}: {}",
                place_title(&r.place, r.context),
                truncate_chars(r.context, 30)
            );
            t.add_row(vec![
                cell(&place),
                cell(&r.old_figure()),
                cell(&r.new_figure()),
                colored(
                    &l.figure_change(r.change, r.cut()),
                    status_color(ItemStatus::Changed, Some(r.change.direction)),
                    config.color,
                ),
            ]);
        }
        writeln!(w, "{}", t.render(config))?;
    }

    // A 民生实事 item also read as a commitment is shown once, in its list above.
    let super::RewordedPairs { changed, shown } = super::reworded_pairs(cmp);
    heading(w, &p, l.changed, changed)?;
    if shown.len() < changed {
        let n = changed - shown.len();
        let note = if l.chinese {
            format!("（其中 {n} 项为民生实事，见上）")
        } else {
            format!("({n} of them are 民生实事 items, shown in their list above)")
        };
        writeln!(w, "{}", p.dim(&note))?;
    }
    for c in shown {
        let section = c
            .new
            .as_ref()
            .or(c.old.as_ref())
            .map_or("", |s| s.section.as_str());
        let moved = match (&c.old, c.moved) {
            (Some(old), true) if l.chinese => {
                format!("  （原位于：{}）", escape::terminal_line(&old.section))
            }
            (Some(old), true) => format!("  (moved from {})", escape::terminal_line(&old.section)),
            _ => String::new(),
        };
        let heading = [&c.old, &c.new]
            .iter()
            .all(|s| s.as_ref().is_some_and(|s| s.is_heading()));
        let kind = if heading { l.heading_mark } else { "" };
        writeln!(
            w,
            "~ {}{kind}{}",
            p.dim(&escape::terminal_line(section)),
            moved
        )?;
        if c.words.is_empty() {
            if let Some(old) = &c.old {
                writeln!(w, "  {}", p.removed(&escape::terminal_line(&old.text)))?;
            }
            if let Some(new) = &c.new {
                writeln!(w, "  {}", p.added(&escape::terminal_line(&new.text)))?;
            }
        } else {
            writeln!(w, "  {}", word_diff(&c.words, config.color))?;
        }
    }

    for (status, title, mark) in [
        (ItemStatus::Added, l.added, "+"),
        (ItemStatus::Removed, l.removed, "-"),
    ] {
        let items: Vec<&crate::model::diff::CommitmentSide> = cmp
            .commitments
            .iter()
            .filter(|c| c.status == status)
            .filter_map(|c| c.new.as_ref().or(c.old.as_ref()))
            .collect();
        heading(w, &p, title, items.len())?;
        for (section, members) in group_by_key(&items, |s| s.section.as_str()) {
            section_label(w, &p, section)?;
            for i in members {
                let side = items[i];
                let kind = if side.is_heading() {
                    l.heading_mark
                } else {
                    ""
                };
                let line = format!("{mark} {}{kind}", escape::terminal_line(&side.text));
                let line = if status == ItemStatus::Added {
                    p.added(&line)
                } else {
                    p.removed(&line)
                };
                writeln!(w, "{line}")?;
            }
        }
    }

    // Kept word for word, in another place: under the new section, with the one it left.
    let kept = super::moved_unchanged(cmp);
    heading(w, &p, l.moved, kept.len())?;
    let sections: Vec<&str> = kept
        .iter()
        .map(|c| c.new.as_ref().map_or("", |n| n.section.as_str()))
        .collect();
    for (section, members) in group_by_key(&sections, |s| *s) {
        section_label(w, &p, section)?;
        for i in members {
            let (Some(old), Some(new)) = (&kept[i].old, &kept[i].new) else {
                continue;
            };
            let kind = if new.is_heading() { l.heading_mark } else { "" };
            let from = if l.chinese {
                format!(
                    "（{}{}）",
                    l.moved_from,
                    escape::terminal_line(&old.section)
                )
            } else {
                format!("({} {})", l.moved_from, escape::terminal_line(&old.section))
            };
            writeln!(
                w,
                "> {}{kind}  {}",
                escape::terminal_line(&new.text),
                p.dim(&from)
            )?;
        }
    }

    let terms = &cmp.terms;
    heading(w, &p, l.terms, terms.added.len() + terms.removed.len())?;
    let list = |ts: &[crate::model::diff::TermCount]| {
        ts.iter()
            .map(|t| {
                let term = escape::terminal_line(&t.term);
                if l.chinese {
                    format!("{term}（{} 次）", t.count)
                } else {
                    format!("{term} ({})", t.count)
                }
            })
            .collect::<Vec<_>>()
            .join(if l.chinese { "、" } else { ", " })
    };
    let colon = if l.chinese { "：" } else { ": " };
    if !terms.added.is_empty() {
        writeln!(w, "{}{colon}{}", l.new_terms, list(&terms.added))?;
    }
    if !terms.removed.is_empty() {
        writeln!(w, "{}{colon}{}", l.dropped_terms, list(&terms.removed))?;
    }

    heading(w, &p, l.sections, cmp.sections.len())?;
    if !cmp.sections.is_empty() {
        let mut t = table(&[l.status, &old_y, &new_y, l.score]);
        for s in &cmp.sections {
            let title = |r: &Option<crate::model::diff::SectionRef>| {
                r.as_ref().map_or("—".to_string(), |r| r.title.clone())
            };
            let status = if l.chinese {
                super::markdown::section_status(s.status)
            } else {
                section_status(s.status)
            };
            let status = match (s.moved, l.chinese) {
                (false, _) => status.to_string(),
                (true, true) => format!("{status}，位置调整"),
                (true, false) => format!("{status}, moved"),
            };
            let color = section_color(s.status).or(s.moved.then_some(Color::Yellow));
            t.add_row(vec![
                colored(&status, color, config.color),
                cell(&title(&s.old)),
                cell(&title(&s.new)),
                cell(&format!("{:.2}", s.score)),
            ]);
        }
        writeln!(w, "{}", t.render(config))?;
    }
    Ok(())
}

/// Word diff inline: red strikethrough / green with color, `[-…-]` / `{+…+}` without.
pub fn word_diff(ops: &[WordOp], color: bool) -> String {
    let p = Painter { color };
    let mut out = String::new();
    for op in ops {
        let text = escape::terminal_line(&op.text);
        match op.op {
            WordOpKind::Equal => out.push_str(&text),
            WordOpKind::Delete if color => out.push_str(&p.removed(&text)),
            WordOpKind::Insert if color => out.push_str(&p.added(&text)),
            WordOpKind::Delete => out.push_str(&format!("[-{text}-]")),
            WordOpKind::Insert => out.push_str(&format!("{{+{text}+}}")),
        }
    }
    out
}

fn section_status(s: SectionStatus) -> &'static str {
    match s {
        SectionStatus::Matched => "matched",
        SectionStatus::Renamed => "renamed",
        SectionStatus::Split => "split",
        SectionStatus::Merged => "merged",
        SectionStatus::Added => "added",
        SectionStatus::Removed => "removed",
    }
}

fn section_color(s: SectionStatus) -> Option<Color> {
    match s {
        SectionStatus::Matched => None,
        SectionStatus::Added => Some(Color::Green),
        SectionStatus::Removed => Some(Color::Red),
        _ => Some(Color::Yellow),
    }
}

fn status_color(status: ItemStatus, dir: Option<Direction>) -> Option<Color> {
    match (status, dir) {
        (_, Some(Direction::Up)) => Some(Color::Green),
        (_, Some(Direction::Down)) => Some(Color::Red),
        (ItemStatus::Added, _) => Some(Color::Green),
        (ItemStatus::Removed, _) => Some(Color::Red),
        (ItemStatus::Changed, _) => Some(Color::Yellow),
        (ItemStatus::Unchanged, _) => None,
    }
}

/// The dimmed `[section path]` line over a group of listed commitments (none for an empty
/// path).
fn section_label(w: &mut dyn Write, p: &Painter, section: &str) -> io::Result<()> {
    if section.is_empty() {
        return Ok(());
    }
    writeln!(
        w,
        "{}",
        p.dim(&format!("[{}]", escape::terminal_line(section)))
    )
}

fn heading(w: &mut dyn Write, p: &Painter, title: &str, count: usize) -> io::Result<()> {
    writeln!(w, "\n{} {}", p.bold(title), count)
}

/// A table with these headings.
fn table(header: &[&str]) -> Grid {
    Grid::new(header.iter().map(|h| cell(h)).collect())
}

fn cell(s: &str) -> GridCell {
    GridCell::new(escape::terminal_line(s))
}

fn colored(s: &str, color: Option<Color>, on: bool) -> GridCell {
    cell(s).fg(color.filter(|_| on))
}

/// Applies styles only when color is on.
struct Painter {
    color: bool,
}

impl Painter {
    fn paint(&self, s: &str, style: Style) -> String {
        if self.color {
            s.style(style).to_string()
        } else {
            s.to_string()
        }
    }
    fn bold(&self, s: &str) -> String {
        self.paint(s, Style::new().bold())
    }
    fn dim(&self, s: &str) -> String {
        self.paint(s, Style::new().dimmed())
    }
    fn added(&self, s: &str) -> String {
        self.paint(s, Style::new().green())
    }
    fn removed(&self, s: &str) -> String {
        self.paint(s, Style::new().red().strikethrough())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::Format;
    use crate::render::sample;

    #[test]
    fn fill_takes_arguments_in_order() {
        assert_eq!(fill("{} of {}", &[&1, &"二"]), "1 of 二");
        assert_eq!(fill("{} {} {}", &[&1]), "1 {} {}");
        assert_eq!(fill("none", &[&1]), "none");
    }

    /// `--lang zh`: the tables' words and the figures' changes in Chinese, the report's text
    /// as it is; the English tables are untouched by it.
    #[test]
    fn chinese_labels() {
        let config = Config {
            lang: crate::cli::Lang::Zh,
            ..Config::plain(Format::Term)
        };
        let mut out = Vec::new();
        comparison(&mut out, &sample::comparison(), &config).unwrap();
        let zh = String::from_utf8(out).unwrap();
        for word in [
            "主要预期目标",
            "指标",
            "变化",
            "章节对应",
            "数量变化",
            "有实质性变化",
        ] {
            assert!(zh.contains(word), "{word}: {zh}");
        }
        for word in [
            "Targets",
            "indicator",
            "kept",
            "dropped",
            "sections:",
            " pp",
        ] {
            assert!(!zh.contains(word), "{word}: {zh}");
        }
        let en = render(false, 100);
        assert!(en.contains("Targets (主要预期目标)") && en.contains("indicator"));
    }

    fn render(color: bool, width: usize) -> String {
        let config = Config {
            color,
            width,
            ..Config::plain(Format::Term)
        };
        let mut out = Vec::new();
        comparison(&mut out, &sample::comparison(), &config).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// A commitment kept word for word in another section is listed, in both languages,
    /// under its new section with the one it left.
    #[test]
    fn kept_commitments_that_moved_are_listed() {
        let mut cmp = sample::comparison();
        sample::add_kept_move(
            &mut cmp,
            "办好特殊教育",
            "工作安排 / 教育",
            "工作安排 / 民生",
        );
        let mut out = Vec::new();
        comparison(&mut out, &cmp, &Config::plain(Format::Term)).unwrap();
        let en = String::from_utf8(out).unwrap();
        assert!(
            en.contains(
                "Moved commitments, wording kept (位置移动) 1\n[工作安排 / 民生]\n\
                 > 办好特殊教育  (moved from 工作安排 / 教育)\n"
            ),
            "{en}"
        );
        let zh = Config {
            lang: crate::cli::Lang::Zh,
            ..Config::plain(Format::Term)
        };
        let mut out = Vec::new();
        comparison(&mut out, &cmp, &zh).unwrap();
        let zh = String::from_utf8(out).unwrap();
        assert!(
            zh.contains("> 办好特殊教育  （原位于：工作安排 / 教育）\n"),
            "{zh}"
        );
        let plain = render(false, 100);
        assert!(
            plain.contains("Moved commitments, wording kept (位置移动) 0\n"),
            "{plain}"
        );
        assert!(!plain.lines().any(|l| l.starts_with("> ")), "{plain}");
    }

    #[test]
    fn plain_output_has_markers_and_no_escapes() {
        let s = render(false, 100);
        assert!(s.contains("新增城镇就业[-5万人-]{+6万人以上+}"), "{s}");
        assert!(
            !s.contains('\u{1b}'),
            "no escape sequences when color is off"
        );
        assert!(s.contains("5.5%左右") && s.contains("5%左右") && s.contains("−0.5 pp"));
        assert!(
            s.contains("[工作安排 / 创新]\n+ 建设*人工智能*创新中心[31m\n"),
            "{s}"
        );
        assert!(s.contains("- 完成旧城改造|二期"));
        assert!(s.contains("dropped") && s.contains("新建公厕100座"));
        assert!(s.contains("人工智能+ (3)") && s.contains("十四五 (2)"));
        assert!(s.contains("0.88"));
        // A section that changed its place says so, in the table and the headline.
        assert!(s.contains("matched, moved"), "{s}");
        assert!(s.contains("1 paired (1 moved), 1 added"), "{s}");
    }

    #[test]
    fn colored_output_uses_ansi_not_markers() {
        let s = render(true, 100);
        assert!(s.contains('\u{1b}'));
        assert!(!s.contains("[-5万人-]"));
        // Only our own escape sequences: the one planted in report text is gone.
        assert!(!s.contains("\u{1b}[31m创新") && !s.contains("中心\u{1b}[31m"));
    }

    #[test]
    fn tables_respect_width() {
        for width in [40usize, 60, 100] {
            let s = render(false, width);
            for line in s
                .lines()
                .filter(|l| l.starts_with(['┌', '│', '├', '└', '╞']))
            {
                let w: usize = line.chars().map(char_width).sum();
                assert!(w <= width, "line of width {w} > {width}: {line}");
            }
        }
    }

    /// Display width: CJK and full-width forms count two columns.
    fn char_width(c: char) -> usize {
        if ('\u{1100}'..='\u{115f}').contains(&c)
            || ('\u{2e80}'..='\u{a4cf}').contains(&c)
            || ('\u{ac00}'..='\u{d7a3}').contains(&c)
            || ('\u{f900}'..='\u{faff}').contains(&c)
            || ('\u{fe30}'..='\u{fe4f}').contains(&c)
            || ('\u{ff00}'..='\u{ff60}').contains(&c)
            || ('\u{ffe0}'..='\u{ffe6}').contains(&c)
        {
            2
        } else {
            1
        }
    }

    #[test]
    fn output_is_stable() {
        assert_eq!(render(false, 80), render(false, 80));
    }

    #[test]
    fn report_outline_collapses_enumerations() {
        use crate::model::*;
        let sec = |id: usize,
                   parent: Option<usize>,
                   kind: SectionKind,
                   label: &str,
                   title: &str,
                   span: (usize, usize)| Section {
            id,
            parent,
            depth: 0,
            kind,
            label: label.into(),
            title: title.into(),
            heading: Span::new(span.0, span.0),
            span: Span::new(span.0, span.1),
        };
        let mut outline = vec![
            sec(0, None, SectionKind::Document, "", "", (0, 100)),
            sec(1, Some(0), SectionKind::Part, "一、", "工作安排", (0, 100)),
        ];
        for (i, l) in ["一是", "二是", "三是", "四是", "五是"].iter().enumerate() {
            outline.push(sec(
                2 + i,
                Some(1),
                SectionKind::Enum,
                l,
                "项",
                (10 * i, 10 * i + 5),
            ));
        }
        let report = Report {
            documents: vec![DocumentInfo {
                kind: DocumentKind::GovernmentWorkReport,
                title: "政府工作报告".into(),
                span: Span::new(0, 100),
            }],
            outline,
            year: Some(2026),
            place: Some("太原市".into()),
            ..Default::default()
        };
        let mut out = Vec::new();
        super::report(&mut out, &report, &Config::plain(Format::Term)).unwrap();
        let s = String::from_utf8(out).unwrap();
        assert!(
            s.lines().next().unwrap().ends_with("year 2026, 太原市)"),
            "{s}"
        );
        assert!(s.contains("* [0] 政府工作报告"), "{s}");
        assert!(s.contains("  一、 工作安排  [c 0, q 0]"), "{s}");
        assert!(s.contains("一是…五是: 5 enumerated items"), "{s}");
        assert!(!s.contains("三是 项"), "{s}");
    }
}
