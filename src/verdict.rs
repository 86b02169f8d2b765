//! Passages -> verdict, probabilities and confidence.
//!
//! Two small multinomial logistic-regression models, fitted by `factcheck calibrate` on the shared
//! evaluation data and committed as `data/model.json`: one gives each passage P(supports),
//! P(contradicts), P(neutral) from the stance features, the other gives the claim P(supported),
//! P(refuted), P(not enough info) from features aggregated over its passages. No probability here
//! is a hand-set constant; the fitting code is [`fit`].

use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::stance::{Judgement, Stance};

/// The overall judgement of a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Verdict {
    Supported,
    Refuted,
    NotEnoughInfo,
    Conflicting,
}

/// Names of the passage features, in the order of [`Judgement::features`].
pub const PASSAGE_FEATURES: &[&str] = &[
    "bias",
    "coverage",
    "coverage_sq",
    "topic",
    "uncovered_entity_share",
    "rule_supports",
    "rule_contradicts",
    "number_mismatch",
    "negation",
    "antonym",
    "role_swap",
    "date_place_ordinal_mismatch",
    "hedged",
    "uncovered_words",
    "polarity_differs_x_topic",
    "claim_negated",
    "uncovered_verb",
    "names_another",
];

/// Names of the claim features, in the order of [`claim_features`].
pub const CLAIM_FEATURES: &[&str] = &[
    "bias",
    "best_support_coverage",
    "union_coverage",
    "best_contradiction_topic",
    "any_rule_support",
    "any_rule_contradiction",
    "min_uncovered_entity_share",
    "best_hedged",
    "best_coverage",
    "best_coverage_sq",
    "best_uncovered_words",
    "top5_union_coverage",
    "claim_length",
    "top5_union_x_length",
    "top5_missing_words",
    "best_support_uncovered_verb",
    "short_claim_uncovered_verb",
    "short_claim_rule_support",
    "short_claim_best_coverage",
    "best_names_another",
];

/// A softmax regression: one weight row per class.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Softmax {
    pub classes: Vec<String>,
    pub features: Vec<String>,
    pub weights: Vec<Vec<f32>>,
}

impl Softmax {
    /// Class probabilities; uniform when the model does not fit the features (never panics).
    pub fn predict(&self, x: &[f32]) -> Vec<f32> {
        let k = self.weights.len().max(1);
        if self.weights.iter().any(|w| w.len() != x.len()) || self.weights.is_empty() {
            return vec![1.0 / k as f32; k];
        }
        let logits: Vec<f32> = self
            .weights
            .iter()
            .map(|w| w.iter().zip(x).map(|(a, b)| a * b).sum())
            .collect();
        softmax(&logits)
    }
}

fn softmax(logits: &[f32]) -> Vec<f32> {
    let m = logits.iter().cloned().fold(f32::NEG_INFINITY, f32::max);
    let exps: Vec<f32> = logits.iter().map(|l| (l - m).exp()).collect();
    let sum: f32 = exps.iter().sum();
    exps.iter().map(|e| e / sum).collect()
}

/// The committed model file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Model {
    pub passage: Softmax,
    pub claim: Softmax,
    /// How the model was fitted and how well it is calibrated, for people reading the file.
    #[serde(default)]
    pub report: serde_json::Value,
}

static MODEL: LazyLock<Model> = LazyLock::new(|| {
    serde_json::from_str(include_str!("../data/model.json")).unwrap_or_else(|_| Model::untrained())
});

/// The model compiled into the binary.
pub fn model() -> &'static Model {
    &MODEL
}

impl Model {
    /// All-zero weights: uniform probabilities, the honest answer of a model that knows nothing.
    pub fn untrained() -> Model {
        let zeros = |n: usize| vec![vec![0.0; n]; 3];
        Model {
            passage: Softmax {
                classes: vec!["SUPPORTS".into(), "CONTRADICTS".into(), "NEUTRAL".into()],
                features: PASSAGE_FEATURES.iter().map(|s| s.to_string()).collect(),
                weights: zeros(PASSAGE_FEATURES.len()),
            },
            claim: Softmax {
                classes: vec![
                    "SUPPORTED".into(),
                    "REFUTED".into(),
                    "NOT_ENOUGH_INFO".into(),
                ],
                features: CLAIM_FEATURES.iter().map(|s| s.to_string()).collect(),
                weights: zeros(CLAIM_FEATURES.len()),
            },
            report: serde_json::Value::Null,
        }
    }

    /// The largest difference between a weight of `self` and the same weight of `other`
    /// (infinite when their shapes differ).
    pub fn max_weight_change(&self, other: &Model) -> f32 {
        let pairs = [
            (&self.passage.weights, &other.passage.weights),
            (&self.claim.weights, &other.claim.weights),
        ];
        let mut change = 0.0f32;
        for (a, b) in pairs {
            if a.len() != b.len() || a.iter().zip(b).any(|(x, y)| x.len() != y.len()) {
                return f32::INFINITY;
            }
            for (x, y) in a.iter().flatten().zip(b.iter().flatten()) {
                change = change.max((x - y).abs());
            }
        }
        change
    }

    /// (stance, P(stance), [P(supports), P(contradicts), P(neutral)]) for one passage.
    pub fn passage_stance(&self, j: &Judgement) -> (Stance, f32, [f32; 3]) {
        let p = self.passage.predict(&j.features());
        let probs = [p[0], p[1], p[2]];
        let (i, best) =
            probs.iter().enumerate().fold(
                (2, f32::MIN),
                |acc, (i, v)| if *v > acc.1 { (i, *v) } else { acc },
            );
        (Stance::ALL[i], best, probs)
    }
}

/// How much of a claim several passages cover together.
#[derive(Debug, Clone, Copy, Default)]
pub struct Unions {
    /// The best clean passage with its clean neighbours (within three sentences).
    pub local: f32,
    /// The five best passages, wherever they stand: long claims are often supported piecewise.
    pub top5: f32,
    /// Content words of the claim / 20, capped at 1.
    pub length: f32,
    /// Content words no passage of the five covers, / 4, capped at 1: on WiCE dev, a quarter of
    /// supported claims but a tenth of partly supported ones leave none.
    pub top5_missing: f32,
}

/// How much less of the claim a contradicting passage may cover than a clean one before its
/// contradiction is taken to be about something else.
const OFF_TOPIC_MARGIN: f32 = 0.3;

/// Aggregates the judgements of a claim's passages. `union_coverage` is the share of the claim
/// covered by its best supporting passages together.
pub fn claim_features(judgements: &[&Judgement], union: &Unions) -> Vec<f32> {
    let union_coverage = union.local;
    let b = |x: bool| if x { 1.0 } else { 0.0 };
    let clean = |j: &&&Judgement| j.is_clean();
    let best_support = judgements
        .iter()
        .filter(clean)
        .map(|j| {
            if j.uncovered_entities == 0 {
                j.coverage
            } else {
                j.coverage * 0.5
            }
        })
        .fold(0.0, f32::max);
    // A contradiction from a passage far less about the claim than a clean one is about
    // something else ("for the next three years" in a rent law against "children were followed
    // for five years", with the study's own sentence at hand; another article's "fined 800
    // million euros" against "A single ticket will cost 3.70 euros", with the fare article's
    // sentence at hand), whether or not the clean one covers all of the claim.
    let contra: Vec<&&Judgement> = judgements
        .iter()
        .filter(|j| j.rule_stance() == Stance::Contradicts)
        .filter(|j| j.coverage + OFF_TOPIC_MARGIN >= best_support)
        .collect();
    let best_contra_topic = contra.iter().map(|j| j.topic).fold(0.0, f32::max);
    let best = judgements
        .iter()
        .max_by(|a, b| a.coverage.total_cmp(&b.coverage));
    let min_unc = judgements
        .iter()
        .map(|j| {
            if j.claim_entities == 0 {
                0.0
            } else {
                j.uncovered_entities as f32 / j.claim_entities as f32
            }
        })
        .fold(1.0, f32::min);
    let best_cov = best.map(|j| j.coverage).unwrap_or(0.0);
    let best_clean = judgements
        .iter()
        .filter(clean)
        .max_by(|a, b| a.coverage.total_cmp(&b.coverage));
    // Content words the best clean passage leaves out: "plans to buy" in a claim about jets.
    let best_uncovered = best_clean
        .map(|j| (j.uncovered.len() as f32).min(4.0) / 4.0)
        .unwrap_or(1.0);
    // The best clean passage's missing verbs: "raised" when the passage "kept" the rate.
    let best_support_uncovered_verb = best_clean
        .map(|j| if j.uncovered_verbs > 0 { 1.0 } else { 0.0 })
        .unwrap_or(0.0);
    let any_support = b(judgements
        .iter()
        .any(|j| j.rule_stance() == Stance::Supports));
    // Short news claims (a dozen content words or fewer) are supported by one sentence or not
    // at all, and hang on their verb; the long WiCE claims the model also learns from are
    // supported piecewise. These let the two regimes weigh the same evidence differently.
    let short = b(union.length <= 0.6);
    vec![
        1.0,
        best_support,
        union_coverage,
        best_contra_topic,
        any_support,
        b(!contra.is_empty()),
        if judgements.is_empty() { 1.0 } else { min_unc },
        b(best.is_some_and(|j| j.hedged)),
        best_cov,
        best_cov * best_cov,
        best_uncovered,
        union.top5,
        union.length,
        union.top5 * union.length,
        union.top5_missing,
        best_support_uncovered_verb,
        // A short claim hangs on its verb; a long one (WiCE's) still reads as supported with
        // one of several predicates paraphrased.
        best_support_uncovered_verb * short,
        any_support * short,
        best_cov * short,
        // The passage closest to the claim names someone else in one of its roles.
        b(best.is_some_and(|j| j.names_another())),
    ]
}

/// The verdict with its probabilities [supported, refuted, not enough info] and confidence.
#[derive(Debug, Clone, PartialEq)]
pub struct Decision {
    pub verdict: Verdict,
    pub probabilities: [f32; 3],
    pub confidence: f32,
}

/// Decides from the claim features. `conflicting_sources` is true when strong supporting and
/// contradicting passages come from different sources; with both verdicts above 1/3 that makes
/// the verdict CONFLICTING, whose confidence is P(supported) + P(refuted).
pub fn decide(model: &Model, features: &[f32], conflicting_sources: bool) -> Decision {
    let p = model.claim.predict(features);
    let probabilities = [p[0], p[1], p[2]];
    let (i, best) = probabilities
        .iter()
        .enumerate()
        .fold(
            (2, f32::MIN),
            |acc, (i, v)| if *v > acc.1 { (i, *v) } else { acc },
        );
    let verdict = [Verdict::Supported, Verdict::Refuted, Verdict::NotEnoughInfo][i];
    // Both readings more probable than chance among three: each has real weight behind it.
    const REAL_WEIGHT: f32 = 1.0 / 3.0;
    if conflicting_sources && probabilities[0] >= REAL_WEIGHT && probabilities[1] >= REAL_WEIGHT {
        return Decision {
            verdict: Verdict::Conflicting,
            probabilities,
            confidence: probabilities[0] + probabilities[1],
        };
    }
    Decision {
        verdict,
        probabilities,
        confidence: best,
    }
}

/// One training example.
#[derive(Debug, Clone)]
pub struct Example {
    pub x: Vec<f32>,
    pub y: usize,
    /// A second class the label allows: WiCE's "not supported" is NOT_ENOUGH_INFO or REFUTED
    /// (its labels never say which), and fitting it as NOT_ENOUGH_INFO alone would teach the
    /// model that a contradiction found means nothing.
    pub also: Option<usize>,
    pub weight: f32,
}

/// Fits a softmax regression by full-batch gradient descent with L2 regularisation.
pub fn fit(
    examples: &[Example],
    n_features: usize,
    n_classes: usize,
    l2: f32,
    iterations: usize,
) -> Vec<Vec<f32>> {
    let mut w = vec![vec![0.0f32; n_features]; n_classes];
    let total: f32 = examples.iter().map(|e| e.weight).sum::<f32>().max(1e-6);
    let lr = 0.5;
    for _ in 0..iterations {
        let mut grad = vec![vec![0.0f32; n_features]; n_classes];
        for e in examples {
            let logits: Vec<f32> = w
                .iter()
                .map(|row| row.iter().zip(&e.x).map(|(a, b)| a * b).sum())
                .collect();
            let p = softmax(&logits);
            // The likelihood of the allowed classes together: each takes its share of it.
            let allowed = |c: usize| c == e.y || e.also == Some(c);
            let mass: f32 = (0..n_classes)
                .filter(|&c| allowed(c))
                .map(|c| p[c])
                .sum::<f32>()
                .max(1e-12);
            for c in 0..n_classes {
                let target = if allowed(c) { p[c] / mass } else { 0.0 };
                let g = (p[c] - target) * e.weight / total;
                for (gk, xk) in grad[c].iter_mut().zip(&e.x) {
                    *gk += g * xk;
                }
            }
        }
        for c in 0..n_classes {
            for k in 0..n_features {
                let reg = if k == 0 { 0.0 } else { l2 * w[c][k] };
                w[c][k] -= lr * (grad[c][k] + reg);
            }
        }
    }
    w
}

/// Expected calibration error of max-probability predictions over `bins` equal-width bins.
pub fn expected_calibration_error(predictions: &[(Vec<f32>, usize)], bins: usize) -> f32 {
    let mut sums = vec![(0.0f32, 0.0f32, 0usize); bins];
    for (p, y) in predictions {
        let (i, conf) =
            p.iter().enumerate().fold(
                (0, f32::MIN),
                |a, (i, v)| if *v > a.1 { (i, *v) } else { a },
            );
        let b = ((conf * bins as f32) as usize).min(bins - 1);
        sums[b].0 += conf;
        sums[b].1 += if i == *y { 1.0 } else { 0.0 };
        sums[b].2 += 1;
    }
    let n = predictions.len().max(1) as f32;
    sums.iter()
        .filter(|s| s.2 > 0)
        .map(|(c, a, k)| (*k as f32 / n) * ((c - a) / *k as f32).abs())
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_learns_a_separable_problem() {
        let ex: Vec<Example> = (0..60)
            .map(|i| {
                let y = i % 3;
                let mut x = vec![1.0, 0.0, 0.0, 0.0];
                x[1 + y] = 1.0;
                Example {
                    x,
                    y,
                    also: None,
                    weight: 1.0,
                }
            })
            .collect();
        let w = fit(&ex, 4, 3, 0.001, 400);
        let m = Softmax {
            classes: vec![],
            features: vec![],
            weights: w,
        };
        let p = m.predict(&[1.0, 0.0, 1.0, 0.0]);
        assert!(p[1] > 0.8, "{p:?}");
        assert!((p.iter().sum::<f32>() - 1.0).abs() < 1e-4);
    }

    #[test]
    fn a_label_allowing_two_classes_leaves_their_split_to_the_rest() {
        // Where feature 2 is set the sure labels say class 1; twice as many examples there
        // allow class 1 or 2. Read as class 2 they would outvote the sure ones.
        let example = |f: f32, y: usize, also: Option<usize>| Example {
            x: vec![1.0, 0.0, f],
            y,
            also,
            weight: 1.0,
        };
        let mut ex: Vec<Example> = (0..20).map(|_| example(1.0, 1, None)).collect();
        ex.extend((0..20).map(|_| example(0.0, 2, None)));
        ex.extend((0..40).map(|_| example(1.0, 2, Some(1))));
        let model = |ex: &[Example]| Softmax {
            classes: vec![],
            features: vec![],
            weights: fit(ex, 3, 3, 0.001, 400),
        };
        let p = model(&ex).predict(&[1.0, 0.0, 1.0]);
        assert!(p[1] > p[2], "{p:?}");
        for e in ex.iter_mut() {
            e.also = None;
        }
        let p = model(&ex).predict(&[1.0, 0.0, 1.0]);
        assert!(p[2] > p[1], "{p:?}");
    }

    #[test]
    fn mismatched_features_give_uniform_not_a_panic() {
        let m = Model::untrained();
        let p = m.claim.predict(&[1.0]);
        assert_eq!(p.len(), 3);
        assert!((p[0] - 1.0 / 3.0).abs() < 1e-6);
    }

    #[test]
    fn committed_model_matches_the_features() {
        let m = model();
        assert_eq!(m.passage.features, PASSAGE_FEATURES);
        assert_eq!(m.claim.features, CLAIM_FEATURES);
    }

    #[test]
    fn a_contradiction_far_off_the_claim_yields_to_full_support() {
        use crate::analysis::Analysis;
        let claim = Analysis::new("The children were followed for five years.", None);
        let judge = |p: &str| crate::stance::judge(&claim, &Analysis::new(p, None), &[]);
        let support = judge("The researchers followed the children, aged 6 to 12, for five years.");
        let off = judge("Some of the children were tracked for three years.");
        assert_eq!(off.rule_stance(), Stance::Contradicts, "{off:?}");
        let unions = Unions {
            local: 1.0,
            top5: 1.0,
            length: 0.2,
            top5_missing: 0.0,
        };
        let contradiction = CLAIM_FEATURES
            .iter()
            .position(|f| *f == "any_rule_contradiction")
            .unwrap_or(usize::MAX);
        assert_eq!(
            claim_features(&[&support, &off], &unions)[contradiction],
            0.0
        );
        assert_eq!(claim_features(&[&off], &unions)[contradiction], 1.0);
    }

    #[test]
    fn calibration_error_of_perfect_predictions_is_zero() {
        let preds = vec![(vec![1.0, 0.0, 0.0], 0), (vec![0.0, 1.0, 0.0], 1)];
        assert!(expected_calibration_error(&preds, 10) < 1e-6);
    }
}
