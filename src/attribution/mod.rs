//! Who said each sentence of an article, through whom.
//!
//! Rule-based and explainable: a cue lexicon ("said", "according to", "told reporters"), clause
//! patterns around the cue (the noun phrase before a reporting verb, the phrase after "according
//! to", "reported by", "in an interview with"), appositives for titles, and an in-article entity
//! table so that "Mr. Shin", "he" and "South Korea's national security adviser" resolve to the full
//! name the article gives elsewhere. Pure functions over sentence strings: no index, no gRPC.

use crate::article::{Attribution, AttributionKind};
use crate::text::{fold_punctuation, words, Word};

mod bodies;
mod cues;
mod people;

pub use cues::{is_reporting_word, speaks_of_itself};

use bodies::{clean_source, described_bodies, introduced_companies, organisations, stands_for};
use cues::{is_verb_cue, AUXILIARIES, HONORIFICS, PARTICIPLE_CUES};
use people::{find_people, is_role_phrase, name_runs, person_named, resolve_np, Np, Person};

/// Words a report uses for a body it has just named: "the agency", "the regulator".
const GENERIC_BODIES: &[&str] = &[
    "agency",
    "authority",
    "body",
    "organisation",
    "organization",
    "regulator",
    "service",
    "watchdog",
];

/// The attribution of each sentence and the entity names each one refers to without spelling
/// them out.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ArticleAttribution {
    pub attributions: Vec<Attribution>,
    pub mentions: Vec<Vec<String>>,
}

/// A sentence seen as words with the punctuation between them.
struct View<'a> {
    text: &'a str,
    words: Vec<Word<'a>>,
    lower: Vec<String>,
    /// Whether each word lies inside quotation marks.
    quoted: Vec<bool>,
    /// The sentence ends inside a quotation that a later sentence closes.
    ends_quoted: bool,
    /// The sentence begins inside a quotation an earlier one opened.
    continues_quote: bool,
}

impl<'a> View<'a> {
    fn new(text: &'a str) -> Self {
        let words = words(text);
        let lower = words.iter().map(Word::lower).collect();
        let mut quoted = Vec::with_capacity(words.len());
        let mut inside = false;
        let mut opened = false;
        let mut continues = false;
        let mut prev_end = 0;
        for w in &words {
            let gap = &text[prev_end..w.start];
            for (k, c) in gap.char_indices() {
                match c {
                    '\u{201C}' => inside = true,
                    '\u{201D}' => inside = false,
                    // A straight quote opens where a word follows it and closes where one
                    // precedes it: a sentence that continues a quotation begins inside it and
                    // ends it with a closing mark ('The data are clear," she said.').
                    '"' => {
                        let before = text[..prev_end + k].chars().next_back();
                        let after = text[prev_end + k + 1..].chars().next();
                        let opens = before.is_none_or(char::is_whitespace)
                            && after.is_some_and(|a| !a.is_whitespace());
                        let closes = before.is_some_and(|b| !b.is_whitespace())
                            && after.is_none_or(|a| a.is_whitespace() || a.is_ascii_punctuation());
                        inside = if opens {
                            opened = true;
                            true
                        } else if closes {
                            // Closing a quotation this sentence never opened: it began inside
                            // one, so the words so far are quoted.
                            if !opened && !inside {
                                quoted.iter_mut().for_each(|q| *q = true);
                                continues = true;
                            }
                            false
                        } else {
                            opened |= !inside;
                            !inside
                        };
                    }
                    _ => {}
                }
            }
            quoted.push(inside);
            prev_end = w.end;
        }
        // Marks after the last word ('... effects."') settle whether the quotation goes on.
        for c in text[prev_end..].chars() {
            match c {
                '\u{201C}' => inside = true,
                '\u{201D}' | '"' => inside = false,
                _ => {}
            }
        }
        View {
            text,
            words,
            lower,
            quoted,
            ends_quoted: inside,
            continues_quote: continues,
        }
    }

    /// The punctuation and spaces before word `i`.
    fn gap_before(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.words[i - 1].end };
        &self.text[start..self.words[i].start]
    }

    fn breaks_before(&self, i: usize) -> bool {
        i == 0
            || self.gap_before(i).chars().any(|c| {
                matches!(
                    c,
                    ',' | ';'
                        | ':'
                        | '\u{201D}'
                        | '\u{201C}'
                        | '"'
                        | '('
                        | ')'
                        | '\u{2014}'
                        | '\u{2013}'
                )
            })
    }

    fn span(&self, from: usize, to: usize) -> String {
        if from >= to {
            return String::new();
        }
        // A name's trailing "+" is part of it ("OPEC+"), though no word of it.
        let mut end = self.words[to - 1].end;
        if self.words[to - 1].is_capitalized() && self.text[end..].starts_with('+') {
            end += 1;
        }
        self.text[self.words[from].start..end].to_string()
    }

    /// The start of the comma-delimited segment that ends just before word `end`.
    fn segment_start(&self, end: usize) -> usize {
        if end == 0 {
            return 0;
        }
        let mut s = end - 1;
        while s > 0 && !self.breaks_before(s) {
            s -= 1;
        }
        s
    }

    /// The length of a noun phrase in words, a name counting as one: "the British military's
    /// United Kingdom Maritime Trade Operations agency" is five long, "researchers at the
    /// University of Cambridge" four.
    fn phrase_len(&self, from: usize, to: usize) -> usize {
        let cap = |k: usize| k < self.words.len() && self.words[k].is_capitalized();
        let inside_name = |k: usize| {
            k > from
                && ((cap(k) && cap(k - 1))
                    || (cap(k) && k >= 2 && self.lower[k - 1] == "of" && cap(k - 2))
                    || (self.lower[k] == "of" && cap(k - 1) && cap(k + 1)))
        };
        (from..to).filter(|&k| !inside_name(k)).count()
    }

    /// The end of the segment that starts at `start`.
    fn segment_end(&self, start: usize) -> usize {
        let mut e = start + 1;
        while e < self.words.len() && !self.breaks_before(e) {
            e += 1;
        }
        e.min(self.words.len())
    }

    /// Quoted material of at least five words: a direct quotation rather than a scare quote.
    /// "called the strike "unnecessary and irresponsible"": the speaker's own words, however
    /// few, quoted after a verb of naming (within three words of it).
    fn quotes_a_characterisation(&self) -> bool {
        const NAMING: &[&str] = &[
            "called",
            "calling",
            "described",
            "describing",
            "dubbed",
            "termed",
        ];
        (1..self.words.len()).any(|i| {
            self.quoted[i]
                && self.quoted.get(i + 1) == Some(&true)
                && !self.quoted[i - 1]
                && (i.saturating_sub(3)..i).any(|k| NAMING.contains(&self.lower[k].as_str()))
        })
    }

    /// A short quotation opening the sentence and reported right after ("\"We disagree,\"
    /// the company said"), not a quoted title ("\"Starfall,\" the animated adventure, ...").
    fn opens_with_speech(&self) -> bool {
        if self.quoted.first() != Some(&true) {
            return false;
        }
        let Some(after) = self.quoted.iter().position(|q| !q) else {
            return false;
        };
        self.lower[after..].iter().take(3).any(|w| is_verb_cue(w))
    }

    fn has_direct_quote(&self) -> bool {
        let mut run = 0;
        for (i, q) in self.quoted.iter().enumerate() {
            if *q && (i == 0 || self.quoted[i - 1]) {
                run += 1;
            } else if *q {
                run = 1;
            } else {
                run = 0;
            }
            if run >= 5 {
                return true;
            }
        }
        false
    }
}

fn normalize(s: &str) -> String {
    let folded: String = s
        .chars()
        .map(fold_punctuation)
        .collect::<String>()
        .to_lowercase();
    let t = folded.trim();
    let t = t.strip_prefix("the ").unwrap_or(t);
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

struct Found {
    speaker: Option<usize>,
    source: Option<String>,
    cue: String,
    via_verb: bool,
}

/// Attributes every sentence of one article.
pub fn attribute(sentences: &[String]) -> ArticleAttribution {
    let views: Vec<View<'_>> = sentences.iter().map(|s| View::new(s)).collect();
    let people = find_people(&views);
    let mut last_person: Option<usize> = None;
    let mut last_speaker: Option<usize> = None;
    let mut prev_subject: Option<String> = None;
    let mut out = ArticleAttribution::default();
    let mut orgs: Vec<String> = Vec::new();
    // (noun, name): "payments company Paylane".
    let mut companies: Vec<(String, String)> = Vec::new();
    let mut described: Vec<(String, String)> = Vec::new();
    for v in &views {
        let here = described_bodies(v);
        described.extend(here.iter().cloned());
        // "according to the airport operator, ANA", "the office said": the body named after
        // that description, in this sentence (before any other body the noun may stand for)
        // or before.
        let described_as = |source: &str, within: &[(String, String)]| {
            let words: Vec<&str> = source.split_whitespace().collect();
            let descriptive = words.iter().all(|w| w.chars().all(|c| !c.is_uppercase()));
            let noun = words.last().copied().unwrap_or("");
            descriptive
                .then(|| within.iter().rev().find(|(n, _)| n == noun))
                .flatten()
                .map(|(_, name)| name.clone())
        };
        let found = attribute_one(v, &people, last_speaker.or(last_person));
        let mut a = Attribution::default();
        // "read a statement in which Farahani thanked his cast "for the courage to ..."": a
        // quotation with no cue is the words of the person last named before it, when that
        // name is a clause's subject (not after a preposition, not an owner).
        if found.is_none() && v.has_direct_quote() {
            let opens = v.quoted.iter().position(|q| *q).unwrap_or(0);
            let subject = name_runs(v, 0, opens)
                .into_iter()
                .rev()
                .find(|&(s, e)| {
                    let owner = e < v.words.len() && v.gap_before(e).contains(['\'', '\u{2019}']);
                    !people::after_preposition(v, s) && !owner
                })
                .and_then(|(s, e)| person_named(&normalize(&v.span(s, e)), &people));
            if let Some(p) = subject {
                a.speaker = people[p].name.clone();
                a.speaker_title = people[p].title.clone();
                a.kind = AttributionKind::DirectQuote;
                last_speaker = Some(p);
            }
        }
        if let Some(f) = found {
            if let Some(p) = f.speaker {
                a.speaker = people[p].name.clone();
                a.speaker_title = people[p].title.clone();
                last_speaker = Some(p);
            }
            a.source = f.source.unwrap_or_default();
            if let Some(name) = described_as(&a.source, &here) {
                a.source = name;
            }
            // "the firm said" after "the law firm Linklaters" and "payments company Paylane":
            // the company introduced with that very noun.
            let same_noun = companies
                .iter()
                .rev()
                .find(|(noun, _)| *noun == a.source)
                .map(|(_, name)| name.clone());
            // "The bank warned": the organisation the article named with that word; "Halvern
            // said", "the company said": the company named in full before.
            if let Some(name) = same_noun {
                a.source = name;
            } else if let Some(org) = orgs
                .iter()
                .rev()
                .find(|o| stands_for(o, &a.source, &companies))
            {
                a.source = org.clone();
            } else if let Some(name) = described_as(&a.source, &described) {
                a.source = name;
            }
            // "the ministry said" after "the agriculture ministry said": the body a source
            // before named more fully with that head.
            if !a.source.is_empty() && a.source.chars().all(|c| c.is_lowercase()) {
                let head = format!(" {}", a.source);
                if let Some(fuller) = out
                    .attributions
                    .iter()
                    .rev()
                    .map(|b| &b.source)
                    .find(|s| s.ends_with(&head) && s.chars().all(|c| !c.is_uppercase()))
                {
                    a.source = fuller.clone();
                } else if GENERIC_BODIES.contains(&a.source.as_str()) {
                    // "According to the BIS, ... . ..., the agency said": a generic word for a
                    // body is the named body the sentence before cited.
                    if let Some(named) = out
                        .attributions
                        .last()
                        .map(|b| &b.source)
                        .filter(|s| s.chars().next().is_some_and(char::is_uppercase))
                    {
                        a.source = named.clone();
                    }
                }
            }
            a.cue = f.cue;
            // A sentence that goes on with a quotation is quoting, however short its part
            // (not one that opens with a quoted title: "\"Starfall,\" the animated ...").
            a.kind = if v.has_direct_quote()
                || v.continues_quote
                || v.opens_with_speech()
                || v.quotes_a_characterisation()
            {
                AttributionKind::DirectQuote
            } else if f.via_verb {
                AttributionKind::Indirect
            } else {
                AttributionKind::AccordingTo
            };
        }
        // Entities the sentence refers to without naming them in full.
        let mut mentions = Vec::new();
        for (s, e) in name_runs(v, 0, v.words.len()) {
            if let Some(p) = person_named(&normalize(&v.span(s, e)), &people) {
                push_person(&mut mentions, &people[p]);
                last_person = Some(p);
            }
        }
        let first = v.lower.first().map(String::as_str).unwrap_or("");
        if matches!(first, "he" | "she") {
            if let Some(p) = last_person {
                push_person(&mut mentions, &people[p]);
            }
        } else if matches!(first, "it" | "they") {
            if let Some(subj) = &prev_subject {
                mentions.push(subj.clone());
            }
        }
        // "Charles Leclerc of Ferrari finished third, while his teammate ...": a pronoun after
        // a full name in its own sentence is that name's, known as a person or not.
        let pronoun = v.lower.iter().position(|w| w == "he" || w == "his");
        let named_before =
            pronoun.is_some_and(|k| name_runs(v, 0, k).iter().any(|(s, e)| e - s >= 2));
        if pronoun.is_some() && !matches!(first, "he") && !named_before {
            if let Some(p) = last_person {
                push_person(&mut mentions, &people[p]);
            }
        }
        // "the company reported revenue", "the bank": the organisation the article named
        // before. Only common nouns: "the North" is no organisation's head.
        let the_nouns: Vec<&str> = (1..v.words.len())
            .filter(|&k| v.lower[k - 1] == "the" && !v.words[k].is_capitalized())
            .map(|k| v.lower[k].as_str())
            .collect();
        if !the_nouns.is_empty() {
            if let Some(org) = orgs
                .iter()
                .rev()
                .find(|o| the_nouns.iter().any(|w| stands_for(o, w, &companies)))
            {
                mentions.push(org.clone());
            } else if let Some(name) = the_nouns.iter().find_map(|w| described_as(w, &described)) {
                mentions.push(name);
            }
        }
        if !mentions.is_empty() {
            mentions.sort();
            mentions.dedup();
        }
        prev_subject = subject_of(v);
        orgs.extend(organisations(v));
        let introduced = introduced_companies(v);
        orgs.extend(introduced.iter().map(|(_, name)| name.clone()));
        companies.extend(introduced);
        out.attributions.push(a);
        out.mentions.push(mentions);
    }
    // A quotation that runs over several sentences is attributed once, usually at its end:
    // the sentences it opens in take that attribution.
    for i in (0..views.len().saturating_sub(1)).rev() {
        if views[i].ends_quoted
            && out.attributions[i].kind == AttributionKind::None
            && out.attributions[i + 1].kind == AttributionKind::DirectQuote
        {
            out.attributions[i] = out.attributions[i + 1].clone();
        }
    }
    out
}

fn push_person(mentions: &mut Vec<String>, p: &Person) {
    mentions.push(p.name.clone());
    if !p.title.is_empty() {
        mentions.push(p.title.clone());
    }
}

/// The first capitalised name of a sentence's main clause, as the antecedent of a following "It".
fn subject_of(v: &View<'_>) -> Option<String> {
    let start = if v.words.first().is_some_and(|w| !w.is_capitalized()) {
        0
    } else {
        // Skip a fronted adverbial ("In recent weeks, ...").
        (1..v.words.len())
            .find(|i| v.gap_before(*i).contains(','))
            .filter(|i| *i < 6)
            .unwrap_or(0)
    };
    let (mut s, e) = name_runs(v, start, v.words.len()).into_iter().next()?;
    // Only a name that opens the main clause is its subject ("Mr. Kim met ...").
    let honorific = v
        .lower
        .get(start)
        .is_some_and(|w| HONORIFICS.contains(&w.as_str()));
    if s > start + usize::from(honorific) {
        return None;
    }
    // A capitalised function word opening the sentence ("As", "After") is not part of a name.
    while s < e && crate::text::is_stop_word(&v.lower[s]) {
        s += 1;
    }
    if s == e {
        return None;
    }
    let name = v.span(s, e);
    let lower = name.to_lowercase();
    if ["it", "the", "in", "but", "he", "she", "they"].contains(&lower.as_str()) {
        return None;
    }
    Some(name)
}

/// The noun phrase opening a sentence, up to its verb (an auxiliary or a past form within
/// five words, no comma between): "Environmental groups" of "Environmental groups welcomed the
/// figures but warned ...".
fn subject_phrase(v: &View<'_>) -> Option<String> {
    let n = v.words.len();
    let verb = (1..n.min(6)).find(|&k| {
        let w = v.lower[k].as_str();
        !v.words[k].is_capitalized()
            && (matches!(
                w,
                "has" | "have" | "had" | "is" | "are" | "was" | "were" | "will"
            ) || (w.len() > 4 && w.ends_with("ed")))
    })?;
    if (1..verb).any(|k| v.breaks_before(k) || v.quoted[k]) || !np_like(&v.lower[..verb]) {
        return None;
    }
    let phrase = clean_source(&v.span(0, verb));
    let pronoun = matches!(
        phrase.to_lowercase().as_str(),
        "it" | "they" | "he" | "she" | "we" | "i"
    );
    (!phrase.is_empty() && !pronoun).then_some(phrase)
}

fn attribute_one(v: &View<'_>, people: &[Person], last: Option<usize>) -> Option<Found> {
    let n = v.words.len();
    let mut speaker: Option<usize> = None;
    let mut source: Option<String> = None;
    let mut cue = String::new();
    let mut via_verb = false;
    let mut according = false;
    // A source read off the main clause's subject for a second verb ("The bridge was last
    // inspected ..., when engineers rated it ... but said"): a guess, which the sentence's own
    // "according to X" overrides.
    let mut subject_guess = false;
    let first_person = || {
        name_runs(v, 0, n).into_iter().find_map(|(s, e)| {
            match resolve_np(&v.span(s, e), people, None) {
                Np::Person(p) => Some(p),
                _ => None,
            }
        })
    };
    let mut i = 0;
    while i < n {
        if v.quoted[i] {
            i += 1;
            continue;
        }
        let w = v.lower[i].as_str();
        // "according to X" / "reported by X" / "in an interview with X": the phrase after is a source.
        let after = if w == "according" && v.lower.get(i + 1).is_some_and(|x| x == "to") {
            Some((i + 2, "according to"))
        } else if (w == "by" && i > 0 && v.lower[i - 1] == "reported")
            || (w == "with" && i > 0 && v.lower[i - 1] == "interview")
        {
            Some((i + 1, ""))
        } else {
            None
        };
        if let Some((from, c)) = after {
            if from < n {
                let to = v.segment_end(from);
                let guessed = subject_guess && speaker.is_none() && !c.is_empty();
                match resolve_np(&v.span(from, to), people, last) {
                    Np::Person(p) if speaker.is_none() => speaker = Some(p),
                    Np::Source(s) if (source.is_none() || guessed) && !s.is_empty() => {
                        source = Some(s);
                        if guessed {
                            via_verb = false;
                            cue.clear();
                        }
                    }
                    _ => {}
                }
                if !c.is_empty() {
                    according = true;
                    if cue.is_empty() {
                        cue = c.to_string();
                    }
                }
                i = to;
                continue;
            }
        }
        let lowercase_in_text = i == 0 || !v.words[i].is_capitalized();
        // "called for ..." reports speech, and so does "called the landing 'a milestone'" with
        // the words quoted; "called the police" does not.
        let called_for = v.lower.get(i + 1).is_some_and(|x| x == "for");
        // "had asked for a sentence of nine years" is a request made, not words reported.
        let asked_for = w == "asked" && called_for;
        let called_speech = called_for || v.quoted[i + 1..].iter().any(|q| *q);
        // "the researchers found that ...", "..., the study found": a finding reported; not
        // "police found a body", nor "declared a state of emergency" (an act, not words).
        // Likewise "economists estimated that ...", not "an estimated 11,000 troops", and "the
        // documents revealed that ...", not "the leak revealed plans".
        let reports_finding = v.lower.get(i + 1).is_none_or(|x| x == "that")
            || v.quoted.get(i + 1).is_some_and(|q| *q);
        // "did not say", "never said": no one is reported as saying anything.
        // (Not a negation inside the quotation: "\"It is not real,\" said Kowalczyk.")
        let negated = (i.saturating_sub(2)..i).any(|k| {
            !v.quoted[k]
                && (matches!(
                    v.lower[k].as_str(),
                    "not" | "never" | "declined" | "refused"
                ) || v.lower[k].ends_with("n't"))
        });
        // "claimed victory", "claimed the title": a thing claimed, no words reported. (Not
        // "claimed responsibility for the attack in a televised statement", which is said.)
        let claimed_thing = matches!(w, "claimed" | "claims" | "claim")
            && v.lower[i + 1..]
                .iter()
                .find(|x| {
                    !matches!(
                        x.as_str(),
                        "a" | "an" | "the" | "its" | "their" | "his" | "her"
                    )
                })
                .is_some_and(|x| {
                    matches!(
                        x.as_str(),
                        "victory" | "credit" | "title" | "lives" | "ownership"
                    )
                });
        // "sites, many of them threatened by farming": a passive's participle is no report
        // by its subject ("reported by X" names its source above).
        let passive = v.lower.get(i + 1).is_some_and(|x| x == "by");
        // "rejected claims that", "the reports": a cue word read as a plural noun.
        // "Member states must still approve the text": a plural noun before a modal.
        // ("the Baltic states", "the Gulf states": a plural after an article and a name.)
        let nominal = matches!(w, "claims" | "reports" | "notes" | "states" | "posts")
            && i > 0
            && (i > 1 && v.lower[i - 2] == "the" && v.words[i - 1].is_capitalized()
                || matches!(
                    v.lower[i - 1].as_str(),
                    "the" | "a" | "his" | "her" | "its" | "their" | "these" | "those" | "such"
                )
                || (v.lower[i - 1].len() > 3 && v.lower[i - 1].ends_with("ed"))
                || v.lower.get(i + 1).is_some_and(|x| {
                    matches!(
                        x.as_str(),
                        "must"
                            | "will"
                            | "would"
                            | "can"
                            | "could"
                            | "should"
                            | "may"
                            | "are"
                            | "were"
                            | "have"
                            | "had"
                    )
                }));
        if is_verb_cue(w)
            && lowercase_in_text
            && (w != "called" || called_speech)
            && (!matches!(
                w,
                "found"
                    | "declared"
                    | "estimated"
                    | "estimates"
                    | "revealed"
                    | "stress"
                    | "stressed"
                    | "stresses"
            ) || reports_finding)
            && !negated
            && !nominal
            && !asked_for
            && !passive
            && !claimed_thing
        {
            // Auxiliaries before the verb belong to the cue ("have said").
            let mut s = i;
            while s > 0 && AUXILIARIES.contains(&v.lower[s - 1].as_str()) && !v.breaks_before(s) {
                s -= 1;
            }
            let mut cue_text = v.span(s, i + 1);
            if (w == "called" && called_for)
                || (w == "told"
                    && v.lower
                        .get(i + 1)
                        .is_some_and(|x| x == "reporters" || x == "journalists"))
            {
                cue_text = v.span(s, i + 2);
            }
            // "..., but Okafor said": the conjunction opens the clause, not the speaker's name.
            let mut np_start = v.segment_start(s);
            if s - np_start > 1
                && matches!(
                    v.lower[np_start].as_str(),
                    "but" | "and" | "while" | "although" | "though" | "whereas"
                )
            {
                np_start += 1;
            }
            let np = v.span(np_start, s);
            let np_words = s - np_start;
            // The main clause's subject says the participle's or the second verb's words: the
            // sentence's opening noun phrase ("Farm lobby groups have criticized the campaign,
            // saying ..."; "Hungary's prime minister congratulated Varga ..., calling ..."),
            // else the first person it names, else its opening name.
            let main_subject = || match subject_phrase(v) {
                Some(phrase) => resolve_np(&phrase, people, None),
                None => first_person()
                    .map_or_else(|| subject_of(v).map_or(Np::Nothing, Np::Source), Np::Person),
            };
            let mut from_subject = true;
            let mut resolved = if PARTICIPLE_CUES.contains(&w) && v.breaks_before(s) {
                main_subject()
            } else if np_words == 1 && matches!(v.lower[s - 1].as_str(), "and" | "but") {
                // "De Vries, who founded Paylane, was not accused of wrongdoing, but said":
                // the clause's own subject, set off by commas.
                main_subject()
            } else if np_words == 0
                || v.phrase_len(np_start, s) > 8
                || !np_like(&v.lower[np_start..s])
                // The end of a quotation before an inverted cue ('"... , however large," said').
                || (np_start..s).any(|k| v.quoted[k])
            {
                Np::Nothing
            } else if np_words > 1 && matches!(v.lower[s - 1].as_str(), "they" | "it") {
                // "15 euros, a level they say is needed": a pronoun just before the cue is its
                // subject, and stands for the sentence's.
                main_subject()
            } else if np_words > 1 && matches!(v.lower[s - 1].as_str(), "and" | "but") {
                // "Anders Berg welcomed the ruling but said": a second verb of the subject's.
                main_subject()
            } else {
                from_subject = false;
                resolve_np(&np, people, last)
            };
            // Inverted: "'...,' said Dana Whitfield, the chief executive" and "..., said the
            // ministry": the cue opens its segment and the speaker follows it.
            if matches!(resolved, Np::Nothing) && v.breaks_before(s) {
                let from = s + cue_text.split_whitespace().count();
                let opens_np = from < n
                    && !v.quoted[from]
                    && (v.words[from].is_capitalized()
                        || matches!(
                            v.lower[from].as_str(),
                            "the" | "a" | "an" | "one" | "another" | "some"
                        ));
                if opens_np {
                    let to = v.segment_end(from);
                    if v.phrase_len(from, to) <= 8 && np_like(&v.lower[from..to]) {
                        resolved = resolve_np(&clean_source(&v.span(from, to)), people, last);
                    }
                }
            }
            // "X, a professor at Y who was not involved, told reporters": the segment before the
            // cue is an appositive; the speaker is the name before it.
            // So is a participle phrase ("Keir Starmer, speaking in London, said"), and a
            // description after a name ("World Athletics, the sport's governing body, said").
            // So is a relative clause ("Mexico, which faces similar duties, said").
            let named_before = np_start > 0 && v.gap_before(np_start).contains(',') && {
                let prev_start = v.segment_start(np_start);
                (prev_start..np_start).all(|k| v.words[k].is_capitalized())
            };
            let relative = np_words > 0 && matches!(v.lower[np_start].as_str(), "which" | "who");
            // "Nordbank, Sweden's second-largest lender, reported": an owner's description too.
            let owned = np_words > 1 && crate::text::opens_possessive(v.gap_before(np_start + 1));
            let after_name = named_before
                && (relative || owned || matches!(v.lower[np_start].as_str(), "the" | "a" | "an"));
            // "The four council members who voted against the plan, all from the opposition
            // Green Party, argued": who they all are, after who they are.
            let quantified = np_words > 1
                && matches!(v.lower[np_start].as_str(), "all" | "both" | "each" | "most")
                && matches!(v.lower[np_start + 1].as_str(), "from" | "of");
            // "Voicu, 61, denied": an age between commas says who the name before is.
            let age = np_words == 1 && v.lower[np_start].chars().all(|c| c.is_ascii_digit());
            let appositive = quantified
                || age
                || np_words > 0
                    && (is_role_phrase(&v.lower[np_start..s])
                        || !np_like(&v.lower[np_start..s])
                        || np_words > 8
                        || v.lower[np_start].ends_with("ing")
                        || after_name);
            if appositive
                && !matches!(resolved, Np::Person(_))
                && np_start > 0
                && v.gap_before(np_start).contains(',')
            {
                let prev_start = v.segment_start(np_start);
                match resolve_np(&v.span(prev_start, np_start), people, None) {
                    Np::Person(p) => resolved = Np::Person(p),
                    // "World Athletics, the sport's governing body, said": the name, not the
                    // description.
                    Np::Source(name) if after_name || quantified => resolved = Np::Source(name),
                    _ => {}
                }
            }
            // "The weather bureau, known as PAGASA, warned": the name it is known by.
            if np_words > 2
                && v.lower[np_start] == "known"
                && v.lower[np_start + 1] == "as"
                && v.words[np_start + 2].is_capitalized()
                && !matches!(resolved, Np::Person(_))
            {
                resolved = Np::Source(v.span(np_start + 2, s));
            }
            match resolved {
                Np::Person(p) if speaker.is_none() => {
                    speaker = Some(p);
                    cue = cue_text;
                    via_verb = true;
                    // The title may stand in the segment before ("..., the adviser, Shin, said").
                }
                Np::Source(src) if !src.is_empty() => {
                    if source.is_none() {
                        source = Some(src);
                        subject_guess = from_subject;
                    }
                    if speaker.is_none() {
                        cue = cue_text;
                    }
                    via_verb = true;
                }
                _ => {}
            }
        }
        i += 1;
    }
    if speaker.is_none() && source.is_none() {
        return None;
    }
    let _ = according;
    Some(Found {
        speaker,
        source,
        cue,
        via_verb,
    })
}

/// A noun phrase rather than a clause: no finite verb or clause word inside.
fn np_like(lower: &[String]) -> bool {
    const CLAUSE: &[&str] = &[
        "is", "are", "was", "were", "has", "have", "had", "that", "which", "who", "to", "will",
        "would", "be", "been", "it", "as",
    ];
    !lower.iter().any(|w| CLAUSE.contains(&w.as_str()))
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod gold;
