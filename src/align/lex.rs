//! The one place alignment and diffing get words from: a thin adapter over the shared
//! tokenizer ([`crate::text::tokenize`]), so the rest of `align` and `diff` does not depend on
//! its exact types.

use crate::text::tokenize as tk;

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

/// Split a text into tokens covering it; a number with its unit and qualifier is one token.
pub fn tokenize(s: &str) -> Vec<Tok<'_>> {
    tk::tokenize(s)
        .into_iter()
        .map(|t| Tok {
            text: t.text,
            start: t.start,
            kind: match t.kind {
                tk::TokenKind::Word => Kind::Word,
                tk::TokenKind::Number => Kind::Number,
                tk::TokenKind::Punct => Kind::Punct,
                tk::TokenKind::Space => Kind::Space,
            },
        })
        .collect()
}

/// Content words of a text (实词): no numbers, punctuation or generic words.
pub fn words(s: &str) -> Vec<&str> {
    tk::words(s)
}

/// [`words`] without collecting them: `f` is called with each content word, in order.
pub fn each_word<'a>(s: &'a str, f: impl FnMut(&'a str)) {
    content_words(&tk::tokenize(s), f);
}

/// Call `f` with each content word among `tokens`, in order.
fn content_words<'a>(tokens: &[tk::Token<'a>], mut f: impl FnMut(&'a str)) {
    for t in tokens {
        if t.kind == tk::TokenKind::Word && !tk::is_generic(t.text) {
            f(t.text);
        }
    }
}

/// A text segmented once together with its parts (a sentence and its clauses): each part's
/// words come from the whole's tokens where that is provably what segmenting the part alone
/// gives ([`tk::tokenize_parts`]), and from segmenting the part otherwise.
pub struct Parts<'a> {
    text: &'a str,
    tokens: Vec<tk::Token<'a>>,
    parts: Vec<(usize, usize)>,
    derived: Vec<Option<std::ops::Range<usize>>>,
}

impl<'a> Parts<'a> {
    /// Segment `text`, whose parts are the byte ranges `parts`.
    pub fn new(text: &'a str, parts: &[(usize, usize)]) -> Parts<'a> {
        let (tokens, derived) = tk::tokenize_parts(text, parts);
        Parts {
            text,
            tokens,
            parts: parts.to_vec(),
            derived,
        }
    }

    /// [`each_word`] of the whole text.
    pub fn each_word(&self, f: impl FnMut(&'a str)) {
        content_words(&self.tokens, f);
    }

    /// [`each_word`] of part `k` (nothing for a part out of range).
    pub fn each_part_word(&self, k: usize, f: impl FnMut(&'a str)) {
        match self.derived.get(k) {
            Some(Some(range)) => content_words(&self.tokens[range.clone()], f),
            Some(None) => {
                let (a, b) = self.parts[k];
                each_word(self.text.get(a..b).unwrap_or_default(), f);
            }
            None => {}
        }
    }
}
