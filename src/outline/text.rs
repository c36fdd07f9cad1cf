//! Low-level text shapes the outline and the extractors share: paragraphs (段落) with markup
//! trimmed, Chinese numerals (中文数字), sentences (句子) and 一是/一要/第一， enumeration markers
//! (列举标记).
//!
//! Everything here works on byte offsets into the cleaned text and never slices off a char
//! boundary. It tolerates raw text too (blank lines, `**` bold, `#` headings, full-width
//! indentation) so the outline works before and after cleaning.

use crate::model::Span;

/// One paragraph: a non-empty line with surrounding whitespace and markup trimmed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paragraph {
    /// The trimmed content (absolute offsets into the cleaned text).
    pub span: Span,
    /// Whether the paragraph opened with Markdown bold `**`.
    pub bold_start: bool,
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{3000}' || c == '\u{feff}' || c == '\u{200b}'
}

/// Paragraphs of `text[doc]`, in order, with absolute spans. Empty lines are skipped; leading
/// `#`, `**`, `>` and whitespace and trailing `**` and whitespace are trimmed.
pub fn paragraphs(text: &str, doc: Span) -> Vec<Paragraph> {
    let Some(body) = text.get(doc.start..doc.end) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut pos = doc.start;
    for line in body.split('\n') {
        let start = pos;
        pos += line.len() + 1;
        let mut s = 0;
        let mut bold = false;
        loop {
            let rest = &line[s..];
            if let Some(c) = rest
                .chars()
                .next()
                .filter(|&c| is_space(c) || c == '#' || c == '>')
            {
                s += c.len_utf8();
            } else if rest.starts_with("**") {
                s += 2;
                bold = true;
            } else {
                break;
            }
        }
        let mut e = line.len();
        loop {
            let head = &line[s..e];
            if let Some(c) = head.chars().next_back().filter(|&c| is_space(c)) {
                e -= c.len_utf8();
            } else if head.ends_with("**") && e - 2 >= s {
                e -= 2;
            } else {
                break;
            }
        }
        if e > s {
            out.push(Paragraph {
                span: Span::new(start + s, start + e),
                bold_start: bold,
            });
        }
    }
    out
}

const DIGITS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

fn digit(c: char) -> Option<u32> {
    DIGITS
        .iter()
        .position(|&d| d == c)
        .map(|i| i as u32)
        .or(if c == '两' { Some(2) } else { None })
}

/// Whether `c` can be part of a Chinese numeral (一…十, 〇, 两).
pub fn is_cn_numeral(c: char) -> bool {
    c == '十' || digit(c).is_some()
}

/// The value of a Chinese numeral from 1 to 99 (一, 十, 十二, 二十, 二十三); `None` otherwise.
pub fn parse_cn(s: &str) -> Option<u32> {
    let cs: Vec<char> = s.chars().collect();
    match cs.as_slice() {
        [a] if *a == '十' => Some(10),
        [a] => digit(*a).filter(|&d| d > 0),
        ['十', b] => digit(*b).filter(|&d| d > 0).map(|d| 10 + d),
        [a, '十'] => digit(*a).filter(|&d| d > 1).map(|d| d * 10),
        [a, '十', b] => {
            let (a, b) = (digit(*a)?, digit(*b)?);
            (a > 1 && b > 0).then_some(a * 10 + b)
        }
        _ => None,
    }
}

/// The Chinese numeral for 1..=99 (inverse of [`parse_cn`]).
pub fn cn_numeral(n: u32) -> String {
    let d = |i: u32| DIGITS[i as usize % 10];
    match n {
        1..=9 => d(n).to_string(),
        10 => "十".into(),
        11..=19 => format!("十{}", d(n - 10)),
        20..=99 if n.is_multiple_of(10) => format!("{}十", d(n / 10)),
        20..=99 => format!("{}十{}", d(n / 10), d(n % 10)),
        _ => String::new(),
    }
}

/// A paragraph that is only an address: 各位代表！ (or a CPPCC report's 各位委员！), with no
/// more than punctuation after it. National reports set it on a line of its own before the
/// closing appeal and before the government's own tasks.
pub fn bare_address(s: &str) -> bool {
    ["各位代表", "各位委员"].iter().any(|a| {
        s.strip_prefix(a).is_some_and(|rest| {
            rest.chars()
                .all(|c| "！!：:，,。 \u{3000}*".contains(c) || c.is_whitespace())
        })
    })
}

/// The formula of a report's closing appeal (…团结在以习近平同志为核心的党中央周围, or
/// 中共中央 in a CPPCC report).
pub const CLOSING_FORMULA: &str = "团结在以习近平同志为核心的";

/// A paragraph that ends on a report's final appeal: its last sentence calls on all with
/// 让我们 (我们要 in the national reports since 2022) to unite around the leadership
/// ([`CLOSING_FORMULA`]): 各位代表！…让我们更加紧密地团结在以习近平同志为核心的党中央周围，…
/// 奋力谱写…新篇章！. Its closing mark may be lost (…不懈奋斗). A report's text ends there
/// but for its appendices; a review that says the province 团结在… did so in a sentence that
/// another follows, or without 让我们.
pub fn final_appeal(paragraph: &str) -> bool {
    let Some(at) = paragraph.rfind(CLOSING_FORMULA) else {
        return false;
    };
    let before = &paragraph[..at];
    let sentence = before
        .char_indices()
        .rev()
        .find(|&(_, c)| "。！？!?".contains(c))
        .map_or(before, |(i, c)| &before[i + c.len_utf8()..]);
    let calls = sentence.contains("让我们") || sentence.contains("我们要");
    let after = paragraph[at..].trim_end_matches(|c: char| {
        "。！？!?”’\"*".contains(c) || c.is_whitespace() || c == '\u{3000}'
    });
    calls && !after.contains(['。', '！', '？', '!', '?'])
}

/// The leading run of Chinese numeral characters of `s` (byte length).
pub fn numeral_prefix(s: &str) -> usize {
    s.char_indices()
        .find(|&(_, c)| !is_cn_numeral(c))
        .map_or(s.len(), |(i, _)| i)
}

/// Sentence-ending characters (句末标点).
pub fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?')
}

/// Clause-ending characters: sentence ends plus semicolons (分号).
pub fn is_clause_end(c: char) -> bool {
    is_sentence_end(c) || matches!(c, '；' | ';')
}

/// Split `text[span]` into pieces ending at characters for which `end` holds (the end
/// character included), trimmed of surrounding whitespace and `**`; empty pieces are dropped.
pub fn split_spans(text: &str, span: Span, end: impl Fn(char) -> bool) -> Vec<Span> {
    let Some(body) = text.get(span.start..span.end) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut quotes = 0usize;
    for (i, c) in body.char_indices() {
        match c {
            '“' | '「' => quotes += 1,
            '”' | '」' => quotes = quotes.saturating_sub(1),
            _ => {}
        }
        if end(c) && quotes > 0 && inside_a_quoted_name(&body[i + c.len_utf8()..]) {
            continue;
        }
        // A closing quote right after the end mark belongs to the sentence.
        if end(c) {
            let mut e = i + c.len_utf8();
            if let Some(q) = body[e..]
                .chars()
                .next()
                .filter(|&q| matches!(q, '”' | '"' | '’' | '）' | ')'))
            {
                e += q.len_utf8();
            }
            push_trimmed(body, start, e, span.start, &mut out);
            start = e;
        }
    }
    if start < body.len() {
        push_trimmed(body, start, body.len(), span.start, &mut out);
    }
    // Pieces produced by a quote consumed above may overlap by the quote; drop empties.
    out.retain(|s: &Span| !s.is_empty());
    out
}

/// The longest quoted name (characters after its inner end mark) that an end mark inside
/// it does not end the sentence: 开展“你好！重庆”“向世界讲述重庆”等品牌推介.
const QUOTED_NAME_TAIL: usize = 20;

/// Whether the text after an end mark inside open quotes goes on to close them shortly, with
/// no end mark between: the mark belongs to a quoted name (“你好！重庆”), not to the sentence.
/// Bounded, so an unclosed quote in a broken page never joins its paragraph into one piece.
fn inside_a_quoted_name(after: &str) -> bool {
    if matches!(after.chars().next(), Some('”' | '」') | None) {
        return false;
    }
    after
        .chars()
        .take(QUOTED_NAME_TAIL)
        .find(|&c| matches!(c, '”' | '」') || is_clause_end(c) || c == '\n')
        .is_some_and(|c| matches!(c, '”' | '」'))
}

fn push_trimmed(body: &str, s: usize, e: usize, base: usize, out: &mut Vec<Span>) {
    if s >= e || s >= body.len() {
        return;
    }
    let Some(piece) = body.get(s..e) else { return };
    let lead = piece.len()
        - piece
            .trim_start_matches(|c: char| is_space(c) || c == '*')
            .len();
    let trail = piece.len()
        - piece
            .trim_end_matches(|c: char| is_space(c) || c == '*')
            .len();
    if lead + trail < piece.len() {
        out.push(Span::new(base + s + lead, base + e - trail));
    }
}

/// An enumeration marker (列举标记) found in a paragraph: `一是`, `第二，`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Marker {
    /// The marker as written (`三是`, `第一，` without the comma: `第一`).
    pub label: String,
    pub number: u32,
    /// Absolute span of the marker (comma excluded).
    pub span: Span,
}

fn boundary_before(body: &str, i: usize) -> bool {
    match body[..i].chars().next_back() {
        None => true,
        Some(c) => is_space(c) || "。；;，,：:）)”\"！!？?*".contains(c),
    }
}

/// The `N是` or `第N，` markers of `text[span]` forming a sequence 1, 2, 3… (at least two;
/// after two, one number may be missing). Markers must follow a boundary (start,
/// punctuation); out-of-sequence look-alikes (统一是) are skipped.
pub fn enum_markers(text: &str, span: Span) -> Vec<Marker> {
    let Some(body) = text.get(span.start..span.end) else {
        return Vec::new();
    };
    ENUM_STYLES
        .into_iter()
        .map(|style| marker_run(body, span, 1, style))
        .find(|found| found.len() >= 2)
        .unwrap_or_default()
}

/// The enumeration markers in `span` of `text` numbered on from `first` (二是…三是… from
/// 2), even one alone: in the first style that has any. For a list whose items run on from
/// one paragraph into the next.
pub fn enum_markers_from(text: &str, span: Span, first: u32) -> Vec<Marker> {
    let Some(body) = text.get(span.start..span.end) else {
        return Vec::new();
    };
    ENUM_STYLES
        .into_iter()
        .map(|style| marker_run(body, span, first, style))
        .find(|found| !found.is_empty())
        .unwrap_or_default()
}

const ENUM_STYLES: [EnumStyle; 3] = [EnumStyle::Shi, EnumStyle::Yao, EnumStyle::Di];

/// The run of `style` markers in `body` (the text of `span`) numbered from `first`.
fn marker_run(body: &str, span: Span, first: u32, style: EnumStyle) -> Vec<Marker> {
    // No 是 (要, 第), no marker of that style: skip the substring searches.
    let key = match style {
        EnumStyle::Shi => '是',
        EnumStyle::Yao => '要',
        EnumStyle::Di => '第',
    };
    if !body.contains(key) {
        return Vec::new();
    }
    let mut found: Vec<Marker> = Vec::new();
    let mut from = 0;
    let mut skipped = false;
    loop {
        let want = found.last().map_or(first, |m| m.number + 1);
        // One marker of an established series may be lost (一是…二是…四是…: a page
        // that dropped 三是): the series goes on at the next number, once.
        let m = find_marker(body, from, want, style);
        let m = match m {
            None if found.len() >= 2 && !skipped => {
                skipped = true;
                find_marker(body, from, want + 1, style)
            }
            m => m,
        };
        let Some(m) = m else {
            break;
        };
        from = m.span.end;
        found.push(Marker {
            span: m.span.offset(span.start),
            ..m
        });
    }
    found
}

/// How an enumeration numbers its items.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EnumStyle {
    /// 一是 二是
    Shi,
    /// 一要 二要 (a report that sets its tasks as 一要…二要…)
    Yao,
    /// 第一， 第二，
    Di,
}

impl EnumStyle {
    /// How item `n` is marked in this style: 三是, 三要, 第三 (without the comma).
    pub fn marker(self, n: u32) -> String {
        let num = cn_numeral(n);
        match self {
            EnumStyle::Shi => format!("{num}是"),
            EnumStyle::Yao => format!("{num}要"),
            EnumStyle::Di => format!("第{num}"),
        }
    }

    /// Whether `after`, the character after an N是 or N要 marker, opens the item's text: not
    /// a clause mark or comma (一是，), and after 要 not 素 or 件 (一要素, 一要件 are words).
    fn item_follows(self, after: Option<char>) -> bool {
        let not_after = if self == EnumStyle::Yao {
            "，,、素件"
        } else {
            "，,、"
        };
        after.is_some_and(|c| !is_clause_end(c) && !not_after.contains(c))
    }
}

fn find_marker(body: &str, from: usize, n: u32, style: EnumStyle) -> Option<Marker> {
    let needle = style.marker(n);
    let mut at = from;
    while let Some(rel) = body.get(at..).and_then(|b| b.find(&needle)) {
        let i = at + rel;
        let e = i + needle.len();
        let after = body[e..].chars().next();
        // 十一是 must not match as 一是; 第一， must be followed by a comma.
        let prev_numeral = body[..i].chars().next_back().is_some_and(is_cn_numeral);
        let ok = boundary_before(body, i)
            && !prev_numeral
            && match style {
                EnumStyle::Shi | EnumStyle::Yao => style.item_follows(after),
                EnumStyle::Di => after.is_some_and(|c| "，,、".contains(c)),
            };
        if ok {
            return Some(Marker {
                label: needle,
                number: n,
                span: Span::new(i, e),
            });
        }
        at = e;
    }
    None
}

/// Character count of a string.
pub fn chars(s: &str) -> usize {
    s.chars().count()
}

/// The first `n` characters of `s`.
pub fn prefix_chars(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// An enumeration item's label opening a text: 二是, 二要 or 第二，.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EnumerationLabel {
    pub number: u32,
    pub style: EnumStyle,
    /// Its length in bytes, the 是 (要) or the comma included.
    pub len: usize,
}

/// The enumeration label `s` opens with (一是, 一要, 第一，), if any.
pub fn enumeration_label(s: &str) -> Option<EnumerationLabel> {
    let (ordinal, rest) = match s.strip_prefix('第') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let k = numeral_prefix(rest);
    let mark = rest[k..].chars().next()?;
    let style = match mark {
        '，' | ',' if ordinal => EnumStyle::Di,
        '是' if !ordinal => EnumStyle::Shi,
        // 一要加快…: not 一要素 (a word), nor 一要… before a clause mark.
        '要' if !ordinal => {
            if !EnumStyle::Yao.item_follows(rest[k + mark.len_utf8()..].chars().next()) {
                return None;
            }
            EnumStyle::Yao
        }
        _ => return None,
    };
    let number = (k > 0).then(|| parse_cn(&rest[..k])).flatten()?;
    Some(EnumerationLabel {
        number,
        style,
        len: s.len() - rest.len() + k + mark.len_utf8(),
    })
}

/// Whether a labelled line's title names a category of list items rather than a heading or
/// an item: 就业增收类（3项）, 教育类 (short, ending with 类 or a count of items in brackets).
/// A 民生实事 list grouped by category numbers its categories 一、二、, which must not be
/// read as the report's parts.
pub fn is_list_category(title: &str) -> bool {
    const MAX_CHARS: usize = 20;
    let title = title.trim().trim_end_matches(['。', '：', ':']);
    let core = match title.strip_suffix(['）', ')']) {
        Some(inner) => match inner.rfind(['（', '(']) {
            Some(open) => {
                let count = &inner[open..].trim_start_matches(['（', '(']);
                let counted = count.ends_with(['项', '件', '个'])
                    && count
                        .trim_end_matches(['项', '件', '个'])
                        .chars()
                        .all(|c| crate::text::is_digit(c) || is_cn_numeral(c));
                if !counted {
                    return false;
                }
                &inner[..open]
            }
            None => return false,
        },
        None if title.ends_with('类') => title,
        None => return false,
    };
    !core.is_empty() && chars(core) <= MAX_CHARS && !core.contains(['。', '，', '；'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn final_appeals() {
        for appeal in [
            "各位代表！蓝图已经绘就。让我们更加紧密地团结在以习近平同志为核心的党中央周围，奋力谱写新篇章！",
            "奋斗铸就辉煌。我们要更加紧密地团结在以习近平同志为核心的党中央周围，不懈奋斗",
            "各位代表,最好的担当是落实。让我们更加紧密团结在以习近平同志为核心的党中央周围,奋力谱写新篇章!",
            "各位委员，让我们更加紧密地团结在以习近平同志为核心的中共中央周围，作出新的更大贡献！”",
        ] {
            assert!(final_appeal(appeal), "{appeal}");
        }
        for other in [
            // Another sentence follows the formula's.
            "让我们更加紧密地团结在以习近平同志为核心的党中央周围，奋力谱写新篇章！这是新的一年。",
            // The formula without a call on all.
            "全市上下紧密团结在以习近平同志为核心的党中央周围，经济增长5%。",
            // 让我们 in an earlier sentence.
            "让我们共同努力。全市上下紧密团结在以习近平同志为核心的党中央周围，取得新成绩。",
            "让我们团结奋斗，谱写新篇章！",
        ] {
            assert!(!final_appeal(other), "{other}");
        }
    }

    #[test]
    fn numerals_round_trip() {
        for n in 1..=99 {
            assert_eq!(parse_cn(&cn_numeral(n)), Some(n), "{n}");
        }
        assert_eq!(parse_cn("一十"), None);
        assert_eq!(parse_cn("〇"), None);
        assert_eq!(parse_cn("是"), None);
    }

    #[test]
    fn paragraphs_trim_markup_and_blank_lines() {
        let t = "　　**一、总结**\n\n  ## 标题  \n正文。";
        let ps = paragraphs(t, Span::new(0, t.len()));
        let texts: Vec<&str> = ps.iter().map(|p| &t[p.span.start..p.span.end]).collect();
        assert_eq!(texts, vec!["一、总结", "标题", "正文。"]);
        assert!(ps[0].bold_start && !ps[2].bold_start);
    }

    #[test]
    fn markers_in_sequence_only() {
        let t = "目标统一是前提。一是加强A；二是推进B；统一是关键；三是完成C。";
        let ms = enum_markers(t, Span::new(0, t.len()));
        let labels: Vec<&str> = ms.iter().map(|m| m.label.as_str()).collect();
        assert_eq!(labels, vec!["一是", "二是", "三是"]);
        let t2 = "第一，稳增长。第二，促改革。";
        assert_eq!(enum_markers(t2, Span::new(0, t2.len())).len(), 2);
        assert!(enum_markers("一是只有一个。", Span::new(0, 16)).is_empty());
        // 一要…二要… (a provincial report of 2026 sets every area's tasks so), not 统一要求
        // or 一要素.
        let t3 = "（一）加快发展。一要打好攻坚战。加强修复。二要推动绿色低碳发展，统一要求；三要守好底线。";
        let labels: Vec<String> = enum_markers(t3, Span::new(0, t3.len()))
            .into_iter()
            .map(|m| m.label)
            .collect();
        assert_eq!(labels, ["一要", "二要", "三要"]);
        let t4 = "。一要素市场化。二要素流动。";
        assert!(enum_markers(t4, Span::new(0, t4.len())).is_empty());
        // One lost marker of an established series is skipped, once: 三是 gone, the series
        // goes on at 四是; not a second time, and not before two markers.
        let t5 = "一是加强A；二是推进B；完成C；四是落实D；六是保障E。";
        let labels: Vec<String> = enum_markers(t5, Span::new(0, t5.len()))
            .into_iter()
            .map(|m| m.label)
            .collect();
        assert_eq!(labels, ["一是", "二是", "四是"]);
        let t6 = "一是加强A；三是推进B。";
        assert!(enum_markers(t6, Span::new(0, t6.len())).is_empty());
        let label = enumeration_label("二要培育壮大新兴产业。").unwrap();
        assert_eq!(
            (label.number, label.style, label.len),
            (2, EnumStyle::Yao, 6)
        );
        assert!(enumeration_label("一要素").is_none());
        assert_eq!(
            enumeration_label("第三，推进改革。").map(|l| l.style),
            Some(EnumStyle::Di)
        );
    }

    #[test]
    fn an_end_mark_inside_a_quoted_name_ends_no_sentence() {
        let t = "开展“你好！重庆”“向世界讲述重庆”等品牌推介。喊出“加油！”他说“好！";
        let ss: Vec<&str> = split_spans(t, Span::new(0, t.len()), is_sentence_end)
            .iter()
            .map(|s| &t[s.start..s.end])
            .collect();
        // A quote closing right after the mark, or never closing, ends as before.
        assert_eq!(
            ss,
            [
                "开展“你好！重庆”“向世界讲述重庆”等品牌推介。",
                "喊出“加油！”",
                "他说“好！"
            ]
        );
    }

    #[test]
    fn sentences_keep_closing_quotes() {
        let t = "推进“幼有善育”。他说“好。”然后";
        let ss = split_spans(t, Span::new(0, t.len()), is_sentence_end);
        let texts: Vec<&str> = ss.iter().map(|s| &t[s.start..s.end]).collect();
        assert_eq!(texts, vec!["推进“幼有善育”。", "他说“好。”", "然后"]);
    }
}
