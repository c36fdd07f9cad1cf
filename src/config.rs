//! Decisions: raw flags (from `cli`) resolved into what the renderers need (color on or off,
//! width, format), looking at the environment (NO_COLOR, TERM=dumb, is stdout a terminal).

use std::io::IsTerminal;

use crate::cli::{ColorChoice, Format, Lang};

/// Resolved output settings.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    pub format: Format,
    pub color: bool,
    pub width: usize,
    /// Language of the terminal output (`--lang`).
    pub lang: Lang,
}

/// Default width when not on a terminal and no `--width` given.
pub const DEFAULT_WIDTH: usize = 100;

impl Config {
    /// Resolve the output flags of any command against the environment.
    pub fn from_args(args: &crate::cli::OutputArgs) -> Config {
        Config {
            lang: args.lang,
            ..Config::resolve(args.format, args.color, args.width)
        }
    }

    /// Resolve flags against the environment.
    pub fn resolve(format: Format, color: ColorChoice, width: Option<usize>) -> Config {
        let tty = std::io::stdout().is_terminal();
        let env_no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let dumb = std::env::var("TERM").is_ok_and(|t| t == "dumb");
        let color = decide_color(color, tty, env_no_color, dumb);
        let terminal = if tty {
            terminal_size::terminal_size().map(|(w, _)| w.0 as usize)
        } else {
            None
        };
        Config {
            format,
            color,
            width: decide_width(width, terminal),
            lang: Lang::En,
        }
    }

    /// Plain settings for tests and fixtures: no color, default width.
    pub fn plain(format: Format) -> Config {
        Config {
            format,
            color: false,
            width: DEFAULT_WIDTH,
            lang: Lang::En,
        }
    }
}

/// `--color`: `always` and `never` win; `auto` colors only a terminal, and only when
/// `NO_COLOR` is unset (or empty) and `TERM` is not `dumb`.
pub fn decide_color(choice: ColorChoice, tty: bool, no_color: bool, dumb: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => tty && !no_color && !dumb,
    }
}

/// `--width` wins, else the terminal's width, else [`DEFAULT_WIDTH`]; kept within 20..=1000.
pub fn decide_width(flag: Option<usize>, terminal: Option<usize>) -> usize {
    flag.or(terminal).unwrap_or(DEFAULT_WIDTH).clamp(20, 1000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auto_color_needs_a_terminal_without_no_color_or_dumb() {
        assert!(decide_color(ColorChoice::Auto, true, false, false));
        assert!(!decide_color(ColorChoice::Auto, false, false, false));
        assert!(!decide_color(ColorChoice::Auto, true, true, false));
        assert!(!decide_color(ColorChoice::Auto, true, false, true));
        assert!(decide_color(ColorChoice::Always, false, true, true));
        assert!(!decide_color(ColorChoice::Never, true, false, false));
    }

    #[test]
    fn width_flag_then_terminal_then_default() {
        assert_eq!(decide_width(Some(60), Some(200)), 60);
        assert_eq!(decide_width(None, Some(200)), 200);
        assert_eq!(decide_width(None, None), DEFAULT_WIDTH);
        assert_eq!(decide_width(Some(0), None), 20);
        assert_eq!(decide_width(Some(usize::MAX), None), 1000);
    }
}
