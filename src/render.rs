//! Human and machine renderings of answers for the command line.

use serde_json::{json, Value};

use crate::article::Attribution;
use crate::engine::{CheckResult, PassageResult};
use crate::stance::Stance;

fn attribution_json(a: &Attribution) -> Value {
    serde_json::to_value(a).unwrap_or(Value::Null)
}

fn passage_json(p: &PassageResult) -> Value {
    json!({
        "articleId": p.article.id,
        "sentenceIndex": p.sentence.index,
        "text": p.sentence.text,
        "stance": p.stance.map(|s| format!("{s:?}").to_uppercase()),
        "confidence": p.confidence,
        "relevance": p.relevance,
        "attribution": attribution_json(&p.sentence.attribution),
        "highlights": p.highlights.iter().map(|(a, b)| json!({"start": a, "end": b})).collect::<Vec<_>>(),
        "findings": p.findings.iter().map(|f| json!({
            "kind": format!("{:?}", f.kind),
            "detail": f.detail,
            "contradicts": f.contradicts,
            "claimSpan": f.claim_span.map(|(a, b)| json!({"start": a, "end": b})),
            "passageSpan": f.passage_span.map(|(a, b)| json!({"start": a, "end": b})),
        })).collect::<Vec<_>>(),
        "contextBefore": p.context_before,
        "contextAfter": p.context_after,
        "coverage": p.coverage,
    })
}

pub fn check_json(r: &CheckResult) -> String {
    json!({
        "claim": r.claim,
        "verdict": r.verdict,
        "confidence": r.confidence,
        "probabilities": {"supported": r.probabilities[0], "refuted": r.probabilities[1], "notEnoughInfo": r.probabilities[2]},
        "explanation": r.explanation,
        "uncovered": r.uncovered,
        "passages": r.passages.iter().map(passage_json).collect::<Vec<_>>(),
    })
    .to_string()
}

pub fn passages_json(ps: &[PassageResult]) -> String {
    json!({ "passages": ps.iter().map(passage_json).collect::<Vec<_>>() }).to_string()
}

fn passage_text(i: usize, p: &PassageResult) -> String {
    let stance = match p.stance {
        Some(Stance::Supports) => format!("SUPPORTS {:.2}", p.confidence),
        Some(Stance::Contradicts) => format!("CONTRADICTS {:.2}", p.confidence),
        Some(Stance::Neutral) => format!("neutral {:.2}", p.confidence),
        None => format!("relevance {:.2}", p.relevance),
    };
    let mut s = format!(
        "{}. [{stance}] {}#{}: {}\n   who: {}; covers {:.0}% of the claim\n",
        i + 1,
        p.article.id,
        p.sentence.index,
        p.sentence.text,
        p.sentence.attribution.describe(),
        p.coverage * 100.0
    );
    for f in p.findings.iter().filter(|f| {
        use crate::stance::FindingKind::{EntityMismatch, Hedge};
        f.contradicts || matches!(f.kind, Hedge | EntityMismatch)
    }) {
        s.push_str(&format!("   {:?}: {}\n", f.kind, f.detail));
    }
    s
}

pub fn check_text(r: &CheckResult) -> String {
    let mut s = format!(
        "{:?} (confidence {:.2}; supported {:.2}, refuted {:.2}, not enough info {:.2})\n{}\n\n",
        r.verdict,
        r.confidence,
        r.probabilities[0],
        r.probabilities[1],
        r.probabilities[2],
        r.explanation
    );
    for (i, p) in r.passages.iter().enumerate() {
        s.push_str(&passage_text(i, p));
    }
    s
}

pub fn passages_text(ps: &[PassageResult]) -> String {
    ps.iter()
        .enumerate()
        .map(|(i, p)| passage_text(i, p))
        .collect()
}
