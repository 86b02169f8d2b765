//! The `news` tokenizer: [`crate::text::analyze`] wrapped for tantivy, so the index and the query
//! side tokenize with one function.

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

use crate::text::analyze;

/// The name under which the analyzer is registered on every opened index. It changes with
/// what the analyzer produces, so an index built by an older analyzer is refused as
/// incompatible rather than searched with terms it never indexed.
pub const NEWS_ANALYZER: &str = "news-3";

#[derive(Clone, Default)]
pub struct NewsTokenizer;

pub struct NewsTokenStream {
    tokens: Vec<Token>,
    cursor: usize,
}

impl Tokenizer for NewsTokenizer {
    type TokenStream<'a> = NewsTokenStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> NewsTokenStream {
        let tokens = analyze(text)
            .into_iter()
            .map(|t| Token {
                offset_from: t.start,
                offset_to: t.end,
                position: t.position,
                text: t.text,
                position_length: 1,
            })
            .collect();
        NewsTokenStream { tokens, cursor: 0 }
    }
}

impl TokenStream for NewsTokenStream {
    fn advance(&mut self) -> bool {
        self.cursor += 1;
        self.cursor <= self.tokens.len()
    }

    fn token(&self) -> &Token {
        &self.tokens[self.cursor - 1]
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.cursor - 1]
    }
}
