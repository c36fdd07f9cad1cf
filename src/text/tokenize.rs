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
//! Word segmentation is jieba's maximum-probability route over its dictionary, without HMM,
//! producing exactly the tokens of jieba-rs `cut(text, false)` with the same terms added
//! (a test compares both on every corpus file). It does not build jieba at run time
//! (~125 ms per process): build.rs compiles jieba's dictionary and the terms into a trie that
//! is embedded in the binary and read in place, so the first token costs well under 1 ms.

use super::is_digit;
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

impl Token<'_> {
    /// Byte offset just past the token in the input.
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }
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
    // The segmenter's buffers are kept per thread: callers segment many short texts (clauses,
    // lines), and two allocations per call were a large share of their cost.
    thread_local! {
        static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::default();
    }
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut scratch) => tokenize_into(text, &mut scratch, &mut out),
        Err(_) => tokenize_into(text, &mut Scratch::default(), &mut out),
    });
    out
}

/// [`tokenize`] with the given buffers, appending to `out`.
fn tokenize_into<'a>(text: &'a str, scratch: &mut Scratch, out: &mut Vec<Token<'a>>) {
    tokenize_traced(text, scratch, out, &mut NoProbe);
}

/// [`tokenize_into`], telling `probe` what the segmenter saw at each position.
fn tokenize_traced<'a>(
    text: &'a str,
    scratch: &mut Scratch,
    out: &mut Vec<Token<'a>>,
    probe: &mut impl Probe,
) {
    let mut pos = 0;
    for (start, end) in number_spans(text) {
        segment_words(text, pos, start, scratch, out, probe);
        out.push(Token {
            text: &text[start..end],
            start,
            kind: TokenKind::Number,
        });
        pos = end;
    }
    segment_words(text, pos, text.len(), scratch, out, probe);
}

/// The tokens of `text` and, for each part `text[a..b]` of `parts`, the range of those
/// tokens that [`tokenize`] of the part alone gives (same texts and kinds, starts shifted by
/// `a`), or `None` when that is not certain and the part must be segmented on its own.
///
/// The commitments' masked texts are segmented whole and clause by clause; this segments
/// each once. A part's tokens are the whole's tokens inside it when
/// * a token of the whole starts at `a` and one ends at `b` (nothing crosses the part's
///   edges: no word, number, joined Latin run or whitespace run);
/// * the part alone has the same numbers ([`number_spans`] of the part, whose look-around
///   may reach past its edges, equals the whole's spans inside it);
/// * the segmenter's choices inside the part do not depend on what follows `b`. The best
///   route at a character depends only on the characters after it up to the end of its
///   block, so this holds outright where the block ends by `b`. Where the whole's block
///   runs on past `b`, every character of the part in that block must have no dictionary
///   word reaching past `b` (so both see the same candidate words) and a best word that
///   beats the runner-up by a clear margin (`TIGHT_MARGIN`): then the whole's route
///   differs from the part's by the same constant at every character (up to float rounding
///   far below the margin) and makes the same choices.
///
/// Needs the compiled dictionary (it reports what the route saw); with plain jieba-rs every
/// part is `None`.
pub fn tokenize_parts<'a>(
    text: &'a str,
    parts: &[(usize, usize)],
) -> (Vec<Token<'a>>, Vec<Option<std::ops::Range<usize>>>) {
    let mut out = Vec::with_capacity(text.len() / 4 + 1);
    let mut trace = Trace {
        seen: vec![Seen::default(); text.len()],
    };
    tokenize_traced(text, &mut Scratch::default(), &mut out, &mut trace);
    if !matches!(segmenter(), Segmenter::Compiled(_)) {
        return (out, vec![None; parts.len()]);
    }
    let spans: Vec<(usize, usize)> = out
        .iter()
        .filter(|t| t.kind == TokenKind::Number)
        .map(|t| (t.start, t.end()))
        .collect();
    // The segmenter never sees the numbers' characters; each starts with a digit or numeral.
    for &(start, _) in &spans {
        if let Some(s) = trace.seen.get_mut(start) {
            s.may_start_number = true;
        }
    }
    let derived = parts
        .iter()
        .map(|&(a, b)| part_tokens(text, &out, &spans, &trace, a, b))
        .collect();
    (out, derived)
}

/// The range of `tokens` (of `text`) that segmenting `text[a..b]` alone gives, when
/// [`tokenize_parts`]'s conditions hold.
fn part_tokens(
    text: &str,
    tokens: &[Token],
    spans: &[(usize, usize)],
    trace: &Trace,
    a: usize,
    b: usize,
) -> Option<std::ops::Range<usize>> {
    let part = text.get(a..b)?;
    let first = tokens.partition_point(|t| t.start < a);
    let end = tokens.partition_point(|t| t.start < b);
    let starts_at = |i: usize, at: usize| tokens.get(i).map_or(at == text.len(), |t| t.start == at);
    if !starts_at(first, a) || !starts_at(end, b) {
        return None;
    }
    let seen = &trace.seen[a..b];
    let settled = seen
        .iter()
        .all(|s| (s.block_end as usize) <= b || (s.reach as usize <= b && !s.tight));
    if !settled {
        return None;
    }
    // Spans start only where a number may start: with no such character, neither the part
    // alone nor the whole has a number in it. Otherwise compare.
    if seen.iter().any(|s| s.may_start_number) {
        let inside = spans
            .iter()
            .filter(|&&(s, _)| a <= s && s < b)
            .map(|&(s, e)| (s - a, e - a));
        if !number_spans(part).into_iter().eq(inside) {
            return None;
        }
    }
    Some(first..end)
}

/// What the segmenter reports of each character of a block it routes.
trait Probe {
    /// The character at byte `at`: its block ends at byte `block_end`, its longest
    /// dictionary word ends at byte `reach` (or the character itself when none), and
    /// whether its best word won by less than [`TIGHT_MARGIN`]. Offsets are relative to
    /// the string given to [`CompiledDict::cut`].
    fn han(&mut self, at: usize, reach: usize, block_end: usize, tight: bool);

    /// The segmenter saw character `c` at byte `at` (every character it cuts, once or more).
    fn char(&mut self, at: usize, c: char);
}

/// The probe of plain [`tokenize`]: reports go nowhere (and the code computing them is
/// compiled away).
struct NoProbe;

impl Probe for NoProbe {
    #[inline(always)]
    fn han(&mut self, _: usize, _: usize, _: usize, _: bool) {}

    #[inline(always)]
    fn char(&mut self, _: usize, _: char) {}
}

/// A probe for a piece starting at byte `base` of the text another probe traces.
struct Shifted<'p, P> {
    base: usize,
    inner: &'p mut P,
}

impl<P: Probe> Probe for Shifted<'_, P> {
    #[inline(always)]
    fn han(&mut self, at: usize, reach: usize, block_end: usize, tight: bool) {
        let b = self.base;
        self.inner.han(b + at, b + reach, b + block_end, tight);
    }

    #[inline(always)]
    fn char(&mut self, at: usize, c: char) {
        self.inner.char(self.base + at, c);
    }
}

/// What [`tokenize_parts`] records per byte of the text, at the first byte of each
/// character: the route's facts for characters in a routed block (zero elsewhere, which no
/// check rejects), and for every character whether a number may start there.
#[derive(Clone, Copy, Default)]
struct Seen {
    block_end: u32,
    reach: u32,
    tight: bool,
    /// A number span can start here ([`may_start_number`]; known for every character).
    may_start_number: bool,
}

struct Trace {
    seen: Vec<Seen>,
}

impl Probe for Trace {
    fn han(&mut self, at: usize, reach: usize, block_end: usize, tight: bool) {
        if let Some(s) = self.seen.get_mut(at) {
            s.block_end = block_end as u32;
            s.reach = reach as u32;
            s.tight = tight;
        }
    }

    fn char(&mut self, at: usize, c: char) {
        if let Some(s) = self.seen.get_mut(at) {
            s.may_start_number = may_start_number(c);
        }
    }
}

/// A best word whose route beats the runner-up's by at most this much, relative to the
/// route's size (1 + |log-probability|), counts as a near tie for [`tokenize_parts`]. Float
/// rounding over a route of n words moves it by about n × 2⁻⁵² relative, far less.
const TIGHT_MARGIN: f64 = 1e-6;

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
    /// The generic words, hashed with a fast hasher, and the longest one's length in bytes:
    /// a longer word needs no lookup (most content words are long).
    static SET: OnceLock<(rustc_hash::FxHashSet<&'static str>, usize)> = OnceLock::new();
    let (set, longest) = SET.get_or_init(|| {
        let longest = GENERIC_WORDS.iter().map(|w| w.len()).max().unwrap_or(0);
        (GENERIC_WORDS.iter().copied().collect(), longest)
    });
    word.len() <= *longest && set.contains(word)
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
    "新",
    "好",
    "大",
    "多",
    "强",
    "提",
    "全",
    "用",
    "一",
    "做",
    "超",
    "化",
    "更加",
    "更好",
    "到",
    "能",
    "达",
    "占",
    "有序",
    "办好",
    "贯彻",
    "发挥",
    "保持",
    "基本",
    "重大",
    "重要",
    "综合",
    "高水平",
    "高质量",
    "高质量发展",
    "全国",
    "全省",
    "全市",
    "新增",
    "力度",
    "加快推进",
    "大力推进",
    "深入推进",
    "着力推进",
    "不断提高",
    "以上",
    "以下",
    "通过",
    "围绕",
    "按照",
    "根据",
    "关于",
    "进而",
    "一批",
    "一系列",
    "今年",
    "去年",
    "过去",
    "一年",
    "近年来",
    "目前",
    "当前",
    "各位",
    "代表",
];

/// Plain jieba-rs with the default dictionary plus `data/terms.txt`, added in file order.
///
/// This is the reference the compiled segmenter reproduces token for token; it is also the
/// fallback when the build could not compile the dictionary. Building it takes ~125 ms.
pub fn reference_jieba() -> Jieba {
    let mut jieba = Jieba::new();
    for (term, freq) in terms() {
        jieba.add_word(term, Some(freq), None);
    }
    jieba
}

/// The word segmenter, set up once per process.
enum Segmenter {
    /// The dictionary compiled by build.rs, read in place: no start-up cost.
    Compiled(CompiledDict),
    /// Plain jieba-rs, when the build found no dictionary to compile.
    Jieba(Box<Jieba>),
}

fn segmenter() -> &'static Segmenter {
    static SEGMENTER: OnceLock<Segmenter> = OnceLock::new();
    SEGMENTER.get_or_init(|| match CompiledDict::embedded() {
        Some(dict) => Segmenter::Compiled(dict),
        None => Segmenter::Jieba(Box::new(reference_jieba())),
    })
}

/// Total frequency of jieba-rs's default dictionary (`Jieba::new()`), used to turn a
/// frequency into a log-probability on the fallback path, where jieba-rs keeps its total
/// private; the policy terms' frequencies are added to it as [`reference_jieba`] adds them.
const JIEBA_DEFAULT_TOTAL: usize = 60_101_964;

/// How common `word` is in general language (通用词频): ln(freq / total) from jieba's
/// dictionary (with the policy terms of `data/terms.txt` added), or `None` when the
/// dictionary does not list it. About -8 for everyday words (时期, 资源), -11 and below for
/// rare ones (低空 -12, 短剧 -15). Works with and without the compiled dictionary.
pub fn dictionary_log_prob(word: &str) -> Option<f64> {
    if word.is_empty() {
        return None;
    }
    match segmenter() {
        Segmenter::Compiled(dict) => dict.lookup(word),
        Segmenter::Jieba(jieba) => jieba_log_prob(jieba, word),
    }
}

/// [`dictionary_log_prob`] through jieba-rs's public API: `suggest_freq` of a listed word
/// is its own frequency (or one more, from rounding).
fn jieba_log_prob(jieba: &Jieba, word: &str) -> Option<f64> {
    jieba
        .has_word(word)
        .then(|| (jieba.suggest_freq(word) as f64).ln() - fallback_log_total())
}

/// ln(total) of [`reference_jieba`]'s dictionary (exact unless a term repeats a jieba word).
fn fallback_log_total() -> f64 {
    static LOG_TOTAL: OnceLock<f64> = OnceLock::new();
    *LOG_TOTAL.get_or_init(|| {
        let terms: usize = terms().map(|(_, freq)| freq).sum();
        ((JIEBA_DEFAULT_TOTAL + terms) as f64).ln()
    })
}

/// Cut `s` exactly as jieba-rs `cut(s, false)` with [`reference_jieba`] would, handing each
/// piece to `emit` as a byte range of `s`.
pub fn cut_like_jieba(s: &str, mut emit: impl FnMut(usize, usize)) {
    cut_with(s, &mut Scratch::default(), &mut emit, &mut NoProbe);
}

/// Buffers reused across the pieces of one text: its characters and best route.
#[derive(Default)]
struct Scratch {
    chars: Vec<(usize, char)>,
    route: Vec<(f64, usize)>,
}

fn cut_with(
    s: &str,
    scratch: &mut Scratch,
    emit: &mut impl FnMut(usize, usize),
    probe: &mut impl Probe,
) {
    match segmenter() {
        Segmenter::Compiled(dict) => dict.cut(s, scratch, emit, probe),
        Segmenter::Jieba(jieba) => {
            for t in jieba.cut(s, false) {
                emit(t.byte_start, t.byte_end);
            }
        }
    }
}

/// Cut `text[from..to]` (no numbers inside) into words, punctuation and space runs.
fn segment_words<'a>(
    text: &'a str,
    from: usize,
    to: usize,
    scratch: &mut Scratch,
    out: &mut Vec<Token<'a>>,
    probe: &mut impl Probe,
) {
    let Some(piece) = text.get(from..to).filter(|p| !p.is_empty()) else {
        return;
    };
    let mut probe = Shifted {
        base: from,
        inner: probe,
    };
    cut_with(
        piece,
        scratch,
        &mut |a, b| push_piece(text, from + a, &piece[a..b], out),
        &mut probe,
    );
}

/// Append one segmenter piece, merging adjacent whitespace into one Space token.
#[inline]
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
#[inline]
fn classify(piece: &str) -> TokenKind {
    // The common case first: a word starting with a CJK ideograph or ASCII letter/digit.
    let starts_word = |c: char| c.is_ascii_alphanumeric() || ('\u{4E00}'..='\u{9FFF}').contains(&c);
    let mut chars = piece.chars();
    let first = chars.next();
    if first.is_some_and(starts_word) {
        return TokenKind::Word;
    }
    if let (Some(c), "") = (first, chars.as_str()) {
        // One character (most punctuation): the general rules below, for that character.
        return if is_common_punct(c) {
            TokenKind::Punct
        } else if c.is_whitespace() {
            TokenKind::Space
        } else if c.is_alphanumeric() {
            TokenKind::Word
        } else {
            TokenKind::Punct
        };
    }
    if piece.chars().all(char::is_whitespace) {
        TokenKind::Space
    } else if piece.chars().any(char::is_alphanumeric) {
        TokenKind::Word
    } else {
        TokenKind::Punct
    }
}

/// Punctuation frequent in reports, neither whitespace nor alphanumeric (a test checks), so
/// classifying it needs no Unicode table search.
fn is_common_punct(c: char) -> bool {
    matches!(
        c,
        ',' | '.'
            | ';'
            | ':'
            | '"'
            | '\''
            | '('
            | ')'
            | '-'
            | '、'
            | '。'
            | '，'
            | '；'
            | '：'
            | '“'
            | '”'
            | '‘'
            | '’'
            | '（'
            | '）'
            | '《'
            | '》'
            | '—'
            | '…'
            | '！'
            | '？'
    )
}

// ---------------------------------------------------------------------------------------
// Compiled dictionary (build.rs)

#[cfg(govdiff_compiled_dict)]
static DICT_BIN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dict.bin"));
#[cfg(not(govdiff_compiled_dict))]
static DICT_BIN: &[u8] = &[];

const DICT_MAGIC: u32 = 0x4a42_4433;
const ROOT_TABLE_LEN: usize = 0x1_0000;
/// Bit layout of the compiled trie; must match build.rs.
const NODE_BITS: u32 = 20;
const CHAR_BITS: u32 = 21;
const KEY_BITS: u32 = NODE_BITS + CHAR_BITS;
const KEY_MASK: u64 = (1 << KEY_BITS) - 1;
const MULTIPLIER: u64 = 0x9E37_79B9_7F4A_7C15;
/// How many characters ahead of the route calculation the trie walk is prefetched.
const PREFETCH_DISTANCE: usize = 4;

/// A trie node as an edge leads to it: id, whether a word ends there, whether it has
/// children (`node | is_word << 20 | has_children << 21`, as build.rs packs it).
#[derive(Clone, Copy)]
struct NodeRef(u32);

impl NodeRef {
    const ROOT: NodeRef = NodeRef(1 << (NODE_BITS + 1));

    fn id(self) -> usize {
        (self.0 & ((1 << NODE_BITS) - 1)) as usize
    }
    fn is_word(self) -> bool {
        self.0 & (1 << NODE_BITS) != 0
    }
    fn has_children(self) -> bool {
        self.0 & (1 << (NODE_BITS + 1)) != 0
    }
}

/// jieba's dictionary plus the policy terms as a character trie, laid out by build.rs (see
/// its doc for the format) and read in place from the binary: setting it up costs nothing,
/// and only the pages a text touches are ever loaded.
struct CompiledDict {
    /// ln(total frequency): an unknown character scores ln(1) - this.
    log_total: f64,
    /// Pointer to the root's child for each BMP character (0 for none), u32 each.
    root: &'static [u8],
    /// Every other edge, hashed by `parent << 21 | char`, u64 each.
    slots: &'static [u8],
    slot_count: usize,
    /// Per node, where a word ends, the index of its score in `scores`; u16 each.
    score_of: &'static [u8],
    /// Distinct values of ln(freq) - ln(total); f64 each.
    scores: &'static [u8],
}

/// The `i`-th little-endian u32 of `b` (0 past the end, which a valid file never reaches).
#[inline]
fn u32_at(b: &[u8], i: usize) -> u32 {
    b.get(4 * i..4 * i + 4)
        .and_then(|w| w.try_into().ok())
        .map_or(0, u32::from_le_bytes)
}

#[inline]
fn u64_at(b: &[u8], i: usize) -> u64 {
    b.get(8 * i..8 * i + 8)
        .and_then(|w| w.try_into().ok())
        .map_or(0, u64::from_le_bytes)
}

impl CompiledDict {
    /// The dictionary build.rs compiled into this binary, if it did and it is well formed.
    fn embedded() -> Option<CompiledDict> {
        Self::parse(DICT_BIN)
    }

    fn parse(bin: &'static [u8]) -> Option<CompiledDict> {
        if bin.len() < 24 || u32_at(bin, 0) != DICT_MAGIC {
            return None;
        }
        let nodes = u32_at(bin, 1) as usize;
        let slot_count = u32_at(bin, 2) as usize;
        let score_count = u32_at(bin, 3) as usize;
        let log_total = f64::from_bits(u64_at(bin, 2));
        let (root, rest) = bin.get(24..)?.split_at_checked(4 * ROOT_TABLE_LEN)?;
        let (slots, rest) = rest.split_at_checked(8 * slot_count)?;
        let (score_of, rest) = rest.split_at_checked(2 * nodes)?;
        let (scores, rest) = rest.split_at_checked(8 * score_count)?;
        (rest.is_empty() && slot_count > 0).then_some(CompiledDict {
            log_total,
            root,
            slots,
            slot_count,
            score_of,
            scores,
        })
    }

    /// The node reached from `node` by character `c`.
    #[inline]
    fn child(&self, node: NodeRef, c: char) -> Option<NodeRef> {
        if !node.has_children() {
            return None;
        }
        let id = node.id();
        if id == 0 && (c as usize) < ROOT_TABLE_LEN {
            return Some(NodeRef(u32_at(self.root, c as usize))).filter(|n| n.0 != 0);
        }
        let key = (id as u64) << CHAR_BITS | c as u64;
        let mut i = self.slot_index(key);
        loop {
            let slot = u64_at(self.slots, i);
            if slot == 0 {
                return None;
            }
            if slot & KEY_MASK == key {
                return Some(NodeRef((slot >> KEY_BITS) as u32));
            }
            i = if i + 1 == self.slot_count { 0 } else { i + 1 };
        }
    }

    /// Home slot of an edge key (same function as build.rs).
    #[inline]
    fn slot_index(&self, key: u64) -> usize {
        ((key.wrapping_mul(MULTIPLIER) as u128 * self.slot_count as u128) >> 64) as usize
    }

    /// Touch the hash slot for the edge `c1 → c2` (a two-character prefix).
    #[inline]
    fn prefetch(&self, c1: char, c2: char) {
        if (c1 as usize) < ROOT_TABLE_LEN {
            let node = NodeRef(u32_at(self.root, c1 as usize));
            if node.has_children() {
                let key = (node.id() as u64) << CHAR_BITS | c2 as u64;
                std::hint::black_box(u64_at(self.slots, self.slot_index(key)));
            }
        }
    }

    /// ln(freq) - ln(total) of `word` if the dictionary lists it as a word.
    fn lookup(&self, word: &str) -> Option<f64> {
        let mut node = NodeRef::ROOT;
        for c in word.chars() {
            node = self.child(node, c)?;
        }
        node.is_word().then(|| self.score(node))
    }

    /// Score of a word ending at `node`: ln(freq) - ln(total).
    #[inline]
    fn score(&self, node: NodeRef) -> f64 {
        let i = node.id();
        let index = self
            .score_of
            .get(2 * i..2 * i + 2)
            .map_or(0, |b| u16::from_le_bytes([b[0], b[1]]));
        f64::from_bits(u64_at(self.scores, index as usize))
    }

    /// jieba-rs `cut(s, false)`: runs of [`is_han_default`] characters are segmented along
    /// the maximum-probability route; every other character is a piece of its own, except
    /// that CR LF stays together.
    fn cut(
        &self,
        s: &str,
        scratch: &mut Scratch,
        emit: &mut impl FnMut(usize, usize),
        probe: &mut impl Probe,
    ) {
        let Scratch { chars, route } = scratch;
        let mut pos = 0;
        while let Some(first) = char_at(s, pos) {
            let han = is_han_default(first);
            chars.clear();
            let mut end = pos;
            for (i, c) in s[pos..].char_indices() {
                if is_han_default(c) != han {
                    break;
                }
                probe.char(pos + i, c);
                chars.push((pos + i, c));
                end = pos + i + c.len_utf8();
            }
            if han {
                self.cut_block(chars, end, route, emit, probe);
            } else {
                let mut k = 0;
                while let Some(&(offset, c)) = chars.get(k) {
                    if c == '\r' && chars.get(k + 1).is_some_and(|&(_, n)| n == '\n') {
                        emit(offset, offset + 2);
                        k += 2;
                    } else {
                        emit(offset, offset + c.len_utf8());
                        k += 1;
                    }
                }
            }
            pos = end;
        }
    }

    /// Segment one block: the best route from every character (computed from the end, as
    /// jieba's `calc` does, with the same tie-break toward the longer word), then the route's
    /// words, with runs of single ASCII letters/digits joined into one piece.
    fn cut_block(
        &self,
        chars: &[(usize, char)],
        block_end: usize,
        route: &mut Vec<(f64, usize)>,
        emit: &mut impl FnMut(usize, usize),
        probe: &mut impl Probe,
    ) {
        let n = chars.len();
        route.clear();
        route.resize(n + 1, (0.0, n));
        let log1 = 0.0 - self.log_total;
        for idx in (0..n).rev() {
            // Start loading the first hashed edge of the walk a few characters ahead, so its
            // cache miss overlaps this walk instead of stalling the later one.
            if let Some(&[(_, c1), (_, c2)]) = idx
                .checked_sub(PREFETCH_DISTANCE)
                .and_then(|at| chars.get(at..at + 2))
            {
                self.prefetch(c1, c2);
            }
            let mut best: Option<(f64, usize)> = None;
            // For the probe: the runner-up's route and the longest word's end.
            let mut second = f64::NEG_INFINITY;
            let mut reach = idx + 1;
            let mut node = NodeRef::ROOT;
            let mut next = idx;
            while let Some(&(_, c)) = chars.get(next) {
                let Some(child) = self.child(node, c) else {
                    break;
                };
                node = child;
                next += 1;
                if !node.is_word() {
                    continue;
                }
                reach = next;
                let prob = self.score(node) + route[next].0;
                let better = match best {
                    Some((p, e)) => prob > p || (prob == p && next > e),
                    None => true,
                };
                if better {
                    if let Some((p, _)) = best {
                        second = p;
                    }
                    best = Some((prob, next));
                } else {
                    second = second.max(prob);
                }
            }
            let tight = best.is_some_and(|(p, _)| p - second <= TIGHT_MARGIN * (1.0 + p.abs()));
            let byte = |i: usize| chars.get(i).map_or(block_end, |c| c.0);
            probe.han(byte(idx), byte(reach), block_end, tight);
            route[idx] = best.unwrap_or((log1 + route[idx + 1].0, idx + 1));
        }

        let byte = |i: usize| chars.get(i).map_or(block_end, |c| c.0);
        let mut x = 0;
        let mut left = None;
        while x < n {
            let y = route[x].1;
            if y - x == 1 && chars[x].1.is_ascii_alphanumeric() {
                left.get_or_insert(x);
            } else {
                if let Some(l) = left.take() {
                    emit(byte(l), byte(x));
                }
                emit(byte(x), byte(y));
            }
            x = y;
        }
        if let Some(l) = left {
            emit(byte(l), byte(n));
        }
    }
}

/// jieba's RE_HAN_DEFAULT class: CJK ideographs, ASCII letters and digits, and `+#&._%-`.
fn is_han_default(c: char) -> bool {
    // The common cases first: the basic CJK block, then ASCII.
    if ('\u{4E00}'..='\u{9FFF}').contains(&c) {
        return true;
    }
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || matches!(c, '+' | '#' | '&' | '.' | '_' | '%' | '-');
    }
    matches!(c,
        '\u{4E00}'..='\u{9FFF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2A6DF}'
        | '\u{2A700}'..='\u{2B73F}'
        | '\u{2B740}'..='\u{2B81F}'
        | '\u{2B820}'..='\u{2CEAF}'
        | '\u{2CEB0}'..='\u{2EBEF}'
        | '\u{2F800}'..='\u{2FA1F}'
        | 'a'..='z' | 'A'..='Z' | '0'..='9'
        | '+' | '#' | '&' | '.' | '_' | '%' | '-')
}

// ---------------------------------------------------------------------------------------
// Number spans (数量)

/// Units and counters (量词/单位) that may follow a number written in digits. Longest match
/// wins, so compound units need no ordering here.
static DIGIT_UNITS: Lexicon = Lexicon::new(&[
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
    "周年",
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
]);

/// Counters that make a run of Chinese numerals a quantity (十件, 两个, 三万亩). Kept short:
/// 一次性, 一度, 一成不变 must stay words.
static CHINESE_COUNTERS: Lexicon = Lexicon::new(&[
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
    "斤",
    "公斤",
    "平方米",
    "平方公里",
    "公顷",
]);

/// Words after a quantity that qualify it (约数): 左右, 以上 …
static QUALIFIERS: Lexicon = Lexicon::new(&["左右", "以上", "以下", "以内", "上下", "之内"]);

/// Magnitudes after digits (数位), longest first.
static MAGNITUDES: Lexicon =
    Lexicon::new(&["万亿", "千万", "百万", "十万", "万", "亿", "千", "百"]);

/// Characters before a Chinese numeral that make it part of a word, not a quantity
/// (统一, 唯一, 同一, 逐一, 之一, 第一 …).
const NUMERAL_BLOCKERS: &[char] = &[
    '统', '唯', '同', '逐', '单', '划', '专', '合', '之', '第', '万', '归',
];

/// Chinese numerals that can start a quantity (not 百/千/万/亿 alone: 千家万户 is no number).
fn is_chinese_digit(c: char) -> bool {
    matches!(
        c,
        '零' | '〇' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '两'
    )
}

/// Where [`number_spans`] may start a span: a digit or a Chinese digit.
fn may_start_number(c: char) -> bool {
    is_digit(c) || is_chinese_digit(c)
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

/// A short word list searched by prefix, indexed by first character on first use.
struct Lexicon {
    words: &'static [&'static str],
    by_first: OnceLock<Vec<(char, &'static str)>>,
}

impl Lexicon {
    const fn new(words: &'static [&'static str]) -> Lexicon {
        Lexicon {
            words,
            by_first: OnceLock::new(),
        }
    }

    /// The entries starting with `c`.
    fn starting_with(&self, c: char) -> impl Iterator<Item = &'static str> + '_ {
        let index = self.by_first.get_or_init(|| {
            let mut v: Vec<(char, &'static str)> = self
                .words
                .iter()
                .filter_map(|w| Some((w.chars().next()?, *w)))
                .collect();
            v.sort_unstable();
            v
        });
        let from = index.partition_point(|&(f, _)| f < c);
        index[from..]
            .iter()
            .take_while(move |&&(f, _)| f == c)
            .map(|&(_, w)| w)
    }
}

/// 余/多 (more than) between a number and its unit: 1200余万人, 100多家.
static APPROXIMATE: Lexicon = Lexicon::new(&["余", "多"]);

/// Length of the longest entry of `list` that `s[i..]` starts with, or 0.
fn longest_prefix(s: &str, i: usize, list: &Lexicon) -> usize {
    let rest = s.get(i..).unwrap_or("");
    let Some(first) = rest.chars().next() else {
        return 0;
    };
    list.starting_with(first)
        .filter(|w| rest.starts_with(*w))
        .map(str::len)
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
    // Everything before `resume` is inside a span or a Latin run already dealt with.
    let mut resume = 0;
    for (i, c) in text.char_indices() {
        if i < resume {
            continue;
        }
        if c.is_ascii_alphabetic() {
            // A Latin run with digits (5G, PM2.5, C919) is a name, not a quantity.
            resume = skip_latin_run(text, i);
            continue;
        }
        if is_digit(c) {
            match digit_quantity(text, i) {
                Some(end) => {
                    spans.push((i, end));
                    resume = end;
                }
                None => resume = skip_latin_run(text, i),
            }
        } else if is_chinese_digit(c) {
            if let Some(end) = chinese_quantity(text, i) {
                spans.push((i, end));
                resume = end;
            }
        } else if c == '百' {
            if let Some(end) = spelled_percent(text, i) {
                spans.push((i, end));
                resume = end;
            }
        }
    }
    spans
}

/// 百分之 opens a percentage written out in words.
const SPELLED_PERCENT: &str = "百分之";

/// A percentage written out at `i` (百分之五点五左右, 百分之四点五至百分之五): its end.
fn spelled_percent(s: &str, i: usize) -> Option<usize> {
    let one = |at: usize| -> Option<usize> {
        let start = at
            + s.get(at..)?
                .starts_with(SPELLED_PERCENT)
                .then_some(SPELLED_PERCENT.len())?;
        let end = numerals(s, start);
        (end > start).then(|| spelled_decimal(s, end))
    };
    let mut end = one(i)?;
    while let Some(dash) = char_at(s, end).filter(|&c| is_range_dash(c)) {
        match one(end + dash.len_utf8()) {
            Some(e) => end = e,
            None => break,
        }
    }
    Some(end + longest_prefix(s, end, &QUALIFIERS))
}

/// End of the run of Chinese numerals at `i`.
fn numerals(s: &str, mut i: usize) -> usize {
    while let Some(c) = char_at(s, i).filter(|&c| is_chinese_numeral(c)) {
        i += c.len_utf8();
    }
    i
}

/// After Chinese numerals ending at `i`, the end of a decimal part written out (点五 of
/// 三点五): 点 and digits; `i` when there is none.
fn spelled_decimal(s: &str, i: usize) -> usize {
    let Some('点') = char_at(s, i) else {
        return i;
    };
    let mut end = i + '点'.len_utf8();
    while let Some(c) = char_at(s, end).filter(|&c| is_chinese_digit(c) && c != '十') {
        end += c.len_utf8();
    }
    if end == i + '点'.len_utf8() {
        i
    } else {
        end
    }
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
    Some(end + longest_prefix(s, end, &QUALIFIERS))
}

/// Magnitude, 余/多, percent or unit after a digit core ending at `i`.
fn digit_suffix(s: &str, mut i: usize) -> usize {
    // A unit that opens with a magnitude's character is the unit: 400亿千瓦时 ends in 千瓦时,
    // not in 千 with 瓦时 left over as text (a word diff showed ~~400亿千~~**450亿千**瓦时).
    let magnitude = |i: usize| {
        if longest_prefix(s, i, &DIGIT_UNITS) > 0 {
            0
        } else {
            longest_prefix(s, i, &MAGNITUDES)
        }
    };
    i += magnitude(i);
    i += longest_prefix(s, i, &APPROXIMATE);
    i += magnitude(i);
    match char_at(s, i) {
        Some(c @ ('%' | '％' | '‰')) => i + c.len_utf8(),
        _ => i + longest_prefix(s, i, &DIGIT_UNITS),
    }
}

/// A quantity in Chinese numerals at `i` (十件, 两个, 三万亩以上): numerals then a counter.
fn chinese_quantity(s: &str, i: usize) -> Option<usize> {
    if char_before(s, i).is_some_and(|c| NUMERAL_BLOCKERS.contains(&c) || is_chinese_numeral(c)) {
        return None;
    }
    let mut end = numerals(s, i);
    // 一点二万亿元: a decimal written out goes on to a magnitude, which it needs.
    let decimal = spelled_decimal(s, end);
    if decimal > end {
        let magnitude = numerals(s, decimal);
        if magnitude > decimal
            && s[decimal..magnitude]
                .chars()
                .all(|c| matches!(c, '万' | '亿'))
        {
            end = magnitude;
        }
    }
    end += longest_prefix(s, end, &APPROXIMATE);
    let unit = longest_prefix(s, end, &CHINESE_COUNTERS);
    if unit == 0 || term_covers(s, i) {
        return None;
    }
    end += unit;
    Some(end + longest_prefix(s, end, &QUALIFIERS))
}

#[cfg(test)]
pub(crate) mod tests {
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

    /// Plain jieba-rs with the same terms, built once for all tests.
    fn reference() -> &'static Jieba {
        static REFERENCE: OnceLock<Jieba> = OnceLock::new();
        REFERENCE.get_or_init(reference_jieba)
    }

    /// Byte ranges of the pieces of a text.
    type Spans = Vec<(usize, usize)>;

    /// Pieces of `s` from plain jieba-rs and from the compiled dictionary.
    fn both_ways(dict: &CompiledDict, s: &str) -> (Spans, Spans) {
        let want = reference()
            .cut(s, false)
            .iter()
            .map(|t| (t.byte_start, t.byte_end))
            .collect();
        let mut got = Vec::new();
        dict.cut(
            s,
            &mut Scratch::default(),
            &mut |a, b| got.push((a, b)),
            &mut NoProbe,
        );
        (want, got)
    }

    fn assert_same_as_jieba(dict: &CompiledDict, name: &str, s: &str) {
        let (want, got) = both_ways(dict, s);
        if want != got {
            let at = want.iter().zip(&got).position(|(w, g)| w != g).unwrap_or(0);
            let show = |v: &[(usize, usize)]| -> Vec<String> {
                v.iter()
                    .skip(at)
                    .take(6)
                    .map(|&(a, b)| s[a..b].to_owned())
                    .collect()
            };
            panic!(
                "{name}: token {at} differs: jieba {:?} vs compiled {:?}",
                show(&want),
                show(&got)
            );
        }
    }

    #[test]
    fn compiled_dictionary_matches_jieba_on_samples_and_terms() {
        let Some(dict) = CompiledDict::embedded() else {
            eprintln!("no compiled dictionary in this build; nothing to compare");
            return;
        };
        let samples = [
            "我们中出了一个叛徒",
            "各位代表：\r\n现在，我代表市人民政府，向大会报告工作，请予审议。",
            "推进5G+工业互联网，PM2.5浓度下降，C919大飞机商业航天abc123 x",
            "南京市长江大桥，结婚的和尚未结婚的，工信处女干事每月经过下属科室",
            "𠀀𠀁 ﹏ａｂｃ １２３ 龘靐齉",
        ];
        for s in samples {
            assert_same_as_jieba(&dict, "sample", s);
        }
        for (term, _) in terms() {
            assert_same_as_jieba(&dict, term, &format!("要大力发展{term}和{term}产业。"));
        }
    }

    /// Token equality with plain jieba-rs over the whole corpus and the seeds, raw text and
    /// the pieces between numbers (about 3 s in a debug build).
    #[test]
    fn compiled_dictionary_matches_jieba_on_corpus() {
        let dirs = [
            concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus"),
            concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seeds"),
        ];
        let entries: Vec<_> = dirs
            .iter()
            .filter_map(|dir| std::fs::read_dir(dir).ok())
            .flat_map(|d| d.flatten())
            .collect();
        if entries.is_empty() {
            eprintln!("corpus absent at {}; skipping", dirs[0]);
            return;
        }
        let Some(dict) = CompiledDict::embedded() else {
            eprintln!("no compiled dictionary in this build; nothing to compare");
            return;
        };
        let mut files = 0;
        let mut pieces = 0;
        for entry in entries {
            let path = entry.path();
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            let name = path.display().to_string();
            assert_same_as_jieba(&dict, &name, &text);
            let (want, _) = both_ways(&dict, &text);
            pieces += want.len();
            let mut pos = 0;
            for (start, end) in number_spans(&text) {
                assert_same_as_jieba(&dict, &name, &text[pos..start]);
                pos = end;
            }
            assert_same_as_jieba(&dict, &name, &text[pos..]);
            files += 1;
        }
        eprintln!("{files} files, {pieces} jieba tokens, all identical");
        assert!(files > 0);
    }

    /// Checks [`tokenize_parts`] on `text` cut at `cuts` (byte offsets on char boundaries,
    /// ascending): every part it derives equals segmenting the part alone. Returns how many
    /// parts were derived.
    pub(crate) fn assert_parts_match(text: &str, cuts: &[usize]) -> usize {
        let parts: Vec<(usize, usize)> = cuts.windows(2).map(|w| (w[0], w[1])).collect();
        let (tokens, derived) = tokenize_parts(text, &parts);
        assert_eq!(tokens, tokenize(text), "{text:?}");
        let mut count = 0;
        for (&(a, b), d) in parts.iter().zip(&derived) {
            let Some(range) = d else { continue };
            count += 1;
            let got: Vec<(&str, usize, TokenKind)> = tokens[range.clone()]
                .iter()
                .map(|t| (t.text, t.start - a, t.kind))
                .collect();
            let want: Vec<(&str, usize, TokenKind)> = tokenize(&text[a..b])
                .iter()
                .map(|t| (t.text, t.start, t.kind))
                .collect();
            assert_eq!(got, want, "part {a}..{b} of {text:?}");
        }
        count
    }

    #[test]
    fn parts_taken_from_the_whole_equal_parts_alone() {
        // Cuts inside words, numbers, Latin runs and terms, and where a word or a Chinese
        // quantity would form across the cut (改革|开放, 三|个, 两个|维护).
        let cases: &[&[&str]] = &[
            &["改革", "开放"],
            &["新建公办幼儿园#所", "新增学位#个"],
            &["三", "个", "两个", "维护"],
            &["推进G", "AI应用", "5G网络"],
            &["新质生产", "力加快发展", "十五五规划"],
            &["", "统", "一大市场"],
            &["高效办成一件", "事"],
        ];
        let mut derived = 0;
        for parts in cases {
            let text: String = parts.concat();
            let mut cuts = vec![0];
            for p in *parts {
                cuts.push(cuts.last().unwrap_or(&0) + p.len());
            }
            derived += assert_parts_match(&text, &cuts);
        }
        assert!(derived > 0, "no part was ever derived");
        // Random texts from the characters the scanners treat specially, cut at random.
        let alphabet: Vec<char> = "0123456789.,%-—至一二两三十百千万亿个件所年人元左右以上\
                                   统第改革开放新质生产力发展经济aZG #|“”、。\n"
            .chars()
            .collect();
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = |n: usize| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize % n
        };
        for _ in 0..3000 {
            let len = next(24);
            let chars: Vec<char> = (0..len).map(|_| alphabet[next(alphabet.len())]).collect();
            let text: String = chars.iter().collect();
            let mut cuts: Vec<usize> = vec![0, text.len()];
            let mut at = 0;
            for c in &chars {
                at += c.len_utf8();
                if next(4) == 0 {
                    cuts.push(at);
                }
            }
            cuts.sort_unstable();
            cuts.dedup();
            assert_parts_match(&text, &cuts);
        }
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
        // (snippet of a real report in ../shared/corpus, the number tokens it must yield)
        let cases: &[(&str, &[&str])] = &[
            ("地区生产总值增长5%左右、努力争", &["5%左右"]),
            // beijing-2026: a unit that opens with 千 after a magnitude.
            ("外调绿电规模达450亿千瓦时，", &["450亿千瓦时"]),
            (
                "新增装机1800万千瓦，建成500千伏线路",
                &["1800万千瓦", "500千伏"],
            ),
            ("费品零售总额增长5.5%左右，出口增", &["5.5%左右"]),
            ("地区生产总值增长4.5%—5%，在实际", &["4.5%—5%"]),
            ("建改造高标准农田2.96万亩,产量稳", &["2.96万亩"]),
            ("城镇新增就业1200万人以上，城镇调", &["1200万人以上"]),
            ("推动体育发展，1110所学校体育场地", &["1110所"]),
            ("全面完成省十件民生实事", &["十件"]),
            ("建设高标准农田3.6万亩以上，力争粮", &["3.6万亩以上"]),
            ("公共预算收入增长4%左右", &["4%左右"]),
            ("地方政府专项债券4.4万亿元、比上年", &["4.4万亿元"]),
            ("产总值增长5.8％、增速全", &["5.8％"]),
            ("年均吸引4000余万人次参与", &["4000余万人次"]),
            ("累计为9000多家企业提供", &["9000多家"]),
            ("城镇居民高2.4个百分点。", &["2.4个百分点"]),
            (
                "均预期寿命从2020年的82.4岁提升至83.",
                &["2020年", "82.4岁", "83"],
            ),
            ("为孕产妇、0—6岁儿童", &["0—6岁"]),
            ("合生产能力保持在1.3万亿斤以上，提高能", &["1.3万亿斤以上"]),
            (
                "业年应纳税所得额100万元至300万元部分",
                &["100万元至300万元"],
            ),
            ("准做好新中国成立75周年庆祝活动", &["75周年"]),
            ("调查失业率控制在5%以内，居民消", &["5%以内"]),
            (
                "党的二十大到二〇三五年，用13年时间",
                &["二〇三五年", "13年"],
            ),
            ("深入抓好两个“关键小", &["两个"]),
            // Forms not in the corpus: thousands separators and a hyphen range.
            ("完成投资1,200亿元", &["1,200亿元"]),
            ("2021-2025年累计投资", &["2021-2025年"]),
            // Figures written out, as a transcript of the spoken report has them.
            ("国内生产总值增长百分之五点五左右，", &["百分之五点五左右"]),
            (
                "增长百分之四点五至百分之五，在",
                &["百分之四点五至百分之五"],
            ),
            ("完成投资一点二万亿元。", &["一点二万亿元"]),
            ("粮食产量一千三百亿斤以上", &["一千三百亿斤以上"]),
        ];
        for (text, want) in cases {
            assert_eq!(&numbers(text), want, "in {text}");
        }
        assert_eq!(texts("3.6万亩以上，力争"), ["3.6万亩以上", "，", "力争"]);
        assert!(texts("全面完成省十件民生实事").contains(&"民生实事"));
        // Not figures: 百分之 alone, 一点 as "a little", a decimal with no magnitude or unit.
        for s in ["百分之几", "一点一滴做起", "快一点五个", "百分之"] {
            assert!(
                numbers(s)
                    .iter()
                    .all(|n| !n.contains('点') && !n.starts_with('百')),
                "{s}: {:?}",
                numbers(s)
            );
        }
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
    fn arbitrary_text_is_covered_without_panics() {
        // Strings drawn from an alphabet of the characters the scanners treat specially.
        let alphabet: Vec<char> = "0123456789０１２.．,，%％‰-—～至到一二两十百千万亿零〇余多\
                                   个件所年人元亩左右以上下内统第aZ5G \r\n\u{3000}“”、。𠀀龘"
            .chars()
            .collect();
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..2000 {
            let len = (seed >> 59) as usize;
            let s: String = (0..len)
                .map(|_| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    alphabet[(seed >> 33) as usize % alphabet.len()]
                })
                .collect();
            let toks = tokenize(&s);
            let mut pos = 0;
            for t in &toks {
                assert_eq!(t.start, pos, "{s:?}");
                assert!(!t.text.is_empty(), "{s:?}");
                pos = t.end();
            }
            assert_eq!(pos, s.len(), "{s:?}");
        }
    }

    #[test]
    fn malformed_dictionary_is_rejected() {
        assert!(CompiledDict::parse(&[]).is_none());
        assert!(CompiledDict::parse(&[0; 64]).is_none());
        if !DICT_BIN.is_empty() {
            assert!(CompiledDict::parse(&DICT_BIN[..DICT_BIN.len() - 8]).is_none());
        }
    }

    #[test]
    fn common_punctuation_is_neither_space_nor_alphanumeric() {
        for c in ",.;:\"'()-、。，；：“”‘’（）《》—…！？".chars() {
            assert!(is_common_punct(c), "{c}");
            assert!(!c.is_whitespace() && !c.is_alphanumeric(), "{c}");
        }
        // One-character pieces classify as the general rules say.
        for s in ["，", " ", "\u{3000}", "a", "①", "é", "￥", "一", "\n"] {
            let c = s.chars().next().unwrap_or(' ');
            let want = if c.is_whitespace() {
                TokenKind::Space
            } else if c.is_alphanumeric() {
                TokenKind::Word
            } else {
                TokenKind::Punct
            };
            assert_eq!(classify(s), want, "{s:?}");
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

    #[test]
    fn dictionary_log_prob_ranks_common_above_rare_words() {
        let common = dictionary_log_prob("时期").expect("时期 is in jieba's dictionary");
        let rare = dictionary_log_prob("短剧").expect("短剧 is in jieba's dictionary");
        assert!(common > -9.0 && rare < -13.0, "{common} {rare}");
        // Policy terms are dictionary words too; made-up and partial words are not.
        assert!(dictionary_log_prob("新质生产力").is_some());
        assert_eq!(dictionary_log_prob("具身智"), None);
        assert_eq!(dictionary_log_prob(""), None);
        assert_eq!(dictionary_log_prob("的的的的"), None);
    }

    #[test]
    fn dictionary_log_prob_matches_the_jieba_fallback() {
        let jieba = reference_jieba();
        for w in [
            "时期",
            "资源",
            "一流",
            "低空",
            "短剧",
            "是否",
            "十五五",
            "具身智",
        ] {
            let compiled = dictionary_log_prob(w);
            let fallback = jieba_log_prob(&jieba, w);
            assert_eq!(compiled.is_some(), fallback.is_some(), "{w}");
            if let (Some(a), Some(b)) = (compiled, fallback) {
                assert!((a - b).abs() < 0.01, "{w}: {a} vs {b}");
            }
        }
    }
}
