//! Prints the claim-level features of labelled seed-style claims, to see what separates labels.
use factcheck::engine::{summarize, ClaimQuery, Engine, EngineConfig};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let engine = Engine::open(EngineConfig::default()).expect("engine");
    if let Some(articles) = args.get(2) {
        let f = std::fs::File::open(articles).expect("articles");
        factcheck::bulk::ingest_reader(
            &engine,
            std::io::BufReader::new(f),
            50_000,
            |_, _| {},
            |_| {},
        )
        .expect("ingest");
    }
    for line in std::fs::read_to_string(&args[1]).expect("claims").lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("json");
        let q = ClaimQuery::new(
            v["claim"].as_str().unwrap_or(""),
            5,
            vec![],
            engine.limits(),
        )
        .expect("q");
        let (claim, c) = engine.candidates(&q).expect("c");
        let s = summarize(&claim, &c);
        let f: Vec<String> = s.features.iter().map(|x| format!("{x:.2}")).collect();
        let best = c
            .iter()
            .max_by(|a, b| a.judgement.coverage.total_cmp(&b.judgement.coverage));
        println!(
            "{} {:16} {} unc={:?}",
            v["id"].as_str().unwrap_or(""),
            v["label"].as_str().unwrap_or(""),
            f.join(" "),
            best.map(|b| b.judgement.uncovered.clone())
        );
    }
}
