//! The one place alignment and diffing get words from.
//!
//! Everything in `align` and `diff` calls these three functions, so that switching from the
//! local fallback (character bigrams) to the shared tokenizer (`crate::text::tokenize`) is a
//! change to this file only.

/// What a token is (词类).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Word,
    Number,
    Punct,
    Space,
}

/// A token of a clause, with its byte offset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tok<'a> {
    pub text: &'a str,
    pub start: usize,
    pub kind: Kind,
}

fn is_number_char(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '.' | '．' | '%' | '％') || ('０'..='９').contains(&c)
}

/// Split a text into tokens; a number (with its decimal point and percent sign) is one token.
///
/// Fallback: every other non-space, non-punctuation character is a token of its own.
pub fn tokenize(s: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let starts_number = c.is_ascii_digit() || ('０'..='９').contains(&c);
        if starts_number {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = iter.peek() {
                if is_number_char(d) {
                    end = j + d.len_utf8();
                    iter.next();
                } else {
                    break;
                }
            }
            out.push(Tok {
                text: &s[i..end],
                start: i,
                kind: Kind::Number,
            });
        } else {
            let kind = if c.is_whitespace() {
                Kind::Space
            } else if c.is_alphanumeric() {
                Kind::Word
            } else {
                Kind::Punct
            };
            out.push(Tok {
                text: &s[i..i + c.len_utf8()],
                start: i,
                kind,
            });
        }
    }
    out
}

/// Content words of a text (实词): fallback = overlapping bigrams of word characters.
pub fn words(s: &str) -> Vec<&str> {
    let toks: Vec<Tok<'_>> = tokenize(s);
    let mut out = Vec::new();
    for w in toks.windows(2) {
        if w[0].kind == Kind::Word
            && w[1].kind == Kind::Word
            && w[0].start + w[0].text.len() == w[1].start
        {
            out.push(&s[w[0].start..w[1].start + w[1].text.len()]);
        }
    }
    out
}

/// Whether a word is too common in these reports to carry meaning (推进, 加快, 建设…).
pub fn is_generic(w: &str) -> bool {
    matches!(
        w,
        "推进"
            | "加快"
            | "建设"
            | "发展"
            | "实施"
            | "加强"
            | "持续"
            | "全面"
            | "深入"
            | "推动"
            | "提升"
            | "工作"
            | "坚持"
            | "进一步"
    )
}
