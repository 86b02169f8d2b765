use super::*;

fn j(claim: &str, passage: &str) -> Judgement {
    judge(
        &Analysis::new(claim, None),
        &Analysis::new(passage, None),
        &[],
    )
}

fn kinds(j: &Judgement) -> Vec<FindingKind> {
    j.contradicting().map(|f| f.kind).collect()
}

#[test]
fn paraphrase_supports() {
    let x = j(
        "The union sent 300 workers to the plant.",
        "The union has dispatched about 300 workers to the plant, officials said.",
    );
    assert!(x.coverage >= 0.6, "{x:?}");
    assert!(kinds(&x).is_empty());
}

#[test]
fn agent_nouns_are_not_their_verbs_and_destinations_are_places() {
    let x = j(
        "Russia supplied North Korea with fighter jets.",
        "Russia supplied North Korea with missiles for its troops to fight in Ukraine.",
    );
    assert!(
        x.uncovered.iter().any(|w| w == "fighter"),
        "{:?}",
        x.uncovered
    );
    let y = j(
        "Kim met Kozlov in Moscow.",
        "Kim met Kozlov, who led a delegation to Pyongyang.",
    );
    assert!(
        kinds(&y).contains(&FindingKind::LocationMismatch),
        "{:?}",
        y.findings
    );
}

#[test]
fn a_copula_complement_is_the_claim_predicate_and_names_have_no_opposites() {
    let x = j(
        "The peninsula has never been calmer.",
        "The peninsula has never faced such risks.",
    );
    assert!(x.uncovered_verbs > 0, "{x:?}");
    assert_ne!(x.rule_stance(), Stance::Supports);
    // A negation in a concession beside the claim leaves the polarity alone; one in the
    // claim's own words does not.
    let conceded = j(
        "Harbor expects to cut costs.",
        "Harbor expects to cut costs, though it did not say how many jobs would go.",
    );
    assert!(!conceded.polarity_differs, "{conceded:?}");
    let denied = j(
        "Harbor expects to cut costs.",
        "Harbor grew, but it does not expect to cut costs.",
    );
    assert!(denied.polarity_differs, "{denied:?}");
    // "safer" against "risks" is a curated opposite.
    let x = j(
        "The peninsula has never been safer.",
        "The peninsula has never faced such risks.",
    );
    assert_eq!(kinds(&x), vec![FindingKind::Antonym]);
    let y = j(
        "The next launch failed.",
        "The launch failed, the Open Source Center said.",
    );
    assert!(
        !kinds(&y).contains(&FindingKind::Antonym),
        "{:?}",
        y.findings
    );
}

#[test]
fn one_movement_has_one_destination() {
    let x = j(
        "Kozlov led a government delegation to Moscow.",
        "Kim met Kozlov, who led a government delegation to Pyongyang.",
    );
    assert!(
        kinds(&x).contains(&FindingKind::LocationMismatch),
        "{:?}",
        x.findings
    );
    // Different movements may well go to different places.
    let y = j(
        "Kozlov led a government delegation to Moscow.",
        "Kozlov sent a letter to Pyongyang.",
    );
    assert!(!kinds(&y).contains(&FindingKind::LocationMismatch));
}

#[test]
fn a_name_only_in_the_reporting_frame_covers_only_claims_about_saying() {
    let text = "It has sent 20,000 containers of weapons to Russia, South Korean officials said.";
    let view = PassageView::new(text, None, &[], &[], &["South Korean officials"]);
    let judge = |claim: &str| {
        let c = Analysis::new(claim, None);
        judge_view(&c, &claim_concepts(&c), &view)
    };
    let party = judge("Russia sent weapons to South Korea.");
    assert!(party.coverage < 0.85, "{party:?}");
    let voice = judge("South Korean officials said weapons were sent to Russia.");
    assert!(voice.coverage >= 0.85, "{voice:?}");
    // What someone expects is what they said.
    let text = "Gusts of up to 50 miles per hour are expected to continue through \
                Wednesday, the National Weather Service said.";
    let view = PassageView::new(text, None, &[], &[], &["National Weather Service"]);
    let c = Analysis::new(
        "The National Weather Service expects gusts of up to 50 miles per hour.",
        None,
    );
    let expects = judge_view(&c, &claim_concepts(&c), &view);
    assert_eq!(expects.coverage, 1.0, "{expects:?}");
}

#[test]
fn a_distant_recipient_still_swaps_roles() {
    let x = j(
        "North Korea supplied Russia with missiles.",
        "Russia has provided related equipment and anti-air missiles to shore up the poor \
         air defense for North Korea.",
    );
    assert!(
        kinds(&x).contains(&FindingKind::RoleSwap),
        "{:?}",
        x.findings
    );
    let same = j(
        "Russia supplied North Korea with missiles.",
        "Russia has provided related equipment and anti-air missiles to shore up the poor \
         air defense for North Korea.",
    );
    assert!(!kinds(&same).contains(&FindingKind::RoleSwap));
}

#[test]
fn another_agent_is_named_but_does_not_contradict() {
    let x = j(
        "China supplied North Korea with missiles.",
        "Russia supplied North Korea with missiles, officials said.",
    );
    let f = x
        .findings
        .iter()
        .find(|f| f.kind == FindingKind::EntityMismatch)
        .expect("the other agent is named");
    assert!(!f.contradicts);
    assert!(f.detail.contains("Russia"), "{}", f.detail);
    // The same agent, or the claim's agent anywhere in the passage: nothing to say.
    let same = j(
        "Russia supplied North Korea with missiles.",
        "Russia supplied North Korea with missiles.",
    );
    assert!(same
        .findings
        .iter()
        .all(|f| f.kind != FindingKind::EntityMismatch));
    // Another recipient, though the claim's is named elsewhere in the passage.
    let other = j(
        "Russia supplied South Korea with anti-aircraft missiles.",
        "Russia has supplied North Korea with antiaircraft missiles, South Korea's national \
         security adviser said.",
    );
    assert!(other.names_another(), "{:?}", other.findings);
    assert_ne!(other.rule_stance(), Stance::Supports);
}

#[test]
fn numbers_negation_and_antonyms() {
    assert_eq!(
        kinds(&j(
            "The firm hired 50,000 staff.",
            "The firm hired about 11,000 staff."
        )),
        vec![FindingKind::NumberMismatch]
    );
    assert_eq!(
        kinds(&j(
            "The council did not approve the budget.",
            "The council approved the budget on Monday."
        )),
        vec![FindingKind::Negation]
    );
    assert!(kinds(&j(
        "The launch of the probe succeeded.",
        "The launch of the probe failed."
    ))
    .contains(&FindingKind::Antonym));
}

/// Each case: a claim, a passage, and the contradiction expected (`None`: none at all).
fn expect_findings(cases: &[(&str, &str, Option<FindingKind>)]) {
    for (claim, passage, want) in cases {
        let got = kinds(&j(claim, passage));
        match want {
            Some(k) => assert!(got.contains(k), "{claim} / {passage}: {got:?}"),
            None => assert!(got.is_empty(), "{claim} / {passage}: {got:?}"),
        }
    }
}

#[test]
fn implicit_negations_shares_and_figures_about_other_things() {
    use FindingKind::{Negation, NumberMismatch, OrdinalMismatch};
    expect_findings(&[
        // "failed to" negates what follows; "did not" and "failed to" agree.
        (
            "The firm did not warn doctors about the risk.",
            "The firm failed to warn doctors about the risk.",
            None,
        ),
        // A rejected claim is negated.
        (
            "The company hid evidence from regulators.",
            "Jurors rejected claims that the company hid evidence from regulators.",
            Some(Negation),
        ),
        // "More than half" is a share.
        (
            "The drug accounted for more than half of the firm's revenue.",
            "The drug accounted for less than 5 percent of the firm's revenue.",
            Some(NumberMismatch),
        ),
        // A figure about something else does not contradict.
        (
            "The trial lasted six weeks.",
            "An internal study presented at trial found that patients took the drug for \
             more than 90 days.",
            None,
        ),
        // "the first of more than 30 lawsuits" ranks the lawsuit.
        (
            "This was the third lawsuit over the drug to reach a jury.",
            "The verdict came after a six-week trial, the first of more than 30 lawsuits \
             over the drug to reach a jury.",
            Some(OrdinalMismatch),
        ),
    ]);
}

#[test]
fn votes_comparisons_opposites_in_context_and_bare_figures() {
    use FindingKind::Antonym;
    let cases: &[(&str, &str, Option<FindingKind>)] = &[
        (
            "The Socialist Party voted against the bill.",
            "The bill passed, with the Socialist Party voting in favor.",
            Some(Antonym),
        ),
        // An opposite in a passage about another act of other people is no contradiction.
        (
            "The president has said he will veto the bill.",
            "Lawmakers on Thursday approved a bill that caps rents at 2 percent.",
            None,
        ),
        // The same comparison the other way, against the same baseline or of the same word.
        (
            "The carmaker sold more vehicles in the quarter than a year earlier.",
            "The carmaker sold 152,000 vehicles in the quarter, 9 percent fewer than a year \
             earlier.",
            Some(Antonym),
        ),
        (
            "Children outdoors were 40 percent more likely to become nearsighted.",
            "Children outdoors were 40 percent less likely to become nearsighted.",
            Some(Antonym),
        ),
        // A figure's qualifier is no comparison.
        (
            "The carmaker sold more than 100,000 vehicles.",
            "The carmaker sold 152,000 vehicles, fewer than a year earlier.",
            None,
        ),
        // What a claim says someone is, against the name the passage gives them.
        (
            "Vasquez is a Republican.",
            "Ms. Vasquez, a Democrat, campaigned on her record.",
            Some(FindingKind::EntityMismatch),
        ),
        (
            "Vasquez is a Democrat.",
            "Ms. Vasquez, a Democrat, campaigned on her record.",
            None,
        ),
        // A figure belongs to the verb before it.
        (
            "More than 400 people were injured in the quake.",
            "The quake killed at least 37 people and injured more than 400.",
            None,
        ),
        (
            "The quake killed more than 100 people.",
            "The quake killed at least 37 people and injured more than 400.",
            Some(FindingKind::NumberMismatch),
        ),
        // A bare figure is compared with bare figures, not with "2 percent" or a date's day.
        (
            "The bill was approved by 121 votes to 98.",
            "Lawmakers approved a bill that caps rents at 2 percent from January 1.",
            None,
        ),
    ];
    expect_findings(cases);
}

#[test]
fn swapped_roles_contradict() {
    let x = j(
        "Brazil exported beef to China.",
        "China exported beef to Brazil last year.",
    );
    assert_eq!(kinds(&x), vec![FindingKind::RoleSwap]);
    let y = j(
        "China exported beef to Brazil.",
        "China exported beef to Brazil last year.",
    );
    assert!(kinds(&y).is_empty());
}

#[test]
fn place_and_ordinal_mismatches() {
    assert!(kinds(&j(
        "The accord was signed in Paris.",
        "The accord was signed in Geneva in May."
    ))
    .contains(&FindingKind::LocationMismatch));
    assert!(kinds(&j(
        "It was the team's third title.",
        "It was the team's first title."
    ))
    .contains(&FindingKind::OrdinalMismatch));
}

#[test]
fn ranks_by_superlative_and_bare_ordinals() {
    use FindingKind::OrdinalMismatch;
    expect_findings(&[
        (
            "Vantel is Norway's largest mobile operator.",
            "Vantel is the country's second-largest mobile operator in Norway.",
            Some(OrdinalMismatch),
        ),
        (
            "Vantel is Norway's second largest mobile operator.",
            "Vantel is Norway's second-largest mobile operator.",
            None,
        ),
        (
            "Lagos is the most populous city in Nigeria.",
            "Lagos is the third most populous city in Nigeria.",
            Some(OrdinalMismatch),
        ),
        (
            "This was the first breach to hit a Nordic telecom company this year.",
            "The breach is the third to hit a Nordic telecom company this year.",
            Some(OrdinalMismatch),
        ),
    ]);
}

#[test]
fn retaliations_parts_restated_figures_and_denials() {
    use FindingKind::{Antonym, DateMismatch, EntityMismatch, Negation, NumberMismatch, RoleSwap};
    let retaliation = "Canada will impose a 25 percent tariff on steel imported from the \
                       United States starting July 1, in retaliation for American duties on \
                       Canadian aluminum.";
    let outbreak = "Officials confirmed 37 new measles cases this week, bringing the total \
                    in the outbreak to 214.";
    let pieces = "Only two of the eight stolen pieces have been recovered.";
    expect_findings(&[
        // A retaliation names the act both ways: the mention nearer the claim's words
        // decides; a figure about another thing ("duty on aluminum") is no mismatch.
        (
            "Canada will impose a 25 percent tariff on U.S. steel.",
            retaliation,
            None,
        ),
        (
            "The United States will impose a 25 percent tariff on Canadian steel.",
            retaliation,
            Some(RoleSwap),
        ),
        (
            "Washington imposed a 10 percent duty on Canadian aluminum.",
            retaliation,
            None,
        ),
        (
            "Canada will impose a 35 percent tariff on U.S. steel.",
            retaliation,
            Some(NumberMismatch),
        ),
        // "All eight" against "two of the eight".
        (
            "All eight stolen pieces have been recovered.",
            pieces,
            Some(NumberMismatch),
        ),
        (
            "Two of the stolen pieces have been recovered.",
            pieces,
            None,
        ),
        // A figure restated bare is the claim's; bare figures of other nouns are other
        // things.
        ("The outbreak has grown to 214 cases.", outbreak, None),
        (
            "The outbreak's cases are mostly among children under 10.",
            "Health officials said the total in the outbreak rose to 214.",
            None,
        ),
        // An adverb between the negation and the verb; evidence denied.
        (
            "The White House responded to a request for comment.",
            "The White House did not immediately respond to a request for comment.",
            Some(Negation),
        ),
        (
            "An internal inquiry found that officials profited from the leak.",
            "An internal inquiry found no evidence that anyone had profited from the leak.",
            Some(Negation),
        ),
        (
            "The leak revealed plans to cut the value-added tax on food.",
            "The leak revealed plans to raise the value-added tax on food.",
            Some(Antonym),
        ),
        // "take place" needs no repeating, so the date beside it is compared.
        (
            "The budget vote will take place on April 2.",
            "The budget vote is scheduled for March 12.",
            Some(DateMismatch),
        ),
        // Units by their initials; a range of years; a month against the passage's month.
        (
            "Kestrel is recalling roughly 34,000 SUVs over a seat-belt sensor.",
            "Kestrel is recalling about 340,000 sport utility vehicles over a seat-belt \
             sensor.",
            Some(NumberMismatch),
        ),
        (
            "The recall covers Kestrel Ridge models built between 2015 and 2018.",
            "The recall covers Kestrel Ridge models built between 2021 and 2024.",
            Some(DateMismatch),
        ),
        (
            "Kestrel recalled 120,000 sedans in May.",
            "It is Kestrel's third recall this year, after it recalled 120,000 sedans in \
             March.",
            Some(DateMismatch),
        ),
        // Another role in apposition.
        (
            "Daniel Ortiz is Kestrel's chief executive.",
            "\"We regret the inconvenience,\" said Daniel Ortiz, Kestrel's head of quality.",
            Some(EntityMismatch),
        ),
        (
            "Daniel Ortiz is Kestrel's head of quality.",
            "\"We regret the inconvenience,\" said Daniel Ortiz, Kestrel's head of quality.",
            None,
        ),
        // The role is the claim's, the body it is held at another.
        (
            "Rocío Marín is a climatologist at the University of Seville.",
            "\"It is getting hotter,\" said Rocío Marín, a climatologist at the University \
             of Granada.",
            Some(EntityMismatch),
        ),
        (
            "Rocío Marín is a climatologist at the University of Granada.",
            "\"It is getting hotter,\" said Rocío Marín, a climatologist at the University \
             of Granada.",
            None,
        ),
        // The role is the claim's, its owner another; an aspect verb leaves the predicate
        // to the verb after it, so the date is compared.
        (
            "Shin Won-shik is North Korea's national security adviser.",
            "\"We understand it,\" South Korea's national security adviser, Shin Won-shik, \
             said on Friday.",
            Some(EntityMismatch),
        ),
        (
            "Shin Won-shik is South Korea's national security adviser.",
            "\"We understand it,\" South Korea's national security adviser, Shin Won-shik, \
             said on Friday.",
            None,
        ),
        (
            "North Korea began sending weapons to Russia in the summer of 2021.",
            "North Korea has sent weapons to Russia since the summer of 2023.",
            Some(DateMismatch),
        ),
        // "fully" is all of it; a verb done again keeps the verb's opposites.
        (
            "The fire was fully contained by Tuesday morning.",
            "The fire was 15 percent contained as of Tuesday morning.",
            Some(NumberMismatch),
        ),
        (
            "Highway 26 has reopened between Carrow Springs and Dunmore.",
            "Highway 26 remains closed between Carrow Springs and Dunmore.",
            Some(Antonym),
        ),
        // One thing holds a first place.
        (
            "The Carrow fire is the largest wildfire in the state's history.",
            "Last year the Redfield fire burned 95,000 acres, making it the largest \
             wildfire in the state's history.",
            Some(EntityMismatch),
        ),
        (
            "The Redfield fire was the largest wildfire in the state's history.",
            "Last year the Redfield fire burned 95,000 acres, making it the largest \
             wildfire in the state's history.",
            None,
        ),
    ]);
}

#[test]
fn context_names_count_toward_a_figure_slot() {
    // "Carrow Springs" is only in the title: the figure is still the claim's slot.
    let view = PassageView::new(
        "More than 1,200 firefighters are battling the fire.",
        None,
        &[],
        &["Wildfire near Carrow Springs forces thousands to flee"],
        &[],
    );
    let claim = Analysis::new(
        "Fewer than 500 firefighters are battling the Carrow Springs fire.",
        None,
    );
    let x = judge_view(&claim, &claim_concepts(&claim), &view);
    assert_eq!(kinds(&x), vec![FindingKind::NumberMismatch]);
}

#[test]
fn wordings_that_cover_the_claim() {
    for (claim, passage) in [
        // A bare figure against one whose unit the claim names just before it.
        (
            "The measure covers goods worth about C$12 billion.",
            "The measure covers about C$12 billion worth of goods.",
        ),
        // A coordinated figure has the first one's verb.
        (
            "The suspects are aged 24 and 31.",
            "The suspects, aged 24 and 31, were detained on Friday.",
        ),
        // "sought" is the claim's predicate here, not a hedge.
        (
            "Police are searching for a third man.",
            "Police said a third man is still being sought.",
        ),
        // That something happened needs no repeating.
        (
            "The break-in happened before dawn on Tuesday.",
            "The break-in came shortly before dawn on Tuesday.",
        ),
        (
            "The leak revealed plans to raise VAT on food.",
            "The leak revealed plans to raise the value-added tax on food.",
        ),
        // A concession beside the claim does not negate it; "a year" after a figure is a
        // rate.
        (
            "Harbor expects to save about $150 million a year in costs.",
            "Harbor expects to save about $150 million in annual costs, though it did not \
             say how many jobs would be lost.",
        ),
        // Troops are deployed as they are sent.
        (
            "North Korea has deployed about 11,000 soldiers to Russia.",
            "North Korea has sent an estimated 11,000 troops to Russia.",
        ),
        // "people" is said of any kind of people.
        (
            "The drug was approved for people with early Alzheimer's.",
            "The drug was approved for patients with early Alzheimer's.",
        ),
    ] {
        let x = j(claim, passage);
        assert!(x.uncovered.is_empty() && !x.hedged, "{claim}: {x:?}");
        assert_eq!(x.rule_stance(), Stance::Supports, "{claim}: {x:?}");
    }
}

#[test]
fn dates_are_read_as_of_the_article() {
    let reference = chrono::NaiveDate::from_ymd_opt(2025, 6, 14);
    let judge_with = |claim: &str, passage: &str, context: &[&str]| {
        let view = PassageView::new(passage, reference, &[], context, &[]);
        let claim = Analysis::new(claim, None);
        judge_view(&claim, &claim_concepts(&claim), &view)
    };
    // "on Friday" dates the announcement, not the start: the calendar dates still differ.
    let x = judge_with(
        "The Canadian tariff on U.S. steel starts on August 1.",
        "Canada will impose a tariff on U.S. steel starting July 1, the minister announced \
         on Friday.",
        &[],
    );
    assert_eq!(kinds(&x), vec![FindingKind::DateMismatch]);
    // "Saturday's defeat" dates the defeat, not the sacking the claim dates.
    let x = judge_with(
        "Hartwell dismissed Dario Conti on Sunday.",
        "Saturday's defeat was Hartwell's heaviest, and fans chanted for Conti to be dismissed.",
        &[],
    );
    assert!(kinds(&x).is_empty(), "{:?}", x.findings);
    let x = judge_with(
        "Hartwell's defeat came on Sunday.",
        "Saturday's defeat was Hartwell's heaviest, and fans chanted for Conti to be dismissed.",
        &[],
    );
    assert_eq!(kinds(&x), vec![FindingKind::DateMismatch]);
    // A claim's relative date is read as of the passage's article.
    let x = judge_with(
        "Lumio was fined 800 million euros in a separate case last year.",
        "Lumio was fined 800 million euros in a separate case two years ago.",
        &[],
    );
    assert_eq!(kinds(&x), vec![FindingKind::DateMismatch]);
    // The article's subject, named in its title, counts toward the rest of the claim.
    let x = judge_with(
        "The investigation into Lumio began in 2019.",
        "The investigation began in 2021 after a complaint from a rival.",
        &["EU fines Lumio over app store rules"],
    );
    assert_eq!(x.rule_stance(), Stance::Contradicts, "{x:?}");
    // A weekday is the article's week (Saturday, June 14: "on Wednesday" is June 11): it
    // gives a claim's date, and rules out a month far from it.
    let approved = "The agency on Wednesday approved the drug for early Alzheimer's.";
    for claim in [
        "The agency approved the drug on June 11, 2025.",
        "The agency approved the drug in June.",
    ] {
        let x = judge_with(claim, approved, &[]);
        assert!(
            x.uncovered.is_empty() && x.coverage == 1.0,
            "{claim}: {x:?}"
        );
        assert_eq!(x.rule_stance(), Stance::Supports, "{claim}: {x:?}");
    }
    let x = judge_with("The agency approved the drug in April.", approved, &[]);
    assert_eq!(kinds(&x), vec![FindingKind::DateMismatch]);
}

#[test]
fn what_may_happen_does_not_support_that_it_did() {
    let passage = "The regulator said it had opened an investigation and could fine \
                   the company up to 4 percent of its annual revenue.";
    let fined = j(
        "The regulator fined the company 4 percent of its revenue.",
        passage,
    );
    assert_ne!(fined.rule_stance(), Stance::Supports, "{fined:?}");
    assert!(fined.uncovered.iter().any(|w| w == "fined"), "{fined:?}");
    for claim in [
        "The company could be fined up to 4 percent of its annual revenue.",
        "The regulator opened an investigation into the company.",
    ] {
        let x = j(claim, passage);
        assert_eq!(x.rule_stance(), Stance::Supports, "{claim}: {x:?}");
    }
}

#[test]
fn unrelated_overlap_is_neutral() {
    let x = j("Japan plans to buy more F-35 fighter jets.", "The United States and its allies in South Korea and Japan run fleets of high-tech war planes, including F-35 stealth fighter jets.");
    assert_ne!(x.rule_stance(), Stance::Supports, "{x:?}");
}

#[test]
fn set_aside_alternatives_agents_after_by_and_the_counted_noun() {
    expect_findings(&[
        // "rather than political" negates "political" as "not political" does.
        (
            "Halvorsen described the swaps as humanitarian rather than political.",
            "\"These swaps are humanitarian, not political,\" said Mira Halvorsen.",
            None,
        ),
        // "fell" is the verb "fall" here, not WordNet's adjective "fell" (cruel) whose
        // opposite is "humane".
        (
            "Lubinets said the negotiations almost fell apart twice.",
            "Dmytro Lubinets, the human rights commissioner, said the negotiations nearly \
             collapsed twice.",
            None,
        ),
        (
            "The Emirati Foreign Ministry said it would end its mediation efforts.",
            "The Emirati Foreign Ministry said it would continue its mediation efforts.",
            Some(FindingKind::Antonym),
        ),
        // The figure counting the claim's noun ("civilians") is its figure, not one counting
        // a word beside it ("Ukrainians").
        (
            "About 16,000 Ukrainian civilians are believed to be held in Russia.",
            "More than 8,000 Ukrainians are believed to be held in Russia, including about \
             1,600 civilians.",
            Some(FindingKind::NumberMismatch),
        ),
        (
            "The prisoner swap was mediated by Turkey.",
            "Russia and Ukraine exchanged 146 prisoners in a swap mediated by the United Arab \
             Emirates.",
            Some(FindingKind::EntityMismatch),
        ),
    ]);
    // The other agent stands in the claim's slot: the claim's name is not missing, so the
    // passage is about the same swap and contradicts it.
    let swap = j(
        "The prisoner swap was mediated by Turkey.",
        "Russia and Ukraine exchanged 146 prisoners in a swap mediated by the United Arab \
         Emirates.",
    );
    assert_eq!(swap.uncovered_entities, 0);
    assert_eq!(swap.rule_stance(), Stance::Contradicts);
    // A demonym names its country: "Emirati" covers "UAE".
    let keep = j(
        "The UAE said it would keep mediating.",
        "The Emirati Foreign Ministry said it would continue its mediation efforts.",
    );
    assert_eq!(keep.uncovered_entities, 0, "{:?}", keep.uncovered);
}

#[test]
fn moved_elsewhere_withheld_figures_and_modifiers_from_context() {
    expect_findings(&[
        // Two movement verbs give the same people two destinations.
        (
            "The returned Russian servicemen were taken to St. Petersburg.",
            "The ministry said the returned Russian servicemen had been flown to Moscow.",
            Some(FindingKind::LocationMismatch),
        ),
        // The speaker the claim quotes with a figure said none.
        (
            "Russia's Defense Ministry said 40 of the returned soldiers were wounded.",
            "Russia's Defense Ministry did not say how many of the returned soldiers were \
             wounded.",
            Some(FindingKind::Negation),
        ),
        // Without a speaker the figure may still be true.
        (
            "40 of the returned soldiers were wounded.",
            "Russia's Defense Ministry did not say how many of the returned soldiers were \
             wounded.",
            None,
        ),
    ]);
    // Another speaker's silence, or another figure withheld, is no contradiction.
    for (claim, passage) in [
        (
            "Ukraine says more than 8,000 Ukrainians are still held in Russia.",
            "Moscow has not published a figure for the number of Russian soldiers held by \
             Ukraine.",
        ),
        (
            "Harbor expects to save about $150 million a year in costs.",
            "Harbor expects to cut about $150 million in annual costs, though it did not say \
             how many jobs would be lost.",
        ),
    ] {
        let got = j(claim, passage);
        assert!(
            !got.findings.iter().any(|f| f.kind == FindingKind::Negation),
            "{claim} / {passage}: {:?}",
            got.findings
        );
    }
    // "prisoner" modifies "exchange", which the passage covers: the title supplies it.
    let claim = Analysis::new("It was the biggest prisoner exchange since June.", None);
    let passage = Analysis::new("It was the largest exchange since June.", None);
    let title = "Russia and Ukraine swap 146 prisoners each";
    let with = judge_in_context(&claim, &passage, &[], &[title]);
    let without = judge(&claim, &passage, &[]);
    assert!(with.coverage > without.coverage);
    assert!(with.uncovered.is_empty(), "{:?}", with.uncovered);
}

#[test]
fn subjects_of_figures_copulas_and_stemmer_variants() {
    expect_findings(&[
        // Another figure about another subject: the captain is not the runway.
        (
            "The captain had more than 10,000 flying hours.",
            "The runway was closed for nine hours, and 47 flights were diverted.",
            None,
        ),
        // "it" is the sentence's company, and the figure withheld counts the claim's jobs.
        (
            "Harbor said the merger will eliminate 2,000 jobs.",
            "Harbor expects to cut costs after the merger, though it did not say how many jobs \\
             would be lost.",
            Some(FindingKind::Negation),
        ),
        // "injuries" negated is the claim's "injured", whatever the stemmer makes of each.
        (
            "Several people were injured in the Funchal incident in March.",
            "A smaller plane overran a runway in Funchal in March without injuries.",
            Some(FindingKind::Negation),
        ),
        // A part counts what its whole counts: five of the injured are not three injured
        // people.
        (
            "Three injured people were hospitalized with fractures.",
            "Five of the injured were taken to hospital with fractures.",
            Some(FindingKind::NumberMismatch),
        ),
    ]);
    // "stayed closed" says "was closed"; a plane is an aircraft.
    for (claim, passage) in [
        (
            "The runway stayed closed for nine hours.",
            "The runway was closed for nine hours.",
        ),
        (
            "The aircraft came to a stop in a grassy area.",
            "The plane came to a stop in a grassy area.",
        ),
    ] {
        let got = j(claim, passage);
        assert!(
            got.uncovered.is_empty() && got.coverage > 0.95,
            "{claim} / {passage}: {} {:?}",
            got.coverage,
            got.uncovered
        );
    }
}

#[test]
fn phrasal_verbs_meet_their_single_words() {
    for (claim, passage) in [
        // WordNet's phrasal verbs: "called off" is "cancelled".
        (
            "Several outdoor concerts in Seville were called off.",
            "Several outdoor concerts in Seville were cancelled.",
        ),
        (
            "Several outdoor concerts in Seville were cancelled.",
            "Several outdoor concerts in Seville were called off.",
        ),
    ] {
        let got = j(claim, passage);
        assert!(
            got.uncovered.is_empty(),
            "{claim} / {passage}: {:?}",
            got.uncovered
        );
    }
}

#[test]
fn a_capitalised_first_word_is_covered_as_its_word_is() {
    // "Kindergarten" opens the claim, so it reads as a name; the passage covers it as a word
    // ("kindergartners"), and a frame ("according to state data") does not make it the
    // frame's name.
    let claim = Analysis::new(
        "Kindergarten vaccination rates in the county rose to 96 percent last year.",
        None,
    );
    let text = "Vaccination rates among kindergartners in the county fell from 94 percent in 2019 \
                to 86 percent last year, according to state data.";
    let view = PassageView::new(text, None, &[], &[], &["according to state data"]);
    let got = judge_view(&claim, &claim_concepts(&claim), &view);
    assert_eq!(got.uncovered_entities, 0, "{got:?}");
    assert_eq!(got.rule_stance(), Stance::Contradicts);
}

#[test]
fn changes_levels_other_countries_and_rough_figures() {
    expect_findings(&[
        // A cut "by" a figure is no level ("pump about 41 million barrels a day").
        (
            "OPEC+ agreed to reduce oil output by 1.2 million barrels per day.",
            "OPEC+ has reduced its targets several times, and its members now pump about 41 \
             million barrels a day.",
            None,
        ),
        (
            "OPEC+ agreed to reduce oil output by 1.2 million barrels per day.",
            "OPEC+ agreed to cut oil output by 2 million barrels a day.",
            Some(FindingKind::NumberMismatch),
        ),
        // "about 60" and "roughly 40" are two figures, not one seen loosely.
        (
            "OPEC+ members produce about 60 percent of the world's oil.",
            "OPEC+ members pump roughly 40 percent of the world's oil.",
            Some(FindingKind::NumberMismatch),
        ),
    ]);
    // The sentence before names Saudi Arabia, but this one is about other countries.
    let claim = Analysis::new("Saudi Arabia will make the biggest cut.", None);
    let passage = Analysis::new(
        "Russia agreed to cut 300,000 barrels a day, while Iraq and the United Arab Emirates \
         will make smaller reductions.",
        None,
    );
    let before = "Saudi Arabia will shoulder the largest share of the reduction.";
    let got = judge_in_context(&claim, &passage, &[], &[before]);
    assert!(got.contradicting().next().is_none(), "{:?}", got.findings);
    // "will next meet" is what the date says.
    let next = j(
        "OPEC+ will next meet on April 2.",
        "OPEC+ will meet again on March 2.",
    );
    assert!(
        kinds(&next).contains(&FindingKind::DateMismatch),
        "{next:?}"
    );
}

#[test]
fn another_field_of_a_role_negated_opposites_and_nobody() {
    expect_findings(&[
        (
            "Tomas Berg is the Greens' finance spokesman.",
            "Tomas Berg, the Greens' transport spokesman, called the increase a tax.",
            Some(FindingKind::EntityMismatch),
        ),
        // "No one" negates the verb after it.
        (
            "No one is missing after the earthquake.",
            "Rescue teams were searching for at least 12 people missing after the earthquake.",
            Some(FindingKind::Negation),
        ),
    ]);
    let same = j(
        "Tomas Berg is the Greens' transport spokesman.",
        "Tomas Berg, the Greens' transport spokesman, called the increase a tax.",
    );
    assert!(same.findings.is_empty(), "{:?}", same.findings);
    // Not changing is staying: the negated opposite agrees.
    let unchanged = j(
        "Fares for students will not change.",
        "Fares for students will stay unchanged.",
    );
    assert!(unchanged.is_clean(), "{:?}", unchanged.findings);
    assert!(unchanged.uncovered.is_empty(), "{:?}", unchanged.uncovered);
    let changed = j(
        "Fares for students will change.",
        "Fares for students will stay unchanged.",
    );
    assert!(
        kinds(&changed).contains(&FindingKind::Antonym),
        "{changed:?}"
    );
}

#[test]
fn others_after_a_figure_the_office_a_title_holds_and_far_figures() {
    // "11 others were missing" is the claim's count, not "At least 23 people were killed".
    let missing = j(
        "Eleven people were missing on Tuesday morning.",
        "At least 23 people were killed and 11 others were missing as of Tuesday morning.",
    );
    assert!(missing.is_clean(), "{:?}", missing.findings);
    expect_findings(&[
        (
            "Thirty people were missing on Tuesday morning.",
            "At least 23 people were killed and 11 others were missing as of Tuesday morning.",
            Some(FindingKind::NumberMismatch),
        ),
        // The title before the name, the body after it.
        (
            "Rosa Dimaculangan is the governor of Leyte.",
            "\"That saved many lives,\" said Governor Rosa Dimaculangan of Samar.",
            Some(FindingKind::EntityMismatch),
        ),
        // A place after its kind: "the province of Samar".
        (
            "The typhoon made landfall in Luzon.",
            "The typhoon made landfall in the eastern province of Samar.",
            Some(FindingKind::LocationMismatch),
        ),
        // Two measures of wind at two moments share only their unit.
        (
            "Wind gusts reached up to 70 kilometers per hour when the plane landed.",
            "The typhoon made landfall packing sustained winds of 185 kilometers per hour.",
            None,
        ),
    ]);
    let same = j(
        "Rosa Dimaculangan is the governor of Samar.",
        "\"That saved many lives,\" said Governor Rosa Dimaculangan of Samar.",
    );
    assert!(same.is_clean(), "{:?}", same.findings);
}

#[test]
fn restated_figures_clauses_apart_and_a_place_before_its_kind() {
    // The same figure for a kind of the claim's people, after the claim's noun, or as the part
    // "of them": no mismatch with the passage's other figures.
    for claim in [
        "Rescuers saved 19 people, four of them children.",
        "Seven bodies were recovered.",
    ] {
        let x = j(
            claim,
            "Rescuers pulled 19 survivors from the water, including four children, and \
             recovered the bodies of seven people.",
        );
        assert!(x.is_clean(), "{claim}: {:?}", x.findings);
        // ("saved" is not "pulled"; the figures are covered.)
        assert!(
            x.uncovered.iter().all(|w| w == "saved"),
            "{claim}: {:?}",
            x.uncovered
        );
    }
    expect_findings(&[
        (
            "Rescuers recovered 19 bodies.",
            "Rescuers pulled 19 survivors from the water and recovered the bodies of seven \
             people.",
            Some(FindingKind::NumberMismatch),
        ),
        // Names past a semicolon are another clause's: no swapped roles.
        (
            "The IOM has recorded more than 1,200 deaths in the central Mediterranean.",
            "The central Mediterranean is the deadliest known migration route; the IOM has \
             recorded more than 1,200 deaths there.",
            None,
        ),
        // A title before the name, with another field.
        (
            "Paula Riquelme is Chile's finance minister.",
            "Energy Minister Paula Riquelme said the government would investigate.",
            Some(FindingKind::EntityMismatch),
        ),
        (
            "Paula Riquelme is Chile's energy minister.",
            "Chilean Energy Minister Paula Riquelme said the government would investigate.",
            None,
        ),
        (
            "The blackout started when a line near Santiago failed.",
            "The blackout began when a line near the city of Temuco failed.",
            Some(FindingKind::LocationMismatch),
        ),
        // The claim's verb acting on something else, its opposite on the claim's object.
        (
            "ABARES raised its barley forecast.",
            "ABARES lowered its forecast for barley by 12 percent, but raised its estimate for \
             canola slightly.",
            Some(FindingKind::Antonym),
        ),
        (
            "ABARES raised its canola estimate.",
            "ABARES lowered its forecast for barley by 12 percent, but raised its estimate for \
             canola slightly.",
            None,
        ),
        // Elided objects decide nothing: "have lost the last five".
        (
            "Hartwell have lost their last five league games.",
            "Hartwell have won only three of their 15 league games this season and have lost \
             the last five.",
            None,
        ),
        // A vote is one figure of both sides; a passive's agent after an adjunct and an
        // article.
        (
            "The Supreme Court ruled 5-4 against the law.",
            "The Supreme Court struck down the law, ruling 6-3 that it violated the Charter.",
            Some(FindingKind::NumberMismatch),
        ),
        (
            "The law was passed by a Liberal government.",
            "The law was passed in 2019 by the previous Conservative government.",
            Some(FindingKind::EntityMismatch),
        ),
        // "No. 1" negates nothing; a claim figure without a verb of its own is not bound by
        // the passage's verb ("win three in a row").
        (
            "Lindqvist had won the title in each of the past two years.",
            "Lindqvist, the world No. 1, had won the title in each of the past two years and was \
             trying to win three in a row.",
            None,
        ),
        // A duration in two units is one figure.
        (
            "The final lasted two hours and 51 minutes.",
            "The match lasted two hours and 51 minutes, the longest final since 2012.",
            None,
        ),
        (
            "The final lasted three hours.",
            "The match lasted two hours and 51 minutes, the longest final since 2012.",
            Some(FindingKind::NumberMismatch),
        ),
        // A rank in digits is a rank.
        (
            "Hartwell are 12th in the Premier Division.",
            "The defeat left Hartwell 17th in the Premier Division.",
            Some(FindingKind::OrdinalMismatch),
        ),
        // "had spent" does not "receive": an auxiliary is no synonym.
        (
            "Conti will receive compensation of 5 million pounds.",
            "Conti had spent about 40 million pounds on new players.",
            None,
        ),
        // An age between commas is no unit of the word after it.
        (
            "Voicu admitted the charges.",
            "Voicu, 61, denied the charges throughout the 14-month trial.",
            Some(FindingKind::Antonym),
        ),
        (
            "The boat had left from the Tunisian port of Sfax.",
            "The boat had left the Libyan port of Zuwara on Monday night.",
            Some(FindingKind::LocationMismatch),
        ),
    ]);
}

#[test]
fn measures_ends_of_a_change_relative_clauses_and_anaphoric_opposites() {
    const FUEL: &str = "The fall was driven mainly by cheaper fuel, which cost 8.4 percent less \
                        than a year earlier, and by slower growth in food prices.";
    expect_findings(&[
        // A share in percent is no count of the years after it.
        (
            "Food prices rose 2.7 percent from a year earlier.",
            "Food prices rose 2.7 percent year on year, down from 4.9 percent the month before.",
            None,
        ),
        // The claim's end of a change against the passage's same end.
        (
            "Core inflation accelerated to 4.8 percent.",
            "Core inflation eased only slightly, to 4.6 percent from 4.8 percent.",
            Some(FindingKind::NumberMismatch),
        ),
        (
            "Core inflation fell from 4.8 percent.",
            "Core inflation eased only slightly, to 4.6 percent from 4.8 percent.",
            None,
        ),
        // A figure in a relative clause measures its antecedent; "The fall" points back.
        ("Food price growth was 4.9 percent.", FUEL, None),
        ("Food prices rose.", FUEL, None),
        // A British spelling has its American spelling's opposites.
        (
            "Jan Nowak criticised the data.",
            "Prime Minister Jan Nowak welcomed the data.",
            Some(FindingKind::Antonym),
        ),
    ]);
}

#[test]
fn a_negated_phrase_negates_its_purpose_and_spans_of_time() {
    expect_findings(&[
        (
            "Farahani collected the award in person.",
            "Farahani, 48, was not in Cannes to collect the award because his passport was taken.",
            Some(FindingKind::Negation),
        ),
        (
            "The film was shot over 60 days.",
            "The film was shot in secret over 41 days.",
            Some(FindingKind::NumberMismatch),
        ),
    ]);
}

#[test]
fn times_of_day_ranks_by_time_baselines_and_changes_of_other_things() {
    use FindingKind::{Antonym, Negation, NumberMismatch, OrdinalMismatch};
    const ICELAND: &str = "Iceland has about 30 active volcanic systems, more than any other \
                           country in Europe.";
    expect_findings(&[
        // "10:17 p.m." is a time, not the figure 10.
        (
            "The fissure is about 10 kilometers long.",
            "The eruption began at 10:17 p.m. along a fissure about 3 kilometers long.",
            Some(NumberMismatch),
        ),
        // "for the fourth time" ranks the eruption.
        (
            "This is the second eruption since December.",
            "The volcano erupted late on Tuesday for the fourth time since December.",
            Some(OrdinalMismatch),
        ),
        // The baselines after "than" share a word.
        (
            "Iceland has fewer active volcanic systems than any other European country.",
            ICELAND,
            Some(Antonym),
        ),
        // "had not seen an eruption" denies the eruption.
        (
            "The peninsula had not erupted for about 800 years.",
            "The peninsula had not seen an eruption for about 800 years.",
            None,
        ),
        (
            "The peninsula erupted often over the past 800 years.",
            "The peninsula had not seen an eruption for about 800 years.",
            Some(Negation),
        ),
        // "a tripling of fines" is no opposite of "the fall" of something else; "south of
        // the city" is still a place's opposite.
        (
            "Menezes credited tougher enforcement for the fall.",
            "Menezes credited stepped-up enforcement, including a tripling of fines.",
            None,
        ),
        (
            "The earthquake struck north of Huancayo.",
            "The quake hit about 40 kilometers south of the city of Huancayo.",
            Some(Antonym),
        ),
    ]);
}

#[test]
fn another_instance_and_another_cause() {
    use FindingKind::{LocationMismatch, NumberMismatch};
    const AMAZON: &str = "Deforestation in Brazil's Amazon rainforest fell 31 percent.";
    expect_findings(&[
        (
            "Deforestation in Colombia's Amazon fell.",
            AMAZON,
            Some(LocationMismatch),
        ),
        // "also" tells of another instance, whose place the passage does not fix.
        (
            "Deforestation in Colombia's Amazon also fell.",
            AMAZON,
            None,
        ),
        // A figure caused by something the passage does not name is another event's.
        (
            "Two people were injured by the eruption.",
            "A magnitude 6.8 earthquake struck central Peru, killing at least 37 people and \
             injuring more than 400.",
            None,
        ),
        (
            "Two people were injured by the earthquake.",
            "A magnitude 6.8 earthquake struck central Peru, killing at least 37 people and \
             injuring more than 400.",
            Some(NumberMismatch),
        ),
    ]);
}

#[test]
fn definite_descriptions_ages_in_apposition_and_before_or_after() {
    let described = judge_in_context(
        &Analysis::new("The temple is about 400 meters long.", None),
        &Analysis::new(
            "The mud-brick structure, about 40 meters long, was found beneath a field.",
            None,
        ),
        &[],
        &["Archaeologists have uncovered a 3,000-year-old temple."],
    );
    assert!(
        kinds(&described).contains(&FindingKind::NumberMismatch),
        "{:?}",
        described.findings
    );
    let age = j(
        "Alva is 74 years old.",
        "Alva, 74, became famous in 1987 for discovering a tomb.",
    );
    assert!(age.uncovered.is_empty(), "{:?}", age.uncovered);
    expect_findings(&[
        (
            "The temple was built after the rise of the Moche culture.",
            "Tests dated the temple to 1050 B.C., before the rise of the Moche culture.",
            Some(FindingKind::Antonym),
        ),
        (
            "The temple was built before the rise of the Moche culture.",
            "Tests dated the temple to 1050 B.C., before the rise of the Moche culture.",
            None,
        ),
    ]);
}

#[test]
fn modifiers_of_other_things_other_times_comparatives_and_titles() {
    use FindingKind::{Antonym, DateMismatch, EntityMismatch, NumberMismatch};
    const QUOTE: &str = "\"This is a good day for millions of people who work hard and earn \
                         little,\" Bas told reporters.";
    const WAGE: &str = "Germany's minimum wage will rise to 14.60 euros an hour by 2029.";
    expect_findings(&[
        // "low earners" is said of something "work hard" is not; "lowest" (as "worst") lends
        // "low" no opposite "good".
        (
            "Bas called it a good day for millions of low earners.",
            QUOTE,
            None,
        ),
        (
            "The thieves broke in through the front door.",
            "The thieves broke in through a rear window.",
            Some(Antonym),
        ),
        // Another figure at another time.
        (
            "The minimum wage will rise to 13.90 euros in 2028.",
            WAGE,
            None,
        ),
        (
            "The minimum wage will rise to 13.90 euros by 2029.",
            WAGE,
            Some(NumberMismatch),
        ),
        (
            "The minimum wage will rise to 14.60 euros by 2028.",
            WAGE,
            Some(DateMismatch),
        ),
        // A comparative against its opposite, before the same baseline.
        (
            "Germany's minimum wage is higher than that of the Netherlands.",
            "Germany's minimum wage is lower than that of the Netherlands but higher than in \
             France.",
            Some(Antonym),
        ),
        // A title before the name.
        (
            "Friedrich Merz is Germany's president.",
            "Chancellor Friedrich Merz had promised that the wage would rise.",
            Some(EntityMismatch),
        ),
        (
            "The commission was split over its recommendation.",
            "The commission reached its recommendation unanimously.",
            Some(Antonym),
        ),
    ]);
}

#[test]
fn another_subject_of_the_same_act() {
    // The act's own subject is another name; the claim's is in the passage in another role,
    // after the act, or not at all.
    for (claim, passage) in [
        (
            "Max Verstappen won the Brazilian Grand Prix.",
            "Lando Norris won the Brazilian Grand Prix, finishing 4.2 seconds ahead of Max \
             Verstappen.",
        ),
        (
            "Red Bull leads the constructors' championship.",
            "McLaren now leads the constructors' championship by 42 points over Red Bull.",
        ),
        (
            "Verstappen finished third.",
            "Charles Leclerc of Ferrari finished third.",
        ),
    ] {
        let x = j(claim, passage);
        assert!(x.names_another(), "{claim}: {:?}", x.findings);
    }
    let same = j(
        "Lando Norris won the Brazilian Grand Prix.",
        "Lando Norris won the Brazilian Grand Prix, finishing ahead of Max Verstappen.",
    );
    assert!(!same.names_another(), "{:?}", same.findings);
}

#[test]
fn another_name_in_an_act_only_one_can_do_contradicts() {
    expect_findings(&[
        (
            "Max Verstappen won the Brazilian Grand Prix.",
            "Lando Norris won the Brazilian Grand Prix, finishing 4.2 seconds ahead of Max \
             Verstappen.",
            Some(FindingKind::EntityMismatch),
        ),
        (
            "Red Bull leads the constructors' championship.",
            "McLaren now leads the constructors' championship by 42 points over Red Bull.",
            Some(FindingKind::EntityMismatch),
        ),
    ]);
    // Anyone may attend: another name explains, it does not contradict.
    let x = j(
        "Maria Lopez attended the summit.",
        "Carlos Ruiz attended the summit.",
    );
    assert!(kinds(&x).is_empty(), "{:?}", x.findings);
}

#[test]
fn standings_after_a_verb_and_opposites_that_rank_something_else() {
    const RACE: &str = "Verstappen, who started 12th after a grid penalty, climbed through the \
                        field to take second place.";
    expect_findings(&[
        ("Verstappen started the race in 12th place.", RACE, None),
        (
            "Verstappen started the race in 10th place.",
            RACE,
            Some(FindingKind::OrdinalMismatch),
        ),
        // "started" ranks 12th; the claim's second is the passage's too.
        ("Verstappen finished second.", RACE, None),
    ]);
}

#[test]
fn routes_the_other_way_round_and_destinations_of_other_acts() {
    const TRAIN: &str = "The train, carrying about 180 passengers from Budapest to Vienna, left \
                         the tracks.";
    expect_findings(&[
        (
            "The train was travelling from Vienna to Budapest.",
            TRAIN,
            Some(FindingKind::RoleSwap),
        ),
        (
            "The train was travelling from Budapest to Vienna.",
            TRAIN,
            None,
        ),
        (
            "Viktor Orbán travelled to Brussels on Friday.",
            "Viktor Orbán cancelled a planned trip to Brussels and travelled to Sopron on \
             Friday morning.",
            Some(FindingKind::LocationMismatch),
        ),
        (
            "Viktor Orbán travelled to Sopron on Friday.",
            "Viktor Orbán cancelled a planned trip to Brussels and travelled to Sopron on \
             Friday morning.",
            None,
        ),
    ]);
}

#[test]
fn a_participle_after_its_noun_is_a_passive() {
    // "\"Winter Light,\" recorded in ... Copenhagen" is what "was recorded in Copenhagen" says.
    let x = j(
        "Winter Light was recorded in Copenhagen in one day.",
        "\"Winter Light,\" recorded in a single day in Copenhagen, sold more than 400,000 copies.",
    );
    assert!(
        !kinds(&x).contains(&FindingKind::RoleSwap),
        "{:?}",
        x.findings
    );
}

#[test]
fn the_opposite_aspect_of_the_same_act_contradicts() {
    let claim = "Lindgren stopped teaching at the college in 2019.";
    let x = j(
        claim,
        "Lindgren stopped performing in 2019, but she continued to teach at the college until 2025.",
    );
    assert_eq!(kinds(&x), vec![FindingKind::Antonym], "{:?}", x.findings);
    // The same aspect of the act agrees, and a negated one is the negation's to judge.
    let same = j(claim, "Lindgren stopped teaching at the college in 2019.");
    assert!(kinds(&same).is_empty(), "{:?}", same.findings);
    let other = j(
        claim,
        "Lindgren stopped performing in 2019 and continued to record at the college.",
    );
    assert!(
        !kinds(&other).contains(&FindingKind::Antonym),
        "{:?}",
        other.findings
    );
}

#[test]
fn a_name_given_by_naming_verb_needs_only_the_name() {
    let x = j(
        "Lindgren's son is named Erik.",
        "Her death was confirmed by her son, Erik Lindgren.",
    );
    assert!(x.uncovered.is_empty(), "{:?}", x.uncovered);
}

#[test]
fn a_time_clause_may_be_the_sentence_befores() {
    let claim = Analysis::new("Lindgren was 81 when she died.", None);
    let passage = Analysis::new("She was 81.", None);
    let before = "Marta Lindgren, the Swedish jazz pianist, died on Sunday at her home.";
    let with = judge_in_context(&claim, &passage, &[], &[before]);
    assert!(with.uncovered.is_empty(), "{:?}", with.uncovered);
    // Only the time clause: what the claim says of her is the passage's to cover.
    let said = Analysis::new("Lindgren was 81 when she retired.", None);
    let without = judge_in_context(&said, &passage, &[], &[before]);
    assert!(!without.uncovered.is_empty());
}

#[test]
fn a_judgement_in_a_claim_must_be_covered() {
    let x = j(
        "The Canadian Civil Liberties Association criticised the ruling.",
        "The Canadian Civil Liberties Association called the ruling \"a landmark for digital privacy.\"",
    );
    assert!(
        x.uncovered.iter().any(|w| w == "criticised"),
        "{:?}",
        x.uncovered
    );
}

#[test]
fn a_relative_clause_dates_its_own_act() {
    let reference = chrono::NaiveDate::from_ymd_opt(2027, 4, 15);
    let passage = Analysis::new(
        "The pact was signed in Santiago by Chilean President Camila Rojas and Argentine \
         President Martín Ferreyra, who arrived in the Chilean capital on Tuesday for a visit.",
        reference,
    );
    let signed = judge(
        &Analysis::new(
            "Rojas and Ferreyra signed the pact on Wednesday.",
            reference,
        ),
        &passage,
        &[],
    );
    assert!(kinds(&signed).is_empty(), "{:?}", signed.findings);
    let arrived = judge(
        &Analysis::new("Ferreyra arrived in Santiago on Monday.", reference),
        &passage,
        &[],
    );
    assert_eq!(kinds(&arrived), vec![FindingKind::DateMismatch]);
}

#[test]
fn a_relative_clause_measures_its_whole_noun_phrase() {
    let x = j(
        "The Puna salt flats hold about half of the world's known lithium reserves.",
        "The deposits lie in the salt flats of the Puna plateau, which hold about a fifth of \
         the world's known lithium reserves.",
    );
    assert_eq!(
        kinds(&x),
        vec![FindingKind::NumberMismatch],
        "{:?}",
        x.findings
    );
}

#[test]
fn the_same_words_in_another_voice_are_misattributed() {
    let passage = "Ferreyra said the deal would create about 12,000 jobs in the north.";
    let x = j(
        "Rojas said the deal would create about 12,000 jobs.",
        passage,
    );
    assert_eq!(
        kinds(&x),
        vec![FindingKind::EntityMismatch],
        "{:?}",
        x.findings
    );
    // Unless the claim says more than the passage: then it is about something else.
    let y = j(
        "Rojas said the deal would create 12,000 jobs in mining.",
        passage,
    );
    assert!(kinds(&y).is_empty(), "{:?}", y.findings);
}

#[test]
fn what_is_still_awaited_has_not_happened() {
    let passage = "The agreement still needs the approval of both countries' congresses.";
    let done = j("Both congresses have approved the agreement.", passage);
    assert_eq!(
        kinds(&done),
        vec![FindingKind::Negation],
        "{:?}",
        done.findings
    );
    let pending = j(
        "The agreement still requires approval from both congresses.",
        passage,
    );
    assert!(kinds(&pending).is_empty(), "{:?}", pending.findings);
    let yet = j(
        "The board approved the merger.",
        "The board has yet to approve the merger.",
    );
    assert_eq!(
        kinds(&yet),
        vec![FindingKind::Negation],
        "{:?}",
        yet.findings
    );
    let must = j(
        "Member states have formally approved the text.",
        "Member states must still formally approve the text.",
    );
    assert_eq!(
        kinds(&must),
        vec![FindingKind::Negation],
        "{:?}",
        must.findings
    );
}

#[test]
fn an_expected_figure_is_not_what_happened() {
    // What analysts expected is not contradicted by what the film earned abroad.
    let x = j(
        "Analysts had expected Starfall to open with about $70 million.",
        "Starfall also earned $110 million in 48 international markets, bringing its global \
         opening to $204 million.",
    );
    assert!(
        !kinds(&x).contains(&FindingKind::NumberMismatch),
        "{:?}",
        x.findings
    );
}

#[test]
fn the_top_of_a_chart_is_first_place() {
    let passage =
        "\"Starfall\" opened at the top of the North American box office with $94 million.";
    let second = j(
        "Starfall opened in second place at the North American box office.",
        passage,
    );
    assert_eq!(
        kinds(&second),
        vec![FindingKind::OrdinalMismatch],
        "{:?}",
        second.findings
    );
    let first = j(
        "Starfall opened in first place at the North American box office.",
        passage,
    );
    assert!(first.uncovered.is_empty(), "{:?}", first.uncovered);
}

#[test]
fn starring_and_starring_in_are_two_frames_not_a_swap() {
    let passage =
        "The crime drama \"Paper Saints,\" starring Idris Coleman, debuted in third place.";
    let x = j("Idris Coleman stars in Paper Saints.", passage);
    assert!(kinds(&x).is_empty(), "{:?}", x.findings);
    // Nor is "directed" WordNet's "placed": a film in third place was not directed.
    let y = j("The film was directed by Idris Coleman.", passage);
    assert!(
        y.uncovered.iter().any(|w| w == "directed"),
        "{:?}",
        y.uncovered
    );
}

#[test]
fn the_field_of_a_role_is_part_of_it() {
    let x = j(
        "Mark Delaney is Lumen's head of marketing.",
        "\"Starfall delivered one,\" said Mark Delaney, Lumen's head of distribution.",
    );
    assert!(
        kinds(&x).contains(&FindingKind::EntityMismatch),
        "{:?}",
        x.findings
    );
}

#[test]
fn up_before_a_figure_is_a_change() {
    let passage = "Overall ticket sales reached $190 million, up 12 percent from last year.";
    let x = j("Overall ticket sales were down from last year.", passage);
    assert_eq!(kinds(&x), vec![FindingKind::Antonym], "{:?}", x.findings);
}

#[test]
fn a_year_the_passage_states_is_no_other_date() {
    let x = j(
        "In 2012 the Arctic ice fell to 3.41 million square kilometers.",
        "Only 2012, when the ice fell to 3.41 million square kilometers, saw a smaller minimum \
         since satellite records began in 1979.",
    );
    assert!(kinds(&x).is_empty(), "{:?}", x.findings);
}

#[test]
fn above_and_below_a_baseline_are_opposites() {
    let x = j(
        "This year's low was about 1.5 million square kilometers above the average.",
        "This year's low was about 1.5 million square kilometers below the average.",
    );
    assert_eq!(kinds(&x), vec![FindingKind::Antonym], "{:?}", x.findings);
}

#[test]
fn most_is_more_than_half_and_a_present_figure_is_not_a_past_one() {
    let passage = "Old ice now makes up less than a third of the Arctic ice cover, down from \
                   about 60 percent in the 1980s.";
    let now = j(
        "Old ice now makes up most of the Arctic ice cover.",
        passage,
    );
    assert_eq!(
        kinds(&now),
        vec![FindingKind::NumberMismatch],
        "{:?}",
        now.findings
    );
    // With its own time, the claim's figure is the earlier one.
    let then = j(
        "In the 1980s, old ice made up about 60 percent of the Arctic ice cover.",
        passage,
    );
    assert!(kinds(&then).is_empty(), "{:?}", then.findings);
    // A change still to come leaves the "from" figure the present one.
    let wage = j(
        "The minimum wage is currently 12.82 euros an hour.",
        "The minimum wage will rise to 14.60 euros an hour by 2029, up from 12.82 euros.",
    );
    assert!(kinds(&wage).is_empty(), "{:?}", wage.findings);
}

#[test]
fn an_opposite_said_of_the_same_subject_contradicts() {
    let passage = "The center's figures are preliminary, and a final analysis will be published.";
    let x = j("The center's figures are final.", passage);
    assert_eq!(kinds(&x), vec![FindingKind::Antonym], "{:?}", x.findings);
    let y = j(
        "The effect was weaker in children older than 10.",
        "The effect was strongest in the youngest children and weaker in those older than 10.",
    );
    assert!(kinds(&y).is_empty(), "{:?}", y.findings);
}

#[test]
fn a_move_from_where_the_passage_goes_is_reversed() {
    let passage =
        "Real Sociedad midfielder Íñigo Arrieta has joined Bayern Munich for a fee of 68 \
                   million euros.";
    let x = j(
        "Íñigo Arrieta has joined Real Sociedad from Bayern Munich.",
        passage,
    );
    assert_eq!(kinds(&x), vec![FindingKind::RoleSwap], "{:?}", x.findings);
    let y = j(
        "Íñigo Arrieta has joined Bayern Munich from Real Sociedad.",
        passage,
    );
    assert!(kinds(&y).is_empty(), "{:?}", y.findings);
}

#[test]
fn a_figure_of_a_noun_the_passage_lacks_is_another_amount() {
    let passage = "Arrieta has joined Bayern Munich for a fee of 68 million euros.";
    let salary = j(
        "Arrieta's salary at Bayern will be 10 million euros a year.",
        passage,
    );
    assert!(kinds(&salary).is_empty(), "{:?}", salary.findings);
    let fee = j("Arrieta's fee was 80 million euros.", passage);
    assert_eq!(
        kinds(&fee),
        vec![FindingKind::NumberMismatch],
        "{:?}",
        fee.findings
    );
}

#[test]
fn a_date_after_an_earlier_event_is_that_events() {
    let x = j(
        "On a monthly basis, prices slipped 0.4 percent in October.",
        "On a monthly basis, prices slipped 0.4 percent, after a 0.2 percent rise in September.",
    );
    assert!(kinds(&x).is_empty(), "{:?}", x.findings);
}

#[test]
fn a_superlative_said_of_the_same_subject_is_opposed_by_its_opposite() {
    let passage = "London was the weakest region, while Northern Ireland recorded the strongest \
                   growth.";
    let x = j("London was the strongest region.", passage);
    assert_eq!(kinds(&x), vec![FindingKind::Antonym], "{:?}", x.findings);
    assert!(kinds(&j("London was the weakest region.", passage)).is_empty());
}

#[test]
fn the_start_of_a_change_is_its_earlier_figure() {
    let x = j(
        "A year ago, the average home cost 276,300 pounds.",
        "The average price of a home dropped to 271,400 pounds, down from 276,300 pounds a year \
         ago.",
    );
    assert!(kinds(&x).is_empty(), "{:?}", x.findings);
}

#[test]
fn a_definite_description_the_sentence_before_gave_is_the_name() {
    let claim = Analysis::new("The Galaxy Z Trifold will cost 3.59 million won.", None);
    let passage = Analysis::new("The phone will cost 3.59 million won, about $2,450.", None);
    let before = "Samsung unveiled its first tri-fold phone, the Galaxy Z Trifold.";
    let described = judge_in_context(&claim, &passage, &[], &[before]);
    let elsewhere = judge_in_context(
        &claim,
        &passage,
        &[],
        &["Samsung unveiled the Galaxy Z Trifold."],
    );
    assert!(described.coverage > elsewhere.coverage, "{described:?}");
    assert!(described.coverage > 0.9, "{described:?}");
}

#[test]
fn down_and_up_before_a_figure_say_fell_and_rose() {
    let passage = "Finnish students averaged 472 points in maths, down 12 points from 2024.";
    let fell = j(
        "Finnish students' maths score fell 12 points from 2024.",
        passage,
    );
    assert!(
        !fell.uncovered.iter().any(|w| w == "fell"),
        "{:?}",
        fell.uncovered
    );
    let rose = j(
        "Finnish students' maths score rose 12 points from 2024.",
        passage,
    );
    assert_eq!(
        kinds(&rose),
        vec![FindingKind::Antonym],
        "{:?}",
        rose.findings
    );
}

#[test]
fn a_negated_synonym_agrees_and_nobody_is_no_name() {
    let x = j(
        "Nobody was injured by the falling debris.",
        "Debris fell into the Atlantic Ocean, and no one was hurt.",
    );
    assert!(kinds(&x).is_empty(), "{:?}", x.findings);
    assert_eq!(x.uncovered_entities, 0, "{x:?}");
    assert_eq!(x.rule_stance(), Stance::Supports, "{x:?}");
}

#[test]
fn a_place_named_with_its_article_is_a_place() {
    let x = j(
        "Debris fell into the Pacific Ocean.",
        "Debris fell into the Atlantic Ocean, and no one was hurt.",
    );
    assert!(
        kinds(&x).contains(&FindingKind::LocationMismatch),
        "{:?}",
        x.findings
    );
    // An investigation into a company is no place.
    let y = j(
        "The investigation into Lumio began in 2021.",
        "The investigation began in 2021 after a complaint from Tunewave.",
    );
    assert!(kinds(&y).is_empty(), "{:?}", y.findings);
}

#[test]
fn a_span_after_for_measures_its_verb() {
    let passage = "The loss is the second Vega-C failure in four years, after a launch in \
                   December 2022 ended in failure.";
    let x = j(
        "The 2022 failure grounded the Vega-C for nearly two years.",
        passage,
    );
    assert!(kinds(&x).is_empty(), "{:?}", x.findings);
    let y = j("The Vega-C failed twice in two years.", passage);
    assert!(
        kinds(&y).contains(&FindingKind::NumberMismatch),
        "{:?}",
        y.findings
    );
}

#[test]
fn a_negation_in_a_trailing_participle_is_not_the_claims() {
    let x = j(
        "The failure grounded the rocket for nearly two years.",
        "That failure grounded the rocket for nearly two years, leaving Europe without its own \
         small launcher.",
    );
    assert!(x.findings.iter().all(|f| f.kind != FindingKind::Negation));
    assert!(!x.polarity_differs, "{x:?}");
}

#[test]
fn a_pronoun_subject_and_a_definite_noun_are_the_context_s() {
    let claim = Analysis::new(
        "The satellites were the first two of a planned constellation of six.",
        None,
    );
    let passage = Analysis::new(
        "They were the first two of a planned constellation of three.",
        None,
    );
    let before = "The satellites were built by Thales Alenia Space.";
    let x = judge_in_context(&claim, &passage, &[], &[before]);
    assert!(
        kinds(&x).contains(&FindingKind::NumberMismatch),
        "{:?}",
        x.findings
    );
    let claim = Analysis::new("Arianespace will find the cause of the failure.", None);
    let passage = Analysis::new("\"We will find the cause,\" Arianespace said.", None);
    let told = judge_in_context(&claim, &passage, &[], &["The rocket failed on Friday."]);
    let untold = judge_in_context(&claim, &passage, &[], &["Shares fell on Friday."]);
    assert!(told.coverage > untold.coverage, "{told:?}");
    assert!(!told.uncovered.iter().any(|w| w == "failure"), "{told:?}");
}

#[test]
fn a_superlative_in_a_narrower_field_neither_gives_nor_denies_the_rank() {
    let passage = "A painting by Klimt sold for $236.4 million, the highest price ever paid for a \
                   work of modern art at auction.";
    let any = j(
        "It was the second-highest price ever paid for an artwork at auction.",
        passage,
    );
    assert!(
        !kinds(&any).contains(&FindingKind::OrdinalMismatch),
        "{:?}",
        any.findings
    );
    let broader = j(
        "It was the highest price ever paid for an artwork at auction.",
        passage,
    );
    assert!(
        broader.uncovered.iter().any(|w| w == "highest"),
        "{broader:?}"
    );
    let same = j(
        "It was the second-highest price ever paid for a work of modern art at auction.",
        passage,
    );
    assert!(
        kinds(&same).contains(&FindingKind::OrdinalMismatch),
        "{:?}",
        same.findings
    );
}

#[test]
fn a_relative_clause_that_fetched_a_price_dates_the_sale() {
    let x = j(
        "Salvator Mundi sold at Christie's in 2019.",
        "It was the second-highest price for any artwork sold at auction, behind \"Salvator \
         Mundi,\" which fetched $450.3 million at Christie's in 2017.",
    );
    assert!(
        kinds(&x).contains(&FindingKind::DateMismatch),
        "{:?}",
        x.findings
    );
}

#[test]
fn an_estimate_is_an_expectation() {
    let x = j(
        "Sotheby's had expected the painting to sell for less than $100 million.",
        "Sotheby's had estimated the painting would sell for more than $150 million.",
    );
    assert!(
        kinds(&x).contains(&FindingKind::NumberMismatch),
        "{:?}",
        x.findings
    );
}

#[test]
fn a_denial_negates_its_clause_but_stands_beside_an_accusation() {
    let x = j(
        "Cosmos Maritime said its vessels had called at Israeli ports in the past year.",
        "Cosmos Maritime denied that any of its vessels had called at Israeli ports in the past \
         year.",
    );
    assert_eq!(kinds(&x), vec![FindingKind::Negation], "{:?}", x.findings);
    let y = j(
        "Charities deny that their rescue ships encourage crossings.",
        "The government has tightened rules on rescue ships operated by charities, which it \
         accuses of encouraging crossings.",
    );
    assert!(kinds(&y).is_empty(), "{:?}", y.findings);
}

#[test]
fn another_role_set_off_before_the_name_and_another_country_s_ship() {
    let x = j(
        "Vassilis Kikilias is Greece's foreign minister.",
        "Greece's shipping minister, Vassilis Kikilias, condemned the attack.",
    );
    assert_eq!(
        kinds(&x),
        vec![FindingKind::EntityMismatch],
        "{:?}",
        x.findings
    );
    let y = j(
        "Houthi rebels attacked a Turkish-owned cargo ship in the Red Sea.",
        "Houthi rebels attacked a Greek-owned cargo ship in the Red Sea on Monday.",
    );
    assert!(
        kinds(&y).contains(&FindingKind::EntityMismatch),
        "{:?}",
        y.findings
    );
}

#[test]
fn the_same_amount_of_another_thing_and_a_span_since_a_date() {
    let passage = "The Eternity Sun was carrying 41,000 tons of wheat from Ukraine to Egypt.";
    let x = j(
        "The Eternity Sun was carrying 41,000 tons of corn.",
        passage,
    );
    assert_eq!(
        kinds(&x),
        vec![FindingKind::EntityMismatch],
        "{:?}",
        x.findings
    );
    assert!(kinds(&j(
        "The Eternity Sun was carrying 41,000 tons of wheat.",
        passage
    ))
    .is_empty());
    let since = "It was the first attack on shipping since July, when the group sank two vessels.";
    let y = j(
        "The group began its campaign against shipping in November 2023.",
        since,
    );
    assert!(
        !kinds(&y).contains(&FindingKind::DateMismatch),
        "{:?}",
        y.findings
    );
    let z = j("It was the first attack on shipping since March.", since);
    assert!(
        kinds(&z).contains(&FindingKind::DateMismatch),
        "{:?}",
        z.findings
    );
}

#[test]
fn a_place_of_a_name_and_a_described_subject_with_a_compound() {
    let x = j(
        "The cargo ship was attacked in the Gulf of Aden.",
        "Houthi rebels attacked a cargo ship in the Red Sea on Monday.",
    );
    assert!(
        kinds(&x).contains(&FindingKind::LocationMismatch),
        "{:?}",
        x.findings
    );
    let claim = Analysis::new(
        "The ship was struck about 150 nautical miles from Hodeidah.",
        None,
    );
    let passage = Analysis::new(
        "The Liberian-flagged bulk carrier was hit by two missiles about 50 nautical miles \
         southwest of Hodeidah.",
        None,
    );
    let y = judge_in_context(&claim, &passage, &[], &["Houthis hit a cargo ship."]);
    assert!(
        kinds(&y).contains(&FindingKind::NumberMismatch),
        "{:?}",
        y.findings
    );
}

#[test]
fn a_denied_object_is_negated() {
    let x = j(
        "De Vries denied any responsibility for the failures.",
        "De Vries said he took full responsibility for the failures.",
    );
    assert_eq!(kinds(&x), vec![FindingKind::Negation], "{:?}", x.findings);
}

#[test]
fn a_figure_completing_a_noun_phrase_measures_that_noun() {
    let x = j(
        "De Vries will receive a severance payment of 2 million euros.",
        "Paylane overstated its revenue by 420 million euros, and De Vries will leave the \
         payments company.",
    );
    assert!(
        !kinds(&x).contains(&FindingKind::NumberMismatch),
        "{:?}",
        x.findings
    );
    let y = j(
        "De Vries will receive a severance payment of 2 million euros.",
        "De Vries will receive a severance payment of 4 million euros.",
    );
    assert_eq!(
        kinds(&y),
        vec![FindingKind::NumberMismatch],
        "{:?}",
        y.findings
    );
}

#[test]
fn only_denies_what_the_passage_adds() {
    let passage = "Methane can be produced by volcanoes as well as by living things, she said.";
    let x = j("Methane can only be produced by living things.", passage);
    assert_eq!(kinds(&x), vec![FindingKind::Negation], "{:?}", x.findings);
    assert!(kinds(&j("Methane can be produced by living things.", passage)).is_empty());
    let y = j(
        "The rules apply only to companies based in the European Union.",
        "The rules apply to any company that offers AI tools to users in the European Union, \
         including firms based outside the bloc.",
    );
    assert_eq!(kinds(&y), vec![FindingKind::Negation], "{:?}", y.findings);
    // The passage's "only" against the claim's whole.
    let z = j(
        "The Commission said restrictions would apply to the whole of Poland.",
        "The Commission said restrictions would apply only to the affected regions of Poland.",
    );
    assert_eq!(kinds(&z), vec![FindingKind::Negation], "{:?}", z.findings);
    let same = j(
        "The Commission said restrictions would apply to the affected regions of Poland.",
        "The Commission said restrictions would apply only to the affected regions of Poland.",
    );
    assert!(kinds(&same).is_empty(), "{:?}", same.findings);
}

#[test]
fn below_zero_another_colour_another_of_name_and_a_place_after_its_kind() {
    let temperature = "Its surface temperature is estimated at about 60 degrees Celsius.";
    let x = j(
        "Its surface temperature is estimated at minus 60 degrees Celsius.",
        temperature,
    );
    assert_eq!(
        kinds(&x),
        vec![FindingKind::NumberMismatch],
        "{:?}",
        x.findings
    );
    let y = j(
        "The planet orbits a white dwarf star.",
        "Astronomers found a planet orbiting a nearby red dwarf star.",
    );
    assert_eq!(kinds(&y), vec![FindingKind::Antonym], "{:?}", y.findings);
    let z = j(
        "The team was led by researchers at the University of Oxford.",
        "A team led by researchers at the University of Cambridge reported the find.",
    );
    assert!(
        kinds(&z).contains(&FindingKind::EntityMismatch),
        "{:?}",
        z.findings
    );
    let duke = j(
        "She is a cousin of the Duke of Cambridge.",
        "She is a granddaughter of the Duke of Kent.",
    );
    assert!(
        !kinds(&duke).contains(&FindingKind::EntityMismatch),
        "{:?}",
        duke.findings
    );
    let w = j(
        "The planet lies in the constellation Orion.",
        "The planet lies roughly 100 light-years away in the constellation Draco.",
    );
    assert!(
        kinds(&w).contains(&FindingKind::LocationMismatch),
        "{:?}",
        w.findings
    );
}

#[test]
fn a_match_report_s_figures_and_venue() {
    let x = j(
        "England were bowled out for 210.",
        "England, set 368 to win, were bowled out for 210 shortly after tea on the final day.",
    );
    assert!(kinds(&x).is_empty(), "{:?}", x.findings);
    let attendance = "The attendance of 23,500 on the final day was the highest since 2005.";
    let y = j("The attendance on the final day was 32,500.", attendance);
    assert_eq!(
        kinds(&y),
        vec![FindingKind::NumberMismatch],
        "{:?}",
        y.findings
    );
    assert!(kinds(&j(
        "The attendance on the final day was 23,500.",
        attendance
    ))
    .is_empty());
    let z = j(
        "The fourth Test was played in Leeds.",
        "India beat England by 157 runs in the fourth Test in Manchester on Monday.",
    );
    assert!(
        kinds(&z).contains(&FindingKind::LocationMismatch),
        "{:?}",
        z.findings
    );
}

#[test]
fn a_rail_line_s_durations_ranks_and_neither_nor() {
    let passage = "The new line cut the journey to 1 hour 25 minutes from about 2 hours 20 \
                   minutes, the operator said.";
    let before = j(
        "Before the new line, the journey took about 2 hours 20 minutes.",
        passage,
    );
    assert!(kinds(&before).is_empty(), "{:?}", before.findings);
    let now = j("The new line cut the journey to 55 minutes.", passage);
    assert_eq!(
        kinds(&now),
        vec![FindingKind::NumberMismatch],
        "{:?}",
        now.findings
    );
    let rank = "Spain has the largest high-speed rail network in Europe, and the second-largest \
                in the world after China.";
    let world = j(
        "Spain has the largest high-speed rail network in the world.",
        rank,
    );
    assert_eq!(
        kinds(&world),
        vec![FindingKind::OrdinalMismatch],
        "{:?}",
        world.findings
    );
    assert!(kinds(&j(
        "Spain has the largest high-speed rail network in Europe.",
        rank
    ))
    .is_empty());
    let x = j(
        "Ouigo plans to run trains to Burgos.",
        "Neither Ouigo nor Iryo plans to run trains to Burgos, the companies said.",
    );
    assert_eq!(kinds(&x), vec![FindingKind::Negation], "{:?}", x.findings);
}

#[test]
fn parts_portfolios_and_plans_carried_out() {
    let offer = "According to the BIS, the diplomats approached at least six civil servants and \
                 offered one of them 20,000 euros for documents on arms deliveries.";
    // "one of them" counts the servants, not the euros.
    let more = j(
        "One official was offered 200,000 euros for documents.",
        offer,
    );
    assert_eq!(
        kinds(&more),
        vec![FindingKind::NumberMismatch],
        "{:?}",
        more.findings
    );
    assert!(kinds(&j(
        "One official was offered 20,000 euros for documents.",
        offer
    ))
    .is_empty());
    // A part of a set, and another nationality's count, are not the claim's figure.
    let expelled = "It is the first expulsion of Chinese diplomats, although Prague expelled 18 \
                    Russian diplomats in 2021.";
    for claim in [
        "One of the expelled diplomats was a first secretary.",
        "Prague expelled two Chinese diplomats.",
    ] {
        let x = j(claim, expelled);
        assert!(
            !kinds(&x).contains(&FindingKind::NumberMismatch),
            "{claim}: {:?}",
            x.findings
        );
    }
    let x = j("Prague expelled 81 Russian diplomats in 2021.", expelled);
    assert_eq!(
        kinds(&x),
        vec![FindingKind::NumberMismatch],
        "{:?}",
        x.findings
    );
    let ministry = "The diplomats tried to recruit officials at the defence ministry.";
    let x = j(
        "The diplomats tried to recruit officials at the interior ministry.",
        ministry,
    );
    assert_eq!(
        kinds(&x),
        vec![FindingKind::EntityMismatch],
        "{:?}",
        x.findings
    );
    let plan = "The government said a trade mission to Beijing, planned for April, would go ahead.";
    let x = j(
        "The government cancelled the trade mission to Beijing.",
        plan,
    );
    assert_eq!(kinds(&x), vec![FindingKind::Antonym], "{:?}", x.findings);
    assert!(
        x.findings[0].detail.contains("\"go ahead\""),
        "{:?}",
        x.findings
    );
}

#[test]
fn age_bounds_count_nothing_and_study_results_are_the_study() {
    let deaths =
        "Malaria killed an estimated 597,000 people in 2023, about three-quarters of them \
                  children under five in Africa.";
    let x = j("Most of the dead were children.", deaths);
    assert!(kinds(&x).is_empty(), "{:?}", x.findings);
    let x = j(
        "Malaria killed an estimated 795,000 people in 2023.",
        deaths,
    );
    assert_eq!(
        kinds(&x),
        vec![FindingKind::NumberMismatch],
        "{:?}",
        x.findings
    );
    let trial = "A new malaria vaccine reduced cases by 68 percent, according to a late-stage \
                 trial published on Wednesday in The Lancet.";
    for claim in [
        "The trial results were published on Wednesday.",
        "The results of the trial were published on Wednesday.",
    ] {
        let x = j(claim, trial);
        assert!(x.uncovered.is_empty(), "{claim}: {:?}", x.uncovered);
    }
}

#[test]
fn a_speaker_described_after_the_frame_a_swapped_holder_and_a_patient_s_condition() {
    // A relative clause after the speaker's name speaks of them.
    let text = "\"They kept each other alive,\" said Kwame Asante, who led the rescue team.";
    let view = PassageView::new(text, None, &[], &[], &["Kwame Asante"]);
    let c = Analysis::new("Kwame Asante led the rescue team.", None);
    let led = judge_view(&c, &claim_concepts(&c), &view);
    assert!(led.uncovered.is_empty(), "{led:?}");
    let producer = "Ghana is Africa's largest gold producer, ahead of South Africa.";
    let x = j(
        "South Africa is Africa's largest gold producer, ahead of Ghana.",
        producer,
    );
    assert_eq!(
        kinds(&x),
        vec![FindingKind::EntityMismatch],
        "{:?}",
        x.findings
    );
    assert!(kinds(&j("Ghana is Africa's largest gold producer.", producer)).is_empty());
    let x = j(
        "Doctors said the survivors were in critical condition.",
        "Doctors said the survivors were in stable condition.",
    );
    assert_eq!(kinds(&x), vec![FindingKind::Antonym], "{:?}", x.findings);
    // "Two other miners" counts miners.
    let x = j(
        "Four miners in the same tunnel died.",
        "Two other miners who were in the same tunnel died.",
    );
    assert_eq!(
        kinds(&x),
        vec![FindingKind::NumberMismatch],
        "{:?}",
        x.findings
    );
}

#[test]
fn a_whole_is_no_act_s_figure_and_a_compound_names_no_party() {
    let labour = "The centre-left Labour Party won the parliamentary election, taking 52 of the \
                  169 seats.";
    let x = j("The Centre Party won 9 seats.", labour);
    assert!(
        !kinds(&x).contains(&FindingKind::NumberMismatch),
        "{:?}",
        x.findings
    );
    assert!(
        x.uncovered.iter().any(|w| w == "Centre"),
        "{:?}",
        x.uncovered
    );
    let x = j("Labour won 62 seats.", labour);
    assert_eq!(
        kinds(&x),
        vec![FindingKind::NumberMismatch],
        "{:?}",
        x.findings
    );
    assert!(x.findings[0].detail.contains("\"52\""), "{:?}", x.findings);
    let x = j("The parliament has 196 seats.", labour);
    assert_eq!(
        kinds(&x),
        vec![FindingKind::NumberMismatch],
        "{:?}",
        x.findings
    );
}

#[test]
fn climate_bulletin_readings() {
    // "does not mean" is a verb: the claim's "average" is no "mean" there.
    let goal = "Scientists stress that the Paris goal refers to a long-term average, so a single \
                year above 1.5 degrees does not mean the target has been missed.";
    let x = j("The Paris goal refers to a long-term average.", goal);
    assert!(kinds(&x).is_empty(), "{:?}", x.findings);
    let x = j(
        "Scientists say a single year above 1.5 degrees means the target has been missed.",
        goal,
    );
    assert_eq!(kinds(&x), vec![FindingKind::Negation], "{:?}", x.findings);
    // A year holds a first place as a name does.
    let first = "Copernicus said 2026 would be the hottest year, beating 2024, which was the \
                 first calendar year to exceed the 1.5-degree mark.";
    let x = j(
        "2023 was the first calendar year to exceed the 1.5-degree mark.",
        first,
    );
    assert_eq!(
        kinds(&x),
        vec![FindingKind::DateMismatch],
        "{:?}",
        x.findings
    );
    assert!(kinds(&j(
        "2024 was the first calendar year to exceed the 1.5-degree mark.",
        first
    ))
    .is_empty());
    // The noun right after a superlative is what it ranks, no narrower field.
    let x = j(
        "The sea surface temperature was the highest for the month.",
        "Sea surface temperatures averaged 20.68 degrees, the second-highest value for the month.",
    );
    assert_eq!(
        kinds(&x),
        vec![FindingKind::OrdinalMismatch],
        "{:?}",
        x.findings
    );
    let x = j(
        "Burgess said the warming trend would soon reverse.",
        "\"The warming trend will continue,\" Burgess said.",
    );
    assert_eq!(kinds(&x), vec![FindingKind::Antonym], "{:?}", x.findings);
}

#[test]
fn chess_match_readings() {
    let ago = "Ding, 34, who lost the title to Gukesh two years ago, resigned after more than \
               five hours of play.";
    assert!(kinds(&j("Ding lost the title to Gukesh two years ago.", ago)).is_empty());
    let game = "Gukesh retained his title, winning the 14th and final classical game.";
    let x = j("Gukesh won the 12th classical game.", game);
    assert_eq!(
        kinds(&x),
        vec![FindingKind::OrdinalMismatch],
        "{:?}",
        x.findings
    );
    let rank = "Carlsen, the world No. 1, has not played for the title since 2023.";
    let x = j("Carlsen is the world No. 2.", rank);
    assert_eq!(
        kinds(&x),
        vec![FindingKind::OrdinalMismatch],
        "{:?}",
        x.findings
    );
    assert!(kinds(&j("Carlsen is the world No. 1.", rank)).is_empty());
    // A role is no act to swap.
    let x = j(
        "Arkady Dvorkovich is the president of FIDE.",
        "It was the biggest story in chess, FIDE president Arkady Dvorkovich said.",
    );
    assert!(kinds(&x).is_empty(), "{:?}", x.findings);
    // What looked set to happen did not.
    let x = j(
        "The match went to rapid tie-breaks.",
        "The match had looked set to go to rapid tie-breaks.",
    );
    assert!(
        x.findings.iter().any(|f| f.kind == FindingKind::Hedge),
        "{:?}",
        x.findings
    );
    assert!(!x.uncovered.is_empty(), "{:?}", x.uncovered);
}

#[test]
fn compound_opposites_frequency_and_the_noun_a_superlative_ranks() {
    let fleet = "IndiGo operates more than 350 aircraft, almost all of them narrow-body jets.";
    let x = j("Most of IndiGo's planes are wide-body jets.", fleet);
    assert_eq!(kinds(&x), vec![FindingKind::Antonym], "{:?}", x.findings);
    let x = j(
        "Analysts said airlines rarely receive discounts.",
        "Airlines typically receive steep discounts, analysts said.",
    );
    assert_eq!(kinds(&x), vec![FindingKind::Antonym], "{:?}", x.findings);
    // Another noun ranked is another ranking; the same noun is the same one.
    let order =
        "Air India ordered 470 jets last year, the largest order ever placed by an airline.";
    assert!(kinds(&j("IndiGo is India's largest airline.", order)).is_empty());
    let x = j(
        "Nordbank is Sweden's largest lender.",
        "Nordbank, Sweden's second-largest lender, reported a 23 percent rise in profit.",
    );
    assert_eq!(
        kinds(&x),
        vec![FindingKind::OrdinalMismatch],
        "{:?}",
        x.findings
    );
}

#[test]
fn a_claim_s_phrasal_verb_opposes_as_its_single_words_do() {
    let x = j(
        "Japan shut down a reactor at the plant.",
        "Japan restarted a nuclear reactor at the plant on Wednesday.",
    );
    assert_eq!(kinds(&x), vec![FindingKind::Antonym], "{:?}", x.findings);
    assert!(kinds(&j(
        "Japan restarted a reactor at the plant.",
        "Japan restarted a nuclear reactor at the plant on Wednesday."
    ))
    .is_empty());
}

#[test]
fn a_ban_s_medals_records_ranks_and_who_beat_whom() {
    let ban = "Kenyan runner Miriam Sawe, who won silver in the 1,500 metres at the Paris \
               Olympics, has been banned for four years.";
    let record = "Sawe finished behind Ethiopia's Hirut Mekonnen in the Olympic final, setting a \
                  Kenyan record of 3 minutes 51.34 seconds.";
    expect_findings(&[
        // A medal's metal stands for its medal; a record's scope is one.
        (
            "Sawe won a gold medal in the 1,500 metres at the Paris Olympics.",
            ban,
            Some(FindingKind::Antonym),
        ),
        (
            "Sawe won silver in the 1,500 metres at the Paris Olympics.",
            ban,
            None,
        ),
        (
            "Gold prices rose in the 1,500 metres at the Paris Olympics.",
            "Silver prices rose in the 1,500 metres at the Paris Olympics.",
            None,
        ),
        (
            "Sawe set a world record in the Olympic final.",
            record,
            Some(FindingKind::Antonym),
        ),
        // "finished behind" is the converse of "beat"; "lost to" too.
        (
            "Sawe beat Hirut Mekonnen in the Olympic final.",
            record,
            Some(FindingKind::RoleSwap),
        ),
        (
            "Hirut Mekonnen beat Sawe in the Olympic final.",
            record,
            None,
        ),
        (
            "Ding beat Gukesh in the final game.",
            "Ding lost to Gukesh in the final game.",
            Some(FindingKind::RoleSwap),
        ),
        // A participle after the ranked noun is no part of it; "more than any other" is first.
        (
            "Sawe is the first Kenyan athlete banned this year.",
            "Sawe is the 14th Kenyan athlete to be banned this year.",
            Some(FindingKind::OrdinalMismatch),
        ),
        (
            "Kenya has more athletes serving bans than any other country.",
            "Kenya has more than 130 athletes serving bans, the second-highest number of any \
             country after Russia.",
            Some(FindingKind::OrdinalMismatch),
        ),
        // A date with its year meets the passage's date with one, not a day of another year.
        (
            "The ban will end in April 2030.",
            "The ban is backdated to April 2, when she was suspended, and will end in April 2029.",
            Some(FindingKind::DateMismatch),
        ),
        // "$25 million over five years": money, not years.
        (
            "The government pledged $25 million over five years to fight doping.",
            "The government last year pledged $25 million over five years to fight doping.",
            None,
        ),
        // "rejected that argument, saying ...": a demonstrative, no rejected clause.
        (
            "The sample was tracked to the laboratory in Lausanne.",
            "The AIU rejected that argument, saying the sample had been sealed and tracked to the \
             laboratory in Lausanne.",
            None,
        ),
        // "scale back" reduces, the opposite of "expand".
        (
            "The federation would scale back its education programme.",
            "The federation would expand its education programme.",
            Some(FindingKind::Antonym),
        ),
    ]);
}

#[test]
fn the_claim_s_word_in_a_relative_clause_on_the_opposite_s_object_is_not_opposed() {
    let lose = "She will lose the Diamond League title she won in Zurich in September.";
    assert!(kinds(&j("Sawe won the Diamond League title in Zurich.", lose)).is_empty());
    // ("rejected two offers before accepting the third" still rejected the first.)
    let x = j(
        "Real Sociedad accepted Bayern's first offer.",
        "Real Sociedad said the club had rejected two earlier offers from Bayern before \
         accepting the third.",
    );
    assert!(!kinds(&x).is_empty(), "{:?}", x.findings);
}

#[test]
fn another_speaker_is_a_contradiction_about_the_same_report() {
    // The speaker's two names weigh more than what was said; the rest is the passage's.
    let x = j(
        "Ruth Wambui said the sample had been mishandled.",
        "Her lawyer, Peter Otieno, said the sample had been mishandled.",
    );
    assert_eq!(
        kinds(&x),
        vec![FindingKind::EntityMismatch],
        "{:?}",
        x.findings
    );
    assert_eq!(x.rule_stance(), Stance::Contradicts);
    // Nothing reported, nothing to compare.
    assert!(kinds(&j("Ruth Wambui said so.", "Peter Otieno said so.")).is_empty());
}

#[test]
fn a_collapse_s_spans_dimensions_parts_and_inverted_speakers() {
    let bridge = "A road bridge over the Drava river collapsed in the Croatian city of Osijek.";
    expect_findings(&[
        // What a bridge spans is one name for it.
        (
            "A bridge over the Danube collapsed in Osijek.",
            bridge,
            Some(FindingKind::EntityMismatch),
        ),
        ("A bridge over the Drava collapsed in Osijek.", bridge, None),
        // "long" after a length is its unit's word.
        (
            "The bridge was 280 metres long.",
            "The 280-metre bridge, built in 1974, carried about 15,000 vehicles a day.",
            None,
        ),
        // A part is not the whole.
        (
            "The whole bridge gave way.",
            "A section of the bridge gave way shortly after 7 p.m.",
            Some(FindingKind::Antonym),
        ),
        (
            "The bridge gave way.",
            "A section of the bridge gave way.",
            None,
        ),
        // A speaker after the quote is the speaker.
        (
            "Ivana Sokol said the road simply disappeared.",
            "There was a loud crack and then the road simply disappeared,\" said Marko Vrana.",
            Some(FindingKind::EntityMismatch),
        ),
        // A structure's condition.
        (
            "Engineers rated the bridge's condition as good.",
            "Engineers rated its condition as \"poor\" but said it was safe to use.",
            Some(FindingKind::Antonym),
        ),
    ]);
    let x = j(
        "The bridge was 280 metres long.",
        "The 280-metre bridge carried about 15,000 vehicles a day.",
    );
    assert!(x.uncovered.is_empty(), "{:?}", x.uncovered);
}

#[test]
fn a_statistics_release_s_exceptions_holders_and_ranked_pairs() {
    let regions = "Sardinia had the lowest fertility rate, at 0.91 children per woman, while \
                   Trentino-Alto Adige had the highest, at 1.43.";
    let deaths = "Deaths outnumbered births by about 280,000, and the population shrank for the \
                  11th year in a row to 58.9 million.";
    expect_findings(&[
        // An exception to all of it.
        (
            "Births fell in every region of Italy.",
            "Births fell in every region of Italy except Trentino-Alto Adige.",
            Some(FindingKind::Negation),
        ),
        (
            "Births fell in every region except Trentino-Alto Adige.",
            "Births fell in every region except Trentino-Alto Adige.",
            None,
        ),
        // Superlatives oppose; a holder may hold another place in the same passage.
        (
            "Italy's births were the highest since unification.",
            "Italy recorded 370,000 births, the lowest number since unification.",
            Some(FindingKind::Antonym),
        ),
        // (The passage says Sardinia's rate is the lowest: the opposite before the claim's
        // noun, where another region holds the highest.)
        (
            "Sardinia had the highest fertility rate.",
            regions,
            Some(FindingKind::Antonym),
        ),
        ("Sardinia had the lowest fertility rate.", regions, None),
        // Who outnumbers whom.
        (
            "Births outnumbered deaths.",
            deaths,
            Some(FindingKind::RoleSwap),
        ),
        ("Deaths outnumbered births.", deaths, None),
        // The clause's noun is the figure's, whatever noun stands right before it; a noun
        // past the figure and a comma is not.
        (
            "The population is 59.8 million.",
            deaths,
            Some(FindingKind::NumberMismatch),
        ),
        (
            "The population is 59.8 million.",
            "The number of people aged over 65 rose to 14.6 million, almost a quarter of the \
             population.",
            None,
        ),
    ]);
}

#[test]
fn a_coup_s_demands_curfews_councils_and_leaders() {
    let council = "The spokesman, Colonel Ibrahima Sangare, said a council of 11 officers led by \
                   General Tomas Okello would run the country.";
    expect_findings(&[
        // What is called for has not happened.
        (
            "The soldiers detained President Augusto Mbemba.",
            "The African Union called for President Augusto Mbemba's immediate release.",
            None,
        ),
        // A curfew imposed is no curfew lifted.
        (
            "The army lifted the nightly curfew.",
            "The army imposed a nightly curfew from 9 p.m. to 6 a.m.",
            Some(FindingKind::Antonym),
        ),
        // The subject is the council the word "military" describes.
        (
            "A military council of 15 officers will run the country.",
            council,
            Some(FindingKind::NumberMismatch),
        ),
        // A passive names the act's agent after "by".
        (
            "Colonel Ibrahima Sangare leads the council.",
            council,
            Some(FindingKind::EntityMismatch),
        ),
        ("General Tomas Okello leads the council.", council, None),
        // "became" is a copula: what it became is the claim's word.
        (
            "Guinea-Bissau became independent from Portugal in 1975.",
            "It was Guinea-Bissau's fifth coup since independence from Portugal in 1974.",
            Some(FindingKind::DateMismatch),
        ),
    ]);
    let x = j(
        "Guinea-Bissau became independent from Portugal in 1974.",
        "It was Guinea-Bissau's fifth coup since independence from Portugal in 1974.",
    );
    assert!(x.uncovered.is_empty(), "{:?}", x.uncovered);
}

#[test]
fn the_names_the_context_supplies_count_toward_a_rank_s_topic() {
    let c = Analysis::new(
        "It was Guinea-Bissau's first successful coup since independence.",
        None,
    );
    let p = Analysis::new(
        "It was the country's fifth successful coup since independence from Portugal in 1974.",
        None,
    );
    let x = judge_in_context(&c, &p, &[], &["Soldiers seize power in Guinea-Bissau"]);
    assert_eq!(
        kinds(&x),
        vec![FindingKind::OrdinalMismatch],
        "{:?}",
        x.findings
    );
}

#[test]
fn a_spill_s_provinces_disputes_and_what_still_goes_on() {
    expect_findings(&[
        // A place before its kind, after "of".
        (
            "The oil leaked off the coast of Manabi province.",
            "Oil leaked from a pipeline off the coast of Ecuador's Esmeraldas province.",
            Some(FindingKind::LocationMismatch),
        ),
        (
            "The oil leaked off the coast of Esmeraldas province.",
            "Oil leaked from a pipeline off the coast of Ecuador's Esmeraldas province.",
            None,
        ),
        // An account disputed is none confirmed.
        (
            "Daniela Castell confirmed Petrosur's account of the leak.",
            "Daniela Castell disputed Petrosur's account of the leak.",
            Some(FindingKind::Antonym),
        ),
        // "still seeping" goes on; "stopped seeping" does not.
        (
            "Castell said the oil had stopped seeping by Sunday.",
            "Castell said oil was still seeping from the pipeline on Sunday.",
            Some(FindingKind::Antonym),
        ),
        (
            "Castell said oil was still seeping from the pipeline.",
            "Castell said oil was still seeping from the pipeline on Sunday.",
            None,
        ),
    ]);
}

#[test]
fn rain_that_eases_does_not_intensify() {
    let x = j(
        "Forecasters expect the rain to intensify on Sunday.",
        "Forecasters expect the rain to ease on Sunday.",
    );
    assert_eq!(kinds(&x), vec![FindingKind::Antonym], "{:?}", x.findings);
}

#[test]
fn a_denied_accusation_is_disputed_not_negated() {
    let denies = "Verhaegen denies the charges and says the money came from property deals.";
    expect_findings(&[
        ("Verhaegen denies the charges.", denies, None),
        (
            "Verhaegen has admitted the charges.",
            denies,
            Some(FindingKind::Antonym),
        ),
        // A court's approval is no admission: the dispute opposes neither way.
        (
            "A court approved Verhaegen's extradition over the charges.",
            "Verhaegen denies the charges over his extradition.",
            None,
        ),
        (
            "Verhaegen denies the charges.",
            "A court in Madrid approved the extradition of Verhaegen, who faces charges of \
             laundering.",
            None,
        ),
    ]);
}

#[test]
fn a_verb_that_measures_by_its_figure_is_covered_where_the_figure_is() {
    let lasted = j(
        "The trial lasted six weeks.",
        "The verdict came after a six-week trial.",
    );
    assert!(lasted.uncovered.is_empty(), "{lasted:?}");
    assert_eq!(lasted.rule_stance(), Stance::Supports);
    let reached = j(
        "The outbreak has reached 214 cases.",
        "Officials confirmed 37 new cases, bringing the total in the outbreak to 214.",
    );
    assert!(reached.uncovered.is_empty(), "{reached:?}");
    // A figure of the same unit is compared, not taken for another act.
    let weeks = j(
        "The trial lasted 18 weeks.",
        "The drug slowed decline over 18 months in a trial of 1,700 patients.",
    );
    assert!(
        kinds(&weeks).contains(&FindingKind::NumberMismatch),
        "{weeks:?}"
    );
    // Only verbs that measure: "killed 37 people" is not "injured 37 people".
    let killed = j(
        "The earthquake killed 37 people.",
        "The earthquake injured 37 people.",
    );
    assert!(killed.uncovered_verbs > 0, "{killed:?}");
}

#[test]
fn phrasal_verbs_of_news_cover_their_single_words() {
    for (claim, passage) in [
        (
            "The spacecraft lifted off on January 15.",
            "The spacecraft was launched on January 15.",
        ),
        (
            "Trade talks collapsed in May.",
            "Trade talks broke down in May.",
        ),
        (
            "The search was called off at nightfall.",
            "The search was suspended at nightfall.",
        ),
        (
            "Opposition lawmakers want Riquelme to appear before Congress.",
            "Opposition lawmakers called for Riquelme to appear before Congress.",
        ),
        (
            "The Social Democrats opposed the bill.",
            "The Social Democrats voted against the bill.",
        ),
    ] {
        let x = j(claim, passage);
        assert!(x.uncovered.is_empty(), "{claim} / {passage}: {x:?}");
    }
}

#[test]
fn a_place_stated_otherwise_is_the_claim_s_slot_and_borders_name_countries() {
    // The passage's other launch site is the claim's place, aligned: the rest of the claim is
    // the passage's, so the mismatch refutes.
    let x = j(
        "The spacecraft was launched from Vandenberg in California.",
        "The spacecraft was launched on January 15 aboard a Falcon 9 rocket from Cape Canaveral, Florida.",
    );
    assert!(
        kinds(&x).contains(&FindingKind::LocationMismatch),
        "{:?}",
        x.findings
    );
    assert_eq!(x.rule_stance(), Stance::Contradicts, "{x:?}");
    expect_findings(&[
        (
            "The drone was found near the border with Germany.",
            "The drone was found in a field near the border with Ukraine.",
            Some(FindingKind::LocationMismatch),
        ),
        (
            "The drone was found near the border with Ukraine.",
            "The drone was found in a field near the border with Ukraine.",
            None,
        ),
    ]);
}

#[test]
fn a_figure_s_clause_says_what_it_counts() {
    use FindingKind::NumberMismatch;
    expect_findings(&[
        // Another participle of the figure's noun counts other people.
        (
            "Ten people were injured in the blast.",
            "Four people were killed in the blast.",
            None,
        ),
        (
            "Ten people were injured in the blast.",
            "Four people were hurt in the blast.",
            Some(NumberMismatch),
        ),
        // One of two coordinated participles is the claim's.
        (
            "Fewer than 500 homes were damaged by the quake.",
            "More than 2,100 homes were destroyed or badly damaged by the quake.",
            Some(NumberMismatch),
        ),
        // A light verb before a figure is still the verb: the robbery is the subject, and a
        // race's time is not its duration.
        (
            "The robbery took less than four minutes.",
            "Ethiopia's Tigist Assefa won the women's race in 2 hours 15 minutes 40 seconds.",
            None,
        ),
        (
            "The robbery took less than four minutes.",
            "The robbery took seven minutes.",
            Some(NumberMismatch),
        ),
    ]);
}

#[test]
fn an_adjective_spelled_like_a_verb_form_lends_the_verb_no_synonyms() {
    // WordNet's "giving" (generous) is "big": "the biggest weakness" says nothing of giving.
    let x = j(
        "Russia gave North Korea fighter jets.",
        "The biggest weakness of the North Korean military is its air defense.",
    );
    assert!(x.uncovered.iter().any(|w| w == "gave"), "{x:?}");
}

#[test]
fn an_opposite_modifying_the_claim_s_noun_outweighs_the_claim_s_word_elsewhere() {
    use FindingKind::Antonym;
    expect_findings(&[
        (
            "The effect was strongest in the oldest children.",
            "The effect was strongest in the youngest children and weaker in those older than 10.",
            Some(Antonym),
        ),
        // Only a modifier: "The loser takes" is no "loser" of "takes".
        (
            "The loser takes 1.15 million dollars.",
            "The winner takes 1.35 million dollars, and the loser 1.15 million dollars.",
            None,
        ),
    ]);
}

#[test]
fn strength_is_no_age() {
    use FindingKind::Antonym;
    expect_findings(&[
        (
            "The team is the strongest in the league.",
            "The team is the oldest in the league.",
            None,
        ),
        (
            "The team is the strongest in the league.",
            "The team is the weakest in the league.",
            Some(Antonym),
        ),
        (
            "North Korea has a modern air defense system.",
            "North Korea has a poor, outdated air defense system.",
            Some(Antonym),
        ),
    ]);
}

#[test]
fn calling_something_so_is_saying_it() {
    let quote = "\"Measles is not a harmless childhood illness; it is one of the most contagious \
                 diseases we know,\" said Dr. Amara Okafor, the county's health director.";
    for claim in [
        "Okafor called measles one of the most contagious diseases.",
        "Okafor described measles as one of the most contagious diseases.",
    ] {
        let x = j(claim, quote);
        assert!(x.uncovered.is_empty(), "{claim}: {x:?}");
        assert_eq!(x.rule_stance(), Stance::Supports, "{claim}: {x:?}");
    }
    // A phrasal "called for" is a demand, not a report.
    let x = j(
        "Opposition lawmakers called for Riquelme to resign.",
        "Opposition lawmakers said Riquelme should resign.",
    );
    assert!(x.uncovered.iter().any(|w| w == "called"), "{x:?}");
    // Without a report in the passage, calling is an act to cover.
    let x = j(
        "Okafor called measles one of the most contagious diseases.",
        "Measles is one of the most contagious diseases, Okafor's report shows.",
    );
    assert!(x.uncovered.iter().any(|w| w == "called"), "{x:?}");
}

#[test]
fn a_narrower_verb_or_the_verb_s_noun_says_the_claim_s_act() {
    for (claim, passage) in [
        (
            "Residents were advised to stay indoors.",
            "Officials urged residents to stay indoors.",
        ),
        (
            "Nobody died in the fire.",
            "There were no deaths in the fire.",
        ),
        (
            "The embassy announced the expulsion of two diplomats.",
            "The embassy announced that it would expel two diplomats.",
        ),
    ] {
        let x = j(claim, passage);
        assert!(x.uncovered.is_empty(), "{claim}: {x:?}");
    }
    // A relative the claim has itself covers nothing else of it: "refused bail" does not say
    // the man was released on bail.
    let x = j(
        "Verhaegen was released on bail.",
        "Judges refused bail for Verhaegen.",
    );
    assert!(x.uncovered.iter().any(|w| w == "released"), "{x:?}");
}

#[test]
fn a_numbered_label_is_part_of_what_the_claim_names() {
    let claim = "The reactor that was restarted is the No. 7 reactor.";
    let x = j(claim, "Since then, 14 reactors have been restarted.");
    assert!(x.uncovered.iter().any(|w| w == "7"), "{x:?}");
    assert_ne!(x.rule_stance(), Stance::Supports, "{x:?}");
    let x = j(claim, "The No. 7 reactor was restarted on Wednesday.");
    assert_eq!(x.rule_stance(), Stance::Supports, "{x:?}");
}

#[test]
fn a_plan_is_said_by_what_will_be_done() {
    let claim = "Halvern plans to appeal the verdict.";
    let x = j(claim, "Halvern said it would appeal the verdict.");
    assert!(x.uncovered.is_empty(), "{x:?}");
    // The modal must govern the claim's act.
    let x = j(
        "Nordvik plans to build a factory in Sweden.",
        "Nordvik said no factory in Sweden will close.",
    );
    assert!(x.uncovered.iter().any(|w| w == "plans"), "{x:?}");
}

#[test]
fn what_will_happen_is_another_event_than_what_has() {
    let claim = "The Bank of England will cut rates in December.";
    let x = j(
        claim,
        "The Bank of England raised its main interest rate to 4.75 percent in August.",
    );
    assert_ne!(x.rule_stance(), Stance::Contradicts, "{x:?}");
    // Both of what is to come: the dates are of one event.
    let x = j(claim, "The Bank of England will cut rates in August.");
    assert_eq!(x.rule_stance(), Stance::Contradicts, "{x:?}");
    // Of what may come: "likely to rise" still opposes "would fall".
    let x = j(
        "Insurers said premiums would fall.",
        "Insurers said premiums were likely to rise.",
    );
    assert_eq!(x.rule_stance(), Stance::Contradicts, "{x:?}");
}
