//! Escaping untrusted report text for each output medium.

/// Remove control characters and escape sequences (ESC, C0/C1 controls other than `\n` and
/// `\t`) so report text cannot drive the terminal.
pub fn terminal(s: &str) -> String {
    s.chars()
        .filter(|&c| {
            c == '\n' || c == '\t' || !(c.is_control() || ('\u{80}'..='\u{9f}').contains(&c))
        })
        .collect()
}
