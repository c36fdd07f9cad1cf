//! RTF documents → text: Word and WPS save a report as Rich Text Format on request, and some
//! sites offer one for download beside the .doc.
//!
//! RTF is 7-bit text of control words (`\par`), groups (`{…}`) and plain text. The body's text
//! is the plain text outside the groups that are no text: destinations such as the font and
//! colour tables, the style sheet, document information, pictures, headers, footers and notes,
//! a field's instruction (`HYPERLINK "…"`, while its result is kept) and every `\*` group a
//! reader may skip. Characters arrive as `\uN` (Unicode, followed by `\ucN` fallback
//! characters to skip) or as bytes `\'hh` in the code page of the current font's
//! `\fcharset` (134: GBK, 136: Big5…) or else of the document's `\ansicpg` (936: GBK) — so a
//! Chinese Word file's `\'d0\'c2` is 新. `\par`, `\line`, `\page` and `\sect` end a line; a
//! table's cells (`\cell`) and rows (`\row`) become a Markdown row, as the Word readers write
//! one. A numbered list's labels, which Word writes out in `\listtext` groups (一、, （一）),
//! are read as typed ones.

use encoding_rs::Encoding;

/// Destinations whose group holds no body text (besides any `\*` group).
const SKIPPED: &[&str] = &[
    "colortbl",
    "stylesheet",
    "info",
    "pict",
    "object",
    "header",
    "headerl",
    "headerr",
    "headerf",
    "footer",
    "footerl",
    "footerr",
    "footerf",
    "footnote",
    "annotation",
    "fldinst",
    "listtable",
    "listoverridetable",
    "rsidtbl",
    "revtbl",
    "filetbl",
    "xmlnstbl",
    "themedata",
    "colorschememapping",
    "datastore",
    "latentstyles",
    "pgdsctbl",
    "generator",
    "shpinst",
    "nonshppict",
    "txe",
    "xe",
    "tc",
    "bkmkstart",
    "bkmkend",
    "atnid",
    "atnauthor",
    "userprops",
    "docvar",
];

/// The deepest nesting of groups given a state of their own; real documents nest a few
/// dozen deep.
const MAX_DEPTH: usize = 1024;

/// What a group knows: whether its text is skipped, whether it is the font table, its font's
/// code page and how many fallback characters follow a `\uN`.
#[derive(Clone, Copy)]
struct State {
    skip: bool,
    font_table: bool,
    /// Inside a list paragraph's label (`\listtext`, `\pntext`: 一、 then a tab), which Word
    /// writes out for readers that do not number lists: the label is kept, its tab is not.
    list_label: bool,
    encoding: Option<&'static Encoding>,
    uc: usize,
}

/// The encoding of a font's `\fcharset`, if it names one.
fn charset_encoding(charset: i32) -> Option<&'static Encoding> {
    match charset {
        134 => Some(encoding_rs::GB18030),
        136 => Some(encoding_rs::BIG5),
        128 => Some(encoding_rs::SHIFT_JIS),
        129 => Some(encoding_rs::EUC_KR),
        _ => None,
    }
}

/// The encoding of an `\ansicpg` code page (Windows-1252 when unknown).
fn codepage_encoding(codepage: i32) -> &'static Encoding {
    match codepage {
        936 | 54936 => encoding_rs::GB18030,
        950 => encoding_rs::BIG5,
        932 => encoding_rs::SHIFT_JIS,
        949 => encoding_rs::EUC_KR,
        _ => encoding_rs::WINDOWS_1252,
    }
}

/// The text of an RTF document, or `None` when `bytes` do not open as one (`{\rtf`).
pub fn text(bytes: &[u8]) -> Option<String> {
    if !bytes.starts_with(b"{\\rtf") {
        return None;
    }
    let mut reader = Reader::default();
    reader.read(bytes);
    Some(reader.finish())
}

#[derive(Default)]
struct Reader {
    out: String,
    line: String,
    cells: Vec<String>,
    /// Bytes of `\'hh` escapes waiting to be decoded together (a GBK character is two).
    pending: Vec<u8>,
    pending_encoding: Option<&'static Encoding>,
    document_encoding: Option<&'static Encoding>,
    /// `\fN` → its `\fcharset`, from the font table.
    fonts: Vec<(i32, i32)>,
    font_being_read: i32,
    /// Fallback characters of the last `\uN` still to skip.
    to_skip: usize,
    /// The first half of a surrogate pair written as two `\uN`.
    high_surrogate: Option<u32>,
    in_table: bool,
}

impl Reader {
    fn read(&mut self, bytes: &[u8]) {
        let mut stack: Vec<State> = Vec::new();
        let mut state = State {
            skip: false,
            font_table: false,
            list_label: false,
            encoding: None,
            uc: 1,
        };
        // Whether the next control word opens the group (a destination names it first).
        let mut group_start = false;
        let mut too_deep = 0usize;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            match b {
                b'{' => {
                    self.flush();
                    // Past MAX_DEPTH a group shares its parent's state: a hostile file of
                    // braces must not allocate a state per byte.
                    if stack.len() < MAX_DEPTH {
                        stack.push(state);
                    } else {
                        too_deep += 1;
                    }
                    group_start = true;
                    i += 1;
                    continue;
                }
                b'}' => {
                    self.flush();
                    if too_deep > 0 {
                        too_deep -= 1;
                    } else if let Some(outer) = stack.pop() {
                        state = outer;
                    }
                    i += 1;
                }
                b'\\' => {
                    let (word, param, next) = control(bytes, i);
                    i = next;
                    self.control(word, param, &mut state, group_start, bytes, &mut i);
                }
                b'\r' | b'\n' => i += 1,
                _ => {
                    i += 1;
                    if !self.skips_fallback() && !state.skip && !state.font_table {
                        if b < 0x80 && !self.awaits_trail_byte() {
                            self.flush();
                            self.line.push(char::from(b));
                        } else {
                            self.byte(b, state.encoding);
                        }
                    }
                }
            }
            group_start = false;
        }
        self.flush();
    }

    /// Act on control word `word` (or control symbol) with parameter `param`; `i` is past it
    /// (a `\bin` moves it past its data).
    fn control(
        &mut self,
        word: &[u8],
        param: Option<i32>,
        state: &mut State,
        group_start: bool,
        bytes: &[u8],
        i: &mut usize,
    ) {
        let word = std::str::from_utf8(word).unwrap_or("");
        if word == "'" {
            if let Some(hex) = bytes
                .get(*i..*i + 2)
                .and_then(|h| std::str::from_utf8(h).ok())
            {
                if let Ok(b) = u8::from_str_radix(hex, 16) {
                    *i += 2;
                    if !self.skips_fallback() && !state.skip && !state.font_table {
                        self.byte(b, state.encoding);
                    }
                }
            }
            return;
        }
        if word == "bin" {
            let n = usize::try_from(param.unwrap_or(0)).unwrap_or(0);
            *i = i.saturating_add(n).min(bytes.len());
            return;
        }
        if word == "*" || group_start && SKIPPED.contains(&word) {
            state.skip = true;
            return;
        }
        if group_start && word == "fonttbl" {
            state.font_table = true;
            return;
        }
        if group_start && matches!(word, "listtext" | "pntext") {
            state.list_label = true;
            return;
        }
        if state.font_table {
            match (word, param) {
                ("f", Some(n)) => self.font_being_read = n,
                ("fcharset", Some(c)) => self.fonts.push((self.font_being_read, c)),
                _ => {}
            }
            return;
        }
        match (word, param) {
            ("ansicpg", Some(cp)) => self.document_encoding = Some(codepage_encoding(cp)),
            ("f", Some(n)) => {
                state.encoding = self
                    .fonts
                    .iter()
                    .rev()
                    .find(|(f, _)| *f == n)
                    .and_then(|&(_, c)| charset_encoding(c));
            }
            ("uc", Some(n)) => state.uc = usize::try_from(n).unwrap_or(1).min(8),
            ("u", Some(n)) if !state.skip => {
                self.flush();
                let unit = u32::try_from(if n < 0 { n + 65536 } else { n }).unwrap_or(0);
                // A character past U+FFFF comes as two \u, a surrogate pair.
                match (self.high_surrogate.take(), unit) {
                    (_, 0xD800..=0xDBFF) => self.high_surrogate = Some(unit),
                    (Some(high), 0xDC00..=0xDFFF) => {
                        let c = 0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00);
                        self.line.extend(char::from_u32(c));
                    }
                    (_, unit) => self.line.extend(char::from_u32(unit)),
                }
                self.to_skip = state.uc;
            }
            _ if state.skip => {}
            ("par" | "line" | "page" | "sect", _) => {
                self.flush();
                // A paragraph of a table (\intbl) is inside a cell: it goes on in the cell.
                if self.in_table {
                    self.line.push(' ');
                } else {
                    self.out.push_str(self.line.trim_end());
                    self.out.push('\n');
                    self.line.clear();
                }
            }
            ("pard", _) => self.in_table = false,
            ("intbl", _) => self.in_table = true,
            ("cell", _) => {
                self.flush();
                self.cells.push(self.line.trim().to_string());
                self.line.clear();
            }
            ("row", _) => {
                self.flush();
                if !self.cells.is_empty() {
                    self.out.push('|');
                    for cell in self.cells.drain(..) {
                        self.out.push(' ');
                        self.out.push_str(&cell);
                        self.out.push_str(" |");
                    }
                    self.out.push('\n');
                }
                self.line.clear();
                self.in_table = false;
            }
            ("tab", _) if state.list_label => {}
            ("tab", _) => self.push('\t'),
            ("emdash", _) => self.push('—'),
            ("endash", _) => self.push('–'),
            ("lquote", _) => self.push('‘'),
            ("rquote", _) => self.push('’'),
            ("ldblquote", _) => self.push('“'),
            ("rdblquote", _) => self.push('”'),
            ("bullet", _) => self.push('•'),
            ("~", _) => self.push(' '),
            ("_", _) => self.push('-'),
            // An escaped brace or backslash may be a \uN's fallback, counted off here.
            ("\\" | "{" | "}", _) if !self.skips_fallback() => {
                self.push(char::from(word.as_bytes()[0]));
            }
            _ => {}
        }
    }

    /// Whether this character is a `\uN`'s fallback still to skip (counting it off).
    fn skips_fallback(&mut self) -> bool {
        let skip = self.to_skip > 0;
        self.to_skip = self.to_skip.saturating_sub(1);
        skip
    }

    fn push(&mut self, c: char) {
        self.flush();
        self.line.push(c);
    }

    /// A byte of text in `encoding` (the font's, else the document's), decoded with the
    /// bytes next to it.
    fn byte(&mut self, b: u8, encoding: Option<&'static Encoding>) {
        let encoding = encoding.or(self.document_encoding);
        if self.pending_encoding != encoding {
            self.flush();
            self.pending_encoding = encoding;
        }
        self.pending.push(b);
    }

    /// Whether the waiting bytes end with the lead byte of a double-byte character (GBK, Big5):
    /// its trail byte may be a plain letter (醃 is \'e1 then Z) and belongs to it.
    fn awaits_trail_byte(&self) -> bool {
        let double_byte = self
            .pending_encoding
            .or(self.document_encoding)
            .is_some_and(|e| e != encoding_rs::WINDOWS_1252);
        if !double_byte {
            return false;
        }
        let mut k = 0;
        while k < self.pending.len() {
            k += if self.pending[k] >= 0x81 { 2 } else { 1 };
        }
        k > self.pending.len()
    }

    /// Decode the waiting bytes into the line.
    fn flush(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let encoding = self.pending_encoding.unwrap_or(encoding_rs::WINDOWS_1252);
        let (text, _) = encoding.decode_without_bom_handling(&self.pending);
        self.line.push_str(&text);
        self.pending.clear();
    }

    fn finish(mut self) -> String {
        self.flush();
        self.out.push_str(self.line.trim_end());
        self.out
    }
}

/// The control word or symbol at `bytes[at]` (a backslash): its name, its numeric parameter
/// and where the text after it starts (past the one space that may end it).
fn control(bytes: &[u8], at: usize) -> (&[u8], Option<i32>, usize) {
    let start = at + 1;
    let Some(&first) = bytes.get(start) else {
        return (&[], None, start);
    };
    if !first.is_ascii_alphabetic() {
        // A control symbol: \' \* \~ \- \_ \\ \{ \} and any other one character.
        return (&bytes[start..start + 1], None, start + 1);
    }
    let mut k = start;
    while k < bytes.len() && bytes[k].is_ascii_alphabetic() && k - start < 32 {
        k += 1;
    }
    let word = &bytes[start..k];
    let mut param = None;
    let digits_from = k;
    if bytes.get(k) == Some(&b'-') {
        k += 1;
    }
    let digits = k;
    while k < bytes.len() && bytes[k].is_ascii_digit() && k - digits < 10 {
        k += 1;
    }
    if k > digits {
        param = std::str::from_utf8(&bytes[digits_from..k])
            .ok()
            .and_then(|s| s.parse::<i64>().ok())
            .map(|n| n.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32);
    } else {
        k = digits_from;
    }
    if bytes.get(k) == Some(&b' ') {
        k += 1;
    }
    (word, param, k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_style_gbk_bytes_and_unicode_escapes() {
        // 新建 in GBK bytes under \ansicpg936, 学校 as \u with a fallback byte each.
        let rtf = b"{\\rtf1\\ansi\\ansicpg936{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}}\
            {\\info{\\title x}}\\f0 \\'d0\\'c2\\'bd\\'a8\\u23398\\'3f\\u26657\\'3f10\\'cb\\'f9\\'a1\\'a3\\par\
            {\\*\\generator Word}\\'b6\\'fe\\'a1\\'a2\\par}";
        assert_eq!(text(rtf).unwrap(), "新建学校10所。\n二、\n");
    }

    /// A list paragraph's label, as Word writes it out (`{\listtext 一、\tab}`), opens the
    /// paragraph without the tab.
    #[test]
    fn list_labels_are_kept_without_their_tab() {
        let rtf = b"{\\rtf1\\ansi {\\listtext \\u20108?\\u12289?\\tab}\\u24037?\\u20316?\\par \\tab x\\par}";
        assert_eq!(text(rtf).unwrap(), "二、工作\n\tx\n");
    }

    /// A character past U+FFFF (𠀀, CJK extension B) comes as a surrogate pair of \u.
    #[test]
    fn a_surrogate_pair_is_one_character() {
        let rtf = b"{\\rtf1\\ansi \\u-10176?\\u-9216?\\par}";
        assert_eq!(text(rtf).unwrap(), "\u{20000}\n");
    }

    /// A writer may leave a double-byte character's trail byte plain when it is a letter.
    #[test]
    fn a_plain_trail_byte_belongs_to_its_character() {
        let rtf = b"{\\rtf1\\ansi\\ansicpg936 \\'e1Z\\'c6\\'b7A\\par}";
        assert_eq!(text(rtf).unwrap(), "醃品A\n");
    }

    #[test]
    fn fields_tables_and_skipped_groups() {
        // Line ends are no text in RTF; the spaces that would indent them here would be.
        let rtf = concat!(
            r#"{\rtf1\ansi{\colortbl;\red0;}{\header page}"#,
            "\n",
            r#"{\field{\*\fldinst HYPERLINK "http://x"}{\fldrslt \u20013\'3f\u22269\'3f}}\par"#,
            "\r\n",
            r#"\pard\intbl A\cell B\par C\cell\row\pard \u26032\'3f\par}"#
        )
        .as_bytes();
        assert_eq!(text(rtf).unwrap(), "中国\n| A | B C |\n新\n");
    }

    #[test]
    fn odd_input_never_panics() {
        for rtf in [
            &b"{\\rtf"[..],
            b"{\\rtf1 \\",
            b"{\\rtf1 \\'",
            b"{\\rtf1 \\'zz\\u-99999999999 \\bin999999999 x}",
            b"{\\rtf1 }}}}{{{{\\uc99 \\u20013 abc",
        ] {
            let _ = text(rtf);
        }
        // Braces nested past the state stack's cap, then text after them all close.
        let mut deep = b"{\\rtf1 ".to_vec();
        deep.extend(std::iter::repeat_n(b'{', 5000));
        deep.extend(std::iter::repeat_n(b'}', 5000));
        deep.extend(b"abc}");
        assert_eq!(text(&deep).unwrap(), "abc");
    }
}
