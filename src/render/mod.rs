//! Renderers: read the model, write to a given writer. Terminal tables, Markdown for
//! articles, JSON with a versioned schema. Report text is untrusted: every renderer escapes it
//! for its medium (see [`escape`]).
//!
//! This module also holds the small views both human renderers share (which quantity changes
//! to list, how to name a year), so that `term` and `markdown` tell the same story.

pub mod csv;
pub mod escape;
pub(crate) mod grid;
pub mod json;
pub mod markdown;
pub mod term;
mod wrap;

use crate::model::diff::{Comparison, Direction, ItemStatus, QuantityChange, ReportRef, TargetRow};
use crate::model::{Quantity, Report, Section, SectionKind};

/// A changed figure inside a commitment or a list item (数量变化), flattened for display.
#[derive(Debug, Clone, PartialEq)]
pub struct QuantityRow<'a> {
    /// What holds the figure: `target`, `commitment` or `list_item`.
    pub kind: &'static str,
    /// Where the figure sits: the section path of the commitment, or the list title.
    pub place: String,
    /// The clause the figure belongs to (this year's wording when both exist; last year's
    /// for a figure a kept task lost).
    pub context: &'a str,
    pub change: &'a QuantityChange,
    /// A target's two clauses (old, new), whose verb of decrease is shown with the figure
    /// ([`shown_figure`]); `None` for other rows, whose figures are shown as written.
    pub clauses: [Option<&'a str>; 2],
}

impl QuantityRow<'_> {
    /// Last year's figure as a table shows it ([`shown_figure`]), or `—`.
    pub fn old_figure(&self) -> String {
        self.change
            .old
            .as_ref()
            .map_or_else(|| "—".to_string(), |q| shown_figure(q, self.clauses[0]))
    }

    /// This year's figure as a table shows it, or `—`.
    pub fn new_figure(&self) -> String {
        self.change
            .new
            .as_ref()
            .map_or_else(|| "—".to_string(), |q| shown_figure(q, self.clauses[1]))
    }

    /// Whether the row compares two cuts ([`is_cut`]).
    pub fn cut(&self) -> bool {
        is_cut(self.change, self.clauses)
    }
}

/// Every raised, lowered or requalified figure, in model order: targets first (place
/// 主要预期目标, context the indicator), then commitments, then list items. The same figures
/// the summary counts as raised or lowered.
pub fn quantity_rows(cmp: &Comparison) -> Vec<QuantityRow<'_>> {
    let mut rows = Vec::new();
    for t in &cmp.targets {
        if let Some(change) = t.change.as_ref().filter(|c| is_moved_figure(c.direction)) {
            rows.push(QuantityRow {
                kind: "target",
                place: "主要预期目标".to_string(),
                context: &t.indicator,
                change,
                clauses: [t.old_text.as_deref(), t.new_text.as_deref()],
            });
        }
    }
    for pair in &cmp.commitments {
        let side = pair.new.as_ref().or(pair.old.as_ref());
        let place = side.map(|s| s.section.clone()).unwrap_or_default();
        let context = side.map(|s| s.text.as_str()).unwrap_or("");
        for change in pair.changes.iter().filter(|c| is_moved_figure(c.direction)) {
            rows.push(QuantityRow {
                kind: "commitment",
                place: place.clone(),
                context,
                change,
                clauses: [None, None],
            });
        }
    }
    for list in &cmp.lists {
        for item in &list.items {
            let context = item.new.as_deref().or(item.old.as_deref()).unwrap_or("");
            for change in item
                .changes
                .iter()
                .filter(|c| is_moved_figure(c.direction) && !item.restates(c, &cmp.commitments))
            {
                rows.push(QuantityRow {
                    kind: "list_item",
                    place: list.title.clone(),
                    context,
                    change,
                    clauses: [None, None],
                });
            }
        }
    }
    rows
}

/// Every figure a kept task gained or lost ([`Direction::Added`], [`Direction::Removed`]), or
/// kept in a measure that cannot be set against last year's ([`Direction::Incomparable`]:
/// another unit, threshold or horizon): of the reworded commitment pairs listed
/// ([`reworded_pairs`]), in model order. The gained and lost are what the summary counts as
/// `quantities_added` and `quantities_removed`; a lost figure's context is last year's
/// clause, which holds it. A 民生实事 item's figures are left to its list, which shows them:
/// an item is often a whole field (就业创业方面。…), its figures whole tasks.
pub fn kept_task_figure_rows(cmp: &Comparison) -> Vec<QuantityRow<'_>> {
    let listed = |d: Direction| {
        matches!(
            d,
            Direction::Added | Direction::Removed | Direction::Incomparable
        )
    };
    let mut rows = Vec::new();
    for pair in reworded_pairs(cmp).shown {
        let (Some(old), Some(new)) = (&pair.old, &pair.new) else {
            continue;
        };
        for change in pair.changes.iter().filter(|c| listed(c.direction)) {
            let side = if change.direction == Direction::Removed {
                old
            } else {
                new
            };
            rows.push(QuantityRow {
                kind: "commitment",
                place: new.section.clone(),
                context: side.text.as_str(),
                change,
                clauses: [None, None],
            });
        }
    }
    rows
}

/// Directions worth listing as a changed figure.
fn is_moved_figure(d: Direction) -> bool {
    matches!(d, Direction::Up | Direction::Down | Direction::Requalified)
}

/// A short name for one side of the comparison: `2025`, or the file name when the year is
/// unknown.
pub fn side_label(r: &ReportRef) -> String {
    match r.year {
        Some(y) => y.to_string(),
        None => r.name.clone(),
    }
}

/// The figure as written, or `—` when there is none.
pub fn figure(q: Option<&Quantity>) -> String {
    q.map_or_else(|| "—".to_string(), figure_text)
}

/// Verbs of decrease that, written just before a target's figure, make the figure a cut
/// (单位国内生产总值能耗降低3%左右), longest first.
const CUT_VERBS: &[&str] = &["降低", "下降", "减少", "压减", "削减", "降"];

/// A target's figure as its tables show it: [`figure_text`], led by the verb of decrease
/// that stands just before it in `clause` (降低3%左右). A larger cut is a larger figure:
/// without the verb, 单位国内生产总值能耗 2.5%左右 → 3%左右, 提高0.5个百分点, reads as energy
/// use per unit of output rising. An aspiration stays first (力争降低3%).
pub fn shown_figure(q: &Quantity, clause: Option<&str>) -> String {
    let figure = figure_text(q);
    let Some(verb) = cut_verb(q, clause) else {
        return figure;
    };
    match q.aspired() {
        Some(word) if !q.text.contains(word) => {
            format!(
                "{word}{verb}{}",
                figure.strip_prefix(word).unwrap_or(&figure)
            )
        }
        _ => format!("{verb}{figure}"),
    }
}

/// A work report's title as a heading names it: with its place (地区, [`crate::place`]) when
/// the page's title line leaves it out (政府工作报告 ——…在广东省第十四届人民代表大会… reads
/// 广东省政府工作报告; 2026年政府工作报告 reads 2026年云南省政府工作报告). A title that names
/// its place, another kind of report, or the national report (国务院, known by its title) is
/// left as it is.
pub fn titled(title: &str, place: Option<&str>) -> String {
    let Some(place) = place.filter(|p| *p != "国务院" && !title.contains(p)) else {
        return title.to_string();
    };
    let year_len = title
        .find('年')
        .filter(|&at| at > 0 && title[..at].bytes().all(|b| b.is_ascii_digit()))
        .map_or(0, |at| at + '年'.len_utf8());
    let (year, rest) = title.split_at(year_len);
    if rest.starts_with("政府工作报告") {
        format!("{year}{place}{rest}")
    } else {
        title.to_string()
    }
}

/// The verb of decrease standing just before `q` in `clause` (降低 in 能耗降低3%左右), if any.
fn cut_verb(q: &Quantity, clause: Option<&str>) -> Option<&'static str> {
    let before = clause.and_then(|c| c.find(&q.text).map(|at| &c[..at]))?;
    CUT_VERBS.iter().copied().find(|v| before.ends_with(v))
}

/// Whether a change compares two cuts (降低2.5%左右 → 降低3%左右), `clauses` being the old
/// and new clauses: a larger figure is then a deeper cut, and the change column says so
/// (降幅扩大0.5个百分点, "+0.5 pp (deeper cut)") rather than 提高, which reads as the
/// indicator rising.
pub fn is_cut(c: &QuantityChange, clauses: [Option<&str>; 2]) -> bool {
    match (&c.old, &c.new) {
        (Some(o), Some(n)) => {
            cut_verb(o, clauses[0]).is_some() && cut_verb(n, clauses[1]).is_some()
        }
        _ => false,
    }
}

/// Whether a target row's figure change compares two cuts ([`is_cut`] of its two clauses).
pub fn target_is_cut(row: &TargetRow) -> bool {
    row.change
        .as_ref()
        .is_some_and(|c| is_cut(c, [row.old_text.as_deref(), row.new_text.as_deref()]))
}

/// A change's English summary, saying whether a cut deepened or eased ([`is_cut`]).
pub fn summary_of(c: &QuantityChange, cut: bool) -> String {
    cut_summary(&c.summary, c.direction, cut)
}

/// An English `summary` of a move in `direction`, marked as a deeper or smaller cut when the
/// figures are cuts: `+0.5 pp (deeper cut)`. The diff's rows and trend's steps say it so.
pub fn cut_summary(summary: &str, direction: Direction, cut: bool) -> String {
    match direction {
        Direction::Up if cut => format!("{summary} (deeper cut)"),
        Direction::Down if cut => format!("{summary} (smaller cut)"),
        _ => summary.to_string(),
    }
}

/// A figure as written, with full-width digits, ％ and a decimal ． in half width: one
/// table column mixing “6％左右” and “5.5%左右” reads as a typo in an article. Quotations of
/// the report's sentences keep its characters; only figure cells are written this way. An
/// aspiration read from the clause (力争技术合同成交额3000亿元) is written before the figure:
/// 力争3000亿元 is not the promise 3000亿元 is.
pub fn figure_text(q: &Quantity) -> String {
    let figure = q.written();
    match q.aspired() {
        Some(word) if !figure.contains(word) => format!("{word}{figure}"),
        _ => figure,
    }
}

/// The change column for a paired row: the change summary when there is one, else the status.
pub fn change_text(
    status: ItemStatus,
    change: Option<&QuantityChange>,
    words: &StatusWords,
) -> String {
    match change {
        Some(c) if !c.summary.is_empty() && c.direction != Direction::Same => c.summary.clone(),
        _ => words.of(status).to_string(),
    }
}

/// The change column for a target row: like [`change_text`], but a changed row without a
/// figure change says whether only the indicator's name changed or its wording.
pub fn target_change_text(row: &TargetRow, words: &StatusWords) -> String {
    let figure_moved = row
        .change
        .as_ref()
        .is_some_and(|c| !c.summary.is_empty() && c.direction != Direction::Same);
    if row.status != ItemStatus::Changed || figure_moved {
        return change_text(row.status, row.change.as_ref(), words);
    }
    let same_figure =
        row.old.as_ref().map(figure_text) == row.new.as_ref().map(figure_text) && row.old.is_some();
    if row.old_indicator.is_some() && same_figure {
        words.renamed.to_string()
    } else {
        words.reworded.to_string()
    }
}

/// The old year's indicator name to show beside the row's name ("was …"), when it differs and
/// is not the old year's whole clause: a target with no name before its verb (全面完成节能减排
/// 降碳…) is named by that clause, which the old column already shows in full.
pub fn shown_old_indicator(row: &TargetRow) -> Option<&str> {
    let old = row.old_indicator.as_deref()?;
    let whole = row.old.is_none() && row.old_text.as_deref() == Some(old);
    (!whole).then_some(old)
}

/// The title to show as where a figure sits: the last title of the ` / `-joined path `place`
/// that is not part of the quoted clause itself. An enumeration item (二是持续实施街巷改造
/// 工作，对…25条…瓶颈路进行改造提升) is titled by its own first clause, which would only repeat
/// the quote; its section's title says where it is.
pub fn place_title<'a>(place: &'a str, context: &str) -> &'a str {
    place
        .rsplit(" / ")
        .find(|t| !t.is_empty() && !context.contains(t))
        .unwrap_or_else(|| last_title(place))
}

/// The last title of a ` / `-joined section path.
pub fn last_title(path: &str) -> &str {
    path.rsplit(" / ").next().unwrap_or(path)
}

/// Indices of `items` grouped by a key, groups in order of first appearance, items in order.
pub fn group_by_key<T, K: PartialEq>(items: &[T], key: impl Fn(&T) -> K) -> Vec<(K, Vec<usize>)> {
    let mut groups: Vec<(K, Vec<usize>)> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let k = key(item);
        match groups.iter_mut().find(|(g, _)| *g == k) {
            Some((_, members)) => members.push(i),
            None => groups.push((k, vec![i])),
        }
    }
    groups
}

/// The changed commitment pairs a renderer lists ([`reworded_pairs`]).
pub struct RewordedPairs<'c> {
    /// How many commitment pairs changed.
    pub changed: usize,
    /// Those to list: a 民生实事 item that is also read as a commitment is left to its list.
    pub shown: Vec<&'c crate::model::diff::CommitmentPair>,
}

/// The changed commitment pairs (both sides present), less those that a 民生实事 item pair
/// already shows ([`crate::model::diff::reworded_outside_lists`]), in model order.
pub fn reworded_pairs(cmp: &Comparison) -> RewordedPairs<'_> {
    let changed = cmp
        .commitments
        .iter()
        .filter(|c| c.status == ItemStatus::Changed && c.old.is_some() && c.new.is_some())
        .count();
    RewordedPairs {
        changed,
        shown: crate::model::diff::reworded_outside_lists(&cmp.commitments, &cmp.lists),
    }
}

/// The commitment pairs whose wording is unchanged but whose place is not (`moved`, both
/// sides present), in model order: what the changed rows' 原位于 / "moved from" says for
/// the reworded ones, listed for the rest.
pub fn moved_unchanged(cmp: &Comparison) -> Vec<&crate::model::diff::CommitmentPair> {
    cmp.commitments
        .iter()
        .filter(|c| c.status == ItemStatus::Unchanged && c.moved)
        .filter(|c| c.old.is_some() && c.new.is_some())
        .collect()
}

/// How a renderer names item statuses.
pub struct StatusWords {
    pub unchanged: &'static str,
    pub changed: &'static str,
    pub added: &'static str,
    pub removed: &'static str,
    /// A target whose indicator was renamed, figure as before.
    pub renamed: &'static str,
    /// A target whose wording changed, no figure moved.
    pub reworded: &'static str,
}

impl StatusWords {
    pub fn of(&self, status: ItemStatus) -> &'static str {
        match status {
            ItemStatus::Unchanged => self.unchanged,
            ItemStatus::Changed => self.changed,
            ItemStatus::Added => self.added,
            ItemStatus::Removed => self.removed,
        }
    }
}

/// A count of term changes as a reader should take it: the listing stops at
/// [`crate::diff::terms::MAX_TERMS`], so a full one says there may be more (`50+`).
pub fn term_count(n: usize) -> String {
    if n >= crate::diff::terms::MAX_TERMS {
        format!("{n}+")
    } else {
        n.to_string()
    }
}

/// How the paired sections changed, for the summary line after their count: renamed,
/// split, merged, moved, the non-zero ones in that order; empty when none did (a count of
/// paired sections alone would hide a report whose only change is a heading's wording).
/// Chinese in the Markdown style (（其中改名 2 个、位置调整 1 个）), or the terminal's
/// (（改名 2，位置调整 1）, ` (2 renamed, 1 moved)`).
pub fn section_changes(s: &crate::model::diff::Summary, style: SectionChangeStyle) -> String {
    let counts = [
        (s.sections_renamed, "改名", "renamed"),
        (s.sections_split, "拆分", "split"),
        (s.sections_merged, "合并", "merged"),
        (s.sections_moved, "位置调整", "moved"),
    ];
    let parts: Vec<String> = counts
        .iter()
        .filter(|(n, _, _)| *n > 0)
        .map(|&(n, zh, en)| match style {
            SectionChangeStyle::Markdown => format!("{zh} {n} 个"),
            SectionChangeStyle::TerminalChinese => format!("{zh} {n}"),
            SectionChangeStyle::TerminalEnglish => format!("{n} {en}"),
        })
        .collect();
    if parts.is_empty() {
        return String::new();
    }
    match style {
        SectionChangeStyle::Markdown => format!("（其中{}）", parts.join("、")),
        SectionChangeStyle::TerminalChinese => format!("（{}）", parts.join("，")),
        SectionChangeStyle::TerminalEnglish => format!(" ({})", parts.join(", ")),
    }
}

/// The wording [`section_changes`] writes in.
#[derive(Clone, Copy)]
pub enum SectionChangeStyle {
    Markdown,
    TerminalChinese,
    TerminalEnglish,
}

/// Cut text to at most `max` characters, adding `…` when cut (never splits a character).
pub fn truncate_chars(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

#[cfg(test)]
pub(crate) mod sample {
    //! A hand-built comparison covering every field, for renderer tests.
    use crate::model::diff::*;
    use crate::model::Quantity;

    pub fn q(text: &str, value: f64, unit: &str, qualifier: Option<&str>) -> Quantity {
        Quantity {
            text: text.into(),
            value: Some(value),
            unit: Some(unit.into()),
            qualifier: qualifier.map(Into::into),
            ..Default::default()
        }
    }

    pub fn change(
        old: Quantity,
        new: Quantity,
        direction: Direction,
        summary: &str,
    ) -> QuantityChange {
        QuantityChange {
            old: Some(old),
            new: Some(new),
            direction,
            delta: None,
            relative: None,
            summary: summary.into(),
            mismatch: None,
        }
    }

    fn side(text: &str, section: &str) -> CommitmentSide {
        CommitmentSide {
            text: text.into(),
            section: section.into(),
            quantities: vec![],
            covers: 1,
        }
    }

    /// A commitment kept word for word that left section `from` for `to`, counted in the
    /// summary as the diff stage would (unchanged and moved).
    pub fn add_kept_move(cmp: &mut Comparison, text: &str, from: &str, to: &str) {
        cmp.commitments.push(CommitmentPair {
            status: ItemStatus::Unchanged,
            moved: true,
            score: 1.0,
            old: Some(side(text, from)),
            new: Some(side(text, to)),
            changes: vec![],
            words: vec![],
        });
        cmp.summary.commitments_unchanged += 1;
        cmp.summary.commitments_moved += 1;
    }

    /// A reworded task that lost its figure (社会消费品零售总额增长7%左右 gone), counted in the
    /// summary as the diff stage would.
    pub fn add_lost_figure(cmp: &mut Comparison) {
        let lost = change(
            q("7%左右", 7.0, "%", Some("左右")),
            Quantity::default(),
            Direction::Removed,
            "figure 7%左右 dropped",
        );
        let lost = QuantityChange { new: None, ..lost };
        cmp.commitments.push(CommitmentPair {
            status: ItemStatus::Changed,
            moved: false,
            score: 0.6,
            old: Some(side(
                "稳住大宗消费，社会消费品零售总额增长7%左右",
                "工作安排 / 内需",
            )),
            new: Some(side("着力稳定大宗消费", "工作安排 / 内需")),
            changes: vec![lost],
            words: vec![],
        });
        cmp.summary.commitments_changed += 1;
        cmp.summary.quantities_removed += 1;
    }

    pub fn comparison() -> Comparison {
        let gdp = change(
            q("5.5%左右", 5.5, "%", Some("左右")),
            q("5%左右", 5.0, "%", Some("左右")),
            Direction::Down,
            "−0.5 pp",
        );
        let gdp = QuantityChange {
            delta: Some(-0.5),
            ..gdp
        };
        let jobs = change(
            q("5万人", 50000.0, "人", None),
            q("6万人|以上", 60000.0, "人", Some("以上")),
            Direction::Up,
            "+20%, point → floor",
        );
        Comparison {
            schema_version: 1,
            old: ReportRef {
                name: "old.txt".into(),
                year: Some(2025),
                document: "政府工作报告".into(),
                place: None,
            },
            new: ReportRef {
                name: "new.txt".into(),
                year: Some(2026),
                document: "政府工作报告".into(),
                place: None,
            },
            summary: Summary {
                sections_matched: 1,
                sections_added: 1,
                sections_moved: 1,
                commitments_changed: 1,
                commitments_added: 1,
                commitments_removed: 1,
                targets_changed: 2,
                quantities_raised: 2,
                quantities_lowered: 1,
                terms_added: 1,
                terms_removed: 1,
                ..Default::default()
            },
            sections: vec![
                SectionPair {
                    status: SectionStatus::Matched,
                    old: Some(SectionRef {
                        title: "（一）扩大内需".into(),
                        path: "工作安排 / 扩大内需".into(),
                        id: 3,
                    }),
                    new: Some(SectionRef {
                        title: "（一）扩大内需".into(),
                        path: "工作安排 / 扩大内需".into(),
                        id: 4,
                    }),
                    score: 0.875,
                    moved: true,
                },
                SectionPair {
                    status: SectionStatus::Added,
                    old: None,
                    new: Some(SectionRef {
                        title: "（九）<div>人工智能</div>".into(),
                        path: "工作安排".into(),
                        id: 9,
                    }),
                    score: 0.0,
                    moved: false,
                },
            ],
            commitments: vec![
                CommitmentPair {
                    status: ItemStatus::Changed,
                    moved: false,
                    score: 0.8,
                    old: Some(side("新增城镇就业5万人", "工作安排 / 就业")),
                    new: Some(side("新增城镇就业6万人以上", "工作安排 / 就业")),
                    changes: vec![jobs],
                    words: vec![
                        WordOp {
                            op: WordOpKind::Equal,
                            text: "新增城镇就业".into(),
                        },
                        WordOp {
                            op: WordOpKind::Delete,
                            text: "5万人".into(),
                        },
                        WordOp {
                            op: WordOpKind::Insert,
                            text: "6万人以上".into(),
                        },
                    ],
                },
                CommitmentPair {
                    status: ItemStatus::Added,
                    moved: false,
                    score: 0.0,
                    old: None,
                    new: Some(side("建设*人工智能*创新中心\u{1b}[31m", "工作安排 / 创新")),
                    changes: vec![],
                    words: vec![],
                },
                CommitmentPair {
                    status: ItemStatus::Removed,
                    moved: false,
                    score: 0.0,
                    old: Some(side("完成旧城改造|二期", "工作安排 / 城建")),
                    new: None,
                    changes: vec![],
                    words: vec![],
                },
            ],
            targets: vec![
                TargetRow {
                    indicator: "地区生产总值".into(),
                    old_indicator: None,
                    old_text: Some("地区生产总值增长5.5%左右".into()),
                    new_text: Some("地区生产总值增长5%左右".into()),
                    old: gdp.old.clone(),
                    new: gdp.new.clone(),
                    status: ItemStatus::Changed,
                    change: Some(gdp),
                },
                TargetRow {
                    indicator: "城镇新增就业".into(),
                    old_indicator: Some("新增城镇就业".into()),
                    old_text: None,
                    new_text: None,
                    old: Some(q("5万人", 50000.0, "人", None)),
                    new: Some(q("5.5万人", 55000.0, "人", None)),
                    status: ItemStatus::Changed,
                    change: Some(change(
                        q("5万人", 50000.0, "人", None),
                        q("5.5万人", 55000.0, "人", None),
                        Direction::Up,
                        "+10%",
                    )),
                },
                TargetRow {
                    indicator: "居民收入".into(),
                    old_indicator: None,
                    old_text: Some("居民收入增长与经济增长同步".into()),
                    new_text: None,
                    old: None,
                    new: None,
                    status: ItemStatus::Removed,
                    change: None,
                },
            ],
            lists: vec![ListDiff {
                title: "办好十件民生实事".into(),
                items: vec![
                    ListItemPair {
                        status: ItemStatus::Unchanged,
                        score: 1.0,
                        old: Some("改造老旧小区".into()),
                        new: Some("改造老旧小区".into()),
                        old_label: Some("1.".into()),
                        new_label: Some("1.".into()),
                        changes: vec![],
                        words: vec![],
                    },
                    ListItemPair {
                        status: ItemStatus::Removed,
                        score: 0.0,
                        old: Some("新建公厕100座".into()),
                        new: None,
                        old_label: Some("2.".into()),
                        new_label: None,
                        changes: vec![],
                        words: vec![],
                    },
                ],
            }],
            terms: TermChanges {
                added: vec![TermCount {
                    term: "人工智能+".into(),
                    count: 3,
                }],
                removed: vec![TermCount {
                    term: "十四五".into(),
                    count: 2,
                }],
            },
            substantive: true,
            warnings: vec![],
        }
    }
}

/// Enumeration children (一是…二是…) beyond this many are shown as one count line.
pub const MAX_ENUMS_SHOWN: usize = 3;

/// One line of a report's outline as `parse` shows it.
pub enum OutlineLine<'a> {
    /// A section, `indent` levels in.
    Section { indent: usize, section: &'a Section },
    /// The enumeration items of a section when more than [`MAX_ENUMS_SHOWN`]: the first's and
    /// the last's labels and how many.
    Enums {
        indent: usize,
        first: &'a str,
        last: &'a str,
        count: usize,
    },
}

/// The outline of `report` as an indented tree in document order, enumeration items
/// collapsed when there are many. An iterative walk (outlines come from untrusted input), a
/// section shown once even if its parent links loop.
pub fn outline_lines(report: &Report) -> Vec<OutlineLine<'_>> {
    let outline = &report.outline;
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); outline.len()];
    let mut roots = Vec::new();
    for s in outline {
        match s.parent.filter(|&p| p < outline.len() && p != s.id) {
            Some(p) if s.id < outline.len() => children[p].push(s.id),
            _ => roots.push(s.id),
        }
    }
    let mut out = Vec::new();
    let mut stack: Vec<(usize, usize)> = roots.into_iter().rev().map(|id| (id, 0)).collect();
    let mut seen = vec![false; outline.len()];
    while let Some((id, indent)) = stack.pop() {
        if seen.get(id).copied().unwrap_or(true) {
            continue;
        }
        seen[id] = true;
        let Some(section) = outline.get(id) else {
            continue;
        };
        out.push(OutlineLine::Section { indent, section });
        let kids = &children[id];
        let enums: Vec<usize> = kids
            .iter()
            .copied()
            .filter(|&k| outline[k].kind == SectionKind::Enum)
            .collect();
        let collapse = enums.len() > MAX_ENUMS_SHOWN;
        if collapse {
            out.push(OutlineLine::Enums {
                indent: indent + 1,
                first: &outline[enums[0]].label,
                last: &outline[enums[enums.len() - 1]].label,
                count: enums.len(),
            });
        }
        for &k in kids.iter().rev() {
            if collapse && outline[k].kind == SectionKind::Enum {
                continue;
            }
            stack.push((k, indent + 1));
        }
    }
    out
}

/// How many commitments and quantities of a report lie inside each section (and below it),
/// asked section by section: the spans are sorted once, so each question looks only at the
/// spans that start inside the section (not at every span of the report for every section,
/// which a report of many thousand sections would pay for squared).
pub struct SectionCounts {
    commitments: Vec<crate::model::Span>,
    quantities: Vec<crate::model::Span>,
}

impl SectionCounts {
    pub fn new(report: &Report) -> SectionCounts {
        let sorted = |mut v: Vec<crate::model::Span>| {
            v.sort_unstable_by_key(|s| (s.start, s.end));
            v
        };
        SectionCounts {
            commitments: sorted(report.commitments.iter().map(|c| c.span).collect()),
            quantities: sorted(report.quantities.iter().map(|q| q.span).collect()),
        }
    }

    /// The commitments and quantities inside section `s`.
    pub fn of(&self, s: &Section) -> (usize, usize) {
        let inside = |spans: &[crate::model::Span]| {
            let from = spans.partition_point(|x| x.start < s.span.start);
            spans[from..]
                .iter()
                .take_while(|x| x.start <= s.span.end)
                .filter(|x| s.span.contains(**x))
                .count()
        };
        (inside(&self.commitments), inside(&self.quantities))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The summary names how the paired sections changed, in each style, and nothing when
    /// none did.
    #[test]
    fn section_changes_are_named() {
        use crate::model::diff::Summary;
        use SectionChangeStyle::{Markdown, TerminalChinese, TerminalEnglish};
        let renamed_moved = Summary {
            sections_matched: 9,
            sections_renamed: 2,
            sections_moved: 1,
            ..Default::default()
        };
        let split_merged = Summary {
            sections_split: 2,
            sections_merged: 3,
            ..Default::default()
        };
        let cases = [
            (&renamed_moved, Markdown, "（其中改名 2 个、位置调整 1 个）"),
            (&renamed_moved, TerminalChinese, "（改名 2，位置调整 1）"),
            (&renamed_moved, TerminalEnglish, " (2 renamed, 1 moved)"),
            (&split_merged, TerminalEnglish, " (2 split, 3 merged)"),
            (&Summary::default(), Markdown, ""),
        ];
        for (summary, style, want) in cases {
            assert_eq!(section_changes(summary, style), want);
        }
    }

    #[test]
    fn figures_are_shown_in_half_width() {
        let q = |text: &str| Quantity {
            text: text.into(),
            ..sample::q("x", 1.0, "%", None)
        };
        assert_eq!(figure_text(&q("６．５％左右")), "6.5%左右");
        assert_eq!(figure(Some(&q("4.5%—5%"))), "4.5%—5%");
        assert_eq!(figure(None), "—");
    }

    /// A target's cut is shown as one (national 2024 → 2025: 单位国内生产总值能耗降低2.5%左右
    /// → 降低3%左右, 提高0.5个百分点 is a larger cut); a rise, a level or a figure whose verb
    /// stands elsewhere is shown as written; an aspiration stays first.
    #[test]
    fn a_targets_cut_is_shown_with_its_verb() {
        let shown = |clause: &str| {
            let q = crate::extract::find_quantities(clause).remove(0);
            shown_figure(&q, Some(clause))
        };
        assert_eq!(shown("单位国内生产总值能耗降低3%左右"), "降低3%左右");
        assert_eq!(shown("单位地区生产总值能耗下降2%左右"), "下降2%左右");
        assert_eq!(shown("居民消费价格涨幅2%左右"), "2%左右");
        assert_eq!(shown("城镇调查失业率5.5%左右"), "5.5%左右");
        assert_eq!(shown("降低能耗，地区生产总值增长5%"), "5%");
        assert_eq!(shown("单位地区生产总值能耗力争降低3%"), "力争降低3%");
        let q = crate::extract::find_quantities("能耗降低3%左右").remove(0);
        assert_eq!(shown_figure(&q, None), "3%左右");
    }

    /// A change between two cuts says whether the cut deepened or eased (national 2024 →
    /// 2025's energy target read 提高0.5个百分点, as if energy use per unit of output rose);
    /// a cut compared with a level is left as it was.
    #[test]
    fn a_change_between_cuts_says_the_cut_deepened_or_eased() {
        let q = |clause: &str| crate::extract::find_quantities(clause).remove(0);
        let change =
            |old: &str, new: &str| crate::diff::quantity::change(Some(&q(old)), Some(&q(new)));
        let (old, new) = (
            "单位国内生产总值能耗降低2.5%左右",
            "单位国内生产总值能耗降低3%左右",
        );
        let deeper = change(old, new);
        assert!(is_cut(&deeper, [Some(old), Some(new)]));
        assert_eq!(markdown::change_zh_as(&deeper, true), "降幅扩大0.5个百分点");
        assert_eq!(markdown::change_zh(&deeper), "提高0.5个百分点");
        assert_eq!(summary_of(&deeper, true), "+0.5 pp (deeper cut)");
        let eased = change(new, old);
        assert_eq!(markdown::change_zh_as(&eased, true), "降幅收窄0.5个百分点");
        assert_eq!(summary_of(&eased, true), "−0.5 pp (smaller cut)");
        let (old, new) = ("粗钢产量压减500万吨", "粗钢产量压减600万吨");
        let amount = change(old, new);
        assert!(is_cut(&amount, [Some(old), Some(new)]));
        assert_eq!(markdown::change_zh_as(&amount, true), "削减量增加20%");
        let level = "城镇调查失业率3%左右";
        let mixed = change(old, level);
        assert!(!is_cut(
            &deeper,
            [Some("单位国内生产总值能耗降低2.5%左右"), Some(level)]
        ));
        assert!(!is_cut(&mixed, [Some(old), Some(level)]));
        assert!(!is_cut(&deeper, [None, None]));
    }

    /// A work report's heading names its place when the title line leaves it out;
    /// a title that names one, another kind of report and the national report stay.
    #[test]
    fn a_work_reports_title_takes_its_place() {
        assert_eq!(titled("政府工作报告", Some("广东省")), "广东省政府工作报告");
        assert_eq!(
            titled("2026年政府工作报告", Some("云南省")),
            "2026年云南省政府工作报告"
        );
        assert_eq!(
            titled("政府工作报告（摘要）", Some("海南省")),
            "海南省政府工作报告（摘要）"
        );
        assert_eq!(titled("政府工作报告", Some("国务院")), "政府工作报告");
        assert_eq!(titled("政府工作报告", None), "政府工作报告");
        assert_eq!(
            titled("2026年河南省政府工作报告", Some("河南省")),
            "2026年河南省政府工作报告"
        );
        assert_eq!(
            titled(
                "关于太原市2024年国民经济和社会发展计划执行情况的报告",
                Some("太原市")
            ),
            "关于太原市2024年国民经济和社会发展计划执行情况的报告"
        );
        assert_eq!(
            titled("2025年国民经济和社会发展计划的报告", Some("太原市")),
            "2025年国民经济和社会发展计划的报告"
        );
    }

    #[test]
    fn quantity_rows_lists_commitment_changes() {
        let cmp = sample::comparison();
        let rows = quantity_rows(&cmp);
        let raised = rows
            .iter()
            .filter(|r| r.change.direction == Direction::Up)
            .count();
        let lowered = rows
            .iter()
            .filter(|r| r.change.direction == Direction::Down)
            .count();
        assert_eq!((raised, lowered), (2, 1));
        assert_eq!(
            (rows[0].place.as_str(), rows[0].context),
            ("主要预期目标", "地区生产总值")
        );
        assert_eq!(rows[2].place, "工作安排 / 就业");
        assert_eq!(rows[2].change.direction, Direction::Up);
    }

    #[test]
    fn target_change_names_renames_and_rewordings() {
        let words = StatusWords {
            unchanged: "u",
            changed: "c",
            added: "a",
            removed: "r",
            renamed: "renamed",
            reworded: "reworded",
        };
        let cmp = sample::comparison();
        assert_eq!(target_change_text(&cmp.targets[0], &words), "−0.5 pp");
        let mut row = cmp.targets[1].clone();
        row.change = None;
        row.new = row.old.clone();
        assert_eq!(target_change_text(&row, &words), "renamed");
        row.old_indicator = None;
        assert_eq!(target_change_text(&row, &words), "reworded");
        assert_eq!(shown_old_indicator(&row), None);
        // A renamed indicator is shown beside the new name; an old whole clause is not (the
        // old column shows it).
        let mut row = cmp.targets[1].clone();
        row.old_indicator = Some("新增城镇就业".into());
        assert_eq!(shown_old_indicator(&row), Some("新增城镇就业"));
        let clause = "全面完成节能减排降碳和环境质量改善约束性指标";
        row.old_indicator = Some(clause.into());
        row.old_text = Some(clause.into());
        row.old = None;
        assert_eq!(shown_old_indicator(&row), None);
        assert_eq!(target_change_text(&cmp.targets[2], &words), "r");
    }

    #[test]
    fn grouping_keeps_first_appearance_order() {
        let g = group_by_key(&["b1", "a1", "b2"], |s| &s[..1]);
        assert_eq!(g, vec![("b", vec![0, 2]), ("a", vec![1])]);
        assert_eq!(last_title("一 / 二 / 三"), "三");
        let item = "二是持续实施街巷改造工作，对25条瓶颈路进行改造提升；";
        assert_eq!(
            place_title("工作安排 / 多办实事 / 持续实施街巷改造工作", item),
            "多办实事"
        );
        assert_eq!(place_title("工作安排 / 多办实事", item), "多办实事");
        assert_eq!(
            place_title("持续实施街巷改造工作", item),
            "持续实施街巷改造工作"
        );
    }

    #[test]
    fn truncation_respects_characters() {
        assert_eq!(truncate_chars("一二三四五", 3), "一二…");
        assert_eq!(truncate_chars("一二三", 3), "一二三");
    }
}
