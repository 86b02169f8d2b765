//! Claim versus one passage: how much of the claim the passage covers, and every typed reason it
//! contradicts it (a number, a negation, an antonym, swapped roles, a date, a place, an ordinal),
//! plus hedges. Pure functions over [`Analysis`]; the probability of each stance comes from the
//! fitted model in [`crate::verdict`], fed with the features computed here.

use rustc_hash::FxHashSet as HashSet;

use crate::analysis::{Analysis, Entity, Token};
use crate::lexicon::{concept_set, lexicon, Opposable};
use crate::text::char_offset;
use crate::text::dates::DateRef;
use crate::text::numbers::Quantity;
use crate::text::tokens::is_irregular_form;

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

const PASSIVE_BY: &str = "by";

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
        let concepts = concept_set(&stems, mentions.iter().map(String::as_str));
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
        }
    }
}

/// The stems a claim covers, with the places its demonyms and capitals name: computed once per
/// claim, used to highlight every passage.
pub fn claim_concepts(claim: &Analysis) -> HashSet<String> {
    concept_set(&claim.all_stems(), [])
}

struct Ctx<'a> {
    claim: &'a Analysis,
    passage: &'a Analysis,
    concepts: &'a HashSet<String>,
    literal: &'a HashSet<String>,
    context: &'a HashSet<String>,
    initials: &'a str,
    body: Option<&'a HashSet<String>>,
    /// The claim's own stems (no expansions): is a passage's name one the claim uses?
    claim_stems: HashSet<String>,
    /// The claim is not about who said what: a name the passage has only in its reporting
    /// frame does not cover the claim's.
    unframed_claim: bool,
    /// The claim's dates, its relative ones ("last year") read as of the passage's article.
    claim_dates: std::borrow::Cow<'a, [DateRef]>,
}

/// How far the passage covers a claim word.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Cover {
    Passage,
    Context,
    No,
}

/// Credit for a claim word covered only by the passage's context.
const CONTEXT_CREDIT: f32 = 0.5;

fn chars(text: &str, (s, e): (usize, usize)) -> (usize, usize) {
    (char_offset(text, s), char_offset(text, e))
}

impl Ctx<'_> {
    /// Whether the passage's name `theirs` is another than the claim's `ours`, and one the
    /// claim does not mention at all.
    fn names_other(&self, ours: &Entity, theirs: &Entity) -> bool {
        theirs.key != ours.key && !theirs.stems.iter().all(|s| self.claim_stems.contains(s))
    }

    /// The contradiction of a claim's name by another name of the passage.
    fn other_name(&self, ours: &Entity, theirs: &Entity, note: &str) -> Finding {
        self.contrast(
            FindingKind::EntityMismatch,
            entity_span(self.claim, ours),
            entity_span(self.passage, theirs),
            note,
        )
    }

    /// A contradiction of two spans (byte ranges) the claim and the passage state differently:
    /// `claim says "..."; passage says "..."`, with `note` after.
    fn contrast(
        &self,
        kind: FindingKind,
        claim_span: (usize, usize),
        passage_span: (usize, usize),
        note: &str,
    ) -> Finding {
        let (claim, passage) = (&self.claim.text, &self.passage.text);
        Finding {
            kind,
            claim_span: Some(chars(claim, claim_span)),
            passage_span: Some(chars(passage, passage_span)),
            detail: format!(
                "claim says \"{}\"; passage says \"{}\"{note}",
                &claim[claim_span.0..claim_span.1],
                &passage[passage_span.0..passage_span.1]
            ),
            contradicts: true,
        }
    }

    /// Whether the claim has a word, or a synonym of it (a stem).
    fn claim_word(&self, stem: &str) -> bool {
        has_word(&self.claim_stems, stem)
    }

    /// Whether the claim has a passage word: one of its stems, or a synonym of it.
    fn in_claim(&self, t: &Token) -> bool {
        has_token(&self.claim_stems, t)
    }

    fn covers_stem(&self, stem: &str) -> bool {
        has_word(self.concepts, stem)
    }

    /// Derivational variants the stemmer leaves apart ("shipment" / "ship", "analysis" / "analyze").
    fn covers_derivation(&self, stem: &str) -> bool {
        if stem.len() < 4 {
            return false;
        }
        const SUFFIXES: &[&str] = &[
            "ment", "ments", "ing", "ion", "ions", "al", "ure", "ive", "iti", "ance", "enc",
            "ship", "ism", "ist",
        ];
        self.literal.iter().any(|p| {
            let common = p
                .chars()
                .zip(stem.chars())
                .take_while(|(a, b)| a == b)
                .count();
            let (short, long) = if p.len() <= stem.len() {
                (p.as_str(), stem)
            } else {
                (stem, p.as_str())
            };
            let suffixed = short.len() >= 4
                && long.starts_with(short)
                && SUFFIXES.contains(&&long[short.len()..]);
            // An agent noun is not its verb: "fighter jets" are not "to fight".
            let agentive = long.starts_with(short)
                && matches!(&long[short.len()..], "er" | "ers" | "or" | "ors");
            !agentive && (suffixed || (common >= 5 && common * 5 >= short.len() * 4))
        })
    }

    fn token_covered(&self, i: usize) -> bool {
        let t = &self.claim.tokens[i];
        let key = t.key();
        if self.concepts.contains(key) {
            return true;
        }
        if self.covers_stem(key) {
            // A word of a name is no common word's synonym: "cures" is not in "Brevian
            // Therapeutics" (its spelling is: "defense" in "Ministry of Defence").
            return t.capitalized || !self.synonym_only_inside_names(key);
        }
        let parts = &t.stems[..t.stems.len().saturating_sub(usize::from(t.stems.len() > 1))];
        if t.stems.len() > 1 && parts.iter().all(|p| self.covers_stem(p)) {
            return true;
        }
        self.covers_derivation(key)
            || self.in_date_passage_gives(t.start, t.end)
            || self.names_kind_of_people(key)
    }

    /// Whether the passage has a synonym of a stem (not a spelling of it) only inside names of
    /// two words or more.
    fn synonym_only_inside_names(&self, stem: &str) -> bool {
        let synonyms = lexicon().synonyms(stem);
        let in_name = |k: usize| {
            self.passage
                .entities
                .iter()
                .any(|e| e.to - e.from >= 2 && (e.from..e.to).contains(&k))
        };
        let mut found = false;
        for (k, p) in self.passage.tokens.iter().enumerate() {
            let Some(s) = p.stems.iter().find(|s| synonyms.contains(s)) else {
                continue;
            };
            if !in_name(k) || spelling_variant(s, stem) {
                return false;
            }
            found = true;
        }
        found
    }

    /// "people" is said of any kind of people the passage names ("patients", "residents").
    fn names_kind_of_people(&self, stem: &str) -> bool {
        let lex = lexicon();
        lex.is_people_in_general(stem)
            && self
                .passage
                .tokens
                .iter()
                .any(|p| p.content && !p.capitalized && lex.is_person_noun(p.key()))
    }

    /// Whether a span of the claim lies in a date the passage gives too, however it writes it:
    /// "on July 2, 2025" against "on Wednesday" in an article of July 3, 2025.
    fn in_date_passage_gives(&self, start: usize, end: usize) -> bool {
        self.claim_dates.iter().any(|cd| {
            cd.start <= start
                && end <= cd.end
                && self.passage.dates.iter().any(|pd| cd.agrees_with(pd))
        })
    }

    fn entity_covered(&self, e: &Entity) -> bool {
        e.key.split(' ').all(|s| self.concepts.contains(s))
            || e.stems
                .iter()
                .filter(|s| s.len() > 1)
                .all(|s| self.concepts.contains(s))
            || (e.to - e.from == 1 && self.acronym(e.from))
    }

    fn acronym(&self, i: usize) -> bool {
        let t = &self.claim.tokens[i];
        t.acronym && self.initials.contains(&t.lower)
    }

    fn entity_in_context(&self, e: &Entity) -> bool {
        e.key.split(' ').all(|s| self.context.contains(s))
            || e.stems
                .iter()
                .filter(|s| s.len() > 1)
                .all(|s| self.context.contains(s))
    }

    /// A claim name the passage has only in its reporting frame, when the claim is not about
    /// who said what.
    fn framed_only(&self, e: &Entity) -> bool {
        match self.body {
            Some(body) if self.unframed_claim => {
                !e.key.split(' ').all(|s| body.contains(s))
                    && !e
                        .stems
                        .iter()
                        .filter(|s| s.len() > 1)
                        .all(|s| body.contains(s))
            }
            _ => false,
        }
    }

    fn cover(&self, i: usize) -> Cover {
        let entity = self.claim.entity_at(i);
        let main = match entity {
            Some(e) => self.entity_covered(e) || self.token_covered(i),
            None => self.token_covered(i),
        };
        if main {
            return if entity.is_some_and(|e| self.framed_only(e)) {
                Cover::Context
            } else {
                Cover::Passage
            };
        }
        let t = &self.claim.tokens[i];
        // Context stands in for the names a sentence leaves implicit ("the trial" of the RSV
        // vaccine), not for what the claim says about them: "fighter jets" in the sentence
        // before does not make "supplied fighter jets" covered.
        let in_context = match entity {
            Some(e) => self.entity_in_context(e),
            None => t.capitalized && self.context.contains(t.key()),
        };
        if in_context {
            Cover::Context
        } else {
            Cover::No
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
        unframed_claim: !claim.tokens.iter().any(|t| {
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
    let mut uncovered = Vec::new();
    let mut covered_tokens = Vec::new();
    let mut uncovered_entities = 0;
    let mut uncovered_verbs = 0;
    let mut antonym_tokens = HashSet::default();
    let mut context_credit = 0.0f32;
    let mut meter = TopicMeter {
        weight: vec![0.0; claim.tokens.len()],
        covered: vec![false; claim.tokens.len()],
        in_context: vec![false; claim.tokens.len()],
    };
    for e in &claim.entities {
        if (!cx.entity_covered(e) || cx.framed_only(e)) && !cx.entity_in_context(e) {
            uncovered_entities += 1;
        }
    }
    for (i, t) in claim.tokens.iter().enumerate() {
        // "The break-in happened on Tuesday", "the vote will take place on April 2": that
        // something happens says nothing a passage must repeat.
        let take_place = |a: usize, b: usize| {
            claim.tokens.get(a).is_some_and(|x| x.key() == "take")
                && claim.tokens.get(b).is_some_and(|x| x.lower == "place")
        };
        if !t.content
            || EVENTIVE.contains(&t.key())
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
        if cover == Cover::Passage {
            covered += weight;
            meter.covered[i] = true;
            covered_tokens.push(i);
            continue;
        }
        // An opposite word in the passage is a finding, and the word is "aligned" for topic
        // (checked before context, which may well repeat the claim's word elsewhere).
        if entity.is_none() {
            if let Some(p) = passage
                .tokens
                .iter()
                .enumerate()
                // A unit after a number is no opposite: "first" against "35 seconds"; nor is a
                // name: "next" against the "Open" of "Open Source Center".
                .find(|(k, p)| {
                    p.content
                        && !p.capitalized
                        && !(*k > 0 && passage.tokens[k - 1].number)
                        && lexicon().opposes(opposable(claim, i), opposable(passage, *k))
                })
                .map(|(_, p)| p)
            {
                antonym_tokens.insert(i);
                findings.push(cx.contrast(
                    FindingKind::Antonym,
                    (t.start, t.end),
                    (p.start, p.end),
                    "",
                ));
                continue;
            }
        }
        if cover == Cover::Context {
            covered += weight * CONTEXT_CREDIT;
            context_credit += weight * CONTEXT_CREDIT;
            meter.in_context[i] = true;
            covered_tokens.push(i);
            continue;
        }
        if reads_as_verb(claim, i) {
            uncovered_verbs += 1;
        }
        uncovered.push(claim.text[t.start..t.end].to_string());
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
                let t = &claim.tokens[i];
                uncovered.push(claim.text[t.start..t.end].to_string());
                if reads_as_verb(claim, i) {
                    uncovered_verbs += 1;
                }
            }
            break;
        }
    }
    // An opposite word contradicts only when the rest of the claim is the passage's: "the
    // president will veto the bill" is not opposed by "lawmakers approved a bill".
    if !antonym_tokens.is_empty()
        && meter.without_in_context(|i| antonym_tokens.contains(&i)) < ANTONYM_TOPIC
    {
        findings.retain(|f| f.kind != FindingKind::Antonym);
        for i in antonym_tokens.drain() {
            let t = &claim.tokens[i];
            uncovered.push(claim.text[t.start..t.end].to_string());
            if reads_as_verb(claim, i) {
                uncovered_verbs += 1;
            }
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
        negation(&cx, &mut findings);
        role_swap(&cx, &mut findings, uncovered.is_empty());
        comparison_direction(&cx, &mut findings);
        identity(&cx, &mut findings);
        role(&cx, &mut findings);
    }
    if topic >= 0.4 {
        if !findings.iter().any(|f| f.kind == FindingKind::RoleSwap) {
            other_argument(&cx, &mut findings, &meter);
        }
        // A date, place or rank belongs to an act: with the claim's verb missing from the
        // passage ("bought jets from Russia" against "allies in South Korea run fleets of
        // jets"; "a third launch is planned" against "placed its first satellite"), the
        // passage's date, place or rank is another act's.
        if uncovered_verbs == 0 {
            ordinals(&cx, &mut findings, &meter);
            // A year the passage gives otherwise is the same slot, aligned like a figure.
            let years = dates_and_places(&cx, &mut findings, &meter);
            if total > 0.0 {
                topic = ((aligned + years) / total).min(1.0);
            }
        }
    }
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
    if !uncovered.is_empty() && coverage >= 0.5 {
        findings.push(Finding {
            kind: FindingKind::Uncovered,
            claim_span: None,
            passage_span: None,
            detail: format!("not covered: {}", uncovered.join(", ")),
            contradicts: false,
        });
    }
    Judgement {
        findings,
        coverage,
        topic,
        uncovered,
        uncovered_entities,
        claim_entities: claim.entities.len(),
        uncovered_verbs,
        highlights,
        covered_tokens,
        hedged,
        irrealis,
        polarity_differs: claim.negations.len() % 2 != asserted_negations(&cx) % 2,
        claim_negated: !claim.negations.is_empty(),
    }
}

/// Token `i` as a candidate opposite: after a modal or "to" it is a verb ("will last").
fn opposable(a: &Analysis, i: usize) -> Opposable<'_> {
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
/// Two spellings of one word ("defense" / "defence", "labor" / "labour"): at most two edits
/// apart, and neither short.
fn spelling_variant(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().min(b.len()) < 4 || a.len().abs_diff(b.len()) > 2 {
        return false;
    }
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, x) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, y) in b.iter().enumerate() {
            let substitution = diagonal + usize::from(x != y);
            diagonal = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(row[j + 1] + 1);
        }
    }
    row[b.len()] <= 2
}

fn reads_as_verb(a: &Analysis, i: usize) -> bool {
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
    // Aspect verbs before another verb ("began sending", "started to build"): that one is the
    // predicate.
    const ASPECT: &[&str] = &["begin", "start", "continu", "stop", "resum"];
    let t = &a.tokens[i];
    if t.capitalized || t.number || LIGHT.contains(&t.key()) {
        return false;
    }
    if ASPECT.contains(&t.key())
        && a.tokens
            .get(i + 1)
            .is_some_and(|n| n.lower == "to" || (n.lower.len() > 4 && n.lower.ends_with("ing")))
    {
        return false;
    }
    (t.lower.len() > 4 && t.lower.ends_with("ed"))
        || is_irregular_form(&t.lower)
        || (i > 0 && AUXILIARIES.contains(&a.tokens[i - 1].lower.as_str()))
        || after_copula(a, i)
}

/// Whether claim token `i` is what a copula predicates ("has never been safer", "is modern"):
/// the claim's predicate as much as a verb is.
fn after_copula(a: &Analysis, i: usize) -> bool {
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

/// Whether a passage states a number as written: as a token of its own, or, for a year, inside
/// a date written as one token ("2016-08-24").
fn states_number(passage: &Analysis, number: &str) -> bool {
    let year = number.len() == 4 && number.bytes().all(|b| b.is_ascii_digit());
    passage.tokens.iter().any(|p| {
        p.number && p.lower == number
            || (year
                && p.lower
                    .split(|c: char| !c.is_ascii_digit())
                    .any(|part| part == number))
    })
}

fn same_unit(a: &Quantity, b: &Quantity) -> bool {
    // Units as stems; "days" and "day" meet, and so do "troops" and "soldiers".
    let unit_of = |u: &str| u.trim_end_matches('s').to_string();
    match (&a.unit, &b.unit) {
        (Some(x), Some(y)) => {
            unit_of(x) == unit_of(y)
                || lexicon().synonyms(x).contains(y)
                || b.unit_words.contains(x)
                || a.unit_words.contains(y)
                || abbreviates(x, &b.unit_words)
                || abbreviates(y, &a.unit_words)
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

/// The quantities of a text that count something: not years, nor the day of a date
/// ("January 1").
fn counts(a: &Analysis) -> Vec<&Quantity> {
    a.quantities
        .iter()
        .filter(|q| !q.is_year && !a.dates.iter().any(|d| d.start <= q.start && q.end <= d.end))
        .collect()
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
fn compare_numbers(
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
        let candidates: Vec<&Quantity> = passage_counts
            .iter()
            .copied()
            .filter(|p| same_unit(q, p) || q.in_unit_of(p).is_some())
            .collect();
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
        // "killing at least 37 people and injuring more than 400": a figure belongs to the verb
        // before it. When some figure's verb is one of the claim's, only those figures are the
        // claim's, a bare one included ("more than 400 people were injured").
        let bound: Vec<&Quantity> = passage_counts
            .iter()
            .copied()
            .filter(|p| {
                (p.unit.is_none() || candidates.iter().any(|c| std::ptr::eq(*c, *p)))
                    && counted_by_claim_verb(cx, p)
            })
            .collect();
        if !bound.is_empty() {
            candidates = bound;
        }
        if candidates.is_empty() {
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
        // "reached 214 cases" against "37 new cases ..., bringing the total to 214": the same
        // figure, bare, is the claim's.
        let restated = || {
            passage_counts
                .iter()
                .any(|p| p.unit.is_none() && p.value == q.value)
        };
        if candidates.iter().any(|p| !contradicts(p)) || restated() {
            covered += 1.5;
        } else if let Some(p) = candidates
            .iter()
            .find(|p| !counts_other_things(cx, q, p))
            .filter(|_| meter.without_in_context(in_quantity) > NUMBER_TOPIC)
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

/// Whether a set of stems has a stem or one of its synonyms.
fn has_word(set: &HashSet<String>, stem: &str) -> bool {
    set.contains(stem) || lexicon().synonyms(stem).iter().any(|s| set.contains(s))
}

/// Whether a set of stems has one of a token's stems or a synonym of it.
fn has_token(set: &HashSet<String>, t: &Token) -> bool {
    t.stems.iter().any(|s| set.contains(s)) || has_word(set, t.key())
}

/// Whether `b` has one of `a`'s stems or a synonym of `a`.
fn same_word(a: &Token, b: &Token) -> bool {
    a.stems.iter().any(|s| b.stems.contains(s))
        || lexicon()
            .synonyms(a.key())
            .iter()
            .any(|s| b.stems.contains(s))
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
            if !same_word(c, t) {
                return true;
            }
        }
    }
    let theirs: Vec<&Token> = figure_nouns(cx.passage, p).collect();
    let claim_only = figure_nouns(cx.claim, q).any(|c| !theirs.iter().any(|t| same_word(c, t)));
    let passage_only = theirs.iter().any(|t| !cx.in_claim(t));
    claim_only && passage_only
}

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

/// The passage's negations, less those in a concessive clause that negate none of the claim's
/// words: "..., though it did not say how many jobs would be lost" concedes something beside
/// the claim.
fn asserted_negations(cx: &Ctx<'_>) -> usize {
    let passage = cx.passage;
    let concessive = |k: usize| {
        passage.tokens[..k].iter().any(|t| {
            matches!(
                t.lower.as_str(),
                "though" | "although" | "but" | "while" | "whereas"
            )
        })
    };
    let in_claim = |s: &str| cx.claim_word(s);
    let scoped = scoped_negations(passage, &in_claim);
    passage
        .negations
        .iter()
        .filter(|k| !concessive(**k) || scoped.contains(k))
        .count()
}

fn negation(cx: &Ctx<'_>, findings: &mut Vec<Finding>) {
    let in_claim = |s: &str| cx.claim_word(s);
    let in_passage = |s: &str| cx.covers_stem(s);
    let c = scoped_negations(cx.claim, &in_passage);
    let p = scoped_negations(cx.passage, &in_claim);
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

fn next_content(a: &Analysis, k: usize) -> String {
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
    let before = a.entities.iter().rev().find(|e| e.to <= i && i - e.to <= 6);
    let after = a.entities.iter().find(|e| e.from > i && e.from - i <= 6);
    let passive = a.tokens.get(i + 1).is_some_and(|t| t.lower == PASSIVE_BY)
        || (i > 0
            && matches!(
                a.tokens[i - 1].lower.as_str(),
                "was" | "were" | "been" | "being" | "is" | "are"
            )
            && a.tokens[i].lower.ends_with("ed"));
    (before, after, passive)
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
fn role_swap(cx: &Ctx<'_>, findings: &mut Vec<Finding>, covered: bool) {
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
        if !ct.content || ct.capitalized || ct.number || unit(cx.claim, ci) {
            continue;
        }
        let (cb, ca, cpass) = arguments(cx.claim, ci);
        let (Some(cb), Some(ca)) = (cb, ca) else {
            continue;
        };
        if cb == ca {
            continue;
        }
        let stem = ct.key();
        for (pi, pt) in cx.passage.tokens.iter().enumerate() {
            if !pt.content || pt.capitalized || unit(cx.passage, pi) {
                continue;
            }
            if !same_act(stem, pt.key()) {
                continue;
            }
            let (pb, pa, ppass) = arguments(cx.passage, pi);
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
            let swapped = pb == ca && pa == cb;
            let same = pb == cb && pa == ca;
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
                    detail: format!("claim: {cb} -> {ca}; passage: {pb} -> {pa}"),
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

/// How many of the claim's (common) words the passage has within five words of token `i`.
fn claim_words_near(cx: &Ctx<'_>, i: usize) -> usize {
    let a = cx.passage;
    a.tokens[i.saturating_sub(5)..a.tokens.len().min(i + 6)]
        .iter()
        .filter(|t| t.content && !t.capitalized && cx.in_claim(t))
        .count()
}

/// "sold more vehicles than a year earlier" against "sold 152,000 vehicles, 9 percent fewer
/// than a year earlier", "more likely" against "less likely": the same comparison, with the
/// same baseline or of the same word, the other way. Only "more" against "fewer" or "less"
/// (content comparatives such as "higher" are antonyms already), and not the qualifiers of a
/// figure ("more than 70").
fn comparison_direction(cx: &Ctx<'_>, findings: &mut Vec<Finding>) {
    // (token index, is "more", stem of the word compared or of the baseline after "than")
    fn comparisons(a: &Analysis) -> Vec<(usize, bool, String)> {
        let mut out = Vec::new();
        for (i, t) in a.tokens.iter().enumerate() {
            let more = match t.lower.as_str() {
                "more" => true,
                "fewer" | "less" => false,
                _ => continue,
            };
            // "more likely", "less common": the word compared.
            // ("likely" is no content word, being a hedge, but it is what is compared.)
            if let Some(head) = a
                .tokens
                .get(i + 1)
                .filter(|x| !x.capitalized && !x.number && !crate::text::is_stop_word(&x.lower))
            {
                out.push((i, more, head.key().to_string()));
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
            if let Some(base) = a.tokens[than + 1..].iter().take(3).find(|x| x.content) {
                out.push((i, more, base.key().to_string()));
            }
        }
        out
    }
    let passage = comparisons(cx.passage);
    for (ci, more, base) in comparisons(cx.claim) {
        if let Some((pi, _, _)) = passage.iter().find(|(_, m, b)| *m != more && *b == base) {
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

/// "Vasquez is a Republican" against "Ms. Vasquez, a Democrat, campaigned ...": what a claim
/// says someone is, against the name the passage gives them in apposition. Both must be names
/// (a party, a nationality, an organisation): "a mayor" and "a Democrat" do not exclude each
/// other, two parties do.
fn identity(cx: &Ctx<'_>, findings: &mut Vec<Finding>) {
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
fn role(cx: &Ctx<'_>, findings: &mut Vec<Finding>) {
    let (claim, passage) = (cx.claim, cx.passage);
    // The words of a role after a determiner or an owner's name, up to a preposition.
    fn role_words(a: &Analysis, from: usize) -> Vec<usize> {
        let lead = |t: &Token| matches!(t.lower.as_str(), "a" | "an" | "the") || t.capitalized;
        (from..a.tokens.len())
            .skip_while(|&k| lead(&a.tokens[k]))
            .take_while(|&k| {
                let t = &a.tokens[k];
                !t.capitalized && !t.number && (t.content || k == from)
            })
            .take(4)
            .collect()
    }
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
        while start > 0 && {
            let t = &passage.tokens[start - 1];
            t.content && !t.capitalized && !t.number
        } {
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
fn same_act(claim_stem: &str, passage_stem: &str) -> bool {
    passage_stem == claim_stem
        || lexicon()
            .synonyms(claim_stem)
            .iter()
            .any(|s| s == passage_stem)
}

/// The same act with one argument swapped for another name: done by someone else ("China
/// supplied North Korea" against "Russia supplied North Korea"; "SpaceX built Artemis" against
/// "Artemis was built by Lunar Outpost"), or done to someone else ("Russia supplied South Korea"
/// against "Russia supplied North Korea", though South Korea is named elsewhere in the passage).
/// Only when the passage's other name is not in the claim, and the rest of the claim is the
/// passage's topic. The finding explains but does not contradict: that Russia did something does
/// not show China did not (seed-dev labels such substitutions NOT_ENOUGH_INFO); it does rule out
/// support.
fn other_argument(cx: &Ctx<'_>, findings: &mut Vec<Finding>, meter: &TopicMeter) {
    for (ci, ct) in cx.claim.tokens.iter().enumerate() {
        if !ct.content || ct.capitalized || ct.number {
            continue;
        }
        let (Some(cb), Some(ca), cpass) = argument_entities(cx.claim, ci) else {
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
            let swapped = if p_patient.key == patient.key
                && p_agent.key != agent.key
                && !cx.entity_covered(agent)
                && unnamed(p_agent)
                && slot_topic(agent)
            {
                Some((agent, p_agent))
            } else if p_agent.key == agent.key
                && p_patient.key != patient.key
                && unnamed(p_patient)
                && slot_topic(patient)
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
                contradicts: false,
            });
            return;
        }
    }
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
/// contradict it: more than half. Looser than a slot's, since the figure is usually the point
/// ("beat the old record by more than a minute" against "beat the previous mark by 35
/// seconds"), but not nothing ("the trial lasted six weeks" against "took the drug for more
/// than 90 days").
const NUMBER_TOPIC: f32 = 0.5;

/// How much of the rest of the claim an opposite word needs to match.
const ANTONYM_TOPIC: f32 = 0.6;

/// Verbs (as stems) that only say an event took place.
const EVENTIVE: &[&str] = &["happen", "occur"];

/// How much of the rest of the claim a slot mismatch needs to match.
const SLOT_TOPIC: f32 = 0.7;

fn ordinals(cx: &Ctx<'_>, findings: &mut Vec<Finding>, meter: &TopicMeter) {
    for (ci, n, head) in &cx.claim.ordinals {
        let ct = &cx.claim.tokens[*ci];
        let same_head = |h: &str| h == head || lexicon().synonyms(head).iter().any(|s| s == h);
        let mut conflict = None;
        for (pi, m, h) in &cx.passage.ordinals {
            if same_head(h) {
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
        if meter.without(|i| i == *ci) < SLOT_TOPIC {
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
        a.entities
            .iter()
            .rev()
            .find(|e| e.to <= i && i - e.to <= reach)
            .filter(|e| !a.text[a.tokens[e.to - 1].end..a.tokens[i].start].contains(['.', ';']))
    }
    let (Some(ch), Some(ph)) = (holder(cx.claim, ci, 6), holder(cx.passage, pi, 16)) else {
        return;
    };
    let in_holder = |i: usize| ch.from <= i && i < ch.to;
    if cx.names_other(ch, ph)
        && !cx.entity_covered(ch)
        && meter.without_in_context(in_holder) >= SLOT_TOPIC
    {
        findings.push(cx.other_name(ch, ph, " (only one can hold that place)"));
    }
}

/// The byte range of an entity in its text.
fn entity_span(a: &Analysis, e: &Entity) -> (usize, usize) {
    (a.tokens[e.from].start, a.tokens[e.to - 1].end)
}

/// "in Moscow" vs "in Pyongyang": places after "in", "at" or "from" (dates excluded). A passage's
/// destinations count too ("a delegation to Pyongyang" places the meeting there); a claim's do
/// not, since "sent troops to Russia" does not say where anything happened.
fn places_in(a: &Analysis, destinations: bool) -> Vec<&Entity> {
    a.entities
        .iter()
        .filter(|e| {
            e.from > 0
                && match a.tokens[e.from - 1].lower.as_str() {
                    "in" | "at" | "from" => true,
                    "to" => destinations,
                    _ => false,
                }
                && !a
                    .dates
                    .iter()
                    .any(|d| d.start <= a.tokens[e.from].start && a.tokens[e.from].start < d.end)
        })
        .collect()
}

/// Date, destination and place mismatches; returns the weight of the claim's years a date
/// mismatch is about (counted like words in [`compare_numbers`]).
fn dates_and_places(cx: &Ctx<'_>, findings: &mut Vec<Finding>, meter: &TopicMeter) -> f32 {
    let mut years = 0.0;
    for cd in cx.claim_dates.iter() {
        let comparable: Vec<_> = cx
            .passage
            .dates
            .iter()
            .filter(|pd| cd.comparable(pd))
            .collect();
        // A month meets the passage's months: "in May" against "third recall this year, ...
        // in March" is a mismatch, though May is in this year too.
        let same_grain: Vec<_> = comparable
            .iter()
            .copied()
            .filter(|pd| pd.month.is_some() == cd.month.is_some())
            .collect();
        let comparable = if same_grain.is_empty() {
            comparable
        } else {
            same_grain
        };
        // With no calendar date of its own, a passage's weekday ("approved on Wednesday")
        // still rules out a month far from its week.
        let missed = if comparable.is_empty() {
            cx.passage
                .dates
                .iter()
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
    // All of the claim's places make one slot ("from Vandenberg in California"): the topic is
    // what remains without any of them.
    let claim_places = places_in(cx.claim, false);
    let in_a_place = |i: usize| claim_places.iter().any(|e| e.from <= i && i < e.to);
    for ce in claim_places.iter().copied() {
        if ce.stems.iter().all(|s| cx.literal.contains(s)) || meter.without(in_a_place) < SLOT_TOPIC
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
        }
    }
    years
}

/// The content word a destination belongs to: "delegation" in "a delegation to Pyongyang".
fn destination_head(a: &Analysis, e: &Entity) -> Option<usize> {
    if e.from < 2 || a.tokens[e.from - 1].lower != "to" {
        return None;
    }
    let k = e.from - 2;
    a.tokens[k].content.then_some(k)
}

/// "a delegation to Moscow" against "a delegation to Pyongyang": one movement has one
/// destination. Only when the word the destination belongs to is the same in both, and the rest
/// of the claim is the passage's topic.
fn destinations(cx: &Ctx<'_>, findings: &mut Vec<Finding>, meter: &TopicMeter) {
    for ce in &cx.claim.entities {
        let Some(ch) = destination_head(cx.claim, ce) else {
            continue;
        };
        if ce.stems.iter().all(|s| cx.literal.contains(s))
            || meter.without(|i| ce.from <= i && i < ce.to) < SLOT_TOPIC
        {
            continue;
        }
        let claim_country = lexicon().is_country(&ce.stems);
        let other = cx.passage.entities.iter().find_map(|pe| {
            let ph = destination_head(cx.passage, pe)?;
            (same_act(cx.claim.tokens[ch].key(), cx.passage.tokens[ph].key())
                && pe.key != ce.key
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

#[cfg(test)]
mod tests {
    use super::*;

    fn j(claim: &str, passage: &str) -> Judgement {
        judge(
            &Analysis::new(claim, None),
            &Analysis::new(passage, None),
            &[],
        )
    }

    fn kinds(j: &Judgement) -> Vec<FindingKind> {
        j.contradicting().map(|f| f.kind).collect()
    }

    #[test]
    fn paraphrase_supports() {
        let x = j(
            "The union sent 300 workers to the plant.",
            "The union has dispatched about 300 workers to the plant, officials said.",
        );
        assert!(x.coverage >= 0.6, "{x:?}");
        assert!(kinds(&x).is_empty());
    }

    #[test]
    fn agent_nouns_are_not_their_verbs_and_destinations_are_places() {
        let x = j(
            "Russia supplied North Korea with fighter jets.",
            "Russia supplied North Korea with missiles for its troops to fight in Ukraine.",
        );
        assert!(
            x.uncovered.iter().any(|w| w == "fighter"),
            "{:?}",
            x.uncovered
        );
        let y = j(
            "Kim met Kozlov in Moscow.",
            "Kim met Kozlov, who led a delegation to Pyongyang.",
        );
        assert!(
            kinds(&y).contains(&FindingKind::LocationMismatch),
            "{:?}",
            y.findings
        );
    }

    #[test]
    fn a_copula_complement_is_the_claim_predicate_and_names_have_no_opposites() {
        let x = j(
            "The peninsula has never been calmer.",
            "The peninsula has never faced such risks.",
        );
        assert!(x.uncovered_verbs > 0, "{x:?}");
        assert_ne!(x.rule_stance(), Stance::Supports);
        // A negation in a concession beside the claim leaves the polarity alone; one in the
        // claim's own words does not.
        let conceded = j(
            "Harbor expects to cut costs.",
            "Harbor expects to cut costs, though it did not say how many jobs would go.",
        );
        assert!(!conceded.polarity_differs, "{conceded:?}");
        let denied = j(
            "Harbor expects to cut costs.",
            "Harbor grew, but it does not expect to cut costs.",
        );
        assert!(denied.polarity_differs, "{denied:?}");
        // "safer" against "risks" is a curated opposite.
        let x = j(
            "The peninsula has never been safer.",
            "The peninsula has never faced such risks.",
        );
        assert_eq!(kinds(&x), vec![FindingKind::Antonym]);
        let y = j(
            "The next launch failed.",
            "The launch failed, the Open Source Center said.",
        );
        assert!(
            !kinds(&y).contains(&FindingKind::Antonym),
            "{:?}",
            y.findings
        );
    }

    #[test]
    fn one_movement_has_one_destination() {
        let x = j(
            "Kozlov led a government delegation to Moscow.",
            "Kim met Kozlov, who led a government delegation to Pyongyang.",
        );
        assert!(
            kinds(&x).contains(&FindingKind::LocationMismatch),
            "{:?}",
            x.findings
        );
        // Different movements may well go to different places.
        let y = j(
            "Kozlov led a government delegation to Moscow.",
            "Kozlov sent a letter to Pyongyang.",
        );
        assert!(!kinds(&y).contains(&FindingKind::LocationMismatch));
    }

    #[test]
    fn a_name_only_in_the_reporting_frame_covers_only_claims_about_saying() {
        let text =
            "It has sent 20,000 containers of weapons to Russia, South Korean officials said.";
        let view = PassageView::new(text, None, &[], &[], &["South Korean officials"]);
        let judge = |claim: &str| {
            let c = Analysis::new(claim, None);
            judge_view(&c, &claim_concepts(&c), &view)
        };
        let party = judge("Russia sent weapons to South Korea.");
        assert!(party.coverage < 0.85, "{party:?}");
        let voice = judge("South Korean officials said weapons were sent to Russia.");
        assert!(voice.coverage >= 0.85, "{voice:?}");
        // What someone expects is what they said.
        let text = "Gusts of up to 50 miles per hour are expected to continue through \
                    Wednesday, the National Weather Service said.";
        let view = PassageView::new(text, None, &[], &[], &["National Weather Service"]);
        let c = Analysis::new(
            "The National Weather Service expects gusts of up to 50 miles per hour.",
            None,
        );
        let expects = judge_view(&c, &claim_concepts(&c), &view);
        assert_eq!(expects.coverage, 1.0, "{expects:?}");
    }

    #[test]
    fn a_distant_recipient_still_swaps_roles() {
        let x = j(
            "North Korea supplied Russia with missiles.",
            "Russia has provided related equipment and anti-air missiles to shore up the poor \
             air defense for North Korea.",
        );
        assert!(
            kinds(&x).contains(&FindingKind::RoleSwap),
            "{:?}",
            x.findings
        );
        let same = j(
            "Russia supplied North Korea with missiles.",
            "Russia has provided related equipment and anti-air missiles to shore up the poor \
             air defense for North Korea.",
        );
        assert!(!kinds(&same).contains(&FindingKind::RoleSwap));
    }

    #[test]
    fn another_agent_is_named_but_does_not_contradict() {
        let x = j(
            "China supplied North Korea with missiles.",
            "Russia supplied North Korea with missiles, officials said.",
        );
        let f = x
            .findings
            .iter()
            .find(|f| f.kind == FindingKind::EntityMismatch)
            .expect("the other agent is named");
        assert!(!f.contradicts);
        assert!(f.detail.contains("Russia"), "{}", f.detail);
        // The same agent, or the claim's agent anywhere in the passage: nothing to say.
        let same = j(
            "Russia supplied North Korea with missiles.",
            "Russia supplied North Korea with missiles.",
        );
        assert!(same
            .findings
            .iter()
            .all(|f| f.kind != FindingKind::EntityMismatch));
        // Another recipient, though the claim's is named elsewhere in the passage.
        let other = j(
            "Russia supplied South Korea with anti-aircraft missiles.",
            "Russia has supplied North Korea with antiaircraft missiles, South Korea's national \
             security adviser said.",
        );
        assert!(other.names_another(), "{:?}", other.findings);
        assert_ne!(other.rule_stance(), Stance::Supports);
    }

    #[test]
    fn numbers_negation_and_antonyms() {
        assert_eq!(
            kinds(&j(
                "The firm hired 50,000 staff.",
                "The firm hired about 11,000 staff."
            )),
            vec![FindingKind::NumberMismatch]
        );
        assert_eq!(
            kinds(&j(
                "The council did not approve the budget.",
                "The council approved the budget on Monday."
            )),
            vec![FindingKind::Negation]
        );
        assert!(kinds(&j(
            "The launch of the probe succeeded.",
            "The launch of the probe failed."
        ))
        .contains(&FindingKind::Antonym));
    }

    /// Each case: a claim, a passage, and the contradiction expected (`None`: none at all).
    fn expect_findings(cases: &[(&str, &str, Option<FindingKind>)]) {
        for (claim, passage, want) in cases {
            let got = kinds(&j(claim, passage));
            match want {
                Some(k) => assert!(got.contains(k), "{claim} / {passage}: {got:?}"),
                None => assert!(got.is_empty(), "{claim} / {passage}: {got:?}"),
            }
        }
    }

    #[test]
    fn implicit_negations_shares_and_figures_about_other_things() {
        use FindingKind::{Negation, NumberMismatch, OrdinalMismatch};
        expect_findings(&[
            // "failed to" negates what follows; "did not" and "failed to" agree.
            (
                "The firm did not warn doctors about the risk.",
                "The firm failed to warn doctors about the risk.",
                None,
            ),
            // A rejected claim is negated.
            (
                "The company hid evidence from regulators.",
                "Jurors rejected claims that the company hid evidence from regulators.",
                Some(Negation),
            ),
            // "More than half" is a share.
            (
                "The drug accounted for more than half of the firm's revenue.",
                "The drug accounted for less than 5 percent of the firm's revenue.",
                Some(NumberMismatch),
            ),
            // A figure about something else does not contradict.
            (
                "The trial lasted six weeks.",
                "An internal study presented at trial found that patients took the drug for \
                 more than 90 days.",
                None,
            ),
            // "the first of more than 30 lawsuits" ranks the lawsuit.
            (
                "This was the third lawsuit over the drug to reach a jury.",
                "The verdict came after a six-week trial, the first of more than 30 lawsuits \
                 over the drug to reach a jury.",
                Some(OrdinalMismatch),
            ),
        ]);
    }

    #[test]
    fn votes_comparisons_opposites_in_context_and_bare_figures() {
        use FindingKind::Antonym;
        let cases: &[(&str, &str, Option<FindingKind>)] = &[
            (
                "The Socialist Party voted against the bill.",
                "The bill passed, with the Socialist Party voting in favor.",
                Some(Antonym),
            ),
            // An opposite in a passage about another act of other people is no contradiction.
            (
                "The president has said he will veto the bill.",
                "Lawmakers on Thursday approved a bill that caps rents at 2 percent.",
                None,
            ),
            // The same comparison the other way, against the same baseline or of the same word.
            (
                "The carmaker sold more vehicles in the quarter than a year earlier.",
                "The carmaker sold 152,000 vehicles in the quarter, 9 percent fewer than a year \
                 earlier.",
                Some(Antonym),
            ),
            (
                "Children outdoors were 40 percent more likely to become nearsighted.",
                "Children outdoors were 40 percent less likely to become nearsighted.",
                Some(Antonym),
            ),
            // A figure's qualifier is no comparison.
            (
                "The carmaker sold more than 100,000 vehicles.",
                "The carmaker sold 152,000 vehicles, fewer than a year earlier.",
                None,
            ),
            // What a claim says someone is, against the name the passage gives them.
            (
                "Vasquez is a Republican.",
                "Ms. Vasquez, a Democrat, campaigned on her record.",
                Some(FindingKind::EntityMismatch),
            ),
            (
                "Vasquez is a Democrat.",
                "Ms. Vasquez, a Democrat, campaigned on her record.",
                None,
            ),
            // A figure belongs to the verb before it.
            (
                "More than 400 people were injured in the quake.",
                "The quake killed at least 37 people and injured more than 400.",
                None,
            ),
            (
                "The quake killed more than 100 people.",
                "The quake killed at least 37 people and injured more than 400.",
                Some(FindingKind::NumberMismatch),
            ),
            // A bare figure is compared with bare figures, not with "2 percent" or a date's day.
            (
                "The bill was approved by 121 votes to 98.",
                "Lawmakers approved a bill that caps rents at 2 percent from January 1.",
                None,
            ),
        ];
        expect_findings(cases);
    }

    #[test]
    fn swapped_roles_contradict() {
        let x = j(
            "Brazil exported beef to China.",
            "China exported beef to Brazil last year.",
        );
        assert_eq!(kinds(&x), vec![FindingKind::RoleSwap]);
        let y = j(
            "China exported beef to Brazil.",
            "China exported beef to Brazil last year.",
        );
        assert!(kinds(&y).is_empty());
    }

    #[test]
    fn place_and_ordinal_mismatches() {
        assert!(kinds(&j(
            "The accord was signed in Paris.",
            "The accord was signed in Geneva in May."
        ))
        .contains(&FindingKind::LocationMismatch));
        assert!(kinds(&j(
            "It was the team's third title.",
            "It was the team's first title."
        ))
        .contains(&FindingKind::OrdinalMismatch));
    }

    #[test]
    fn ranks_by_superlative_and_bare_ordinals() {
        use FindingKind::OrdinalMismatch;
        expect_findings(&[
            (
                "Vantel is Norway's largest mobile operator.",
                "Vantel is the country's second-largest mobile operator in Norway.",
                Some(OrdinalMismatch),
            ),
            (
                "Vantel is Norway's second largest mobile operator.",
                "Vantel is Norway's second-largest mobile operator.",
                None,
            ),
            (
                "Lagos is the most populous city in Nigeria.",
                "Lagos is the third most populous city in Nigeria.",
                Some(OrdinalMismatch),
            ),
            (
                "This was the first breach to hit a Nordic telecom company this year.",
                "The breach is the third to hit a Nordic telecom company this year.",
                Some(OrdinalMismatch),
            ),
        ]);
    }

    #[test]
    fn retaliations_parts_restated_figures_and_denials() {
        use FindingKind::{
            Antonym, DateMismatch, EntityMismatch, Negation, NumberMismatch, RoleSwap,
        };
        let retaliation = "Canada will impose a 25 percent tariff on steel imported from the \
                           United States starting July 1, in retaliation for American duties on \
                           Canadian aluminum.";
        let outbreak = "Officials confirmed 37 new measles cases this week, bringing the total \
                        in the outbreak to 214.";
        let pieces = "Only two of the eight stolen pieces have been recovered.";
        expect_findings(&[
            // A retaliation names the act both ways: the mention nearer the claim's words
            // decides; a figure about another thing ("duty on aluminum") is no mismatch.
            (
                "Canada will impose a 25 percent tariff on U.S. steel.",
                retaliation,
                None,
            ),
            (
                "The United States will impose a 25 percent tariff on Canadian steel.",
                retaliation,
                Some(RoleSwap),
            ),
            (
                "Washington imposed a 10 percent duty on Canadian aluminum.",
                retaliation,
                None,
            ),
            (
                "Canada will impose a 35 percent tariff on U.S. steel.",
                retaliation,
                Some(NumberMismatch),
            ),
            // "All eight" against "two of the eight".
            (
                "All eight stolen pieces have been recovered.",
                pieces,
                Some(NumberMismatch),
            ),
            (
                "Two of the stolen pieces have been recovered.",
                pieces,
                None,
            ),
            // A figure restated bare is the claim's; bare figures of other nouns are other
            // things.
            ("The outbreak has grown to 214 cases.", outbreak, None),
            (
                "The outbreak's cases are mostly among children under 10.",
                "Health officials said the total in the outbreak rose to 214.",
                None,
            ),
            // An adverb between the negation and the verb; evidence denied.
            (
                "The White House responded to a request for comment.",
                "The White House did not immediately respond to a request for comment.",
                Some(Negation),
            ),
            (
                "An internal inquiry found that officials profited from the leak.",
                "An internal inquiry found no evidence that anyone had profited from the leak.",
                Some(Negation),
            ),
            (
                "The leak revealed plans to cut the value-added tax on food.",
                "The leak revealed plans to raise the value-added tax on food.",
                Some(Antonym),
            ),
            // "take place" needs no repeating, so the date beside it is compared.
            (
                "The budget vote will take place on April 2.",
                "The budget vote is scheduled for March 12.",
                Some(DateMismatch),
            ),
            // Units by their initials; a range of years; a month against the passage's month.
            (
                "Kestrel is recalling roughly 34,000 SUVs over a seat-belt sensor.",
                "Kestrel is recalling about 340,000 sport utility vehicles over a seat-belt \
                 sensor.",
                Some(NumberMismatch),
            ),
            (
                "The recall covers Kestrel Ridge models built between 2015 and 2018.",
                "The recall covers Kestrel Ridge models built between 2021 and 2024.",
                Some(DateMismatch),
            ),
            (
                "Kestrel recalled 120,000 sedans in May.",
                "It is Kestrel's third recall this year, after it recalled 120,000 sedans in \
                 March.",
                Some(DateMismatch),
            ),
            // Another role in apposition.
            (
                "Daniel Ortiz is Kestrel's chief executive.",
                "\"We regret the inconvenience,\" said Daniel Ortiz, Kestrel's head of quality.",
                Some(EntityMismatch),
            ),
            (
                "Daniel Ortiz is Kestrel's head of quality.",
                "\"We regret the inconvenience,\" said Daniel Ortiz, Kestrel's head of quality.",
                None,
            ),
            // The role is the claim's, the body it is held at another.
            (
                "Rocío Marín is a climatologist at the University of Seville.",
                "\"It is getting hotter,\" said Rocío Marín, a climatologist at the University \
                 of Granada.",
                Some(EntityMismatch),
            ),
            (
                "Rocío Marín is a climatologist at the University of Granada.",
                "\"It is getting hotter,\" said Rocío Marín, a climatologist at the University \
                 of Granada.",
                None,
            ),
            // The role is the claim's, its owner another; an aspect verb leaves the predicate
            // to the verb after it, so the date is compared.
            (
                "Shin Won-shik is North Korea's national security adviser.",
                "\"We understand it,\" South Korea's national security adviser, Shin Won-shik, \
                 said on Friday.",
                Some(EntityMismatch),
            ),
            (
                "Shin Won-shik is South Korea's national security adviser.",
                "\"We understand it,\" South Korea's national security adviser, Shin Won-shik, \
                 said on Friday.",
                None,
            ),
            (
                "North Korea began sending weapons to Russia in the summer of 2021.",
                "North Korea has sent weapons to Russia since the summer of 2023.",
                Some(DateMismatch),
            ),
            // "fully" is all of it; a verb done again keeps the verb's opposites.
            (
                "The fire was fully contained by Tuesday morning.",
                "The fire was 15 percent contained as of Tuesday morning.",
                Some(NumberMismatch),
            ),
            (
                "Highway 26 has reopened between Carrow Springs and Dunmore.",
                "Highway 26 remains closed between Carrow Springs and Dunmore.",
                Some(Antonym),
            ),
            // One thing holds a first place.
            (
                "The Carrow fire is the largest wildfire in the state's history.",
                "Last year the Redfield fire burned 95,000 acres, making it the largest \
                 wildfire in the state's history.",
                Some(EntityMismatch),
            ),
            (
                "The Redfield fire was the largest wildfire in the state's history.",
                "Last year the Redfield fire burned 95,000 acres, making it the largest \
                 wildfire in the state's history.",
                None,
            ),
        ]);
    }

    #[test]
    fn context_names_count_toward_a_figure_slot() {
        // "Carrow Springs" is only in the title: the figure is still the claim's slot.
        let view = PassageView::new(
            "More than 1,200 firefighters are battling the fire.",
            None,
            &[],
            &["Wildfire near Carrow Springs forces thousands to flee"],
            &[],
        );
        let claim = Analysis::new(
            "Fewer than 500 firefighters are battling the Carrow Springs fire.",
            None,
        );
        let x = judge_view(&claim, &claim_concepts(&claim), &view);
        assert_eq!(kinds(&x), vec![FindingKind::NumberMismatch]);
    }

    #[test]
    fn wordings_that_cover_the_claim() {
        for (claim, passage) in [
            // A bare figure against one whose unit the claim names just before it.
            (
                "The measure covers goods worth about C$12 billion.",
                "The measure covers about C$12 billion worth of goods.",
            ),
            // A coordinated figure has the first one's verb.
            (
                "The suspects are aged 24 and 31.",
                "The suspects, aged 24 and 31, were detained on Friday.",
            ),
            // "sought" is the claim's predicate here, not a hedge.
            (
                "Police are searching for a third man.",
                "Police said a third man is still being sought.",
            ),
            // That something happened needs no repeating.
            (
                "The break-in happened before dawn on Tuesday.",
                "The break-in came shortly before dawn on Tuesday.",
            ),
            (
                "The leak revealed plans to raise VAT on food.",
                "The leak revealed plans to raise the value-added tax on food.",
            ),
            // A concession beside the claim does not negate it; "a year" after a figure is a
            // rate.
            (
                "Harbor expects to save about $150 million a year in costs.",
                "Harbor expects to save about $150 million in annual costs, though it did not \
                 say how many jobs would be lost.",
            ),
            // Troops are deployed as they are sent.
            (
                "North Korea has deployed about 11,000 soldiers to Russia.",
                "North Korea has sent an estimated 11,000 troops to Russia.",
            ),
            // "people" is said of any kind of people.
            (
                "The drug was approved for people with early Alzheimer's.",
                "The drug was approved for patients with early Alzheimer's.",
            ),
        ] {
            let x = j(claim, passage);
            assert!(x.uncovered.is_empty() && !x.hedged, "{claim}: {x:?}");
            assert_eq!(x.rule_stance(), Stance::Supports, "{claim}: {x:?}");
        }
    }

    #[test]
    fn dates_are_read_as_of_the_article() {
        let reference = chrono::NaiveDate::from_ymd_opt(2025, 6, 14);
        let judge_with = |claim: &str, passage: &str, context: &[&str]| {
            let view = PassageView::new(passage, reference, &[], context, &[]);
            let claim = Analysis::new(claim, None);
            judge_view(&claim, &claim_concepts(&claim), &view)
        };
        // "on Friday" dates the announcement, not the start: the calendar dates still differ.
        let x = judge_with(
            "The Canadian tariff on U.S. steel starts on August 1.",
            "Canada will impose a tariff on U.S. steel starting July 1, the minister announced \
             on Friday.",
            &[],
        );
        assert_eq!(kinds(&x), vec![FindingKind::DateMismatch]);
        // A claim's relative date is read as of the passage's article.
        let x = judge_with(
            "Lumio was fined 800 million euros in a separate case last year.",
            "Lumio was fined 800 million euros in a separate case two years ago.",
            &[],
        );
        assert_eq!(kinds(&x), vec![FindingKind::DateMismatch]);
        // The article's subject, named in its title, counts toward the rest of the claim.
        let x = judge_with(
            "The investigation into Lumio began in 2019.",
            "The investigation began in 2021 after a complaint from a rival.",
            &["EU fines Lumio over app store rules"],
        );
        assert_eq!(x.rule_stance(), Stance::Contradicts, "{x:?}");
        // A weekday is the article's week (Saturday, June 14: "on Wednesday" is June 11): it
        // gives a claim's date, and rules out a month far from it.
        let approved = "The agency on Wednesday approved the drug for early Alzheimer's.";
        for claim in [
            "The agency approved the drug on June 11, 2025.",
            "The agency approved the drug in June.",
        ] {
            let x = judge_with(claim, approved, &[]);
            assert!(
                x.uncovered.is_empty() && x.coverage == 1.0,
                "{claim}: {x:?}"
            );
            assert_eq!(x.rule_stance(), Stance::Supports, "{claim}: {x:?}");
        }
        let x = judge_with("The agency approved the drug in April.", approved, &[]);
        assert_eq!(kinds(&x), vec![FindingKind::DateMismatch]);
    }

    #[test]
    fn what_may_happen_does_not_support_that_it_did() {
        let passage = "The regulator said it had opened an investigation and could fine \
                       the company up to 4 percent of its annual revenue.";
        let fined = j(
            "The regulator fined the company 4 percent of its revenue.",
            passage,
        );
        assert_ne!(fined.rule_stance(), Stance::Supports, "{fined:?}");
        assert!(fined.uncovered.iter().any(|w| w == "fined"), "{fined:?}");
        for claim in [
            "The company could be fined up to 4 percent of its annual revenue.",
            "The regulator opened an investigation into the company.",
        ] {
            let x = j(claim, passage);
            assert_eq!(x.rule_stance(), Stance::Supports, "{claim}: {x:?}");
        }
    }

    #[test]
    fn unrelated_overlap_is_neutral() {
        let x = j("Japan plans to buy more F-35 fighter jets.", "The United States and its allies in South Korea and Japan run fleets of high-tech war planes, including F-35 stealth fighter jets.");
        assert_ne!(x.rule_stance(), Stance::Supports, "{x:?}");
    }
}
