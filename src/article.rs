//! The domain model of what the corpus holds: articles, their sentences and each sentence's
//! attribution. Plain data, shared by every stage; no I/O.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Who speaks in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum AttributionKind {
    /// The article's own voice.
    #[default]
    None,
    DirectQuote,
    Indirect,
    AccordingTo,
}

/// Who said a sentence and through whom.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Attribution {
    pub kind: AttributionKind,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub speaker: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub speaker_title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub cue: String,
}

impl Attribution {
    /// Who vouches for the sentence: the speaker when there is one (however it was reported),
    /// else the source, else the article itself (empty). Two passages with the same voice
    /// cannot be conflicting sources.
    pub fn voice(&self) -> &str {
        if !self.speaker.is_empty() {
            &self.speaker
        } else {
            &self.source
        }
    }

    /// "Shin Won-shik (South Korea's national security adviser), via SBS-TV" or "the article".
    pub fn describe(&self) -> String {
        let mut out = String::new();
        if !self.speaker.is_empty() {
            out.push_str(&self.speaker);
            if !self.speaker_title.is_empty() {
                out.push_str(&format!(" ({})", self.speaker_title));
            }
        }
        if !self.source.is_empty() {
            if out.is_empty() {
                out.push_str(&self.source);
            } else {
                out.push_str(&format!(", as reported by {}", self.source));
            }
        }
        if out.is_empty() {
            out.push_str("the article's own reporting");
        }
        out
    }
}

/// An article's metadata.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ArticleInfo {
    pub id: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub publisher: String,
    #[serde(default)]
    pub url: String,
    #[serde(default)]
    pub published_at: Option<DateTime<Utc>>,
    #[serde(default)]
    pub published_at_inferred: bool,
    #[serde(default)]
    pub sentence_count: u32,
}

/// A sentence as stored: its text, attribution and the entity names it refers to without spelling
/// them out ("Mr. Kim" -> "Kim Jong-un", "It" -> "North Korea").
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Sentence {
    pub index: u32,
    pub text: String,
    pub attribution: Attribution,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mentions: Vec<String>,
}

/// What a caller hands in: text to segment, or sentences already segmented.
#[derive(Debug, Clone, PartialEq)]
pub enum ArticleBody {
    Text(String),
    Sentences(Vec<String>),
}

/// A validated article ready to ingest.
#[derive(Debug, Clone, PartialEq)]
pub struct NewArticle {
    pub info: ArticleInfo,
    pub body: ArticleBody,
}
