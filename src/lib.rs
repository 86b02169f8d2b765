//! factcheck: checks claims against a full-text index of news-article sentences.
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
