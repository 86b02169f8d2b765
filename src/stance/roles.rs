//! Who does what to whom, and who is what: swapped agent and recipient, reversed comparisons,
//! another identity, role, role owner or affiliation, and another argument of the same act.

use crate::analysis::{Analysis, Entity, Token};
use crate::lexicon::lexicon;

use super::cover::{chars, entity_span, same_word, Ctx};
use super::grammar;
use super::polarity::negated_at;
use super::{Finding, FindingKind, TopicMeter, SLOT_TOPIC};

const PASSIVE_BY: &str = "by";

pub(super) fn next_content(a: &Analysis, k: usize) -> String {
    a.tokens[k + 1..]
        .iter()
        .find(|t| t.content)
        .map(|t| a.text[a.tokens[k].start..t.end].to_string())
        .unwrap_or_default()
}

/// The nearest entity before `i` in the same clause and the first after it (skipping a passive
/// "by"), as canonical keys.
fn arguments(a: &Analysis, i: usize) -> (Option<String>, Option<String>, bool) {
    let (before, after, passive) = argument_entities(a, i);
    (
        before.map(|e| e.key.clone()),
        after.map(|e| e.key.clone()),
        passive,
    )
}

/// The named entities just before and after token `i` (within six tokens), taken as its
/// arguments, and whether `i` reads as a passive verb.
fn argument_entities(a: &Analysis, i: usize) -> (Option<&Entity>, Option<&Entity>, bool) {
    // "The central Mediterranean is the world's deadliest route; the IOM has recorded ...": a
    // name past a semicolon or colon belongs to another clause.
    let apart = |from: usize, to: usize| {
        from < to && a.text[a.tokens[from].end..a.tokens[to].start].contains([';', ':'])
    };
    let before = a
        .entities
        .iter()
        .rev()
        .find(|e| e.to <= i && i - e.to <= 6)
        .filter(|e| !apart(e.to.saturating_sub(1), i));
    let after = a
        .entities
        .iter()
        .find(|e| e.from > i && e.from - i <= 6)
        .filter(|e| !apart(i, e.from));
    let passive = a.tokens.get(i + 1).is_some_and(|t| t.lower == PASSIVE_BY)
        || (i > 0
            && matches!(
                a.tokens[i - 1].lower.as_str(),
                "was" | "were" | "been" | "being" | "is" | "are"
            )
            && a.tokens[i].lower.ends_with("ed"))
        || reduced_relative(a, i);
    (before, after, passive)
}

/// Whether the argument after token `i` is introduced by a preposition of place ("stars in
/// Paper Saints"; not "on", which also takes what a tariff or a sanction falls on); `None`
/// when no name follows near enough to tell.
fn placed_after(a: &Analysis, i: usize) -> Option<bool> {
    let (_, after, _) = argument_entities(a, i);
    // (Not a possessive: "to fight in North Korea's war" is in a war, whose party it names.)
    after.map(|e| {
        e.from > 0
            && matches!(a.tokens[e.from - 1].lower.as_str(), "in" | "at" | "into")
            && !crate::text::opens_possessive(&a.text[entity_span(a, e).1..])
    })
}

/// A participle set off after its noun and read on by a preposition ("\"Winter Light,\"
/// recorded in a single day in Copenhagen"): a passive with its "which was" left out. Not
/// the next verb of a list ("sent troops, supplied missiles").
fn reduced_relative(a: &Analysis, i: usize) -> bool {
    const PREPOSITIONS: &[&str] = &["in", "at", "on", "during", "over", "from", "with", "for"];
    i > 0
        && a.tokens[i].lower.ends_with("ed")
        && a.text[a.tokens[i - 1].end..a.tokens[i].start].contains(',')
        && a.tokens
            .get(i + 1)
            .is_some_and(|t| PREPOSITIONS.contains(&t.lower.as_str()))
}

/// Names further off than the six-token window of [`argument_entities`] that may be the
/// recipient of token `i`: those after "to" or "for" within sixteen tokens ("Russia has provided
/// equipment and anti-air missiles to shore up the air defense for Pyongyang").
fn later_recipients(a: &Analysis, i: usize) -> impl Iterator<Item = &Entity> {
    a.entities.iter().filter(move |e| {
        e.from > i
            && e.from - i <= 16
            && matches!(a.tokens[e.from - 1].lower.as_str(), "to" | "for")
    })
}

/// The first of [`later_recipients`] within the clause.
fn distant_recipient(a: &Analysis, i: usize) -> Option<&Entity> {
    later_recipients(a, i).find(|e| {
        !a.text[a.tokens[i].end..a.tokens[e.from].start]
            .contains([';', ':', '\u{201c}', '\u{201d}', '"'])
    })
}

/// "North Korea supplied Russia" against "Russia supplied North Korea": the same act between the
/// same parties, the other way round. Only for a claim the passage otherwise covers (`covered`:
/// "Canada will tax U.S. steel" is not swapped by "Washington taxed Canadian aluminum"), and
/// not when the passage also has the act the claim's way (a retaliation names both).
pub(super) fn role_swap(cx: &Ctx<'_>, findings: &mut Vec<Finding>, covered: bool) {
    if !covered {
        return;
    }
    // The best-matching mention of the act each way: (claim words near it, finding).
    let mut swap: Option<(usize, Finding)> = None;
    let mut agreeing: Option<usize> = None;
    // A share ("10 percent") is no act, though "11,000 troops" are sent.
    let unit = |a: &Analysis, i: usize| {
        i > 0
            && a.tokens[i - 1].number
            && matches!(a.tokens[i].lower.as_str(), "percent" | "percentage" | "pct")
    };
    for (ci, ct) in cx.claim.tokens.iter().enumerate() {
        // A role is no act: "X is the president of FIDE" is "FIDE president X".
        let role_of = crate::lexicon::lexicon().is_person_noun(ct.key())
            && ci > 0
            && matches!(cx.claim.tokens[ci - 1].lower.as_str(), "the" | "a" | "an")
            && cx.claim.tokens.get(ci + 1).is_some_and(|n| n.lower == "of");
        if !ct.content || ct.capitalized || ct.number || unit(cx.claim, ci) || role_of {
            continue;
        }
        let (cb, ca, cpass) = arguments(cx.claim, ci);
        let (Some(cb), Some(ca)) = (cb, ca) else {
            continue;
        };
        if cb == ca {
            continue;
        }
        let c_placed = placed_after(cx.claim, ci);
        let stem = ct.key();
        for (pi, pt) in cx.passage.tokens.iter().enumerate() {
            let converse = ranking(stem, cx.passage, pi);
            if converse.is_none()
                && (!pt.content
                    || pt.capitalized
                    || unit(cx.passage, pi)
                    || !same_act(stem, pt.key()))
            {
                continue;
            }
            // "Coleman stars in Paper Saints" against "\"Paper Saints,\" starring Coleman":
            // a place-like argument ("in", "at") and a direct one are two frames of
            // the verb, not its roles reversed.
            if placed_after(cx.passage, pi).is_some_and(|p| Some(p) != c_placed) {
                continue;
            }
            let (pb, pa, ppass) = arguments(cx.passage, pi);
            // (A converse reads its parties the other way, as a passive does.)
            let ppass = ppass != (converse == Some(true));
            // The recipient can stand further off than the six-token window ("Russia has
            // provided equipment and anti-air missiles to shore up the air defense for
            // Pyongyang"): the claim's agent after "to" or "for" in the same clause.
            let pa = pa.or_else(|| {
                later_recipients(cx.passage, pi)
                    .find(|e| e.key == cb)
                    .map(|e| e.key.clone())
            });
            let (Some(pb), Some(pa)) = (pb, pa) else {
                continue;
            };
            let swapped = same_party(&pb, &ca) && same_party(&pa, &cb);
            let same = same_party(&pb, &cb) && same_party(&pa, &ca);
            let overlap = claim_words_near(cx, pi);
            if (same && cpass == ppass) || (swapped && cpass != ppass) {
                agreeing = agreeing.max(Some(overlap));
            } else if swapped != (cpass != ppass)
                && (swapped || (cpass != ppass && same))
                && swap.as_ref().is_none_or(|(o, _)| overlap > *o)
            {
                let finding = Finding {
                    kind: FindingKind::RoleSwap,
                    claim_span: Some(chars(&cx.claim.text, (ct.start, ct.end))),
                    passage_span: Some(chars(&cx.passage.text, (pt.start, pt.end))),
                    detail: if converse == Some(true) {
                        format!("claim: {cb} -> {ca}; passage: {pa} -> {pb}")
                    } else {
                        format!("claim: {cb} -> {ca}; passage: {pb} -> {pa}")
                    },
                    contradicts: true,
                };
                swap = Some((overlap, finding));
            }
        }
    }
    // Of two mentions of the act, the one closer to the claim's words decides.
    if let Some((overlap, finding)) = swap {
        if agreeing.is_none_or(|a| overlap > a) {
            findings.push(finding);
        }
    }
}

/// Whether two names (as keys) are one party: the same, or a full name with its owner before
/// it ("Ethiopia's Hirut Mekonnen" is Hirut Mekonnen; "North Korea" is not "Korea").
fn same_party(a: &str, b: &str) -> bool {
    let owned = |long: &str, short: &str| {
        long.strip_suffix(short)
            .is_some_and(|owner| owner.ends_with(' '))
    };
    a == b || b.contains(' ') && owned(a, b) || a.contains(' ') && owned(b, a)
}

/// Whether a stem is a verb of beating someone ("beat", "defeated", "edged").
pub(super) fn beating(stem: &str) -> bool {
    const BEATING: &[&str] = &[
        "beat", "defeat", "outrun", "outpac", "edg", "overcam", "overcom",
    ];
    BEATING.contains(&stem)
}

/// Whether passage token `i` tells who beat whom, for a claim's verb of beating (`stem`): a
/// standing ("finished behind Mekonnen") or a loss ("lost to Gukesh") names the winner after
/// it, the converse of "Mekonnen beat Sawe" (`Some(true)`); "finished ahead of" names the one
/// beaten, as "beat" does (`Some(false)`).
pub(super) fn ranking(stem: &str, a: &Analysis, i: usize) -> Option<bool> {
    const STANDING: &[&str] = &["finished", "finishes", "came", "comes", "placed", "ended"];
    if !beating(stem) || i == 0 {
        return None;
    }
    let (before, word, next) = (
        &a.tokens[i - 1].lower,
        &a.tokens[i].lower,
        a.tokens.get(i + 1).map(|t| t.lower.as_str()),
    );
    match (word.as_str(), next) {
        ("behind", _) if STANDING.contains(&before.as_str()) => Some(true),
        ("ahead", Some("of")) if STANDING.contains(&before.as_str()) => Some(false),
        ("lost" | "loses" | "losing" | "lose", Some("to")) => Some(true),
        _ => None,
    }
}

/// How many of the claim's (common) words the passage has within five words of token `i`.
fn claim_words_near(cx: &Ctx<'_>, i: usize) -> usize {
    let a = cx.passage;
    a.tokens[i.saturating_sub(5)..a.tokens.len().min(i + 6)]
        .iter()
        .filter(|t| t.content && !t.capitalized && cx.in_claim(t))
        .count()
}

/// "Births outnumbered deaths" against "Deaths outnumbered births": a verb that ranks one thing
/// over another, with the two the other way round (any two nouns, not only names).
pub(super) fn ranked_the_other_way(cx: &Ctx<'_>, findings: &mut Vec<Finding>) {
    const RANKING: &[&str] = &[
        "outnumb",
        "outweigh",
        "outpac",
        "outsel",
        "outperform",
        "exceed",
        "surpass",
        "overtak",
        "overtook",
    ];
    // The nouns on either side of a ranking verb at `i`, past articles.
    fn sides(a: &Analysis, i: usize) -> Option<(&Token, &Token)> {
        let before = a.tokens[..i].iter().rev().find(|t| t.content)?;
        let after = a.tokens[i + 1..].iter().find(|t| t.content && !t.number)?;
        let apart = |x: &Token, y: &Token| a.text[x.end..y.start].contains([',', ';']);
        (!apart(before, &a.tokens[i]) && !apart(&a.tokens[i], after)).then_some((before, after))
    }
    let ranks = |t: &Token| RANKING.iter().any(|r| t.key().starts_with(r));
    for (ci, ct) in cx.claim.tokens.iter().enumerate() {
        if !ranks(ct) {
            continue;
        }
        let Some((cb, ca)) = sides(cx.claim, ci) else {
            continue;
        };
        let swapped = cx.passage.tokens.iter().enumerate().find(|(pi, pt)| {
            same_act(ct.key(), pt.key())
                && sides(cx.passage, *pi).is_some_and(|(pb, pa)| {
                    same_word(pb, ca) && same_word(pa, cb) && !same_word(cb, ca)
                })
        });
        if let Some((_, pt)) = swapped {
            findings.push(Finding {
                kind: FindingKind::RoleSwap,
                claim_span: Some(chars(&cx.claim.text, (ct.start, ct.end))),
                passage_span: Some(chars(&cx.passage.text, (pt.start, pt.end))),
                detail: format!(
                    "claim: {} {} {}; passage: {} {} {}",
                    cb.lower, ct.lower, ca.lower, ca.lower, pt.lower, cb.lower
                ),
                contradicts: true,
            });
            return;
        }
    }
}

/// "sold more vehicles than a year earlier" against "sold 152,000 vehicles, 9 percent fewer
/// than a year earlier", "more likely" against "less likely": the same comparison, with the
/// same baseline or of the same word, the other way. Only "more" against "fewer" or "less"
/// (content comparatives such as "higher" are antonyms already), and not the qualifiers of a
/// figure ("more than 70").
pub(super) fn comparison_direction(cx: &Ctx<'_>, findings: &mut Vec<Finding>) {
    // (token index, "more" or "less" when said so, stems of the word compared or of the
    // baseline after "than")
    fn comparisons(a: &Analysis) -> Vec<(usize, Option<bool>, Vec<String>)> {
        let mut out = Vec::new();
        for (i, t) in a.tokens.iter().enumerate() {
            let more = match t.lower.as_str() {
                "more" => Some(true),
                "fewer" | "less" => Some(false),
                // "higher than that of the Netherlands": a comparative compared by its opposite.
                w if w.len() > 4 && w.ends_with("er") && t.content && !t.capitalized => None,
                _ => continue,
            };
            // "more likely", "less common": the word compared.
            // ("likely" is no content word, being a hedge, but it is what is compared.)
            if let Some(head) = a
                .tokens
                .get(i + 1)
                .filter(|x| !x.capitalized && !x.number && !crate::text::is_stop_word(&x.lower))
                .filter(|_| more.is_some())
            {
                out.push((i, more, vec![head.key().to_string()]));
            }
            let Some(than) =
                (i + 1..a.tokens.len().min(i + 10)).find(|&k| a.tokens[k].lower == "than")
            else {
                continue;
            };
            // "more than 70": a figure's qualifier.
            if than == i + 1 && a.tokens.get(than + 1).is_some_and(|x| x.number) {
                continue;
            }
            // The baseline's words: "than any other European country" and "than any other
            // country in Europe" share "country".
            let base: Vec<String> = a.tokens[than + 1..]
                .iter()
                .take(4)
                .filter(|x| x.content)
                .map(|x| x.key().to_string())
                .collect();
            if !base.is_empty() {
                out.push((i, more, base));
            }
        }
        out
    }
    let passage = comparisons(cx.passage);
    for (ci, more, base) in comparisons(cx.claim) {
        let against = |pi: usize, m: Option<bool>| match (more, m) {
            (Some(a), Some(b)) => a != b,
            (None, None) => lexicon().opposes(
                grammar::opposable(cx.claim, ci),
                grammar::opposable(cx.passage, pi),
            ),
            _ => false,
        };
        if let Some((pi, _, _)) = passage
            .iter()
            .find(|(pi, m, b)| against(*pi, *m) && b.iter().any(|w| base.contains(w)))
        {
            let (c, p) = (&cx.claim.tokens[ci], &cx.passage.tokens[*pi]);
            findings.push(cx.contrast(
                FindingKind::Antonym,
                (c.start, c.end),
                (p.start, p.end),
                " of the same thing",
            ));
            return;
        }
    }
}

/// Whether the passage names `agent` (a claim name), and only after its token `pi`.
fn named_only_after(cx: &Ctx<'_>, agent: &Entity, pi: usize) -> bool {
    let mut holding = cx
        .passage
        .entities
        .iter()
        .filter(|e| agent.stems.iter().all(|s| e.stems.contains(s)))
        .peekable();
    holding.peek().is_some() && holding.all(|e| e.from > pi)
}

/// The passage's own subject of the claim's act when it is another name: the name right before
/// the same verb (past an "of" phrase: "Charles Leclerc of Ferrari finished"), absent from
/// the claim, while the claim's subject is not in the passage itself. Explains, like
/// [`other_argument`], without contradicting.
fn other_subject(cx: &Ctx<'_>, meter: &TopicMeter, ci: usize, agent: &Entity) -> Option<Finding> {
    // A verb: a past form, or the word right after the name in the present ("Red Bull
    // leads").
    let verb = grammar::reads_as_verb(cx.claim, ci)
        || (ci == agent.to && cx.claim.tokens[ci].lower.ends_with('s'));
    if !verb || meter.without(|i| agent.from <= i && i < agent.to) < SLOT_TOPIC {
        return None;
    }
    let stem = cx.claim.tokens[ci].key();
    let tokens = &cx.passage.tokens;
    let theirs = tokens.iter().enumerate().find_map(|(pi, pt)| {
        if !(pt.content && !pt.capitalized && same_act(stem, pt.key())) {
            return None;
        }
        // "a council of 11 officers led by General Tomas Okello": a passive names its agent
        // after "by", wherever else the claim's subject stands in the passage.
        if let Some(by) =
            by_agent(cx.passage, pi).filter(|_| pt.lower.ends_with("ed") || pt.lower == "led")
        {
            return Some(by);
        }
        // The claim's subject may be in the passage in another role, after the act: "McLaren
        // now leads ... by 42 points over Red Bull".
        if cx.entity_covered(agent) && !named_only_after(cx, agent, pi) {
            return None;
        }
        let mut k = pi;
        // Past an adverb ("McLaren now leads") and "of Ferrari".
        if k >= 1
            && (matches!(tokens[k - 1].lower.as_str(), "now" | "also" | "still")
                || tokens[k - 1].lower.ends_with("ly"))
        {
            k -= 1;
        }
        if k >= 2 && tokens[k - 1].capitalized && tokens[k - 2].lower == "of" {
            k -= 2;
        }
        cx.passage.entities.iter().find(|e| {
            e.to == k
                && !cx.passage.text[tokens[e.to - 1].end..tokens[k.min(tokens.len() - 1)].start]
                    .contains(',')
        })
    })?;
    cx.names_other(agent, theirs).then(|| Finding {
        contradicts: exclusive(stem),
        ..cx.other_name(agent, theirs, "")
    })
}

/// Acts only one can do to the same thing: one wins a race, leads a table, heads a list. For
/// these another name in the claim's slot contradicts; for others ("supplied", "attended") it
/// only explains why the passage does not support the claim.
fn exclusive(stem: &str) -> bool {
    const ONE_ONLY: &[&str] = &["win", "lead", "top", "head", "finish", "chair", "captain"];
    ONE_ONLY.iter().any(|w| crate::text::stem(w) == stem)
}

/// "from Vienna to Budapest" against "from Budapest to Vienna": the two ends of a route the
/// other way round.
pub(super) fn route_swap(cx: &Ctx<'_>, findings: &mut Vec<Finding>) {
    // (start, end) of each "from X to Y" with names for both, within eight words.
    fn routes(a: &Analysis) -> Vec<(&Entity, &Entity)> {
        let after = |word: &str, e: &Entity| e.from > 0 && a.tokens[e.from - 1].lower == word;
        a.entities
            .iter()
            .filter(|e| after("from", e))
            .filter_map(|start| {
                let end = a
                    .entities
                    .iter()
                    .find(|e| e.from > start.to && e.from - start.to <= 8 && after("to", e))?;
                Some((start, end))
            })
            .collect()
    }
    // "joined Real Sociedad from Bayern Munich" against "Real Sociedad midfielder Arrieta has
    // joined Bayern Munich": the claim's origin is where the passage's same act goes.
    let origin_reached = || {
        cx.claim.tokens.iter().enumerate().find_map(|(ci, ct)| {
            if !ct.content || ct.capitalized {
                return None;
            }
            let (_, Some(to), _) = argument_entities(cx.claim, ci) else {
                return None;
            };
            if to.from != ci + 1 {
                return None;
            }
            let origin = cx.claim.entities.iter().find(|e| {
                e.from > to.to && e.from - to.to <= 2 && cx.claim.tokens[e.from - 1].lower == "from"
            })?;
            cx.passage.tokens.iter().enumerate().find_map(|(pi, pt)| {
                let (_, Some(theirs), _) = argument_entities(cx.passage, pi) else {
                    return None;
                };
                (pt.content
                    && !pt.capitalized
                    && same_act(ct.key(), pt.key())
                    && theirs.from == pi + 1
                    && theirs.key == origin.key
                    && theirs.key != to.key)
                    .then_some((origin, theirs))
            })
        })
    };
    if let Some((origin, theirs)) = origin_reached() {
        findings.push(cx.contrast(
            FindingKind::RoleSwap,
            entity_span(cx.claim, origin),
            entity_span(cx.passage, theirs),
            " (where the claim's move starts, the passage's ends)",
        ));
        return;
    }
    let theirs = routes(cx.passage);
    for (from, to) in routes(cx.claim) {
        let swapped = theirs
            .iter()
            .find(|(pf, pt)| pf.key == to.key && pt.key == from.key);
        if let Some((pf, pt)) = swapped {
            findings.push(cx.contrast(
                FindingKind::RoleSwap,
                (entity_span(cx.claim, from).0, entity_span(cx.claim, to).1),
                (entity_span(cx.passage, pf).0, entity_span(cx.passage, pt).1),
                " (the route the other way round)",
            ));
            return;
        }
    }
}

/// "built after the rise of the Moche culture" against "before the rise of the Moche
/// culture": the same event on the other side of the same reference point.
pub(super) fn temporal_order(cx: &Ctx<'_>, findings: &mut Vec<Finding>) {
    fn orders(a: &Analysis) -> Vec<(usize, bool, &Token)> {
        a.tokens
            .iter()
            .enumerate()
            .filter_map(|(i, t)| {
                let before = match t.lower.as_str() {
                    "before" | "prior" => true,
                    "after" | "following" => false,
                    _ => return None,
                };
                let reference = a.tokens[i + 1..].iter().take(3).find(|x| x.content)?;
                Some((i, before, reference))
            })
            .collect()
    }
    let passage = orders(cx.passage);
    for (ci, before, reference) in orders(cx.claim) {
        if let Some((pi, _, _)) = passage
            .iter()
            .find(|(_, b, r)| *b != before && same_word(reference, r))
        {
            let (c, p) = (&cx.claim.tokens[ci], &cx.passage.tokens[*pi]);
            findings.push(cx.contrast(
                FindingKind::Antonym,
                (c.start, c.end),
                (p.start, p.end),
                " of the same reference point",
            ));
            return;
        }
    }
}

/// "stopped teaching in 2019" against "stopped performing ..., but continued to teach": the
/// claim's aspect of an act against the opposite aspect the passage gives the same act,
/// whatever else the passage's own "stopped" governs. The aspect verbs read as no predicate
/// (see [`grammar::aspect_of`]), so the opposite-word check does not reach them.
pub(super) fn aspect_opposite(cx: &Ctx<'_>, findings: &mut Vec<Finding>) {
    // Where the aspect word itself met its opposite ("stopped" against "began"), that finding
    // says it already.
    if findings.iter().any(|f| f.kind == FindingKind::Antonym) {
        return;
    }
    let aspects = |a: &'_ Analysis| -> Vec<(usize, usize)> {
        (0..a.tokens.len())
            .filter_map(|i| grammar::aspect_of(a, i).map(|v| (i, v)))
            .filter(|&(i, _)| !negated_at(a, i))
            .collect()
    };
    let claimed = aspects(cx.claim);
    if claimed.is_empty() {
        return;
    }
    let passage = aspects(cx.passage);
    for (ca, cv) in claimed {
        let (aspect, act) = (&cx.claim.tokens[ca], &cx.claim.tokens[cv]);
        // The passage's aspects of the claim's act.
        let of_act: Vec<usize> = passage
            .iter()
            .filter(|&&(_, pv)| same_word(act, &cx.passage.tokens[pv]))
            .map(|&(pa, _)| pa)
            .collect();
        if of_act
            .iter()
            .any(|&pa| same_word(aspect, &cx.passage.tokens[pa]))
        {
            continue;
        }
        // "still" is the aspect of going on.
        fn going_on(a: &Analysis, k: usize) -> crate::lexicon::Opposable<'_> {
            if a.tokens[k].lower == "still" {
                crate::lexicon::Opposable {
                    lower: "continue",
                    stem: "continu",
                    as_verb: true,
                }
            } else {
                grammar::opposable(a, k)
            }
        }
        let opposite = of_act
            .into_iter()
            .find(|&pa| lexicon().opposes(going_on(cx.claim, ca), going_on(cx.passage, pa)));
        if let Some(pa) = opposite {
            let p = &cx.passage.tokens[pa];
            findings.push(cx.contrast(
                FindingKind::Antonym,
                (aspect.start, act.end),
                (p.start, p.end),
                " of the same act",
            ));
            return;
        }
    }
}

/// The name just before a report at `k` ("Rojas said", "Rojas has said"), or right after it
/// once a quote or a clause has been reported ("..., said Marko Vrana").
fn speaker_at(a: &Analysis, k: usize) -> Option<&Entity> {
    let inverted =
        k > 0 && a.text[a.tokens[k - 1].end..a.tokens[k].start].contains([',', '"', '\u{201d}']);
    a.entities.iter().find(|e| {
        e.to == k || (e.to + 1 == k && !a.tokens[e.to].content) || (inverted && e.from == k + 1)
    })
}

/// "Rojas said the deal would create 12,000 jobs" against "Ferreyra said the deal would create
/// about 12,000 jobs": what the claim reports in another's words, where the passage does not
/// name the claim's speaker at all. A misattribution, for a fact-checker.
/// Returns the claim's topic without the speaker, when it finds one.
pub(super) fn other_speaker(
    cx: &Ctx<'_>,
    findings: &mut Vec<Finding>,
    meter: &TopicMeter,
) -> Option<f32> {
    let f = cx.claim_frame?;
    if !crate::attribution::is_reporting_word(&cx.claim.tokens[f].lower) {
        return None;
    }
    let ours = speaker_at(cx.claim, f)?;
    // All else the claim says is the passage's: the words are the same, the voice another
    // (and there are words: "Rojas said so" reports nothing to compare).
    let speaker = |i: usize| ours.from <= i && i < ours.to;
    let all_but_speaker =
        (0..meter.weight.len()).all(|i| speaker(i) || meter.weight[i] == 0.0 || meter.covered[i]);
    let reported = (0..meter.weight.len())
        .filter(|&i| !speaker(i) && meter.covered[i])
        .count();
    if ours.stems.iter().all(|s| cx.literal.contains(s)) || !all_but_speaker || reported < 2 {
        return None;
    }
    let theirs = (0..cx.passage.tokens.len())
        .filter(|&k| crate::attribution::is_reporting_word(&cx.passage.tokens[k].lower))
        .find_map(|k| speaker_at(cx.passage, k))
        .filter(|t| cx.names_other(ours, t))?;
    findings.push(cx.other_name(ours, theirs, " (another speaker)"));
    Some(meter.without(speaker))
}

/// "Vasquez is a Republican" against "Ms. Vasquez, a Democrat, campaigned ...": what a claim
/// says someone is, against the name the passage gives them in apposition. Both must be names
/// (a party, a nationality, an organisation): "a mayor" and "a Democrat" do not exclude each
/// other, two parties do.
pub(super) fn identity(cx: &Ctx<'_>, findings: &mut Vec<Finding>) {
    let (claim, passage) = (cx.claim, cx.passage);
    let article = |w: &str| matches!(w, "a" | "an" | "the");
    for (i, t) in claim.tokens.iter().enumerate() {
        if !matches!(t.lower.as_str(), "is" | "was" | "are" | "were") || i == 0 {
            continue;
        }
        let Some(subject) = claim.entities.iter().find(|e| e.to == i) else {
            continue;
        };
        let j = if claim.tokens.get(i + 1).is_some_and(|x| article(&x.lower)) {
            i + 2
        } else {
            i + 1
        };
        let Some(said) = claim.entities.iter().find(|e| e.from == j) else {
            continue;
        };
        let Some(surname) = subject.stems.last() else {
            continue;
        };
        for (k, pe) in passage.entities.iter().enumerate() {
            if !pe.stems.contains(surname) {
                continue;
            }
            // The apposition: ", a Democrat" right after the name.
            let Some(next) = passage.entities.get(k + 1) else {
                continue;
            };
            let between =
                &passage.text[passage.tokens[pe.to - 1].end..passage.tokens[next.from].start];
            let appositive = between.trim_start().starts_with(',')
                && next.from == pe.to + 1
                && article(&passage.tokens[pe.to].lower);
            if appositive && cx.names_other(said, next) {
                findings.push(cx.other_name(said, next, ""));
                return;
            }
        }
    }
}

/// "Ortiz is Kestrel's chief executive" against "said Daniel Ortiz, Kestrel's head of
/// quality": the role a claim gives someone, against another role the passage gives them in
/// apposition. Only when the head of the claim's role ("executive") is nowhere in the passage.
/// The words of a role after a determiner or an owner's name, up to a preposition or the
/// comma that closes an apposition.
fn role_words(a: &Analysis, from: usize) -> Vec<usize> {
    let lead = |t: &Token| matches!(t.lower.as_str(), "a" | "an" | "the") || t.capitalized;
    let closed =
        |k: usize| k > from && a.text[a.tokens[k - 1].end..a.tokens[k].start].contains(',');
    // "head of marketing": the field a role is of belongs to the role.
    let of_field = |k: usize| {
        a.tokens[k].lower == "of"
            && k > from
            && a.tokens[k - 1].content
            && grammar::modifies_noun(a, k)
    };
    (from..a.tokens.len())
        .skip_while(|&k| lead(&a.tokens[k]))
        .take_while(|&k| {
            let t = &a.tokens[k];
            !t.capitalized && !t.number && (t.content || k == from || of_field(k)) && !closed(k)
        })
        .take(4)
        .filter(|&k| a.tokens[k].content || k == from)
        .collect()
}

pub(super) fn role(cx: &Ctx<'_>, findings: &mut Vec<Finding>) {
    let (claim, passage) = (cx.claim, cx.passage);
    for (i, t) in claim.tokens.iter().enumerate() {
        if !matches!(t.lower.as_str(), "is" | "was") || i == 0 {
            continue;
        }
        let Some(subject) = claim.entities.iter().find(|e| e.to == i) else {
            continue;
        };
        // A role is a noun phrase: "is a spokesman", "was Kestrel's chief", not "was injured".
        let owner = claim.entities.iter().find(|e| e.from == i + 1);
        let opens_noun_phrase = claim
            .tokens
            .get(i + 1)
            .is_some_and(|n| matches!(n.lower.as_str(), "a" | "an" | "the"))
            || owner.is_some_and(|e| {
                let (start, end) = entity_span(claim, e);
                let after = &claim.text[end..];
                let name = &claim.text[start..end];
                ["'s", "\u{2019}s"]
                    .iter()
                    .any(|p| name.ends_with(p) || after.starts_with(p))
            });
        if !opens_noun_phrase {
            continue;
        }
        let claimed = role_words(claim, i + 1);
        let Some(&head) = claimed.last() else {
            continue;
        };
        // The role must be what the claim is about, not the start of more ("a spokesman who
        // said ...").
        if claim.tokens.len() - head > 4 && !links_a_body(claim, head + 1) {
            continue;
        }
        let Some(surname) = subject.stems.last() else {
            continue;
        };
        if cx.token_covered(head) {
            if let Some(owner) = owner {
                role_owner(cx, findings, owner, head, surname);
            }
            role_affiliation(cx, findings, head, surname);
            role_kind(cx, findings, &claimed, surname);
            continue;
        }
        for pe in named_then_described(passage, surname) {
            let given = role_words(passage, pe.to);
            let (Some(&first), Some(&last)) = (given.first(), given.last()) else {
                continue;
            };
            findings.push(cx.contrast(
                FindingKind::EntityMismatch,
                (claim.tokens[claimed[0]].start, claim.tokens[head].end),
                (passage.tokens[first].start, passage.tokens[last].end),
                " (another role)",
            ));
            return;
        }
        // "Chancellor Friedrich Merz" against "Merz is Germany's president": a title before
        // the name, a kind of person the claim does not name.
        // (The title may open the name's own run of capitalised words.)
        let title = passage.entities.iter().find_map(|pe| {
            let named = pe.stems.last() == Some(surname);
            let opening = (pe.to - pe.from >= 2).then_some(pe.from);
            [pe.from.checked_sub(1), opening]
                .into_iter()
                .flatten()
                .map(|k| &passage.tokens[k])
                .find(|t| {
                    named
                        && t.capitalized
                        && t.content
                        && lexicon().is_person_noun(t.key())
                        && !cx.in_claim(t)
                })
        });
        if let Some(t) = title {
            findings.push(cx.contrast(
                FindingKind::EntityMismatch,
                (claim.tokens[claimed[0]].start, claim.tokens[head].end),
                (t.start, t.end),
                " (another role)",
            ));
            return;
        }
    }
}

/// "Berg is the Greens' finance spokesman" against "Tomas Berg, the Greens' transport
/// spokesman": the same kind of role, another field of it. The claim's modifier must be absent
/// from the passage and the passage's, next to the name, absent from the claim.
fn role_kind(cx: &Ctx<'_>, findings: &mut Vec<Finding>, claimed: &[usize], surname: &str) {
    let (claim, passage) = (cx.claim, cx.passage);
    let Some((&head, modifiers)) = claimed.split_last() else {
        return;
    };
    if !modifiers
        .iter()
        .any(|&k| claim.tokens[k].content && !cx.token_covered(k))
    {
        return;
    }
    for pe in named_then_described(passage, surname) {
        let given = role_words(passage, pe.to);
        let Some((&last, theirs)) = given.split_last() else {
            continue;
        };
        if same_word(&claim.tokens[head], &passage.tokens[last])
            && theirs
                .iter()
                .any(|&k| passage.tokens[k].content && !cx.in_claim(&passage.tokens[k]))
        {
            findings.push(cx.contrast(
                FindingKind::EntityMismatch,
                (claim.tokens[claimed[0]].start, claim.tokens[head].end),
                (passage.tokens[given[0]].start, passage.tokens[last].end),
                " (another role)",
            ));
            return;
        }
    }
    // "Greece's shipping minister, Vassilis Kikilias": the role set off before the name.
    let tokens = &passage.tokens;
    for pe in passage
        .entities
        .iter()
        .filter(|e| e.from >= 2 && e.stems.iter().any(|s| s == surname))
    {
        let last = pe.from - 1;
        if !passage.text[tokens[last].end..tokens[pe.from].start].contains(',')
            || !same_word(&claim.tokens[head], &tokens[last])
        {
            continue;
        }
        let field = (last.saturating_sub(2)..last)
            .rev()
            .take_while(|&j| tokens[j].is_common());
        if let Some(j) = field.filter(|&j| !cx.in_claim(&tokens[j])).last() {
            findings.push(cx.contrast(
                FindingKind::EntityMismatch,
                (claim.tokens[claimed[0]].start, claim.tokens[head].end),
                (tokens[j].start, tokens[last].end),
                " (another role)",
            ));
            return;
        }
    }
    // "Energy Minister Paula Riquelme": a title before the name, its field capitalised too (a
    // country's adjective is whose the role is, not its field).
    for (k, pt) in tokens.iter().enumerate() {
        let names_next =
            (k + 1..tokens.len().min(k + 4)).any(|j| tokens[j].stems.iter().any(|s| s == surname));
        if !pt.capitalized || !names_next || !same_word(&claim.tokens[head], pt) {
            continue;
        }
        let field = (k.saturating_sub(2)..k)
            .rev()
            .take_while(|&j| tokens[j].capitalized && tokens[j].content && !tokens[j].number);
        let other = field.filter(|&j| {
            !cx.in_claim(&tokens[j])
                && lexicon()
                    .place_expansions(&[tokens[j].key().to_string()])
                    .is_empty()
        });
        if let Some(j) = other.last() {
            findings.push(cx.contrast(
                FindingKind::EntityMismatch,
                (claim.tokens[claimed[0]].start, claim.tokens[head].end),
                (tokens[j].start, pt.end),
                " (another role)",
            ));
            return;
        }
    }
}

/// "Shin is North Korea's national security adviser" against "South Korea's national
/// security adviser, Shin Won-shik": the role is the claim's, its owner another. The passage's
/// role must stand next to the person's name, and its owner must be absent from the claim.
fn role_owner(
    cx: &Ctx<'_>,
    findings: &mut Vec<Finding>,
    owner: &Entity,
    head: usize,
    surname: &str,
) {
    let passage = cx.passage;
    let person_at = |from: usize, to: usize| {
        passage
            .entities
            .iter()
            .any(|e| e.stems.iter().any(|s| s == surname) && e.from <= to && e.to >= from)
    };
    for (k, pt) in passage.tokens.iter().enumerate() {
        if pt.capitalized || !same_word(&cx.claim.tokens[head], pt) {
            continue;
        }
        let mut start = k;
        while start > 0 && passage.tokens[start - 1].is_common() {
            start -= 1;
        }
        let Some(theirs) = passage.entities.iter().find(|e| e.to == start) else {
            continue;
        };
        // The name right after the role ("adviser, Shin Won-shik") or right before its owner
        // ("Shin, South Korea's adviser").
        let next_to_name =
            person_at(k + 1, k + 3) || person_at(theirs.from.saturating_sub(2), theirs.from);
        if next_to_name && cx.names_other(owner, theirs) {
            findings.push(cx.other_name(owner, theirs, " (whose role it is)"));
            return;
        }
    }
}

/// Whether token `k` links a role to the body it is held at ("a climatologist at ...").
fn links_a_body(a: &Analysis, k: usize) -> bool {
    a.tokens
        .get(k)
        .is_some_and(|t| matches!(t.lower.as_str(), "at" | "of" | "with" | "for"))
}

/// The mentions of a person (by surname) that a comma follows: where an apposition says what
/// the person is ("Daniel Ortiz, Kestrel's head of quality").
fn named_then_described<'a>(a: &'a Analysis, surname: &'a str) -> impl Iterator<Item = &'a Entity> {
    a.entities.iter().filter(move |e| {
        e.stems.iter().any(|s| s == surname)
            && a.text[a.tokens[e.to - 1].end..]
                .trim_start()
                .starts_with(',')
    })
}

/// "Marín is a climatologist at the University of Seville" against "Rocío Marín, a
/// climatologist at the University of Granada": the role is the claim's, the body it is held at
/// another. Read from the apposition after the person's name, up to the next comma or stop.
fn role_affiliation(cx: &Ctx<'_>, findings: &mut Vec<Finding>, head: usize, surname: &str) {
    let (claim, passage) = (cx.claim, cx.passage);
    if !links_a_body(claim, head + 1) {
        return;
    }
    // The last name of the complement: "Seville" of "the University of Seville".
    let Some(ours) = claim.entities.iter().rev().find(|e| e.from > head + 1) else {
        return;
    };
    // "Governor Rosa Dimaculangan of Samar": the title before the name, the body after it.
    let head_word = &claim.tokens[head];
    for pe in passage
        .entities
        .iter()
        .filter(|e| e.stems.iter().any(|s| s == surname))
    {
        let titled = same_word(head_word, &passage.tokens[pe.from])
            || (pe.from > 0 && same_word(head_word, &passage.tokens[pe.from - 1]));
        let theirs = passage.entities.iter().find(|e| e.from == pe.to + 1);
        if let Some(theirs) = theirs.filter(|_| titled && links_a_body(passage, pe.to)) {
            if cx.names_other(ours, theirs) && !ours.stems.iter().all(|s| theirs.stems.contains(s))
            {
                findings.push(cx.other_name(ours, theirs, " (where the role is held)"));
                return;
            }
        }
    }
    for pe in named_then_described(passage, surname) {
        let after = &passage.text[passage.tokens[pe.to - 1].end..];
        // The apposition: from the name to the next comma or stop.
        let start = passage.tokens[pe.to - 1].end + after.find(',').unwrap_or(0) + 1;
        let end = passage.text[start..]
            .find([',', '.', ';'])
            .map_or(passage.text.len(), |i| start + i);
        let in_apposition = |e: &&Entity| {
            let (s, t) = entity_span(passage, e);
            s >= start && t <= end
        };
        let linked_in = passage
            .entities
            .iter()
            .filter(in_apposition)
            .any(|e| (1..=2).any(|b| e.from >= b && links_a_body(passage, e.from - b)));
        let Some(theirs) = passage.entities.iter().rev().find(in_apposition) else {
            continue;
        };
        if !linked_in {
            continue;
        }
        if cx.names_other(ours, theirs) && !ours.stems.iter().all(|s| theirs.stems.contains(s)) {
            findings.push(cx.other_name(ours, theirs, " (where the role is held)"));
            return;
        }
    }
}

/// Whether a passage word names the claim's act: the same stem or one of its synonyms.
pub(super) fn same_act(claim_stem: &str, passage_stem: &str) -> bool {
    passage_stem == claim_stem
        || lexicon()
            .synonyms(claim_stem)
            .iter()
            .any(|s| s == passage_stem)
}

/// The name after "by" soon after token `i` (a passive's agent: "mediated by the United Arab
/// Emirates", "passed in 2019 by the previous Conservative government"), past an article and up
/// to two common words before it.
fn by_agent(a: &Analysis, i: usize) -> Option<&Entity> {
    let by = (i + 1..a.tokens.len().min(i + 5))
        .take_while(|&k| !a.text[a.tokens[k - 1].end..a.tokens[k].start].contains([',', ';']))
        .find(|&k| a.tokens[k].lower == PASSIVE_BY)?;
    let mut next = by + 1;
    if a.tokens
        .get(next)
        .is_some_and(|t| matches!(t.lower.as_str(), "the" | "a" | "an"))
    {
        next += 1;
    }
    let name = (next..a.tokens.len().min(next + 3)).find(|&k| a.tokens[k].capitalized)?;
    if (next..name).any(|k| !a.tokens[k].content || a.tokens[k].number) {
        return None;
    }
    a.entities.iter().find(|e| e.from == name)
}

/// Another agent after "by" for the claim's act, when the claim names none before it; see
/// [`other_argument`].
fn other_by_agent(
    cx: &Ctx<'_>,
    findings: &mut Vec<Finding>,
    meter: &TopicMeter,
    ci: usize,
    agent: &Entity,
) {
    if cx.entity_covered(agent) || meter.without(|i| agent.from <= i && i < agent.to) < SLOT_TOPIC {
        return;
    }
    let stem = cx.claim.tokens[ci].key();
    let theirs = cx.passage.tokens.iter().enumerate().find_map(|(pi, pt)| {
        (pt.content && !pt.capitalized && same_act(stem, pt.key()))
            .then(|| by_agent(cx.passage, pi))
            .flatten()
    });
    // Both say who did it in the same words, so unlike another argument found elsewhere in
    // the passage, another name here contradicts.
    if let Some(theirs) = theirs.filter(|t| cx.names_other(agent, t)) {
        findings.push(cx.other_name(agent, theirs, ""));
    }
}

/// The same act with one argument swapped for another name: done by someone else ("China
/// supplied North Korea" against "Russia supplied North Korea"; "SpaceX built Artemis" against
/// "Artemis was built by Lunar Outpost"), or done to someone else ("Russia supplied South Korea"
/// against "Russia supplied North Korea", though South Korea is named elsewhere in the passage).
/// Only when the passage's other name is not in the claim, and the rest of the claim is the
/// passage's topic. The finding explains but does not contradict: that Russia did something does
/// not show China did not (seed-dev labels such substitutions NOT_ENOUGH_INFO); it does rule out
/// support.
pub(super) fn other_argument(cx: &Ctx<'_>, findings: &mut Vec<Finding>, meter: &TopicMeter) {
    for (ci, ct) in cx.claim.tokens.iter().enumerate() {
        if !ct.content || ct.capitalized || ct.number {
            continue;
        }
        let (cb, ca, cpass) = argument_entities(cx.claim, ci);
        let Some(ca) = ca else {
            // "Verstappen finished third" against "Charles Leclerc of Ferrari finished third":
            // the act's subject is another name, and the claim's is not the passage's own.
            if let Some(agent) = cb.filter(|_| !cpass) {
                if let Some(finding) = other_subject(cx, meter, ci, agent) {
                    findings.push(finding);
                    return;
                }
            }
            continue;
        };
        let Some(cb) = cb else {
            // "The swap was mediated by Turkey" against "a swap mediated by the United Arab
            // Emirates": an act's agent after "by" has one slot, whatever it was done to.
            if by_agent(cx.claim, ci).is_some() {
                other_by_agent(cx, findings, meter, ci, ca);
            }
            continue;
        };
        let (agent, patient) = if cpass { (ca, cb) } else { (cb, ca) };
        if agent.key == patient.key {
            continue;
        }
        let slot_topic = |e: &Entity| meter.without(|i| e.from <= i && i < e.to) >= SLOT_TOPIC;
        let stem = ct.key();
        for (pi, pt) in cx.passage.tokens.iter().enumerate() {
            if !pt.content || pt.capitalized || !same_act(stem, pt.key()) {
                continue;
            }
            let (pb, pa, ppass) = argument_entities(cx.passage, pi);
            let pa = pa.or_else(|| {
                (!ppass)
                    .then(|| distant_recipient(cx.passage, pi))
                    .flatten()
            });
            let (Some(pb), Some(pa)) = (pb, pa) else {
                continue;
            };
            let (p_agent, p_patient) = if ppass { (pa, pb) } else { (pb, pa) };
            let unnamed = |e: &Entity| !e.stems.iter().all(|s| cx.claim_stems.contains(s));
            // Another agent: the claim's agent must be absent altogether, since a passage
            // naming both may well credit it elsewhere. Another patient: the claim's agent
            // must be the passage's, which pins the act down to one.
            // (The claim's agent may be in the passage in another role, after the act: "Norris
            // won ..., finishing 4.2 seconds ahead of Max Verstappen".)
            let only_after = !ppass
                && p_agent.to <= pi
                && !agent.stems.iter().all(|s| p_agent.stems.contains(s))
                && named_only_after(cx, agent, pi);
            let swapped = if p_patient.key == patient.key
                && p_agent.key != agent.key
                && (!cx.entity_covered(agent) || only_after)
                && unnamed(p_agent)
                && slot_topic(agent)
            {
                Some((agent, p_agent))
            } else if p_agent.key == agent.key
                && p_patient.key != patient.key
                && unnamed(p_patient)
                && slot_topic(patient)
                // ("collapsed in Osijek" is a place, whose slot is the places' to compare.)
                && placed_after(cx.claim, ci) != Some(true)
            {
                Some((patient, p_patient))
            } else {
                None
            };
            let Some((claim_entity, passage_entity)) = swapped else {
                continue;
            };
            let cspan = entity_span(cx.claim, claim_entity);
            let pspan = entity_span(cx.passage, passage_entity);
            let phrase = |e: &Entity| {
                let (from, to) = entity_span(cx.claim, e);
                &cx.claim.text[from..to]
            };
            findings.push(Finding {
                kind: FindingKind::EntityMismatch,
                claim_span: Some(chars(&cx.claim.text, cspan)),
                passage_span: Some(chars(&cx.passage.text, pspan)),
                detail: format!(
                    "claim says {} {} {}; passage says {}",
                    phrase(agent),
                    &cx.claim.text[ct.start..ct.end],
                    phrase(patient),
                    &cx.passage.text[pspan.0..pspan.1]
                ),
                contradicts: std::ptr::eq(claim_entity, agent) && exclusive(stem),
            });
            return;
        }
        // "Northern Lights was directed by Reza Farahani" against "\"Northern Lights,\" a
        // Norwegian documentary directed by Ingrid Solberg": the passage names what was done
        // (elsewhere than as the act's subject) and another agent after "by".
        if cpass && by_agent(cx.claim, ci).is_some() && cx.entity_covered(patient) {
            let before = findings.len();
            other_by_agent(cx, findings, meter, ci, agent);
            if findings.len() > before {
                return;
            }
        }
    }
}
