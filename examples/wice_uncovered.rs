//! Lists, for WiCE claims labelled supported, the claim words the five best passages leave
//! uncovered, most frequent first: where coverage misses paraphrase.
//!     cargo run --release --example wice_uncovered -- ../shared/eval/wice-dev.jsonl
use factcheck::engine::{summarize, ClaimQuery};

fn main() {
    let path = std::env::args().nth(1).expect("wice file");
    let records =
        factcheck::eval::parse_jsonl(&std::fs::read_to_string(path).expect("read")).expect("jsonl");
    let (engine, items) = factcheck::eval::load_wice(&records).expect("wice");
    let mut counts: std::collections::HashMap<String, usize> = Default::default();
    for (i, (claim_text, label, _)) in items.iter().enumerate() {
        let q =
            ClaimQuery::new(claim_text, 5, vec![format!("wice-{i}")], engine.limits()).expect("q");
        let (claim, c) = engine.candidates(&q).expect("c");
        let s = summarize(&claim, &c);
        let covered: std::collections::HashSet<usize> = c
            .iter()
            .take(5)
            .flat_map(|x| x.judgement.covered_tokens.iter().copied())
            .collect();
        let unc: Vec<&str> = claim
            .tokens
            .iter()
            .enumerate()
            .filter(|(k, t)| t.content && !covered.contains(k))
            .map(|(_, t)| t.lower.as_str())
            .collect();
        for u in &unc {
            *counts.entry(u.to_string()).or_default() += 1;
        }
        println!(
            "{} {} {:.2} {:?}",
            label,
            unc.len(),
            s.features.get(1).copied().unwrap_or(0.0),
            unc
        );
    }
    let mut v: Vec<_> = counts.into_iter().collect();
    v.sort_by_key(|e| std::cmp::Reverse(e.1));
    println!("{:?}", &v[..v.len().min(60)]);
}
