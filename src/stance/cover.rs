//! What of the claim a passage covers: the per-claim context ([`Ctx`]) every check reads, and
//! coverage of a claim word by the passage, its resolved names, its derivations or its context.

use rustc_hash::FxHashSet as HashSet;

use crate::analysis::{Analysis, Entity, Token};
use crate::lexicon::lexicon;
use crate::text::char_offset;
use crate::text::dates::DateRef;

use super::grammar::phrasal_at;
use super::{Finding, FindingKind};

pub(super) struct Ctx<'a> {
    pub(super) claim: &'a Analysis,
    pub(super) passage: &'a Analysis,
    pub(super) concepts: &'a HashSet<String>,
    pub(super) literal: &'a HashSet<String>,
    pub(super) context: &'a HashSet<String>,
    pub(super) initials: &'a str,
    pub(super) body: Option<&'a HashSet<String>>,
    /// The claim's own stems (no expansions): is a passage's name one the claim uses?
    pub(super) claim_stems: HashSet<String>,
    /// The claim's reporting or expectation word ("said", "expects"); `None` when the claim is
    /// not about who said what, and then a name the passage has only in its reporting frame
    /// does not cover the claim's.
    pub(super) claim_frame: Option<usize>,
    /// The claim's dates, its relative ones ("last year") read as of the passage's article.
    pub(super) claim_dates: std::borrow::Cow<'a, [DateRef]>,
}

/// How far the passage covers a claim word.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Cover {
    Passage,
    Context,
    No,
}

const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "it", "they"];

/// Credit for a claim word covered only by the passage's context.
pub(super) const CONTEXT_CREDIT: f32 = 0.5;

pub(super) fn chars(text: &str, (s, e): (usize, usize)) -> (usize, usize) {
    (char_offset(text, s), char_offset(text, e))
}

impl Ctx<'_> {
    /// Whether the passage's name `theirs` is another than the claim's `ours`, and one the
    /// claim does not mention at all.
    pub(super) fn names_other(&self, ours: &Entity, theirs: &Entity) -> bool {
        theirs.key != ours.key && !theirs.stems.iter().all(|s| self.claim_stems.contains(s))
    }

    /// The contradiction of a claim's name by another name of the passage.
    pub(super) fn other_name(&self, ours: &Entity, theirs: &Entity, note: &str) -> Finding {
        self.contrast(
            FindingKind::EntityMismatch,
            entity_span(self.claim, ours),
            entity_span(self.passage, theirs),
            note,
        )
    }

    /// A contradiction of two spans (byte ranges) the claim and the passage state differently:
    /// `claim says "..."; passage says "..."`, with `note` after.
    pub(super) fn contrast(
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
    pub(super) fn claim_word(&self, stem: &str) -> bool {
        has_word(&self.claim_stems, stem)
    }

    /// The common content words after passage token `i` in its clause (up to a comma,
    /// semicolon, "and" or "but"; eight words at most): what a verb there acts on.
    pub(super) fn clause_after(&self, i: usize) -> Vec<&Token> {
        let (text, tokens) = (&self.passage.text, &self.passage.tokens);
        let mut out = Vec::new();
        for k in i + 1..tokens.len().min(i + 9) {
            let t = &tokens[k];
            if text[tokens[k - 1].end..t.start].contains([',', ';', ':'])
                || matches!(t.lower.as_str(), "and" | "but" | "while")
            {
                break;
            }
            if t.is_common() {
                out.push(t);
            }
        }
        out
    }

    /// Whether the claim has a passage word: one of its stems, or a synonym of it.
    pub(super) fn in_claim(&self, t: &Token) -> bool {
        has_token(&self.claim_stems, t)
    }

    pub(super) fn covers_stem(&self, stem: &str) -> bool {
        has_word(self.concepts, stem)
    }

    /// Derivational variants the stemmer leaves apart ("shipment" / "ship", "analysis" / "analyze").
    pub(super) fn covers_derivation(&self, stem: &str) -> bool {
        derived_in(self.literal, stem)
    }

    /// Whether claim token `i` states an intention ("plans to appeal", "intends to sell") that
    /// the passage gives as what will be done, with the same act ("said it would appeal",
    /// "will sell"; not "no factory will close" for "plans to build a factory").
    fn intention_as_future(&self, i: usize) -> bool {
        const INTENTION: &[&str] = &[
            "plan", "plans", "planned", "intend", "intends", "intended", "aims", "aim",
        ];
        const FUTURE: &[&str] = &["will", "would", "'ll", "plans", "intends", "aims"];
        let tokens = &self.claim.tokens;
        let Some(act) = tokens.get(i + 2) else {
            return false;
        };
        let passage = &self.passage.tokens;
        INTENTION.contains(&tokens[i].lower.as_str())
            && tokens[i + 1].lower == "to"
            && (0..passage.len()).any(|k| {
                FUTURE.contains(&passage[k].lower.as_str())
                    && passage[k + 1..]
                        .iter()
                        .take(2)
                        .any(|p| p.content && same_word(act, p))
            })
    }

    /// Whether the passage says a claim word with a narrower or broader verb, or with the
    /// verb's noun: "scorched" / "burned", "died" / "deaths".
    fn covers_relative(&self, stem: &str) -> bool {
        lexicon()
            .related(stem)
            .iter()
            .any(|s| self.literal.contains(s) && !self.claim_stems.contains(s))
    }

    /// Whether claim token `i` is a definite noun ("the cause of the failure") whose thing the
    /// context names, in a word or its derivation ("failed" the sentence before): news refers
    /// back to what it has told with "the", and a quotation leaves it out ("we will find the
    /// cause").
    fn definite_in_context(&self, i: usize) -> bool {
        let t = &self.claim.tokens[i];
        i > 0
            && self.claim.tokens[i - 1].lower == "the"
            && !t.capitalized
            && !super::grammar::reads_as_verb(self.claim, i)
            && (self.context.contains(t.key()) || derived_in(self.context, t.key()))
    }

    /// Whether a phrasal verb of the claim at token `i` (or ending at it, for the particle)
    /// has one of its single words in the passage: "lifted off" against "was launched".
    fn phrasal_covered(&self, i: usize) -> bool {
        let covered = |k: usize| {
            phrasal_at(self.claim, k)
                .iter()
                .any(|s| has_word(self.concepts, s))
        };
        covered(i) || (i > 0 && covered(i - 1))
    }

    pub(super) fn token_covered(&self, i: usize) -> bool {
        let t = &self.claim.tokens[i];
        let key = t.key();
        if self.concepts.contains(key) {
            return !(t.capitalized
                && self.claim.entity_at(i).is_some()
                && self.in_compound_only(key));
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
            || (!t.capitalized && self.covers_relative(key))
            || self.intention_as_future(i)
            || self.phrasal_covered(i)
            || self.in_date_passage_gives(t.start, t.end)
            || self.names_kind_of_people(key)
            || self.same_standing(i)
            || self.measured_by_covered_figure(i)
    }

    /// Whether claim token `i` is a verb that only measures its subject by the figure after it
    /// ("The trial lasted six weeks", "The outbreak has reached 214 cases", "The trial enrolled
    /// 1,700 patients"), and the passage has that figure or one of its unit: "a six-week trial",
    /// "bringing the total to 214" and "a trial of 1,700 patients" say what the verb does. The
    /// figures themselves are compared as figures.
    fn measured_by_covered_figure(&self, i: usize) -> bool {
        static MEASURE_VERBS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
            [
                "last", "reach", "total", "number", "enrol", "enroll", "include", "involve",
                "carry", "span",
            ]
            .iter()
            .map(|v| crate::text::stem(v))
            .collect()
        });
        // What may stand between the verb and its figure: "lasted for about six weeks",
        // "reached up to 70", "carrying more than 160".
        const BETWEEN: &[&str] = &[
            "for", "up", "to", "about", "around", "roughly", "some", "nearly", "almost", "more",
            "than", "over", "under", "less", "fewer", "at", "least", "just", "only", "a", "an",
            "the",
        ];
        let t = &self.claim.tokens[i];
        // Stemmed once: this runs for every claim word a passage leaves uncovered.
        if !MEASURE_VERBS.iter().any(|v| v == t.key())
            || !super::grammar::reads_as_verb(self.claim, i)
        {
            return false;
        }
        let tokens = &self.claim.tokens;
        for k in i + 1..tokens.len().min(i + 6) {
            if self.claim.text[tokens[k - 1].end..tokens[k].start].contains([',', ';', ':']) {
                return false;
            }
            if let Some(q) = self.claim.quantity_at(k) {
                // The same figure, or a figure of the same unit, which the figures check
                // compares ("lasted 18 weeks" against "over 18 months").
                return self.passage.quantities.iter().any(|p| {
                    p.value == q.value
                        || q.unit
                            .as_ref()
                            .is_some_and(|u| p.unit.as_ref() == Some(u) || p.unit_words.contains(u))
                });
            }
            if tokens[k].number {
                return self.token_covered(k);
            }
            if !BETWEEN.contains(&tokens[k].lower.as_str()) {
                return false;
            }
        }
        false
    }

    /// Whether claim token `i` is a standing ("in first place", its ordinal or its "place")
    /// the passage gives in other words: "opened at the top of the box office".
    fn same_standing(&self, i: usize) -> bool {
        let ours = self.claim.ordinals.iter().find(|(k, _, head)| {
            head == "place" && (*k == i || (*k + 1 == i && self.claim.tokens[i].lower == "place"))
        });
        ours.is_some_and(|(_, rank, _)| {
            self.passage
                .ordinals
                .iter()
                .any(|(_, n, head)| n == rank && head == "place")
        })
    }

    /// Whether the passage has a synonym of a stem (not a spelling of it) only inside names of
    /// two words or more.
    pub(super) fn synonym_only_inside_names(&self, stem: &str) -> bool {
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
    pub(super) fn names_kind_of_people(&self, stem: &str) -> bool {
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
    pub(super) fn in_date_passage_gives(&self, start: usize, end: usize) -> bool {
        self.claim_dates.iter().any(|cd| {
            cd.start <= start
                && end <= cd.end
                && self.passage.dates.iter().any(|pd| cd.agrees_with(pd))
        })
    }

    pub(super) fn entity_covered(&self, e: &Entity) -> bool {
        let covered = e.key.split(' ').all(|s| self.concepts.contains(s))
            || e.stems
                .iter()
                .filter(|s| s.len() > 1)
                .all(|s| self.concepts.contains(s))
            || (e.to - e.from == 1 && self.acronym(e.from));
        covered && !e.stems.iter().any(|s| self.in_compound_only(s))
    }

    /// Whether the passage has a stem only inside common hyphenated compounds: a word of a
    /// name is no part of one ("the centre-left Labour Party" does not name "the Centre
    /// Party").
    fn in_compound_only(&self, stem: &str) -> bool {
        let mut with = self
            .passage
            .tokens
            .iter()
            .filter(|t| t.stems.iter().any(|x| x == stem));
        let first = with.next();
        first.is_some()
            && first
                .into_iter()
                .chain(with)
                .all(|t| !t.capitalized && t.lower.contains('-') && t.key() != stem)
    }

    pub(super) fn acronym(&self, i: usize) -> bool {
        let t = &self.claim.tokens[i];
        t.acronym && self.initials.contains(&t.lower)
    }

    /// The claim's subject, as far as word order tells: its first content word.
    fn claim_subject(&self) -> Option<usize> {
        self.claim.tokens.iter().position(|t| t.content)
    }

    /// The common words of the definite description a passage opens with ("The mud-brick
    /// structure", "The phone"), up to four; empty when it opens otherwise. News refers back
    /// to a thing named before by what it is.
    fn opening_description(&self) -> Vec<&Token> {
        let tokens = &self.passage.tokens;
        if !tokens
            .first()
            .is_some_and(|t| matches!(t.lower.as_str(), "the" | "this"))
        {
            return Vec::new();
        }
        // ("The Liberian-flagged bulk carrier": a name compounded with a common word is a
        // modifier of the description.)
        let modifier = |t: &Token| !t.capitalized || super::grammar::name_compound(self.passage, t);
        tokens[1..]
            .iter()
            .take_while(|t| t.content && modifier(t) && !t.number)
            .take(4)
            .collect()
    }

    /// Whether the context has a stem or one of its synonyms.
    pub(super) fn context_has(&self, stem: &str) -> bool {
        has_word(self.context, stem)
    }

    /// Whether the claim's subject is a name the passage refers to by a definite description
    /// the sentence before gave it: "The Galaxy Z Trifold will cost ..." against "The phone
    /// will cost ..." after "... its first tri-fold phone, the Galaxy Z Trifold, ...".
    fn described_entity(&self, e: &Entity) -> bool {
        // The description's head: its last word, of the first three.
        self.claim_subject()
            .is_some_and(|s| e.from <= s && s < e.to)
            && self
                .opening_description()
                .iter()
                .take(3)
                .next_back()
                .is_some_and(|head| self.context_has(head.key()))
            && self.entity_in_context(e)
    }

    /// Whether the context supplies a claim name the passage leaves implicit. Not a country
    /// when the passage names other countries: "Saudi Arabia will make the biggest cut" is not
    /// about "Iraq and the United Arab Emirates will make smaller reductions", whatever the
    /// sentence before says of Saudi Arabia.
    pub(super) fn entity_in_context(&self, e: &Entity) -> bool {
        let in_context = e.key.split(' ').all(|s| self.context.contains(s))
            || e.stems
                .iter()
                .filter(|s| s.len() > 1)
                .all(|s| self.context.contains(s));
        in_context
            && !(lexicon().is_country(&e.stems)
                && self.passage.entities.iter().any(|pe| {
                    lexicon().is_country(&pe.stems)
                        && !pe.stems.iter().all(|s| self.claim_stems.contains(s))
                }))
    }

    /// A claim name the passage has only in its reporting frame, when the claim is not about
    /// who said what.
    pub(super) fn framed_only(&self, e: &Entity) -> bool {
        // A name covered only as a word is ("Kindergarten" by "kindergartners") is not the
        // frame's name.
        if !self.entity_covered(e) {
            return false;
        }
        // "said Kwame Asante, who led the rescue team": a relative clause after the name
        // speaks of the speaker, not for them.
        let described = self.passage.entities.iter().any(|pe| {
            pe.key == e.key && {
                let after = self.passage.text[self.passage.tokens[pe.to - 1].end..].trim_start();
                after
                    .strip_prefix(',')
                    .is_some_and(|a| a.trim_start().starts_with("who "))
            }
        });
        match self.body {
            Some(body) if self.claim_frame.is_none() && !described => {
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

    /// Whether claim token `i` modifies the common noun after it, which the passage covers:
    /// "prisoner" in "the biggest prisoner exchange" against "the largest exchange", in an
    /// article about a swap of prisoners. Context supplies such a word as it supplies a name.
    fn modifies_covered(&self, i: usize) -> bool {
        super::grammar::modifies_noun(self.claim, i)
            && self.claim.entity_at(i + 1).is_none()
            && !super::grammar::reads_as_verb(self.claim, i)
            && self.token_covered(i + 1)
    }

    /// Whether claim token `i` is the claim's subject, which the passage names by a definite
    /// description of its own ("The temple is about 40 meters long" against "The mud-brick
    /// structure, about 40 meters long, ..." after a sentence about the temple): news refers
    /// back to a thing by what it is, or by a pronoun ("They were the first two ..." after a
    /// sentence about the satellites).
    pub(super) fn described_subject(&self, i: usize) -> bool {
        if self.claim_subject() != Some(i) {
            return false;
        }
        let description = self.opening_description();
        if description.is_empty() {
            return self
                .passage
                .tokens
                .first()
                .is_some_and(|t| SUBJECT_PRONOUNS.contains(&t.lower.as_str()));
        }
        !description.iter().any(|t| self.in_claim(t))
    }

    /// Whether claim token `i` is "years" or "old" of an age ("is 74 years old") whose figure
    /// the passage gives between commas after a name ("Alva, 74, became ...").
    pub(super) fn age_words(&self, i: usize) -> bool {
        let tokens = &self.claim.tokens;
        if !matches!(tokens[i].lower.as_str(), "years" | "old" | "year-old") {
            return false;
        }
        let Some(n) = (i.saturating_sub(2)..i).rev().find(|&k| tokens[k].number) else {
            return false;
        };
        let p = &self.passage;
        p.tokens.iter().enumerate().any(|(k, t)| {
            k > 0
                && t.number
                && t.lower == tokens[n].lower
                && p.tokens[k - 1].capitalized
                && p.text[p.tokens[k - 1].end..t.start].trim() == ","
                && p.tokens
                    .get(k + 1)
                    .is_some_and(|x| p.text[t.end..x.start].trim() == ",")
        })
    }

    /// Whether claim token `i` is the verb of a clause that only sets the time of the claim's
    /// statement ("was 81 when she died"): the sentence before may well have said it ("died on
    /// Sunday ... She was 81.").
    fn backgrounded(&self, i: usize) -> bool {
        let tokens = &self.claim.tokens;
        i >= 2
            && tokens[i - 2].lower == "when"
            && SUBJECT_PRONOUNS.contains(&tokens[i - 1].lower.as_str())
            && tokens.get(i + 1).is_none_or(|n| !n.content)
    }

    /// Whether the passage ranks within a narrower field than the claim at its rank `pi`: "the
    /// highest price ever paid for a work of modern art" ranks modern art alone, so it neither
    /// gives nor denies a rank "for any artwork". The field is the common words after the
    /// superlative in its clause; the claim must state one, and the passage's must add a word
    /// the claim lacks.
    pub(super) fn narrower_field(&self, ci: usize, pi: usize) -> bool {
        fn field(a: &Analysis, i: usize) -> Vec<&Token> {
            let tokens = &a.tokens;
            let from = if tokens[i].lower == "most" {
                i + 2
            } else {
                i + 1
            };
            let mut out = Vec::new();
            for k in from..tokens.len().min(from + 10) {
                let t = &tokens[k];
                if a.text[tokens[k - 1].end..t.start].contains([',', ';', '(', '"'])
                    || matches!(
                        t.lower.as_str(),
                        "and" | "but" | "while" | "which" | "who" | "behind" | "than" | "after"
                    )
                {
                    break;
                }
                // (A place bounds the field too: "in Europe" against "in the world". The noun
                // right after the superlative is what it ranks, no field: "the second-highest
                // value for the month".)
                if t.content && !t.number && k > from {
                    out.push(t);
                }
            }
            out
        }
        // Only a superlative has a field ("second-highest price for any artwork"); an ordinal
        // counts the things it ranks ("the second stage").
        let superlative = |t: &Token| {
            let last = t.lower.rsplit('-').next().unwrap_or(&t.lower);
            last == "most" || crate::text::is_superlative(last)
        };
        superlative(&self.claim.tokens[ci])
            && superlative(&self.passage.tokens[pi])
            && !field(self.claim, ci).is_empty()
            && field(self.passage, pi).iter().any(|t| !self.in_claim(t))
    }

    /// Whether claim token `i` is a rank the passage gives only within a narrower field (see
    /// [`Self::narrower_field`]).
    fn rank_in_narrower_field(&self, i: usize) -> bool {
        let Some((_, n, head)) = self.claim.ordinals.iter().find(|o| o.0 == i) else {
            return false;
        };
        let same: Vec<usize> = self
            .passage
            .ordinals
            .iter()
            .filter(|(_, m, h)| m == n && h == head)
            .map(|o| o.0)
            .collect();
        !same.is_empty() && same.iter().all(|&pi| self.narrower_field(i, pi))
    }

    /// Whether the claim's verb of beating at `i` is told by a standing or a loss ("finished
    /// behind", "lost to"): who beat whom is then [`super::roles::role_swap`]'s to read.
    fn ranked(&self, i: usize) -> bool {
        let stem = self.claim.tokens[i].key();
        super::roles::beating(stem)
            && (1..self.passage.tokens.len())
                .any(|k| super::roles::ranking(stem, self.passage, k).is_some())
    }

    pub(super) fn cover(&self, i: usize) -> Cover {
        if self.rank_in_narrower_field(i) {
            return Cover::No;
        }
        let entity = self.claim.entity_at(i);
        let main = match entity {
            Some(e) => self.entity_covered(e) || self.token_covered(i) || self.described_entity(e),
            None => self.token_covered(i) || self.ranked(i),
        };
        if main || self.age_words(i) {
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
            None => {
                ((t.capitalized
                    || self.modifies_covered(i)
                    || self.described_subject(i)
                    || self.backgrounded(i))
                    && self.context.contains(t.key()))
                    || self.definite_in_context(i)
            }
        };
        if in_context {
            Cover::Context
        } else {
            Cover::No
        }
    }
}

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

/// Whether a set of stems has a derivational variant of a stem, one the stemmer leaves apart.
fn derived_in(set: &HashSet<String>, stem: &str) -> bool {
    if stem.len() < 4 {
        return false;
    }
    const SUFFIXES: &[&str] = &[
        "ment", "ments", "ing", "ion", "ions", "al", "ure", "ur", "ive", "iti", "ance", "enc",
        "ship", "ism", "ist",
    ];
    set.iter().any(|p| {
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
        let suffixed =
            short.len() >= 4 && long.starts_with(short) && SUFFIXES.contains(&&long[short.len()..]);
        // An agent noun is not its verb: "fighter jets" are not "to fight".
        let agentive =
            long.starts_with(short) && matches!(&long[short.len()..], "er" | "ers" | "or" | "ors");
        !agentive && (suffixed || (common >= 5 && common * 5 >= short.len() * 4))
    })
}

/// Whether a set of stems has a stem or one of its synonyms.
fn has_word(set: &HashSet<String>, stem: &str) -> bool {
    // An auxiliary is no synonym's evidence: "had spent" does not "receive" (WordNet's
    // "have").
    set.contains(stem)
        || lexicon()
            .synonyms(stem)
            .iter()
            .any(|s| set.contains(s) && !matches!(s.as_str(), "have" | "be" | "do"))
}

/// Whether a set of stems has one of a token's stems or a synonym of it.
pub(super) fn has_token(set: &HashSet<String>, t: &Token) -> bool {
    t.stems.iter().any(|s| set.contains(s)) || has_word(set, t.key())
}

/// Whether `b` has one of `a`'s stems or a synonym of `a`.
pub(super) fn same_word(a: &Token, b: &Token) -> bool {
    a.stems.iter().any(|s| b.stems.contains(s))
        || lexicon()
            .synonyms(a.key())
            .iter()
            .any(|s| b.stems.contains(s))
}

/// The byte range of an entity in its text.
pub(super) fn entity_span(a: &Analysis, e: &Entity) -> (usize, usize) {
    (a.tokens[e.from].start, a.tokens[e.to - 1].end)
}
