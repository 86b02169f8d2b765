//! Negation: which negation cues bear on the claim's words, for the Negation finding and the
//! polarity feature.

use crate::analysis::Analysis;

use super::cover::{chars, Ctx};
use super::roles::next_content;
use super::{Finding, FindingKind};

/// Negation cues that bear on the claim: those whose next content word is one the other side
/// shares ("would not intervene" against "will intervene"), not a "not" elsewhere in the sentence.
fn scoped_negations(a: &Analysis, shared: &dyn Fn(&str) -> bool) -> Vec<usize> {
    a.negations
        .iter()
        .copied()
        .filter(|&k| {
            let after = &a.tokens[k + 1..];
            // "did not immediately respond": an adverb between leaves the verb in scope.
            let adverb = |j: usize| {
                after[j].lower.len() > 4
                    && after[j].lower.ends_with("ly")
                    && after.get(j + 1).is_some_and(|t| t.content)
            };
            (0..after.len())
                .filter(|&j| after[j].content && !adverb(j))
                .take(crate::analysis::negation_reach(a, k))
                .any(|j| !after[j].capitalized && shared(after[j].key()))
        })
        .collect()
}

/// The passage's negations that bear on the claim's words: computed once per passage, read by
/// both [`asserted_negations`] and [`negation`].
pub(super) fn passage_scoped(cx: &Ctx<'_>) -> Vec<usize> {
    if cx.passage.negations.is_empty() {
        return Vec::new();
    }
    scoped_negations(cx.passage, &|s: &str| cx.claim_word(s))
}

/// The passage's negations, less those in a concessive clause that negate none of the claim's
/// words: "..., though it did not say how many jobs would be lost" concedes something beside
/// the claim.
pub(super) fn asserted_negations(cx: &Ctx<'_>, scoped: &[usize]) -> usize {
    let passage = cx.passage;
    let concessive = |k: usize| {
        passage.tokens[..k].iter().any(|t| {
            matches!(
                t.lower.as_str(),
                "though" | "although" | "but" | "while" | "whereas"
            )
        })
    };
    passage
        .negations
        .iter()
        .filter(|k| !concessive(**k) || scoped.contains(k))
        .count()
}

/// `p`: the passage's [`passage_scoped`] negations.
pub(super) fn negation(cx: &Ctx<'_>, p: &[usize], findings: &mut Vec<Finding>) {
    let in_passage = |s: &str| cx.covers_stem(s);
    let c = scoped_negations(cx.claim, &in_passage);
    if c.len() % 2 == p.len() % 2 {
        return;
    }
    let span = |a: &Analysis, i: usize| chars(&a.text, (a.tokens[i].start, a.tokens[i].end));
    findings.push(Finding {
        kind: FindingKind::Negation,
        claim_span: c.first().map(|i| span(cx.claim, *i)),
        passage_span: p.first().map(|i| span(cx.passage, *i)),
        detail: if c.len() % 2 == 1 {
            format!(
                "the claim negates \"{}\", which the passage asserts",
                next_content(cx.claim, c[0])
            )
        } else {
            format!(
                "the passage negates \"{}\", which the claim asserts",
                next_content(cx.passage, p[0])
            )
        },
        contradicts: true,
    });
}
