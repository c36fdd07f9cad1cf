//! The comparison of two reports: where computation ends and display begins.
//!
//! `diff::compare` fills a [`Comparison`]; every renderer reads only this type. Serialized
//! as-is by `--format json` (documented in `docs/schema.md`).

use serde::{Deserialize, Serialize};

use super::Quantity;

/// Which report a comparison side came from.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
pub struct ReportRef {
    /// File name (no directories).
    pub name: String,
    pub year: Option<i32>,
    /// Title of the selected document.
    pub document: String,
    /// The place the report is of (地区: 广东省, 太原市; 国务院 for the national report), from
    /// its dateline or its title; absent when neither names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
}

/// How a section of one year relates to the other year (章节对应).
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum SectionStatus {
    /// Same section, same title (after folding).
    Matched,
    /// Same content, new title.
    Renamed,
    /// One old section whose content went to several new ones (this is one of the pairs).
    Split,
    /// Several old sections whose content went to one new one (this is one of the pairs).
    Merged,
    /// Only in the new report.
    Added,
    /// Only in the old report.
    Removed,
}

/// A section as shown in a pairing.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct SectionRef {
    /// Label and title as written, e.g. `(三) 大力提升消费能力、意愿、层级`.
    pub title: String,
    /// Titles from the top part down, joined with ` / `.
    pub path: String,
    /// Index of the section in its report's outline.
    pub id: usize,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct SectionPair {
    pub status: SectionStatus,
    pub old: Option<SectionRef>,
    pub new: Option<SectionRef>,
    /// Similarity in [0, 1]; 0 for added/removed.
    pub score: f64,
    /// A matched or renamed part or area that changed its place among its siblings (位置调整):
    /// 扩大内需 third of the areas one year, first the next. The fewest such sections that
    /// explain the new order (those outside the longest run kept in order).
    #[serde(default)]
    pub moved: bool,
}

/// Status of a paired item: commitment, list item, target.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum ItemStatus {
    Unchanged,
    Changed,
    Added,
    Removed,
}

/// Which way a figure moved (变化方向).
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// The figure went up.
    Up,
    /// The figure went down.
    Down,
    /// Same number; the qualifier, range or unit changed.
    Requalified,
    /// Nothing changed.
    Same,
    /// A figure appeared where there was none.
    Added,
    /// A figure disappeared.
    Removed,
    /// Not comparable: see [`Mismatch`].
    Incomparable,
}

/// Why two paired figures cannot be compared (口径不可比).
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Mismatch {
    /// Different units (600部 → 800台).
    Unit,
    /// The same unit counted above another threshold (500万元以上技改项目 → 2000万元以上的).
    Threshold,
    /// A year's target against a five-year one (全年研发投入强度3.3%左右 → 到2030年3.5%以上).
    Horizon,
    /// Figures of one task five times apart or more, which count another thing far more
    /// often than a target moved that far (食用农产品快检超800万批次 → 农产品定量抽检超2.3万批次).
    Scale,
}

/// A change between two quantities (数量变化).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct QuantityChange {
    pub old: Option<Quantity>,
    pub new: Option<Quantity>,
    pub direction: Direction,
    /// new − old in the unit; for percentages this is percentage points.
    pub delta: Option<f64>,
    /// (new − old) / old, when meaningful (not for percentages).
    pub relative: Option<f64>,
    /// A human summary: `+1 pp, floor → point`, `−17.8%`, `point → range`.
    pub summary: String,
    /// Why the figures are [`Direction::Incomparable`]; absent for every other direction (and
    /// for two figures of one unit that have no number to compare).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mismatch: Option<Mismatch>,
}

/// One side of a commitment pair.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct CommitmentSide {
    /// The clause as in the source.
    pub text: String,
    /// Section path joined with ` / `.
    pub section: String,
    pub quantities: Vec<Quantity>,
    /// How many of the report's commitments this side stands for: 1 (then not written),
    /// more for the pieces of one sentence read as one clause (`diff::fragments`), 0 for a
    /// heading's title (standing for a clause of the other report, or a run-in heading
    /// reworded, new or dropped).
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub covers: usize,
}

impl CommitmentSide {
    /// Whether this side is a heading's title, not a commitment (`covers` 0).
    pub fn is_heading(&self) -> bool {
        self.covers == 0
    }
}

fn one() -> usize {
    1
}

fn is_one(n: &usize) -> bool {
    *n == 1
}

/// A word-level edit (词级差异).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct WordOp {
    pub op: WordOpKind,
    pub text: String,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum WordOpKind {
    Equal,
    Delete,
    Insert,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct CommitmentPair {
    pub status: ItemStatus,
    /// The pair sits in sections that were not aligned with each other.
    pub moved: bool,
    /// Similarity in [0, 1] with numbers masked; 0 for added/removed.
    pub score: f64,
    pub old: Option<CommitmentSide>,
    pub new: Option<CommitmentSide>,
    pub changes: Vec<QuantityChange>,
    /// Word diff old → new; empty when unchanged, added or removed.
    pub words: Vec<WordOp>,
}

/// One indicator of the 主要预期目标 across the two years.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct TargetRow {
    /// The indicator name (the new year's wording when both exist).
    pub indicator: String,
    /// Old wording when it differs (国内生产总值 → 经济增长).
    pub old_indicator: Option<String>,
    /// Full clause of each year, for qualitative targets.
    pub old_text: Option<String>,
    pub new_text: Option<String>,
    pub old: Option<Quantity>,
    pub new: Option<Quantity>,
    pub status: ItemStatus,
    pub change: Option<QuantityChange>,
}

/// One item of a numbered list (民生实事) across the two years.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct ListItemPair {
    /// kept (unchanged), changed, new (added), dropped (removed).
    pub status: ItemStatus,
    pub score: f64,
    pub old: Option<String>,
    pub new: Option<String>,
    pub old_label: Option<String>,
    pub new_label: Option<String>,
    pub changes: Vec<QuantityChange>,
    pub words: Vec<WordOp>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct ListDiff {
    pub title: String,
    pub items: Vec<ListItemPair>,
}

impl ListItemPair {
    /// Whether this item's `change` restates one a commitment already shows: a 民生实事 item
    /// that is also read as a commitment (二是持续实施街巷改造工作…25条) carries the same figure
    /// change twice. The same figures and direction, and one clause holding the other,
    /// compared after folding; counted and listed once, as the commitment's.
    pub fn restates(&self, change: &QuantityChange, commitments: &[CommitmentPair]) -> bool {
        let text = |q: &Option<Quantity>| q.as_ref().map(|q| q.text.clone());
        let item = crate::text::fold(self.new.as_deref().or(self.old.as_deref()).unwrap_or(""));
        commitments.iter().any(|c| {
            let Some(side) = c.new.as_ref().or(c.old.as_ref()) else {
                return false;
            };
            c.changes.iter().any(|d| {
                d.direction == change.direction
                    && text(&d.old) == text(&change.old)
                    && text(&d.new) == text(&change.new)
            }) && one_holds_the_other(&item, &crate::text::fold(&side.text))
        })
    }
}

impl ListItemPair {
    /// Whether commitment pair `c` is this item read again as a commitment (二是持续实施街巷
    /// 改造工作… is both a 民生实事 item and a commitment): each side's clause, folded, holds or
    /// is held by the item's text on that side. A list shows the item's change already.
    /// (The renderers ask this of many pairs: they fold each item once, [`FoldedItem::holds`].)
    pub fn is_read_as(&self, c: &CommitmentPair) -> bool {
        let item = |t: &Option<String>| t.as_deref().map(crate::text::fold);
        let clause =
            |side: &Option<CommitmentSide>| side.as_ref().map(|s| crate::text::fold(&s.text));
        FoldedItem {
            old: item(&self.old),
            new: item(&self.new),
        }
        .holds(clause(&c.old).as_deref(), clause(&c.new).as_deref())
    }
}

/// A list item's two texts folded once, for asking [`ListItemPair::is_read_as`] of many
/// commitment pairs.
pub struct FoldedItem {
    pub old: Option<String>,
    pub new: Option<String>,
}

impl FoldedItem {
    /// Whether the two folded clauses of a commitment pair are this item on each side: each
    /// holds or is held by the item's text (a clause's closing mark aside).
    pub fn holds(&self, old_clause: Option<&str>, new_clause: Option<&str>) -> bool {
        let same = |item: &Option<String>, clause: Option<&str>| match (item, clause) {
            (Some(item), Some(clause)) => one_holds_the_other(item, clause),
            _ => false,
        };
        same(&self.new, new_clause) && same(&self.old, old_clause)
    }
}

/// The changed commitment pairs (both sides present) that no 民生实事 item pair of `lists`
/// already shows ([`FoldedItem::holds`]), in model order: the reworded tasks a renderer lists
/// and whose gained or lost figures the summary counts. Each list item and each clause is
/// folded once.
pub fn reworded_outside_lists<'c>(
    commitments: &'c [CommitmentPair],
    lists: &[ListDiff],
) -> Vec<&'c CommitmentPair> {
    // Only items with both sides can be a changed pair read again.
    let items: Vec<FoldedItem> = lists
        .iter()
        .flat_map(|l| &l.items)
        .filter_map(|i| {
            Some(FoldedItem {
                old: Some(crate::text::fold(i.old.as_deref()?)),
                new: Some(crate::text::fold(i.new.as_deref()?)),
            })
        })
        .collect();
    commitments
        .iter()
        .filter(|c| c.status == ItemStatus::Changed && c.old.is_some() && c.new.is_some())
        .filter(|c| {
            let fold = |s: &Option<CommitmentSide>| s.as_ref().map(|s| crate::text::fold(&s.text));
            let (old, new) = (fold(&c.old), fold(&c.new));
            !items
                .iter()
                .any(|item| item.holds(old.as_deref(), new.as_deref()))
        })
        .collect()
}

/// Whether a folded list item and a folded clause are one text read twice: the clause (its
/// closing mark aside) holds or is held by the item. The longer is searched for the shorter.
fn one_holds_the_other(item: &str, clause: &str) -> bool {
    let clause = clause.trim_end_matches(['。', '；', ';', '.']);
    !clause.is_empty()
        && if item.len() >= clause.len() {
            item.contains(clause)
        } else {
            clause.contains(item)
        }
}

impl ListDiff {
    /// How many items have `status` (kept, changed, new, dropped): the list's summary line.
    pub fn count(&self, status: ItemStatus) -> usize {
        self.items.iter().filter(|i| i.status == status).count()
    }
}

/// A term (术语) with how often it occurs.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct TermCount {
    pub term: String,
    pub count: usize,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
pub struct TermChanges {
    /// New this year, most frequent first.
    pub added: Vec<TermCount>,
    /// No longer used, most frequent first.
    pub removed: Vec<TermCount>,
}

/// Counts for the headline (摘要).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
pub struct Summary {
    pub sections_matched: usize,
    pub sections_added: usize,
    pub sections_removed: usize,
    /// Paired sections that changed their place among their siblings ([`SectionPair::moved`]).
    #[serde(default)]
    pub sections_moved: usize,
    /// Paired sections whose title changed ([`SectionStatus::Renamed`]).
    #[serde(default)]
    pub sections_renamed: usize,
    /// Rows pairing a section split in the new report ([`SectionStatus::Split`]).
    #[serde(default)]
    pub sections_split: usize,
    /// Rows pairing sections merged in the new report ([`SectionStatus::Merged`]).
    #[serde(default)]
    pub sections_merged: usize,
    pub commitments_unchanged: usize,
    pub commitments_changed: usize,
    pub commitments_added: usize,
    pub commitments_removed: usize,
    pub commitments_moved: usize,
    pub targets_changed: usize,
    pub quantities_raised: usize,
    pub quantities_lowered: usize,
    /// Figures a kept task gained: in a reworded commitment pair, a figure the old side did
    /// not have (a 民生实事 item's are shown in its list, not counted here).
    #[serde(default)]
    pub quantities_added: usize,
    /// Figures a kept task lost: the same, the other way (社会消费品零售总额增长7%左右 gone
    /// from a reworded consumption task).
    #[serde(default)]
    pub quantities_removed: usize,
    /// Figures a kept task measures in a way that cannot be set against last year's (another
    /// unit, threshold or horizon): the `incomparable` changes of the same pairs, the rows the
    /// Markdown lists under 口径不同.
    #[serde(default)]
    pub quantities_incomparable: usize,
    pub terms_added: usize,
    pub terms_removed: usize,
}

/// Everything `govdiff diff` found. `substantive` decides the exit code.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
pub struct Comparison {
    pub schema_version: u32,
    pub old: ReportRef,
    pub new: ReportRef,
    pub summary: Summary,
    pub sections: Vec<SectionPair>,
    pub commitments: Vec<CommitmentPair>,
    pub targets: Vec<TargetRow>,
    pub lists: Vec<ListDiff>,
    pub terms: TermChanges,
    /// True when anything changed beyond width/punctuation folding.
    pub substantive: bool,
    /// What is odd about either report or the pair ([`super::Warning`]); absent from the JSON
    /// when nothing is.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<super::Warning>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(text: &str) -> Option<Quantity> {
        Some(Quantity {
            text: text.into(),
            ..Default::default()
        })
    }

    fn down(old: &str, new: &str) -> QuantityChange {
        QuantityChange {
            old: q(old),
            new: q(new),
            direction: Direction::Down,
            delta: None,
            relative: None,
            summary: String::new(),
            mismatch: None,
        }
    }

    fn commitment(text: &str, change: QuantityChange) -> CommitmentPair {
        let side = CommitmentSide {
            text: text.into(),
            section: String::new(),
            quantities: Vec::new(),
            covers: 1,
        };
        CommitmentPair {
            status: ItemStatus::Changed,
            moved: false,
            score: 1.0,
            old: Some(side.clone()),
            new: Some(side),
            changes: vec![change],
            words: Vec::new(),
        }
    }

    #[test]
    fn a_list_item_restates_the_commitment_it_holds() {
        // taiyuan 2026: the 民生实事 item is also read as a commitment, with the same change.
        let item = ListItemPair {
            status: ItemStatus::Changed,
            score: 0.8,
            old: None,
            new: Some("二是持续实施街巷改造工作,对南屯北街、新村路等25条市民反映强烈的瓶颈路进行改造提升。".into()),
            old_label: None,
            new_label: None,
            changes: vec![down("50余条", "25条")],
            words: Vec::new(),
        };
        let same = commitment(
            "持续实施街巷改造工作,对南屯北街、新村路等25条市民反映强烈的瓶颈路进行改造提升",
            down("50余条", "25条"),
        );
        assert!(item.restates(&item.changes[0], &[same]));
        // Same figures in another clause (绿道 and 架空线 both 130 → 100公里) are two changes.
        let other = commitment("完成100公里架空线入地和杆箱整治", down("50余条", "25条"));
        assert!(!item.restates(&item.changes[0], &[other]));
        let other_figures = commitment(
            "持续实施街巷改造工作,对南屯北街、新村路等25条市民反映强烈的瓶颈路进行改造提升",
            down("60条", "25条"),
        );
        assert!(!item.restates(&item.changes[0], &[other_figures]));
    }

    #[test]
    fn a_commitment_pair_inside_a_list_item_pair_is_that_item_read_again() {
        let item = ListItemPair {
            status: ItemStatus::Changed,
            score: 0.8,
            old: Some("二、实施坞城中路等50余条市民反映强烈的街巷改造工程；".into()),
            new: Some("二是持续实施街巷改造工作,对南屯北街等25条瓶颈路进行改造提升。".into()),
            old_label: None,
            new_label: None,
            changes: Vec::new(),
            words: Vec::new(),
        };
        let mut pair = commitment("", down("50余条", "25条"));
        pair.old.as_mut().unwrap().text = "实施坞城中路等50余条市民反映强烈的街巷改造工程".into();
        pair.new.as_mut().unwrap().text =
            "二是持续实施街巷改造工作,对南屯北街等25条瓶颈路进行改造提升。".into();
        assert!(item.is_read_as(&pair));
        // Only one side inside the item: another commitment.
        pair.old.as_mut().unwrap().text = "完成100公里架空线入地".into();
        assert!(!item.is_read_as(&pair));
    }
}
