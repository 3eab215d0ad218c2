//! Extract claims from one article and print them, as a table for people or
//! as JSON for programs.
//!
//! ```text
//! cargo run --release --example extract                       # the built-in sample article
//! cargo run --release --example extract -- article.txt --published 2025-12-28
//! cat article.txt | cargo run --release --example extract -- - --json
//! ```

use std::io::Read;
use std::process::ExitCode;

use news_claims::{BlockKind, Date, Extraction, Extractor};

/// The sample article (the worked example of the project) and its date.
const SAMPLE: &str = include_str!("data/sample-article.txt");
const SAMPLE_PUBLISHED: &str = "2025-12-28";

const USAGE: &str = "usage: extract [PATH | -] [--published YYYY-MM-DD] [--json]

Reads an article (a file, or standard input with `-`; with neither, a built-in
sample article) and prints what news-claims finds in it.";

struct Args {
    input: Option<String>,
    published: Option<Date>,
    json: bool,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        input: None,
        published: None,
        json: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--json" => args.json = true,
            "--published" => {
                let v = it.next().ok_or("--published needs a date")?;
                args.published = Some(v.parse().map_err(|e| format!("--published: {e}"))?);
            }
            "-h" | "--help" => return Err(String::new()),
            _ if a.starts_with("--") => return Err(format!("unknown option {a}")),
            _ if args.input.is_none() => args.input = Some(a),
            _ => return Err(format!("unexpected argument {a}")),
        }
    }
    Ok(args)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("extract: {e}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let (text, published) = match args.input.as_deref() {
        None => (
            SAMPLE.to_string(),
            args.published.or(SAMPLE_PUBLISHED.parse().ok()),
        ),
        Some(path) => {
            let mut bytes = Vec::new();
            let read = if path == "-" {
                std::io::stdin().read_to_end(&mut bytes)
            } else {
                std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes))
            };
            if let Err(e) = read {
                eprintln!("extract: {path}: {e}");
                return ExitCode::FAILURE;
            }
            (String::from_utf8_lossy(&bytes).into_owned(), args.published)
        }
    };

    let extractor = Extractor::default();
    let extraction = extractor.extract(&text, published);
    if args.json {
        match serde_json::to_string_pretty(&extraction) {
            Ok(s) => println!("{s}"),
            Err(e) => {
                eprintln!("extract: {e}");
                return ExitCode::FAILURE;
            }
        }
    } else {
        print_tables(&text, &extraction);
    }
    ExitCode::SUCCESS
}

/// Cuts `s` to at most `n` chars, marking the cut.
fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(n.saturating_sub(1)).collect();
        out.push('…');
        out
    }
}

fn print_tables(text: &str, ex: &Extraction) {
    if let Some(p) = ex.published {
        println!("published {p}");
    }
    println!("\nBLOCKS");
    for b in &ex.blocks {
        let label = match (b.kind, b.noise) {
            (BlockKind::Noise, Some(n)) => format!("noise ({n:?})").to_lowercase(),
            (k, _) => format!("{k:?}").to_lowercase(),
        };
        println!("  {label:<22} {}", clip(b.span.as_str(text), 70));
    }

    println!("\nCLAIMS");
    println!(
        "  {:<18} {:<7} {:<5} {:<24} {:<12} {:<22} {:<12} {:<20} hedged",
        "value", "bound", "unit", "object", "event", "actor", "time", "source"
    );
    for c in &ex.claims {
        let value = match c.high {
            Some(h) => format!("{}-{}", c.value, h),
            None => format!("{}", c.value),
        };
        let time = c
            .time
            .and_then(|i| ex.dates.get(i))
            .map(|d| d.value.clone().unwrap_or_else(|| d.text.clone()))
            .unwrap_or_default();
        println!(
            "  {:<18} {:<7} {:<5} {:<24} {:<12} {:<22} {:<12} {:<20} {}{}",
            clip(&value, 18),
            format!("{:?}", c.bound).to_lowercase(),
            c.unit.as_deref().unwrap_or(""),
            clip(c.object.as_deref().unwrap_or(""), 24),
            c.event.as_deref().unwrap_or(""),
            clip(c.actor.as_ref().map_or("", |a| a.text.as_str()), 22),
            clip(&time, 12),
            clip(c.source.as_ref().map_or("", |s| s.text.as_str()), 20),
            if c.hedged { "yes" } else { "" },
            if c.evidence.len() > 1 {
                format!("  ({} mentions)", c.evidence.len())
            } else {
                String::new()
            },
        );
    }

    println!("\nDATES");
    for d in &ex.dates {
        println!(
            "  {:<28} {:<10} {}",
            clip(&d.text, 28),
            format!("{:?}", d.kind).to_lowercase(),
            d.value.as_deref().unwrap_or("?")
        );
    }

    println!("\nACTORS");
    for a in &ex.actors {
        println!(
            "  {:<32} {:<13} {:<20} {}",
            clip(&a.name, 32),
            format!("{:?}", a.kind).to_lowercase(),
            clip(a.title.as_deref().unwrap_or(""), 20),
            a.aliases.join(", ")
        );
    }

    println!("\nATTRIBUTIONS");
    for a in &ex.attributions {
        println!("  {:<32} {}", clip(&a.source.text, 32), a.cue);
    }

    println!("\nQUOTES");
    for q in &ex.quotes {
        println!(
            "  {:<60} {:<8} {}",
            clip(&q.text, 60),
            format!("{:?}", q.kind).to_lowercase(),
            q.speaker.as_ref().map_or("", |s| s.text.as_str())
        );
    }
}
