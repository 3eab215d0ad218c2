//! Dev-set report for actors (ignored by default): runs the whole pipeline
//! over the gold articles and scores actors the way the evaluation harness
//! describes (FORMAT.md): a predicted actor matches a gold one when one of
//! its surface forms equals the gold name or an alias after normalisation.
//!
//! `cargo test --lib actors::dev_eval -- --ignored --nocapture`

use crate::Extractor;

use super::merge::norm;

/// Where the gold files are (override with `NEWS_CLAIMS_DEV`).
fn dev_dir() -> std::path::PathBuf {
    std::env::var_os("NEWS_CLAIMS_DEV")
        .map(Into::into)
        .unwrap_or_else(|| "/work/shared/eval/dev".into())
}

struct Gold {
    forms: Vec<String>,
    kind: String,
    optional: bool,
    name: String,
}

#[test]
#[ignore = "needs the dev set; prints a report"]
fn dev_actor_report() {
    let Ok(dir) = std::fs::read_dir(dev_dir()) else {
        eprintln!("no dev set at {}", dev_dir().display());
        return;
    };
    let mut files: Vec<_> = dir.filter_map(Result::ok).map(|e| e.path()).collect();
    files.sort();
    let ex = Extractor::default();
    let (mut tp, mut fp, mut fn_, mut kind_ok, mut kind_all) =
        (0usize, 0usize, 0usize, 0usize, 0usize);
    for path in files
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
    {
        let raw = std::fs::read_to_string(path).unwrap_or_default();
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&raw) else {
            continue;
        };
        let text = v["text"].as_str().unwrap_or("");
        let gold: Vec<Gold> = v["actors"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|g| {
                        let mut forms = vec![norm(g["name"].as_str().unwrap_or(""))];
                        if let Some(al) = g["aliases"].as_array() {
                            forms.extend(al.iter().filter_map(|x| x.as_str()).map(norm));
                        }
                        Gold {
                            forms,
                            kind: g["kind"].as_str().unwrap_or("").to_string(),
                            optional: g["optional"].as_bool().unwrap_or(false),
                            name: g["name"].as_str().unwrap_or("").to_string(),
                        }
                    })
                    .collect()
            })
            .unwrap_or_default();
        let got = if std::env::var_os("ACTOR_GOLD_SENTENCES").is_some() {
            // The gold sentence split (what a finished segmenter gives).
            let mut all = Vec::new();
            let mut from = 0;
            let sents = v["sentences"].as_array().cloned().unwrap_or_default();
            for (index, s) in sents.iter().filter_map(|s| s.as_str()).enumerate() {
                let Some(off) = text.get(from..).and_then(|t| t.find(s)) else {
                    continue;
                };
                let start = from + off;
                from = start + s.len();
                let view = crate::segment::SentenceView {
                    doc: text,
                    span: crate::Span::new(start, start + s.len()),
                    index,
                    block_kind: if index == 0 {
                        crate::BlockKind::Headline
                    } else {
                        crate::BlockKind::Paragraph
                    },
                };
                all.extend(super::mentions(&view));
            }
            super::merge(text, all)
        } else {
            ex.extract(text, None).actors
        };
        let mut used = vec![false; gold.len()];
        println!(
            "== {}",
            path.file_name().unwrap_or_default().to_string_lossy()
        );
        // Required gold first, then optional.
        let mut order: Vec<usize> = (0..gold.len()).collect();
        order.sort_by_key(|&i| gold[i].optional);
        let mut matched_pred = vec![None; got.len()];
        for &gi in &order {
            for (pi, a) in got.iter().enumerate() {
                if matched_pred[pi].is_some() {
                    continue;
                }
                let forms = std::iter::once(&a.name)
                    .chain(a.aliases.iter())
                    .map(|s| norm(s));
                if forms.into_iter().any(|f| gold[gi].forms.contains(&f)) {
                    matched_pred[pi] = Some(gi);
                    used[gi] = true;
                    break;
                }
            }
        }
        for (pi, a) in got.iter().enumerate() {
            let kind = format!("{:?}", a.kind).to_lowercase();
            match matched_pred[pi] {
                Some(gi) => {
                    if !gold[gi].optional {
                        tp += 1;
                        kind_all += 1;
                        if kind == gold[gi].kind {
                            kind_ok += 1;
                        } else {
                            println!("  KIND {:?} {} (gold {})", a.name, kind, gold[gi].kind);
                        }
                    }
                }
                None => {
                    // Matches an already-used gold item: a split actor.
                    let dup = std::iter::once(&a.name)
                        .chain(a.aliases.iter())
                        .map(|s| norm(s))
                        .any(|f| gold.iter().any(|g| g.forms.contains(&f)));
                    fp += 1;
                    println!(
                        "  FP {:?} {} {:?}{}",
                        a.name,
                        kind,
                        a.aliases,
                        if dup { " (split)" } else { "" }
                    );
                }
            }
        }
        for (gi, g) in gold.iter().enumerate() {
            if !used[gi] && !g.optional {
                fn_ += 1;
                println!("  MISS {:?} {}", g.name, g.kind);
            }
        }
    }
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / (tp + fn_).max(1) as f64;
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    println!(
        "actors: tp {tp} fp {fp} fn {fn_}  P {p:.3} R {r:.3} F1 {f1:.3}  kind {:.3} ({kind_ok}/{kind_all})",
        kind_ok as f64 / kind_all.max(1) as f64
    );
}

#[test]
#[ignore = "debug helper"]
fn dev_debug_one() {
    let text = std::env::var("ACTOR_TEXT").unwrap_or_default();
    let ex = Extractor::default();
    let got = ex.extract(&text, None);
    for s in &got.sentences {
        println!("S {:?}", s.text);
    }
    for a in &got.actors {
        println!(
            "{:?} {:?} t={:?} al={:?} n={}",
            a.name,
            a.kind,
            a.title,
            a.aliases,
            a.mentions.len()
        );
    }
}

/// Throughput of actor finding and merging alone over the dev texts,
/// repeated to about 1 MB. Run in release mode:
/// `cargo test --release --lib actors::dev_eval::actor_speed -- --ignored --nocapture`
#[test]
#[ignore = "timing; run in release mode"]
fn actor_speed() {
    use crate::segment::SentenceView;
    let Ok(dir) = std::fs::read_dir(dev_dir()) else {
        return;
    };
    let mut texts = Vec::new();
    for e in dir.filter_map(Result::ok) {
        let raw = std::fs::read_to_string(e.path()).unwrap_or_default();
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(&raw) {
            texts.push(v["text"].as_str().unwrap_or("").to_string());
        }
    }
    let ex = Extractor::default();
    // Sentences and block kinds from the pipeline, computed once.
    let prepared: Vec<(String, Vec<(crate::Span, crate::BlockKind)>)> = texts
        .iter()
        .map(|t| {
            let x = ex.extract(t, None);
            let s = x
                .sentences
                .iter()
                .map(|s| (s.span, x.blocks[s.block].kind))
                .collect();
            (t.clone(), s)
        })
        .collect();
    let per_round: usize = prepared.iter().map(|(t, _)| t.len()).sum();
    let target: usize = std::env::var("ACTOR_BYTES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1 << 20);
    let rounds = target / per_round.max(1) + 1;
    let mut found = 0usize;
    // Mention finding alone first, then with the merge.
    let t0 = std::time::Instant::now();
    for _ in 0..rounds {
        for (doc, sents) in &prepared {
            for (index, &(span, block_kind)) in sents.iter().enumerate() {
                let view = SentenceView {
                    doc,
                    span,
                    index,
                    block_kind,
                };
                found += super::mentions(&view).len();
            }
        }
    }
    let find_secs = t0.elapsed().as_secs_f64();
    // The merge alone, over mentions found once.
    let found_once: Vec<Vec<super::ActorMention>> = prepared
        .iter()
        .map(|(doc, sents)| {
            sents
                .iter()
                .enumerate()
                .flat_map(|(index, &(span, block_kind))| {
                    super::mentions(&SentenceView {
                        doc,
                        span,
                        index,
                        block_kind,
                    })
                })
                .collect()
        })
        .collect();
    let t0 = std::time::Instant::now();
    for _ in 0..rounds {
        for ((doc, _), ms) in prepared.iter().zip(&found_once) {
            found += super::merge(doc, ms.clone()).len();
        }
    }
    let merge_secs = t0.elapsed().as_secs_f64();
    let t0 = std::time::Instant::now();
    for _ in 0..rounds {
        for (doc, sents) in &prepared {
            let mut all = Vec::new();
            for (index, &(span, block_kind)) in sents.iter().enumerate() {
                let view = SentenceView {
                    doc,
                    span,
                    index,
                    block_kind,
                };
                all.extend(super::mentions(&view));
            }
            found += super::merge(doc, all).len();
        }
    }
    let secs = t0.elapsed().as_secs_f64();
    let mb = (rounds * per_round) as f64 / 1e6;
    assert!(found > 0);
    println!(
        "mentions only: {mb:.2} MB in {find_secs:.3} s = {:.1} MB/s",
        mb / find_secs
    );
    println!(
        "merge only: {mb:.2} MB in {merge_secs:.3} s = {:.1} MB/s",
        mb / merge_secs
    );
    println!(
        "mentions + merge: {mb:.2} MB in {secs:.3} s = {:.1} MB/s ({found} found)",
        mb / secs
    );
}

/// Hostile inputs at two sizes: linear work keeps the time ratio near the
/// size ratio (4). Run in release mode:
/// `cargo test --release --lib actors::dev_eval::hostile_scaling -- --ignored --nocapture`
#[test]
#[ignore = "timing; run in release mode"]
fn hostile_scaling() {
    use crate::segment::SentenceView;
    let units = [
        "Aaa Bbb of Ccc, ",
        "Peru ",
        "the ministry said officials ",
        "Smith Jones ",
        "UN (UN) ",
        "Ministry of A, B, C, D and E ",
        "Maduro’s government and the Venezuelan government ",
    ];
    for unit in units {
        let mut times = Vec::new();
        for size in [250_000usize, 1_000_000] {
            let doc = unit.repeat(size / unit.len());
            let t0 = std::time::Instant::now();
            let mut all = Vec::new();
            for block_kind in [crate::BlockKind::Paragraph, crate::BlockKind::Headline] {
                let view = SentenceView {
                    doc: &doc,
                    span: crate::Span::new(0, doc.len()),
                    index: 0,
                    block_kind,
                };
                all.extend(super::mentions(&view));
            }
            let n = super::merge(&doc, all).len();
            times.push((t0.elapsed().as_secs_f64(), n));
        }
        let ratio = times[1].0 / times[0].0.max(1e-9);
        println!(
            "{unit:?}: {:.3}s -> {:.3}s (x{ratio:.1}), {} actors",
            times[0].0, times[1].0, times[1].1
        );
    }
}
