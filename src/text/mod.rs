//! Pure text processing: sentence segmentation, word tokens, the analyzer shared by the index and
//! the query side, numbers and dates. Nothing here knows about tantivy, gRPC or articles.

pub mod dates;
pub mod numbers;
pub mod segment;
pub mod tokens;

pub use segment::{split_sentences, strip_boilerplate};
pub use tokens::{analyze, is_stop_word, is_superlative, stem, words, Word};

/// Folds typographic quotes and dashes to ASCII so that matching does not depend on the
/// publisher's typesetting.
pub fn fold_punctuation(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201F}' | '\u{2033}' => '"',
        '\u{2010}' | '\u{2011}' | '\u{2012}' => '-',
        _ => c,
    }
}

/// Whether text after a word opens with the possessive "'s" (straight or typographic): the
/// tokens leave it out ("Norway's largest", "Saturday's defeat").
pub fn opens_possessive(rest: &str) -> bool {
    rest.starts_with("'s") || rest.starts_with("\u{2019}s")
}

/// Whether a word (lower-cased), with `rest` the text after it, is the number sign "No." ("world
/// No. 1", "the No. 3 seed"): no negation, and the figure after it a rank, not a count.
pub fn is_number_sign(lower: &str, rest: &str) -> bool {
    lower == "no" && rest.starts_with('.')
}

/// Converts a byte offset into `text` to a code-point offset (the unit of the API's spans).
pub fn char_offset(text: &str, byte: usize) -> usize {
    let byte = byte.min(text.len());
    text.char_indices().take_while(|(i, _)| *i < byte).count()
}
