//! The articles compiled into the binary, so `factcheck serve` works from anywhere with no set-up.
//! Their sources live in `index/` (text plus a metadata file); index data is built at run time.

use chrono::{DateTime, Utc};
use serde::Deserialize;

use crate::article::{ArticleBody, ArticleInfo, NewArticle};

#[derive(Deserialize)]
struct Meta {
    id: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    publisher: String,
    #[serde(default)]
    url: String,
    published_at: Option<DateTime<Utc>>,
    #[serde(default)]
    published_at_inferred: bool,
}

const SOURCES: &[(&str, &str)] = &[(
    include_str!("../index/seed-article.json"),
    include_str!("../index/seed-article.txt"),
)];

/// The bundled articles, ready to ingest.
pub fn articles() -> Vec<NewArticle> {
    SOURCES
        .iter()
        .filter_map(|(meta, text)| {
            // The metadata is compiled in and checked by a test, so a parse failure is a build bug;
            // skipping keeps the server up regardless.
            let m: Meta = serde_json::from_str(meta).ok()?;
            Some(NewArticle {
                info: ArticleInfo {
                    id: m.id,
                    title: m.title,
                    publisher: m.publisher,
                    url: m.url,
                    published_at: m.published_at,
                    published_at_inferred: m.published_at_inferred,
                    sentence_count: 0,
                },
                body: ArticleBody::Text(text.to_string()),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_article_parses() {
        assert_eq!(articles().len(), SOURCES.len());
    }

    #[test]
    fn seed_article_has_23_sentences() {
        let a = articles().remove(0);
        let ArticleBody::Text(text) = a.body else {
            panic!("text body")
        };
        let s = crate::text::split_sentences(&text);
        assert_eq!(s.len(), 23, "{s:#?}");
        assert!(a.info.published_at_inferred);
        assert!(a.info.publisher.is_empty(), "no publisher is invented");
    }
}
