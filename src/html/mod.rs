//! Raw HTML in, article text out (the `html` feature).
//!
//! The page is read with lol_html, Cloudflare's streaming HTML parser (a
//! spec-following tokenizer built for untrusted input, in bounded memory).
//! Scripts, styles, navigation, forms, figures and captions, and containers
//! whose class or id marks them as share widgets, related-article boxes,
//! newsletters or advertising are dropped. Every block-level element (`p`,
//! `h1`–`h6`, `li`, `blockquote`, `div`, ...) ends a line, so the text has the
//! shape the rest of the pipeline expects: the headline, then one paragraph
//! per line. When the page has an `<article>` element, only its blocks and
//! the page's first `<h1>` are kept. Character references are decoded and
//! whitespace collapsed; each block records the byte offset of the element
//! it came from.

use std::cell::RefCell;
use std::rc::Rc;

use lol_html::html_content::{Element, TextChunk};
use lol_html::{HandlerResult, RewriteStrSettings, doc_text, element, rewrite_str};

use crate::Span;
use crate::input::decode_entities;

/// The text of an HTML page, as the pipeline reads it.
///
/// ```
/// let page = r#"<html><head><title>x</title><script>var a = 1;</script></head>
/// <body><nav><a href="/">Home</a></nav>
/// <h1>Storm Kills 12</h1><p class="share">Share this article</p>
/// <p>The storm killed 12 people &amp; injured 40 on Monday.</p></body></html>"#;
/// let doc = news_claims::html_to_text(page);
/// assert_eq!(doc.text, "Storm Kills 12\nThe storm killed 12 people & injured 40 on Monday.");
/// assert_eq!(doc.blocks[0].tag, "h1");
/// assert!(page[doc.blocks[1].source..].starts_with("<p>"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct HtmlText {
    /// The article text: one block a line.
    pub text: String,
    /// The blocks, in order.
    pub blocks: Vec<HtmlBlock>,
}

/// One block of an HTML page's text.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct HtmlBlock {
    /// Where the block is in [`HtmlText::text`].
    pub span: Span,
    /// Byte offset in the HTML of the start tag of the element it came from.
    pub source: usize,
    /// That element's tag name, lower case.
    pub tag: String,
}

/// Elements whose content is never article text.
const DROPPED: &[&str] = &[
    "aside",
    "button",
    "canvas",
    "dialog",
    "figcaption",
    "figure",
    "footer",
    "form",
    "head",
    "iframe",
    "menu",
    "nav",
    "noscript",
    "object",
    "script",
    "select",
    "style",
    "svg",
    "template",
    "textarea",
    "video",
    "audio",
];

/// Elements that end a line of text.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "blockquote",
    "body",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "td",
    "th",
    "tr",
    "ul",
];

/// Words in a class or id that mark a container as page furniture.
const NOISE_MARKERS: &[&str] = &[
    "advert",
    "breadcrumb",
    "byline",
    "caption",
    "comment",
    "cookie",
    "newsletter",
    "promo",
    "related",
    "share",
    "sharing",
    "social",
    "sponsor",
    "subscribe",
    "recommend",
    "outbrain",
    "taboola",
    "paywall",
    "signup",
];

#[derive(Default)]
struct State {
    /// Depth inside dropped elements.
    skip: usize,
    /// Depth inside `<article>`.
    article: usize,
    /// Source offsets of the open block elements.
    open: Vec<(usize, String)>,
    /// Raw text of the block being read.
    raw: String,
    /// Finished blocks: (source, tag, text, in article).
    done: Vec<(usize, String, String, bool)>,
}

impl State {
    fn flush(&mut self) {
        let text = clean(&self.raw);
        self.raw.clear();
        if !text.is_empty() {
            let (source, tag) = self.open.last().cloned().unwrap_or((0, String::new()));
            self.done.push((source, tag, text, self.article > 0));
        }
    }
}

fn is_noise(el: &Element<'_, '_>) -> bool {
    ["class", "id", "role"].iter().any(|attr| {
        el.get_attribute(attr).is_some_and(|v| {
            let v = v.to_ascii_lowercase();
            NOISE_MARKERS.iter().any(|m| v.contains(m)) || v == "navigation" || v == "ad"
        })
    })
}

/// Extracts the article text of an HTML page; see [`HtmlText`]. Never
/// fails: a page the parser gives up on yields the blocks read until then.
pub fn html_to_text(html: &str) -> HtmlText {
    let state = Rc::new(RefCell::new(State::default()));
    let on_element = {
        let state = Rc::clone(&state);
        move |el: &mut Element<'_, '_>| -> HandlerResult {
            let tag = el.tag_name();
            let offset = el.source_location().bytes().start;
            if !el.can_have_content() {
                let mut st = state.borrow_mut();
                if tag == "br" || tag == "hr" {
                    st.raw.push(' ');
                }
                return Ok(());
            }
            let dropped = DROPPED.contains(&tag.as_str()) || is_noise(el);
            let block = BLOCKS.contains(&tag.as_str());
            let article = tag == "article";
            {
                let mut st = state.borrow_mut();
                if block && st.skip == 0 {
                    st.flush();
                }
                if dropped {
                    st.skip += 1;
                }
                if article {
                    st.article += 1;
                }
                if block {
                    st.open.push((offset, tag.clone()));
                }
            }
            let state = Rc::clone(&state);
            // An element without an end tag in the source simply never pops;
            // the state stays consistent because every counter only moves
            // here and in the handler below.
            let _ = el.on_end_tag(Box::new(move |_end| {
                let mut st = state.borrow_mut();
                if block && st.skip == 0 {
                    st.flush();
                }
                if block {
                    st.open.pop();
                }
                if dropped {
                    st.skip = st.skip.saturating_sub(1);
                }
                if article {
                    st.article = st.article.saturating_sub(1);
                }
                Ok(())
            }));
            Ok(())
        }
    };
    let on_text = {
        let state = Rc::clone(&state);
        move |t: &mut TextChunk<'_>| -> HandlerResult {
            let mut st = state.borrow_mut();
            if st.skip == 0 {
                st.raw.push_str(t.as_str());
            }
            Ok(())
        }
    };
    let settings = RewriteStrSettings::new()
        .append_element_content_handler(element!("*", on_element))
        .append_document_content_handler(doc_text!(on_text));
    // The rewritten output is not needed; an error leaves what was read.
    let _ = rewrite_str(html, settings);
    let mut st = state.borrow_mut();
    st.flush();
    let done = std::mem::take(&mut st.done);
    drop(st);

    let has_article = done.iter().any(|b| b.3);
    let mut headline_taken = false;
    let mut out = HtmlText::default();
    for (source, tag, text, in_article) in done {
        let keep = !has_article || in_article || (tag == "h1" && !headline_taken);
        if !keep {
            continue;
        }
        headline_taken |= tag == "h1";
        if !out.text.is_empty() {
            out.text.push('\n');
        }
        let start = out.text.len();
        out.text.push_str(&text);
        out.blocks.push(HtmlBlock {
            span: Span::new(start, out.text.len()),
            source,
            tag,
        });
    }
    out
}

/// Decodes character references and collapses runs of whitespace (line
/// breaks included) to one space, trimming the ends.
fn clean(raw: &str) -> String {
    let decoded = decode_entities(raw);
    let mut out = String::with_capacity(decoded.len());
    for word in decoded.split(|c: char| c.is_ascii_whitespace() || c == '\u{0c}') {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_furniture_is_dropped() {
        let page = r#"<!doctype html><html><head><style>p{}</style></head><body>
            <header><div class="site-nav">Menu</div></header>
            <div class="related-articles"><p>Also Read: Other story</p></div>
            <article><h1>Quake Kills 63</h1>
            <p>The quake <b>killed</b> at least 63 people,<br>officials said.</p>
            <figure><img src="x.jpg"><figcaption>Rescuers dig. Photo: X</figcaption></figure>
            <aside>Sign up</aside><div class="social-share">Share</div>
            <p>Rescuers searched &ldquo;all night.&rdquo;</p></article>
            <footer>© 2025</footer></body></html>"#;
        let doc = html_to_text(page);
        assert_eq!(
            doc.text,
            "Quake Kills 63\nThe quake killed at least 63 people, officials said.\nRescuers searched “all night.”"
        );
        for b in &doc.blocks {
            assert!(page[b.source..].starts_with(&format!("<{}", b.tag)));
        }
    }

    #[test]
    fn without_article_every_block_counts() {
        let doc = html_to_text("<h1>A</h1><div>B <span>c</span></div>text<p>D</p>");
        assert_eq!(doc.text, "A\nB c\ntext\nD");
    }

    #[test]
    fn broken_markup_does_not_lose_text() {
        let doc = html_to_text("<p>Open <b>bold <i>both</p><p>Next</p></div></div><p>Last");
        assert!(doc.text.contains("Open bold both"));
        assert!(doc.text.ends_with("Last"));
        assert_eq!(html_to_text("").text, "");
        assert_eq!(html_to_text("<<<>>>&&&").text, "<<<>>>&&&");
    }

    #[test]
    fn deep_nesting_is_fine() {
        let page = format!(
            "{}<p>deep</p>{}",
            "<div>".repeat(50_000),
            "</div>".repeat(50_000)
        );
        assert_eq!(html_to_text(&page).text, "deep");
    }
}
