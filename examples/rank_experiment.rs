//! Compares passage orderings on WiCE (gold set wholly in the top 5, any gold in the top 5):
//!   cargo run --release --example rank_experiment -- ../shared/eval/wice-dev.jsonl
use factcheck::engine::ClaimQuery;

fn main() {
    let path = std::env::args().nth(1).expect("wice file");
    let records =
        factcheck::eval::parse_jsonl(&std::fs::read_to_string(path).expect("read")).expect("jsonl");
    let (engine, items) = factcheck::eval::load_wice(&records).expect("wice");
    let names = [
        "current",
        "bm25",
        "coverage",
        "div.8",
        "div.8+adj.1",
        "div.8+adj.2",
        "div.4+adj.15",
        "div1.2+adj.1",
        "div.8+adj.05",
        "plain-bm25",
        "bm25-nosyn",
    ];
    let mut set = vec![0usize; names.len()];
    let mut any = vec![0usize; names.len()];
    let mut n = 0;
    for (i, (claim_text, _, gold)) in items.iter().enumerate() {
        // WiCE writes `[[]]` for a claim nothing supports: no evidence to rank.
        let gold: Vec<&Vec<usize>> = gold.iter().filter(|s| !s.is_empty()).collect();
        if gold.is_empty() {
            continue;
        }
        n += 1;
        let q =
            ClaimQuery::new(claim_text, 5, vec![format!("wice-{i}")], engine.limits()).expect("q");
        let (_, c) = engine.candidates(&q).expect("c");
        let idx = |order: &[usize]| -> Vec<usize> {
            order
                .iter()
                .take(5)
                .map(|&k| c[k].hit.sentence.index as usize)
                .collect()
        };
        let mut orders: Vec<Vec<usize>> = Vec::new();
        orders.push((0..c.len()).collect());
        let mut b: Vec<usize> = (0..c.len()).collect();
        b.sort_by(|&x, &y| c[y].relevance.total_cmp(&c[x].relevance));
        orders.push(b);
        let mut cv: Vec<usize> = (0..c.len()).collect();
        cv.sort_by(|&x, &y| {
            (c[y].judgement.coverage + 0.3 * c[y].relevance)
                .total_cmp(&(c[x].judgement.coverage + 0.3 * c[x].relevance))
        });
        orders.push(cv);
        for (lambda, adj) in [
            (0.8f32, 0.0f32),
            (0.8, 0.1),
            (0.8, 0.2),
            (0.4, 0.15),
            (1.2, 0.1),
            (0.8, 0.05),
        ] {
            let mut chosen: Vec<usize> = Vec::new();
            let mut covered = std::collections::HashSet::new();
            while chosen.len() < 5 && chosen.len() < c.len() {
                let best = (0..c.len())
                    .filter(|k| !chosen.contains(k))
                    .max_by(|&x, &y| {
                        let gain = |k: usize| {
                            let t = &c[k].judgement.covered_tokens;
                            let new = t.iter().filter(|w| !covered.contains(*w)).count();
                            let near = chosen.iter().any(|&j: &usize| {
                                c[j].hit.sentence.index.abs_diff(c[k].hit.sentence.index) <= 2
                            });
                            c[k].rank_score
                                + lambda * new as f32 / (t.len().max(1) as f32 + 2.0)
                                + if near { adj } else { 0.0 }
                        };
                        gain(x).total_cmp(&gain(y))
                    });
                let Some(k) = best else { break };
                covered.extend(c[k].judgement.covered_tokens.iter().copied());
                chosen.push(k);
            }
            orders.push(chosen);
        }
        let snap = engine.corpus().snapshot();
        let mut tops: Vec<Vec<usize>> = orders.iter().map(|o| idx(o)).collect();
        let plain: Vec<(String, f32)> = factcheck::text::analyze(claim_text)
            .into_iter()
            .filter(|t| !factcheck::text::is_stop_word(&t.text))
            .map(|t| (t.text, 1.0))
            .collect();
        let a = factcheck::analysis::Analysis::new(claim_text, None);
        let nosyn: Vec<(String, f32)> = factcheck::engine::query_terms(&a)
            .into_iter()
            .filter(|(_, w)| *w >= 0.5)
            .collect();
        for terms in [plain, nosyn] {
            let hits = snap
                .search(&factcheck::corpus::RetrievalQuery {
                    terms,
                    article_ids: vec![format!("wice-{i}")],
                    limit: 5,
                })
                .expect("search");
            tops.push(hits.iter().map(|h| h.sentence.index as usize).collect());
        }
        for (o, top) in tops.iter().enumerate() {
            if gold.iter().any(|s| s.iter().all(|x| top.contains(x))) {
                set[o] += 1;
            }
            if gold.iter().copied().flatten().any(|x| top.contains(x)) {
                any[o] += 1;
            }
        }
    }
    for (k, name) in names.iter().enumerate() {
        println!(
            "{name:12} set {:.3} any {:.3}",
            set[k] as f64 / n as f64,
            any[k] as f64 / n as f64
        );
    }
}
