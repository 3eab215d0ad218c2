//! Unit tests of the scorer on small hand-made gold and prediction pairs.
// Tests build items the way callers outside the crate must (the types are
// `#[non_exhaustive]`): `default()`, then fields set one by one.
#![allow(clippy::field_reassign_with_default)]

use super::normalize::{actor_key, contains_head, event_key, fold, locate_in_order};
use super::*;
use crate::ActorKind;

/// The span of the `nth` (0-based) occurrence of `needle` in `text`.
fn at(text: &str, needle: &str, nth: usize) -> Span {
    let (i, _) = text
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle:?} #{nth} not in the test text"));
    Span::new(i, i + needle.len())
}

fn count(text: &str, needle: &str, nth: usize, value: f64) -> PredictedCount {
    PredictedCount::new(at(text, needle, nth), needle, value)
}

const STORM: &str = "Storm Kills 12 in Coastal Towns\n\
    The storm killed 12 people and injured about 40 on Monday, officials said.\n\
    Also Read: Floods Kill 12 Upstream\n\
    Advertisement\n";

fn storm_gold() -> GoldArticle {
    let mut g = GoldArticle::new("storm", STORM);
    g.boilerplate = vec![
        "Also Read: Floods Kill 12 Upstream".into(),
        "Advertisement".into(),
    ];
    g
}

// ---- counts: values, tolerance, ranges -------------------------------------

#[test]
fn count_values_match_within_half_a_percent_of_gold() {
    let text = "Prices rose by 100 points.\n";
    let mut gold = GoldArticle::new("t", text);
    gold.counts.push(GoldCount::new("100", 100.0));
    for (value, expected) in [(100.0, 1), (100.5, 1), (99.5, 1), (100.51, 0), (99.4, 0)] {
        let mut pred = Predictions::default();
        pred.counts.push(count(text, "100", 0, value));
        let s = score_predictions(&gold, &pred);
        assert_eq!(
            s.scores.counts.tally.true_positives, expected,
            "value {value}"
        );
        assert_eq!(
            s.scores.counts.tally.false_positives,
            1 - expected,
            "value {value}"
        );
    }
}

#[test]
fn count_tolerance_is_relative_to_large_and_negative_values() {
    let text = "It cost $1.5 billion and growth was -0.1%.\n";
    let mut gold = GoldArticle::new("t", text);
    gold.counts.push(GoldCount::new("$1.5 billion", 1.5e9));
    gold.counts.push(GoldCount::new("-0.1%", -0.1));
    let mut pred = Predictions::default();
    pred.counts.push(count(text, "$1.5 billion", 0, 1.507e9));
    pred.counts.push(count(text, "-0.1%", 0, 0.1)); // sign lost: wrong
    let s = score_predictions(&gold, &pred);
    assert_eq!(s.scores.counts.tally.true_positives, 1);
    assert_eq!(s.scores.counts.tally.false_positives, 1);
    assert_eq!(s.misses[0].text, "-0.1%");
}

#[test]
fn zero_only_matches_zero() {
    let text = "No one, 0 people, died.\n";
    let mut gold = GoldArticle::new("t", text);
    gold.counts.push(GoldCount::new("0", 0.0));
    let mut pred = Predictions::default();
    pred.counts.push(count(text, "0", 0, 0.001));
    assert_eq!(
        score_predictions(&gold, &pred)
            .scores
            .counts
            .tally
            .true_positives,
        0
    );
    pred.counts[0].value = 0.0;
    assert_eq!(
        score_predictions(&gold, &pred)
            .scores
            .counts
            .tally
            .true_positives,
        1
    );
}

#[test]
fn ranges_need_both_ends() {
    let text = "Between 10 and 20 homes burned.\n";
    let mut gold = GoldArticle::new("t", text);
    let mut g = GoldCount::new("Between 10 and 20", 10.0);
    g.high = Some(20.0);
    g.bound = Bound::Range;
    gold.counts.push(g);
    let span = at(text, "Between 10 and 20", 0);
    for (high, expected) in [
        (Some(20.0), 1),
        (Some(20.05), 1),
        (Some(21.0), 0),
        (None, 0),
    ] {
        let mut p = PredictedCount::new(span, "Between 10 and 20", 10.0);
        p.high = high;
        let mut pred = Predictions::default();
        pred.counts.push(p);
        let s = score_predictions(&gold, &pred);
        assert_eq!(
            s.scores.counts.tally.true_positives, expected,
            "high {high:?}"
        );
    }
}

#[test]
fn a_range_prediction_does_not_match_a_single_number() {
    let text = "Some 10 homes burned.\n";
    let mut gold = GoldArticle::new("t", text);
    gold.counts.push(GoldCount::new("10", 10.0));
    let mut p = count(text, "10", 0, 10.0);
    p.high = Some(12.0);
    let mut pred = Predictions::default();
    pred.counts.push(p);
    assert_eq!(
        score_predictions(&gold, &pred)
            .scores
            .counts
            .tally
            .true_positives,
        0
    );
}

#[test]
fn each_gold_count_is_matched_once() {
    let text = "88 freed. Another 88 freed.\n";
    let mut gold = GoldArticle::new("t", text);
    gold.counts.push(GoldCount::new("88", 88.0));
    let mut pred = Predictions::default();
    pred.counts.push(count(text, "88", 0, 88.0));
    pred.counts.push(count(text, "88", 1, 88.0));
    let t = score_predictions(&gold, &pred).scores.counts.tally;
    assert_eq!(
        (t.true_positives, t.false_positives, t.false_negatives),
        (1, 1, 0)
    );
}

#[test]
fn a_count_prefers_the_gold_mention_at_its_place() {
    // The headline's 88 is missed; the body's 88 must pair with the body's
    // gold item (object "prisoners"), not the headline's ("detainees").
    let text = "Venezuela Frees 88 Detainees\nThe government released 88 prisoners.\n";
    let mut gold = GoldArticle::new("t", text);
    let mut g1 = GoldCount::new("88", 88.0);
    g1.object = Some("Detainees".into());
    let mut g2 = GoldCount::new("88", 88.0);
    g2.object = Some("prisoners".into());
    gold.counts = vec![g1, g2];
    let mut p = count(text, "88", 1, 88.0);
    p.object = Some("prisoners".into());
    let mut pred = Predictions::default();
    pred.counts.push(p);
    let s = score_predictions(&gold, &pred);
    assert_eq!(s.scores.counts.tally.true_positives, 1);
    assert_eq!(s.scores.counts.object.fraction(), Some(1.0));
}

// ---- optional items -----------------------------------------------------------

#[test]
fn optional_gold_is_neither_required_nor_a_false_positive() {
    let text = "The 34-year-old man was one of 12 victims.\n";
    let mut gold = GoldArticle::new("t", text);
    let mut age = GoldCount::new("34-year-old", 34.0);
    age.optional = true;
    gold.counts = vec![age, GoldCount::new("12", 12.0)];

    // Matching the optional item: not a FP.
    let mut pred = Predictions::default();
    pred.counts.push(count(text, "34", 0, 34.0));
    pred.counts.push(count(text, "12", 0, 12.0));
    let t = score_predictions(&gold, &pred).scores.counts.tally;
    assert_eq!(
        (t.true_positives, t.false_positives, t.false_negatives),
        (1, 0, 0)
    );
    assert_eq!(t.optional_matched, 1);
    assert_eq!(t.precision(), Some(1.0));

    // Missing the optional item: no FN.
    pred.counts.remove(0);
    let t = score_predictions(&gold, &pred).scores.counts.tally;
    assert_eq!(
        (t.true_positives, t.false_negatives, t.optional_missed),
        (1, 0, 1)
    );
    assert_eq!(t.recall(), Some(1.0));
}

#[test]
fn a_required_gold_item_takes_a_prediction_before_an_optional_one() {
    let text = "Two weeks later, two boats sank.\n";
    let mut gold = GoldArticle::new("t", text);
    let mut weeks = GoldCount::new("Two weeks", 2.0);
    weeks.optional = true;
    gold.counts = vec![weeks, GoldCount::new("two", 2.0)];
    // A prediction placed nowhere in particular: it must go to the required one.
    let mut pred = Predictions::default();
    pred.counts
        .push(PredictedCount::new(Span::new(0, 0), "2", 2.0));
    let t = score_predictions(&gold, &pred).scores.counts.tally;
    assert_eq!((t.true_positives, t.false_negatives), (1, 0));
}

#[test]
fn secondary_fields_skip_optional_pairs() {
    let text = "He is 34.\n";
    let mut gold = GoldArticle::new("t", text);
    let mut age = GoldCount::new("34", 34.0);
    age.optional = true;
    age.unit = Some("year".into());
    gold.counts.push(age);
    let mut pred = Predictions::default();
    pred.counts.push(count(text, "34", 0, 34.0));
    let s = score_predictions(&gold, &pred);
    assert_eq!(s.scores.counts.unit.total, 0);
    assert_eq!(s.scores.counts.bound.total, 0);
}

// ---- boilerplate -------------------------------------------------------------------

#[test]
fn predictions_inside_boilerplate_are_false_positives_in_every_category() {
    let gold = {
        let mut g = storm_gold();
        g.sentences = vec![
            GoldSentence::new("Storm Kills 12 in Coastal Towns"),
            GoldSentence::new(
                "The storm killed 12 people and injured about 40 on Monday, officials said.",
            ),
        ];
        g
    };
    let bp = "Also Read: Floods Kill 12 Upstream";
    let mut pred = Predictions::default();
    pred.sentences
        .push(PredictedSentence::new(at(STORM, bp, 0), bp));
    pred.sentences.push(PredictedSentence::new(
        at(STORM, "Advertisement", 0),
        "Advertisement",
    ));
    pred.counts.push(count(STORM, "12", 2, 12.0));
    pred.dates.push(PredictedDate::new(
        at(STORM, "Upstream", 0),
        "Upstream",
        None,
    ));
    pred.actors.push(PredictedActor::new(
        "Floods",
        ActorKind::Group,
        vec![at(STORM, "Floods", 0)],
    ));
    pred.attributions.push(PredictedAttribution::new(
        at(STORM, "Floods", 0),
        "Floods",
        "kill",
    ));
    pred.quotes.push(PredictedQuote::new(
        at(STORM, "Upstream", 0),
        "Upstream",
        None,
    ));
    let s = score_predictions(&gold, &pred);
    for c in Category::ALL {
        let t = s.scores.tally(c);
        let expected = if c == Category::Sentences { 2 } else { 1 };
        assert_eq!(t.false_positives, expected, "{c:?}");
        assert_eq!(t.true_positives, 0, "{c:?}");
    }
    assert!(
        s.false_positives
            .iter()
            .all(|f| f.note.contains("boilerplate"))
    );
}

#[test]
fn a_boilerplate_prediction_does_not_match_gold_with_the_same_value() {
    let mut gold = storm_gold();
    gold.counts.push(GoldCount::new("12", 12.0)); // the headline's
    let mut pred = Predictions::default();
    pred.counts.push(count(STORM, "12", 2, 12.0)); // the "Also Read" line's
    let t = score_predictions(&gold, &pred).scores.counts.tally;
    assert_eq!(
        (t.true_positives, t.false_positives, t.false_negatives),
        (0, 1, 1)
    );
}

#[test]
fn an_actor_is_in_boilerplate_only_when_every_mention_is() {
    let mut gold = storm_gold();
    gold.actors
        .push(GoldActor::new("officials", ActorKind::Group));
    let mut pred = Predictions::default();
    let body = at(STORM, "officials", 0);
    let noise = at(STORM, "Floods", 0);
    pred.actors.push(PredictedActor::new(
        "officials",
        ActorKind::Group,
        vec![body, noise],
    ));
    let t = score_predictions(&gold, &pred).scores.actors.tally;
    assert_eq!((t.true_positives, t.false_positives), (1, 0));
    pred.actors[0].spans = vec![noise];
    let t = score_predictions(&gold, &pred).scores.actors.tally;
    assert_eq!((t.true_positives, t.false_positives), (0, 1));
}

#[test]
fn boilerplate_lines_are_found_whole_and_repeated() {
    let text = "Head\nAdvertisement\nBody.\n  Advertisement \nNo Advertisement here.\n";
    let r = boilerplate_ranges(text, &["Advertisement".to_string()]);
    assert_eq!(r.len(), 2);
    assert!(r.iter().all(|&(s, e)| &text[s..e] == "Advertisement"));
    assert!(r[1].0 > text.find("Body").unwrap_or(0));
}

// ---- head words, synonyms, folding ---------------------------------------------

#[test]
fn head_word_is_the_last_word_with_a_final_s_ignored() {
    assert!(contains_head("political prisoners", "Political Prisoners"));
    assert!(contains_head("prisoner", "political prisoners"));
    assert!(contains_head("the Venezuelan government", "government"));
    assert!(!contains_head("prison", "political prisoners"));
    assert!(!contains_head("political", "political prisoners"));
    // Word-level: the head must be a whole word of the prediction.
    assert!(!contains_head("ministerial staff", "minister"));
    assert!(contains_head("Maduro’s government", "the government"));
    assert!(contains_head("authorities", "the authorities"));
}

#[test]
fn count_object_actor_and_source_use_head_words() {
    let text = "Authorities detained more than 2,400 protesters, rights groups said.\n";
    let mut gold = GoldArticle::new("t", text);
    let mut g = GoldCount::new("more than 2,400", 2400.0);
    g.bound = Bound::Lower;
    g.object = Some("protesters".into());
    g.event = Some("detain".into());
    g.actor = Some("Authorities".into());
    g.source = Some("rights groups".into());
    gold.counts.push(g);
    let mut p = count(text, "more than 2,400", 0, 2400.0);
    p.bound = Bound::Approx;
    p.object = Some("protester".into());
    p.event = Some("arrest".into());
    p.actor = Some("security forces".into());
    p.source = Some("human rights group".into());
    p.hedged = Some(false);
    let mut pred = Predictions::default();
    pred.counts.push(p);
    let s = score_predictions(&gold, &pred);
    let c = s.scores.counts;
    assert_eq!(c.bound.fraction(), Some(0.0));
    assert_eq!(c.object.fraction(), Some(1.0));
    assert_eq!(c.event.fraction(), Some(1.0));
    assert_eq!(c.actor.fraction(), Some(0.0));
    assert_eq!(c.source.fraction(), Some(1.0));
    assert_eq!(c.hedged.fraction(), Some(1.0));
    let fields: Vec<_> = s.mismatches.iter().map(|m| m.field).collect();
    assert_eq!(fields, ["bound", "actor"]);
}

#[test]
fn null_gold_fields_are_not_penalised_but_missing_predictions_are() {
    let text = "Nearly 2,000 were reportedly released.\n";
    let mut gold = GoldArticle::new("t", text);
    let mut g = GoldCount::new("Nearly 2,000", 2000.0);
    g.bound = Bound::Upper;
    g.event = Some("release".into());
    g.hedged = true;
    gold.counts.push(g);
    let mut p = count(text, "Nearly 2,000", 0, 2000.0);
    p.bound = Bound::Upper;
    p.unit = Some("%".into()); // gold unit null: not counted
    p.object = Some("prisoners".into()); // gold object null: not counted
    // no event, no hedging known: both wrong
    let mut pred = Predictions::default();
    pred.counts.push(p);
    let c = score_predictions(&gold, &pred).scores.counts;
    assert_eq!(
        (c.unit.total, c.object.total, c.actor.total, c.source.total),
        (0, 0, 0, 0)
    );
    assert_eq!(c.unit.fraction(), None);
    assert_eq!(c.event.fraction(), Some(0.0));
    assert_eq!(c.hedged.fraction(), Some(0.0));
    assert_eq!(c.bound.fraction(), Some(1.0));
}

#[test]
fn units_compare_exactly() {
    let text = "Output reached 340 MW.\n";
    let mut gold = GoldArticle::new("t", text);
    let mut g = GoldCount::new("340 MW", 340.0);
    g.unit = Some("MW".into());
    gold.counts.push(g);
    for (unit, right) in [(Some("MW"), 1), (Some("mw"), 0), (None, 0)] {
        let mut p = count(text, "340 MW", 0, 340.0);
        p.unit = unit.map(str::to_string);
        let mut pred = Predictions::default();
        pred.counts.push(p);
        let c = score_predictions(&gold, &pred).scores.counts;
        assert_eq!((c.unit.hits, c.unit.total), (right, 1), "{unit:?}");
    }
}

#[test]
fn event_synonyms() {
    for (a, b) in [
        ("free", "release"),
        ("arrest", "detain"),
        ("jail", "imprison"),
        ("Detain", "arrest"),
        ("slay", "kill"),
        ("wound", "injure"),
    ] {
        assert_eq!(event_key(a), event_key(b), "{a} = {b}");
    }
    for (a, b) in [
        ("kill", "injure"),
        ("release", "detain"),
        ("evacuate", "displace"),
    ] {
        assert_ne!(event_key(a), event_key(b), "{a} != {b}");
    }
}

#[test]
fn folding_removes_case_and_diacritics() {
    assert_eq!(fold("Nicolás Maduro"), "nicolas maduro");
    assert_eq!(fold("ŁÓDŹ  Straße"), "lodz strasse");
    assert_eq!(fold("Ærø Œuvre"), "aero oeuvre");
    assert_eq!(fold("Çağrı Ğüneş"), "cagri gunes");
    // Decomposed accents (a combining mark after the letter) fold too.
    assert_eq!(fold("Jose\u{301}"), "jose");
    assert_eq!(actor_key("The Ministry’s"), "ministry");
    assert_eq!(actor_key("the ministry's"), "ministry");
    assert_eq!(actor_key("Theodore"), "theodore");
    assert_eq!(
        actor_key("  Edmundo  González\u{a0}Urrutia "),
        "edmundo gonzalez urrutia"
    );
}

// ---- actors -------------------------------------------------------------------------

#[test]
fn actors_match_on_any_surface_form_after_normalisation() {
    let text = "Nicolas Maduro spoke. The ministry's statement followed.\n";
    let mut gold = GoldArticle::new("t", text);
    let mut maduro = GoldActor::new("Nicolás Maduro", ActorKind::Person);
    maduro.aliases = vec!["Maduro".into(), "President Maduro".into()];
    let mut ministry = GoldActor::new("Ministry of Penitentiary Service", ActorKind::Organization);
    ministry.aliases = vec!["the ministry".into()];
    gold.actors = vec![maduro, ministry];

    let mut pred = Predictions::default();
    pred.actors.push(PredictedActor::new(
        "Nicolas Maduro",
        ActorKind::Person,
        vec![at(text, "Nicolas Maduro", 0)],
    ));
    let mut m = PredictedActor::new(
        "The ministry's",
        ActorKind::Place,
        vec![at(text, "The ministry's", 0)],
    );
    m.surfaces.push("statement".into());
    pred.actors.push(m);
    pred.actors.push(PredictedActor::new(
        "Maduros",
        ActorKind::Person,
        Vec::new(),
    ));
    let s = score_predictions(&gold, &pred);
    let a = s.scores.actors;
    assert_eq!((a.tally.true_positives, a.tally.false_positives), (2, 1));
    assert_eq!((a.kind.hits, a.kind.total), (1, 2));
    assert_eq!(s.false_positives[0].text, "Maduros");
}

#[test]
fn actor_matching_is_a_maximum_matching() {
    // A greedy pass would give the first prediction to the first gold actor
    // it matches and leave the second prediction without a partner.
    let text = "The government of Maduro. Maduro spoke.\n";
    let mut gold = GoldArticle::new("t", text);
    let mut person = GoldActor::new("Maduro", ActorKind::Person);
    person.aliases.push("President Maduro".into());
    gold.actors = vec![
        person,
        GoldActor::new("government", ActorKind::Organization),
    ];
    let mut first = PredictedActor::new("the government", ActorKind::Organization, Vec::new());
    first.surfaces.push("Maduro".into());
    let second = PredictedActor::new("Maduro", ActorKind::Person, Vec::new());
    let mut pred = Predictions::default();
    pred.actors = vec![first, second];
    let a = score_predictions(&gold, &pred).scores.actors;
    assert_eq!(a.tally.true_positives, 2);
    assert_eq!(a.kind.fraction(), Some(1.0));
}

// ---- dates --------------------------------------------------------------------------

#[test]
fn dates_match_by_containment_at_the_same_place() {
    let text = "Protests began in July 2024. In July 2024 again, on Dec. 25, 2025, more.\n";
    let mut gold = GoldArticle::new("t", text);
    let mut second = GoldDate::new("July 2024", Some("2024-07"));
    second.optional = false;
    gold.dates = vec![
        GoldDate::new("July 2024", Some("2024-07")),
        second,
        GoldDate::new("Dec. 25", Some("2025-12-25")),
    ];
    let mut pred = Predictions::default();
    // Only the second "July 2024", twice over (a duplicate prediction).
    pred.dates.push(PredictedDate::new(
        at(text, "July 2024", 1),
        "July 2024",
        Some("2024-07"),
    ));
    pred.dates.push(PredictedDate::new(
        at(text, "July 2024", 1),
        "in July 2024",
        Some("2024-07"),
    ));
    pred.dates.push(PredictedDate::new(
        at(text, "Dec. 25, 2025", 0),
        "Dec. 25, 2025",
        Some("2025-12-24"),
    ));
    let s = score_predictions(&gold, &pred);
    let t = s.scores.dates.tally;
    assert_eq!(
        (t.true_positives, t.false_positives, t.false_negatives),
        (2, 1, 1)
    );
    assert_eq!(
        (s.scores.dates.value.hits, s.scores.dates.value.total),
        (1, 2)
    );
    assert_eq!(s.mismatches[0].gold, "2025-12-25");
}

#[test]
fn a_date_elsewhere_with_the_same_text_is_not_a_match() {
    let text = "Talks ended on Monday. Monday’s vote was close.\n";
    let mut gold = GoldArticle::new("t", text);
    gold.dates.push(GoldDate::new("Monday", Some("2025-03-03"))); // the first one
    let mut pred = Predictions::default();
    pred.dates.push(PredictedDate::new(
        at(text, "Monday", 1),
        "Monday",
        Some("2025-03-03"),
    ));
    let t = score_predictions(&gold, &pred).scores.dates.tally;
    assert_eq!(
        (t.true_positives, t.false_positives, t.false_negatives),
        (0, 1, 1)
    );
}

#[test]
fn date_texts_must_contain_one_another() {
    let text = "On Monday, March 3, it rained.\n";
    let mut gold = GoldArticle::new("t", text);
    gold.dates
        .push(GoldDate::new("Monday, March 3", Some("2025-03-03")));
    let mut pred = Predictions::default();
    pred.dates.push(PredictedDate::new(
        at(text, "March 3, it", 0),
        "March 3, it",
        None,
    ));
    assert_eq!(
        score_predictions(&gold, &pred)
            .scores
            .dates
            .tally
            .true_positives,
        0
    );
    // Case is ignored in the comparison.
    pred.dates[0] = PredictedDate::new(at(text, "March 3", 0), "MARCH 3", None);
    assert_eq!(
        score_predictions(&gold, &pred)
            .scores
            .dates
            .tally
            .true_positives,
        1
    );
}

#[test]
fn date_values_skip_vague_gold_and_compare_intervals() {
    let text = "Recently, between March and May 2023, sales fell.\n";
    let mut gold = GoldArticle::new("t", text);
    let mut vague = GoldDate::new("Recently", None);
    vague.optional = true;
    let mut vague_required = GoldDate::new("sales", None);
    vague_required.optional = false;
    let mut interval = GoldDate::new("between March and May 2023", None);
    interval.from = Some("2023-03".into());
    interval.to = Some("2023-05".into());
    gold.dates = vec![vague, interval, vague_required];
    let mut pred = Predictions::default();
    let mut p = PredictedDate::new(
        at(text, "March and May 2023", 0),
        "March and May 2023",
        None,
    );
    p.from = Some("2023-03".into());
    p.to = Some("2023-06".into());
    pred.dates.push(p);
    pred.dates.push(PredictedDate::new(
        at(text, "sales", 0),
        "sales",
        Some("2023"),
    ));
    let s = score_predictions(&gold, &pred);
    assert_eq!(s.scores.dates.tally.true_positives, 2);
    assert_eq!(
        (s.scores.dates.value.hits, s.scores.dates.value.total),
        (0, 1)
    );
}

// ---- sentences ------------------------------------------------------------------------

#[test]
fn sentences_are_an_order_aware_multiset_match() {
    let text = "A.\nB.\nC.\n";
    let mut gold = GoldArticle::new("t", text);
    gold.sentences = ["A.", "B.", "C."].map(GoldSentence::new).to_vec();
    let mut pred = Predictions::default();
    for s in ["C.", "A.", "B."] {
        pred.sentences
            .push(PredictedSentence::new(at(text, s, 0), s));
    }
    let t = score_predictions(&gold, &pred).scores.sentences;
    assert_eq!(
        (t.true_positives, t.false_positives, t.false_negatives),
        (2, 1, 1)
    );
}

#[test]
fn repeated_sentences_count_each_time_and_trim() {
    let text = "Yes.\nYes.\n";
    let mut gold = GoldArticle::new("t", text);
    gold.sentences = vec![GoldSentence::new("Yes."), GoldSentence::new(" Yes. ")];
    let mut pred = Predictions::default();
    pred.sentences
        .push(PredictedSentence::new(Span::new(0, 5), "Yes.\n"));
    let t = score_predictions(&gold, &pred).scores.sentences;
    assert_eq!((t.true_positives, t.false_negatives), (1, 1));
    pred.sentences
        .push(PredictedSentence::new(Span::new(5, 9), "Yes."));
    pred.sentences
        .push(PredictedSentence::new(Span::new(5, 9), "yes."));
    let t = score_predictions(&gold, &pred).scores.sentences;
    assert_eq!(
        (t.true_positives, t.false_positives, t.false_negatives),
        (2, 1, 0)
    );
}

#[test]
fn sentence_alignment_prefers_required_over_optional() {
    let gold = ["X", "A", "X"];
    let optional = [true, false, false];
    let assignment = matching::align(&gold, &optional, &["X", "A"], &[true, true]);
    // Taking the optional first "X" would cost the required "A".
    assert_eq!(assignment, [Some(0), Some(1)]);
    let assignment = matching::align(&gold, &optional, &["A", "X"], &[true, true]);
    assert_eq!(assignment, [Some(1), Some(2)]);
}

// ---- attributions and quotes ------------------------------------------------------------

#[test]
fn attributions_need_the_head_word_and_the_same_cue() {
    let text = "According to the ministry, rights groups estimate 900.\n";
    let mut gold = GoldArticle::new("t", text);
    gold.attributions = vec![
        GoldAttribution::new("the ministry", "according to"),
        GoldAttribution::new("rights groups", "estimate"),
    ];
    let mut pred = Predictions::default();
    pred.attributions.push(PredictedAttribution::new(
        at(text, "the ministry", 0),
        "Ministry of Penitentiary Service",
        "According to",
    ));
    pred.attributions.push(PredictedAttribution::new(
        at(text, "rights groups", 0),
        "rights groups",
        "say",
    ));
    let t = score_predictions(&gold, &pred).scores.attributions;
    assert_eq!(
        (t.true_positives, t.false_positives, t.false_negatives),
        (1, 1, 1)
    );
}

#[test]
fn quotes_match_on_folded_whitespace_and_score_speakers() {
    let text = "\u{201c}We will  rebuild,\u{201d} said Mayor Ana López. \u{201c}No.\u{201d}\n";
    let mut gold = GoldArticle::new("t", text);
    gold.quotes = vec![
        GoldQuote::new("We will rebuild", Some("Ana López")),
        GoldQuote::new("No.", None),
    ];
    let mut pred = Predictions::default();
    pred.quotes.push(PredictedQuote::new(
        at(text, "We will  rebuild", 0),
        "We will \n rebuild",
        Some("Mayor Ana Lopez"),
    ));
    pred.quotes.push(PredictedQuote::new(
        at(text, "No.", 0),
        "No.",
        Some("someone"),
    ));
    let s = score_predictions(&gold, &pred);
    let q = s.scores.quotes;
    assert_eq!(q.tally.true_positives, 2);
    assert_eq!((q.speaker.hits, q.speaker.total), (1, 1));

    pred.quotes[0].text = "we will rebuild".into(); // case differs: no match
    pred.quotes[0].speaker = Some("the mayor".into());
    let q = score_predictions(&gold, &pred).scores.quotes;
    assert_eq!(q.tally.true_positives, 1);
    assert_eq!(q.speaker.total, 0);
}

// ---- figures --------------------------------------------------------------------------------

#[test]
fn empty_categories_have_null_figures_and_stubs_score_zero() {
    let mut gold = GoldArticle::new("t", "Storm Kills 12\n");
    gold.counts.push(GoldCount::new("12", 12.0));
    let s = score_predictions(&gold, &Predictions::default());
    let report: Report = [&s].into_iter().collect();
    let figure = |c: Category, n: &str| {
        report
            .figures()
            .into_iter()
            .find(|f| f.category == c && f.name == n)
            .map(|f| f.value)
    };
    assert_eq!(figure(Category::Counts, "p"), Some(Some(0.0)));
    assert_eq!(figure(Category::Counts, "r"), Some(Some(0.0)));
    assert_eq!(figure(Category::Counts, "f1"), Some(Some(0.0)));
    assert_eq!(figure(Category::Counts, "bound"), Some(None));
    assert_eq!(figure(Category::Dates, "f1"), Some(None));
    assert_eq!(figure(Category::Quotes, "speaker"), Some(None));
    assert_eq!(s.misses.len(), 1);
}

#[test]
fn predictions_without_gold_give_zero_recall_not_null() {
    let text = "Storm Kills 12\n";
    let gold = GoldArticle::new("t", text);
    let mut pred = Predictions::default();
    pred.counts.push(count(text, "12", 0, 12.0));
    let t = score_predictions(&gold, &pred).scores.counts.tally;
    assert_eq!(
        (t.precision(), t.recall(), t.f1()),
        (Some(0.0), Some(0.0), Some(0.0))
    );
}

#[test]
fn reports_are_micro_averaged() {
    let text = "1 2 3\n";
    let mut a = GoldArticle::new("a", text);
    a.counts = vec![
        GoldCount::new("1", 1.0),
        GoldCount::new("2", 2.0),
        GoldCount::new("3", 3.0),
    ];
    let mut pa = Predictions::default();
    pa.counts = vec![
        count(text, "1", 0, 1.0),
        count(text, "2", 0, 2.0),
        count(text, "3", 0, 3.0),
    ];
    let mut b = GoldArticle::new("b", text);
    b.counts = vec![GoldCount::new("1", 1.0)];
    let report: Report = [
        score_predictions(&a, &pa),
        score_predictions(&b, &Predictions::default()),
    ]
    .iter()
    .collect();
    assert_eq!(report.articles, 2);
    // 3 of 4 found (micro), not the mean of 1.0 and 0.0.
    assert_eq!(report.scores.counts.tally.recall(), Some(0.75));
    assert_eq!(report.scores.counts.tally.precision(), Some(1.0));
}

// ---- locating gold mentions ------------------------------------------------------------------

#[test]
fn gold_mentions_are_located_in_order_on_word_boundaries() {
    let text = "In 2024, 2 ships and 2 planes.\nAlso Read: 12 more\nThen 12 others.\n";
    let bp = boilerplate_ranges(text, &["Also Read: 12 more".to_string()]);
    let found = locate_in_order(text, ["2", "2", "12", "missing"], &bp);
    let slices: Vec<Option<usize>> = found.iter().map(|f| f.map(|(s, _)| s)).collect();
    let first_2 = text.find("2 ships");
    let second_2 = text.find("2 planes");
    let body_12 = text.find("12 others");
    assert_eq!(slices, [first_2, second_2, body_12, None]);
}

#[test]
fn out_of_order_gold_is_still_located() {
    let text = "B then A.\n";
    let found = locate_in_order(text, ["a", "b"], &[]);
    assert_eq!(found, [Some((7, 8)), Some((0, 1))]);
}

// ---- conversion from the pipeline's output ----------------------------------------------------

#[test]
fn counts_take_actor_source_and_hedging_from_the_claim_citing_them() {
    use crate::{Claim, ClaimActor, ClaimSource, Evidence, Quantity};
    let quantity = |span: Span, value: f64| Quantity {
        span,
        text: crate::Text::default(),
        sentence: 0,
        value,
        high: None,
        bound: Bound::Exact,
        unit: None,
        object: None,
        event: None,
    };
    let mut x = crate::Extractor::default().extract("", None);
    x.quantities = vec![
        quantity(Span::new(0, 2), 88.0),
        quantity(Span::new(5, 7), 99.0),
    ];
    // The claim's own fields come from another statement of the fact; the
    // scorer must read what the evidence's own sentence says.
    let mut claim = Claim {
        value: 99.0,
        high: None,
        bound: Bound::Exact,
        unit: None,
        object: None,
        event: None,
        class: None,
        actor: Some(ClaimActor {
            text: "police".into(),
            span: Span::new(0, 6),
            actor: None,
        }),
        time: None,
        source: None,
        hedged: false,
        negated: false,
        change: None,
        evidence: vec![Evidence {
            sentence: 0,
            quantity: 0,
            span: Span::new(0, 2),
            actor: None,
            source: None,
            hedged: false,
        }],
    };
    let mut evidence = claim.evidence[0].clone();
    evidence.quantity = 1;
    evidence.span = Span::new(5, 7);
    evidence.actor = Some(ClaimActor {
        text: "authorities".into(),
        span: Span::new(10, 21),
        actor: None,
    });
    evidence.source = Some(ClaimSource {
        text: "rights groups".into(),
        cue: "say".into(),
        attribution: None,
    });
    evidence.hedged = true;
    claim.evidence = vec![evidence];
    x.claims = vec![claim];
    let p = Predictions::from(&x);
    assert_eq!(p.counts.len(), 2);
    assert_eq!(p.counts[0].actor, None);
    assert_eq!(p.counts[0].hedged, None);
    assert_eq!(p.counts[1].actor.as_deref(), Some("authorities"));
    assert_eq!(p.counts[1].source.as_deref(), Some("rights groups"));
    assert_eq!(p.counts[1].hedged, Some(true));
}

// ---- the gold file format ---------------------------------------------------------------------

#[cfg(feature = "serde")]
#[test]
fn gold_files_deserialise() {
    let json = r#"{
        "id": "x", "published": "2025-12-28", "text": "Head\nBody 3.\n",
        "boilerplate": [],
        "sentences": ["Head", {"text": "Body 3.", "optional": true}],
        "counts": [{"text": "3", "value": 3, "bound": "approx", "unit": null,
                    "object": null, "event": null, "actor": null, "source": null,
                    "hedged": false, "optional": true, "extra": 1}],
        "dates": [{"text": "x", "value": null, "from": "2023-03", "to": "2023-05"}],
        "actors": [{"name": "A", "kind": "group", "aliases": []}],
        "attributions": [{"source": "s", "cue": "say", "value": 1.5}],
        "quotes": [{"text": "q", "speaker": null}]
    }"#;
    let g: GoldArticle = serde_json::from_str(json).expect("valid gold");
    assert_eq!(g.published_date().map(|d| d.year()), Some(2025));
    assert!(!g.sentences[0].optional && g.sentences[1].optional);
    assert_eq!(g.counts[0].bound, Bound::Approx);
    assert!(g.counts[0].optional);
    assert_eq!(g.dates[0].to.as_deref(), Some("2023-05"));
    assert_eq!(g.actors[0].kind, ActorKind::Group);
    assert!(!g.actors[0].optional);
    assert_eq!(g.attributions[0].value, Some(1.5));
    let bad = r#"{"text": "", "counts": [{"text": "3", "value": 3, "bound": "roughly"}]}"#;
    assert!(serde_json::from_str::<GoldArticle>(bad).is_err());
}

/// Builds the predictions a perfect pipeline would make from the gold
/// itself: every category must then score 1.
#[cfg(feature = "serde")]
fn oracle(g: &GoldArticle) -> Predictions {
    let boiler = boilerplate_ranges(&g.text, &g.boilerplate);
    let span = |r: Option<(usize, usize)>| r.map_or(Span::new(0, 0), |(s, e)| Span::new(s, e));
    let mut p = Predictions::default();
    let loc = locate_in_order(
        &g.text,
        g.sentences.iter().map(|s| s.text.as_str()),
        &boiler,
    );
    for (s, r) in g.sentences.iter().zip(loc) {
        p.sentences
            .push(PredictedSentence::new(span(r), s.text.clone()));
    }
    let loc = locate_in_order(&g.text, g.counts.iter().map(|c| c.text.as_str()), &boiler);
    for (c, r) in g.counts.iter().zip(loc) {
        let mut pc = PredictedCount::new(span(r), c.text.clone(), c.value);
        pc.high = c.high;
        pc.bound = c.bound;
        pc.unit = c.unit.clone();
        pc.object = c.object.clone();
        pc.event = c.event.clone();
        pc.actor = c.actor.clone();
        pc.source = c.source.clone();
        pc.hedged = Some(c.hedged);
        p.counts.push(pc);
    }
    let loc = locate_in_order(&g.text, g.dates.iter().map(|d| d.text.as_str()), &boiler);
    for (d, r) in g.dates.iter().zip(loc) {
        let mut pd = PredictedDate::new(span(r), d.text.clone(), d.value.as_deref());
        pd.from = d.from.clone();
        pd.to = d.to.clone();
        p.dates.push(pd);
    }
    for a in &g.actors {
        let mut pa = PredictedActor::new(a.name.clone(), a.kind, Vec::new());
        pa.surfaces.extend(a.aliases.iter().cloned());
        p.actors.push(pa);
    }
    for a in &g.attributions {
        p.attributions.push(PredictedAttribution::new(
            Span::new(0, 0),
            a.source.clone(),
            a.cue.clone(),
        ));
    }
    let loc = locate_in_order(&g.text, g.quotes.iter().map(|q| q.text.as_str()), &boiler);
    for (q, r) in g.quotes.iter().zip(loc) {
        p.quotes.push(PredictedQuote::new(
            span(r),
            q.text.clone(),
            q.speaker.as_deref(),
        ));
    }
    p
}

#[cfg(feature = "serde")]
fn dev_gold() -> Vec<GoldArticle> {
    // The dev set sits beside the repository (`../shared/eval/dev`); a
    // checkout elsewhere can point at it with `NEWS_CLAIMS_EVAL_DEV`.
    let dir = std::env::var_os("NEWS_CLAIMS_EVAL_DEV").map_or_else(
        || std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/dev"),
        std::path::PathBuf::from,
    );
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("dev set not found at {}: skipped", dir.display());
        return Vec::new();
    };
    let mut paths: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let s = std::fs::read_to_string(p).expect("readable gold file");
            serde_json::from_str(&s).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
        })
        .collect()
}

#[cfg(feature = "serde")]
#[test]
fn the_gold_itself_scores_perfectly_on_the_dev_set() {
    let golds = dev_gold();
    for g in &golds {
        let s = score_predictions(g, &oracle(g));
        for f in s.scores.figures() {
            assert!(
                f.value.is_none_or(|v| v == 1.0),
                "{}: {}.{} = {:?}; misses {:?}; false positives {:?}; mismatches {:?}",
                g.id,
                f.category.name(),
                f.name,
                f.value,
                s.misses,
                s.false_positives,
                s.mismatches
            );
        }
        assert!(s.scores.counts.tally.true_positives > 0, "{}", g.id);
    }
}

#[cfg(feature = "serde")]
#[test]
fn no_gold_item_of_the_dev_set_lies_in_boilerplate() {
    for g in dev_gold() {
        let boiler = boilerplate_ranges(&g.text, &g.boilerplate);
        assert!(boiler.len() >= g.boilerplate.len(), "{}", g.id);
        for (c, r) in g.counts.iter().zip(locate_in_order(
            &g.text,
            g.counts.iter().map(|c| c.text.as_str()),
            &boiler,
        )) {
            assert!(
                r.is_some(),
                "{}: count {:?} not in the content",
                g.id,
                c.text
            );
        }
    }
}

#[test]
fn bogus_prediction_spans_do_not_panic() {
    let mut gold = storm_gold();
    gold.counts.push(GoldCount::new("12", 12.0));
    gold.dates.push(GoldDate::new("Monday", Some("2025-03-03")));
    let mut pred = Predictions::default();
    let bogus = Span { start: 500, end: 3 };
    pred.sentences.push(PredictedSentence::new(bogus, "x"));
    pred.counts.push(PredictedCount::new(bogus, "12", 12.0));
    pred.dates.push(PredictedDate::new(bogus, "Monday", None));
    pred.actors.push(PredictedActor::new(
        "officials",
        ActorKind::Group,
        vec![bogus],
    ));
    pred.quotes.push(PredictedQuote::new(bogus, "", None));
    let s = score_predictions(&gold, &pred);
    // The count still matches by value; the date cannot (wrong place).
    assert_eq!(s.scores.counts.tally.true_positives, 1);
    assert_eq!(s.scores.dates.tally.true_positives, 0);
}
