//! Quantities in text: "an estimated 11,000 troops", "more than 70 animals", "fewer than 20",
//! "a million barrels", "two failed attempts". Each mention becomes an interval, so that
//! "about 11,000" and "50,000" are seen to disagree while "nearly 20,000" and "close to 20,000" agree.

use super::tokens::{is_stop_word, stem, words, Word};

/// How a number is qualified.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Comparator {
    Exact,
    Approx,
    MoreThan,
    LessThan,
}

/// One quantity found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    pub value: f64,
    pub comparator: Comparator,
    /// Stem of the counted noun ("troop"), when one follows.
    pub unit: Option<String>,
    /// Stems of the words after the number that the unit was chosen from.
    pub unit_words: Vec<String>,
    /// Byte range of the whole mention, qualifier included.
    pub start: usize,
    pub end: usize,
    /// Whether the number looks like a calendar year and not a count.
    pub is_year: bool,
}

impl Quantity {
    /// A share in percent ("half of", "fully"), spanning `start..end` of the text.
    fn percent(value: f64, comparator: Comparator, start: usize, end: usize) -> Quantity {
        Quantity {
            value,
            comparator,
            unit: Some(stem("percent")),
            unit_words: vec![stem("percent")],
            start,
            end,
            is_year: false,
        }
    }

    /// The interval of values this mention allows.
    pub fn interval(&self) -> (f64, f64) {
        let v = self.value;
        // (A figure below zero, "minus 60 degrees", scales the other way.)
        let around = |lo: f64, hi: f64| (lo.min(hi), lo.max(hi));
        match self.comparator {
            Comparator::Exact => around(v * 0.995, v * 1.005),
            // "about", "nearly", "an estimated": news usage stays within roughly a seventh.
            Comparator::Approx => around(v * 0.85, v * 1.15),
            Comparator::MoreThan => (v, f64::INFINITY),
            Comparator::LessThan => (if v < 0.0 { f64::NEG_INFINITY } else { 0.0 }, v),
        }
    }

    /// The interval a report's figure allows. News states a count by the round figure just
    /// under it: "at least 37 killed", "more than 70 animals" do not leave room for a hundred
    /// and fifty, so a reported lower bound reaches up to twice its figure.
    pub fn reported_interval(&self) -> (f64, f64) {
        match self.comparator {
            Comparator::MoreThan if self.value > 0.0 => (self.value, self.value * 2.0),
            _ => self.interval(),
        }
    }

    /// True when no value satisfies both this claimed figure and the `reported` one.
    pub fn contradicts(&self, reported: &Quantity) -> bool {
        let (b0, b1) = reported.reported_interval();
        // Two rounded figures are one figure rounded two ways, not two ranges to overlap:
        // "about 900,000" is not "about 690,000", though a seventh either way of each meets.
        if self.comparator == Comparator::Approx && reported.comparator == Comparator::Approx {
            return self.value < b0 || b1 < self.value;
        }
        // Two floors: "at least 21 bridges" claims more than the "at least 12" counted so far.
        if self.comparator == Comparator::MoreThan && reported.comparator == Comparator::MoreThan {
            return self.value > reported.value * 1.005;
        }
        let (a0, a1) = self.interval();
        a1 < b0 || b1 < a0
    }

    /// Whether the figure is a measure (a share in percent, a span of time) rather than a
    /// count of things: the words after it say what is measured, not what is counted, so it
    /// states only figures in its own unit ("2.7 percent year on year" is no count of years).
    pub fn is_measure(&self) -> bool {
        self.unit
            .as_deref()
            .is_some_and(|u| u == stem("percent") || duration_seconds(u).is_some())
    }

    /// This duration restated in `other`'s time unit ("two weeks" as 14 days), when both count
    /// time in different units. Conversions through months or years are calendar averages, so
    /// an exact figure becomes approximate.
    pub fn in_unit_of(&self, other: &Quantity) -> Option<Quantity> {
        let (mine, exact_mine) = duration_seconds(self.unit.as_deref()?)?;
        let (theirs, exact_theirs) = duration_seconds(other.unit.as_deref()?)?;
        if mine == theirs {
            return None;
        }
        let mut q = self.clone();
        q.value = self.value * mine / theirs;
        q.unit.clone_from(&other.unit);
        if !(exact_mine && exact_theirs) && q.comparator == Comparator::Exact {
            q.comparator = Comparator::Approx;
        }
        Some(q)
    }
}

/// Seconds in a time unit (given as a stem), and whether the figure is exact rather than a
/// calendar average.
fn duration_seconds(unit: &str) -> Option<(f64, bool)> {
    const DAY: f64 = 86_400.0;
    let unit = unit.trim_end_matches('s');
    Some(match unit {
        "second" | "sec" => (1.0, true),
        "minut" | "minute" | "min" => (60.0, true),
        "hour" | "hr" => (3_600.0, true),
        "day" => (DAY, true),
        "week" => (7.0 * DAY, true),
        "fortnight" => (14.0 * DAY, true),
        "month" => (30.44 * DAY, false),
        "year" | "yr" => (365.25 * DAY, false),
        "decad" | "decade" => (3_652.5 * DAY, false),
        "centuri" | "century" => (36_525.0 * DAY, false),
        _ => return None,
    })
}

const SMALL: &[(&str, f64)] = &[
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
    ("dozen", 12.0),
    ("dozens", 24.0),
    ("hundreds", 200.0),
    ("thousands", 2000.0),
    ("millions", 2e6),
];

const SCALES: &[(&str, f64)] = &[
    ("hundred", 1e2),
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
];

const APPROX: &[&str] = &[
    "about",
    "around",
    "approximately",
    "roughly",
    "nearly",
    "almost",
    "estimated",
    "some",
    "circa",
    "approx",
    "close to",
    "an estimated",
    "up to",
];
const MORE: &[&str] = &[
    "more than",
    "over",
    "at least",
    "upward of",
    "upwards of",
    "above",
    "exceeding",
    "exceeded",
    "exceeds",
    "exceed",
    "surpassed",
    "in excess of",
];
const LESS: &[&str] = &[
    "fewer than",
    "less than",
    "under",
    "below",
    "at most",
    "no more than",
];

pub(crate) fn word_value(lower: &str) -> Option<f64> {
    let small = |w: &str| SMALL.iter().find(|(s, _)| *s == w).map(|(_, v)| *v);
    if let Some(v) = small(lower) {
        return Some(v);
    }
    // "twenty-three": tens and units in one word.
    if let Some((tens, units)) = lower.split_once('-') {
        if let (Some(t), Some(u)) = (small(tens), small(units)) {
            if (20.0..100.0).contains(&t) && t % 10.0 == 0.0 && (1.0..10.0).contains(&u) {
                return Some(t + u);
            }
        }
    }
    SCALES.iter().find(|(w, _)| *w == lower).map(|(_, v)| *v)
}

/// A share in percent that ends at word `i`: its value, qualifier and first word (the
/// qualifier's). "more than half of its revenue" (not "the second half of the year", a
/// period); "most of the ice cover", "a majority stake" (not "the most important"); "about a
/// fifth of", "two thirds of"; "fully contained", "completely vaccinated" (all of it, as "15
/// percent contained" is a part).
fn share_at(lower: &[String], i: usize) -> Option<(f64, Comparator, usize)> {
    let next = lower.get(i + 1).map(String::as_str).unwrap_or("");
    let prev = i.checked_sub(1).map(|k| lower[k].as_str()).unwrap_or("");
    let qualified = |start: usize| {
        let (comparator, back) = qualifier(lower, start);
        (comparator, start - back)
    };
    match lower[i].as_str() {
        "half"
            if matches!(next, "of" | "the" | "its" | "their")
                && !matches!(prev, "first" | "second" | "last" | "latter") =>
        {
            let (comparator, first) = qualified(i);
            Some((50.0, comparator, first))
        }
        "most" if next == "of" && prev != "the" => Some((50.0, Comparator::MoreThan, i)),
        "majority" if matches!(prev, "a" | "the") && matches!(next, "of" | "stake") => {
            Some((50.0, Comparator::MoreThan, i - 1))
        }
        "fully" | "completely" | "entirely" | "wholly"
            if next.len() > 4 && next.ends_with("ed") =>
        {
            Some((100.0, Comparator::Exact, i))
        }
        _ => {
            let share = fraction(lower, i)?;
            let (comparator, first) = qualified(i - 1);
            Some((share, comparator, first))
        }
    }
}

/// The share in percent a fraction at `i` names, counted by the word before it and read on by
/// "of" ("a fifth of", "two thirds of"): not an ordinal ("the third quarter of 2026").
fn fraction(lower: &[String], i: usize) -> Option<f64> {
    let parts = match lower[i].as_str() {
        "third" | "thirds" => 3.0,
        "quarter" | "quarters" => 4.0,
        "fifth" | "fifths" => 5.0,
        "tenth" | "tenths" => 10.0,
        _ => return None,
    };
    let count = match lower.get(i.checked_sub(1)?)?.as_str() {
        "a" | "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        _ => return None,
    };
    (lower.get(i + 1).map(String::as_str) == Some("of") && count < parts)
        .then_some(100.0 * count / parts)
}

/// "twice", "thrice": how many times something happened. Not a ratio ("twice as many",
/// "twice the size") nor a rate ("twice a week", "twice daily"); "once" is too often "when"
/// ("once the deal closes") to count.
fn repetition(lower: &[String], i: usize) -> Option<f64> {
    let times = match lower[i].as_str() {
        "twice" => 2.0,
        "thrice" => 3.0,
        _ => return None,
    };
    let next = lower.get(i + 1).map(String::as_str).unwrap_or("");
    let ratio_or_rate = matches!(
        next,
        "as" | "the"
            | "that"
            | "its"
            | "their"
            | "his"
            | "her"
            | "what"
            | "a"
            | "an"
            | "per"
            | "every"
            | "each"
            | "daily"
            | "weekly"
            | "monthly"
            | "yearly"
            | "annually"
    );
    (!ratio_or_rate).then_some(times)
}

fn digits_value(text: &str) -> Option<f64> {
    let cleaned: String = text.chars().filter(|c| *c != ',').collect();
    cleaned.parse::<f64>().ok().filter(|v| v.is_finite())
}

fn qualifier(lower_words: &[String], i: usize) -> (Comparator, usize) {
    for (list, cmp) in [
        (MORE, Comparator::MoreThan),
        (LESS, Comparator::LessThan),
        (APPROX, Comparator::Approx),
    ] {
        for phrase in list {
            let n = phrase.split(' ').count();
            if i >= n && lower_words[i - n..i].join(" ") == *phrase {
                return (cmp, n);
            }
        }
    }
    (Comparator::Exact, 0)
}

/// Finds the quantities in a text.
pub fn quantities(text: &str) -> Vec<Quantity> {
    let ws: Vec<Word<'_>> = words(text);
    let lower: Vec<String> = ws.iter().map(Word::lower).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        // A time of day ("10:17 p.m.", "at 9 a.m.") is no figure: its hour and minutes go.
        if ws[i].is_number() {
            let colon = text[ws[i].end..].starts_with(':')
                && ws
                    .get(i + 1)
                    .is_some_and(|m| m.is_number() && m.start == ws[i].end + 1);
            // "9 a.m.", "10 pm": the text after the hour (or after its minutes).
            let meridiem = |k: usize| {
                ws.get(k).is_some_and(|w| {
                    let after = text[w.end..].trim_start().to_ascii_lowercase();
                    ["a.m", "p.m", "am ", "pm ", "am.", "pm.", "am,", "pm,"]
                        .iter()
                        .any(|m| after.starts_with(m))
                        || matches!(after.as_str(), "am" | "pm")
                })
            };
            if colon {
                i += 2;
                continue;
            }
            if meridiem(i) {
                i += 1;
                continue;
            }
        }
        let base = if ws[i].is_number() {
            digits_value(ws[i].text)
        } else if matches!(lower[i].as_str(), "a" | "an")
            && i + 1 < ws.len()
            // "$150 million a year", "11 million euros a year", "$38 a share", "twice a
            // week": a rate, not one of them.
            && !(i > 0
                && (matches!(lower[i - 1].as_str(), "once" | "twice")
                    || out.last().is_some_and(|q: &Quantity| {
                        q.end == ws[i - 1].end
                            || q.unit.as_deref() == Some(stem(&lower[i - 1]).as_str())
                    })))
            && (SCALES.iter().any(|(w, _)| *w == lower[i + 1])
                // "more than a minute", "about a week": one of a time unit.
                || duration_seconds(&stem(&lower[i + 1])).is_some())
        {
            Some(1.0)
        } else if let Some(times) = repetition(&lower, i) {
            // "married twice": two times, the unit "three times" is counted in.
            let (comparator, back) = qualifier(&lower, i);
            out.push(Quantity {
                value: times,
                comparator,
                unit: Some("time".to_string()),
                unit_words: vec!["time".to_string()],
                start: ws[i - back].start,
                end: ws[i].end,
                is_year: false,
            });
            i += 1;
            continue;
        } else if lower[i] == "one" && i > 0 && matches!(lower[i - 1].as_str(), "no" | "every") {
            // "no one", "every one": nobody and everybody, no count.
            None
        } else {
            word_value(&lower[i])
        };
        if let Some((share, comparator, first)) = share_at(&lower, i) {
            // "two thirds": the count word was read as a figure of its own.
            if out
                .last()
                .is_some_and(|q: &Quantity| q.end > ws[first].start)
            {
                out.pop();
            }
            out.push(Quantity::percent(
                share,
                comparator,
                ws[first].start,
                ws[i].end,
            ));
            i += 1;
            continue;
        }
        let Some(mut value) = base else {
            // "nine-day", "40-page": a number fused with its unit.
            if let Some((num, unit)) = lower[i].split_once('-') {
                // "ruling 6-3", "a 4-0 defeat": a vote or a score, one figure of both sides (a
                // half point too: "7.5-6.5").
                let side = |x: &str| {
                    let (whole, half) = x.split_once('.').unwrap_or((x, "5"));
                    (1..=3).contains(&whole.len())
                        && whole.bytes().all(|b| b.is_ascii_digit())
                        && half == "5"
                };
                if side(num) && side(unit) {
                    let (a, b) = (digits_value(num), digits_value(unit));
                    if let (Some(a), Some(b)) = (a, b) {
                        out.push(Quantity {
                            value: a + b / 1000.0,
                            comparator: Comparator::Exact,
                            unit: Some("score".to_string()),
                            unit_words: vec!["score".to_string()],
                            start: ws[i].start,
                            end: ws[i].end,
                            is_year: false,
                        });
                        i += 1;
                        continue;
                    }
                }
                // "a 52-year-old Italian": an age, in years.
                let unit = unit.strip_suffix("-old").unwrap_or(unit);
                let v = word_value(num).or_else(|| {
                    digits_value(num).filter(|_| {
                        num.chars()
                            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
                    })
                });
                if let (Some(v), false) = (v, unit.is_empty() || unit.contains('-')) {
                    let (comparator, back) = qualifier(&lower, i);
                    out.push(Quantity {
                        value: v,
                        comparator,
                        unit: Some(stem(unit)),
                        unit_words: vec![stem(unit)],
                        start: ws[i - back].start,
                        end: ws[i].end,
                        is_year: false,
                    });
                }
            }
            i += 1;
            continue;
        };
        let first = i;
        let mut j = i + 1;
        while j < ws.len() {
            match SCALES.iter().find(|(w, _)| *w == lower[j]) {
                Some((_, s)) => {
                    value *= s;
                    j += 1;
                }
                None => break,
            }
        }
        let (comparator, back) = qualifier(&lower, first);
        let start = ws[first - back].start;
        let is_year = ws[first].is_number()
            && ws[first].text.len() == 4
            && (1800.0..=2100.0).contains(&value)
            && comparator == Comparator::Exact;
        // The counted noun: the last word of the following run of content words ("shipping
        // containers"), stopping at a function word or punctuation.
        let mut run: Vec<&str> = Vec::new();
        let mut k = j;
        // "thousands of tenants", "a million barrels of oil" read on after "of" only for a
        // plural count word: "5 percent of revenue" is counted in percent.
        if k + 1 < ws.len()
            && lower[k] == "of"
            && matches!(
                lower[j - 1].as_str(),
                "dozens" | "hundreds" | "thousands" | "millions" | "billions"
            )
        {
            k += 1;
        }
        // "three of the injured", "40 of the returned soldiers": a part counts what the
        // whole after "of the" is (not "two of the eight stolen pieces", a part of a figure).
        if k + 2 < ws.len()
            && lower[k] == "of"
            && matches!(lower[k + 1].as_str(), "the" | "those" | "these")
            && !ws[k + 2].is_number()
            && word_value(&lower[k + 2]).is_none()
            && text[ws[j - 1].end..ws[k].start].trim().is_empty()
        {
            k += 2;
        }
        // "19 survivors, four of them children": the part is what follows "of them".
        if k + 2 < ws.len()
            && lower[k] == "of"
            && lower[k + 1] == "them"
            && text[ws[j - 1].end..ws[k].start].trim().is_empty()
            && text[ws[k + 1].end..ws[k + 2].start].trim().is_empty()
        {
            k += 2;
        }
        // "two other miners", "three more people": the word that sets them beside others
        // counts nothing.
        if k + 1 < ws.len()
            && matches!(
                lower[k].as_str(),
                "other" | "more" | "additional" | "further"
            )
            && !is_stop_word(&lower[k + 1])
            && !ws[k + 1].is_number()
            && text[ws[k].end..ws[k + 1].start].trim().is_empty()
        {
            k += 1;
        }
        let run_start = k;
        // "bowled out for 210 shortly after tea": an adverb before "after" is no unit.
        let adverb = |k: usize| {
            lower[k].ends_with("ly")
                && lower
                    .get(k + 1)
                    .is_some_and(|n| matches!(n.as_str(), "after" | "before" | "than"))
        };
        while k < ws.len() && k < run_start + 3 {
            let gap = &text[ws[k - 1].end..ws[k].start];
            // (A figure in words opens a figure of its own: "from 36 four years ago".)
            if gap.chars().any(|c| !c.is_whitespace() && c != '$')
                || is_stop_word(&lower[k])
                || ws[k].is_number()
                || word_value(&lower[k]).is_some()
                || adverb(k)
            {
                break;
            }
            run.push(&lower[k]);
            k += 1;
        }
        // Without a tagger, the counted noun is the last plural in the run ("container ships
        // waiting" -> ships, "injured people" -> people), else its first word ("percent of").
        const PLURALS: &[&str] = &["people", "children", "men", "women", "police", "staff"];
        let head = run
            .iter()
            .rev()
            .find(|w| {
                (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")) || PLURALS.contains(w)
            })
            .or(run.first());
        // "$25 million over five years": a currency sign says what the figure counts, whatever
        // follows it ("$1.2 billion deal" is money, not deals).
        let unit = currency_before(&text[..ws[first].start])
            .map(stem)
            .or_else(|| head.map(|w| stem(w)));
        let unit_words: Vec<String> = run.iter().map(|w| stem(w)).collect();
        // "shot in secret over 41 days", "over the next five years": "over" before a span of
        // time says during, not more than (which it does after "for", "lasted", "took").
        let during = back == 1
            && lower[first - 1] == "over"
            && unit.as_deref().and_then(duration_seconds).is_some()
            && !(first >= 2
                && matches!(
                    lower[first - 2].as_str(),
                    "for" | "lasted" | "lasting" | "last" | "lasts" | "took" | "takes" | "taking"
                ));
        let comparator = if during {
            Comparator::Exact
        } else {
            comparator
        };
        // "world No. 1": a rank's number, not a count.
        let numbered =
            first > 0 && super::is_number_sign(&lower[first - 1], &text[ws[first - 1].end..]);
        // "minus 60 degrees": below zero.
        let below_zero = first > back && lower[first - back - 1] == "minus";
        let (value, start) = if below_zero {
            (-value, ws[first - back - 1].start)
        } else {
            (value, start)
        };
        if !numbered {
            out.push(Quantity {
                value,
                comparator,
                unit,
                unit_words,
                start,
                end: ws[j - 1].end,
                is_year,
            });
        }
        i = j;
    }
    merge_compound_durations(text, out)
}

/// The currency a sign right before a figure names ("$", "C$", "US$", "€", "£", "¥"), as the
/// word a figure in words would be counted in ("12 billion dollars").
fn currency_before(before: &str) -> Option<&'static str> {
    match before.chars().next_back()? {
        '$' => Some("dollars"),
        '€' => Some("euros"),
        '£' => Some("pounds"),
        '¥' => Some("yen"),
        _ => None,
    }
}

/// "two hours and 51 minutes", "1 hour 25 minutes" is one duration, in its smaller unit (171
/// minutes, 85 minutes): its parts are no figures of their own. "about 2 hours 20 minutes" is
/// about 140 minutes.
fn merge_compound_durations(text: &str, quantities: Vec<Quantity>) -> Vec<Quantity> {
    let mut out: Vec<Quantity> = Vec::with_capacity(quantities.len());
    for q in quantities {
        if let Some(prev) = out.last_mut() {
            // A figure's span ends with its number: between the two stand the first one's
            // unit and "and".
            let between: Vec<&str> = text
                .get(prev.end..q.start)
                .unwrap_or_default()
                .split_whitespace()
                .collect();
            let joined = (between.last() == Some(&"and")
                && between.len() == prev.unit_words.len() + 1)
                || (!between.is_empty() && between.len() == prev.unit_words.len());
            let units = (
                prev.unit.as_deref().and_then(duration_seconds),
                q.unit.as_deref().and_then(duration_seconds),
            );
            if let (true, (Some((big, _)), Some((small, _)))) = (joined, units) {
                if big > small && matches!(prev.comparator, Comparator::Exact | Comparator::Approx)
                {
                    prev.value = prev.value * big / small + q.value;
                    if prev.comparator == Comparator::Exact {
                        prev.comparator = q.comparator;
                    }
                    prev.unit = q.unit;
                    prev.unit_words = q.unit_words;
                    prev.end = q.end;
                    continue;
                }
            }
        }
        out.push(q);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Quantity {
        quantities(text).remove(0)
    }

    #[test]
    fn a_duration_in_two_units_is_one_figure() {
        let q = quantities("cut the journey to 1 hour 25 minutes from about 2 hours 20 minutes");
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!((q[0].value, q[0].comparator), (85.0, Comparator::Exact));
        assert_eq!((q[1].value, q[1].comparator), (140.0, Comparator::Approx));
        let below = one("at minus 60 degrees");
        assert_eq!(below.value, -60.0);
        assert!(!below.contradicts(&below));
    }

    #[test]
    fn scores_with_half_points_are_one_figure() {
        let q = one("beating Ding 7.5-6.5 in Singapore");
        assert_eq!(q.unit.as_deref(), Some("score"));
        assert!(q.contradicts(&one("won 8.5-5.5")));
        assert!(!q.contradicts(&one("won 7.5-6.5")));
    }

    #[test]
    fn other_and_more_before_a_noun_count_the_noun() {
        assert_eq!(one("Two other miners died").unit.as_deref(), Some("miner"));
        assert_eq!(
            one("three more people were found").unit.as_deref(),
            Some("peopl")
        );
        assert_eq!(
            one("and 11 others were missing").unit.as_deref(),
            Some("other")
        );
        assert_eq!(one("10 more than last year").unit, None);
        assert_eq!(
            one("fell to 24 seats from 36 four years ago")
                .unit
                .as_deref(),
            Some("seat")
        );
        let q = quantities("fell to 24 seats from 36 four years ago");
        assert_eq!((q[1].value, q[1].unit.as_deref()), (36.0, None), "{q:?}");
    }

    #[test]
    fn counts_of_and_shares() {
        assert_eq!(one("thousands of tenants").unit.as_deref(), Some("tenant"));
        assert_eq!(one("5 percent of revenue").unit.as_deref(), Some("percent"));
        let half = one("more than half of its revenue");
        assert_eq!((half.value, half.unit.as_deref()), (50.0, Some("percent")));
        assert!(quantities("in the second half of the year").is_empty());
        assert_eq!(quantities("to save $150 million a year").len(), 1);
        assert_eq!(quantities("about 11 million euros a year").len(), 1);
        assert!(quantities("No one is missing").is_empty());
        assert_eq!(quantities("twice a week").len(), 0);
        assert_eq!(one("for more than a year").value, 1.0);
        let all = one("the fire was fully contained");
        assert_eq!((all.value, all.unit.as_deref()), (100.0, Some("percent")));
        assert!(quantities("she fully agrees").is_empty());
        // Shares and spans of time measure; counts of things do not.
        assert!(one("2.7 percent year on year").is_measure());
        assert!(one("a year earlier").is_measure());
        assert!(!one("19 survivors").is_measure());
        // A time of day is no figure.
        assert_eq!(one("began at 10:17 p.m. along a 3 km fissure").value, 3.0);
        assert!(quantities("at 9 a.m. on Friday").is_empty());
        // "over" a span of time is during it, unless it says how long something lasted.
        assert_eq!(
            one("shot in secret over 41 days").comparator,
            Comparator::Exact
        );
        assert_eq!(
            one("lasted over two hours").comparator,
            Comparator::MoreThan
        );
        assert_eq!(one("over 400 people").comparator, Comparator::MoreThan);
        // A part counts what its whole counts; "people" is a plural.
        assert_eq!(one("three of the injured").unit.as_deref(), Some("injur"));
        assert_eq!(
            one("40 of the returned soldiers").unit.as_deref(),
            Some("soldier")
        );
        assert_eq!(one("three injured people").unit.as_deref(), Some("peopl"));
        assert_eq!(one("two of the eight stolen pieces").unit, None);
        let long = one("The match lasted two hours and 51 minutes.");
        assert_eq!(
            (long.value, long.unit.as_deref()),
            (171.0, Some(stem("minutes").as_str()))
        );
        assert!(quantities("the Swedish world No. 1").is_empty());
        let vote = one("ruling 6-3 that it violated the Charter");
        assert_eq!((vote.value, vote.unit.as_deref()), (6.003, Some("score")));
        assert!(one("ruled 5-4").contradicts(&vote));
        let age = one("Conti, a 52-year-old Italian");
        assert_eq!((age.value, age.unit.as_deref()), (52.0, Some("year")));
        let part = quantities("19 survivors, four of them children");
        assert_eq!(part[1].unit, Some(stem("children")));
    }

    #[test]
    fn durations_convert_between_units() {
        let two_weeks = one("two weeks");
        let ten_days = one("10 days");
        let fourteen_days = one("14 days");
        let as_days = two_weeks.in_unit_of(&ten_days).expect("convertible");
        assert!(as_days.contradicts(&ten_days));
        assert!(!as_days.contradicts(&fourteen_days));
        assert!(one("3 troops").in_unit_of(&ten_days).is_none());
        assert!(one("more than a minute")
            .in_unit_of(&one("35 seconds"))
            .expect("convertible")
            .contradicts(&one("35 seconds")));
        // A month is about 30 days: close enough not to contradict.
        let month = one("one month");
        assert!(!month
            .in_unit_of(&one("30 days"))
            .expect("convertible")
            .contradicts(&one("30 days")));
    }

    #[test]
    fn qualifiers_and_units() {
        let q = one("North Korea has sent an estimated 11,000 troops, some of whom");
        assert_eq!(q.value, 11000.0);
        assert_eq!(q.comparator, Comparator::Approx);
        assert_eq!(q.unit.as_deref(), Some("troop"));
        let q = one("the temperature exceeded 1.5 degrees above pre-industrial levels");
        assert_eq!((q.value, q.comparator), (1.5, Comparator::MoreThan));
        let q = one("close to 20,000 shipping containers of weapons");
        assert_eq!(q.unit.as_deref(), Some("contain"));
        assert_eq!(q.comparator, Comparator::Approx);
    }

    #[test]
    fn words_and_scales() {
        let q = one("more than a million barrels of oil");
        assert_eq!(q.value, 1e6);
        assert_eq!(q.comparator, Comparator::MoreThan);
        assert_eq!(one("1.5 billion dollars").value, 1.5e9);
        assert_eq!(one("after two failed attempts").value, 2.0);
        assert_eq!(one("Twenty-three people").value, 23.0);
        assert_eq!(one("forty-one days").unit.as_deref(), Some("day"));
    }

    #[test]
    fn a_floor_above_the_reported_floor_contradicts_it() {
        // "at least 21 bridges" claims more than the "at least 12" counted so far.
        assert!(one("at least 21 bridges").contradicts(&one("at least 12 bridges")));
        assert!(!one("at least 10 bridges").contradicts(&one("at least 12 bridges")));
        assert!(!one("at least 12 bridges").contradicts(&one("at least 12 bridges")));
    }

    #[test]
    fn a_currency_sign_is_the_unit() {
        // "$25 million over five years" counts dollars, as "25 million dollars" does.
        assert_eq!(one("$25 million over").unit.as_deref(), Some("dollar"));
        assert_eq!(one("25 million dollars").unit.as_deref(), Some("dollar"));
        assert_eq!(
            one("a \u{20ac}1.2 billion deal").unit.as_deref(),
            Some("euro")
        );
        assert_eq!(one("\u{a3}40 a ticket").unit.as_deref(), Some("pound"));
    }

    #[test]
    fn two_rounded_figures_are_compared_by_the_claims() {
        let q = |t: &str| quantities(t).remove(0);
        assert!(q("about 900,000 students").contradicts(&q("about 690,000 students")));
        assert!(!q("about 11,000 troops").contradicts(&q("nearly 12,000 troops")));
        assert!(!q("nearly 20,000").contradicts(&q("close to 20,000")));
    }

    #[test]
    fn intervals_decide_contradiction() {
        let about = one("about 11,000 troops");
        assert!(one("50,000 troops").contradicts(&about));
        assert!(!one("an estimated 11,000 troops").contradicts(&about));
        assert!(one("fewer than 20 animals").contradicts(&one("more than 70 animals")));
        assert!(!one("nearly 20,000").contradicts(&one("close to 20,000")));
        // A reported lower bound is no open floor: "at least 37" dead is not "more than 100".
        assert!(one("more than 100 people").contradicts(&one("at least 37 people")));
        assert!(!one("more than 30 people").contradicts(&one("at least 37 people")));
        assert!(!one("about 40 people").contradicts(&one("at least 37 people")));
    }

    #[test]
    fn years_are_flagged() {
        assert!(one("since the summer of 2023").is_year);
        assert!(one("2023 troops arrived").unit.is_some());
    }

    #[test]
    fn huge_numbers_do_not_panic() {
        let digits = "9".repeat(10_000);
        let _ = quantities(&digits);
        let _ = quantities("a million million billion trillion");
    }
}
