//! Where the time of the whole pipeline goes, stage by stage, with the
//! stages running as they do in use: one after another on each article
//! (see DESIGN.md, "Performance").
//!
//! ```text
//! cargo run --release --example stage_times -- benches/corpus/articles.jsonl 15
//! ```
//!
//! Reads the articles of a JSON Lines file (`{"text": ..., "published":
//! ...}` per line, as the bench corpus), extracts them all once to warm up,
//! then passes over them the given number of times (default 15) and prints,
//! for each stage, the least time it took in a pass, and the least time of
//! a whole pass. The stage timers add about 20 ns a stage and article.

use std::process::ExitCode;
use std::time::{Duration, Instant};

use news_claims::stages::{self, STAGE_NAMES};
use news_claims::{Date, Extractor};

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: stage_times ARTICLES.jsonl [PASSES]");
        return ExitCode::from(2);
    };
    let passes: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(15);
    let raw = match std::fs::read_to_string(&path) {
        Ok(raw) => raw,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::from(2);
        }
    };
    let mut articles: Vec<(String, Option<Date>)> = Vec::new();
    for line in raw.lines().filter(|l| !l.trim().is_empty()) {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            eprintln!("{path}: a line is not JSON");
            return ExitCode::from(2);
        };
        let Some(text) = v["text"].as_str() else {
            eprintln!("{path}: a line has no \"text\"");
            return ExitCode::from(2);
        };
        let published = v["published"].as_str().and_then(|p| p.parse().ok());
        articles.push((text.to_string(), published));
    }
    let bytes: usize = articles.iter().map(|a| a.0.len()).sum();
    let extractor = Extractor::default();
    let mut best = [Duration::MAX; STAGE_NAMES.len()];
    let mut best_pass = Duration::MAX;
    for pass in 0..=passes {
        let mut times = [Duration::ZERO; STAGE_NAMES.len()];
        let start = Instant::now();
        for (text, published) in &articles {
            let ex = stages::extract_timed(&extractor, text, *published, &mut times);
            std::hint::black_box(ex);
        }
        let elapsed = start.elapsed();
        // Pass 0 warms up (tables built, buffers grown).
        if pass > 0 {
            best_pass = best_pass.min(elapsed);
            for (b, t) in best.iter_mut().zip(times) {
                *b = (*b).min(t);
            }
        }
    }
    println!(
        "{} articles, {bytes} bytes; least of {passes} passes:",
        articles.len()
    );
    let sum: Duration = best.iter().sum();
    for (name, t) in STAGE_NAMES.iter().zip(best) {
        let share = 100.0 * t.as_secs_f64() / sum.as_secs_f64();
        println!("  {name:28} {:7.2} ms {share:5.1} %", ms(t));
    }
    println!("  {:28} {:7.2} ms", "sum of the stages", ms(sum));
    println!(
        "  {:28} {:7.2} ms, {:.1} MB/s",
        "whole pass",
        ms(best_pass),
        bytes as f64 / best_pass.as_secs_f64() / 1e6
    );
    ExitCode::SUCCESS
}

fn ms(t: Duration) -> f64 {
    t.as_secs_f64() * 1e3
}
