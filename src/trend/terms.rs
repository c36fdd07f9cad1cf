//! Term timelines (提法变化): when a notable term first and last appears, with counts per year.
//!
//! Two sources of terms: content words from the tokenizer, and phrases the reports themselves
//! mark by quoting them (“两新”, “人工智能+”), which are the slogans readers look for. Kept:
//! terms that came or went (absent in some year), ranked by their peak count, plus the most
//! frequent terms present throughout, so the list stays short enough to read.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::model::Report;

/// A word term must occur at least this often in some year to be considered.
pub const MIN_PEAK: usize = 3;
/// A common word (one [`crate::text::terms::is_notable`] refuses: 疫情, 需要, 及时) is kept only
/// when it came or went at least this often in some year: 疫情 (16, 17, 24, 2, 0 in the national
/// reports 2021–2025) is news; 及时 (10 … 0) and 大力发展 (7) are prose.
pub const COMMON_WORD_PEAK: usize = 15;
/// At most this many terms that came or went.
pub const MAX_CHANGING: usize = 36;
/// At most this many terms present every year.
pub const MAX_STEADY: usize = 10;
/// Quoted phrases longer than this (in chars) are quotations, not terms.
const MAX_QUOTED_CHARS: usize = 12;

/// How a term's presence runs over the years (出现情况).
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum TermStatus {
    /// Absent in the first year, present in the last (新提法).
    New,
    /// Present in the first year, absent in the last (不再提及).
    Gone,
    /// Absent in the first and the last year, present in between.
    Passing,
    /// Present in the first and last year, absent in some year between.
    Intermittent,
    /// Present every year.
    Steady,
}

/// One term across the years.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct TermSeries {
    pub term: String,
    /// The reports put it in quotation marks (“…”) at least once.
    pub quoted: bool,
    /// Occurrences in each year, one per year.
    pub counts: Vec<usize>,
    pub first_year: i32,
    pub last_year: i32,
    pub status: TermStatus,
}

/// The status of a count series (at least one count non-zero).
pub fn status_of(counts: &[usize]) -> TermStatus {
    let first = counts.first().is_some_and(|&c| c > 0);
    let last = counts.last().is_some_and(|&c| c > 0);
    match (first, last) {
        (false, true) => TermStatus::New,
        (true, false) => TermStatus::Gone,
        (false, false) => TermStatus::Passing,
        (true, true) if counts.contains(&0) => TermStatus::Intermittent,
        (true, true) => TermStatus::Steady,
    }
}

/// Notable terms of the reports (years ascending, parallel to `reports`).
pub fn term_series(reports: &[&Report], years: &[i32]) -> Vec<TermSeries> {
    let texts: Vec<&str> = reports.iter().map(|r| r.document_text()).collect();
    select(&texts, years)
}

/// [`term_series`] on plain texts.
pub fn select(texts: &[&str], years: &[i32]) -> Vec<TermSeries> {
    let n = texts.len().min(years.len());
    if n == 0 {
        return Vec::new();
    }
    // term → (counts per year, quoted)
    let mut table: HashMap<String, (Vec<usize>, bool)> = HashMap::new();
    for (y, text) in texts.iter().take(n).enumerate() {
        for w in content_words(text) {
            table.entry(w).or_insert_with(|| (vec![0; n], false)).0[y] += 1;
        }
    }
    // Quoted phrases: counted as substrings in every year, since a slogan is quoted when
    // introduced and often written bare later.
    let mut quoted: Vec<String> = texts.iter().take(n).flat_map(|t| quoted_terms(t)).collect();
    quoted.sort();
    quoted.dedup();
    for q in quoted {
        let counts: Vec<usize> = texts
            .iter()
            .take(n)
            .map(|t| t.matches(q.as_str()).count())
            .collect();
        table.insert(q, (counts, true));
    }
    rank(
        table
            .into_iter()
            .map(|(term, (counts, quoted))| (term, counts, quoted)),
        &years[..n],
    )
}

/// Pick and order the notable terms from (term, counts per year, quoted): marked terms
/// (quoted, or on the policy-term list) and words seen [`MIN_PEAK`] times in some year that
/// are terms rather than prose ([`COMMON_WORD_PEAK`]); those
/// that came or went first (by peak count, at most [`MAX_CHANGING`], half of the slots kept
/// for marked terms), then the most frequent steady ones (at most [`MAX_STEADY`]).
pub fn rank(
    table: impl IntoIterator<Item = (String, Vec<usize>, bool)>,
    years: &[i32],
) -> Vec<TermSeries> {
    let n = years.len();
    let mut all: Vec<TermSeries> = table
        .into_iter()
        .filter(|(term, counts, quoted)| {
            let peak = counts.iter().copied().max().unwrap_or(0);
            let marked = *quoted || is_policy_term(term);
            // A plain word must be a term, not prose (政策, 需要, 大力发展), unless it came or
            // went in great numbers.
            let worded = peak >= MIN_PEAK
                && (crate::text::terms::is_notable(term)
                    || (peak >= COMMON_WORD_PEAK && status_of(counts) != TermStatus::Steady));
            counts.len() == n && peak > 0 && (marked || worded)
        })
        .map(|(term, counts, quoted)| {
            let first = counts.iter().position(|&c| c > 0).unwrap_or(0);
            let last = counts.iter().rposition(|&c| c > 0).unwrap_or(0);
            TermSeries {
                status: status_of(&counts),
                first_year: years[first],
                last_year: years[last],
                term,
                quoted,
                counts,
            }
        })
        .collect();
    let peak = |t: &TermSeries| t.counts.iter().copied().max().unwrap_or(0);
    let total = |t: &TermSeries| t.counts.iter().sum::<usize>();
    all.sort_by(|a, b| {
        peak(b)
            .cmp(&peak(a))
            .then(marked(b).cmp(&marked(a)))
            .then(total(b).cmp(&total(a)))
            .then(a.term.cmp(&b.term))
    });
    // Marked terms (slogans) first claim up to half the slots, so frequent plain words cannot crowd
    // them out; the rest go by peak count. The kept terms stay in peak order.
    let changing: Vec<&TermSeries> = all
        .iter()
        .filter(|t| t.status != TermStatus::Steady)
        .collect();
    let mut keep = vec![false; changing.len()];
    for (i, _) in changing
        .iter()
        .enumerate()
        .filter(|(_, t)| marked(t))
        .take(MAX_CHANGING / 2)
    {
        keep[i] = true;
    }
    let mut room = MAX_CHANGING.saturating_sub(keep.iter().filter(|&&k| k).count());
    for k in keep.iter_mut() {
        if room == 0 {
            break;
        }
        if !*k {
            *k = true;
            room -= 1;
        }
    }
    let mut out: Vec<TermSeries> = changing
        .iter()
        .zip(&keep)
        .filter(|(_, &k)| k)
        .map(|(t, _)| (*t).clone())
        .collect();
    let mut steady: Vec<TermSeries> = all
        .into_iter()
        .filter(|t| t.status == TermStatus::Steady)
        .collect();
    steady.sort_by(|a, b| total(b).cmp(&total(a)).then(a.term.cmp(&b.term)));
    out.extend(steady.into_iter().take(MAX_STEADY));
    out
}

/// A term the reports mark as one: quoted, or on the tokenizer's policy-term list
/// (`data/terms.txt`: 新质生产力, 两重…), which reports often write unquoted.
fn marked(t: &TermSeries) -> bool {
    t.quoted || is_policy_term(&t.term)
}

fn is_policy_term(term: &str) -> bool {
    use std::collections::HashSet;
    use std::sync::OnceLock;
    static TERMS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    TERMS
        .get_or_init(|| crate::text::tokenize::terms().map(|(t, _)| t).collect())
        .contains(term)
}

/// Phrases in “…” (or 「…」) that look like terms: 2 to 12 chars, no sentence punctuation.
pub fn quoted_terms(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find(['“', '「']) {
        let after = &rest[open..];
        let Some(first) = after.chars().next() else {
            break;
        };
        let body = &after[first.len_utf8()..];
        let close = if first == '“' { '”' } else { '」' };
        match body.find(close) {
            Some(end) => {
                let inner = body[..end].trim();
                let chars = inner.chars().count();
                let clean = !inner.contains([
                    '，', '。', '；', '：', ',', ';', '\n', '“', '「', '？', '！',
                ]);
                if (2..=MAX_QUOTED_CHARS).contains(&chars) && clean && inner.chars().any(is_han) {
                    out.push(inner.to_string());
                }
                rest = &body[end + close.len_utf8()..];
            }
            None => break,
        }
    }
    out
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}')
}

/// Content words of a text (the shared tokenizer's, generic words dropped): two or more
/// chars with some Han, so numbers and stray Latin letters are not terms.
fn content_words(text: &str) -> Vec<String> {
    crate::text::tokenize::words(text)
        .into_iter()
        .filter(|w| {
            w.chars().count() >= 2
                && w.chars().any(is_han)
                && !w.chars().any(|c| c.is_ascii_digit())
        })
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_quoted_terms_not_quotations() {
        let t = "实施“两新”政策，推进“人工智能+”行动，他说“我们要坚持下去，不断前进”。“x”和“未闭合";
        assert_eq!(
            quoted_terms(t),
            vec!["两新".to_string(), "人工智能+".to_string()]
        );
        assert!(quoted_terms("“").is_empty());
    }

    #[test]
    fn status_from_presence() {
        assert_eq!(status_of(&[0, 1, 2]), TermStatus::New);
        assert_eq!(status_of(&[3, 1, 0]), TermStatus::Gone);
        assert_eq!(status_of(&[0, 1, 0]), TermStatus::Passing);
        assert_eq!(status_of(&[1, 0, 1]), TermStatus::Intermittent);
        assert_eq!(status_of(&[1, 1, 1]), TermStatus::Steady);
    }

    #[test]
    fn keeps_terms_that_came_or_went_and_frequent_ones() {
        let row = |t: &str, c: &[usize], q: bool| (t.to_string(), c.to_vec(), q);
        // Made-up words, each digit a 天干 (an ASCII digit would make it no term).
        let name = |prefix: &str, i: usize| {
            let stems: Vec<char> = "甲乙丙丁戊己庚辛壬癸".chars().collect();
            let digits: String = i
                .to_string()
                .bytes()
                .map(|b| stems[(b - b'0') as usize])
                .collect();
            format!("{prefix}{digits}")
        };
        let mut table = vec![
            row("乡村振兴", &[100, 0], false),
            row("扩大内需", &[3, 3], false),
            row("两新", &[0, 1], true),
            row("偶然", &[0, 2], false),
            row("错位", &[1, 2, 3], false),
            // Prose, steady or not, is no term; a common word that went in numbers is.
            row("政策", &[40, 40], false),
            row("需要", &[8, 0], false),
            row("疫情", &[24, 0], false),
        ];
        for i in 0..MAX_STEADY + 2 {
            table.push(row(&name("常用", i), &[9 + i, 9], false));
        }
        for i in 0..MAX_CHANGING + 2 {
            table.push(row(&name("新词", i), &[0, 5 + i], false));
        }
        let got = rank(table, &[2023, 2024]);
        let find = |t: &str| got.iter().find(|s| s.term == t);
        let two_new = find("两新").expect("quoted term kept");
        assert!(two_new.quoted);
        assert_eq!(two_new.status, TermStatus::New);
        assert_eq!((two_new.first_year, two_new.last_year), (2024, 2024));
        assert!(find("偶然").is_none(), "rare word dropped");
        assert!(find("错位").is_none(), "malformed row dropped");
        assert!(
            find("政策").is_none() && find("需要").is_none(),
            "prose dropped"
        );
        assert!(find("疫情").is_some_and(|t| t.status == TermStatus::Gone));
        let rural = find("乡村振兴").expect("gone term kept");
        assert_eq!(rural.status, TermStatus::Gone);
        assert!(
            find("扩大内需").is_none(),
            "less frequent steady term left out by the cap"
        );
        assert!(find(&name("常用", 11)).is_some_and(|t| t.status == TermStatus::Steady));
        let changing = got
            .iter()
            .filter(|t| t.status != TermStatus::Steady)
            .count();
        assert_eq!(changing, MAX_CHANGING);
        assert_eq!(got.len(), MAX_CHANGING + MAX_STEADY);
        // changing terms come first, most frequent first
        assert_eq!(got[0].term, "乡村振兴");
        assert_eq!(got[1].term, name("新词", MAX_CHANGING + 1));
        assert!(got.iter().position(|t| t.status == TermStatus::Steady) == Some(MAX_CHANGING));
    }

    #[test]
    fn counts_quoted_terms_in_every_year() {
        let got = select(
            &["推进“两新”，两新工作", "无关内容", "两新"],
            &[2023, 2024, 2025],
        );
        let t = got.iter().find(|s| s.term == "两新").expect("quoted term");
        assert_eq!(t.counts, vec![2, 0, 1]);
        assert_eq!(t.status, TermStatus::Intermittent);
        assert!(select(&[], &[]).is_empty());
    }
}
