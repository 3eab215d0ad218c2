//! One YAML snapshot per fixture article under `tests/articles/`, showing
//! what a reader would check: the labelled blocks, the sentences, every
//! mention with its normalised value, and the claims.

use std::fs;
use std::path::Path;

use news_claims::{Date, Extraction, Extractor, Span};
use serde::Serialize;

/// A fixture: the gold format's `id`, `published` and `text`.
#[derive(serde::Deserialize)]
struct Fixture {
    id: String,
    published: Option<String>,
    text: String,
}

fn load(path: &Path) -> (Fixture, Option<Date>) {
    let raw = fs::read_to_string(path).expect("fixture readable");
    let fx: Fixture = serde_json::from_str(&raw).expect("fixture is JSON");
    let published = fx
        .published
        .as_deref()
        .map(|p| p.parse().expect("published date"));
    (fx, published)
}

#[derive(Serialize)]
struct View {
    blocks: Vec<String>,
    sentences: Vec<String>,
    quantities: Vec<String>,
    dates: Vec<String>,
    actors: Vec<String>,
    attributions: Vec<String>,
    quotes: Vec<String>,
    claims: Vec<String>,
}

fn opt<T: std::fmt::Display>(v: &Option<T>) -> String {
    v.as_ref()
        .map_or_else(|| "-".to_string(), |v| v.to_string())
}

/// A compact, line-per-item view of an extraction for review.
fn view(text: &str, ex: &Extraction) -> View {
    let at = |s: Span| s.as_str(text).to_string();
    View {
        blocks: ex
            .blocks
            .iter()
            .map(|b| match b.noise {
                Some(n) => format!("{:?}/{:?}: {}", b.kind, n, at(b.span)),
                None => format!("{:?}: {}", b.kind, at(b.span)),
            })
            .collect(),
        sentences: ex.sentences.iter().map(|s| s.text.to_string()).collect(),
        quantities: ex
            .quantities
            .iter()
            .map(|q| {
                format!(
                    "[{}] {:?} = {}{} {:?} unit={} object={} event={}",
                    q.sentence,
                    q.text,
                    q.value,
                    q.high.map(|h| format!("..{h}")).unwrap_or_default(),
                    q.bound,
                    opt(&q.unit),
                    opt(&q.object.as_ref().map(|o| o.text.clone())),
                    opt(&q.event.as_ref().map(|e| e.lemma.clone())),
                )
            })
            .collect(),
        dates: ex
            .dates
            .iter()
            .map(|d| {
                format!(
                    "[{}] {:?} {:?} value={} from={} to={}",
                    d.sentence,
                    d.text,
                    d.kind,
                    opt(&d.value),
                    opt(&d.from),
                    opt(&d.to)
                )
            })
            .collect(),
        actors: ex
            .actors
            .iter()
            .map(|a| {
                format!(
                    "{} ({:?}) title={} aliases={:?} mentions={}",
                    a.name,
                    a.kind,
                    opt(&a.title),
                    a.aliases,
                    a.mentions.len()
                )
            })
            .collect(),
        attributions: ex
            .attributions
            .iter()
            .map(|a| format!("[{}] {} <- {}", a.sentence, a.source.text, a.cue))
            .collect(),
        quotes: ex
            .quotes
            .iter()
            .map(|q| {
                format!(
                    "[{}] {:?} {:?} speaker={}",
                    q.sentence,
                    q.kind,
                    q.text,
                    opt(&q.speaker.as_ref().map(|s| s.text.clone()))
                )
            })
            .collect(),
        claims: ex
            .claims
            .iter()
            .map(|c| {
                format!(
                    "{}{} {:?} unit={} object={} event={} actor={} time={} source={} hedged={} evidence={:?}",
                    c.value,
                    c.high.map(|h| format!("..{h}")).unwrap_or_default(),
                    c.bound,
                    opt(&c.unit),
                    opt(&c.object),
                    opt(&c.event),
                    opt(&c.actor.as_ref().map(|a| a.text.clone())),
                    opt(&c.time.and_then(|i| ex.dates.get(i)).and_then(|d| d.value.clone())),
                    opt(&c.source.as_ref().map(|s| format!("{} ({})", s.text, s.cue))),
                    c.hedged,
                    c.evidence.iter().map(|e| e.sentence).collect::<Vec<_>>(),
                )
            })
            .collect(),
    }
}

#[test]
fn fixture_snapshots() {
    let extractor = Extractor::default();
    insta::glob!("articles/*.json", |path| {
        let (fx, published) = load(path);
        let ex = extractor.extract(&fx.text, published);
        insta::with_settings!({
            description => fx.text.as_str(),
            omit_expression => true,
            snapshot_suffix => fx.id.as_str(),
            prepend_module_to_snapshot => false,
        }, {
            insta::assert_yaml_snapshot!(view(&fx.text, &ex));
        });
    });
}

/// Every span of every item slices the text on char boundaries and gives
/// back the item's own text; sentences are in order and do not overlap.
/// The fixture files, sorted.
fn fixtures() -> Vec<std::path::PathBuf> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/articles");
    let mut files: Vec<_> = fs::read_dir(dir)
        .expect("fixture folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= 6, "fixture articles missing");
    files
}

#[test]
fn fixture_spans_are_faithful() {
    let extractor = Extractor::default();
    for path in fixtures() {
        let (fx, published) = load(&path);
        let text = fx.text.as_str();
        let ex = extractor.extract(text, published);
        let check = |span: Span, surface: &str| {
            assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            assert_eq!(&text[span.range()], surface, "{}", fx.id);
        };
        let mut last_end = 0;
        for s in &ex.sentences {
            check(s.span, &s.text);
            assert_eq!(s.text.trim(), s.text);
            assert!(s.span.start >= last_end, "sentences overlap in {}", fx.id);
            last_end = s.span.end;
        }
        for q in &ex.quantities {
            check(q.span, &q.text);
            assert!(ex.sentences[q.sentence].span.contains(q.span));
        }
        for d in &ex.dates {
            check(d.span, &d.text);
            assert!(ex.sentences[d.sentence].span.contains(d.span));
        }
        for a in &ex.actors {
            for m in &a.mentions {
                check(m.span, &m.text);
            }
        }
        for a in &ex.attributions {
            check(a.source.span, &a.source.text);
        }
        for q in &ex.quotes {
            check(q.span, &q.text);
        }
        for c in &ex.claims {
            for e in &c.evidence {
                assert_eq!(ex.quantities[e.quantity].span, e.span);
            }
        }
    }
}
