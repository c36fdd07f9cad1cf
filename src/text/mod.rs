//! Text helpers shared by every stage: width/punctuation folding for comparison.

pub mod terms;
pub mod tokenize;

/// An Arabic digit, ASCII or full-width (０–９): reports and pages write both.
pub fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// The value of an Arabic digit, ASCII or full-width.
pub fn digit_value(c: char) -> Option<u32> {
    c.to_digit(10)
        .or_else(|| ('０'..='９').contains(&c).then(|| c as u32 - '０' as u32))
}

/// Bullet marks that may open a line, a clause or a title (●实施…, ——新增…, ● ——经济增长稳中
/// 有进): layout, not words.
pub const BULLET_MARKS: &str = "●◆■▲◇○•·▪►▶▸◼◉★☆◎□△√—–─－-";

/// `s` without the bullet marks ([`BULLET_MARKS`]) and whitespace it opens with.
pub fn trim_bullets(s: &str) -> &str {
    s.trim_start_matches(|c: char| BULLET_MARKS.contains(c) || c.is_whitespace())
}

/// CJK Unified Ideographs (U+4E00–U+9FFF): most characters of a report.
pub fn is_cjk_ideograph(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

/// The distinct bigrams of adjacent CJK ideographs among `chars` (other characters are
/// skipped, so the ideographs either side of one are adjacent), sorted: a set for
/// [`shares_bigram`] and [`bigram_likeness`].
pub fn ideograph_bigrams(chars: impl IntoIterator<Item = char>) -> Vec<(char, char)> {
    let ideographs: Vec<char> = chars.into_iter().filter(|&c| is_cjk_ideograph(c)).collect();
    let mut out: Vec<(char, char)> = ideographs.windows(2).map(|w| (w[0], w[1])).collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Whether two sorted bigram sets ([`ideograph_bigrams`]) share one.
pub fn shares_bigram(a: &[(char, char)], b: &[(char, char)]) -> bool {
    a.iter().any(|x| b.binary_search(x).is_ok())
}

/// Dice coefficient of two sorted bigram sets ([`ideograph_bigrams`]); 0 when either is empty.
pub fn bigram_likeness(a: &[(char, char)], b: &[(char, char)]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let shared = a.iter().filter(|x| b.binary_search(x).is_ok()).count();
    2.0 * shared as f64 / (a.len() + b.len()) as f64
}

/// The number the Arabic digits (ASCII or full-width) at the start of `s` write, with their
/// length in bytes: `("１２．", …)` → `(12, 6)`. None without a digit or past `u32`.
pub fn leading_number(s: &str) -> Option<(u32, usize)> {
    let mut value: u32 = 0;
    let mut len = 0;
    for c in s.chars() {
        let Some(d) = digit_value(c) else { break };
        value = value.checked_mul(10)?.checked_add(d)?;
        len += c.len_utf8();
    }
    (len > 0).then_some((value, len))
}

/// Whether `s` names a five-year plan (五年规划): 十四五, “十五五”, 第十五个五年规划.
pub fn names_a_plan(s: &str) -> bool {
    !plan_names(s).is_empty() || s.contains("五年规划")
}

/// The five-year plans `s` names in the short form 十X五, in order, with their ordinal:
/// `[(14, "十四五"), (15, "十五五")]` for “十四五”时期发展成就和“十五五”时期主要目标任务.
pub fn plan_names(s: &str) -> Vec<(u32, String)> {
    let chars: Vec<char> = s.chars().collect();
    chars
        .windows(3)
        .filter(|w| w[0] == '十' && w[2] == '五')
        .filter_map(|w| {
            let digit = "一二三四五六七八九".chars().position(|c| c == w[1])? as u32 + 1;
            Some((10 + digit, w.iter().collect()))
        })
        .collect()
}

/// Whether `s` opens by looking back (回顾): 过去一年, 过去的一年, 一年来, 过去五年, 五年来, 这五年,
/// 刚刚过去. A part whose body opens so is a review; so is such a paragraph before the plan.
pub fn opens_review(s: &str) -> bool {
    review_opener(s).is_some()
}

/// The words of [`opens_review`] that `s` opens with, if any.
pub fn review_opener(s: &str) -> Option<&'static str> {
    const OPENERS: [&str; 7] = [
        "过去一年",
        "过去的一年",
        "一年来",
        "过去五年",
        "五年来",
        "这五年",
        "刚刚过去",
    ];
    OPENERS.into_iter().find(|k| s.starts_with(k))
}

/// The five-year plan whose period `s` opens with (“十四五”时期…: 14; the quotes may be left
/// out), if any.
pub fn opening_plan_period(s: &str) -> Option<u32> {
    let s = s.trim_start_matches(['“', '"', '「']);
    let name: String = s.chars().take(3).collect();
    let (n, _) = plan_names(&name).into_iter().next()?;
    s[name.len()..]
        .trim_start_matches(['”', '"', '」'])
        .starts_with("时期")
        .then_some(n)
}

/// The quotations (引号内的词) of one line of [`fold`]ed text, where “ ” are both '"': each
/// piece between a quote and the next, in order. Asked line by line, so a stray quote
/// mispairs its own paragraph only; a quote left open at the line's end opens none.
pub fn quotations(line: &str) -> impl Iterator<Item = &str> {
    let pairs = line.matches('"').count() / 2;
    line.split('"').skip(1).step_by(2).take(pairs)
}

/// Fold a string for comparison (归一化): full-width ASCII forms to half-width, ideographic
/// space to space, Chinese/ASCII punctuation variants to one form, curly quotes to straight.
/// Display always uses the original text; only comparisons use the folded form.
pub fn fold(s: &str) -> String {
    // Every character that folds to another is encoded with lead byte E2 (U+2000–U+2FFF),
    // E3 (U+3000–U+3FFF) or EF (U+F000–U+FFFF): only those are decoded, the runs between
    // them are copied whole.
    let mut out = String::with_capacity(s.len());
    let mut run = 0;
    for i in memchr::memchr3_iter(0xE2, 0xE3, 0xEF, s.as_bytes()) {
        // Lead bytes, never continuation bytes (0x80–0xBF): `i` is a char boundary.
        let Some(c) = s.get(i..).and_then(|rest| rest.chars().next()) else {
            continue;
        };
        let f = fold_char(c);
        if f != c {
            out.push_str(&s[run..i]);
            out.push(f);
            run = i + c.len_utf8();
        }
    }
    out.push_str(&s[run..]);
    out
}

/// Fold one character (see [`fold`]). Preserves char count, so offsets carry over.
pub fn fold_char(c: char) -> char {
    // Fast path: everything below U+2013 (ASCII, Latin, …) and the CJK ideographs, which
    // make up nearly all report text, fold to themselves.
    if c < '\u{2013}' || ('\u{4E00}'..='\u{9FFF}').contains(&c) {
        return c;
    }
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        '“' | '”' | '「' | '」' | '『' | '』' | '《' | '》' => '"',
        '‘' | '’' => '\'',
        '—' | '–' | '〜' => '-',
        _ => c,
    }
}

/// Characters a small count in Chinese numerals comes before (measure words, and 大 of a
/// set: 十大工程): where 七 and 7 say the same.
const COUNTED: &str = "个项件所家条座类批场次大名支台辆艘架种只位款部级期轮套本张间处片块年天倍";

/// Whether one side holds a figure and the other a Chinese numeral, or one writes a range
/// with a word (3至5) where the other may with a dash: the only cases where
/// [`counts_as_figures`] can make two texts equal that differ.
pub fn may_write_counts_otherwise(a: &str, b: &str) -> bool {
    (a.contains(is_digit) && b.contains(is_small_numeral))
        || (a.contains(is_small_numeral) && b.contains(is_digit))
        || range_word_at(a).is_some() != range_word_at(b).is_some()
}

/// Whether a range word (至, 到, ~) joins two figures in `s` (3至5, 5%到6%, 2024至2029年):
/// the byte offset of the first.
fn range_word_at(s: &str) -> Option<usize> {
    range_words(s, true).first().copied()
}

/// The byte offsets of the range words (至, 到, ~) that join two figures in `s` (the first
/// only, when `first`).
fn range_words(s: &str, first: bool) -> Vec<usize> {
    let mut found = Vec::new();
    if !s.contains(['至', '到', '~', '～']) {
        return found;
    }
    let mut prev = ' ';
    let mut chars = s.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if matches!(c, '至' | '到' | '~' | '～')
            && (is_digit(prev) || matches!(prev, '%' | '％'))
            && chars.peek().is_some_and(|&(_, n)| is_digit(n))
        {
            found.push(at);
            if first {
                break;
            }
        }
        prev = c;
    }
    found
}

/// Whether `s` holds a figure or a Chinese numeral: a count [`counts_as_figures`] may
/// write otherwise.
pub fn may_hold_count(s: &str) -> bool {
    s.contains(|c| is_digit(c) || is_small_numeral(c))
}

/// A Chinese numeral of a small count (一 to 十, 两).
fn is_small_numeral(c: char) -> bool {
    matches!(
        c,
        '一' | '二' | '两' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
    )
}

/// `s` folded ([`fold`]), with each small count in Chinese numerals before a `COUNTED`
/// character written in figures, and a range word between figures as a dash:
/// 推动七大产业集群 and 推动7大产业集群 give the same string, 下降3至5分 and 下降3—5分 too.
pub fn counts_as_figures(s: &str) -> String {
    let folded = fold(s);
    let ranges = range_words(&folded, false);
    let folded = if ranges.is_empty() {
        folded
    } else {
        let mut dashed = String::with_capacity(folded.len());
        let mut copied = 0;
        for at in ranges {
            dashed.push_str(&folded[copied..at]);
            dashed.push('-');
            copied = at + folded[at..].chars().next().map_or(0, char::len_utf8);
        }
        dashed.push_str(&folded[copied..]);
        dashed
    };
    let mut out = String::with_capacity(folded.len());
    // Bytes of `folded` already written to `out`.
    let mut copied = 0;
    let mut chars = folded.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        // A year written digit by digit (二〇二五年) is 2025年.
        if let Some((year, len)) = year_in_numerals(&folded[start..]) {
            out.push_str(&folded[copied..start]);
            out.push_str(&year);
            copied = start + len;
            for _ in 1..YEAR_DIGITS {
                chars.next();
            }
            continue;
        }
        if !is_small_numeral(c) {
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some(&(at, d)) = chars.peek() {
            if !is_small_numeral(d) {
                break;
            }
            end = at + d.len_utf8();
            chars.next();
        }
        if !folded[end..].starts_with(|c| COUNTED.contains(c)) {
            continue;
        }
        let run: Vec<char> = folded[start..end].chars().collect();
        let value = crate::extract::numeral::parse_chinese_chars(&run).filter(|v| v.fract() == 0.0);
        if let Some(v) = value {
            out.push_str(&folded[copied..start]);
            out.push_str(&format!("{v}"));
            copied = end;
        }
    }
    out.push_str(&folded[copied..]);
    out
}

/// A year written digit by digit opening `s` (二〇二五年, 二零三五年): its digits ("2025")
/// and the byte length of the numerals.
fn year_in_numerals(s: &str) -> Option<(String, usize)> {
    let mut digits = String::with_capacity(YEAR_DIGITS);
    let mut len = 0;
    let mut chars = s.chars();
    for c in chars.by_ref().take(YEAR_DIGITS) {
        len += c.len_utf8();
        digits.push(char::from_digit(year_numeral_digit(c)?, 10)?);
    }
    (digits.len() == YEAR_DIGITS && chars.next() == Some('年')).then_some((digits, len))
}

/// The digit a numeral stands for in a year written digit by digit (〇/零 to 九; not 两,
/// which counts but never spells a year).
pub fn year_numeral_digit(c: char) -> Option<u32> {
    (c != '两')
        .then(|| crate::extract::numeral::digit_value(c))
        .flatten()
}

/// The characters of a year written digit by digit.
const YEAR_DIGITS: usize = 4;

/// Whether `text` writes `figures` (a term with its counts in figures, as
/// [`counts_as_figures`] gives it) with its first count in Chinese numerals: “一个总体方案”
/// for “1个总体方案”. Only the places where the words after that count stand are read, not
/// the whole text rewritten.
pub fn written_with_numerals(figures: &str, text: &str) -> bool {
    // The first count in figures: its digits and the counted character after them.
    let mut digits_start = None;
    let mut split = None;
    for (at, c) in figures.char_indices() {
        if is_digit(c) {
            digits_start.get_or_insert(at);
        } else if let Some(start) = digits_start.take() {
            if COUNTED.contains(c) {
                split = Some((start, at));
                break;
            }
        }
    }
    let Some((start, end)) = split else {
        return false;
    };
    let (pre, rest) = (&figures[..start], &figures[end..]);
    memchr::memmem::find_iter(text.as_bytes(), rest.as_bytes()).any(|hit| {
        let before = &text[..hit];
        let run = before.trim_end_matches(is_small_numeral).len();
        run < hit
            && before[..run].ends_with(pre)
            && counts_as_figures(&text[run - pre.len()..hit + rest.len()]) == figures
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_ranges_written_alike() {
        for (a, b) in [
            ("推动七大产业集群", "推动7大产业集群"),
            ("新建十二所学校、两个中心", "新建12所学校、2个中心"),
            ("下降3至5分", "下降3—5分"),
            ("（2024到2029年）", "（2024-2029年）"),
            ("到二〇三五年基本实现", "到2035年基本实现"),
            ("（2024—二零二九年）", "（2024—2029年）"),
        ] {
            assert_eq!(counts_as_figures(a), counts_as_figures(b), "{a} {b}");
            assert!(may_write_counts_otherwise(a, b), "{a} {b}");
        }
        // Not a count (十四五, 一带一路), not a range (达到5%), or another count.
        for (a, b) in [
            ("“十四五”", "“14五”"),
            ("一带一路", "1带1路"),
            ("达到5%", "达-5%"),
            ("七大", "8大"),
        ] {
            assert_ne!(counts_as_figures(a), counts_as_figures(b), "{a} {b}");
        }
        assert!(!may_write_counts_otherwise("推进改革", "推进改善"));
        // Both as the term search has them: the term's counts in figures, the text folded.
        let written =
            |term: &str, text: &str| written_with_numerals(&counts_as_figures(term), &fold(text));
        assert!(written("“1个总体方案”", "制定“一个总体方案”。"));
        assert!(written("20条", "出台二十条措施"));
        assert!(!written("20条", "出台十条措施"));
        assert!(!written("总体方案", "制定“一个总体方案”。"));
    }

    /// [`fold_char`] before its fast path.
    fn fold_char_reference(c: char) -> char {
        match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            '“' | '”' | '「' | '」' | '『' | '』' | '《' | '》' => '"',
            '‘' | '’' => '\'',
            '—' | '–' | '〜' => '-',
            _ => c,
        }
    }

    #[test]
    fn fast_path_equals_reference_on_every_char() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(fold_char(c), fold_char_reference(c), "{c:?}");
        }
        let s = "（一）ａ“先手棋”—《规划》　é\u{3000}x５％，";
        let reference: String = s.chars().map(fold_char_reference).collect();
        assert_eq!(fold(s), reference);
        let every: String = (0..=0x10FFFF).filter_map(char::from_u32).collect();
        let reference: String = every.chars().map(fold_char_reference).collect();
        assert!(fold(&every) == reference);
    }

    #[test]
    fn folds_width_and_punctuation() {
        assert_eq!(fold("（一）５％，；："), "(一)5%,;:");
        assert_eq!(fold("(一)5%,;:"), "(一)5%,;:");
        assert_eq!(fold("“先手棋”"), "\"先手棋\"");
    }

    #[test]
    fn review_openers_and_plan_periods() {
        for t in [
            "过去一年，我们…",
            "这五年，改革彰显新成效。",
            "刚刚过去的2025年",
        ] {
            assert!(opens_review(t), "{t}");
        }
        for t in ["今年是开局之年", "五年规划", "过去"] {
            assert!(!opens_review(t), "{t}");
        }
        assert_eq!(opening_plan_period("“十四五”时期，上海…"), Some(14));
        assert_eq!(opening_plan_period("十五五时期是…"), Some(15));
        assert_eq!(opening_plan_period("“十五五”规划纲要"), None);
        assert_eq!(opening_plan_period("十五个五年规划"), None);
        assert_eq!(opening_plan_period("时期"), None);
    }
}
