//! The only module that touches tantivy: schema, writer and reader.
//!
//! One document per sentence plus one metadata document per article. An ingest deletes the
//! article's old documents and adds the new ones in one commit, so a crash leaves every article
//! whole or absent. Readers take a [`Snapshot`]: one tantivy `Searcher` together with the article
//! catalog of the same commit, so a request never sees an article half replaced.

mod analyzer;
mod schema;

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};

use tantivy::collector::{DocSetCollector, TopDocs};
use tantivy::query::{BooleanQuery, BoostQuery, ConstScoreQuery, Occur, Query, TermQuery};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{
    DocAddress, Index, IndexReader, IndexWriter, ReloadPolicy, Searcher, TantivyDocument, Term,
};

use crate::article::{ArticleInfo, Attribution, Sentence};
use crate::error::{CoreError, Result};
pub use schema::Fields;
use schema::{sentence_key, KIND_ARTICLE, KIND_SENTENCE};

/// An article with its sentences segmented and attributed, ready to store.
#[derive(Debug, Clone)]
pub struct PreparedArticle {
    pub info: ArticleInfo,
    pub sentences: Vec<Sentence>,
}

/// What one stored article's ingest did.
#[derive(Debug, Clone, PartialEq)]
pub struct IngestOutcome {
    pub article_id: String,
    pub sentence_count: u32,
    pub replaced: bool,
}

/// A retrieval request in analyzed terms (never raw query syntax).
#[derive(Debug, Clone, Default)]
pub struct RetrievalQuery {
    /// Analyzed terms with their boosts.
    pub terms: Vec<(String, f32)>,
    /// Restrict to these articles; empty means all.
    pub article_ids: Vec<String>,
    pub limit: usize,
}

/// A retrieved sentence.
#[derive(Debug, Clone)]
pub struct Hit {
    pub score: f32,
    pub article_id: String,
    pub sentence: Sentence,
}

/// Tuning for the index writer.
#[derive(Debug, Clone, Copy)]
pub struct WriterOptions {
    pub threads: usize,
    pub heap_bytes: usize,
}

impl Default for WriterOptions {
    fn default() -> Self {
        WriterOptions {
            threads: 1,
            heap_bytes: 64 << 20,
        }
    }
}

pub type Catalog = BTreeMap<String, ArticleInfo>;

/// A consistent view of the index: the searcher and the catalog of one commit.
pub struct Snapshot {
    searcher: Searcher,
    catalog: Arc<Catalog>,
    fields: Fields,
    /// Increases with every commit this process publishes: keys caches of derived data.
    generation: u64,
    /// Stored sentences already decompressed from this snapshot.
    docs: Mutex<HashMap<DocAddress, Arc<(String, Sentence)>>>,
}

/// Bound on cached stored sentences per snapshot.
const DOC_CACHE_ENTRIES: usize = 200_000;

pub struct Corpus {
    index: Index,
    reader: IndexReader,
    writer: Mutex<IndexWriter<TantivyDocument>>,
    fields: Fields,
    current: RwLock<Arc<Snapshot>>,
    location: Option<PathBuf>,
}

impl std::fmt::Debug for Corpus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Corpus")
            .field("location", &self.location)
            .finish()
    }
}

fn bad_index(path: &Path, reason: impl Into<String>) -> CoreError {
    CoreError::BadIndex {
        path: path.display().to_string(),
        reason: reason.into(),
    }
}

impl Corpus {
    /// An index in memory.
    pub fn in_memory(opts: WriterOptions) -> Result<Corpus> {
        Corpus::from_index(Index::create_in_ram(Fields::schema()), None, opts)
    }

    /// Opens the index in `dir`, creating it (and the directory) when there is none. Returns the
    /// corpus and whether it was created.
    pub fn open_dir(dir: &Path, opts: WriterOptions) -> Result<(Corpus, bool)> {
        std::fs::create_dir_all(dir)
            .map_err(|e| bad_index(dir, format!("cannot create directory: {e}")))?;
        let mmap = tantivy::directory::MmapDirectory::open(dir)?;
        let exists = Index::exists(&mmap).map_err(|e| bad_index(dir, e.to_string()))?;
        let index = if exists {
            Index::open(mmap)?
        } else {
            Index::create(mmap, Fields::schema(), tantivy::IndexSettings::default())?
        };
        Ok((
            Corpus::from_index(index, Some(dir.to_path_buf()), opts)?,
            !exists,
        ))
    }

    fn from_index(index: Index, location: Option<PathBuf>, opts: WriterOptions) -> Result<Corpus> {
        let fields = Fields::from_schema(&index.schema()).ok_or_else(|| {
            bad_index(
                location.as_deref().unwrap_or(Path::new("memory")),
                "built by an incompatible version of factcheck (schema differs); use a new --index-dir",
            )
        })?;
        Fields::register(&index);
        let writer =
            index.writer_with_num_threads(opts.threads.max(1), opts.heap_bytes.max(15 << 20))?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let searcher = reader.searcher();
        let catalog = load_catalog(&searcher, fields)?;
        let current = RwLock::new(Arc::new(Snapshot {
            searcher,
            catalog: Arc::new(catalog),
            fields,
            generation: 0,
            docs: Mutex::default(),
        }));
        Ok(Corpus {
            index,
            reader,
            writer: Mutex::new(writer),
            fields,
            current,
            location,
        })
    }

    pub fn location(&self) -> Option<&Path> {
        self.location.as_deref()
    }

    /// The current consistent view.
    pub fn snapshot(&self) -> Arc<Snapshot> {
        match self.current.read() {
            Ok(g) => Arc::clone(&g),
            Err(poisoned) => Arc::clone(&poisoned.into_inner()),
        }
    }

    /// Stores articles in one commit, each replacing any article with the same id. When this
    /// returns, they are durable and visible to new snapshots.
    pub fn ingest(&self, articles: Vec<PreparedArticle>) -> Result<Vec<IngestOutcome>> {
        let mut writer = self
            .writer
            .lock()
            .map_err(|_| CoreError::Internal("index writer lock poisoned".into()))?;
        let before = self.snapshot();
        let mut catalog = (*before.catalog).clone();
        let mut outcomes = Vec::with_capacity(articles.len());
        let f = self.fields;
        for a in articles {
            let id = a.info.id.clone();
            writer.delete_term(Term::from_field_text(f.article_id, &id));
            let mut info = a.info;
            info.sentence_count = u32::try_from(a.sentences.len()).unwrap_or(u32::MAX);
            let meta =
                serde_json::to_string(&info).map_err(|e| CoreError::Internal(e.to_string()))?;
            let mut doc = TantivyDocument::default();
            doc.add_text(f.kind, KIND_ARTICLE);
            doc.add_text(f.article_id, &id);
            doc.add_text(f.meta, &meta);
            writer.add_document(doc)?;
            for s in &a.sentences {
                let mut doc = TantivyDocument::default();
                doc.add_text(f.kind, KIND_SENTENCE);
                doc.add_text(f.article_id, &id);
                doc.add_u64(f.sentence_index, u64::from(s.index));
                doc.add_text(f.sentence_key, sentence_key(&id, s.index));
                doc.add_text(f.text, &s.text);
                doc.add_text(f.mentions, s.mentions.join("\n"));
                let attribution = serde_json::to_string(&s.attribution)
                    .map_err(|e| CoreError::Internal(e.to_string()))?;
                doc.add_text(f.attribution, &attribution);
                writer.add_document(doc)?;
            }
            let replaced = catalog.insert(id.clone(), info.clone()).is_some();
            outcomes.push(IngestOutcome {
                article_id: id,
                sentence_count: info.sentence_count,
                replaced,
            });
        }
        if let Err(e) = writer.commit() {
            // Drop the uncommitted operations so the next commit does not carry half of them.
            let _ = writer.rollback();
            return Err(e.into());
        }
        self.publish(catalog)?;
        Ok(outcomes)
    }

    /// Deletes an article; `Ok(false)` when there was none.
    pub fn delete(&self, id: &str) -> Result<bool> {
        let mut writer = self
            .writer
            .lock()
            .map_err(|_| CoreError::Internal("index writer lock poisoned".into()))?;
        let before = self.snapshot();
        if !before.catalog.contains_key(id) {
            return Ok(false);
        }
        let mut catalog = (*before.catalog).clone();
        catalog.remove(id);
        writer.delete_term(Term::from_field_text(self.fields.article_id, id));
        if let Err(e) = writer.commit() {
            let _ = writer.rollback();
            return Err(e.into());
        }
        self.publish(catalog)?;
        Ok(true)
    }

    fn publish(&self, catalog: Catalog) -> Result<()> {
        self.reader.reload()?;
        let generation = self.snapshot().generation + 1;
        let snap = Arc::new(Snapshot {
            searcher: self.reader.searcher(),
            catalog: Arc::new(catalog),
            fields: self.fields,
            generation,
            docs: Mutex::default(),
        });
        match self.current.write() {
            Ok(mut g) => *g = snap,
            Err(poisoned) => *poisoned.into_inner() = snap,
        }
        Ok(())
    }

    /// Index size on disk in bytes (0 in memory).
    pub fn disk_bytes(&self) -> u64 {
        let Some(dir) = &self.location else { return 0 };
        std::fs::read_dir(dir)
            .map(|rd| {
                rd.flatten()
                    .filter_map(|e| e.metadata().ok())
                    .map(|m| m.len())
                    .sum()
            })
            .unwrap_or(0)
    }

    pub fn index(&self) -> &Index {
        &self.index
    }
}

fn load_catalog(searcher: &Searcher, f: Fields) -> Result<Catalog> {
    let q = TermQuery::new(
        Term::from_field_text(f.kind, KIND_ARTICLE),
        IndexRecordOption::Basic,
    );
    let mut catalog = Catalog::new();
    for addr in searcher.search(&q, &DocSetCollector)? {
        let doc: TantivyDocument = searcher.doc(addr)?;
        let meta = doc
            .get_first(f.meta)
            .and_then(|v| v.as_str())
            .unwrap_or("{}");
        let info: ArticleInfo = serde_json::from_str(meta)
            .map_err(|e| CoreError::Internal(format!("bad article metadata: {e}")))?;
        catalog.insert(info.id.clone(), info);
    }
    Ok(catalog)
}

impl Snapshot {
    /// Identifies this snapshot among those the process published (for caches).
    pub fn generation(&self) -> u64 {
        self.generation
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    pub fn article(&self, id: &str) -> Option<&ArticleInfo> {
        self.catalog.get(id)
    }

    pub fn num_sentences(&self) -> u64 {
        self.catalog
            .values()
            .map(|a| u64::from(a.sentence_count))
            .sum()
    }

    fn filter(&self, article_ids: &[String]) -> Box<dyn Query> {
        let f = self.fields;
        if article_ids.is_empty() {
            return Box::new(TermQuery::new(
                Term::from_field_text(f.kind, KIND_SENTENCE),
                IndexRecordOption::Basic,
            ));
        }
        let ids = article_ids
            .iter()
            .map(|id| -> (Occur, Box<dyn Query>) {
                (
                    Occur::Should,
                    Box::new(TermQuery::new(
                        Term::from_field_text(f.article_id, id),
                        IndexRecordOption::Basic,
                    )),
                )
            })
            .collect();
        Box::new(BooleanQuery::new(vec![
            (Occur::Must, Box::new(BooleanQuery::new(ids))),
            (
                Occur::Must,
                Box::new(TermQuery::new(
                    Term::from_field_text(f.kind, KIND_SENTENCE),
                    IndexRecordOption::Basic,
                )),
            ),
        ]))
    }

    /// BM25 retrieval over sentence text and mentions.
    pub fn search(&self, q: &RetrievalQuery) -> Result<Vec<Hit>> {
        if q.terms.is_empty() || q.limit == 0 {
            return Ok(Vec::new());
        }
        let f = self.fields;
        let mut should: Vec<(Occur, Box<dyn Query>)> = Vec::with_capacity(q.terms.len() * 2);
        for (term, boost) in &q.terms {
            // Expansion terms (weighted below 0.5) search the text only: the mentions field
            // carries names, which expansions rarely are, and each clause costs a posting list.
            let fields: &[(tantivy::schema::Field, f32)] = if *boost < 0.5 {
                &[(f.text, 1.0)]
            } else {
                &[(f.text, 1.0), (f.mentions, 0.6)]
            };
            for &(field, weight) in fields {
                let tq = TermQuery::new(
                    Term::from_field_text(field, term),
                    IndexRecordOption::WithFreqs,
                );
                should.push((
                    Occur::Should,
                    Box::new(BoostQuery::new(Box::new(tq), boost * weight)),
                ));
            }
        }
        let query = BooleanQuery::new(vec![
            (
                Occur::Must,
                Box::new(BooleanQuery::new(should)) as Box<dyn Query>,
            ),
            (
                Occur::Must,
                Box::new(ConstScoreQuery::new(self.filter(&q.article_ids), 0.0)),
            ),
        ]);
        let top = self
            .searcher
            .search(&query, &TopDocs::with_limit(q.limit).order_by_score())?;
        top.into_iter()
            .map(|(score, addr)| {
                let stored = self.stored(addr)?;
                Ok(Hit {
                    score,
                    article_id: stored.0.clone(),
                    sentence: stored.1.clone(),
                })
            })
            .collect()
    }

    /// A stored sentence, decompressed once per snapshot: hot sentences are fetched by every
    /// check that retrieves them.
    fn stored(&self, addr: DocAddress) -> Result<Arc<(String, Sentence)>> {
        if let Some(hit) = self.docs.lock().ok().and_then(|c| c.get(&addr).cloned()) {
            return Ok(hit);
        }
        let doc: TantivyDocument = self.searcher.doc(addr)?;
        let stored = Arc::new(self.sentence_of(&doc)?);
        if let Ok(mut c) = self.docs.lock() {
            if c.len() >= DOC_CACHE_ENTRIES {
                c.clear();
            }
            c.insert(addr, Arc::clone(&stored));
        }
        Ok(stored)
    }

    fn sentence_of(&self, doc: &TantivyDocument) -> Result<(String, Sentence)> {
        let f = self.fields;
        let text_of = |field| {
            doc.get_first(field)
                .and_then(|v| v.as_str())
                .unwrap_or("")
                .to_string()
        };
        let attribution: Attribution =
            serde_json::from_str(&text_of(f.attribution)).unwrap_or_default();
        let mentions = text_of(f.mentions);
        let index = doc
            .get_first(f.sentence_index)
            .and_then(|v| v.as_u64())
            .unwrap_or(0);
        Ok((
            text_of(f.article_id),
            Sentence {
                index: u32::try_from(index).unwrap_or(u32::MAX),
                text: text_of(f.text),
                attribution,
                mentions: mentions
                    .lines()
                    .filter(|l| !l.is_empty())
                    .map(str::to_string)
                    .collect(),
            },
        ))
    }

    /// The text of one sentence, if it exists.
    pub fn sentence_text(&self, article_id: &str, index: u32) -> Result<Option<String>> {
        let q = TermQuery::new(
            Term::from_field_text(self.fields.sentence_key, &sentence_key(article_id, index)),
            IndexRecordOption::Basic,
        );
        let top = self
            .searcher
            .search(&q, &TopDocs::with_limit(1).order_by_score())?;
        match top.first() {
            Some((_, addr)) => Ok(Some(self.stored(*addr)?.1.text.clone())),
            None => Ok(None),
        }
    }

    /// All sentences of an article in order.
    pub fn sentences(&self, article_id: &str) -> Result<Vec<Sentence>> {
        let q = BooleanQuery::new(vec![
            (
                Occur::Must,
                Box::new(TermQuery::new(
                    Term::from_field_text(self.fields.article_id, article_id),
                    IndexRecordOption::Basic,
                )) as Box<dyn Query>,
            ),
            (
                Occur::Must,
                Box::new(TermQuery::new(
                    Term::from_field_text(self.fields.kind, KIND_SENTENCE),
                    IndexRecordOption::Basic,
                )),
            ),
        ]);
        let mut out = Vec::new();
        for addr in self.searcher.search(&q, &DocSetCollector)? {
            let doc: TantivyDocument = self.searcher.doc(addr)?;
            out.push(self.sentence_of(&doc)?.1);
        }
        out.sort_by_key(|s| s.index);
        Ok(out)
    }

    /// Document frequency of an analyzed term in sentence text, and the number of sentences.
    pub fn doc_freq(&self, term: &str) -> (u64, u64) {
        let t = Term::from_field_text(self.fields.text, term);
        let df = self.searcher.doc_freq(&t).unwrap_or(0);
        (df, self.searcher.num_docs())
    }

    /// Articles after `after` (exclusive) in id order, at most `limit`.
    pub fn list(&self, after: Option<&str>, limit: usize) -> Vec<ArticleInfo> {
        let iter: Box<dyn Iterator<Item = (&String, &ArticleInfo)>> = match after {
            Some(a) => Box::new(
                self.catalog
                    .range::<str, _>((std::ops::Bound::Excluded(a), std::ops::Bound::Unbounded)),
            ),
            None => Box::new(self.catalog.iter()),
        };
        iter.take(limit).map(|(_, v)| v.clone()).collect()
    }
}
