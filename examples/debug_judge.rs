//! Prints the stance judgement of a claim against every sentence of the bundled article.
use factcheck::article::ArticleBody;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let claim = factcheck::analysis::Analysis::new(&args[1], None);
    let a = factcheck::bundled::articles().remove(0);
    let p = factcheck::engine::prepare(a);
    for s in &p.sentences {
        let passage = factcheck::analysis::Analysis::new(&s.text, None);
        let j = factcheck::stance::judge(&claim, &passage, &s.mentions);
        println!(
            "#{} cov={:.2} topic={:.2} unc={:?} mentions={:?}",
            s.index, j.coverage, j.topic, j.uncovered, s.mentions
        );
    }
    let _ = ArticleBody::Text(String::new());
}
