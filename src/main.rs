//! The `factcheck` command: thin argument parsing over the library.

use std::io::{BufReader, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};
use factcheck::engine::{ClaimQuery, Engine, EngineConfig, Limits, SearchQuery};
use factcheck::grpc::{serve_opening, ServerConfig, TlsIdentity};
use factcheck::{bulk, eval};

// Ingest and checks allocate many small strings; glibc's malloc and free were a fifth of bulk
// ingest time under perf.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "factcheck",
    version,
    about = "Checks claims against news articles: attributed evidence, a verdict and a calibrated confidence"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// Request limits; anything over them is INVALID_ARGUMENT with the limit in the message.
#[derive(clap::Args)]
struct LimitArgs {
    /// Longest claim, in characters.
    #[arg(long, env = "FACTCHECK_MAX_CLAIM_CHARS", default_value_t = Limits::default().max_claim_chars)]
    max_claim_chars: usize,
    /// Longest Search query, in characters.
    #[arg(long, env = "FACTCHECK_MAX_QUERY_CHARS", default_value_t = Limits::default().max_query_chars)]
    max_query_chars: usize,
    /// Largest article text, in bytes.
    #[arg(long, env = "FACTCHECK_MAX_ARTICLE_BYTES", default_value_t = Limits::default().max_article_bytes)]
    max_article_bytes: usize,
    /// Most sentences in one article.
    #[arg(long, env = "FACTCHECK_MAX_SENTENCES", default_value_t = Limits::default().max_sentences)]
    max_sentences: usize,
    /// Cap on `max_passages` (larger requests are clamped to it).
    #[arg(long, env = "FACTCHECK_MAX_PASSAGES", default_value_t = Limits::default().max_passages)]
    max_passages: usize,
    /// Largest gRPC message, in bytes, either way (RESOURCE_EXHAUSTED beyond it).
    #[arg(long, env = "FACTCHECK_MAX_MESSAGE_BYTES", default_value_t = ServerConfig::default().max_message_bytes)]
    max_message_bytes: usize,
}

impl LimitArgs {
    fn limits(&self) -> Limits {
        Limits {
            max_claim_chars: self.max_claim_chars,
            max_query_chars: self.max_query_chars,
            max_article_bytes: self.max_article_bytes,
            max_sentences: self.max_sentences,
            max_passages: self.max_passages.max(1),
            ..Limits::default()
        }
    }
}

#[derive(Subcommand)]
enum Command {
    /// Serves the gRPC API (with health and reflection).
    Serve {
        #[arg(long, env = "FACTCHECK_ADDR", default_value = "127.0.0.1:50051")]
        addr: String,
        /// Index directory; created and seeded with the bundled article when new. Without it,
        /// an in-memory index of the bundled article.
        #[arg(long, env = "FACTCHECK_INDEX_DIR")]
        index_dir: Option<PathBuf>,
        /// Require `authorization: Bearer TOKEN` for IngestArticle and DeleteArticle.
        #[arg(long, env = "FACTCHECK_WRITE_TOKEN", hide_env_values = true)]
        write_token: Option<String>,
        /// Read the write token from a file instead.
        #[arg(long, env = "FACTCHECK_WRITE_TOKEN_FILE")]
        write_token_file: Option<PathBuf>,
        /// Require `authorization: Bearer TOKEN` for reads too.
        #[arg(long, env = "FACTCHECK_READ_TOKEN", hide_env_values = true)]
        read_token: Option<String>,
        /// Concurrent engine calls before requests queue, then are shed.
        #[arg(long, env = "FACTCHECK_MAX_IN_FLIGHT", default_value_t = 64)]
        max_in_flight: usize,
        /// Log as JSON lines.
        #[arg(long, env = "FACTCHECK_LOG_JSON")]
        log_json: bool,
        /// Answers cached per index snapshot for repeated identical claims (0: off).
        #[arg(long, env = "FACTCHECK_RESULT_CACHE", default_value_t = 10_000)]
        result_cache: usize,
        /// Serve TLS with this PEM certificate chain (needs --tls-key).
        #[arg(long, env = "FACTCHECK_TLS_CERT", requires = "tls_key")]
        tls_cert: Option<PathBuf>,
        /// The PEM private key for --tls-cert.
        #[arg(long, env = "FACTCHECK_TLS_KEY", requires = "tls_cert")]
        tls_key: Option<PathBuf>,
        #[command(flatten)]
        limits: LimitArgs,
    },
    /// Loads articles from JSON Lines files (one Article per line, proto JSON field names).
    Ingest {
        #[arg(long, env = "FACTCHECK_INDEX_DIR")]
        index_dir: PathBuf,
        files: Vec<PathBuf>,
        /// Sentences per commit.
        #[arg(long, default_value_t = 50_000)]
        batch: usize,
        /// Indexing threads.
        #[arg(long, default_value_t = 2)]
        threads: usize,
    },
    /// Checks one claim in-process and prints the answer.
    Check {
        claim: String,
        #[arg(long, env = "FACTCHECK_INDEX_DIR")]
        index_dir: Option<PathBuf>,
        #[arg(long, default_value_t = 5)]
        max_passages: u32,
        #[arg(long = "article")]
        article_ids: Vec<String>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Searches sentences in-process.
    Search {
        query: String,
        #[arg(long, env = "FACTCHECK_INDEX_DIR")]
        index_dir: Option<PathBuf>,
        #[arg(long, default_value_t = 10)]
        limit: u32,
        #[arg(long)]
        json: bool,
    },
    /// Scores a labelled claims file (seed-dev, WiCE or CLIMATE-FEVER format).
    Eval {
        file: PathBuf,
        #[arg(long, env = "FACTCHECK_INDEX_DIR")]
        index_dir: Option<PathBuf>,
        /// Articles (JSON Lines, as for `ingest`) to add to the index before scoring.
        #[arg(long)]
        articles: Vec<PathBuf>,
        /// List the misses.
        #[arg(long)]
        verbose: bool,
    },
    /// Fits the verdict models on the labelled data and writes the model file.
    Calibrate {
        /// Folder with seed-dev.jsonl, wice-dev.jsonl and climate-fever-dev.jsonl.
        #[arg(long, default_value = "../shared/eval")]
        data: PathBuf,
        /// Folder with this repository's own labelled articles and claims (other beats).
        #[arg(long, default_value = "tests/fixtures")]
        fixtures: PathBuf,
        #[arg(long, default_value = "data/model.json")]
        out: PathBuf,
    },
}

fn init_logs(json: bool) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("FACTCHECK_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if json {
        builder.json().init();
    } else {
        builder.init();
    }
}

fn load_articles(engine: &Engine, path: &std::path::Path) -> Result<(), String> {
    let file = std::fs::File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let name = path.display().to_string();
    bulk::ingest_reader(
        engine,
        BufReader::new(file),
        50_000,
        |line, e| eprintln!("{name}:{line}: skipped: {e}"),
        |_| {},
    )
    .map_err(|e| format!("{name}: {e}"))?;
    Ok(())
}

fn open(index_dir: Option<PathBuf>, threads: usize) -> Result<Engine, String> {
    let mut config = EngineConfig {
        index_dir,
        ..EngineConfig::default()
    };
    config.writer.threads = threads;
    Engine::open(config).map_err(|e| e.to_string())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
}

/// An error and its causes on one line: tonic's transport errors say little on their own
/// ("transport error") and put the reason (a bad PEM, say) in their sources.
fn with_causes(e: &dyn std::error::Error) -> String {
    let mut out = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        let s = c.to_string();
        if !out.contains(&s) {
            out.push_str(": ");
            out.push_str(&s);
        }
        cause = c.source();
    }
    out
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("factcheck: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<(), String> {
    match cli.command {
        Command::Serve {
            addr,
            index_dir,
            write_token,
            write_token_file,
            read_token,
            max_in_flight,
            log_json,
            result_cache,
            tls_cert,
            tls_key,
            limits,
        } => {
            init_logs(log_json);
            let write_token = match (write_token, write_token_file) {
                (Some(t), _) => Some(t),
                (None, Some(f)) => Some(
                    std::fs::read_to_string(&f)
                        .map_err(|e| format!("reading {}: {e}", f.display()))?
                        .trim()
                        .to_string(),
                ),
                (None, None) => None,
            };
            let tls = match (tls_cert, tls_key) {
                (Some(cert), Some(key)) => Some(TlsIdentity::read(&cert, &key)?),
                _ => None,
            };
            let config = ServerConfig {
                max_in_flight,
                write_token,
                read_token,
                tls,
                max_message_bytes: limits.max_message_bytes,
                ..ServerConfig::default()
            };
            let engine_limits = limits.limits();
            let rt = tokio::runtime::Runtime::new().map_err(|e| e.to_string())?;
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::bind(&addr)
                    .await
                    .map_err(|e| format!("cannot listen on {addr}: {e}"))?;
                let bound = listener.local_addr().map_err(|e| e.to_string())?;
                tracing::info!(addr = %bound, index_dir = ?index_dir, "factcheck listening");
                let opener = move || {
                    let mut config = EngineConfig {
                        index_dir,
                        result_cache_entries: result_cache,
                        limits: engine_limits,
                        ..EngineConfig::default()
                    };
                    config.writer.threads = 1;
                    Engine::open(config).map(Arc::new)
                };
                serve_opening(listener, opener, config, shutdown_signal())
                    .await
                    .map_err(|e| with_causes(&e))
            })
        }
        Command::Ingest {
            index_dir,
            files,
            batch,
            threads,
        } => {
            let mut config = EngineConfig {
                index_dir: Some(index_dir),
                ..EngineConfig::default()
            };
            config.writer.threads = threads.max(1);
            config.writer.heap_bytes = 256 << 20;
            let engine = Engine::open(config).map_err(|e| e.to_string())?;
            let tty = std::io::stderr().is_terminal();
            let mut total = bulk::BulkStats::default();
            for f in &files {
                let file = std::fs::File::open(f).map_err(|e| format!("{}: {e}", f.display()))?;
                let name = f.display().to_string();
                let stats = bulk::ingest_reader(
                    &engine,
                    BufReader::new(file),
                    batch.max(1),
                    |line, e| eprintln!("{name}:{line}: skipped: {e}"),
                    |s| {
                        if tty {
                            eprint!(
                                "\r{name}: {} articles, {} sentences, {:.0} sentences/s",
                                s.articles,
                                s.sentences,
                                s.sentences as f64 / s.seconds.max(1e-9)
                            );
                            let _ = std::io::stderr().flush();
                        } else {
                            // For scripts: everything up to this line survives a crash.
                            eprintln!(
                                "{name}:{}: committed ({} articles, {} sentences)",
                                s.committed_lines, s.articles, s.sentences
                            );
                        }
                    },
                )
                .map_err(|e| format!("{name}: {e}"))?;
                if tty {
                    eprintln!();
                }
                total.articles += stats.articles;
                total.sentences += stats.sentences;
                total.replaced += stats.replaced;
                total.rejected += stats.rejected;
                total.commits += stats.commits;
                total.seconds += stats.seconds;
            }
            println!(
                "ingested {} articles ({} replaced, {} rejected), {} sentences in {:.2}s ({:.0} sentences/s, {} commits)",
                total.articles,
                total.replaced,
                total.rejected,
                total.sentences,
                total.seconds,
                total.sentences as f64 / total.seconds.max(1e-9),
                total.commits
            );
            Ok(())
        }
        Command::Check {
            claim,
            index_dir,
            max_passages,
            article_ids,
            json,
        } => {
            let engine = open(index_dir, 1)?;
            let q = ClaimQuery::new(&claim, max_passages, article_ids, engine.limits())
                .map_err(|e| e.to_string())?;
            let r = engine.check(&q).map_err(|e| e.to_string())?;
            if json {
                println!("{}", factcheck::render::check_json(&r));
            } else {
                print!("{}", factcheck::render::check_text(&r));
            }
            Ok(())
        }
        Command::Search {
            query,
            index_dir,
            limit,
            json,
        } => {
            let engine = open(index_dir, 1)?;
            let q = SearchQuery::new(&query, limit, vec![], engine.limits())
                .map_err(|e| e.to_string())?;
            let hits = engine.search(&q).map_err(|e| e.to_string())?;
            if json {
                println!("{}", factcheck::render::passages_json(&hits));
            } else {
                print!("{}", factcheck::render::passages_text(&hits));
            }
            Ok(())
        }
        Command::Eval {
            file,
            index_dir,
            articles,
            verbose,
        } => {
            let engine = open(index_dir, 1)?;
            for f in &articles {
                load_articles(&engine, f)?;
            }
            let text =
                std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
            let records =
                eval::parse_jsonl(&text).map_err(|e| format!("{}: {e}", file.display()))?;
            let report = eval::evaluate(&engine, &records, eval::current_model())
                .map_err(|e| e.to_string())?;
            print!("{}", report.render());
            if verbose {
                for m in &report.misses {
                    println!("miss: {m}");
                }
            }
            Ok(())
        }
        Command::Calibrate {
            data,
            fixtures,
            out,
        } => {
            let engine = open(None, 1)?;
            load_articles(&engine, &fixtures.join("beats-articles.jsonl"))?;
            let mut sets = Vec::new();
            // Claim-model weight of each data set: the news-claim sets (ours and the seed
            // article's) are what the service is for; CLIMATE-FEVER's claim labels are the noisiest.
            for (path, weight) in [
                (data.join("seed-dev.jsonl"), 0.3),
                (fixtures.join("beats-claims.jsonl"), 0.3),
                (fixtures.join("bundled-claims.jsonl"), 0.2),
                (data.join("wice-dev.jsonl"), 0.3),
                (data.join("climate-fever-dev.jsonl"), 0.15),
            ] {
                let name = path.display().to_string();
                let text = std::fs::read_to_string(&path)
                    .map_err(|e| format!("{}: {e}", path.display()))?;
                let records = eval::parse_jsonl(&text).map_err(|e| e.to_string())?;
                sets.push((name, records, weight));
            }
            let model = eval::calibrate_to_fixed_point(&engine, &sets, eval::current_model())
                .map_err(|e| e.to_string())?;
            let json = serde_json::to_string_pretty(&model).map_err(|e| e.to_string())?;
            std::fs::write(&out, json + "\n").map_err(|e| format!("{}: {e}", out.display()))?;
            println!("wrote {}: {}", out.display(), model.report);
            Ok(())
        }
    }
}
