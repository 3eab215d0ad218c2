//! Throughput of the whole pipeline and of its stages over the checked-in
//! bench corpus (`benches/corpus/articles.jsonl`, synthetic wire copy).
//!
//! Run: `cargo bench --bench pipeline`. Each timed loop checks its result, so
//! a fast wrong answer cannot pass.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use news_claims::stages::{self, Prepared};
use news_claims::{Date, Extractor};

struct Article {
    text: String,
    published: Option<Date>,
}

fn corpus() -> Vec<Article> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/benches/corpus/articles.jsonl");
    let raw = std::fs::read_to_string(path).expect("bench corpus present");
    raw.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("corpus line is JSON");
            Article {
                text: v["text"].as_str().expect("text").to_string(),
                published: v["published"].as_str().and_then(|p| p.parse().ok()),
            }
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let articles = corpus();
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    assert!(
        bytes >= 1_000_000,
        "bench corpus must be at least 1 MB, is {bytes}"
    );
    let extractor = Extractor::default();

    let mut g = c.benchmark_group("corpus");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);

    g.bench_function("pipeline", |b| {
        b.iter(|| {
            let mut claims = 0;
            for a in &articles {
                let ex = extractor.extract(black_box(&a.text), a.published);
                claims += ex.claims.len();
            }
            assert!(claims > 0 || cfg!(debug_assertions));
            claims
        })
    });

    // Each article read twice in a row: the second read finds the branch
    // predictor trained on the same text and its data in the cache, so
    // this run less `pipeline` is what the whole pipeline would cost
    // without those stalls (see DESIGN.md, "Performance").
    g.bench_function("each-twice", |b| {
        b.iter(|| {
            let mut claims = 0;
            for a in &articles {
                let first = extractor.extract(black_box(&a.text), a.published);
                let second = extractor.extract(black_box(&a.text), a.published);
                assert_eq!(first.claims.len(), second.claims.len());
                claims += second.claims.len();
            }
            assert!(claims > 0 || cfg!(debug_assertions));
            claims
        })
    });

    g.bench_function("batch", |b| {
        // All cores with the `parallel` feature, else the calling thread.
        let batch: Vec<(&str, Option<Date>)> = articles
            .iter()
            .map(|a| (a.text.as_str(), a.published))
            .collect();
        b.iter(|| {
            let results = extractor.extract_batch(black_box(&batch));
            assert_eq!(results.len(), batch.len());
            results.iter().map(|e| e.claims.len()).sum::<usize>()
        })
    });

    // The stages alone, over text already split into sentences.
    let prepared: Vec<Prepared<'_>> = articles.iter().map(|a| Prepared::new(&a.text)).collect();
    g.bench_function("stage/quantities", |b| {
        b.iter(|| {
            let n: usize = prepared.iter().map(stages::quantities).sum();
            assert!(n > articles.len());
            n
        })
    });
    g.bench_function("stage/dates", |b| {
        b.iter(|| {
            let n: usize = prepared
                .iter()
                .zip(&articles)
                .map(|(p, a)| stages::dates(p, a.published))
                .sum();
            assert!(n > articles.len());
            n
        })
    });
    g.bench_function("stage/actors-attributions-quotes", |b| {
        b.iter(|| {
            let n: usize = prepared
                .iter()
                .map(stages::actors_attributions_quotes)
                .sum();
            assert!(n > articles.len());
            n
        })
    });

    // The actor, attribution and quote stages one by one (the combined
    // bench above is the pipeline's order).
    type Stage = fn(&Prepared<'_>) -> usize;
    let parts: [(&str, Stage); 4] = [
        ("stage/actor-mentions", stages::actor_mentions),
        ("stage/actors", stages::actors),
        ("stage/attributions", stages::attributions),
        ("stage/quotes", stages::quotes),
    ];
    for (name, stage) in parts {
        g.bench_function(name, |b| {
            b.iter(|| {
                let n: usize = prepared.iter().map(stage).sum();
                assert!(n > articles.len());
                n
            })
        });
    }

    g.bench_function("segmentation", |b| {
        b.iter(|| {
            let mut n = 0;
            for a in &articles {
                n += news_claims::sentence_indices(black_box(&a.text)).count();
            }
            assert!(n > articles.len());
            n
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
