//! Term changes (术语变化): content words and quoted phrases new this year or no longer used.
//!
//! A term counts when it appears at least twice in one report and never in the other (after
//! folding), so a re-scrape of the same report yields no term changes at all; a term that names
//! itself (one of our policy terms, or a “quoted” phrase) counts once (具身智能 and “两新”
//! are announced in one sentence each).

use std::borrow::Borrow;
use std::collections::HashMap;
use std::hash::Hash;

use rustc_hash::FxHashMap;

use crate::model::diff::{TermChanges, TermCount};
use crate::text::fold;
use crate::text::terms::{is_named_term, is_notable, is_policy_term, notable_terms, raw_counts};

/// At most this many terms each way.
pub const MAX_TERMS: usize = 50;
/// A term must occur this often in the report that has it.
const MIN_COUNT: usize = 2;
/// Count the notable terms of a text (see [`crate::text::terms`]): policy terms, rare and
/// longer words, “quoted” phrases.
pub fn count_terms(text: &str) -> HashMap<String, usize> {
    notable_terms(text)
}

/// Terms added (in `new` only) and removed (in `old` only), most frequent first.
///
/// Whether a word is notable depends on the word alone, so a word of both texts is in both
/// term maps or in neither: only the words used `MIN_COUNT` times in one text and never in
/// the other are asked [`is_notable`] (a few hundred instead of every distinct word).
pub fn term_changes(old_text: &str, new_text: &str) -> TermChanges {
    let (old_folded, new_folded) = (fold(old_text), fold(new_text));
    let (old, new) = (raw_counts(&old_folded), raw_counts(&new_folded));
    term_changes_counted((&old, &old_folded), (&new, &new_folded))
}

/// [`term_changes`] from each text's word counts already made ([`raw_counts`] of the folded
/// text, with borrowed or owned keys): `diff` counts each report's words once, on the thread
/// that parsed it (see [`crate::align::prepare`]).
///
/// Each map comes with its report's folded text: a term whose words the other report writes
/// inside a longer word or phrase is not new to it, only segmented otherwise (人工智能 beside
/// “人工智能+”, 再生能源 of 可再生能源).
pub fn term_changes_counted<K: Borrow<str> + Hash + Eq>(
    (old, old_folded): (&FxHashMap<K, usize>, &str),
    (new, new_folded): (&FxHashMap<K, usize>, &str),
) -> TermChanges {
    TermChanges {
        added: only_in((new, new_folded), old, old_folded),
        removed: only_in((old, old_folded), new, new_folded),
    }
}

/// Notable terms of `a` (used at least [`MIN_COUNT`] times) missing from `b`, whose folded
/// text `b_folded` does not hold them either. The order is total (count, then term), so the
/// map's iteration order never shows.
fn only_in<K: Borrow<str> + Hash + Eq>(
    (a, a_folded): (&FxHashMap<K, usize>, &str),
    b: &FxHashMap<K, usize>,
    b_folded: &str,
) -> Vec<TermCount> {
    let mut v: Vec<TermCount> = a
        .iter()
        .map(|(t, &n)| (t.borrow(), n))
        .filter(|&(t, n)| {
            (n >= MIN_COUNT || is_named_term(t)) && !b.contains_key(t) && is_notable(t)
        })
        .map(|(t, n)| TermCount {
            term: t.to_string(),
            count: n,
        })
        .collect();
    v.sort_by(|x, y| y.count.cmp(&x.count).then_with(|| x.term.cmp(&y.term)));
    // A word inside a longer term with the same count says nothing more: a term is left out
    // when a term before it in this order, with the same count, contains it (containment
    // carries over, so it does not matter whether that term was left out itself). Only the
    // terms that reach the listing are asked.
    let bare = |t: &TermCount| t.term.trim_matches(|c| c == '“' || c == '”').to_string();
    let mut group_start = vec![0usize; v.len()];
    for i in 1..v.len() {
        group_start[i] = if v[i].count == v[i - 1].count {
            group_start[i - 1]
        } else {
            i
        };
    }
    let contained = |i: usize| {
        let b = bare(&v[i]);
        v[group_start[i]..i]
            .iter()
            .any(|k| k.term != v[i].term && k.term.contains(b.as_str()))
    };
    // Most used first; among equals our policy terms (quoted or not) before other words and
    // quotes, so a 具身智能 used once is not cut by the cap behind one-off quotations.
    let policy: Vec<bool> = v.iter().map(|t| is_policy_term(&bare(t))).collect();
    let mut order: Vec<usize> = (0..v.len()).collect();
    order.sort_by(|&a, &b| {
        v[b].count
            .cmp(&v[a].count)
            .then(policy[b].cmp(&policy[a]))
            .then(a.cmp(&b))
    });
    // Only the terms that could reach the listing are looked for in the other text, and at
    // most MAX_SEARCHES of them: each search reads the whole text, and a hostile pair of
    // many distinct words would otherwise cost words × text.
    // A term holding a count is written too when the other text has it in figures where
    // this one has Chinese numerals, or the other way round (十大类, 10大类): the term with
    // its counts in figures is looked for in the text, and where the words after its count
    // stand in the text, the count before them is read.
    let written_in_b = |i: usize| {
        let t = bare(&v[i]);
        if memchr::memmem::find(b_folded.as_bytes(), t.as_bytes()).is_some() {
            return true;
        }
        if !crate::text::may_hold_count(&t) {
            return false;
        }
        let figures = crate::text::counts_as_figures(&t);
        (figures != t && memchr::memmem::find(b_folded.as_bytes(), figures.as_bytes()).is_some())
            || crate::text::written_with_numerals(&figures, b_folded)
    };
    order
        .into_iter()
        .filter(|&i| !contained(i))
        .take(MAX_SEARCHES)
        .filter(|&i| !written_in_b(i) && !cut_from_a_name(&v[i].term, a_folded))
        .take(MAX_TERMS)
        .map(|i| v[i].clone())
        .collect()
}

/// Whether `term`, a word of the folded text `folded`, is a piece the segmenter cut from a
/// longer name its dictionary lacks: a word from the dictionary's far tail
/// ([`FRAGMENT_LOG_PROB`]: the segmenter takes such entries only where nothing better
/// covers the characters) and, wherever it stands, a lone character that is no function
/// word or common verb stands before it (真|金白银 of 真金白银, 进|博会 and 链|博会, 医|联体
/// and 教|联体). Read from a few characters before each of its first occurrences; quoted
/// phrases and our policy terms are names in their own right. (Common words after a lone
/// character stay: 上海港|集装箱, 张江|高新区.)
fn cut_from_a_name(term: &str, folded: &str) -> bool {
    use crate::text::tokenize::{tokenize, TokenKind};
    const MAX_OCCURRENCES: usize = 16;
    const BEFORE: usize = 4;
    let n = term.chars().count();
    let far_tail =
        crate::text::tokenize::dictionary_log_prob(term).is_some_and(|p| p < FRAGMENT_LOG_PROB);
    if !(2..=3).contains(&n) || !far_tail || term.starts_with('“') || is_policy_term(term) {
        return false;
    }
    let mut seen = 0;
    for at in memchr::memmem::find_iter(folded.as_bytes(), term.as_bytes()).take(MAX_OCCURRENCES) {
        let start = folded[..at]
            .char_indices()
            .rev()
            .nth(BEFORE - 1)
            .map_or(0, |(k, _)| k);
        let window = &folded[start..at + term.len()];
        let tokens = tokenize(window);
        let Some(k) = tokens
            .iter()
            .position(|t| t.start == at - start && t.text == term)
        else {
            return false;
        };
        let bound = k > 0 && {
            let prev = &tokens[k - 1];
            let mut cs = prev.text.chars();
            let lone = cs.next().filter(|_| cs.next().is_none());
            prev.kind == TokenKind::Word
                && lone.is_some_and(|c| {
                    crate::text::is_cjk_ideograph(c) && !FREE_STANDING_CHARS.contains(c)
                })
        };
        if !bound {
            return false;
        }
        seen += 1;
    }
    seen > 0
}

/// The log probability below which a dictionary word is in its far tail (a count of about
/// ten in jieba's dictionary: 金白银, 博会, 联体; 集装箱 is −11.9, 高新区 −12.3).
const FRAGMENT_LOG_PROB: f64 = -15.5;

/// Lone characters that stand before a term of their own: function words and the one-character
/// verbs and adjectives of report prose (建 零碳园区, 抓 项目, 新 赛道).
const FREE_STANDING_CHARS: &str = "的和与及或在对把将等为以从向让使被于由是有了着个项并而要又也都还更再新大各每全多好高强建抓促稳扩保育引办用推控治提降增减做打兴优抢争拓补延筑固守防化";

/// At most this many candidate terms each way are looked for in the other report's text.
const MAX_SEARCHES: usize = 8 * MAX_TERMS;

#[cfg(test)]
mod tests {
    use super::*;
    use std::borrow::Cow;

    #[test]
    fn a_count_written_otherwise_is_no_new_term() {
        let old = "制定“1个总体方案”和“8个工作方案”。实施“两新”行动。";
        let new = "制定“一个总体方案”和“八个工作方案”。实施“3新”行动。";
        let tc = term_changes(old, new);
        let terms = |v: &[TermCount]| v.iter().map(|t| t.term.clone()).collect::<Vec<_>>();
        assert_eq!(terms(&tc.added), ["“3新”"]);
        assert_eq!(terms(&tc.removed), ["“两新”"]);
        let old = "实施10大类民生实事。推进10大类项目。";
        let new = "实施十大类民生实事。推进十大类项目。";
        assert_eq!(term_changes(old, new), TermChanges::default());
    }

    #[test]
    fn new_and_dropped_terms_with_counts() {
        let old = "推进“人工智能+”行动。推进“人工智能+”行动。";
        let new = "推进“低空经济”发展。推进“低空经济”发展，培育“低空经济”。";
        let tc = term_changes(old, new);
        assert_eq!(
            tc.added.first().map(|t| (t.term.as_str(), t.count)),
            Some(("“低空经济”", 3))
        );
        assert!(tc
            .removed
            .iter()
            .any(|t| t.term == "“人工智能+”" && t.count == 2));
    }

    /// A rare dictionary word the segmenter cut from a name it lacks (真|金白银, 进|博会,
    /// 医|联体) is no term; a common word after a lone character (上海港|集装箱) is one.
    #[test]
    fn pieces_cut_from_unknown_names_are_no_terms() {
        let old = "推进重点项目建设。";
        let new = "让真金白银政策落地，把真金白银投入到项目。用好进博会、链博会。推进医联体和教联体建设。\
                   上海港集装箱吞吐量增长，南沙港集装箱航线增加。";
        let added: Vec<String> = term_changes(old, new)
            .added
            .into_iter()
            .map(|t| t.term)
            .collect();
        for piece in ["金白银", "博会", "联体"] {
            assert!(!added.iter().any(|t| t == piece), "{piece} in {added:?}");
        }
        assert!(added.iter().any(|t| t == "集装箱"), "{added:?}");
    }

    /// The shortcut (only words of one text are asked) equals filtering both maps first.
    #[test]
    fn equals_comparing_full_term_maps() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/seeds/");
        let (Some(old), Some(new)) = (
            read(&format!("{dir}taiyuan-2025-government-work-report.txt")),
            read(&format!("{dir}taiyuan-2026-government-work-report.txt")),
        ) else {
            eprintln!("seed fixtures missing; skipped");
            return;
        };
        let full = |a: &str, b: &str| {
            let (ac, bc) = (count_terms(a), count_terms(b));
            let as_cow = |m: HashMap<String, usize>| -> FxHashMap<Cow<'static, str>, usize> {
                m.into_iter().map(|(k, v)| (Cow::Owned(k), v)).collect()
            };
            only_in((&as_cow(ac), &fold(a)), &as_cow(bc), &fold(b))
        };
        let tc = term_changes(&old, &new);
        assert!(!tc.added.is_empty() && !tc.removed.is_empty());
        assert_eq!(tc.added, full(&new, &old));
        assert_eq!(tc.removed, full(&old, &new));
    }

    /// A word the other report writes inside a longer word or phrase is not new to it:
    /// segmenting split the phrase one way there and another way here.
    #[test]
    fn words_written_inside_the_other_reports_phrases_are_not_new() {
        let old = "实施“人工智能+”行动，推进一业一策。";
        let new =
            "发展人工智能产业，人工智能赋能。一业带动。一业兴旺。发展低空经济，低空经济起飞。";
        let tc = term_changes(old, new);
        let added: Vec<&str> = tc.added.iter().map(|t| t.term.as_str()).collect();
        assert!(
            !added.contains(&"人工智能") && !added.contains(&"一业"),
            "{added:?}"
        );
        assert!(added.contains(&"低空经济"), "{added:?}");
    }

    #[test]
    fn re_scrape_has_no_term_changes() {
        let a = "（一）推进“低空经济”发展，推进“低空经济”。";
        let b = "(一)推进\"低空经济\"发展,推进\"低空经济\"。";
        assert_eq!(term_changes(a, b), TermChanges::default());
    }

    #[test]
    fn single_occurrences_count_only_for_named_terms() {
        // Ordinary notable words once are not enough (短剧, 算力 are rare words, not ours).
        let tc = term_changes("发展短剧。", "提升算力。");
        assert!(tc.added.is_empty() && tc.removed.is_empty(), "{tc:?}");
        // Our policy terms and quoted phrases are: 具身智能 and “两新” are announced once.
        let tc = term_changes("推进城市更新。", "培育具身智能，推进“两新”工作。");
        let added: Vec<&str> = tc.added.iter().map(|t| t.term.as_str()).collect();
        assert!(
            added.contains(&"具身智能") && added.contains(&"“两新”"),
            "{tc:?}"
        );
        assert!(tc.removed.iter().any(|t| t.term == "城市更新"), "{tc:?}");
    }

    #[test]
    fn policy_terms_used_once_come_before_one_off_quotes() {
        let quotes: String = (0..60).map(|i| format!("“第{i}条”")).collect();
        let tc = term_changes("", &format!("{quotes}培育具身智能。"));
        assert_eq!(tc.added.len(), MAX_TERMS, "{tc:?}");
        assert_eq!(tc.added[0].term, "具身智能", "{:?}", &tc.added[..3]);
    }

    fn read(path: &str) -> Option<String> {
        std::fs::read_to_string(path).ok()
    }

    fn has(list: &[TermCount], term: &str) -> bool {
        list.iter().any(|t| t.term == term)
    }

    /// Everyday words that used to top the lists; none is a term.
    const GENERIC: &[&str] = &[
        "是否", "就是", "只要", "一定", "时期", "资源", "解决", "规范", "增加", "建成", "一流",
    ];

    #[test]
    fn seed_terms_are_notable() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/seeds/");
        let (Some(old), Some(new)) = (
            read(&format!("{dir}taiyuan-2025-government-work-report.txt")),
            read(&format!("{dir}taiyuan-2026-government-work-report.txt")),
        ) else {
            eprintln!("seed fixtures missing; skipped");
            return;
        };
        let tc = term_changes(&old, &new);
        // Checked by grep: 0 in 2025, 2–3 in 2026 (and the reverse for “1233”).
        for t in ["具身智能", "商业航天", "中试"] {
            assert!(has(&tc.added, t), "{t} not added: {:?}", tc.added);
        }
        assert!(has(&tc.removed, "“1233”"), "{:?}", tc.removed);
        for t in GENERIC {
            assert!(!has(&tc.added, t) && !has(&tc.removed, t), "{t}");
        }
    }

    #[test]
    fn national_2024_to_2025_terms_are_notable() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/");
        let (Some(old), Some(new)) = (
            read(&format!("{dir}national-2024.txt")),
            read(&format!("{dir}national-2025.txt")),
        ) else {
            eprintln!("corpus missing; skipped");
            return;
        };
        let tc = term_changes(&old, &new);
        // Checked by grep: none in 2024, two or three times each in 2025.
        for t in ["保交房", "免签", "“十五五”", "“两重”"] {
            assert!(
                has(&tc.added[..20.min(tc.added.len())], t),
                "{t}: {:?}",
                tc.added
            );
        }
        for t in GENERIC {
            assert!(!has(&tc.added, t) && !has(&tc.removed, t), "{t}");
        }
    }
}
