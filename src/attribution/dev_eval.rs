//! Dev-set report for attributions and quotes (ignored: needs the shared
//! gold files). Run with
//! `cargo test --lib attribution::dev_eval -- --ignored --nocapture`;
//! `NEWS_CLAIMS_DEV` overrides the folder.

use std::path::PathBuf;

use serde_json::Value;

use crate::segment::{Sentence, SentenceView};
use crate::structure::BlockKind;
use crate::{Attribution, Date, Extractor, Quote, Span};

/// Attributions and quotes over the gold sentence split, to see what the
/// stage does once the segmenter is right.
fn with_gold_sentences(text: &str, gold: &Value) -> (Vec<Attribution>, Vec<Quote>, Vec<String>) {
    let mut sentences = Vec::new();
    let mut cursor = 0;
    for g in gold["sentences"].as_array().into_iter().flatten() {
        let g = g.as_str().unwrap_or("");
        let Some(at) = text[cursor..].find(g) else {
            continue;
        };
        let start = cursor + at;
        cursor = start + g.len();
        sentences.push(Sentence {
            span: Span::new(start, cursor),
            block: text[..start].matches('\n').count(),
            text: g.into(),
        });
    }
    let first_block = sentences.first().map(|s| s.block);
    let mut attributions = Vec::new();
    for (index, s) in sentences.iter().enumerate() {
        let view = SentenceView {
            doc: text,
            span: s.span,
            index,
            block_kind: if Some(s.block) == first_block {
                BlockKind::Headline
            } else {
                BlockKind::Paragraph
            },
        };
        attributions.extend(super::attributions(&view));
    }
    let quotes = crate::quotes::extract(text, &sentences);
    (
        attributions,
        quotes,
        sentences.into_iter().map(|s| s.text.into()).collect(),
    )
}

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
    for gold_split in [false, true] {
        println!(
            "--- sentences: {}",
            if gold_split { "gold split" } else { "pipeline" }
        );
        report(&files, gold_split);
    }
}

/// Scores every file, with the pipeline's or the gold sentence split.
fn report(files: &[PathBuf], gold_split: bool) {
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
        let (attributions, quotes, sentences) = if gold_split {
            with_gold_sentences(text, &gold)
        } else {
            (
                x.attributions.clone(),
                x.quotes.clone(),
                x.sentences.iter().map(|s| s.text.to_string()).collect(),
            )
        };
        let name = f.file_name().unwrap().to_string_lossy().to_string();

        // Attributions.
        let golds = gold["attributions"].as_array().cloned().unwrap_or_default();
        let mut used = vec![false; attributions.len()];
        for pass_optional in [false, true] {
            for g in &golds {
                let optional = g["optional"].as_bool().unwrap_or(false);
                if optional != pass_optional {
                    continue;
                }
                let src = g["source"].as_str().unwrap_or("");
                let cue = g["cue"].as_str().unwrap_or("");
                let h = head(src);
                let hit = attributions.iter().enumerate().position(|(i, p)| {
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
        for (i, p) in attributions.iter().enumerate() {
            if !used[i] {
                a_fp += 1;
                println!(
                    "{name}: ATTR FP {:?} {}  | {}",
                    p.source.text, p.cue, sentences[p.sentence]
                );
            }
        }

        // Quotes.
        let golds = gold["quotes"].as_array().cloned().unwrap_or_default();
        let mut used = vec![false; quotes.len()];
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
                            let got = quotes[i]
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
        for (i, q) in quotes.iter().enumerate() {
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

/// Throughput of attributions + hedges + quotes over the dev texts repeated
/// to about 1 MB. Run in release:
/// `cargo test --release --lib attribution::dev_eval::speed -- --ignored --nocapture`.
#[test]
#[ignore]
fn speed() {
    let Some(dir) = dev_dir() else { return };
    let mut corpus = String::new();
    let texts: Vec<String> = std::fs::read_dir(&dir)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .filter_map(|e| std::fs::read_to_string(e.path()).ok())
                .filter_map(|raw| serde_json::from_str::<Value>(&raw).ok())
                .filter_map(|v| v["text"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    if texts.is_empty() {
        return;
    }
    while corpus.len() < 1 << 20 {
        for t in &texts {
            corpus.push_str(t);
            corpus.push('\n');
        }
    }
    let mut sentences = Vec::new();
    let mut off = 0;
    for (bi, line) in corpus.split_inclusive('\n').enumerate() {
        for (o, s) in crate::segment::sentence_indices(line) {
            let start = off + o;
            sentences.push(Sentence {
                span: Span::new(start, start + s.len()),
                block: bi,
                text: crate::Text::default(),
            });
        }
        off += line.len();
    }
    super::warm();
    let mut best = [f64::MAX; 4];
    let mut found = 0;
    for _ in 0..5 {
        let t0 = std::time::Instant::now();
        found = 0;
        let view = |index: usize, s: &Sentence| SentenceView {
            doc: &corpus,
            span: s.span,
            index,
            block_kind: BlockKind::Paragraph,
        };
        for (index, s) in sentences.iter().enumerate() {
            found += super::attributions(&view(index, s)).len();
        }
        let t1 = std::time::Instant::now();
        for (index, s) in sentences.iter().enumerate() {
            found += super::hedges(&view(index, s)).len();
        }
        let t2 = std::time::Instant::now();
        found += crate::quotes::extract(&corpus, &sentences).len();
        let t3 = std::time::Instant::now();
        for (k, d) in [t1 - t0, t2 - t1, t3 - t2, t3 - t0].iter().enumerate() {
            best[k] = best[k].min(d.as_secs_f64());
        }
    }
    println!(
        "attributions {:.1} ms, hedges {:.1} ms, quotes {:.1} ms",
        best[0] * 1e3,
        best[1] * 1e3,
        best[2] * 1e3
    );
    let sum = best[0] + best[1] + best[2];
    println!(
        "sum of the stages: {:.1} MB/s",
        corpus.len() as f64 / 1e6 / sum
    );
    let best = best[3];
    assert!(found > 0);
    let mb = corpus.len() as f64 / 1e6;
    println!(
        "{:.2} MB, best of 5: {:.1} ms, {:.1} MB/s ({found} items)",
        mb,
        best * 1e3,
        mb / best
    );
}

/// Hostile inputs stay fast (linear): long runs of quotes with pronoun
/// speakers, of capitalised words before a verb, of reporting verbs.
#[test]
#[ignore]
fn hostile_inputs() {
    let ex = Extractor::default();
    for (name, text) in [
        (
            "pronoun quotes",
            "Ann Lee spoke. ".to_string() + &"“a,” she said, ".repeat(20_000),
        ),
        ("capitals", "Says ".repeat(40_000)),
        ("names", "Alpha Beta ".repeat(40_000) + "said."),
        ("quotes", "“".repeat(50_000) + &"”".repeat(50_000)),
        ("commas", ", said".repeat(40_000)),
        ("apostrophes", "‘a’ ".repeat(50_000)),
    ] {
        let t0 = std::time::Instant::now();
        let x = ex.extract(&text, None);
        println!(
            "{name}: {} bytes, {} quotes, {} attributions, {:.0} ms",
            text.len(),
            x.quotes.len(),
            x.attributions.len(),
            t0.elapsed().as_secs_f64() * 1e3
        );
    }
}
