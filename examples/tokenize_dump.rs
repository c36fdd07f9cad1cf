//! Print the tokens of a file, one per line as `KIND\ttext`, for eyeballing the tokenizer.
fn main() {
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).expect("read input");
        for t in govdiff::text::tokenize::tokenize(&text) {
            println!("{:?}\t{}", t.kind, t.text.replace('\n', "\\n"));
        }
    }
}
