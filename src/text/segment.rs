//! Sentence segmentation for news prose.
//!
//! A sentence ends at `.`, `!`, `?` or an ellipsis, plus any closing quotes or brackets, when
//! whitespace and a plausible sentence start follow. Abbreviations ("Mr.", "Jan.", "a.m."), initials
//! ("Vladimir V. Putin") and initialisms ("U.S.") end a sentence only when the next word is one that
//! commonly opens a sentence, since a proper noun after them is far more often a name than a new
//! sentence. Line breaks are paragraph breaks and always end a sentence.

/// Titles and abbreviations after which a capitalised word is nearly always a continuation.
const NEVER_FINAL: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt",
    "cmdr", "adm", "maj", "pres", "rev", "hon", "messrs", "mt", "ft", "no", "nos", "vs", "v",
    "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "e.g", "i.e", "approx", "est", "dept", "univ", "assn", "bros", "gov't",
];

/// Abbreviations that can end a sentence: split only before a typical sentence opener.
const MAYBE_FINAL: &[&str] = &[
    "jr", "sr", "inc", "corp", "co", "ltd", "llc", "plc", "etc", "a.m", "p.m", "al",
];

/// Words that open sentences; after an ambiguous abbreviation they signal a boundary.
const OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "but",
    "and",
    "in",
    "on",
    "at",
    "this",
    "that",
    "these",
    "those",
    "there",
    "his",
    "her",
    "its",
    "their",
    "our",
    "after",
    "before",
    "when",
    "while",
    "as",
    "if",
    "for",
    "from",
    "by",
    "with",
    "mr.",
    "ms.",
    "mrs.",
    "dr.",
    "yet",
    "so",
    "still",
    "however",
    "meanwhile",
    "earlier",
    "later",
    "last",
    "since",
    "some",
    "many",
    "most",
];

/// Page furniture that scraped articles carry between paragraphs.
const BOILERPLATE: &[&str] = &[
    "advertisement",
    "skip advertisement",
    "supported by",
    "continue reading",
    "continue reading the main story",
    "skip to content",
    "read more",
    "share",
    "share this article",
    "subscribe",
    "sign up",
    "related",
];

/// Removes page boilerplate lines ("Advertisement") and returns the remaining paragraphs.
pub fn strip_boilerplate(text: &str) -> Vec<&str> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .filter(|line| {
            let lower = line.to_lowercase();
            !BOILERPLATE.contains(&lower.trim_end_matches(['.', ':']))
        })
        .collect()
}

/// Splits article text into sentences, dropping boilerplate lines. Paragraph breaks always end a
/// sentence.
pub fn split_sentences(text: &str) -> Vec<String> {
    strip_boilerplate(text)
        .into_iter()
        .flat_map(split_paragraph)
        .collect()
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | ')' | ']' | '\u{201D}' | '\u{2019}' | '\u{BB}'
    )
}

fn is_opener_char(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '(' | '[' | '\u{201C}' | '\u{2018}' | '\u{AB}'
    )
}

/// The word (letters and inner dots) that ends just before byte `end`.
fn word_before(text: &str, end: usize) -> &str {
    let start = text[..end]
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '.' || *c == '\'' || *c == '\u{2019}'))
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    &text[start..end]
}

fn next_word(text: &str) -> &str {
    let t = text.trim_start_matches(is_opener_char);
    let end = t
        .char_indices()
        .find(|(_, c)| c.is_whitespace() || matches!(c, ',' | ';' | ':'))
        .map(|(i, _)| i)
        .unwrap_or(t.len());
    &t[..end]
}

/// Decides whether a period at the end of `word` (without the period) can end a sentence followed
/// by `next`.
fn period_ends_sentence(word: &str, next: &str) -> bool {
    let lower = word.to_lowercase();
    let next_lower = next.to_lowercase();
    let next_is_opener = OPENERS.contains(&next_lower.as_str());
    if NEVER_FINAL.contains(&lower.as_str()) {
        return false;
    }
    let letters: Vec<char> = word.chars().filter(|c| *c != '.').collect();
    // A single capital ("V.") is an initial; dotted capitals ("U.S.", "U.N.") an initialism.
    let is_initial = letters.len() == 1 && letters[0].is_uppercase();
    let is_initialism = word.contains('.') && letters.iter().all(|c| c.is_alphabetic());
    if is_initial || is_initialism || MAYBE_FINAL.contains(&lower.as_str()) {
        return next_is_opener;
    }
    true
}

fn split_paragraph(para: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = para.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        let is_ellipsis = c == '\u{2026}'
            || (c == '.' && i + 2 < chars.len() && chars[i + 1].1 == '.' && chars[i + 2].1 == '.');
        if !(matches!(c, '.' | '!' | '?') || is_ellipsis) {
            i += 1;
            continue;
        }
        // Absorb runs of terminal punctuation and closing quotes/brackets.
        let mut j = i + 1;
        while j < chars.len()
            && (matches!(chars[j].1, '.' | '!' | '?' | '\u{2026}') || is_closer(chars[j].1))
        {
            j += 1;
        }
        let end_byte = chars.get(j).map(|(b, _)| *b).unwrap_or(para.len());
        // A boundary needs whitespace after it.
        if j < chars.len() && !chars[j].1.is_whitespace() {
            i = j;
            continue;
        }
        let rest = para[end_byte..].trim_start();
        if rest.is_empty() {
            break;
        }
        let first = rest.chars().next().unwrap_or(' ');
        let starts_like_sentence =
            first.is_uppercase() || first.is_ascii_digit() || is_opener_char(first);
        let mut boundary = starts_like_sentence;
        if boundary && c == '.' && !is_ellipsis {
            let word = word_before(para, pos);
            boundary = period_ends_sentence(word.trim_end_matches('.'), next_word(rest));
            // "1950-53." is a number, a plain period after it ends the sentence.
        }
        if boundary {
            let s = para[start..end_byte].trim();
            if !s.is_empty() {
                out.push(s.to_string());
            }
            start = end_byte;
        }
        i = j;
    }
    let tail = para[start..].trim();
    if !tail.is_empty() {
        out.push(tail.to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<String> {
        split_sentences(text)
    }

    #[test]
    fn titles_and_initials_do_not_break() {
        let s = split("Mr. Kim met President Vladimir V. Putin. Dr. Smith and Ms. Jones agreed.");
        assert_eq!(
            s,
            vec![
                "Mr. Kim met President Vladimir V. Putin.",
                "Dr. Smith and Ms. Jones agreed."
            ]
        );
    }

    #[test]
    fn initialisms_break_only_before_an_opener() {
        assert_eq!(split("U.S. officials said so. They left.").len(), 2);
        assert_eq!(
            split("Aid came from the U.S. The rest came later.").len(),
            2
        );
        assert_eq!(split("President-elect Donald J. Trump spoke.").len(), 1);
    }

    #[test]
    fn dates_times_and_streets() {
        let s = split(
            "The vote is on Jan. 5 at 10 a.m. at St. Mark's church on Main St. in Ohio. It passed.",
        );
        assert_eq!(s.len(), 2, "{s:?}");
        assert_eq!(split("It ended at 5 p.m. The crowd left.").len(), 2);
    }

    #[test]
    fn numbers_and_urls_stay_whole() {
        let s = split(
            "Prices rose 3.5 percent, to 11,000 units, see example.com/a.b for 1950-53. Next one.",
        );
        assert_eq!(s.len(), 2, "{s:?}");
        assert!(s[0].contains("example.com/a.b"));
    }

    #[test]
    fn quotes_ending_with_comma_do_not_break() {
        let s = split("\u{201C}We will win,\u{201D} she said. \u{201C}Never.\u{201D} He left.");
        assert_eq!(
            s,
            vec![
                "\u{201C}We will win,\u{201D} she said.",
                "\u{201C}Never.\u{201D}",
                "He left."
            ]
        );
    }

    #[test]
    fn ellipses_question_and_exclamation() {
        let s = split("He paused... Then he left! Why? Because.");
        assert_eq!(s, vec!["He paused...", "Then he left!", "Why?", "Because."]);
        assert_eq!(split("It was… complicated, he said.").len(), 1);
    }

    #[test]
    fn boilerplate_lines_are_dropped() {
        let s = split("Advertisement\nFirst line here.\nSupported by\nSecond line.\nAdvertisement");
        assert_eq!(s, vec!["First line here.", "Second line."]);
    }

    #[test]
    fn paragraph_breaks_end_sentences() {
        assert_eq!(split("No period here\nAnother paragraph").len(), 2);
    }

    #[test]
    fn lowercase_after_period_is_not_a_boundary() {
        assert_eq!(split("The rate fell to 2. percent of them.").len(), 1);
    }

    #[test]
    fn empty_and_whitespace() {
        assert!(split("").is_empty());
        assert!(split(" \n\t ").is_empty());
    }
}
