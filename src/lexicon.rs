//! Word knowledge for matching a claim with its evidence: synonyms and antonyms from WordNet 3.0
//! (extracted by `tools/wordnet-extract.py` into `data/lexicon/`), hand-curated groups for news
//! verbs that WordNet's senses miss, demonyms and capital-for-country metonymy. Everything is keyed
//! by analyzer stems, so lookups work on what the index stores.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

use crate::text::{analyze, stem};

const WORDNET_SYNONYMS: &str = include_str!("../data/lexicon/wordnet-synonyms.tsv");
const WORDNET_ANTONYMS: &str = include_str!("../data/lexicon/wordnet-antonyms.tsv");
const WORDNET_PERSONS: &str = include_str!("../data/lexicon/wordnet-persons.txt");
const WORDNET_PHRASAL: &str = include_str!("../data/lexicon/wordnet-phrasal.tsv");
const WORDNET_ANTONYM_POS: &str = include_str!("../data/lexicon/wordnet-antonym-pos.tsv");
const WORDNET_RELATED: &str = include_str!("../data/lexicon/wordnet-related.tsv");

/// The parts of speech a word has opposites in, from WordNet's letters n, v, a.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct PartsOfSpeech(u8);

impl PartsOfSpeech {
    const NOUN: u8 = 1;
    const VERB: u8 = 2;
    const ADJECTIVE: u8 = 4;
    const ANY: PartsOfSpeech = PartsOfSpeech(Self::NOUN | Self::VERB | Self::ADJECTIVE);

    fn parse(letters: &str) -> PartsOfSpeech {
        PartsOfSpeech(letters.chars().fold(0, |acc, c| {
            acc | match c {
                'n' => Self::NOUN,
                'v' => Self::VERB,
                'a' => Self::ADJECTIVE,
                _ => 0,
            }
        }))
    }

    fn union(self, other: PartsOfSpeech) -> PartsOfSpeech {
        PartsOfSpeech(self.0 | other.0)
    }

    /// Whether `form` is a regular inflection of `word` in one of these parts of speech: a
    /// plural for a noun, a tense or participle for a verb, a comparative, superlative or
    /// adverb for an adjective.
    fn inflects(self, word: &str, form: &str) -> bool {
        let mut endings: Vec<&str> = Vec::new();
        if self.0 & (Self::NOUN | Self::VERB) != 0 {
            endings.extend(["s", "es"]);
        }
        if self.0 & Self::VERB != 0 {
            endings.extend(["ed", "d", "ing"]);
        }
        if self.0 & Self::ADJECTIVE != 0 {
            endings.extend(["er", "r", "est", "st", "ly"]);
        }
        // "safe" -> "safer", "happy" -> "happier", "fail" -> "failing", "big" -> "bigger".
        let rest = form
            .strip_prefix(word)
            .or_else(|| match word.strip_suffix('e') {
                // "rise" -> "rising", "triple" -> "tripling".
                Some(cut) => form.strip_prefix(cut),
                // "happy" -> "happier", "happily".
                None => {
                    let rest = form.strip_prefix(word.strip_suffix('y')?)?;
                    Some(rest.strip_prefix('i').unwrap_or(rest))
                }
            });
        let Some(rest) = rest else {
            return false;
        };
        let doubled = word
            .chars()
            .last()
            .and_then(|c| rest.strip_prefix(c))
            .filter(|r| !r.is_empty());
        endings.contains(&rest) || doubled.is_some_and(|r| endings.contains(&r))
    }
}

/// News verbs and nouns that report the same event in other words. WordNet splits these across
/// senses too rare to include wholesale.
const NEWS_SYNONYMS: &[&[&str]] = &[
    &[
        "supply", "provide", "give", "send", "ship", "deliver", "furnish", "transfer", "hand",
        "equip", "sell",
    ],
    &[
        "troops",
        "soldiers",
        "forces",
        "servicemen",
        "personnel",
        "army",
    ],
    &["help", "aid", "assist", "support", "assistance"],
    &["meet", "met", "talks", "hold"],
    &[
        "missile",
        "missiles",
        "rocket",
        "rockets",
        "interceptor",
        "interceptors",
    ],
    &[
        "antiaircraft",
        "anti-air",
        "air-defense",
        "surface-to-air",
        "antiair",
    ],
    &[
        "weapon",
        "weapons",
        "arms",
        "munitions",
        "armaments",
        "ammunition",
    ],
    &["buy", "purchase", "acquire", "procure"],
    // "fetched $450.3 million at Christie's" sold for it.
    &[
        "sell", "sale", "sales", "selling", "sold", "fetch", "fetched",
    ],
    &["cut", "eliminate", "slash", "axe", "shed"],
    &["lower", "cut", "reduce", "trim", "lowered"],
    &["pass", "approve", "adopt", "enact"],
    &["approve", "authorize", "authorise", "clear", "greenlight"],
    &["bill", "law", "legislation", "measure"],
    &["shares", "stock", "stocks"],
    &[
        "plane", "airplane", "aircraft", "jet", "airliner", "jetliner",
    ],
    &["fire", "blaze", "wildfire", "inferno"],
    &["sack", "fire", "dismiss", "oust"],
    &["acquit", "clear", "exonerate", "absolve"],
    &["send", "deploy", "dispatch"],
    &["receive", "get", "obtain"],
    &["start", "begin", "breakout", "erupt"],
    &["cap", "limit", "restrict", "curb", "ceiling"],
    &[
        "parliament",
        "lawmakers",
        "legislature",
        "legislators",
        "congress",
    ],
    &[
        "association",
        "associations",
        "group",
        "groups",
        "organization",
        "organisation",
    ],
    &["sign", "signed", "conclude", "ink"],
    &["launch", "fire", "launched"],
    &["kill", "dead", "die", "death", "fatalities"],
    &["say", "state", "claim", "assert", "tell", "speak"],
    &["warn", "caution"],
    &["country", "nation", "state"],
    &["container", "containers", "shipments", "shipment", "cargo"],
    &["treaty", "pact", "agreement", "accord", "deal"],
    &["fight", "fighting", "combat", "battle", "war"],
    &["join", "joined", "alongside"],
    &[
        "improve",
        "modernize",
        "upgrade",
        "advance",
        "boost",
        "strengthen",
        "shore",
    ],
    &["program", "programs", "programme", "project"],
    &["animal", "animals", "creatures", "wildlife"],
    &["minister", "secretary"],
    &[
        "analyze", "analyse", "study", "examine", "assess", "analysis",
    ],
    &["oil", "crude", "petroleum"],
    &["satellite", "spacecraft"],
    &["risk", "risks", "danger", "threat"],
    &["attempt", "try", "tries", "attempts"],
    &["gift", "gave", "donate", "present"],
    &["increase", "rise", "grow", "climb", "jump", "surge"],
    &[
        "decrease", "fall", "drop", "decline", "shrink", "plunge", "weaken", "lose", "slow",
    ],
    &["seek", "ask", "request"],
    &["describe", "call", "term", "dub"],
    &["save", "rescue"],
    &["forecast", "predict", "expect", "anticipate", "estimate"],
    &["compete", "contest", "vie", "contend"],
    &["data", "figures", "statistics"],
    &["unchanged", "steady"],
    // One side of the act each: the winner won what the prize-giver awarded.
    &["win", "award"],
    &["strike", "walkout", "stoppage"],
    &["wage", "wages", "pay", "salary", "salaries"],
    &["company", "firm", "business", "corporation"],
    &["ruling", "verdict", "decision", "judgment"],
    &["hospital", "clinic"],
    &["vaccine", "vaccination", "shot", "jab"],
    &["arrest", "detain", "apprehend", "capture"],
    &["theft", "robbery", "heist", "burglary"],
    &["thief", "thieves", "robber", "burglar"],
    &["steal", "stole", "stolen", "rob", "loot"],
    &["undetected", "unnoticed", "unseen", "unobserved"],
    // "civil servants", "public servants".
    &["official", "servant", "functionary", "bureaucrat"],
];

/// Pairs WordNet calls synonyms in a sense news does not use (see `Lexicon::build`), often
/// through an adjective spelled like a verb form: "giving" (generous) is "big", which would
/// make "the biggest weakness" cover "gave"; "forged" (counterfeit) is "bad".
const NOT_SYNONYMS: &[(&str, &str)] = &[("direct", "place"), ("giving", "big"), ("forged", "bad")];

/// Opposites that WordNet lacks or files under other senses.
const NEWS_ANTONYMS: &[(&[&str], &[&str])] = &[
    (&["favor", "favour"], &["against"]),
    (
        &["safe", "safer", "safest"],
        &["risk", "risks", "risky", "danger", "dangers"],
    ),
    (
        &["extend", "extended", "lengthen", "lengthened"],
        &["shorten", "shortened", "curtail", "curtailed"],
    ),
    (
        &[
            "succeed",
            "success",
            "successful",
            "successfully",
            "reach",
            "reached",
            "achieve",
        ],
        &[
            "fail",
            "failed",
            "failure",
            "explode",
            "exploded",
            "crash",
            "crashed",
            "unsuccessful",
            "abort",
            "aborted",
        ],
    ),
    (
        &[
            "modern",
            "advanced",
            "state-of-the-art",
            "high-tech",
            "sophisticated",
            "new",
            "cutting-edge",
        ],
        &[
            "outdated",
            "obsolete",
            "poor",
            "antiquated",
            "old",
            "aging",
            "dated",
        ],
    ),
    // (Strength is no age: "the strongest" is not opposed by "the oldest".)
    (&["strong"], &["weak", "poor"]),
    (
        &[
            "eager",
            "keen",
            "willing",
            "enthusiastic",
            "optimistic",
            "ready",
            "hopeful",
        ],
        &[
            "skeptical",
            "sceptical",
            "reluctant",
            "unwilling",
            "wary",
            "doubtful",
            "pessimistic",
            "hesitant",
        ],
    ),
    (
        &[
            "increase", "rise", "grow", "gain", "up", "higher", "boost", "lift", "raise", "hike",
            "double", "triple", "expand", "widen", "enlarge",
        ],
        &[
            "decrease", "fall", "drop", "decline", "down", "lower", "shrink", "reduce", "shave",
            "dent", "cut", "slash", "halve",
        ],
    ),
    (
        &["welcome", "praise", "applaud", "hail", "endorse"],
        &["oppose", "criticize", "criticise", "condemn", "denounce"],
    ),
    (&["unanimous", "unanimously"], &["split", "divided"]),
    (
        &["preliminary", "provisional", "initial"],
        &["final", "definitive"],
    ),
    (
        &["accelerate", "accelerated", "quicken", "quickened"],
        &[
            "slow",
            "slowed",
            "ease",
            "eased",
            "decelerate",
            "decelerated",
        ],
    ),
    (
        &["profit", "profits", "surplus"],
        &["loss", "losses", "deficit"],
    ),
    // Leaving a post of one's own accord or being made to.
    (
        &["resign", "resigned", "quit"],
        &[
            "fire",
            "fired",
            "dismiss",
            "dismissed",
            "oust",
            "ousted",
            "sack",
            "sacked",
        ],
    ),
    (
        &["allow", "allowed", "permit", "permitted"],
        &[
            "block",
            "blocked",
            "ban",
            "banned",
            "forbid",
            "forbade",
            "prohibit",
            "prohibited",
        ],
    ),
    (&["win", "won", "victory"], &["lose", "lost", "defeat"]),
    (
        &[
            "uphold",
            "upheld",
            "affirm",
            "affirmed",
            "sustain",
            "sustained",
        ],
        &[
            "block",
            "blocked",
            "overturn",
            "overturned",
            "strike",
            "struck",
            "invalidate",
            "invalidated",
            "vacate",
            "vacated",
            "reverse",
            "reversed",
        ],
    ),
    (
        &["favor", "favour", "support", "for"],
        &["against", "oppose", "opposed"],
    ),
    (
        &["accept", "approve", "approved", "agree"],
        &["reject", "rejected", "refuse", "deny", "veto"],
    ),
    (
        &["allow", "permit", "legalize"],
        &["ban", "prohibit", "forbid", "outlaw"],
    ),
    (
        &["confirm", "confirmed", "admit"],
        &["deny", "denied", "dispute", "disputed"],
    ),
    // Who owns a company.
    (&["state-owned"], &["private", "privately-owned"]),
    (&["open", "opened"], &["close", "closed", "shut"]),
    // A curfew, a ban or sanctions.
    (
        &["impose", "imposed", "imposes"],
        &["lift", "lifted", "lifts", "scrap", "scrapped"],
    ),
    (
        &["arrest", "arrested", "detain"],
        &["release", "released", "free", "freed"],
    ),
    // A plan carried out or dropped.
    (
        &["proceed", "proceeded"],
        &[
            "cancel",
            "cancelled",
            "canceled",
            "scrap",
            "scrapped",
            "abandon",
            "abandoned",
            "shelve",
            "shelved",
        ],
    ),
    (
        &["start", "begin", "resume", "launch"],
        &["end", "stop", "halt", "suspend", "cancel"],
    ),
    (
        &["continue", "continued"],
        &[
            "end", "ended", "stop", "stopped", "halt", "cease", "ceased", "reverse", "reversed",
        ],
    ),
    (&["guilty", "convicted"], &["innocent", "acquitted"]),
    // How often.
    (
        &["typically", "usually", "often", "frequently", "commonly"],
        &["rarely", "seldom"],
    ),
    // Rain, a storm, fighting.
    (
        &[
            "intensify",
            "intensified",
            "worsen",
            "worsened",
            "strengthen",
            "strengthened",
        ],
        &["ease", "eased", "abate", "abated", "weaken", "weakened"],
    ),
    // A patient's condition; a structure's.
    (&["stable"], &["critical"]),
    (&["good"], &["poor"]),
    (&["safe", "safety"], &["dangerous", "unsafe", "harmful"]),
    (
        &["cheap", "cheaper", "low"],
        &["expensive", "costly", "high"],
    ),
    (&["before", "earlier"], &["after", "later"]),
    (
        &["largest", "biggest", "most"],
        &["smallest", "least", "fewest"],
    ),
    // Superlatives WordNet lists only as their adjectives' degrees.
    (&["highest"], &["lowest"]),
    (&["best"], &["worst"]),
    (&["fastest"], &["slowest"]),
    (&["oldest"], &["youngest", "newest"]),
    (&["hottest", "warmest"], &["coldest", "coolest"]),
    (&["wettest"], &["driest"]),
    (&["richest"], &["poorest"]),
    (&["strongest"], &["weakest"]),
    (
        &["warming", "hotter", "warmer"],
        &["cooling", "colder", "cooler"],
    ),
];

/// Phrasal verbs WordNet gives no single word for ("go_ahead" has only "plow_ahead"), or not
/// the one news means ("shut down" a reactor or a plant is to stop it, not only to close it).
const NEWS_PHRASAL: &[(&str, &[&str])] = &[
    ("go ahead", &["proceed"]),
    ("press ahead", &["proceed"]),
    ("push ahead", &["proceed"]),
    ("shut down", &["stop"]),
    ("scale back", &["reduce"]),
    // A launch, a break-in or an alarm in the words reporters alternate between.
    ("lift off", &["launch"]),
    ("blast off", &["launch"]),
    ("break in", &["enter"]),
    ("go off", &["trigger", "sound"]),
    ("set off", &["leave"]),
    // Talks and deals break down or fall apart as they collapse; a search is called off as it
    // is suspended.
    ("break down", &["collapse", "fail"]),
    ("fall apart", &["collapse"]),
    ("call off", &["suspend", "halt", "abandon"]),
    // What is called or asked for is demanded, sought, wanted.
    ("call for", &["demand", "urge", "want", "seek"]),
    ("ask for", &["request", "seek"]),
    ("vote against", &["oppose", "reject"]),
];

/// Demonym -> country.
const DEMONYMS: &[(&str, &str)] = &[
    ("north korean", "north korea"),
    ("south korean", "south korea"),
    ("korean", "korea"),
    ("russian", "russia"),
    ("ukrainian", "ukraine"),
    ("american", "united states"),
    ("chinese", "china"),
    ("japanese", "japan"),
    ("british", "britain"),
    ("french", "france"),
    ("german", "germany"),
    ("iranian", "iran"),
    ("israeli", "israel"),
    ("indian", "india"),
    ("pakistani", "pakistan"),
    ("syrian", "syria"),
    ("iraqi", "iraq"),
    ("afghan", "afghanistan"),
    ("turkish", "turkey"),
    ("italian", "italy"),
    ("spanish", "spain"),
    ("polish", "poland"),
    ("canadian", "canada"),
    ("mexican", "mexico"),
    ("brazilian", "brazil"),
    ("saudi", "saudi arabia"),
    ("egyptian", "egypt"),
    ("taiwanese", "taiwan"),
    ("vietnamese", "vietnam"),
    ("australian", "australia"),
    ("palestinian", "palestine"),
    ("lebanese", "lebanon"),
    ("belarusian", "belarus"),
    ("dutch", "netherlands"),
    ("swedish", "sweden"),
    ("finnish", "finland"),
    ("norwegian", "norway"),
    ("greek", "greece"),
    ("european", "europe"),
    ("african", "africa"),
    ("asian", "asia"),
    ("nigerian", "nigeria"),
    ("kenyan", "kenya"),
    ("venezuelan", "venezuela"),
    ("cuban", "cuba"),
    ("irish", "ireland"),
    ("emirati", "united arab emirates"),
    ("qatari", "qatar"),
    ("swiss", "switzerland"),
    ("danish", "denmark"),
    ("belgian", "belgium"),
    ("portuguese", "portugal"),
    ("austrian", "austria"),
    ("hungarian", "hungary"),
    ("czech", "czech republic"),
    ("romanian", "romania"),
    ("serbian", "serbia"),
    ("armenian", "armenia"),
    ("azerbaijani", "azerbaijan"),
    ("jordanian", "jordan"),
    ("moroccan", "morocco"),
    ("algerian", "algeria"),
    ("ethiopian", "ethiopia"),
    ("south african", "south africa"),
    ("argentine", "argentina"),
    ("argentinian", "argentina"),
    ("chilean", "chile"),
    ("colombian", "colombia"),
    ("peruvian", "peru"),
    ("filipino", "philippines"),
    ("indonesian", "indonesia"),
    ("thai", "thailand"),
    ("malaysian", "malaysia"),
    ("yemeni", "yemen"),
    ("omani", "oman"),
    ("kuwaiti", "kuwait"),
    ("bahraini", "bahrain"),
    ("libyan", "libya"),
    ("tunisian", "tunisia"),
    ("sudanese", "sudan"),
    ("somali", "somalia"),
    ("eritrean", "eritrea"),
    ("djiboutian", "djibouti"),
    ("liberian", "liberia"),
    ("ghanaian", "ghana"),
    ("senegalese", "senegal"),
    ("ugandan", "uganda"),
    ("tanzanian", "tanzania"),
    ("rwandan", "rwanda"),
    ("congolese", "congo"),
    ("zimbabwean", "zimbabwe"),
    ("zambian", "zambia"),
    ("angolan", "angola"),
    ("mozambican", "mozambique"),
    ("cameroonian", "cameroon"),
    ("malian", "mali"),
    ("kazakh", "kazakhstan"),
    ("uzbek", "uzbekistan"),
    ("mongolian", "mongolia"),
    ("nepali", "nepal"),
    ("bangladeshi", "bangladesh"),
    ("sri lankan", "sri lanka"),
    ("burmese", "myanmar"),
    ("cambodian", "cambodia"),
    ("singaporean", "singapore"),
    ("bolivian", "bolivia"),
    ("ecuadorian", "ecuador"),
    ("paraguayan", "paraguay"),
    ("uruguayan", "uruguay"),
    ("guatemalan", "guatemala"),
    ("honduran", "honduras"),
    ("nicaraguan", "nicaragua"),
    ("panamanian", "panama"),
    ("haitian", "haiti"),
    ("jamaican", "jamaica"),
    ("icelandic", "iceland"),
    ("estonian", "estonia"),
    ("latvian", "latvia"),
    ("lithuanian", "lithuania"),
    ("slovak", "slovakia"),
    ("slovenian", "slovenia"),
    ("croatian", "croatia"),
    ("bosnian", "bosnia"),
    ("albanian", "albania"),
    ("bulgarian", "bulgaria"),
    ("moldovan", "moldova"),
    ("cypriot", "cyprus"),
    ("maltese", "malta"),
];

/// Capital -> country, for "Moscow provided Pyongyang with ...".
const CAPITALS: &[(&str, &str)] = &[
    ("pyongyang", "north korea"),
    ("seoul", "south korea"),
    ("moscow", "russia"),
    ("kremlin", "russia"),
    ("kyiv", "ukraine"),
    ("kiev", "ukraine"),
    ("washington", "united states"),
    ("beijing", "china"),
    ("tokyo", "japan"),
    ("london", "britain"),
    ("paris", "france"),
    ("berlin", "germany"),
    ("tehran", "iran"),
    ("jerusalem", "israel"),
    ("new delhi", "india"),
    ("islamabad", "pakistan"),
    ("damascus", "syria"),
    ("baghdad", "iraq"),
    ("kabul", "afghanistan"),
    ("ankara", "turkey"),
    ("rome", "italy"),
    ("madrid", "spain"),
    ("warsaw", "poland"),
    ("ottawa", "canada"),
    ("mexico city", "mexico"),
    ("brasilia", "brazil"),
    ("riyadh", "saudi arabia"),
    ("cairo", "egypt"),
    ("taipei", "taiwan"),
    ("hanoi", "vietnam"),
    ("canberra", "australia"),
    ("minsk", "belarus"),
    ("beirut", "lebanon"),
    ("havana", "cuba"),
    ("caracas", "venezuela"),
    ("brussels", "belgium"),
    ("abu dhabi", "united arab emirates"),
    ("doha", "qatar"),
];

/// Country aliases: "U.S." and "America" for the United States.
const COUNTRY_ALIASES: &[(&str, &str)] = &[
    ("us", "united states"),
    ("u.s", "united states"),
    ("usa", "united states"),
    ("america", "united states"),
    ("uk", "britain"),
    ("u.k", "britain"),
    ("united kingdom", "britain"),
    ("dprk", "north korea"),
    ("north", "north korea"),
    ("uae", "united arab emirates"),
    ("u.a.e", "united arab emirates"),
    ("emirates", "united arab emirates"),
];

fn stems_of(phrase: &str) -> Vec<String> {
    analyze(phrase).into_iter().map(|t| t.text).collect()
}

/// A WordNet table (a headword, a tab, its related words) by the headword's stem. `skip`:
/// headwords left out; `item`: what to keep of each related word, from the headword, the word
/// and the word's stem.
fn load_table<T: PartialEq>(
    tsv: &str,
    skip: impl Fn(&str) -> bool,
    item: impl Fn(&str, &str, String) -> T,
) -> HashMap<String, Vec<T>> {
    let mut map: HashMap<String, Vec<T>> = HashMap::default();
    for line in tsv.lines() {
        let Some((word, rest)) = line.split_once('\t') else {
            continue;
        };
        if skip(word) {
            continue;
        }
        let key = stem(word);
        let entry = map.entry(key.clone()).or_default();
        for w in rest.split(' ') {
            let s = stem(w);
            if s != key {
                let it = item(word, w, s);
                if !entry.contains(&it) {
                    entry.push(it);
                }
            }
        }
    }
    map
}

/// An opposite's stem, with the word it opposes and the opposite word, as the table lists them.
type WordPair = (String, String, String);

/// A phrase as stems, and the entity it stands for as stems.
type PlacePhrase = (Vec<String>, Vec<String>);

pub struct Lexicon {
    synonyms: HashMap<String, Vec<String>>,
    /// Narrower or broader verbs and a verb's noun ("scorch" / "burn", "die" / "death"): a
    /// passage may say the claim's thing with them, though they are no synonyms to search by
    /// or to oppose through.
    related: HashMap<String, Vec<String>>,
    /// WordNet's opposites by stem, each with the two words the pair came from: "working"
    /// (papers) against "lasting" pairs the stems "work" and "last", which "work" and "last"
    /// as written are not.
    antonyms: HashMap<String, Vec<WordPair>>,
    /// The words behind each antonym stem, with the parts of speech they have opposites in:
    /// "forces" stems like "forced" (whose opposite is "natural") but is not a form of it, and
    /// "lasted" is a verb form of "last", whose opposite "first" is an adjective's.
    antonym_forms: Forms,
    /// The news opposites WordNet lacks, kept apart: a curated word ("strike" a ruling down)
    /// is no form of a WordNet one that stems alike ("struck", the opposite of "unaffected").
    curated_antonyms: HashMap<String, Vec<String>>,
    curated_forms: Forms,
    /// First stem of a phrase -> (phrase as stems, the entity it stands for as stems).
    places: HashMap<String, Vec<PlacePhrase>>,
    /// Countries as stems: what demonyms, capitals and aliases stand for.
    countries: HashSet<Vec<String>>,
    /// Stems of nouns for kinds of people ("employee", "resident", "soldier").
    persons: HashSet<String>,
    /// Stems of the nouns that count people in general.
    people_in_general: Vec<String>,
    /// Verb stem -> (particle, stems of the single words for the phrasal verb): "call" ->
    /// ("off", "cancel", ...). Keyed by the verb so that a lookup allocates nothing.
    phrasal: HashMap<String, Vec<(String, Vec<String>)>>,
}

/// Opposite-bearing words by stem, as written, with the parts of speech they have opposites in.
type Forms = HashMap<String, Vec<(String, PartsOfSpeech)>>;

fn add_form(forms: &mut Forms, word: &str, pos: PartsOfSpeech) {
    let entry = forms.entry(stem(word)).or_default();
    match entry.iter_mut().find(|(f, _)| f == word) {
        Some((_, p)) => *p = p.union(pos),
        None => entry.push((word.to_string(), pos)),
    }
}

/// A word offered to [`Lexicon::opposes`]: as written, its stem, and whether its sentence uses
/// it as a verb.
#[derive(Debug, Clone, Copy)]
pub struct Opposable<'a> {
    pub lower: &'a str,
    pub stem: &'a str,
    pub as_verb: bool,
}

impl<'a> Opposable<'a> {
    /// A word that is its own stem: a compound's part ("wide" of "wide-body").
    pub fn bare(word: &'a str, as_verb: bool) -> Opposable<'a> {
        Opposable {
            lower: word,
            stem: word,
            as_verb,
        }
    }
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::build);

/// The process-wide lexicon (built once, on first use).
pub fn lexicon() -> &'static Lexicon {
    &LEXICON
}

impl Lexicon {
    fn build() -> Lexicon {
        let mut synonyms = load_table(WORDNET_SYNONYMS, |_| false, |_, _, s| s);
        // WordNet senses news does not use, whose words news uses otherwise: "directed" (as
        // "aimed") is no "place" ("debuted in third place").
        for (a, b) in NOT_SYNONYMS {
            let (a, b) = (stem(a), stem(b));
            for (x, y) in [(&a, &b), (&b, &a)] {
                if let Some(list) = synonyms.get_mut(x) {
                    list.retain(|w| w != y);
                }
            }
        }
        // An adjective spelled like an irregular verb form stems as that verb: "fell" (cruel,
        // opposite "humane") would make "the talks fell apart" the opposite of "human rights".
        let participial: HashSet<&str> = WORDNET_ANTONYM_POS
            .lines()
            .filter_map(|l| l.split_once('\t'))
            .filter(|(w, pos)| {
                *pos == "a" && crate::text::tokens::is_irregular_form(w) && stem(w) != *w
            })
            .map(|(w, _)| w)
            .collect();
        // A superlative in a sense of its own stems as its base word and lends the base that
        // sense's opposites: WordNet's "lowest" (as "worst") against "best" would make "low
        // earners" the opposite of "a good day", its "greatest" (as "superior") "great"
        // against "inferior".
        let sense_of_its_own = |w: &str| matches!(w, "lowest" | "greatest");
        let antonyms = load_table(
            WORDNET_ANTONYMS,
            |w| participial.contains(w) || sense_of_its_own(w),
            |word, w, s| (s, word.to_string(), w.to_string()),
        );
        let mut curated_antonyms: HashMap<String, Vec<String>> = HashMap::default();
        let mut antonym_forms: Forms = HashMap::default();
        for l in WORDNET_ANTONYM_POS.lines() {
            if let Some((w, pos)) = l.split_once('\t') {
                add_form(&mut antonym_forms, w, PartsOfSpeech::parse(pos));
            }
        }
        // The curated words are listed as they appear; any ending goes.
        let mut curated_forms: Forms = HashMap::default();
        for w in NEWS_ANTONYMS
            .iter()
            .flat_map(|(l, r)| l.iter().chain(r.iter()))
        {
            add_form(&mut curated_forms, w, PartsOfSpeech::ANY);
        }
        for group in NEWS_SYNONYMS {
            let stems: Vec<String> = group.iter().map(|w| stem(&w.to_lowercase())).collect();
            // Curated news synonyms go first: query expansion takes only the first few.
            for a in &stems {
                let e = synonyms.entry(a.clone()).or_default();
                let mut front: Vec<String> = stems.iter().filter(|b| *b != a).cloned().collect();
                e.retain(|x| !front.contains(x));
                front.append(e);
                *e = front;
            }
        }
        for (left, right) in NEWS_ANTONYMS {
            let l: Vec<String> = left.iter().map(|w| stem(w)).collect();
            let r: Vec<String> = right.iter().map(|w| stem(w)).collect();
            for (xs, ys) in [(&l, &r), (&r, &l)] {
                for x in xs {
                    let e = curated_antonyms.entry(x.clone()).or_default();
                    for y in ys {
                        if !e.contains(y) {
                            e.push(y.clone());
                        }
                    }
                }
            }
        }
        let mut places: HashMap<String, Vec<PlacePhrase>> = HashMap::default();
        let mut countries: HashSet<Vec<String>> = HashSet::default();
        for (a, b) in DEMONYMS.iter().chain(CAPITALS).chain(COUNTRY_ALIASES) {
            let phrase = stems_of(a);
            countries.insert(stems_of(b));
            if let Some(first) = phrase.first().cloned() {
                places.entry(first).or_default().push((phrase, stems_of(b)));
            }
        }
        for (alias, _) in COUNTRY_ALIASES {
            countries.insert(stems_of(alias));
        }
        let persons = WORDNET_PERSONS
            .lines()
            .filter(|l| !l.is_empty())
            .map(stem)
            .collect();
        let mut phrasal: HashMap<String, Vec<(String, Vec<String>)>> = HashMap::default();
        for l in WORDNET_PHRASAL.lines() {
            let Some((phrase, words)) = l.split_once('\t') else {
                continue;
            };
            let Some((verb, particle)) = phrase.split_once(' ') else {
                continue;
            };
            phrasal
                .entry(stem(verb))
                .or_default()
                .push((particle.to_string(), words.split(' ').map(stem).collect()));
        }
        for (phrase, words) in NEWS_PHRASAL {
            if let Some((verb, particle)) = phrase.split_once(' ') {
                let words = words.iter().map(|w| stem(w));
                let entries = phrasal.entry(stem(verb)).or_default();
                match entries.iter_mut().find(|(p, _)| p == particle) {
                    Some((_, known)) => known.extend(words),
                    None => entries.push((particle.to_string(), words.collect())),
                }
            }
        }
        Lexicon {
            phrasal,
            synonyms,
            related: load_table(WORDNET_RELATED, |_| false, |_, _, s| s),
            antonyms,
            curated_antonyms,
            antonym_forms,
            curated_forms,
            places,
            countries,
            persons,
            people_in_general: ["people", "persons", "individuals"]
                .iter()
                .map(|w| stem(w))
                .collect(),
        }
    }

    /// The single words, as stems, for a verb and the particle after it: "called off" ->
    /// "cancel", "scrub"; none when the pair is no phrasal verb.
    pub fn phrasal(&self, verb_stem: &str, particle: &str) -> &[String] {
        self.phrasal
            .get(verb_stem)
            .and_then(|ps| ps.iter().find(|(p, _)| p == particle))
            .map_or(&[], |(_, words)| words.as_slice())
    }

    /// A verb as an opposite-bearing list writes it, from its stem: a phrasal verb's single
    /// word is kept as a stem ("reduc" for "scale back"), and opposites are read as written.
    pub fn verb_form<'s>(&'s self, stem: &'s str) -> &'s str {
        [&self.curated_forms, &self.antonym_forms]
            .into_iter()
            .filter_map(|forms| forms.get(stem))
            .flatten()
            .find(|(_, pos)| pos.0 & PartsOfSpeech::VERB != 0)
            .map_or(stem, |(f, _)| f.as_str())
    }

    pub fn synonyms(&self, stem: &str) -> &[String] {
        self.synonyms.get(stem).map(Vec::as_slice).unwrap_or(&[])
    }

    /// A word's relatives (see `Lexicon::related`), as stems.
    pub fn related(&self, stem: &str) -> &[String] {
        self.related.get(stem).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Whether two words, as written, are opposites: their stems are a pair of WordNet's or of
    /// the curated news list, and each word is a form of an opposite-bearing word of that
    /// same list (an inflection of it, an irregular form, or the word itself) in a part of
    /// speech that has the opposite: "forces" is not "forced", "nations" not "national", and a
    /// word read as a verb (`as_verb`: "will last") is no adjective ("last" against "first").
    pub fn opposes(&self, a: Opposable<'_>, b: Opposable<'_>) -> bool {
        // A verb done again keeps the verb's opposites: "reopened" against "remains closed".
        fn again<'w>(w: &Opposable<'w>) -> Option<Opposable<'w>> {
            Some(Opposable {
                lower: w.lower.strip_prefix("re").filter(|l| l.len() >= 4)?,
                stem: w.stem.strip_prefix("re").filter(|s| s.len() >= 3)?,
                as_verb: true,
            })
        }
        self.opposes_as_written(&a, &b)
            || again(&a).is_some_and(|a| self.opposes_as_written(&a, &b))
            || again(&b).is_some_and(|b| self.opposes_as_written(&a, &b))
    }

    fn opposes_as_written(&self, a: &Opposable<'_>, b: &Opposable<'_>) -> bool {
        let pair = |map: &HashMap<String, Vec<String>>| {
            map.get(a.stem)
                .is_some_and(|v| v.iter().any(|x| x == b.stem))
        };
        // `of`: the listed word the written one must be a form of, when the list says.
        let form_of = |forms: &Forms, w: &Opposable<'_>, of: Option<&str>| {
            crate::text::tokens::is_irregular_form(w.lower)
                || forms.get(w.stem).is_some_and(|fs| {
                    fs.iter().any(|(f, pos)| {
                        of.is_none_or(|o| o == f)
                            && (!w.as_verb || pos.0 & PartsOfSpeech::VERB != 0)
                            && (w.lower == f || pos.inflects(f, w.lower))
                    })
                })
        };
        let form = |forms: &Forms, w: &Opposable<'_>| form_of(forms, w, None);
        let wordnet = || {
            self.antonyms.get(a.stem).is_some_and(|v| {
                v.iter().any(|(s, wa, wb)| {
                    s == b.stem
                        && form_of(&self.antonym_forms, a, Some(wa))
                        && form_of(&self.antonym_forms, b, Some(wb))
                })
            })
        };
        a.stem != b.stem
            && (wordnet()
                || (pair(&self.curated_antonyms)
                    && form(&self.curated_forms, a)
                    && form(&self.curated_forms, b)))
    }

    /// Whether one unit counts people in general ("people", "persons") and the other a kind of
    /// people ("employees"): the same count, seen more or less closely.
    pub fn counts_people(&self, a: &str, b: &str) -> bool {
        let general = |x: &str| self.is_people_in_general(x);
        (general(a) && (general(b) || self.persons.contains(b)))
            || (general(b) && self.persons.contains(a))
    }

    /// Whether a stem is a word for people in general ("people", "individuals").
    pub fn is_people_in_general(&self, stem: &str) -> bool {
        self.people_in_general.iter().any(|g| g == stem)
    }

    /// Whether a stem is a noun for a kind of person ("official", "resident").
    pub fn is_person_noun(&self, stem: &str) -> bool {
        self.persons.contains(stem)
    }

    /// Whether a run of stems names a country (not a city or region within one).
    pub fn is_country(&self, stems: &[String]) -> bool {
        self.countries.contains(stems)
    }

    /// The curated news opposites of a stem: what a contradicting report says instead ("loss"
    /// / "profit", "resigned" / "fired"). WordNet's are left out: many, and often common words
    /// that would slow retrieval for little.
    pub fn news_opposites(&self, stem: &str) -> impl Iterator<Item = &String> {
        self.curated_antonyms.get(stem).into_iter().flatten()
    }

    /// The entities that a run of stems names through a demonym, capital or alias
    /// ("pyongyang" -> "north korea"); each as stems.
    pub fn place_expansions(&self, stems: &[String]) -> Vec<Vec<String>> {
        let mut out: Vec<Vec<String>> = Vec::new();
        for (i, s) in stems.iter().enumerate() {
            let Some(candidates) = self.places.get(s) else {
                continue;
            };
            for (phrase, entity) in candidates {
                if stems[i..].starts_with(phrase) && !out.contains(entity) {
                    out.push(entity.clone());
                }
            }
        }
        out
    }
}

/// The set of stems a text covers: its own, those of places its demonyms and capitals stand for,
/// and those of extra phrases (article-learned mentions).
pub fn concept_set<'a>(
    stems: &[String],
    extra: impl IntoIterator<Item = &'a str>,
) -> HashSet<String> {
    let lex = lexicon();
    let mut set: HashSet<String> = stems.iter().cloned().collect();
    for e in lex.place_expansions(stems) {
        set.extend(e);
    }
    for phrase in extra {
        let s = stems_of(phrase);
        for e in lex.place_expansions(&s) {
            set.extend(e);
        }
        set.extend(s);
    }
    set
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether `a` (read as a verb when `a_verb`) and `b` are opposites as written.
    fn opposite(a: &str, a_verb: bool, b: &str) -> bool {
        let (sa, sb) = (stem(a), stem(b));
        lexicon().opposes(
            Opposable {
                lower: a,
                stem: &sa,
                as_verb: a_verb,
            },
            Opposable {
                lower: b,
                stem: &sb,
                as_verb: false,
            },
        )
    }

    #[test]
    fn antonyms_hold_between_the_words_not_whatever_stems_alike() {
        let opposes = |a: &str, b: &str| opposite(a, false, b);
        for (a, b) in [
            ("succeeded", "failed"),
            ("higher", "lower"),
            ("worse", "better"),
            ("modern", "outdated"),
            ("exploded", "succeeded"),
            ("safer", "dangerous"),
            ("biggest", "small"),
            ("failing", "succeeding"),
            ("welcomed", "opposed"),
            ("loss", "profit"),
            ("resigned", "fired"),
            ("allowed", "blocked"),
            ("reopened", "closed"),
            ("safer", "risks"),
            ("shortened", "extended"),
            ("double", "cut"),
            // An "-e" verb's "-ing" form; a British "-ise" verb's inflections.
            ("rising", "falling"),
            ("halved", "tripling"),
            ("criticised", "praised"),
        ] {
            assert!(opposes(a, b), "{a} / {b}");
        }
        for (a, b, why) in [
            (
                "forces",
                "natural",
                "a noun that stems like the adjective \"forced\"",
            ),
            (
                "nations",
                "international",
                "a noun that stems like \"national\"",
            ),
            (
                "lasted",
                "first",
                "a verb form of \"last\", whose opposites are adjectives'",
            ),
            (
                "strike",
                "unaffected",
                "the curated \"strike\" (down) is no form of \"struck\"",
            ),
            (
                "recovered",
                "uncovered",
                "\"covered\" has its opposite as an adjective, and \"re-\" makes verbs",
            ),
            (
                "work",
                "last",
                "the pair is \"working\" (papers) against \"lasting\", whose stems these share",
            ),
        ] {
            assert!(!opposes(a, b), "{a} / {b}: {why}");
        }
        assert!(opposite("last", false, "first"));
        assert!(!opposite("last", true, "first"), "\"will last\"");
        assert!(
            opposite("falls", true, "rises"),
            "a verb form of a verb with opposites"
        );
    }

    #[test]
    fn kinds_of_people_count_as_people() {
        let lex = lexicon();
        let s = |w: &str| stem(w);
        assert!(lex.counts_people(&s("people"), &s("employees")));
        assert!(lex.counts_people(&s("residents"), &s("people")));
        assert!(!lex.counts_people(&s("people"), &s("missiles")));
        assert!(!lex.counts_people(&s("employees"), &s("soldiers")));
    }

    #[test]
    fn wordnet_and_curated_knowledge_load() {
        let lex = lexicon();
        assert!(lex.synonyms(&stem("provide")).contains(&stem("supply")));
        assert!(opposite("succeed", false, "fail"));
        assert!(opposite("modern", false, "outdated"));
        assert!(opposite("eager", false, "skeptical"));
        assert!(lex.synonyms(&stem("soldiers")).contains(&stem("troops")));
        assert!(opposite("welcomed", false, "opposed"));
        assert!(opposite("boost", false, "shave"));
        assert!(lex.synonyms(&stem("detained")).contains(&stem("arrested")));
        assert!(lex
            .synonyms(&stem("unnoticed"))
            .contains(&stem("undetected")));
    }

    #[test]
    fn capitals_and_demonyms_name_countries() {
        let set = concept_set(&stems_of("Moscow provided Pyongyang"), []);
        assert!(set.contains("russia") && set.contains("korea") && set.contains("north"));
        let set = concept_set(&stems_of("North Korean troops"), []);
        assert!(set.contains("korea"));
    }
}
