//! Word-level text diff (词级差异) of two aligned clauses: tokens from the shared tokenizer
//! (numbers are never split), compared folded (as interned ids), shown with the original
//! characters.

use rustc_hash::FxHashMap;
use similar::{capture_diff_slices, Algorithm, DiffOp};

use crate::align::lex;
use crate::model::diff::{WordOp, WordOpKind};
use crate::text::fold_char;

/// Word diffs run on at most this many tokens (both sides together); longer clauses set
/// aside their common beginning and end, and a middle still longer is shown as one deletion
/// and one insertion. Patience/Myers diff costs O(N·D): two unrelated 1 MB clauses took
/// minutes, while real clauses have well under 500 tokens (see docs/robustness.md).
pub const MAX_DIFF_TOKENS: usize = 1000;

/// Diff `old` → `new` word by word; adjacent operations of one kind are merged.
pub fn word_diff(old: &str, new: &str) -> Vec<WordOp> {
    let ot: Vec<&str> = lex::tokenize(old).into_iter().map(|t| t.text).collect();
    let nt: Vec<&str> = lex::tokenize(new).into_iter().map(|t| t.text).collect();
    let (of, nf) = folded_ids(&ot, &nt);
    let mut out: Vec<WordOp> = Vec::new();
    let mut push = |op: WordOpKind, parts: &[&str]| {
        if parts.is_empty() {
            return;
        }
        let text: String = parts.concat();
        match out.last_mut() {
            Some(last) if last.op == op => last.text.push_str(&text),
            _ => out.push(WordOp { op, text }),
        }
    };
    // Short clauses (all real ones) are diffed whole. Longer ones first set aside their
    // common beginning and end (linear), so the bounded middle is what differs.
    let (prefix, suffix) = if of.len() + nf.len() <= MAX_DIFF_TOKENS {
        (0, 0)
    } else {
        let prefix = of.iter().zip(&nf).take_while(|(a, b)| a == b).count();
        let suffix = of[prefix..]
            .iter()
            .rev()
            .zip(nf[prefix..].iter().rev())
            .take_while(|(a, b)| a == b)
            .count();
        (prefix, suffix)
    };
    let (old_end, new_end) = (of.len() - suffix, nf.len() - suffix);
    push(WordOpKind::Equal, &nt[..prefix]);
    if (old_end - prefix) + (new_end - prefix) > MAX_DIFF_TOKENS {
        push(WordOpKind::Delete, &ot[prefix..old_end]);
        push(WordOpKind::Insert, &nt[prefix..new_end]);
    } else {
        let ops = capture_diff_slices(
            Algorithm::Patience,
            &of[prefix..old_end],
            &nf[prefix..new_end],
        );
        for d in ops {
            match d {
                DiffOp::Equal { new_index, len, .. } => {
                    let at = prefix + new_index;
                    push(WordOpKind::Equal, &nt[at..at + len])
                }
                DiffOp::Delete {
                    old_index, old_len, ..
                } => {
                    let at = prefix + old_index;
                    push(WordOpKind::Delete, &ot[at..at + old_len])
                }
                DiffOp::Insert {
                    new_index, new_len, ..
                } => {
                    let at = prefix + new_index;
                    push(WordOpKind::Insert, &nt[at..at + new_len])
                }
                DiffOp::Replace {
                    old_index,
                    old_len,
                    new_index,
                    new_len,
                } => {
                    let (o, n) = (prefix + old_index, prefix + new_index);
                    push(WordOpKind::Delete, &ot[o..o + old_len]);
                    push(WordOpKind::Insert, &nt[n..n + new_len]);
                }
            }
        }
    }
    push(WordOpKind::Equal, &nt[new_end..]);
    out
}

/// The tokens of both sides, folded (see [`crate::text::fold`]), as small integers: two
/// tokens get the same id exactly when their folded texts are equal, so the diff compares
/// and hashes integers instead of strings (the diff only ever asks for equality).
fn folded_ids(old: &[&str], new: &[&str]) -> (Vec<u32>, Vec<u32>) {
    let mut buf = String::new();
    let mut spans = Vec::with_capacity(old.len() + new.len());
    for t in old.iter().chain(new) {
        let start = buf.len();
        buf.extend(t.chars().map(fold_char));
        spans.push((start, buf.len()));
    }
    let mut ids: FxHashMap<&str, u32> = FxHashMap::default();
    let mut all: Vec<u32> = spans
        .iter()
        .map(|&(a, b)| {
            let next = ids.len() as u32;
            *ids.entry(&buf[a..b]).or_insert(next)
        })
        .collect();
    let new_ids = all.split_off(old.len());
    (all, new_ids)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(ops: &[WordOp]) -> String {
        ops.iter()
            .map(|o| match o.op {
                WordOpKind::Equal => o.text.clone(),
                WordOpKind::Delete => format!("[-{}-]", o.text),
                WordOpKind::Insert => format!("{{+{}+}}", o.text),
            })
            .collect()
    }

    #[test]
    fn numbers_are_whole_and_ops_merge() {
        let ops = word_diff("新增技能人才1.5万人", "新增技能人才1万人");
        assert_eq!(render(&ops), "新增技能人才[-1.5万人-]{+1万人+}");
        let ops = word_diff("新建公办幼儿园10所", "新改扩建公办幼儿园10所");
        let r = render(&ops);
        assert!(r.ends_with("公办幼儿园10所") && r.contains("改扩"), "{r}");
        // Adjacent operations of one kind are merged.
        assert!(ops.windows(2).all(|w| w[0].op != w[1].op), "{ops:?}");
    }

    #[test]
    fn ids_are_equal_exactly_when_folded_tokens_are() {
        let old = ["增长", "５％", "，", "a", "增长"];
        let new = ["5%", "增长", ",", "b", "Ａ"];
        let (o, n) = folded_ids(&old, &new);
        for (i, a) in old.iter().enumerate() {
            for (j, b) in new.iter().enumerate() {
                let same = crate::text::fold(a) == crate::text::fold(b);
                assert_eq!(o[i] == n[j], same, "{a} {b}");
            }
            for (k, b) in old.iter().enumerate() {
                let same = crate::text::fold(a) == crate::text::fold(b);
                assert_eq!(o[i] == o[k], same, "{a} {b}");
            }
        }
    }

    #[test]
    fn width_differences_are_equal() {
        let ops = word_diff("增长５％，", "增长5%,");
        assert!(ops.iter().all(|o| o.op == WordOpKind::Equal), "{ops:?}");
    }

    #[test]
    fn long_unrelated_clauses_are_bounded() {
        // Regression (robustness): two unrelated ~1 MB clauses ran Myers diff for minutes.
        let words = [
            "推进", "建设", "发展", "完成", "新建", "改造", "提升", "项目",
        ];
        let mut x: u32 = 7;
        let mut gen = |n: usize| -> String {
            (0..n)
                .map(|_| {
                    x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
                    words[(x >> 16) as usize % words.len()]
                })
                .collect()
        };
        let (a, b) = (
            format!("开头{}结尾", gen(20_000)),
            format!("开头{}结尾", gen(20_000)),
        );
        let start = std::time::Instant::now();
        let ops = word_diff(&a, &b);
        assert!(
            start.elapsed() < std::time::Duration::from_secs(20),
            "{:?}",
            start.elapsed()
        );
        let old: String = ops
            .iter()
            .filter(|o| o.op != WordOpKind::Insert)
            .map(|o| o.text.as_str())
            .collect();
        let new: String = ops
            .iter()
            .filter(|o| o.op != WordOpKind::Delete)
            .map(|o| o.text.as_str())
            .collect();
        assert_eq!((old.as_str(), new.as_str()), (a.as_str(), b.as_str()));
        assert!(ops
            .first()
            .is_some_and(|o| o.op == WordOpKind::Equal && o.text.starts_with("开头")));
    }
}
