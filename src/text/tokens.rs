//! Words and analyzed terms.
//!
//! [`words`] finds the words of a text with their offsets, keeping numbers like "11,000" and "3.5"
//! whole. [`analyze`] turns text into the terms that the index stores and the query searches: the
//! same function on both sides, so a claim matches its evidence however either is typeset.
//! Hyphenated compounds yield their parts and the joined form ("anti-aircraft" gives "anti",
//! "aircraft" and "antiaircraft"), so spelling variants of compounds meet.

use std::borrow::Cow;
use std::sync::LazyLock;

use super::fold_punctuation;

/// A word of the original text.
#[derive(Debug, Clone, PartialEq)]
pub struct Word<'a> {
    /// The word as written (possessive "'s" excluded).
    pub text: &'a str,
    /// Byte offsets into the original text.
    pub start: usize,
    pub end: usize,
}

impl Word<'_> {
    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    pub fn is_number(&self) -> bool {
        self.text.chars().next().is_some_and(|c| c.is_ascii_digit())
            && self
                .text
                .chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    }

    /// Lower-cased, with typographic apostrophes folded.
    pub fn lower(&self) -> String {
        self.text
            .chars()
            .map(fold_punctuation)
            .flat_map(char::to_lowercase)
            .collect()
    }
}

fn is_inner_joiner(c: char) -> bool {
    matches!(
        c,
        '-' | '\'' | '\u{2019}' | '\u{2010}' | '\u{2011}' | '.' | ',' | '&'
    )
}

/// Splits text into words. Inner hyphens and apostrophes stay inside a word; inner `.` and `,`
/// only between digits (decimals, thousands) or in dotted initialisms ("U.S").
pub fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].1.is_alphanumeric() {
            i += 1;
            continue;
        }
        let start = i;
        let mut j = i + 1;
        while j < chars.len() {
            let c = chars[j].1;
            if c.is_alphanumeric() {
                j += 1;
                continue;
            }
            let next = chars.get(j + 1).map(|x| x.1);
            let prev = chars[j - 1].1;
            let joins = is_inner_joiner(c)
                && next.is_some_and(char::is_alphanumeric)
                && match c {
                    '.' => {
                        (prev.is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit()))
                            || (prev.is_uppercase() && next.is_some_and(char::is_uppercase))
                    }
                    ',' => {
                        prev.is_ascii_digit()
                            && chars.len() > j + 3
                            && chars[j + 1..j + 4].iter().all(|x| x.1.is_ascii_digit())
                            && chars.get(j + 4).is_none_or(|x| !x.1.is_ascii_digit())
                    }
                    _ => true,
                };
            if !joins {
                break;
            }
            j += 2;
        }
        let s = chars[start].0;
        let mut e = chars.get(j).map(|x| x.0).unwrap_or(text.len());
        let mut word = &text[s..e];
        // Possessives: "Russia's" is about Russia.
        for suffix in ["'s", "\u{2019}s", "'S"] {
            if word.len() > suffix.len() + 1 && word.ends_with(suffix) {
                e -= suffix.len();
                word = &text[s..e];
                break;
            }
        }
        out.push(Word {
            text: word,
            start: s,
            end: e,
        });
        i = j;
    }
    out
}

static STEMMER: LazyLock<frostem::Stemmer> =
    LazyLock::new(|| frostem::Stemmer::new(frostem::Algorithm::English));

/// British spellings mapped to the American ones, applied before stemming.
const SPELLING: &[(&str, &str)] = &[
    ("defence", "defense"),
    ("offence", "offense"),
    ("licence", "license"),
    ("programme", "program"),
    ("programmes", "programs"),
    ("centre", "center"),
    ("centres", "centers"),
    ("labour", "labor"),
    ("favour", "favor"),
    ("honour", "honor"),
    ("colour", "color"),
    ("neighbour", "neighbor"),
    ("neighbouring", "neighboring"),
    ("behaviour", "behavior"),
    ("harbour", "harbor"),
    ("armour", "armor"),
    ("armoured", "armored"),
    ("travelled", "traveled"),
    ("grey", "gray"),
    ("tonne", "ton"),
    ("tonnes", "tons"),
    ("aeroplane", "airplane"),
    ("aluminium", "aluminum"),
    ("jewellery", "jewelry"),
    ("cheque", "check"),
    ("catalogue", "catalog"),
    ("analyse", "analyze"),
    ("analysed", "analyzed"),
];

/// The stem of a lower-cased word, after spelling normalisation.
pub fn stem(lower: &str) -> String {
    // News text repeats its vocabulary; a per-thread memo spares the stemmer most calls.
    STEMS.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some(s) = cache.get(lower) {
            return s.clone();
        }
        let s = stem_uncached(lower);
        if cache.len() >= STEM_CACHE_ENTRIES {
            cache.clear();
        }
        cache.insert(lower.to_string(), s.clone());
        s
    })
}

const STEM_CACHE_ENTRIES: usize = 50_000;

thread_local! {
    static STEMS: std::cell::RefCell<rustc_hash::FxHashMap<String, String>> = std::cell::RefCell::new(rustc_hash::FxHashMap::default());
}

/// The stem without WordNet's irregular forms: for names that look like inflections.
fn stem_literal(lower: &str) -> String {
    STEMMER.stem(lower).into_owned()
}

fn stem_uncached(lower: &str) -> String {
    let mut word: Cow<'_, str> = Cow::Borrowed(lower);
    if let Some((_, us)) = SPELLING.iter().find(|(uk, _)| *uk == lower) {
        word = Cow::Borrowed(us);
    } else if lower.len() > 7 && lower.contains("isation") {
        word = Cow::Owned(lower.replace("isation", "ization"));
    } else if lower.len() > 6
        && (lower.ends_with("ised") || lower.ends_with("ising") || lower.ends_with("ises"))
    {
        let cut = lower.rfind("is").unwrap_or(0);
        word = Cow::Owned(format!("{}iz{}", &lower[..cut], &lower[cut + 2..]));
    } else if lower.len() > 5 && lower.ends_with("ise") && !lower.ends_with("wise") {
        // The base form goes the way its inflections do, British spelling or not: "praised"
        // became "praized" above, so "praise" is "praize", or the two never meet.
        word = Cow::Owned(format!("{}ize", &lower[..lower.len() - 3]));
    }
    if let Some(base) = base_form(&word) {
        word = Cow::Borrowed(base);
    }
    STEMMER.stem(&word).into_owned()
}

/// WordNet's irregular forms ("fell" -> "fall") and the adjectives with antonyms that regular
/// comparatives and superlatives reduce to, from `tools/wordnet-extract.py`. A stemmer leaves
/// "fell", "rose" and "hardest" alone, so without these "shares fell" never meets "shares
/// rose" as a contradiction, nor "easy" meets "the hardest place".
struct Morphy {
    irregular: rustc_hash::FxHashMap<&'static str, &'static str>,
    gradable: rustc_hash::FxHashSet<&'static str>,
    /// Everyday nouns that only look like comparatives: "number" is no "more numb".
    nouns: rustc_hash::FxHashSet<&'static str>,
}

static MORPHY: LazyLock<Morphy> = LazyLock::new(|| Morphy {
    irregular: include_str!("../../data/lexicon/wordnet-exceptions.tsv")
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .collect(),
    gradable: include_str!("../../data/lexicon/wordnet-gradable.txt")
        .lines()
        .filter(|l| !l.is_empty())
        .collect(),
    nouns: include_str!("../../data/lexicon/wordnet-not-comparatives.txt")
        .lines()
        .filter(|l| !l.is_empty())
        .collect(),
});

/// Whether a word is one of WordNet's adjectives ("old", "annual"; not "severance").
pub fn is_adjective(lower: &str) -> bool {
    MORPHY.gradable.contains(lower)
}

/// Whether a word is an irregular inflection WordNet lists ("fell", "kept", "children").
pub fn is_irregular_form(lower: &str) -> bool {
    MORPHY.irregular.contains_key(lower)
}

/// Whether a word is a superlative of a gradable adjective ("largest", "biggest", "best").
pub fn is_superlative(lower: &str) -> bool {
    (lower.ends_with("est") || lower == "worst") && base_form(lower).is_some()
}

/// The dictionary form of an irregular inflection or of a gradable adjective's comparative or
/// superlative, as WordNet's morphy finds it; `None` when the word is its own base.
fn base_form(lower: &str) -> Option<&'static str> {
    let m = &*MORPHY;
    if let Some(base) = m.irregular.get(lower) {
        return Some(base);
    }
    if lower.len() < 5 || is_stop_word(lower) || m.nouns.contains(lower) {
        return None;
    }
    let gradable = |c: &str| m.gradable.get(c).copied();
    for (suffix, add) in [
        ("iest", "y"),
        ("ier", "y"),
        ("est", ""),
        ("er", ""),
        ("est", "e"),
        ("er", "e"),
    ] {
        let Some(stem) = lower.strip_suffix(suffix) else {
            continue;
        };
        let candidate = format!("{stem}{add}");
        if let Some(base) = gradable(&candidate) {
            return Some(base);
        }
        // "biggest" -> "big": a doubled final consonant (a letter: the cut must fall between
        // characters, whatever the word is made of).
        let mut last = stem.chars().rev();
        if let (true, Some(x), Some(y)) =
            (add.is_empty() && stem.len() >= 3, last.next(), last.next())
        {
            if x == y && x.is_ascii_alphabetic() {
                if let Some(base) = gradable(&stem[..stem.len() - 1]) {
                    return Some(base);
                }
            }
        }
    }
    None
}

/// An analyzed term with the byte range of the word it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// Position in the token stream; compound forms share their first part's position.
    pub position: usize,
}

/// The index and query analyzer: words, lower-cased, hyphen compounds expanded, numbers
/// normalised ("11,000" -> "11000"), stemmed. Words longer than 64 bytes are dropped.
pub fn analyze(text: &str) -> Vec<Term> {
    let mut out = Vec::new();
    let mut position = 0;
    for w in words(text) {
        if w.text.len() > 64 {
            continue;
        }
        let lower = w.lower();
        if w.is_number() {
            let n: String = lower.chars().filter(|c| *c != ',').collect();
            out.push(Term {
                text: n,
                start: w.start,
                end: w.end,
                position,
            });
            position += 1;
            continue;
        }
        let lower = lower.replace("n't", " not");
        let parts: Vec<&str> = lower
            .split(|c: char| !c.is_alphanumeric())
            .filter(|p| !p.is_empty())
            .collect();
        let first_position = position;
        // A capitalised word is likely a name, and a name is not an irregular verb form: the
        // "Won" of "Shin Won-shik" is no "win".
        let name = w.is_capitalized();
        for part in &parts {
            out.push(Term {
                text: if name && is_irregular_form(part) {
                    stem_literal(part)
                } else {
                    stem(part)
                },
                start: w.start,
                end: w.end,
                position,
            });
            position += 1;
        }
        if parts.len() > 1 && lower.contains('-') {
            let joined: String = parts.concat();
            if joined.len() <= 64 {
                out.push(Term {
                    text: stem(&joined),
                    start: w.start,
                    end: w.end,
                    position: first_position,
                });
            }
        }
    }
    out
}

const STOP_WORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "of",
    "to",
    "in",
    "on",
    "at",
    "by",
    "for",
    "with",
    "from",
    "as",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "it",
    "its",
    "this",
    "that",
    "these",
    "those",
    "there",
    "their",
    "they",
    "them",
    "he",
    "she",
    "his",
    "her",
    "him",
    "we",
    "our",
    "us",
    "i",
    "you",
    "your",
    "my",
    "me",
    "who",
    "whom",
    "which",
    "what",
    "when",
    "where",
    "while",
    "than",
    "then",
    "so",
    "such",
    "into",
    "onto",
    "over",
    "about",
    "also",
    "any",
    "some",
    "all",
    "both",
    "each",
    "other",
    "own",
    "same",
    "can",
    "could",
    "would",
    "should",
    "will",
    "shall",
    "may",
    "might",
    "must",
    "s",
    "up",
    "out",
    "if",
    "because",
    "until",
    "after",
    "before",
    "between",
    "during",
    "through",
    "very",
    "just",
    "only",
    "too",
    "mr",
    "mrs",
    "ms",
    "dr",
    "said",
    "say",
    "says",
    "saying",
    "according",
    "including",
    "since",
    "well",
    "how",
    "why",
    "said",
    "whose",
    "again",
    "further",
    "once",
    "here",
    "re",
    "ve",
    "ll",
    "d",
    "m",
    "t",
    "being",
    "yet",
    "via",
    "per",
    "upon",
    "within",
    "without",
    "across",
    "against",
    "along",
    "among",
    "around",
    "behind",
    "below",
    "beneath",
    "beside",
    "beyond",
    "despite",
    "toward",
    "towards",
    "under",
    "whether",
    "either",
    "neither",
    "not",
    "no",
    "nor",
    "more",
    "most",
    "less",
    "rather",
    "instead",
];

/// Function words that carry no content for matching (negations and comparatives are handled by
/// the stance stage, not by matching).
pub fn is_stop_word(lower: &str) -> bool {
    STOP_SET.contains(lower)
}

static STOP_SET: LazyLock<std::collections::HashSet<&'static str>> =
    LazyLock::new(|| STOP_WORDS.iter().copied().collect());

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<String> {
        analyze(t).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn nouns_are_not_comparatives() {
        assert_eq!(stem("number"), stem("numbers"));
        assert_eq!(stem("liver"), stem("livers"));
        assert_eq!(stem("harder"), stem("hard"));
        assert_eq!(stem("biggest"), stem("big"));
        // Doubled bytes inside a character are no doubled letter.
        for w in [
            "\u{1F186}\u{1F186}est",
            "\u{1F186}er",
            "ééest",
            "xx\u{1F186}est",
        ] {
            let _ = stem(w);
            let _ = is_superlative(w);
        }
    }

    #[test]
    fn names_are_not_irregular_verbs() {
        assert!(texts("Shin Won-shik").contains(&"won".to_string()));
        assert!(texts("the team won").contains(&"win".to_string()));
    }

    #[test]
    fn irregular_forms_and_degrees_meet_their_base() {
        assert_eq!(stem("fell"), stem("fall"));
        assert_eq!(stem("rose"), stem("rises"));
        assert_eq!(stem("children"), stem("child"));
        assert_eq!(stem("hardest"), stem("hard"));
        assert_eq!(stem("biggest"), stem("big"));
        assert_eq!(stem("easier"), stem("easy"));
        assert_eq!(stem("longer"), stem("long"));
        // Words that only look like degrees, and ambiguous forms, keep their own stem.
        assert_ne!(stem("interest"), stem("inter"));
        assert_ne!(stem("left"), stem("leave"));
        assert_ne!(stem("water"), stem("wat"));
    }

    #[test]
    fn compounds_meet_their_joined_spelling() {
        let a = texts("anti-aircraft missiles");
        let b = texts("antiaircraft missiles");
        assert!(a.contains(&"antiaircraft".to_string()), "{a:?}");
        assert!(b.contains(&"antiaircraft".to_string()));
        assert!(a.contains(&"anti".to_string()));
    }

    #[test]
    fn british_spelling_and_stemming() {
        assert_eq!(texts("air defence"), texts("air defense"));
        assert_eq!(texts("supplying"), texts("supplied"));
        assert_eq!(texts("modernising"), texts("modernizing"));
        // A base in "-ise" meets its inflections, which take the American spelling.
        for (base, form) in [
            ("praise", "praised"),
            ("promise", "promised"),
            ("criticise", "criticised"),
            ("advise", "advising"),
        ] {
            assert_eq!(stem(base), stem(form), "{base} / {form}");
        }
    }

    #[test]
    fn numbers_are_normalised_and_possessives_dropped() {
        assert_eq!(texts("11,000 troops"), vec!["11000", "troop"]);
        assert_eq!(texts("Russia\u{2019}s war"), vec!["russia", "war"]);
        assert_eq!(texts("3.5 percent")[0], "3.5");
    }

    #[test]
    fn words_keep_offsets_and_initialisms() {
        let w = words("The U.S. sent 1,200 troops.");
        let t: Vec<&str> = w.iter().map(|w| w.text).collect();
        assert_eq!(t, vec!["The", "U.S", "sent", "1,200", "troops"]);
        assert_eq!(
            &"The U.S. sent 1,200 troops."[w[3].start..w[3].end],
            "1,200"
        );
    }

    #[test]
    fn contractions_become_not() {
        assert!(texts("hasn't").contains(&"not".to_string()));
    }

    #[test]
    fn long_garbage_is_dropped() {
        let long = "x".repeat(500);
        assert!(analyze(&long).is_empty());
    }
}
