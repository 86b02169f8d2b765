//! Slots of an act: its date, place, destination and rank, and the mismatch findings when the
//! passage fills one otherwise.

use crate::analysis::{Analysis, Entity};
use crate::lexicon::lexicon;

use super::cover::{chars, entity_span, Ctx};
use super::roles::same_act;
use super::{Finding, FindingKind, TopicMeter, SLOT_TOPIC};

pub(super) fn ordinals(cx: &Ctx<'_>, findings: &mut Vec<Finding>, meter: &TopicMeter) {
    for (ci, n, head) in &cx.claim.ordinals {
        let ct = &cx.claim.tokens[*ci];
        let amount = |h: &str| {
            ["most", "highest", "largest", "biggest", "greatest"]
                .iter()
                .any(|w| crate::text::tokens::stem(w) == h)
        };
        let same_head = |h: &str| {
            h == head
                || lexicon().synonyms(head).iter().any(|s| s == h)
                || head == crate::analysis::MOST && amount(h)
        };
        // "erupted for the fourth time" ranks the eruption the claim's "second eruption" does.
        let this_time = |h: &str| h == "time" && cx.covers_stem(head);
        let mut conflict = None;
        // "the largest airline" and "the largest order": a superlative ranks the noun after
        // it, and other nouns are other rankings.
        for (pi, m, h) in &cx.passage.ordinals {
            let other_ranking = match (ranked_noun(cx.claim, *ci), ranked_noun(cx.passage, *pi)) {
                (Some(c), Some(p)) => !super::cover::same_word(c, p),
                _ => false,
            };
            if (same_head(h) || this_time(h)) && !cx.narrower_field(*ci, *pi) && !other_ranking {
                if m == n {
                    conflict = None;
                    if *n == 1 {
                        other_holder(cx, findings, meter, *ci, *pi);
                    }
                    break;
                }
                let pt = &cx.passage.tokens[*pi];
                conflict = Some((
                    (pt.start, pt.end),
                    format!("claim says \"{}\"; passage says \"{}\"", ct.lower, pt.lower),
                ));
            }
        }
        // "after two failed attempts" means the success came at the third.
        for q in &cx.passage.quantities {
            let failed = cx.passage.text[q.start..q.end.min(cx.passage.text.len())].to_lowercase();
            let tail = &cx.passage.text[q.end.min(cx.passage.text.len())..];
            let unit_is_head = q.unit.as_deref().is_some_and(same_head);
            let mentions_failure = failed.contains("fail")
                || tail.trim_start().to_lowercase().starts_with("failed")
                || tail.trim_start().to_lowercase().starts_with("unsuccessful");
            if unit_is_head && mentions_failure && (*n as f64) <= q.value {
                conflict = Some((
                    (q.start, q.end),
                    format!(
                        "claim says \"{} {}\"; the passage reports {} failed before",
                        ct.lower, head, q.value
                    ),
                ));
            }
        }
        if meter.without_in_context(|i| i == *ci) < SLOT_TOPIC {
            continue;
        }
        if let Some((span, detail)) = conflict {
            findings.push(Finding {
                kind: FindingKind::OrdinalMismatch,
                claim_span: Some(chars(&cx.claim.text, (ct.start, ct.end))),
                passage_span: Some(chars(&cx.passage.text, span)),
                detail,
                contradicts: true,
            });
        }
    }
}

/// The noun a superlative ranks: the head of the run right after it, "airline" in "the largest
/// airline", "crop" in "the largest wheat crop".
fn ranked_noun(a: &Analysis, i: usize) -> Option<&crate::analysis::Token> {
    let last = a.tokens[i].lower.rsplit('-').next().unwrap_or("");
    if !crate::text::is_superlative(last) {
        return None;
    }
    let mut end = a.tokens[i].end;
    a.tokens[i + 1..]
        .iter()
        .take(3)
        .take_while(|t| {
            let joined = !a.text[end..t.start].contains([',', ';', '(', '.']);
            end = t.end;
            joined
                && t.is_common()
                && !crate::text::is_stop_word(&t.lower)
                && !t.lower.ends_with("ly")
                && !matches!(t.lower.as_str(), "ever" | "yet")
        })
        .last()
}

/// "The Carrow Springs fire is the largest wildfire in the state's history" against "the
/// Redfield fire ..., making it the largest wildfire in the state's history": one thing holds a
/// first place, so another name holding it contradicts. The holder is the nearest name before
/// the superlative; the passage's must be absent from the claim and the claim's from the
/// passage, and the rest of the claim must be the passage's.
fn other_holder(
    cx: &Ctx<'_>,
    findings: &mut Vec<Finding>,
    meter: &TopicMeter,
    ci: usize,
    pi: usize,
) {
    fn holder(a: &Analysis, i: usize, reach: usize) -> Option<&Entity> {
        // "Africa's largest": the owner just before the superlative is its field.
        let field = |e: &Entity| {
            e.to == i && a.text[a.tokens[e.from].start..a.tokens[i].start].contains("'s")
        };
        a.entities
            .iter()
            .rev()
            .filter(|e| !field(e))
            .find(|e| e.to <= i && i - e.to <= reach)
            .filter(|e| !a.text[a.tokens[e.to - 1].end..a.tokens[i].start].contains(['.', ';']))
    }
    // "2023 was the first calendar year to exceed the mark" against "2024, which was the
    // first calendar year to exceed it": a year may hold the place too.
    fn year_holder(
        a: &Analysis,
        i: usize,
        reach: usize,
    ) -> Option<&crate::text::numbers::Quantity> {
        let at = a.tokens[i].start;
        a.quantities
            .iter()
            .rev()
            .filter(|q| q.is_year && q.end <= at)
            .find(|q| {
                let between = &a.text[q.end..at];
                between.split_whitespace().count() <= reach && !between.contains(['.', ';'])
            })
    }
    let (Some(ch), Some(ph)) = (holder(cx.claim, ci, 6), holder(cx.passage, pi, 16)) else {
        if let (Some(cy), Some(py)) = (year_holder(cx.claim, ci, 6), year_holder(cx.passage, pi, 6))
        {
            let in_year = |i: usize| {
                let t = &cx.claim.tokens[i];
                cy.start <= t.start && t.end <= cy.end
            };
            let has_year =
                |a: &Analysis, v: f64| a.quantities.iter().any(|q| q.is_year && q.value == v);
            if cy.value != py.value
                && !has_year(cx.passage, cy.value)
                && !has_year(cx.claim, py.value)
                && meter.without_in_context(in_year) >= SLOT_TOPIC
            {
                findings.push(cx.contrast(
                    FindingKind::DateMismatch,
                    (cy.start, cy.end),
                    (py.start, py.end),
                    " (only one can hold that place)",
                ));
            }
        }
        return;
    };
    let in_holder = |i: usize| ch.from <= i && i < ch.to;
    // "South Africa is Africa's largest gold producer, ahead of Ghana" against "Ghana is
    // Africa's largest gold producer, ahead of South Africa": each names the other's holder.
    let swapped = ph.key != ch.key
        && ph.stems.iter().all(|s| cx.claim_stems.contains(s))
        && cx.entity_covered(ch);
    // "Sardinia had the lowest fertility rate, ..., while Trentino-Alto Adige had the highest":
    // the claim's holder is in the passage, holding another place.
    let place = cx.passage.ordinals.iter().find(|o| o.0 == pi).map(|o| &o.2);
    let holds_another = cx.passage.ordinals.iter().any(|(k, _, head)| {
        *k != pi
            && Some(head) != place
            && holder(cx.passage, *k, 6).is_some_and(|e| e.key == ch.key)
    });
    if (swapped || cx.names_other(ch, ph) && (!cx.entity_covered(ch) || holds_another))
        && meter.without_in_context(in_holder) >= SLOT_TOPIC
    {
        findings.push(cx.other_name(ch, ph, " (only one can hold that place)"));
    }
}

/// "in Moscow" vs "in Pyongyang": places after "in", "at" or "from" (dates excluded), after their
/// kind ("the port of Zuwara") or before it ("the Libyan port"). A passage's
/// destinations count too ("a delegation to Pyongyang" places the meeting there); a claim's do
/// not, since "sent troops to Russia" does not say where anything happened.
fn places_in(a: &Analysis, destinations: bool) -> Vec<&Entity> {
    // "the province of Samar", "the town of Chupaca": a place after its kind.
    const PLACE_KINDS: &[&str] = &[
        "province",
        "city",
        "town",
        "village",
        "state",
        "region",
        "county",
        "district",
        "island",
        "port",
        "harbor",
        "harbour",
        "constellation",
    ];
    let kind_at = |k: usize| {
        a.tokens
            .get(k)
            .is_some_and(|t| PLACE_KINDS.contains(&t.lower.as_str()))
    };
    a.entities
        .iter()
        .filter(|e| {
            if e.from == 0 {
                return false;
            }
            let placed = match a.tokens[e.from - 1].lower.as_str() {
                "in" | "at" | "from" | "near" => true,
                // "in the constellation Draco": a place after its kind.
                _ if kind_at(e.from - 1) && e.from > 1 && a.tokens[e.from - 2].lower == "the" => {
                    true
                }
                "to" => destinations,
                // "near the border with Ukraine": the country across a border.
                "with" => {
                    e.from > 1
                        && matches!(a.tokens[e.from - 2].lower.as_str(), "border" | "frontier")
                }
                // ("the coast of Manabi province": a place before its kind, after "of".)
                "of" => e.from > 1 && kind_at(e.from - 2) || kind_at(e.to),
                // "the Libyan port of Zuwara": the country a place of that kind is in; "into
                // the Atlantic Ocean": a place named with its article ("from the" names a
                // source as often: "came from the Halden Building Society").
                "the" | "a" => {
                    kind_at(e.to)
                        || (e.from > 1
                            && matches!(a.tokens[e.from - 2].lower.as_str(), "in" | "into"))
                }
                _ => false,
            };
            placed
                && !a
                    .dates
                    .iter()
                    .any(|d| d.start <= a.tokens[e.from].start && a.tokens[e.from].start < d.end)
        })
        .collect()
}

/// Date, destination and place mismatches; returns the weight of the claim's years a date
/// mismatch is about (counted like words in [`compare_numbers`]).
pub(super) fn dates_and_places(
    cx: &Ctx<'_>,
    findings: &mut Vec<Finding>,
    meter: &TopicMeter,
) -> f32 {
    let mut years = 0.0;
    // "Deforestation in Colombia's Amazon also fell": a claim that says "also" tells of
    // another instance of what the passage reports, whose place or date it does not fix.
    if cx.claim.tokens.iter().any(|t| t.lower == "also") {
        destinations(cx, findings, meter);
        return years;
    }
    // "Saturday's defeat": a date in the possessive dates the noun after it, which unless the
    // claim has it is another event ("fired Conti on Sunday").
    let dates_another = |pd: &&crate::text::dates::DateRef| {
        crate::text::opens_possessive(&cx.passage.text[pd.end..])
            && cx
                .passage
                .tokens
                .iter()
                .find(|t| t.start > pd.end)
                .is_some_and(|t| !cx.in_claim(t))
    };
    // "signed in Santiago by ... Ferreyra, who arrived in the Chilean capital on Tuesday": a
    // date in a relative clause dates that clause's act, which unless the claim has its verb
    // is another.
    let dates_a_relative_clause = |pd: &&crate::text::dates::DateRef| {
        let tokens = &cx.passage.tokens;
        let k = tokens.partition_point(|t| t.end <= pd.start);
        for r in (1..k).rev().take(12) {
            let gap = &cx.passage.text[tokens[r - 1].end..tokens[r].start];
            if matches!(tokens[r].lower.as_str(), "who" | "which") && gap.contains(',') {
                return tokens[r + 1..k]
                    .iter()
                    .find(|t| t.content)
                    .is_some_and(|verb| !cx.in_claim(verb));
            }
            // Past a clause boundary the date is not a relative clause's.
            if gap.contains([',', ';']) {
                return false;
            }
        }
        false
    };
    // "slipped 0.4 percent, after a 0.2 percent rise in September": a date after "after" or
    // "before" and a noun dates that noun's event, which unless the claim has it is another.
    let dates_an_earlier_event = |pd: &&crate::text::dates::DateRef| {
        let tokens = &cx.passage.tokens;
        let k = tokens.partition_point(|t| t.end <= pd.start);
        let Some(r) = (k.saturating_sub(7)..k)
            .rev()
            .find(|&r| matches!(tokens[r].lower.as_str(), "after" | "before" | "following"))
        else {
            return false;
        };
        !cx.passage.text[tokens[r].end..pd.start].contains([',', ';'])
            && tokens[r + 1..k]
                .iter()
                .filter(|t| t.is_common())
                .any(|t| !cx.in_claim(t))
    };
    let passage_dates: Vec<_> = cx
        .passage
        .dates
        .iter()
        .filter(|pd| {
            !dates_another(pd) && !dates_a_relative_clause(pd) && !dates_an_earlier_event(pd)
        })
        .collect();
    // "the first attack since July": a date after "since" is where a span starts, not the
    // time of an act, so it meets only a claim's span ("since March").
    let since = |a: &Analysis, at: usize| super::grammar::word_before_is(a, at, "since");
    for cd in cx.claim_dates.iter() {
        let comparable: Vec<_> = passage_dates
            .iter()
            .copied()
            .filter(|pd| cd.comparable(pd))
            .filter(|pd| since(cx.passage, pd.start) == since(cx.claim, cd.start))
            .collect();
        // A month meets the passage's months: "in May" against "third recall this year, ...
        // in March" is a mismatch, though May is in this year too.
        // So does a year: "end in April 2030" against "backdated to April 2, ... will end in
        // April 2029" meets April 2029, not the April 2 of another year.
        let stated_year = |d: &crate::text::dates::DateRef| d.year.is_some() && !d.year_inferred;
        let same_grain: Vec<_> = comparable
            .iter()
            .copied()
            .filter(|pd| pd.month.is_some() == cd.month.is_some())
            .filter(|pd| !stated_year(cd) || stated_year(pd))
            .collect();
        let comparable = if same_grain.is_empty() {
            comparable
        } else {
            same_grain
        };
        // With no calendar date of its own, a passage's weekday ("approved on Wednesday")
        // still rules out a month far from its week.
        let missed = if comparable.is_empty() {
            passage_dates
                .iter()
                .copied()
                .filter(|pd| pd.from_weekday)
                .find(|pd| cd.misses_week_of(pd))
        } else if comparable.iter().all(|pd| cd.contradicts(pd)) {
            comparable.first().copied()
        } else {
            None
        };
        let Some(pd) = missed else {
            continue;
        };
        // "Only 2012, when the ice fell to 3.41 million ..., since records began in 1979":
        // the claim's year stands in the passage, if not as a date the parser reads.
        let years_stated = cx
            .claim
            .quantities
            .iter()
            .filter(|q| q.is_year && q.start >= cd.start && q.end <= cd.end)
            .any(|q| super::figures::states_number(cx.passage, &cx.claim.text[q.start..q.end]));
        if years_stated {
            continue;
        }
        let in_date =
            |i: usize| cx.claim.tokens[i].start >= cd.start && cx.claim.tokens[i].end <= cd.end;
        // The names the context supplies count: "The investigation began in 2021" is about
        // the company its article is about.
        if meter.without_in_context(in_date) < SLOT_TOPIC {
            continue;
        }
        findings.push(cx.contrast(
            FindingKind::DateMismatch,
            (cd.start, cd.end),
            (pd.start, pd.end),
            "",
        ));
        years += cx
            .claim
            .quantities
            .iter()
            .filter(|q| q.is_year && q.start >= cd.start && q.end <= cd.end)
            .count() as f32;
    }
    destinations(cx, findings, meter);
    other_nationality(cx, findings, meter);
    other_of_name(cx, findings, meter);
    other_spanned(cx, findings, meter);
    whole_against_part(cx, findings, meter);
    other_kind(cx, findings, meter);
    other_portfolio(cx, findings, meter);
    // All of the claim's places make one slot ("from Vandenberg in California"): the topic is
    // what remains without any of them.
    let claim_places = places_in(cx.claim, false);
    // "the Gulf of Aden": the name after "of" is the place's too.
    let in_a_place = |i: usize| {
        claim_places.iter().any(|e| {
            (e.from <= i && i < e.to)
                || of_name(cx.claim, e).is_some_and(|n| n.from <= i && i < n.to)
        })
    };
    let mut place_stated_otherwise = false;
    for ce in claim_places.iter().copied() {
        // (The names the context supplies count: "the country's" is the article's.)
        if ce.stems.iter().all(|s| cx.literal.contains(s))
            || meter.without_in_context(in_a_place) < SLOT_TOPIC
        {
            continue;
        }
        // A country and a place that is not one may be the whole and its part ("in Kursk"
        // against "in Russia"): only places of the same level can exclude each other.
        let claim_country = lexicon().is_country(&ce.stems);
        if let Some(pe) = places_in(cx.passage, true).into_iter().find(|pe| {
            !pe.stems.iter().all(|s| cx.claim_stems.contains(s))
                && lexicon().is_country(&pe.stems) == claim_country
        }) {
            findings.push(cx.contrast(
                FindingKind::LocationMismatch,
                entity_span(cx.claim, ce),
                entity_span(cx.passage, pe),
                "",
            ));
            place_stated_otherwise = true;
        }
    }
    // The place the passage states otherwise is the same slot, aligned like a year: the rest of
    // the claim is the passage's ("launched from Vandenberg in California" against "launched
    // ... from Cape Canaveral, Florida").
    if place_stated_otherwise {
        years += meter.slot_weight(in_a_place);
    }
    years
}

/// A closed kind of word before a noun: one thing is of one of them.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    /// "a white dwarf" against "a red dwarf" (only before the same noun: "white dwarf", "red
    /// card", "black box").
    Colour,
    /// "won a gold medal" against "won silver in the 1,500 metres": a metal before "medal" or
    /// standing for it alone ("gold prices" against "silver prices" are markets, no medals).
    Medal,
    /// "set a world record" against "setting a Kenyan record": where a record or a title holds,
    /// a country's (by its demonym) or the world's.
    Scope,
}

impl Kind {
    /// The kind of token `k`, where it stands to say what a thing is: a colour before a noun,
    /// a metal before "medal" or alone, a scope before "record", "best", "title", "champion".
    fn at(ts: &[crate::analysis::Token], k: usize) -> Option<Kind> {
        const COLOURS: &[&str] = &[
            "red", "white", "blue", "green", "black", "yellow", "orange", "purple", "brown",
            "grey", "gray", "pink",
        ];
        const MEDALS: &[&str] = &["gold", "silver", "bronze"];
        const SCOPES: &[&str] = &[
            "world",
            "national",
            "olympic",
            "european",
            "continental",
            "personal",
            "area",
        ];
        const HOLDING: &[&str] = &["record", "best", "title", "champion"];
        let (w, next) = (ts[k].lower.as_str(), ts.get(k + 1));
        if COLOURS.contains(&w) {
            next.is_some().then_some(Kind::Colour)
        } else if MEDALS.contains(&w) {
            next.is_none_or(|n| !n.content || n.lower.starts_with("medal"))
                .then_some(Kind::Medal)
        } else if next.is_some_and(|n| HOLDING.contains(&n.key()))
            // (A demonym is a country's scope: "a Kenyan record".)
            && (SCOPES.contains(&w) || !lexicon().place_expansions(&ts[k].stems).is_empty())
        {
            Some(Kind::Scope)
        } else {
            None
        }
    }
}

/// A closed kind of word (a colour, a medal's metal, a record's scope) the passage gives
/// otherwise for the same thing: [`Kind`].
fn other_kind(cx: &Ctx<'_>, findings: &mut Vec<Finding>, meter: &TopicMeter) {
    let (claim, passage) = (&cx.claim.tokens, &cx.passage.tokens);
    for i in 0..claim.len() {
        let Some(kind) = Kind::at(claim, i) else {
            continue;
        };
        if meter.covered[i] || meter.without(|k| k == i) < SLOT_TOPIC {
            continue;
        }
        let other = (0..passage.len()).find(|&k| {
            passage[k].lower != claim[i].lower
                && Kind::at(passage, k) == Some(kind)
                && (kind == Kind::Medal || super::cover::same_word(&claim[i + 1], &passage[k + 1]))
        });
        if let Some(k) = other {
            let end = |ts: &[crate::analysis::Token], k: usize| {
                ts.get(k + 1).filter(|n| n.content).unwrap_or(&ts[k]).end
            };
            findings.push(cx.contrast(
                FindingKind::Antonym,
                (claim[i].start, end(claim, i)),
                (passage[k].start, end(passage, k)),
                "",
            ));
            return;
        }
    }
}

/// "officials at the interior ministry" against "at the defence ministry": a government body
/// or office has one portfolio, the word before its head.
fn other_portfolio(cx: &Ctx<'_>, findings: &mut Vec<Finding>, meter: &TopicMeter) {
    const HEADS: &[&str] = &[
        "ministry",
        "minister",
        "department",
        "secretary",
        "committee",
    ];
    let (claim, passage) = (&cx.claim.tokens, &cx.passage.tokens);
    let portfolio = |t: &crate::analysis::Token| t.is_common() && !t.lower.ends_with("'s");
    for i in 0..claim.len().saturating_sub(1) {
        let head = &claim[i + 1];
        if !HEADS.contains(&head.lower.as_str())
            || !portfolio(&claim[i])
            || meter.covered[i]
            || meter.in_context[i]
            || meter.without(|k| k == i) < SLOT_TOPIC
        {
            continue;
        }
        let other = (0..passage.len().saturating_sub(1)).find(|&k| {
            passage[k + 1].lower == head.lower
                && portfolio(&passage[k])
                && !cx.in_claim(&passage[k])
        });
        if let Some(k) = other {
            let finding = cx.contrast(
                FindingKind::EntityMismatch,
                (claim[i].start, head.end),
                (passage[k].start, passage[k + 1].end),
                "",
            );
            // (Once: "Greece's shipping minister, X" already gave another role.)
            if !findings.iter().any(|f| f.claim_span == finding.claim_span) {
                findings.push(finding);
            }
            return;
        }
    }
}

/// The common word a name belongs to, within three words before it: "researchers" in
/// "researchers at the University of Cambridge".
fn owner<'a>(a: &'a Analysis, e: &Entity) -> Option<&'a crate::analysis::Token> {
    a.tokens[..e.from]
        .iter()
        .rev()
        .take(3)
        .find(|t| t.content && !t.capitalized)
}

/// The name after "of" that completes a name: "Oxford" in "the University of Oxford".
fn of_name<'a>(a: &'a Analysis, e: &Entity) -> Option<&'a Entity> {
    a.tokens.get(e.to).filter(|t| t.lower == "of")?;
    a.entities.iter().find(|n| n.from == e.to + 1)
}

/// "the University of Oxford" against "the University of Cambridge": the same kind of body or
/// place, another of it. Not a title ("Duke of Cambridge" against "Duke of Kent": two people).
fn other_of_name(cx: &Ctx<'_>, findings: &mut Vec<Finding>, meter: &TopicMeter) {
    for ce in &cx.claim.entities {
        let Some(cn) = of_name(cx.claim, ce) else {
            continue;
        };
        if ce.stems.last().is_some_and(|s| lexicon().is_person_noun(s)) {
            continue;
        }
        if cn.stems.iter().all(|s| cx.literal.contains(s))
            || meter.without(|i| cn.from <= i && i < cn.to) < SLOT_TOPIC
        {
            continue;
        }
        // The word the names belong to must be the same: "a planetary scientist at the
        // University of Chile" is someone else than "researchers at the University of
        // Cambridge".
        let ours = owner(cx.claim, ce);
        let other = cx.passage.entities.iter().find_map(|pe| {
            let pn = of_name(cx.passage, pe)?;
            let same_owner = match (ours, owner(cx.passage, pe)) {
                (Some(a), Some(b)) => super::cover::same_word(a, b),
                _ => true,
            };
            (pe.key == ce.key
                && same_owner
                && pn.key != cn.key
                && !pn.stems.iter().all(|s| cx.claim_stems.contains(s)))
            .then_some(pn)
        });
        if let Some(pn) = other {
            findings.push(cx.other_name(cn, pn, ""));
            return;
        }
    }
}

/// "a bridge over the Danube" against "a road bridge over the Drava river": what a thing spans
/// or runs along is one name for it, after the same preposition and the same noun.
fn other_spanned(cx: &Ctx<'_>, findings: &mut Vec<Finding>, meter: &TopicMeter) {
    const SPANNING: &[&str] = &["over", "across", "under", "along", "through", "beneath"];
    // The noun and preposition a name completes: "bridge", "over" of "bridge over the Danube".
    let frame = |a: &'_ Analysis, e: &Entity| -> Option<(usize, usize)> {
        let article = usize::from(e.from >= 1 && a.tokens[e.from - 1].lower == "the");
        let p = e.from.checked_sub(1 + article)?;
        let head = p.checked_sub(1)?;
        (SPANNING.contains(&a.tokens[p].lower.as_str()) && a.tokens[head].is_common())
            .then_some((head, p))
    };
    for ce in &cx.claim.entities {
        let Some((ch, cp)) = frame(cx.claim, ce) else {
            continue;
        };
        if ce.stems.iter().all(|s| cx.literal.contains(s))
            || meter.without(|i| ce.from <= i && i < ce.to) < SLOT_TOPIC
        {
            continue;
        }
        let other = cx.passage.entities.iter().find(|pe| {
            frame(cx.passage, pe).is_some_and(|(ph, pp)| {
                cx.passage.tokens[pp].lower == cx.claim.tokens[cp].lower
                    && super::cover::same_word(&cx.claim.tokens[ch], &cx.passage.tokens[ph])
            }) && pe.key != ce.key
                && !pe.stems.iter().all(|s| cx.claim_stems.contains(s))
        });
        if let Some(pe) = other {
            findings.push(cx.other_name(ce, pe, ""));
            return;
        }
    }
}

/// "The whole bridge gave way" against "A section of about 60 metres gave way": what the claim
/// says of all of a thing, the passage says of a part of it.
fn whole_against_part(cx: &Ctx<'_>, findings: &mut Vec<Finding>, meter: &TopicMeter) {
    const WHOLE: &[&str] = &["whole", "entire"];
    const PARTS: &[&str] = &["section", "part", "portion", "stretch", "piece", "segment"];
    let (claim, passage) = (&cx.claim.tokens, &cx.passage.tokens);
    let Some(i) = (0..claim.len()).find(|&i| WHOLE.contains(&claim[i].lower.as_str())) else {
        return;
    };
    // The thing itself may be the sentence before's ("The 280-metre bridge ..."); the rest
    // of the claim is the passage's.
    if meter.covered[i]
        || i + 1 >= claim.len()
        || cx.cover(i + 1) == super::cover::Cover::No
        || meter.without(|k| k == i || k == i + 1) < SLOT_TOPIC
    {
        return;
    }
    let part = (0..passage.len().saturating_sub(1)).find(|&k| {
        PARTS.contains(&passage[k].key())
            && passage[k + 1].lower == "of"
            && !cx.in_claim(&passage[k])
    });
    if let Some(k) = part {
        findings.push(cx.contrast(
            FindingKind::Antonym,
            (claim[i].start, claim[i].end),
            (passage[k].start, passage[k].end),
            " (a part of it)",
        ));
    }
}

/// "a Turkish-owned cargo ship" against "a Greek-owned cargo ship": the same attribute
/// ("-owned", "-flagged", "-made") of another country.
fn other_nationality(cx: &Ctx<'_>, findings: &mut Vec<Finding>, meter: &TopicMeter) {
    let national = |w: &str| {
        !lexicon()
            .place_expansions(&[crate::text::stem(w)])
            .is_empty()
    };
    for (i, t) in cx.claim.tokens.iter().enumerate() {
        let Some((country, attribute)) = t.lower.split_once('-') else {
            continue;
        };
        if meter.covered[i] || !national(country) || meter.without(|k| k == i) < SLOT_TOPIC {
            continue;
        }
        let other = cx.passage.tokens.iter().find(|p| {
            p.lower
                .split_once('-')
                .is_some_and(|(c, a)| a == attribute && c != country && national(c))
        });
        if let Some(p) = other {
            findings.push(cx.contrast(
                FindingKind::EntityMismatch,
                (t.start, t.end),
                (p.start, p.end),
                " (another country)",
            ));
            return;
        }
    }
}

/// The content word a destination belongs to: "delegation" in "a delegation to Pyongyang".
fn destination_head(a: &Analysis, e: &Entity) -> Option<usize> {
    if e.from < 2 || a.tokens[e.from - 1].lower != "to" {
        return None;
    }
    let k = e.from - 2;
    a.tokens[k].content.then_some(k)
}

/// Whether a stem is a verb that moves what it is said of: "taken to St. Petersburg" and "flown
/// to Moscow" give the same people two destinations.
fn moves(stem: &str) -> bool {
    static MOVING: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
        [
            "take",
            "taken",
            "took",
            "bring",
            "brought",
            "fly",
            "flown",
            "flew",
            "move",
            "send",
            "sent",
            "transfer",
            "transport",
            "carry",
            "evacuate",
            "deport",
            "relocate",
            "ship",
        ]
        .iter()
        .map(|w| crate::text::tokens::stem(w))
        .collect()
    });
    MOVING.iter().any(|m| m == stem)
}

/// "a delegation to Moscow" against "a delegation to Pyongyang": one movement has one
/// destination. Only when the word the destination belongs to is the same in both, and the rest
/// of the claim is the passage's topic.
fn destinations(cx: &Ctx<'_>, findings: &mut Vec<Finding>, meter: &TopicMeter) {
    for ce in &cx.claim.entities {
        let Some(ch) = destination_head(cx.claim, ce) else {
            continue;
        };
        // The claim's destination in the passage is the same act's, or another's: "cancelled
        // a planned trip to Brussels and travelled to Sopron" is not "travelled to Brussels".
        let named = ce.stems.iter().all(|s| cx.literal.contains(s));
        let c = cx.claim.tokens[ch].key();
        let same_slot = || {
            cx.passage.entities.iter().any(|pe| {
                ce.stems.iter().all(|s| pe.stems.contains(s))
                    && destination_head(cx.passage, pe)
                        .is_some_and(|ph| same_act(c, cx.passage.tokens[ph].key()))
            })
        };
        if (named && same_slot()) || meter.without(|i| ce.from <= i && i < ce.to) < SLOT_TOPIC {
            continue;
        }
        let claim_country = lexicon().is_country(&ce.stems);
        let other = cx.passage.entities.iter().find_map(|pe| {
            let ph = destination_head(cx.passage, pe)?;
            let p = cx.passage.tokens[ph].key();
            // (Named elsewhere in the passage, only the claim's own act will do.)
            let act = if named {
                same_act(c, p)
            } else {
                same_act(c, p) || (moves(c) && moves(p))
            };
            (act && pe.key != ce.key
                && !pe.stems.iter().all(|s| cx.claim_stems.contains(s))
                && lexicon().is_country(&pe.stems) == claim_country)
                .then_some((pe, ph))
        });
        if let Some((pe, ph)) = other {
            // The destination with the word it belongs to: "delegation to Moscow".
            findings.push(cx.contrast(
                FindingKind::LocationMismatch,
                (cx.claim.tokens[ch].start, entity_span(cx.claim, ce).1),
                (cx.passage.tokens[ph].start, entity_span(cx.passage, pe).1),
                "",
            ));
            return;
        }
    }
}
