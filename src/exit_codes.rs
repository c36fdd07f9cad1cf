//! Exit codes, as `diff(1)`: 0 no substantive change, 1 changes (or a check failed),
//! 2 trouble.

/// No substantive change; check passed; parse succeeded.
pub const SAME: i32 = 0;
/// Substantive changes found, an `--expect` mismatch, or a `--fail-on` rule fired.
pub const DIFFERENT: i32 = 1;
/// Bad input, bad usage, or an output that could not be written.
pub const TROUBLE: i32 = 2;
