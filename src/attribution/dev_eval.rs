//! Dev-set report for attributions and quotes (ignored: needs the shared
//! gold files). Run with
//! `cargo test --lib attribution::dev_eval -- --ignored --nocapture`;
//! `NEWS_CLAIMS_DEV` overrides the folder.

use std::path::PathBuf;

use serde_json::Value;

use crate::{Date, Extractor};

/// The gold folder, if it can be found.
fn dev_dir() -> Option<PathBuf> {
    if let Ok(d) = std::env::var("NEWS_CLAIMS_DEV") {
        return Some(PathBuf::from(d));
    }
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    [
        root.join("../shared/eval/dev"),
        root.join("../../shared/eval/dev"),
    ]
    .into_iter()
    .find(|p| p.is_dir())
}

/// The head word of a gold phrase: its last word, lower case, without a
/// possessive.
fn head(s: &str) -> String {
    let last = s.split_whitespace().last().unwrap_or("").to_lowercase();
    last.trim_end_matches("'s")
        .trim_end_matches("’s")
        .to_string()
}

/// Whitespace folded.
fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Precision, recall, F1.
fn prf(tp: usize, fp: usize, fn_: usize) -> (f64, f64, f64) {
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / (tp + fn_).max(1) as f64;
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

#[test]
#[ignore]
fn dev_report() {
    let Some(dir) = dev_dir() else {
        eprintln!("no dev folder");
        return;
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.sort();
    let ex = Extractor::default();
    let (mut a_tp, mut a_fp, mut a_fn) = (0, 0, 0);
    let (mut q_tp, mut q_fp, mut q_fn, mut sp_ok, mut sp_n) = (0, 0, 0, 0, 0);
    for f in files
        .iter()
        .filter(|f| f.extension().is_some_and(|e| e == "json"))
    {
        let gold: Value = serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap();
        let text = gold["text"].as_str().unwrap();
        let published: Option<Date> = gold["published"].as_str().and_then(|p| p.parse().ok());
        let x = ex.extract(text, published);
        let name = f.file_name().unwrap().to_string_lossy().to_string();

        // Attributions.
        let golds = gold["attributions"].as_array().cloned().unwrap_or_default();
        let mut used = vec![false; x.attributions.len()];
        for pass_optional in [false, true] {
            for g in &golds {
                let optional = g["optional"].as_bool().unwrap_or(false);
                if optional != pass_optional {
                    continue;
                }
                let src = g["source"].as_str().unwrap_or("");
                let cue = g["cue"].as_str().unwrap_or("");
                let h = head(src);
                let hit = x.attributions.iter().enumerate().position(|(i, p)| {
                    !used[i] && p.cue == cue && p.source.text.to_lowercase().contains(&h)
                });
                match hit {
                    Some(i) => {
                        used[i] = true;
                        if !optional {
                            a_tp += 1;
                        }
                    }
                    None if !optional => {
                        a_fn += 1;
                        println!("{name}: ATTR MISS {src:?} {cue}");
                    }
                    None => {}
                }
            }
        }
        for (i, p) in x.attributions.iter().enumerate() {
            if !used[i] {
                a_fp += 1;
                println!(
                    "{name}: ATTR FP {:?} {}  | {}",
                    p.source.text, p.cue, x.sentences[p.sentence].text
                );
            }
        }

        // Quotes.
        let golds = gold["quotes"].as_array().cloned().unwrap_or_default();
        let mut used = vec![false; x.quotes.len()];
        for g in &golds {
            let optional = g["optional"].as_bool().unwrap_or(false);
            let t = fold(g["text"].as_str().unwrap_or(""));
            let hit = x
                .quotes
                .iter()
                .enumerate()
                .position(|(i, q)| !used[i] && fold(&q.text) == t);
            match hit {
                Some(i) => {
                    used[i] = true;
                    if !optional {
                        q_tp += 1;
                    }
                    if let Some(gs) = g["speaker"].as_str() {
                        if !optional {
                            sp_n += 1;
                            let got = x.quotes[i]
                                .speaker
                                .as_ref()
                                .map(|m| m.text.clone())
                                .unwrap_or_default();
                            if got.to_lowercase().contains(&head(gs)) {
                                sp_ok += 1;
                            } else {
                                println!("{name}: SPEAKER {gs:?} got {got:?} for {t:.40}");
                            }
                        }
                    }
                }
                None if !optional => {
                    q_fn += 1;
                    println!("{name}: QUOTE MISS {t:?}");
                }
                None => {}
            }
        }
        for (i, q) in x.quotes.iter().enumerate() {
            if !used[i] {
                q_fp += 1;
                println!("{name}: QUOTE FP {:?} ({:?})", q.text, q.kind);
            }
        }
    }
    let (p, r, f) = prf(a_tp, a_fp, a_fn);
    println!("attributions: P {p:.3} R {r:.3} F1 {f:.3} (tp {a_tp}, fp {a_fp}, fn {a_fn})");
    let (p, r, f) = prf(q_tp, q_fp, q_fn);
    println!(
        "quotes: P {p:.3} R {r:.3} F1 {f:.3} (tp {q_tp}, fp {q_fp}, fn {q_fn}); speaker {sp_ok}/{sp_n}"
    );
}

/// Prints what is found in the articles of `NEWS_CLAIMS_DUMP` (a folder of
/// JSON files with a `text`), for eyeballing unannotated fixtures.
#[test]
#[ignore]
fn dump() {
    let Ok(dir) = std::env::var("NEWS_CLAIMS_DUMP") else {
        return;
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.sort();
    let ex = Extractor::default();
    for f in files {
        let Ok(raw) = std::fs::read_to_string(&f) else {
            continue;
        };
        let Ok(v) = serde_json::from_str::<Value>(&raw) else {
            continue;
        };
        let Some(text) = v["text"].as_str() else {
            continue;
        };
        let x = ex.extract(text, None);
        println!("===== {}", f.display());
        for a in &x.attributions {
            println!("  A {:?} {}", a.source.text, a.cue);
        }
        for h in &x.hedges {
            println!("  H {}  | {}", h.cue, x.sentences[h.sentence].text);
        }
        for q in &x.quotes {
            println!(
                "  Q {:?} {:?} <- {:?}",
                q.kind,
                q.text,
                q.speaker.as_ref().map(|m| m.text.as_str())
            );
        }
    }
}
