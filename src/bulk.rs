//! Bulk loading of articles from JSON Lines (proto JSON field names, as `IngestArticle` takes
//! them): parsed and prepared on all cores, stored in batched commits so that each commit holds
//! whole articles only.

use std::io::BufRead;
use std::time::Instant;

use chrono::{DateTime, Utc};
use serde::Deserialize;

use crate::article::{ArticleBody, ArticleInfo, NewArticle};
use crate::engine::{validate_article, Engine};
use crate::error::{CoreError, Result};

/// One line of an ingest file. Accepts proto JSON (`publishedAt`) and snake case.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct ArticleLine {
    id: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    publisher: String,
    #[serde(default)]
    url: String,
    #[serde(default, alias = "published_at")]
    published_at: Option<DateTime<Utc>>,
    #[serde(default)]
    text: String,
    #[serde(default)]
    sentences: Vec<String>,
}

impl ArticleLine {
    fn into_article(self) -> Result<NewArticle> {
        let body = if !self.sentences.is_empty() {
            ArticleBody::Sentences(self.sentences)
        } else {
            ArticleBody::Text(self.text)
        };
        Ok(NewArticle {
            info: ArticleInfo {
                id: self.id,
                title: self.title,
                publisher: self.publisher,
                url: self.url,
                published_at: self.published_at,
                published_at_inferred: false,
                sentence_count: 0,
            },
            body,
        })
    }
}

/// Totals of a bulk load.
#[derive(Debug, Default, Clone)]
pub struct BulkStats {
    pub articles: usize,
    pub sentences: usize,
    pub replaced: usize,
    pub rejected: usize,
    pub commits: usize,
    /// Input lines (1-based) up to which everything is committed: durable even after a crash.
    pub committed_lines: usize,
    pub seconds: f64,
}

/// Parses one JSON line into a validated article.
pub fn parse_line(line: &str, engine: &Engine) -> Result<NewArticle> {
    let parsed: ArticleLine = serde_json::from_str(line)
        .map_err(|e| CoreError::InvalidArgument(format!("bad JSON: {e}")))?;
    let a = parsed.into_article()?;
    validate_article(&a, engine.limits())?;
    Ok(a)
}

/// Loads every article of `reader` into `engine`, committing every `batch_sentences` sentences.
/// Bad lines are reported through `on_reject` and skipped; `on_progress` sees the running totals
/// after each commit, so whatever it reports has reached the disk.
pub fn ingest_reader(
    engine: &Engine,
    reader: impl BufRead,
    batch_sentences: usize,
    mut on_reject: impl FnMut(usize, &CoreError),
    mut on_progress: impl FnMut(&BulkStats),
) -> Result<BulkStats> {
    let started = Instant::now();
    let mut stats = BulkStats::default();
    let mut batch: Vec<NewArticle> = Vec::new();
    let mut batch_size = 0usize;
    let flush =
        |batch: &mut Vec<NewArticle>, stats: &mut BulkStats, through: usize| -> Result<()> {
            stats.committed_lines = through;
            if batch.is_empty() {
                return Ok(());
            }
            let outcomes = engine.ingest(std::mem::take(batch))?;
            stats.commits += 1;
            for o in outcomes {
                stats.articles += 1;
                stats.sentences += o.sentence_count as usize;
                stats.replaced += usize::from(o.replaced);
            }
            Ok(())
        };
    let mut lines_read = 0;
    for (n, line) in reader.lines().enumerate() {
        lines_read = n + 1;
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        match parse_line(&line, engine) {
            Ok(a) => {
                batch_size += match &a.body {
                    ArticleBody::Sentences(s) => s.len(),
                    ArticleBody::Text(t) => t.len() / 120 + 1,
                };
                // A later line with the same id replaces an earlier one in the same batch.
                if let Some(pos) = batch.iter().position(|b| b.info.id == a.info.id) {
                    batch.remove(pos);
                }
                batch.push(a);
            }
            Err(e) => {
                stats.rejected += 1;
                on_reject(n + 1, &e);
            }
        }
        if batch_size >= batch_sentences {
            flush(&mut batch, &mut stats, n + 1)?;
            batch_size = 0;
            stats.seconds = started.elapsed().as_secs_f64();
            on_progress(&stats);
        }
    }
    flush(&mut batch, &mut stats, lines_read)?;
    stats.seconds = started.elapsed().as_secs_f64();
    Ok(stats)
}
