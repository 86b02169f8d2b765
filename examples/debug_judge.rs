//! Prints how a claim is judged against every sentence of the bundled article: coverage, topic,
//! uncovered words and the names resolved for the sentence.
//!
//!     cargo run --release --example debug_judge -- "Putin sent animals to North Korea."

fn main() {
    let Some(text) = std::env::args().nth(1) else {
        eprintln!("usage: debug_judge CLAIM");
        return;
    };
    let claim = factcheck::analysis::Analysis::new(&text, None);
    for a in factcheck::bundled::articles() {
        let p = factcheck::engine::prepare(a);
        for s in &p.sentences {
            let passage = factcheck::analysis::Analysis::new(&s.text, None);
            let j = factcheck::stance::judge(&claim, &passage, &s.mentions);
            println!(
                "#{} coverage={:.2} topic={:.2} uncovered={:?} findings={:?} mentions={:?}",
                s.index,
                j.coverage,
                j.topic,
                j.uncovered,
                j.contradicting().map(|f| f.kind).collect::<Vec<_>>(),
                s.mentions
            );
        }
    }
}
