//! Serving: a bound listener in, a shutdown future in. Health starts NOT_SERVING and turns
//! SERVING once the index is open; reflection (v1 and v1alpha) lists every service. On shutdown
//! health flips to NOT_SERVING, in-flight calls drain within a bound, and the future returns.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use thiserror::Error;
use tokio::net::TcpListener;
use tonic::transport::server::TcpIncoming;
use tonic::transport::{Identity, Server, ServerTlsConfig};
use tonic_health::ServingStatus;
use tracing::{error, info, warn};

use super::pb::fact_check_service_server::FactCheckServiceServer;
use super::{pb, FactCheck, SERVICE_NAME};
use crate::engine::Engine;
use crate::error::CoreError;

#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// Concurrent engine calls; beyond this, requests wait up to `queue_timeout`, then are shed.
    pub max_in_flight: usize,
    pub queue_timeout: Duration,
    /// Upper bound on any call (a client's shorter `grpc-timeout` wins).
    pub request_timeout: Duration,
    /// How long shutdown waits for in-flight calls.
    pub drain_timeout: Duration,
    pub max_message_bytes: usize,
    pub write_token: Option<String>,
    pub read_token: Option<String>,
    /// Serve TLS (rustls) with this PEM certificate chain and key instead of plaintext.
    pub tls: Option<TlsIdentity>,
}

/// A PEM certificate chain and its private key, as read from `--tls-cert` / `--tls-key`.
#[derive(Clone)]
pub struct TlsIdentity {
    pub cert_pem: Vec<u8>,
    pub key_pem: Vec<u8>,
}

impl TlsIdentity {
    /// Reads both PEM files, checking they hold what they should: rustls' own complaint about
    /// a wrong file ("peer sent no certificates") does not say which file is wrong.
    pub fn read(cert: &std::path::Path, key: &std::path::Path) -> Result<Self, String> {
        let read = |p: &std::path::Path, what: &str, marker: &str| {
            let bytes = std::fs::read(p).map_err(|e| format!("reading {}: {e}", p.display()))?;
            if !String::from_utf8_lossy(&bytes).contains(marker) {
                return Err(format!(
                    "{} holds no PEM {what} (no `{marker}` line)",
                    p.display()
                ));
            }
            Ok(bytes)
        };
        Ok(TlsIdentity {
            cert_pem: read(cert, "certificate", "-----BEGIN CERTIFICATE-----")?,
            key_pem: read(key, "private key", "PRIVATE KEY-----")?,
        })
    }
}

impl std::fmt::Debug for TlsIdentity {
    // The key never reaches a log line.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TlsIdentity")
            .field("cert_pem_bytes", &self.cert_pem.len())
            .finish_non_exhaustive()
    }
}

impl Default for ServerConfig {
    fn default() -> Self {
        ServerConfig {
            max_in_flight: 64,
            queue_timeout: Duration::from_secs(2),
            request_timeout: Duration::from_secs(30),
            drain_timeout: Duration::from_secs(10),
            max_message_bytes: 8 << 20,
            write_token: None,
            read_token: None,
            tls: None,
        }
    }
}

#[derive(Debug, Error)]
pub enum ServeError {
    #[error("opening the index: {0}")]
    Open(#[from] CoreError),
    #[error("reflection: {0}")]
    Reflection(#[from] tonic_reflection::server::Error),
    #[error("transport: {0}")]
    Transport(#[from] tonic::transport::Error),
    #[error("the index opener panicked")]
    OpenerPanicked,
}

/// Serves an already open engine until `shutdown` resolves.
pub async fn serve(
    listener: TcpListener,
    engine: Arc<Engine>,
    config: ServerConfig,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), ServeError> {
    serve_opening(listener, move || Ok(engine), config, shutdown).await
}

/// Serves at once (health NOT_SERVING) while `open` opens the index on a blocking thread; turns
/// SERVING when it is open. An opening error stops the server and is returned.
pub async fn serve_opening(
    listener: TcpListener,
    open: impl FnOnce() -> Result<Arc<Engine>, CoreError> + Send + 'static,
    config: ServerConfig,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), ServeError> {
    let (reporter, health) = tonic_health::server::health_reporter();
    reporter
        .set_service_status("", ServingStatus::NotServing)
        .await;
    reporter
        .set_service_status(SERVICE_NAME, ServingStatus::NotServing)
        .await;
    let reflection_v1 = tonic_reflection::server::Builder::configure()
        .register_encoded_file_descriptor_set(pb::FILE_DESCRIPTOR_SET)
        .register_encoded_file_descriptor_set(tonic_health::pb::FILE_DESCRIPTOR_SET)
        .build_v1()?;
    let reflection_v1alpha = tonic_reflection::server::Builder::configure()
        .register_encoded_file_descriptor_set(pb::FILE_DESCRIPTOR_SET)
        .register_encoded_file_descriptor_set(tonic_health::pb::FILE_DESCRIPTOR_SET)
        .build_v1alpha()?;
    let service = FactCheck::new(
        config.max_in_flight,
        config.queue_timeout,
        config.write_token.clone(),
        config.read_token.clone(),
    );
    let local = listener.local_addr().ok();
    if config.write_token.is_none() && local.is_some_and(|a| !a.ip().is_loopback()) {
        warn!(addr = ?local, "writes are open to anyone who can reach this address; set --write-token");
    }

    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let (fail_tx, mut fail_rx) = tokio::sync::mpsc::channel::<ServeError>(1);
    {
        let service = service.clone();
        let reporter = reporter.clone();
        let stop_tx = stop_tx.clone();
        tokio::spawn(async move {
            match tokio::task::spawn_blocking(open).await {
                Ok(Ok(engine)) => {
                    let snap = engine.corpus().snapshot();
                    info!(
                        articles = snap.catalog().len(),
                        sentences = snap.num_sentences(),
                        "index open"
                    );
                    service.set_engine(engine);
                    reporter
                        .set_service_status("", ServingStatus::Serving)
                        .await;
                    reporter
                        .set_service_status(SERVICE_NAME, ServingStatus::Serving)
                        .await;
                }
                Ok(Err(e)) => {
                    error!(error = %e, "cannot open the index");
                    let _ = fail_tx.send(ServeError::Open(e)).await;
                    let _ = stop_tx.send(true);
                }
                Err(_) => {
                    let _ = fail_tx.send(ServeError::OpenerPanicked).await;
                    let _ = stop_tx.send(true);
                }
            }
        });
    }
    {
        let stop_tx = stop_tx.clone();
        let reporter = reporter.clone();
        tokio::spawn(async move {
            shutdown.await;
            info!("shutting down: health NOT_SERVING, draining in-flight calls");
            reporter
                .set_service_status("", ServingStatus::NotServing)
                .await;
            reporter
                .set_service_status(SERVICE_NAME, ServingStatus::NotServing)
                .await;
            let _ = stop_tx.send(true);
        });
    }
    let mut stop_for_server = stop_rx.clone();
    let graceful = async move {
        let _ = stop_for_server.wait_for(|s| *s).await;
    };
    // serve_with_incoming ignores the builder's tcp_nodelay; without it Nagle's algorithm adds
    // ~40 ms to small responses.
    let incoming = TcpIncoming::from(listener).with_nodelay(Some(true));
    let fc = FactCheckServiceServer::new(service)
        .max_decoding_message_size(config.max_message_bytes)
        .max_encoding_message_size(config.max_message_bytes);
    let mut builder = Server::builder().layer(tower::util::MapResponseLayer::new(
        oversized_is_resource_exhausted::<tonic::body::Body>,
    ));
    if let Some(tls) = &config.tls {
        let identity = Identity::from_pem(&tls.cert_pem, &tls.key_pem);
        builder = builder.tls_config(ServerTlsConfig::new().identity(identity))?;
    }
    let server = builder
        .timeout(config.request_timeout)
        .http2_keepalive_interval(Some(Duration::from_secs(30)))
        .http2_keepalive_timeout(Some(Duration::from_secs(10)))
        .add_service(health)
        .add_service(reflection_v1)
        .add_service(reflection_v1alpha)
        .add_service(fc)
        .serve_with_incoming_shutdown(incoming, graceful);
    tokio::pin!(server);
    let mut stop_watch = stop_rx;
    tokio::select! {
        r = &mut server => r?,
        _ = async {
            let _ = stop_watch.wait_for(|s| *s).await;
            tokio::time::sleep(config.drain_timeout).await;
        } => {
            warn!(drain_timeout_s = config.drain_timeout.as_secs(), "in-flight calls did not finish in time; closing");
        }
    }
    if let Ok(e) = fail_rx.try_recv() {
        return Err(e);
    }
    Ok(())
}

/// tonic answers a request over `max_message_bytes` with OUT_OF_RANGE; gRPC's own servers (and
/// clients' retry policies) use RESOURCE_EXHAUSTED for that, so the status is rewritten here.
/// The check is on a trailers-only response, which is how tonic refuses a unary request it
/// cannot decode.
fn oversized_is_resource_exhausted<B>(mut res: http::Response<B>) -> http::Response<B> {
    let headers = res.headers_mut();
    let oversized = headers.get("grpc-status").is_some_and(|s| s == "11")
        && headers
            .get("grpc-message")
            .and_then(|m| m.to_str().ok())
            .is_some_and(|m| {
                m.contains("message%20length%20too%20large")
                    || m.contains("message length too large")
            });
    if oversized {
        headers.insert(
            "grpc-status",
            http::HeaderValue::from_static("8"), // RESOURCE_EXHAUSTED
        );
    }
    res
}
