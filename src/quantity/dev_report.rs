//! Dev-set report for quantities: `cargo test --lib quantity::dev_report --
//! --ignored --nocapture`. Runs `extract` over the gold sentences of
//! /work/shared/eval/dev (or `$NEWS_CLAIMS_DEV`) and prints value P/R/F1,
//! field accuracies over matched pairs, misses and false positives.

use serde_json::Value;

use super::{Bound, Quantity, extract};
use crate::Span;
use crate::segment::SentenceView;
use crate::structure::BlockKind;

fn bound_name(b: Bound) -> &'static str {
    match b {
        Bound::Exact => "exact",
        Bound::Approx => "approx",
        Bound::Lower => "lower",
        Bound::Upper => "upper",
        Bound::Range => "range",
    }
}

fn head(s: &str) -> String {
    let last = s.split_whitespace().last().unwrap_or("").to_lowercase();
    last.strip_suffix('s').map(str::to_string).unwrap_or(last)
}

fn canon_event(e: &str) -> &str {
    match e {
        "free" => "release",
        "arrest" | "jail" | "imprison" => "detain",
        "slay" => "kill",
        "wound" => "injure",
        x => x,
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 0.005 * a.abs().max(b.abs()) + 1e-9
}

/// Quantities of one gold file: the module run over the gold sentences.
fn over_gold_sentences(v: &Value) -> Vec<Quantity> {
    let text = v["text"].as_str().unwrap();
    let first_line = text.lines().next().unwrap_or("").trim();
    let mut preds: Vec<Quantity> = Vec::new();
    let mut pos = 0;
    for (index, s) in v["sentences"].as_array().unwrap().iter().enumerate() {
        let s = s.as_str().unwrap();
        let Some(off) = text[pos..].find(s) else {
            continue;
        };
        let start = pos + off;
        pos = start + s.len();
        let view = SentenceView {
            doc: text,
            span: Span::new(start, start + s.len()),
            index,
            block_kind: if index == 0 && s == first_line {
                BlockKind::Headline
            } else {
                BlockKind::Paragraph
            },
        };
        preds.extend(extract(&view));
    }
    preds
}

/// Quantities of one gold file through the whole pipeline.
fn through_pipeline(v: &Value) -> Vec<Quantity> {
    let text = v["text"].as_str().unwrap();
    let published = v["published"].as_str().and_then(|d| d.parse().ok());
    crate::Extractor::default()
        .extract(text, published)
        .quantities
}

#[test]
#[ignore]
fn dev_report() {
    report(over_gold_sentences);
}

#[test]
#[ignore]
fn dev_report_pipeline() {
    report(through_pipeline);
}

fn report(run: fn(&Value) -> Vec<Quantity>) {
    let dir = std::env::var("NEWS_CLAIMS_DEV").unwrap_or("/work/shared/eval/dev".to_string());
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("dev dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let (mut tp, mut fp, mut fneg) = (0usize, 0usize, 0usize);
    let mut fields = [(0usize, 0usize); 4]; // bound, unit, object, event
    for path in files {
        let v: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        // Predictions inside boilerplate lines are scored as false
        // positives, as the harness does (the pipeline drops those lines).
        let preds: Vec<Quantity> = run(&v);
        let golds = v["counts"].as_array().unwrap();
        let mut used = vec![false; preds.len()];
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        for g in golds {
            let gv = g["value"].as_f64().unwrap();
            let gh = g["high"].as_f64();
            let optional = g["optional"].as_bool().unwrap_or(false);
            let m = (0..preds.len()).find(|&k| {
                !used[k]
                    && close(preds[k].value, gv)
                    && match (gh, preds[k].high) {
                        (Some(a), Some(b)) => close(a, b),
                        (None, _) => true,
                        _ => false,
                    }
            });
            let Some(k) = m else {
                if !optional {
                    fneg += 1;
                    println!("MISS {name}: {}", g);
                }
                continue;
            };
            used[k] = true;
            if optional {
                continue;
            }
            tp += 1;
            let p = &preds[k];
            let mut bad = Vec::new();
            let gb = g["bound"].as_str().unwrap();
            fields[0].1 += 1;
            if gb == bound_name(p.bound) {
                fields[0].0 += 1;
            } else {
                bad.push(format!("bound {} vs {gb}", bound_name(p.bound)));
            }
            if let Some(gu) = g["unit"].as_str() {
                fields[1].1 += 1;
                if p.unit.as_deref() == Some(gu) {
                    fields[1].0 += 1;
                } else {
                    bad.push(format!("unit {:?} vs {gu}", p.unit));
                }
            }
            if let Some(go) = g["object"].as_str() {
                fields[2].1 += 1;
                let h = head(go);
                let ok = p.object.as_ref().is_some_and(|o| {
                    o.text
                        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
                        .any(|w| head(w) == h || w.to_lowercase() == h)
                        || o.text.to_lowercase().contains(&h)
                });
                if ok {
                    fields[2].0 += 1;
                } else {
                    bad.push(format!(
                        "object {:?} vs {go}",
                        p.object.as_ref().map(|o| o.text.as_str())
                    ));
                }
            }
            if let Some(ge) = g["event"].as_str() {
                fields[3].1 += 1;
                let ok = p
                    .event
                    .as_ref()
                    .is_some_and(|e| canon_event(&e.lemma) == canon_event(ge));
                if ok {
                    fields[3].0 += 1;
                } else {
                    bad.push(format!(
                        "event {:?} vs {ge}",
                        p.event.as_ref().map(|e| e.lemma.as_str())
                    ));
                }
            }
            if !bad.is_empty() {
                println!("FIELD {name}: {:?}: {}", p.text, bad.join("; "));
            }
        }
        for (k, p) in preds.iter().enumerate() {
            if !used[k] {
                fp += 1;
                println!("FP   {name}: {:?} = {} {:?}", p.text, p.value, p.unit);
            }
        }
    }
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / (tp + fneg).max(1) as f64;
    let f1 = 2.0 * p * r / (p + r).max(1e-9);
    println!("values: tp {tp} fp {fp} fn {fneg}  P {p:.3} R {r:.3} F1 {f1:.3}");
    for (name, (ok, n)) in ["bound", "unit", "object", "event"].iter().zip(fields) {
        println!("{name}: {ok}/{n} = {:.3}", ok as f64 / n.max(1) as f64);
    }
}
