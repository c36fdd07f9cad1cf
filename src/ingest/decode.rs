//! Bytes → UTF-8 text, detecting the encoding (UTF-8, UTF-16 with BOM, GB18030/GBK, Big5).
//!
//! Reports arrive saved by Word (UTF-16 with BOM), by Windows tools (GBK/GB18030) and by web
//! scrapers (UTF-8 with or without BOM). The same report must decode to the same text in any of
//! these, and things that are not text at all (executables, archives, PDFs, images) are refused
//! with a reason instead of being "decoded" into garbage. A file with a few damaged bytes (a
//! download cut or garbled in places: at most one in a thousand characters) is read with
//! U+FFFD for each, and says how many ([`Decoded::undecodable`]); more damage is refused.

use crate::error::InputError;
use encoding_rs::{GB18030, UTF_16BE, UTF_16LE};

/// Decoded text and how it was encoded.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Decoded {
    pub text: String,
    /// `UTF-8`, `UTF-16LE`, `UTF-16BE`, `GB18030` or `Big5`; `DOCX` for a Word document (its
    /// body's text: [`super::docx`]), `DOC` for a Word 97–2003 or WPS document
    /// ([`super::doc`]), `RTF` for an RTF document ([`super::rtf`]), `ODT` for an
    /// OpenDocument text ([`super::odt`]), `OFD` for an OFD document (its pages' lines:
    /// [`super::ofd`]).
    pub encoding: &'static str,
    pub bom: bool,
    /// The text had been decoded with the wrong encoding before it was saved (mojibake) and
    /// was decoded again from its original bytes, whose encoding `encoding` names.
    pub mojibake_repaired: bool,
    /// Byte sequences that could not be decoded in `encoding` and were read as U+FFFD (a
    /// damaged file); 0 for a clean one.
    pub undecodable: usize,
}

/// Damage a file may have and still be read: one U+FFFD per this many characters.
const MAX_DAMAGE_PER: usize = 1000;

/// Whether `replaced` undecodable sequences in `text` are few enough to read it anyway.
fn slightly_damaged(text: &str, replaced: usize) -> bool {
    replaced * MAX_DAMAGE_PER <= text.chars().count()
}

/// UTF-8 with each invalid sequence read as U+FFFD, and how many there were.
fn utf8_lossy(bytes: &[u8]) -> (String, usize) {
    let mut text = String::with_capacity(bytes.len());
    let mut replaced = 0;
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        if !chunk.invalid().is_empty() {
            text.push('\u{fffd}');
            replaced += 1;
        }
    }
    (text, replaced)
}

/// The signature of an OLE compound file: a Word 97–2003 .doc or WPS .wps ([`super::doc`]),
/// or another Office document.
const OLE_MAGIC: &[u8] = b"\xd0\xcf\x11\xe0";

/// File signatures (magic numbers) of common binary formats, with a name for the message.
/// Signatures made of letters only (see [`WEAK_MAGIC`]) need more evidence.
const MAGIC: &[(&[u8], &str)] = &[
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "Windows executable"),
    (
        b"PK\x03\x04",
        "zip archive, not a Word .docx, OpenDocument .odt or OFD",
    ),
    (b"PK\x05\x06", "zip archive"),
    (
        b"%PDF",
        "PDF document: extract its text first, e.g. with pdftotext",
    ),
    (b"\x89PNG", "PNG image"),
    (b"GIF8", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"7z\xbc\xaf", "7z archive"),
    (b"Rar!", "RAR archive"),
    (
        OLE_MAGIC,
        "OLE document holding no Word text (an Excel .xls, a Works .wps…): save it as .docx or \
         text",
    ),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ", "xz archive"),
];

/// Signatures that are also how a line of text can start ("MZ …" a model number, "BZh…" a
/// romanised name): they mark a binary file only when control bytes follow soon after, as
/// they always do in a real executable or bzip2 stream.
const WEAK_MAGIC: &[&[u8]] = &[b"MZ", b"BZh"];

/// The text of a file that is a document rather than text, by its signature: a zip archive
/// holding a Word document's body (`docx`, encoding `DOCX`), an OpenDocument text's body
/// (`odt`, `ODT`) or an OFD document's pages (`ofd`, `OFD`); an OLE compound file holding a Word 97–2003 or WPS document (`doc`,
/// `DOC`); an RTF document (`rtf`, `RTF`). `None` for any other file, including an archive
/// or a compound file that holds no document (refused by its signature afterwards).
fn document_text(bytes: &[u8]) -> Result<Option<(String, &'static str)>, InputError> {
    if bytes.starts_with(b"PK\x03\x04") {
        if let Some(text) = super::docx::text(bytes)? {
            return Ok(Some((text, "DOCX")));
        }
        if let Some(text) = super::odt::text(bytes)? {
            return Ok(Some((text, "ODT")));
        }
        return Ok(super::ofd::text(bytes)?.map(|text| (text, "OFD")));
    }
    if bytes.starts_with(OLE_MAGIC) {
        return Ok(super::doc::text(bytes)?.map(|text| (text, "DOC")));
    }
    Ok(super::rtf::text(bytes).map(|text| (text, "RTF")))
}

/// Whether the file starts with a known binary signature; for a [`WEAK_MAGIC`] one, only when
/// the first 64 bytes also hold a control byte that text never has.
fn binary_signature(bytes: &[u8]) -> Option<&'static str> {
    let (magic, what) = MAGIC.iter().find(|(m, _)| bytes.starts_with(m))?;
    if WEAK_MAGIC.contains(magic) {
        let head = &bytes[..bytes.len().min(64)];
        let control =
            |b: &u8| (*b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)) || *b == 0x7f;
        if !head.iter().any(control) {
            return None;
        }
    }
    Some(what)
}

/// Decode bytes as UTF-8 (with or without BOM), UTF-16 (with BOM, or without when the NUL
/// pattern is unmistakable) or GB18030. Line endings are left as they are (cleaning handles
/// CRLF). The BOM is stripped from the text and reported in `bom`.
pub fn decode(bytes: &[u8]) -> Result<Decoded, InputError> {
    if bytes.is_empty() {
        return Err(InputError::Empty);
    }
    let decoded = if let Some(rest) = bytes.strip_prefix(b"\xef\xbb\xbf") {
        let (text, undecodable) = match std::str::from_utf8(rest) {
            Ok(text) => (text.to_string(), 0),
            Err(_) => utf8_lossy(rest),
        };
        if !slightly_damaged(&text, undecodable) {
            return Err(InputError::Undecodable);
        }
        Decoded {
            text,
            encoding: "UTF-8",
            bom: true,
            undecodable,
            ..Default::default()
        }
    } else if let Some(rest) = bytes.strip_prefix(b"\xff\xfe") {
        Decoded {
            text: utf16(rest, true)?,
            encoding: "UTF-16LE",
            bom: true,
            ..Default::default()
        }
    } else if let Some(rest) = bytes.strip_prefix(b"\xfe\xff") {
        Decoded {
            text: utf16(rest, false)?,
            encoding: "UTF-16BE",
            bom: true,
            ..Default::default()
        }
    } else if let Some((text, encoding)) = document_text(bytes)? {
        Decoded {
            text,
            encoding,
            ..Default::default()
        }
    } else {
        if let Some(what) = binary_signature(bytes) {
            return Err(InputError::Binary(what.to_string()));
        }
        // UTF-16 without a BOM is recognised by its zero bytes: text with none (one memchr
        // pass) skips the two counting passes.
        let has_nul = bytes.contains(&0);
        let utf16_order = if has_nul {
            utf16_without_bom(bytes)
        } else {
            None
        };
        if let Some(little) = utf16_order {
            let encoding = if little { "UTF-16LE" } else { "UTF-16BE" };
            Decoded {
                text: utf16(bytes, little)?,
                encoding,
                ..Default::default()
            }
        } else if has_nul {
            return Err(InputError::Binary("contains NUL bytes".into()));
        } else {
            decode_8bit(bytes)?
        }
    };
    let decoded = match repair_mojibake(&decoded.text) {
        Some((text, encoding)) => Decoded {
            text,
            encoding,
            bom: decoded.bom,
            mojibake_repaired: true,
            undecodable: 0,
        },
        None => decoded,
    };
    check_text(&decoded.text)?;
    Ok(decoded)
}

/// The windows-1252 characters of bytes 0x80–0x9F (the rest of that range decodes to the C1
/// control of the same number, as Latin-1 decodes all of it).
const CP1252_HIGH: [(char, u8); 27] = [
    ('€', 0x80),
    ('‚', 0x82),
    ('ƒ', 0x83),
    ('„', 0x84),
    ('…', 0x85),
    ('†', 0x86),
    ('‡', 0x87),
    ('ˆ', 0x88),
    ('‰', 0x89),
    ('Š', 0x8a),
    ('‹', 0x8b),
    ('Œ', 0x8c),
    ('Ž', 0x8e),
    ('‘', 0x91),
    ('’', 0x92),
    ('“', 0x93),
    ('”', 0x94),
    ('•', 0x95),
    ('–', 0x96),
    ('—', 0x97),
    ('˜', 0x98),
    ('™', 0x99),
    ('š', 0x9a),
    ('›', 0x9b),
    ('œ', 0x9c),
    ('ž', 0x9e),
    ('Ÿ', 0x9f),
];

/// Text that was decoded once already with the wrong encoding (mojibake, 乱码): a GBK page
/// read as Latin-1 or windows-1252 and saved as UTF-8 ("Õþ¸®¹¤×÷±¨¸æ" for 政府工作报告), or
/// UTF-8 decoded that way and encoded again ("æ”¿åºœ"). Recognised by having no character
/// outside Latin-1 and windows-1252 (so no CJK ideograph) and at least 20 outside ASCII;
/// repaired by writing the characters back as the bytes they came from and decoding the
/// bytes as UTF-8, else GB18030. `None` when the text is not such, or the bytes do not
/// decode into Chinese text.
fn repair_mojibake(text: &str) -> Option<(String, &'static str)> {
    const MIN_NON_ASCII: usize = 20;
    let byte_of = |c: char| -> Option<u8> {
        match c as u32 {
            0..=0xff => Some(c as u8),
            _ => CP1252_HIGH.iter().find(|&&(k, _)| k == c).map(|&(_, b)| b),
        }
    };
    // Every character must be one a byte stood for; a real report fails at its first
    // ideograph, so this costs next to nothing on one.
    let mut bytes: Vec<u8> = Vec::new();
    let mut non_ascii = 0usize;
    for c in text.chars() {
        bytes.push(byte_of(c)?);
        non_ascii += usize::from(!c.is_ascii());
    }
    if non_ascii < MIN_NON_ASCII {
        return None;
    }
    if let Ok(s) = std::str::from_utf8(&bytes) {
        return mostly_chinese(s).then(|| (s.to_string(), "UTF-8"));
    }
    let s = GB18030.decode_without_bom_handling_and_without_replacement(&bytes)?;
    (mostly_chinese(&s) && !implausible_gb18030(&s)).then(|| (s.into_owned(), "GB18030"))
}

/// Whether `s` reads as Chinese text: ideographs make at least half of its characters outside
/// ASCII, and there are a few of them.
fn mostly_chinese(s: &str) -> bool {
    let non_ascii = s.chars().filter(|c| !c.is_ascii()).count();
    let cjk = s
        .chars()
        .filter(|&c| crate::text::is_cjk_ideograph(c))
        .count();
    cjk * 2 >= non_ascii && cjk >= MIN_IDEOGRAPHS
}

/// Ideographs text needs to count as Chinese ([`mostly_chinese`]).
const MIN_IDEOGRAPHS: usize = 10;

/// Text without BOM: UTF-8 when valid (a multi-byte character cut off at the very end is
/// dropped); UTF-8 with a handful of damaged bytes replaced by U+FFFD (at most one in a
/// thousand: GB18030 text read as UTF-8 fails almost everywhere, while damaged UTF-8 can
/// still "decode" as GB18030 mojibake); else GB18030 when it decodes cleanly and plausibly;
/// else GB18030 with a handful of damaged bytes when that reads as Chinese (the detector
/// cannot tell: one invalid sequence rules an encoding out for it).
fn decode_8bit(bytes: &[u8]) -> Result<Decoded, InputError> {
    let err = match std::str::from_utf8(bytes) {
        Ok(text) => return Ok(without_bom("UTF-8", text.to_string(), 0)),
        Err(e) => e,
    };
    if err.error_len().is_none() && err.valid_up_to() + 4 > bytes.len() {
        if let Ok(text) = std::str::from_utf8(&bytes[..err.valid_up_to()]) {
            return Ok(without_bom("UTF-8", text.to_string(), 0));
        }
    }
    let (lossy, damaged) = utf8_lossy(bytes);
    let slightly_damaged_utf8 = slightly_damaged(&lossy, damaged);
    // Mostly-ASCII GB18030 also looks like slightly damaged UTF-8: let the detector decide.
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let guess = detector.guess(None, chardetng::Utf8Detection::Allow);
    if slightly_damaged_utf8 && guess == encoding_rs::UTF_8 {
        return Ok(without_bom("UTF-8", lossy, damaged));
    }
    // Big5 (a Taiwan or Hong Kong page) decodes as GB18030 too, into nonsense: only the
    // detector tells them apart, and never took a GBK report for Big5 (32 seed and corpus
    // files). The traditional characters are then written simplified by the cleaner.
    if guess == encoding_rs::BIG5 {
        if let Some(d) = chinese_with_slight_damage(encoding_rs::BIG5, "Big5", bytes) {
            return Ok(d);
        }
    }
    if let Some(text) = GB18030.decode_without_bom_handling_and_without_replacement(bytes) {
        if !implausible_gb18030(&text) {
            return Ok(without_bom("GB18030", text.into_owned(), 0));
        }
    }
    if slightly_damaged_utf8 {
        return Ok(without_bom("UTF-8", lossy, damaged));
    }
    chinese_with_slight_damage(GB18030, "GB18030", bytes).ok_or(InputError::Undecodable)
}

/// Text decoded from bytes without a BOM in `encoding`, with `undecodable` U+FFFD in it.
fn without_bom(encoding: &'static str, text: String, undecodable: usize) -> Decoded {
    Decoded {
        text,
        encoding,
        bom: false,
        undecodable,
        ..Default::default()
    }
}

/// `bytes` in `encoding` (named `name`), each invalid sequence read as U+FFFD, when there are
/// few of them ([`slightly_damaged`]) and the text reads as Chinese.
fn chinese_with_slight_damage(
    encoding: &'static encoding_rs::Encoding,
    name: &'static str,
    bytes: &[u8],
) -> Option<Decoded> {
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    let replaced = text.matches('\u{fffd}').count();
    (slightly_damaged(&text, replaced) && mostly_chinese(&text) && !implausible_gb18030(&text))
        .then(|| without_bom(name, text.into_owned(), replaced))
}

/// Decode UTF-16 without replacement; a stray BOM left after the first is stripped too.
fn utf16(bytes: &[u8], little: bool) -> Result<String, InputError> {
    let enc = if little { UTF_16LE } else { UTF_16BE };
    if !bytes.len().is_multiple_of(2) {
        return Err(InputError::Undecodable);
    }
    let text = enc
        .decode_without_bom_handling_and_without_replacement(bytes)
        .ok_or(InputError::Undecodable)?;
    Ok(text.trim_start_matches('\u{feff}').to_string())
}

/// UTF-16 without a BOM (a file that has NUL bytes, so no UTF-8 or GB text): recognised
/// when its NUL pattern is unmistakable (most high bytes zero: ASCII-heavy text), or, for
/// Chinese text, whose code units are mostly not zero, when the text read in the byte order
/// that puts most zero bytes high (its line ends and figures) is almost all Chinese,
/// punctuation and ASCII. `Some(true)` = little-endian.
fn utf16_without_bom(bytes: &[u8]) -> Option<bool> {
    if bytes.len() < 8 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let pairs = bytes.len() / 2;
    let even_zero = bytes.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_zero = bytes.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    if odd_zero * 2 > pairs && even_zero * 20 < pairs {
        Some(true)
    } else if even_zero * 2 > pairs && odd_zero * 20 < pairs {
        Some(false)
    } else {
        // Zero bytes mostly on the side the order puts ASCII's high byte on.
        let little = odd_zero > even_zero;
        let enc = if little { UTF_16LE } else { UTF_16BE };
        let text = enc.decode_without_bom_handling_and_without_replacement(bytes)?;
        reads_as_chinese(&text).then_some(little)
    }
}

/// Whether decoded text is almost all (19 in 20) what a Chinese report is written in: CJK
/// ideographs and punctuation, full-width forms, general punctuation, printable ASCII and
/// line ends; and at least a tenth ideographs. Bytes read in the wrong order or binary data
/// scatter over the whole code space.
fn reads_as_chinese(text: &str) -> bool {
    let (mut total, mut plausible, mut ideographs) = (0usize, 0usize, 0usize);
    for c in text.chars() {
        total += 1;
        let ideograph = ('\u{4e00}'..='\u{9fff}').contains(&c);
        ideographs += usize::from(ideograph);
        plausible += usize::from(
            ideograph
                || ('\u{3000}'..='\u{303f}').contains(&c)
                || ('\u{ff00}'..='\u{ffef}').contains(&c)
                || ('\u{2000}'..='\u{206f}').contains(&c)
                || (' '..='~').contains(&c)
                || matches!(c, '\n' | '\r' | '\t'),
        );
    }
    total > 0 && plausible * 20 >= total * 19 && ideographs * 10 >= total
}

/// GB18030 decodes almost any byte soup; text that needed many private-use or four-byte
/// mappings is not a Chinese report.
fn implausible_gb18030(text: &str) -> bool {
    let total = text.chars().count().max(1);
    let odd = text
        .chars()
        .filter(|&c| ('\u{e000}'..='\u{f8ff}').contains(&c) || c as u32 > 0xffff)
        .count();
    odd * 20 > total
}

/// Refuse decoded text that is blank or mostly control characters.
fn check_text(text: &str) -> Result<(), InputError> {
    if text
        .chars()
        .all(|c| c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}')
    {
        return Err(InputError::Blank);
    }
    let total = text.chars().count();
    let controls = text
        .chars()
        .filter(|&c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        .count();
    if controls * 50 > total {
        return Err(InputError::Binary(format!(
            "{controls} control characters in {total}"
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: &str = "各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n二、2025年工作安排\n全年地区生产总值增长5.5%左右，城镇新增就业4.6万人（ＧＤＰ）。\n";

    fn utf16_bytes(s: &str, little: bool, bom: bool) -> Vec<u8> {
        let mut out = Vec::new();
        if bom {
            out.extend_from_slice(if little { &[0xff, 0xfe] } else { &[0xfe, 0xff] });
        }
        for u in s.encode_utf16() {
            out.extend_from_slice(&if little {
                u.to_le_bytes()
            } else {
                u.to_be_bytes()
            });
        }
        out
    }

    #[test]
    fn utf8_with_and_without_bom() {
        let d = decode(SEED.as_bytes()).unwrap();
        assert_eq!((d.text.as_str(), d.encoding, d.bom), (SEED, "UTF-8", false));
        let mut b = b"\xef\xbb\xbf".to_vec();
        b.extend_from_slice(SEED.as_bytes());
        let d = decode(&b).unwrap();
        assert_eq!((d.text.as_str(), d.encoding, d.bom), (SEED, "UTF-8", true));
    }

    /// Bytes read once with the wrong single-byte encoding and saved as UTF-8: `bytes` as
    /// Latin-1 (every byte its own code point) or as a browser reads windows-1252 (0x80–0x9F
    /// its specials, the five it leaves undefined their C1 controls).
    fn misread(bytes: &[u8], windows: bool) -> String {
        bytes
            .iter()
            .map(|&b| {
                let special = CP1252_HIGH.iter().find(|&&(_, x)| x == b);
                match special {
                    Some(&(c, _)) if windows => c,
                    _ => char::from(b),
                }
            })
            .collect()
    }

    /// A GBK page read as Latin-1 or windows-1252, and UTF-8 read that way, decode to the
    /// report again and say so; text that is Latin-1 on purpose is left alone.
    #[test]
    fn mojibake_is_repaired() {
        let (gbk, _, _) = GB18030.encode(SEED);
        for windows in [false, true] {
            for (bytes, encoding) in [(gbk.as_ref(), "GB18030"), (SEED.as_bytes(), "UTF-8")] {
                let garbled = misread(bytes, windows);
                let d = decode(garbled.as_bytes()).unwrap();
                assert_eq!(d.text, SEED, "{encoding}, windows-1252: {windows}");
                assert_eq!((d.encoding, d.mojibake_repaired), (encoding, true));
            }
        }
        let french =
            "Le développement économique de la région a été très élevé cette année. ".repeat(3);
        let d = decode(french.as_bytes()).unwrap();
        assert_eq!(
            (d.text.as_str(), d.mojibake_repaired),
            (french.as_str(), false)
        );
        let d = decode(SEED.as_bytes()).unwrap();
        assert!(!d.mojibake_repaired);
    }

    /// A Big5 page (traditional characters) is read as Big5, not as the GB18030 nonsense its
    /// bytes also decode to.
    #[test]
    fn big5_is_read_as_big5() {
        let text =
            "各位代表：\n現在，我代表市人民政府向大會報告工作，請予審議。\n二、2025年工作安排\n\
                    全年地區生產總值增長5.5%左右，城鎮新增就業4.6萬人，實現經濟穩定增長。\n"
                .repeat(20);
        let (bytes, _, unmappable) = encoding_rs::BIG5.encode(&text);
        assert!(!unmappable);
        let d = decode(&bytes).unwrap();
        assert_eq!(
            (d.encoding, d.text.as_str(), d.undecodable),
            ("Big5", text.as_str(), 0)
        );
        // The same text in GBK stays GBK.
        let (gbk, _, _) = GB18030.encode(&text);
        assert_eq!(decode(&gbk).unwrap().encoding, "GB18030");
    }

    #[test]
    fn gb18030_round_trip() {
        let (bytes, _, bad) = GB18030.encode(SEED);
        assert!(!bad);
        assert!(
            std::str::from_utf8(&bytes).is_err(),
            "test input must not be valid UTF-8"
        );
        let d = decode(&bytes).unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding, d.bom),
            (SEED, "GB18030", false)
        );
    }

    #[test]
    fn utf16_round_trips() {
        for little in [true, false] {
            let d = decode(&utf16_bytes(SEED, little, true)).unwrap();
            assert_eq!(d.text, SEED);
            assert!(d.bom);
            assert_eq!(d.encoding, if little { "UTF-16LE" } else { "UTF-16BE" });
        }
        // ASCII-heavy UTF-16 without BOM is recognised by its NUL pattern.
        let d = decode(&utf16_bytes("Report 2025: GDP +5%\n", true, false)).unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding),
            ("Report 2025: GDP +5%\n", "UTF-16LE")
        );
        // Chinese UTF-16 without BOM (few zero bytes: only its line ends and figures have
        // them) reads by the text it makes in each order; binary with NULs stays refused.
        let report = "一、2025年工作安排\n今年地区生产总值增长5%左右，城镇新增就业12万人。\n";
        for little in [true, false] {
            let d = decode(&utf16_bytes(report, little, false)).unwrap();
            assert_eq!(d.text, report);
            assert_eq!(d.encoding, if little { "UTF-16LE" } else { "UTF-16BE" });
        }
        let noise: Vec<u8> = (0..4000u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
            .collect();
        assert!(noise.contains(&0) && decode(&noise).is_err());
    }

    #[test]
    fn damaged_utf8_survives() {
        // Cut in the middle of the last character.
        let long = SEED.repeat(40);
        let bytes = &long.as_bytes()[..long.len() - 2];
        let d = decode(bytes).unwrap();
        assert_eq!(d.encoding, "UTF-8");
        assert!(long.starts_with(&d.text) && d.text.len() + 3 >= bytes.len());
        // One stray byte in a long UTF-8 text.
        let mut b = long.clone().into_bytes();
        b.insert(16, 0xff);
        let d = decode(&b).unwrap();
        assert_eq!(
            (d.encoding, d.text.matches('\u{fffd}').count()),
            ("UTF-8", 1)
        );
        assert_eq!(d.undecodable, 1);
        // Mostly-ASCII GB18030 is still GB18030.
        let text = format!("{}各位代表", "GDP growth 5% in 2025. ".repeat(200));
        let (bytes, _, _) = GB18030.encode(&text);
        let d = decode(&bytes).unwrap();
        assert_eq!((d.encoding, d.text.as_str()), ("GB18030", text.as_str()));
        assert_eq!(d.undecodable, 0);
    }

    /// A GBK file, or a UTF-8 one with a BOM, with a few damaged bytes is read with U+FFFD
    /// for each and says how many; more damage than one in a thousand characters is refused.
    #[test]
    fn damaged_gb18030_and_bom_utf8_survive() {
        let long = SEED.repeat(200);
        let (gbk, _, _) = GB18030.encode(&long);
        let mut b = gbk.into_owned();
        // A lone lead byte, and a byte no GBK sequence starts with, each between characters.
        let boundary = |b: &[u8], from: usize| {
            (from..b.len())
                .find(|&i| b[i] < 0x80 && b[i - 1] < 0x80)
                .unwrap()
        };
        let at = boundary(&b, b.len() / 3);
        b.insert(at, 0x81);
        let at = boundary(&b, 2 * b.len() / 3);
        b.insert(at, 0xff);
        let d = decode(&b).unwrap();
        assert_eq!(d.encoding, "GB18030");
        assert_eq!(d.undecodable, d.text.matches('\u{fffd}').count());
        assert!((1..=2).contains(&d.undecodable), "{}", d.undecodable);
        assert!(d.text.contains("各位代表"));
        let mut bom = b"\xef\xbb\xbf".to_vec();
        bom.extend_from_slice(long.as_bytes());
        let at = boundary(&bom, bom.len() / 2);
        bom.insert(at, 0xff);
        let d = decode(&bom).unwrap();
        assert_eq!((d.encoding, d.bom, d.undecodable), ("UTF-8", true, 1));
        // Damage everywhere is refused, with or without BOM.
        let mut ruined = b"\xef\xbb\xbf".to_vec();
        for chunk in long.as_bytes().chunks(100) {
            ruined.extend_from_slice(chunk);
            ruined.push(0xff);
        }
        assert_eq!(decode(&ruined), Err(InputError::Undecodable));
        let (gbk, _, _) = GB18030.encode(&long);
        let mut ruined = Vec::new();
        for chunk in gbk.chunks(100) {
            ruined.extend_from_slice(chunk);
            ruined.push(0xff);
        }
        assert!(decode(&ruined).is_err());
    }

    #[test]
    fn seeds_round_trip_in_every_encoding() {
        let dir = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seeds"));
        let Ok(entries) = std::fs::read_dir(dir) else {
            eprintln!("../shared/seeds not found; skipping");
            return;
        };
        for path in entries.filter_map(Result::ok).map(|e| e.path()) {
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            let (gb, _, bad) = GB18030.encode(&text);
            assert!(!bad);
            let mut utf8_bom = b"\xef\xbb\xbf".to_vec();
            utf8_bom.extend_from_slice(text.as_bytes());
            for bytes in [
                gb.into_owned(),
                utf16_bytes(&text, true, true),
                utf16_bytes(&text, false, true),
                utf8_bom,
            ] {
                assert_eq!(
                    decode(&bytes).map(|d| d.text).as_deref(),
                    Ok(text.as_str()),
                    "{path:?}"
                );
            }
        }
    }

    #[test]
    fn odd_length_utf16_is_undecodable() {
        let mut b = utf16_bytes(SEED, true, true);
        b.push(0x41);
        assert_eq!(decode(&b), Err(InputError::Undecodable));
    }

    #[test]
    fn refuses_binary_and_empty() {
        assert_eq!(decode(b""), Err(InputError::Empty));
        assert_eq!(decode(b"  \n\t\r\n"), Err(InputError::Blank));
        assert_eq!(
            decode("\u{feff}\u{3000}\n".as_bytes()),
            Err(InputError::Blank)
        );
        for magic in [
            &b"\x7fELF\x02\x01\x01"[..],
            b"%PDF-1.7\n",
            b"PK\x03\x04abc",
            b"\x89PNG\r\n\x1a\n",
            b"MZ\x90\x00",
            b"BZh91AY&SY\x8e\x12\x01\x7f",
        ] {
            assert!(
                matches!(decode(magic), Err(InputError::Binary(_))),
                "{magic:?}"
            );
        }
        // An RTF document is read, no longer refused.
        let rtf = decode(b"{\\rtf1\\ansi\\ansicpg936 {\\fonttbl}\\'d5\\'fe\\'b8\\'ae}").unwrap();
        assert_eq!((rtf.text.as_str(), rtf.encoding), ("政府", "RTF"));
        assert!(matches!(
            decode("各位代表\0\0\0现在".as_bytes()),
            Err(InputError::Binary(_))
        ));
        assert!(matches!(
            decode(b"\x01\x02\x03\x04abc\x05\x06"),
            Err(InputError::Binary(_))
        ));
    }

    #[test]
    fn text_that_starts_like_a_signature_is_text() {
        for text in ["MZ-2025型号设备\n各位代表：", "BZh小组报告\n各位代表："] {
            let d = decode(text.as_bytes()).unwrap();
            assert_eq!(d.text, text);
        }
        let gbk = b"MZ\xb8\xf7\xce\xbb\xb4\xfa\xb1\xed"; // MZ各位代表 in GBK
        assert_eq!(decode(gbk).unwrap().text, "MZ各位代表");
    }

    #[test]
    fn random_bytes_are_refused() {
        // A deterministic pseudo-random byte soup, no NULs.
        let mut x: u32 = 12345;
        let bytes: Vec<u8> = (0..4000)
            .map(|_| {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
                ((x >> 16) as u8).max(1)
            })
            .collect();
        assert!(decode(&bytes).is_err());
    }
}
