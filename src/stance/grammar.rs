//! Reading a word's role without a tagger: whether a claim word is a verb or a copula's
//! predicate, and whether it can be opposed as a verb.

use crate::analysis::{Analysis, Token};
use crate::lexicon::Opposable;
use crate::text::tokens::is_irregular_form;

/// The single words, as stems, of a phrasal verb at token `i` and the particle after it
/// ("called off" -> "cancel"); empty when there is none.
pub(super) fn phrasal_at(a: &Analysis, i: usize) -> &'static [String] {
    match (a.tokens.get(i), a.tokens.get(i + 1)) {
        (Some(v), Some(p)) if v.content && !v.capitalized => {
            crate::lexicon::lexicon().phrasal(v.key(), &p.lower)
        }
        _ => &[],
    }
}

/// Token `i` as a candidate opposite: after a modal or "to" it is a verb ("will last").
pub(super) fn opposable(a: &Analysis, i: usize) -> Opposable<'_> {
    const BEFORE_VERBS: &[&str] = &[
        "will", "would", "can", "could", "may", "might", "shall", "should", "must", "to",
    ];
    let t = &a.tokens[i];
    Opposable {
        lower: &t.lower,
        stem: t.key(),
        as_verb: i > 0 && BEFORE_VERBS.contains(&a.tokens[i - 1].lower.as_str()),
    }
}

/// Whether claim token `i` reads as a verb without a tagger: a past form ("raised", "fell") or
/// a word after an auxiliary ("will cut", "has resigned"). Not after "to": "sent troops to help
/// Russia" asserts the sending; the purpose is secondary.
pub(super) fn reads_as_verb(a: &Analysis, i: usize) -> bool {
    const AUXILIARIES: &[&str] = &[
        "will", "would", "can", "could", "may", "might", "shall", "should", "must", "did", "does",
        "do", "has", "have", "had",
    ];
    // Light verbs carry little of the predicate ("take place", "make a decision"): the noun
    // after them does.
    const LIGHT: &[&str] = &[
        "take",
        "make",
        "have",
        "get",
        "do",
        "go",
        "come",
        "put",
        "repres",
        "account",
        "amount",
        "constitut",
        "happen",
        "occur",
    ];
    let t = &a.tokens[i];
    // A rank is a slot of the act ("Hartwell are 12th"), compared as one.
    if t.capitalized
        || t.number
        || LIGHT.contains(&t.key())
        || a.ordinals.iter().any(|(k, _, _)| *k == i)
    {
        return false;
    }
    if aspect_of(a, i).is_some() {
        return false;
    }
    // "The fourth Test was played in Manchester", "was held in Geneva": an event's passive
    // says only that it took place, as "take place" does.
    let staged = matches!(t.lower.as_str(), "played" | "held" | "staged")
        && i > 0
        && matches!(
            a.tokens[i - 1].lower.as_str(),
            "was" | "were" | "is" | "are" | "be"
        );
    if staged {
        return false;
    }
    (t.lower.len() > 4 && t.lower.ends_with("ed"))
        || is_irregular_form(&t.lower)
        || (i > 0 && AUXILIARIES.contains(&a.tokens[i - 1].lower.as_str()))
        || after_copula(a, i)
}

/// The act an aspect verb at `i` governs ("began sending", "started to build", "stopped
/// teaching"): that verb, not the aspect, is the predicate.
pub(super) fn aspect_of(a: &Analysis, i: usize) -> Option<usize> {
    // ("was still seeping" goes on as "continued seeping" does.)
    const ASPECT: &[&str] = &[
        "begin", "start", "continu", "stop", "resum", "ceas", "quit", "still",
    ];
    if !ASPECT.contains(&a.tokens[i].key()) {
        return None;
    }
    let n = a.tokens.get(i + 1)?;
    if n.lower.len() > 4 && n.lower.ends_with("ing") {
        return Some(i + 1);
    }
    (n.lower == "to")
        .then_some(i + 2)
        .filter(|&v| a.tokens.get(v).is_some_and(|t| t.content && !t.capitalized))
}

/// The content words of the noun phrase a copula at or before `i` predicates of ("The
/// center's figures" in "The center's figures are preliminary"), up to three.
pub(super) fn copula_subject(a: &Analysis, i: usize) -> Vec<usize> {
    let Some(copula) = (0..i).rev().take(3).find(|&k| {
        matches!(
            a.tokens[k].lower.as_str(),
            "is" | "are" | "was" | "were" | "be" | "been" | "remain" | "remains" | "remained"
        )
    }) else {
        return Vec::new();
    };
    (0..copula)
        .rev()
        .take_while(|&k| a.tokens[k].content && !a.tokens[k].number)
        .take(3)
        .collect()
}

/// Whether token `i` stands before a common noun it may modify ("a final analysis", "low
/// earners"): the next word is a lower-case content word, no number.
pub(super) fn modifies_noun(a: &Analysis, i: usize) -> bool {
    a.tokens.get(i + 1).is_some_and(Token::is_common)
}

/// [`after_copula`], or after the copula's article: "London was the weakest region".
pub(super) fn predicated(a: &Analysis, i: usize) -> bool {
    after_copula(a, i)
        || (i >= 1
            && matches!(a.tokens[i - 1].lower.as_str(), "the" | "a" | "an")
            && after_copula(a, i - 1))
}

/// Whether claim token `i` is what a copula predicates ("has never been safer", "is modern"):
/// the claim's predicate as much as a verb is.
pub(super) fn after_copula(a: &Analysis, i: usize) -> bool {
    const COPULAS: &[&str] = &[
        "is", "are", "was", "were", "be", "been", "being", "become", "became", "becomes", "remain",
        "remains", "remained", "seem", "seems", "seemed",
    ];
    const DEGREE: &[&str] = &[
        "not", "never", "more", "less", "most", "least", "very", "so", "too", "also", "still",
        "now", "ever", "much", "far",
    ];
    let mut k = i;
    while k > 0 {
        k -= 1;
        let w = a.tokens[k].lower.as_str();
        if COPULAS.contains(&w) {
            return true;
        }
        if !DEGREE.contains(&w) {
            return false;
        }
    }
    false
}

/// Whether a token is a name compounded with a common word ("Liberian-flagged", "Greek-owned"):
/// capitalised, it says what kind of thing, not which.
pub(super) fn name_compound(a: &Analysis, t: &Token) -> bool {
    a.text[t.start..t.end]
        .split_once('-')
        .is_some_and(|(_, rest)| rest.starts_with(|c: char| c.is_lowercase()))
}

/// Whether the word just before byte offset `at` (a figure's or a date's start) is `word`:
/// "for" in "grounded for nearly two years", "since" in "the first attack since July".
pub(super) fn word_before_is(a: &Analysis, at: usize, word: &str) -> bool {
    let k = a.tokens.partition_point(|t| t.end <= at);
    k > 0 && a.tokens[k - 1].lower == word
}
