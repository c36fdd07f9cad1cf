//! The serde types every stage shares.
//!
//! Stages are pure functions from one of these types to the next: `ingest` makes a
//! [`CleanText`], `outline` a list of [`Section`]s, `extract` the [`Commitment`]s,
//! [`Target`]s, [`ItemList`]s and [`Quantity`]s, and `pipeline::parse` bundles them into a
//! [`Report`]. The comparison of two reports lives in [`diff`] (`model::diff`). Renderers read
//! only these types. Every field here is part of the documented JSON schema
//! (`docs/schema.md`); change it there too, and bump [`SCHEMA_VERSION`] on a breaking change.

pub mod diff;
pub use diff::Comparison;

use serde::{Deserialize, Serialize};

/// Version of the JSON schema written by `govdiff parse` and `govdiff diff`.
pub const SCHEMA_VERSION: u32 = 1;

/// A half-open byte range `[start, end)`.
///
/// Unless a field says otherwise, spans index the cleaned text ([`CleanText::text`]);
/// [`CleanText::source_span`] maps them back to the decoded source.
#[derive(
    Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    /// Whether the two spans share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    /// Shift a span relative to a slice back into the coordinates of the whole text.
    pub fn offset(&self, by: usize) -> Span {
        Span::new(self.start + by, self.end + by)
    }
}

/// The decoded source file (源文本) and what we learned while decoding it.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct SourceInfo {
    /// File name as given on the command line, without directories (keeps output stable
    /// from machine to machine).
    pub name: String,
    /// Encoding the bytes were decoded from: `UTF-8`, `UTF-16LE`, `UTF-16BE`, `GB18030`, `Big5`;
    /// `DOCX` for a Word document (its body's text), `DOC`, `RTF`, `ODT`, `OFD` for the
    /// other documents read (`ingest::decode::Decoded::encoding`).
    pub encoding: String,
    /// Whether a byte-order mark was present.
    pub bom: bool,
    /// Size of the input in bytes.
    pub bytes: usize,
    /// The file held mojibake (乱码: GBK or UTF-8 text once decoded as Latin-1 and saved
    /// again) and was read from the bytes it stood for. Absent when false.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub mojibake_repaired: bool,
    /// Byte sequences that could not be decoded in `encoding` (a damaged file, at most one
    /// per thousand characters) and were read as U+FFFD. Absent when 0.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub undecodable: usize,
    /// The file was written in traditional characters (繁体字) and was read with each written
    /// as its simplified character (quotes in the output are the simplified text; spans still
    /// point at the page). Absent when false.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub traditional: bool,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// Cleaned text (清洗后文本) with an offset map back to the decoded source.
///
/// `text` keeps the original characters for display (full-width stays full-width); use
/// [`crate::text::fold`] to compare. Paragraphs are separated by exactly one `\n`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CleanText {
    /// The decoded source text (UTF-8), exactly as read (after decoding, before cleaning).
    pub source: String,
    /// The cleaned text.
    pub text: String,
    /// `map[i]` is the byte offset in `source` of the byte `i` of `text`; it has
    /// `text.len() + 1` entries, the last one being the end of the last mapped source char.
    pub map: Vec<usize>,
    /// The source was written in traditional characters, which `text` writes simplified
    /// ([`crate::ingest::clean::traditional`]).
    pub traditional: bool,
}

impl CleanText {
    /// Identity cleaning: `text == source`. Useful in tests.
    pub fn identity(source: &str) -> Self {
        // Every byte of a character maps to the character's start, as the real cleaner does.
        let mut map = Vec::with_capacity(source.len() + 1);
        for (i, c) in source.char_indices() {
            map.extend(std::iter::repeat_n(i, c.len_utf8()));
        }
        map.push(source.len());
        CleanText {
            source: source.to_string(),
            text: source.to_string(),
            map,
            traditional: false,
        }
    }

    /// Map a span of the cleaned text back to the source text.
    pub fn source_span(&self, span: Span) -> Span {
        let start = self
            .map
            .get(span.start)
            .copied()
            .unwrap_or(self.source.len());
        let end = if span.end == 0 {
            start
        } else {
            // End just past the source char that produced the last byte of the span.
            let last = self
                .map
                .get(span.end - 1)
                .copied()
                .unwrap_or(self.source.len());
            let ch_len = self
                .source
                .get(last..)
                .and_then(|s| s.chars().next())
                .map_or(0, char::len_utf8);
            (last + ch_len).max(start)
        };
        Span::new(start, end)
    }

    /// The cleaned text of a span (empty when out of range or not on char boundaries).
    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.start..span.end).unwrap_or("")
    }

    /// The source text a cleaned span came from, for exact quotation.
    pub fn source_slice(&self, span: Span) -> &str {
        let s = self.source_span(span);
        self.source.get(s.start..s.end).unwrap_or("")
    }
}

/// The kind of a document found on a page (文档类型).
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    /// 政府工作报告
    GovernmentWorkReport,
    /// 政协常委会工作报告
    CppccReport,
    /// 政协提案工作情况报告
    ProposalReport,
    /// 国民经济和社会发展计划（执行情况与草案）报告
    PlanReport,
    /// 预算报告
    BudgetReport,
    /// 新闻、决议等其他文章
    Other,
}

impl DocumentKind {
    /// The name in the JSON schema (`government_work_report`), for messages.
    pub fn name(self) -> &'static str {
        match self {
            DocumentKind::GovernmentWorkReport => "government_work_report",
            DocumentKind::CppccReport => "cppcc_report",
            DocumentKind::ProposalReport => "proposal_report",
            DocumentKind::PlanReport => "plan_report",
            DocumentKind::BudgetReport => "budget_report",
            DocumentKind::Other => "other",
        }
    }

    /// The name in Chinese, as headings and `--lang zh` tables say it (政协常委会工作报告).
    pub fn name_zh(self) -> &'static str {
        match self {
            DocumentKind::GovernmentWorkReport => "政府工作报告",
            DocumentKind::CppccReport => "政协常委会工作报告",
            DocumentKind::ProposalReport => "提案工作情况报告",
            DocumentKind::PlanReport => "计划报告",
            DocumentKind::BudgetReport => "预算报告",
            DocumentKind::Other => "其他文章",
        }
    }
}

/// One document found in the input (a page can hold several).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct DocumentInfo {
    pub kind: DocumentKind,
    /// The title as found (e.g. 政府工作报告), or a short description.
    pub title: String,
    /// Where the document lies in the cleaned text.
    pub span: Span,
}

/// The level of a heading in the outline (提纲层级).
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum SectionKind {
    /// The document itself (root); text before the first heading belongs to it.
    Document,
    /// 一、二、三、 top-level parts (部分).
    Part,
    /// （一）(二) work areas (方面).
    Area,
    /// A run-in heading opening a paragraph (段首小标题): 推进“幼有善育”。 or **提高项目谋划精度。**;
    /// also a numbered sub-heading below the areas (1．积极扩大有效投资。…, （1）做强先进制造业).
    RunIn,
    /// An enumeration item inside a paragraph (一是…二是…).
    Enum,
    /// An appendix after the closing (附录: 名词解释, 民生实事 lists).
    Appendix,
}

/// A node of the outline (提纲) tree, stored flat in document order.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Section {
    /// Index of this section in [`Report::outline`].
    pub id: usize,
    /// Index of the parent section; `None` only for the root.
    pub parent: Option<usize>,
    /// Depth in the tree; the root is 0.
    pub depth: usize,
    pub kind: SectionKind,
    /// The numbering as written: `二、`, `（一）`, `(三)`, `一是`, `1．`/`（1）` for a numbered
    /// sub-heading; empty for an unnumbered run-in heading.
    pub label: String,
    /// The heading text without label and markup, original characters, e.g. `下好创新“先手棋”`.
    pub title: String,
    /// The heading in the cleaned text (label included).
    pub heading: Span,
    /// The whole section: heading, body and children.
    pub span: Span,
}

impl Section {
    /// The root of an outline: the whole document `doc`, with an empty heading at its start.
    pub fn root(doc: Span) -> Section {
        Section {
            id: 0,
            parent: None,
            depth: 0,
            kind: SectionKind::Document,
            label: String::new(),
            title: String::new(),
            heading: Span::new(doc.start, doc.start),
            span: doc,
        }
    }
}

/// What a quantity's qualifier means for comparison (限定语义). Derived, not serialized.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    /// An exact figure: 6%.
    Point,
    /// About: 5%左右, 约, 近.
    Approx,
    /// At least: 6%以上, 不低于, 超过, 突破, 余, 多.
    Floor,
    /// At most: 以内, 以下, 不超过, 控制在…以内.
    Ceiling,
    /// A range: 4.5%—5%.
    Range,
}

/// A quantity (数量) read from report text.
///
/// Magnitudes are folded into the value (2.96万亩 → 29600 亩); a range has `value` null and
/// `low`/`high` set. `qualifier` is the word that bounds or hedges the figure as written
/// (左右, 以上, 以下, 以内, 不低于, 超过, 突破, 力争, 争取, 约, 近, 余, 多); when a figure has both a
/// bound (以上) and an aspiration (力争), the bound is the qualifier and the aspiration is
/// `aspiration` (力争6%以上: the clause hopes for at least 6%).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
pub struct Quantity {
    pub text: String,
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub unit: Option<String>,
    pub qualifier: Option<String>,
    /// The aspiration (志向语: 力争, 争取) governing a figure whose qualifier is a bound; absent
    /// otherwise (a figure qualified by 力争 alone has it as its `qualifier`). Added in schema
    /// 1 without a bump: absent means none, as every earlier output and fixture reads.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aspiration: Option<String>,
    /// Where it was found (cleaned-text bytes, relative to whatever string was scanned).
    #[serde(skip)]
    pub span: Span,
}

impl Quantity {
    /// The figure as written, with full-width digits, ％ and a decimal ． between digits in
    /// half width (６．５％左右 → 6.5%左右): how tables and change summaries write it, so that
    /// one column does not mix the two.
    pub fn written(&self) -> String {
        let chars: Vec<char> = self.text.chars().collect();
        let digit = |k: usize| chars.get(k).is_some_and(|c| crate::text::is_digit(*c));
        (0..chars.len())
            .map(|k| match chars[k] {
                c @ ('０'..='９' | '％') => crate::text::fold_char(c),
                '．' if k > 0 && digit(k - 1) && digit(k + 1) => '.',
                c => c,
            })
            .collect()
    }

    /// The aspiration (力争, 争取) the figure is hoped for with: its qualifier when that is
    /// all that qualifies it (力争3000亿元), else the one beside its bound (力争6%以上).
    pub fn aspired(&self) -> Option<&str> {
        self.qualifier
            .as_deref()
            .filter(|w| matches!(*w, "力争" | "争取"))
            .or(self.aspiration.as_deref())
    }

    /// The comparison semantics of the qualifier.
    pub fn bound(&self) -> Bound {
        if self.low.is_some() && self.high.is_some() && self.value.is_none() {
            return Bound::Range;
        }
        match self.qualifier.as_deref() {
            Some("左右" | "约" | "近" | "大约" | "接近" | "上下") => Bound::Approx,
            Some(
                "以上" | "不低于" | "超过" | "超" | "突破" | "过" | "破" | "逾" | "余" | "多"
                | "不少于" | "至少" | "高于",
            ) => Bound::Floor,
            Some("以内" | "以下" | "不超过" | "低于" | "控制在" | "不高于" | "至多") => {
                Bound::Ceiling
            }
            _ => Bound::Point,
        }
    }

    /// The unit, folded and trimmed, for comparing units across years (％ is %). Classifiers
    /// that count the same things are one key: 部 and 台 both count machines (加装电梯600部 →
    /// 800台以上), so the key of 部 is 台. Figures are compared only within commitments and
    /// contexts already paired, so 4部作品 never meets a 台 of machines by this rule alone.
    pub fn unit_key(&self) -> String {
        let key = self
            .unit
            .as_deref()
            .map(|u| crate::text::fold(u).trim().to_string())
            .unwrap_or_default();
        if key == "部" {
            "台".to_string()
        } else {
            key
        }
    }

    /// A single representative number: the value, or the midpoint of a range.
    pub fn point(&self) -> Option<f64> {
        self.value.or(match (self.low, self.high) {
            (Some(l), Some(h)) => Some((l + h) / 2.0),
            _ => None,
        })
    }
}

/// A commitment (工作任务/承诺): a clause that promises something, with where it stands.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Commitment {
    /// The clause as in the cleaned text (original characters).
    pub text: String,
    /// The innermost section holding it ([`Section::id`]).
    pub section: usize,
    /// Titles from the top part down to that section, e.g.
    /// `["2025年工作安排", "加快向新而行、向绿而行、向效而行", "下好创新“先手棋”"]`.
    pub path: Vec<String>,
    /// The word that makes it a promise (新建, 完成, 力争, 确保…), if one was seen.
    pub trigger: Option<String>,
    pub quantities: Vec<Quantity>,
    /// Cleaned-text span of the clause.
    pub span: Span,
    /// Decoded-source span of the clause, for exact quotation.
    pub source_span: Span,
}

/// One row of the 主要预期目标 table (预期目标).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Target {
    /// The indicator as written: 地区生产总值, 城镇新增就业, 居民消费价格…
    pub indicator: String,
    /// A stable key for pairing across years and name changes: `gdp`, `cpi`,
    /// `urban_new_jobs`, … (see `extract::targets`); the written name when unknown.
    pub key: String,
    /// The clause as written: 地区生产总值增长5%左右
    pub text: String,
    /// The figure; `None` for qualitative targets (与经济增长基本同步).
    pub quantity: Option<Quantity>,
    pub span: Span,
}

/// A numbered list such as the 十件民生实事 (清单).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct ItemList {
    /// The heading that introduces it: 办好十件民生实事
    pub title: String,
    pub items: Vec<ListItem>,
    pub span: Span,
}

/// One item of an [`ItemList`].
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct ListItem {
    /// 一是, 1., （一）…
    pub label: String,
    pub text: String,
    pub quantities: Vec<Quantity>,
    pub span: Span,
}

/// Something odd about the input that the output alone would not show (警告): a damaged
/// file, a page continued in a file not given, reports given in the wrong order. Carried in
/// the JSON (`warnings`, absent when there are none) and printed on stderr as
/// `govdiff: warning: …` ([`std::fmt::Display`]).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub code: WarningCode,
    /// The file it is about (its `source.name`); `None` when it is about the pair or the set.
    pub file: Option<String>,
    /// The warning in words, naming the file.
    pub message: String,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "warning: {}", self.message)
    }
}

/// What a [`Warning`] is about: a stable name a CI job can match on.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum WarningCode {
    /// Some bytes were not valid in the file's encoding and were read as U+FFFD.
    Undecodable,
    /// Written in traditional characters (繁体) and read as simplified ones.
    Traditional,
    /// No commitment or target found: perhaps not a work report at all.
    NotAReport,
    /// The page ends with a jump (下转第2版) to a page the file does not hold.
    ContinuedElsewhere,
    /// The page begins with a jump from a page the file does not hold (上接第1版), and work
    /// tasks or targets stand before the report's first part heading: the plan's beginning
    /// is missing.
    StartedElsewhere,
    /// The old report is of a later year than the new one.
    YearsReversed,
    /// The reports are of different places (北京市 and 河南省).
    DifferentPlaces,
    /// The reports are of different kinds (a CPPCC report and a government work report).
    DifferentKinds,
}

/// A parsed report (报告): everything `govdiff parse` knows about one file.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct Report {
    pub schema_version: u32,
    pub source: SourceInfo,
    /// Every document found in the input.
    pub documents: Vec<DocumentInfo>,
    /// Index in `documents` of the one analysed.
    pub selected: usize,
    /// The year the work plan is for (the report's year), when detected.
    pub year: Option<i32>,
    /// The place the report is of (地区: 广东省, 太原市, 国务院), when its dateline, title or
    /// text tells ([`crate::place::place_of`]); absent from the JSON otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// The outline, flat in document order; `outline[0]` is the root.
    pub outline: Vec<Section>,
    /// The commitments in document order (spans ascending: the diff searches them by
    /// position).
    pub commitments: Vec<Commitment>,
    pub targets: Vec<Target>,
    pub lists: Vec<ItemList>,
    /// Every quantity in the selected document, in order.
    pub quantities: Vec<Quantity>,
    /// What is odd about the file ([`Warning`]); absent from the JSON when nothing is.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<Warning>,
    /// The cleaned text; not serialized.
    #[serde(skip)]
    pub clean: CleanText,
}

impl Report {
    /// Titles from the top-level part down to `section` (the root excluded).
    pub fn path_of(&self, section: usize) -> Vec<String> {
        let mut path = Vec::new();
        let mut cur = Some(section);
        while let Some(id) = cur {
            let Some(s) = self.outline.get(id) else { break };
            if s.kind != SectionKind::Document {
                path.push(s.title.clone());
            }
            cur = s.parent;
        }
        path.reverse();
        path
    }

    /// The text of the selected document.
    pub fn document_text(&self) -> &str {
        match self.documents.get(self.selected) {
            Some(d) => self.clean.slice(d.span),
            None => &self.clean.text,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counted(text: &str, value: f64, unit: &str) -> Quantity {
        Quantity {
            text: text.into(),
            value: Some(value),
            low: None,
            high: None,
            unit: Some(unit.into()),
            qualifier: None,
            aspiration: None,
            span: Span { start: 0, end: 0 },
        }
    }

    #[test]
    fn machines_counted_in_bu_or_tai_share_a_unit_key() {
        // corpus/beijing: 老楼加装电梯完工600部 → 实施老楼加装电梯800台以上.
        assert_eq!(
            counted("600部", 600.0, "部").unit_key(),
            counted("800台", 800.0, "台").unit_key()
        );
        assert_ne!(
            counted("600个", 600.0, "个").unit_key(),
            counted("800台", 800.0, "台").unit_key()
        );
        assert_eq!(counted("5%", 5.0, "％").unit_key(), "%");
    }

    #[test]
    fn identity_maps_multibyte_chars_back_to_their_start() {
        let c = CleanText::identity("太原5%");
        // A span that ends inside a character still quotes whole characters.
        assert_eq!(c.source_slice(Span::new(0, 4)), "太原");
        assert_eq!(c.source_slice(Span::new(3, 8)), "原5%");
        assert_eq!(c.map.len(), c.text.len() + 1);
    }
}
