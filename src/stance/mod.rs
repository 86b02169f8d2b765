//! Claim versus one passage: how much of the claim the passage covers, and every typed reason it
//! contradicts it (a number, a negation, an antonym, swapped roles, a date, a place, an ordinal),
//! plus hedges. Pure functions over [`Analysis`]; the probability of each stance comes from the
//! fitted model in [`crate::verdict`], fed with the features computed here.

use rustc_hash::FxHashSet as HashSet;

use crate::analysis::{self, Analysis};
use crate::lexicon::{concept_set, lexicon, Opposable};

mod cover;
mod figures;
mod grammar;
mod polarity;
mod roles;
mod slots;

use cover::{chars, entity_span, has_token, same_word, Cover, Ctx, CONTEXT_CREDIT};
use figures::{compare_numbers, states_number};
use grammar::{opposable, reads_as_verb};
use polarity::{asserted_negations, negated_at, negation, passage_scoped, withheld_figure};
use roles::{
    aspect_opposite, comparison_direction, identity, other_argument, other_speaker,
    ranked_the_other_way, role, role_swap, route_swap, temporal_order,
};
use slots::{dates_and_places, ordinals};

/// How a passage bears on a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Stance {
    Supports,
    Contradicts,
    Neutral,
}

impl Stance {
    pub const ALL: [Stance; 3] = [Stance::Supports, Stance::Contradicts, Stance::Neutral];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FindingKind {
    NumberMismatch,
    Negation,
    RoleSwap,
    DateMismatch,
    Antonym,
    EntityMismatch,
    LocationMismatch,
    OrdinalMismatch,
    Hedge,
    Uncovered,
}

/// A typed reason, with spans in Unicode code points.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub kind: FindingKind,
    pub claim_span: Option<(usize, usize)>,
    pub passage_span: Option<(usize, usize)>,
    pub detail: String,
    pub contradicts: bool,
}

/// Everything the stance stage concluded about one passage.
#[derive(Debug, Clone)]
pub struct Judgement {
    pub findings: Vec<Finding>,
    /// Weighted share of the claim's content the passage covers (0..1).
    pub coverage: f32,
    /// Coverage ignoring the words a contradiction is about: is the passage on the same topic?
    pub topic: f32,
    /// Claim words the passage does not cover, as written.
    pub uncovered: Vec<String>,
    pub uncovered_entities: usize,
    pub claim_entities: usize,
    /// Uncovered claim words that read as its verbs ("raised", "will cut"): the predicate is
    /// what a claim asserts, so a passage missing it is about something else the claim's
    /// words happen to share.
    pub uncovered_verbs: usize,
    /// Passage word ranges (code points) that match the claim.
    pub highlights: Vec<(usize, usize)>,
    /// The claim token indices the passage covers (for union coverage across passages).
    pub covered_tokens: Vec<usize>,
    pub hedged: bool,
    /// The passage only wants, seeks or plans what the claim states ("coveted an advanced
    /// system"): a hedge that rules out support.
    pub irrealis: bool,
    /// One side has a negation and the other not, wherever it stands: a weak signal on its own,
    /// with the topic overlap a usable one.
    pub polarity_differs: bool,
    pub claim_negated: bool,
}

impl Judgement {
    pub fn contradicting(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| f.contradicts)
    }

    /// Whether the passage can stand in support: nothing in it contradicts the claim and it
    /// names nobody else in the claim's roles.
    pub fn is_clean(&self) -> bool {
        self.contradicting().next().is_none() && !self.names_another()
    }

    /// The passage names someone else in one of the claim's roles (see `other_argument`).
    pub fn names_another(&self) -> bool {
        self.findings
            .iter()
            .any(|f| f.kind == FindingKind::EntityMismatch)
    }

    fn has(&self, kind: FindingKind) -> bool {
        self.findings
            .iter()
            .any(|f| f.kind == kind && f.contradicts)
    }

    /// The rule-level reading: same topic plus a contradiction, or full coverage (its entities
    /// and verbs included) without one.
    pub fn rule_stance(&self) -> Stance {
        let about_same = self.topic >= 0.5
            && (self.claim_entities == 0 || self.uncovered_entities < self.claim_entities);
        if self.contradicting().next().is_some() && about_same {
            Stance::Contradicts
        } else if self.coverage >= SUPPORT_COVERAGE
            && self.uncovered_entities == 0
            && self.uncovered_verbs == 0
            && !self.irrealis
            && self.is_clean()
        {
            Stance::Supports
        } else {
            Stance::Neutral
        }
    }

    /// Model inputs; the order is the model file's, see `verdict::PASSAGE_FEATURES`.
    pub fn features(&self) -> Vec<f32> {
        let rule = self.rule_stance();
        let ent_frac = if self.claim_entities == 0 {
            0.0
        } else {
            self.uncovered_entities as f32 / self.claim_entities as f32
        };
        let b = |x: bool| if x { 1.0 } else { 0.0 };
        vec![
            1.0,
            self.coverage,
            self.coverage * self.coverage,
            self.topic,
            ent_frac,
            b(rule == Stance::Supports),
            b(rule == Stance::Contradicts),
            b(self.has(FindingKind::NumberMismatch)),
            b(self.has(FindingKind::Negation)),
            b(self.has(FindingKind::Antonym)),
            b(self.has(FindingKind::RoleSwap)),
            b(self.has(FindingKind::DateMismatch)
                || self.has(FindingKind::LocationMismatch)
                || self.has(FindingKind::OrdinalMismatch)),
            b(self.hedged),
            (self.uncovered.len() as f32).min(6.0) / 6.0,
            b(self.polarity_differs) * self.topic,
            b(self.claim_negated),
            b(self.uncovered_verbs > 0),
            b(self.names_another()),
        ]
    }
}

/// A claim that someone expects or forecasts something is about what they said, as a claim
/// with a reporting verb is: "The weather service expects gusts" meets "Gusts are expected,
/// the weather service said".
const EXPECTATION_VERBS: &[&str] = &[
    "expects",
    "expect",
    "forecasts",
    "forecast",
    "predicts",
    "predict",
    "anticipates",
    "projects",
];

/// Everything about a passage that does not depend on the claim: built once per sentence and
/// reused for every claim checked against the same index snapshot.
#[derive(Debug, Clone)]
pub struct PassageView {
    pub analysis: Analysis,
    /// Stems the passage covers: its own, mentions, place expansions.
    concepts: HashSet<String>,
    /// The passage's own stems (no expansions), for literal checks.
    literal: HashSet<String>,
    /// Stems of the passage's context (the article title, the sentence before): claims carry
    /// the context a sentence leaves implicit ("The trial enrolled ..." is about the RSV trial).
    context: HashSet<String>,
    /// Initials of the content words of the passage and its context, for acronyms.
    initials: String,
    /// What the passage covers outside its reporting frame (the speaker's title, the source):
    /// "South Korean officials have said" names South Korea as a voice, not as a party to
    /// what they said. `None` when the passage has no frame.
    body: Option<HashSet<String>>,
    /// The article's publication date, against which a claim's relative dates are read too.
    reference: Option<chrono::NaiveDate>,
    /// The single words of the phrasal verb at each token ("called off" -> "cancel"), empty
    /// where there is none.
    phrasal: Vec<&'static [String]>,
}

impl PassageView {
    /// `frame`: the phrases of the passage that say who speaks (speaker title, source), as
    /// attribution found them.
    pub fn new(
        text: &str,
        reference: Option<chrono::NaiveDate>,
        mentions: &[String],
        context: &[&str],
        frame: &[&str],
    ) -> PassageView {
        let analysis = Analysis::new(text, reference);
        let stems = analysis.all_stems();
        let literal: HashSet<String> = stems.iter().cloned().collect();
        let mut concepts = concept_set(&stems, mentions.iter().map(String::as_str));
        // "were called off" covers "cancelled".
        let phrasal: Vec<&'static [String]> = (0..analysis.tokens.len())
            .map(|i| grammar::phrasal_at(&analysis, i))
            .collect();
        concepts.extend(phrasal.iter().flat_map(|words| words.iter().cloned()));
        let mut unframed = text.to_string();
        for phrase in frame.iter().filter(|p| !p.is_empty()) {
            unframed = unframed.replace(phrase, " ");
        }
        let body = (unframed != text).then(|| {
            concept_set(
                &Analysis::new(&unframed, None).all_stems(),
                mentions.iter().map(String::as_str),
            )
        });
        let mut context_stems = Vec::new();
        let mut initials = analysis.initials();
        // "The agency" resolved to the "National Highway Traffic Safety Administration" meets
        // a claim's "NHTSA".
        for m in mentions {
            initials.push(' ');
            initials.push_str(&Analysis::new(m, None).initials());
        }
        for c in context.iter().filter(|c| !c.is_empty()) {
            let a = Analysis::new(c, None);
            context_stems.extend(a.all_stems());
            initials.push(' ');
            initials.push_str(&a.initials());
        }
        let context = concept_set(&context_stems, []);
        PassageView {
            analysis,
            concepts,
            literal,
            context,
            initials,
            body,
            reference,
            phrasal,
        }
    }
}

/// The stems a claim covers, with the places its demonyms and capitals name: computed once per
/// claim, used to highlight every passage.
pub fn claim_concepts(claim: &Analysis) -> HashSet<String> {
    concept_set(&claim.all_stems(), [])
}

/// The claim words a passage leaves uncovered, and how many of them read as verbs.
#[derive(Default)]
struct Missing {
    words: Vec<String>,
    verbs: usize,
}

impl Missing {
    fn add(&mut self, claim: &Analysis, i: usize) {
        let t = &claim.tokens[i];
        self.words.push(claim.text[t.start..t.end].to_string());
        if reads_as_verb(claim, i) {
            self.verbs += 1;
        }
    }
}

/// Judges one passage against a claim. `mentions` are the passage's resolved names from ingest.
pub fn judge(claim: &Analysis, passage: &Analysis, mentions: &[String]) -> Judgement {
    judge_in_context(claim, passage, mentions, &[])
}

/// [`judge`] with the passage's context: the article title and the sentence before.
pub fn judge_in_context(
    claim: &Analysis,
    passage: &Analysis,
    mentions: &[String],
    context: &[&str],
) -> Judgement {
    let view = PassageView::new(&passage.text, None, mentions, context, &[]);
    let view = PassageView {
        analysis: passage.clone(),
        ..view
    };
    judge_view(claim, &claim_concepts(claim), &view)
}

/// Judges a prepared passage against a claim and its [`claim_concepts`].
pub fn judge_view(
    claim: &Analysis,
    claim_concepts: &HashSet<String>,
    view: &PassageView,
) -> Judgement {
    let passage = &view.analysis;
    let cx = Ctx {
        claim,
        passage,
        concepts: &view.concepts,
        literal: &view.literal,
        context: &view.context,
        initials: &view.initials,
        body: view.body.as_ref(),
        claim_stems: claim.all_stems().into_iter().collect(),
        claim_frame: claim.tokens.iter().position(|t| {
            crate::attribution::is_reporting_word(&t.lower)
                || EXPECTATION_VERBS.contains(&t.lower.as_str())
        }),
        claim_dates: match view.reference {
            Some(r) if claim.relative_dates => {
                std::borrow::Cow::Owned(crate::text::dates::dates(&claim.text, Some(r)))
            }
            _ => std::borrow::Cow::Borrowed(&claim.dates),
        },
    };
    let mut findings = Vec::new();
    let scoped_negations = passage_scoped(&cx);

    // Which passage words match something in the claim: highlights, and the aligned slots.
    let mut highlights = Vec::new();
    for t in &passage.tokens {
        if t.content && has_token(claim_concepts, t) {
            highlights.push(chars(&passage.text, (t.start, t.end)));
        }
    }

    // Coverage of content words and entities.
    let mut total = 0.0f32;
    let mut covered = 0.0f32;
    let mut missing = Missing::default();
    let mut covered_tokens = Vec::new();
    let mut uncovered_entities = Vec::new();
    let mut antonym_tokens = HashSet::default();
    let mut agreed = Vec::new();
    let mut context_credit = 0.0f32;
    let mut meter = TopicMeter {
        weight: vec![0.0; claim.tokens.len()],
        covered: vec![false; claim.tokens.len()],
        in_context: vec![false; claim.tokens.len()],
    };
    for e in &claim.entities {
        // A one-word name is covered as its word is ("Kindergarten" opening the claim by
        // "kindergartners"), as `Ctx::cover` counts it.
        let covered = cx.entity_covered(e) || (e.to - e.from == 1 && cx.token_covered(e.from));
        if (!covered || cx.framed_only(e)) && !cx.entity_in_context(e) {
            uncovered_entities.push(e);
        }
    }
    // A negation within four words before word `w`.
    let near_negation = |a: &Analysis, w: usize| a.negations.iter().any(|&n| n < w && w - n <= 4);
    // The single words of the claim's phrasal verbs, by token ("shut down" -> "stop"); the
    // passage's the view holds.
    let claim_phrasal: Vec<&[String]> = (0..claim.tokens.len())
        .map(|i| grammar::phrasal_at(claim, i))
        .collect();
    // The passage's opposite of claim token `i`. A unit after a number is no opposite: "first"
    // against "35 seconds" (an age between commas is no unit: "Voicu, 61, denied"); nor is a
    // name: "next" against the "Open" of "Open Source Center".
    let opposite = |i: usize| {
        passage.tokens.iter().enumerate().find(|(k, p)| {
            let unit = *k > 0 && {
                let n = &passage.tokens[k - 1];
                n.number && passage.text[n.end..p.start].trim().is_empty()
            };
            // "The fall was driven by cheaper fuel": a definite noun that is its clause's
            // subject, with nothing to say of what, points back to something named before,
            // not to the claim's thing.
            let anaphoric = || {
                *k > 0
                    && matches!(
                        passage.tokens[k - 1].lower.as_str(),
                        "the" | "this" | "that"
                    )
                    && passage.tokens.get(k + 1).is_some_and(|n| {
                        matches!(
                            n.lower.as_str(),
                            "was" | "is" | "were" | "are" | "has" | "had" | "came" | "comes"
                        )
                    })
            };
            // "a tripling of fines" is a change of fines, no opposite of the claim's "fall" of
            // something else (a noun after its article: "south of the city" is a place).
            let of_other = || {
                *k > 0
                    && matches!(
                        passage.tokens[k - 1].lower.as_str(),
                        "a" | "an" | "the" | "its" | "their"
                    )
                    && passage.tokens.get(k + 1).is_some_and(|n| {
                        matches!(n.lower.as_str(), "of" | "in")
                            && passage.tokens[k + 2..]
                                .iter()
                                .take(2)
                                .find(|t| t.content)
                                .is_some_and(|t| !cx.in_claim(t))
                    })
            };
            // "called for Mbemba's immediate release": what is called for has not happened.
            let demanded = || {
                passage.tokens[k.saturating_sub(7)..*k].windows(2).any(|w| {
                    matches!(
                        w[0].lower.as_str(),
                        "called" | "calls" | "calling" | "call" | "pressed" | "pushed"
                    ) && w[1].lower == "for"
                }) || passage.tokens[k.saturating_sub(4)..*k].iter().any(|t| {
                    matches!(
                        t.lower.as_str(),
                        "demanded" | "demands" | "demanding" | "urged" | "urging" | "sought"
                    )
                })
            };
            // "denies the charges" disputes an accusation: it opposes an admission, not an
            // approval ("approved the extradition").
            let disputed = |a: &Analysis, d: usize, other: &analysis::Token| {
                a.tokens[d].lower.starts_with("den")
                    && analysis::accusation_follows(&a.tokens, d)
                    && !matches!(other.key(), "admit" | "confirm" | "acknowledg")
            };
            let dispute = || disputed(passage, *k, &claim.tokens[i]) || disputed(claim, i, p);
            // A phrasal verb opposes as its single words do, on either side: "would go ahead"
            // (proceed) against "cancelled", "shut down" (stop) against "restarted".
            let phrasal_opposes = || {
                let verb = |w: &'static String| Opposable {
                    lower: lexicon().verb_form(w),
                    stem: w,
                    as_verb: true,
                };
                view.phrasal[*k]
                    .iter()
                    .any(|w| lexicon().opposes(opposable(claim, i), verb(w)))
                    || claim_phrasal[i]
                        .iter()
                        .any(|w| lexicon().opposes(verb(w), opposable(passage, *k)))
            };
            // "narrow-body" against "wide-body": compounds of one head whose first parts are
            // opposites.
            let compound_opposes = || {
                let (c, q) = (&claim.tokens[i].lower, &p.lower);
                if !c.contains('-') || !q.contains('-') {
                    return false;
                }
                match (c.split_once('-'), q.split_once('-')) {
                    (Some((a, head)), Some((b, other))) if head == other && a != b => {
                        lexicon().opposes(Opposable::bare(a, false), Opposable::bare(b, false))
                    }
                    _ => false,
                }
            };
            // (The word guards only once the lexicon finds an opposite.)
            p.content
                && !p.capitalized
                && !unit
                && (lexicon().opposes(opposable(claim, i), opposable(passage, *k))
                    || phrasal_opposes()
                    || compound_opposes())
                && !anaphoric()
                && !of_other()
                && !demanded()
                && !dispute()
        })
    };
    for (i, t) in claim.tokens.iter().enumerate() {
        // "The break-in happened on Tuesday", "the vote will take place on April 2": that
        // something happens says nothing a passage must repeat.
        let take_place = |a: usize, b: usize| {
            claim.tokens.get(a).is_some_and(|x| x.key() == "take")
                && claim.tokens.get(b).is_some_and(|x| x.lower == "place")
        };
        // "stayed closed", "remained in custody": a copula, like "was closed"; "will next
        // meet": the order of meetings, which the date says.
        let copula = (matches!(t.key(), "remain" | "stay")
            && claim
                .tokens
                .get(i + 1)
                .is_some_and(|n| n.content || n.lower == "in"))
            // "became independent from Portugal": what it became is the claim's word.
            || (matches!(t.lower.as_str(), "become" | "became" | "becomes")
                && claim.tokens.get(i + 1).is_some_and(|n| n.content))
            // "Her son is named Erik": the name is the claim, as in "her son, Erik".
            || (matches!(t.lower.as_str(), "named" | "called")
                && i > 0
                && matches!(claim.tokens[i - 1].lower.as_str(), "is" | "was" | "are" | "were")
                && claim.tokens.get(i + 1).is_some_and(|n| n.capitalized))
            || (t.lower == "next"
                && i > 0
                && matches!(
                    claim.tokens[i - 1].lower.as_str(),
                    "will" | "would" | "shall" | "to"
                ));
        // "The trial results were published": a study's results are the study as reported.
        let study = |n: &analysis::Token| STUDIES.contains(&n.key());
        let results_of_study = matches!(t.key(), "result" | "find")
            && t.lower.ends_with('s')
            && (i > 0 && study(&claim.tokens[i - 1])
                || claim.tokens.get(i + 1).is_some_and(|n| n.lower == "of")
                    && claim.tokens[i + 2..].iter().take(3).any(study));
        // "Okafor called measles one of the most contagious diseases" against a quotation she
        // is the speaker of: calling something so, as saying it, is the passage's report.
        let reported_naming = matches!(
            t.lower.as_str(),
            "called" | "calls" | "described" | "describes" | "termed" | "dubbed"
        ) && claim.tokens.get(i + 1).is_some_and(|n| {
            !matches!(
                n.lower.as_str(),
                "for" | "off" | "on" | "in" | "up" | "out" | "back"
            )
        }) && passage
            .tokens
            .iter()
            .any(|p| crate::attribution::is_reporting_word(&p.lower));
        // "the No. 7 reactor": a numbered label names the thing, as a word would; it is no
        // figure for the figures check.
        let label = t.number
            && i > 0
            && crate::text::is_number_sign(
                &claim.tokens[i - 1].lower,
                &claim.text[claim.tokens[i - 1].end..],
            );
        if !(t.content || label)
            || reported_naming
            || EVENTIVE.contains(&t.key())
            || dimension(claim, i)
            || results_of_study
            || copula
            || take_place(i, i + 1)
            || (i > 0 && take_place(i - 1, i))
        {
            continue;
        }
        let entity = claim.entity_at(i);
        let weight = if entity.is_some() { 1.5 } else { 1.0 };
        total += weight;
        meter.weight[i] = weight;
        let cover = cx.cover(i);
        // "raised its estimate for canola" beside "lowered its forecast for barley": a claim
        // verb the passage has acting there on something else, while its opposite acts on a
        // claim word the other does not, is the opposite act.
        let opposite_acts = || {
            let (k, p) = opposite(i)?;
            // "The center's figures are final" against "The center's figures are
            // preliminary, and a final analysis ...": the opposite said of the same subject,
            // the claim's word only of something else.
            if grammar::predicated(claim, i) && grammar::predicated(passage, k) {
                let (ours, theirs) = (
                    grammar::copula_subject(claim, i),
                    grammar::copula_subject(passage, k),
                );
                let same_subject = ours.iter().any(|&c| {
                    theirs
                        .iter()
                        .any(|&q| same_word(&claim.tokens[c], &passage.tokens[q]))
                });
                // (Where the passage has the claim's word, it modifies a noun: "a final
                // analysis", not "strongest in the youngest and weaker in those older".)
                let elsewhere_only = passage.tokens.iter().enumerate().all(|(j, pt)| {
                    !(pt.content && same_word(t, pt))
                        || (grammar::modifies_noun(passage, j) && !reads_as_verb(passage, j + 1))
                });
                if same_subject && elsewhere_only && !near_negation(passage, k) {
                    return Some(p);
                }
            }
            // Not the claim's own word ("reached orbit after two failed attempts").
            if cx.in_claim(p)
                || !grammar::reads_as_verb(passage, k)
                || near_negation(passage, k)
                || near_negation(claim, i)
            {
                return None;
            }
            let theirs = cx.clause_after(k);
            let mut occurrences = passage
                .tokens
                .iter()
                .enumerate()
                .filter(|(_, pt)| pt.content && same_word(t, pt))
                .peekable();
            occurrences.peek()?;
            // "will lose the title she won in Zurich": the claim's word in a relative clause on
            // what the opposite acts on is said of that thing too ("won the title in Zurich").
            // ("rejected two offers before accepting the third" accepts another.)
            let relative = |j: usize| {
                const SUBJECTS: &[&str] = &[
                    "she", "he", "it", "they", "we", "i", "you", "that", "which", "who",
                ];
                const AUXILIARIES: &[&str] = &["had", "has", "have", "was", "were"];
                let word = |k: usize| passage.tokens[k].lower.as_str();
                (j >= 1 && SUBJECTS.contains(&word(j - 1)))
                    || (j >= 2
                        && AUXILIARIES.contains(&word(j - 1))
                        && SUBJECTS.contains(&word(j - 2)))
            };
            let within = |j: usize| theirs.iter().any(|o| std::ptr::eq(*o, &passage.tokens[j]));
            if occurrences.clone().any(|(j, _)| within(j) && relative(j)) {
                return None;
            }
            occurrences
                .all(|(j, _)| {
                    let mine = cx.clause_after(j);
                    mine.iter().any(|m| !cx.in_claim(m))
                        && theirs
                            .iter()
                            .any(|o| cx.in_claim(o) && !mine.iter().any(|m| same_word(o, m)))
                })
                .then_some(p)
        };
        // An opposite word in the passage is a finding, and the word is "aligned" for topic
        // (checked before context, which may well repeat the claim's word elsewhere).
        // "strongest in the oldest children" against "strongest in the youngest children and
        // weaker in those older than 10": the opposite modifies the claim's noun, the claim's
        // word (or its degree) only something else.
        let opposite_modifier = || {
            // (An adjective: "The loser takes" has no noun after "loser".)
            let adjective = crate::text::tokens::is_adjective(&t.lower)
                || crate::text::tokens::is_superlative(&t.lower);
            let noun = claim
                .tokens
                .get(i + 1)
                .filter(|n| adjective && n.is_common())?;
            let before_noun = |j: usize| {
                passage
                    .tokens
                    .get(j + 1)
                    .is_some_and(|n| n.content && same_word(noun, n))
            };
            let ours = passage
                .tokens
                .iter()
                .enumerate()
                .any(|(j, pt)| pt.content && same_word(t, pt) && before_noun(j));
            if ours || near_negation(claim, i) {
                return None;
            }
            passage
                .tokens
                .iter()
                .enumerate()
                .find(|&(k, p)| {
                    p.content
                        && !p.capitalized
                        && before_noun(k)
                        && lexicon().opposes(opposable(claim, i), opposable(passage, k))
                        && !near_negation(passage, k)
                })
                .map(|(_, p)| p)
        };
        let against = if cover == Cover::Passage {
            // (A superlative may spell like a verb form: "oldest" is WordNet's exception.)
            let acts = grammar::reads_as_verb(claim, i) || grammar::predicated(claim, i);
            (entity.is_none() && acts)
                .then(opposite_acts)
                .flatten()
                .or_else(|| (entity.is_none() && !t.capitalized).then(opposite_modifier)?)
        } else if entity.is_none() {
            match opposite(i) {
                // "will not change" against "will stay unchanged": one side negating the
                // opposite of the other's word says the same. Only when the other side has
                // no negation near its word at all: "has never faced such risks" is no
                // plain "faces risks".
                Some((k, _))
                    if (negated_at(claim, i) && !near_negation(passage, k))
                        || (negated_at(passage, k) && !near_negation(claim, i)) =>
                {
                    agreed.push(i);
                    continue;
                }
                // "low earners" against "work hard": the claim's modifier of a noun the
                // passage lacks is no opposite of a passage word that modifies no noun ("the
                // front door" against "a rear window" still is).
                found => found
                    .filter(|&(k, _)| {
                        // (A phrasal verb is a verb: "shut down" modifies no "down".)
                        grammar::reads_as_verb(claim, i)
                            || !claim_phrasal[i].is_empty()
                            || !grammar::modifies_noun(claim, i)
                            || cx.cover(i + 1) != Cover::No
                            || grammar::modifies_noun(passage, k)
                    })
                    // "finished second" against "started 12th ... to take second place": the
                    // opposite ranks something else, and the claim's rank is in the passage.
                    .filter(|&(k, _)| {
                        let rank = |a: &Analysis, w: usize| {
                            a.ordinals.iter().find(|(o, _, _)| *o == w + 1).map(|o| o.1)
                        };
                        match (rank(claim, i), rank(passage, k)) {
                            (Some(mine), Some(theirs)) => {
                                mine == theirs
                                    || !passage.ordinals.iter().any(|(_, m, _)| *m == mine)
                            }
                            _ => true,
                        }
                    })
                    .map(|(_, p)| p),
            }
        } else {
            None
        };
        if let Some(p) = against {
            antonym_tokens.insert(i);
            // A phrasal verb is quoted whole: "go ahead", not "go".
            let end = passage
                .tokens
                .iter()
                .position(|x| std::ptr::eq(x, p))
                .filter(|&k| !view.phrasal[k].is_empty())
                .and_then(|k| passage.tokens.get(k + 1))
                .map_or(p.end, |particle| particle.end);
            findings.push(cx.contrast(FindingKind::Antonym, (t.start, t.end), (p.start, end), ""));
            continue;
        }
        if cover == Cover::Passage {
            covered += weight;
            meter.covered[i] = true;
            covered_tokens.push(i);
            continue;
        }
        if cover == Cover::Context {
            covered += weight * CONTEXT_CREDIT;
            context_credit += weight * CONTEXT_CREDIT;
            // A name the context supplies counts toward a slot's topic; a common word it
            // supplies ("prisoner" of "prisoner exchange") only toward coverage.
            meter.in_context[i] = entity.is_some() || t.capitalized || cx.described_subject(i);
            covered_tokens.push(i);
            continue;
        }
        missing.add(claim, i);
    }
    // "could fine the company" does not say it fined it: the claim's word for an act the
    // passage only holds possible is not covered.
    // A hedge word that is the claim's own predicate hedges nothing: "a third man is still
    // being sought" is what "police are searching for a third man" says.
    let hedges: Vec<usize> = passage
        .hedges
        .iter()
        .copied()
        .filter(|&h| !cx.in_claim(&passage.tokens[h]))
        .collect();
    let hedged = !hedges.is_empty() && claim.hedges.is_empty();
    let mut unrealised = None;
    if hedged {
        for &(modal, k) in &passage.unrealised {
            let p = &passage.tokens[k];
            let Some(i) = claim
                .tokens
                .iter()
                .position(|t| t.content && same_word(p, t))
            else {
                continue;
            };
            unrealised = Some((modal, k));
            if meter.covered[i] {
                meter.covered[i] = false;
                covered -= meter.weight[i];
                covered_tokens.retain(|&c| c != i);
                missing.add(claim, i);
            }
            break;
        }
    }
    // A negated opposite agrees only where the rest of the claim is the passage's, as an
    // opposite contradicts only there, and that rest is more than one word: "No one is missing
    // after the earthquake" is not "The quake hit at 3:42 a.m.".
    if !agreed.is_empty() {
        let rest: f32 = (0..claim.tokens.len())
            .filter(|i| meter.covered[*i] && !agreed.contains(i))
            .map(|i| meter.weight[i])
            .sum();
        let about =
            rest >= 2.0 && meter.without_in_context(|i| agreed.contains(&i)) >= ANTONYM_TOPIC;
        for i in agreed {
            if about {
                covered += meter.weight[i];
                meter.covered[i] = true;
                covered_tokens.push(i);
            } else {
                missing.add(claim, i);
            }
        }
    }
    // An opposite word contradicts only when the rest of the claim is the passage's: "the
    // president will veto the bill" is not opposed by "lawmakers approved a bill".
    if !antonym_tokens.is_empty()
        && meter.without_in_context(|i| antonym_tokens.contains(&i)) < ANTONYM_TOPIC
    {
        findings.retain(|f| f.kind != FindingKind::Antonym);
        for i in antonym_tokens.drain() {
            missing.add(claim, i);
        }
    }

    let numbers = compare_numbers(&cx, &mut findings, &meter);
    total += numbers.0;
    covered += numbers.1;
    // The claim's numbers and years the passage states too: a dateline ("August 24, 2016")
    // completes a claim's "in 2016" when passages are read together.
    for (i, t) in claim.tokens.iter().enumerate() {
        if t.number && states_number(passage, &t.lower) {
            covered_tokens.push(i);
        }
    }

    let coverage = if total > 0.0 { covered / total } else { 0.0 };
    // Topic counts only what the passage itself covers: context makes a sentence readable, it
    // does not make it about the claim.
    let aligned = covered - context_credit + antonym_tokens.len() as f32 + numbers.2;
    let mut topic = if total > 0.0 {
        (aligned / total).min(1.0)
    } else {
        0.0
    };

    // A contradiction needs the passage to be about the same thing; slot mismatches (date, place,
    // ordinal) need more of the claim around the slot to match than a negation does.
    if topic >= 0.5 {
        negation(&cx, &scoped_negations, &mut findings);
        polarity::only_against_more(&cx, &mut findings, &meter);
        withheld_figure(&cx, &mut findings);
        role_swap(&cx, &mut findings, missing.words.is_empty());
        route_swap(&cx, &mut findings);
        comparison_direction(&cx, &mut findings);
        ranked_the_other_way(&cx, &mut findings);
        temporal_order(&cx, &mut findings);
        aspect_opposite(&cx, &mut findings);
        identity(&cx, &mut findings);
        role(&cx, &mut findings);
    }
    // A speaker's name is the claim's heaviest words: what it reports is gauged without it,
    // and when another voice says it all, the passage is about what the claim is.
    let reported = other_speaker(&cx, &mut findings, &meter);
    if topic >= 0.4 {
        if !findings.iter().any(|f| f.kind == FindingKind::RoleSwap) {
            other_argument(&cx, &mut findings, &meter);
        }
        // A date, place or rank belongs to an act: with the claim's verb missing from the
        // passage ("bought jets from Russia" against "allies in South Korea run fleets of
        // jets"; "a third launch is planned" against "placed its first satellite"), the
        // passage's date, place or rank is another act's.
        if missing.verbs == 0 {
            ordinals(&cx, &mut findings, &meter);
            // A year the passage gives otherwise is the same slot, aligned like a figure.
            let years = dates_and_places(&cx, &mut findings, &meter);
            if total > 0.0 {
                topic = ((aligned + years) / total).min(1.0);
            }
            // Another figure at another time is another state of things, not a contradiction
            // of either: "will rise to 13.90 euros next year" against "will rise to 14.60
            // euros by 2029".
            let at = |k: FindingKind| findings.iter().any(|f| f.kind == k);
            if at(FindingKind::DateMismatch) && at(FindingKind::NumberMismatch) {
                findings.retain(|f| {
                    !matches!(
                        f.kind,
                        FindingKind::DateMismatch | FindingKind::NumberMismatch
                    )
                });
            }
        }
    }
    if let Some(reported) = reported {
        topic = topic.max(reported);
    }
    // "The Bank of Canada will cut rates in April" against "kept its rate unchanged on
    // Wednesday": what will happen and what has happened are two events, and a date, place or
    // opposite act of the one says nothing of the other.
    if tells_of_future(claim) && !tells_of_future(passage) {
        for f in findings.iter_mut().filter(|f| {
            f.contradicts
                && matches!(
                    f.kind,
                    FindingKind::DateMismatch
                        | FindingKind::LocationMismatch
                        | FindingKind::Antonym
                )
        }) {
            f.contradicts = false;
            f.detail
                .push_str(" (the claim tells of what will happen, the passage of what has)");
        }
    }
    // A name the passage states otherwise in the same slot is not missing from it: "mediated
    // by Turkey" against "mediated by the United Arab Emirates" is about the same swap.
    uncovered_entities.retain(|e| {
        let (from, to) = chars(&claim.text, entity_span(claim, e));
        !findings.iter().any(|f| {
            f.contradicts
                && matches!(
                    f.kind,
                    FindingKind::EntityMismatch | FindingKind::LocationMismatch
                )
                && f.claim_span.is_some_and(|(s, e)| s <= from && to <= e)
        })
    });
    let irrealis = hedged
        && (unrealised.is_some()
            || hedges
                .iter()
                .any(|&h| crate::analysis::is_irrealis(&passage.tokens[h].lower)));
    if hedged {
        let (span, detail) = match unrealised {
            Some((modal, k)) => {
                let (modal, v) = (&passage.tokens[modal], &passage.tokens[k]);
                (
                    (modal.start, v.end),
                    format!(
                        "the passage says only that it may happen: \"{}\"",
                        &passage.text[modal.start..v.end]
                    ),
                )
            }
            None => {
                let h = &passage.tokens[hedges[0]];
                (
                    (h.start, h.end),
                    format!("the passage hedges: \"{}\"", &passage.text[h.start..h.end]),
                )
            }
        };
        findings.push(Finding {
            kind: FindingKind::Hedge,
            claim_span: None,
            passage_span: Some(chars(&passage.text, span)),
            detail,
            contradicts: false,
        });
    }
    if !missing.words.is_empty() && coverage >= 0.5 {
        findings.push(Finding {
            kind: FindingKind::Uncovered,
            claim_span: None,
            passage_span: None,
            detail: format!("not covered: {}", missing.words.join(", ")),
            contradicts: false,
        });
    }
    Judgement {
        findings,
        coverage,
        topic,
        uncovered: missing.words,
        uncovered_entities: uncovered_entities.len(),
        claim_entities: claim.entities.len(),
        uncovered_verbs: missing.verbs,
        highlights,
        covered_tokens,
        hedged,
        irrealis,
        polarity_differs: claim.negations.len() % 2
            != asserted_negations(&cx, &scoped_negations) % 2,
        claim_negated: !claim.negations.is_empty(),
    }
}

/// Whether a text tells of something to come, or that may: "will", "next year", "is expected
/// to", "plans to", "said it would", "could cut", "were likely to rise". ("May" is left out: it
/// is a month as often.)
fn tells_of_future(a: &Analysis) -> bool {
    const FUTURE: &str = "will 'll wo shall would could might likely next tomorrow upcoming \
                          plans planned expects expected scheduled forecast forecasts";
    a.tokens
        .iter()
        .any(|t| FUTURE.split_whitespace().any(|w| w == t.lower))
}

/// "280 metres long": the adjective after a length says what its unit already does ("the
/// 280-metre bridge").
fn dimension(a: &Analysis, i: usize) -> bool {
    const DIMENSIONS: &[&str] = &["long", "wide", "high", "tall", "deep", "thick"];
    const LENGTHS: &[&str] = &[
        "metre",
        "metres",
        "meter",
        "meters",
        "kilometres",
        "kilometers",
        "km",
        "miles",
        "feet",
        "foot",
        "yards",
        "inches",
        "centimetres",
        "cm",
    ];
    i >= 2
        && DIMENSIONS.contains(&a.tokens[i].lower.as_str())
        && LENGTHS.contains(&a.tokens[i - 1].lower.as_str())
        && a.tokens[i - 2].number
}

/// Per claim token: its weight and whether the passage covers it.
struct TopicMeter {
    weight: Vec<f32>,
    covered: Vec<bool>,
    /// Covered by the passage's context only (the names a sentence leaves implicit).
    in_context: Vec<bool>,
}

impl TopicMeter {
    /// Coverage of the claim leaving out the tokens of one slot (the date, place or ordinal a
    /// mismatch is about): is the rest of the claim the same event?
    fn without(&self, slot: impl Fn(usize) -> bool) -> f32 {
        self.rest(slot, false)
    }

    /// [`Self::without`], counting the names the context supplies: "the side effects were
    /// mild" is about the vaccine its title names.
    fn without_in_context(&self, slot: impl Fn(usize) -> bool) -> f32 {
        self.rest(slot, true)
    }

    /// Weight of a slot's tokens the passage does not cover: what a mismatch in that slot
    /// aligns.
    fn slot_weight(&self, slot: impl Fn(usize) -> bool) -> f32 {
        (0..self.weight.len())
            .filter(|&i| slot(i) && !self.covered[i])
            .map(|i| self.weight[i])
            .sum()
    }

    fn rest(&self, slot: impl Fn(usize) -> bool, context: bool) -> f32 {
        let (mut total, mut covered) = (0.0, 0.0);
        for (i, w) in self.weight.iter().enumerate() {
            if slot(i) {
                continue;
            }
            total += w;
            if self.covered[i] || (context && self.in_context[i]) {
                covered += w;
            }
        }
        if total > 0.0 {
            covered / total
        } else {
            0.0
        }
    }
}

/// Coverage at which a clean passage reads as support: a claim with a content word or two the
/// passage lacks ("plans to buy", "heavy casualties") is not supported by it.
const SUPPORT_COVERAGE: f32 = 0.85;

/// How much of the rest of the claim a figure must match, more than, for a different figure to
/// contradict it: more than three fifths. Looser than a slot's, since the figure is usually the
/// point ("beat the old record by more than a minute" against "beat the previous mark by 35
/// seconds"), but not half ("the trial lasted six weeks" against "took the drug for more than
/// 90 days"; "Wind gusts reached up to 70 kilometers per hour when the plane landed" against
/// another article's "sustained winds of 185 kilometers per hour" at landfall).
const NUMBER_TOPIC: f32 = 0.6;

/// How much of the rest of the claim an opposite word needs to match.
const ANTONYM_TOPIC: f32 = 0.6;

/// Verbs (as stems) that only say an event took place.
const EVENTIVE: &[&str] = &["happen", "occur"];

/// Stems of the kinds of study whose results are the study as reported.
const STUDIES: &[&str] = &[
    "trial", "studi", "survey", "research", "experi", "poll", "test",
];

/// How much of the rest of the claim a slot mismatch needs to match.
const SLOT_TOPIC: f32 = 0.7;

#[cfg(test)]
mod tests;
