//! Word-level text diff (词级差异) of two aligned clauses: tokens from the shared tokenizer
//! (numbers are never split), compared folded, shown with the original characters.

use similar::{capture_diff_slices, Algorithm, DiffOp};

use crate::align::lex;
use crate::model::diff::{WordOp, WordOpKind};
use crate::text::fold;

/// Diff `old` → `new` word by word; adjacent operations of one kind are merged.
pub fn word_diff(old: &str, new: &str) -> Vec<WordOp> {
    let ot: Vec<&str> = lex::tokenize(old).into_iter().map(|t| t.text).collect();
    let nt: Vec<&str> = lex::tokenize(new).into_iter().map(|t| t.text).collect();
    let of: Vec<String> = ot.iter().map(|t| fold(t)).collect();
    let nf: Vec<String> = nt.iter().map(|t| fold(t)).collect();
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
    for d in capture_diff_slices(Algorithm::Patience, &of, &nf) {
        match d {
            DiffOp::Equal { new_index, len, .. } => {
                push(WordOpKind::Equal, &nt[new_index..new_index + len])
            }
            DiffOp::Delete {
                old_index, old_len, ..
            } => push(WordOpKind::Delete, &ot[old_index..old_index + old_len]),
            DiffOp::Insert {
                new_index, new_len, ..
            } => push(WordOpKind::Insert, &nt[new_index..new_index + new_len]),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                push(WordOpKind::Delete, &ot[old_index..old_index + old_len]);
                push(WordOpKind::Insert, &nt[new_index..new_index + new_len]);
            }
        }
    }
    out
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
    fn width_differences_are_equal() {
        let ops = word_diff("增长５％，", "增长5%,");
        assert!(ops.iter().all(|o| o.op == WordOpKind::Equal), "{ops:?}");
    }
}
