//! Proto <-> domain conversion and the single mapping of core errors to gRPC status codes.

use chrono::{DateTime, Utc};
use tonic::{Code, Status};

use super::pb;
use crate::article::{
    ArticleBody, ArticleInfo, Attribution, AttributionKind, NewArticle, Sentence,
};
use crate::engine::{CheckResult, PassageResult};
use crate::error::CoreError;
use crate::stance::{Finding, FindingKind, Stance};
use crate::verdict::Verdict;

/// The one place core errors become status codes. Internal errors are logged in full and
/// reported generically.
pub fn status(e: CoreError) -> Status {
    match e {
        CoreError::InvalidArgument(m) => Status::invalid_argument(m),
        CoreError::NotFound(m) => Status::not_found(m),
        CoreError::ResourceExhausted(m) => Status::resource_exhausted(m),
        e @ (CoreError::BadIndex { .. }
        | CoreError::Index(_)
        | CoreError::OpenDirectory(_)
        | CoreError::Io(_)
        | CoreError::Internal(_)) => {
            tracing::error!(error = %e, "internal error");
            Status::new(Code::Internal, "internal error; see the server log")
        }
    }
}

pub fn timestamp(t: Option<DateTime<Utc>>) -> Option<prost_types::Timestamp> {
    t.map(|t| prost_types::Timestamp {
        seconds: t.timestamp(),
        nanos: i32::try_from(t.timestamp_subsec_nanos()).unwrap_or(0),
    })
}

fn from_timestamp(t: Option<prost_types::Timestamp>) -> Result<Option<DateTime<Utc>>, CoreError> {
    match t {
        None => Ok(None),
        Some(ts) => DateTime::from_timestamp(ts.seconds, u32::try_from(ts.nanos).unwrap_or(0))
            .map(Some)
            .ok_or_else(|| {
                CoreError::InvalidArgument(format!(
                    "article.published_at {}s is out of range",
                    ts.seconds
                ))
            }),
    }
}

pub fn article_info(a: &ArticleInfo) -> pb::ArticleInfo {
    pb::ArticleInfo {
        id: a.id.clone(),
        title: a.title.clone(),
        publisher: a.publisher.clone(),
        url: a.url.clone(),
        published_at: timestamp(a.published_at),
        sentence_count: a.sentence_count,
        published_at_inferred: a.published_at_inferred,
    }
}

pub fn attribution(a: &Attribution) -> pb::Attribution {
    let kind = match a.kind {
        AttributionKind::None => pb::AttributionKind::None,
        AttributionKind::DirectQuote => pb::AttributionKind::DirectQuote,
        AttributionKind::Indirect => pb::AttributionKind::Indirect,
        AttributionKind::AccordingTo => pb::AttributionKind::AccordingTo,
    };
    pb::Attribution {
        speaker: a.speaker.clone(),
        speaker_title: a.speaker_title.clone(),
        source: a.source.clone(),
        cue: a.cue.clone(),
        kind: kind as i32,
    }
}

pub fn sentence(s: &Sentence) -> pb::Sentence {
    pb::Sentence {
        index: s.index,
        text: s.text.clone(),
        attribution: Some(attribution(&s.attribution)),
    }
}

fn span(s: Option<(usize, usize)>) -> Option<pb::Span> {
    s.map(|(a, b)| pb::Span {
        start: u32::try_from(a).unwrap_or(u32::MAX),
        end: u32::try_from(b).unwrap_or(u32::MAX),
    })
}

fn finding(f: &Finding) -> pb::Finding {
    let kind = match f.kind {
        FindingKind::NumberMismatch => pb::FindingKind::NumberMismatch,
        FindingKind::Negation => pb::FindingKind::Negation,
        FindingKind::RoleSwap => pb::FindingKind::RoleSwap,
        FindingKind::DateMismatch => pb::FindingKind::DateMismatch,
        FindingKind::Antonym => pb::FindingKind::Antonym,
        FindingKind::EntityMismatch => pb::FindingKind::EntityMismatch,
        FindingKind::LocationMismatch => pb::FindingKind::LocationMismatch,
        FindingKind::OrdinalMismatch => pb::FindingKind::OrdinalMismatch,
        FindingKind::Hedge => pb::FindingKind::Hedge,
        FindingKind::Uncovered => pb::FindingKind::Uncovered,
    };
    pb::Finding {
        kind: kind as i32,
        claim_span: span(f.claim_span),
        passage_span: span(f.passage_span),
        detail: f.detail.clone(),
        contradicts: f.contradicts,
    }
}

pub fn passage(p: &PassageResult) -> pb::Passage {
    let stance = match p.stance {
        None => pb::Stance::Unspecified,
        Some(Stance::Supports) => pb::Stance::Supports,
        Some(Stance::Contradicts) => pb::Stance::Contradicts,
        Some(Stance::Neutral) => pb::Stance::Neutral,
    };
    pb::Passage {
        article_id: p.article.id.clone(),
        sentence_index: p.sentence.index,
        text: p.sentence.text.clone(),
        stance: stance as i32,
        confidence: p.confidence,
        relevance: p.relevance,
        attribution: Some(attribution(&p.sentence.attribution)),
        article: Some(article_info(&p.article)),
        highlights: p
            .highlights
            .iter()
            .map(|h| span(Some(*h)).unwrap_or_default())
            .collect(),
        findings: p.findings.iter().map(finding).collect(),
        context_before: p.context_before.clone(),
        context_after: p.context_after.clone(),
    }
}

pub fn verdict(v: Verdict) -> pb::Verdict {
    match v {
        Verdict::Supported => pb::Verdict::Supported,
        Verdict::Refuted => pb::Verdict::Refuted,
        Verdict::NotEnoughInfo => pb::Verdict::NotEnoughInfo,
        Verdict::Conflicting => pb::Verdict::Conflicting,
    }
}

pub fn check_response(request_id: String, r: &CheckResult) -> pb::CheckClaimResponse {
    pb::CheckClaimResponse {
        request_id,
        claim: r.claim.clone(),
        verdict: verdict(r.verdict) as i32,
        confidence: r.confidence,
        probabilities: Some(pb::VerdictProbabilities {
            supported: r.probabilities[0],
            refuted: r.probabilities[1],
            not_enough_info: r.probabilities[2],
        }),
        passages: r.passages.iter().map(passage).collect(),
        explanation: r.explanation.clone(),
        uncovered: r.uncovered.clone(),
    }
}

pub fn stream_response(r: pb::CheckClaimResponse) -> pb::CheckClaimsResponse {
    pb::CheckClaimsResponse {
        request_id: r.request_id,
        claim: r.claim,
        verdict: r.verdict,
        confidence: r.confidence,
        probabilities: r.probabilities,
        passages: r.passages,
        explanation: r.explanation,
        uncovered: r.uncovered,
        error: None,
    }
}

/// The article of an IngestArticle request, as a domain value (its content is validated by the
/// engine).
pub fn new_article(a: Option<pb::Article>) -> Result<NewArticle, CoreError> {
    let a = a.ok_or_else(|| {
        CoreError::InvalidArgument(
            "article is missing; send {\"article\": {\"id\": ..., \"text\": ...}}".into(),
        )
    })?;
    let body = match (a.text.trim().is_empty(), a.sentences.is_empty()) {
        (false, true) => ArticleBody::Text(a.text),
        (true, false) => ArticleBody::Sentences(a.sentences),
        (false, false) => {
            return Err(CoreError::InvalidArgument(
                "article has both text and sentences; send one".into(),
            ))
        }
        (true, true) => {
            return Err(CoreError::InvalidArgument(format!(
                "article {:?} has neither text nor sentences",
                a.id
            )))
        }
    };
    Ok(NewArticle {
        info: ArticleInfo {
            id: a.id,
            title: a.title,
            publisher: a.publisher,
            url: a.url,
            published_at: from_timestamp(a.published_at)?,
            published_at_inferred: false,
            sentence_count: 0,
        },
        body,
    })
}
