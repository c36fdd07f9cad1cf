//! Quantities (数量): value, unit, range and qualifier, with magnitudes folded into the value.
//!
//! Reports are full of figures (2.96万亩, 5%左右, 1100万人以上, 十件), and year-over-year
//! comparison needs them as numbers with a unit and a bound. Just as many digit strings are
//! not quantities: years and dates (2025年, 3月), plan names (十四五), hotlines (12345), slogans
//! (“1+10”, 4+4+3), model names (C919, 5G), ordinals (第二批) and set phrases (两个确立). The
//! reader therefore asks for a unit (or a magnitude, for Arabic figures) before it believes a
//! number is a quantity, and reads Chinese numerals only when a counter follows.

use super::numeral;
use crate::model::{Quantity, Span};
use crate::text::fold_char;

/// Units (单位/量词) recognised after a figure, longest first where one is a prefix of another.
/// Units starting with a magnitude character (千瓦, 百分点) are tried before the magnitude.
const UNITS: &[&str] = &[
    "个百分点",
    "百分点",
    "%",
    "‰",
    "平方公里",
    "平方千米",
    "平方米",
    "立方米",
    "千瓦时",
    "千瓦",
    "千米",
    "千克",
    "千伏",
    "千公顷",
    "兆瓦",
    "吉瓦",
    "公里",
    "公顷",
    "公斤",
    "美元",
    "元",
    "标准箱",
    "人次",
    "户次",
    "架次",
    "人",
    "户",
    "家",
    "个月",
    "个",
    "所",
    "件",
    "项",
    "台套",
    "套",
    "辆",
    "条",
    "座",
    "张",
    "亩",
    "斤",
    "吨",
    "倍",
    "天",
    "小时",
    "分钟",
    "年",
    "岁",
    "名",
    "位",
    "场",
    "次",
    "批",
    "种",
    "款",
    "例",
    "台",
    "艘",
    "架",
    "列",
    "处",
    "栋",
    "间",
    "床",
    "支",
    "部",
    "篇",
    "米",
];

/// Bounds written after a figure (后置限定语).
const POSTFIX: &[&str] = &["左右", "以上", "以下", "以内", "上下"];

/// Bounds written right before a figure (前置限定语), longest first.
const PREFIX_ADJACENT: &[&str] = &[
    "不低于",
    "不少于",
    "不超过",
    "不高于",
    "大约",
    "接近",
    "超过",
    "突破",
    "至少",
    "高于",
    "低于",
    "约",
    "近",
    "超",
];

/// Aspirations and caps that may stand a few words before the figure in the same clause.
const PREFIX_WINDOW: &[&str] = &["控制在", "力争"];

/// Words after 个 that make 两个/四个… a set phrase (两个确立, 四个意识), not a count.
const SET_PHRASE_AFTER_GE: &[&str] = &[
    "确立",
    "维护",
    "意识",
    "自信",
    "毫不动摇",
    "结合",
    "大局",
    "务必",
    "必须",
    "区分开来",
    "全面",
    "一以贯之",
    "先行",
    "率先",
    "敢于",
    "在前",
];

/// Range separators (范围连接符) between two figures.
const RANGE_SEPARATORS: &[&str] = &["——", "—", "－", "-", "–", "~", "～", "〜", "至", "到"];

/// Characters that end a clause for the prefix look-back.
fn is_clause_break(c: char) -> bool {
    matches!(
        c,
        '，' | '。'
            | '；'
            | '：'
            | '、'
            | ','
            | ';'
            | ':'
            | '！'
            | '!'
            | '？'
            | '?'
            | '\n'
            | '（'
            | '('
    )
}

/// The text as folded chars with their byte offsets in the original string.
struct Chars {
    chars: Vec<char>,
    offs: Vec<usize>,
    len: usize,
}

impl Chars {
    fn new(text: &str) -> Self {
        let mut chars = Vec::new();
        let mut offs = Vec::new();
        for (i, c) in text.char_indices() {
            chars.push(fold_char(c));
            offs.push(i);
        }
        Chars {
            chars,
            offs,
            len: text.len(),
        }
    }
    fn byte(&self, i: usize) -> usize {
        self.offs.get(i).copied().unwrap_or(self.len)
    }
    fn at(&self, i: usize) -> Option<char> {
        self.chars.get(i).copied()
    }
    /// Whether the folded chars at `i` spell `word` (itself folded).
    fn starts_with(&self, i: usize, word: &str) -> bool {
        let mut k = i;
        for w in word.chars() {
            if self.at(k) != Some(fold_char(w)) {
                return false;
            }
            k += 1;
        }
        true
    }
    /// Whether the folded chars ending just before `i` spell `word`.
    fn ends_with(&self, i: usize, word: &str) -> bool {
        let n = word.chars().count();
        i >= n && self.starts_with(i - n, word)
    }
}

/// How a figure's digits were written.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Script {
    Arabic,
    Chinese,
}

/// One figure with its magnitude, 余/多 and unit, before range and qualifier handling.
#[derive(Clone, Debug)]
struct Atom {
    start: usize,
    /// End of the figure (after magnitude and unit), in chars.
    end: usize,
    value: f64,
    script: Script,
    /// The figure was written with 4 digits and no fraction: a year candidate.
    four_digits: bool,
    has_magnitude: bool,
    unit: Option<String>,
    /// 余 or 多 written between the figure and the unit.
    approx_more: Option<&'static str>,
}

fn arabic_digit(c: char) -> Option<u32> {
    c.to_digit(10).filter(|_| c.is_ascii_digit())
}

/// Read an Arabic number (digits, decimal point, thousands separators) at `i`.
fn read_arabic(t: &Chars, i: usize) -> Option<(f64, usize, bool)> {
    let mut k = i;
    let mut s = String::new();
    let mut int_digits = 0;
    let mut seen_point = false;
    let mut seen_comma = false;
    while let Some(c) = t.at(k) {
        if arabic_digit(c).is_some() {
            s.push(c);
            if !seen_point {
                int_digits += 1;
            }
            k += 1;
        } else if c == '.'
            && !seen_point
            && t.at(k + 1).and_then(arabic_digit).is_some()
            && !s.is_empty()
        {
            seen_point = true;
            s.push('.');
            k += 1;
        } else if c == ','
            && !seen_point
            && !s.is_empty()
            && (1..=3).all(|d| t.at(k + d).and_then(arabic_digit).is_some())
            && t.at(k + 4).and_then(arabic_digit).is_none()
            && (seen_comma || int_digits <= 3)
        {
            // Thousands separator: 1,200. A clause comma would rarely be followed by exactly
            // three digits and then a non-digit.
            seen_comma = true;
            k += 1;
        } else {
            break;
        }
    }
    if s.is_empty() {
        return None;
    }
    let v: f64 = s.parse().ok()?;
    Some((v, k, int_digits == 4 && !seen_point && !seen_comma))
}

/// Match a unit at `i`, returning it (as written in [`UNITS`], folded) and its char length.
fn match_unit(t: &Chars, i: usize) -> Option<(&'static str, usize)> {
    UNITS
        .iter()
        .find(|u| t.starts_with(i, u))
        .map(|u| (*u, u.chars().count()))
}

/// Read a figure at `i`: number, magnitudes, 余/多, unit.
fn read_atom(t: &Chars, i: usize) -> Option<Atom> {
    let c = t.at(i)?;
    let (mut value, mut k, script, four_digits) = if arabic_digit(c).is_some() {
        let (v, k, four) = read_arabic(t, i)?;
        (v, k, Script::Arabic, four)
    } else if numeral::is_numeral_char(c) {
        let mut k = i;
        while t.at(k).is_some_and(numeral::is_numeral_char) {
            k += 1;
        }
        // A trailing 千/百 may start a unit (三千瓦 is rare; 百分点 is not): give it back.
        while k > i + 1
            && match_unit(t, k - 1).is_some()
            && matches!(t.at(k - 1), Some('千' | '百'))
        {
            k -= 1;
        }
        let run: String = t.chars[i..k].iter().collect();
        let v = numeral::parse_chinese(&run)?;
        (v, k, Script::Chinese, false)
    } else {
        return None;
    };
    let mut has_magnitude = false;
    let mut approx_more = None;
    let mut unit = None;
    loop {
        if let Some((u, n)) = match_unit(t, k) {
            unit = Some(u);
            k += n;
            break;
        }
        match t.at(k) {
            Some(m @ ('万' | '亿' | '千' | '百'))
                if script == Script::Arabic || m == '万' || m == '亿' =>
            {
                value *= numeral::unit_value(m).unwrap_or(1.0);
                has_magnitude = true;
                k += 1;
            }
            Some('余') if approx_more.is_none() => {
                approx_more = Some("余");
                k += 1;
            }
            Some('多') if approx_more.is_none() && !t.starts_with(k, "多元") => {
                approx_more = Some("多");
                k += 1;
            }
            _ => break,
        }
    }
    if script == Script::Chinese {
        let run: String = t.chars[i..k]
            .iter()
            .filter(|c| numeral::is_numeral_char(**c))
            .collect();
        has_magnitude = run.contains('万') || run.contains('亿');
    }
    Some(Atom {
        start: i,
        end: k,
        value,
        script,
        four_digits,
        has_magnitude,
        unit: unit.map(normalise_unit),
        approx_more,
    })
}

/// Units as reported: full-width forms folded, 百分点 spelled 个百分点.
fn normalise_unit(u: &str) -> String {
    match u {
        "百分点" => "个百分点".to_string(),
        _ => u.to_string(),
    }
}

/// Whether the atom is a year or date rather than a quantity (2025年, 2025年底).
fn is_year(a: &Atom) -> bool {
    a.unit.as_deref() == Some("年") && a.four_digits && (1900.0..=2100.0).contains(&a.value)
}

/// Whether the context around the atom marks it as a code, slogan, ordinal or model name.
fn is_excluded_context(t: &Chars, a: &Atom) -> bool {
    let before = a.start.checked_sub(1).and_then(|i| t.at(i));
    let after = t.at(a.end);
    if before == Some('第') {
        return true;
    }
    // Slogans and formulas: 1+10, 4+4+3, 1+N.
    if before == Some('+') || after == Some('+') {
        return true;
    }
    if a.script == Script::Arabic {
        // Model names and technology generations: C919, 5G, 3D, G20.
        if before.is_some_and(|c| c.is_ascii_alphabetic()) {
            return true;
        }
        let after_number = t.at(number_end(t, a));
        if after_number.is_some_and(|c| c.is_ascii_alphabetic()) {
            return true;
        }
        // Continuation of a longer code or decimal we did not read (1.2.3, 12345-6).
        if before.is_some_and(|c| c == '.' || c.is_ascii_digit()) {
            return true;
        }
    }
    if a.script == Script::Chinese {
        if before
            .is_some_and(|c| numeral::is_numeral_char(c) || c == '第' || c == '周' || c == '初')
        {
            return true;
        }
        // A lone 一 is an article (一个, 一件事), not a count worth comparing.
        if a.value == 1.0 && t.at(a.start) == Some('一') && !a.has_magnitude {
            return true;
        }
        if a.unit.as_deref() == Some("个")
            && SET_PHRASE_AFTER_GE.iter().any(|w| t.starts_with(a.end, w))
        {
            return true;
        }
        // A short quoted phrase starting with a numeral: “两个确立”, “三个务必”.
        if before.is_some_and(|c| c == '"') && a.value < 10.0 {
            let close = (a.end..a.end + 6).find(|&k| t.at(k) == Some('"'));
            if close.is_some() {
                return true;
            }
        }
    }
    false
}

/// Char index just past the digits of an Arabic atom (before magnitude and unit).
fn number_end(t: &Chars, a: &Atom) -> usize {
    read_arabic(t, a.start).map_or(a.end, |(_, k, _)| k)
}

/// Whether an atom is a quantity on its own (a unit, or an Arabic figure with a magnitude).
fn is_quantity(a: &Atom) -> bool {
    if is_year(a) {
        return false;
    }
    a.unit.is_some() || (a.script == Script::Arabic && a.has_magnitude)
}

/// Try to read a range starting with `left`: 4.5%—5%, 10—15万, 5-6%. Returns the range
/// (its `value` is the low end) and the high end.
fn read_range(t: &Chars, left: &Atom) -> Option<(Atom, f64)> {
    let sep = RANGE_SEPARATORS
        .iter()
        .find(|s| t.starts_with(left.end, s))?;
    let j = left.end + sep.chars().count();
    let right = read_atom(t, j)?;
    if right.script != left.script
        || is_year(&right)
        || is_year(left)
        || (left.four_digits && left.unit.is_none())
    {
        return None;
    }
    if let (Some(lu), Some(ru)) = (&left.unit, &right.unit) {
        if lu != ru {
            return None;
        }
    }
    // 至/到 also join "from … to" figures of different things; require a unit or magnitude.
    if !is_quantity(&right) {
        return None;
    }
    let mut low = left.value;
    if !left.has_magnitude
        && right.has_magnitude
        && left.unit.is_none()
        && right.script == Script::Arabic
    {
        // 10—15万: the magnitude on the right end applies to both.
        low *= magnitude_of(t, &right);
    }
    if right.value < low {
        return None;
    }
    let range = Atom {
        start: left.start,
        end: right.end,
        value: low,
        script: left.script,
        four_digits: false,
        has_magnitude: right.has_magnitude || left.has_magnitude,
        unit: left.unit.clone().or(right.unit.clone()),
        approx_more: right.approx_more,
    };
    Some((range, right.value))
}

/// The product of the magnitude characters in an Arabic atom (万 → 1e4, 万亿 → 1e12).
fn magnitude_of(t: &Chars, a: &Atom) -> f64 {
    let mut k = number_end(t, a);
    let mut m = 1.0;
    while let Some(c @ ('万' | '亿' | '千' | '百')) = t.at(k) {
        if match_unit(t, k).is_some() {
            break;
        }
        m *= numeral::unit_value(c).unwrap_or(1.0);
        k += 1;
    }
    m
}

/// Every quantity in `text`, in order; spans are relative to `text`.
pub fn find_quantities(text: &str) -> Vec<Quantity> {
    let t = Chars::new(text);
    let mut out = Vec::new();
    let mut i = 0;
    let mut last_end = 0; // char index where the previous quantity ended
    while i < t.chars.len() {
        let Some(atom) = read_atom(&t, i) else {
            // Skip the rest of a numeral run so 十四五 is not re-read from 四五.
            let c = t.chars[i];
            i += 1;
            if arabic_digit(c).is_some() || numeral::is_numeral_char(c) {
                while t.at(i).is_some_and(|c| {
                    arabic_digit(c).is_some() || numeral::is_numeral_char(c) || c == '.'
                }) {
                    i += 1;
                }
            }
            continue;
        };
        let (a, high) = match read_range(&t, &atom) {
            Some((r, h)) => (r, Some(h)),
            None => (atom, None),
        };
        if (high.is_none() && !is_quantity(&a)) || is_excluded_context(&t, &a) {
            i = a.end.max(i + 1);
            continue;
        }
        let mut q = build(&t, &a, high, last_end);
        q.0.text = text
            .get(q.0.span.start..q.0.span.end)
            .unwrap_or("")
            .to_string();
        last_end = q.1;
        i = q.1.max(i + 1);
        out.push(q.0);
    }
    out
}

/// Attach qualifiers and make the [`Quantity`]; returns it and the char index it ends at.
fn build(t: &Chars, a: &Atom, high: Option<f64>, last_end: usize) -> (Quantity, usize) {
    let mut end = a.end;
    let mut qualifier: Option<String> = None;
    let mut start = a.start;
    // Postfix bound: 5%左右, 1100万人以上.
    if let Some(p) = POSTFIX.iter().find(|p| t.starts_with(end, p)) {
        qualifier = Some((*p).to_string());
        end += p.chars().count();
    } else if let Some(m) = a.approx_more {
        qualifier = Some(m.to_string());
    }
    // Prefix bound right before the figure (an opening quote may stand between).
    let mut p_end = a.start;
    if p_end > 0 && t.at(p_end - 1) == Some('"') {
        p_end -= 1;
    }
    if let Some(p) = PREFIX_ADJACENT.iter().find(|p| t.ends_with(p_end, p)) {
        let n = p.chars().count();
        let ok = *p != "超" || !t.ends_with(p_end - n, "赶"); // 赶超 is not a bound
        if ok && p_end - n >= last_end {
            if qualifier.is_none() || matches!(qualifier.as_deref(), Some("余" | "多")) {
                qualifier = Some((*p).to_string());
            }
            start = p_end - n;
        }
    }
    // Aspiration or cap a few words back in the same clause: 力争…, 控制在….
    if qualifier.is_none() {
        let mut k = start;
        let floor = last_end.max(start.saturating_sub(12));
        while k > floor {
            let c = t.chars[k - 1];
            if is_clause_break(c) {
                break;
            }
            if let Some(p) = PREFIX_WINDOW.iter().find(|p| t.ends_with(k, p)) {
                qualifier = Some((*p).to_string());
                break;
            }
            k -= 1;
        }
    }
    let text_span = Span::new(t.byte(start), t.byte(end));
    let q = Quantity {
        text: String::new(),
        value: if high.is_some() {
            None
        } else {
            Some(round(a.value))
        },
        low: high.map(|_| round(a.value)),
        high: high.map(round),
        unit: a.unit.clone(),
        qualifier,
        span: text_span,
    };
    (q, end)
}

/// Round away binary noise from decimal scaling (5.66 × 1e12).
fn round(v: f64) -> f64 {
    if v == 0.0 || !v.is_finite() {
        return v;
    }
    let digits = 12 - v.abs().log10().ceil() as i32;
    let f = 10f64.powi(digits.clamp(-300, 300));
    (v * f).round() / f
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn smoke() {
        for s in [
            "增长5%左右，固定资产投资增长6%以上",
            "1.3万亿斤以上",
            "4.5%—5%",
            "两个确立",
            "2025年",
            "十四五",
        ] {
            eprintln!("{s}: {:?}", find_quantities(s));
        }
    }
}
