//! Notable terms (值得关注的术语): which words of a report a reader would call a policy term.
//!
//! Term lists (new this year / no longer used) are only useful when they name things — 具身智能,
//! 低空经济, “1233” — rather than the everyday words that happen to appear in one year only
//! (时期, 是否, 就是). This module holds the one rule for that, so every listing of terms (the
//! diff's term changes, the trend view) agrees on what a term is.
//!
//! The rule: a word is notable when it is one of our policy terms (`data/terms.txt`), or it
//! has at least three characters and is not a stock phrase, or it is a two-character word
//! that is rare in general language (jieba's dictionary log-probability below
//! [`RARE_LOG_PROB`], or not listed at all) and not a function word. Quoted phrases “…” of
//! 2–16 characters are terms in their own right. Two such rare two-character words side by
//! side are the halves of one phrase the dictionary lacks (止跌回稳, 千行百业) and count as it.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

use super::tokenize::{self, TokenKind};
use super::{fold, is_cjk_ideograph};

/// Two-character words rarer than this in general language (ln(freq/total) from jieba's
/// dictionary; -12.9 is about 150 in 60 million) are notable: 短剧, 免签, 中试, 算力 …
/// Tuned on the corpus: at -11.5 everyday verbs of report prose (依托, 融入, 谋划) got in.
pub const RARE_LOG_PROB: f64 = -12.9;
/// Quoted phrases longer than this (in chars) are quotations, not terms.
pub const MAX_QUOTED_CHARS: usize = 16;

/// Whether `word` names a term by itself, so that once is enough to list it: one of our policy
/// terms (具身智能, 投资于人) or a phrase the report puts in quotes (“两新”). A new coinage is
/// often used once, in the one sentence that announces it.
pub fn is_named_term(word: &str) -> bool {
    word.starts_with('“') && word.ends_with('”') || is_policy_term(word)
}

/// Whether `word` is one of our policy terms (`data/terms.txt`).
pub fn is_policy_term(word: &str) -> bool {
    policy_terms().contains(word)
}

/// Whether `word` (one token, or a quoted phrase “…”) is a notable term.
pub fn is_notable(word: &str) -> bool {
    if let Some(inside) = word.strip_prefix('“').and_then(|w| w.strip_suffix('”')) {
        let n = inside.chars().count();
        return (2..=MAX_QUOTED_CHARS).contains(&n) && !inside.contains('\n');
    }
    if policy_terms().contains(word) {
        return true;
    }
    let chars = word.chars().count();
    // Cheapest tests first (the outcome does not depend on the order).
    if chars < 2
        || word
            .chars()
            // CJK ideographs are all alphanumeric: they skip the Unicode table lookup.
            .any(|c| c.is_ascii_digit() || !(is_cjk_ideograph(c) || c.is_alphanumeric()))
        || word.chars().all(|c| c.is_ascii_lowercase())
        || is_stock(word)
        || tokenize::is_generic(word)
    {
        return false;
    }
    if word.is_ascii() {
        // Acronyms such as AI, GDP, ESG.
        return true;
    }
    if is_amount(word) {
        return false;
    }
    if chars >= 3 {
        // Adjectival coinages (决定性, 国家级) and adverb + verb phrases (深入开展, 切实加强).
        // Also ordinals (第十五, 第二批) and verb + 于 (无愧于, 得益于).
        let adjectival = chars == 3 && (word.ends_with('性') || word.ends_with('级'))
            || word.starts_with('第')
            || chars == 3 && word.ends_with('于');
        let adverb_led = chars == 4
            && word
                .char_indices()
                .nth(2)
                .is_some_and(|(i, _)| is_stock(&word[..i]));
        return !(adjectival || adverb_led || is_fragment(word));
    }
    tokenize::dictionary_log_prob(word).is_none_or(|p| p < RARE_LOG_PROB)
}

/// Whether a word is an amount, not a term: a figure in words that the quantity reader reads
/// whole (两成, 六次), or a magnitude alone (百亿, 千亿元, 万亿). Names with a numeral (三中全会,
/// 二十大, 零工) are none.
fn is_amount(word: &str) -> bool {
    const MAGNITUDES: &str = "十百千万亿";
    let magnitude_only = word
        .trim_end_matches('元')
        .chars()
        .all(|c| MAGNITUDES.contains(c));
    magnitude_only
        || crate::extract::find_quantities(word)
            .first()
            .is_some_and(|q| q.text == word)
}

/// Whether a three-character word is a piece the segmenter cut across words, as its large
/// dictionary has such entries: a function word or a word's suffix before a word (和领军 of
/// 作用和领军统率作用, 率控制 of …率控制在, 要带头, 去一趟), or a count (多一些, 去一趟).
fn is_fragment(word: &str) -> bool {
    /// Characters that join, govern or end words, never open a term: 和 与 及 或 并 而 要 去
    /// 把 被 对 从 向 在 将 让 使, and suffixes 率 性 者 化.
    const OPENERS: &str = "和与及或并而要去把被对从向在将让使率性者化";
    if word.chars().count() != 3 {
        return false;
    }
    let mut cs = word.chars();
    let first = cs.next();
    let rest = cs.as_str();
    let joined =
        first.is_some_and(|c| OPENERS.contains(c)) && tokenize::dictionary_log_prob(rest).is_some();
    let count = ["一些", "一趟", "一下", "一点", "一次", "一批"]
        .iter()
        .any(|k| word.ends_with(k));
    joined || count
}

/// Count the notable terms of a text: notable words and “quoted” phrases, after folding.
pub fn notable_terms(text: &str) -> HashMap<String, usize> {
    notable_counts(text).into_iter().collect()
}

/// [`notable_terms`] in a map with a fast hasher, for callers that only look terms up.
pub fn notable_counts(text: &str) -> FxHashMap<String, usize> {
    let folded = fold(text);
    raw_counts(&folded)
        .into_iter()
        .filter(|(w, _)| is_notable(w))
        .map(|(w, n)| (w.into_owned(), n))
        .collect()
}

/// Every word and “quoted” phrase of a folded text (see [`super::fold`]) with its count,
/// before the notable rule: [`notable_terms`] keeps those [`is_notable`] accepts. Words are
/// slices of `folded`; a quoted phrase is written “…” (folded text has no “ ”, so it never
/// collides with a word).
///
/// Since the rule depends on the word alone, a caller comparing two texts may ask
/// [`is_notable`] only of the candidates that matter to it; words are counted first, so it
/// is asked once per distinct word, not per token.
pub fn raw_counts(folded: &str) -> FxHashMap<Cow<'_, str>, usize> {
    raw_counts_of_tokens(folded, &tokenize::tokenize(folded))
}

/// [`raw_counts`] from the tokens of `folded` already made (`tokens` must be
/// `tokenize::tokenize(folded)`), for a caller that needs the tokens for other work too and
/// so segments the text once.
pub fn raw_counts_of_tokens<'a>(
    folded: &'a str,
    tokens: &[tokenize::Token<'a>],
) -> FxHashMap<Cow<'a, str>, usize> {
    let mut counts: FxHashMap<Cow<'a, str>, usize> = FxHashMap::default();
    let mut k = 0;
    while k < tokens.len() {
        let t = &tokens[k];
        k += 1;
        if t.kind != TokenKind::Word {
            continue;
        }
        // Two rare halves of a four-character phrase the dictionary lacks (止跌|回稳,
        // 千行|百业, 固本|培元) are one term, the phrase: each half alone means little.
        if let Some(next) = tokens.get(k).filter(|n| is_idiom_pair(t, n)) {
            *counts
                .entry(Cow::Borrowed(&folded[t.start..next.end()]))
                .or_default() += 1;
            k += 1;
            continue;
        }
        *counts.entry(Cow::Borrowed(t.text)).or_default() += 1;
    }
    // Quoted terms: fold turns “ ” (and 《》) into '"', so quotes pair up in order, in each
    // paragraph (a line) on its own: a stray quote (a page's `"下载` left from a CSV field,
    // a quote the page lost) then mispairs one paragraph, not every quote after it. Spaces
    // inside are left out: “万企出海 鲁贸全球” is the same name written with or without one
    // (and a page can lose it where a line breaks).
    for inside in folded.lines().flat_map(crate::text::quotations) {
        let term = if inside.contains(' ') {
            format!("“{}”", inside.replace(' ', ""))
        } else {
            format!("“{inside}”")
        };
        *counts.entry(Cow::Owned(term)).or_default() += 1;
    }
    counts
}

/// Whether two tokens are the halves of one four-character phrase the segmenter's dictionary
/// lacks (止跌回稳, 千行百业, 固本培元): adjacent words of two ideographs each, both rare in
/// general language and neither a policy term nor a stock word.
fn is_idiom_pair(a: &tokenize::Token<'_>, b: &tokenize::Token<'_>) -> bool {
    let half = |t: &tokenize::Token<'_>| {
        t.kind == TokenKind::Word
            && t.text.chars().count() == 2
            && t.text.chars().all(is_cjk_ideograph)
            && !is_policy_term(t.text)
            && !is_stock(t.text)
            && !tokenize::is_generic(t.text)
            && tokenize::dictionary_log_prob(t.text).is_none_or(|p| p < RARE_LOG_PROB)
    };
    a.end() == b.start && half(a) && half(b)
}

fn policy_terms() -> &'static FxHashSet<&'static str> {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| tokenize::terms().map(|(t, _)| t).collect())
}

/// Whether `word` is one of `STOCK_WORDS` (a set: the list is looked up for every word).
pub fn is_stock(word: &str) -> bool {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| STOCK_WORDS.iter().copied().collect())
        .contains(word)
}

/// Stock words of report prose that [`tokenize::is_generic`] keeps (it serves similarity
/// too) but that are never a term: function words, adverbs and the phrases of 套话.
static STOCK_WORDS: &[&str] = &[
    "是否",
    "就是",
    "只要",
    "一定",
    "进一步",
    "总的来说",
    "与此同时",
    "一方面",
    "另一方面",
    "不仅",
    "而且",
    "并且",
    "以及",
    "还是",
    "已经",
    "正在",
    "更加",
    "非常",
    "十分",
    "尤其",
    "特别",
    "始终",
    "坚决",
    "切实",
    "全力",
    "大力",
    "积极",
    "着力",
    "深入",
    "全面",
    "主动",
    "有效",
    "有力",
    "扎实",
    "稳步",
    "逐步",
    "努力",
    "力争",
    "确保",
    "争取",
    "实现",
    "我们",
    "大家",
    "自己",
    "各级",
    "各地",
    "各类",
    "各项",
    "有关",
    "相关",
    "上述",
    "其中",
    "同时",
    "此外",
    "因此",
    "所以",
    "但是",
    "然而",
    "虽然",
    "这些",
    "那些",
    "什么",
    "怎么",
    "如何",
    "为了",
    "通过",
    "按照",
    "以来",
    "以上",
    "以下",
    "之一",
    "之间",
    "之中",
    "左右",
    "方面",
    "领域",
    "工作",
    "政府",
    "人民",
    "全省",
    "全市",
    "全国",
    "省委",
    "市委",
    "中央",
    "充分",
    "建立",
    "坚定",
    "加力",
    "短板",
    "补齐",
    "补短",
    "最优",
    "稳居",
    "跃升",
    "争创",
    "挑大梁",
    "坚定不移",
    "发展壮大",
    "薄弱环节",
    "人民满意",
    "大规模",
    "一次性",
    "差异化",
    "一揽子",
    "服务体系",
    "调整机制",
    "保障机制",
    "前期工作",
    "增长点",
    "影响力",
    "为民",
    "有钱",
    "紧紧",
    "贯彻",
    "越来越",
    "老百姓",
    "保持稳定",
    "政策措施",
    "得益于",
    "更趋",
    "均居",
    "锚定",
    "重塑",
    "夯实",
    "并进",
    "彰显",
    "践行",
    "惠及",
    "谱写",
    "紧扣",
    "撬动",
    "培优",
    "懈怠",
    "定力",
    "守住",
    "实处",
    "实干",
    "全员",
    "融通",
    "包容",
    "接续",
    "履职",
    "作贡献",
    "相结合",
    "下功夫",
    "求实效",
    "新篇章",
    "新台阶",
    "日益增长",
    "不断涌现",
    "相适应",
    "圆满完成",
    "攻坚克难",
    "宏伟蓝图",
    "决不能",
    "好不好",
    "全会精神",
    "突出重点",
    "下达任务",
    "美好生活",
    "生活品质",
    "严格执行",
    "严厉打击",
    "全方位",
    "作出",
    "贡献",
    // Verdicts, exhortations and generic nouns of report prose that the term lists of the
    // corpus pairs still showed (every report has its share; none names a policy): how a
    // year went (顺利完成, 成效显著, 再创新高), how work is to be done (千方百计, 真抓实干,
    // 压实), and the frame of any task (长效机制, 实施方案).
    "顺利完成",
    "重大突破",
    "成效显著",
    "明显改善",
    "重大成就",
    "重大进展",
    "新进展",
    "再创新高",
    "优异成绩",
    "丰硕",
    "稳定增长",
    "持续增长",
    "大幅提高",
    "大幅度",
    "跃居",
    "位列",
    "获评",
    "有利条件",
    "不合理",
    "千方百计",
    "实事求是",
    "精心组织",
    "继续加强",
    "广泛开展",
    "认真落实",
    "不断完善",
    "共同努力",
    "团结奋斗",
    "埋头苦干",
    "真抓实干",
    "迎难而上",
    "鼓足干劲",
    "衷心感谢",
    "标本兼治",
    "砥砺",
    "笃行",
    "图强",
    "奋进",
    "尽责",
    "当好",
    "擦亮",
    "深挖",
    "细化",
    "压实",
    "排查",
    "精准",
    "开好局",
    "收官",
    "奋斗目标",
    "健康成长",
    "管理机制",
    "激励机制",
    "长效机制",
    "实施方案",
    "保障体系",
    "重大任务",
    "建设项目",
    "工程建设",
    "平均水平",
    "中长期",
    "执行力",
    "抓手",
    "契合",
    "催生",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_terms_quotes_and_rare_words_are_notable() {
        for w in [
            "新质生产力",
            "低空经济",
            "“1233”",
            "短剧",
            "AI",
            "城中村改造",
        ] {
            assert!(is_notable(w), "{w}");
        }
    }

    /// A stray quote (the `"` a CSV field opens with, left on a page saved from a scrape's
    /// table) mispairs the quotes of its own paragraph only: the report's quoted terms after
    /// it are the same (Jiangxi 2026 so saved lost “才聚江西 智荟赣鄱”, a line where two
    /// quotations stand side by side).
    #[test]
    fn a_stray_quote_mispairs_only_its_paragraph() {
        let text = "提高“才聚江西 智荟赣鄱”“双招双引”等活动质效。\n落实“两新”政策。";
        let quoted = |t: &str| {
            let mut q: Vec<String> = notable_terms(t)
                .into_keys()
                .filter(|k| k.starts_with('“'))
                .collect();
            q.sort();
            q
        };
        let plain = quoted(text);
        assert_eq!(plain.len(), 3, "{plain:?}");
        assert_eq!(quoted(&format!("江西省,2026,\"下载\n{text}")), plain);
        assert_eq!(quoted(&format!("{text}\n相关报道：\"")), plain);
    }

    /// A four-character phrase the dictionary lacks is one term, not two rare halves
    /// (national 2025's 止跌回稳, 2024's 固本培元); a rare word beside a common one
    /// stays itself.
    #[test]
    fn rare_halves_of_a_phrase_are_one_term() {
        let terms = notable_terms("推动房地产市场止跌回稳，坚持固本培元，推行免签政策。");
        for whole in ["止跌回稳", "固本培元"] {
            assert!(terms.contains_key(whole), "{whole}: {terms:?}");
        }
        for half in ["止跌", "回稳", "固本", "培元"] {
            assert!(!terms.contains_key(half), "{half}: {terms:?}");
        }
        assert!(terms.contains_key("免签"), "{terms:?}");
    }

    #[test]
    fn everyday_and_function_words_are_not() {
        for w in [
            "是否",
            "就是",
            "只要",
            "一定",
            "时期",
            "资源",
            "解决",
            "增加",
            "的",
            "and",
            "依托",
            "决定性",
            "深入开展",
            "切实加强",
            "第十五",
            "无愧于",
            "锚定",
            // Verdicts, exhortations and frames of any task.
            "顺利完成",
            "千方百计",
            "真抓实干",
            "长效机制",
            "抓手",
            // Pieces the segmenter cut across words.
            "和领军",
            "率控制",
            "要带头",
            "去一趟",
            "多一些",
            // Amounts (corpus term lists showed 两成, 六次, 百亿, 千亿元).
            "两成",
            "六次",
            "百亿",
            "千亿元",
            "万亿",
        ] {
            assert!(!is_notable(w), "{w}");
        }
        // Names with a numeral are terms.
        for w in ["三中全会", "二十大", "零工经济"] {
            assert!(is_notable(w), "{w}");
        }
        // Terms that open with such a character are still terms when what follows is no
        // word of its own (化学品 is 化 + 学品) and for longer words (和美乡村).
        for w in ["和美乡村", "在线教育", "性价比"] {
            assert!(is_notable(w), "{w}");
        }
        assert!(!is_notable(
            "“这是一句很长很长很长很长很长的引文而不是术语”"
        ));
    }

    #[test]
    fn cjk_fast_path_agrees_with_unicode() {
        for c in '\u{4E00}'..='\u{9FFF}' {
            assert!(c.is_alphanumeric() && !c.is_ascii_digit(), "{c:?}");
        }
    }

    /// The per-distinct-word count equals asking [`is_notable`] of every token.
    #[test]
    fn counts_equal_the_per_token_rule() {
        let text = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/seeds/");
        let Ok(text) =
            std::fs::read_to_string(format!("{text}taiyuan-2026-government-work-report.txt"))
        else {
            eprintln!("seed fixtures missing; skipped");
            return;
        };
        let folded = fold(&text);
        let mut expected: HashMap<String, usize> = HashMap::new();
        let tokens = tokenize::tokenize(&folded);
        let mut k = 0;
        while k < tokens.len() {
            let t = &tokens[k];
            // Two halves of one phrase count as the phrase (`is_idiom_pair`).
            let word = match tokens.get(k + 1) {
                Some(n) if is_idiom_pair(t, n) => {
                    k += 1;
                    &folded[t.start..n.end()]
                }
                _ => t.text,
            };
            k += 1;
            if t.kind == TokenKind::Word && is_notable(word) {
                *expected.entry(word.to_string()).or_default() += 1;
            }
        }
        // The seed writes 比拼晾晒 and 复议应诉, phrases of two rare halves.
        assert!(expected.contains_key("比拼晾晒") && !expected.contains_key("晾晒"));
        for line in folded.lines() {
            let mut parts = line.split('"');
            parts.next();
            while let Some(inside) = parts.next() {
                // A quote left open at the line's end closes nothing.
                if parts.next().is_none() {
                    break;
                }
                let quoted = format!("“{inside}”");
                if is_notable(&quoted) {
                    *expected.entry(quoted).or_default() += 1;
                }
            }
        }
        assert!(expected.len() > 100);
        assert_eq!(notable_terms(&text), expected);
    }

    #[test]
    fn counts_words_and_quoted_phrases() {
        let c = notable_terms("发展“低空经济”，是否发展低空经济。");
        assert_eq!(c.get("“低空经济”"), Some(&1));
        assert_eq!(c.get("低空经济"), Some(&2));
        assert_eq!(c.get("是否"), None);
    }
}
