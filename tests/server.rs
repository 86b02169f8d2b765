//! The real server on 127.0.0.1:0 with real tonic clients: every RPC, persistence across a
//! restart, replace, delete, the stream, reflection, health, tokens and bad input.

use std::sync::Arc;
use std::time::Duration;

use factcheck::engine::{Engine, EngineConfig};
use factcheck::grpc::pb::fact_check_service_client::FactCheckServiceClient;
use factcheck::grpc::pb::{self, Verdict};
use factcheck::grpc::{serve, ServerConfig, TlsIdentity};
use tokio::sync::oneshot;
use tokio_stream::StreamExt;
use tonic::transport::{Certificate, Channel, ClientTlsConfig};
use tonic::{Code, Request};
use tonic_health::pb::health_check_response::ServingStatus;
use tonic_health::pb::health_client::HealthClient;
use tonic_health::pb::HealthCheckRequest;

struct Running {
    channel: Channel,
    /// `http://` + the bound address, whatever the transport.
    channel_uri: String,
    stop: Option<oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<()>,
}

impl Running {
    fn client(&self) -> FactCheckServiceClient<Channel> {
        FactCheckServiceClient::new(self.channel.clone())
    }

    async fn stop(mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
        let _ = tokio::time::timeout(Duration::from_secs(20), self.task).await;
    }
}

async fn start(index_dir: Option<std::path::PathBuf>, config: ServerConfig) -> Running {
    start_with(index_dir, config, None).await
}

/// Starts the server; with `trust` (a PEM CA certificate) the client speaks TLS to "localhost".
async fn start_with(
    index_dir: Option<std::path::PathBuf>,
    config: ServerConfig,
    trust: Option<String>,
) -> Running {
    let engine = Arc::new(
        Engine::open(EngineConfig {
            index_dir,
            ..EngineConfig::default()
        })
        .expect("engine opens"),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let (tx, rx) = oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        serve(listener, engine, config, async {
            let _ = rx.await;
        })
        .await
        .expect("server runs");
    });
    let endpoint = match trust {
        None => Channel::from_shared(format!("http://{addr}")).expect("uri"),
        Some(ca) => Channel::from_shared(format!("https://{addr}"))
            .expect("uri")
            .tls_config(
                ClientTlsConfig::new()
                    .ca_certificate(Certificate::from_pem(ca))
                    .domain_name("localhost"),
            )
            .expect("client tls"),
    };
    let channel = endpoint.connect().await.expect("connect");
    // Health turns SERVING once the engine is installed.
    let mut health = HealthClient::new(channel.clone());
    for _ in 0..100 {
        let r = health
            .check(HealthCheckRequest {
                service: "factcheck.v1.FactCheckService".into(),
            })
            .await;
        if r.is_ok_and(|r| r.into_inner().status == ServingStatus::Serving as i32) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    Running {
        channel,
        channel_uri: format!("http://{addr}"),
        stop: Some(tx),
        task,
    }
}

/// The server still checks a plain true claim correctly (after a fault or a load).
async fn still_answers(server: &Running, after: &str) {
    let r = server
        .client()
        .check_claim(claim("Russia supplied missiles to North Korea."))
        .await
        .unwrap_or_else(|e| panic!("a call {after}: {e:?}"));
    assert_eq!(r.into_inner().verdict, Verdict::Supported as i32);
}

fn claim(text: &str) -> pb::CheckClaimRequest {
    pb::CheckClaimRequest {
        claim: text.into(),
        max_passages: 5,
        article_ids: vec![],
        request_id: "r1".into(),
    }
}

fn article(id: &str, text: &str) -> pb::IngestArticleRequest {
    pb::IngestArticleRequest {
        article: Some(pb::Article {
            id: id.into(),
            title: "Port strike ends".into(),
            publisher: "Harbour Gazette".into(),
            url: "https://example.org/strike".into(),
            published_at: Some(prost_types::Timestamp {
                seconds: 1_700_000_000,
                nanos: 0,
            }),
            text: text.into(),
            sentences: vec![],
        }),
    }
}

const STRIKE: &str = "Dock workers in Rotterdam ended a nine-day strike on Tuesday after the port authority agreed to a 6 percent raise. \
                      Hugo Brandt, the transport minister, said the deal would hold. \
                      \u{201C}Nobody wins when the cranes stand still for this long,\u{201D} he said.";

#[tokio::test]
async fn health_and_reflection_list_every_service() {
    let s = start(None, ServerConfig::default()).await;
    let mut health = HealthClient::new(s.channel.clone());
    for service in ["", "factcheck.v1.FactCheckService"] {
        let r = health
            .check(HealthCheckRequest {
                service: service.into(),
            })
            .await
            .expect("health");
        assert_eq!(
            r.into_inner().status,
            ServingStatus::Serving as i32,
            "{service:?}"
        );
    }
    use tonic_reflection::pb::v1alpha::server_reflection_client::ServerReflectionClient;
    use tonic_reflection::pb::v1alpha::server_reflection_request::MessageRequest;
    use tonic_reflection::pb::v1alpha::server_reflection_response::MessageResponse;
    use tonic_reflection::pb::v1alpha::ServerReflectionRequest;
    let mut refl = ServerReflectionClient::new(s.channel.clone());
    let req = ServerReflectionRequest {
        host: String::new(),
        message_request: Some(MessageRequest::ListServices(String::new())),
    };
    let mut stream = refl
        .server_reflection_info(tokio_stream::iter(vec![req]))
        .await
        .expect("reflection")
        .into_inner();
    let resp = stream.next().await.expect("one answer").expect("ok");
    let Some(MessageResponse::ListServicesResponse(list)) = resp.message_response else {
        panic!("not a list")
    };
    let names: Vec<String> = list.service.into_iter().map(|s| s.name).collect();
    for want in ["factcheck.v1.FactCheckService", "grpc.health.v1.Health"] {
        assert!(
            names.iter().any(|n| n == want),
            "{want} missing from {names:?}"
        );
    }
    s.stop().await;
}

#[tokio::test]
async fn a_plain_true_claim_is_supported_with_its_speaker() {
    let s = start(None, ServerConfig::default()).await;
    let r = s
        .client()
        .check_claim(claim(
            "Russia has supplied North Korea with anti-aircraft missiles.",
        ))
        .await
        .expect("check")
        .into_inner();
    assert_eq!(r.verdict, Verdict::Supported as i32, "{r:#?}");
    assert_eq!(r.request_id, "r1");
    let p = r.probabilities.expect("probabilities");
    assert!((p.supported + p.refuted + p.not_enough_info - 1.0).abs() < 1e-3);
    assert!(r.passages.iter().take(3).any(|p| p
        .attribution
        .as_ref()
        .is_some_and(|a| a.speaker == "Shin Won-shik")));
    let first = &r.passages[0];
    assert!(first
        .article
        .as_ref()
        .is_some_and(|a| a.published_at.is_some()));
    assert!(!first.highlights.is_empty());
    assert!(r.explanation.contains("Shin Won-shik"), "{}", r.explanation);
    s.stop().await;
}

#[tokio::test]
async fn contradictions_carry_typed_findings() {
    let s = start(None, ServerConfig::default()).await;
    let r = s
        .client()
        .check_claim(claim("North Korea has sent 50,000 troops to Russia."))
        .await
        .expect("check")
        .into_inner();
    assert_eq!(r.verdict, Verdict::Refuted as i32, "{r:#?}");
    let kinds: Vec<i32> = r
        .passages
        .iter()
        .flat_map(|p| p.findings.iter().filter(|f| f.contradicts).map(|f| f.kind))
        .collect();
    assert!(
        kinds.contains(&(pb::FindingKind::NumberMismatch as i32)),
        "{kinds:?}"
    );
    s.stop().await;
}

#[tokio::test]
async fn bad_input_gets_clear_codes() {
    let s = start(None, ServerConfig::default()).await;
    let mut c = s.client();
    let e = c.check_claim(claim("   ")).await.expect_err("blank claim");
    assert_eq!(e.code(), Code::InvalidArgument);
    assert!(e.message().contains("claim"), "{}", e.message());
    let mut q = claim("Russia sent missiles.");
    q.article_ids = vec!["no-such-article".into()];
    assert_eq!(
        c.check_claim(q).await.expect_err("unknown article").code(),
        Code::NotFound
    );
    let e = c
        .get_article(pb::GetArticleRequest {
            id: "../etc/passwd".into(),
        })
        .await
        .expect_err("path id");
    assert_eq!(e.code(), Code::InvalidArgument);
    assert_eq!(
        c.get_article(pb::GetArticleRequest {
            id: "missing".into()
        })
        .await
        .expect_err("missing")
        .code(),
        Code::NotFound
    );
    let e = c
        .search(pb::SearchRequest {
            query: "".into(),
            limit: 0,
            article_ids: vec![],
        })
        .await
        .expect_err("blank query");
    assert_eq!(e.code(), Code::InvalidArgument);
    for trap in ["a:(^", "- *", &"(".repeat(60)] {
        let r = c
            .search(pb::SearchRequest {
                query: trap.into(),
                limit: 5,
                article_ids: vec![],
            })
            .await;
        assert!(
            r.is_ok()
                || r.as_ref()
                    .err()
                    .is_some_and(|e| e.code() == Code::InvalidArgument),
            "{trap}: {r:?}"
        );
    }
    let e = c
        .ingest_article(pb::IngestArticleRequest { article: None })
        .await
        .expect_err("no article");
    assert_eq!(e.code(), Code::InvalidArgument);
    // Over the article limit but under the message limit: the article is refused by name.
    let e = c
        .ingest_article(article("big", &"The council met. ".repeat(150_000)))
        .await
        .expect_err("oversized article");
    assert_eq!(e.code(), Code::InvalidArgument);
    assert!(e.message().contains("limit"), "{e:?}");
    // Over the message limit: refused before decoding.
    let e = c
        .ingest_article(article("huge", &"The council met. ".repeat(600_000)))
        .await
        .expect_err("oversized message");
    assert_eq!(e.code(), Code::ResourceExhausted, "{e:?}");
    s.stop().await;
}

#[tokio::test]
async fn ingest_search_get_list_replace_delete_and_restart() {
    let dir = tempfile::tempdir().expect("tempdir");
    let index = dir.path().join("index");
    let s = start(Some(index.clone()), ServerConfig::default()).await;
    let mut c = s.client();
    let r = c
        .ingest_article(article("strike-1", STRIKE))
        .await
        .expect("ingest")
        .into_inner();
    assert_eq!(
        (r.article_id.as_str(), r.sentence_count, r.replaced),
        ("strike-1", 3, false)
    );
    let hits = c
        .search(pb::SearchRequest {
            query: "dock strike Rotterdam".into(),
            limit: 3,
            article_ids: vec!["strike-1".into()],
        })
        .await
        .expect("search")
        .into_inner();
    assert_eq!(hits.passages[0].article_id, "strike-1");
    assert_eq!(hits.passages[0].sentence_index, 0);
    let got = c
        .get_article(pb::GetArticleRequest {
            id: "strike-1".into(),
        })
        .await
        .expect("get")
        .into_inner();
    assert_eq!(got.sentences.len(), 3);
    let a = got.sentences[1].attribution.as_ref().expect("attribution");
    assert_eq!(
        (a.speaker.as_str(), a.kind),
        ("Hugo Brandt", pb::AttributionKind::Indirect as i32)
    );
    assert_eq!(
        got.sentences[2]
            .attribution
            .as_ref()
            .map(|a| a.speaker.as_str()),
        Some("Hugo Brandt")
    );
    // Pre-split sentences keep their indices; replacing reports it.
    let mut pre = article("strike-1", "");
    if let Some(a) = pre.article.as_mut() {
        a.sentences = vec!["One.".into(), "Two.".into()];
    }
    let r = c.ingest_article(pre).await.expect("replace").into_inner();
    assert_eq!((r.sentence_count, r.replaced), (2, true));
    // Paging.
    c.ingest_article(article("strike-2", STRIKE))
        .await
        .expect("ingest 2");
    let page = c
        .list_articles(pb::ListArticlesRequest {
            page_size: 1,
            page_token: String::new(),
        })
        .await
        .expect("list")
        .into_inner();
    assert_eq!(page.articles.len(), 1);
    assert!(!page.next_page_token.is_empty());
    s.stop().await;

    // Restart on the same directory: everything acknowledged is still there.
    let s = start(Some(index), ServerConfig::default()).await;
    let mut c = s.client();
    let ids: Vec<String> = c
        .list_articles(pb::ListArticlesRequest {
            page_size: 100,
            page_token: String::new(),
        })
        .await
        .expect("list")
        .into_inner()
        .articles
        .into_iter()
        .map(|a| a.id)
        .collect();
    assert!(
        ids.contains(&"strike-1".to_string()) && ids.contains(&"strike-2".to_string()),
        "{ids:?}"
    );
    assert_eq!(ids.len(), 3, "bundled article plus two: {ids:?}");
    let got = c
        .get_article(pb::GetArticleRequest {
            id: "strike-1".into(),
        })
        .await
        .expect("get")
        .into_inner();
    assert_eq!(got.sentences.len(), 2, "the replacement survived, whole");
    let d = c
        .delete_article(pb::DeleteArticleRequest {
            id: "strike-1".into(),
            allow_missing: false,
        })
        .await
        .expect("delete")
        .into_inner();
    assert!(d.deleted);
    assert_eq!(
        c.get_article(pb::GetArticleRequest {
            id: "strike-1".into()
        })
        .await
        .expect_err("gone")
        .code(),
        Code::NotFound
    );
    let d = c
        .delete_article(pb::DeleteArticleRequest {
            id: "strike-1".into(),
            allow_missing: true,
        })
        .await
        .expect("idempotent")
        .into_inner();
    assert!(!d.deleted);
    assert_eq!(
        c.delete_article(pb::DeleteArticleRequest {
            id: "strike-1".into(),
            allow_missing: false
        })
        .await
        .expect_err("missing")
        .code(),
        Code::NotFound
    );
    s.stop().await;
}

#[tokio::test]
async fn the_stream_answers_each_claim_in_order() {
    let s = start(None, ServerConfig::default()).await;
    let claims = [
        "Russia supplied missiles to North Korea.",
        " ",
        "Putin sent animals.",
        "Kim met Kozlov.",
    ];
    let reqs: Vec<pb::CheckClaimsRequest> = claims
        .iter()
        .enumerate()
        .map(|(i, c)| pb::CheckClaimsRequest {
            claim: c.to_string(),
            max_passages: 3,
            article_ids: vec![],
            request_id: i.to_string(),
        })
        .collect();
    let mut out = s
        .client()
        .check_claims(tokio_stream::iter(reqs))
        .await
        .expect("stream")
        .into_inner();
    let mut got = Vec::new();
    while let Some(r) = out.next().await {
        got.push(r.expect("item"));
    }
    assert_eq!(got.len(), 4);
    for (i, r) in got.iter().enumerate() {
        assert_eq!(r.request_id, i.to_string());
    }
    assert_eq!(
        got[1].error.as_ref().map(|e| e.code),
        Some(Code::InvalidArgument as i32)
    );
    assert!(got[0].error.is_none() && !got[0].passages.is_empty());
    s.stop().await;
}

#[tokio::test]
async fn writes_need_the_token_when_one_is_set() {
    let config = ServerConfig {
        write_token: Some("s3cret".into()),
        ..ServerConfig::default()
    };
    let s = start(None, config).await;
    let mut c = s.client();
    let e = c
        .ingest_article(article("t-1", STRIKE))
        .await
        .expect_err("no token");
    assert_eq!(e.code(), Code::Unauthenticated);
    let mut wrong = Request::new(article("t-1", STRIKE));
    wrong
        .metadata_mut()
        .insert("authorization", "Bearer nope".parse().expect("header"));
    assert_eq!(
        c.ingest_article(wrong)
            .await
            .expect_err("wrong token")
            .code(),
        Code::PermissionDenied
    );
    let mut right = Request::new(article("t-1", STRIKE));
    right
        .metadata_mut()
        .insert("authorization", "Bearer s3cret".parse().expect("header"));
    assert!(c.ingest_article(right).await.is_ok());
    // Reads stay open.
    assert!(c
        .check_claim(claim("Dock workers ended a strike."))
        .await
        .is_ok());
    s.stop().await;
}

#[tokio::test]
async fn tls_serves_clients_that_trust_the_certificate_and_only_them() {
    let rcgen::CertifiedKey { cert, signing_key } =
        rcgen::generate_simple_self_signed(vec!["localhost".to_string()]).expect("certificate");
    let config = ServerConfig {
        tls: Some(TlsIdentity {
            cert_pem: cert.pem().into_bytes(),
            key_pem: signing_key.serialize_pem().into_bytes(),
        }),
        ..ServerConfig::default()
    };
    let server = start_with(None, config, Some(cert.pem())).await;
    let r = server
        .client()
        .check_claim(claim(
            "Russia has supplied North Korea with anti-aircraft missiles.",
        ))
        .await
        .expect("check over TLS")
        .into_inner();
    assert_eq!(r.verdict, Verdict::Supported as i32);

    // A plaintext client gets no answer from a TLS port.
    let addr = server.channel_uri.clone();
    let plain = Channel::from_shared(addr).expect("uri").connect().await;
    if let Ok(plain) = plain {
        let r = FactCheckServiceClient::new(plain)
            .check_claim(claim("Russia supplied missiles."))
            .await;
        assert!(r.is_err(), "plaintext call answered on a TLS port");
    }
    server.stop().await;
}

/// Sends and receives message bytes as they are, so a test can put garbage in a gRPC frame.
#[derive(Clone, Copy, Default)]
struct RawCodec;

impl tonic::codec::Codec for RawCodec {
    type Encode = Vec<u8>;
    type Decode = Vec<u8>;
    type Encoder = RawCodec;
    type Decoder = RawCodec;
    fn encoder(&mut self) -> Self::Encoder {
        RawCodec
    }
    fn decoder(&mut self) -> Self::Decoder {
        RawCodec
    }
}

impl tonic::codec::Encoder for RawCodec {
    type Item = Vec<u8>;
    type Error = tonic::Status;
    fn encode(
        &mut self,
        item: Vec<u8>,
        dst: &mut tonic::codec::EncodeBuf<'_>,
    ) -> Result<(), tonic::Status> {
        bytes::BufMut::put_slice(dst, &item);
        Ok(())
    }
}

impl tonic::codec::Decoder for RawCodec {
    type Item = Vec<u8>;
    type Error = tonic::Status;
    fn decode(
        &mut self,
        src: &mut tonic::codec::DecodeBuf<'_>,
    ) -> Result<Option<Vec<u8>>, tonic::Status> {
        let n = bytes::Buf::remaining(src);
        Ok(Some(bytes::Buf::copy_to_bytes(src, n).to_vec()))
    }
}

#[tokio::test]
async fn garbage_frames_get_an_error_and_the_server_stays_serving() {
    let server = start(None, ServerConfig::default()).await;
    let garbage: Vec<Vec<u8>> = vec![
        vec![0xff; 64],
        vec![0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f], // a length far past the end
        b"\x0a\x05ab".to_vec(),                   // truncated string
        vec![0x0a, 0x03, 0xc3, 0x28, 0x41],       // invalid UTF-8 in `claim`
        (0..=255u8).cycle().take(100_000).collect(),
    ];
    for path in [
        "/factcheck.v1.FactCheckService/CheckClaim",
        "/factcheck.v1.FactCheckService/Search",
        "/factcheck.v1.FactCheckService/IngestArticle",
    ] {
        for g in &garbage {
            let mut grpc = tonic::client::Grpc::new(server.channel.clone());
            grpc.ready().await.expect("ready");
            let r = grpc
                .unary(
                    Request::new(g.clone()),
                    http::uri::PathAndQuery::from_static(path),
                    RawCodec,
                )
                .await;
            let status = r.expect_err("garbage accepted");
            assert!(
                matches!(status.code(), Code::Internal | Code::InvalidArgument),
                "{path}: {status:?}"
            );
        }
    }
    let health = HealthClient::new(server.channel.clone())
        .check(HealthCheckRequest {
            service: "factcheck.v1.FactCheckService".into(),
        })
        .await
        .expect("health")
        .into_inner();
    assert_eq!(health.status, ServingStatus::Serving as i32);
    still_answers(&server, "after the garbage").await;
    server.stop().await;
}

/// Writers replace and delete an article while readers check claims about it: no check fails,
/// and each answer sees one version of the article, never a mix of two.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn checks_see_consistent_snapshots_while_articles_change() {
    let dir = tempfile::tempdir().expect("tempdir");
    let server = start(Some(dir.path().join("index")), ServerConfig::default()).await;
    let version_text = |v: usize| {
        (0..6)
            .map(|j| {
                format!(
                    "In version {v} the harbour council approved budget line {j} for dock repairs."
                )
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let writer = {
        let mut client = server.client();
        tokio::spawn(async move {
            for v in 0..30 {
                client
                    .ingest_article(article("flip", &version_text(v)))
                    .await
                    .expect("ingest while checks run");
                if v % 3 == 2 {
                    client
                        .delete_article(pb::DeleteArticleRequest {
                            id: "flip".into(),
                            allow_missing: false,
                        })
                        .await
                        .expect("delete while checks run");
                }
            }
        })
    };
    let mut readers = Vec::new();
    for r in 0..4 {
        let mut client = server.client();
        readers.push(tokio::spawn(async move {
            let mut seen = 0;
            for i in 0..40 {
                let mut req = claim("The harbour council approved a budget for dock repairs.");
                req.max_passages = 10;
                req.request_id = format!("{r}-{i}");
                let resp = client
                    .check_claim(req)
                    .await
                    .expect("check while writes run")
                    .into_inner();
                let versions: std::collections::BTreeSet<String> = resp
                    .passages
                    .iter()
                    .filter(|p| p.article_id == "flip")
                    .filter_map(|p| p.text.split_whitespace().nth(2).map(str::to_string))
                    .collect();
                assert!(
                    versions.len() <= 1,
                    "one answer mixes versions {versions:?}"
                );
                seen += usize::from(!versions.is_empty());
            }
            seen
        }));
    }
    writer.await.expect("writer");
    let mut seen = 0;
    for r in readers {
        seen += r.await.expect("reader");
    }
    println!("{seen} of 160 answers saw the changing article");
    server.stop().await;
}

/// Past `max_in_flight` calls and the queue timeout, calls are shed with RESOURCE_EXHAUSTED (never
/// queued without bound, never another error), and the server answers normally afterwards.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn overload_is_shed_with_resource_exhausted() {
    let server = start(
        None,
        ServerConfig {
            max_in_flight: 1,
            queue_timeout: Duration::ZERO,
            ..ServerConfig::default()
        },
    )
    .await;
    let mut shed = 0;
    // Distinct claims, so no answer comes from the cache; a few rounds, so a fast machine that
    // finishes one call before the next arrives still meets the limit.
    for round in 0..20 {
        let mut calls = Vec::new();
        for k in 0..32 {
            let mut client = server.client();
            calls.push(tokio::spawn(async move {
                client
                    .check_claim(claim(&format!(
                        "Russia supplied {} missiles to North Korea in round {round}.",
                        k + 1
                    )))
                    .await
            }));
        }
        for c in calls {
            match c.await.expect("task") {
                Ok(_) => {}
                Err(e) if e.code() == Code::ResourceExhausted => shed += 1,
                Err(e) => panic!("overload answered with {e:?}"),
            }
        }
        if shed > 0 {
            break;
        }
    }
    assert!(shed > 0, "no call was shed");
    still_answers(&server, "after the burst").await;
    server.stop().await;
}
