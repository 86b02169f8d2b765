//! The one place that defines the index schema and registers its analyzer. Every open of an index
//! goes through [`Fields::register`], so a reopened index tokenizes exactly as it did when built.

use tantivy::schema::{
    Field, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing, TextOptions, STORED,
    STRING,
};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::Index;

use super::analyzer::{NewsTokenizer, NEWS_ANALYZER};

/// Document kinds: one `article` document carries an article's metadata, one `sentence`
/// document each of its sentences.
pub const KIND_ARTICLE: &str = "article";
pub const KIND_SENTENCE: &str = "sentence";

#[derive(Clone, Copy, Debug)]
pub struct Fields {
    pub kind: Field,
    pub article_id: Field,
    pub sentence_index: Field,
    /// `article_id` + U+001F + index: finds one sentence (context lookups).
    pub sentence_key: Field,
    pub text: Field,
    /// Names the sentence refers to without spelling out ("Mr. Kim" -> "Kim Jong-un").
    pub mentions: Field,
    /// JSON of the sentence's attribution.
    pub attribution: Field,
    /// JSON of the article's metadata (article documents only).
    pub meta: Field,
}

impl Fields {
    pub fn schema() -> Schema {
        let mut b = Schema::builder();
        // Term frequencies but no positions: queries are bags of analyzer terms, never phrases,
        // and positions would double the postings for nothing.
        let analyzed = |stored: bool| {
            let indexing = TextFieldIndexing::default()
                .set_tokenizer(NEWS_ANALYZER)
                .set_index_option(IndexRecordOption::WithFreqs);
            let opts = TextOptions::default().set_indexing_options(indexing);
            if stored {
                opts.set_stored()
            } else {
                opts
            }
        };
        b.add_text_field("kind", STRING);
        b.add_text_field("article_id", STRING | STORED);
        b.add_u64_field(
            "sentence_index",
            NumericOptions::default().set_stored().set_indexed(),
        );
        b.add_text_field("sentence_key", STRING);
        b.add_text_field("text", analyzed(true));
        b.add_text_field("mentions", analyzed(true));
        b.add_text_field("attribution", STORED);
        b.add_text_field("meta", STORED);
        b.build()
    }

    /// Looks the fields up in an index's schema; `None` when the index was built by an
    /// incompatible schema.
    pub fn from_schema(schema: &Schema) -> Option<Fields> {
        let f = |name: &str| schema.get_field(name).ok();
        let text = f("text")?;
        let tokenizer = match schema.get_field_entry(text).field_type() {
            tantivy::schema::FieldType::Str(options) => options
                .get_indexing_options()
                .map(|i| i.tokenizer().to_string()),
            _ => None,
        };
        if tokenizer.as_deref() != Some(NEWS_ANALYZER) {
            return None;
        }
        Some(Fields {
            kind: f("kind")?,
            article_id: f("article_id")?,
            sentence_index: f("sentence_index")?,
            sentence_key: f("sentence_key")?,
            text,
            mentions: f("mentions")?,
            attribution: f("attribution")?,
            meta: f("meta")?,
        })
    }

    pub fn register(index: &Index) {
        index
            .tokenizers()
            .register(NEWS_ANALYZER, TextAnalyzer::from(NewsTokenizer));
    }
}

pub fn sentence_key(article_id: &str, index: u32) -> String {
    format!("{article_id}\u{1f}{index}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_index_analyzed_otherwise_is_not_ours() {
        assert!(Fields::from_schema(&Fields::schema()).is_some());
        let mut b = Schema::builder();
        for name in [
            "kind",
            "article_id",
            "sentence_key",
            "mentions",
            "attribution",
            "meta",
        ] {
            b.add_text_field(name, STRING | STORED);
        }
        b.add_u64_field("sentence_index", NumericOptions::default().set_stored());
        let older = TextFieldIndexing::default().set_tokenizer("news");
        b.add_text_field("text", TextOptions::default().set_indexing_options(older));
        assert!(Fields::from_schema(&b.build()).is_none());
    }
}
