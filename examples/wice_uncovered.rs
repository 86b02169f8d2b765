//! Lists, for WiCE claims labelled supported, the claim words the five best passages leave
//! uncovered, most frequent first: where coverage misses paraphrase.
//!     cargo run --release --example wice_uncovered -- ../shared/eval/wice-dev.jsonl
use factcheck::article::{ArticleBody, ArticleInfo, NewArticle};
use factcheck::engine::{summarize, ClaimQuery, Engine};

fn main() {
    let path = std::env::args().nth(1).expect("wice file");
    let items: Vec<serde_json::Value> = std::fs::read_to_string(path)
        .expect("read")
        .lines()
        .map(|l| serde_json::from_str(l).expect("json"))
        .collect();
    let engine = Engine::empty().expect("engine");
    let articles = items
        .iter()
        .enumerate()
        .map(|(i, it)| NewArticle {
            info: ArticleInfo {
                id: format!("wice-{i}"),
                title: it["meta"]["claim_title"].as_str().unwrap_or("").into(),
                ..Default::default()
            },
            body: ArticleBody::Sentences(
                it["evidence"]
                    .as_array()
                    .map(|a| {
                        a.iter()
                            .map(|s| s.as_str().unwrap_or("").to_string())
                            .collect()
                    })
                    .unwrap_or_default(),
            ),
        })
        .collect();
    engine.ingest(articles).expect("ingest");
    let mut counts: std::collections::HashMap<String, usize> = Default::default();
    for (i, it) in items.iter().enumerate() {
        let q = ClaimQuery::new(
            it["claim"].as_str().unwrap_or(""),
            5,
            vec![format!("wice-{i}")],
            engine.limits(),
        )
        .expect("q");
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
            it["label"].as_str().unwrap_or(""),
            unc.len(),
            s.features.get(1).copied().unwrap_or(0.0),
            unc
        );
    }
    let mut v: Vec<_> = counts.into_iter().collect();
    v.sort_by_key(|e| std::cmp::Reverse(e.1));
    println!("{:?}", &v[..v.len().min(60)]);
}
