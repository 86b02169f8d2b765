//! factcheck: checks claims against a full-text index of news-article sentences.
pub mod article;
pub mod attribution;
pub mod bundled;
pub mod corpus;
pub mod error;
pub mod text;
