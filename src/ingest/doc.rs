//! Word 97–2003 documents (.doc, and WPS Office's .wps, which is the same format) → text:
//! municipal and provincial sites still attach reports as the .doc they were drafted in, and
//! a reader who downloads one should not need Word to read it.
//!
//! A .doc is an OLE compound file (`cfb` reads the container). Its `WordDocument` stream
//! opens with the File Information Block (FIB, [MS-DOC] 2.5), which says which table stream
//! (`0Table` or `1Table`) holds the piece table (`Clx`), and how many characters the main
//! document has (`ccpText`). The piece table maps character positions to runs of bytes in the
//! `WordDocument` stream, each either UTF-16LE or "compressed" 8-bit Windows-1252; read in
//! order up to `ccpText`, they are the body's text. Word's marks in that text become what
//! the cleaner reads: a paragraph mark (0x0D), a line break (0x0B) and a page or section break
//! (0x0C) end a line; a table cell ends at 0x07 and its row at a second 0x07, written as a
//! Markdown row (`| a | b |`, as the .docx reader writes one); a field's code (between 0x13
//! and 0x14: `HYPERLINK "…"`, `PAGE`) is dropped and its result kept; object anchors, note
//! references and optional hyphens are dropped. Headers, footers and notes follow the main
//! document's characters and are left out, as in a .docx.
//!
//! Not read: numbering Word generates from a list style (the 一、 of a list paragraph is not
//! in the text; typed labels, as most government documents have, are), Word 6/95 files (an
//! older FIB) and encrypted files, which are refused with advice, as is a compound file that
//! holds no Word document (an .xls, a Works .wps).

use std::io::{Cursor, Read};

use crate::error::InputError;

/// The FIB's identifier: a Word document.
const W_IDENT: u16 = 0xA5EC;
/// The FIB version of Word 97; every later Word writes at least this.
const NFIB_WORD97: u16 = 0x00C1;
/// FibBase flag: the document is encrypted or obfuscated.
const F_ENCRYPTED: u16 = 0x0100;
/// FibBase flag: the table stream is `1Table` (else `0Table`).
const F_WHICH_TBL_STM: u16 = 0x0200;
/// Index of `fcClx` among the FIB's (fc, lcb) pairs (FibRgFcLcb97).
const CLX_PAIR: usize = 33;
/// Piece descriptor flag in `fc`: the piece is 8-bit (compressed) text at `fc / 2`.
const FC_COMPRESSED: u32 = 0x4000_0000;

/// The text of a Word 97–2003 document, or `None` when `bytes` are a compound file without a
/// Word document in it. A damaged container or document, an encrypted or a pre-97 one is an
/// error naming why.
pub fn text(bytes: &[u8]) -> Result<Option<String>, InputError> {
    let damaged = |what: &str| InputError::Binary(format!("damaged Word .doc document: {what}"));
    // Called for a file starting with the OLE signature: a container that does not open is
    // a damaged one (a download cut short), whatever it held.
    let mut file = cfb::CompoundFile::open(Cursor::new(bytes)).map_err(|_| {
        InputError::Binary(
            "damaged OLE document (a .doc, .wps or .xls): its container is unreadable".into(),
        )
    })?;
    if !file.is_stream("WordDocument") {
        return Ok(None);
    }
    let limit = bytes.len() as u64;
    let word = stream(&mut file, "WordDocument", limit).ok_or_else(|| damaged("unreadable"))?;
    if u16_at(&word, 0) != Some(W_IDENT) {
        return Err(damaged("no Word header"));
    }
    let n_fib = u16_at(&word, 2).unwrap_or(0);
    let flags = u16_at(&word, 0x0A).unwrap_or(0);
    if flags & F_ENCRYPTED != 0 {
        return Err(InputError::Binary(
            "encrypted Word .doc document: open it in Word or WPS and save it as .docx or text"
                .into(),
        ));
    }
    if n_fib < NFIB_WORD97 {
        return Err(InputError::Binary(
            "Word 95 or older .doc document: save it as .docx or text".into(),
        ));
    }
    // FibBase (32 bytes), then csw and FibRgW, cslw and FibRgLw, cbRgFcLcb and the pairs.
    let csw = usize::from(u16_at(&word, 0x20).ok_or_else(|| damaged("short header"))?);
    let lw_at = 0x22 + 2 * csw + 2;
    let cslw = usize::from(u16_at(&word, lw_at - 2).ok_or_else(|| damaged("short header"))?);
    let ccp_text = u32_at(&word, lw_at + 3 * 4).ok_or_else(|| damaged("short header"))?;
    let pairs_at = lw_at + 4 * cslw + 2;
    let pairs = usize::from(u16_at(&word, pairs_at - 2).ok_or_else(|| damaged("short header"))?);
    if pairs <= CLX_PAIR {
        return Err(damaged("no piece table"));
    }
    let fc_clx = u32_at(&word, pairs_at + CLX_PAIR * 8).ok_or_else(|| damaged("short header"))?;
    let lcb_clx =
        u32_at(&word, pairs_at + CLX_PAIR * 8 + 4).ok_or_else(|| damaged("short header"))?;
    let table_name = if flags & F_WHICH_TBL_STM != 0 {
        "1Table"
    } else {
        "0Table"
    };
    let table = stream(&mut file, table_name, limit).ok_or_else(|| damaged("no table stream"))?;
    let clx = usize::try_from(fc_clx)
        .ok()
        .zip(usize::try_from(lcb_clx).ok())
        .and_then(|(at, len)| table.get(at..at.checked_add(len)?))
        .ok_or_else(|| damaged("piece table out of bounds"))?;
    let pieces = pieces(clx).ok_or_else(|| damaged("unreadable piece table"))?;
    let mut chars = Vec::new();
    for piece in pieces {
        let Some(len) = piece.end.min(ccp_text).checked_sub(piece.start) else {
            continue;
        };
        let len = len as usize;
        if piece.compressed {
            let at = (piece.fc / 2) as usize;
            let raw = at
                .checked_add(len)
                .and_then(|end| word.get(at..end))
                .ok_or_else(|| damaged("text out of bounds"))?;
            let (decoded, _, _) = encoding_rs::WINDOWS_1252.decode(raw);
            chars.extend(decoded.encode_utf16());
        } else {
            let at = piece.fc as usize;
            let raw = len
                .checked_mul(2)
                .and_then(|n| at.checked_add(n))
                .and_then(|end| word.get(at..end))
                .ok_or_else(|| damaged("text out of bounds"))?;
            chars.extend(
                raw.chunks_exact(2)
                    .map(|c| u16::from_le_bytes([c[0], c[1]])),
            );
        }
    }
    Ok(Some(body(&String::from_utf16_lossy(&chars))))
}

/// The little-endian 16-bit number at byte `at` of `b`, if `b` holds it.
fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    b.get(at..at.checked_add(2)?)
        .map(|s| u16::from_le_bytes([s[0], s[1]]))
}

/// The little-endian 32-bit number at byte `at` of `b`, if `b` holds it.
fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    b.get(at..at.checked_add(4)?)
        .map(|s| u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
}

/// The whole of stream `name`, at most `limit` bytes (a stream cannot be longer than the file
/// holding it; a damaged size must not allocate more).
fn stream(file: &mut cfb::CompoundFile<Cursor<&[u8]>>, name: &str, limit: u64) -> Option<Vec<u8>> {
    let s = file.open_stream(name).ok()?;
    let mut out = Vec::new();
    s.take(limit).read_to_end(&mut out).ok()?;
    Some(out)
}

/// One piece of the text: characters `start..end` stored at byte `fc` of `WordDocument`
/// (8-bit at `fc / 2` when `compressed`).
struct Piece {
    start: u32,
    end: u32,
    fc: u32,
    compressed: bool,
}

/// The pieces of a `Clx`: property runs (`Prc`, 0x01) to skip, then the piece table (`Pcdt`,
/// 0x02: `lcb`, n + 1 character positions, n 8-byte piece descriptors).
fn pieces(clx: &[u8]) -> Option<Vec<Piece>> {
    let mut at = 0;
    loop {
        match *clx.get(at)? {
            0x01 => {
                // cbGrpprl is signed; a negative size is damage.
                let cb = i16::from_le_bytes(u16_at(clx, at + 1)?.to_le_bytes());
                at += 3 + usize::try_from(cb).ok()?;
            }
            0x02 => break,
            _ => return None,
        }
    }
    let lcb = u32_at(clx, at + 1)? as usize;
    let plc = clx.get(at + 5..at + 5 + lcb)?;
    if lcb < 4 || !(lcb - 4).is_multiple_of(12) {
        return None;
    }
    let n = (lcb - 4) / 12;
    (0..n)
        .map(|i| {
            let (start, end) = (u32_at(plc, 4 * i)?, u32_at(plc, 4 * (i + 1))?);
            let fc = u32_at(plc, 4 * (n + 1) + 8 * i + 2)?;
            Some(Piece {
                start,
                end: end.max(start),
                fc: fc & !FC_COMPRESSED,
                compressed: fc & FC_COMPRESSED != 0,
            })
        })
        .collect()
}

/// The main document's characters with Word's marks turned into lines and table rows (see
/// the module's doc), field codes dropped.
fn body(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut line = String::new();
    let mut cells: Vec<String> = Vec::new();
    // One entry per open field: whether its code (before the separator) is being read.
    let mut fields: Vec<bool> = Vec::new();
    // Whether the last character ended a cell: a second 0x07 then ends the row.
    let mut after_cell = false;
    for c in raw.chars() {
        let cell_end = c == '\u{07}';
        match c {
            '\u{13}' => fields.push(true),
            '\u{14}' => {
                if let Some(code) = fields.last_mut() {
                    *code = false;
                }
            }
            '\u{15}' => {
                fields.pop();
            }
            _ if fields.iter().any(|&code| code) => {}
            '\u{07}' if after_cell => {
                out.push('|');
                for cell in cells.drain(..) {
                    out.push(' ');
                    out.push_str(&cell);
                    out.push_str(" |");
                }
                out.push('\n');
            }
            '\u{07}' => {
                cells.push(line.trim().to_string());
                line.clear();
            }
            // A paragraph inside a cell goes on in the cell, as in a .docx row.
            '\r' | '\u{0b}' | '\u{0c}' if !cells.is_empty() => line.push(' '),
            '\r' | '\u{0b}' | '\u{0c}' => {
                out.push_str(line.trim_end());
                out.push('\n');
                line.clear();
            }
            '\u{01}'..='\u{08}' | '\u{1f}' => {}
            '\u{1e}' => line.push('-'),
            '\u{a0}' => line.push(' '),
            _ => line.push(c),
        }
        after_cell = cell_end && !after_cell;
    }
    out.push_str(line.trim_end());
    out
}

/// A minimal Word 97 document whose main text is `pieces` in order, each stored 8-bit
/// ("compressed", ASCII text only) when its flag says so and UTF-16LE otherwise; paragraphs
/// end with `\r`, as Word writes them. The inverse of [`text`], for tests that write reports
/// as .doc files.
#[doc(hidden)]
pub fn document(pieces: &[(&str, bool)]) -> Vec<u8> {
    use std::io::Write;
    const TEXT_AT: usize = 0x800;
    let mut word = vec![0u8; TEXT_AT];
    let mut cps = vec![0u32];
    let mut fcs = Vec::new();
    for &(text, compressed) in pieces {
        let at = word.len() as u32;
        let n = if compressed {
            fcs.push((at * 2) | FC_COMPRESSED);
            word.extend(text.bytes());
            text.len()
        } else {
            fcs.push(at);
            let units: Vec<u16> = text.encode_utf16().collect();
            word.extend(units.iter().flat_map(|u| u.to_le_bytes()));
            units.len()
        };
        cps.push(cps.last().copied().unwrap_or(0) + n as u32);
    }
    let ccp_text = cps.last().copied().unwrap_or(0);
    let put16 =
        |w: &mut Vec<u8>, at: usize, v: u16| w[at..at + 2].copy_from_slice(&v.to_le_bytes());
    let put32 =
        |w: &mut Vec<u8>, at: usize, v: u32| w[at..at + 4].copy_from_slice(&v.to_le_bytes());
    put16(&mut word, 0, W_IDENT);
    put16(&mut word, 2, NFIB_WORD97);
    put16(&mut word, 0x0A, F_WHICH_TBL_STM);
    put16(&mut word, 0x20, 14);
    put16(&mut word, 0x3E, 22);
    put32(&mut word, 0x4C, ccp_text);
    put16(&mut word, 0x98, 93);
    let mut table = vec![0x02];
    let lcb = 4 * cps.len() + 8 * fcs.len();
    table.extend((lcb as u32).to_le_bytes());
    table.extend(cps.iter().flat_map(|cp| cp.to_le_bytes()));
    for fc in fcs {
        table.extend([0u8, 0]);
        table.extend(fc.to_le_bytes());
        table.extend([0u8, 0]);
    }
    put32(&mut word, 0x9A + CLX_PAIR * 8, 0);
    put32(&mut word, 0x9A + CLX_PAIR * 8 + 4, table.len() as u32);
    // Writing to memory cannot fail.
    let written = (|| -> std::io::Result<Vec<u8>> {
        let mut file = cfb::CompoundFile::create(Cursor::new(Vec::new()))?;
        file.create_stream("WordDocument")?.write_all(&word)?;
        file.create_stream("1Table")?.write_all(&table)?;
        file.flush()?;
        Ok(file.into_inner().into_inner())
    })();
    written.unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_pieces_and_marks_read_as_lines() {
        let bytes = document(&[
            ("二、2026年工作安排\r（一）扩大内需。新建学校10所，", false),
            ("GDP ", true),
            (
                "\u{13} HYPERLINK \"http://x\" \u{14}新增学位\u{15}1万个。\r",
                false,
            ),
            ("\u{1}第一行\u{b}第二行\r", false),
        ]);
        let got = text(&bytes).unwrap().unwrap();
        assert_eq!(
            got,
            "二、2026年工作安排\n（一）扩大内需。新建学校10所，GDP 新增学位1万个。\n第一行\n第二行\n"
        );
    }

    #[test]
    fn a_table_reads_as_markdown_rows() {
        let bytes = document(&[(
            "主要预期目标\r指标\u{7}2026年\u{7}\u{7}地区生产总值\u{7}5%左右\u{7}\u{7}新建学校10所。\r",
            false,
        )]);
        let got = text(&bytes).unwrap().unwrap();
        assert_eq!(
            got,
            "主要预期目标\n| 指标 | 2026年 |\n| 地区生产总值 | 5%左右 |\n新建学校10所。\n"
        );
    }

    #[test]
    fn other_compound_files_and_damage_are_told_apart() {
        // A compound file without a Word document: not ours to read.
        let mut file = cfb::CompoundFile::create(Cursor::new(Vec::new())).unwrap();
        std::io::Write::write_all(&mut file.create_stream("Workbook").unwrap(), b"x").unwrap();
        let other = file.into_inner().into_inner();
        assert_eq!(text(&other).unwrap(), None);
        // The signature without a container behind it: damaged.
        assert!(text(b"\xd0\xcf\x11\xe0 not really").is_err());
        // A Word document whose piece table points past its text: an error, no panic.
        let mut bytes = document(&[("新建学校10所。\r", false)]);
        let good = text(&bytes).unwrap().unwrap();
        assert_eq!(good, "新建学校10所。\n");
        for k in (0..bytes.len()).step_by(7) {
            bytes[k] ^= 0x5a;
            let _ = text(&bytes);
        }
    }
}
