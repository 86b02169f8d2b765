//! factcheck: checks claims against a full-text index of news-article sentences.
//!
//! A claim comes in; the engine retrieves candidate sentences from a tantivy index, judges each
//! against the claim (support, contradiction with a typed reason, or neither), attributes it to
//! whoever said it, and turns the passages into a verdict with calibrated probabilities. The
//! `factcheck` binary serves this over gRPC; tools can embed [`engine::Engine`] directly.
//!
//! ```
//! use factcheck::engine::{ClaimQuery, Engine, EngineConfig};
//! use factcheck::verdict::Verdict;
//!
//! # fn main() -> Result<(), factcheck::error::CoreError> {
//! let engine = Engine::open(EngineConfig::default())?; // the bundled article, in memory
//! let q = ClaimQuery::new("Putin gave more than 70 animals to North Korea.", 5, vec![], engine.limits())?;
//! let answer = engine.check(&q)?;
//! assert_eq!(answer.verdict, Verdict::Supported);
//! for p in &answer.passages {
//!     println!("{:?} {} — {}", p.stance, p.sentence.text, p.sentence.attribution.describe());
//! }
//! # Ok(())
//! # }
//! ```
//!
//! # Layout
//!
//! The domain core knows nothing of gRPC; [`grpc`] is the only edge.
//!
//! - [`text`]: segmentation, words, numbers, dates — pure functions over strings.
//! - [`analysis`]: a claim's or passage's entities, quantities, dates, negations, hedges.
//! - [`attribution`]: who said each sentence of an article, through whom.
//! - [`lexicon`]: synonyms, antonyms, demonyms (WordNet tables and curated news vocabulary).
//! - [`corpus`]: the only module that touches tantivy: schema, atomic writes, snapshots.
//! - [`stance`]: one claim against one passage, with typed findings.
//! - [`verdict`]: passages to verdict, probabilities and confidence (fitted models).
//! - [`engine`]: the library API: validation, retrieval, judgement, caches.
//! - [`article`], [`bundled`], [`bulk`]: the domain model, the built-in article, JSONL loading.
//! - [`eval`], [`render`]: scoring on labelled data and model fitting; command-line output.
//! - [`error`]: the core's error enum, mapped to gRPC codes once in [`grpc`].
pub mod analysis;
pub mod article;
pub mod attribution;
pub mod bulk;
pub mod bundled;
pub mod corpus;
pub mod engine;
pub mod error;
pub mod eval;
pub mod grpc;
pub mod lexicon;
pub mod render;
pub mod stance;
pub mod text;
pub mod verdict;
