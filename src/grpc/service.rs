//! The tonic service: each RPC validates its request into a domain query, runs the engine off the
//! async workers behind a concurrency limit, and converts the answer back.

use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use tokio::sync::{mpsc, Semaphore};
use tokio_stream::wrappers::ReceiverStream;
use tokio_stream::StreamExt;
use tonic::{Request, Response, Status, Streaming};
use tracing::{field, info, info_span, Instrument, Span};

use super::convert::{self, status};
use super::pb;
use super::pb::fact_check_service_server::FactCheckService;
use crate::engine::{ClaimQuery, Engine, SearchQuery};
use crate::error::{CoreError, Result};

/// Shared state of the service.
pub struct State {
    engine: OnceLock<Arc<Engine>>,
    permits: Semaphore,
    max_in_flight: usize,
    queue_timeout: Duration,
    write_token: Option<String>,
    read_token: Option<String>,
}

#[derive(Clone)]
pub struct FactCheck {
    state: Arc<State>,
}

/// Compares secrets in time independent of where they differ.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

fn check_token<T>(req: &Request<T>, want: &Option<String>, what: &str) -> Result<(), Status> {
    let Some(want) = want else { return Ok(()) };
    let Some(header) = req.metadata().get("authorization") else {
        return Err(Status::unauthenticated(format!(
            "{what} needs `authorization: Bearer <token>`"
        )));
    };
    let got = header
        .to_str()
        .unwrap_or("")
        .strip_prefix("Bearer ")
        .unwrap_or("");
    if constant_time_eq(got.as_bytes(), want.as_bytes()) {
        Ok(())
    } else {
        Err(Status::permission_denied(format!(
            "the bearer token is not valid for {what}"
        )))
    }
}

impl FactCheck {
    pub fn new(
        max_in_flight: usize,
        queue_timeout: Duration,
        write_token: Option<String>,
        read_token: Option<String>,
    ) -> FactCheck {
        let max_in_flight = max_in_flight.max(1);
        FactCheck {
            state: Arc::new(State {
                engine: OnceLock::new(),
                permits: Semaphore::new(max_in_flight),
                max_in_flight,
                queue_timeout,
                write_token,
                read_token,
            }),
        }
    }

    /// Makes the service answer with this engine (until then it answers UNAVAILABLE).
    pub fn set_engine(&self, engine: Arc<Engine>) {
        let _ = self.state.engine.set(engine);
    }

    fn engine(&self) -> Result<Arc<Engine>, Status> {
        self.state
            .engine
            .get()
            .cloned()
            .ok_or_else(|| Status::unavailable("the index is still opening; retry shortly"))
    }

    /// Runs engine work on the blocking pool, behind the concurrency limit; sheds load when no
    /// slot frees up within the queue timeout.
    async fn run<T: Send + 'static>(
        &self,
        f: impl FnOnce(&Engine) -> Result<T> + Send + 'static,
    ) -> Result<T, Status> {
        let engine = self.engine()?;
        let permit = match tokio::time::timeout(
            self.state.queue_timeout,
            self.state.permits.acquire(),
        )
        .await
        {
            Ok(Ok(p)) => p,
            Ok(Err(_)) => return Err(Status::unavailable("server is shutting down")),
            Err(_) => {
                return Err(Status::resource_exhausted(format!(
                    "server is busy: {} requests in flight; retry with backoff",
                    self.state.max_in_flight
                )))
            }
        };
        let out = tokio::task::spawn_blocking(move || f(&engine)).await;
        drop(permit);
        match out {
            Ok(r) => r.map_err(status),
            Err(e) => Err(status(CoreError::Internal(format!("worker failed: {e}")))),
        }
    }

    async fn check(
        &self,
        claim: String,
        max_passages: u32,
        article_ids: Vec<String>,
        request_id: String,
    ) -> Result<pb::CheckClaimResponse, Status> {
        let span = info_span!(
            "check_claim",
            claim_chars = claim.chars().count(),
            passages = field::Empty,
            verdict = field::Empty,
            latency_us = field::Empty
        );
        let started = Instant::now();
        let result = async {
            let engine = self.engine()?;
            let q = ClaimQuery::new(&claim, max_passages, article_ids, engine.limits())
                .map_err(status)?;
            let out = match engine.cached_check(&q) {
                Some(hit) => hit,
                None => self.run(move |e| e.check_shared(&q)).await?,
            };
            let span = Span::current();
            span.record("passages", out.passages.len());
            span.record("verdict", field::debug(out.verdict));
            span.record("latency_us", started.elapsed().as_micros() as u64);
            info!(confidence = out.confidence, "claim checked");
            Ok(convert::check_response(request_id, &out))
        }
        .instrument(span)
        .await;
        result
    }
}

#[tonic::async_trait]
impl FactCheckService for FactCheck {
    async fn check_claim(
        &self,
        req: Request<pb::CheckClaimRequest>,
    ) -> Result<Response<pb::CheckClaimResponse>, Status> {
        check_token(&req, &self.state.read_token, "reads")?;
        let r = req.into_inner();
        self.check(r.claim, r.max_passages, r.article_ids, r.request_id)
            .await
            .map(Response::new)
    }

    type CheckClaimsStream = ReceiverStream<Result<pb::CheckClaimsResponse, Status>>;

    async fn check_claims(
        &self,
        req: Request<Streaming<pb::CheckClaimsRequest>>,
    ) -> Result<Response<Self::CheckClaimsStream>, Status> {
        check_token(&req, &self.state.read_token, "reads")?;
        let mut inbound = req.into_inner();
        let (tx, rx) = mpsc::channel(32);
        // Claims are judged concurrently but answered in the order they came, through a bounded
        // queue of pending results.
        let (pending_tx, mut pending_rx) =
            mpsc::channel::<tokio::task::JoinHandle<pb::CheckClaimsResponse>>(16);
        let this = self.clone();
        tokio::spawn(async move {
            while let Some(item) = inbound.next().await {
                let r = match item {
                    Ok(r) => r,
                    Err(e) => {
                        info!(error = %e, "claim stream ended by the client");
                        break;
                    }
                };
                let svc = this.clone();
                let handle = tokio::spawn(async move {
                    let id = r.request_id.clone();
                    let claim = r.claim.clone();
                    match svc
                        .check(r.claim, r.max_passages, r.article_ids, r.request_id)
                        .await
                    {
                        Ok(resp) => convert::stream_response(resp),
                        Err(s) => pb::CheckClaimsResponse {
                            request_id: id,
                            claim,
                            error: Some(pb::ItemError {
                                code: s.code() as i32,
                                message: s.message().to_string(),
                            }),
                            ..Default::default()
                        },
                    }
                });
                if pending_tx.send(handle).await.is_err() {
                    break;
                }
            }
        });
        tokio::spawn(async move {
            while let Some(h) = pending_rx.recv().await {
                let msg = h
                    .await
                    .map_err(|e| Status::internal(format!("worker failed: {e}")));
                if tx.send(msg).await.is_err() {
                    break;
                }
            }
        });
        Ok(Response::new(ReceiverStream::new(rx)))
    }

    async fn search(
        &self,
        req: Request<pb::SearchRequest>,
    ) -> Result<Response<pb::SearchResponse>, Status> {
        check_token(&req, &self.state.read_token, "reads")?;
        let r = req.into_inner();
        let span = info_span!(
            "search",
            query_chars = r.query.chars().count(),
            passages = field::Empty
        );
        let out = self
            .run(move |e| {
                let q = SearchQuery::new(&r.query, r.limit, r.article_ids, e.limits())?;
                e.search(&q)
            })
            .instrument(span.clone())
            .await?;
        span.record("passages", out.len());
        Ok(Response::new(pb::SearchResponse {
            passages: out.iter().map(convert::passage).collect(),
        }))
    }

    async fn ingest_article(
        &self,
        req: Request<pb::IngestArticleRequest>,
    ) -> Result<Response<pb::IngestArticleResponse>, Status> {
        check_token(&req, &self.state.write_token, "writes")?;
        let article = convert::new_article(req.into_inner().article).map_err(status)?;
        let span = info_span!("ingest_article", article_id = %article.info.id);
        let out = self
            .run(move |e| e.ingest(vec![article]))
            .instrument(span)
            .await?;
        let o = out
            .into_iter()
            .next()
            .ok_or_else(|| Status::internal("ingest returned nothing"))?;
        info!(article_id = %o.article_id, sentences = o.sentence_count, replaced = o.replaced, "article ingested");
        Ok(Response::new(pb::IngestArticleResponse {
            article_id: o.article_id,
            sentence_count: o.sentence_count,
            replaced: o.replaced,
        }))
    }

    async fn get_article(
        &self,
        req: Request<pb::GetArticleRequest>,
    ) -> Result<Response<pb::GetArticleResponse>, Status> {
        check_token(&req, &self.state.read_token, "reads")?;
        let id = req.into_inner().id;
        let (info, sentences) = self.run(move |e| e.get_article(&id)).await?;
        Ok(Response::new(pb::GetArticleResponse {
            article: Some(convert::article_info(&info)),
            sentences: sentences.iter().map(convert::sentence).collect(),
        }))
    }

    async fn list_articles(
        &self,
        req: Request<pb::ListArticlesRequest>,
    ) -> Result<Response<pb::ListArticlesResponse>, Status> {
        check_token(&req, &self.state.read_token, "reads")?;
        let r = req.into_inner();
        let (articles, next) = self
            .run(move |e| e.list_articles(r.page_size, &r.page_token))
            .await?;
        Ok(Response::new(pb::ListArticlesResponse {
            articles: articles.iter().map(convert::article_info).collect(),
            next_page_token: next,
        }))
    }

    async fn delete_article(
        &self,
        req: Request<pb::DeleteArticleRequest>,
    ) -> Result<Response<pb::DeleteArticleResponse>, Status> {
        check_token(&req, &self.state.write_token, "writes")?;
        let r = req.into_inner();
        let id = r.id.clone();
        let deleted = self
            .run(move |e| e.delete_article(&r.id, r.allow_missing))
            .await?;
        info!(article_id = %id, deleted, "article deleted");
        Ok(Response::new(pb::DeleteArticleResponse { deleted }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_comparison() {
        assert!(constant_time_eq(b"secret", b"secret"));
        assert!(!constant_time_eq(b"secret", b"secreT"));
        assert!(!constant_time_eq(b"secret", b"secre"));
    }
}
