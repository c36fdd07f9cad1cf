//! Markdown: a change summary an editor can paste into an article.
//!
//! Headings and labels are in Chinese (the readers write Chinese); every heading is always
//! present, with 无 when empty, so two summaries line up. Report text is escaped with
//! [`super::escape::markdown`] / [`super::escape::markdown_cell`]; the output carries no timestamps or
//! paths and follows model order, so it is byte-stable run to run.

use std::io::{self, Write};

use super::escape::{markdown as md, markdown_cell as md_cell};
use super::{
    group_by_key, place_title, quantity_rows, side_label, target_change_text, QuantityRow,
    StatusWords,
};
use crate::model::diff::{
    CommitmentPair, CommitmentSide, Direction, ItemStatus, ListItemPair, Mismatch, QuantityChange,
    SectionStatus, TermCount, WordOp, WordOpKind,
};
use crate::model::{Bound, Comparison, Quantity};

pub(super) const WORDS: StatusWords = StatusWords {
    unchanged: "不变",
    changed: "调整",
    added: "新增",
    removed: "删去",
    renamed: "指标名称调整",
    reworded: "表述调整",
};

/// A comparison as Markdown.
pub fn comparison(w: &mut dyn Write, cmp: &Comparison) -> io::Result<()> {
    let old_y = year_heading(&cmp.old);
    let new_y = year_heading(&cmp.new);
    let doc = if cmp.new.document.is_empty() {
        "政府工作报告"
    } else {
        cmp.new.document.as_str()
    };
    let doc = super::titled(doc, cmp.new.place.as_deref());
    writeln!(w, "# {}对比：{} → {}", md(&doc), md(&old_y), md(&new_y))?;
    writeln!(w)?;
    writeln!(
        w,
        "对比文件：{}（上年）与 {}（本年）。",
        md(&cmp.old.name),
        md(&cmp.new.name)
    )?;
    writeln!(w)?;
    writeln!(w, "## 摘要")?;
    writeln!(w)?;
    writeln!(w, "{}", headline(cmp, &old_y, &new_y))?;

    writeln!(w)?;
    writeln!(w, "## 主要预期目标")?;
    writeln!(w)?;
    if cmp.targets.is_empty() {
        writeln!(w, "无")?;
    } else {
        writeln!(
            w,
            "| 指标 | {} | {} | 变化 |",
            md_cell(&old_y),
            md_cell(&new_y)
        )?;
        writeln!(w, "|---|---|---|---|")?;
        for row in &cmp.targets {
            let mut name = md_cell(&row.indicator);
            if let Some(old) = super::shown_old_indicator(row) {
                name.push_str(&format!("（原：{}）", md_cell(old)));
            }
            let side = |q: Option<&crate::model::Quantity>, text: &Option<String>| match (q, text) {
                (Some(q), t) => md_cell(&super::shown_figure(q, t.as_deref())),
                (None, Some(t)) => md_cell(t),
                (None, None) => "—".to_string(),
            };
            writeln!(
                w,
                "| {} | {} | {} | {} |",
                name,
                side(row.old.as_ref(), &row.old_text),
                side(row.new.as_ref(), &row.new_text),
                md_cell(&match row
                    .change
                    .as_ref()
                    .filter(|c| c.direction != Direction::Same)
                {
                    Some(c) => change_zh_as(c, super::target_is_cut(row)),
                    None => target_change_text(row, &WORDS),
                })
            )?;
        }
    }

    writeln!(w)?;
    writeln!(w, "## 民生实事")?;
    if cmp.lists.is_empty() {
        writeln!(w)?;
        writeln!(w, "无")?;
    }
    for list in &cmp.lists {
        writeln!(w)?;
        let count = |st| list.count(st);
        writeln!(w, "### {}", md(&list.title))?;
        writeln!(w)?;
        writeln!(
            w,
            "共 {} 项：保留 {} 项，调整 {} 项，新增 {} 项，删去 {} 项。",
            list.items.len(),
            count(ItemStatus::Unchanged),
            count(ItemStatus::Changed),
            count(ItemStatus::Added),
            count(ItemStatus::Removed)
        )?;
        writeln!(w)?;
        for item in &list.items {
            writeln!(w, "{}", list_item(item))?;
        }
    }

    // Figures moved, then figures a kept task measures otherwise, gained or lost (a whole new
    // or dropped task's figures are in its own list below).
    let mut rows = quantity_rows(cmp);
    rows.extend(super::kept_task_figure_rows(cmp));
    writeln!(w)?;
    writeln!(w, "## 数量变化")?;
    for (title, dir) in [
        ("上调", Direction::Up),
        ("下调", Direction::Down),
        ("限定语或区间调整", Direction::Requalified),
        ("口径不同", Direction::Incomparable),
        ("新增数字（延续任务）", Direction::Added),
        ("删去数字（延续任务）", Direction::Removed),
    ] {
        writeln!(w)?;
        writeln!(w, "### {title}")?;
        writeln!(w)?;
        let picked: Vec<&QuantityRow> = rows.iter().filter(|r| r.change.direction == dir).collect();
        if picked.is_empty() {
            writeln!(w, "无")?;
            continue;
        }
        writeln!(
            w,
            "| 位置 | {} | {} | 变化 | 原文 |",
            md_cell(&old_y),
            md_cell(&new_y)
        )?;
        writeln!(w, "|---|---|---|---|---|")?;
        for r in picked {
            writeln!(
                w,
                "| {} | {} | {} | {} | {} |",
                md_cell(place_title(&r.place, r.context)),
                md_cell(&r.old_figure()),
                md_cell(&r.new_figure()),
                md_cell(&change_zh_as(r.change, r.cut())),
                md_cell(r.context)
            )?;
        }
    }

    reworded(w, cmp)?;
    moved(w, cmp)?;

    for (title, status) in [
        ("新增任务", ItemStatus::Added),
        ("删去任务", ItemStatus::Removed),
    ] {
        writeln!(w)?;
        writeln!(w, "## {title}")?;
        writeln!(w)?;
        let items: Vec<&crate::model::diff::CommitmentSide> = cmp
            .commitments
            .iter()
            .filter(|c| c.status == status)
            .filter_map(|c| c.new.as_ref().or(c.old.as_ref()))
            .collect();
        if items.is_empty() {
            writeln!(w, "无")?;
            continue;
        }
        writeln!(w, "共 {} 项。", items.len())?;
        for (section, members) in group_by_key(&items, |s| s.section.as_str()) {
            writeln!(w)?;
            if !section.is_empty() {
                writeln!(w, "**{}**", md(section))?;
                writeln!(w)?;
            }
            for i in members {
                // A run-in heading's title (its side covers no commitment) says so.
                let kind = if items[i].is_heading() {
                    "（小标题）"
                } else {
                    ""
                };
                writeln!(w, "- {}{kind}", md(&items[i].text))?;
            }
        }
    }

    writeln!(w)?;
    writeln!(w, "## 新词与不再使用的词")?;
    for (title, terms) in [
        ("新出现", &cmp.terms.added),
        ("不再出现", &cmp.terms.removed),
    ] {
        writeln!(w)?;
        // A full listing is the most frequent only (at most MAX_TERMS each way).
        let title = if terms.len() >= crate::diff::terms::MAX_TERMS {
            format!("{title}（频次最高的 {} 个）", terms.len())
        } else {
            title.to_string()
        };
        writeln!(w, "{}：{}", title, term_list(terms))?;
    }

    writeln!(w)?;
    writeln!(w, "## 章节对应")?;
    writeln!(w)?;
    if cmp.sections.is_empty() {
        writeln!(w, "无")?;
    } else {
        writeln!(
            w,
            "| 关系 | {} | {} | 相似度 |",
            md_cell(&old_y),
            md_cell(&new_y)
        )?;
        writeln!(w, "|---|---|---|---|")?;
        for s in &cmp.sections {
            let title = |r: &Option<crate::model::diff::SectionRef>| {
                r.as_ref().map_or("—".to_string(), |r| md_cell(&r.title))
            };
            let moved = if s.moved { "（位置调整）" } else { "" };
            writeln!(
                w,
                "| {}{moved} | {} | {} | {:.2} |",
                section_status(s.status),
                title(&s.old),
                title(&s.new),
                s.score
            )?;
        }
    }
    Ok(())
}

/// The headline paragraph: counts from the summary, in words.
/// One report as Markdown (`parse --format md`): what it holds, for an editor preparing an
/// article before the next year's report is out: its outline with counts, its targets, its
/// 民生实事 lists and its commitments by section. Every heading is present, 无 when empty.
pub fn report(w: &mut dyn Write, report: &crate::model::Report) -> io::Result<()> {
    use super::OutlineLine;
    let title = report
        .documents
        .get(report.selected)
        .map_or("政府工作报告", |d| d.title.as_str());
    let title = super::titled(title, report.place.as_deref());
    let year = report
        .year
        .map_or_else(|| "年份不详".to_string(), |y| format!("{y}年"));
    writeln!(w, "# {}（{}）", md(&title), year)?;
    writeln!(w)?;
    writeln!(
        w,
        "文件：{}。工作任务 {} 项，数量 {} 个，章节 {} 个。",
        md(&report.source.name),
        report.commitments.len(),
        report.quantities.len(),
        report.outline.len()
    )?;

    writeln!(w)?;
    writeln!(w, "## 提纲")?;
    writeln!(w)?;
    let counts = super::SectionCounts::new(report);
    for line in super::outline_lines(report) {
        match line {
            OutlineLine::Section { section, .. } if section.parent.is_none() => {}
            OutlineLine::Section { indent, section } => {
                let (c, q) = counts.of(section);
                let name = format!("{}{}", section.label, section.title);
                writeln!(
                    w,
                    "{}- {}（任务 {c}，数量 {q}）",
                    "  ".repeat(indent.saturating_sub(1)),
                    md(name.trim())
                )?;
            }
            OutlineLine::Enums {
                indent,
                first,
                last,
                count,
            } => writeln!(
                w,
                "{}- {}…{}：共 {count} 项",
                "  ".repeat(indent.saturating_sub(1)),
                md(first),
                md(last)
            )?,
        }
    }

    writeln!(w)?;
    writeln!(w, "## 主要预期目标")?;
    writeln!(w)?;
    if report.targets.is_empty() {
        writeln!(w, "无")?;
    } else {
        writeln!(w, "| 指标 | 目标 | 原文 |")?;
        writeln!(w, "|---|---|---|")?;
        for t in &report.targets {
            let figure = t.quantity.as_ref().map_or_else(
                || "—".to_string(),
                |q| md_cell(&super::shown_figure(q, Some(&t.text))),
            );
            writeln!(
                w,
                "| {} | {} | {} |",
                md_cell(&t.indicator),
                figure,
                md_cell(&t.text)
            )?;
        }
    }

    writeln!(w)?;
    writeln!(w, "## 民生实事")?;
    writeln!(w)?;
    if report.lists.is_empty() {
        writeln!(w, "无")?;
    }
    for list in &report.lists {
        writeln!(w, "### {}", md(&list.title))?;
        writeln!(w)?;
        writeln!(w, "共 {} 项。", list.items.len())?;
        writeln!(w)?;
        for item in &list.items {
            // A list printed with no numbers has items with no label.
            let label = if item.label.is_empty() {
                String::new()
            } else {
                format!("{} ", md(&item.label))
            };
            writeln!(w, "- {label}{}", md(&item.text))?;
        }
        writeln!(w)?;
    }

    writeln!(w)?;
    writeln!(w, "## 工作任务")?;
    writeln!(w)?;
    if report.commitments.is_empty() {
        writeln!(w, "无")?;
    }
    for (path, idx) in group_by_key(&report.commitments, |c| c.path.join(" / ")) {
        let place = if path.is_empty() {
            "（正文）".to_string()
        } else {
            path
        };
        writeln!(w, "**{}**", md(&place))?;
        writeln!(w)?;
        for i in idx {
            writeln!(w, "- {}", md(&report.commitments[i].text))?;
        }
        writeln!(w)?;
    }
    Ok(())
}

fn headline(cmp: &Comparison, old_y: &str, new_y: &str) -> String {
    let s = &cmp.summary;
    // The moved pairs counted where they belong: a reworded pair that moved is among the
    // reworded, a kept one among the kept (`summary.commitments_moved` is both).
    let moved_kept = super::moved_unchanged(cmp).len();
    let moved_changed = s.commitments_moved.saturating_sub(moved_kept);
    let moved_of = |n: usize| {
        if n == 0 {
            String::new()
        } else {
            format!("（其中 {n} 项位置移动）")
        }
    };
    let verdict = if cmp.substantive {
        "有实质性变化"
    } else {
        "无实质性变化"
    };
    format!(
        "与{old}相比，{new}{verdict}：{tc} 项主要预期目标有变化；数量上调 {up} 处、下调 {down} 处，\
         延续任务新增数字 {qa} 处、删去数字 {qr} 处{qi}；\
         工作任务新增 {ca} 项、删去 {cr} 项、表述调整 {cc} 项{cmc}、未变 {cu} 项{cmu}；\
         章节对应 {sm} 个{smv}、新增 {sa} 个、删去 {sr} 个；新出现词语{ta}、不再出现{trm}。",
        old = md(old_y),
        new = md(new_y),
        tc = s.targets_changed,
        up = s.quantities_raised,
        down = s.quantities_lowered,
        qa = s.quantities_added,
        qr = s.quantities_removed,
        // Rare (five over the corpus), so only named when there is one.
        qi = match s.quantities_incomparable {
            0 => String::new(),
            n => format!("、口径不同 {n} 处"),
        },
        ca = s.commitments_added,
        cr = s.commitments_removed,
        cc = s.commitments_changed,
        cu = s.commitments_unchanged,
        cmc = moved_of(moved_changed),
        cmu = moved_of(moved_kept),
        sm = s.sections_matched,
        smv = super::section_changes(s, super::SectionChangeStyle::Markdown),
        sa = s.sections_added,
        sr = s.sections_removed,
        ta = term_count_zh(s.terms_added),
        trm = term_count_zh(s.terms_removed),
    )
}

/// A count of term changes in words, to follow 新出现词语 or 不再出现: ` 12 个`, or
/// `至少 50 个` when the listing is full ([`super::term_count`]).
fn term_count_zh(n: usize) -> String {
    let count = super::term_count(n);
    match count.strip_suffix('+') {
        Some(n) => format!("至少 {n} 个"),
        None => format!(" {count} 个"),
    }
}

/// `2025年报告`, or the file name when the year is unknown.
fn year_heading(r: &crate::model::diff::ReportRef) -> String {
    match r.year {
        Some(_) => format!("{}年", side_label(r)),
        None => side_label(r),
    }
}

/// One 民生实事 item: status in brackets, this year's text, and what it replaced.
fn list_item(item: &ListItemPair) -> String {
    let label = item
        .new_label
        .as_deref()
        .or(item.old_label.as_deref())
        .unwrap_or("");
    let label = if label.is_empty() {
        String::new()
    } else {
        format!("{} ", md(label))
    };
    let status = WORDS.of(item.status);
    let text = match item.status {
        ItemStatus::Removed => md(item.old.as_deref().unwrap_or("")),
        _ => md(item.new.as_deref().or(item.old.as_deref()).unwrap_or("")),
    };
    let mut line = format!("- 【{status}】{label}{text}");
    if item.status == ItemStatus::Changed {
        if !item.words.is_empty() {
            line.push_str(&format!("  \n  改动：{}", word_diff(&item.words)));
        } else if let Some(old) = &item.old {
            line.push_str(&format!("  \n  原文：{}", md(old)));
        }
        let changes: Vec<String> = item
            .changes
            .iter()
            .filter(|c| c.direction != Direction::Same)
            .map(|c| md(&change_zh(c)))
            .collect();
        if !changes.is_empty() {
            line.push_str(&format!("  \n  数量：{}", changes.join("；")));
        }
    }
    line
}

/// A figure's change in Chinese for editors: 提高1个百分点, 减少17.8%, 由“以上”改为确数.
/// Built from the change's fields; the model's English `summary` is the fallback. `trend`'s
/// Markdown says its year-to-year changes the same way.
pub(crate) fn change_zh(c: &QuantityChange) -> String {
    change_zh_as(c, false)
}

/// [`change_zh`] for a change that compares two cuts when `cut` ([`super::is_cut`]): a
/// larger figure is a deeper cut, 降幅扩大0.5个百分点 (削减量增加20% for an amount), not 提高.
pub(crate) fn change_zh_as(c: &QuantityChange, cut: bool) -> String {
    let fig = |q: &Option<Quantity>| q.as_ref().map_or(String::new(), super::figure_text);
    let bounds = match (&c.old, &c.new) {
        (Some(o), Some(n))
            if bound_kind(o) != bound_kind(n) || o.aspired().is_some() != n.aspired().is_some() =>
        {
            Some(format!("由{}改为{}", bound_word(o), bound_word(n)))
        }
        _ => None,
    };
    let percent = c
        .new
        .as_ref()
        .or(c.old.as_ref())
        .and_then(|q| q.unit.as_deref())
        == Some("%");
    let moved = |up: bool| -> Option<String> {
        let verb = match (up, percent, cut) {
            (true, true, false) => "提高",
            (false, true, false) => "降低",
            (true, false, false) => "增加",
            (false, false, false) => "减少",
            (true, true, true) => "降幅扩大",
            (false, true, true) => "降幅收窄",
            (true, false, true) => "削减量增加",
            (false, false, true) => "削减量减少",
        };
        if percent {
            // Points to two decimals: a range's midpoint moves by 0.25.
            c.delta
                .map(|d| format!("{verb}{}个百分点", crate::diff::quantity::fmt_num(d.abs())))
        } else {
            c.relative
                .map(|r| format!("{verb}{}%", number((r * 100.0).abs())))
        }
    };
    // Where a point sits in the other side's range (5%左右 → 4.5%—5%: the old figure is now
    // the top of the range), and whether a range moved by its midpoint.
    let placement = match (&c.old, &c.new) {
        (Some(o), Some(n)) if o.bound() != Bound::Range && n.bound() == Bound::Range => {
            Some(format!("原数值{}", place_in_range(o, n, "新")))
        }
        (Some(o), Some(n)) if o.bound() == Bound::Range && n.bound() != Bound::Range => {
            Some(format!("新数值{}", place_in_range(n, o, "原")))
        }
        _ => None,
    };
    let ranged = [&c.old, &c.new]
        .iter()
        .any(|q| q.as_ref().is_some_and(|q| q.bound() == Bound::Range));
    let by_midpoint = |m: String| {
        let m = if ranged {
            format!("{m}（按区间中值）")
        } else {
            m
        };
        match &placement {
            Some(p) => format!("{m}，{p}"),
            None => m,
        }
    };
    let main = match c.direction {
        Direction::Up => moved(true).map(by_midpoint),
        Direction::Down => moved(false).map(by_midpoint),
        Direction::Requalified => Some(placement.clone().unwrap_or_else(|| "数值不变".to_string())),
        Direction::Same => Some("不变".to_string()),
        Direction::Added => Some(format!("新增数字{}", fig(&c.new))),
        Direction::Removed => Some(format!("删去数字{}", fig(&c.old))),
        Direction::Incomparable => Some(format!(
            "{}：{} → {}",
            match c.mismatch {
                Some(Mismatch::Unit) => "单位不同",
                // 500万元以上技改项目 → 2000万元以上的技改项目
                Some(Mismatch::Threshold) => "统计口径不同",
                // 全年…3.3%左右 → 到2030年…3.5%以上
                Some(Mismatch::Horizon) => "目标期限不同（年度目标与中长期目标）",
                // 快检超800万批次 → 定量抽检超2.3万批次
                Some(Mismatch::Scale) => "相差五倍以上，所计可能不同",
                None => "无法比较",
            },
            fig(&c.old),
            fig(&c.new)
        )),
    };
    match (main, bounds) {
        (Some(m), Some(b)) => format!("{m}，{b}"),
        (Some(m), None) => m,
        (None, Some(b)) => b,
        (None, None) => c.summary.clone(),
    }
}

/// Where a point figure sits in a range, for [`change_zh`]: 为新区间上限, 在原区间内.
fn place_in_range(point: &Quantity, range: &Quantity, which: &str) -> String {
    const EPS: f64 = 1e-9;
    let near =
        |x: Option<f64>| matches!((point.point(), x), (Some(p), Some(x)) if (p - x).abs() < EPS);
    if near(range.low) {
        format!("为{which}区间下限")
    } else if near(range.high) {
        format!("为{which}区间上限")
    } else {
        format!("在{which}区间内")
    }
}

/// What bounds a figure, for comparing two: [`Bound`], or 力争目标 (`None`) for a point
/// figure the clause aspires to (力争…3000亿元), which is no 确数.
fn bound_kind(q: &Quantity) -> Option<Bound> {
    match (q.bound(), q.aspired()) {
        (Bound::Point, Some(_)) => None,
        (b, _) => Some(b),
    }
}

/// What bounds a figure, in Chinese, naming the figure's own qualifier: 下限（以上）, 下限（余）
/// for 50余条, 上限（不超过）, 约数（左右）; 确数, 区间, or 力争目标 ([`bound_kind`]); a bound
/// hoped for says its aspiration: 力争下限（以上）.
fn bound_word(q: &Quantity) -> String {
    let word = bound_only_word(q);
    match q.aspired() {
        Some(a) if bound_kind(q).is_some() => format!("{a}{word}"),
        _ => word,
    }
}

/// [`bound_word`] without the aspiration.
fn bound_only_word(q: &Quantity) -> String {
    let kind = match bound_kind(q) {
        None => return "力争目标".to_string(),
        Some(Bound::Point) => return "确数".to_string(),
        Some(Bound::Range) => return "区间".to_string(),
        Some(Bound::Approx) => ("约数", "左右"),
        Some(Bound::Floor) => ("下限", "以上"),
        Some(Bound::Ceiling) => ("上限", "以内"),
    };
    let word = q.qualifier.as_deref().unwrap_or(kind.1);
    format!("{}（{word}）", kind.0)
}

/// A number with at most one decimal, no trailing zero: 1, 17.8.
fn number(x: f64) -> String {
    let s = format!("{x:.1}");
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}

/// Word diff in Markdown: deletions struck through, insertions in bold.
/// "表述调整": each commitment paired with a reworded counterpart, under its new section,
/// with the word-level change (~~删~~ **增**) and, when it moved, where it stood last year.
/// The subtle shifts of a report (全方位推进 → 持续推动) are here, not in the figures. A
/// 民生实事 item that is also read as a commitment is left to its list.
fn reworded(w: &mut dyn Write, cmp: &Comparison) -> io::Result<()> {
    writeln!(w)?;
    writeln!(w, "## 表述调整")?;
    writeln!(w)?;
    let super::RewordedPairs {
        changed,
        shown: pairs,
    } = super::reworded_pairs(cmp);
    if changed == 0 {
        writeln!(w, "无")?;
        return Ok(());
    }
    match changed - pairs.len() {
        0 => writeln!(w, "共 {changed} 项。")?,
        in_lists => writeln!(w, "共 {changed} 项，其中 {in_lists} 项为民生实事，见上。")?,
    }
    by_new_section(w, &pairs, |p, old, new| {
        let change = if p.words.is_empty() {
            format!("原文：{}", md(&old.text))
        } else {
            format!("改动：{}", word_diff(&p.words))
        };
        // A run-in heading's titles (their sides cover no commitment) say so.
        let kind = if old.is_heading() && new.is_heading() {
            "（小标题）"
        } else {
            ""
        };
        let mut line = format!("- {}{kind}  \n  {change}", md(&new.text));
        if p.moved {
            line.push_str(&format!("  \n  原位于：{}", md(&old.section)));
        }
        line
    })
}

/// Paired commitments grouped under their new section's path (bold), in order, each the
/// lines `line` makes of the pair and its two sides.
fn by_new_section(
    w: &mut dyn Write,
    pairs: &[&CommitmentPair],
    line: impl Fn(&CommitmentPair, &CommitmentSide, &CommitmentSide) -> String,
) -> io::Result<()> {
    let sections: Vec<&str> = pairs
        .iter()
        .map(|p| p.new.as_ref().map_or("", |n| n.section.as_str()))
        .collect();
    for (section, members) in group_by_key(&sections, |s| *s) {
        writeln!(w)?;
        if !section.is_empty() {
            writeln!(w, "**{}**", md(section))?;
            writeln!(w)?;
        }
        for i in members {
            let p = pairs[i];
            if let (Some(old), Some(new)) = (&p.old, &p.new) {
                writeln!(w, "{}", line(p, old, new))?;
            }
        }
    }
    Ok(())
}

/// Commitments kept word for word in another place (位置移动): each under its new section,
/// with the section it left.
fn moved(w: &mut dyn Write, cmp: &Comparison) -> io::Result<()> {
    writeln!(w)?;
    writeln!(w, "## 位置移动")?;
    writeln!(w)?;
    let pairs = super::moved_unchanged(cmp);
    if pairs.is_empty() {
        writeln!(w, "无")?;
        return Ok(());
    }
    writeln!(w, "共 {} 项表述未变、位置移动。", pairs.len())?;
    by_new_section(w, &pairs, |_, old, new| {
        let kind = if new.is_heading() {
            "（小标题）"
        } else {
            ""
        };
        format!(
            "- {}{kind}  \n  原位于：{}",
            md(&new.text),
            md(&old.section)
        )
    })
}

fn word_diff(ops: &[WordOp]) -> String {
    let mut out = String::new();
    for op in ops {
        let text = md(&op.text);
        if text.trim().is_empty() {
            out.push_str(&text);
            continue;
        }
        match op.op {
            WordOpKind::Equal => out.push_str(&text),
            WordOpKind::Delete => out.push_str(&format!("~~{text}~~")),
            WordOpKind::Insert => out.push_str(&format!("**{text}**")),
        }
    }
    out
}

fn term_list(terms: &[TermCount]) -> String {
    if terms.is_empty() {
        return "无".to_string();
    }
    terms
        .iter()
        .map(|t| format!("{}（{} 次）", md(&t.term), t.count))
        .collect::<Vec<_>>()
        .join("、")
}

pub(super) fn section_status(s: SectionStatus) -> &'static str {
    match s {
        SectionStatus::Matched => "对应",
        SectionStatus::Renamed => "改名",
        SectionStatus::Split => "拆分",
        SectionStatus::Merged => "合并",
        SectionStatus::Added => "新增",
        SectionStatus::Removed => "删去",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::sample;

    fn render(cmp: &Comparison) -> String {
        let mut out = Vec::new();
        comparison(&mut out, cmp).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// The term listing stops at MAX_TERMS each way: a full one is said to be the most
    /// frequent, at least that many, never the whole count.
    #[test]
    fn a_full_term_listing_says_it_may_hold_more() {
        let s = render(&sample::comparison());
        assert!(s.contains("新出现词语 1 个、不再出现 1 个。"), "{s}");
        let mut cmp = sample::comparison();
        let many: Vec<crate::model::diff::TermCount> = (0..crate::diff::terms::MAX_TERMS)
            .map(|k| crate::model::diff::TermCount {
                term: format!("词{k}"),
                count: 2,
            })
            .collect();
        cmp.terms.added = many;
        cmp.summary.terms_added = crate::diff::terms::MAX_TERMS;
        let s = render(&cmp);
        assert!(s.contains("新出现词语至少 50 个、不再出现 1 个。"), "{s}");
        assert!(s.contains("新出现（频次最高的 50 个）："), "{s}");
        assert!(s.contains("\n不再出现："), "{s}");
    }

    #[test]
    fn has_every_part_with_escaped_text() {
        let s = render(&sample::comparison());
        for h in [
            "## 摘要",
            "## 主要预期目标",
            "## 民生实事",
            "### 上调",
            "### 下调",
            "### 口径不同",
            "### 新增数字（延续任务）",
            "### 删去数字（延续任务）",
            "## 表述调整",
            "## 位置移动",
            "## 新增任务",
            "## 删去任务",
            "## 章节对应",
        ] {
            assert!(s.contains(h), "missing {h}\n{s}");
        }
        assert!(s.contains("| 指标 | 2025年 | 2026年 | 变化 |"));
        assert!(
            s.contains("| 地区生产总值 | 5.5%左右 | 5%左右 | 降低0.5个百分点 |"),
            "{s}"
        );
        assert!(
            s.contains("| 6万人\\|以上 |"),
            "bar escaped in a cell:\n{s}"
        );
        assert!(
            s.contains("**工作安排 / 创新**\n\n- 建设\\*人工智能\\*创新中心\\[31m\n"),
            "{s}"
        );
        assert!(s.contains("&lt;div&gt;人工智能&lt;/div&gt;"));
        assert!(!s.contains("<div>") && !s.contains('\u{1b}'));
        assert!(s.contains("- 【删去】2. 新建公厕100座"));
        assert!(s.contains("新出现：人工智能+（3 次）"));
        assert!(s.contains("| 对应（位置调整） | （一）扩大内需 | （一）扩大内需 | 0.88 |"));
    }

    #[test]
    fn reworded_commitments_show_their_word_changes_and_old_place() {
        let mut cmp = sample::comparison();
        let s = render(&cmp);
        let part = &s[s.find("## 表述调整").unwrap()..s.find("## 新增任务").unwrap()];
        assert!(part.contains("共 1 项。"), "{part}");
        assert!(part.contains("**工作安排 / 就业**"), "{part}");
        assert!(
            part.contains(
                "- 新增城镇就业6万人以上  \n  改动：新增城镇就业~~5万人~~**6万人以上**\n"
            ),
            "{part}"
        );
        assert!(!part.contains("原位于"), "{part}");
        cmp.commitments[0].moved = true;
        cmp.commitments[0].old.as_mut().unwrap().section = "工作安排 / 民生".into();
        let s = render(&cmp);
        assert!(
            s.contains("**6万人以上**  \n  原位于：工作安排 / 民生\n"),
            "{s}"
        );
        cmp.commitments.retain(|c| c.status != ItemStatus::Changed);
        let s = render(&cmp);
        assert!(s.contains("## 表述调整\n\n无\n"), "{s}");
    }

    /// A commitment kept word for word in another section is listed under its new section
    /// with the one it left, and the headline counts each moved pair with the reworded or
    /// the kept, where it belongs (not all of them "among the kept").
    #[test]
    fn kept_commitments_that_moved_are_listed_and_counted_where_they_belong() {
        let mut cmp = sample::comparison();
        let s = render(&cmp);
        assert!(s.contains("## 位置移动\n\n无\n"), "{s}");
        assert!(s.contains("表述调整 1 项、未变 0 项；"), "{s}");
        sample::add_kept_move(
            &mut cmp,
            "办好*特殊*教育",
            "工作安排 / 教育",
            "工作安排 / 民生",
        );
        cmp.commitments[0].moved = true;
        cmp.summary.commitments_moved += 1;
        let s = render(&cmp);
        assert!(
            s.contains("表述调整 1 项（其中 1 项位置移动）、未变 1 项（其中 1 项位置移动）；"),
            "{s}"
        );
        let part = &s[s.find("## 位置移动").unwrap()..s.find("## 新增任务").unwrap()];
        assert!(
            part.contains(
                "共 1 项表述未变、位置移动。\n\n**工作安排 / 民生**\n\n\
                 - 办好\\*特殊\\*教育  \n  原位于：工作安排 / 教育\n"
            ),
            "{part}"
        );
        // Kept in place, it is no move.
        cmp.commitments.last_mut().unwrap().moved = false;
        cmp.summary.commitments_moved -= 1;
        let s = render(&cmp);
        assert!(s.contains("## 位置移动\n\n无\n"), "{s}");
        assert!(s.contains("未变 1 项；"), "{s}");
    }

    /// A figure a reworded task lost is listed under 删去数字（延续任务） with last year's
    /// clause, and counted in the headline; none gained says 无.
    #[test]
    fn figures_a_kept_task_lost_are_listed_and_counted() {
        let mut cmp = sample::comparison();
        let s = render(&cmp);
        assert!(s.contains("### 删去数字（延续任务）\n\n无\n"), "{s}");
        assert!(s.contains("延续任务新增数字 0 处、删去数字 0 处；"), "{s}");
        sample::add_lost_figure(&mut cmp);
        let s = render(&cmp);
        assert!(s.contains("延续任务新增数字 0 处、删去数字 1 处；"), "{s}");
        assert!(s.contains("### 新增数字（延续任务）\n\n无\n"), "{s}");
        assert!(
            s.contains(
                "### 删去数字（延续任务）\n\n| 位置 | 2025年 | 2026年 | 变化 | 原文 |\n\
                 |---|---|---|---|---|\n\
                 | 内需 | 7%左右 | — | 删去数字7%左右 | 稳住大宗消费，社会消费品零售总额增长7%左右 |\n"
            ),
            "{s}"
        );
    }

    #[test]
    fn every_table_row_has_the_header_column_count() {
        let s = render(&sample::comparison());
        let unescaped_bars = |l: &str| {
            l.match_indices('|')
                .filter(|(i, _)| *i == 0 || !l[..*i].ends_with('\\'))
                .count()
        };
        let mut expected = None;
        for line in s.lines() {
            if line.starts_with('|') {
                let n = unescaped_bars(line);
                match expected {
                    None => expected = Some(n),
                    Some(e) => assert_eq!(n, e, "{line}"),
                }
            } else {
                expected = None;
            }
        }
    }

    #[test]
    fn changes_read_in_chinese() {
        use crate::render::sample::{change, q};
        let c = change(
            q("5%以上", 5.0, "%", Some("以上")),
            q("6%", 6.0, "%", None),
            Direction::Up,
            "+1 pp",
        );
        let c = QuantityChange {
            delta: Some(1.0),
            ..c
        };
        assert_eq!(change_zh(&c), "提高1个百分点，由下限（以上）改为确数");
        // An aspiration is no 确数 (henan: 超过2300亿元 → 力争…3000亿元).
        let aspired = change(
            q("2300亿元", 2.3e11, "元", Some("超过")),
            q("3000亿元", 3e11, "元", Some("力争")),
            Direction::Up,
            "",
        );
        let aspired = QuantityChange {
            relative: Some(0.304),
            ..aspired
        };
        assert_eq!(change_zh(&aspired), "增加30.4%，由下限（超过）改为力争目标");
        assert_eq!(
            crate::render::figure_text(aspired.new.as_ref().unwrap()),
            "力争3000亿元"
        );
        // A bound hoped for (力争6%以上) made firm says so, and shows its aspiration.
        let hoped = Quantity {
            aspiration: Some("力争".into()),
            ..q("6%以上", 6.0, "%", Some("以上"))
        };
        let c = change(
            hoped.clone(),
            q("6%以上", 6.0, "%", Some("以上")),
            Direction::Requalified,
            "",
        );
        assert_eq!(
            change_zh(&c),
            "数值不变，由力争下限（以上）改为下限（以上）"
        );
        assert_eq!(crate::render::figure_text(&hoped), "力争6%以上");
        let c = change(
            q("3.6万亩", 36000.0, "亩", None),
            q("2.96万亩", 29600.0, "亩", None),
            Direction::Down,
            "",
        );
        let c = QuantityChange {
            relative: Some(-0.17777),
            ..c
        };
        assert_eq!(change_zh(&c), "减少17.8%");
        let c = change(
            q("5%左右", 5.0, "%", Some("左右")),
            q("5%", 5.0, "%", None),
            Direction::Requalified,
            "x",
        );
        assert_eq!(change_zh(&c), "数值不变，由约数（左右）改为确数");
        // guangdong 2025 → 2026: 5%左右 → 4.5%—5%; the range holds the old figure, which is
        // no "unchanged value".
        let range = Quantity {
            value: None,
            low: Some(4.5),
            high: Some(5.0),
            ..q("4.5%—5%", 0.0, "%", None)
        };
        let c = change(
            q("5%左右", 5.0, "%", Some("左右")),
            range.clone(),
            Direction::Requalified,
            "x",
        );
        assert_eq!(change_zh(&c), "原数值为新区间上限，由约数（左右）改为区间");
        // The same pair as `diff::quantity::change` reads it: down by the midpoint.
        let c = crate::diff::quantity::change(c.old.as_ref(), c.new.as_ref());
        assert_eq!(
            change_zh(&c),
            "降低0.25个百分点（按区间中值），原数值为新区间上限，由约数（左右）改为区间"
        );
        let c = change(
            range.clone(),
            q("4.5%", 4.5, "%", None),
            Direction::Requalified,
            "x",
        );
        assert_eq!(change_zh(&c), "新数值为原区间下限，由区间改为确数");
        let c = change(
            range,
            q("4.8%", 4.8, "%", None),
            Direction::Requalified,
            "x",
        );
        assert_eq!(change_zh(&c), "新数值在原区间内，由区间改为确数");
        let c = QuantityChange {
            delta: None,
            ..change(
                q("1", 1.0, "%", None),
                q("2", 2.0, "%", None),
                Direction::Up,
                "fallback",
            )
        };
        assert_eq!(change_zh(&c), "fallback");
        let incomparable = |o, n, why| QuantityChange {
            mismatch: why,
            ..change(o, n, Direction::Incomparable, "x")
        };
        let c = incomparable(
            q("600部", 600.0, "部", None),
            q("800台", 800.0, "台", None),
            Some(Mismatch::Unit),
        );
        assert_eq!(change_zh(&c), "单位不同：600部 → 800台");
        // shandong: the same unit counted above another threshold.
        let c = incomparable(
            q("1.2万个", 12000.0, "个", None),
            q("3000个", 3000.0, "个", None),
            Some(Mismatch::Threshold),
        );
        assert_eq!(change_zh(&c), "统计口径不同：1.2万个 → 3000个");
        // zhejiang: this year's target against the one for 2030.
        let c = incomparable(
            q("3.3%左右", 3.3, "%", Some("左右")),
            q("3.5%以上", 3.5, "%", Some("以上")),
            Some(Mismatch::Horizon),
        );
        assert_eq!(
            change_zh(&c),
            "目标期限不同（年度目标与中长期目标）：3.3%左右 → 3.5%以上，由约数（左右）改为下限（以上）"
        );
        // guangdong: a test counted at another scale.
        let c = incomparable(
            q("超800万批次", 8e6, "批次", None),
            q("超2.3万批次", 2.3e4, "批次", None),
            Some(Mismatch::Scale),
        );
        assert_eq!(
            change_zh(&c),
            "相差五倍以上，所计可能不同：超800万批次 → 超2.3万批次"
        );
    }

    #[test]
    fn empty_comparison_says_none() {
        let s = render(&Comparison::default());
        assert!(s.contains("无实质性变化"));
        assert!(s.matches("无\n").count() >= 6, "{s}");
    }

    #[test]
    fn unknown_year_falls_back_to_file_name() {
        let mut cmp = sample::comparison();
        cmp.old.year = None;
        assert!(render(&cmp).contains("| 指标 | old.txt | 2026年 | 变化 |"));
    }
}
