//! Hostile inputs: each at two sizes, so that a quadratic stage shows up as
//! throughput falling with size. Linear work keeps MB/s flat.
//!
//! Run: `cargo bench --bench hostile`.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use news_claims::{Config, Extractor};

/// Builds `bytes` bytes of `unit` repeated (cut at a char boundary).
fn repeat(unit: &str, bytes: usize) -> String {
    let mut s = unit.repeat(bytes / unit.len() + 1);
    let mut end = bytes.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.truncate(end);
    s
}

fn inputs(scale: usize) -> Vec<(&'static str, String)> {
    let mb = 1 << 20;
    vec![
        // Words and spaces, no punctuation, no line break: one huge sentence.
        (
            "no-punctuation",
            repeat("protesters detained officials said more than ", mb / scale),
        ),
        ("digits", repeat("1234567890", mb / scale)),
        ("digit-groups", repeat("2,400 1.5 88 2024 ", mb / scale)),
        ("quotation-marks", repeat("\"“”'’", 100_000 * 3 / scale)),
        (
            "repeated-sentence",
            repeat(
                "Authorities detained more than 2,400 protesters on Monday, officials said.\n",
                10 * mb / scale,
            ),
        ),
        (
            "single-line",
            repeat("The ministry said 88 were freed. ", 5 * mb / scale),
        ),
        (
            "capitals",
            repeat("Ministry Of The Council Of Bank Of ", mb / scale),
        ),
        // Lunar holidays in ever different years: each needs astronomy.
        ("lunar-holidays", lunar_holidays(mb / scale)),
    ]
}

/// "Diwali 1000. Eid al-Fitr 1000. Diwali 1001. ..." up to `len` bytes.
fn lunar_holidays(len: usize) -> String {
    let mut s = String::with_capacity(len + 32);
    let mut k = 0usize;
    while s.len() < len {
        let name = ["Diwali", "Eid al-Fitr", "Chinese New Year", "Yom Kippur"][k % 4];
        s.push_str(&format!("It was {name} {}. ", 1000 + (k / 4) % 1200));
        k += 1;
    }
    s
}

fn bench(c: &mut Criterion) {
    let extractor = Extractor::new(Config::new().max_input_bytes(64 << 20)).expect("config");
    let mut g = c.benchmark_group("hostile");
    g.sample_size(10);
    for scale in [4, 1] {
        for (name, text) in inputs(scale) {
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_with_input(BenchmarkId::new(name, text.len()), &text, |b, text| {
                b.iter(|| {
                    let ex = extractor.extract(black_box(text), None);
                    assert!(ex.truncated_at.is_none());
                    ex.sentences.len()
                })
            });
        }
    }
    // Deeply nested HTML (the `html` feature): `cargo bench --bench hostile
    // --features html`.
    #[cfg(feature = "html")]
    for depth in [25_000usize, 100_000] {
        let page = format!(
            "{}<p>Police detained 40 people.</p>{}",
            "<div><span>".repeat(depth),
            "</span></div>".repeat(depth)
        );
        g.throughput(Throughput::Bytes(page.len() as u64));
        g.bench_with_input(
            BenchmarkId::new("nested-html", page.len()),
            &page,
            |b, page| {
                b.iter(|| {
                    let (doc, ex) = extractor.extract_html(black_box(page), None);
                    assert_eq!(doc.text, "Police detained 40 people.");
                    ex.quantities.len()
                })
            },
        );
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
