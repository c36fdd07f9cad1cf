//! Decisions: raw flags (from `cli`) resolved into what the renderers need (color on or off,
//! width, format), looking at the environment (NO_COLOR, TERM=dumb, is stdout a terminal).

use std::io::IsTerminal;

use crate::cli::{ColorChoice, Format};

/// Resolved output settings.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    pub format: Format,
    pub color: bool,
    pub width: usize,
}

/// Default width when not on a terminal and no `--width` given.
pub const DEFAULT_WIDTH: usize = 100;

impl Config {
    /// Resolve flags against the environment.
    pub fn resolve(format: Format, color: ColorChoice, width: Option<usize>) -> Config {
        let tty = std::io::stdout().is_terminal();
        let env_no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let dumb = std::env::var("TERM").is_ok_and(|t| t == "dumb");
        let color = match color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => tty && !env_no_color && !dumb,
        };
        let width = width
            .or_else(|| {
                if tty {
                    terminal_size::terminal_size().map(|(w, _)| w.0 as usize)
                } else {
                    None
                }
            })
            .unwrap_or(DEFAULT_WIDTH)
            .clamp(20, 1000);
        Config {
            format,
            color,
            width,
        }
    }

    /// Plain settings for tests and fixtures: no color, default width.
    pub fn plain(format: Format) -> Config {
        Config {
            format,
            color: false,
            width: DEFAULT_WIDTH,
        }
    }
}
