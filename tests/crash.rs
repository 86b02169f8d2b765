//! Crash safety of `factcheck ingest`: the real binary is killed with SIGKILL at random moments,
//! again and again on the same index. After every kill the index must open, every article in it
//! must be whole (all its sentences, no more), and every article the command acknowledged as
//! committed must be there.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime};

use factcheck::engine::{ClaimQuery, Engine, EngineConfig};

const ARTICLES: usize = 600;

fn sentences_of(i: usize) -> usize {
    4 + i % 13
}

fn write_input(path: &Path, round: usize) {
    let mut f = std::io::BufWriter::new(std::fs::File::create(path).expect("input file"));
    for i in 0..ARTICLES {
        // Each round rewrites the same ids with other text, so replacing is under test too.
        let sentences: Vec<String> = (0..sentences_of(i))
            .map(|j| {
                format!(
                    "Round {round}: the council of Town{i} approved budget item {j} worth {} dollars on Monday.",
                    1000 + i * 31 + j
                )
            })
            .collect();
        let line = serde_json::json!({"id": format!("crash-{i:04}"), "title": format!("Town {i}"), "sentences": sentences});
        writeln!(f, "{line}").expect("write input");
    }
}

/// A small xorshift: the kill points vary from run to run, and the seed is printed to replay one.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}

/// Lines acknowledged as committed on stderr ("FILE:N: committed (...)").
fn acknowledged_through(stderr: &str) -> usize {
    stderr
        .lines()
        .filter(|l| l.ends_with(')') && l.contains(": committed ("))
        .filter_map(|l| {
            l.split(": committed (")
                .next()?
                .rsplit(':')
                .next()?
                .parse()
                .ok()
        })
        .max()
        .unwrap_or(0)
}

fn verify(index: &Path, acked_lines: usize, round: usize) -> usize {
    let engine = Engine::open(EngineConfig {
        index_dir: Some(index.to_path_buf()),
        ..EngineConfig::default()
    })
    .expect("the index opens after a kill");
    let snap = engine.corpus().snapshot();
    let mut ours = 0;
    for info in snap.catalog().values() {
        let stored = snap.sentences(&info.id).expect("sentences readable");
        assert_eq!(
            stored.len(),
            info.sentence_count as usize,
            "article {} is torn: {} of {} sentences",
            info.id,
            stored.len(),
            info.sentence_count
        );
        if let Some(i) = info.id.strip_prefix("crash-") {
            let i: usize = i.parse().expect("our id");
            assert_eq!(
                stored.len(),
                sentences_of(i),
                "article {} has the wrong size",
                info.id
            );
            // All of one round or all of another: never a mix.
            let first = stored[0]
                .text
                .split(':')
                .next()
                .unwrap_or_default()
                .to_string();
            assert!(
                stored.iter().all(|s| s.text.starts_with(&first)),
                "article {} mixes rounds",
                info.id
            );
            ours += 1;
        }
    }
    for i in 0..acked_lines.min(ARTICLES) {
        let id = format!("crash-{i:04}");
        let info = snap
            .article(&id)
            .unwrap_or_else(|| panic!("round {round}: {id} was acknowledged, then lost"));
        let stored = snap.sentences(&info.id).expect("sentences readable");
        assert!(
            stored[0].text.starts_with(&format!("Round {round}:")),
            "round {round}: {id} was acknowledged but holds older text"
        );
    }
    let q = ClaimQuery::new(
        "The council of Town7 approved a budget.",
        5,
        vec![],
        engine.limits(),
    )
    .expect("claim");
    engine.check(&q).expect("checks still run");
    ours
}

#[test]
fn kill_9_during_ingest_leaves_whole_articles_and_keeps_acknowledged_ones() {
    let dir = tempfile::tempdir().expect("tempdir");
    let index = dir.path().join("index");
    let input = dir.path().join("articles.jsonl");
    let seed = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64 | 1)
        .unwrap_or(0x9e37_79b9);
    println!("kill-point seed: {seed}");
    let mut rng = Rng(seed);

    // One undisturbed run gives the scale for the kill points.
    write_input(&input, 0);
    let started = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_factcheck"))
        .args(["ingest", "--batch", "300", "--index-dir"])
        .arg(&index)
        .arg(&input)
        .output()
        .expect("run ingest");
    assert!(out.status.success(), "ingest failed: {:?}", out);
    let full = started.elapsed();
    assert_eq!(verify(&index, ARTICLES, 0), ARTICLES);

    let mut killed = 0;
    for round in 1..=8 {
        write_input(&input, round);
        let mut child = Command::new(env!("CARGO_BIN_EXE_factcheck"))
            .args(["ingest", "--batch", "300", "--index-dir"])
            .arg(&index)
            .arg(&input)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn ingest");
        let stderr = child.stderr.take().expect("stderr");
        let reader = std::thread::spawn(move || {
            let mut text = String::new();
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                text.push_str(&line);
                text.push('\n');
            }
            text
        });
        let wait = full.as_millis() as u64 * 12 / 10;
        std::thread::sleep(Duration::from_millis(rng.below(wait)));
        if matches!(child.try_wait(), Ok(None)) && child.kill().is_ok() {
            killed += 1;
        }
        let _ = child.wait();
        let stderr = reader.join().expect("stderr reader");
        let acked = acknowledged_through(&stderr);
        let ours = verify(&index, acked, round);
        println!("round {round}: acknowledged through line {acked}; {ours} articles whole");
    }
    println!("{killed} of 8 runs were killed mid-way");
}
