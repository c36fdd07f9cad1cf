//! Term changes (术语变化): content words and quoted phrases new this year or no longer used.
//!
//! A term counts when it appears at least twice in one report and never in the other (after
//! folding), so a re-scrape of the same report yields no term changes at all.

use std::collections::HashMap;

use crate::align::lex;
use crate::model::diff::{TermChanges, TermCount};
use crate::text::fold;

/// At most this many terms each way.
pub const MAX_TERMS: usize = 50;
/// A term must occur this often in the report that has it.
const MIN_COUNT: usize = 2;
/// Quoted phrases longer than this (in chars) are quotations, not terms.
const MAX_QUOTED_CHARS: usize = 16;

/// Count the terms of a (document) text: content words and “quoted” phrases. Lowercase Latin
/// words (a stray English "and" from extraction) are not terms; acronyms such as AI are.
pub fn count_terms(text: &str) -> HashMap<String, usize> {
    let folded = fold(text);
    let mut counts: HashMap<String, usize> = HashMap::new();
    for w in lex::words(&folded) {
        let chars = w.chars().count();
        let lowercase_ascii = w.chars().all(|c| c.is_ascii_lowercase());
        if chars >= 2
            && !lowercase_ascii
            && !lex::is_generic(w)
            && !w
                .chars()
                .any(|c| c.is_ascii_digit() || !c.is_alphanumeric())
        {
            *counts.entry(w.to_string()).or_default() += 1;
        }
    }
    // Quoted terms: fold turns “ ” (and 《》) into '"', so quotes pair up in order.
    let mut parts = folded.split('"');
    parts.next();
    while let Some(inside) = parts.next() {
        let n = inside.chars().count();
        if (2..=MAX_QUOTED_CHARS).contains(&n) && !inside.contains('\n') {
            *counts.entry(format!("“{inside}”")).or_default() += 1;
        }
        parts.next();
    }
    counts
}

/// Terms added (in `new` only) and removed (in `old` only), most frequent first.
pub fn term_changes(old_text: &str, new_text: &str) -> TermChanges {
    let (old, new) = (count_terms(old_text), count_terms(new_text));
    TermChanges {
        added: only_in(&new, &old),
        removed: only_in(&old, &new),
    }
}

fn only_in(a: &HashMap<String, usize>, b: &HashMap<String, usize>) -> Vec<TermCount> {
    let mut v: Vec<TermCount> = a
        .iter()
        .filter(|(t, &n)| n >= MIN_COUNT && !b.contains_key(*t))
        .map(|(t, &n)| TermCount {
            term: t.clone(),
            count: n,
        })
        .collect();
    v.sort_by(|x, y| y.count.cmp(&x.count).then_with(|| x.term.cmp(&y.term)));
    // A word inside a longer term with the same count says nothing more.
    let mut kept: Vec<TermCount> = Vec::new();
    for t in v {
        let bare = t.term.trim_matches(|c| c == '“' || c == '”');
        if kept
            .iter()
            .any(|k| k.count == t.count && k.term != t.term && k.term.contains(bare))
        {
            continue;
        }
        kept.push(t);
        if kept.len() >= MAX_TERMS {
            break;
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn re_scrape_has_no_term_changes() {
        let a = "（一）推进“低空经济”发展，推进“低空经济”。";
        let b = "(一)推进\"低空经济\"发展,推进\"低空经济\"。";
        assert_eq!(term_changes(a, b), TermChanges::default());
    }

    #[test]
    fn single_occurrences_do_not_count() {
        let tc = term_changes("城市更新", "乡村振兴");
        assert!(tc.added.is_empty() && tc.removed.is_empty());
    }
}
