//! Text helpers shared by every stage: width/punctuation folding for comparison.

pub mod terms;
pub mod tokenize;

/// Fold a string for comparison (归一化): full-width ASCII forms to half-width, ideographic
/// space to space, Chinese/ASCII punctuation variants to one form, curly quotes to straight.
/// Display always uses the original text; only comparisons use the folded form.
pub fn fold(s: &str) -> String {
    s.chars().map(fold_char).collect()
}

/// Fold one character (see [`fold`]). Preserves char count, so offsets carry over.
pub fn fold_char(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        '“' | '”' | '「' | '」' | '『' | '』' | '《' | '》' => '"',
        '‘' | '’' => '\'',
        '—' | '–' | '〜' => '-',
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_width_and_punctuation() {
        assert_eq!(fold("（一）５％，；："), "(一)5%,;:");
        assert_eq!(fold("(一)5%,;:"), "(一)5%,;:");
        assert_eq!(fold("“先手棋”"), "\"先手棋\"");
    }
}
