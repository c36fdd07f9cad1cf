//! The 主要预期目标 sentence → a table of targets, one row per indicator.
//!
//! Every report states its year's main targets in one sentence (主要预期目标是：地区生产总值增长
//! 5%左右，…；城镇新增就业1200万人以上，…). Comparing years indicator by indicator is the first
//! thing a reader of two reports wants, so this module finds that sentence, splits it into
//! clauses, names each clause's indicator (without the verb) and gives it a stable key
//! ([`indicator_key`]) so 地区生产总值 in a city report pairs with 国内生产总值 nationally and
//! 居民消费价格指数 with 居民消费价格.
//!
//! The sentence opens with 预期目标 (or 预期指标, 预期性指标) and a copula before its colon (是,
//! 为, 建议为, 建议安排为, 安排如下…; a comma when a figure follows at once), or with 主要目标
//! (主要发展目标) when that sentence names this year (今年, 2025年) and no longer period
//! (“十五五”时期…的主要目标是 states five-year goals); plan reports set it under a heading.
//! Binding targets set in a sentence of their own right after it (约束性指标是：…) are read
//! too.

use super::quantity::find_quantities;
use crate::ingest::clean::item_mark_len;
use crate::model::{CleanText, Section, Span, Target};
use crate::outline::text::chars;
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
    let mut found = split_targets(text, list);
    // Binding targets in a sentence of their own right after (约束性指标是：单位地区生产总值能耗
    // 下降3%…), as some city and older provincial reports set them.
    if let Some(binding) = binding_list(text, list.end) {
        found.extend(split_targets(text, binding));
    } else {
        // Sentences going on with the list, each of known indicators only: a report may set
        // every target in a sentence of its own (…增长5%左右。规模以上工业增加值增长6%。…), so
        // up to as many as a list has targets.
        const MAX_FOLLOW_ON: usize = 16;
        let mut end = list.end;
        for _ in 0..MAX_FOLLOW_ON {
            let Some(more) = follow_on_list(text, end) else {
                break;
            };
            found.extend(split_targets(text, more));
            end = more.end;
        }
    }
    found
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
    // 预期指标 in some city and county reports (主要预期指标是：); a page may break the line
    // between 预期 and 目标.
    for word in ["目标", "指标"] {
        for (pos, _) in text.match_indices(word) {
            // 预期目标, and 预期性指标 (expected, against binding 约束性指标).
            if !text[..pos]
                .trim_end()
                .trim_end_matches('性')
                .ends_with("预期")
            {
                continue;
            }
            if let Some(start) = after_colon(text, pos + word.len()) {
                return Some(Span::new(start, list_end(text, start)));
            }
        }
    }
    // 今年发展的主要目标是： (without 预期; or 主要发展目标, 发展目标, 主要指标), when the sentence
    // names this year and no longer period: “十五五”时期经济社会发展的主要目标是： states
    // five-year goals.
    for (pos, word) in text
        .match_indices("主要目标")
        .chain(text.match_indices("主要发展目标"))
        .chain(text.match_indices("发展目标"))
        .chain(text.match_indices("主要指标"))
    {
        let Some(start) = after_colon(text, pos + word.len()) else {
            continue;
        };
        let start_of = |end: usize| text[..end].rfind(['。', '\n', '！', '；']);
        let opening = start_of(pos).map_or(&text[..pos], |k| &text[k..pos]);
        let names_year = |s: &str| {
            ["今年", "本年", "年度"].iter().any(|w| s.contains(w))
                || !crate::outline::year::years_in(s).is_empty()
        };
        let longer = |s: &str| {
            ["时期", "五年", "规划", "远景"]
                .iter()
                .any(|w| s.contains(w))
        };
        // The year may be named just before: 今年是“十五五”开局之年，…。经济社会发展主要目标是：
        // (the sentence before), or the paragraph before opening 今年是… when this sentence
        // opens its own (综合考虑各方面因素，建议经济社会发展主要目标为：).
        let before = || {
            let k = start_of(pos)?;
            let sentence_before = match text[k..].chars().next() {
                Some('\n') => {
                    let para = start_of_line(text, k);
                    let first_end = text[para..k].find(['。', '！']).map_or(k, |e| para + e);
                    &text[para..first_end]
                }
                _ => start_of(k).map_or(&text[..k], |j| &text[j..k]),
            };
            Some(sentence_before)
        };
        let this_year = names_year(opening) || before().is_some_and(names_year);
        if this_year && !longer(opening) {
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

/// The start of the line before the line break at `k` (`text[k]` is `\n`).
fn start_of_line(text: &str, k: usize) -> usize {
    text[..k].rfind('\n').map_or(0, |j| j + 1)
}

/// How far after the main list a sentence of binding targets may open (bytes).
const BINDING_WITHIN: usize = 300;

/// The span of a list of binding targets (约束性指标是：…。) opening within [`BINDING_WITHIN`]
/// bytes after `after`, the end of the main list.
fn binding_list(text: &str, after: usize) -> Option<Span> {
    let window = text.get(after..floor_char(text, (after + BINDING_WITHIN).min(text.len())))?;
    ["约束性指标", "约束性目标"].iter().find_map(|word| {
        let pos = after + window.find(word)?;
        let start = after_colon(text, pos + word.len())?;
        Some(Span::new(start, list_end(text, start)))
    })
}

/// The sentence right after the main list (or after such a sentence), in the same
/// paragraph or opening the next (a page of one sentence a line), when it only goes on
/// listing known indicators: …在全国实现位次前移。CPI涨幅2%
/// 左右，单位GDP二氧化碳排放下降3%左右。, …更好结果。规模以上工业增加值增长7.5%左右，…。生态
/// 环境质量持续改善，单位地区生产总值二氧化碳排放完成目标任务。 (provincial reports of 2026,
/// probed). A sentence explaining a target (居民消费价格涨幅2%左右，考虑了预期引导和现实
/// 可能…) is not one: every clause must name a known indicator and give a figure or a
/// verb of a target.
fn follow_on_list(text: &str, after: usize) -> Option<Span> {
    let stop = text.get(after..)?.chars().next()?;
    let start = after + stop.len_utf8();
    let rest = text.get(start..)?;
    // (The next paragraph's first sentence too: a page set one sentence a line. Not one
    // with a label: (一)国内生产总值增长5%左右。主要考虑是… explains a target.)
    let start = start + (rest.len() - rest.trim_start_matches([' ', '\u{3000}']).len());
    let start = match text[start..].strip_prefix('\n') {
        Some(next) => {
            let body = next.trim_start_matches([' ', '\u{3000}']);
            if crate::ingest::clean::heading_label_len(body).is_some() || item_mark_len(body) > 0 {
                return None;
            }
            text.len() - body.len()
        }
        None => start,
    };
    let end = list_end(text, start);
    let sentence = text.get(start..end)?;
    let clauses: Vec<&str> = split_clauses(sentence, &['，', '；', ',', ';'])
        .into_iter()
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    let listing = !clauses.is_empty()
        && clauses.iter().all(|c| {
            let name = indicator_of(c);
            let stated = has_figure(c) || name.len() < c.len();
            let known = stated && name != *c && is_known_key(&indicator_key(&name));
            // 一产、二产、三产增加值分别增长5%左右、5%以上、5%左右: a figure for each name.
            known || respective_targets(c, Span::new(0, c.len())).is_some()
        });
    listing.then(|| Span::new(start, end))
}

/// Words that may stand between 预期目标 and the colon: 是, 为, 建议为, 安排如下….
const COPULAS: &[&str] = &[
    "建议安排为",
    "建议确定为",
    "拟安排为",
    "拟设定为",
    "拟定为",
    "建议设定为",
    "初步安排为",
    "安排如下",
    "建议如下",
    "确定如下",
    "建议为",
    "安排为",
    "确定为",
    "设定为",
    "定为",
    "建议是",
    "安排是",
    "如下",
    "是",
    "为",
];

/// If `text[at..]` is (blanks) copula (blanks) ：/:, the byte offset after the colon. Blanks
/// include Markdown bold markers (**主要预期目标**是：).
fn after_colon(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?;
    let skip = |s: &str| {
        s.len()
            - s.trim_start_matches(|c: char| c.is_whitespace() || c == '*')
                .len()
    };
    let mut k = skip(rest);
    let copula = COPULAS.iter().find(|w| rest[k..].starts_with(*w));
    if let Some(w) = copula {
        k += w.len();
        k += skip(&rest[k..]);
    }
    let c = rest[k..].chars().next()?;
    let start = at + k + c.len_utf8();
    // 主要预期目标是，生产总值增长9.5%左右，…: a comma after the copula when the words after
    // it name a target with its figure at once.
    let comma_then_target = || {
        let next = &text[start..floor_char(text, (start + COMMA_TARGET_BYTES).min(text.len()))];
        let clause = split_clauses(next, &['，', ',', '；', ';', '。'])
            .first()
            .copied()
            .unwrap_or("");
        !find_quantities(clause).is_empty()
    };
    // 主要预期目标是——地区生产总值增长5%左右；…: a dash after the copula opens the list too.
    if copula.is_some() && rest[k..].starts_with("——") {
        return Some(at + k + "——".len());
    }
    let opens = matches!(c, '：' | ':')
        || (copula.is_some() && matches!(c, '，' | ',') && comma_then_target());
    opens.then_some(start)
}

/// How far after a comma [`after_colon`] looks for the first target's figure (bytes).
const COMMA_TARGET_BYTES: usize = 90;

/// Whether the line at the start of `rest` reads as one more target of a list written one
/// per line ("城镇新增就业50万人以上；"), or as the rest of a list a page broke after a
/// target's ；: no heading label, and a first clause that is short, ends on ； or 。 and
/// holds a figure unless very short (国际收支保持基本平衡；).
fn next_line_is_target(rest: &str) -> bool {
    const MAX_LINE_CHARS: usize = 80;
    const SHORT_LINE_CHARS: usize = 30;
    let line = rest.split('\n').next().unwrap_or("").trim();
    // The line's first clause: a page that broke the list after one target's ； runs the
    // rest of the list on in one line.
    let clause = line
        .char_indices()
        .find(|&(_, c)| matches!(c, '；' | ';' | '。'))
        .map_or(line, |(i, c)| &line[..i + c.len_utf8()]);
    let n = clause.chars().count();
    // A numbered item ((2) 2. ② ——) is a target; a heading label with a Chinese numeral
    // (（一）扩大内需) opens the next part.
    let item = item_mark_len(line) > 0;
    // Without a figure, a target is short (国际收支保持基本平衡；), or a list's last line of
    // short qualitative targets (单位国内生产总值能耗和主要污染物排放量继续下降，重点控制化石
    // 能源消费，生态环境质量稳定改善。).
    let qualitative = || {
        clause.ends_with('。')
            && clause
                .split(['，', ','])
                .all(|part| part.chars().count() <= QUALITATIVE_PART_CHARS)
    };
    // A binding target names who set it (全面完成国家下达的节能减排降碳约束性指标和环境质量
    // 改善目标。; 空气质量优良天数比率…均完成国家下达任务。).
    let binding = || BINDING_MARKS.iter().any(|w| clause.contains(w));
    n > 0
        && n <= MAX_LINE_CHARS
        && (item || crate::ingest::clean::heading_label_len(line).is_none())
        && clause.ends_with(['；', ';', '。'])
        && (has_figure(clause) || n <= SHORT_LINE_CHARS || qualitative() || binding())
}

/// Words of a binding target (约束性指标): who set it, or what it is.
const BINDING_MARKS: &[&str] = &["下达", "约束性指标", "国家要求"];

/// The longest comma-separated part of a qualitative last target line.
const QUALITATIVE_PART_CHARS: usize = 25;

/// Where the list sentence starting at `start` ends: its 。, or the end of its paragraph when
/// the paragraph ends on punctuation (a layout break inside the sentence is read through).
fn list_end(text: &str, start: usize) -> usize {
    let limit = floor_char(text, (start + MAX_LIST_BYTES).min(text.len()));
    let rest = &text[start..limit];
    let mut prev = ' ';
    for (i, c) in rest.char_indices() {
        match c {
            '。' | '.' if c == '。' || !crate::text::is_digit(prev) => return start + i,
            // One target per line, each ending on ；: the list goes on while the next line
            // reads as another target.
            '\n' if matches!(prev, '；' | ';') && next_line_is_target(&rest[i + 1..]) => {}
            '\n' if "；;，,：:！!？?".contains(prev) || prev == '\n' => return start + i,
            '\n' if i > 0 && rest[i + 1..].starts_with(['（', '(', '#']) => return start + i,
            _ => {}
        }
        if !c.is_whitespace() || c == '\n' {
            prev = c;
        }
    }
    limit
}

/// Whether the ASCII comma at byte `at` of `s` groups a number's thousands (1,200万人): a
/// digit before it and exactly three after, then no more digits.
fn is_thousands_comma(s: &str, at: usize) -> bool {
    let before = s[..at]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_ascii_digit());
    let after = &s.as_bytes()[at + 1..];
    before
        && after.len() >= 3
        && after[..3].iter().all(u8::is_ascii_digit)
        && after.get(3).is_none_or(|b| !b.is_ascii_digit())
}

/// `s` split at any of `marks`, an ASCII comma grouping a number's thousands excepted.
fn split_clauses<'a>(s: &'a str, marks: &[char]) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in s.char_indices() {
        if marks.contains(&c) && !(c == ',' && is_thousands_comma(s, i)) {
            out.push(&s[start..i]);
            start = i + c.len_utf8();
        }
    }
    out.push(&s[start..]);
    out
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
            '；' | ';' | '，' => true,
            ',' => !is_thousands_comma(text, at),
            // 5%、6%: one figure per target, unless the clause gives each of several
            // indicators its own (城乡居民人均可支配收入分别增长5%、6.5%).
            '、' => {
                // An item's own number (6．生态环境质量、能源…) is no figure.
                let so_far = text[start..at].trim_start();
                let so_far = &so_far[item_mark_len(so_far)..];
                has_figure(so_far) && !so_far.contains(RESPECTIVELY)
            }
            _ => false,
        };
        if split {
            clauses.push(Span::new(start, at));
            start = at + c.len_utf8();
        }
    }
    clauses.push(Span::new(start, list.end));
    let mut out: Vec<Target> = Vec::new();
    // The unit a table row names in a column of its own, for the row's bare numbers.
    let mut row_unit: Option<String> = None;
    for span in clauses {
        let span = trim_span(text, span);
        let after_comma = text[..span.start].trim_end().ends_with(['，', ',']);
        // A row (a clause after ；, or the list's first) starts with no unit of its own.
        if !after_comma {
            row_unit = None;
        }
        let clause = &text[span.start..span.end];
        if clause.is_empty()
            || is_hedge(clause)
            || is_category_lead(clause)
            || is_header_cell(clause)
        {
            continue;
        }
        // A plan report's table names the row's unit in a column of its own (| 地区生产总值增长
        // | % | 5.4 | 5左右 |): the unit joins the row, and its bare numbers read in it.
        if let Some(prev) = out.last_mut().filter(|_| after_comma) {
            if row_unit.is_none() && prev.quantity.is_none() && super::quantity::is_unit(clause) {
                row_unit = Some(clause.to_string());
                let between = text.get(prev.span.end..span.start).unwrap_or("");
                prev.text = unbroken(&format!("{}{between}{clause}", prev.text));
                prev.span = Span::new(prev.span.start, span.end);
                continue;
            }
        }
        // 规模以上工业增加值增长6%左右、力争7%: an aspiration riding on the target before it,
        // with no name of its own, is part of that target's text.
        if let Some(prev) = out
            .last_mut()
            .filter(|_| is_rider(clause) || is_aside(clause))
        {
            let between = text.get(prev.span.end..span.start).unwrap_or("");
            prev.text = unbroken(&format!("{}{between}{clause}", prev.text));
            prev.span = Span::new(prev.span.start, span.end);
            continue;
        }
        // A table row of an indicator and its figures by year (| 地区生产总值增长 | 5.4% |
        // 5%左右 |, read as 地区生产总值增长，5.4%，5%左右；): a bare figure after a comma is the
        // row's next column, not a target of its own. The last column is taken for the target
        // (tables run by year, the year planned last).
        let in_unit = row_unit
            .as_deref()
            .and_then(|u| super::quantity::in_column_unit(clause, u));
        let qs = match in_unit {
            Some(q) => vec![q],
            None => find_quantities(clause),
        };
        let bare = qs.len() == 1 && qs[0].text == clause;
        if let Some(prev) = out.last_mut().filter(|_| bare && after_comma) {
            let mut q = qs.into_iter().next();
            if let Some(q) = q.as_mut() {
                q.span = q.span.offset(span.start);
            }
            let between = text.get(prev.span.end..span.start).unwrap_or("");
            prev.text = unbroken(&format!("{}{between}{clause}", prev.text));
            prev.span = Span::new(prev.span.start, span.end);
            prev.quantity = q;
            continue;
        }
        if let Some(each) = respective_targets(clause, span) {
            out.extend(each);
            continue;
        }
        if let Some(each) = shared_targets(clause, span) {
            out.extend(each);
            continue;
        }
        let name = indicator_of(clause);
        // The figure follows the name (an age in 3岁以下婴幼儿入托率 is no figure).
        let name_end = name_len(clause, &name).unwrap_or(0);
        let quantity = first_quantity_from(clause, name_end, span);
        let indicator = unbroken(&name);
        out.push(Target {
            key: indicator_key(&indicator),
            indicator,
            text: unbroken(clause),
            quantity,
            span,
        });
    }
    out
}

/// Whether `s` holds a figure: a digit, or a quantity written in Chinese numerals
/// (百分之五左右, 十一万人).
fn has_figure(s: &str) -> bool {
    s.contains(crate::text::is_digit) || !find_quantities(s).is_empty()
}

/// The first figure of the clause at `span`, with its span in the whole text.
fn first_quantity(clause: &str, span: Span) -> Option<crate::model::Quantity> {
    first_quantity_from(clause, 0, span)
}

/// The first figure of the clause at `span` that starts at or after byte `from` of it, read
/// in the whole clause: the words before may decide what a figure is (the 比 of
/// 城乡居民收入比 makes 缩小至2.1∶1 a ratio).
fn first_quantity_from(clause: &str, from: usize, span: Span) -> Option<crate::model::Quantity> {
    let mut q = find_quantities(clause)
        .into_iter()
        .find(|q| q.span.start >= from)?;
    q.span = q.span.offset(span.start);
    Some(q)
}

/// A target's words without the line breaks a page left inside them (地区\n生产总值).
fn unbroken(s: &str) -> String {
    s.chars().filter(|c| !matches!(c, '\n' | '\r')).collect()
}

/// 分别 (respectively): one clause giving several indicators a figure each.
const RESPECTIVELY: &str = "分别";

/// The targets of a clause that gives several indicators a figure each: 城乡居民人均可支配收入
/// 分别增长5%、6.5% (城镇… 5%, 农村… 6.5%), 进出口和实际使用外资分别增长3%和5%, 一二三产
/// 增加值分别增长3.5%左右、6%左右、5%左右. The names come from 城乡 (urban, rural), from
/// 一二三产 (一产, 二产, 三产) or from the parts of the name joined by 和/与/、; `None` when
/// the clause is not such, or names and figures do not match up one to one. Each target's
/// text is its own share of the clause, name, verb and figure (城镇居民人均可支配收入增长5%),
/// so that a change to the other figure does not read as a rewording of this one; its span
/// is the whole clause.
fn respective_targets(clause: &str, span: Span) -> Option<Vec<Target>> {
    let at = clause.find(RESPECTIVELY)?;
    let name = clause[..at].trim_end_matches(|c: char| c.is_whitespace() || c == '的');
    // 其中一二三产增加值分别增长…: 其中 leads in, it names nothing.
    let name = name.strip_prefix("其中").unwrap_or(name);
    let rest_start = at + RESPECTIVELY.len();
    let figures = find_quantities(&clause[rest_start..]);
    // The words between 分别 and the first figure: 增长, 达到, 控制在….
    let verb = figures
        .first()
        .map_or("", |q| clause[rest_start..rest_start + q.span.start].trim());
    if figures.len() < 2 {
        return None;
    }
    let names: Vec<String> = if let Some(rest) = name.strip_prefix("城乡") {
        vec![format!("城镇{rest}"), format!("农村{rest}")]
    } else if let Some(rest) = ["一二三产", "一、二、三产", "第一二三产"]
        .iter()
        .find_map(|p| name.strip_prefix(p))
    {
        // 一二三产增加值: the value added of each of the three sectors.
        ["一产", "二产", "三产"]
            .iter()
            .map(|sector| format!("{sector}{rest}"))
            .collect()
    } else {
        let parts: Vec<&str> = name
            .split(['和', '与', '、', '及'])
            .map(str::trim)
            .collect();
        complete_names(&parts)
    };
    if names.len() != figures.len() || names.iter().any(|n| n.chars().count() < 2) {
        return None;
    }
    Some(
        names
            .into_iter()
            .zip(figures)
            .map(|(indicator, mut q)| {
                // A bound the list shares (分别增长7%、8%左右: each about) is written out
                // on each target, as the clause means it.
                if let Some(shared) = q
                    .qualifier
                    .as_deref()
                    .filter(|b| super::quantity::is_postfix_bound(b) && !q.text.ends_with(*b))
                {
                    q.text = format!("{}{shared}", q.text);
                }
                let text = format!("{indicator}{verb}{}", q.text);
                q.span = q.span.offset(span.start + rest_start);
                Target {
                    key: indicator_key(&indicator),
                    indicator,
                    text,
                    quantity: Some(q),
                    span,
                }
            })
            .collect(),
    )
}

/// What joins the names of several indicators under one verb.
const NAME_JOINERS: [char; 4] = ['、', '和', '与', '及'];

/// The targets of a clause naming several known indicators, joined by 、 (or 和/与/及),
/// under one verb and figure: 一般公共预算收入、固定资产投资保持正增长; 城镇、农村居民人均可
/// 支配收入与经济增长基本保持同步; 城镇居民人均可支配收入和农民人均纯收入均增长10%左右;
/// 单位国内生产总值能耗和主要污染物排放量继续下降 (national 2023). One target each, its text
/// its own name and the shared rest, so each pairs by its key with the other year's; `None`
/// unless every name has a known key of its own (空气质量、水质… stay one target; so does a
/// bundle with 等, and a name that holds 和, 一般公共预算收入和支出: 支出 has no key).
fn shared_targets(clause: &str, span: Span) -> Option<Vec<Target>> {
    let indicator = indicator_of(clause);
    if !indicator.contains(NAME_JOINERS) || indicator.contains('等') {
        return None;
    }
    // The words around the names: a binding target's 完成国家下达的 … 目标任务, or only
    // the verb and figure after them.
    let at = clause.find(indicator.as_str())?;
    let lead = unbroken(&clause[..at]);
    let rest = unbroken(&clause[at + indicator.len()..]);
    let indicator = unbroken(&indicator);
    let parts: Vec<&str> = indicator.split(NAME_JOINERS).map(str::trim).collect();
    let names = complete_names(&parts);
    let names: Vec<String> = names.iter().map(|n| with_shared_head(n, &names)).collect();
    let keys: Vec<String> = names.iter().map(|n| indicator_key(n)).collect();
    let distinct = keys.iter().enumerate().all(|(i, k)| !keys[..i].contains(k));
    if names.len() < 2 || !distinct || !keys.iter().all(|k| is_known_key(k)) {
        return None;
    }
    let quantity = first_quantity(clause, span);
    Some(
        names
            .into_iter()
            .zip(keys)
            .map(|(indicator, key)| Target {
                text: format!("{lead}{indicator}{rest}"),
                key,
                indicator,
                quantity: quantity.clone(),
                span,
            })
            .collect(),
    )
}

/// Whether `key` is one [`indicator_key`] knows (snake case), not a folded name standing
/// in for one.
pub fn is_known_key(key: &str) -> bool {
    !key.is_empty()
        && key
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b == b'_' || b.is_ascii_digit())
}

/// Names joined by 和/与/、 that share words: a short part takes the longest part's words
/// around it, 一般公共预算收入和支出 → 一般公共预算收入, 一般公共预算支出 (a two-character
/// part after a longer one replaces its last two characters); 城镇和农村居民人均可支配收入 →
/// 城镇居民人均可支配收入, 农村居民人均可支配收入 (one before a longer one replaces its first
/// two). Parts of three characters or more stand as they are (进出口, 实际使用外资).
fn complete_names(parts: &[&str]) -> Vec<String> {
    const SHORT: usize = 2;
    let longest = parts.iter().copied().max_by_key(|p| chars(p)).unwrap_or("");
    let n = chars(longest);
    parts
        .iter()
        .enumerate()
        .map(|(k, &p)| {
            if chars(p) > SHORT || n <= SHORT + 1 || p == longest {
                return p.to_string();
            }
            let split = |at: usize| {
                longest
                    .char_indices()
                    .nth(at)
                    .map_or(longest.len(), |(i, _)| i)
            };
            let before_longest = parts
                .iter()
                .position(|&q| q == longest)
                .is_some_and(|j| k < j);
            if before_longest {
                format!("{p}{}", &longest[split(chars(p))..])
            } else {
                format!("{}{p}", &longest[..split(n - chars(p))])
            }
        })
        .collect()
}

/// A name joined to a longer one that ends in the same words, given the longer one's head
/// where its own few first characters stand for the longer one's last ones before those
/// words: 登记失业率 beside 城镇调查失业率 is 城镇登记失业率 (登记 stands for 调查, 城镇 is
/// shared). The name as it is unless the completed one has the same key (the completion
/// names the same indicator, only in full).
fn with_shared_head(name: &str, names: &[String]) -> String {
    const MAX_OWN: usize = 2;
    const MIN_SHARED_END: usize = 2;
    let Some(longest) = names.iter().max_by_key(|n| chars(n)) else {
        return name.to_string();
    };
    let common_end = name
        .chars()
        .rev()
        .zip(longest.chars().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let own = chars(name) - common_end;
    let head = chars(longest) - common_end;
    if common_end < MIN_SHARED_END || own == 0 || own > MAX_OWN || head <= own {
        return name.to_string();
    }
    let keep: String = longest.chars().take(head - own).collect();
    let full = format!("{keep}{name}");
    if indicator_key(&full) == indicator_key(name) {
        full
    } else {
        name.to_string()
    }
}

/// A table's header cell read as a clause, where the table has no separator line to mark its
/// header row (a Word table): 指标, 项目, 单位, 序号, or a year's column (2025年完成,
/// 2026年目标, 2026年预期).
fn is_header_cell(clause: &str) -> bool {
    const WORDS: [&str; 6] = ["指标", "项目", "单位", "序号", "名称", "指标名称"];
    if WORDS.contains(&clause) {
        return true;
    }
    let Some(rest) = clause
        .char_indices()
        .nth(4)
        .filter(|_| clause.chars().take(4).all(|c| c.is_ascii_digit()))
        .and_then(|(k, _)| clause[k..].strip_prefix('年'))
    else {
        return false;
    };
    [
        "",
        "完成",
        "实际",
        "目标",
        "预期",
        "预期目标",
        "计划",
        "预计",
    ]
    .contains(&rest)
}

/// Trim whitespace and Markdown bold markers from both ends of a span, and a list item's
/// mark from its start: a dash or bullet (——地区生产总值…, ·, ●), a label (（1） 1. ①) or an
/// enumeration's marker (一是), as target lists carry them.
fn trim_span(text: &str, span: Span) -> Span {
    let s = &text[span.start..span.end];
    let is_trim = |c: char| c.is_whitespace() || c == '*';
    let head = s.trim_start_matches(is_trim);
    let rest = head[item_mark_len(head)..].trim_start_matches(is_trim);
    // An enumeration's marker (一是地区生产总值增长5%左右；二是…).
    let enumerated = crate::outline::text::enumeration_label(rest).map_or(0, |m| m.len);
    let rest = rest[enumerated..].trim_start_matches(is_trim);
    let rest = rest[label_len(rest)..].trim_start_matches(is_trim);
    let lead = s.len() - rest.len();
    Span::new(
        span.start + lead,
        span.start + lead + rest.trim_end_matches(is_trim).len(),
    )
}

/// Length in bytes of a short label and its colon heading a target ("就业：城镇新增就业60万人
/// 以上", "经济增长：地区生产总值增长5%左右"): at most six characters with no figure before
/// a colon, and an indicator named after it; 0 when there is none.
fn label_len(clause: &str) -> usize {
    const MAX_LABEL_CHARS: usize = 6;
    let Some(colon) = clause.find(['：', ':']) else {
        return 0;
    };
    let label = &clause[..colon];
    let n = label.chars().count();
    let after = colon + clause[colon..].chars().next().map_or(0, char::len_utf8);
    // The words after the colon must name an indicator themselves ("物价：居民消费价格涨幅
    // 2%左右"); "能耗：降低3%" keeps its label, the only name it has.
    if n == 0
        || n > MAX_LABEL_CHARS
        || label.contains(crate::text::is_digit)
        || !names_indicator(clause[after..].trim())
    {
        return 0;
    }
    after
}

/// Whether `clause` opens with an indicator's name before its verb or figure (居民消费价格 in
/// 居民消费价格涨幅2%左右), rather than with the verb (降低3%左右).
fn names_indicator(clause: &str) -> bool {
    name_len(clause, &indicator_of(clause)).is_some()
}

/// The length of `name` ([`indicator_of`] the clause) when it opens `clause` and something
/// follows it (the verb or figure); None when the name is the whole clause or not its start.
fn name_len(clause: &str, name: &str) -> Option<usize> {
    (name.len() < clause.len() && clause.starts_with(name)).then_some(name.len())
}

/// Clauses that hedge or qualify the previous target rather than state one:
/// 在实际工作中努力争取更好结果.
fn is_hedge(clause: &str) -> bool {
    if clause.starts_with('并') || clause.starts_with("重点") {
        // 并留有适当弹性, 重点控制化石能源消费: riders on the previous clause.
        return true;
    }
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

/// Whether a clause only names the category of the targets after it: 资源节约方面，万元…
fn is_category_lead(clause: &str) -> bool {
    const MAX_CHARS: usize = 8;
    clause.ends_with("方面") && chars(clause) <= MAX_CHARS
}

/// Whether a clause is an aspiration riding on the target before it: 力争7%, 争取8%以上 (an
/// aspiring word, then at once a figure).
fn is_rider(clause: &str) -> bool {
    ["力争", "争取", "努力"].iter().any(|w| {
        clause.strip_prefix(w).is_some_and(|rest| {
            rest.starts_with(crate::text::is_digit)
                || find_quantities(rest)
                    .first()
                    .is_some_and(|q| q.span.start == 0)
        })
    })
}

/// Whether a clause without a figure or a known indicator, and either without a verb of
/// [`VERB_MARKS`] or without a name before its verb, is an aside on the target before it,
/// not a target: 一般公共预算收入增长3.7%，努力跑赢全国; …稳步提升，加快构建优势; 农村低保
/// 标准提高6%，提高居民基础养老金，在全国实现位次前移 (a provincial report, probed). A clause
/// naming an indicator states it with a verb (居民收入增长与经济增长同步, 国际收支保持基本
/// 平衡), and one opening 完成/全面/按照/确保 states the binding targets.
fn is_aside(clause: &str) -> bool {
    if has_figure(clause) || is_known_key(&indicator_key(clause)) {
        return false;
    }
    // No verb at all (努力跑赢全国), or a verb with no indicator before it (提高居民基础养老金,
    // 在全国实现位次前移) — but 完成国家下达的…任务 states the binding targets.
    let no_name = indicator_of(clause) == clause
        && !["完成", "全面", "按照", "确保"]
            .iter()
            .any(|w| clause.starts_with(w));
    !VERB_MARKS.iter().any(|v| clause.contains(v)) || no_name
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
    "与经济",
    "和经济",
    "与上年",
    "与全",
    "与省",
    "与国家",
    "与居民",
    "与GDP",
    "高于",
    "低于",
    "提高",
    "提升",
    "上涨",
    "减少",
    "缩小",
    "超过",
    "突破",
    "只增不减",
    "不低于",
    // The bound written before the figure (城镇调查失业率不超过5%, 城镇新增就业不少于10万人):
    // the 不 ends the name, not 超过.
    "不超过",
    "不高于",
    "不少于",
    "不多于",
    "提质",
    "保稳",
    "促稳",
    "平稳",
    "合理增长",
    "合理回升",
    "回升",
    "稳",
    "完成",
    "持续",
    "进一步",
    "继续",
    "全年",
    // 一般公共预算收入同口径增长3%: the basis of comparison, not part of the name.
    "同口径",
    "可比口径",
    "相当于",
    "在",
    "不纳入",
    "均完成",
    "均增长",
    "均达到",
    "均保持",
    "均控制",
    "实现",
    "好于",
    "占",
    "基本",
];

/// Leading adverbs that leave no name before the verb: 全面完成…, 按照国家要求完成….
const ADVERB_ONLY: &[&str] = &["全面", "按照国家要求", "确保", "全面完成"];

/// Who sets a binding target, after 完成 (完成国家下达的…): the higher level, how it set it,
/// and for whom.
const ASSIGNERS: &[&str] = &["国家", "中央", "上级", "省", "自治区"];
const REQUIRED_BY: &[&str] = &["按照国家要求", "按国家要求", "按照国家部署"];
const ASSIGNED: &[&str] = &["下达", "下发", "分解", "确定"];
const ASSIGNEES: &[&str] = &[
    "给", "我省", "我市", "我区", "本省", "本市", "全省", "全市", "全区",
];
/// The words that end a binding target's object without naming it (…降低任务, …约束性指标).
const ASSIGNED_TAILS: &[&str] = &["任务", "目标", "约束性指标", "指标", "等", "降低", "下降"];

/// The indicator of a binding target, 完成国家下达的单位地区生产总值二氧化碳排放降低任务:
/// the object after the words that say who set it, without the words that end it
/// (单位地区生产总值二氧化碳排放), so that 全面完成国家下达我省的…目标 of another year names
/// the same indicator. `None` when the clause is not such, or nothing is left.
fn assigned_object(clause: &str) -> Option<&str> {
    let strip_any = |s: &'static [&'static str], text: &str| -> Option<usize> {
        s.iter().find(|w| text.starts_with(*w)).map(|w| w.len())
    };
    // 按照国家要求完成…: who set it comes first.
    let required = strip_any(REQUIRED_BY, clause);
    let rest = &clause[required.unwrap_or(0)..];
    let rest = rest.strip_prefix("全面").unwrap_or(rest);
    let mut rest = rest.strip_prefix("完成")?;
    match strip_any(ASSIGNERS, rest) {
        Some(by) => {
            let how = strip_any(ASSIGNED, &rest[by..])?;
            rest = &rest[by + how..];
        }
        None if required.is_some() => {}
        None => return None,
    }
    while let Some(n) = strip_any(ASSIGNEES, rest) {
        rest = &rest[n..];
    }
    let mut object = rest.strip_prefix('的').unwrap_or(rest);
    while let Some(tail) = ASSIGNED_TAILS.iter().find(|t| object.ends_with(*t)) {
        object = &object[..object.len() - tail.len()];
    }
    (object.chars().count() >= 2).then_some(object)
}

/// The indicator named by a clause: the words before its verb or first figure.
fn indicator_of(clause: &str) -> String {
    if let Some(object) = assigned_object(clause) {
        return object.to_string();
    }
    if VERB_MARKS.iter().any(|v| clause.starts_with(v)) {
        // The clause names its object after the verb; keep it whole.
        return clause.to_string();
    }
    let mut cut = clause.len();
    // 3岁以下婴幼儿入托率提高1.2个百分点: a figure opening the clause is part of the name,
    // which runs to the verb.
    let opens_with_figure = clause.starts_with(crate::text::is_digit);
    for (i, c) in clause.char_indices() {
        // A digit of a Latin name (PM2.5) belongs to the name.
        let in_name = || {
            clause[..i]
                .trim_end_matches(|p: char| p.is_ascii_digit() || p == '.')
                .ends_with(|p: char| p.is_ascii_alphabetic())
        };
        if crate::text::is_digit(c) && !opens_with_figure && !in_name() {
            cut = i;
            break;
        }
        // 增长率 names a rate (人口自然增长率控制在6‰以内), 占比 a share (产业投资占比保持在
        // 50%以上), not the verb.
        if i > 0
            && VERB_MARKS.iter().any(|v| clause[i..].starts_with(v))
            && !clause[i..].starts_with("增长率")
            && !clause[i..].starts_with("占比")
        {
            cut = i;
            break;
        }
    }
    // A figure in Chinese numerals ends the name too (城镇新增就业十一万人以上).
    if let Some(q) = find_quantities(&clause[..cut])
        .into_iter()
        .find(|q| q.span.start > 0 && !q.text.starts_with(crate::text::is_digit))
    {
        cut = q.span.start;
    }
    let name = clause[..cut].trim_end_matches(|c: char| c.is_whitespace() || "的：:".contains(c));
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
    let key = if has("等") && has("、") {
        // 能源、水资源、碳排放等指标: a bundle, not one indicator.
        return n;
    } else if has("能耗") {
        "energy_intensity"
    } else if has("二氧化碳") || has("碳排放") {
        "carbon_intensity"
    } else if has("用水") {
        // 万元地区生产总值用水量: water per unit of output, not output.
        "water_intensity"
    } else if has("研发") || has("研究与试验发展") {
        "rd_intensity"
    } else if has("工业增加值") {
        "industrial_value_added"
    } else if has("人均") && (has("生产总值") || has("生产毛额")) {
        "gdp_per_capita"
    } else if ((has("生产总值") || has("生产毛额")) && !has("单位") && !has("万元"))
        || n == "经济增长"
        || n == "经济"
    {
        // (国内生产毛额: the name a Taiwan outlet's copy gives GDP.)
        "gdp"
    } else if has("固定资产投资") {
        "fixed_investment"
    } else if has("社会消费品零售") {
        "retail_sales"
    } else if has("进出口") || has("外贸") {
        "trade"
    } else if n.starts_with("出口") {
        "exports"
    } else if has("一般公共预算收入")
        || has("地方财政收入")
        || has("公共财政收入")
        || has("公共财政预算收入")
    {
        // 地方（公共）财政收入, 公共财政预算收入: the same revenue under its names before the
        // 2014 budget law.
        "budget_revenue"
    } else if (has("外资") && (has("利用") || has("使用") || has("吸收") || has("引进")))
        || has("外商直接投资")
    {
        "foreign_investment"
    } else if has("收入比") || has("收入倍差") {
        // 城乡居民收入比 (2.1∶1), 城乡居民收入倍差: the gap, not an income.
        "income_ratio"
    } else if has("城镇") && has("居民") && has("收入") {
        // (城镇常住居民人均可支配收入 too: 常住 stands between.)
        "urban_income"
    } else if (has("农村") && has("居民") || has("农民")) && has("收入") {
        "rural_income"
    } else if has("居民") && has("收入") {
        "resident_income"
    } else if has("新增就业") {
        "urban_new_jobs"
    } else if has("登记失业率") {
        // 城镇登记失业率 counts those who registered (about 4%), another statistic than
        // the survey rate (about 5.5%) that replaced it as the target from 2018 on: a
        // report moving from one to the other dropped one target and set another, and a
        // report setting both (城镇调查失业率5.5%左右，城镇登记失业率4.5%以内) sets two.
        "registered_unemployment"
    } else if has("失业率") {
        "urban_unemployment"
    } else if has("城镇化率") {
        "urbanization"
    } else if has("居民消费价格") || has("消费者物价") || n.eq_ignore_ascii_case("cpi") {
        "cpi"
    } else if has("粮食") && has("播种面积") {
        // 粮食播种面积: the area sown, another target than the harvest.
        "grain_area"
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
    // The clues and their weights live with the outline code (`outline::year`).
    crate::outline::year::detect_year(text)
}

#[cfg(test)]
mod year_tests {
    use super::detect_year;

    #[test]
    fn plan_heading_wins_over_review_year() {
        let text = "政府工作报告\n一、2024年工作回顾\n过去一年，2024年成绩显著。\n二、2025年工作安排\n今年是“十四五”规划收官之年。\n";
        assert_eq!(detect_year(text), Some(2025));
        assert_eq!(
            detect_year("二、2022年经济社会发展总体要求和政策取向\n"),
            Some(2022)
        );
        assert_eq!(detect_year("随便一段话。"), None);
        // A title block that broke the delivery line in two (Guangdong 2026), headings
        // without years (一、今年和“十四五”时期工作回顾 / 三、今年工作安排).
        assert_eq!(
            detect_year(
                "政府工作报告\n——2026年1月26日在广东省第十四届\n人民代表大会第五次会议上\n\
                 一、今年和“十四五”时期工作回顾\n三、今年工作安排\n"
            ),
            Some(2026)
        );
        // No title block: a year named with a five-year plan's milestone (Fujian 2026 without
        // its first lines); the year after it when a look back follows. A year's sentence with
        // no milestone tells nothing.
        assert_eq!(
            detect_year(
                "各位代表：\n一、一年接着一年干\n2025年是“十四五”收官之年。一年来，我们成绩显著。\n\
                 三、一鼓作气勇争先\n2026年是“十五五”开局之年，做好今年工作意义重大。\n"
            ),
            Some(2026)
        );
        assert_eq!(
            detect_year("各位代表：\n2025年是“十四五”收官之年。一年来，我们成绩显著。\n"),
            Some(2026)
        );
        assert_eq!(
            detect_year("各位代表：\n2022年是党和国家历史上极为重要的一年。\n"),
            None
        );
        // Right under a review's heading, or said 很不平凡, it is the year looked back on; a
        // milestone in the same sentence is the plan's year still.
        assert_eq!(
            detect_year(
                "一、过去一年和五年工作回顾\n2022年是党和国家历史上极为重要的一年。党的二十大胜利召开。\n"
            ),
            Some(2023)
        );
        assert_eq!(
            detect_year("各位代表：\n2025年是很不平凡的一年。\n"),
            Some(2026)
        );
        assert_eq!(
            detect_year("各位代表：\n2026年是“十五五”开局之年，是极不平凡的一年。\n"),
            Some(2026)
        );
        // A CPPCC resolution: its adoption line (the seeds' two-sessions page).
        assert_eq!(
            detect_year(
                "政治决议
（2025年2月26日政协第十四届山西省太原市委员会第四次会议通过）
会议认为，过去一年成绩显著。
"
            ),
            Some(2025)
        );
    }
}

#[cfg(test)]
mod target_tests {
    use super::*;

    /// The keys of the targets read from `text`, in order.
    fn keys_of(text: &str) -> Vec<String> {
        targets(&CleanText::identity(text), &[])
            .into_iter()
            .map(|t| t.key)
            .collect()
    }

    /// Each target's (indicator, key, figure as written).
    fn indicator_key_figure(got: &[Target]) -> Vec<(&str, &str, Option<&str>)> {
        got.iter()
            .map(|t| {
                (
                    t.indicator.as_str(),
                    t.key.as_str(),
                    t.quantity.as_ref().map(|q| q.text.as_str()),
                )
            })
            .collect()
    }

    fn shared(name: &str) -> Option<String> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared");
        std::fs::read_to_string(format!("{dir}/{name}")).ok()
    }

    /// An outline that is only the root, as when the outline stage has not run.
    fn root(text: &str) -> Vec<Section> {
        vec![Section::root(Span::new(0, text.len()))]
    }

    /// Expected row: (indicator, key, value, unit, qualifier); value None = qualitative.
    type Row = (
        &'static str,
        &'static str,
        Option<f64>,
        &'static str,
        &'static str,
    );

    fn check(name: &str, text: &str, expected: &[Row]) {
        let clean = CleanText::identity(text);
        let got = targets(&clean, &root(text));
        let rows: Vec<_> = got
            .iter()
            .map(|t| {
                let q = t.quantity.as_ref();
                (
                    t.indicator.as_str(),
                    t.key.as_str(),
                    q.and_then(|q| q.value),
                    q.and_then(|q| q.unit.as_deref()).unwrap_or(""),
                    q.and_then(|q| q.qualifier.as_deref()).unwrap_or(""),
                )
            })
            .collect();
        assert_eq!(rows, expected, "{name}");
        for t in &got {
            assert_eq!(clean.slice(t.span), t.text, "{name}: span");
            if let Some(q) = &t.quantity {
                assert_eq!(clean.slice(q.span), q.text, "{name}: quantity span");
            }
        }
    }

    #[test]
    fn taiyuan_2025_seed() {
        let Some(text) = shared("seeds/taiyuan-2025-government-work-report.txt") else {
            eprintln!("seeds absent; skipping");
            return;
        };
        check(
            "taiyuan-2025",
            &text,
            &[
                ("地区生产总值", "gdp", Some(5.0), "%", "左右"),
                ("固定资产投资", "fixed_investment", Some(6.0), "%", "以上"),
                ("社会消费品零售总额", "retail_sales", Some(5.0), "%", "以上"),
                ("进出口总额", "trade", None, "", ""),
                ("城镇居民人均可支配收入", "urban_income", None, "", ""),
                ("农村居民人均可支配收入", "rural_income", None, "", ""),
                ("城镇新增就业", "urban_new_jobs", Some(80000.0), "人", ""),
                ("居民消费价格", "cpi", Some(2.0), "%", "左右"),
            ],
        );
    }

    #[test]
    fn taiyuan_2026_seed_half_width_colon() {
        let Some(text) = shared("seeds/taiyuan-2026-government-work-report.txt") else {
            eprintln!("seeds absent; skipping");
            return;
        };
        check(
            "taiyuan-2026",
            &text,
            &[
                ("地区生产总值", "gdp", Some(5.0), "%", ""),
                ("固定资产投资", "fixed_investment", Some(6.0), "%", ""),
                ("社会消费品零售总额", "retail_sales", Some(6.0), "%", ""),
                ("进出口总额", "trade", None, "", ""),
                ("一般公共预算收入", "budget_revenue", Some(2.0), "%", ""),
                ("居民人均可支配收入", "resident_income", None, "", ""),
                (
                    "城镇新增就业人数",
                    "urban_new_jobs",
                    Some(80000.0),
                    "人",
                    "",
                ),
                ("居民消费价格指数", "cpi", Some(2.0), "%", "左右"),
            ],
        );
    }

    #[test]
    fn plan_report_repeats_targets_under_a_heading() {
        let Some(text) = shared("seeds/taiyuan-2025-cppcc-proposals-and-plan-report.txt") else {
            eprintln!("seeds absent; skipping");
            return;
        };
        let got = targets(&CleanText::identity(&text), &root(&text));
        let keys: Vec<_> = got.iter().map(|t| t.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "gdp",
                "fixed_investment",
                "retail_sales",
                "trade",
                "urban_income",
                "rural_income",
                "urban_new_jobs",
                "cpi",
                // The binding targets in the sentence after the list: 万元地区生产总值能耗
                // 降幅、主要污染物减排量等约束性指标均不折不扣完成省下达任务 (one target: 等).
                "energy_intensity"
            ]
        );
    }

    /// National GDP, jobs and CPI targets 2021–2025, as written in each report.
    #[test]
    fn national_2021_to_2025() {
        type Figure = (f64, &'static str);
        let years: &[(&str, Figure, Figure, Figure)] = &[
            (
                "national-2021",
                (6.0, "以上"),
                (1.1e7, "以上"),
                (3.0, "左右"),
            ),
            (
                "national-2022",
                (5.5, "左右"),
                (1.1e7, "以上"),
                (3.0, "左右"),
            ),
            (
                "national-2023",
                (5.0, "左右"),
                (1.2e7, "左右"),
                (3.0, "左右"),
            ),
            (
                "national-2024",
                (5.0, "左右"),
                (1.2e7, "以上"),
                (3.0, "左右"),
            ),
            (
                "national-2024-alt",
                (5.0, "左右"),
                (1.2e7, "以上"),
                (3.0, "左右"),
            ),
            (
                "national-2025",
                (5.0, "左右"),
                (1.2e7, "以上"),
                (2.0, "左右"),
            ),
        ];
        for (name, gdp, jobs, cpi) in years {
            let Some(text) = shared(&format!("corpus/{name}.txt")) else {
                eprintln!("corpus absent; skipping {name}");
                continue;
            };
            let got = targets(&CleanText::identity(&text), &root(&text));
            let find = |key: &str| {
                let t = got
                    .iter()
                    .find(|t| t.key == key)
                    .unwrap_or_else(|| panic!("{name}: no {key}"));
                let q = t
                    .quantity
                    .as_ref()
                    .unwrap_or_else(|| panic!("{name}: {key} has no figure"));
                (
                    q.value.unwrap_or(f64::NAN),
                    q.qualifier.clone().unwrap_or_default(),
                )
            };
            assert_eq!(find("gdp"), (gdp.0, gdp.1.to_string()), "{name} gdp");
            assert_eq!(
                find("urban_new_jobs"),
                (jobs.0, jobs.1.to_string()),
                "{name} jobs"
            );
            assert_eq!(find("cpi"), (cpi.0, cpi.1.to_string()), "{name} cpi");
            assert_eq!(got[0].indicator, "国内生产总值", "{name}");
            assert!(got.iter().any(|t| t.key == "urban_unemployment"), "{name}");
        }
    }

    /// A page may break the targets sentence anywhere: between 预期 and 目标, inside an
    /// indicator's name. The targets read as unbroken.
    #[test]
    fn a_line_break_inside_the_sentence() {
        for text in [
            "今年主要预期\n目标是：地区生产总值增长5%左右，城镇新增就业8万人。",
            "今年主要预期目标是：地区\n生产总值增长5%左右，城镇新增就业8万人。",
        ] {
            let got = targets(&CleanText::identity(text), &[]);
            let rows: Vec<_> = got
                .iter()
                .map(|t| (t.indicator.as_str(), t.key.as_str(), t.text.as_str()))
                .collect();
            assert_eq!(
                rows,
                [
                    ("地区生产总值", "gdp", "地区生产总值增长5%左右"),
                    ("城镇新增就业", "urban_new_jobs", "城镇新增就业8万人")
                ],
                "{text:?}"
            );
        }
    }

    /// Through the cleaner and the outline: the targets sentence of a report, broken by a
    /// page at every one of its positions, reads as the unbroken one at all of them.
    #[test]
    fn the_targets_sentence_broken_at_every_position() {
        let read = |text: &str| {
            let clean = crate::ingest::clean(text);
            let outline = crate::outline::build(&clean, Span::new(0, clean.text.len()));
            targets(&clean, &outline)
                .into_iter()
                .map(|t| (t.indicator, t.quantity.map(|q| q.text)))
                .collect::<Vec<_>>()
        };
        let head = "政府工作报告\n一、2026年工作安排\n";
        let tail = "\n（一）扩大内需。实施重大项目200个，完成投资500亿元。\n";
        for sentence in [
            "今年主要预期目标是：地区生产总值增长5%左右，城镇新增就业8万人以上，居民消费价格涨幅2%左右。",
            "今年经济社会发展的主要预期目标是：全省生产总值增长5%以上；城乡居民人均可支配收入分别增长5%、6%；粮食产量稳定在1300亿斤以上。",
        ] {
            let whole = read(&format!("{head}{sentence}{tail}"));
            assert!(whole.len() >= 3, "{whole:?}");
            let broken: Vec<usize> = sentence
                .char_indices()
                .skip(1)
                .map(|(i, _)| i)
                .filter(|&i| {
                    let text = format!("{head}{}\n{}{tail}", &sentence[..i], &sentence[i..]);
                    read(&text) != whole
                })
                .collect();
            assert!(broken.is_empty(), "{sentence}: broken at {broken:?}");
        }
    }

    #[test]
    fn accepts_bold_and_other_copulas() {
        for text in [
            "**今年主要预期目标**是：地区生产总值增长5%左右，城镇新增就业8万人。",
            "主要预期目标建议为：地区生产总值增长5%左右，城镇新增就业8万人。",
            "主要预期目标:地区生产总值增长5%左右,城镇新增就业8万人。",
            "综合考虑各方面因素，今年预期目标安排如下：地区生产总值增长5%左右，城镇新增就业8万人。",
            // Without 预期: the sentence names this year.
            "今年发展的主要目标是：地区生产总值增长5%左右，城镇新增就业8万人。",
            "今年经济社会发展的主要目标建议安排为：地区生产总值增长5%左右，城镇新增就业8万人。",
            "2026年全区经济社会发展主要预期指标是：地区生产总值增长5%左右，城镇新增就业8万人。",
            "2025年经济社会发展主要目标为：地区生产总值增长5%左右，城镇新增就业8万人。",
            // A comma after the copula (an older provincial report's wording).
            "今年全省经济社会发展的主要预期目标是，生产总值增长7%左右，城镇新增就业8万人。",
        ] {
            let got = targets(&CleanText::identity(text), &[]);
            let keys: Vec<_> = got.iter().map(|t| t.key.as_str()).collect();
            assert_eq!(keys, ["gdp", "urban_new_jobs"], "{text}");
        }
    }

    /// One clause giving two indicators a figure each (分别) is two targets, named from 城乡 or
    /// from the parts of the name; a Latin name keeps its digits (PM2.5).
    #[test]
    fn respective_figures_and_latin_names() {
        let read = |text: &str| -> Vec<(String, String, Option<f64>)> {
            targets(&CleanText::identity(text), &[])
                .into_iter()
                .map(|t| (t.indicator, t.key, t.quantity.and_then(|q| q.value)))
                .collect()
        };
        let got = read(
            "主要预期目标是：地区生产总值增长6%左右，城乡居民人均可支配收入分别增长5%、6.5%，\
             进出口和实际使用外资分别增长3%和5%，PM2.5平均浓度控制在30微克/立方米以内。",
        );
        let names: Vec<(&str, &str)> = got
            .iter()
            .map(|(n, k, _)| (n.as_str(), k.as_str()))
            .collect();
        assert_eq!(
            names,
            [
                ("地区生产总值", "gdp"),
                ("城镇居民人均可支配收入", "urban_income"),
                ("农村居民人均可支配收入", "rural_income"),
                ("进出口", "trade"),
                ("实际使用外资", "foreign_investment"),
                ("PM2.5平均浓度", "pm25"),
            ]
        );
        let texts: Vec<String> = targets(
            &CleanText::identity("主要预期目标是：城乡居民人均可支配收入分别增长5%、6.5%。"),
            &[],
        )
        .into_iter()
        .map(|t| t.text)
        .collect();
        assert_eq!(
            texts,
            [
                "城镇居民人均可支配收入增长5%",
                "农村居民人均可支配收入增长6.5%"
            ]
        );
        let values: Vec<Option<f64>> = got.iter().map(|t| t.2).collect();
        assert_eq!(
            values,
            [
                Some(6.0),
                Some(5.0),
                Some(6.5),
                Some(3.0),
                Some(5.0),
                Some(30.0)
            ]
        );
        // The three sectors (a provincial report, probed), after a lead-in 其中.
        let got = read(
            "主要预期目标是：地区生产总值增长5%左右，其中一二三产增加值分别增长3.5%左右、6%左右、5%左右。",
        );
        let rows: Vec<(&str, Option<f64>)> = got.iter().map(|t| (t.0.as_str(), t.2)).collect();
        assert_eq!(
            rows,
            [
                ("地区生产总值", Some(5.0)),
                ("一产增加值", Some(3.5)),
                ("二产增加值", Some(6.0)),
                ("三产增加值", Some(5.0)),
            ]
        );
        let got = read(
            "主要预期目标是：一般公共预算收入和支出分别增长3%、5%，城镇和农村居民人均可支配收入分别增长5%、6%。",
        );
        let names: Vec<&str> = got.iter().map(|t| t.0.as_str()).collect();
        assert_eq!(
            names,
            [
                "一般公共预算收入",
                "一般公共预算支出",
                "城镇居民人均可支配收入",
                "农村居民人均可支配收入"
            ]
        );
        // A bound ending the figures is each one's (7%、8%左右: both about).
        let got: Vec<(String, Option<String>)> = targets(
            &CleanText::identity("主要预期目标是：城乡居民人均可支配收入分别增长7%、8%左右。"),
            &[],
        )
        .into_iter()
        .map(|t| (t.text, t.quantity.and_then(|q| q.qualifier)))
        .collect();
        let about = Some("左右".to_string());
        assert_eq!(
            got,
            [
                (
                    "城镇居民人均可支配收入增长7%左右".to_string(),
                    about.clone()
                ),
                ("农村居民人均可支配收入增长8%左右".to_string(), about),
            ]
        );
        // Names and figures that do not match up one to one stay one target.
        let got = read("主要预期目标是：居民收入分别增长5%、6%和7%。");
        assert_eq!(got.len(), 1, "{got:?}");
    }

    /// A longer period's goals are not the year's targets, whatever their words.
    #[test]
    fn five_year_goals_are_no_targets() {
        for text in [
            "“十五五”时期经济社会发展的主要目标是：地区生产总值年均增长5%左右，城镇新增就业40万人。",
            "今后五年的主要目标是：地区生产总值年均增长5%左右，城镇新增就业40万人。",
            "主要目标是：经济实力迈上新台阶。",
        ] {
            assert!(targets(&CleanText::identity(text), &[]).is_empty(), "{text}");
        }
    }

    #[test]
    fn skips_a_mention_not_followed_by_the_list() {
        // As in national-2023: the first 主要预期目标 is in a review sentence.
        let text = "把主要预期目标作为一个有机整体来把握。\n今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人左右，城镇调查失业率5.5%左右。";
        let got = targets(&CleanText::identity(text), &root(text));
        let keys: Vec<_> = got.iter().map(|t| t.key.as_str()).collect();
        assert_eq!(keys, ["gdp", "urban_new_jobs", "urban_unemployment"]);
        assert_eq!(got[1].quantity.as_ref().and_then(|q| q.value), Some(1.2e7));
    }

    #[test]
    fn reads_a_list_split_across_lines_and_hedges() {
        // As in guangdong-2026: "主要预期目标\n是：" and a hedging clause.
        let text = "全年主要预期目标\n是：地区生产总值增长4.5%—5%，在实际工作中全力争取更好结果；地方一般公共预算收入增长3%左右。下文";
        let got = targets(&CleanText::identity(text), &[]);
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].key, "gdp");
        let q = got[0].quantity.as_ref().map(|q| (q.low, q.high, q.value));
        assert_eq!(q, Some((Some(4.5), Some(5.0), None)));
        assert_eq!(got[1].key, "budget_revenue");
    }

    #[test]
    fn reads_figures_written_in_words_as_figures() {
        // A transcript may write 百分之五 for 5%: the clauses split, and the riders and hedges
        // join their targets, as they do for figures.
        let words = "主要预期目标是：地区生产总值增长百分之五左右、努力争取更好结果，一般公共预算收入增长百分之四左右、力争百分之五，城镇新增就业十一万人以上。";
        let figures = "主要预期目标是：地区生产总值增长5%左右、努力争取更好结果，一般公共预算收入增长4%左右、力争5%，城镇新增就业11万人以上。";
        let w = targets(&CleanText::identity(words), &[]);
        let f = targets(&CleanText::identity(figures), &[]);
        let rows = |got: &[Target]| {
            got.iter()
                .map(|t| {
                    let q = t.quantity.as_ref();
                    let figure = q.map(|q| (q.value, q.unit.clone(), q.qualifier.clone()));
                    (t.key.clone(), figure)
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(rows(&w), rows(&f));
        let texts: Vec<&str> = w.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "地区生产总值增长百分之五左右",
                "一般公共预算收入增长百分之四左右、力争百分之五",
                "城镇新增就业十一万人以上"
            ]
        );
    }

    #[test]
    fn reads_a_list_written_one_target_per_line() {
        let text = "今年经济社会发展的主要预期目标是：\n地区生产总值增长5%左右；\n城镇新增就业50万人以上；\n城镇调查失业率5.5%左右；\n居民收入增长与经济增长同步；\n粮食产量稳定在500亿斤以上。\n（一）扩大内需\n实施提振消费行动，新增就业岗位10万个；\n加快建设。";
        let got = targets(&CleanText::identity(text), &[]);
        let keys: Vec<&str> = got.iter().map(|t| t.indicator.as_str()).collect();
        assert_eq!(got.len(), 5, "{keys:?}");
        assert_eq!(got[4].quantity.as_ref().map(|q| q.value), Some(Some(5e10)));
    }

    /// The indicators of the targets read in `text`, in order.
    fn indicators(text: &str) -> Vec<String> {
        targets(&CleanText::identity(text), &[])
            .into_iter()
            .map(|t| t.indicator)
            .collect()
    }

    /// A page that broke the list after one target's ； runs the rest on in one line: the
    /// list goes on through it.
    #[test]
    fn reads_a_list_broken_after_a_semicolon() {
        let text = "今年主要预期目标是：地区生产总值增长5%左右；\n城镇新增就业50万人以上；城镇调查失业率5.5%左右；居民消费价格涨幅2%左右；居民收入增长与经济增长同步；粮食产量稳定在500亿斤以上；单位地区生产总值能耗降低2.5%左右。\n（一）扩大内需。实施提振消费行动，新增就业岗位10万个；加快建设。";
        let rest = text.lines().nth(1).unwrap_or("");
        assert!(
            rest.chars().count() > 80,
            "longer than a line of one target"
        );
        assert_eq!(
            indicators(text),
            [
                "地区生产总值",
                "城镇新增就业",
                "城镇调查失业率",
                "居民消费价格",
                "居民收入",
                "粮食产量",
                "单位地区生产总值能耗"
            ]
        );
    }

    /// A list written one target per line may end on a line of qualitative targets without
    /// a figure (national 2023, every line broken after its ；).
    #[test]
    fn reads_a_last_line_of_qualitative_targets() {
        let text = "今年发展主要预期目标是：国内生产总值增长5%左右；\n居民收入增长与经济增长基本同步；\n粮食产量保持在1.3万亿斤以上；\n单位国内生产总值能耗和主要污染物排放量继续下降，重点控制化石能源消费，生态环境质量稳定改善。\n要坚持稳字当头、稳中求进，面对战略机遇和风险挑战并存、不确定难预料因素增多，保持政策连续性稳定性针对性，加强各类政策协调配合，形成共促高质量发展合力。";
        assert_eq!(
            indicators(text),
            [
                "国内生产总值",
                "居民收入",
                "粮食产量",
                "单位国内生产总值能耗",
                "主要污染物排放量",
                "生态环境质量"
            ],
            "the paragraph after the list is no target"
        );
    }

    /// Target lists written one per line carry item marks (dashes, bullets, numbers) and
    /// sometimes a short label before a colon; the indicator is the same as in prose.
    #[test]
    fn reads_marked_and_labelled_target_lists() {
        let forms = [
            "（1）地区生产总值增长5%左右；\n（2）城镇新增就业60万人以上；\n（3）居民消费价格涨幅2%左右。",
            "1.地区生产总值增长5%左右；\n2.城镇新增就业60万人以上；\n3.居民消费价格涨幅2%左右。",
            "①地区生产总值增长5%左右；②城镇新增就业60万人以上；③居民消费价格涨幅2%左右。",
            "——地区生产总值增长5%左右；\n——城镇新增就业60万人以上；\n——居民消费价格涨幅2%左右。",
            "——经济增长：地区生产总值增长5%左右；\n——就业：城镇新增就业60万人以上；\n——物价：居民消费价格涨幅2%左右。",
            "● 地区生产总值增长5%左右；\n● 城镇新增就业60万人以上；\n● 居民消费价格涨幅2%左右。",
        ];
        for form in forms {
            let text = format!(
                "二、2026年工作安排\n今年经济社会发展的主要预期目标是：\n{form}\n（一）扩大内需。实施提振消费专项行动。"
            );
            let got = targets(&CleanText::identity(&text), &[]);
            let rows: Vec<(&str, &str)> = got
                .iter()
                .map(|t| {
                    let q = t.quantity.as_ref().map_or("", |q| q.text.as_str());
                    (t.indicator.as_str(), q)
                })
                .collect();
            assert_eq!(
                rows,
                [
                    ("地区生产总值", "5%左右"),
                    ("城镇新增就业", "60万人以上"),
                    ("居民消费价格", "2%左右")
                ],
                "{form}"
            );
        }
        // A label is kept when it is the only name: "能耗：降低3%左右".
        let text = "主要预期目标是：能耗：降低3%左右；居民收入增长与经济增长同步。";
        let got = targets(&CleanText::identity(text), &[]);
        assert_eq!(got[0].indicator, "能耗");
        assert_eq!(got[1].indicator, "居民收入");
        // 1.5% is a figure, not an item label.
        assert_eq!(item_mark_len("1.5%左右"), 0);
        assert_eq!(item_mark_len("12、地区"), "12、".len());
    }

    #[test]
    fn keys_pair_renamed_indicators() {
        assert_eq!(indicator_key("地区生产总值"), indicator_key("国内生产总值"));
        assert_eq!(indicator_key("经济增长"), "gdp");
        assert_eq!(
            indicator_key("居民消费价格指数"),
            indicator_key("居民消费价格")
        );
        assert_eq!(indicator_key("城镇新增就业人数"), "urban_new_jobs");
        assert_eq!(indicator_key("单位国内生产总值能耗"), "energy_intensity");
        assert_eq!(indicator_key("某某新指标"), "某某新指标");
        // Older and city wordings of the same indicators.
        assert_eq!(indicator_key("地方财政收入"), "budget_revenue");
        assert_eq!(indicator_key("地方公共财政收入"), "budget_revenue");
        assert_eq!(indicator_key("公共财政预算收入"), "budget_revenue");
        assert_eq!(indicator_key("研究与试验发展经费支出"), "rd_intensity");
        assert_eq!(indicator_key("农民人均纯收入"), "rural_income");
        assert_eq!(indicator_key("粮食播种面积"), "grain_area");
        assert_eq!(indicator_key("城镇常住居民人均可支配收入"), "urban_income");
        assert_eq!(indicator_key("农村常住居民人均可支配收入"), "rural_income");
        assert_eq!(indicator_key("城乡居民收入"), "resident_income");
        assert_eq!(indicator_key("城乡居民收入比"), "income_ratio");
        assert_eq!(indicator_key("城乡居民收入倍差"), "income_ratio");
        assert_eq!(indicator_key("粮食总产量"), "grain_output");
        for name in [
            "实际利用外资",
            "实际使用外资",
            "实际吸收外资",
            "实际利用外商直接投资",
        ] {
            assert_eq!(indicator_key(name), "foreign_investment", "{name}");
        }
        // A Taiwan outlet's names (read from traditional characters).
        assert_eq!(indicator_key("国内生产毛额"), "gdp");
        assert_eq!(indicator_key("消费者物价指数"), "cpi");
        // Per head is another indicator than the total: a city report states both.
        assert_eq!(indicator_key("人均地区生产总值"), "gdp_per_capita");
    }

    /// The keys `indicator_key` gives (one name of each here; add a name with a new key) are
    /// in docs/schema.md's table of target keys.
    #[test]
    fn every_known_key_is_documented() {
        let doc = include_str!("../../docs/schema.md");
        let table = &doc[doc.find("## Target keys").expect("a table of keys")..];
        let names = [
            "地区生产总值",
            "人均地区生产总值",
            "规模以上工业增加值",
            "固定资产投资",
            "社会消费品零售总额",
            "进出口总额",
            "出口总额",
            "实际利用外资",
            "一般公共预算收入",
            "居民人均可支配收入",
            "城镇居民人均可支配收入",
            "农村居民人均可支配收入",
            "城镇新增就业",
            "城镇调查失业率",
            "城镇登记失业率",
            "居民消费价格",
            "粮食产量",
            "国际收支",
            "单位生产总值能耗",
            "单位生产总值二氧化碳排放",
            "万元地区生产总值用水量",
            "研发经费投入强度",
            "主要污染物排放总量",
            "细颗粒物浓度",
            "生态环境质量",
        ];
        for name in names {
            let key = indicator_key(name);
            assert!(is_known_key(&key), "{name}: {key}");
            assert!(
                table.contains(&format!("`{key}`")),
                "{key} not in docs/schema.md"
            );
        }
    }

    /// 预期性指标 (against binding 约束性指标) and 主要发展目标 open the list; binding targets in a
    /// sentence of their own right after it are read too, a category lead (资源节约方面) being
    /// no target, and output per 万元 of GDP being no GDP.
    #[test]
    fn expected_and_binding_targets() {
        for text in [
            "今年主要预期性指标是：地区生产总值增长5%左右，城镇新增就业8万人。",
            "今年全区主要发展目标是：地区生产总值增长5%左右，城镇新增就业8万人。",
        ] {
            assert_eq!(keys_of(text), ["gdp", "urban_new_jobs"], "{text}");
        }
        assert!(keys_of("“十五五”时期主要发展目标是：地区生产总值年均增长5%左右。").is_empty());
        let both = "主要预期指标是：地区生产总值增长5.5%左右，城镇新增就业45万人。\n约束性指标是：资源节约方面，万元地区生产总值能耗下降3.2%，万元地区生产总值用水量下降3%。";
        assert_eq!(
            keys_of(both),
            [
                "gdp",
                "urban_new_jobs",
                "energy_intensity",
                "water_intensity"
            ]
        );
    }

    /// The comma after 是 opens the list only when a target and its figure follow at once.
    #[test]
    fn a_comma_after_the_copula_needs_a_target_next() {
        let text = "实现预期目标是，我们的共同责任。地区生产总值增长5%左右。";
        assert!(targets(&CleanText::identity(text), &[]).is_empty());
    }

    /// Names cut at the right word: 增长率 is a noun, 与 joins a name (研究与试验发展), 平稳 and
    /// 合理 open the target.
    #[test]
    fn indicator_names_end_at_the_verb() {
        let text = "主要预期目标是：人口自然增长率控制在5‰以内，研究与试验发展经费支出占生产总值比重2%左右，进出口平稳增长，固定资产投资合理增长，居民人均可支配收入与经济增长同步。";
        assert_eq!(
            indicators(text),
            [
                "人口自然增长率",
                "研究与试验发展经费支出",
                "进出口",
                "固定资产投资",
                "居民人均可支配收入"
            ]
        );
    }

    /// A sentence right after the list that only goes on listing known indicators is read
    /// too; one that explains a target is not.
    #[test]
    fn a_following_sentence_of_targets() {
        let text = "今年主要预期目标是：地区生产总值增长5%左右，提高居民基础养老金。\
                    CPI涨幅2%左右，单位GDP二氧化碳排放下降3%左右。以上目标考虑了需要和可能。";
        let keys: Vec<String> = targets(&CleanText::identity(text), &[])
            .into_iter()
            .map(|t| t.key)
            .collect();
        assert!(keys.contains(&"cpi".to_string()), "{keys:?}");
        assert!(keys.contains(&"carbon_intensity".to_string()), "{keys:?}");
        let text = "今年主要预期目标是：地区生产总值增长5%左右。\
                    居民消费价格涨幅2%左右，考虑了预期引导和现实可能。";
        let keys: Vec<String> = targets(&CleanText::identity(text), &[])
            .into_iter()
            .map(|t| t.key)
            .collect();
        assert_eq!(keys, ["gdp"]);
        // A new paragraph's first sentence goes on the list too when it only lists targets
        // (a page of one sentence a line: a held-out report under the probe lost 8 of its
        // 10 targets), not when it explains one under a label.
        let text = "今年主要预期目标是：地区生产总值增长5%左右。\n\u{3000}\u{3000}居民消费价格涨幅2%左右；\
                    固定资产投资增长3%左右。\n围绕实现上述目标，重点抓好以下工作：";
        assert_eq!(keys_of(text), ["gdp", "cpi", "fixed_investment"]);
        let text = "今年主要预期目标是：地区生产总值增长5%左右。\n（一）居民消费价格涨幅2%左右。";
        assert_eq!(keys_of(text), ["gdp"]);
        let text = "今年主要预期目标是：地区生产总值增长5%左右。\n居民消费价格涨幅2%左右，考虑了预期引导。";
        assert_eq!(keys_of(text), ["gdp"]);
        // Sentences go on one after another, the last stating its targets without figures.
        let text = "预期目标是：地区生产总值增长5.5%—6%，在实际工作中努力争取更好结果。\
                    固定资产投资增长8%左右，城镇新增就业47万人以上。\
                    生态环境质量持续改善，单位地区生产总值二氧化碳排放完成目标任务。\
                    这些目标考虑了需要和可能。";
        assert_eq!(
            keys_of(text),
            [
                "gdp",
                "fixed_investment",
                "urban_new_jobs",
                "environment_quality",
                "carbon_intensity"
            ]
        );
        // A sentence giving each sector its figure (分别) goes on the list too (a probed
        // report of 2026 read only its GDP target).
        let text = "主要预期目标是：地区生产总值增长5%左右，力争取得更好结果。\
                    一产、二产、三产增加值分别增长5%左右、5%以上、5%左右。\
                    固定资产投资增长5%左右，居民消费价格涨幅2%左右。";
        let got = targets(&CleanText::identity(text), &[]);
        let rows: Vec<(&str, &str)> = got
            .iter()
            .map(|t| {
                (
                    t.indicator.as_str(),
                    t.quantity.as_ref().map_or("", |q| q.text.as_str()),
                )
            })
            .collect();
        assert_eq!(
            rows,
            [
                ("地区生产总值", "5%左右"),
                ("一产增加值", "5%左右"),
                ("二产增加值", "5%以上"),
                ("三产增加值", "5%左右"),
                ("固定资产投资", "5%左右"),
                ("居民消费价格", "2%左右")
            ]
        );
    }

    /// Verbs other reports use (提高, 上涨, 提升), and a name opening with a figure (an age):
    /// the figure is the one after the name.
    #[test]
    fn names_end_at_other_verbs_and_may_open_with_a_figure() {
        let text =
            "主要预期目标是：常住人口城镇化率提高1个百分点左右；居民消费价格指数上涨2%左右；\
                    全员劳动生产率提升5%；3岁以下婴幼儿入托率提高1.2个百分点；5%左右；\
                    粮食产量超过840亿斤，一般公共预算收入增长3.7%，努力跑赢全国；\
                    居民人均可支配收入和经济增长同步；粮食产量只增不减；产业投资占比保持在50%以上；\
                    居民消费价格合理回升；农村低保标准提高6%，提高居民基础养老金，在全国实现位次前移；\
                    完成国家下达的节能减排任务。";
        let got = targets(&CleanText::identity(text), &[]);
        let rows = indicator_key_figure(&got);
        assert_eq!(
            rows,
            [
                ("常住人口城镇化率", "urbanization", Some("1个百分点左右")),
                ("居民消费价格指数", "cpi", Some("2%左右")),
                ("全员劳动生产率", "全员劳动生产率", Some("5%")),
                (
                    "3岁以下婴幼儿入托率",
                    "3岁以下婴幼儿入托率",
                    Some("1.2个百分点")
                ),
                ("5%左右", "5%左右", Some("5%左右")),
                ("粮食产量", "grain_output", Some("超过840亿斤")),
                ("一般公共预算收入", "budget_revenue", Some("3.7%")),
                ("居民人均可支配收入", "resident_income", None),
                ("粮食产量", "grain_output", None),
                ("产业投资占比", "产业投资占比", Some("50%以上")),
                ("居民消费价格", "cpi", None),
                ("农村低保标准", "农村低保标准", Some("6%")),
                ("节能减排", "节能减排", None),
            ]
        );
        // An aside after a target (努力跑赢全国) is part of its text.
        assert_eq!(got[6].text, "一般公共预算收入增长3.7%，努力跑赢全国");
        let at = got[3].quantity.as_ref().unwrap().span.start;
        assert!(text[at..].starts_with("1.2个百分点"));
    }

    /// A bound written before the figure (不超过, 不少于, as in 城镇调查失业率控制在5.5%以内
    /// reworded) ends the name at its 不: the name is the indicator's and the figure is read.
    #[test]
    fn a_bound_before_the_figure_ends_the_name() {
        let text = "主要预期目标是：城镇调查失业率不超过5.5%；城镇新增就业不少于10万人；\
                    能源消耗不高于3000万吨标准煤。";
        let got = targets(&CleanText::identity(text), &[]);
        assert_eq!(
            indicator_key_figure(&got),
            [
                ("城镇调查失业率", "urban_unemployment", Some("不超过5.5%")),
                ("城镇新增就业", "urban_new_jobs", Some("不少于10万人")),
                ("能源消耗", "能源消耗", Some("不高于3000万吨标准煤")),
            ]
        );
    }

    /// A figure written with thousands separators (1,200万人) is one figure: the comma inside
    /// it parts no clause (probed: every figure of the corpus so written lost the national
    /// 城镇新增就业 target's figure). A comma between two targets still parts them.
    #[test]
    fn a_thousands_separator_parts_no_target() {
        let text = "主要预期目标是：城镇新增就业1,200万人以上,城镇调查失业率5.5%左右；\
                    粮食产量13,000亿斤以上。";
        let got = targets(&CleanText::identity(text), &[]);
        assert_eq!(
            indicator_key_figure(&got),
            [
                ("城镇新增就业", "urban_new_jobs", Some("1,200万人以上")),
                ("城镇调查失业率", "urban_unemployment", Some("5.5%左右")),
                ("粮食产量", "grain_output", Some("13,000亿斤以上")),
            ]
        );
    }

    /// Targets led by 主要目标是：/发展目标是：/主要指标是： count when the sentence before, or
    /// the first sentence of the paragraph before, names this year (national, Henan, Hubei,
    /// Shandong 2026 so rewritten); a five-year plan's goals do not.
    #[test]
    fn this_year_named_before_the_targets_sentence() {
        let read = |text: &str| targets(&CleanText::identity(text), &[]).len();
        for lead in [
            "主要目标是：",
            "发展目标是：",
            "主要指标是：",
            "主要预期目标定为：",
        ] {
            let same_paragraph = format!(
                "今年是“十五五”开局之年，做好今年工作意义重大。经济社会{lead}地区生产总值增长5%左右，城镇新增就业50万人。\n"
            );
            assert_eq!(read(&same_paragraph), 2, "{same_paragraph}");
            let paragraph_before = format!(
                "今年是“十五五”开局之年。做好政府工作，要坚持稳中求进。\n综合考虑各方面因素，{lead}地区生产总值增长5%左右，城镇新增就业50万人。\n"
            );
            assert_eq!(read(&paragraph_before), 2, "{paragraph_before}");
        }
        let five_years = "今年是“十五五”开局之年。\n“十五五”时期经济社会发展主要目标是：地区生产总值年均增长5%左右。\n";
        assert_eq!(read(five_years), 0);
        let no_year =
            "综合考虑各方面因素，主要目标是：地区生产总值增长5%左右，城镇新增就业50万人。\n";
        assert_eq!(read(no_year), 0);
    }

    /// A table of targets by year (指标 | 2025年完成 | 2026年目标): each row is one target, its
    /// figure the last column's (in the row's unit when a column gives it: 指标 | 单位 | …), or
    /// the planned column's when the header puts it before the outturn; a header row is none,
    /// marked as one or not.
    #[test]
    fn a_table_of_targets_by_year() {
        let src = "今年经济社会发展主要预期目标是：\n\n| 指标 | 2025年完成 | 2026年目标 |\n|---|---|---|\n\
                   | 地区生产总值增长 | 5.4% | 5%左右 |\n| 城镇新增就业 | 8.2万人 | 8万人 |\n\n\
                   重点抓好以下工作：\n";
        let clean = crate::ingest::clean(src);
        let read = targets(&clean, &[]);
        for t in &read {
            let q = t.quantity.as_ref().expect("a figure");
            assert_eq!(clean.slice(q.span), q.text);
        }
        let got: Vec<(String, Option<String>)> = read
            .into_iter()
            .map(|t| (t.key, t.quantity.map(|q| q.text)))
            .collect();
        assert_eq!(
            got,
            [
                ("gdp".to_string(), Some("5%左右".to_string())),
                ("urban_new_jobs".to_string(), Some("8万人".to_string())),
            ]
        );
        // A plan report's table names each row's unit in a column of its own: its bare
        // numbers read in it (8以上 万人 is 8万人以上).
        let units = "今年主要预期目标是：\n\n| 指标 | 单位 | 2025年完成 | 2026年目标 |\n|---|---|---|---|\n\
                     | 地区生产总值增长 | % | 5.4 | 5左右 |\n| 城镇新增就业 | 万人 | 8.2 | 8以上 |\n\n\
                     重点抓好以下工作：\n";
        let clean = crate::ingest::clean(units);
        type Read = (String, Option<f64>, Option<String>, Option<String>);
        let read: Vec<Read> = targets(&clean, &[])
            .into_iter()
            .map(|t| {
                let q = t.quantity.expect("a figure");
                assert_eq!(clean.slice(q.span), q.text);
                (t.key, q.value, q.unit, q.qualifier)
            })
            .collect();
        assert_eq!(
            read,
            [
                (
                    "gdp".into(),
                    Some(5.0),
                    Some("%".into()),
                    Some("左右".into())
                ),
                (
                    "urban_new_jobs".into(),
                    Some(80000.0),
                    Some("人".into()),
                    Some("以上".into())
                ),
            ]
        );
        // A table setting the planned year first (指标 | 2026年目标 | 2025年完成), as Markdown
        // or as HTML with a header row of <th>: the planned column is the target still.
        let swapped = "今年经济社会发展主要预期目标是：\n\n| 指标 | 2026年目标 | 2025年完成 |\n|---|---|---|\n\
                       | 地区生产总值增长 | 5%左右 | 5.4% |\n| 城镇新增就业 | 8万人 | 8.2万人 |\n\n\
                       重点抓好以下工作：\n";
        let html = "<html><body><p>今年经济社会发展主要预期目标是：</p><table>\
                    <tr><th>指标</th><th>2026年预期目标</th><th>2025年实际</th></tr>\
                    <tr><td>地区生产总值增长</td><td>5%左右</td><td>5.4%</td></tr>\
                    <tr><td>城镇新增就业</td><td>8万人</td><td>8.2万人</td></tr></table>\
                    <p>重点抓好以下工作：</p></body></html>";
        for page in [swapped, html] {
            let clean = crate::ingest::clean(page);
            let got: Vec<(String, Option<String>)> = targets(&clean, &[])
                .into_iter()
                .map(|t| {
                    let q = t.quantity.expect("a figure");
                    assert_eq!(clean.slice(q.span), q.text);
                    (t.key, Some(q.text))
                })
                .collect();
            assert_eq!(
                got,
                [
                    ("gdp".to_string(), Some("5%左右".to_string())),
                    ("urban_new_jobs".to_string(), Some("8万人".to_string())),
                ],
                "{page}"
            );
        }
        // A Word table has no separator line: its header row's cells are no targets.
        let word = src.replace("|---|---|---|\n", "");
        let keys: Vec<String> = targets(&crate::ingest::clean(&word), &[])
            .into_iter()
            .map(|t| t.key)
            .collect();
        assert_eq!(keys, ["gdp", "urban_new_jobs"]);
    }

    /// Targets enumerated 一是…；二是…： the marker is no part of the name or the text.
    #[test]
    fn enumerated_targets_lose_their_markers() {
        let text = "今年主要预期目标是：一是地区生产总值增长5%左右；二是城镇新增就业50万人以上。\n";
        let got: Vec<(String, String)> = targets(&CleanText::identity(text), &[])
            .into_iter()
            .map(|t| (t.indicator, t.text))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "地区生产总值".to_string(),
                    "地区生产总值增长5%左右".to_string()
                ),
                (
                    "城镇新增就业".to_string(),
                    "城镇新增就业50万人以上".to_string()
                ),
            ]
        );
    }

    /// Every target a sentence of its own after the lead-in: all nine read (the list went on
    /// for three sentences at most before).
    #[test]
    fn every_target_a_sentence_of_its_own() {
        let text =
            "今年经济社会发展主要预期目标是：地区生产总值增长5%左右。规模以上工业增加值增长6%。\
                    固定资产投资增长5%。社会消费品零售总额增长5.5%。一般公共预算收入增长3%。\
                    城镇新增就业50万人以上。城镇调查失业率5.5%以内。居民消费价格涨幅2%左右。\
                    粮食产量稳定在700亿斤以上。这些目标是积极稳妥的。\n";
        let keys: Vec<String> = targets(&CleanText::identity(text), &[])
            .into_iter()
            .map(|t| t.key)
            .collect();
        assert_eq!(
            keys,
            [
                "gdp",
                "industrial_value_added",
                "fixed_investment",
                "retail_sales",
                "budget_revenue",
                "urban_new_jobs",
                "urban_unemployment",
                "cpi",
                "grain_output"
            ]
        );
    }

    /// The sentence may set its targets with 拟定为 (or 拟安排为) and open them with a dash
    /// after the copula (主要预期目标是——…), as well as a colon.
    #[test]
    fn targets_opened_by_a_dash_or_a_proposed_copula() {
        for lead in [
            "主要预期目标是——",
            "主要预期目标拟定为：",
            "主要预期目标拟安排为：",
        ] {
            let text = format!("今年全省{lead}地区生产总值增长5%左右；城镇新增就业50万人。\n");
            assert_eq!(keys_of(&text), ["gdp", "urban_new_jobs"], "{text}");
        }
        // A dash without a copula before it is an aside, not the list's opening.
        assert!(
            keys_of("主要预期目标——今年的重中之重——要实现。地区生产总值增长5%左右。\n").is_empty()
        );
    }

    /// A list written one target per line, bulleted or numbered, keeps a last binding target
    /// with no figure (the corpus lists so rewritten lost it in Guangdong 2025, Shandong
    /// 2026), and an item's own number is no figure to split its 、 at (Beijing 2025).
    #[test]
    fn one_target_a_line_with_bullets_and_numbers() {
        let bulleted = "建议经济社会发展主要预期目标为：\n●地区生产总值增长5%以上；\n\
                        ●居民消费价格保持合理水平；\n\
                        ●全面完成国家下达的节能减排降碳约束性指标和环境质量改善目标。\n\
                        做好今年工作，重点抓好以下十个方面：\n";
        let got = targets(&CleanText::identity(bulleted), &[]);
        let names: Vec<&str> = got.iter().map(|t| t.indicator.as_str()).collect();
        assert_eq!(
            names,
            [
                "地区生产总值",
                "居民消费价格",
                "节能减排降碳约束性指标和环境质量改善"
            ]
        );
        assert!(got[2].quantity.is_none(), "{:?}", got[2]);
        let numbered = "主要预期目标是：\n1．地区生产总值增长5%左右；\n\
                        2．生态环境质量、能源、水资源等指标达到国家要求。\n";
        let got = targets(&CleanText::identity(numbered), &[]);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got[1].indicator.contains("生态环境质量、能源"), "{got:?}");
    }

    /// Figures written out in words (a transcript of the spoken report) end the indicator's
    /// name as Arabic ones do, so both writings give one key and one figure.
    #[test]
    fn figures_in_words_end_the_name() {
        let spelled = "今年经济社会发展的主要预期目标是：地区生产总值增长百分之五点五左右，\
                       城镇新增就业十一万人以上，粮食产量稳定在一千三百亿斤以上。";
        let arabic = "今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，\
                      城镇新增就业11万人以上，粮食产量稳定在1300亿斤以上。";
        let read = |text: &str| -> Vec<(String, String, Option<f64>)> {
            targets(&CleanText::identity(text), &[])
                .into_iter()
                .map(|t| (t.indicator, t.key, t.quantity.and_then(|q| q.value)))
                .collect()
        };
        let got = read(spelled);
        assert_eq!(got, read(arabic));
        assert_eq!(got[1].0, "城镇新增就业");
    }

    /// A binding target names its indicator after the words that say who set it (probes of
    /// 2026: Liaoning, Qinghai, Shaanxi; Fujian and Shandong 2026), so two years' wordings
    /// name the same one; a ratio target reads its ratio (Chongqing 2026 probe).
    #[test]
    fn binding_targets_name_their_object_and_ratios_are_read() {
        let text = "主要预期目标是：完成国家下达的单位地区生产总值二氧化碳排放降低任务，\
                    全面完成国家下达我省的粮食生产目标任务，完成国家下达的节能减排和环境保护等任务，\
                    完成国家下达的目标任务，城乡居民收入比缩小至2.1∶1左右，\
                    按照国家要求完成节能减排降碳任务，\
                    完成国家下达的粮食生产、单位生产总值二氧化碳减排目标任务。";
        let got = targets(&CleanText::identity(text), &[]);
        let rows = indicator_key_figure(&got);
        assert_eq!(
            rows,
            [
                ("单位地区生产总值二氧化碳排放", "carbon_intensity", None),
                ("粮食生产", "grain_output", None),
                ("节能减排和环境保护", "节能减排和环境保护", None),
                ("完成国家下达的目标任务", "完成国家下达的目标任务", None),
                ("城乡居民收入比", "income_ratio", Some("2.1∶1左右")),
                ("节能减排降碳", "节能减排降碳", None),
                ("粮食生产", "grain_output", None),
                ("单位生产总值二氧化碳减排", "carbon_intensity", None),
            ]
        );
        assert_eq!(got[1].text, "全面完成国家下达我省的粮食生产目标任务");
        assert_eq!(
            got[7].text,
            "完成国家下达的单位生产总值二氧化碳减排目标任务"
        );
        let q = got[4].quantity.as_ref().unwrap();
        assert_eq!((q.value, q.unit.as_deref()), (Some(2.1), Some(":1")));
    }

    /// An aspiration after a target (、力争7%) is part of it, not a target named 力争7%; the
    /// basis of comparison (同口径) is no part of the name.
    #[test]
    fn riders_and_bases_stay_with_their_target() {
        let text = "主要预期目标是：规模以上工业增加值增长6%左右、力争7%，一般公共预算收入同口径增长3%，在实际工作中力争更好结果。";
        let got = targets(&CleanText::identity(text), &[]);
        let rows: Vec<(&str, &str, &str)> = got
            .iter()
            .map(|t| (t.key.as_str(), t.indicator.as_str(), t.text.as_str()))
            .collect();
        assert_eq!(
            rows,
            [
                (
                    "industrial_value_added",
                    "规模以上工业增加值",
                    "规模以上工业增加值增长6%左右、力争7%"
                ),
                (
                    "budget_revenue",
                    "一般公共预算收入",
                    "一般公共预算收入同口径增长3%"
                ),
            ]
        );
        assert_eq!(
            got[0].quantity.as_ref().map(|q| q.text.as_str()),
            Some("6%左右")
        );
        assert_eq!(
            text.get(got[0].span.start..got[0].span.end),
            Some("规模以上工业增加值增长6%左右、力争7%")
        );
    }

    /// Known indicators listed under one verb are one target each, so each pairs with the
    /// other year's by key; unknown ones stay one target.
    #[test]
    fn names_sharing_a_verb_are_one_target_each() {
        let read = |text: &str| -> Vec<(String, String, String)> {
            targets(&CleanText::identity(text), &[])
                .into_iter()
                .map(|t| {
                    (
                        t.key,
                        t.text,
                        t.quantity.map(|q| q.text).unwrap_or_default(),
                    )
                })
                .collect()
        };
        let s = |a: &str, b: &str, c: &str| (a.to_string(), b.to_string(), c.to_string());
        assert_eq!(
            read("主要预期目标是：一般公共预算收入、固定资产投资保持正增长，城镇、农村居民人均可支配收入与经济增长基本同步，城镇居民人均可支配收入和农民人均纯收入均增长7%左右。"),
            [
                s("budget_revenue", "一般公共预算收入保持正增长", ""),
                s("fixed_investment", "固定资产投资保持正增长", ""),
                s("urban_income", "城镇居民人均可支配收入与经济增长基本同步", ""),
                s("rural_income", "农村居民人均可支配收入与经济增长基本同步", ""),
                s("urban_income", "城镇居民人均可支配收入均增长7%左右", "7%左右"),
                s("rural_income", "农民人均纯收入均增长7%左右", "7%左右"),
            ]
        );
        assert_eq!(
            read("主要预期目标是：单位生产总值能耗和主要污染物排放量继续下降。"),
            [
                s("energy_intensity", "单位生产总值能耗继续下降", ""),
                s("pollutant_emissions", "主要污染物排放量继续下降", ""),
            ]
        );
        // The shorter name takes the longer one's head: 登记 stands for 调查.
        assert_eq!(
            read("主要预期目标是：城镇调查失业率和登记失业率稳定在4.3%左右。"),
            [
                s(
                    "urban_unemployment",
                    "城镇调查失业率稳定在4.3%左右",
                    "4.3%左右"
                ),
                s(
                    "registered_unemployment",
                    "城镇登记失业率稳定在4.3%左右",
                    "4.3%左右"
                ),
            ]
        );
        // Unknown names, one key twice, a bundle with 等, a name that holds 和 stay whole.
        for text in [
            "主要预期目标是：空气质量优良天数比率、地表水水质优良率完成省下达任务。",
            "主要预期目标是：能源、水资源等指标达到国家要求。",
            "主要预期目标是：一般公共预算收入和支出保持平衡。",
        ] {
            assert_eq!(read(text).len(), 1, "{text}");
        }
    }

    #[test]
    fn no_targets_no_panic() {
        for s in [
            "",
            "主要预期目标",
            "主要预期目标是：",
            "主要预期目标是：。",
            "主要目标\n",
            "预期目标:增长",
        ] {
            let _ = targets(&CleanText::identity(s), &root(s));
        }
        assert!(targets(&CleanText::identity("没有目标的文本。"), &[]).is_empty());
    }

    /// Through the whole parse pipeline (real decoding, cleaning and document selection).
    #[test]
    fn through_the_pipeline() {
        let cases: &[(&str, &[&str])] = &[
            (
                "seeds/taiyuan-2025-government-work-report.txt",
                &[
                    "gdp",
                    "fixed_investment",
                    "retail_sales",
                    "trade",
                    "urban_income",
                    "rural_income",
                    "urban_new_jobs",
                    "cpi",
                ],
            ),
            (
                "seeds/taiyuan-2026-government-work-report.txt",
                &[
                    "gdp",
                    "fixed_investment",
                    "retail_sales",
                    "trade",
                    "budget_revenue",
                    "resident_income",
                    "urban_new_jobs",
                    "cpi",
                ],
            ),
            (
                "corpus/national-2023.txt",
                &[
                    "gdp",
                    "urban_new_jobs",
                    "urban_unemployment",
                    "cpi",
                    "resident_income",
                    "trade",
                    "balance_of_payments",
                    "grain_output",
                    "energy_intensity",
                    "pollutant_emissions",
                    "environment_quality",
                ],
            ),
            (
                "corpus/guangdong-2026.txt",
                &["gdp", "budget_revenue", "resident_income"],
            ),
        ];
        for (name, keys) in cases {
            let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared");
            let Ok(bytes) = std::fs::read(format!("{dir}/{name}")) else {
                eprintln!("{name} absent; skipping");
                continue;
            };
            let opts = crate::pipeline::ParseOptions::default();
            let report = match crate::pipeline::parse_bytes(name, &bytes, &opts) {
                Ok(r) => r,
                Err(e) => panic!("{name}: {e:?}"),
            };
            let got: Vec<_> = report.targets.iter().map(|t| t.key.as_str()).collect();
            assert_eq!(&got, keys, "{name}");
            // A target's span is its clause; a clause shared by several targets (分别…, or
            // names under one verb) holds each one's figure or the words after its name.
            for t in &report.targets {
                let clause = report.clean.slice(t.span);
                let own_words = t.text.strip_prefix(t.indicator.as_str()).unwrap_or("");
                let shared = (!own_words.is_empty() && clause.contains(own_words))
                    || t.quantity
                        .as_ref()
                        .is_some_and(|q| clause.contains(&q.text));
                assert!(clause == t.text || shared, "{name}: {clause} / {}", t.text);
            }
        }
    }

    /// Prints the target table of every corpus and seed file (run with --ignored --nocapture).
    #[test]
    #[ignore]
    fn dump_all() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared");
        let mut names: Vec<_> = ["corpus", "seeds"]
            .iter()
            .filter_map(|d| std::fs::read_dir(format!("{dir}/{d}")).ok())
            .flatten()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        names.sort();
        for p in names {
            let Ok(bytes) = std::fs::read(&p) else {
                continue;
            };
            let opts = crate::pipeline::ParseOptions::default();
            let Ok(report) = crate::pipeline::parse_bytes("x", &bytes, &opts) else {
                continue;
            };
            println!("== {}", p.display());
            for t in &report.targets {
                let q = t
                    .quantity
                    .as_ref()
                    .map(|q| (q.value, q.low, q.high, q.unit.clone(), q.qualifier.clone()));
                println!("  {:<24} {:<22} {:?}   | {}", t.indicator, t.key, q, t.text);
            }
        }
    }
}
