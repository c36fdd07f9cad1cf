//! Print the text govdiff reads from a file after cleaning (for hand-checking a page form):
//! `cargo run --example clean_dump -- FILE…`. Each paragraph on a line, as every later stage
//! sees it.

fn main() {
    for arg in std::env::args().skip(1) {
        let decoded = std::fs::read(&arg)
            .map_err(|e| e.to_string())
            .and_then(|bytes| govdiff::ingest::decode(&bytes).map_err(|e| e.to_string()));
        match decoded {
            Ok(d) => println!("{}", govdiff::ingest::clean(&d.text).text),
            Err(e) => eprintln!("{arg}: {e}"),
        }
    }
}
