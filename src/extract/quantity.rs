//! Quantities (数量): value, unit, range and qualifier, with magnitudes folded into the value.
//!
//! Reports are full of figures (2.96万亩, 5%左右, 1100万人以上, 十件), and year-over-year
//! comparison needs them as numbers with a unit and a bound. Just as many digit strings are
//! not quantities: years and dates (2025年, 3月), plan names (十四五), hotlines (12345), slogans
//! (“1+10”, 4+4+3), model names (C919, 5G), ordinals (第二批, 二轮), set phrases (两个确立,
//! 和平共处五项原则), grades (劣五类水体) and places named with a numeral (三门峡). The
//! reader therefore asks for a unit (or a magnitude, for Arabic figures) before it believes a
//! number is a quantity, and reads Chinese numerals only when a counter follows.
//!
//! Written-out forms are folded into the forms they mean, so they compare across years:
//! - 百分之五, 百分之三点五, 百分之百 are 5%, 3.5%, 100% (unit `%`); other shares too
//!   (三分之一, 1/3 are 33.3%; 千分之五 is 5‰ as written with ‰).
//! - Tenths (成) are percentages: 八成, 9成 are 80%, 90% (unit `%`; the text keeps 八成). A
//!   percentage is what 成 means, and the unit `%` lets 近八成 → 78% compare as points.
//!   Only 1–10 成 with no magnitude count; 一成 alone is an article-like 一 (一成不变) and
//!   成 starting a word (成员, 成果, 成本) is not tenths.
//! - A doubling (翻番, 翻一番, 翻两番) is a quantity: the number of doublings, unit `番`
//!   (翻番 = 1, 翻两番 = 2, i.e. ×4). It is not turned into 倍, because 增长1倍 (one
//!   doubling) and 是…的2倍 (also one) make any multiple ambiguous; 翻一番 → 翻两番 compares.
//! - Vague magnitudes (数十个, 几十年, 上百家, 近千万, 成百上千) are not quantities: no number
//!   is stated, and reading the 十 of 数十个 as 10 would be wrong.
//! - Direction words (下降2%, 减少30%) stay outside the quantity: the value is the magnitude
//!   as written, and the verb is in the clause the diff shows beside it.

use std::sync::OnceLock;

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
    "微克/立方米",
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
    "标箱",
    "人次",
    "户次",
    "架次",
    // Area worked, counted each pass (农机作业服务面积60万亩次).
    "亩次",
    // Counts of batches, sessions and runs: 药品抽检超1.5万批次, 演出1000场次, 开行班列500班次.
    "批次",
    "场次",
    "车次",
    "班次",
    "人",
    "户",
    "家",
    "个月",
    "个",
    "所",
    "件",
    "宗",
    "项",
    "台套",
    "套",
    "辆",
    "条",
    "座",
    "只",
    "张",
    "亩",
    "斤",
    // Tonnes of standard coal (energy): another quantity than tonnes of goods.
    "吨标准煤",
    "吨标煤",
    "吨",
    "倍",
    "天",
    "小时",
    "分钟",
    "年",
    "周岁",
    // Weeks (号源提前2周投放); not 周年, 周期, 四周 (surroundings): see is_excluded_context.
    "周",
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
    "类",
    "轮",
    // Sessions of a course (举办创业培训班50期); a phase (二期工程, 3期项目) is excluded below.
    "期",
    // Aspects counted (抓好11方面重点工作, 十方面民生实事); 一方面 is "on the one hand".
    "方面",
    "对",
    "枚",
    "篇",
    "米",
    // Measure words of farming and counting: 生猪出栏6000万头以上, 植树3900万株, 25份配套
    // 文件, 13块金牌, 卫星137颗, 课程100门.
    "头",
    "株",
    "棵",
    "羽",
    "份",
    "组",
    "块",
    "颗",
    "门",
    "册",
    "盏",
    // Medal tallies: 8金4银4铜 (a figure right before 金/银/铜 is a medal count).
    "金",
    "银",
    "铜",
];

/// Denominators that only occur in rates after "/": 30万吨/日, 600立方米/秒.
const PER_UNITS: &[&str] = &["秒", "日", "月", "周", "时"];

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
    "逾",
];

/// The base of a rate written before its figure (每千人6.5批次, 每万人4.5张).
const PER_CAPITA: &[&str] = &[
    "每十万人",
    "每万人",
    "每千人",
    "每百人",
    "每人",
    "每户",
    "每立方米",
];

/// A concentration's base written as words (每立方米20微克, 28.5微克每立方米): the unit is
/// the one written with a slash, 微克/立方米, so the two forms compare.
const PER_CUBIC_METRE: &str = "每立方米";

/// How far back in its clause (characters) a figure looks for the 力争 that governs it.
const ASPIRATION_REACH: usize = 40;

/// Verbs of reaching a level that make 争取 an aspiration rather than obtaining something.
const REACHING: &[&str] = &[
    "达到",
    "实现",
    "突破",
    "超过",
    "增长",
    "提高到",
    "提升到",
    "保持在",
];

/// Aspirations and caps that may stand a few words before the figure in the same clause.
const PREFIX_WINDOW: &[&str] = &["控制在", "至少", "力争"];

/// Words after a span of years that make it part of a programme's name, as 五年规划 is:
/// 三年行动, 治本攻坚三年行动, 长江十年禁渔, 十年倍增行动, 十年“卓粤”计划, 新十年发展规划,
/// 法治浙江建设20年主题活动, and the pilots of a policy (再延长30年整省试点). The duration is
/// what the programme is called, not a figure that a later year raises or drops.
const PROGRAMME_AFTER_YEARS: &[&str] = &[
    "行动",
    "攻坚",
    "禁渔",
    "倍增",
    "计划",
    "方案",
    "提质",
    "专项",
    "发展规划",
    "主题活动",
    "试点",
    "整省试点",
    "整县试点",
    "整市试点",
    // A school system named by its length: 九年义务教育巩固率, 十二年一贯制学校.
    "义务教育",
    "一贯制",
    // A programme named by its span and its round goal: 五年百部文艺精品创作, 十年千村.
    "百",
    "千",
    "万",
];

/// Words after 期 that make it a project's phase (3期工程), not a count of sessions.
const PHASE_AFTER: &[&str] = &[
    "工程", "项目", "建设", "扩建", "改造", "开发", "续建", "主体",
];

/// Words before a span of years that make it the time frame a plan speaks of (今后五年,
/// 再奋斗五年, 过去五年, 最近5年, 这五年, 前两年; 近三年 reads as a time window by its 近),
/// a record's run (连续4年保持全国第一: a streak that grows by one each year), or a national
/// policy's term (第二轮土地承包到期后再延长30年, said every year), not a figure. (前 only
/// where it is no 提前: 提前1年完成 is a figure.)
const TIME_FRAME_BEFORE_YEARS: &[&str] = &[
    "今后",
    "未来",
    "奋斗",
    "再延长",
    "过去",
    "最近",
    "这",
    "连续",
    "前",
    // The gap since an event last happened (时隔66年再次获批, 时隔5年旅客吞吐量再次破亿).
    "时隔",
    // The plan period a review names (过去的五年极不平凡, 经过五年接续奋斗, 高质量发展的关键
    // 五年, 新征程的第一个五年).
    "过去的",
    "经过",
    "关键",
    "第一个",
];

/// Words after a span of years that make it the window a sentence looks back over or a
/// change is measured across, the years being the frame of what follows: 五年来, 五年间 (as
/// 过去五年 is), 30年来首次, 9年来新高, 三年多来, 较五年前, 五年年均增长; 5年增长18.7%,
/// 五年分别增长97.3%, 3年翻一番, 五年累计投入.
/// The figure that follows is the quantity; next year's report looks back over another span.
const TIME_FRAME_AFTER_YEARS: &[&str] = &[
    "来",
    "多来",
    "间",
    "里",
    "前",
    "年均",
    "历程",
    "发展历程",
    "增长",
    "增加",
    "提高",
    "提升",
    "下降",
    "减少",
    "累计",
    "分别",
    "翻",
    // What was done over the span, the amount after it being the figure (省级财政五年统筹
    // 投入100亿元, 三年安排450亿元, 五年新设民营经营主体…, 五年建成“四好农村路”…, 五年
    // 跨越两个千亿元台阶), and a review or plan run over a span (五年滚动实施, 五年动态评估).
    "统筹",
    "安排",
    "投入",
    "新设",
    "净增",
    "新增",
    "建成",
    "改造",
    "生产",
    "跨越",
    "跨过",
    "增量",
    "滚动",
    "动态",
    "实施",
];

/// The farthest [`names_a_circle`] looks after a duration for the 圈 that ends its name.
const CIRCLE_NAME_CHARS: usize = 10;

/// Words after 24小时 that make it round the clock (公园24小时开放, 24小时不打烊站点), not a
/// time limit (24小时内办结 may be 12小时 next year).
const ROUND_THE_CLOCK: &[&str] = &["开放", "不打烊", "营业", "值守", "服务", "提供", "在线"];

/// Words before 一百年 that make it a centenary's name (建军一百年奋斗目标).
const CENTENARY_BEFORE: &[&str] = &["建军", "建党", "建国"];

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
    "健康",
    "最严",
    "面向",
    "坚持",
    "没有",
    "积极性",
];

/// Names whose numeral names rather than counts: doctrines and slogans (和平共处五项原则,
/// 五位一体, 两个一百年, 两个市场两种资源, 两只手, 两条腿走路), a pair of named subsidies
/// (残疾人两项补贴: the living and the nursing allowance) and places named with a numeral and
/// a measure word (三门峡, 七台河, 五台山). A figure inside one of them is no figure.
const NAMED_PHRASES: &[&str] = &[
    "五项原则",
    "四项基本原则",
    "三位一体",
    "四位一体",
    "五位一体",
    "两个一百年",
    "国内国际两个市场",
    "国际国内两个市场",
    "两个市场两种资源",
    "两个市场、两种资源",
    "两种资源",
    "两只手",
    "两条腿",
    "残疾人两项补贴",
    "三门峡",
    "三门县",
    "三门核电",
    "三门湾",
    "七台河",
    "五台山",
    "五台县",
    "三台县",
    "九台区",
    "五家渠",
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

/// [`fold_char`] with a fast path: ASCII and CJK ideographs never fold (checked by a test).
#[inline]
fn fold_fast(c: char) -> char {
    if c.is_ascii() || ('\u{3400}'..='\u{9FFF}').contains(&c) {
        c
    } else {
        fold_char(c)
    }
}

/// A 256-bit filter on the low byte of the Chinese numeral chars: most CJK chars fail it with
/// one load and shift, before the exact check.
const NUMERAL_LOW_BYTES: [u64; 4] = {
    let chars = [
        '零', '〇', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千',
        '万', '亿',
    ];
    let mut bits = [0u64; 4];
    let mut k = 0;
    while k < chars.len() {
        let lb = chars[k] as u32 & 0xFF;
        bits[(lb >> 6) as usize] |= 1 << (lb & 63);
        k += 1;
    }
    bits
};

/// Whether the folded char `c` may start a figure: an Arabic digit or a Chinese numeral char
/// (all of which lie at or above 〇, so most punctuation is rejected by one comparison).
#[inline]
fn may_start_figure(c: char) -> bool {
    if c.is_ascii_digit() {
        return true;
    }
    let lb = c as u32 & 0xFF;
    c >= '〇'
        && (NUMERAL_LOW_BYTES[(lb >> 6) as usize] >> (lb & 63)) & 1 != 0
        && numeral::is_numeral_char(c)
}

/// Whether the folded char `c` may start an atom: a figure, or 翻 (翻一番).
#[inline]
fn may_start_atom(c: char) -> bool {
    may_start_figure(c) || c == '翻'
}

/// The text as folded chars with their byte offsets in the original string: a view into a
/// [`FoldedText`], so the chars of a whole document are folded once and each clause scans a
/// slice of them.
struct Chars<'a> {
    chars: &'a [char],
    /// Byte offset of each char in the folded text's string.
    offs: &'a [usize],
    /// Byte offset, in that string, of the piece this view covers (subtracted from `offs`).
    base: usize,
    /// Byte length of the piece.
    len: usize,
    /// The piece itself, unfolded: folding makes “ and ” one '"', and only the original
    /// tells an opening quote from a closing one.
    src: &'a str,
}

impl Chars<'_> {
    /// The original (unfolded) char at `i`.
    fn original(&self, i: usize) -> Option<char> {
        (i < self.chars.len())
            .then(|| self.src.get(self.byte(i)..)?.chars().next())
            .flatten()
    }
    fn byte(&self, i: usize) -> usize {
        self.offs.get(i).map_or(self.len, |o| o - self.base)
    }
    fn at(&self, i: usize) -> Option<char> {
        self.chars.get(i).copied()
    }
    /// Whether the folded chars at `i` spell `word` (itself folded).
    fn starts_with(&self, i: usize, word: &str) -> bool {
        (i..)
            .zip(word.chars())
            .all(|(k, w)| self.at(k) == Some(fold_char(w)))
    }
    /// Whether the folded chars at `i` spell `word`, which must already be folded
    /// (`fold_char` leaves each of its chars unchanged); skips folding the word.
    fn starts_with_folded(&self, i: usize, word: &[char]) -> bool {
        self.chars.get(i..i + word.len()).is_some_and(|s| s == word)
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
    /// Written in tenths (八成) and scaled to a percentage.
    tenths: bool,
    /// A bare magnitude with no digit (超万亿元), read only after a bound word
    /// ([`BARE_MAGNITUDE_AFTER`]), which `build` takes as its qualifier.
    bare: bool,
}

impl Atom {
    /// A figure whose form gives its unit and nothing else (a ratio, a share, a doubling):
    /// no magnitude, no 余/多, not a year.
    fn with_unit(start: usize, end: usize, value: f64, script: Script, unit: &str) -> Atom {
        Atom {
            start,
            end,
            value,
            script,
            four_digits: false,
            has_magnitude: false,
            unit: Some(unit.to_string()),
            approx_more: None,
            tenths: false,
            bare: false,
        }
    }
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
        if c == '.' && !seen_point && int_digits <= 3 && year_after_label(t, k + 1) {
            break;
        }
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
        } else if let Some(after) = (!seen_point && !s.is_empty() && (c == ' ' || c == '.'))
            .then(|| spaced_point(t, k))
            .flatten()
        {
            // 6 . 5%: a newspaper page or a PDF spaces the decimal point.
            seen_point = true;
            s.push('.');
            k = after;
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

/// At `k`, a year (2026年) right after an item's number and its point: 20.2026年10件民生实事,
/// item 20 of a glossary, is no 20.2026 years. No figure has four decimals that read as a
/// year with 年 after them.
fn year_after_label(t: &Chars, k: usize) -> bool {
    let digits: Option<Vec<u32>> = (0..4).map(|d| t.at(k + d).and_then(arabic_digit)).collect();
    let Some(d) = digits else { return false };
    let year = d.iter().fold(0, |acc, x| acc * 10 + x);
    (1900..=2099).contains(&year) && t.at(k + 4) == Some('年')
}

/// At `k`, a decimal point with a blank or two before and after it and a digit next (the
/// " . " of 6 . 5%): the index of that digit. A blank on only one side (6 .5, 6. 5) counts
/// too; none at all is `read_arabic`'s plain case.
fn spaced_point(t: &Chars, k: usize) -> Option<usize> {
    const MAX_BLANKS: usize = 2;
    let blanks = |from: usize| {
        (from..from + MAX_BLANKS + 1)
            .take_while(|&j| t.at(j) == Some(' '))
            .count()
    };
    let before = blanks(k);
    let point = k + before;
    if before > MAX_BLANKS || t.at(point) != Some('.') {
        return None;
    }
    let after = blanks(point + 1);
    let digit = point + 1 + after;
    // A fraction of one to three digits: 完成6. 2026年 is a full stop before a year.
    let fraction = (digit..)
        .take_while(|&j| t.at(j).and_then(arabic_digit).is_some())
        .count();
    (after <= MAX_BLANKS && (1..=MAX_SPACED_FRACTION).contains(&fraction)).then_some(digit)
}

/// The most digits after a spaced decimal point.
const MAX_SPACED_FRACTION: usize = 3;

/// One entry of [`unit_index`]: a unit's first char, the unit and its chars.
struct IndexedUnit {
    first: char,
    unit: &'static str,
    chars: Vec<char>,
}

/// [`UNITS`] sorted (stably) by first char, so a lookup only tries the units that can match
/// at a position, in the same order of preference as the list. Units are fold-invariant
/// (checked by a test), so they are compared with the folded text as they are.
fn unit_index() -> &'static [IndexedUnit] {
    static INDEX: OnceLock<Vec<IndexedUnit>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut v: Vec<IndexedUnit> = UNITS
            .iter()
            .filter_map(|u| {
                Some(IndexedUnit {
                    first: u.chars().next()?,
                    unit: u,
                    chars: u.chars().collect(),
                })
            })
            .collect();
        v.sort_by_key(|e| e.first);
        v
    })
}

/// Match a unit at `i`, returning it (as written in [`UNITS`], folded) and its char length.
fn match_unit(t: &Chars, i: usize) -> Option<(&'static str, usize)> {
    let c = t.at(i)?;
    let index = unit_index();
    let from = index.partition_point(|e| e.first < c);
    index[from..]
        .iter()
        .take_while(|e| e.first == c)
        .find(|e| t.starts_with_folded(i, &e.chars))
        .map(|e| (same_unit(e.unit), e.chars.len()))
}

/// The unit a written unit is: 周岁 is 岁 (35周岁以上 and 35岁以上 count the same ages).
fn same_unit(unit: &'static str) -> &'static str {
    match unit {
        "周岁" => "岁",
        u => u,
    }
}

/// Read a figure at `i`: number, magnitudes, 余/多, unit.
fn read_atom(t: &Chars, i: usize) -> Option<Atom> {
    let c = t.at(i)?;
    if c == '百' && t.starts_with_folded(i, &SPELLED_PERCENT) {
        return read_spelled_percent(t, i);
    }
    if c == '翻' {
        return read_doubling(t, i);
    }
    // A magnitude with no digit after a bound word (超万亿元, 逾百万人次, 突破千项). Without
    // one, 百亿/千亿/万亿 are words (培育一批百亿企业), never numerals; the numeral reading
    // below declines the others (百万雄师, 千万不要).
    if matches!(c, '百' | '千' | '万' | '亿') {
        if let Some(a) = read_bare_magnitude(t, i) {
            return Some(a);
        }
        if c != '亿' && t.at(i + 1) == Some('亿') {
            return None;
        }
    }
    // 千分之五, 万分之一: a bare 千/万 is a denominator here.
    if matches!(c, '千' | '万') && t.starts_with(i + 1, "分之") {
        let den = if c == '千' { 1000.0 } else { 10000.0 };
        return read_fraction(t, i, i + 1, den, Script::Chinese);
    }
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
        let v = numeral::parse_chinese_chars(&t.chars[i..k])?;
        let (v, k) = read_spelled_decimal(t, i, k, v).unwrap_or((v, k));
        (v, k, Script::Chinese, false)
    } else {
        return None;
    };
    if let Some(fraction) = read_fraction(t, i, k, value, script) {
        return Some(fraction);
    }
    if script == Script::Arabic {
        if let Some(end) = ratio_to_one(t, i, k) {
            return Some(Atom::with_unit(i, end, value, script, RATIO_UNIT));
        }
    }
    let mut has_magnitude = false;
    let mut approx_more = None;
    let mut unit: Option<String> = None;
    loop {
        if let Some((u, n)) = match_unit(t, k) {
            let mut full = u.to_string();
            k += n;
            // Compound units: 58万元/人, 0.6人/百亿元, 5元/平方米.
            if t.at(k) == Some('/') {
                let mut j = k + 1;
                while matches!(t.at(j), Some('万' | '亿' | '千' | '百' | '十'))
                    && match_unit(t, j).is_none()
                {
                    j += 1;
                }
                let per_unit = match_unit(t, j).or_else(|| {
                    PER_UNITS
                        .iter()
                        .find(|u| t.starts_with(j, u))
                        .map(|u| (*u, u.chars().count()))
                });
                if let Some((per, m)) = per_unit {
                    if per != "%" {
                        full.push('/');
                        full.extend(&t.chars[k + 1..j]);
                        full.push_str(per);
                        k = j + m;
                    }
                }
            }
            unit = Some(full);
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
    // Tenths (成): 八成, 9成 are 80%, 90%.
    let mut tenths = false;
    if unit.is_none()
        && approx_more.is_none()
        && !has_magnitude
        && value > 0.0
        && value <= 10.0
        && t.at(k) == Some('成')
        && !(script == Script::Chinese && k == i + 1 && c == '一')
        && !t
            .at(k + 1)
            .is_some_and(|c| NOT_TENTHS_AFTER_CHENG.contains(c))
    {
        value *= 10.0;
        unit = Some("%".to_string());
        tenths = true;
        k += 1;
    }
    if unit.is_none() && !tenths && !has_magnitude {
        if let Some((u, n)) = unit_in_words(t, i, k) {
            unit = Some(u);
            k += n;
        }
    }
    if script == Script::Chinese {
        // 万 and 亿 are numeral chars, so this is "the numeral part holds 万 or 亿".
        has_magnitude = t.chars[i..k].iter().any(|&c| c == '万' || c == '亿');
    }
    if unit.is_none() && !tenths {
        if let Some((factor, n)) = computing_power(t, i, k, has_magnitude) {
            value *= factor;
            unit = Some(PETAFLOPS.to_string());
            k += n;
        }
    }
    if unit.is_none() && !tenths && has_magnitude {
        if let Some((u, n)) = magnitude_unit(t, k) {
            unit = Some(u.to_string());
            k += n;
        }
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
        tenths,
        bare: false,
    })
}

/// A unit that is one only in its context, after a figure ending at `k` that started at `i`,
/// and its char length: cents per unit (下降3分/千瓦时; 分 alone is a score or a minute), and
/// micrograms per cubic metre with the base in words (每立方米20微克, 20微克每立方米).
fn unit_in_words(t: &Chars, i: usize, k: usize) -> Option<(String, usize)> {
    match t.at(k)? {
        '分' if t.at(k + 1) == Some('/') => {
            let (per, n) = match_unit(t, k + 2)?;
            Some((format!("分/{per}"), n + 2))
        }
        '微' if t.starts_with(k, "微克") => {
            if t.starts_with(k + 2, PER_CUBIC_METRE) {
                Some((
                    "微克/立方米".to_string(),
                    2 + PER_CUBIC_METRE.chars().count(),
                ))
            } else {
                t.ends_with(i, PER_CUBIC_METRE)
                    .then(|| ("微克/立方米".to_string(), 2))
            }
        }
        _ => None,
    }
}

/// The unit of a ratio to one (城乡居民收入比缩小至2.1∶1): the figure is its first term.
pub const RATIO_UNIT: &str = ":1";

/// Where a ratio to one ends when the Arabic figure at `i..k` is its first term: 2.1∶1 or
/// 1：1 after a 比 of the same clause (城乡居民收入比, 与农业总产值之比). The 比 keeps out
/// clock times and scales (8:30, 1:1000), and a second term other than one is no target.
fn ratio_to_one(t: &Chars, i: usize, k: usize) -> Option<usize> {
    if !matches!(t.at(k), Some(':' | '∶')) || t.at(k + 1) != Some('1') {
        return None;
    }
    if t.at(k + 2)
        .is_some_and(|c| c.is_ascii_digit() || c == '.' || c == ':' || c == '∶')
    {
        return None;
    }
    // The colon of an earlier ratio (从2.50:1缩小至2.27∶1) does not end the clause.
    let clause = (0..i)
        .rev()
        .take_while(|&j| !t.at(j).is_some_and(|c| c != ':' && is_clause_break(c)));
    clause
        .take(20)
        .any(|j| t.at(j) == Some('比'))
        .then_some(k + 2)
}

/// Chars after 成 that make it part of a word (成员, 成为, 成果, 成本, 成年…), not tenths.
/// The colloquial unit after a magnitude at `k`, as the unit it stands for, and its length:
/// 3000亿度 (kilowatt-hours), 10亿方 (cubic metres of gas). Only after 万 or 亿: 一度 is
/// "once", 方 opens 方面, 方案…
fn magnitude_unit(t: &Chars, k: usize) -> Option<(&'static str, usize)> {
    let next = t.at(k + 1);
    match t.at(k)? {
        '度' => Some(("千瓦时", 1)),
        '方' if !next.is_some_and(|c| "面式案向法位针略言阵圆".contains(c)) => {
            Some(("立方米", 1))
        }
        _ => None,
    }
}

/// The unit of computing power (算力): petaflops, as reports write it (4.8万P).
pub const PETAFLOPS: &str = "P";

/// Computing power (算力) written after the figure at `i..k`: the factor to petaflops and
/// the unit's length. P, PF and PFlops are petaflops (智能算力超4.8万P, 总算力突破1.3万PF);
/// EFlops are read as 1000 P, so a report that changes scale still compares (15EFlops is
/// 1.5万P). The words are matched without case and must end there (not P2P); a bare P or PF
/// stands for petaflops only after 万 or 亿 or in a clause that names computing (算力规模突破
/// 4000P), since 1080P is a screen and 2P a dosage.
fn computing_power(t: &Chars, i: usize, k: usize, has_magnitude: bool) -> Option<(f64, usize)> {
    let spelled = |word: &str| {
        let n = word.len();
        word.chars()
            .enumerate()
            .all(|(j, w)| t.at(k + j).is_some_and(|c| c.eq_ignore_ascii_case(&w)))
            && !t.at(k + n).is_some_and(|c| c.is_ascii_alphanumeric())
    };
    if let Some((word, factor)) = [("EFLOPS", 1000.0), ("PFLOPS", 1.0)]
        .into_iter()
        .find(|(w, _)| spelled(w))
    {
        return Some((factor, word.len()));
    }
    let word = ["PF", "P"].into_iter().find(|w| spelled(w))?;
    let names_computing = || {
        let start = (0..i)
            .rev()
            .take_while(|&j| !t.at(j).is_some_and(is_clause_break))
            .take(COMPUTING_REACH)
            .last()
            .unwrap_or(i);
        (start..i).any(|j| ["算力", "智算", "超算"].iter().any(|w| t.starts_with(j, w)))
    };
    (has_magnitude || names_computing()).then_some((1.0, word.len()))
}

/// How far back in its clause (characters) a bare P looks for the word 算力.
const COMPUTING_REACH: usize = 20;

const NOT_TENTHS_AFTER_CHENG: &str = "员为立果功效本熟型交长就都片群套品像绩分规败年人色材器药批";

/// A doubling (翻番, 翻一番, 翻两番, 翻了一番) at `i`, which holds 翻: the number of doublings
/// with unit `番` (翻番 is one). Kept as doublings rather than a multiple (倍), since 增长1倍
/// and 是…的2倍 are both written for one doubling and a multiple would pick one reading.
fn read_doubling(t: &Chars, i: usize) -> Option<Atom> {
    let mut j = i + 1;
    if t.at(j) == Some('了') {
        j += 1;
    }
    let mut k = j;
    while t.at(k).is_some_and(numeral::is_numeral_char) {
        k += 1;
    }
    let value = if k == j {
        1.0
    } else {
        numeral::parse_chinese_chars(t.chars.get(j..k)?)?
    };
    if t.at(k) != Some('番') || value < 1.0 {
        return None;
    }
    Some(Atom::with_unit(i, k + 1, value, Script::Chinese, "番"))
}

/// Words that make a bare magnitude a figure: 超万亿元, 突破千亿元, 过百亿次, 迈上万亿元台阶.
/// Not 近 or 约: 惠及近千万家庭 is a vague size, where 超千万人次 states a threshold passed.
/// Longest first, so 超过 is found before 过.
const BARE_MAGNITUDE_AFTER: &[&str] = &[
    "超过", "突破", "达到", "迈上", "跨上", "站上", "跨越", "超", "过", "破", "逾", "达",
];

/// Whether the one-character bound word `word`, after the character `prev`, is the tail of
/// another word instead: 赶超, 签约, 节约, 最近, 通过, 打破, 到达.
fn ends_another_word(word: &str, prev: Option<char>) -> bool {
    let tails = match word {
        "过" => "通经度错路跨越穿闯",
        "破" => "打冲攻爆击识看",
        "达" => "到抵传表发送下通",
        "超" => "赶",
        "约" => "签节制公预集邀契简婚违履合大",
        "近" => "最附将邻就接",
        _ => return false,
    };
    prev.is_some_and(|c| tails.contains(c))
}

/// A magnitude written without a digit (万亿元 for 1万亿元) at `i`: one of 百/千/万/亿, or two
/// (百万, 千万, 百亿, 万亿; 十亿 is an ordinary numeral). Read only after a bound word
/// ([`BARE_MAGNITUDE_AFTER`]: 经济总量突破万亿元, 服务逾百万人次) and before a unit other than
/// 年 or 岁, since a bare 百/千/万 is otherwise a word (百年, 千家万户, 千亿级集群, 走过百年).
fn read_bare_magnitude(t: &Chars, i: usize) -> Option<Atom> {
    let mut p = i;
    if p > 0 && t.at(p - 1) == Some('"') {
        p -= 1;
    }
    let word = BARE_MAGNITUDE_AFTER.iter().find(|w| t.ends_with(p, w))?;
    // One-character bound words that end another word: 通过, 打破, 到达.
    let prev = (p - word.chars().count())
        .checked_sub(1)
        .and_then(|k| t.at(k));
    if ends_another_word(word, prev) {
        return None;
    }
    // One magnitude or two (百万, 千万, 百亿, 万亿), each multiplying the one before.
    let mut value = numeral::unit_value(t.at(i)?)?;
    let mut k = i + 1;
    if let Some(m) = t.at(k).filter(|c| matches!(c, '万' | '亿')) {
        if match_unit(t, k).is_none() && value < numeral::unit_value(m)? {
            value *= numeral::unit_value(m)?;
            k += 1;
        }
    }
    let (unit, n) = match_unit(t, k)?;
    // A span of time is history, not a figure (走过百年, 跨越千年).
    if matches!(unit, "年" | "岁") {
        return None;
    }
    Some(Atom {
        start: i,
        end: k + n,
        value,
        script: Script::Chinese,
        four_digits: false,
        has_magnitude: true,
        unit: Some(normalise_unit(unit.to_string())),
        approx_more: None,
        tenths: false,
        bare: true,
    })
}

/// A fraction whose first number, `first`, was read at `i..k`: 三分之一, 千分之五 (the
/// denominator first), 1/3 (the numerator first). A share
/// is a percentage (三分之一 is 33.3%, unit `%`, so it compares with 30%), a 千分之 share per
/// mille as 5‰ is (unit `‰`). The numerator must be smaller than the denominator; an Arabic
/// one is two small integers (1/3, not 2025/1/3 or 30万吨/日).
fn read_fraction(t: &Chars, i: usize, k: usize, first: f64, script: Script) -> Option<Atom> {
    let (num, den, end) = match script {
        Script::Chinese if t.starts_with(k, "分之") => {
            let j = k + 2;
            let mut m = j;
            while t.at(m).is_some_and(numeral::is_numeral_char) {
                m += 1;
            }
            (numeral::parse_chinese_chars(t.chars.get(j..m)?)?, first, m)
        }
        // Not a date or a code (2025/1/3, 1/2/3), nor a line name (5/6号线).
        Script::Arabic
            if t.at(k) == Some('/')
                && k - i <= 2
                && i.checked_sub(1).and_then(|p| t.at(p)) != Some('/') =>
        {
            let j = k + 1;
            let mut m = j;
            while t.at(m).and_then(arabic_digit).is_some() {
                m += 1;
            }
            let digits: String = t.chars.get(j..m)?.iter().collect();
            let after = t.at(m);
            if m == j || m - j > 2 || after.is_some_and(|c| "/.．号".contains(c)) {
                return None;
            }
            (first, digits.parse::<f64>().ok()?, m)
        }
        _ => return None,
    };
    if !(num > 0.0 && num < den) || den.fract() != 0.0 || num.fract() != 0.0 {
        return None;
    }
    let (value, unit) = if den == 1000.0 {
        (num, "‰")
    } else {
        (num / den * 100.0, "%")
    };
    Some(Atom::with_unit(i, end, value, script, unit))
}

/// A decimal written out in words after the whole number `whole` read at `i..k`: 一点二万亿元
/// is 1.2 万亿元, 三点五万人 3.5 万人, 一点五个百分点 1.5 percentage points. The tenths go
/// digit by digit after 点 and the figure goes on with 万 or 亿, or with a unit that
/// measures ([`DECIMAL_UNITS`]): 一点一滴 and 多一点 are no figures.
/// Returns the value so far (with the magnitude) and where the magnitude ends.
fn read_spelled_decimal(t: &Chars, i: usize, k: usize, whole: f64) -> Option<(f64, usize)> {
    if t.chars[i..k].iter().any(|&c| c == '万' || c == '亿') {
        return None;
    }
    let (fraction, mut m) = spelled_fraction(t, k)?;
    // More digits than a fraction reads: no figure.
    if t.at(m).and_then(numeral::digit_value).is_some() {
        return None;
    }
    let mut value = whole + fraction;
    let start = m;
    while let Some(mag @ ('万' | '亿')) = t.at(m) {
        value *= numeral::unit_value(mag).unwrap_or(1.0);
        m += 1;
    }
    let measured = || match_unit(t, m).is_some_and(|(u, _)| DECIMAL_UNITS.contains(&u));
    (m > start || measured()).then_some((value, m))
}

/// Units a decimal written in words goes on with (一点五个百分点, 零点五倍, 三点五公里), where
/// a count (三点一个) or a word (一点一滴) does not.
const DECIMAL_UNITS: &[&str] = &[
    "个百分点",
    "百分点",
    "倍",
    "公里",
    "千米",
    "米",
    "吨",
    "平方米",
    "平方公里",
    "公顷",
    "亩",
    "小时",
    "岁",
    "年",
    "元",
    "千瓦",
    "千瓦时",
    "立方米",
];

/// The fraction written digit by digit after a 点 at `k` (点五 = 0.5, 点二五 = 0.25; at most
/// nine digits) and where its digits end; `None` without 点 or a digit after it.
fn spelled_fraction(t: &Chars, k: usize) -> Option<(f64, usize)> {
    if t.at(k) != Some('点') {
        return None;
    }
    let mut m = k + 1;
    let (mut frac, mut scale) = (0u64, 1u64);
    while let Some(d) = t.at(m).and_then(numeral::digit_value) {
        if scale >= 1_000_000_000 {
            break;
        }
        frac = frac * 10 + u64::from(d);
        scale *= 10;
        m += 1;
    }
    (m > k + 1).then(|| (frac as f64 / scale as f64, m))
}

/// 百分之 opens a percentage written out in words.
const SPELLED_PERCENT: [char; 3] = ['百', '分', '之'];

/// A percentage written out (百分之五, 百分之三点五, 百分之百) at `i`, which starts 百分之:
/// read as the same quantity as 5%, 3.5%, 100% (unit `%`), so it compares with Arabic ones.
fn read_spelled_percent(t: &Chars, i: usize) -> Option<Atom> {
    let j = i + SPELLED_PERCENT.len();
    let mut k = j;
    while t.at(k).is_some_and(numeral::is_numeral_char) {
        k += 1;
    }
    let digits = t.chars.get(j..k)?;
    let mut value = if digits == ['百'] {
        100.0
    } else {
        numeral::parse_chinese_chars(digits)?
    };
    // Decimals are read digit by digit after 点: 三点五 = 3.5, 零点五 = 0.5.
    if let Some((fraction, end)) = spelled_fraction(t, k) {
        value += fraction;
        k = end;
    }
    Some(Atom::with_unit(i, k, value, Script::Chinese, "%"))
}

/// Units as reported, with 百分点 spelled 个百分点. (Full-width forms are already folded: the
/// reader matches units on the folded character table.)
fn normalise_unit(u: String) -> String {
    // Takes the reader's string and returns it unless it changes: no second allocation.
    if u == "百分点" {
        "个百分点".to_string()
    } else {
        u
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
    // A run of records in any unit, as 连续4年 is among the time frames: 连续24个月保持两位数
    // 增长, 连续16个季度高于全国, 连续3次获评优秀 (a streak that grows by one each period).
    if t.ends_with(a.start, "连续") {
        return true;
    }
    // The tenths of a decimal in words that did not read as one (…一点五个 is 1.5, never 5).
    if before == Some('点')
        && a.start
            .checked_sub(2)
            .and_then(|i| t.at(i))
            .is_some_and(numeral::is_numeral_char)
    {
        return true;
    }
    if a.unit.as_deref() == Some("年")
        && (names_a_programme(t, a)
            || TIME_FRAME_BEFORE_YEARS
                .iter()
                .any(|w| t.ends_with(a.start, w) && !(*w == "前" && t.ends_with(a.start, "提前")))
            // (Whole years only: 受教育年限从9.6年提升至10.2年 is a figure.)
            || a.value.fract() == 0.0
                && TIME_FRAME_AFTER_YEARS
                    .iter()
                    .any(|w| t.starts_with(a.end, w))
            // The period a review looks back on, named as a noun: 极不平凡的五年。
            || a.script == Script::Chinese
                && before == Some('的')
                && after.is_some_and(is_clause_break)
            // A decade (上世纪70年代), not seventy years.
            || after == Some('代'))
    {
        return true;
    }
    if matches!(a.unit.as_deref(), Some("分钟" | "小时")) && names_a_circle(t, a) {
        return true;
    }
    // Weeks, not 周年 (an anniversary), 周期, 周边, 周末, and not 四周 (surroundings).
    if a.unit.as_deref() == Some("周")
        && (t
            .at(a.end)
            .is_some_and(|c| "年期边末转围全到密折".contains(c))
            || (a.script == Script::Chinese && t.at(a.start) == Some('四')))
    {
        return true;
    }
    // 做好“强城”“兴村”“融合”三篇文章: 篇文章 is a figure of speech (a task to see through),
    // not a count of articles.
    if a.unit.as_deref() == Some("篇")
        && a.script == Script::Chinese
        && (t.starts_with(a.end, "文章") || t.starts_with(a.end, "大文章"))
    {
        return true;
    }
    // 十万方面军: an army's name, not aspects.
    if a.unit.as_deref() == Some("方面") && a.has_magnitude {
        return true;
    }
    // 二期工程, 3期项目: a phase of a project, not a count of sessions.
    if a.unit.as_deref() == Some("期")
        && (a.script == Script::Chinese || PHASE_AFTER.iter().any(|w| t.starts_with(a.end, w)))
    {
        return true;
    }
    // A voltage names a grade of line or station (1000千伏特高压, 10千伏及以下配电网, 110千伏
    // 变电站), never an amount to compare.
    if a.unit.as_deref() == Some("千伏") {
        return true;
    }
    // A measure followed by 级 names a class (30万吨级航道, 1000吨级泊位, 30万千瓦级机组,
    // 100亿元级企业), a size of thing rather than an amount to compare, as 千亿级产业集群
    // in words is none; 4个级别 still counts levels.
    if a.unit.is_some()
        && after == Some('级')
        && !t.at(a.end + 1).is_some_and(|c| "别次".contains(c))
    {
        return true;
    }
    // Slogans and formulas: 1+10, 4+4+3, 1+N.
    if before == Some('+') || after == Some('+') {
        return true;
    }
    // A team's size in a game's name (3人制篮球场, 11人制足球场), and a forum's (创新创业
    // 青年50人论坛, 中国经济50人论坛), not people counted.
    if a.unit.as_deref() == Some("人")
        && (t.starts_with(a.end, "制") || t.starts_with(a.end, "论坛"))
    {
        return true;
    }
    // Round the clock (7×24小时, 7*24小时, 公园24小时开放, 24小时不打烊): a service's hours,
    // no amount; and a transit visa's term (240小时过境免签), a national policy's name.
    if a.unit.as_deref() == Some("小时")
        && (matches!(before, Some('×' | '*' | 'x' | 'X'))
            || a.value == 24.0 && ROUND_THE_CLOCK.iter().any(|w| t.starts_with(a.end, w))
            || t.starts_with(a.end, "过境"))
    {
        return true;
    }
    if in_quoted_name(t, a) {
        return true;
    }
    if a.script == Script::Arabic {
        // Model names and technology generations: C919, 5G, 3D, G20; PM_2.5 as one page
        // writes PM₂.₅ (PM_2.5年均浓度 is no 2.5 years).
        if before.is_some_and(|c| c.is_ascii_alphabetic() || c == '_') {
            return true;
        }
        // Not computing power, whose unit is letters (15EFlops, 4000P; computing_power).
        let after_number = t.at(number_end(t, a));
        if after_number.is_some_and(|c| c.is_ascii_alphabetic())
            && a.unit.as_deref() != Some(PETAFLOPS)
        {
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
        // Vague magnitudes (数十个, 几十年, 数百万人): 数/几 stand for the digit, so the 十 or
        // 百万 after them is no figure. (上百, 近千, 上千万 start with a bare 百/千/万, which
        // parse_chinese already refuses.)
        if before.is_some_and(|c| c == '数' || c == '几')
            && t.at(a.start)
                .is_some_and(|c| matches!(c, '十' | '百' | '千' | '万' | '亿'))
        {
            return true;
        }
        // A lone 一 is an article (一个, 一件事), not a count worth comparing; 一倍 is a
        // doubling.
        if a.value == 1.0
            && t.at(a.start) == Some('一')
            && !a.has_magnitude
            && a.unit.as_deref() != Some("倍")
        {
            return true;
        }
        if a.unit.as_deref() == Some("个")
            && SET_PHRASE_AFTER_GE.iter().any(|w| t.starts_with(a.end, w))
        {
            return true;
        }
        // 零部件: 零 on its own is a word, never a count.
        if a.value == 0.0 {
            return true;
        }
        // Session numbering (十四届三次会议, 五次、六次全会, 三次产业) and ranks (前三位, 两位数).
        let unit = a.unit.as_deref();
        if unit == Some("次")
            && (before == Some('届')
                || ["会", "全会", "全体", "产业"]
                    .iter()
                    .any(|w| t.starts_with(a.end, w))
                || (t.at(a.end) == Some('、')
                    && (a.end + 1..a.end + 6)
                        .any(|k| t.starts_with(k, "次全会") || t.starts_with(k, "次会议"))))
        {
            return true;
        }
        if matches!(unit, Some("位" | "名")) && (before == Some('前') || t.starts_with(a.end, "数"))
        {
            return true;
        }
        // 中央八项规定 (a named rule set); 五年规划 (a plan name: 第十五个五年规划).
        if (a.unit.as_deref() == Some("项") && t.starts_with(a.end, "规定"))
            || (a.unit.as_deref() == Some("年") && t.starts_with(a.end, "规划"))
        {
            return true;
        }
        if in_named_phrase(t, a) {
            return true;
        }
        // 二 before a measure word is an ordinal (二轮土地承包, 二级医院): a count of two is
        // written 两 (两轮, 两个).
        if t.at(a.start) == Some('二')
            && !t.at(a.start + 1).is_some_and(numeral::is_numeral_char)
            && !a.has_magnitude
        {
            return true;
        }
        // Grades, not counts: 劣五类水体, 三类水 (water quality classes).
        if unit == Some("类") && (before == Some('劣') || t.starts_with(a.end, "水")) {
            return true;
        }
        // A metaphor of cards to play (打好四张牌), not a licence count (1000张牌照).
        if unit == Some("张") && t.starts_with(a.end, "牌") && !t.starts_with(a.end, "牌照") {
            return true;
        }
        // A medal is counted in a tally (八金四银, 8金): a lone 五金 is hardware.
        if matches!(unit, Some("金" | "银" | "铜"))
            && !t
                .at(a.end)
                .is_some_and(|c| numeral::is_numeral_char(c) || c.is_ascii_digit())
            && !matches!(before, Some('金' | '银'))
        {
            return true;
        }
        // A short quoted phrase starting with a numeral: “两个确立”, “三个务必”.
        if before.is_some_and(|c| c == '"') && a.value <= 10.0 {
            let close = (a.end..a.end + 6).find(|&k| t.at(k) == Some('"'));
            if close.is_some_and(|close| !names_things_to_do(t, a.start, close)) {
                return true;
            }
        }
    }
    false
}

/// Whether a duration names a circle of reach (15分钟社区生活圈, 1小时交通圈, 30分钟职业
/// 技能培训圈): a 圈 ends the words after it within [`CIRCLE_NAME_CHARS`], before any clause
/// mark. The minutes are the programme's name, said the same each year, not a figure to
/// reach.
fn names_a_circle(t: &Chars, a: &Atom) -> bool {
    (a.end..a.end + CIRCLE_NAME_CHARS)
        .map_while(|k| t.at(k).filter(|&c| !is_clause_break(c)))
        .any(|c| c == '圈')
}

/// Whether the figure stands inside a short quoted name: “15分钟社区生活圈”, “7个不准”,
/// “民营经济32条”, 《…13条政策》: the name of a programme or a rule set, not a figure the
/// report commits to.
fn in_quoted_name(t: &Chars, a: &Atom) -> bool {
    const MAX_NAME: usize = 12;
    let open = (a.start.saturating_sub(MAX_NAME)..a.start)
        .rev()
        .take_while(|&k| t.at(k).is_some_and(|c| !is_clause_break(c)))
        .find(|&k| t.at(k) == Some('"'));
    let Some(open) = open.filter(|&k| matches!(t.original(k), Some('“' | '「' | '『' | '《')))
    else {
        return false;
    };
    let close = (a.end..open + MAX_NAME + 2)
        .take_while(|&k| t.at(k).is_some_and(|c| !is_clause_break(c)))
        .find(|&k| t.at(k) == Some('"'));
    let Some(close) = close.filter(|&k| matches!(t.original(k), Some('”' | '」' | '』' | '》')))
    else {
        return false;
    };
    // A count of things to do (“十件民生实事”, “退役军人最期盼的10件事”) is a figure; so is one
    // that ends the quote (“两个200万亩”), unless it counts articles of a rule (“19条”).
    let to_do = names_things_to_do(t, open + 1, close);
    // A small Chinese numeral ending the quote ends an abbreviation instead (“八站两场”),
    // and a bare figure a slogan (“3个100万”: a hundred thousand each of three things).
    let ends_quote = a.end == close
        && (a.script == Script::Arabic || a.has_magnitude)
        && a.unit.is_some()
        && !matches!(a.unit.as_deref(), Some("条" | "项"));
    !(to_do || ends_quote)
}

/// Whether the atom lies inside one of the [`NAMED_PHRASES`].
fn in_named_phrase(t: &Chars, a: &Atom) -> bool {
    NAMED_PHRASES.iter().any(|p| {
        let n = p.chars().count();
        (a.end.saturating_sub(n)..=a.start).any(|k| t.starts_with(k, p))
    })
}

/// Whether chars `from..to` name a count of things to do: 实事, 件事 (a 民生实事 list).
fn names_things_to_do(t: &Chars, from: usize, to: usize) -> bool {
    (from..to).any(|k| t.starts_with(k, "实事") || t.starts_with(k, "件事"))
}

/// Whether a span of years names a programme ([`PROGRAMME_AFTER_YEARS`], looking past a
/// short quoted name: 十年“卓粤”计划) or a centenary ([`CENTENARY_BEFORE`]).
fn names_a_programme(t: &Chars, a: &Atom) -> bool {
    let mut after = a.end;
    if t.at(after) == Some('"') {
        match (after + 1..after + 9).find(|&k| t.at(k) == Some('"')) {
            Some(close) => after = close + 1,
            None => return false,
        }
    }
    PROGRAMME_AFTER_YEARS
        .iter()
        .any(|w| t.starts_with(after, w))
        || CENTENARY_BEFORE.iter().any(|w| t.ends_with(a.start, w))
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
        || (left.four_digits && left.unit.is_none() && !left.has_magnitude)
    {
        // (2025—2027: years; 6000万—7000万吨 is a range.)
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
    if right.tenths && left.unit.is_none() {
        // 三至四成: the tenths on the right end apply to both.
        low *= 10.0;
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
        tenths: right.tenths,
        bare: false,
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

/// A text's chars folded once, with their byte offsets: [`FoldedText::find_in`] finds the
/// quantities of any piece of it without folding the piece again (commitments scan every
/// clause of a report that the pipeline also scans as a whole).
pub struct FoldedText<'a> {
    text: &'a str,
    chars: Vec<char>,
    offs: Vec<usize>,
}

impl<'a> FoldedText<'a> {
    pub fn new(text: &'a str) -> Self {
        // Sized once: growing two vectors char by char was a large share of the reader's cost.
        let n = text.chars().count();
        let mut chars = Vec::with_capacity(n);
        let mut offs = Vec::with_capacity(n);
        for (i, c) in text.char_indices() {
            chars.push(fold_fast(c));
            offs.push(i);
        }
        FoldedText { text, chars, offs }
    }

    /// The quantities of `text[range]`, spans relative to `range.start`: exactly
    /// `find_quantities(&text[range])`, since folding is char by char and the reader sees only
    /// the chars of the piece (a view cut at the same chars, offsets shifted by the start).
    /// A range not on char boundaries holds no quantity.
    pub fn find_in(&self, range: Span) -> Vec<Quantity> {
        let Some(piece) = self.text.get(range.start..range.end) else {
            return Vec::new();
        };
        let lo = self.offs.partition_point(|&o| o < range.start);
        let hi = self.offs.partition_point(|&o| o < range.end);
        let t = Chars {
            chars: &self.chars[lo..hi],
            offs: &self.offs[lo..hi],
            base: range.start,
            len: piece.len(),
            src: piece,
        };
        scan(piece, &t)
    }
}

/// Every quantity in `text`, in order; spans are relative to `text`.
pub fn find_quantities(text: &str) -> Vec<Quantity> {
    // Many clauses hold no figure at all: answer those without building the char table.
    if !text.chars().any(|c| may_start_atom(fold_fast(c))) {
        return Vec::new();
    }
    FoldedText::new(text).find_in(Span::new(0, text.len()))
}

/// The reader over one piece: `text` is the piece, `t` its folded chars.
fn scan(text: &str, t: &Chars) -> Vec<Quantity> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut last_end = 0; // char index where the previous quantity ended
    while i < t.chars.len() {
        if !may_start_atom(t.chars[i]) {
            // Most chars start no figure; skip them without the full reader.
            i += 1;
            continue;
        }
        let Some(atom) = read_atom(t, i) else {
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
        let (a, high) = match read_range(t, &atom) {
            Some((r, h)) => (r, Some(h)),
            None => (atom, None),
        };
        if (high.is_none() && !is_quantity(&a)) || is_excluded_context(t, &a) {
            i = a.end.max(i + 1);
            continue;
        }
        let mut q = build(t, &a, high, last_end);
        // 近三年, 近5年: the last years, a time window, not about so many years.
        if q.0.qualifier.as_deref() == Some("近") && q.0.unit.as_deref() == Some("年") {
            i = q.1.max(i + 1);
            continue;
        }
        q.0.text = text
            .get(q.0.span.start..q.0.span.end)
            .unwrap_or("")
            .to_string();
        last_end = q.1;
        i = q.1.max(i + 1);
        out.push(q.0);
    }
    share_list_ends(text, &mut out);
    out
}

/// Whether `word` is a bound written after its figure (左右, 以上, 以下, 以内, 上下).
pub(crate) fn is_postfix_bound(word: &str) -> bool {
    POSTFIX.contains(&word)
}

/// Words that join the figures of one list (分别达2050万吨、4200万吨、19万吨以上).
const LIST_JOINERS: [&str; 4] = ["、", "和", "与", "及"];

/// A list of figures written with nothing but 、/和/与/及 between them ends in words that
/// belong to all of them: its last figure's bound (水果、蔬菜、茶叶产量分别达2050万吨、4200万吨、
/// 19万吨以上: each at least; 分别增长7%、8%左右: each about), and its last figure's unit
/// when the ones before have none (分别净减少10.6万、3.8万、3.3万平方公里). A bound shared
/// wins over an aspiration and over the 控制在 leading the list, as on one figure. `text`
/// stays what each figure's own words are; figures with other words between them (学校5所、
/// 幼儿园10所以上) share nothing.
fn share_list_ends(text: &str, out: &mut [Quantity]) {
    // Whether the figure after the one looked at holds the list's bound (its own words end
    // in it, or it was given it from further on).
    let mut carries = false;
    for k in (1..out.len()).rev() {
        let (head, tail) = out.split_at_mut(k);
        let (a, b) = (&mut head[k - 1], &tail[0]);
        let between = text.get(a.span.end..b.span.start).unwrap_or("");
        let listed = LIST_JOINERS.contains(&between) && a.low.is_none();
        let bound = b
            .qualifier
            .as_deref()
            .filter(|q| POSTFIX.contains(q) && (carries || b.text.ends_with(q)));
        carries = false;
        if !listed {
            continue;
        }
        // A bound of the figure's own words (10万以上、…) closes it; an aspiration or cap read
        // from before the list (力争…分别达1.28万亿、8200亿元) does not.
        let own_bound = a.qualifier.as_deref().is_some_and(|q| a.text.ends_with(q));
        if a.unit.is_none() && !own_bound {
            a.unit.clone_from(&b.unit);
        }
        // (控制在 leads a list its end bounds: 分别控制在4.2%、3%、2.5‰以内.)
        let open = matches!(
            a.qualifier.as_deref(),
            None | Some("力争" | "争取" | "控制在")
        );
        if let Some(q) = bound.filter(|_| open) {
            // An aspiration read from before the list stays beside the bound (力争…分别增长3%和
            // 5%以上: both hoped for, at least).
            let hoped = a
                .qualifier
                .take()
                .filter(|w| matches!(w.as_str(), "力争" | "争取"));
            a.aspiration = a.aspiration.take().or(hoped);
            a.qualifier = Some(q.to_string());
            carries = true;
        }
    }
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
    } else if let Some(p) = ["及以上", "及以下"].iter().find(|p| t.starts_with(end, p)) {
        // 10万千瓦及以下: at or below; the bound is the same for comparison.
        qualifier = Some(p.trim_start_matches('及').to_string());
        end += p.chars().count();
    } else if let Some(m) = a.approx_more {
        qualifier = Some(m.to_string());
    }
    // Prefix bound right before the figure (an opening quote may stand between).
    let mut p_end = a.start;
    if p_end > 0 && t.at(p_end - 1) == Some('"') {
        p_end -= 1;
    }
    // …or a rate's base, when a bound word stands before it: 超每千人6.6批次.
    if let Some(base) = PER_CAPITA.iter().find(|b| t.ends_with(p_end, b)) {
        let before_base = p_end - base.chars().count();
        if PREFIX_ADJACENT.iter().any(|p| t.ends_with(before_base, p)) {
            p_end = before_base;
        }
    }
    if let Some(p) = PREFIX_ADJACENT.iter().find(|p| t.ends_with(p_end, p)) {
        let n = p.chars().count();
        let prev = (p_end - n).checked_sub(1).and_then(|k| t.at(k));
        if !ends_another_word(p, prev) && p_end - n >= last_end {
            if qualifier.is_none() || matches!(qualifier.as_deref(), Some("余" | "多")) {
                qualifier = Some((*p).to_string());
            }
            start = p_end - n;
        }
    }
    // A bare magnitude's bound word not read above (过万亿元, 破万亿元): 过/破/逾 say "more
    // than" here, where elsewhere they are parts of words (通过, 打破).
    if qualifier.is_none() && a.bare {
        if let Some(w) = ["过", "破", "逾"].iter().find(|w| t.ends_with(p_end, w)) {
            qualifier = Some((*w).to_string());
            start = p_end - 1;
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
    // 力争 governs its whole clause, every figure of a list in it included (力争交通、水利
    // 分别完成投资2500亿元、800亿元); beside a bound it is the figure's aspiration (力争…6%以上).
    let mut aspiration = None;
    if !matches!(qualifier.as_deref(), Some("力争" | "争取")) {
        let mut k = start;
        let floor = start.saturating_sub(ASPIRATION_REACH);
        while k > floor {
            let c = t.chars[k - 1];
            if is_clause_break(c) && c != '、' {
                break;
            }
            if t.ends_with(k, "力争") {
                aspiration = Some("力争".to_string());
                break;
            }
            // 争取 aspires only when a verb of reaching follows it (争取…达到…100%); else it
            // obtains (争取中央预算内投资118.5亿元).
            if t.ends_with(k, "争取")
                && (k..start).any(|j| REACHING.iter().any(|w| t.starts_with(j, w)))
            {
                aspiration = Some("争取".to_string());
                break;
            }
            k -= 1;
        }
    }
    if qualifier.is_none() {
        qualifier = aspiration.take();
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
        aspiration,
        span: text_span,
    };
    (q, end)
}

/// Whether `text` is a unit as written after a figure, magnitude included (%, 万人, 亿元: 万人
/// is 万 and 人), all of it: a table's unit column holds one.
pub(crate) fn is_unit(text: &str) -> bool {
    let read = find_quantities(&format!("1{text}"));
    read.len() == 1 && read[0].text.chars().count() == text.chars().count() + 1
}

/// The figure a table cell gives in the unit its row names in a column of its own (指标 | 单位
/// | 2026年目标: 地区生产总值增长 | % | 5左右): `cell` a bare number, maybe with a postfix bound
/// (5左右, 8以上), `unit` one of the units read after figures (%, 万人, 亿元). The quantity's
/// text is the cell as written; its span is relative to the cell.
pub(crate) fn in_column_unit(cell: &str, unit: &str) -> Option<Quantity> {
    let bound = POSTFIX
        .iter()
        .find(|p| cell.ends_with(*p))
        .copied()
        .unwrap_or("");
    let number = &cell[..cell.len() - bound.len()];
    let numeric = !number.is_empty()
        && number.chars().all(|c| c.is_ascii_digit() || c == '.')
        && number.starts_with(|c: char| c.is_ascii_digit());
    if !numeric || !is_unit(unit) {
        return None;
    }
    let mut q = find_quantities(&format!("{number}{unit}{bound}"))
        .into_iter()
        .next()?;
    q.text = cell.to_string();
    q.span = Span::new(0, cell.len());
    Some(q)
}

/// Round away binary noise from decimal scaling (5.66 × 1e12).
pub(crate) fn round(v: f64) -> f64 {
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
    use crate::model::Bound;

    /// Expected quantity: (value, low, high, unit, qualifier); "" means none.
    type Exp = (
        Option<f64>,
        Option<f64>,
        Option<f64>,
        &'static str,
        &'static str,
    );

    const fn v(x: f64, unit: &'static str, q: &'static str) -> Exp {
        (Some(x), None, None, unit, q)
    }
    const fn r(lo: f64, hi: f64, unit: &'static str, q: &'static str) -> Exp {
        (None, Some(lo), Some(hi), unit, q)
    }

    /// Real contexts (file noted) and every quantity they hold, in order.
    /// ty25 = seeds/taiyuan-2025-government-work-report, ty26 = the 2026 one,
    /// typ = seeds/taiyuan-2025-cppcc-proposals-and-plan-report, tys = standing committee,
    /// other names are ../shared/corpus files.
    const TABLE: &[(&str, &[Exp])] = &[
        ("确保生猪出栏6000万头以上。", &[v(6e7, "头", "以上")]), // sichuan-2026
        ("乡村绿化植树3900万株，森林覆盖", &[v(3.9e7, "株", "")]), // guangdong-2026
        ("在世界技能大赛上勇夺13块金牌、占", &[v(13.0, "块", "")]), // guangdong-2025
        ("天港海上发射卫星137颗。", &[v(137.0, "颗", "")]),      // shandong-2026
        (
            "新开发人工智能、养生保健等老年教育课程100门。",
            &[v(100.0, "门", "")],
        ), // zhejiang-2026
        (
            "新建改造高标准农田2.96万亩,产量稳定在",
            &[v(29600.0, "亩", "")],
        ), // ty26
        ("赤字规模5.66万亿元、比上年增加", &[v(5.66e12, "元", "")]), // national-2025
        (
            "城镇新增就业1200万人以上，城镇调查失业率5.5%左右",
            &[v(1.2e7, "人", "以上"), v(5.5, "%", "左右")],
        ), // national-2024
        (
            "力争全年争取上级资金300亿元以上。",
            &[v(3e10, "元", "以上")],
        ), // ty26: bound beats 力争
        ("新增技能人才1.5万人。", &[v(15000.0, "人", "")]),      // ty25
        ("完成职业技能培训284万人次。", &[v(2.84e6, "人次", "")]), // henan-2026
        ("开展药品监督抽检超1.5万批次", &[v(1.5e4, "批次", "超")]), // guangdong-2026
        ("举办惠民演出1000场次以上", &[v(1000.0, "场次", "以上")]), // constructed
        ("治理水土流失面积6779平方公里", &[v(6779.0, "平方公里", "")]), // henan-2026
        ("减量约50平方公里", &[v(50.0, "平方公里", "约")]),      // beijing-2026
        ("关停淘汰10万千瓦及以下燃煤机组", &[v(1e5, "千瓦", "以下")]), // henan-2026
        ("新增电力装机3000万千瓦", &[v(3e7, "千瓦", "")]),       // zhejiang-2026
        ("产量稳定在5000万吨左右。", &[v(5e7, "吨", "左右")]),   // ty26
        ("产量稳定在1030万吨以上。", &[v(1.03e7, "吨", "以上")]), // ty26
        ("企业达到186户、营收227", &[v(186.0, "户", "")]),       // typ
        ("新建公办幼儿园10所，新增学位", &[v(10.0, "所", "")]),  // ty25
        ("至少建成1所医养结合服务", &[v(1.0, "所", "至少")]),    // ty25
        ("售型保障性住房7725套", &[v(7725.0, "套", "")]),        // sichuan-2025
        ("新能源汽车年产量近70万辆", &[v(7e5, "辆", "近")]),     // beijing-2026
        ("近三年累计投资1000亿元", &[v(1e11, "元", "")]),        // constructed
        ("近5年新增就业50万人", &[v(5e5, "人", "")]),            // constructed
        ("汽车保有量超130万辆", &[v(1.3e6, "辆", "超")]),        // beijing-2026
        (
            "谋划推进12个方面50条301项改革事项",
            &[v(12.0, "个", ""), v(50.0, "条", ""), v(301.0, "项", "")],
        ), // typ
        (
            "建成过江通道4座、在建8座",
            &[v(4.0, "座", ""), v(8.0, "座", "")],
        ), // jiangsu-2026
        ("新增养老床位2000张。", &[v(2000.0, "张", "")]),        // ty25
        ("共提出提案711件，经审查立案", &[v(711.0, "件", "")]),  // typ
        (
            "遴选并督办重点提案10项73件。",
            &[v(10.0, "项", ""), v(73.0, "件", "")],
        ), // typ
        ("优良天数增加25天", &[v(25.0, "天", "")]),              // henan-2026
        ("打造连接四市1小时城市快速路。", &[v(1.0, "小时", "")]), // ty25
        (
            "内河航运吞吐量超过1.2亿吨，内陆港达到51个",
            &[v(1.2e8, "吨", "超过"), v(51.0, "个", "")],
        ), // shandong-2025
        (
            "企业超1100家、增长1.5倍。",
            &[v(1100.0, "家", "超"), v(1.5, "倍", "")],
        ), // shandong-2026
        ("高等教育毛入学率提高8个百分点。", &[v(8.0, "个百分点", "")]), // henan-2026
        (
            "增长4%、高于全国0.4个百分点",
            &[v(4.0, "%", ""), v(0.4, "个百分点", "")],
        ), // beijing-2026
        ("国内生产总值增长2.3％，宏观调控", &[v(2.3, "%", "")]), // national-2021 (full-width ％)
        ("国内生产总值增长５．５％左右", &[v(5.5, "%", "左右")]), // full-width digits as in scraped pages
        ("对口支援协作项目8000多个。", &[v(8000.0, "个", "多")]), // jiangsu-2026
        ("入驻团队（企业）200余家。", &[v(200.0, "家", "余")]),   // typ
        ("各类活动1000余人次，用心用情", &[v(1000.0, "人次", "余")]), // tys
        ("提前转移避险197万余人次", &[v(1.97e6, "人次", "余")]),  // sichuan-2026
        ("3个过三千亿元城市", &[v(3.0, "个", ""), v(3e11, "元", "")]), // hubei-2026
        ("办好十件民生实事。", &[v(10.0, "件", "")]),             // ty25
        ("重点做好十个方面工作：", &[v(10.0, "个", "")]),         // henan-2026
        (
            "地区生产总值增长4.5%—5%，在实际工作中",
            &[r(4.5, 5.0, "%", "")],
        ), // guangdong-2026
        (
            "地区生产总值年均增速4.5%-5%、努力争取",
            &[r(4.5, 5.0, "%", "")],
        ), // beijing-2026
        (
            "全省地区生产总值增长5.0%—5.5%，根据",
            &[r(5.0, 5.5, "%", "")],
        ), // fujian-2025
        (
            "全省生产总值增长5%—5.5%，在实际工作中",
            &[r(5.0, 5.5, "%", "")],
        ), // zhejiang-2026
        (
            "审批时间压缩到不超过120个工作日",
            &[v(120.0, "个", "不超过")],
        ), // national-2023
        ("全面推进3岁以下婴幼儿照护服务", &[v(3.0, "岁", "以下")]), // ty25
        (
            "为35周岁以上人群免费开展慢阻肺筛查",
            &[v(35.0, "岁", "以上")],
        ), // ty26
        ("城镇调查失业率控制在5%以内", &[v(5.0, "%", "以内")]),   // beijing-2026
        ("居民消费价格指数涨幅控制在2%左右。", &[v(2.0, "%", "左右")]), // ty26
        ("地方一般公共预算收入增长2%", &[v(2.0, "%", "")]),       // shanghai-2025
        ("工业产值力争达到5000亿元左右;", &[v(5e11, "元", "左右")]), // ty26: bound beats 力争
        ("力争粮食产量达到5.24亿斤以上", &[v(5.24e8, "斤", "以上")]), // typ
        ("资金用于产业发展比例不低于60%。", &[v(60.0, "%", "不低于")]), // typ
        ("城镇新增就业不少于28万人。", &[v(2.8e5, "人", "不少于")]), // beijing-2026
        ("实现营收约12亿元。", &[v(1.2e9, "元", "约")]),          // typ
        (
            "数字经济核心产业营收突破2800亿元。",
            &[v(2.8e11, "元", "突破")],
        ), // ty25
        ("“新三样”出口增长近30%。", &[v(30.0, "%", "近")]),       // national-2024
        ("全年为企业减负超3300亿元", &[v(3.3e11, "元", "超")]),   // zhejiang-2026
        ("调绿电规模达450亿千瓦时", &[v(4.5e10, "千瓦时", "")]),  // beijing-2026
        // Colloquial units after a magnitude (provincial reports of 2026, probed).
        ("新能源发电量超3000亿度。", &[v(3e11, "千瓦时", "超")]),
        ("新增天然气产量10亿方以上", &[v(1e9, "立方米", "以上")]),
        ("建成智能算力超4.8万P，公用", &[v(4.8e4, "P", "超")]),
        // A span of years before a change is its window; the change is the figure. A
        // length in years that changes is one (years of schooling).
        (
            "高新技术企业数3年翻一番，5年增长18.7%",
            &[v(1.0, "番", ""), v(18.7, "%", "")],
        ),
        (
            "平均受教育年限从2020年的9.6年提升至2025年的10.2年左右",
            &[v(9.6, "年", ""), v(10.2, "年", "左右")],
        ),
        (
            "力争用5年时间，提前两年完成",
            &[v(5.0, "年", "力争"), v(2.0, "年", "")],
        ),
        // Computing power in its other spellings (Sichuan 2025, Hunan, Guizhou, Yunnan 2026):
        // exaflops read as 1000 P; a bare P only where the clause names computing.
        (
            "全省算力总规模达到15EFlops，长虹",
            &[v(1.5e7 / 1e3, "P", "")],
        ),
        ("全省算力规模突破190Eflops。", &[v(1.9e5, "P", "突破")]),
        (
            "总算力突破1.3万PF、增长20倍",
            &[v(1.3e4, "P", "突破"), v(20.0, "倍", "")],
        ),
        ("算力规模突破4000P。农业", &[v(4000.0, "P", "突破")]),
        ("智算规模22万P、居全国前列", &[v(2.2e5, "P", "")]),
        ("推广4K/8K和1080P超高清、P2P", &[]),
        ("曾一度下降，十万方面军", &[]),
        // A probe's 民生实事 items: area worked per pass, a game's team size.
        ("农机作业服务面积60万亩次以上", &[v(6e5, "亩次", "以上")]),
        (
            "建成250个社区健身路径或3人制篮球场、11人制足球场",
            &[v(250.0, "个", "")],
        ),
        // Round the clock is no figure; a product's factor is (constructed).
        ("提供“7×24小时”服务、7*24小时热线", &[]),
        // Round the clock, a visa's term and a policy's term are no figures either; a time
        // limit is (shanghai-2025, zhejiang-2026, sichuan-2025, national-2025; constructed).
        (
            "持续推动公园24小时开放，其中24小时不打烊站点80个",
            &[v(80.0, "个", "")],
        ),
        ("用好240小时过境免签政策", &[]),
        ("推进第二轮土地承包到期后再延长30年整省试点", &[]),
        ("高水平办好法治浙江建设20年主题活动", &[]),
        ("企业开办压缩至24小时以内", &[v(24.0, "小时", "以内")]),
        // Brought forward by a year is a figure; a circle's minutes are not.
        ("提前1年完成目标任务", &[v(1.0, "年", "")]),
        (
            "急救平均响应时间缩短至12分钟，建成12分钟急救圈",
            &[v(12.0, "分钟", "")],
        ),
        ("建设2×100万千瓦煤电机组", &[v(1e6, "千瓦", "")]),
        // Aspects counted (jiangsu-2025, zhejiang-2026); not 一方面…另一方面.
        ("认真抓好11方面重点工作", &[v(11.0, "方面", "")]),
        ("继续认真办好十方面民生实事", &[v(10.0, "方面", "")]),
        ("一方面，延续实施；另一方面，综合考虑", &[]),
        // Sessions, not phases (constructed).
        (
            "举办创业培训班50期，开展专题培训30期以上",
            &[v(50.0, "期", ""), v(30.0, "期", "以上")],
        ),
        ("推进地铁二期工程和机场3期扩建、5期项目", &[]),
        // Ratios to one after a 比 (chongqing-2026, hainan-2026 probes; sichuan-2026).
        (
            "城乡居民收入比缩小至2.1∶1左右，",
            &[v(2.1, RATIO_UNIT, "左右")],
        ),
        ("与农业总产值之比突破1：1。", &[v(1.0, RATIO_UNIT, "突破")]),
        (
            "收入比从2.50:1缩小至2.27∶1",
            &[v(2.5, RATIO_UNIT, ""), v(2.27, RATIO_UNIT, "")],
        ),
        ("按1:1配套，8:30开放，1:10000地形图", &[]),
        // Months (a streak, 扭转了连续3个月的负增长态势 in typ, is no figure: see below).
        (
            "保交房项目提前3个月实现100%交付",
            &[v(3.0, "个月", ""), v(100.0, "%", "")],
        ),
        ("改扩建设施蔬菜5000亩，持续推进", &[v(5000.0, "亩", "")]), // ty25
        ("粮食产量1.3万亿斤以上", &[v(1.3e12, "斤", "以上")]),      // national-2024
        ("粮食产量1300亿斤以上", &[v(1.3e11, "斤", "以上")]),       // henan-2025
        ("亩产提升10.1斤；", &[v(10.1, "斤", "")]),                 // national-2025
        (
            "应对全网用电负荷129天超1亿千瓦考验",
            &[v(129.0, "天", ""), v(1e8, "千瓦", "超")],
        ), // shandong-2026
        (
            "细颗粒物年均浓度控制在29微克/立方米左右",
            &[v(29.0, "微克/立方米", "左右")],
        ), // beijing-2026
        ("用15年时间基本实现", &[v(15.0, "年", "")]),               // duration, not a calendar year
        // Programme names (like 五年规划): beijing-2026, national-2023, guangdong-2025.
        ("深入实施安全生产治本攻坚三年行动", &[]),
        ("持续推进长江十年禁渔。", &[]),
        ("深入实施十年“卓粤”计划", &[]),
        ("深入实施生产性服务业十年倍增行动", &[]),
        ("聚焦建军一百年奋斗目标", &[]),
        (
            "用3年时间完成改造，新建5个",
            &[v(3.0, "年", ""), v(5.0, "个", "")],
        ), // constructed
        ("一千零五十名", &[v(1050.0, "名", "")]), // constructed: 零 inside a numeral
        ("新增就业岗位两万个", &[v(20000.0, "个", "")]), // constructed: 两万
        ("累计建成一百二十所", &[v(120.0, "所", "")]), // constructed
        ("引进3千家企业", &[v(3000.0, "家", "")]), // constructed: mixed 3千
        ("新增1,200个充电桩", &[v(1200.0, "个", "")]), // thousands separator
        ("培训10—15万人次", &[r(1e5, 1.5e5, "人次", "")]), // constructed: magnitude on the right
        ("增长6%－6.5%", &[r(6.0, 6.5, "%", "")]), // full-width hyphen
        ("增长6.5%-7%，", &[r(6.5, 7.0, "%", "")]),
        ("力争技术合同成交额3000亿元。", &[v(3e11, "元", "力争")]), // henan-2026
        ("将应急响应划分为4个级别", &[v(4.0, "个", "")]), // constructed: levels, not a class
        // 争取 with a verb of reaching aspires; without one it obtains.
        (
            "争取国家断面达到或好于Ⅲ类水体比例为100%",
            &[v(100.0, "%", "争取")],
        ), // seed plan report
        ("争取中央预算内投资118.5亿元", &[v(1.185e10, "元", "")]), // corpus review
        // 力争 governs every figure of its clause (shandong-2025), not the next clause.
        (
            "今年力争交通、水利分别完成投资2500亿元、800亿元，新建5个",
            &[
                v(2.5e11, "元", "力争"),
                v(8e10, "元", "力争"),
                v(5.0, "个", ""),
            ],
        ),
        ("成意向友城15对，福建省", &[v(15.0, "对", "")]), // fujian-2025
        ("经受了25轮强降水", &[v(25.0, "轮", "")]),       // guangdong-2025
        ("网络购物等8类以上重点", &[v(8.0, "类", "以上")]), // guangdong-2025
        ("、项目签约3个", &[v(3.0, "个", "")]), // constructed after "项目签约3…" (签约 is not 约)
        ("连续3年保持最近5年最高", &[]),        // constructed: a record's run, a time frame
        ("城镇调查失业率全年控制在5.5%以内", &[v(5.5, "%", "以内")]), // national-2022
        (
            "城镇新增就业8万人，居民消费价格涨幅2%左右。",
            &[v(80000.0, "人", ""), v(2.0, "%", "左右")],
        ), // ty25
        // Quoted names: the figure of a name is no figure; a count of things to do, or a
        // figure that ends the quote, is one.
        ("打造“15分钟社区生活圈”", &[]),     // sichuan-2026
        ("迭代升级我省“民营经济32条”", &[]), // zhejiang-2026
        ("加力实施“19条”，办好活动", &[]),   // ty25
        ("推动“3个70%”、“7个不准”等举措", &[v(70.0, "%", "")]), // zhejiang-2025
        ("建成20个“15分钟便民生活圈”", &[v(20.0, "个", "")]), // constructed
        ("办好“退役军人最期盼的10件事”", &[v(10.0, "件", "")]), // sichuan-2026
        ("完成“两个200万亩”任务", &[v(2e6, "亩", "")]), // guangdong-2025
        ("优化实施新一轮“3个100万”", &[]),   // guizhou-2026 (held out)
        ("办好“十件民生实事”", &[v(10.0, "件", "")]), // constructed
        // jiangxi-2026: item 20 of a glossary, then a year and the count it names.
        (
            "20.2026年10件民生实事：加大就业支持力度",
            &[v(10.0, "件", "")],
        ),
        // Near the set phrases above, still counts.
        (
            "新建三个市场，发放1000张牌照",
            &[v(3.0, "个", ""), v(1000.0, "张", "")],
        ), // constructed
        ("夺得五金三银", &[v(5.0, "金", ""), v(3.0, "银", "")]), // constructed
        ("新增两个市场主体服务站", &[v(2.0, "个", "")]),         // constructed
        // A bound word before a rate's base (guangdong-2026).
        ("食品抽检量超每千人6.6批次", &[v(6.6, "批次", "超")]),
        (
            "每千人口拥有3岁以下婴幼儿托位数达到4.5个",
            &[v(3.0, "岁", "以下"), v(4.5, "个", "")],
        ),
    ];

    /// Real contexts that hold no quantity at all.
    const NEGATIVE: &[&str] = &[
        "（2025年2月24日）",                                     // typ: dates
        "截至2024年12月31日，",                                  // typ
        "一、2024年提案工作情况",                                // typ: section label + year
        "到2035年基本实现",                                      // a target year
        "2025年底前完成",                                        // year-end
        "力争续建项目一季度全面复工",                            // ty26: quarter
        "“十四五”规划圆满收官，“十五五”开局",                    // plan names
        "十四五时期",                                            // unquoted plan name
        "狠抓12345热线服务质效",                                 // ty26: hotline
        "促进“1233”重点产业链营收增长",                          // ty25: chain code
        "依托“1+10”科技成果转化服务网",                          // news: slogan
        "全力打造“4+4+3”产业支撑格局",                           // ty26
        "推进“1+N”中试研发平台",                                 // sichuan-2025
        "国产大飞机C919投入商业运营",                            // national-2024: model name
        "5G用户普及率",                                          // national-2024
        "6G外场试验网",                                          // jiangsu-2026
        "3D打印",                                                // constructed
        "推动深圳综合改革试点第二批授权事项",                    // guangdong-2026: ordinal
        "第一，",                                                // ordinal
        "一是强化科技创新，二是",                                // enumeration
        "（一）聚焦重点领域",                                    // section label
        "贯彻市两会精神",                                        // ty25: set phrase
        "健全“三医”协同发展",                                    // ty26
        "坚持“四下基层”,强化服务",                               // ty26
        "深刻领悟“两个确立”的决定性意义，增强“四个意识”",        // set phrases with 个
        "坚持两个毫不动摇",                                      // unquoted set phrase
        "一点一滴抓落实，两点一线跑通勤",                        // 点 between numerals: words
        "充分发挥中央和地方两个积极性",                          // national-2021: set phrase
        "统筹做好“强城”“兴村”“融合”三篇文章",                    // zhejiang-2026: figure of speech
        "深刻把握“十个坚持”的精神",                              // tys
        "严格落实中央八项规定及其实施细则精神",                  // ty25
        "千家万户",                                              // idiom with bare magnitudes
        "进一步全面深化改革",                                    // 一 inside words
        "统筹发展和安全，一件事一次办",                          // lone 一
        "第十五个五年规划的建议",                                // ty26: ordinal 第十五个
        "3月5日",                                                // month and day
        "二〇二五年",                                            // year in Chinese digits
        "20.2026年民生实事：加大就业支持力度，2.2025年工作回顾", // jiangxi-2026: item 20 of a glossary
        "二十届三中全会",                                        // plenum numbering
        "第三条",                                                // article number
        "编号1233的文件",
        "十四届三次会议",                       // national-2025: session numbering
        "十二届五次、六次全会",                 // plenary numbering in a list
        "三次产业结构",                         // set phrase
        "汽车关键零部件",                       // 零 inside a word
        "收入保持两位数增长",                   // 两位数
        "位居全国前三位",                       // rank
        "坚持在和平共处五项原则基础上",         // national-2023: doctrines and slogans
        "坚持四项基本原则",                     // constructed
        "统筹推进五位一体总体布局",             // constructed
        "实现两个一百年奋斗目标",               // constructed
        "增强国内国际两个市场两种资源联动效应", // national-2024
        "充分利用两个市场两种资源",             // national-2022
        "用好政府和市场两只手，坚持两条腿走路", // constructed
        "落实四个最严要求，坚持四个面向",       // constructed
        "提高残疾人两项补贴标准",               // a named pair of subsidies (four corpus reports)
        "加快三门峡盆地油气资源开发",           // henan-2026: places
        "积极推进三门核电三期项目",             // zhejiang
        "支持七台河、五台山发展",               // constructed
        "稳妥推进二轮土地承包到期",             // 二 before a measure word: an ordinal
        "消除黑臭水体和劣五类水体",             // a water grade
        "打好四张牌",                           // a metaphor
        "永康五金产业",                         // hardware, not a medal
        "提升“八站两场”接驳服务",               // beijing-2026: a quoted abbreviation
        "明确了今后五年的发展目标，在此基础上再奋斗五年", // beijing-2026: time frames
        "过去五年，近三年来，这五年，对前两年发现的问题", // guangdong-2025: time frames
        // Held-out 2026 reports: the windows a review looks back over or a change is
        // measured across, a decade, a school system's name, a gap since, PM₂.₅ written
        // with an underscore.
        "五年来，我们；极不平凡的五年。五年间，过去的五年；高质量发展的关键五年",
        "水质30年来首次达Ⅲ类，增速创9年来新高，自治区成立70年来，上世纪70年代",
        "九年义务教育巩固率、时隔66年再次获批、PM_2.5年均浓度、五年历程",
        "贷款平均利率较五年前，新冠疫情发生三年多来，五年年均",
        "增速连续24个月保持两位数增长，连续16个季度高于全国，连续3次获评优秀", // held-out 2026
        "扭转了连续3个月的负增长态势",                                         // typ
        "办好“海聚英才”全球创新创业赛会、创新创业青年50人论坛等活动",          // shanghai-2026
        "实施五年百部文艺精品创作",                                            // guangdong-2026
        "省级财政五年统筹投入，三年安排，五年新设，五年滚动实施，五年动态评估", // held-out 2026
        "粮食产量连续4年保持全国第一，连续3-5年盯下去", // a record's run; jiangsu-2026
        "提升15分钟社区生活圈功能，打造连接四市1小时交通圈", // shanghai-2026, taiyuan-2026
        "编制郑州航空港区新十年发展规划",               // henan-2025: a plan's name
        "力争空气质量“退后十”，", // typ: rank slogan                                     // bare number, no unit
        // Voltages grade a line or station.
        "阿坝至成都东1000千伏特高压交流工程", // sichuan-2026
        "完成10千伏及以下行政村配电网改造",   // a provincial list page
        "推进防城港30万吨级、北海20万吨级航道建设", // guangxi-2026: classes
        "建成7亿吨级煤炭基地",                // constructed: class
    ];

    fn close(a: Option<f64>, b: Option<f64>) -> bool {
        match (a, b) {
            (Some(x), Some(y)) => (x - y).abs() <= 1e-9 * x.abs().max(1.0),
            (None, None) => true,
            _ => false,
        }
    }

    fn matches(q: &Quantity, e: &Exp) -> bool {
        close(q.value, e.0)
            && close(q.low, e.1)
            && close(q.high, e.2)
            && q.unit.as_deref().unwrap_or("") == e.3
            && q.qualifier.as_deref().unwrap_or("") == e.4
    }

    /// Each input reads as exactly its expected quantities, in order.
    fn assert_reads(cases: &[(&str, &[Exp])]) {
        for (input, expected) in cases {
            let got = find_quantities(input);
            assert!(
                got.len() == expected.len()
                    && got.iter().zip(expected.iter()).all(|(q, e)| matches(q, e)),
                "{input}: {got:?}"
            );
        }
    }

    #[test]
    fn table_of_real_quantities() {
        assert!(TABLE.len() >= 60);
        let mut failures = Vec::new();
        for (input, expected) in TABLE {
            let got = find_quantities(input);
            let ok = got.len() == expected.len()
                && got.iter().zip(expected.iter()).all(|(q, e)| matches(q, e));
            if !ok {
                failures.push(format!("{input}\n  expected {expected:?}\n  got {got:?}"));
            }
            for q in &got {
                assert_eq!(input.get(q.span.start..q.span.end), Some(q.text.as_str()));
            }
        }
        assert!(
            failures.is_empty(),
            "{} failures:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }

    #[test]
    fn negatives_yield_nothing() {
        let bad: Vec<_> = NEGATIVE
            .iter()
            .map(|s| (s, find_quantities(s)))
            .filter(|(_, q)| !q.is_empty())
            .collect();
        assert!(bad.is_empty(), "{bad:#?}");
    }

    #[test]
    fn bounds_follow_qualifiers() {
        let b = |s: &str| find_quantities(s).first().map(Quantity::bound);
        assert_eq!(b("增长5%左右"), Some(Bound::Approx));
        assert_eq!(b("1100万人以上"), Some(Bound::Floor));
        assert_eq!(b("控制在5%以内"), Some(Bound::Ceiling));
        assert_eq!(b("增长4.5%—5%"), Some(Bound::Range));
        assert_eq!(b("增长6%"), Some(Bound::Point));
    }

    /// A range whose ends carry a magnitude (6000万—7000万吨, 3000亿至3500亿元) is one
    /// figure, as 1.2万—1.5万人 was: four digits before 万 are no year. 一倍 is a doubling,
    /// not the article 一.
    #[test]
    fn ranges_of_magnitudes_and_a_doubling() {
        assert_reads(&[
            ("粮食产量6000万—7000万吨。", &[r(6e7, 7e7, "吨", "")]),
            (
                "投资规模达到3000亿至3500亿元。",
                &[r(3e11, 3.5e11, "元", "")],
            ),
            ("2025—2027年", &[]),
            ("收入增长一倍。", &[v(1.0, "倍", "")]),
            ("一个一个抓落实", &[]),
        ]);
    }

    /// 逾 (more than) bounds the figure after it as 超过 does: 逾7.5万篇 (a CPPCC report).
    /// A list of figures with only 、/和 between them ends in words that belong to all: its
    /// bound (19万吨以上: so are 2050万吨 and 4200万吨) and its unit (3.8万平方公里); figures
    /// with other words between them do not share.
    #[test]
    fn a_list_of_figures_shares_its_ending() {
        assert_reads(&[
            (
                "水果、蔬菜、茶叶产量分别达2050万吨、4200万吨、19万吨以上。",
                &[
                    v(2.05e7, "吨", "以上"),
                    v(4.2e7, "吨", "以上"),
                    v(1.9e5, "吨", "以上"),
                ],
            ),
            (
                "生猪、家禽年出栏量分别稳定在3900万头、13.5亿只以上。",
                &[v(3.9e7, "头", "以上"), v(1.35e9, "只", "以上")],
            ),
            (
                "城乡居民人均可支配收入分别增长7%、8%左右。",
                &[v(7.0, "%", "左右"), v(8.0, "%", "左右")],
            ),
            (
                "力争进出口和实际使用外资分别增长3%和5%以上。",
                &[v(3.0, "%", "以上"), v(5.0, "%", "以上")],
            ),
            (
                "沙化土地面积分别净减少10.6万、3.8万平方公里。",
                &[v(1.06e5, "平方公里", ""), v(3.8e4, "平方公里", "")],
            ),
            (
                "力争电子信息、装备制造业产业规模分别达1.28万亿、8200亿元。",
                &[v(1.28e12, "元", "力争"), v(8.2e11, "元", "力争")],
            ),
            (
                "城镇登记失业率、人口自增率分别控制在4.2%、2.5‰以内。",
                &[v(4.2, "%", "以内"), v(2.5, "‰", "以内")],
            ),
            (
                "新建学校5所、幼儿园10所以上。",
                &[v(5.0, "所", ""), v(10.0, "所", "以上")],
            ),
            (
                "新增就业5万人、培训10万人次以上。",
                &[v(5e4, "人", ""), v(1e5, "人次", "以上")],
            ),
        ]);
    }

    /// An aspiration (力争, 争取…达到) beside a bound is kept as the figure's `aspiration`: the
    /// bound is its qualifier (力争6%以上: at least 6%, hoped for), across a list sharing its
    /// bound too; a figure hoped for with no bound has it as its qualifier, as before, and a
    /// bound in a clause with no aspiration has none.
    #[test]
    fn an_aspiration_beside_a_bound_is_kept() {
        let read = |text: &str| -> Vec<(Option<String>, Option<String>)> {
            find_quantities(text)
                .into_iter()
                .map(|q| (q.qualifier, q.aspiration))
                .collect()
        };
        let pair = |q: &str, a: Option<&str>| (Some(q.to_string()), a.map(str::to_string));
        assert_eq!(
            read("地区生产总值增长5%左右，力争6%以上。"),
            [pair("左右", None), pair("以上", Some("力争"))]
        );
        assert_eq!(
            read("力争进出口和实际使用外资分别增长3%和5%以上。"),
            [pair("以上", Some("力争")), pair("以上", Some("力争"))]
        );
        assert_eq!(
            read("力争产量突破200亿立方米、投资超120亿元。"),
            [pair("突破", Some("力争")), pair("超", Some("力争"))]
        );
        assert_eq!(
            read("争取粮食产量达到5.24亿斤以上。"),
            [pair("以上", Some("争取"))]
        );
        assert_eq!(read("力争新增就业10万人。"), [pair("力争", None)]);
        // 争取 obtaining funds hopes for nothing.
        assert_eq!(read("争取上级资金300亿元以上。"), [pair("以上", None)]);
    }

    #[test]
    fn yu_is_a_floor() {
        assert_reads(&[
            ("共收到来稿逾7.5万篇", &[v(75000.0, "篇", "逾")]),
            ("服务群众逾400万人次", &[v(4e6, "人次", "逾")]),
            ("逾期90天的贷款", &[v(90.0, "天", "")]),
        ]);
        let b = |s: &str| find_quantities(s).first().map(Quantity::bound);
        assert_eq!(b("逾7.5万篇"), Some(Bound::Floor));
    }

    /// A page that spaces the decimal point (经济增长6 . 5%左右, from a city report's
    /// newspaper page) gave 5% before; a full stop before a year stays one.
    #[test]
    fn spaced_decimal_points() {
        assert_reads(&[
            ("经济增长6 . 5%左右", &[v(6.5, "%", "左右")]),
            ("增长6. 5%", &[v(6.5, "%", "")]),
            ("增长6 .5%", &[v(6.5, "%", "")]),
            ("增长6  .  5%", &[v(6.5, "%", "")]),
            ("达到1 . 25万人", &[v(12500.0, "人", "")]),
            ("完成6. 2026年启动", &[]),
            ("增长6 .   5%", &[v(5.0, "%", "")]),
        ]);
    }

    /// Hand-checked sample: whole paragraphs from four files with every quantity a reader
    /// would count listed by hand. Scores precision (found ones that are right) and recall
    /// (listed ones that were found right).
    const SAMPLE: &[(&str, &[Exp])] = &[
        (
            // seeds/taiyuan-2025-government-work-report.txt
            "推进“学有优教”。新建公办幼儿园10所，新增学位2500个，鼓励小区配套幼儿园办成公办园，满足群众上公办园需求。推动大东关小学、万柏林一中等18个新改扩建项目建成投用，新增学位2.4万个，确保实现稳受渡峰。规划建设职教园区，加快筹设太原卫生职业学院，支持太原学院建设一流应用型本科院校。",
            &[v(10.0, "所", ""), v(2500.0, "个", ""), v(18.0, "个", ""), v(24000.0, "个", "")],
        ),
        (
            // corpus/national-2025.txt
            "“稳”的态势巩固延续。主要表现在，经济规模稳步扩大，国内生产总值达到134.9万亿元、增长5%，增速居世界主要经济体前列，对全球经济增长的贡献率保持在30%左右。就业、物价总体平稳，城镇新增就业1256万人、城镇调查失业率平均为5.1%，居民消费价格上涨0.2%。国际收支基本平衡，对外贸易规模创历史新高，国际市场份额稳中有升，外汇储备超过3.2万亿美元。民生保障扎实稳固，居民人均可支配收入实际增长5.1%，脱贫攻坚成果持续巩固拓展，义务教育、基本养老、基本医疗、社会救助等保障力度加大。",
            &[
                v(1.349e14, "元", ""),
                v(5.0, "%", ""),
                v(30.0, "%", "左右"),
                v(1.256e7, "人", ""),
                v(5.1, "%", ""),
                v(0.2, "%", ""),
                v(3.2e12, "美元", "超过"),
                v(5.1, "%", ""),
            ],
        ),
        (
            // corpus/beijing-2026.txt
            "围绕上述目标，《纲要草案》从创新、协调、绿色、开放、共享、安全6个维度设置了29项主要指标，包括：地区生产总值年均增速4.5%-5%、努力争取更好结果，全员劳动生产率达58万元/人左右，全社会研发投入占比6%以上，城市副中心和平原新城地区生产总值年均增长5%以上，服务贸易年均增速5%左右，城镇调查失业率控制在5%以内，单位地区生产总值生产安全事故死亡率控制在0.6人/百亿元以下，彩化率达24.2%，等等。",
            &[
                v(6.0, "个", ""),
                v(29.0, "项", ""),
                r(4.5, 5.0, "%", ""),
                v(580000.0, "元/人", "左右"),
                v(6.0, "%", "以上"),
                v(5.0, "%", "以上"),
                v(5.0, "%", "左右"),
                v(5.0, "%", "以内"),
                v(0.6, "人/百亿元", "以下"),
                v(24.2, "%", ""),
            ],
        ),
        (
            // corpus/sichuan-2026.txt
            "推动传统产业提质升级。实施人工智能赋能新型工业化行动。开展大规模新型技术改造，实施3000个技改项目。加快打造6个万亿级产业，做优做强5个国家先进制造业集群，提升省级产业集群能级。完成“智改数转”重点项目300个，推进4个中小企业数字化转型城市试点。",
            &[v(3000.0, "个", ""), v(6.0, "个", ""), v(5.0, "个", ""), v(300.0, "个", ""), v(4.0, "个", "")],
        ),
    ];

    /// A second sample, listed by hand before the reader was run on it (blind check).
    const BLIND_SAMPLE: &[(&str, &[Exp])] = &[
        (
            // corpus/henan-2026.txt
            "——坚持城乡融合发展，统筹推进新型城镇化和乡村全面振兴。加快构建“一主两副、一圈两带、四域多点”发展格局，提升城乡规划建设治理融合水平，常住人口城镇化率达到65%左右，粮食综合生产能力达到1400亿斤，把农业建成现代化大产业。",
            &[v(65.0, "%", "左右"), v(1.4e11, "斤", "")],
        ),
        (
            // corpus/national-2021.txt
            "中国特色大国外交卓有成效。习近平主席等党和国家领导人通过视频方式主持中非团结抗疫特别峰会，出席联合国成立75周年系列高级别会议、世界卫生大会、二十国集团领导人峰会、亚太经合组织领导人非正式会议、中国—欧盟领导人会晤、东亚合作领导人系列会议等重大活动。",
            &[],
        ),
        (
            // seeds/taiyuan-2026-government-work-report.txt
            "培育高端楼宇经济。实施老旧楼宇更新改造和特色楼宇提质工程,年内盘活存量资源10万平方米以上。布局政府服务驿站,完善楼宇管理机制,推动楼宇入驻率突破80%。",
            &[v(1e5, "平方米", "以上"), v(80.0, "%", "突破")],
        ),
        (
            // corpus/zhejiang-2025.txt
            "发展海洋经济和湾区经济。加快发展绿色石化、临港制造等优势产业，培育壮大船舶海工、海洋清洁能源等特色产业，发展现代海洋渔业，建设现代海洋牧场，力争海洋生产总值增长6%以上。",
            &[v(6.0, "%", "以上")],
        ),
        (
            // corpus/guangdong-2025.txt
            "六、扎实推进城镇和农村生活污水治理。新增改造城镇供排水管网超2000公里，新增改造污水处理能力30万吨/日，提升改造城市排涝能力600立方米/秒。因地制宜采取资源化利用、单独建设设施、纳厂统一处理等方式，“建管养”一体推进农村生活污水治理，新增解决超1000个自然村生活污水治理问题。",
            &[v(2000.0, "公里", "超"), v(3e5, "吨/日", ""), v(600.0, "立方米/秒", ""), v(1000.0, "个", "超")],
        ),
    ];

    /// A third sample, listed by hand by the lead before running the reader (2026-11-23):
    /// 40 listed; the reader found 38 of them and nothing else (precision 1.0, recall 0.95);
    /// the two misses (基金24只, 债券1193只: the counter 只) were fixed afterwards.
    const BLIND_SAMPLE_2: &[(&str, &[Exp])] = &[
        (
            // corpus/hubei-2026.txt (四个问题, 两批 and 三项 count; “301” is a name, 第1位 an ordinal)
            "深化改革系列举措释放新动能。投资体制改革深入实施，聚焦解决“投什么、谁来投、怎么投、如何管”四个问题，出台深化投资体制改革实施意见，明确“民营资本愿投尽投、国有企业功能补位、政府投资规范高效”的大原则和优先序，分两批面向民间资本发布投资项目清单，民间投资增速高于全国3.7个百分点。地方金融改革创新持续加力，立足地方政府“股权投资做引导、债权融资做增信、多层次资本市场公开募资做培育”三项金融创新职能定位，重构政府引导基金体系，省级引导基金引导设立基金24只、总规模934亿元，全省“创投+产投”基金群加速扩容提质；重构债权融资增信体系，促进金融机构发放科技型企业知识价值信用贷款1110亿元、惠及企业2.2万户，中小企业商业价值信用贷款、农村信用贷款与抵押贷款改革试点分别发放贷款671亿元、86亿元，“301”线上快贷、各商业银行消费贷、科技人才贷、创业担保贷等服务模式加速推广，全省各类贷款余额达到9.38万亿元，居中部第1位；重构多层次资本市场公开募资培育体系，17家企业通过上市和并购融资，175家企业发行各类债券1193只，全省直接融资7990亿元。国有“三资”管理改革成效显现，坚持以市场化、法治化思维与方式，深入推进国有资源、资产、资金的全面清查、分类研判、高效利用、科学盘活、依法处置，全年盘活国有“三资”总额3000亿元以上，大财政体系建设加快推进，财政可持续性进一步增强。要素市",
            &[
                v(4.0, "个", ""),
                v(2.0, "批", ""),
                v(3.7, "个百分点", ""),
                v(3.0, "项", ""),
                v(24.0, "只", ""),
                v(9.34e10, "元", ""),
                v(1.11e11, "元", ""),
                v(22000.0, "户", ""),
                v(6.71e10, "元", ""),
                v(8.6e9, "元", ""),
                v(9.38e12, "元", ""),
                v(17.0, "家", ""),
                v(175.0, "家", ""),
                v(1193.0, "只", ""),
                v(7.99e11, "元", ""),
                v(3e11, "元", "以上"),
            ],
        ),
        (
            // corpus/jiangsu-2025.txt (2007年 is a year; Ⅱ类, PM2.5 are not quantities)
            "（五）着力加快美丽江苏建设，推动生态环境质量持续改善。扎实开展长江大保护，长江干流江苏段水质连续7年保持Ⅱ类，主要入江支流断面水质优Ⅲ比例达100%，自然岸线率提升至64.5%。深入推动新一轮太湖综合治理，总磷浓度达到2007年以来同期最好水平，湖体平均水质30年来首次达Ⅲ类、首次达到良好湖泊水平。打好污染防治攻坚战，PM2.5浓度32.3微克/立方米，优良天数比率82.5%、提升4.6个百分点，地表水国考断面优Ⅲ比例93.3%，近岸海域优良海水面积优于国家考核目标19.8个百分点，在国家污染防治攻坚战成效考核中连续5年获评优秀等级。",
            &[
                v(100.0, "%", ""),
                v(64.5, "%", ""),
                v(32.3, "微克/立方米", ""),
                v(82.5, "%", ""),
                v(4.6, "个百分点", ""),
                v(93.3, "%", ""),
                v(19.8, "个百分点", ""),
            ],
        ),
        (
            // corpus/shandong-2026.txt (八车道, 二级, 5G, 第一 are not quantities; 翻番 is one
            // doubling, read since the lead's listing)
            "——基础设施建设实现新跃升。建设全国首个交通强国省域示范区，高铁里程由2110公里增至3055公里，高速公路由7473公里增至9310公里、八车道里程全国第一。现代化机场群建设初见成效，通用机场增加11个、达到25个。世界级海洋港口群优势彰显，沿海港口货物吞吐量超过21亿吨、居全国首位。京杭运河主航道基本达到二级航道标准，小清河复航实现“河海直达”，内河港口吞吐量5年增长1.6倍，铁路水路货运周转量实现翻番。国家省级水网先导区顺利建成，新建扩建老岚水库等水源型水库58座，新增供水能力9.5亿立方米。5G基站增长4.3倍，算力规模增长3.5倍，智能算力占比超过50%。",
            &[
                v(2110.0, "公里", ""),
                v(3055.0, "公里", ""),
                v(7473.0, "公里", ""),
                v(9310.0, "公里", ""),
                v(11.0, "个", ""),
                v(25.0, "个", ""),
                v(2.1e9, "吨", "超过"),
                v(1.6, "倍", ""),
                v(1.0, "番", ""),
                v(58.0, "座", ""),
                v(9.5e8, "立方米", ""),
                v(4.3, "倍", ""),
                v(3.5, "倍", ""),
                v(50.0, "%", "超过"),
            ],
        ),
    ];

    /// A fourth sample (q-quantity helper, 2026-11-23): the 12th long paragraph with a digit
    /// of three files not looked at before, every figure listed by hand before running the
    /// reader. 40 listed; 32 found, all right, nothing spurious (precision 1.0, recall 0.80).
    /// Misses then: medal tallies (8金4银4铜; read since 金/银/铜 became units, 2026-12-04: 38
    /// of 40) and bare round magnitudes (百场, 过万亿元: a bare 百/千/万 is refused because
    /// 百年, 千家万户 are idioms).
    const BLIND_SAMPLE_3: &[(&str, &[Exp])] = &[
        (
            // corpus/fujian-2026.txt (九市一区, 两国双园 are names, not counts)
            "对外开放不断扩大。海丝核心区建设扎实推进，金砖国家工业能力中国中心启用，中印尼“两国双园”合作谅解备忘录签署。积极构建闽企出海综合服务体系，稳定美欧、东南亚等传统市场，对非洲、拉美市场出口分别增长20%、7.6%，跨境电子商务综合试验区九市一区全覆盖。携手港澳“并船出海”，闽粤港澳“跨境一锁”快速通关模式正式启动。落地实施240小时过境免签政策，入境人数增长18.1%。投洽会、世界航海装备大会、世界闽商大会、中国侨智发展大会等活动成功举办，福州、厦门获批服务业扩大开放综合试点。",
            &[v(20.0, "%", ""), v(7.6, "%", ""), v(18.1, "%", "")],
        ),
        (
            // corpus/guangdong-2025.txt (75周年 an anniversary, 五个一工程 and 十五运会 names,
            // 第四次 an ordinal, 5A a grade, 2024年 a year, 一批 an article)
            "七是繁荣发展文化事业和文化产业，人民精神文化生活更加丰富。热烈庆祝中华人民共和国成立75周年，广泛开展“强国复兴有我”主题宣传教育等系列活动，凝聚起爱党爱国爱社会主义的磅礴力量。促进文化惠民提质增效，启动公共文化服务共同体建设，建成开放公共文化新空间3300余家。集美术馆、非物质文化遗产馆、文学馆于一体的白鹅潭大湾区艺术中心正式启用，成为大湾区文化新地标。完成黄埔军校旧址纪念馆、叶挺纪念馆改造提升。举办百场艺术精品展演，推出音乐剧《雄狮少年》、粤剧电影《谯国夫人》等精品力作，舞剧《咏春》等4部作品获全国精神文明建设“五个一工程”优秀作品奖。办好文化强国建设高峰论坛和深圳文博会，文化及相关产业增加值稳居全国首位。加强历史文化保护传承，启动第四次全国文物普查，深入实施早期岭南探源工程，加强云浮磨刀山、清远岩山寨等遗址考古调查与发掘，出土重要文物标本1200余件，省博物馆入选中央地方共建国家级重点博物馆，潮州“潮人绣古城”入选国家文物保护利用示范区创建名单，龙舟赛、英歌舞等岭南传统文化活动火爆出圈。高规格召开全省旅游发展大会，出台加快建设旅游强省若干措施，推出系列特色文旅活动和精品线路，加快建设岭南民族特色高质量发展廊道，动工建设韶关丹霞山文旅综合体，河源万绿湖入选国家5A级景区，横琴长隆入选国家级旅游度假区，全省接待游客超8亿人次，入境外国游客增长超90%。深入推进体育强省建设，新建及改扩建一批体育公园，举办群众性体育竞赛活动超18万场，携手港澳扎实做好十五运会和残特奥会筹备工作。我省运动员在2024年巴黎奥运会上斩获8金4银4铜、金牌数奖牌数均居全国首位，在残奥会上斩获12金8银4铜、多次打破世界纪录，以高超的技能和顽强的作风展示了广东儿女朝气蓬勃、勇攀高峰的时代风采！",
            &[
                v(3300.0, "家", "余"),
                v(100.0, "场", ""),
                v(4.0, "部", ""),
                v(1200.0, "件", "余"),
                v(8e8, "人次", "超"),
                v(90.0, "%", "超"),
                v(1.8e5, "场", "超"),
                v(8.0, "金", ""),
                v(4.0, "银", ""),
                v(4.0, "铜", ""),
                v(12.0, "金", ""),
                v(8.0, "银", ""),
                v(4.0, "铜", ""),
            ],
        ),
        (
            // corpus/sichuan-2026.txt (五年来 and 连续两年 are durations like 30年来; 第1位,
            // 第3位 ordinals; 四向八廊 a name)
            "五年来，我们纵深推进改革开放，发展动力和社会活力持续增强。牵引性系统性改革深入推进，25项改革经验获中央改革办推广、83项案例入选中国改革年度案例，数量均居全国前列。国有资本布局持续优化，全省地方国企资产总额增长116.2%、达到23.2万亿元，营业总收入、利润总额五年分别增长97.3%、27.7%。营商环境改革不断深化，经营主体从689万户增至951万户，民营经济增加值从2.9万亿元增至3.8万亿元。有序推进低效用地再开发试点，审慎稳妥推进农村集体经营性建设用地入市试点。财税体制和预算管理改革系统推进，“大财政”收入管理格局和“集中财力办大事”支出保障机制持续健全。探索经济区与行政区适度分离改革，川渝高竹新区成为全国首个跨省域共建新区。高水平对外开放格局加速形成，进出口总额连续两年过万亿元，外商直接投资累计达到149.6亿美元、总规模居中西部第1位，自贸试验区159项改革试验任务全面实施。“四向八廊”综合交通走廊基本建成，进出川大通道新增16条、达到54条，天府国际机场建成投运。中欧班列（成渝）累计开行超2.6万列、占全国23.9%。国家级跨境电商综合试验区、服务贸易平台均增至9个。外国获批在川设立领事机构增至24家、居内地第3位，国际友城和友好合作关系达到567对。成功举办成都大运会、世运会等重大活动并放大综合效应，统筹推进办赛营城兴业惠民，开放功能和国际交流合作水平显著提升。",
            &[
                v(25.0, "项", ""),
                v(83.0, "项", ""),
                v(116.2, "%", ""),
                v(2.32e13, "元", ""),
                v(97.3, "%", ""),
                v(27.7, "%", ""),
                v(6.89e6, "户", ""),
                v(9.51e6, "户", ""),
                v(2.9e12, "元", ""),
                v(3.8e12, "元", ""),
                v(1e12, "元", "过"),
                v(1.496e10, "美元", ""),
                v(159.0, "项", ""),
                v(16.0, "条", ""),
                v(54.0, "条", ""),
                v(26000.0, "列", "超"),
                v(23.9, "%", ""),
                v(9.0, "个", ""),
                v(24.0, "家", ""),
                v(567.0, "对", ""),
            ],
        ),
    ];

    /// A fifth sample (2026-12-08), drawn by seeded random choice (seed 20261208) from the
    /// long paragraphs with a digit of three held-out 2026 reports, every figure listed by
    /// hand before running the reader: 55 listed, 55 found, nothing else (precision and
    /// recall 1.0). Not figures by this reader's rules: 五年来 and 十年来 (time frames),
    /// 2020年, 第5、第6位 and 第二届 (ordinals), 5G and V8 (codes), 中亚五国 (a region's name),
    /// 一刻钟 (a quarter hour in a name: 一刻钟便民生活圈).
    const BLIND_SAMPLE_4: &[(&str, &[Exp])] = &[
        (
            // held-out tianjin-2026.txt
            "五年来，民生保障扎实有力。每年精心实施民心工程，重点群体就业稳步推进，社会保障、公共服务体系更加健全，建设城市一刻钟便民生活圈232个，筹建保障性租赁住房9.56万套（间），建成养老机构357家，新增中小学学位22.87万个，每千人口托位数较2020年翻两番，新增医疗卫生机构床位6639张，人均预期寿命达到82.58岁。完成800个经济薄弱村扶持和100个乡村振兴示范村创建。",
            &[
                v(232.0, "个", ""),
                v(95600.0, "套", ""),
                v(357.0, "家", ""),
                v(228700.0, "个", ""),
                v(2.0, "番", ""),
                v(6639.0, "张", ""),
                v(82.58, "岁", ""),
                v(800.0, "个", ""),
                v(100.0, "个", ""),
            ],
        ),
        (
            // held-out shaanxi-2026.txt (full-width ％)
            "（五）扩大内外开放，打造内陆改革开放高地。认真落实全国统一大市场建设部署要求，开展规范涉企行政执法专项行动，常态化排查清理市场准入壁垒，通报营商环境反面案例22个。建成全省“一张网”公共资源交易平台，上线运行“高效办成一件事”39项。深化开发区管理体制改革，开发区和工业园区由162个整合为123个，供应工业“标准地”2.4万亩。全面完成国企改革深化提升行动任务，省属企业营收和利润分别居全国第5、第6位，中国能建集团压缩空气储能等20个央陕合作项目落地、总投资1370多亿元。全面落实中国—中亚峰会涉陕成果，中国—中亚国际人文旅游专列首发，中欧班列（西安）开行6037列、增长21.1％，带动陕西进出口415.4亿元、增长11.7％。成功举办上合组织减贫论坛、第二届中欧班列国际合作论坛、第六届中俄中小企业实业论坛，丝绸之路国际博览会、欧亚经济论坛、杨凌农高会等影响力持续提升。西安咸阳国际机场旅客超4850万人次，国际货邮吞吐量增长111％。新设外资企业428家，三星V8闪存芯片、人和集团新能源材料等外资项目落地投产，实际使用内外资分别增长10％、6.4％。“新三样”、集成电路出口增长30.4％、30.1％，机电产品出口占比86％，对中亚五国、东盟进出口分别增长37.2％、19％，全省进出口总值创历史新高，达到5379亿元、增长18.5％。",
            &[
                v(22.0, "个", ""),
                v(39.0, "项", ""),
                v(162.0, "个", ""),
                v(123.0, "个", ""),
                v(24000.0, "亩", ""),
                v(20.0, "个", ""),
                v(1.37e11, "元", "多"),
                v(6037.0, "列", ""),
                v(21.1, "%", ""),
                v(4.154e10, "元", ""),
                v(11.7, "%", ""),
                v(4.85e7, "人次", "超"),
                v(111.0, "%", ""),
                v(428.0, "家", ""),
                v(10.0, "%", ""),
                v(6.4, "%", ""),
                v(30.4, "%", ""),
                v(30.1, "%", ""),
                v(86.0, "%", ""),
                v(37.2, "%", ""),
                v(19.0, "%", ""),
                v(5.379e11, "元", ""),
                v(18.5, "%", ""),
            ],
        ),
        (
            // held-out liaoning-2026.txt
            "二是产业韧性稳步增强。坚持智能化、绿色化、融合化方向，全力构建现代化产业体系。坚定向高端化迈进。抓好稳车稳油稳钢，新能源汽车产量增长31.7%，化工精细化率提高至50%，鞍钢全球首套氢冶金中试线全流程贯通。菱镁产业升级稳步推进。6家组织获得第五届中国质量奖提名奖，居全国第4位。规上工业增加值增长0.6%。加快智改数转。新增卓越级智能工厂10家，11户企业入选工信部5G工厂名录，关键工序数控化率、数字化研发设计工具普及率分别达到69.3%和85.8%，均高于全国平均水平。鞍山入选国家制造业新型技术改造试点，抚顺入选国家中小企业数字化转型试点。培育壮大新兴产业。船舶、电子专用材料、航空航天行业增加值分别增长84.8%、17.5%、12.3%。加快布局低空经济，民用无人机产量增长34.9%。全面实施“人工智能+”行动，服务机器人产量增长27.8%，研发垂直行业大模型超80个，我省成为国家首批数据要素综合试验区，26个项目入选国家级数据要素应用场景典型案例，东北亚具身智能创新中心落户沈阳，大连获批建设国家级数据产业集聚区。推动现代服务业提质增效。快递、电信业务量分别增长16%、10.7%，科技推广和应用服务业营业收入增长19%。金融机构本外币贷款余额增长2.1%，政府性融资担保业务增长24.6%。沈阳地铁险资项目成功落地，引入新基金20只，首单公募不动产投资信托基金、知识产权证券化产品成功发行，科创债融资增长1.8倍。社会融资增量恢复到近年最好水平，资本市场融资增长41.3%、创十年来新高。",
            &[
                v(31.7, "%", ""),
                v(50.0, "%", ""),
                v(6.0, "家", ""),
                v(0.6, "%", ""),
                v(10.0, "家", ""),
                v(11.0, "户", ""),
                v(69.3, "%", ""),
                v(85.8, "%", ""),
                v(84.8, "%", ""),
                v(17.5, "%", ""),
                v(12.3, "%", ""),
                v(34.9, "%", ""),
                v(27.8, "%", ""),
                v(80.0, "个", "超"),
                v(26.0, "个", ""),
                v(16.0, "%", ""),
                v(10.7, "%", ""),
                v(19.0, "%", ""),
                v(2.1, "%", ""),
                v(24.6, "%", ""),
                v(20.0, "只", ""),
                v(1.8, "倍", ""),
                v(41.3, "%", ""),
            ],
        ),
    ];

    fn score(sample: &[(&str, &[Exp])]) -> (usize, usize, usize) {
        let (mut found, mut expected, mut right) = (0usize, 0usize, 0usize);
        for (para, want) in sample {
            let got = find_quantities(para);
            found += got.len();
            expected += want.len();
            // Each expected figure may be claimed by one found quantity.
            let mut used = vec![false; got.len()];
            for e in want.iter() {
                if let Some(k) = (0..got.len()).find(|&k| !used[k] && matches(&got[k], e)) {
                    used[k] = true;
                    right += 1;
                } else {
                    eprintln!("missed {e:?}");
                }
            }
            for (k, q) in got.iter().enumerate() {
                if !used[k] {
                    eprintln!("spurious or wrong: {q:?}");
                }
            }
        }
        (found, expected, right)
    }

    /// The lists follow what the reader is meant to read, so a narrowing is written down
    /// here: on 2026-12-08 the spans of years that frame a review or a change (五年来,
    /// 30年来首次, 五年分别增长97.3%, 5年增长1.6倍, like the 连续7年 and 连续两年 that were
    /// already time frames) and 240小时过境免签 (a national policy's name, excluded since
    /// 2026-12-05) were taken out of the lists; every other listed figure stands.
    #[test]
    fn precision_and_recall_on_hand_checked_sample() {
        let (mut found, mut expected, mut right) = (0, 0, 0);
        for sample in [
            SAMPLE,
            BLIND_SAMPLE,
            BLIND_SAMPLE_2,
            BLIND_SAMPLE_3,
            BLIND_SAMPLE_4,
        ] {
            let (f, e, r) = score(sample);
            found += f;
            expected += e;
            right += r;
        }
        let precision = right as f64 / found.max(1) as f64;
        let recall = right as f64 / expected.max(1) as f64;
        eprintln!("sample: {expected} hand-listed, {found} found, {right} right; precision {precision:.3}, recall {recall:.3}");
        assert!(
            precision >= 0.9 && recall >= 0.9,
            "precision {precision}, recall {recall}"
        );
    }

    #[test]
    fn fast_fold_and_figure_start_agree_with_the_plain_checks() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(fold_fast(c), fold_char(c), "{c:?}");
            let f = fold_char(c);
            let plain = arabic_digit(f).is_some() || numeral::is_numeral_char(f);
            assert_eq!(may_start_figure(f), plain, "{c:?}");
        }
    }

    #[test]
    fn units_are_fold_invariant() {
        // match_unit compares units with the folded text without folding them.
        for u in UNITS {
            assert_eq!(u.chars().map(fold_char).collect::<String>(), *u);
        }
    }

    /// A piece read from the shared folded text gives exactly what reading the piece alone
    /// gives: every clause and every sentence of the seeds and the corpus, plus cuts that
    /// split a figure, its unit or its qualifier, and ranges off char boundaries.
    #[test]
    fn folded_pieces_equal_separate_reads() {
        let mut texts: Vec<String> = TABLE.iter().map(|(s, _)| s.to_string()).collect();
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus");
        match std::fs::read_dir(dir) {
            Ok(entries) => texts.extend(
                entries
                    .flatten()
                    .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
                    .filter_map(|e| std::fs::read_to_string(e.path()).ok()),
            ),
            Err(_) => eprintln!("corpus absent; checking the seeds and the table only"),
        }
        for name in [
            "taiyuan-2025-government-work-report.txt",
            "taiyuan-2026-government-work-report.txt",
        ] {
            let p = format!("{}/fixtures/seeds/{name}", env!("CARGO_MANIFEST_DIR"));
            texts.extend(std::fs::read_to_string(p).ok());
        }
        let mut pieces = 0;
        for text in &texts {
            let folded = FoldedText::new(text);
            assert_eq!(
                folded.find_in(Span::new(0, text.len())),
                find_quantities(text)
            );
            for breaks in [
                &['。', '；', '！', '？', '\n'][..],
                &['。', '；', '，', '、', '\n'][..],
            ] {
                let mut start = 0;
                for (i, c) in text.char_indices() {
                    if breaks.contains(&c) || i + c.len_utf8() == text.len() {
                        let end = i + c.len_utf8();
                        // The piece with and without its closing mark, and cut after its
                        // first char (a figure or unit split in two).
                        let first = text[start..end].chars().next().map_or(0, char::len_utf8);
                        for span in [
                            Span::new(start, end),
                            Span::new(start, i),
                            Span::new(start + first, end),
                        ] {
                            let piece = &text[span.start..span.end];
                            assert_eq!(folded.find_in(span), find_quantities(piece), "{piece}");
                            pieces += 1;
                        }
                        start = end;
                    }
                }
            }
        }
        assert!(pieces > 100, "{pieces}");
        let t = "增长5%左右";
        let f = FoldedText::new(t);
        assert!(f.find_in(Span::new(1, t.len())).is_empty(), "inside a char");
        assert!(
            f.find_in(Span::new(0, t.len() + 1)).is_empty(),
            "past the end"
        );
    }

    /// The indexed unit lookup agrees with a plain scan of [`UNITS`] in order.
    #[test]
    fn indexed_unit_lookup_equals_linear_scan() {
        let linear = |t: &Chars, i: usize| {
            UNITS
                .iter()
                .find(|u| t.starts_with(i, u))
                .map(|u| (same_unit(u), u.chars().count()))
        };
        let mut texts: Vec<String> = TABLE.iter().map(|(s, _)| s.to_string()).collect();
        texts.push(UNITS.concat());
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus");
        for name in ["national-2025.txt", "beijing-2026.txt"] {
            if let Ok(s) = std::fs::read_to_string(format!("{dir}/{name}")) {
                texts.push(s);
            }
        }
        for text in &texts {
            let f = FoldedText::new(text);
            let t = Chars {
                chars: &f.chars,
                offs: &f.offs,
                base: 0,
                len: text.len(),
                src: text,
            };
            for i in 0..=t.chars.len() {
                assert_eq!(match_unit(&t, i), linear(&t, i), "at {i} in {text:.40}");
            }
        }
    }

    /// Weeks, cents per unit and micrograms per cubic metre with the base in words: figures the
    /// audit of unread digits in corpus commitments found (beijing, zhejiang, fujian, sichuan).
    #[test]
    fn weeks_cents_and_micrograms_per_cubic_metre() {
        assert_reads(&[
            // beijing-2025 and beijing-2026 say the same in two scripts.
            ("门诊预约号源提前2周向基层投放", &[v(2.0, "周", "")]),
            ("公立医院提前两周向基层投放", &[v(2.0, "周", "")]),
            ("在3周内完成", &[v(3.0, "周", "")]),
            // Not weeks: surroundings, anniversaries, ages, cycles.
            ("环顾四周是怡人的绿", &[]),
            ("庆祝新中国成立75周年", &[]),
            ("为35周岁以上人员", &[v(35.0, "岁", "以上")]),
            ("缩短3周期", &[]),
            // Cents per unit (zhejiang-2025).
            (
                "工商业电价较上年下降3分/千瓦时以上，供浙气源综合价格下降3-5分/立方米。",
                &[v(3.0, "分/千瓦时", "以上"), r(3.0, 5.0, "分/立方米", "")],
            ),
            ("得分90分", &[]),
            // A concentration with its base first or written out (fujian, henan).
            (
                "PM2.5平均浓度每立方米20微克以下",
                &[v(20.0, "微克/立方米", "以下")],
            ),
            (
                "PM2.5平均浓度低于每立方米19微克",
                &[v(19.0, "微克/立方米", "低于")],
            ),
            ("降至28.5微克每立方米", &[v(28.5, "微克/立方米", "")]),
            ("降至28.5微克/立方米", &[v(28.5, "微克/立方米", "")]),
            ("摄入5微克", &[]),
        ]);
    }

    /// Percentages written out in words (百分之…) read like Arabic ones. The corpus has none;
    /// these are built on real contexts (national-2025, beijing-2026) with the figure spelled.
    #[test]
    fn spelled_percentages() {
        let cases: &[(&str, &[Exp])] = &[
            ("国内生产总值增长百分之五左右", &[v(5.0, "%", "左右")]),
            (
                "城镇调查失业率控制在百分之五点五以内",
                &[v(5.5, "%", "以内")],
            ),
            ("彩化率达百分之二十四点二，等等", &[v(24.2, "%", "")]),
            ("覆盖率达到百分之百。", &[v(100.0, "%", "")]),
            ("居民消费价格上涨百分之零点二", &[v(0.2, "%", "")]),
            // Decimals in words before a unit that measures.
            ("研发投入强度提高零点一个百分点", &[v(0.1, "个百分点", "")]),
            ("城镇化率提高一点五个百分点", &[v(1.5, "个百分点", "")]),
            ("新建城市绿道三点五公里", &[v(3.5, "公里", "")]),
            ("增长百分之四点五至百分之五", &[r(4.5, 5.0, "%", "")]),
            ("超过百分之三十", &[v(30.0, "%", "超过")]),
        ];
        assert_reads(cases);
        // Fractions are shares: 三分之一 and 1/3 as percentages, 千分之五 per mille as 5‰ is.
        let third = 100.0 / 3.0;
        assert_reads(&[
            (
                "省科技经费的三分之一以上用于基础研究",
                &[v(third, "%", "以上")],
            ),
            (
                "持续将1/3以上的省科技经费投向基础研究",
                &[v(third, "%", "以上")],
            ), // guangdong-2026
            ("三分之二的县", &[v(200.0 / 3.0, "%", "")]),
            ("孕产妇死亡率下降到千分之五", &[v(5.0, "‰", "")]),
            ("万分之一", &[v(0.01, "%", "")]),
        ]);
        for s in [
            "2025/1/3发布",
            "1/2/3",
            "地铁5/6号线",
            "4/3",
            "十分重要",
            "三分之",
        ] {
            assert!(find_quantities(s).is_empty(), "{s}");
        }
        // Not percentages: 百分点 is a unit of its own, 百分之 with no numeral is nothing.
        assert!(find_quantities("百分之").is_empty());
        assert!(find_quantities("百分之几").is_empty());
        assert_eq!(
            find_quantities("提高0.4个百分点")[0].unit.as_deref(),
            Some("个百分点")
        );
    }

    /// Decimals written out before 万 or 亿 (as a spoken report's transcript has them) read as
    /// their Arabic forms do; 一点 as "a little" is no figure.
    #[test]
    fn spelled_decimals_with_a_magnitude() {
        for (spelled, arabic) in [
            ("完成投资一点二万亿元。", "完成投资1.2万亿元。"),
            ("城镇新增就业三点五万人以上", "城镇新增就业3.5万人以上"),
            ("粮食产量十二点五亿斤", "粮食产量12.5亿斤"),
        ] {
            let (a, b) = (find_quantities(spelled), find_quantities(arabic));
            assert_eq!(a.len(), 1, "{spelled}: {a:?}");
            assert_eq!(
                (a[0].value, &a[0].unit, &a[0].qualifier),
                (b[0].value, &b[0].unit, &b[0].qualifier),
                "{spelled}"
            );
        }
        for s in ["一点一滴做起", "再快一点五个人", "多一点二十个", "一点二"]
        {
            assert!(
                find_quantities(s)
                    .iter()
                    .all(|q| q.value.is_none_or(|v| v.fract() == 0.0)),
                "{s}: {:?}",
                find_quantities(s)
            );
        }
    }

    /// Tenths (成) from real sentences (file noted) read as percentages.
    #[test]
    fn tenths_are_percentages() {
        let cases: &[(&str, &[Exp])] = &[
            (
                "三大产业对经济增长贡献超五成，金融服务实体",
                &[v(50.0, "%", "超")],
            ), // shanghai-2026
            (
                "中小微企业政府采购占比近八成，普惠小微企业",
                &[v(80.0, "%", "近")],
            ),
            ("养老助餐点覆盖九成以上城乡社区；", &[v(90.0, "%", "以上")]),
            (
                "督查检查考核事项精简两成，推动审计监督",
                &[v(20.0, "%", "")],
            ),
            (
                "机产量增长39%、占全国9成，工业机器人",
                &[v(39.0, "%", ""), v(90.0, "%", "")],
            ),
            (
                "类支出占一般公共预算支出7成以上，居民人均",
                &[v(70.0, "%", "以上")],
            ),
            (
                "重污染天数下降超过五成，全国地表水",
                &[v(50.0, "%", "超过")],
            ),
            ("在汛期降雨较常年偏多六成的情况下", &[v(60.0, "%", "")]),
            (
                "增长12.5%、占全国超4成，集成电路产量",
                &[v(12.5, "%", ""), v(40.0, "%", "超")],
            ),
            ("占比三至四成", &[r(30.0, 40.0, "%", "")]), // constructed range
        ];
        assert_reads(cases);
        for s in ["一成不变", "5个成员单位", "两成员国", "十二成", "3万成本"] {
            assert!(
                find_quantities(s)
                    .iter()
                    .all(|q| q.unit.as_deref() != Some("%")),
                "{s}"
            );
        }
    }

    /// Doublings from real sentences (file noted).
    #[test]
    fn doublings_count_in_fan() {
        let cases: &[(&str, &[Exp])] = &[
            (
                "“小巨人”企业数量较2020年实现翻番，培育形成",
                &[v(1.0, "番", "")],
            ), // national-2025
            (
                "人均地区生产总值比2020年翻一番，基本建成",
                &[v(1.0, "番", "")],
            ),
            (
                "全国财政收入十年接近翻一番。推动财力下沉",
                &[v(10.0, "年", ""), v(1.0, "番", "接近")],
            ), // national-2023
            ("到2035年经济总量翻两番", &[v(2.0, "番", "")]), // constructed
            ("收入翻了一番", &[v(1.0, "番", "")]),
        ];
        assert_reads(cases);
        for s in ["翻开新篇章", "翻译", "翻一页", "翻零番", "一番努力", "翻"] {
            assert!(find_quantities(s).is_empty(), "{s}");
        }
    }

    /// A magnitude with no digit is a figure after a bound word and before a unit (超万亿元 is
    /// more than 1万亿元, 逾百万人次 more than 1百万人次), and nothing otherwise (千亿级, 百年,
    /// 千家万户, 数千亿元).
    #[test]
    fn bare_magnitudes_after_a_bound_word() {
        let cases: &[(&str, &[Exp])] = &[
            // sichuan-2026, guangdong-2025, jiangsu-2026, national-2024 (shapes, as written)
            ("川南经济区经济总量迈上万亿元台阶", &[v(1e12, "元", "")]),
            (
                "数字经济核心产业增加值突破万亿元、占比80%",
                &[v(1e12, "元", "突破"), v(80.0, "%", "")],
            ),
            (
                "超千亿元的县域达12个",
                &[v(1e11, "元", "超"), v(12.0, "个", "")],
            ),
            ("新增过百亿元农产品加工企业", &[v(1e10, "元", "过")]),
            ("实际使用外资超过百亿美元", &[v(1e10, "美元", "超过")]),
            ("经济总量“破万亿元”", &[v(1e12, "元", "破")]),
            // One magnitude or two before the unit: guangdong-2026, fujian-2025, national-2022.
            ("吞吐量超千万人次的机场", &[v(1e7, "人次", "超")]),
            ("举办促消费活动超万场", &[v(1e4, "场", "超")]),
            ("资助项目突破千项", &[v(1e3, "项", "突破")]),
            ("发放超亿元的消费券", &[v(1e8, "元", "超")]),
            ("服务群众逾百万人次", &[v(1e6, "人次", "逾")]),
        ];
        assert_reads(cases);
        assert_eq!(find_quantities("突破万亿元")[0].bound(), Bound::Floor);
        assert_eq!(find_quantities("过百亿元")[0].bound(), Bound::Floor);
        // 十亿 is an ordinary numeral, read with or without a bound word.
        let got = find_quantities("通过十亿元贷款");
        assert!(
            got.len() == 1 && matches(&got[0], &v(1e9, "元", "")),
            "{got:?}"
        );
        for s in [
            "打造千亿级产业集群",
            "达到万亿级规模",
            "建设百年老店",
            "走进千家万户",
            "数千亿元投资",
            "培育一批百亿企业",
            "通过百亿元贷款", // 通过 is not 过
            "打破千亿元垄断", // nor 打破 破
            "走过百年历程",   // a span of time is history
            "跨越千年的古城",
            "百万雄师过大江", // no bound word
            "千万不能松懈",
            "开通达万高铁",   // 达州–万州, a place
            "签约百万元项目", // 签约 is not 约
            "惠及近万家企业", // nearly is a vague size (see the next test)
            "亿万人民",       // 亿 before 万 is no product
        ] {
            let got = find_quantities(s);
            assert!(got.is_empty(), "{s}: {got:?}");
        }
    }

    /// Vague magnitudes are no figures: nothing is read, and no part is half-read as a number.
    #[test]
    fn vague_magnitudes_are_not_quantities() {
        for s in [
            "保障性住房供给，惠及上千万家庭。", // national-2024
            "小区改造，惠及近千万家庭。",       // national-2022 (5.6万个 cut off)
            "提前建成千座公园城市，累计",       // shanghai-2026 (127座 cut off)
            "每年有上千万农村人口转移到城镇",   // national-2023
            "建成数十个重点项目",               // constructed: 数十 (none in the corpus)
            "经过几十年的努力",                 // constructed
            "带动数百万人就业",                 // constructed
            "数十亿元投资",                     // constructed
            "吸引上百家企业、成百上千名人才",   // constructed
        ] {
            let got = find_quantities(s);
            assert!(got.is_empty(), "{s}: {got:?}");
        }
        // A stated figure beside a vague one is still read.
        let got = find_quantities("新建项目30个，带动数十个配套");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].value, Some(30.0));
    }

    #[test]
    fn never_panics_on_odd_input() {
        for s in [
            "",
            "%",
            "5",
            "万",
            "1.",
            "1,",
            "—5%",
            "5%—",
            "十",
            "𠀀5𠀀万",
            "1,2345",
            "５．",
            "约",
            "第",
            "百分之",
            "百分之点",
            "百分之五点",
            "百分之五点五五五五五五五五五五五五五五五五五五五五五",
        ] {
            let _ = find_quantities(s);
        }
    }
}

#[cfg(test)]
mod corpus_scan {
    use super::*;

    /// Every quantity read from the real corpus quotes its own span, and no unit is empty.
    #[test]
    fn spans_quote_the_text_on_the_whole_corpus() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus");
        let Ok(rd) = std::fs::read_dir(dir) else {
            eprintln!("corpus absent; skipping");
            return;
        };
        let mut n = 0;
        for e in rd.flatten() {
            let Ok(s) = std::fs::read_to_string(e.path()) else {
                continue;
            };
            for line in s.lines() {
                for q in find_quantities(line) {
                    n += 1;
                    assert_eq!(line.get(q.span.start..q.span.end), Some(q.text.as_str()));
                    assert!(
                        q.value.is_some() != (q.low.is_some() && q.high.is_some()),
                        "{q:?}"
                    );
                    assert!(q.unit.as_deref() != Some(""), "{q:?}");
                    if let (Some(l), Some(h)) = (q.low, q.high) {
                        assert!(l <= h, "{q:?}");
                    }
                }
            }
        }
        eprintln!("{n} quantities checked");
    }

    /// Prints suspicious readings over the whole corpus (run with --ignored --nocapture).
    #[test]
    #[ignore]
    fn scan() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared");
        let mut total = 0;
        for d in ["corpus", "seeds"] {
            let Ok(rd) = std::fs::read_dir(format!("{dir}/{d}")) else {
                continue;
            };
            for e in rd.flatten() {
                let Ok(s) = std::fs::read_to_string(e.path()) else {
                    continue;
                };
                let qs = find_quantities(&s);
                total += qs.len();
                for q in qs {
                    let chinese = q.text.chars().any(|c| {
                        super::numeral::is_numeral_char(c)
                            && !matches!(c, '万' | '亿' | '千' | '百')
                    });
                    if std::env::var("SCAN_ALL").is_ok()
                        || chinese
                        || q.unit.is_none()
                        || q.unit.as_deref() == Some("年")
                    {
                        let a = q.span.start.saturating_sub(9);
                        let mut a2 = a;
                        while !s.is_char_boundary(a2) {
                            a2 += 1;
                        }
                        let b = (q.span.end + 6).min(s.len());
                        let mut b2 = b;
                        while !s.is_char_boundary(b2) {
                            b2 -= 1;
                        }
                        println!(
                            "{:?} {:?} {:?} | {}",
                            q.value.or(q.low),
                            q.unit,
                            q.qualifier,
                            s[a2..b2].replace('\n', " ")
                        );
                    }
                }
            }
        }
        println!("total {total}");
    }
}
