//! Organisations and sources: the bodies an article names, what "the agency" or "the company"
//! stands for, and a source phrase cleaned to the name a reader would cite.

use super::cues::COMPANY_NAME_ENDS;
use super::View;

/// "the UK-based Open Source Center and the BBC" -> "Open Source Center and the BBC";
/// "the North's official Korean Central News Agency" -> "Korean Central News Agency".
pub(super) fn clean_source(np: &str) -> String {
    let mut s = np.trim().trim_end_matches(['.', ',']).to_string();
    // "..., while carmakers warned": the conjunction opens the clause, not the source, as a
    // relative adverb does ("..., where doctors said").
    for conjunction in [
        "while ",
        "whereas ",
        "but ",
        "and ",
        "although ",
        "though ",
        "where ",
        "when ",
    ] {
        if let Some(rest) = s.strip_prefix(conjunction) {
            s = rest.to_string();
            break;
        }
    }
    if let Some(i) = s.rfind(" by ") {
        s = s[i + 4..].to_string();
    }
    // A participle phrase after the noun is no part of it: "an internal study presented at
    // trial", "a report released on Monday" (before the adjuncts go, which would leave
    // "released" last).
    let participle = {
        let words: Vec<&str> = s.split_whitespace().collect();
        (1..words.len().saturating_sub(1))
            .find(|&k| {
                words[k].len() > 4
                && words[k].ends_with("ed")
                && matches!(words[k + 1], "at" | "by" | "in" | "on" | "for" | "to")
                // "experts not involved in the study": the participle is their description.
                && !matches!(words[k - 1], "not" | "never")
                && !words[k - 1].ends_with("ly")
            })
            .map(|k| words[..k].join(" "))
    };
    if let Some(np) = participle {
        s = np;
    }
    // Trailing adjuncts are not part of the name: "SBS-TV on Friday".
    let cut = [
        " on ",
        " last ",
        " this ",
        " earlier ",
        " yesterday",
        " today",
        " published ",
        " in a ",
        " in an ",
        " at a ",
    ]
    .iter()
    .filter_map(|m| s.find(m))
    .min();
    if let Some(c) = cut {
        s.truncate(c);
    }
    // "unions at Nordvik's plant", "analysts at Baltic Securities": a head noun and the
    // place or body it belongs to make the source together.
    let headed = {
        let mut w: Vec<&str> = s.split_whitespace().collect();
        if w.first()
            .is_some_and(|d| matches!(d.to_lowercase().as_str(), "the" | "a" | "an"))
        {
            w.remove(0);
        }
        (w.len() > 2
            && w[0].chars().next().is_some_and(char::is_lowercase)
            && matches!(w[1], "at" | "of" | "from" | "with" | "for"))
        .then(|| w.join(" "))
    };
    if let Some(np) = headed {
        return np;
    }
    for apostrophe in ["\u{2019}s ", "'s "] {
        if let Some(i) = s.find(apostrophe) {
            let rest = &s[i + apostrophe.len()..];
            // "the country's civil defense agency": the place the story is about is no part
            // of the body's name ("the company's spokesman" keeps its company).
            let owner = s[..i].trim_start_matches("the ").trim_start_matches("The ");
            if matches!(
                owner,
                "country" | "nation" | "city" | "state" | "region" | "province" | "island" | "town"
            ) && !rest.trim().is_empty()
            {
                s = rest.to_string();
                break;
            }
            // A lone capitalised word after the possessive is the name's head, not a name:
            // "the Alzheimer's Association" keeps its owner; so does a country's body, which
            // is no body without it ("Russia's Defense Ministry"; not "the North's official
            // Korean Central News Agency", named in full after the owner's description).
            let country = rest.starts_with(char::is_uppercase) && {
                let stems: Vec<String> = owner
                    .split_whitespace()
                    .map(|w| crate::text::tokens::stem(&w.to_lowercase()))
                    .collect();
                crate::lexicon::lexicon().is_country(&stems)
            };
            if !country
                && rest.split_whitespace().count() > 1
                && rest
                    .split_whitespace()
                    .any(|w| w.chars().next().is_some_and(char::is_uppercase))
            {
                s = rest.to_string();
            }
        }
    }
    // "a measure the government says": a noun phrase then the speaker's own; not "the head
    // of the union", where the second belongs to the first.
    let words: Vec<&str> = s.split_whitespace().collect();
    if let Some(k) = (1..words.len()).rev().find(|&k| {
        matches!(words[k], "the" | "a" | "an")
            && !matches!(
                words[k - 1].to_lowercase().as_str(),
                "of" | "for"
                    | "at"
                    | "in"
                    | "to"
                    | "from"
                    | "with"
                    | "and"
                    | "by"
                    | "on"
                    | "against"
                    | "over"
                    | "about"
            )
    }) {
        s = words[k..].join(" ");
    }
    for det in ["the ", "The ", "a ", "A ", "an ", "An "] {
        if let Some(rest) = s.strip_prefix(det) {
            s = rest.to_string();
            break;
        }
    }
    // "Telecom operator Vantel": a descriptor ending in a company noun, then the name.
    let words: Vec<&str> = s.split_whitespace().collect();
    if let Some(k) = words.iter().position(|w| COMPANY_NOUNS.contains(w)) {
        let described = words[..k].iter().all(|w| {
            !matches!(
                w.to_lowercase().as_str(),
                "of" | "for" | "at" | "in" | "to" | "from" | "with" | "and" | "by" | "on"
            )
        });
        let name = &words[k + 1..];
        if described
            && !name.is_empty()
            && name
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        {
            s = name.join(" ");
        }
    }
    // "the United Kingdom Maritime Trade Operations agency": a name of two words or more and
    // the kind of body it is; the name says which.
    let words: Vec<&str> = s.split_whitespace().collect();
    if let Some((kind, name)) = words.split_last() {
        if name.len() >= 2
            && name
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
            && (COMPANY_NOUNS.contains(kind) || is_body_noun(kind))
        {
            s = name.join(" ");
        }
    }
    // A conjunction is no source ("... and warned that"), nor a verb before one ("conceded on
    // Wednesday and said").
    let lone_verb = !s.contains(' ') && s.len() > 4 && s.ends_with("ed");
    if lone_verb || s.split_whitespace().all(crate::text::is_stop_word) {
        return String::new();
    }
    loop {
        let trimmed = s.trim_start();
        let first = trimmed.split_whitespace().next().unwrap_or("");
        let rest_has_caps = trimmed
            .split_whitespace()
            .skip(1)
            .any(|w| w.chars().next().is_some_and(char::is_uppercase));
        // "regional hospital in Győr": a noun placed by a preposition is the source, not
        // the place.
        let placed = trimmed
            .split_whitespace()
            .take_while(|w| !w.starts_with(char::is_uppercase))
            .any(|w| matches!(w, "in" | "at" | "near" | "outside"));
        if placed {
            break;
        }
        let droppable = matches!(first.to_lowercase().as_str(), "the" | "a" | "an")
            || first.ends_with("-based")
            || (first.chars().next().is_some_and(char::is_lowercase)
                && rest_has_caps
                && !first.contains('-'));
        if droppable && rest_has_caps {
            s = trimmed[first.len()..].trim_start().to_string();
        } else {
            break;
        }
    }
    // "according to Interior Ministry figures": the body is the source, its figures what it
    // gave.
    if let Some((name, last)) = s.trim_end().rsplit_once(' ') {
        if matches!(
            last,
            "figures" | "data" | "statistics" | "estimates" | "records" | "tally" | "count"
        ) && name
            .split_whitespace()
            .any(|w| w.starts_with(char::is_uppercase))
        {
            s = name.to_string();
        }
    }
    s.trim().to_string()
}

/// Multi-word capitalised names with "of", "for" or "and" inside ("Bank of Canada", "World
/// Health Organization"): the organisations a later "the bank" may stand for.
pub(super) fn organisations(v: &View<'_>) -> Vec<String> {
    let n = v.words.len();
    let cap = |k: usize| k < n && v.words[k].is_capitalized() && !v.quoted[k];
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        if !cap(i) || (i == 0 && crate::text::is_stop_word(&v.lower[0])) {
            i += 1;
            continue;
        }
        let s = i;
        let mut e = i + 1;
        // "the European Union's Copernicus Climate Change Service": an owner is a body of its
        // own, not the start of the one it owns, as `clean_source` reads it (a country's body
        // keeps its country: "Ukraine's Coordination Headquarters ...").
        let owner = |k: usize| {
            let w = v.words[k - 1].text;
            let possessive = w.ends_with("'s")
                || w.ends_with("\u{2019}s")
                || crate::text::opens_possessive(v.gap_before(k).trim());
            possessive && {
                let stems: Vec<String> = crate::text::analyze(&v.span(s, k))
                    .into_iter()
                    .map(|t| t.text)
                    .collect();
                !crate::lexicon::lexicon().is_country(&stems)
            }
        };
        loop {
            if cap(e) && !v.breaks_before(e) && !owner(e) {
                e += 1;
            } else if e + 1 < n
                && matches!(v.lower[e].as_str(), "of" | "for" | "and")
                && cap(e + 1)
                && !v.breaks_before(e)
            {
                e += 2;
            } else if e + 2 < n
                // "Coordination Headquarters for the Treatment of Prisoners of War"
                && matches!(v.lower[e].as_str(), "of" | "for")
                && v.lower[e + 1] == "the"
                && cap(e + 2)
                && !v.breaks_before(e)
            {
                e += 3;
            } else {
                break;
            }
        }
        // Two words or more, or one in capitals: "NASA", "OPEC+" (not "Russia", not the "I" of
        // a quotation).
        let acronym = e - s == 1 && {
            let w = v.words[s].text;
            w.chars().count() >= 3
                && w.chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        };
        if e - s >= 2 || acronym {
            out.push(v.span(s, e));
        }
        i = e;
    }
    out
}

/// Words that end a sports club's name.
const CLUB_NAME_ENDS: &[&str] = &[
    "united",
    "city",
    "rovers",
    "fc",
    "athletic",
    "wanderers",
    "albion",
    "hotspur",
    "calcio",
];

/// The common nouns a report uses for a company.
pub(super) const COMPANY_NOUNS: &[&str] = &[
    "company",
    "firm",
    "drugmaker",
    "carmaker",
    "automaker",
    "chipmaker",
    "group",
    "business",
    "manufacturer",
    "retailer",
    "lender",
    "insurer",
    "airline",
    "conglomerate",
    "operator",
    "giant",
    "provider",
    "producer",
    "maker",
    "startup",
];

/// Whether a source is the initials of a name of several words: "WHO" for "World Health
/// Organization" (the small words left out).
fn initials_of(org: &str, source: &str) -> bool {
    let letters: String = org
        .split_whitespace()
        .filter(|w| !matches!(*w, "of" | "for" | "the" | "and" | "on"))
        .filter_map(|w| w.chars().next())
        .collect();
    (2..=6).contains(&source.len())
        && source.chars().all(|c| c.is_ascii_uppercase())
        && letters.chars().count() > 1
        && letters == source
}

/// Whether a source as written stands for an organisation named in full earlier: its head
/// word ("the bank" for "Bank of Canada"), its first word ("Halvern" for "Halvern
/// Pharmaceuticals"), or a common noun for a company when the name is a company's ("the
/// company" for "Halvern Pharmaceuticals", or for a "Vantel" the article introduced as
/// "telecom operator Vantel": `companies`, as (noun, name) from [`introduced_companies`]).
pub(super) fn stands_for(org: &str, source: &str, companies: &[(String, String)]) -> bool {
    let source = source.trim();
    if source.is_empty() {
        return false;
    }
    if names_head(org, source) {
        return true;
    }
    let mut words = org.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let last = words.next_back().unwrap_or(first);
    let first_word = first == source && first != org;
    // "the company", "the Swedish carmaker": a company noun, perhaps with an adjective.
    let noun = source.split_whitespace().next_back().unwrap_or("");
    // "the group", "the alliance": a body known by its initials ("OPEC+").
    let initials = org.split_whitespace().count() == 1
        && org
            .chars()
            .filter(char::is_ascii_alphabetic)
            .all(|c| c.is_ascii_uppercase())
        && matches!(
            source,
            "group" | "organization" | "organisation" | "alliance" | "bloc" | "cartel"
        );
    // "the club" for "Hartwell United", "Dunmore Rovers".
    let club = source == "club"
        && org.split_whitespace().count() > 1
        && CLUB_NAME_ENDS.iter().any(|e| e.eq_ignore_ascii_case(last));
    if initials || club || initials_of(org, source) {
        return true;
    }
    let company = COMPANY_NOUNS.contains(&noun)
        && source.split_whitespace().count() <= 3
        && (companies.iter().any(|(_, c)| c == org)
            || COMPANY_NAME_ENDS
                .iter()
                .any(|e| e.eq_ignore_ascii_case(last.trim_end_matches('.'))));
    first_word || company
}

/// Names a sentence introduces with a common noun for a company: "telecom operator Vantel",
/// "the drugmaker Halvern", "the firm Northgate Labs", or describes with one after a comma
/// ("Nordbank, Sweden's second-largest lender,"). Returns (the noun, the name).
pub(super) fn introduced_companies(v: &View<'_>) -> Vec<(String, String)> {
    let n = v.words.len();
    let cap = |k: usize| k < n && v.words[k].is_capitalized() && !v.quoted[k];
    let mut out = Vec::new();
    for k in 0..n.saturating_sub(1) {
        if v.words[k].is_capitalized() || !COMPANY_NOUNS.contains(&v.lower[k].as_str()) {
            continue;
        }
        let mut e = k + 1;
        while cap(e) && (e == k + 1 || !v.breaks_before(e)) {
            e += 1;
        }
        if e > k + 1 && !v.breaks_before(k + 1) {
            out.push((v.lower[k].clone(), v.span(k + 1, e)));
        }
    }
    // "Nordbank, Sweden's second-largest lender, reported": the name, then its description,
    // which closes with a comma within five words.
    // (Not a name after a preposition: "recovered on Tuesday, the mine's operator, ...".)
    for (s, e) in super::people::name_runs(v, 0, n) {
        if super::people::after_preposition(v, s) {
            continue;
        }
        let noun = (e < n && v.gap_before(e).trim() == ",")
            .then(|| (e + 1..n.min(e + 6)).find(|&k| v.breaks_before(k)))
            .flatten()
            .map(|end| &v.lower[end - 1])
            .filter(|w| COMPANY_NOUNS.contains(&w.as_str()));
        if let Some(noun) = noun {
            out.push((noun.clone(), v.span(s, e)));
        }
    }
    out
}

/// Bodies a sentence names after a description of them: "the airport operator, ANA",
/// "Portugal's aviation accident investigation office, GPIAAF, said". Returns (the
/// description's last word, the name): a later "the office said" is GPIAAF.
pub(super) fn described_bodies(v: &View<'_>) -> Vec<(String, String)> {
    let n = v.words.len();
    let cap = |k: usize| k < n && v.words[k].is_capitalized() && !v.quoted[k];
    let mut out = Vec::new();
    for k in 0..n.saturating_sub(1) {
        let noun = &v.lower[k];
        if v.words[k].is_capitalized()
            || crate::text::is_stop_word(noun)
            || v.text[v.words[k].end..v.words[k + 1].start].trim() != ","
        {
            continue;
        }
        // "The weather bureau, known as PAGASA, warned".
        let named_as = k + 3 < n && v.lower[k + 1] == "known" && v.lower[k + 2] == "as";
        let from = if named_as { k + 3 } else { k + 1 };
        let mut e = from;
        while cap(e) && (e == from || !v.breaks_before(e)) {
            e += 1;
        }
        // The name ends its clause: ", ANA." or ", GPIAAF, said".
        let closed = e == n
            || matches!(
                v.text[v.words[e - 1].end..v.words[e].start].trim(),
                "," | ";"
            );
        if e > from && closed && (COMPANY_NOUNS.contains(&noun.as_str()) || is_body_noun(noun)) {
            out.push((noun.clone(), v.span(from, e)));
        }
    }
    out
}

/// Whether a common noun is a kind of public body ("office", "agency", "ministry").
fn is_body_noun(noun: &str) -> bool {
    BODY_KINDS
        .iter()
        .any(|(kind, ends)| *kind == noun || ends.contains(&noun))
}

/// Whether a bare common noun ("bank", "ministry") is the head word of an organisation's name.
fn names_head(org: &str, source: &str) -> bool {
    let source = source.trim();
    !source.is_empty()
        && !source.contains(' ')
        && source.chars().all(|c| c.is_lowercase())
        && (org
            .split_whitespace()
            .any(|w| w.eq_ignore_ascii_case(source))
            // "the bank" for "Nordbank": a one-word name ending in the noun.
            || (!org.contains(' ')
                && org.len() > source.len() + 2
                && org.to_lowercase().ends_with(source))
            || names_kind_of_body(org, source))
}

/// Common nouns for a kind of public body, and the last words of the names they stand for:
/// "the agency" for the "National Highway Traffic Safety Administration".
const BODY_KINDS: &[(&str, &[&str])] = &[
    (
        "agency",
        &[
            "administration",
            "agency",
            "service",
            "bureau",
            "commission",
            "authority",
            "office",
            "directorate",
        ],
    ),
    (
        "regulator",
        &["administration", "commission", "authority", "agency"],
    ),
    ("ministry", &["ministry", "department"]),
    ("department", &["department", "ministry"]),
    ("watchdog", &["commission", "authority", "office", "agency"]),
];

fn names_kind_of_body(org: &str, noun: &str) -> bool {
    let Some(last) = org.split_whitespace().next_back() else {
        return false;
    };
    BODY_KINDS
        .iter()
        .any(|(kind, ends)| *kind == noun && ends.iter().any(|e| e.eq_ignore_ascii_case(last)))
}
