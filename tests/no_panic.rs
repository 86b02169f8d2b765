//! No input panics: arbitrary and hostile text through segmentation, attribution, claim analysis,
//! ingest, Search and the whole check path. Every call must return `Ok` or a typed error.
//! With `../shared/eval/` present, every WiCE and CLIMATE-FEVER sentence also goes through
//! ingest and check once.

use std::sync::OnceLock;

use factcheck::analysis::Analysis;
use factcheck::article::{ArticleBody, ArticleInfo, NewArticle};
use factcheck::attribution::attribute;
use factcheck::engine::{ClaimQuery, Engine, SearchQuery};
use factcheck::error::CoreError;
use factcheck::text::segment::split_sentences;
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

/// One engine holding the bundled article, shared by the tests that only read.
fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::open(Default::default()).expect("bundled engine opens"))
}

/// Checks and searches `text`; only typed errors are allowed, and only INVALID_ARGUMENT ones.
fn check_and_search(engine: &Engine, text: &str) {
    match ClaimQuery::new(text, 5, vec![], engine.limits()) {
        Ok(q) => {
            let r = engine.check(&q).expect("a valid claim is checked");
            let sum: f32 = r.probabilities.iter().sum();
            assert!((sum - 1.0).abs() < 1e-3, "probabilities sum to {sum}");
            assert!(r.confidence.is_finite() && (0.0..=1.0).contains(&r.confidence));
        }
        Err(CoreError::InvalidArgument(_)) => {}
        Err(e) => panic!("claim {text:?}: unexpected error {e}"),
    }
    match SearchQuery::new(text, 10, vec![], engine.limits()) {
        Ok(q) => {
            engine.search(&q).expect("a valid query is searched");
        }
        Err(CoreError::InvalidArgument(_)) => {}
        Err(e) => panic!("query {text:?}: unexpected error {e}"),
    }
}

fn through_text_path(text: &str) {
    let sentences = split_sentences(text);
    let _ = attribute(&sentences);
    let _ = Analysis::new(text, None);
}

fn ingest(engine: &Engine, id: &str, text: &str) {
    let article = NewArticle {
        info: ArticleInfo {
            id: id.into(),
            ..Default::default()
        },
        body: ArticleBody::Text(text.into()),
    };
    match engine.ingest(vec![article]) {
        Ok(_) | Err(CoreError::InvalidArgument(_)) => {}
        Err(e) => panic!("ingest of {text:?}: unexpected error {e}"),
    }
}

/// Inputs that have broken text pipelines before: huge tokens and numbers, controls, RTL and
/// combining marks, emoji sequences, deep quotes, and query-parser syntax.
fn hostile() -> Vec<String> {
    let mut v = vec![
        "a:(^".to_string(),
        "- *".to_string(),
        "(".repeat(60) + "missiles" + &")".repeat(60),
        "(".repeat(60),
        "\"unbalanced quote Russia".to_string(),
        "title:Russia AND body:* OR -missiles^3 ~2".to_string(),
        "Russia NOT NOT NOT missiles".to_string(),
        "[1 TO 5] {a TO b} /regex.*/".to_string(),
        "\\".repeat(100),
        "9".repeat(10_000),
        format!("Russia sent {} missiles.", "9".repeat(1_990)),
        "1".repeat(300) + "." + &"0".repeat(300) + "%",
        "$".repeat(50) + "1,000,000,000,000,000,000,000,000 missiles",
        "x".repeat(100_000),
        "Russia ".repeat(1_000),
        "\u{0}\u{1}\u{7}\u{1b}[31mRussia\u{7f}\u{85}\u{2028}\u{2029}missiles\r\n\t".to_string(),
        "روسيا زودت كوريا الشمالية بصواريخ \u{202e}Russia missiles\u{202c}".to_string(),
        "עברית Russia ‏missiles‎".to_string(),
        "👩‍👩‍👧‍👦🇰🇵🇷🇺 Russia 🚀🚀🚀 missiles ✈️".to_string(),
        "e\u{301}\u{301}\u{301}\u{301}\u{301} Z\u{336}\u{335}a\u{337}l\u{334}g\u{338}o".to_string(),
        "\u{feff}\u{200b}\u{200d}Russia\u{fffd}\u{fffd}".to_string(),
        "\"".repeat(500) + "Russia supplied missiles" + &"\"".repeat(500),
        (0..200)
            .map(|i| if i % 2 == 0 { "“" } else { "‘" })
            .collect::<String>()
            + "He said Russia supplied missiles",
        "Mr. Dr. St. U.S. a.m. p.m. e.g. i.e. No. 5. Jan. 1. 2024.".to_string(),
        "...........................................................".to_string(),
        "On 31/02/2024, 99/99/9999, 0000-00-00 and February 30, 20000, it said.".to_string(),
        "Advertisement\nAdvertisement\n\n\n".to_string(),
        "said said said said according to according to ,\" he said, \" she said".to_string(),
        "nine-hundred-ninety-nine-thousand-nine-day nine-tenths -0.0 1e309 NaN inf".to_string(),
        "ＲＵＳＳＩＡ ｓｕｐｐｌｉｅｄ ｍｉｓｓｉｌｅｓ".to_string(),
        "İstanbul ǅ ß ﬁ ﬀ Σ ς".to_string(),
    ];
    v.push(v.join(" "));
    v
}

#[test]
fn hostile_inputs_get_answers_or_typed_errors() {
    // An index of nothing but hostile text, and the bundled article's.
    let hostile_index = Engine::empty().expect("empty engine");
    for (i, text) in hostile().iter().enumerate() {
        through_text_path(text);
        ingest(&hostile_index, &format!("hostile-{i}"), text);
    }
    for text in hostile() {
        check_and_search(&hostile_index, &text);
        check_and_search(engine(), &text);
    }
}

/// Words the figure, date, role and attribution readers act on, so that random sentences of
/// them meet those readers' edge cases ("one third of", "twice as", "who arrived on Tuesday")
/// far more often than random characters do.
const NEWS_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "a",
    "an",
    "the",
    "of",
    "third",
    "thirds",
    "quarter",
    "fifth",
    "half",
    "twice",
    "thrice",
    "times",
    "as",
    "more",
    "than",
    "about",
    "nearly",
    "fewer",
    "percent",
    "hours",
    "and",
    "minutes",
    "days",
    "over",
    "for",
    "to",
    "from",
    "by",
    "in",
    "on",
    "at",
    "who",
    "which",
    "that",
    "said",
    "says",
    "according",
    "not",
    "never",
    "still",
    "needs",
    "yet",
    "has",
    "was",
    "were",
    "is",
    "born",
    "Born",
    "Founded",
    "stopped",
    "continued",
    "began",
    "teaching",
    "named",
    "called",
    "when",
    "she",
    "died",
    "Tuesday",
    "March",
    "2019",
    "last",
    "year",
    "12",
    "4,500",
    "1.2",
    "billion",
    "$3.5",
    "No.",
    "10:17",
    "p.m.",
    "second",
    "12th",
    "Rojas",
    "Ferreyra",
    "Chile",
    "Buenos",
    "Aires",
    "President",
    "minister",
    "criticised",
    "praised",
    ",",
    ".",
    ";",
    "\"",
    "'s",
    "(",
    ")",
    "-",
    "6-3",
    // This session's readers: below zero, "only" and what a passage adds, denials, materials,
    // nationality compounds, "of" names, colours, kinds of place, particles, "since".
    "minus",
    "only",
    "including",
    "also",
    "well",
    "denied",
    "deny",
    "since",
    "tons",
    "wheat",
    "Greek-owned",
    "Turkish-owned",
    "University",
    "Gulf",
    "constellation",
    "red",
    "white",
    "nobody",
    "De",
    "Vries",
    "de",
    "highest",
    "second-highest",
    "paid",
    "but",
    "They",
    "ago",
    "Nov.",
    "Sept.",
    "exceeded",
    "other",
    "them",
    "looked",
    "set",
    "7.5-6.5",
    "under",
    "children",
    "final",
    "largest",
    "second-largest",
    "wide-body",
    "narrow-body",
    "go",
    "ahead",
    "agency",
    "where",
    "claimed",
    "victory",
    "Union's",
    "Ding",
    ",",
];

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 256,
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(
            "tests/proptest-regressions/no_panic.txt",
        ))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn any_unicode_text_goes_through_the_text_path(text in "\\PC{0,400}|[\\x00-\\x20\"'“”‘’().,;:!?-]{0,200}") {
        through_text_path(&text);
    }

    #[test]
    fn any_news_like_pair_is_analysed_and_judged(
        claim in proptest::collection::vec(proptest::sample::select(NEWS_WORDS), 1..24),
        passage in proptest::collection::vec(proptest::sample::select(NEWS_WORDS), 1..40),
    ) {
        let (claim, passage) = (claim.join(" "), passage.join(" "));
        through_text_path(&passage);
        let judgement = factcheck::stance::judge(
            &Analysis::new(&claim, None),
            &Analysis::new(&passage, None),
            &[],
        );
        prop_assert!(judgement.coverage.is_finite());
    }

    #[test]
    fn any_claim_is_checked_or_refused_with_a_reason(text in "\\PC{0,300}|[a-zA-Z0-9 .,\"'():*^~+-]{0,300}") {
        check_and_search(engine(), &text);
    }

    #[test]
    fn any_article_is_ingested_or_refused_and_stays_checkable(
        text in "\\PC{1,2000}",
        words in proptest::collection::vec("[A-Za-z]{1,12}|[0-9]{1,30}|\\PC{1,8}", 1..40),
    ) {
        let engine = Engine::empty().expect("empty engine");
        ingest(&engine, "prop", &text);
        let claim = words.join(" ");
        check_and_search(&engine, &claim);
    }
}

fn shared_eval() -> Option<std::path::PathBuf> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval");
    dir.join("wice-dev.jsonl").exists().then_some(dir)
}

/// Every sentence and claim of the shared WiCE and CLIMATE-FEVER files, once, through ingest
/// and check.
#[test]
fn every_shared_eval_sentence_goes_through_ingest_and_check() {
    let Some(dir) = shared_eval() else {
        println!("skipped: ../shared/eval/ is not here");
        return;
    };
    let engine = Engine::empty().expect("empty engine");
    let mut articles = Vec::new();
    let mut claims = Vec::new();
    for file in ["wice-dev.jsonl", "climate-fever-dev.jsonl"] {
        let text = std::fs::read_to_string(dir.join(file)).expect("read eval file");
        for (n, line) in text.lines().enumerate() {
            let v: serde_json::Value = serde_json::from_str(line).expect("eval line is JSON");
            let mut sentences: Vec<String> = Vec::new();
            for key in ["evidence", "evidences"] {
                if let Some(a) = v.get(key).and_then(|e| e.as_array()) {
                    for e in a {
                        let s = e
                            .as_str()
                            .or_else(|| e.get("evidence").and_then(|x| x.as_str()))
                            .or_else(|| e.get("text").and_then(|x| x.as_str()));
                        if let Some(s) = s {
                            sentences.push(s.to_string());
                        }
                    }
                }
            }
            if let Some(c) = v.get("claim").and_then(|c| c.as_str()) {
                claims.push(c.to_string());
            }
            if !sentences.is_empty() {
                articles.push(NewArticle {
                    info: ArticleInfo {
                        id: format!("{}-{n}", file.trim_end_matches(".jsonl")),
                        ..Default::default()
                    },
                    body: ArticleBody::Sentences(sentences),
                });
            }
        }
    }
    assert!(!articles.is_empty(), "no sentences found in the eval files");
    let n_articles = articles.len();
    for chunk in articles.chunks(500) {
        engine.ingest(chunk.to_vec()).expect("eval articles ingest");
    }
    assert_eq!(engine.corpus().snapshot().catalog().len(), n_articles);
    for c in &claims {
        check_and_search(&engine, c);
    }
    println!("{n_articles} articles, {} claims checked", claims.len());
}
