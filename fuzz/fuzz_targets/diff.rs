//! Fuzz target: the whole pipeline on two inputs. The bytes are split in two at the first
//! 0xFF 0x00 marker (or the middle), each half is parsed, the pair is compared and rendered as
//! Markdown, JSON and terminal text into memory.
#![no_main]

use govdiff::cli::Format;
use govdiff::config::Config;
use govdiff::pipeline::{parse_bytes, ParseOptions};
use libfuzzer_sys::fuzz_target;

fn split(data: &[u8]) -> (&[u8], &[u8]) {
    match data.windows(2).position(|w| w == [0xff, 0x00]) {
        Some(i) => (&data[..i], &data[i + 2..]),
        None => data.split_at(data.len() / 2),
    }
}

fuzz_target!(|data: &[u8]| {
    let (a, b) = split(data);
    let opts = ParseOptions::default();
    let (Ok(old), Ok(new)) = (parse_bytes("old", a, &opts), parse_bytes("new", b, &opts)) else {
        return;
    };
    let cmp = govdiff::diff::compare(&old, &new);
    let mut out = Vec::new();
    govdiff::render::markdown::comparison(&mut out, &cmp).expect("markdown to memory");
    govdiff::render::json::write(&mut out, &cmp).expect("json to memory");
    let config = Config {
        color: true,
        ..Config::plain(Format::Term)
    };
    govdiff::render::term::comparison(&mut out, &cmp, &config).expect("term to memory");
    govdiff::render::json::write(&mut out, &old).expect("report json");
    govdiff::render::term::report(&mut out, &new, &config).expect("report term");
});
