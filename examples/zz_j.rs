fn main() {
    let a: Vec<String> = std::env::args().collect();
    let d = chrono::NaiveDate::from_ymd_opt(2025, 6, 14);
    let claim = factcheck::analysis::Analysis::new(&a[1], d);
    let passage = factcheck::analysis::Analysis::new(&a[2], d);
    println!(
        "claim dates {:?}\npassage dates {:?}",
        claim.dates, passage.dates
    );
    let j = factcheck::stance::judge(&claim, &passage, &[]);
    println!(
        "cov={:.2} topic={:.2} unc={:?} uv={} findings={:?}",
        j.coverage, j.topic, j.uncovered, j.uncovered_verbs, j.findings
    );
}
