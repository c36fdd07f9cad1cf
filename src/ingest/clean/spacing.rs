//! Letter spacing (字间距): some PDF tools put a space after every character of justified
//! text ("政 府 工 作 报 告", "2 0 2 5 年"). Such spaces are no word boundaries; this module
//! tells a letter-spaced line (or page) from one with a name set apart ("省长 赵龙").

use super::{is_cjk_side, Ch};
use crate::text::is_digit;

/// The most blanks a letter gap holds: some tools space letters with " 　 " (a space, an
/// ideographic space and a space).
pub(super) const MAX_GAP: usize = 3;

/// Whether `gap` can space letters: a single space, or up to [`MAX_GAP`] ordinary and
/// ideographic spaces mixed (an ideographic space alone is written by hand, "省长　赵龙";
/// two ordinary spaces are a real space on a letter-spaced line).
pub(super) fn is_letter_gap(gap: &[Ch]) -> bool {
    match gap {
        [one] => one.c == ' ',
        _ => {
            gap.len() <= MAX_GAP
                && gap.iter().all(|c| matches!(c.c, ' ' | '\u{3000}'))
                && gap.iter().any(|c| c.c == ' ')
                && gap.iter().any(|c| c.c == '\u{3000}')
        }
    }
}

/// The length of the run of blanks at `at` in `line`, counted up to one more than a letter
/// gap can hold.
fn blanks_at(line: &[Ch], at: usize) -> usize {
    line.get(at..).map_or(0, |rest| {
        rest.iter()
            .take(MAX_GAP + 1)
            .take_while(|c| c.c.is_whitespace())
            .count()
    })
}

/// Letter gaps ([`is_letter_gap`]) between two ideographs, CJK marks or digits in `line`,
/// and such pairs written together: how far a line is letter-spaced ([`LetterSpacing`]).
fn letter_gaps(line: &[Ch]) -> (usize, usize) {
    let letter = |c: char| is_cjk_side(c) || is_digit(c);
    let (mut gaps, mut together) = (0usize, 0usize);
    for (i, w) in line.windows(2).enumerate() {
        if !letter(w[0].c) {
            continue;
        }
        if letter(w[1].c) {
            together += 1;
            continue;
        }
        let run = blanks_at(line, i + 1);
        if is_letter_gap(&line[i + 1..i + 1 + run])
            && line.get(i + 1 + run).is_some_and(|c| letter(c.c))
        {
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

    /// Whether `line` is letter-spaced: by itself, or on a letter-spaced page, short or
    /// opening with a spaced lead-in ("各 位 代 表 ：现在，我代表国务院，…", where the PDF
    /// placed only its bold letters one by one).
    pub(super) fn line(&self, line: &[Ch]) -> bool {
        let (gaps, together) = letter_gaps(line);
        if gaps > together {
            gaps >= Self::MIN_GAPS || gaps > 0 && self.page()
        } else {
            gaps >= Self::MIN_GAPS && spaced_lead_in(line) >= Self::MIN_GAPS && self.page()
        }
    }
}

/// How many letter gaps ([`is_letter_gap`]) open `line`, each after a lone character.
fn spaced_lead_in(line: &[Ch]) -> usize {
    let start = line.iter().take_while(|c| c.c.is_whitespace()).count();
    let mut at = start;
    let mut gaps = 0;
    while at + 1 < line.len() && !line[at].c.is_whitespace() {
        let run = blanks_at(line, at + 1);
        if run == 0 || !is_letter_gap(&line[at + 1..at + 1 + run]) {
            break;
        }
        gaps += 1;
        at += 1 + run;
    }
    gaps
}
