//! The people of an article: names found in it with their titles, and the resolution of a
//! later mention ("Mr. Shin", "he", "the adviser") to the full name given elsewhere.

use crate::text::fold_punctuation;

use super::bodies::{clean_source, COMPANY_NOUNS};
use super::cues::{
    is_verb_cue, COMPANY_NAME_ENDS, HONORIFICS, NAME_PARTICLES, ORG_WORDS, PERSON_TITLES, PRONOUNS,
    ROLE_NOUNS,
};
use super::{normalize, np_like, View};

#[derive(Debug, Clone)]
pub(super) struct Person {
    pub(super) name: String,
    pub(super) title: String,
    /// Lower-cased parts of the name that an honorific can precede ("shin", "won-shik").
    pub(super) parts: Vec<String>,
    /// The name as [`normalize`] gives it, computed once: every noun phrase is compared with it.
    pub(super) norm: String,
}

pub(super) fn is_role_phrase(lower: &[String]) -> bool {
    // A listed role anywhere, or a kind of person heading the phrase after the article ("a
    // climatologist at the University of Granada", "an aviation safety consultant and ...").
    // The head is the last word before a preposition, a conjunction or a relative pronoun;
    // a modifier is none ("the sport's governing body").
    const ENDS: &[&str] = &["at", "of", "for", "with", "who", "in", "from", "and"];
    // "The United States, which is not a member of OPEC+": "which" is said of things.
    if lower.first().is_some_and(|w| w == "which") {
        return false;
    }
    if lower.iter().any(|w| ROLE_NOUNS.contains(&w.as_str())) {
        return true;
    }
    if !lower
        .first()
        .is_some_and(|d| matches!(d.as_str(), "a" | "an" | "the"))
    {
        return false;
    }
    let run = lower[1..]
        .iter()
        .take_while(|w| !ENDS.contains(&w.as_str()))
        .count();
    (1..=4).contains(&run)
        && crate::lexicon::lexicon().is_person_noun(&crate::text::tokens::stem(&lower[run]))
}

/// Whether word `s` follows a preposition ("of Canada", "in Berlin"): a name there is a place
/// or an object, not a clause's subject.
pub(super) fn after_preposition(v: &View<'_>, s: usize) -> bool {
    s > 0
        && matches!(
            v.lower[s - 1].as_str(),
            "of" | "in" | "at" | "from" | "to" | "for" | "by" | "on" | "with"
        )
}

/// Capitalised runs of words (initials included) within `range`: candidate names.
pub(super) fn name_runs(v: &View<'_>, from: usize, to: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = from;
    while i < to {
        let cap = |k: usize| v.words[k].is_capitalized() && !v.quoted[k];
        if !cap(i) || HONORIFICS.contains(&v.lower[i].as_str()) {
            i += 1;
            continue;
        }
        let s = i;
        // Lower-case particles inside names: "Marieke de Vries", "Ludwig van Beethoven".
        let particle = |k: usize| {
            NAME_PARTICLES.contains(&v.lower[k].as_str())
                && k + 1 < to
                && cap(k + 1)
                && !v.breaks_before(k + 1)
        };
        // A possessive ends a name: "Kenya's Daniel Kiptoo" is a country and a person.
        let possessive = |k: usize| v.gap_before(k).contains(['\'', '\u{2019}']);
        while i < to
            && (cap(i) || (i > s && particle(i)))
            && (i == s || (!v.breaks_before(i) && !possessive(i)))
        {
            i += 1;
        }
        out.push((s, i));
    }
    out
}

/// Pass one: the people an article names, with their titles.
pub(super) fn find_people(views: &[View<'_>]) -> Vec<Person> {
    let mut people: Vec<Person> = Vec::new();
    let mut add = |name: String, title: String| {
        let parts: Vec<String> = name
            .split_whitespace()
            .map(|p| {
                p.chars()
                    .map(fold_punctuation)
                    .collect::<String>()
                    .to_lowercase()
            })
            .collect();
        // The same person, or a surname of several words for someone named in full before
        // ("Mr. Van Dijk" after "Pieter Van Dijk").
        if let Some(p) = people
            .iter_mut()
            .find(|p| p.name == name || (parts.len() < p.parts.len() && p.parts.ends_with(&parts)))
        {
            if p.title.is_empty() {
                p.title = title;
            }
            return;
        }
        let norm = normalize(&name);
        people.push(Person {
            name,
            title,
            parts,
            norm,
        });
    };
    let mut maybe: Vec<(String, String, String)> = Vec::new();
    let mut companies: Vec<String> = Vec::new();
    for v in views {
        let n = v.words.len();
        for (s, e) in name_runs(v, 0, n) {
            // "The AIU rejected ...": a sentence's capital "The" opens no one's name.
            let s = if v.lower[s] == "the" { s + 1 } else { s };
            // "the grid operator Red Eléctrica": a name a company noun introduces is a company's;
            // "the Department of Foreign Affairs": a name after "of" in another is part of it.
            // (Not past a comma: "His producer, Leila Sadeghi," is an appositive.)
            let introduced = s > 0
                && COMPANY_NOUNS.contains(&v.lower[s - 1].as_str())
                && !v.gap_before(s).contains(',');
            let inside = s >= 2
                && matches!(v.lower[s - 1].as_str(), "of" | "for")
                && v.words[s - 2].is_capitalized();
            // ("Sylvan Biologics said", after "the company Sylvan Biologics", is it again.)
            if introduced {
                companies.push(v.span(s, e));
            }
            if e - s < 2 || introduced || inside || companies.contains(&v.span(s, e)) {
                continue;
            }
            // Drop a leading title ("President Vladimir V. Putin"), also one that ends in a role
            // noun ("Finance Minister Chrystia Freeland", "Chief Executive Dana Whitfield"), and
            // a title after that ("Saudi Energy Minister Prince Abdulaziz bin Salman").
            let mut s2 = s;
            while s2 < e && PERSON_TITLES.contains(&v.lower[s2].as_str()) {
                s2 += 1;
            }
            if let Some(k) = (s2..e.saturating_sub(2))
                .rev()
                .find(|&k| ROLE_NOUNS.contains(&v.lower[k].as_str()))
            {
                s2 = k + 1;
            }
            while e - s2 > 2 && PERSON_TITLES.contains(&v.lower[s2].as_str()) {
                s2 += 1;
            }
            // The name itself, not its title, says whether it is an organisation's ("Energy
            // Minister Ana Costa" is a person) or a place ("North Korean", "Pyongyang";
            // "Saudi Energy Minister ..." is a person).
            if v.lower[s2..e]
                .iter()
                .any(|w| ORG_WORDS.contains(&w.as_str()) || COMPANY_NAME_ENDS.contains(&w.as_str()))
            {
                continue;
            }
            let stems: Vec<String> = crate::text::analyze(&v.span(s2, e))
                .into_iter()
                .map(|t| t.text)
                .skip_while(|t| t == "the")
                .collect();
            if !crate::lexicon::lexicon()
                .place_expansions(&stems)
                .is_empty()
            {
                continue;
            }
            let titled = s2 > s
                || (s > 0
                    && (PERSON_TITLES.contains(&v.lower[s - 1].as_str())
                        || HONORIFICS.contains(&v.lower[s - 1].as_str())));
            if e - s2 < 2 && !titled {
                continue;
            }
            // Appositive after: "Shin Won-shik, South Korea's national security adviser".
            let mut title = String::new();
            if e < n && v.gap_before(e).contains(',') {
                let te = v.segment_end(e);
                if is_role_phrase(&v.lower[e..te]) {
                    title = trim_title(&v.span(e, te));
                }
            }
            // Appositive before: "the transport minister, Hugo Brandt".
            // Only a short phrase that opens like a noun phrase ("the", "a", "X's") and is
            // followed by the name and a comma or a cue.
            let closes = e == n || v.gap_before(e).contains(',') || is_verb_cue(&v.lower[e]);
            if title.is_empty() && s > 0 && v.gap_before(s).contains(',') && closes {
                let ts = v.segment_start(s);
                let opens_np = matches!(v.lower[ts].as_str(), "the" | "a" | "an")
                    || v.words[ts].is_capitalized();
                if s - ts <= 8
                    && opens_np
                    && np_like(&v.lower[ts..s])
                    && is_role_phrase(&v.lower[ts..s])
                {
                    title = trim_title(&v.span(ts, s));
                }
            }
            if title.is_empty() && s2 > s {
                title = v.span(s, s2);
            }
            // "Kiptoo said", or inverted: "said Kwame Asante, who led the rescue team".
            // (A cue in lower case: "the United States and South Korea" has none.)
            let speaks_next = e < n && is_verb_cue(&v.lower[e])
                || s > 0 && !v.words[s - 1].is_capitalized() && is_verb_cue(&v.lower[s - 1]);
            if titled
                || !title.is_empty()
                || speaks_next
                || e - s2 >= 2 && looks_like_person(&v.lower[s2..e])
            {
                add(v.span(s2, e), title);
            } else if (2..=3).contains(&(e - s2)) {
                maybe.push((v.span(s2, e), v.lower[s2].clone(), v.lower[e - 1].clone()));
            }
        }
    }
    // A plain two- or three-word name is a person's when the article goes on to use its last
    // word alone, as news style does with surnames ("Daniel Kiptoo" ... "Kiptoo said").
    let surnames_alone = names_alone(views, |v, s| {
        // Not after a preposition: "of Canada", "in Berlin" are places.
        !(after_preposition(v, s) || s == 0 && crate::text::is_stop_word(&v.lower[0]))
    });
    // Or its first word, for a name whose family name comes first or that goes by a given
    // name ("Ding" for Ding Liren, "Gukesh" for Gukesh Dommaraju), where that word has an age
    // ("Ding, 34,") or speaks beside "he", "him" or "she" ("Gukesh told reporters", after "I
    // did not expect him ..."): "Bayern said" is a club's.
    let personal = |v: &View<'_>| {
        v.lower
            .iter()
            .any(|w| matches!(w.as_str(), "he" | "his" | "him" | "she" | "her"))
    };
    let given_alone = names_alone(views, |v, s| {
        let e = s + 1;
        let aged = e + 1 < v.words.len()
            && v.gap_before(e).trim() == ","
            && v.words[e].is_number()
            && v.words[e].text.len() <= 3
            && v.gap_before(e + 1).trim() == ",";
        let speaks = e < v.words.len() && is_verb_cue(&v.lower[e]) && personal(v);
        !crate::text::is_stop_word(&v.lower[s]) && (aged || speaks)
    });
    for (name, first, last) in maybe {
        let initials = name.split_whitespace().next().is_some_and(|w| {
            w.chars()
                .filter(|c| c.is_alphabetic())
                .all(|c| c.is_uppercase())
        });
        let given = given_alone.contains(&first) && !initials;
        if surnames_alone.contains(&last) || given {
            add(name, String::new());
        }
    }
    people
}

/// The capitalised words an article uses alone, as a name of one word, where `keep` (given
/// the sentence and the word's index) holds: lower-cased.
fn names_alone(
    views: &[View<'_>],
    keep: impl Fn(&View<'_>, usize) -> bool,
) -> rustc_hash::FxHashSet<String> {
    views
        .iter()
        .flat_map(|v| {
            name_runs(v, 0, v.words.len())
                .into_iter()
                .filter(|&(s, e)| e - s == 1 && keep(v, s))
                .map(|(s, _)| v.lower[s].clone())
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Two or three capitalised words with hyphenated or initial parts, no organisation word.
fn looks_like_person(lower: &[String]) -> bool {
    (2..=3).contains(&lower.len()) && lower.iter().any(|w| w.contains('-') || w.len() == 1)
}

fn trim_title(t: &str) -> String {
    let t = t.trim().trim_end_matches([',', '.']);
    // "minister of natural resources and ecology who led a delegation" -> stop at a relative clause.
    let cut = [" who ", " which ", " that "]
        .iter()
        .filter_map(|m| t.find(m))
        .min()
        .unwrap_or(t.len());
    t[..cut].trim().to_string()
}

/// What a noun phrase names: a person of the article, a title that stands for one, or a source.
pub(super) enum Np {
    Person(usize),
    Source(String),
    Nothing,
}

pub(super) fn resolve_np(np: &str, people: &[Person], last_speaker: Option<usize>) -> Np {
    let norm = normalize(np);
    if norm.is_empty() {
        return Np::Nothing;
    }
    if PRONOUNS.contains(&norm.as_str()) {
        return last_speaker.map_or(Np::Nothing, Np::Person);
    }
    // "Governor Rosa Dimaculangan of Samar": the person, with the place of the office.
    let named = person_named(&norm, people).or_else(|| {
        let (person, of) = np.rsplit_once(" of ")?;
        of.starts_with(char::is_uppercase)
            .then(|| person_named(&normalize(person), people))
            .flatten()
    });
    match named {
        Some(i) => Np::Person(i),
        None => Np::Source(clean_source(np)),
    }
}

/// The person a normalised noun phrase names, if any: the name in full, a name after a title,
/// a single name part, or a title the article gives one person.
pub(super) fn person_named(norm: &str, people: &[Person]) -> Option<usize> {
    let toks: Vec<&str> = norm
        .split(' ')
        .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
        .collect();
    let has_role = toks.iter().any(|t| ROLE_NOUNS.contains(t));
    let toks: Vec<&str> = toks
        .into_iter()
        .filter(|t| !HONORIFICS.contains(t) && !PERSON_TITLES.contains(t))
        .collect();
    // Full name, then a single name part after an honorific or alone ("Mr. Shin", "Shin").
    let joined = toks.join(" ");
    if let Some(i) = people.iter().position(|p| p.norm == joined) {
        return Some(i);
    }
    // A name after a title the person lists do not strip ("Finance Minister Chrystia Freeland").
    if let Some(i) = people.iter().position(|p| {
        p.parts.len() >= 2
            && toks.len() >= p.parts.len()
            && toks[toks.len() - p.parts.len()..]
                .iter()
                .zip(&p.parts)
                .all(|(a, b)| a == b)
    }) {
        return Some(i);
    }
    // A surname with its particle ("De Vries" for Maarten de Vries).
    if toks.len() >= 2 && NAME_PARTICLES.contains(&toks[0]) {
        if let Some(i) = people.iter().position(|p| {
            p.parts.len() > toks.len()
                && p.parts[p.parts.len() - toks.len()..]
                    .iter()
                    .zip(&toks)
                    .all(|(a, b)| a == b)
        }) {
            return Some(i);
        }
    }
    if toks.len() == 1 {
        let hits: Vec<usize> = (0..people.len())
            .filter(|i| people[*i].parts.iter().any(|p| p == toks[0]))
            .collect();
        if hits.len() == 1 {
            return Some(hits[0]);
        }
    }
    // A title-only mention resolves to the one person the article gives that title.
    if has_role {
        let hits: Vec<usize> = (0..people.len())
            .filter(|i| {
                let t = normalize(&people[*i].title);
                !t.is_empty() && (t == norm || t.ends_with(&norm) || norm.ends_with(&t))
            })
            .collect();
        if hits.len() == 1 {
            return Some(hits[0]);
        }
    }
    None
}
