//! Letter spacing (字间距): some PDF tools put a space after every character of justified
//! text ("政 府 工 作 报 告", "2 0 2 5 年"). Such spaces are no word boundaries; this module
//! tells a letter-spaced line (or page) from one with a name set apart ("省长 赵龙").

use super::{is_cjk_side, Ch};
use crate::text::is_digit;

/// Single spaces between two ideographs, CJK marks or digits in `line`, and such pairs
/// written together: how far a line is letter-spaced ([`LetterSpacing`]).
fn letter_gaps(line: &[Ch]) -> (usize, usize) {
    let letter = |c: char| is_cjk_side(c) || is_digit(c);
    let (mut gaps, mut together) = (0usize, 0usize);
    for w in line.windows(2) {
        if letter(w[0].c) && letter(w[1].c) {
            together += 1;
        }
    }
    for w in line.windows(3) {
        if letter(w[0].c) && w[1].c == ' ' && letter(w[2].c) {
            gaps += 1;
        }
    }
    (gaps, together)
}

/// Whether a page was extracted with a space after every character ("政 府 工 作 报 告", as
/// some PDF tools give justified text). A line is letter-spaced when it has more single
/// spaces between two ideographs, CJK marks or digits than such pairs written together, and
/// at least three; on a page where a fifth of the lines with spaces are, a short line with
/// one such space is too ("附 件 1"). A line with a name set apart ("省长 赵龙") is not.
pub(super) struct LetterSpacing<'a> {
    /// The page's characters, read only when a short line needs the page's verdict.
    chars: &'a [Ch],
    page: std::cell::OnceCell<bool>,
}

impl<'a> LetterSpacing<'a> {
    const MIN_GAPS: usize = 3;

    pub(super) fn new(chars: &'a [Ch]) -> LetterSpacing<'a> {
        LetterSpacing {
            chars,
            page: std::cell::OnceCell::new(),
        }
    }

    /// Whether a fifth of the lines with spaces are letter-spaced by themselves.
    fn page(&self) -> bool {
        *self.page.get_or_init(|| {
            let (mut spaced, mut with_spaces) = (0usize, 0usize);
            for line in self.chars.split(|c| c.c == '\n') {
                if !line.iter().any(|c| c.c == ' ') {
                    continue;
                }
                with_spaces += 1;
                let (gaps, together) = letter_gaps(line);
                if gaps >= Self::MIN_GAPS && gaps > together {
                    spaced += 1;
                }
            }
            spaced > 0 && spaced * 5 >= with_spaces
        })
    }

    pub(super) fn line(&self, line: &[Ch]) -> bool {
        let (gaps, together) = letter_gaps(line);
        gaps > together && (gaps >= Self::MIN_GAPS || gaps > 0 && self.page())
    }
}
