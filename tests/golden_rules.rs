//! The "golden rules" of pragmatic_segmenter (MIT, see tests/data/README.md)
//! run as a data-driven test.
//!
//! The 48 cases of pySBD's benchmark run with the default segmenter and must
//! all pass. The 4 `needs_cleaning` cases run with
//! `SegmenterConfig::join_broken_lines(true)`; their expected sentences were
//! written for text whose line breaks had been replaced by spaces, so for
//! them whitespace runs are folded to one space before comparing (the
//! segmenter itself never rewrites text: it returns slices).

use news_claims::{Segmenter, SegmenterConfig};
use serde_json::Value;

const DATA: &str = include_str!("data/golden_rules_en.json");

fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn golden_rules() {
    let cases: Vec<Value> = serde_json::from_str(DATA).expect("valid JSON");
    assert_eq!(cases.len(), 52);
    let cleaning = Segmenter::new(SegmenterConfig::new().join_broken_lines(true));
    let (mut passed, mut passed_48, mut failures) = (0, 0, Vec::new());
    for case in &cases {
        let text = case["text"].as_str().expect("text");
        let needs_cleaning = case["needs_cleaning"].as_bool() == Some(true);
        let in_48 = case["in_pysbd_48"].as_bool() == Some(true);
        let expected: Vec<String> = case["expected"]
            .as_array()
            .expect("expected")
            .iter()
            .map(|e| e.as_str().expect("string").trim().to_string())
            .collect();
        let (got, expected): (Vec<String>, Vec<String>) = if needs_cleaning {
            (
                cleaning.sentences(text).map(fold).collect(),
                expected.iter().map(|e| fold(e)).collect(),
            )
        } else {
            (
                Segmenter::default()
                    .sentences(text)
                    .map(|s| s.trim().to_string())
                    .collect(),
                expected,
            )
        };
        if got == expected {
            passed += 1;
            passed_48 += usize::from(in_48);
        } else {
            failures.push(format!(
                "#{} {}\n  text:     {text:?}\n  expected: {expected:?}\n  got:      {got:?}",
                case["id"], case["name"]
            ));
        }
    }
    println!("golden rules: {passed}/52 pass ({passed_48}/48 of pySBD's benchmark)");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
