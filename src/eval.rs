//! Scores the engine on labelled data, and fits the verdict models on it.
//!
//! Three formats are recognised by their fields: seed-dev style claims about the indexed corpus
//! (`claim`, `label`, `evidence`, `speaker`/`source`), WiCE (`claim`, `label`, `evidence` as
//! pre-split sentences, `supporting_sentences`) and CLIMATE-FEVER (`claim`, `claim_label`,
//! `evidences`). WiCE and CLIMATE-FEVER items carry their own evidence, which is ingested into a
//! private in-memory engine, one article per claim.

use std::collections::HashMap;

use serde::Deserialize;
use serde_json::Value;

use crate::analysis::Analysis;
use crate::article::{ArticleBody, ArticleInfo, NewArticle, Sentence};
use crate::corpus::Hit;
use crate::engine::{summarize, Candidate, ClaimQuery, Engine};
use crate::error::{CoreError, Result};
use crate::stance::{judge_in_context, Stance};
use crate::verdict::{
    decide, expected_calibration_error, fit, model, Decision, Example, Model, Verdict,
    CLAIM_FEATURES, PASSAGE_FEATURES,
};

const LABELS: [&str; 3] = ["SUPPORTED", "REFUTED", "NOT_ENOUGH_INFO"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Seed,
    Wice,
    ClimateFever,
}

/// Detects a file's format from its first record.
pub fn detect(first: &Value) -> Option<Format> {
    if first.get("evidences").is_some() && first.get("claim_label").is_some() {
        Some(Format::ClimateFever)
    } else if first.get("supporting_sentences").is_some() {
        Some(Format::Wice)
    } else if first.get("claim").is_some() && first.get("label").is_some() {
        Some(Format::Seed)
    } else {
        None
    }
}

pub fn parse_jsonl(text: &str) -> Result<Vec<Value>> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l)
                .map_err(|e| CoreError::InvalidArgument(format!("line {}: {e}", i + 1)))
        })
        .collect()
}

/// A private engine holding each WiCE record's cited page as the article `wice-{i}` (pre-split
/// sentences, the claim's page title), and the records parsed.
fn wice_engine(records: &[Value]) -> Result<(Engine, Vec<WiceItem>)> {
    let items: Vec<WiceItem> = records
        .iter()
        .map(|v| serde_json::from_value(v.clone()))
        .collect::<std::result::Result<_, _>>()
        .map_err(|e| CoreError::InvalidArgument(e.to_string()))?;
    let engine = Engine::empty()?;
    let articles = items
        .iter()
        .enumerate()
        .map(|(i, it)| NewArticle {
            info: ArticleInfo {
                id: format!("wice-{i}"),
                title: it.meta.claim_title.clone(),
                ..Default::default()
            },
            body: ArticleBody::Sentences(it.evidence.clone()),
        })
        .collect();
    engine.ingest(articles)?;
    Ok((engine, items))
}

/// One WiCE record as tools see it: claim, label, gold supporting sentence sets.
pub type WiceRecord = (String, String, Vec<Vec<usize>>);

/// [`wice_engine`] for tools and examples: the engine and the records.
pub fn load_wice(records: &[Value]) -> Result<(Engine, Vec<WiceRecord>)> {
    let (engine, items) = wice_engine(records)?;
    Ok((
        engine,
        items
            .into_iter()
            .map(|it| (it.claim, it.label, it.supporting_sentences))
            .collect(),
    ))
}

#[derive(Deserialize)]
struct SeedItem {
    #[serde(default)]
    id: String,
    claim: String,
    label: String,
    #[serde(default)]
    evidence: Vec<String>,
    speaker: Option<String>,
    source: Option<String>,
}

#[derive(Deserialize)]
struct WiceItem {
    claim: String,
    label: String,
    evidence: Vec<String>,
    #[serde(default)]
    supporting_sentences: Vec<Vec<usize>>,
    #[serde(default)]
    meta: WiceMeta,
}

#[derive(Deserialize, Default)]
struct WiceMeta {
    #[serde(default)]
    claim_title: String,
}

#[derive(Deserialize)]
struct ClimateEvidence {
    evidence: String,
    evidence_label: String,
    #[serde(default)]
    article: String,
}

#[derive(Deserialize)]
struct ClimateItem {
    claim: String,
    claim_label: String,
    evidences: Vec<ClimateEvidence>,
}

/// Confusion counts over the three verdict labels (CONFLICTING predictions count as wrong).
#[derive(Debug, Default, Clone)]
pub struct Confusion {
    counts: HashMap<(usize, usize), usize>,
    n: usize,
}

impl Confusion {
    pub fn add(&mut self, gold: usize, predicted: usize) {
        *self.counts.entry((gold, predicted)).or_default() += 1;
        self.n += 1;
    }

    pub fn f1(&self, label: usize) -> f64 {
        let tp = *self.counts.get(&(label, label)).unwrap_or(&0) as f64;
        let fp: usize = self
            .counts
            .iter()
            .filter(|((g, p), _)| *p == label && *g != label)
            .map(|(_, v)| v)
            .sum();
        let fn_: usize = self
            .counts
            .iter()
            .filter(|((g, p), _)| *g == label && *p != label)
            .map(|(_, v)| v)
            .sum();
        let p = if tp + fp as f64 > 0.0 {
            tp / (tp + fp as f64)
        } else {
            0.0
        };
        let r = if tp + fn_ as f64 > 0.0 {
            tp / (tp + fn_ as f64)
        } else {
            0.0
        };
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }

    pub fn macro_f1(&self, labels: &[usize]) -> f64 {
        labels.iter().map(|l| self.f1(*l)).sum::<f64>() / labels.len().max(1) as f64
    }

    pub fn accuracy(&self) -> f64 {
        let ok: usize = self
            .counts
            .iter()
            .filter(|((g, p), _)| g == p)
            .map(|(_, v)| v)
            .sum();
        ok as f64 / self.n.max(1) as f64
    }
}

fn verdict_index(v: Verdict) -> usize {
    match v {
        Verdict::Supported => 0,
        Verdict::Refuted => 1,
        Verdict::NotEnoughInfo => 2,
        Verdict::Conflicting => 3,
    }
}

fn stance_index(s: Stance) -> usize {
    match s {
        Stance::Supports => 0,
        Stance::Contradicts => 1,
        Stance::Neutral => 2,
    }
}

fn norm(s: &str) -> String {
    s.chars()
        .map(crate::text::fold_punctuation)
        .collect::<String>()
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Everything one evaluation run measured, plus the training examples it produced.
#[derive(Debug, Default)]
pub struct Report {
    pub format: Option<Format>,
    pub claims: Confusion,
    pub passages: Confusion,
    /// (hits, total) of gold evidence in the top 3 / the top 5 / a whole gold set in the top 5.
    pub evidence_top3: (usize, usize),
    pub evidence_any_top5: (usize, usize),
    pub evidence_set_top5: (usize, usize),
    pub attribution: (usize, usize),
    pub claim_predictions: Vec<(Vec<f32>, usize)>,
    pub claim_examples: Vec<Example>,
    pub passage_examples: Vec<Example>,
    pub misses: Vec<String>,
}

fn ratio((a, b): (usize, usize)) -> String {
    if b == 0 {
        "-".into()
    } else {
        format!("{:.3} ({a}/{b})", a as f64 / b as f64)
    }
}

impl Report {
    pub fn render(&self) -> String {
        let mut out = String::new();
        out.push_str(&format!("claims: {}\n", self.claims.n));
        out.push_str(&format!("accuracy: {:.3}\n", self.claims.accuracy()));
        match self.format {
            Some(Format::Wice) => {
                out.push_str(&format!("supported F1: {:.3}\n", self.claims.f1(0)));
                out.push_str(&format!(
                    "gold set wholly in top 5: {}\n",
                    ratio(self.evidence_set_top5)
                ));
                out.push_str(&format!(
                    "any gold sentence in top 5: {}\n",
                    ratio(self.evidence_any_top5)
                ));
            }
            Some(Format::ClimateFever) => {
                out.push_str(&format!(
                    "claim macro-F1: {:.3}\n",
                    self.claims.macro_f1(&[0, 1, 2])
                ));
                out.push_str(&format!(
                    "evidence stance macro-F1: {:.3} (supports {:.3}, contradicts {:.3}, neutral {:.3}) over {} sentences\n",
                    self.passages.macro_f1(&[0, 1, 2]),
                    self.passages.f1(0),
                    self.passages.f1(1),
                    self.passages.f1(2),
                    self.passages.n
                ));
            }
            _ => {
                out.push_str(&format!(
                    "macro-F1: {:.3} (supported {:.3}, refuted {:.3}, not enough info {:.3})\n",
                    self.claims.macro_f1(&[0, 1, 2]),
                    self.claims.f1(0),
                    self.claims.f1(1),
                    self.claims.f1(2)
                ));
                out.push_str(&format!("evidence hit@3: {}\n", ratio(self.evidence_top3)));
                out.push_str(&format!("attribution hit: {}\n", ratio(self.attribution)));
            }
        }
        out.push_str(&format!(
            "claim ECE (10 bins): {:.3}\n",
            expected_calibration_error(&self.claim_predictions, 10)
        ));
        out
    }
}

/// Scores a labelled file. Seed-style claims are checked against `engine`; WiCE and
/// CLIMATE-FEVER items bring their own evidence.
pub fn evaluate(engine: &Engine, records: &[Value], m: &Model) -> Result<Report> {
    let Some(first) = records.first() else {
        return Err(CoreError::InvalidArgument("the file has no records".into()));
    };
    let format = detect(first).ok_or_else(|| {
        CoreError::InvalidArgument(
            "unrecognised format: expected seed-dev, WiCE or CLIMATE-FEVER records".into(),
        )
    })?;
    let parse = |v: &Value| -> Result<Value> { Ok(v.clone()) };
    let mut report = Report {
        format: Some(format),
        ..Report::default()
    };
    match format {
        Format::Seed => {
            for v in records {
                let item: SeedItem = serde_json::from_value(parse(v)?)
                    .map_err(|e| CoreError::InvalidArgument(e.to_string()))?;
                seed_item(engine, &item, m, &mut report)?;
            }
        }
        Format::Wice => {
            let (private, items) = wice_engine(records)?;
            for (i, it) in items.iter().enumerate() {
                wice_item(&private, i, it, m, &mut report)?;
            }
        }
        Format::ClimateFever => {
            for v in records {
                let item: ClimateItem = serde_json::from_value(v.clone())
                    .map_err(|e| CoreError::InvalidArgument(e.to_string()))?;
                climate_item(&item, m, &mut report);
            }
        }
    }
    Ok(report)
}

/// Scores a claim's decision and keeps its features as a training example; returns the
/// decision.
fn record_claim(
    report: &mut Report,
    (gold, also): (usize, Option<usize>),
    features: Vec<f32>,
    m: &Model,
    conflicting: bool,
) -> Decision {
    let d = decide(m, &features, conflicting);
    report.claims.add(gold, verdict_index(d.verdict));
    report
        .claim_predictions
        .push((d.probabilities.to_vec(), gold));
    report.claim_examples.push(Example {
        x: features,
        y: gold,
        also,
        weight: 1.0,
    });
    d
}

fn seed_item(engine: &Engine, item: &SeedItem, m: &Model, report: &mut Report) -> Result<()> {
    let gold = LABELS.iter().position(|l| *l == item.label).unwrap_or(2);
    let q = ClaimQuery::new(&item.claim, 5, vec![], engine.limits())?;
    let (claim, candidates) = engine.candidates_with(&q, m)?;
    let summary = summarize(&claim, &candidates);
    let d = record_claim(
        report,
        (gold, None),
        summary.features,
        m,
        summary.conflicting_sources,
    );
    let golds: Vec<String> = item.evidence.iter().map(|e| norm(e)).collect();
    let is_gold = |c: &Candidate| golds.iter().any(|g| norm(&c.hit.sentence.text).contains(g));
    if !golds.is_empty() && gold != 2 {
        report.evidence_top3.1 += 1;
        if candidates.iter().take(3).any(is_gold) {
            report.evidence_top3.0 += 1;
        } else {
            report
                .misses
                .push(format!("{}: evidence not in top 3", item.id));
        }
    }
    if let (Some(want), 0) = (item.speaker.as_ref().or(item.source.as_ref()), gold) {
        report.attribution.1 += 1;
        let names: String = candidates
            .iter()
            .take(5)
            .filter(|c| is_gold(c))
            .map(|c| {
                format!(
                    "{} / {} | ",
                    norm(&c.hit.sentence.attribution.speaker),
                    norm(&c.hit.sentence.attribution.source)
                )
            })
            .collect();
        if names.contains(&norm(want)) {
            report.attribution.0 += 1;
        }
    }
    if verdict_index(d.verdict) != gold {
        report.misses.push(format!(
            "{}: {} predicted {:?} {:?}",
            item.id, item.label, d.verdict, d.probabilities
        ));
    }
    for c in stance_examples(&candidates) {
        let y = if is_gold(c) && gold != 2 { gold } else { 2 };
        report.passage_examples.push(Example {
            x: c.judgement.features(),
            y,
            also: None,
            weight: 1.0,
        });
    }
    Ok(())
}

/// The passages a claim contributes to the stance model's training: its ten best by the
/// model-free prior score, so which passages the stance model learns from does not depend on the
/// stance model (a model-ranked top ten made calibration alternate between two fits).
fn stance_examples(candidates: &[Candidate]) -> Vec<&Candidate> {
    let mut by_prior: Vec<&Candidate> = candidates.iter().collect();
    by_prior.sort_by(|a, b| b.prior_score.total_cmp(&a.prior_score));
    by_prior.truncate(10);
    by_prior
}

fn wice_item(
    engine: &Engine,
    i: usize,
    it: &WiceItem,
    m: &Model,
    report: &mut Report,
) -> Result<()> {
    let gold = if it.label == "supported" { 0 } else { 2 };
    let q = ClaimQuery::new(&it.claim, 5, vec![format!("wice-{i}")], engine.limits())?;
    let (claim, candidates) = engine.candidates_with(&q, m)?;
    let summary = summarize(&claim, &candidates);
    let d = record_claim(
        report,
        // "Not supported" in WiCE may be refuted too: either fits (see `Example::also`).
        (gold, (gold == 2).then_some(1)),
        summary.features,
        m,
        summary.conflicting_sources,
    );
    // WiCE scores "supported" against the rest: a refuted not-supported claim is no miss.
    if (d.verdict == Verdict::Supported) != (gold == 0) {
        report.misses.push(format!(
            "wice-{i}: {} predicted {:?} {:?}",
            it.label, d.verdict, d.probabilities
        ));
    }
    let top5: Vec<usize> = candidates
        .iter()
        .take(5)
        .map(|c| c.hit.sentence.index as usize)
        .collect();
    // Only claims with gold evidence: WiCE writes `[[]]` for a claim nothing supports, and an
    // empty set is "wholly in the top 5" of any ranking.
    if it.supporting_sentences.iter().any(|set| !set.is_empty()) {
        report.evidence_set_top5.1 += 1;
        report.evidence_any_top5.1 += 1;
        if it
            .supporting_sentences
            .iter()
            .any(|set| !set.is_empty() && set.iter().all(|s| top5.contains(s)))
        {
            report.evidence_set_top5.0 += 1;
        } else {
            report
                .misses
                .push(format!("wice-{i}: gold set not in top 5"));
        }
        if it
            .supporting_sentences
            .iter()
            .flatten()
            .any(|s| top5.contains(s))
        {
            report.evidence_any_top5.0 += 1;
        }
    }
    let gold_sentences: Vec<usize> = it.supporting_sentences.iter().flatten().copied().collect();
    for c in stance_examples(&candidates) {
        let is_gold = gold_sentences.contains(&(c.hit.sentence.index as usize));
        if is_gold && it.label != "supported" {
            continue;
        }
        let y = if is_gold { 0 } else { 2 };
        report.passage_examples.push(Example {
            x: c.judgement.features(),
            y,
            also: None,
            weight: 1.0,
        });
    }
    Ok(())
}

fn climate_item(it: &ClimateItem, m: &Model, report: &mut Report) {
    let claim = Analysis::new(&it.claim, None);
    let mut candidates = Vec::new();
    for (i, e) in it.evidences.iter().enumerate() {
        let passage = Analysis::new(&e.evidence, None);
        let judgement = judge_in_context(&claim, &passage, &[], &[e.article.as_str()]);
        let (stance, confidence, _) = m.passage_stance(&judgement);
        let y = match e.evidence_label.as_str() {
            "SUPPORTS" => 0,
            "REFUTES" => 1,
            _ => 2,
        };
        report.passages.add(y, stance_index(stance));
        report.passage_examples.push(Example {
            x: judgement.features(),
            y,
            also: None,
            weight: 1.0,
        });
        let sentence = Sentence {
            index: u32::try_from(i).unwrap_or(0),
            text: e.evidence.clone(),
            ..Sentence::default()
        };
        candidates.push(Candidate {
            hit: Hit {
                score: 1.0,
                article_id: e.article.clone(),
                sentence,
            },
            prior_score: judgement.coverage,
            rank_score: judgement.coverage,
            judgement,
            stance,
            confidence,
            relevance: 1.0,
        });
    }
    candidates.sort_by(|a, b| b.rank_score.total_cmp(&a.rank_score));
    let gold = match it.claim_label.as_str() {
        "SUPPORTS" => 0,
        "REFUTES" => 1,
        "NOT_ENOUGH_INFO" => 2,
        _ => return,
    };
    let summary = summarize(&claim, &candidates);
    record_claim(
        report,
        (gold, None),
        summary.features,
        m,
        summary.conflicting_sources,
    );
}

/// Rounds of [`calibrate_to_fixed_point`] before it gives up on reaching one.
const MAX_CALIBRATION_ROUNDS: usize = 6;

/// Fits the models on labelled sets (name, records, claim weight), starting from `start`.
///
/// The candidates a model is fitted on are ranked with a model (a decisive stance lifts a
/// passage), so a fit made on the ranking of the previous model does not reproduce itself. This
/// re-ranks with each new fit until the fit no longer changes, so the committed model is the one
/// its own ranking yields and re-running the command reproduces it.
pub fn calibrate_to_fixed_point(
    engine: &Engine,
    sets: &[(String, Vec<Value>, f32)],
    start: &Model,
) -> Result<Model> {
    let mut m = start.clone();
    for _ in 0..MAX_CALIBRATION_ROUNDS {
        let reports = sets
            .iter()
            .map(|(name, records, weight)| {
                Ok((name.clone(), evaluate(engine, records, &m)?, *weight))
            })
            .collect::<Result<Vec<_>>>()?;
        let mut next = calibrate(&reports);
        let change = next.max_weight_change(&m);
        // Not the round count: it depends on the starting model, and the file should not.
        if let Some(report) = next.report.as_object_mut() {
            report.insert("fixed_point".into(), (change == 0.0).into());
            if change > 0.0 {
                report.insert("last_weight_change".into(), change.into());
            }
        }
        m = next;
        if change == 0.0 {
            break;
        }
    }
    Ok(m)
}

/// Fits both models on evaluation reports (each report's claims weighted in total as given, its
/// passages class-balanced and weighted equally with the other reports'), with 2-fold
/// cross-validated calibration figures in the model's report.
pub fn calibrate(reports: &[(String, Report, f32)]) -> Model {
    let mut claim = Vec::new();
    let mut passage = Vec::new();
    for (_, r, weight) in reports {
        let cw = weight / r.claim_examples.len().max(1) as f32;
        claim.extend(r.claim_examples.iter().cloned().map(|mut e| {
            e.weight = cw;
            e
        }));
        // Passage examples are dominated by neutrals; balance the classes within each dataset.
        let mut per_class = [0usize; 3];
        for e in &r.passage_examples {
            per_class[e.y] += 1;
        }
        passage.extend(r.passage_examples.iter().cloned().map(|mut e| {
            e.weight = 1.0 / (3.0 * per_class[e.y].max(1) as f32);
            e
        }));
    }
    // The claim model learns from ~1,150 claims, a third of its weight from ~100 news claims,
    // and at the stance model's L2 (0.002) each refit moved it a lot: WiCE supported F1 fell
    // from 0.495 to 0.452 over one session's refits with no change that touched WiCE claims.
    // At 0.01 (measured on the same features): held-out 0.794 -> 0.813, WiCE 0.452 -> 0.486,
    // 2-fold claim ECE 0.149 -> 0.118, the held-out bundled-article part 0.872 -> 0.838; at
    // 0.03 held-out ECE doubled and seed-dev fell to 0.89. The stance model learns from ~7,600
    // passages and keeps 0.002 (CLIMATE-FEVER stance macro-F1 0.408 against 0.384 at 0.01).
    // Gradient descent runs to convergence: at 1,500 iterations the stance weights were still
    // 0.12 from where they end; from 4,000 to 12,000 they move less than 0.01.
    let (passage_l2, l2, iters) = (0.002, 0.01, 4000);
    let pw = fit(&passage, PASSAGE_FEATURES.len(), 3, passage_l2, iters);
    let cw = fit(&claim, CLAIM_FEATURES.len(), 3, l2, iters);
    let mut m = Model::untrained();
    m.passage.weights = pw;
    m.claim.weights = cw;
    // Held-out calibration: fit on one half, measure on the other, both ways.
    let mut held_out = Vec::new();
    for fold in 0..2 {
        let train: Vec<Example> = claim
            .iter()
            .enumerate()
            .filter(|(i, _)| i % 2 != fold)
            .map(|(_, e)| e.clone())
            .collect();
        let w = fit(&train, CLAIM_FEATURES.len(), 3, l2, iters);
        let s = crate::verdict::Softmax {
            classes: vec![],
            features: vec![],
            weights: w,
        };
        held_out.extend(
            claim
                .iter()
                .enumerate()
                .filter(|(i, _)| i % 2 == fold)
                .map(|(_, e)| (s.predict(&e.x), e.y)),
        );
    }
    let fitted: Vec<(Vec<f32>, usize)> =
        claim.iter().map(|e| (m.claim.predict(&e.x), e.y)).collect();
    m.report = serde_json::json!({
        "command": "factcheck calibrate --data ../shared/eval --fixtures tests/fixtures --out data/model.json",
        "datasets": reports.iter().map(|(n, r, w)| serde_json::json!({"name": n, "weight": w, "claims": r.claim_examples.len(), "passages": r.passage_examples.len()})).collect::<Vec<_>>(),
        "claim_ece_fitted": expected_calibration_error(&fitted, 10),
        "claim_ece_2fold_held_out": expected_calibration_error(&held_out, 10),
        "l2": l2,
        "passage_l2": passage_l2,
        "iterations": iters,
    });
    m
}

/// The model in use, for callers that do not calibrate.
pub fn current_model() -> &'static Model {
    model()
}

#[cfg(test)]
mod floors {
    //! Quality floors, so the judgement cannot silently regress. They score data the model was
    //! fitted on (the cross-validated figures are in `data/model.json`'s report).
    use super::*;
    use crate::engine::EngineConfig;

    fn macro_f1(claims: &str, articles: Option<&str>) -> (f64, Vec<String>) {
        let engine = Engine::open(EngineConfig::default()).expect("engine");
        if let Some(a) = articles {
            crate::bulk::ingest_reader(&engine, a.as_bytes(), 50_000, |_, e| panic!("{e}"), |_| {})
                .expect("ingest");
        }
        let records = parse_jsonl(claims).expect("jsonl");
        let r = evaluate(&engine, &records, current_model()).expect("eval");
        (r.claims.macro_f1(&[0, 1, 2]), r.misses)
    }

    #[test]
    fn seed_dev_macro_f1_floor() {
        let (f1, misses) = macro_f1(include_str!("../tests/fixtures/seed-dev.jsonl"), None);
        eprintln!("seed-dev macro-F1 {f1:.3}");
        assert!(f1 >= 0.85, "seed-dev macro-F1 {f1:.3}: {misses:#?}");
    }

    #[test]
    fn other_beats_macro_f1_floor() {
        let (f1, misses) = macro_f1(
            include_str!("../tests/fixtures/beats-claims.jsonl"),
            Some(include_str!("../tests/fixtures/beats-articles.jsonl")),
        );
        eprintln!("other-beats macro-F1 {f1:.3}");
        assert!(f1 >= 0.80, "other-beats macro-F1 {f1:.3}: {misses:#?}");
    }

    /// 40 claims on the bundled article written 2026-11-30 (paraphrase, numbers, dates,
    /// destinations, another recipient, reporting frames); 0.734 before the fixes they prompted.
    #[test]
    fn bundled_article_claims_macro_f1_floor() {
        let (f1, misses) = macro_f1(include_str!("../tests/fixtures/bundled-claims.jsonl"), None);
        eprintln!("bundled-article claims macro-F1 {f1:.3}");
        assert!(
            f1 >= 0.80,
            "bundled-article claims macro-F1 {f1:.3}: {misses:#?}"
        );
    }

    /// Seventy-four articles from other beats (space, economy, sport, courts, elections, data
    /// breaches, disasters, health, labour, culture, science, diplomacy, housing, technology,
    /// education, shipping, farming, transport, ...) with 2,718 claims, and 86 claims on the
    /// bundled article, that `factcheck calibrate` never reads: the one figure here not fitted
    /// on. Their misses guided fixes, so they are held out of the fit, not unseen: at first
    /// sight, before any fix they prompted, the articles scored between 0.56 and 0.88 (the
    /// latest seven, a doping ban, a bridge collapse, birth statistics, a coup, an oil spill,
    /// floods and an extradition, 0.637, 0.744, 0.816, 0.653, 0.878, 0.813, 0.781).
    #[test]
    fn held_out_article_macro_f1_floor() {
        let (f1, misses) = macro_f1(
            include_str!("../tests/fixtures/heldout-claims.jsonl"),
            Some(include_str!("../tests/fixtures/heldout-articles.jsonl")),
        );
        eprintln!("held-out macro-F1 {f1:.3}");
        assert!(f1 >= 0.75, "held-out macro-F1 {f1:.3}: {misses:#?}");
    }
}

#[cfg(test)]
mod calibration {
    use super::*;
    use crate::engine::EngineConfig;

    /// The committed model must be what the command reproduces, whatever model the binary that
    /// runs it carries: from the compiled-in model and from an untrained one, calibration ends
    /// at one fixed point.
    #[test]
    fn calibration_reaches_the_same_model_from_any_start() {
        let engine = Engine::open(EngineConfig::default()).expect("engine");
        let seed = include_str!("../tests/fixtures/seed-dev.jsonl");
        let sets = vec![(
            "seed-dev".to_string(),
            parse_jsonl(seed).expect("jsonl"),
            1.0,
        )];
        let from_current =
            calibrate_to_fixed_point(&engine, &sets, current_model()).expect("calibrate");
        let from_untrained =
            calibrate_to_fixed_point(&engine, &sets, &Model::untrained()).expect("calibrate");
        assert_eq!(from_current.report["fixed_point"], true);
        assert_eq!(from_untrained.report["fixed_point"], true);
        assert_eq!(from_current.max_weight_change(&from_untrained), 0.0);
        assert_eq!(from_current.passage.weights, from_untrained.passage.weights);
    }
}
