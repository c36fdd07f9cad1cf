//! Thin entry point: parse flags, call the library, map the result to an exit code.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use govdiff::cli::{Cli, Command, Format};
use govdiff::config::Config;
use govdiff::exit_codes;
use govdiff::pipeline::{parse_file, ParseOptions};
use govdiff::render;
use govdiff::Error;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() {
                exit_codes::TROUBLE
            } else {
                exit_codes::SAME
            };
            let _ = e.print();
            return ExitCode::from(code as u8);
        }
    };
    let mut out: Vec<u8> = Vec::new();
    let code = match run(cli, &mut out) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("govdiff: {e}");
            exit_codes::TROUBLE
        }
    };
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(&out).and_then(|_| stdout.flush()) {
        Ok(()) => ExitCode::from(code as u8),
        // A closed pipe (`govdiff diff a b | head`) is not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
            ExitCode::from(exit_codes::SAME as u8)
        }
        Err(e) => {
            eprintln!("govdiff: cannot write output: {e}");
            ExitCode::from(exit_codes::TROUBLE as u8)
        }
    }
}

fn io_err(e: std::io::Error) -> Error {
    Error::Output {
        path: "<stdout>".into(),
        message: e.to_string(),
    }
}

fn run(cli: Cli, out: &mut Vec<u8>) -> Result<i32, Error> {
    match cli.command {
        Command::Parse(args) => {
            let opts = ParseOptions {
                document: args.document,
                ..ParseOptions::from_input(&args.input)
            };
            let report = parse_file(&args.file, &opts)?;
            for w in &report.warnings {
                eprintln!("govdiff: {w}");
            }
            let config = Config::from_args(&args.output);
            match config.format {
                Format::Json => render::json::write(out, &report).map_err(io_err)?,
                Format::Term => render::term::report(out, &report, &config).map_err(io_err)?,
                Format::Csv => render::csv::report(out, &report).map_err(io_err)?,
                Format::Md => render::markdown::report(out, &report).map_err(io_err)?,
            }
            Ok(exit_codes::SAME)
        }
        // Never `stderr().lock()`: the batch's progress bar draws on stderr from worker
        // threads, and the pair's stages run on a second thread too; a lock held here for the
        // whole run would deadlock any of them that writes to stderr.
        Command::Diff(args) if govdiff::batch::is_batch(&args) => {
            govdiff::batch::run_cli(&args, out, &mut std::io::stderr())
        }
        Command::Diff(args) => {
            let (code, data) =
                govdiff::check::run_diff_keeping(&args, out, &mut std::io::stderr())?;
            // The process ends right after the output is written: leave the reports and
            // the comparison to the OS instead of freeing them piece by piece.
            std::mem::forget(data);
            Ok(code)
        }
        Command::Trend(args) => govdiff::trend::run(&args, out, &mut std::io::stderr()),
    }
}
