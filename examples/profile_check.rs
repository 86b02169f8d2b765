//! Runs claim checks in a loop, for profilers (`perf record`): the bundled article, four claims.
//!
//!     cargo run --release --example profile_check -- 2000
use factcheck::engine::{ClaimQuery, Engine, EngineConfig};

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1000);
    let engine = Engine::open(EngineConfig::default()).expect("engine");
    let claims = [
        "Russia supplied anti-aircraft missiles to North Korea.",
        "North Korea has sent 50,000 troops to Russia.",
        "Japan plans to buy more F-35 fighter jets.",
        "Putin gave more than 70 animals to North Korea, including an African lion.",
    ];
    let t = std::time::Instant::now();
    for i in 0..n {
        let q =
            ClaimQuery::new(claims[i % claims.len()], 5, vec![], engine.limits()).expect("query");
        std::hint::black_box(engine.check(&q).expect("check"));
    }
    println!(
        "{:.1} µs per check",
        t.elapsed().as_secs_f64() * 1e6 / n as f64
    );
}
