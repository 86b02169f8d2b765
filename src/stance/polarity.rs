//! Negation: which negation cues bear on the claim's words, for the Negation finding and the
//! polarity feature.

use rustc_hash::FxHashSet as HashSet;

use crate::analysis::Analysis;

use super::cover::{chars, has_token, Ctx};
use super::roles::next_content;
use super::{Finding, FindingKind, TopicMeter};

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
            let mut reach = (0..after.len())
                .filter(|&j| after[j].content && !adverb(j))
                .take(crate::analysis::negation_reach(a, k));
            let last = reach.clone().last();
            reach.any(|j| !after[j].capitalized && shared(after[j].key()))
                || last
                    .and_then(|j| purpose_after(a, k + 1 + j))
                    .is_some_and(|v| shared(a.tokens[v].key()))
        })
        .collect()
}

/// The verb of a purpose right after a negated phrase, in the same clause: "was not in Cannes
/// to collect the award" did not collect it.
fn purpose_after(a: &Analysis, i: usize) -> Option<usize> {
    let to = a.tokens.get(i + 1).filter(|t| t.lower == "to")?;
    let verb = a
        .tokens
        .get(i + 2)
        .filter(|t| t.content && !t.capitalized)?;
    let gap = &a.text[a.tokens[i].end..verb.start];
    (!gap.contains([',', ';', ':']) && to.start < verb.start).then_some(i + 2)
}

/// Whether token `i` is negated right before it: "will not change", "did not immediately
/// rise" (a negation cue, then only function words or one adverb).
pub(super) fn negated_at(a: &Analysis, i: usize) -> bool {
    a.negations.iter().any(|&n| {
        n < i
            && i - n <= 3
            && a.tokens[n + 1..i]
                .iter()
                .all(|t| !t.content || t.lower.ends_with("ly"))
    })
}

/// The passage's negations that bear on the claim's words: computed once per passage, read by
/// both [`asserted_negations`] and [`negation`].
pub(super) fn passage_scoped(cx: &Ctx<'_>) -> Vec<usize> {
    if cx.passage.negations.is_empty() {
        return Vec::new();
    }
    // WordNet's synonym sets are not symmetric after stemming ("hurt" lists "injuri", "injured"
    // lists "hurt"), so the synonyms of a word the claim negates are read too: "no one was
    // hurt" negates what "Nobody was injured" does.
    let negated: Vec<&str> = cx
        .claim
        .negations
        .iter()
        .filter_map(|&k| cx.claim.tokens[k + 1..].iter().find(|t| t.content))
        .map(|t| t.key())
        .collect();
    let lex = crate::lexicon::lexicon();
    // "does not mean": a verb after "do" and a negation. A claim word meets it through a
    // synonym only as a verb ("the average" is no "mean" there).
    let tokens = &cx.passage.tokens;
    let do_verbs: Vec<&str> = cx
        .passage
        .negations
        .iter()
        .filter(|&&k| k > 0 && matches!(tokens[k - 1].lower.as_str(), "do" | "does" | "did"))
        .filter_map(|&k| tokens.get(k + 1))
        .map(|t| t.key())
        .collect();
    let as_verb = |s: &str| {
        !do_verbs.contains(&s)
            || cx.claim.tokens.iter().enumerate().any(|(i, t)| {
                t.key() == s
                    || super::grammar::reads_as_verb(cx.claim, i)
                        && lex.synonyms(t.key()).iter().any(|y| y == s)
            })
    };
    scoped_negations(cx.passage, &|s: &str| {
        cx.claim_word(s) && as_verb(s)
            || cx.claim_stems.iter().any(|c| stem_variant(c, s))
            || negated
                .iter()
                .any(|c| lex.synonyms(c).iter().any(|y| y == s))
    })
}

/// Two stems the stemmer left one letter apart: "injur" (injured) and "injuri" (injuries).
fn stem_variant(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.len() >= 4 && long.len() == short.len() + 1 && long.starts_with(short)
}

/// The passage's negations, less those in a concessive or participial clause that negate none
/// of the claim's words: "..., though it did not say how many jobs would be lost" concedes
/// something beside the claim; "..., leaving Europe without its own launcher" adds a
/// consequence.
pub(super) fn asserted_negations(cx: &Ctx<'_>, scoped: &[usize]) -> usize {
    let passage = cx.passage;
    let tokens = &passage.tokens;
    let concessive = |k: usize| {
        tokens[..k].iter().any(|t| {
            matches!(
                t.lower.as_str(),
                "though" | "although" | "but" | "while" | "whereas"
            )
        }) || (1..k).any(|j| {
            tokens[j].lower.ends_with("ing")
                && !tokens[j].capitalized
                && passage.text[tokens[j - 1].end..tokens[j].start].contains(',')
                && !passage.text[tokens[j].end..tokens[k].start].contains([',', ';'])
        })
    };
    passage
        .negations
        .iter()
        .filter(|k| !concessive(**k) || scoped.contains(k))
        .count()
}

/// Whether negation `k` is the "that" of a denial ("denied that ...").
fn denial(a: &Analysis, k: usize) -> bool {
    k > 0 && a.tokens[k].lower == "that" && crate::analysis::is_denial(&a.tokens[k - 1].lower)
}

/// `p`: the passage's [`passage_scoped`] negations.
pub(super) fn negation(cx: &Ctx<'_>, p: &[usize], findings: &mut Vec<Finding>) {
    let in_passage = |s: &str| cx.covers_stem(s) || cx.literal.iter().any(|p| stem_variant(p, s));
    let mut c = scoped_negations(cx.claim, &in_passage);
    // An accusation and its denial stand side by side: "Charities deny that their rescue
    // ships encourage crossings" against "rescue ships ..., which it accuses of encouraging
    // crossings".
    let accuses = |a: &Analysis| {
        a.tokens
            .iter()
            .any(|t| t.lower.starts_with("accus") || t.lower.starts_with("alleg"))
    };
    let mut p = p.to_vec();
    if accuses(cx.passage) {
        c.retain(|&k| !denial(cx.claim, k));
    }
    if accuses(cx.claim) {
        p.retain(|&k| !denial(cx.passage, k));
    }
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

/// "The ministry did not say how many of them were wounded" against "the ministry said 40 of
/// them were wounded": the passage says the figure the claim reports was not given. Only for
/// claims about what was said, by the one the passage says did not say it ("the ministry"):
/// that 40 were wounded may still be true, and "though it did not say how many jobs would be
/// lost" withholds another figure.
pub(super) fn withheld_figure(cx: &Ctx<'_>, findings: &mut Vec<Finding>) {
    const DISCLOSING: &[&str] = &[
        "say",
        "said",
        "disclose",
        "disclosed",
        "reveal",
        "revealed",
        "specify",
        "specified",
        "give",
        "gave",
        "provide",
        "provided",
        "publish",
        "published",
        "confirm",
        "confirmed",
    ];
    const FIGURE: &[&[&str]] = &[
        &["how", "many"],
        &["how", "much"],
        &["the", "number"],
        &["a", "figure"],
        &["the", "figure"],
    ];
    let Some(reporting) = cx.claim_frame else {
        return;
    };
    if cx.passage.negations.is_empty() {
        return;
    }
    let Some(q) = cx.claim.quantities.iter().find(|q| !q.is_year) else {
        return;
    };
    let tokens = &cx.passage.tokens;
    let said = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| DISCLOSING.contains(&t.lower.as_str()))
    };
    // The figure withheld, and what it counts when a noun says ("how many jobs", "the number
    // of soldiers"): the claim's figure must count that too.
    let claim_counts: HashSet<String> = q.unit_words.iter().cloned().collect();
    let figure = |k: usize| {
        FIGURE.iter().any(|words| {
            let n = words.len();
            let named = (k + n..k + n + 2)
                .map_while(|i| tokens.get(i))
                .find(|t| !matches!(t.lower.as_str(), "of" | "for"));
            words
                .iter()
                .enumerate()
                .all(|(j, w)| tokens.get(k + j).is_some_and(|t| t.lower == *w))
                && named.is_none_or(|t| !t.content || has_token(&claim_counts, t))
        })
    };
    // The claim's speaker: its words before its reporting verb.
    let speaker: HashSet<String> = cx.claim.tokens[..reporting]
        .iter()
        .filter(|t| t.content)
        .flat_map(|t| t.stems.iter().cloned())
        .collect();
    // The passage's subject of the withholding: the word before the negation and its
    // auxiliary ("The ministry did not"); for a pronoun, the sentence's first name ("Harbor
    // expects ..., though it did not say").
    let subject = |n: usize| {
        let mut k = n;
        while k > 0 {
            k -= 1;
            let t = &tokens[k];
            if matches!(
                t.lower.as_str(),
                "did" | "does" | "do" | "has" | "have" | "had" | "would" | "could" | "will"
            ) {
                continue;
            }
            if matches!(t.lower.as_str(), "it" | "they" | "he" | "she") {
                return cx
                    .passage
                    .entities
                    .iter()
                    .find(|e| e.to <= k)
                    .is_some_and(|e| e.stems.iter().all(|s| speaker.contains(s)));
            }
            return t.content && has_token(&speaker, t);
        }
        false
    };
    // "did not say how many", "has not published a figure", "did not immediately say how many".
    let withheld = cx.passage.negations.iter().find_map(|&n| {
        let verb = (n + 1..=n + 2).find(|&k| said(k))?;
        (figure(verb + 1) && subject(n)).then_some((n, verb + 2))
    });
    if let Some((n, end)) = withheld {
        findings.push(cx.contrast(
            FindingKind::Negation,
            (q.start, q.end),
            (tokens[n].start, tokens[end].end),
            " (the passage says the figure was not given)",
        ));
    }
}

/// The "only" of a text that restricts what follows it: not "not only", nor a time ("only
/// after", "only in 2012"), nor a count ("only two").
fn restricting_only(a: &Analysis) -> Option<usize> {
    let o = a.tokens.iter().position(|t| t.lower == "only")?;
    let next = a.tokens.get(o + 1)?;
    let not_only = o > 0 && a.tokens[o - 1].lower == "not";
    let time_or_count = next.number
        || matches!(
            next.lower.as_str(),
            "after" | "before" | "when" | "if" | "until" | "since" | "once" | "in"
        );
    (!not_only && !time_or_count).then_some(o)
}

/// "Methane can only be produced by living things" against "Methane can be produced by
/// volcanoes as well as by living things": the claim's "only" denies what the passage adds
/// beside it. And "restrictions would apply to the whole of Poland" against "would apply only
/// to the affected regions": the passage's "only" denies the claim's whole. The rest of the
/// claim must be the passage's, and the other side must not restrict the same way.
pub(super) fn only_against_more(cx: &Ctx<'_>, findings: &mut Vec<Finding>, meter: &TopicMeter) {
    let (claim, passage) = (cx.claim, cx.passage);
    let has_only = |a: &Analysis| a.tokens.iter().any(|t| t.lower == "only");
    const ADDING: &[&[&str]] = &[
        &["as", "well", "as"],
        &["in", "addition", "to"],
        &["along", "with"],
        &["besides"],
        &["also"],
        // "apply to all companies ..., including firms based outside the bloc".
        &["including"],
    ];
    const WHOLE: &[&[&str]] = &[
        &["whole"],
        &["entire"],
        &["all"],
        &["every"],
        &["nationwide"],
    ];
    let find = |a: &Analysis, lists: &[&[&str]]| {
        let t = &a.tokens;
        (0..t.len()).find_map(|k| {
            lists
                .iter()
                .find(|words| {
                    t.len() >= k + words.len()
                        && words.iter().zip(&t[k..]).all(|(w, x)| x.lower == *w)
                })
                .map(|words| (k, k + words.len() - 1))
        })
    };
    // "Births fell in every region except Trentino-Alto Adige": an exception to all of it.
    const EXCEPTING: &[&[&str]] = &[
        &["except"],
        &["apart", "from"],
        &["other", "than"],
        &["with", "the", "exception", "of"],
        &["excluding"],
        &["save", "for"],
    ];
    let (claim_at, passage_at, detail) = if let Some(o) = restricting_only(claim) {
        if has_only(passage) {
            return;
        }
        let Some((k, e)) = find(passage, ADDING) else {
            return;
        };
        if meter.without(|i| i == o) < super::SLOT_TOPIC {
            return;
        }
        (
            (o, o),
            (k, e),
            "the claim says \"only\"; the passage adds more",
        )
    } else if let Some(o) = restricting_only(passage) {
        let Some((k, e)) = find(claim, WHOLE) else {
            return;
        };
        if meter.without(|i| k <= i && i <= e) < super::SLOT_TOPIC {
            return;
        }
        (
            (k, e),
            (o, o),
            "the passage says \"only\"; the claim says all of it",
        )
    } else if let Some(x) = find(passage, EXCEPTING) {
        let Some((k, e)) = find(claim, WHOLE) else {
            return;
        };
        if find(claim, EXCEPTING).is_some()
            || meter.without_in_context(|i| k <= i && i <= e) < super::SLOT_TOPIC
        {
            return;
        }
        (
            (k, e),
            x,
            "the passage makes an exception; the claim says all of it",
        )
    } else {
        return;
    };
    let span = |a: &Analysis, (s, e): (usize, usize)| (a.tokens[s].start, a.tokens[e].end);
    let (cs, ps) = (span(claim, claim_at), span(passage, passage_at));
    findings.push(Finding {
        kind: FindingKind::Negation,
        claim_span: Some(chars(&claim.text, cs)),
        passage_span: Some(chars(&passage.text, ps)),
        detail: format!(
            "{detail}: \"{}\" against \"{}\"",
            &claim.text[cs.0..cs.1],
            &passage.text[ps.0..ps.1]
        ),
        contradicts: true,
    });
}
