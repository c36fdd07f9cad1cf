//! Chinese word tokenizer (分词) for report text.
//!
//! Every comparison in govdiff works on tokens rather than characters: similarity between
//! paragraphs, word-level diffs and key-term extraction. Two things make general-purpose
//! segmentation a poor fit for government work reports, and this module fixes both:
//!
//! * Numbers. A target such as `4.5%—5%` or `1200万人以上` is the unit of change a reader
//!   cares about, so a pre-scan finds number spans (digits, decimals, percent signs,
//!   magnitudes 万/亿, Chinese numerals before a counter, ranges, the attached unit and a
//!   qualifier such as 左右/以上) and keeps each one whole as a [`TokenKind::Number`] token.
//!   Only the text between number spans goes to the word segmenter.
//! * Policy terms (术语). `data/terms.txt` lists the reports' slogans and terms (十五五,
//!   新质生产力, 两重 …) and the segmenter treats them as dictionary words, so each comes out
//!   as one token.
//!
//! Word segmentation is jieba's maximum-probability route over its dictionary, without HMM.

use std::sync::OnceLock;

use jieba_rs::Jieba;

/// A token of report text: a word, a number with its unit and qualifier, or punctuation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Token<'a> {
    /// The token's text, a slice of the input.
    pub text: &'a str,
    /// Byte offset of the token in the input.
    pub start: usize,
    /// What the token is.
    pub kind: TokenKind,
}

/// What a [`Token`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// A word (词): Chinese, Latin or mixed, as the segmenter cut it.
    Word,
    /// A number with its magnitude, unit and qualifier (数量), e.g. `3.6万亩以上`.
    Number,
    /// One punctuation mark or symbol (标点).
    Punct,
    /// A run of whitespace.
    Space,
}

/// The policy term list, compiled in so the binary needs no data files at run time.
const TERMS_TXT: &str = include_str!("../../data/terms.txt");

/// Frequency given to a term in `data/terms.txt` that names none. jieba's dictionary totals
/// about 60 million; 10 000 is a common word's frequency, enough for a term to beat being
/// split into its parts but not to swallow characters of neighbouring words.
const DEFAULT_TERM_FREQ: usize = 10_000;

/// The policy terms with their dictionary frequencies, in file order.
pub fn terms() -> impl Iterator<Item = (&'static str, usize)> {
    TERMS_TXT.lines().filter_map(|line| {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            return None;
        }
        let mut fields = line.split_whitespace();
        let term = fields.next()?;
        let freq = fields
            .next()
            .and_then(|f| f.parse().ok())
            .unwrap_or(DEFAULT_TERM_FREQ);
        Some((term, freq))
    })
}

/// Segment `text` into tokens covering it exactly (concatenating all `text`s gives the input).
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::with_capacity(text.len() / 4 + 1);
    let mut pos = 0;
    for (start, end) in number_spans(text) {
        segment_words(text, pos, start, &mut out);
        out.push(Token {
            text: &text[start..end],
            start,
            kind: TokenKind::Number,
        });
        pos = end;
    }
    segment_words(text, pos, text.len(), &mut out);
    out
}

/// Content words only (no punctuation/space/numbers, no stop words), for similarity and terms.
pub fn words(text: &str) -> Vec<&str> {
    tokenize(text)
        .into_iter()
        .filter(|t| t.kind == TokenKind::Word && !is_generic(t.text))
        .map(|t| t.text)
        .collect()
}

/// True for generic words that carry no news (的, 和, 推进, 加强, 工作, 发展, 持续 ...).
pub fn is_generic(word: &str) -> bool {
    static SET: OnceLock<std::collections::HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| GENERIC_WORDS.iter().copied().collect())
        .contains(word)
}

/// Function words (虚词) and the stock verbs and nouns of report prose (套话) that appear in
/// nearly every paragraph.
static GENERIC_WORDS: &[&str] = &[
    "一个",
    "一些",
    "一是",
    "一步",
    "三是",
    "上",
    "下",
    "不",
    "不断",
    "与",
    "中",
    "为",
    "主要",
    "之",
    "了",
    "二是",
    "于",
    "以",
    "以及",
    "任务",
    "体系",
    "作用",
    "使",
    "保障",
    "做好",
    "健全",
    "全力",
    "全面",
    "其",
    "内",
    "加大",
    "加快",
    "加强",
    "努力",
    "发展",
    "取得",
    "各",
    "各项",
    "同时",
    "向",
    "和",
    "四是",
    "在",
    "坚持",
    "增强",
    "大力",
    "实施",
    "实现",
    "将",
    "就",
    "工作",
    "巩固",
    "已",
    "已经",
    "并",
    "建立",
    "建设",
    "开展",
    "强化",
    "我们",
    "我市",
    "我省",
    "或",
    "扎实",
    "打造",
    "把",
    "抓好",
    "持续",
    "推动",
    "推进",
    "提升",
    "提高",
    "支持",
    "改善",
    "方面",
    "有",
    "有关",
    "有效",
    "构建",
    "水平",
    "深化",
    "深入",
    "及",
    "着力",
    "积极",
    "稳步",
    "等",
    "统筹",
    "继续",
    "能力",
    "落实",
    "被",
    "要",
    "让",
    "进一步",
    "进行",
    "还",
    "这",
    "那",
    "都",
    "重点",
    "领域",
    "促进",
    "优化",
    "完善",
    "扩大",
    "是",
    "的",
    "对",
    "从",
    "也",
    "更",
    "由",
    "此",
    "而",
    "又",
    "切实",
    "机制",
    "相关",
    "着",
    "过",
    "个",
    "地",
    "得",
    "所",
    "每",
    "其中",
];

/// The jieba instance with the policy terms, built once per process.
fn jieba() -> &'static Jieba {
    static JIEBA: OnceLock<Jieba> = OnceLock::new();
    JIEBA.get_or_init(reference_jieba)
}

/// Plain jieba-rs with the default dictionary plus `data/terms.txt`, added in file order.
pub fn reference_jieba() -> Jieba {
    let mut jieba = Jieba::new();
    for (term, freq) in terms() {
        jieba.add_word(term, Some(freq), None);
    }
    jieba
}

/// Cut `text[from..to]` (no numbers inside) into words, punctuation and space runs.
fn segment_words<'a>(text: &'a str, from: usize, to: usize, out: &mut Vec<Token<'a>>) {
    if from >= to {
        return;
    }
    let piece = &text[from..to];
    for t in jieba().cut(piece, false) {
        push_piece(text, from + t.byte_start, t.word, out);
    }
}

/// Append one segmenter piece, merging adjacent whitespace into one Space token.
fn push_piece<'a>(text: &'a str, start: usize, piece: &'a str, out: &mut Vec<Token<'a>>) {
    let kind = classify(piece);
    if kind == TokenKind::Space {
        if let Some(last) = out.last_mut() {
            if last.kind == TokenKind::Space && last.start + last.text.len() == start {
                last.text = &text[last.start..start + piece.len()];
                return;
            }
        }
    }
    out.push(Token {
        text: piece,
        start,
        kind,
    });
}

/// Kind of a segmenter piece (never a number: numbers are found before segmenting).
fn classify(piece: &str) -> TokenKind {
    if piece.chars().all(char::is_whitespace) {
        TokenKind::Space
    } else if piece.chars().any(char::is_alphanumeric) {
        TokenKind::Word
    } else {
        TokenKind::Punct
    }
}

// ---------------------------------------------------------------------------------------
// Number spans (数量)

/// Units and counters (量词/单位) that may follow a number written in digits. Longest match
/// wins, so compound units need no ordering here.
static DIGIT_UNITS: &[&str] = &[
    "个百分点",
    "百分点",
    "个月",
    "个",
    "项",
    "件",
    "家",
    "家次",
    "所",
    "座",
    "条",
    "名",
    "位",
    "人次",
    "人",
    "户",
    "户次",
    "次",
    "场",
    "场次",
    "批",
    "批次",
    "处",
    "台",
    "台套",
    "辆",
    "辆次",
    "架",
    "架次",
    "艘",
    "艘次",
    "套",
    "块",
    "种",
    "类",
    "本",
    "篇",
    "栋",
    "幢",
    "张",
    "份",
    "级",
    "届",
    "期",
    "轮",
    "天",
    "日",
    "月",
    "年",
    "年度",
    "季度",
    "岁",
    "周岁",
    "周",
    "小时",
    "分钟",
    "秒",
    "元",
    "美元",
    "欧元",
    "港元",
    "亩",
    "公顷",
    "平方米",
    "平方公里",
    "平方千米",
    "公里",
    "千米",
    "米",
    "吨",
    "吨标准煤",
    "千瓦时",
    "千瓦",
    "兆瓦",
    "吉瓦",
    "千伏",
    "标准箱",
    "标箱",
    "立方米",
    "倍",
    "克",
    "千克",
    "公斤",
    "斤",
    "升",
    "毫米",
    "厘米",
    "列",
    "只",
    "头",
    "株",
    "棵",
    "例",
    "张床",
    "床",
    "支",
    "册",
    "款",
    "枚",
    "颗",
    "剂",
    "剂次",
    "车次",
    "班次",
    "趟",
    "部",
    "个点",
    "所次",
    "度",
];

/// Counters that make a run of Chinese numerals a quantity (十件, 两个, 三万亩). Kept short:
/// 一次性, 一度, 一成不变 must stay words.
static CHINESE_COUNTERS: &[&str] = &[
    "个百分点",
    "个月",
    "个",
    "项",
    "件",
    "家",
    "所",
    "座",
    "条",
    "名",
    "位",
    "批",
    "场",
    "处",
    "台",
    "套",
    "类",
    "种",
    "年",
    "岁",
    "届",
    "轮",
    "倍",
    "户",
    "人",
    "元",
    "亩",
    "公里",
    "万元",
    "亿元",
    "吨",
    "平方米",
    "平方公里",
    "公顷",
];

/// Words after a quantity that qualify it (约数): 左右, 以上 …
static QUALIFIERS: &[&str] = &["左右", "以上", "以下", "以内", "上下", "之内"];

/// Magnitudes after digits (数位), longest first.
static MAGNITUDES: &[&str] = &["万亿", "千万", "百万", "十万", "万", "亿", "千", "百"];

/// Characters before a Chinese numeral that make it part of a word, not a quantity
/// (统一, 唯一, 同一, 逐一, 之一, 第一 …).
const NUMERAL_BLOCKERS: &[char] = &[
    '统', '唯', '同', '逐', '单', '划', '专', '合', '之', '第', '万', '归',
];

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// Chinese numerals that can start a quantity (not 百/千/万/亿 alone: 千家万户 is no number).
fn is_chinese_digit(c: char) -> bool {
    matches!(
        c,
        '零' | '〇' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '两'
    )
}

fn is_chinese_numeral(c: char) -> bool {
    is_chinese_digit(c) || matches!(c, '百' | '千' | '万' | '亿')
}

fn is_range_dash(c: char) -> bool {
    matches!(c, '-' | '—' | '–' | '－' | '~' | '～' | '至' | '到')
}

/// The character at byte `i` of `s`, if `i` is on a boundary inside `s`.
fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..).and_then(|rest| rest.chars().next())
}

/// The character before byte `i` of `s`.
fn char_before(s: &str, i: usize) -> Option<char> {
    s.get(..i).and_then(|head| head.chars().next_back())
}

/// Length of the longest entry of `list` that `s[i..]` starts with, or 0.
fn longest_prefix(s: &str, i: usize, list: &[&str]) -> usize {
    let rest = s.get(i..).unwrap_or("");
    list.iter()
        .filter(|w| rest.starts_with(**w))
        .map(|w| w.len())
        .max()
        .unwrap_or(0)
}

/// Terms (from `data/terms.txt`) that contain Chinese numerals, with the byte offset of each
/// numeral-bearing character, so that 两个维护, 十五五, 一件事 are not read as quantities.
fn numeral_terms() -> &'static [(&'static str, usize)] {
    static TERMS: OnceLock<Vec<(&'static str, usize)>> = OnceLock::new();
    TERMS.get_or_init(|| {
        let mut out = Vec::new();
        for (term, _) in terms() {
            for (offset, c) in term.char_indices() {
                if is_chinese_digit(c) {
                    out.push((term, offset));
                }
            }
        }
        out
    })
}

/// True when a policy term covers byte `i` of `s` (where a Chinese numeral starts).
fn term_covers(s: &str, i: usize) -> bool {
    numeral_terms().iter().any(|&(term, offset)| {
        i >= offset
            && s.get(i - offset..)
                .is_some_and(|rest| rest.starts_with(term))
    })
}

/// Byte spans `(start, end)` of the numbers in `text`, in order, not overlapping.
pub fn number_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut i = 0;
    while let Some(c) = char_at(text, i) {
        if c.is_ascii_alphabetic() {
            // A Latin run with digits (5G, PM2.5, C919) is a name, not a quantity.
            i = skip_latin_run(text, i);
            continue;
        }
        let found = if is_digit(c) {
            digit_quantity(text, i)
        } else if is_chinese_digit(c) {
            chinese_quantity(text, i)
        } else {
            None
        };
        match found {
            Some(end) => {
                spans.push((i, end));
                i = end;
            }
            None if is_digit(c) => i = skip_latin_run(text, i),
            None => i += c.len_utf8(),
        }
    }
    spans
}

/// End of the run of ASCII letters, digits and dots starting at `i`.
fn skip_latin_run(s: &str, mut i: usize) -> usize {
    while let Some(c) = char_at(s, i) {
        if c.is_ascii_alphanumeric() || c == '.' || ('０'..='９').contains(&c) {
            i += c.len_utf8();
        } else {
            break;
        }
    }
    i
}

/// End of the digits, decimal part and thousands groups at `i`.
fn digit_core(s: &str, mut i: usize) -> usize {
    let digits = |s: &str, mut i: usize| {
        while let Some(c) = char_at(s, i).filter(|&c| is_digit(c)) {
            i += c.len_utf8();
        }
        i
    };
    i = digits(s, i);
    loop {
        match char_at(s, i) {
            Some(p @ ('.' | '．')) if char_at(s, i + p.len_utf8()).is_some_and(is_digit) => {
                i = digits(s, i + p.len_utf8());
            }
            Some(',') => {
                let end = digits(s, i + 1);
                let group_of_three =
                    end == i + 4 && s[i + 1..end].bytes().all(|b| b.is_ascii_digit());
                if group_of_three {
                    i = end;
                } else {
                    return i;
                }
            }
            _ => return i,
        }
    }
}

/// A quantity written with digits starting at `i`: its end, or None for a Latin name.
fn digit_quantity(s: &str, i: usize) -> Option<usize> {
    if char_before(s, i).is_some_and(|c| c.is_ascii_alphanumeric() || c == '.') {
        return None;
    }
    let mut end = digit_core(s, i);
    if char_at(s, end).is_some_and(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    end = digit_suffix(s, end);
    // A range: 4.5%—5%, 3-5年, 2021至2025年.
    while let Some(dash) = char_at(s, end).filter(|&c| is_range_dash(c)) {
        let next = end + dash.len_utf8();
        if !char_at(s, next).is_some_and(is_digit) {
            break;
        }
        let core = digit_core(s, next);
        if char_at(s, core).is_some_and(|c| c.is_ascii_alphabetic()) {
            break;
        }
        end = digit_suffix(s, core);
    }
    Some(end + longest_prefix(s, end, QUALIFIERS))
}

/// Magnitude, 余/多, percent or unit after a digit core ending at `i`.
fn digit_suffix(s: &str, mut i: usize) -> usize {
    i += longest_prefix(s, i, MAGNITUDES);
    i += longest_prefix(s, i, &["余", "多"]);
    i += longest_prefix(s, i, MAGNITUDES);
    match char_at(s, i) {
        Some(c @ ('%' | '％' | '‰')) => i + c.len_utf8(),
        _ => i + longest_prefix(s, i, DIGIT_UNITS),
    }
}

/// A quantity in Chinese numerals at `i` (十件, 两个, 三万亩以上): numerals then a counter.
fn chinese_quantity(s: &str, i: usize) -> Option<usize> {
    if char_before(s, i).is_some_and(|c| NUMERAL_BLOCKERS.contains(&c) || is_chinese_numeral(c)) {
        return None;
    }
    if term_covers(s, i) {
        return None;
    }
    let mut end = i;
    while let Some(c) = char_at(s, end).filter(|&c| is_chinese_numeral(c)) {
        end += c.len_utf8();
    }
    end += longest_prefix(s, end, &["余", "多"]);
    let unit = longest_prefix(s, end, CHINESE_COUNTERS);
    if unit == 0 {
        return None;
    }
    end += unit;
    Some(end + longest_prefix(s, end, QUALIFIERS))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s).iter().map(|t| t.text).collect()
    }

    fn numbers(s: &str) -> Vec<&str> {
        tokenize(s)
            .into_iter()
            .filter(|t| t.kind == TokenKind::Number)
            .map(|t| t.text)
            .collect()
    }

    #[test]
    fn generic_list_has_no_duplicates() {
        let mut sorted = GENERIC_WORDS.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), GENERIC_WORDS.len());
    }

    #[test]
    fn numbers_stay_whole() {
        // (sentence from the reports, the number tokens it must yield)
        let cases: &[(&str, &[&str])] = &[
            ("国内生产总值增长5%左右", &["5%左右"]),
            ("城镇调查失业率5.5%左右", &["5.5%左右"]),
            ("居民消费价格涨幅2%左右", &["2%左右"]),
            ("经济增长4.5%—5%", &["4.5%—5%"]),
            ("新建改造高标准农田2.96万亩", &["2.96万亩"]),
            ("城镇新增就业1200万人以上", &["1200万人以上"]),
            ("新建中小学10所", &["10所"]),
            ("办好十件民生实事", &["十件"]),
            ("力争粮食播种面积3.6万亩以上", &["3.6万亩以上"]),
            ("赤字率拟按4%左右安排", &["4%左右"]),
            ("拟安排地方政府专项债券4.4万亿元", &["4.4万亿元"]),
            ("研发经费投入增长8.3％", &["8.3％"]),
            ("全市地区生产总值达到５６００亿元", &["５６００亿元"]),
            ("新增城镇就业1200余万人", &["1200余万人"]),
            ("培育100多家专精特新企业", &["100多家"]),
            ("2021-2025年累计投资", &["2021-2025年"]),
            ("下降3个百分点", &["3个百分点"]),
            ("建成两个示范区", &["两个"]),
            ("人均预期寿命达到79岁", &["79岁"]),
            ("完成投资1,200亿元", &["1,200亿元"]),
        ];
        for (text, want) in cases {
            assert_eq!(&numbers(text), want, "in {text}");
        }
        let toks = texts("力争3.6万亩以上");
        assert_eq!(toks, ["力争", "3.6万亩以上"]);
    }

    #[test]
    fn names_with_digits_and_numeral_words_are_not_numbers() {
        for text in [
            "推进5G网络建设",
            "PM2.5浓度下降",
            "C919大飞机",
            "统一大市场",
            "一次性补贴",
        ] {
            assert!(numbers(text).is_empty(), "{text}: {:?}", numbers(text));
        }
        // Terms with numerals are words, not quantities.
        assert_eq!(numbers("做到两个维护"), Vec::<&str>::new());
        assert!(texts("高效办成一件事").contains(&"高效办成一件事"));
    }

    #[test]
    fn terms_are_single_tokens() {
        let mut count = 0;
        for (term, _) in terms() {
            count += 1;
            let alone = texts(term);
            assert_eq!(alone, [term], "term alone");
            let sentence = format!("我们要推进{term}，");
            assert!(
                texts(&sentence).contains(&term),
                "{sentence}: {:?}",
                texts(&sentence)
            );
        }
        assert!(count >= 100, "terms list too small: {count}");
    }

    #[test]
    fn tokens_cover_input_exactly() {
        let samples = [
            "",
            "各位代表：\r\n\r\n  现在，我代表市人民政府，向大会报告工作。",
            "经济增长4.5%—5%，力争更好结果；“十五五”开局。",
            "a１２b 5G ①②③ \u{200b}\u{3000}！？……ok",
            "二〇二五年一月十五日，发展新质生产力",
        ];
        for s in samples {
            let toks = tokenize(s);
            let joined: String = toks.iter().map(|t| t.text).collect();
            assert_eq!(joined, s);
            let mut pos = 0;
            for t in &toks {
                assert_eq!(t.start, pos);
                assert!(!t.text.is_empty());
                pos += t.text.len();
            }
        }
    }

    #[test]
    fn whitespace_runs_are_one_space_token() {
        let toks = tokenize("发展\n\n  经济");
        assert_eq!(toks.len(), 3);
        assert_eq!(toks[1].kind, TokenKind::Space);
        assert_eq!(toks[1].text, "\n\n  ");
    }

    #[test]
    fn words_drop_generic_words_and_punctuation() {
        let w = words("持续推进城中村改造，加强低空经济发展和5%的增长。");
        assert_eq!(w, ["城中村改造", "低空经济", "增长"]);
        assert!(is_generic("的") && is_generic("推进") && is_generic("工作"));
        assert!(!is_generic("低空经济"));
    }
}
