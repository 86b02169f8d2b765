//! The shallow linguistic analysis that stance detection works on, for a claim and for a passage
//! alike: words with stems, capitalised entity runs, quantities, dates, negations, hedges and
//! ordinals. No parser: patterns over words, which keeps it fast and explainable.

use chrono::NaiveDate;

use crate::lexicon::lexicon;
use crate::text::dates::{dates, DateRef};
use crate::text::numbers::{quantities, Quantity};
use crate::text::{analyze, is_stop_word, is_superlative, stem, words, Word};

/// One word of the analysed text.
#[derive(Debug, Clone)]
pub struct Token {
    pub lower: String,
    /// The analyzer terms of the word: one, or parts plus the joined form for compounds.
    pub stems: Vec<String>,
    /// Byte range in the text.
    pub start: usize,
    pub end: usize,
    pub capitalized: bool,
    /// Carries content (not a function word, negation, hedge or number).
    pub content: bool,
    pub number: bool,
    /// Written in capitals, 3 to 6 letters: "RSV", "WHO".
    pub acronym: bool,
}

impl Token {
    /// The stem that stands for the whole word (the joined form of a compound).
    pub fn key(&self) -> &str {
        self.stems.last().map(String::as_str).unwrap_or("")
    }

    /// A common content word: carries content, neither a name nor a figure.
    pub fn is_common(&self) -> bool {
        self.content && !self.capitalized && !self.number
    }
}

/// A capitalised run: a name of a person, place or organisation.
#[derive(Debug, Clone)]
pub struct Entity {
    /// Token index range.
    pub from: usize,
    pub to: usize,
    /// Stems of the run, and the canonical key after demonym/capital mapping ("russian" -> "russia").
    pub stems: Vec<String>,
    pub key: String,
}

#[derive(Debug, Clone)]
pub struct Analysis {
    pub text: String,
    pub tokens: Vec<Token>,
    pub entities: Vec<Entity>,
    pub quantities: Vec<Quantity>,
    pub dates: Vec<DateRef>,
    /// Read without a reference date, the text has dates that one would resolve ("last year",
    /// "on Friday", "in June"): a claim's are read as of each passage's article.
    pub relative_dates: bool,
    /// Token indices of negation cues.
    pub negations: Vec<usize>,
    /// Token indices of hedges ("likely", "suspected").
    pub hedges: Vec<usize>,
    /// (modal, verb) token indices of verbs a modal of possibility governs ("could fine", "may
    /// be closed"): what might happen, not what did.
    pub unrealised: Vec<(usize, usize)>,
    /// (token index, ordinal value, head-noun stem).
    pub ordinals: Vec<(usize, u32, String)>,
}

const NEGATIONS: &[&str] = &[
    "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "n't", "cannot",
];
/// Pronouns for nobody, anybody or everybody: no names, even when they open a sentence.
const INDEFINITE_PRONOUNS: &[&str] = &[
    "nobody",
    "nothing",
    "none",
    "everyone",
    "everybody",
    "everything",
    "someone",
    "somebody",
    "something",
    "anyone",
    "anybody",
    "anything",
];
/// Whether a word is one of `list`, ignoring case, without allocating.
fn is_one_of(w: &Word<'_>, list: &[&str]) -> bool {
    list.iter().any(|x| w.text.eq_ignore_ascii_case(x))
}

/// "failed to warn" says "did not warn": a verb that negates the infinitive after it. The word
/// after "to" must not be a number ("fell to 5 percent" is no negation).
fn negates_infinitive(ws: &[Word<'_>], i: usize) -> bool {
    const NEGATING: &[&str] = &[
        "fail", "fails", "failed", "failing", "refuse", "refuses", "refused", "refusing",
    ];
    is_one_of(&ws[i], NEGATING)
        && ws.get(i + 1).is_some_and(|w| is_one_of(w, &["to"]))
        && ws.get(i + 2).is_some_and(|w| !w.is_number())
}

/// "still needs the approval of both congresses", "has yet to approve", "must still approve":
/// what is still awaited has not happened. Marked on the verb (or "yet", "still"), so the act
/// after it is the negation's scope.
fn still_awaits(ws: &[Word<'_>], i: usize) -> bool {
    const AWAITING: &[&str] = &[
        "needs", "need", "requires", "require", "awaits", "await", "awaiting",
    ];
    let before = |list: &[&str]| i > 0 && is_one_of(&ws[i - 1], list);
    (is_one_of(&ws[i], AWAITING) && before(&["still"]))
        // "Member states must still formally approve the text."
        || (is_one_of(&ws[i], &["still"]) && before(&["must"]))
        || (is_one_of(&ws[i], &["yet"])
            && before(&["has", "have", "had", "is", "are", "was", "were"])
            && ws.get(i + 1).is_some_and(|w| is_one_of(w, &["to"])))
}

/// The forms of "deny": a denial negates what it takes, a clause ([`rejects_clause`]) or an
/// object ([`denies_object`]).
const DENYING: &[&str] = &["denied", "denies", "deny", "denying"];

/// Whether a word is a form of "deny".
pub fn is_denial(lower: &str) -> bool {
    DENYING.contains(&lower)
}

/// "rejected claims that the company hid evidence", "denied that any of its vessels had
/// called": the "that" opening a clause a decision or a denial rejects negates it. Marked on
/// the "that", so the clause after it is the negation's scope.
fn rejects_clause(text: &str, ws: &[Word<'_>], i: usize) -> bool {
    const REJECTING: &[&str] = &[
        "rejected",
        "rejects",
        "reject",
        "dismissed",
        "dismisses",
        "dismiss",
    ];
    const CLAIMS: &[&str] = &[
        "claims",
        "claim",
        "allegations",
        "suggestions",
        "accusations",
        "arguments",
    ];
    if i == 0 || !is_one_of(&ws[i], &["that"]) || demonstrative(text, ws, i) {
        return false;
    }
    let rejects = |w: &Word<'_>| is_one_of(w, REJECTING) || is_one_of(w, DENYING);
    rejects(&ws[i - 1]) || (i >= 2 && is_one_of(&ws[i - 1], CLAIMS) && rejects(&ws[i - 2]))
}

/// "rejected that argument, saying ...": a "that" before one noun that ends its phrase points
/// at something said before; it opens no clause, so it negates nothing after it.
fn demonstrative(text: &str, ws: &[Word<'_>], i: usize) -> bool {
    const SAID_THINGS: &[&str] = &[
        "argument",
        "claim",
        "view",
        "idea",
        "account",
        "assessment",
        "suggestion",
        "proposal",
        "request",
        "offer",
        "plan",
        "decision",
        "report",
        "notion",
        "version",
        "position",
        "demand",
        "accusation",
        "allegation",
        "characterization",
        "characterisation",
    ];
    let Some(next) = ws.get(i + 1) else {
        return false;
    };
    let gap = ws
        .get(i + 2)
        .map_or(&text[next.end..], |w| &text[next.end..w.start]);
    is_one_of(next, SAID_THINGS) || gap.trim_start().starts_with([',', '.', ';', ':'])
}

/// "denied any responsibility", "was denied bail": a denial of what it takes as object
/// negates it (a denial of a clause is its "that", [`rejects_clause`]). Not a denial of an
/// accusation ("denies the charges"), which disputes what it is accused of, not that the
/// charges exist.
fn denies_object(ws: &[Word<'_>], tokens: &[Token], i: usize) -> bool {
    is_one_of(&ws[i], DENYING)
        && ws.get(i + 1).is_some_and(|w| !is_one_of(w, &["that"]))
        && !accusation_follows(tokens, i)
}

/// The nouns of what someone is accused of.
const ACCUSATIONS: &[&str] = &[
    "charge",
    "charges",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "wrongdoing",
    "claims",
];

/// Whether token `i`, a denial, takes an accusation as its object ("denies the charges",
/// "denied any wrongdoing").
pub fn accusation_follows(tokens: &[Token], i: usize) -> bool {
    tokens[i + 1..]
        .iter()
        .take(3)
        .any(|t| ACCUSATIONS.contains(&t.lower.as_str()))
}

/// "found no evidence that anyone had profited": the "that" after a denied piece of evidence
/// negates its clause, like [`rejects_clause`].
fn denies_clause(ws: &[Word<'_>], i: usize) -> bool {
    const EVIDENCE: &[&str] = &[
        "evidence",
        "sign",
        "signs",
        "indication",
        "proof",
        "suggestion",
    ];
    i >= 2
        && is_one_of(&ws[i], &["that"])
        && is_one_of(&ws[i - 1], EVIDENCE)
        && is_one_of(&ws[i - 2], &["no", "little"])
}

/// "humanitarian rather than political", "instead of closing": the "than" or "of" before the
/// alternative a claim sets aside negates it, like "not political".
fn sets_aside(ws: &[Word<'_>], i: usize) -> bool {
    i >= 1
        && ((is_one_of(&ws[i], &["than"]) && is_one_of(&ws[i - 1], &["rather"]))
            || (is_one_of(&ws[i], &["of"]) && is_one_of(&ws[i - 1], &["instead"])))
}

/// How many content words after a negation fall in its scope: a clause's negation covers its
/// subject and verb, a plain "not" the word it stands before.
pub fn negation_reach(a: &Analysis, k: usize) -> usize {
    // A verb that says little but that something happened passes the negation on to its
    // object: "had not seen an eruption" denies the eruption.
    const LIGHT: &[&str] = &[
        "seen",
        "see",
        "saw",
        "recorded",
        "record",
        "experienced",
        "witnessed",
        "suffered",
    ];
    // "Neither Ouigo nor Iryo plans to ...": the names, then the verb they share.
    if matches!(a.tokens[k].lower.as_str(), "that" | "neither") {
        4
    } else if a.tokens[k + 1..]
        .iter()
        .find(|t| t.content)
        .is_some_and(|t| LIGHT.contains(&t.lower.as_str()))
    {
        2
    } else {
        1
    }
}

const HEDGES: &[&str] = &[
    "likely",
    "unlikely",
    "expected",
    "suspected",
    "reportedly",
    "allegedly",
    "may",
    "might",
    "could",
    "possibly",
    "probably",
    "apparently",
    "believed",
    "seemed",
    "appears",
    "appeared",
    "perhaps",
    "presumably",
    "purportedly",
    "speculation",
    "rumored",
    "rumoured",
];
/// Wanting, seeking or planning something is not having or doing it ("has long coveted an
/// advanced air-defense system" says nothing of the system it has): a passage with one of these
/// hedges its support. Unlike [`HEDGES`] they stay content words, which a claim must have
/// covered ("Japan plans to buy" is not "Japan runs").
const IRREALIS: &[&str] = &[
    "coveted", "covets", "wants", "wanted", "seeks", "seeking", "sought", "hopes", "hoped",
    "plans", "planned", "aims", "aimed",
];
/// "world No. 1", "No. 3 seed": "No." abbreviates "number" before a figure; it negates nothing.
fn numbered(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    crate::text::is_number_sign(&t.lower, &text[t.end..])
        && tokens.get(i + 1).is_some_and(|n| n.number)
}

/// "beating the 5.7 billion crowns analysts had expected, ...", "rose faster than expected":
/// an expectation the sentence measures its fact against, not a hedge of it. The participle
/// ends its clause, or follows "than".
fn measures_against_expectation(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    if !(t.lower.len() > 4 && t.lower.ends_with("ed")) {
        return false;
    }
    let ends_clause = tokens
        .get(i + 1)
        .is_none_or(|n| text[t.end..n.start].contains([',', ';', '.', ':']));
    ends_clause || (i > 0 && tokens[i - 1].lower == "than")
}

/// Whether a hedge only wants, seeks or plans (see [`IRREALIS`]).
pub fn is_irrealis(lower: &str) -> bool {
    IRREALIS.contains(&lower)
}

const ORDINALS: &[(&str, u32)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
];
const NOT_ENTITIES: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mr",
    "mrs",
    "ms",
    "dr",
    "president",
    "i",
];

/// Words that open a sentence without naming anyone: a quantifier ("Fewer than 500 homes",
/// "Most residents"), or people by what they are ("Police said", "Officials warned"), though
/// not by where they are from ("Russians").
fn opens_as_common_word(lower: &str, stems: &[String]) -> bool {
    const QUANTIFIERS: &[&str] = &[
        "most", "many", "several", "some", "all", "both", "each", "every", "few", "fewer", "more",
        "less", "nearly", "about", "almost", "around", "roughly", "only",
    ];
    // Bodies of people the list of person nouns does not hold.
    const BODIES: &[&str] = &["police", "authorities"];
    if QUANTIFIERS.contains(&lower) || BODIES.contains(&lower) {
        return true;
    }
    let lex = lexicon();
    lower.ends_with('s')
        && stems
            .last()
            .is_some_and(|s| lex.is_person_noun(s) && lex.place_expansions(stems).is_empty())
}

/// A participle opening a sentence before a preposition ("Born in Gothenburg in 1945, she
/// ...", "Founded in 1990, the firm ..."): a verb, not a name, when the lexicon knows the word.
fn opens_participle_phrase(lower: &str, stems: &[String], next: Option<&Word<'_>>) -> bool {
    const PREPOSITIONS: &[&str] = &[
        "in", "on", "at", "by", "from", "with", "to", "as", "after", "during", "near", "into",
        "under", "for",
    ];
    let participle = lower == "born"
        || (lower.len() >= 5
            && lower.ends_with("ed")
            && stems
                .last()
                .is_some_and(|s| !lexicon().synonyms(s).is_empty()));
    participle && next.is_some_and(|w| PREPOSITIONS.contains(&w.lower().as_str()))
}

/// Canonical key of an entity's stems: the country a demonym or capital names, else the stems.
fn entity_key(stems: &[String]) -> String {
    let lex = lexicon();
    match lex.place_expansions(stems).into_iter().max_by_key(Vec::len) {
        Some(e) if stems.len() <= e.len() + 1 => e.join(" "),
        _ => stems
            .iter()
            .filter(|s| !is_stop_word(s))
            .cloned()
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// A rank and what it ranks: (token index, value, head stem). The head is the noun after the
/// ordinal ("third launch"), the noun after "of" ("the first of 30 lawsuits"), the superlative
/// it ranks by ("second-largest", "third most populous": a bare "largest" after "the" or a
/// possessive is rank 1), or, for an ordinal standing alone, the subject it is said of ("The
/// breach is the third to hit ...").
/// The head of a first place by amount ("more ... than any other"), which any superlative of
/// amount ranks too ("the second-highest number").
pub const MOST: &str = "most";

fn ordinals(text: &str, tokens: &[Token]) -> Vec<(usize, u32, String)> {
    // "third", and "3rd" or "17th" in digits.
    let ordinal = |w: &str| {
        ORDINALS
            .iter()
            .find(|(o, _)| *o == w)
            .map(|(_, n)| *n)
            .or_else(|| {
                let digits = w
                    .strip_suffix("st")
                    .or_else(|| w.strip_suffix("nd"))
                    .or_else(|| w.strip_suffix("rd"))
                    .or_else(|| w.strip_suffix("th"))?;
                (!digits.is_empty()
                    && digits.len() <= 4
                    && digits.bytes().all(|b| b.is_ascii_digit()))
                .then(|| digits.parse().ok())
                .flatten()
            })
    };
    // The adjective a superlative ranks by, as a stem: "largest" or "most" + "populous".
    let superlative_at = |k: usize| -> Option<String> {
        let t = tokens.get(k)?;
        if t.lower == "most" {
            let next = tokens.get(k + 1).filter(|x| x.content)?;
            return Some(next.key().to_string());
        }
        is_superlative(&t.lower).then(|| t.key().to_string())
    };
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        // "more athletes serving bans than any other country": the first, by amount.
        if matches!(
            t.lower.as_str(),
            "more" | "larger" | "bigger" | "higher" | "greater"
        ) {
            let than_any = (i + 1..tokens.len().min(i + 8))
                .take_while(|&k| !text[tokens[k - 1].end..tokens[k].start].contains([',', ';']))
                .any(|k| {
                    tokens[k].lower == "than" && tokens.get(k + 1).is_some_and(|x| x.lower == "any")
                });
            if than_any {
                out.push((i, 1, MOST.to_string()));
                continue;
            }
        }
        // "the world No. 1", "the No. 3 seed": a rank by its number.
        if numbered(text, tokens, i) {
            let n = tokens[i + 1]
                .lower
                .parse::<u32>()
                .ok()
                .filter(|n| (1..=1000).contains(n));
            if let Some(n) = n {
                out.push((i + 1, n, "no.".to_string()));
            }
            continue;
        }
        // "second-largest": one word, its parts an ordinal and a superlative.
        if let Some((first, rest)) = t.lower.split_once('-') {
            if let (Some(n), true) = (ordinal(first), is_superlative(rest)) {
                out.push((i, n, stem(rest)));
                continue;
            }
        }
        let Some(n) = ordinal(&t.lower) else {
            // "the largest", "Norway's largest" (the tokens drop the possessive's "'s").
            let determined = i > 0 && {
                let before = &tokens[i - 1];
                let gap = &text[before.end..t.start];
                ["the", "its", "their", "his", "her", "our"].contains(&before.lower.as_str())
                    || crate::text::opens_possessive(gap)
            };
            if determined && (t.lower == "most" || is_superlative(&t.lower)) {
                if let Some(head) = superlative_at(i) {
                    out.push((i, 1, head));
                }
            }
            // "opened at the top of the box office": first place.
            let at_the = i >= 2
                && tokens[i - 1].lower == "the"
                && matches!(tokens[i - 2].lower.as_str(), "at" | "on");
            if t.lower == "top" && at_the && tokens.get(i + 1).is_some_and(|x| x.lower == "of") {
                out.push((i, 1, "place".to_string()));
            }
            continue;
        };
        let head = if let Some(s) = superlative_at(i + 1) {
            Some(s)
        } else if tokens
            .get(i + 1)
            .is_some_and(|x| matches!(x.lower.as_str(), "in" | "place"))
        {
            // "17th in the Premier Division", "finished in fifth place": a standing.
            Some("place".to_string())
        } else if tokens.get(i + 1).is_some_and(|x| x.lower == "of") {
            tokens[i + 2..]
                .iter()
                .take(5)
                .find(|x| x.content)
                .map(|x| x.key().to_string())
        } else {
            // The last content word of the run after the ordinal (skipping "major", "spy"; and
            // "and final": "the 14th and final classical game").
            let and_last = tokens.get(i + 1).is_some_and(|x| x.lower == "and")
                && tokens
                    .get(i + 2)
                    .is_some_and(|x| matches!(x.lower.as_str(), "final" | "last"));
            let from = if and_last { i + 3 } else { i + 1 };
            // "the first Kenyan athlete banned this year": a participle after the noun says
            // what befell it, and is no part of it.
            let participle = |k: usize| k > from && tokens[k].lower.ends_with("ed");
            (from.min(tokens.len())..tokens.len())
                .take(3)
                .take_while(|&k| !participle(k))
                .map(|k| &tokens[k])
                .take_while(|x| x.content && !text[t.end..x.start].contains(','))
                .last()
                .map(|x| x.key().to_string())
                .or_else(|| subject_of_copula(tokens, i))
                // "started 12th", "came second": a standing, after a verb of finishing.
                .or_else(|| {
                    let before = tokens.get(i.checked_sub(1)?)?;
                    (before.lower.ends_with("ed") || before.lower == "came")
                        .then(|| "place".to_string())
                })
        };
        if let Some(h) = head {
            out.push((i, n, h));
        }
    }
    out
}

/// The verb a modal of possibility at `h` governs: "could fine", "may soon be closed". Not
/// "could have supplied", which guesses at the past rather than speaks of what may come.
fn possible_act(tokens: &[Token], h: usize) -> Option<usize> {
    const MODALS: &[&str] = &["could", "may", "might"];
    const BETWEEN: &[&str] = &["also", "still", "soon", "eventually", "yet", "even", "be"];
    // "had looked set to go to rapid tie-breaks": the act that seemed near.
    if tokens.get(h + 1).is_some_and(|t| t.lower == "set")
        && tokens.get(h + 2).is_some_and(|t| t.lower == "to")
    {
        return tokens.get(h + 3).filter(|t| t.content).map(|_| h + 3);
    }
    if !MODALS.contains(&tokens[h].lower.as_str()) {
        return None;
    }
    let k =
        (h + 1..tokens.len().min(h + 4)).find(|&k| !BETWEEN.contains(&tokens[k].lower.as_str()))?;
    tokens[k].content.then_some(k)
}

/// For "X is the third", the last content word of X: what a bare ordinal is said of.
fn subject_of_copula(tokens: &[Token], ordinal: usize) -> Option<String> {
    const COPULAS: &[&str] = &[
        "is", "was", "are", "were", "became", "becomes", "be", "been",
    ];
    let the = ordinal
        .checked_sub(1)
        .filter(|&k| tokens[k].lower == "the")?;
    let copula = the
        .checked_sub(1)
        .filter(|&k| COPULAS.contains(&tokens[k].lower.as_str()))?;
    tokens[copula.saturating_sub(4)..copula]
        .iter()
        .rev()
        .find(|x| x.content)
        .map(|x| x.key().to_string())
}

impl Analysis {
    pub fn new(text: &str, reference: Option<NaiveDate>) -> Analysis {
        let ws = words(text);
        let mut tokens = Vec::with_capacity(ws.len());
        for (i, w) in ws.iter().enumerate() {
            let lower = w.lower();
            let mut stems: Vec<String> = analyze(w.text).into_iter().map(|t| t.text).collect();
            if stems.is_empty() {
                stems.push(lower.clone());
            }
            let number = w.is_number();
            let figure_at = |k: usize| {
                ws.get(k).is_some_and(|n| {
                    n.is_number() || crate::text::numbers::word_value(&n.lower()).is_some()
                })
            };
            // "up 12 percent from a year earlier": a direction of change, as "down" is; "1.5
            // million square kilometers below the average": a side of a baseline.
            let change = (lower == "up" && figure_at(i + 1))
                || (matches!(lower.as_str(), "above" | "below")
                    && (i.saturating_sub(4)..i).any(figure_at));
            let function = (is_stop_word(&lower) && !change)
                || NEGATIONS.contains(&lower.as_str())
                || lower.ends_with("n't")
                || HEDGES.contains(&lower.as_str())
                || negates_infinitive(&ws, i)
                || still_awaits(&ws, i);
            // A capital at the start of a sentence is just a capital, unless the word is a name.
            // A number word is no name ("Two people have died").
            let capitalized = w.is_capitalized()
                && !number
                && crate::text::numbers::word_value(&lower).is_none()
                && !NOT_ENTITIES.contains(&lower.as_str())
                && !(i == 0
                    && (is_stop_word(&lower)
                        || opens_as_common_word(&lower, &stems)
                        || opens_participle_phrase(&lower, &stems, ws.get(1))));
            // The stemmer reads a capital as a name's and keeps "Born" from "bear": a word
            // found to be common reads as its lower case does.
            if i == 0 && !capitalized && w.is_capitalized() && !number {
                stems = analyze(&lower).into_iter().map(|t| t.text).collect();
                if stems.is_empty() {
                    stems.push(lower.clone());
                }
            }
            // "down 12 points", "up 12 percent": the change a figure measures, as "fell" and
            // "rose" say it.
            if matches!(lower.as_str(), "down" | "up") && figure_at(i + 1) {
                stems.insert(0, stem(if lower == "down" { "fall" } else { "rise" }));
            }
            // "married twice" says how many times: it covers a claim's "two times".
            if matches!(lower.as_str(), "twice" | "thrice") {
                stems.insert(0, "time".to_string());
            }
            tokens.push(Token {
                lower,
                stems,
                start: w.start,
                end: w.end,
                capitalized,
                content: !function && !number,
                number,
                acronym: (3..=6).contains(&w.text.len())
                    && w.text.chars().all(|c| c.is_ascii_uppercase()),
            });
        }
        // "voted for" and "voted against" carry the vote's direction in words that are
        // otherwise function words: read them as "favor" and "against", opposites.
        for i in 1..tokens.len() {
            if tokens[i - 1].stems.first().is_some_and(|s| s == "vote") {
                let side = match tokens[i].lower.as_str() {
                    "for" => "favor",
                    "against" => "against",
                    _ => continue,
                };
                let t = &mut tokens[i];
                t.lower = side.to_string();
                t.stems = vec![side.to_string()];
                t.content = true;
            }
        }
        // "walked out", "laid off", "broke in": a verb and its particle also read as the noun
        // they make ("walkout", "layoff", "break-in"), so either wording meets the other.
        for i in 0..tokens.len().saturating_sub(1) {
            const PARTICLES: &[&str] = &["out", "off", "in", "down", "up", "over", "back"];
            let (verb, particle) = (&tokens[i], &tokens[i + 1]);
            if !verb.content
                || verb.capitalized
                || verb.lower.contains('-')
                || !PARTICLES.contains(&particle.lower.as_str())
                || text[verb.end..particle.start].trim() != ""
            {
                continue;
            }
            let joined = stem(&format!("{}{}", verb.stems[0], particle.lower));
            if !tokens[i].stems.contains(&joined) {
                tokens[i].stems.insert(0, joined);
            }
        }
        // Qualifiers of quantities ("fewer than", "about") are part of the number, not content.
        let quantities = quantities(text);
        for t in tokens.iter_mut() {
            if quantities
                .iter()
                .any(|q| q.start <= t.start && t.end <= q.end)
            {
                t.content = false;
            }
        }
        // "No one" is "nobody": its "one" is no word of the claim, so the negation reaches
        // the verb ("No one is missing").
        for i in 1..tokens.len() {
            if tokens[i].lower == "one" && tokens[i - 1].lower == "no" {
                tokens[i].content = false;
            }
        }
        let mut entities = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            // "Nobody was injured" names no one that "no one was hurt" must.
            if !tokens[i].capitalized
                || is_stop_word(&tokens[i].lower)
                || INDEFINITE_PRONOUNS.contains(&tokens[i].lower.as_str())
            {
                i += 1;
                continue;
            }
            let from = i;
            while i < tokens.len()
                && tokens[i].capitalized
                && (i == from || !text[tokens[i - 1].end..tokens[i].start].contains(','))
            {
                i += 1;
            }
            let stems: Vec<String> = tokens[from..i]
                .iter()
                .flat_map(|t| t.stems.iter().cloned())
                .collect();
            let key = entity_key(&stems);
            entities.push(Entity {
                from,
                to: i,
                stems,
                key,
            });
        }
        // "Neither Ouigo nor Iryo plans": one negation, its "nor" no second one.
        let after_neither =
            |i: usize| tokens[i].lower == "nor" && tokens[..i].iter().any(|t| t.lower == "neither");
        let negations = tokens
            .iter()
            .enumerate()
            .filter(|(i, t)| {
                (NEGATIONS.contains(&t.lower.as_str())
                    && !numbered(text, &tokens, *i)
                    && !after_neither(*i))
                    || t.lower.ends_with("n't")
                    || negates_infinitive(&ws, *i)
                    || still_awaits(&ws, *i)
                    || rejects_clause(text, &ws, *i)
                    || denies_clause(&ws, *i)
                    || denies_object(&ws, &tokens, *i)
                    || sets_aside(&ws, *i)
            })
            .map(|(i, _)| i)
            .collect();
        let hedges: Vec<usize> = tokens
            .iter()
            .enumerate()
            // "May" the month is not "may" the hedge.
            .filter(|(i, t)| {
                // "had looked set to go to tie-breaks": an appearance, not what happened.
                let looked_set = matches!(t.lower.as_str(), "looked" | "looks" | "looking")
                    && tokens.get(i + 1).is_some_and(|n| n.lower == "set");
                (HEDGES.contains(&t.lower.as_str())
                    || IRREALIS.contains(&t.lower.as_str())
                    || looked_set)
                    && !(t.lower == "may" && ws[*i].is_capitalized())
                    && !measures_against_expectation(text, &tokens, *i)
            })
            .map(|(i, _)| i)
            .collect();
        let ordinals = ordinals(text, &tokens);
        let unrealised = hedges
            .iter()
            .filter_map(|&h| possible_act(&tokens, h).map(|k| (h, k)))
            .collect();
        Analysis {
            text: text.to_string(),
            quantities,
            dates: dates(text, reference),
            relative_dates: reference.is_none()
                && crate::text::dates::needs_reference(tokens.iter().map(|t| t.lower.as_str())),
            tokens,
            entities,
            negations,
            hedges,
            unrealised,
            ordinals,
        }
    }

    /// The entity whose tokens include `i`.
    pub fn entity_at(&self, i: usize) -> Option<&Entity> {
        self.entities.iter().find(|e| e.from <= i && i < e.to)
    }

    /// The figure whose mention ("about 1,700", "$204 million") includes token `i`.
    pub fn quantity_at(&self, i: usize) -> Option<&Quantity> {
        let t = &self.tokens[i];
        self.quantities
            .iter()
            .find(|q| q.start <= t.start && t.end <= q.end)
    }

    /// Token index of the word containing byte `pos`.
    pub fn token_at_byte(&self, pos: usize) -> Option<usize> {
        self.tokens
            .iter()
            .position(|t| t.start <= pos && pos < t.end.max(t.start + 1))
    }

    /// The first letters of the content words, in order: "respiratory syncytial virus" -> "rsv".
    pub fn initials(&self) -> String {
        // "value-added tax" -> "vat": each part of a compound has its letter.
        self.tokens
            .iter()
            .filter(|t| t.content)
            .flat_map(|t| t.lower.split('-').filter_map(|part| part.chars().next()))
            .collect()
    }

    /// The stems of all tokens.
    pub fn all_stems(&self) -> Vec<String> {
        self.tokens
            .iter()
            .flat_map(|t| t.stems.iter().cloned())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_are_keyed_by_country() {
        let a = Analysis::new("Russian forces met North Korean troops in Pyongyang.", None);
        let keys: Vec<&str> = a.entities.iter().map(|e| e.key.as_str()).collect();
        assert_eq!(keys, vec!["russia", "north korea", "north korea"]);
    }

    #[test]
    fn sentence_openers_that_name_no_one() {
        for (text, names) in [
            ("Fewer than 500 homes were damaged.", 0),
            ("Police are searching for a third man.", 0),
            ("Officials said the toll would rise.", 0),
            ("Two people have died of measles.", 0),
            ("Russians voted on Sunday.", 1),
            ("Kiptoo won the race.", 1),
        ] {
            assert_eq!(Analysis::new(text, None).entities.len(), names, "{text}");
        }
    }

    #[test]
    fn particle_verbs_read_as_their_nouns() {
        let stems = |text: &str| Analysis::new(text, None).all_stems();
        let walked = stems("Pilots walked out on Thursday.");
        assert!(stems("The walkout began.")
            .iter()
            .any(|s| walked.contains(s) && s != "began"));
        let laid = stems("The carmaker laid off 300 workers.");
        assert!(laid.contains(&crate::text::stem("layoff")), "{laid:?}");
        let broke = stems("Thieves broke in through a window.");
        assert!(stems("The break-in came at dawn.")
            .iter()
            .any(|s| s.len() > 5 && broke.contains(s)));
    }

    #[test]
    fn negation_hedge_and_ordinal() {
        let a = Analysis::new("Russia has not likely sent its third major shipment.", None);
        assert_eq!(a.negations.len(), 1);
        assert_eq!(a.hedges.len(), 1);
        // An expectation the fact is measured against hedges nothing.
        for text in [
            "Profit rose to 6.1 billion, beating the 5.7 billion analysts had expected, the bank said.",
            "Profit rose faster than expected in the quarter.",
        ] {
            assert!(Analysis::new(text, None).hedges.is_empty(), "{text}");
        }
        assert_eq!(
            Analysis::new("Profit is expected to rise.", None)
                .hedges
                .len(),
            1
        );
        // Ranks in digits.
        let rank = Analysis::new("The defeat left the club 17th in the division.", None);
        assert_eq!(rank.ordinals.first().map(|o| o.1), Some(17));
        assert_eq!(a.ordinals[0].1, 3);
        assert_eq!(a.ordinals[0].2, crate::text::stem("shipment"));
    }

    #[test]
    fn an_opening_participle_is_a_verb_and_stems_as_one() {
        let born = Analysis::new("Born in Gothenburg in 1945, Lindgren began playing.", None);
        assert!(!born.tokens[0].capitalized);
        assert_eq!(
            born.tokens[0].key(),
            Analysis::new("was born", None).tokens[1].key()
        );
        assert!(born.entities.iter().all(|e| e.key != "born"));
        // A name before a preposition stays a name.
        let name = Analysis::new("Ahmed in a statement said the talks would resume.", None);
        assert!(name.tokens[0].capitalized);
    }
}
