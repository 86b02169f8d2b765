//! Figures: a claim's quantities against the passage's, aligned by unit and by what they count,
//! and the NumberMismatch findings when the same slot holds another value.

use crate::analysis::{Analysis, Token};
use crate::lexicon::lexicon;
use crate::text::numbers::{Comparator, Quantity};

use super::cover::{same_word, Ctx};
use super::grammar::{opposable, reads_as_verb};
use super::roles::same_act;
use super::{Finding, FindingKind, TopicMeter, NUMBER_TOPIC};

/// Whether a passage states a number as written: as a token of its own, or, for a year, inside
/// a date written as one token ("2016-08-24").
pub(super) fn states_number(passage: &Analysis, number: &str) -> bool {
    let year = number.len() == 4 && number.bytes().all(|b| b.is_ascii_digit());
    passage.tokens.iter().any(|p| {
        p.number && p.lower == number
            || (year
                && p.lower
                    .split(|c: char| !c.is_ascii_digit())
                    .any(|part| part == number))
    })
}

/// Whether a figure is a change ("cut output by 1.2 million barrels", "fell by almost a
/// fifth"): "by" among the three words before it.
fn is_change(text: &str, q: &Quantity) -> bool {
    text[..q.start]
        .split_whitespace()
        .rev()
        .take(3)
        .any(|w| w.eq_ignore_ascii_case("by"))
}

/// Which end of a change a figure gives: "to 4.6 percent" where it went, "from 4.8 percent"
/// where it came from (the word before it, past a qualifier such as "about").
fn direction(text: &str, q: &Quantity) -> Option<&'static str> {
    let before = text[..q.start].split_whitespace().next_back()?;
    match before.to_ascii_lowercase().as_str() {
        "to" => Some("to"),
        "from" => Some("from"),
        _ => None,
    }
}

/// Whether a passage figure may state the claim's: a change is contradicted by a change, or by
/// a figure the claim's verb governs ("cut 1.2 million barrels"), not by a level ("its members
/// now pump about 41 million barrels a day").
fn same_kind(cx: &Ctx<'_>, q: &Quantity, p: &Quantity) -> bool {
    !is_change(&cx.claim.text, q) || is_change(&cx.passage.text, p) || counted_by_claim_verb(cx, p)
}

/// Whether the claim's first content word outside its figures and its reporting frame (its
/// subject, as far as word order tells) is missing from the passage and its context: "The
/// captain had more than 10,000 flying hours" is not about "The runway was closed for nine
/// hours", however much of the rest matches.
fn subject_missing(cx: &Ctx<'_>, meter: &TopicMeter) -> bool {
    let tokens = &cx.claim.tokens;
    let from = tokens
        .iter()
        .position(|t| crate::attribution::is_reporting_word(&t.lower))
        .map_or(0, |r| r + 1);
    // The context stands in for a subject the passage leaves implicit, not for one it names
    // otherwise: "Saudi Arabia will shoulder ... lowering its output by 500,000 barrels" is
    // not about OPEC+'s cut, whatever the sentence before says.
    // A capitalised common word opening the sentence ("Health officials in Ridgeport said")
    // names nobody.
    let common_opening = |e: &crate::analysis::Entity| {
        e.from == 0
            && e.to == 1
            && !lexicon().synonyms(&e.key).is_empty()
            && !lexicon().is_country(&e.stems)
    };
    // "The Liberian-flagged bulk carrier" names no subject.
    let attribute = |e: &crate::analysis::Entity| {
        e.to - e.from == 1 && super::grammar::name_compound(cx.passage, &cx.passage.tokens[e.from])
    };
    let own_subject = cx.passage.entities.first().is_some_and(|e| {
        e.from <= 2
            && !common_opening(e)
            && !attribute(e)
            && !e.stems.iter().all(|s| cx.claim_stems.contains(s))
    });
    // ("A military council of 15 officers": the subject is the council the word describes.
    // A word right before a figure is its verb, light or not: "The robbery took less than four
    // minutes".)
    let describes_covered = |i: usize| {
        !tokens[i].capitalized
            && super::grammar::modifies_noun(cx.claim, i)
            && !super::grammar::reads_as_verb(cx.claim, i + 1)
            && (i + 2 >= tokens.len() || cx.claim.quantity_at(i + 2).is_none())
            && meter.covered.get(i + 1) == Some(&true)
    };
    (from..tokens.len())
        .find(|&i| {
            meter.weight[i] > 0.0
                && !tokens[i].number
                && cx.claim.quantity_at(i).is_none()
                && !describes_covered(i)
        })
        .is_some_and(|i| !meter.covered[i] && (own_subject || !meter.in_context[i]))
}

/// Whether the claim's figure is what a noun the passage lacks amounts to: "Arrieta's salary
/// will be 10 million euros a year" is not contradicted by "a fee of 68 million euros".
fn measured_missing(cx: &Ctx<'_>, q: &Quantity, p: &Quantity, meter: &TopicMeter) -> bool {
    let tokens = &cx.claim.tokens;
    let first = tokens.partition_point(|t| t.end <= q.start);
    let missing = |k: usize| meter.weight[k] > 0.0 && !meter.covered[k] && !meter.in_context[k];
    // A time after "for" is how long the verb before it lasted ("grounded the rocket for nearly
    // two years"): a passage without that verb, and without a span of its own, speaks of
    // another time ("the second failure in four years"). Two spans are one act's told in two
    // verbs ("followed for five years", "tracked for three years").
    let after_for = |a: &Analysis, at: usize| super::grammar::word_before_is(a, at, "for");
    if after_for(cx.claim, q.start) && !after_for(cx.passage, p.start) {
        let verb = (first.saturating_sub(5)..first - 1)
            .rev()
            .find(|&k| tokens[k].is_common());
        if verb.is_some_and(|k| super::grammar::reads_as_verb(cx.claim, k) && missing(k)) {
            return true;
        }
    }
    // The figure completes a noun phrase by a preposition: "a severance payment of 2 million
    // euros", "cut Paylane's revenue to about 1.25 billion euros". The phrase's nouns (up to
    // the verb or a name; adjectives are too often paraphrased: "the old record") say what it
    // measures. (An age has its own reading: "at the age of 78" against "She was 81".)
    if first > 1 && matches!(tokens[first - 1].lower.as_str(), "of" | "to" | "by" | "at") {
        let noun = |k: usize| {
            let t = &tokens[k];
            t.content
                && !t.capitalized
                && !t.number
                && !crate::text::tokens::is_adjective(&t.lower)
                && !super::grammar::reads_as_verb(cx.claim, k)
        };
        let phrase = (first.saturating_sub(4)..first - 1)
            .rev()
            .take_while(|&k| noun(k));
        if tokens[first - 2].lower != "age"
            && phrase
                .into_iter()
                .any(|k| missing(k) && !cx.context_has(tokens[k].key()))
        {
            return true;
        }
    }
    // The figure is the copula's complement ("will be 10 million", "was about 40 percent").
    // Its noun: the nearest common word before the copula ("salary" in "Arrieta's salary at
    // Bayern will be").
    (first.saturating_sub(2)..first)
        .find(|&k| {
            matches!(
                tokens[k].lower.as_str(),
                "is" | "are" | "was" | "were" | "be"
            )
        })
        .and_then(|copula| {
            (copula.saturating_sub(5)..copula)
                .rev()
                .find(|&k| tokens[k].is_common())
        })
        // (A noun the passage describes by another, "The temple" as "The mud-brick structure",
        // is not missing.) Nor is it the passage figure's when the passage has it only past
        // the figure and a comma: "rose to 14.6 million, almost a quarter of the population"
        // measures the over-65s, not the population.
        .is_some_and(|k| missing(k) || only_past(cx.passage, p, &tokens[k]))
}

/// Whether every word of `a` that is `noun` stands past figure `p` and a comma after it.
fn only_past(a: &Analysis, p: &Quantity, noun: &Token) -> bool {
    let mut at = a
        .tokens
        .iter()
        .filter(|t| super::cover::same_word(t, noun))
        .peekable();
    at.peek().is_some() && at.all(|t| t.start >= p.end && a.text[p.end..t.start].contains(','))
}

/// Whether the claim names what caused its figure ("injured by the eruption", "killed in the
/// crash") with a common noun the passage lacks: then the passage's figure is another event's
/// ("killing at least 37 people and injuring more than 400" is an earthquake's).
fn cause_missing(cx: &Ctx<'_>, meter: &TopicMeter) -> bool {
    let tokens = &cx.claim.tokens;
    (2..tokens.len()).any(|i| {
        matches!(tokens[i - 2].lower.as_str(), "by" | "in" | "from" | "after")
            && matches!(tokens[i - 1].lower.as_str(), "the" | "a" | "an")
            && tokens[i].content
            && !tokens[i].capitalized
            && !tokens[i].number
            && meter.weight[i] > 0.0
            && !meter.covered[i]
            // The sentences around may name it: "More than 2,100 homes were destroyed" after
            // "The quake hit at 3:42 a.m.".
            && !cx.context_has(tokens[i].key())
    })
}

/// Whether the claim's figure is what somebody expected ("Analysts had expected it to open with
/// about $70 million") and the passage does not speak of expectations: its figures are what
/// happened ("earned $110 million"), another quantity.
fn expectation_missing(cx: &Ctx<'_>) -> bool {
    const EXPECTING: &[&str] = &["expect", "forecast", "predict", "anticipat", "estimat"];
    let expecting = |t: &Token| EXPECTING.iter().any(|e| t.lower.starts_with(e));
    cx.claim.tokens.iter().any(expecting) && !cx.passage.tokens.iter().any(expecting)
}

/// Whether two figures may count the same thing: the same noun, or one's noun among the words
/// after the other ("8,000 Ukrainians" and "16,000 Ukrainian civilians"), or its initials.
fn same_unit(a: &Quantity, b: &Quantity) -> bool {
    if a.is_measure() || b.is_measure() {
        return same_head(a, b);
    }
    match (&a.unit, &b.unit) {
        (Some(x), Some(y)) => {
            same_head(a, b)
                || b.unit_words.contains(x)
                || a.unit_words.contains(y)
                || abbreviates(x, &b.unit_words)
                || abbreviates(y, &a.unit_words)
        }
        _ => false,
    }
}

/// Whether two figures count the same noun: their units are one word or synonyms ("days" and
/// "day", "troops" and "soldiers").
fn same_head(a: &Quantity, b: &Quantity) -> bool {
    match (&a.unit, &b.unit) {
        (Some(x), Some(y)) => {
            x.trim_end_matches('s') == y.trim_end_matches('s') || lexicon().synonyms(x).contains(y)
        }
        _ => false,
    }
}

/// Whether a unit is the initials of the words after another figure: "SUVs" against "sport
/// utility vehicles".
fn abbreviates(unit: &str, words: &[String]) -> bool {
    let letters = unit.trim_end_matches('s');
    letters.len() >= 2
        && words.len() >= letters.len()
        && words
            .iter()
            .zip(letters.chars())
            .all(|(w, c)| w.starts_with(c))
}

/// Whether the word just before a passage figure ("killing at least 37") is an act the claim
/// names with a verb.
fn counted_by_claim_verb(cx: &Ctx<'_>, p: &Quantity) -> bool {
    let tokens = &cx.passage.tokens;
    let Some(mut k) = tokens.iter().rposition(|t| t.end <= p.start) else {
        return false;
    };
    // "aged 24 and 31": a coordinated figure has the first one's verb; "demanding a 15
    // percent raise", the verb before the article.
    loop {
        if k >= 2 && matches!(tokens[k].lower.as_str(), "and" | "or" | "to") && tokens[k - 1].number
        {
            k -= 2;
        } else if k >= 1 && matches!(tokens[k].lower.as_str(), "a" | "an" | "the") {
            k -= 1;
        } else {
            break;
        }
    }
    let verb = &cx.passage.tokens[k];
    verb.content
        && !verb.capitalized
        && cx
            .claim
            .tokens
            .iter()
            .enumerate()
            .any(|(i, t)| t.content && reads_as_verb(cx.claim, i) && same_act(t.key(), verb.key()))
}

/// Whether what the passage says of a figure's noun is a claim word: "11 others were missing"
/// for "Eleven people were still missing" (not "At least 23 people were killed").
fn predicated_by_claim_word(cx: &Ctx<'_>, p: &Quantity) -> bool {
    figure_predicate(cx.passage, p).is_some_and(|k| {
        let t = &cx.passage.tokens[k];
        t.content
            && !t.capitalized
            && cx
                .claim
                .tokens
                .iter()
                .any(|c| c.content && same_act(c.key(), t.key()))
    })
}

/// Where the word a clause says of a figure's noun stands: "missing" in "11 others were still
/// missing", past the noun phrase and the auxiliaries; none past a comma.
fn figure_predicate(a: &Analysis, p: &Quantity) -> Option<usize> {
    let tokens = &a.tokens;
    let mut k = tokens.partition_point(|t| t.start < p.end);
    // Past the figure's noun phrase, up to a participle after its head ("22 titles
    // competing": the run the unit was chosen from holds the predicate too).
    let mut past_head = false;
    while let Some(t) = tokens
        .get(k)
        .filter(|t| t.content && t.stems.iter().any(|s| p.unit_words.contains(s)))
    {
        if past_head && (t.lower.ends_with("ing") || t.lower.ends_with("ed")) {
            break;
        }
        past_head |= p.unit.as_ref().is_some_and(|u| t.stems.contains(u));
        k += 1;
    }
    // "14 helicopters, are battling": a comma closes the figure's phrase first.
    if tokens
        .get(k)
        .is_some_and(|t| k > 0 && a.text[tokens[k - 1].end..t.start].contains(','))
    {
        return None;
    }
    while tokens.get(k).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "were" | "was" | "are" | "is" | "been" | "being" | "have" | "has" | "had" | "still"
        )
    }) {
        k += 1;
    }
    (k < tokens.len()).then_some(k)
}

/// Whether a figure counts a part of a set named after it: "one of them", "two of the
/// eight" (not a fraction: "half of its revenue", "62 percent of the audience").
fn partitive(a: &Analysis, q: &Quantity) -> bool {
    let mut after = a.text[q.end..].split_whitespace();
    q.value >= 1.0
        && !q.is_measure()
        && after.next() == Some("of")
        && after.next().is_some_and(|w| {
            matches!(
                w,
                "the" | "them" | "those" | "these" | "its" | "their" | "our" | "us"
            )
        })
}

/// Whether a figure is the whole of a part before it: "169" in "52 of the 169 seats".
fn whole_of_part(a: &Analysis, p: &Quantity) -> bool {
    a.quantities.iter().any(|o| {
        o.end <= p.start && matches!(a.text[o.end..p.start].trim(), "of the" | "of" | "out of")
    })
}

/// Whether the word before a figure is a verb of an act, not of having or being: "won 9 seats",
/// not "has 196 seats".
fn acted_on(a: &Analysis, q: &Quantity) -> bool {
    let first = a.tokens.partition_point(|t| t.end <= q.start);
    first > 0
        && reads_as_verb(a, first - 1)
        && !matches!(
            a.tokens[first - 1].lower.as_str(),
            "has" | "have" | "had" | "is" | "are" | "was" | "were" | "be" | "been"
        )
}

/// Whether a word within three of a figure, either side, reads as a verb ("killed 37 people",
/// "more than 400 people were injured").
fn verb_near(a: &Analysis, q: &Quantity) -> bool {
    let first = a.tokens.partition_point(|t| t.end <= q.start);
    let last = a.tokens.partition_point(|t| t.start < q.end);
    (first.saturating_sub(3)..a.tokens.len().min(last + 4))
        .filter(|&k| k < first || k >= last)
        .any(|k| reads_as_verb(a, k))
}

/// "the bodies of seven people" counts the claim's "seven bodies": the claim's noun, then "of",
/// then the figure.
fn of_claim_noun(cx: &Ctx<'_>, q: &Quantity, p: &Quantity) -> bool {
    let tokens = &cx.passage.tokens;
    let Some(unit) = &q.unit else {
        return false;
    };
    let k = tokens.partition_point(|t| t.end <= p.start);
    k >= 2 && tokens[k - 1].lower == "of" && tokens[k - 2].stems.contains(unit)
}

/// The quantities of a text that count something: not years, nor the day of a date
/// ("January 1").
pub(super) fn counts(a: &Analysis) -> Vec<&Quantity> {
    a.quantities
        .iter()
        .filter(|q| !q.is_year && !a.dates.iter().any(|d| d.start <= q.start && q.end <= d.end))
        .filter(|q| !age_bound(a, q))
        // "two years ago" is a time, read as a date, not a span: not "more than five hours".
        .filter(|q| {
            !q.unit_words.iter().any(|w| w == "ago")
                && !a.text[q.end..]
                    .trim_start()
                    .get(..3)
                    .is_some_and(|w| w.eq_ignore_ascii_case("ago"))
        })
        .collect()
}

/// "children under five", "people over 65": a bare figure bounding the age of the people
/// named just before it counts nothing.
fn age_bound(a: &Analysis, q: &Quantity) -> bool {
    if q.unit.is_some() {
        return false;
    }
    let before: Vec<&str> = a.text[..q.start].split_whitespace().rev().take(2).collect();
    let (word, noun) = match (q.comparator, before.as_slice()) {
        (Comparator::MoreThan | Comparator::LessThan, [noun, ..]) => {
            (a.text[q.start..q.end].split_whitespace().next(), *noun)
        }
        (_, [word, noun]) => (Some(*word), *noun),
        _ => return false,
    };
    // (The stem and the lexicon only for a bound: this runs for every figure of every passage
    // judged.)
    word.is_some_and(|w| matches!(w.to_lowercase().as_str(), "under" | "over" | "aged")) && {
        let noun = crate::text::stem(&noun.to_lowercase());
        lexicon().is_person_noun(&noun) || lexicon().is_people_in_general(&noun)
    }
}

/// "All eight stolen pieces have been recovered" against "only two of the eight stolen pieces":
/// the claim's "all" makes its figure the part, which the passage gives as less than the whole.
/// Returns the passage's part and whole.
fn all_against_part<'a>(
    cx: &Ctx<'_>,
    q: &Quantity,
    passage_counts: &[&'a Quantity],
) -> Option<(&'a Quantity, &'a Quantity)> {
    let before = cx.claim.text[..q.start].trim_end().to_lowercase();
    if !["all", "all the", "all of the"]
        .iter()
        .any(|w| before == *w || before.ends_with(&format!(" {w}")))
    {
        return None;
    }
    passage_counts.iter().find_map(|whole| {
        let part = passage_counts.iter().find(|part| {
            part.end <= whole.start
                && matches!(
                    cx.passage.text[part.end..whole.start].trim(),
                    "of the" | "of"
                )
        })?;
        (whole.value == q.value && part.value < whole.value).then_some((*part, *whole))
    })
}

/// Compares the claim's quantities with the passage's. Returns (weight, covered weight, aligned
/// weight of contradicted numbers).
pub(super) fn compare_numbers(
    cx: &Ctx<'_>,
    findings: &mut Vec<Finding>,
    meter: &TopicMeter,
) -> (f32, f32, f32) {
    let (mut total, mut covered, mut contradicted) = (0.0, 0.0, 0.0);
    let passage_counts = counts(cx.passage);
    for q in counts(cx.claim) {
        total += 1.5;
        if let Some((part, whole)) = all_against_part(cx, q, &passage_counts) {
            contradicted += 1.5;
            findings.push(cx.contrast(
                FindingKind::NumberMismatch,
                (q.start, q.end),
                (part.start, whole.end),
                " (a part of the whole)",
            ));
            continue;
        }
        let mut candidates: Vec<&Quantity> = passage_counts
            .iter()
            .copied()
            .filter(|p| same_unit(q, p) || q.in_unit_of(p).is_some() || of_claim_noun(cx, q, p))
            .collect();
        // "16,000 Ukrainian civilians" against "8,000 Ukrainians ..., including 1,600
        // civilians": a figure counting the claim's own noun is its figure, before one that
        // shares a word of the phrase around it.
        if candidates.iter().any(|p| same_head(q, p)) {
            candidates.retain(|p| same_head(q, p) || q.in_unit_of(p).is_some());
        }
        // "taking 52 of the 169 seats": the whole a part is taken from is no figure of an act
        // ("The Centre Party won 9 seats"), only of what there is ("has 196 seats").
        if acted_on(cx.claim, q) {
            candidates.retain(|p| !whole_of_part(cx.passage, p));
        }
        // A bare figure ("by 121 votes to 98") may be any bare figure of the passage, not one
        // that counts something ("2 percent"), unless the claim names what it counts just
        // before it ("goods worth about C$12 billion" against "C$12 billion worth of goods").
        let mut candidates = if candidates.is_empty() && q.unit.is_none() {
            passage_counts
                .iter()
                .copied()
                .filter(|p| {
                    p.unit.as_ref().is_none_or(|u| {
                        noun_before(cx.claim, q).is_some_and(|t| t.stems.contains(u))
                    })
                })
                .collect()
        } else {
            candidates
        };
        // "eased to 4.6 percent from 4.8 percent": a figure the claim gives as where something
        // went (or came from) is compared with the passage's figure of that end, when it has one.
        if let Some(end) = direction(&cx.claim.text, q) {
            if candidates
                .iter()
                .any(|p| direction(&cx.passage.text, p) == Some(end))
            {
                candidates.retain(|p| direction(&cx.passage.text, p) == Some(end));
            }
        } else if cx.claim_dates.is_empty()
            && !cx.claim.relative_dates
            && !cx.claim.quantities.iter().any(|c| c.is_year)
            // "Before the new line, the journey took about 2 hours 20 minutes": a time of the
            // claim's own, before the change.
            && !cx.claim.tokens.first().is_some_and(|t| {
                matches!(t.lower.as_str(), "before" | "previously" | "formerly" | "until")
            })
            && !cx.claim.tokens.iter().any(|t| {
                // A decade ("in the 1980s").
                t.lower.len() == 5
                    && t.lower.ends_with('s')
                    && t.lower[..4].bytes().all(|b| b.is_ascii_digit())
            })
            // (Unless the change is still to come: "will rise to 14.60 euros, up from 12.82
            // euros" leaves 12.82 the present figure.)
            && !cx
                .passage
                .tokens
                .iter()
                .any(|t| matches!(t.lower.as_str(), "will" | "would" | "shall"))
            && candidates
                .iter()
                .any(|p| direction(&cx.passage.text, p) != Some("from"))
        {
            // "now makes up less than a third ..., down from about 60 percent in the 1980s":
            // a claim figure with no end of a change and no time of its own is the present
            // one, not where the change came from.
            candidates.retain(|p| direction(&cx.passage.text, p) != Some("from"));
        }
        // "killing at least 37 people and injuring more than 400": a figure belongs to the verb
        // before it. When some figure's verb is one of the claim's, only those figures are the
        // claim's, a bare one included ("more than 400 people were injured").
        let bound: Vec<&Quantity> = passage_counts
            .iter()
            .copied()
            .filter(|p| {
                // "and 11 others were missing": "others" counts what the figure before did.
                let others = p.unit.as_deref() == Some("other");
                // "Thirty films competed" against "22 titles competing": what the claim's
                // verb says of a figure's noun makes it the claim's, whatever the noun.
                let subjects =
                    q.unit.is_some() && !p.is_measure() && !q.is_measure() && candidates.is_empty();
                // "offered one of them 20,000 euros": a part of a set counts the set's
                // members, not what a claim figure with a unit of its own counts.
                let bare = p.unit.is_none()
                    && (q.unit.is_none() || candidates.is_empty() || !partitive(cx.passage, p));
                let listed = bare || others || candidates.iter().any(|c| std::ptr::eq(*c, *p));
                (listed && counted_by_claim_verb(cx, p))
                    || ((listed || subjects) && predicated_by_claim_word(cx, p))
            })
            .collect();
        // Only for a claim figure with a verb of its own: "had won the title in each of the
        // past two years" is not counted by "win", which counts "three in a row".
        if !bound.is_empty() && verb_near(cx.claim, q) {
            // The start of a bound change is bound too: "dropped to 271,400 pounds, down from
            // 276,300 pounds a year ago".
            let starts: Vec<&Quantity> = passage_counts
                .iter()
                .copied()
                .filter(|p| {
                    direction(&cx.passage.text, p) == Some("from")
                        && bound.iter().any(|b| {
                            b.end <= p.start
                                && p.start - b.end < 40
                                && !cx.passage.text[b.end..p.start].contains([';', '.'])
                        })
                })
                .collect();
            candidates = bound;
            candidates.extend(starts);
        }
        // The same figure restated: bare ("reached 214 cases" against "37 new cases ...,
        // bringing the total to 214") or counting a kind of the claim's people ("saved 19
        // people" against "pulled 19 survivors").
        let restated = || {
            passage_counts.iter().any(|p| {
                p.value == q.value
                    && (p.unit.is_none()
                        || matches!((&q.unit, &p.unit),
                            (Some(a), Some(b)) if lexicon().counts_people(a, b)))
            })
        };
        if candidates.is_empty() {
            if restated() {
                covered += 1.5;
                continue;
            }
            // "300 employees" against "300 people": a kind of people against people in general
            // may confirm the count, but a different figure may count other people, so it never
            // contradicts.
            let people = |p: &&Quantity| match (&q.unit, &p.unit) {
                (Some(a), Some(b)) => lexicon().counts_people(a, b),
                _ => false,
            };
            if cx
                .passage
                .quantities
                .iter()
                .filter(|p| !p.is_year)
                .filter(people)
                .any(|p| !q.contradicts(p))
            {
                covered += 1.5;
            }
            continue;
        }
        let contradicts = |p: &Quantity| match q.in_unit_of(p) {
            Some(converted) => converted.contradicts(p),
            None => q.contradicts(p),
        };
        // A figure contradicts only a figure about the same thing: "the trial lasted six
        // weeks" is not about patients who "took the drug for more than 90 days".
        let in_quantity = |i: usize| {
            let t = &cx.claim.tokens[i];
            t.start >= q.start && t.end <= q.end
        };
        if candidates.iter().any(|p| !contradicts(p)) || restated() {
            covered += 1.5;
            if let Some(f) = other_material(cx, q, &candidates, meter) {
                findings.push(f);
            }
            if let Some(finding) = candidates
                .iter()
                .filter(|p| !contradicts(p))
                .find_map(|p| opposite_governors(cx, q, p))
            {
                if !findings
                    .iter()
                    .any(|f| f.kind == FindingKind::Antonym && f.claim_span == finding.claim_span)
                {
                    findings.push(finding);
                }
            }
        } else if let Some(p) = candidates
            .iter()
            // (Of the figures that may be the claim's, the first that measures what it does:
            // "by about 280,000, and the population shrank ... to 58.9 million".)
            .find(|p| {
                (!counts_other_things(cx, q, p) || predicated_by_claim_word(cx, p))
                    && same_kind(cx, q, p)
                    && !measured_missing(cx, q, p, meter)
            })
            // What does not depend on the passage's figure, once.
            .filter(|_| {
                meter.without_in_context(in_quantity) > NUMBER_TOPIC
                    && !subject_missing(cx, meter)
                    && !cause_missing(cx, meter)
                    && !expectation_missing(cx)
            })
        {
            contradicted += 1.5;
            findings.push(cx.contrast(
                FindingKind::NumberMismatch,
                (q.start, q.end),
                (p.start, p.end),
                "",
            ));
        }
    }
    // Years are covered like words.
    for q in cx.claim.quantities.iter().filter(|q| q.is_year) {
        total += 1.0;
        if cx
            .passage
            .quantities
            .iter()
            .any(|p| p.is_year && p.value == q.value)
            || cx.in_date_passage_gives(q.start, q.end)
        {
            covered += 1.0;
        }
    }
    (total, covered, contradicted)
}

/// The nouns a figure measures: the noun run after it and, after "of", "on" or "for", the
/// run that completes it ("tariff", "steel" in "a 25 percent tariff on steel imported from
/// ..."), not adjuncts ("800 flights on Thursday as pilots walked out"). Its unit is compared
/// on its own; names say whose or which, not what.
fn figure_nouns<'a>(a: &'a Analysis, q: &'a Quantity) -> impl Iterator<Item = &'a Token> {
    let tokens = &a.tokens;
    let first = tokens.partition_point(|t| t.start < q.end);
    let noun = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            t.content && !t.number && !t.lower.ends_with("ed") && !t.lower.ends_with("ing")
        })
    };
    let mut last = first;
    while noun(last) {
        last += 1;
    }
    if last > first
        && tokens
            .get(last)
            .is_some_and(|t| matches!(t.lower.as_str(), "of" | "on" | "for"))
    {
        let from = last + 1;
        let mut to = from;
        while noun(to) {
            to += 1;
        }
        if to > from {
            last = to;
        }
    }
    tokens[first..last]
        .iter()
        .filter(move |t| !t.capitalized && !t.stems.iter().any(|s| q.unit_words.contains(s)))
}

/// The content word just before a figure and its qualifier, past one preposition ("children
/// under 10", "the total to 214").
fn noun_before<'a>(a: &'a Analysis, q: &Quantity) -> Option<&'a Token> {
    let k = a.tokens.iter().rposition(|t| t.end <= q.start)?;
    // Past a preposition or a currency letter ("worth about C$12 billion").
    let i = (k.saturating_sub(2)..=k)
        .rev()
        .find(|&i| a.tokens[i].content && a.tokens[i].lower.len() > 1)?;
    let t = &a.tokens[i];
    // A verb ("will pay $42 billion") or a name ("Crestline Bank for $4.2 billion") says
    // nothing of what the figure counts.
    (!t.number
        && !t.capitalized
        && !t.lower.ends_with("ed")
        && !t.lower.ends_with("ing")
        && !reads_as_verb(a, i))
    .then_some(t)
}

/// "a 10 percent duty on Canadian aluminum" against "a 25 percent tariff on steel": figures of
/// the same unit about different things, each measuring a noun the other lacks (the passage's
/// one absent from the whole claim).
fn counts_other_things(cx: &Ctx<'_>, q: &Quantity, p: &Quantity) -> bool {
    // Bare figures say what they count by the noun before them: "children under 10" is no
    // "outbreak to 214".
    if q.unit.is_none() && p.unit.is_none() {
        if let (Some(c), Some(t)) = (noun_before(cx.claim, q), noun_before(cx.passage, p)) {
            // ("The attendance on the final day was 32,500" counts the passage's "attendance
            // of 23,500": the claim names it before its figure, if not next to it.)
            let before: Vec<&Token> = cx
                .claim
                .tokens
                .iter()
                .take_while(|x| x.end <= q.start)
                .collect();
            let complement = before
                .last()
                .is_some_and(|x| matches!(x.lower.as_str(), "is" | "are" | "was" | "were"));
            let named_before = complement && before.iter().any(|x| x.content && same_word(x, t));
            // ("the population shrank for the 11th year in a row to 58.9 million": the claim's
            // noun is what the passage's clause changes, whatever the noun right before.)
            let clause_start = cx.passage.text[..p.start].rfind([',', ';']).unwrap_or(0);
            let in_clause = cx
                .passage
                .tokens
                .iter()
                .filter(|x| x.start >= clause_start && x.end <= p.start)
                .any(|x| same_word(x, c));
            if !same_word(c, t) && !named_before && !in_clause {
                return true;
            }
        }
    }
    if antecedent_elsewhere(cx, p) {
        return true;
    }
    // "Seventeen people have been hospitalized" against "four people were killed": each
    // clause says another thing of its figure ("destroyed or badly damaged" says two).
    let (ours, theirs) = (figure_acts(cx.claim, q), figure_acts(cx.passage, p));
    if !ours.is_empty()
        && !theirs.is_empty()
        && !theirs
            .iter()
            .any(|t| cx.in_claim(t) || ours.iter().any(|c| same_act(c.key(), t.key())))
    {
        return true;
    }
    // "One of the expelled diplomats" is a part, not "18 Russian diplomats".
    if partitive(cx.claim, q) && !partitive(cx.passage, p) {
        return true;
    }
    // "two Chinese diplomats" against "18 Russian diplomats": the names right after the
    // figures say whose, and they differ.
    let (ours, theirs) = (figure_names(cx.claim, q), figure_names(cx.passage, p));
    if !ours.is_empty()
        && !theirs.is_empty()
        && !ours.iter().any(|c| theirs.iter().any(|t| same_word(c, t)))
    {
        return true;
    }
    let theirs: Vec<&Token> = figure_nouns(cx.passage, p).collect();
    let claim_only = figure_nouns(cx.claim, q).any(|c| !theirs.iter().any(|t| same_word(c, t)));
    let passage_only = theirs.iter().any(|t| !cx.in_claim(t));
    claim_only && passage_only
}

/// The participles a clause says of a figure's noun, coordinated: "destroyed", "damaged" in
/// "2,100 homes were destroyed or badly damaged".
fn figure_acts<'a>(a: &'a Analysis, q: &Quantity) -> Vec<&'a Token> {
    let participle = |t: &Token| {
        t.content
            && !t.capitalized
            && (t.lower.ends_with("ed") || crate::text::tokens::is_irregular_form(&t.lower))
    };
    let Some(k) = figure_predicate(a, q).filter(|&k| participle(&a.tokens[k])) else {
        return Vec::new();
    };
    a.tokens[k..]
        .iter()
        .take_while(|t| {
            participle(t) || matches!(t.lower.as_str(), "or" | "and") || t.lower.ends_with("ly")
        })
        .filter(|t| participle(t))
        .collect()
}

/// The names right after a figure: "Russian" in "18 Russian diplomats".
fn figure_names<'a>(a: &'a Analysis, q: &Quantity) -> Vec<&'a Token> {
    let first = a.tokens.partition_point(|t| t.start < q.end);
    a.tokens[first..]
        .iter()
        .take_while(|t| t.capitalized && !t.number)
        .collect()
}

/// "41,000 tons of corn" against "41,000 tons of wheat": the claim's very figure, of another
/// material. The claim's noun must be nowhere in the passage, the passage's absent from the
/// claim, and the rest of the claim the passage's.
fn other_material(
    cx: &Ctx<'_>,
    q: &Quantity,
    candidates: &[&Quantity],
    meter: &TopicMeter,
) -> Option<Finding> {
    let ours: Vec<usize> = material(cx.claim, q)
        .into_iter()
        .filter(|&i| meter.weight[i] > 0.0 && !meter.covered[i] && !meter.in_context[i])
        .collect();
    let (&first, &last) = (ours.first()?, ours.last()?);
    if meter.without(|i| ours.contains(&i)) < super::SLOT_TOPIC {
        return None;
    }
    let p = candidates
        .iter()
        .find(|p| p.value == q.value && p.unit.is_some() && p.unit == q.unit)?;
    let theirs: Vec<usize> = material(cx.passage, p)
        .into_iter()
        .filter(|&k| !cx.in_claim(&cx.passage.tokens[k]))
        .collect();
    let (a, b) = (theirs.first()?, theirs.last()?);
    let (claim, passage) = (&cx.claim.tokens, &cx.passage.tokens);
    Some(cx.contrast(
        FindingKind::EntityMismatch,
        (claim[first].start, claim[last].end),
        (passage[*a].start, passage[*b].end),
        " (the same amount of another thing)",
    ))
}

/// The common nouns after "of" that a measured figure is of: "wheat" in "41,000 tons of wheat
/// from Ukraine".
fn material(a: &Analysis, q: &Quantity) -> Vec<usize> {
    let tokens = &a.tokens;
    // (The figure's span ends at its number; its unit's words follow.)
    let k = tokens.partition_point(|t| t.start < q.end) + q.unit_words.len();
    if tokens.get(k).is_none_or(|t| t.lower != "of") {
        return Vec::new();
    }
    (k + 1..tokens.len())
        .take_while(|&j| tokens[j].is_common())
        .take(3)
        .collect()
}

/// Whether a passage figure sits in a relative clause about a noun the claim lacks: "cheaper
/// fuel, which cost 8.4 percent less" measures fuel, not the claim's "food price growth" the
/// same sentence goes on to name.
fn antecedent_elsewhere(cx: &Ctx<'_>, p: &Quantity) -> bool {
    let tokens = &cx.passage.tokens;
    let k = tokens.partition_point(|t| t.end <= p.start);
    // The antecedent's noun phrase, "of" phrases included: "the salt flats of the Puna
    // plateau, which hold about a fifth" is about the claim's "salt flats".
    let phrase_in_claim = |end: usize| {
        let mut j = end;
        loop {
            let t = &tokens[j];
            if t.content && cx.in_claim(t) {
                return true;
            }
            let joins = t.content || matches!(t.lower.as_str(), "of" | "the" | "a" | "an");
            if !joins || j == 0 || end - j >= 6 {
                return false;
            }
            j -= 1;
        }
    };
    (k.saturating_sub(4)..k).rev().any(|r| {
        r >= 1
            && matches!(tokens[r].lower.as_str(), "which" | "that" | "who")
            && cx.passage.text[tokens[r - 1].end..tokens[r].start].contains(',')
            && tokens[r - 1].content
            && !tokens[r - 1].number
            && !phrase_in_claim(r - 1)
    })
}

/// The words a figure is the amount of: the verb just before it ("fell 42 percent", "rose by
/// 6 percent") and the noun just after its unit ("a 9 percent increase").
fn governors(a: &Analysis, q: &Quantity) -> Vec<usize> {
    let tokens = &a.tokens;
    let first = tokens.partition_point(|t| t.end <= q.start);
    let last = tokens.partition_point(|t| t.start < q.end);
    let mut out = Vec::new();
    let mut k = first;
    while k > 0 && matches!(tokens[k - 1].lower.as_str(), "by" | "a" | "an") {
        k -= 1;
    }
    // (A verb: "young 10-24 year olds" is no change, nor is "aged 10-24" one.)
    if k > 0
        && tokens[k - 1].content
        && !tokens[k - 1].capitalized
        && reads_as_verb(a, k - 1)
        && tokens[k - 1].lower != "aged"
    {
        out.push(k - 1);
    }
    let unit_end = (last..tokens.len().min(last + 3))
        .take_while(|&i| {
            tokens[i].content
                && !a.text[tokens[i - 1].end..tokens[i].start].contains([',', ';'])
                && tokens[i].stems.iter().any(|s| q.unit_words.contains(s))
        })
        .collect::<Vec<_>>();
    out.extend(
        unit_end
            .into_iter()
            .filter(|&i| q.unit.as_ref().is_none_or(|u| !tokens[i].stems.contains(u))),
    );
    out
}

/// "rose 42 percent" against "fell 42 percent", "a 9 percent decrease" against "a 9 percent
/// increase": the same figure as the amount of opposite changes. (The claim's word may be
/// covered elsewhere in the passage: "..., while Mato Grosso recorded a 9 percent increase".)
fn opposite_governors(cx: &Ctx<'_>, q: &Quantity, p: &Quantity) -> Option<Finding> {
    let theirs = governors(cx.passage, p);
    governors(cx.claim, q).into_iter().find_map(|c| {
        let k = theirs
            .iter()
            .copied()
            .find(|&k| lexicon().opposes(opposable(cx.claim, c), opposable(cx.passage, k)))?;
        let (ct, pt) = (&cx.claim.tokens[c], &cx.passage.tokens[k]);
        Some(cx.contrast(
            FindingKind::Antonym,
            (ct.start, ct.end),
            (pt.start, pt.end),
            "",
        ))
    })
}
