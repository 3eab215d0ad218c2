//! Merging one article's mentions into actors.
//!
//! Longer names are placed first so that shorter forms ("Maduro", "CBK",
//! "Karoo Deep") find the full name whatever their order in the text; then
//! single words, sentence-initial words that need the article's
//! confirmation, headline runs, references to the government, and nouns
//! standing for something named before ("the ministry").

use crate::Span;
use crate::actors::{Actor, ActorKind, ActorMention, Form, Mention, Strength};

use super::scan::{self, GeoClass, LEX};

/// An actor being built.
#[derive(Debug)]
struct Build {
    kind: ActorKind,
    strength: Strength,
    key: Option<&'static str>,
    gov: bool,
    title: Option<Span>,
    /// `(span, sentence, form)` of every mention.
    mentions: Vec<(Span, usize, Form)>,
    /// Normalised surface forms.
    surfaces: Vec<String>,
    /// Normalised words of its names.
    tokens: Vec<String>,
}

impl Build {
    fn new(m: &ActorMention) -> Build {
        Build {
            kind: m.kind,
            strength: m.strength,
            key: m.key,
            gov: matches!(m.form, Form::Government(_)),
            title: m.title,
            mentions: Vec::new(),
            surfaces: Vec::new(),
            tokens: Vec::new(),
        }
    }

    fn add(&mut self, doc: &str, m: &ActorMention, span: Span) {
        let text = span.as_str(doc);
        let n = norm(text);
        if matches!(m.form, Form::Name | Form::Confirm | Form::Headline) {
            for t in n.split(' ') {
                if !t.is_empty() && !self.tokens.iter().any(|x| x == t) {
                    self.tokens.push(t.to_string());
                }
            }
        }
        if !self.surfaces.contains(&n) {
            self.surfaces.push(n);
        }
        if m.strength > self.strength && !self.gov {
            self.strength = m.strength;
            self.kind = m.kind;
        }
        if self.title.is_none() {
            self.title = m.title;
        }
        if self.key.is_none() && !self.gov {
            self.key = m.key;
        }
        self.mentions.push((span, m.sentence, m.form));
    }

    /// Start of the latest mention before `pos`, if any.
    fn last_before(&self, pos: usize) -> Option<usize> {
        self.mentions
            .iter()
            .map(|(s, _, _)| s.start)
            .filter(|&s| s < pos)
            .max()
    }
}

/// Lower case, no diacritics, straight apostrophes, no leading "the", no
/// possessive, single spaces: the scorer's notion of one surface form.
pub(super) fn norm(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        let c = if c == '’' { '\'' } else { c };
        for l in c.to_lowercase() {
            out.push(fold(l));
        }
    }
    let mut o = out.as_str();
    if let Some(r) = o.strip_prefix("the ") {
        o = r;
    }
    if let Some(r) = o.strip_suffix("'s") {
        o = r;
    }
    o.to_string()
}

/// Strips the diacritics of common Latin letters.
fn fold(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ą' | 'ā' | 'ă' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'é' | 'è' | 'ê' | 'ë' | 'ę' | 'ě' | 'ē' => 'e',
        'ğ' => 'g',
        'í' | 'ì' | 'î' | 'ï' | 'ī' | 'ı' => 'i',
        'ł' => 'l',
        'ñ' | 'ń' | 'ň' => 'n',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ő' | 'ō' => 'o',
        'ř' => 'r',
        'ś' | 'š' | 'ș' | 'ş' => 's',
        'ț' | 'ţ' | 'ť' => 't',
        'ú' | 'ù' | 'û' | 'ü' | 'ű' | 'ů' | 'ū' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        c => c,
    }
}

/// Words that join a name and say nothing of its identity.
fn glue(t: &str) -> bool {
    matches!(t, "of" | "for" | "the" | "and" | "&" | "on")
}

/// Words too generic to stand alone for an organisation ("Central" in
/// "Central Bank of Kenya").
fn generic(t: &str) -> bool {
    glue(t)
        || LEX.org_heads.has(t)
        || LEX.company_suffixes.has(t)
        || matches!(
            t,
            "central"
                | "national"
                | "international"
                | "federal"
                | "united"
                | "royal"
                | "general"
                | "new"
                | "world"
                | "state"
                | "public"
                | "health"
                | "global"
                | "first"
        )
        || scan::geo(t).is_some()
}

/// The content words of a normalised name, sorted.
fn bag(n: &str) -> Vec<&str> {
    let mut v: Vec<&str> = n.split(' ').filter(|t| !t.is_empty() && !glue(t)).collect();
    v.sort_unstable();
    v
}

/// Finds the actor a name mention belongs to.
fn find(builds: &[Build], m: &ActorMention, n: &str, pos: usize) -> Option<usize> {
    if let Some(key) = m.key {
        if let Some(i) = builds.iter().position(|b| !b.gov && b.key == Some(key)) {
            return Some(i);
        }
    }
    if let Some(i) = builds
        .iter()
        .position(|b| !b.gov && b.kind != ActorKind::Group && b.surfaces.iter().any(|s| s == n))
    {
        return Some(i);
    }
    if m.key.is_some() {
        return None;
    }
    let mt: Vec<&str> = n.split(' ').filter(|t| !t.is_empty()).collect();
    if mt.is_empty() {
        return None;
    }
    let mb = bag(n);
    let mut best: Option<(usize, usize)> = None; // (build, score)
    for (i, b) in builds.iter().enumerate() {
        if b.gov || b.kind == ActorKind::Group || b.key.is_some() {
            continue;
        }
        let hit = match b.kind {
            ActorKind::Person => {
                (m.kind != ActorKind::Organization || m.strength < Strength::Strong)
                    && mt.iter().all(|t| b.tokens.iter().any(|x| x == t))
            }
            ActorKind::Organization => {
                let person_strong = m.kind == ActorKind::Person && m.strength == Strength::Strong;
                if person_strong {
                    false
                } else if mb.len() >= 2 && b.surfaces.iter().any(|s| bag(s) == mb) {
                    true
                } else if mt.len() == 1 {
                    // "Veltrix" for "Veltrix Inc.", "City" for "Northbridge City".
                    !generic(mt[0])
                        && b.surfaces.iter().any(|s| {
                            let st: Vec<&str> = s.split(' ').filter(|t| !glue(t)).collect();
                            st.len() <= 3 && st.contains(&mt[0])
                        })
                } else {
                    // "Karoo Deep" for "Karoo Deep Mining Ltd": what is left
                    // must be company words.
                    b.surfaces.iter().any(|s| {
                        let st: Vec<&str> = s.split(' ').collect();
                        st.len() > mt.len()
                            && st[..mt.len()] == mt[..]
                            && st[mt.len()..]
                                .iter()
                                .all(|t| LEX.company_suffixes.has(t) || LEX.org_heads.has(t))
                    })
                }
            }
            _ => false,
        };
        if hit {
            let score = b.last_before(pos).map_or(0, |s| s + 1);
            if best.is_none_or(|(_, bs)| score > bs) {
                best = Some((i, score));
            }
        }
    }
    best.map(|(i, _)| i)
}

/// Merges the mentions of one article into actors, ordered by first mention.
pub(super) fn merge(doc: &str, mentions: Vec<ActorMention>) -> Vec<Actor> {
    let not_actor: Vec<String> = mentions
        .iter()
        .filter(|m| m.form == Form::NotActor)
        .map(|m| norm(m.span.as_str(doc)))
        .collect();
    let mut builds: Vec<Build> = Vec::new();
    let ntok = |m: &ActorMention| m.span.as_str(doc).split_whitespace().count();

    // 1. Full names first, longest first.
    let mut first: Vec<&ActorMention> = mentions
        .iter()
        .filter(|m| {
            m.form == Form::Name && m.defines.is_none() && (ntok(m) >= 2 || m.key.is_some())
        })
        .collect();
    first.sort_by_key(|m| (std::cmp::Reverse(ntok(m)), m.span.start));
    let place = |builds: &mut Vec<Build>, m: &ActorMention, create: bool| -> bool {
        let n = norm(m.span.as_str(doc));
        if n.is_empty() || not_actor.contains(&n) {
            return false;
        }
        match find(builds, m, &n, m.span.start) {
            Some(i) => {
                builds[i].add(doc, m, m.span);
                true
            }
            None if create => {
                let mut b = Build::new(m);
                b.add(doc, m, m.span);
                builds.push(b);
                true
            }
            None => false,
        }
    };
    for m in first {
        place(&mut builds, m, true);
    }
    // 2. Acronyms defined in brackets join their expansion.
    for m in mentions.iter().filter(|m| m.defines.is_some()) {
        let target = m.defines.and_then(|d| {
            builds
                .iter()
                .position(|b| b.mentions.iter().any(|(s, _, _)| *s == d))
        });
        match target {
            Some(i) => builds[i].add(doc, m, m.span),
            None => {
                place(&mut builds, m, true);
            }
        }
    }
    // 3. Single words in running text, the sure ones first.
    let mut singles: Vec<&ActorMention> = mentions
        .iter()
        .filter(|m| {
            m.form == Form::Name && m.defines.is_none() && !(ntok(m) >= 2 || m.key.is_some())
        })
        .collect();
    singles.sort_by_key(|m| (std::cmp::Reverse(m.strength), m.span.start));
    for m in singles {
        place(&mut builds, m, true);
    }
    // 4. Sentence-initial words: only where the article confirms them (the
    //    same form, a person's name, an organisation's first word).
    for m in mentions.iter().filter(|m| m.form == Form::Confirm) {
        let n = norm(m.span.as_str(doc));
        let known = LEX.known_orgs.has(&n);
        if not_actor.contains(&n) {
            continue;
        }
        match find(&builds, m, &n, m.span.start) {
            Some(i) => {
                let b = &builds[i];
                let ok = b.kind != ActorKind::Organization
                    || b.surfaces
                        .iter()
                        .any(|s| s == &n || s.split(' ').next() == Some(n.as_str()));
                if ok {
                    builds[i].add(doc, m, m.span);
                }
            }
            None if known => {
                let mut b = Build::new(m);
                b.add(doc, m, m.span);
                builds.push(b);
            }
            None => {}
        }
    }
    // 5. Headline runs: the parts the gazetteer or the body confirms.
    for m in mentions.iter().filter(|m| m.form == Form::Headline) {
        headline(doc, m, &mut builds);
    }
    // 6. The government.
    let govs: Vec<&ActorMention> = mentions
        .iter()
        .filter(|m| matches!(m.form, Form::Government(Some(_))))
        .chain(mentions.iter().filter(|m| m.form == Form::Government(None)))
        .collect();
    for m in govs {
        let pos = m.span.start;
        let target = match m.form {
            Form::Government(Some(c)) => builds.iter().position(|b| b.gov && b.key == Some(c)),
            _ => builds
                .iter()
                .enumerate()
                .filter(|(_, b)| b.gov)
                .max_by_key(|(_, b)| b.last_before(pos).map_or(0, |s| s + 1))
                .map(|(i, _)| i),
        };
        match target {
            Some(i) => builds[i].add(doc, m, m.span),
            None => {
                let mut b = Build::new(m);
                if let Form::Government(c) = m.form {
                    b.key = c;
                }
                b.add(doc, m, m.span);
                builds.push(b);
            }
        }
    }
    // 7. "the ministry", "the governor".
    for m in &mentions {
        let pos = m.span.start;
        let target = match m.form {
            Form::OrgAnaphor(heads) => builds
                .iter()
                .enumerate()
                .filter(|(_, b)| {
                    b.kind == ActorKind::Organization
                        && !b.gov
                        && heads.split('|').any(|h| b.tokens.iter().any(|t| t == h))
                })
                .filter_map(|(i, b)| {
                    let before = b.mentions.iter().filter(|(s, _, _)| s.start < pos).count();
                    b.last_before(pos).map(|s| (i, (before, s)))
                })
                .max_by_key(|&(_, k)| k)
                .map(|(i, _)| i),
            Form::PersonAnaphor(titles) => builds
                .iter()
                .enumerate()
                .filter(|(_, b)| {
                    b.kind == ActorKind::Person
                        && b.title.is_some_and(|t| {
                            let t = norm(t.as_str(doc));
                            titles.split('|').any(|x| t.split(' ').any(|w| w == x))
                        })
                })
                .filter_map(|(i, b)| b.last_before(pos).map(|s| (i, s)))
                .max_by_key(|&(_, s)| s)
                .map(|(i, _)| i),
            _ => None,
        };
        if let Some(i) = target {
            builds[i].add(doc, m, m.span);
        }
    }
    // 8. Groups: one actor per surface form.
    for m in mentions.iter().filter(|m| m.form == Form::Group) {
        let n = norm(m.span.as_str(doc));
        let head = n.rsplit(' ').next().unwrap_or("");
        match builds.iter().position(|b| {
            b.kind == ActorKind::Group
                && b.surfaces
                    .iter()
                    .any(|s| s.rsplit(' ').next() == Some(head))
        }) {
            Some(i) => builds[i].add(doc, m, m.span),
            None => {
                let mut b = Build::new(m);
                b.add(doc, m, m.span);
                builds.push(b);
            }
        }
    }

    let mut actors: Vec<(usize, Actor)> = builds
        .into_iter()
        .filter(|b| !b.mentions.is_empty())
        .map(|b| build_actor(doc, b))
        .collect();
    actors.sort_by_key(|(start, _)| *start);
    actors.into_iter().map(|(_, a)| a).collect()
}

/// Turns a finished build into an actor; returns it with its first offset.
fn build_actor(doc: &str, mut b: Build) -> (usize, Actor) {
    b.mentions.sort_by_key(|(s, _, _)| (s.start, s.end));
    b.mentions.dedup_by_key(|(s, _, _)| *s);
    let named = |f: Form| {
        matches!(
            f,
            Form::Name | Form::Confirm | Form::Headline | Form::Government(_) | Form::Group
        )
    };
    let mut name: Option<&str> = None;
    for (s, _, f) in &b.mentions {
        let t = s.as_str(doc);
        if named(*f) && name.is_none_or(|n| t.chars().count() > n.chars().count()) {
            name = Some(t);
        }
    }
    let name = name
        .or_else(|| b.mentions.first().map(|(s, _, _)| s.as_str(doc)))
        .unwrap_or("")
        .to_string();
    let mut aliases: Vec<String> = Vec::new();
    for (s, _, _) in &b.mentions {
        let t = s.as_str(doc);
        if t != name && !aliases.iter().any(|a| a == t) {
            aliases.push(t.to_string());
        }
    }
    let first = b.mentions.first().map_or(0, |(s, _, _)| s.start);
    let actor = Actor {
        name,
        kind: b.kind,
        title: b.title.map(|t| t.as_str(doc).to_string()),
        aliases,
        mentions: b
            .mentions
            .iter()
            .map(|&(span, sentence, _)| Mention {
                span,
                sentence,
                text: span.as_str(doc).to_string(),
            })
            .collect(),
    };
    (first, actor)
}

/// Splits a headline run into the parts that name something known: a
/// gazetteer place, a well-known organisation, or an actor of the body.
fn headline(doc: &str, m: &ActorMention, builds: &mut Vec<Build>) {
    let text = m.span.as_str(doc);
    // Word pieces: (start, end) relative to the run, possessive dropped.
    let mut pieces: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                let w = &text[s..i];
                let e = w
                    .strip_suffix("’s")
                    .or_else(|| w.strip_suffix("'s"))
                    .map_or(i, |r| s + r.len());
                pieces.push((s, e));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    let mut i = 0;
    while i < pieces.len() {
        let mut advanced = false;
        for j in (i + 1..=(i + 5).min(pieces.len())).rev() {
            let span = Span::new(m.span.start + pieces[i].0, m.span.start + pieces[j - 1].1);
            let sub = span.as_str(doc);
            let n = norm(sub);
            let mut buf = [0u8; 64];
            let geo = scan::lower(sub, &mut buf)
                .and_then(scan::geo)
                .filter(|g| !matches!(g.class, GeoClass::Demonym | GeoClass::DemonymPlural));
            let mut hm = m.clone();
            hm.span = span;
            hm.form = Form::Name;
            hm.strength = Strength::Weak;
            if let Some(g) = geo {
                hm.kind = ActorKind::Place;
                hm.strength = Strength::Strong;
                hm.key = Some(g.canon);
                let i2 = builds.iter().position(|b| !b.gov && b.key == Some(g.canon));
                match i2 {
                    Some(k) => builds[k].add(doc, &hm, span),
                    None => {
                        let mut b = Build::new(&hm);
                        b.add(doc, &hm, span);
                        builds.push(b);
                    }
                }
            } else if let Some(k) = find(builds, &hm, &n, span.start) {
                builds[k].add(doc, &hm, span);
            } else if LEX.known_orgs.has(&n) {
                hm.kind = ActorKind::Organization;
                hm.strength = Strength::Strong;
                let mut b = Build::new(&hm);
                b.add(doc, &hm, span);
                builds.push(b);
            } else {
                continue;
            }
            i = j;
            advanced = true;
            break;
        }
        if !advanced {
            i += 1;
        }
    }
}
