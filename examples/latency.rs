//! In-process check latency over an index, uncached: p50, p99 and resident memory.
//!
//!     cargo run --release --example latency -- INDEX_DIR CLAIMS.jsonl [N]
//! CLAIMS.jsonl: any file whose lines have a "claim" field (seed-dev, WiCE, CLIMATE-FEVER).
use std::time::Instant;

use factcheck::engine::{ClaimQuery, Engine, EngineConfig};

fn rss_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(dir), Some(claims)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: latency INDEX_DIR CLAIMS.jsonl [N]");
        return;
    };
    let n: usize = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(1000);
    let t = Instant::now();
    let engine = Engine::open(EngineConfig {
        index_dir: Some(dir.into()),
        result_cache_entries: 0,
        ..EngineConfig::default()
    })
    .expect("engine");
    let snap = engine.corpus().snapshot();
    println!(
        "opened {} articles, {} sentences in {:.2}s; RSS {:.0} MiB",
        snap.catalog().len(),
        snap.num_sentences(),
        t.elapsed().as_secs_f64(),
        rss_mib()
    );
    let claims: Vec<String> = std::fs::read_to_string(claims)
        .expect("claims file")
        .lines()
        .filter_map(|l| {
            serde_json::from_str::<serde_json::Value>(l)
                .ok()?
                .get("claim")?
                .as_str()
                .map(str::to_string)
        })
        .collect();
    let mut samples = Vec::with_capacity(n);
    for i in 0..n {
        let q =
            ClaimQuery::new(&claims[i % claims.len()], 5, vec![], engine.limits()).expect("query");
        let t = Instant::now();
        std::hint::black_box(engine.check(&q).expect("check"));
        samples.push(t.elapsed().as_secs_f64() * 1e3);
    }
    samples.sort_by(f64::total_cmp);
    let pct = |p: f64| samples[((samples.len() as f64 * p) as usize).min(samples.len() - 1)];
    println!("{n} checks over {} distinct claims: p50 {:.2} ms, p90 {:.2} ms, p99 {:.2} ms; RSS {:.0} MiB", claims.len(), pct(0.5), pct(0.9), pct(0.99), rss_mib());
}
