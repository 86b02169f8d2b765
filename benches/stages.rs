//! Per-stage timings of the in-process pipeline on the bundled article, so a regression in one
//! stage shows on its own. A plain bench binary (no criterion): medians of repeated runs.
//!
//!     cargo bench --bench stages

use std::hint::black_box;
use std::time::{Duration, Instant};

use factcheck::analysis::Analysis;
use factcheck::article::ArticleBody;
use factcheck::attribution::attribute;
use factcheck::engine::{prepare, query_terms, summarize, ClaimQuery, Engine, EngineConfig};
use factcheck::stance::judge;
use factcheck::text::split_sentences;
use factcheck::verdict::{decide, model};

const CLAIMS: &[&str] = &[
    "Russia supplied anti-aircraft missiles to North Korea.",
    "North Korea has sent 50,000 troops to Russia.",
    "Japan plans to buy more F-35 fighter jets.",
    "Putin gave more than 70 animals to North Korea, including an African lion.",
];

fn median(mut f: impl FnMut(), iters: usize) -> Duration {
    for _ in 0..iters / 10 + 1 {
        f();
    }
    let mut samples: Vec<Duration> = (0..iters)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    samples.sort();
    samples[samples.len() / 2]
}

fn report(name: &str, d: Duration) {
    println!("{name:<28} {:>10.1} µs", d.as_secs_f64() * 1e6);
}

fn main() {
    let article = factcheck::bundled::articles().remove(0);
    let ArticleBody::Text(text) = article.body.clone() else {
        return;
    };
    let sentences = split_sentences(&text);
    report(
        "segmentation (article)",
        median(|| drop(black_box(split_sentences(black_box(&text)))), 2000),
    );
    report(
        "attribution (article)",
        median(|| drop(black_box(attribute(black_box(&sentences)))), 500),
    );
    report(
        "prepare (article)",
        median(|| drop(black_box(prepare(article.clone()))), 500),
    );

    let engine = Engine::open(EngineConfig::default()).expect("engine");
    let claim = Analysis::new(CLAIMS[0], None);
    report(
        "claim analysis",
        median(
            || drop(black_box(Analysis::new(black_box(CLAIMS[0]), None))),
            5000,
        ),
    );
    report(
        "query build",
        median(|| drop(black_box(query_terms(black_box(&claim)))), 5000),
    );
    let q = ClaimQuery::new(CLAIMS[0], 5, vec![], engine.limits()).expect("query");
    let snap = engine.corpus().snapshot();
    let rq = factcheck::corpus::RetrievalQuery {
        terms: query_terms(&claim),
        article_ids: vec![],
        limit: 20,
    };
    report(
        "retrieval (20 hits)",
        median(|| drop(black_box(snap.search(black_box(&rq)))), 2000),
    );
    let passage = Analysis::new(&sentences[1], None);
    report(
        "stance (one passage)",
        median(|| drop(black_box(judge(&claim, &passage, &[]))), 5000),
    );
    let (c, cands) = engine.candidates(&q).expect("candidates");
    report(
        "candidates (retrieve+judge)",
        median(|| drop(black_box(engine.candidates(&q))), 1000),
    );
    report(
        "verdict (aggregate+model)",
        median(
            || {
                let s = summarize(&c, &cands);
                black_box(decide(model(), &s.features, s.conflicting_sources));
            },
            5000,
        ),
    );
    // The whole check, without the answer cache (the engine above has it, and would answer
    // from it); then one cached answer for comparison.
    let uncached = Engine::open(EngineConfig {
        result_cache_entries: 0,
        ..EngineConfig::default()
    })
    .expect("engine");
    for claim in CLAIMS {
        let q = ClaimQuery::new(claim, 5, vec![], uncached.limits()).expect("query");
        report(
            &format!("check: {}", &claim[..24]),
            median(|| drop(black_box(uncached.check(&q))), 1000),
        );
    }
    report(
        "check, answer cached",
        median(|| drop(black_box(engine.check(&q))), 5000),
    );
}
