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
pub fn each_word<'a>(s: &'a str, mut f: impl FnMut(&'a str)) {
    for t in tk::tokenize(s) {
        if t.kind == tk::TokenKind::Word && !tk::is_generic(t.text) {
            f(t.text);
        }
    }
}
