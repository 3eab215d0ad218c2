//! Unit tests for actor finding and merging, one group per pattern family;
//! every rule that keeps something out has a test that it does.

use super::{Actor, ActorKind, mentions, merge};
use crate::segment::SentenceView;
use crate::structure::BlockKind;
use crate::{Extractor, Span};

/// Actors of `text`, read as one body sentence per line (the first line a
/// headline when `headline` is set), without the sentence segmenter.
fn actors_of(text: &str, headline: bool) -> Vec<Actor> {
    let mut all = Vec::new();
    let mut start = 0;
    for (index, line) in text.split('\n').enumerate() {
        let view = SentenceView {
            doc: text,
            span: Span::new(start, start + line.len()),
            index,
            block_kind: if headline && index == 0 {
                BlockKind::Headline
            } else {
                BlockKind::Paragraph
            },
        };
        all.extend(mentions(&view));
        start += line.len() + 1;
    }
    merge(text, all)
}

fn names(text: &str) -> Vec<(String, ActorKind)> {
    actors_of(text, false)
        .into_iter()
        .map(|a| (a.name.into(), a.kind))
        .collect()
}

fn find<'a>(actors: &'a [Actor], name: &str) -> &'a Actor {
    actors
        .iter()
        .find(|a| a.name == name)
        .unwrap_or_else(|| panic!("no actor {name:?} in {actors:#?}"))
}

fn has(text: &str, name: &str) -> bool {
    names(text).iter().any(|(n, _)| n == name)
}

// ----- people ---------------------------------------------------------------

#[test]
fn title_before_name_is_kept_apart() {
    let a = actors_of("It followed President Nicolás Maduro’s victory.", false);
    let m = find(&a, "Nicolás Maduro");
    assert_eq!(m.kind, ActorKind::Person);
    assert_eq!(m.title.as_deref(), Some("President"));
}

#[test]
fn compound_titles_and_abbreviations() {
    let a = actors_of(
        "said Health Minister Dr. Rosa Quispe-Huamán on Monday.\nGov. Teresa Alcón-Whitaker spoke.\nChief Financial Officer Priya Raghunathan told analysts.",
        false,
    );
    assert_eq!(
        find(&a, "Rosa Quispe-Huamán").title.as_deref(),
        Some("Health Minister Dr.")
    );
    assert_eq!(
        find(&a, "Teresa Alcón-Whitaker").title.as_deref(),
        Some("Gov.")
    );
    assert_eq!(
        find(&a, "Priya Raghunathan").title.as_deref(),
        Some("Chief Financial Officer")
    );
}

#[test]
fn lower_case_roles_before_and_after() {
    let a = actors_of(
        "victory for former ambassador Edmundo González Urrutia, who left.\nsaid Aisha Mwangi-Kariuki, chief economist at Ndovu Capital Ltd in Nairobi.",
        false,
    );
    assert_eq!(
        find(&a, "Edmundo González Urrutia").title.as_deref(),
        Some("former ambassador")
    );
    assert_eq!(
        find(&a, "Aisha Mwangi-Kariuki").title.as_deref(),
        Some("chief economist")
    );
    assert_eq!(find(&a, "Ndovu Capital Ltd").kind, ActorKind::Organization);
}

#[test]
fn possessives_are_stripped_with_both_apostrophes() {
    assert!(has(
        "They backed Valentina Ríos-Carvajal’s plan.",
        "Valentina Ríos-Carvajal"
    ));
    assert!(has(
        "They backed Valentina Ríos-Carvajal's plan.",
        "Valentina Ríos-Carvajal"
    ));
}

#[test]
fn particles_join_names() {
    assert!(has(
        "The deal was signed by Gonzalo de la Cruz on Monday.",
        "Gonzalo de la Cruz"
    ));
    assert!(has(
        "It was a blow to Bashar al-Assad and his allies.",
        "Bashar al-Assad"
    ));
}

#[test]
fn honours_after_a_name_are_left_out() {
    let a = actors_of("Her lawyer, Oliver Chen KC, said she would appeal.", false);
    assert_eq!(find(&a, "Oliver Chen").kind, ActorKind::Person);
}

#[test]
fn surname_and_titled_forms_merge_with_the_full_name() {
    let a = actors_of(
        "President Nicolás Maduro spoke.\nDirectives issued by President Maduro were read.\nIt came after Maduro was declared president.",
        false,
    );
    let m = find(&a, "Nicolás Maduro");
    assert_eq!(m.mentions.len(), 3);
    assert!(m.aliases.iter().any(|x| x == "Maduro"));
    assert_eq!(a.iter().filter(|x| x.kind == ActorKind::Person).count(), 1);
}

// ----- things that are not names ---------------------------------------------

#[test]
fn sentence_initial_capitals_are_not_names() {
    let n = names(
        "Despite the recent releases, it held.\nAccording to the data, it rose.\nTurnout rose to 58 percent.",
    );
    assert!(n.is_empty(), "{n:?}");
}

#[test]
fn sentence_initial_name_confirmed_elsewhere_is_kept() {
    let a = actors_of(
        "It was won by Andrés Felipe Ocampo in May.\nOcampo, 61, conceded defeat.",
        false,
    );
    assert_eq!(find(&a, "Andrés Felipe Ocampo").mentions.len(), 2);
}

#[test]
fn calendar_words_and_holidays_are_not_actors() {
    let n = names(
        "It was freed on Christmas Day and again on Sunday in September, before New Year's Day and Canada Day.",
    );
    assert!(n.is_empty(), "{n:?}");
}

#[test]
fn numbered_parts_laws_and_storms_are_not_actors() {
    let n =
        names("It carries 10 years under Section 4 of the Fraud Act, and Hurricane Melissa hit.");
    assert!(n.is_empty(), "{n:?}");
}

#[test]
fn a_title_without_its_name_is_not_a_person() {
    let n = names("“We will rebuild,” Health Minister Dr.");
    assert!(n.is_empty(), "{n:?}");
}

#[test]
fn unknown_names_after_the_are_dropped() {
    let n = names("The Nechako Lakes fire spread over the Pacific Ring of Fire region.");
    assert!(n.is_empty(), "{n:?}");
}

#[test]
fn lower_case_acronym_definitions_are_not_actors() {
    let n = names(
        "Two doses of the measles, mumps and rubella (MMR) vaccine work.\nThe MMR campaign began.",
    );
    assert!(n.is_empty(), "{n:?}");
}

// ----- headlines ------------------------------------------------------------

#[test]
fn headline_keeps_only_known_or_confirmed_names() {
    let text = "Venezuela Frees Another 88 Political Prisoners After Christmas Release\nThe releases continued.";
    let n: Vec<String> = actors_of(text, true)
        .into_iter()
        .map(|a| a.name.into())
        .collect();
    assert_eq!(n, ["Venezuela"]);
}

#[test]
fn headline_names_confirmed_by_the_body_join_them() {
    let text = "Kenya Central Bank Cuts Rate as Ríos-Carvajal Wins\nThe Central Bank of Kenya (CBK) cut rates, and Valentina Ríos-Carvajal won.";
    let a = actors_of(text, true);
    let cbk = find(&a, "Central Bank of Kenya");
    assert!(cbk.aliases.iter().any(|x| x == "Kenya Central Bank"));
    assert!(cbk.aliases.iter().any(|x| x == "CBK"));
    assert!(
        find(&a, "Valentina Ríos-Carvajal")
            .aliases
            .iter()
            .any(|x| x == "Ríos-Carvajal")
    );
    assert!(!a.iter().any(|x| x.name.contains("Cuts")));
}

// ----- organisations --------------------------------------------------------

#[test]
fn organisation_heads_with_chains() {
    let a = actors_of(
        "the Ministry of Housing, Construction and Sanitation said.\naccording to the Department for Energy Security and Net Zero.\nCity of London Police arrested him.\nThe Northbridge City Supporters' Trust called it a betrayal.",
        false,
    );
    for n in [
        "Ministry of Housing, Construction and Sanitation",
        "Department for Energy Security and Net Zero",
        "City of London Police",
        "Northbridge City Supporters' Trust",
    ] {
        assert_eq!(find(&a, n).kind, ActorKind::Organization, "{n}");
    }
}

#[test]
fn acronyms_defined_in_brackets_merge_with_their_expansion() {
    let a = actors_of(
        "said Ibrahim Ndiaye, a spokesperson for the World Food Programme (WFP).\nWFP said it needed money.",
        false,
    );
    let w = find(&a, "World Food Programme");
    assert_eq!(w.mentions.len(), 3);
    assert_eq!(w.aliases, ["WFP"]);
}

#[test]
fn well_known_acronyms_and_companies() {
    let n = names(
        "NATO said it would meet the IMF.\nVeltrix Inc. said it would cut jobs, and Veltrix shares fell.",
    );
    assert!(
        n.contains(&("NATO".to_string(), ActorKind::Organization)),
        "{n:?}"
    );
    assert!(
        n.contains(&("IMF".to_string(), ActorKind::Organization)),
        "{n:?}"
    );
    let a = actors_of(
        "Veltrix Inc. said it would cut jobs, and Veltrix shares fell.",
        false,
    );
    assert_eq!(find(&a, "Veltrix Inc.").mentions.len(), 2);
}

#[test]
fn the_ministry_joins_the_ministry_named_before() {
    let a = actors_of(
        "It was made by the Ministry of Penitentiary Service on Monday.\nAccording to the ministry, the releases went ahead.",
        false,
    );
    let m = find(&a, "Ministry of Penitentiary Service");
    assert!(m.aliases.iter().any(|x| x == "ministry"));
}

#[test]
fn an_anaphor_with_nothing_before_it_is_dropped() {
    let n = names("According to the ministry, the releases went ahead.");
    assert!(n.is_empty(), "{n:?}");
}

// ----- places and the government ----------------------------------------------

#[test]
fn countries_demonyms_and_governments() {
    let a = actors_of(
        "The Venezuelan government has announced it.\nAt the time, the government framed it.\nThe Maduro administration freed 99, with Maduro’s government saying so.\nVenezuela was rocked by protests.",
        false,
    );
    let g = find(&a, "Venezuelan government");
    assert_eq!(g.kind, ActorKind::Organization);
    assert_eq!(g.mentions.len(), 4);
    assert_eq!(find(&a, "Venezuela").kind, ActorKind::Place);
}

#[test]
fn bare_government_as_a_modifier_is_not_an_actor() {
    let n = names("Mine accidents killed 55 people, according to government figures.");
    assert!(n.is_empty(), "{n:?}");
}

#[test]
fn capitals_acting_stand_for_their_country() {
    let a = actors_of(
        "relations between Venezuela and the United States worsened.\nAs Washington increases pressure, talks stall.\nThe envoy flew in from Caracas.\nShe lives in Washington.",
        false,
    );
    let us = find(&a, "United States");
    assert!(us.aliases.iter().any(|x| x == "Washington"));
    assert_eq!(find(&a, "Caracas").kind, ActorKind::Place);
}

#[test]
fn country_aliases_merge() {
    let text = "UK Wind Capacity Tops 50GW\nBritain's wind farms grew.";
    let a = actors_of(text, true);
    let b = find(&a, "Britain");
    assert_eq!(b.aliases, ["UK"]);
}

#[test]
fn places_from_context() {
    let n = names(
        "It buried the town of Yungay.\nPolice said the march in Cali was peaceful.\nquakes in the central Andes hit.",
    );
    assert!(
        n.contains(&("Yungay".to_string(), ActorKind::Place)),
        "{n:?}"
    );
    assert!(n.contains(&("Cali".to_string(), ActorKind::Place)), "{n:?}");
    assert!(
        n.contains(&("central Andes".to_string(), ActorKind::Place)),
        "{n:?}"
    );
}

#[test]
fn datelines_are_places() {
    let a = actors_of(
        "NAIROBI, Feb. 11 (Savanna Newswire) - The bank cut rates.",
        false,
    );
    assert_eq!(find(&a, "NAIROBI").kind, ActorKind::Place);
    assert_eq!(find(&a, "Savanna Newswire").kind, ActorKind::Organization);
}

// ----- groups ---------------------------------------------------------------

#[test]
fn acting_groups_are_found() {
    let a = actors_of(
        "Officials said the decision stands.\nDespite that, rights groups estimate more.\nIn the aftermath, authorities detained more than 2,400 protesters.",
        false,
    );
    for n in ["Officials", "rights groups", "authorities"] {
        assert_eq!(find(&a, n).kind, ActorKind::Group, "{n}");
    }
    assert!(
        !a.iter().any(|x| x.name == "protesters"),
        "objects are not actors"
    );
}

#[test]
fn a_group_word_before_a_name_is_a_modifier() {
    let n = names("The opposition Unity and Tradition party walked out.");
    assert_eq!(
        n,
        [("Unity and Tradition".to_string(), ActorKind::Organization)]
    );
}

// ----- invariants -------------------------------------------------------------

#[test]
fn unicode_spacing_and_crlf() {
    let text =
        "Talks Stall\r\nPresident\u{a0}Nicolás Maduro spoke in Caracas.\r\nOfficials said so.\r\n";
    let got = Extractor::default().extract(text, None).actors;
    let m = got
        .iter()
        .find(|a| a.kind == ActorKind::Person)
        .expect("a person");
    assert_eq!(m.name, "Nicolás Maduro");
    for a in &got {
        for me in &a.mentions {
            assert_eq!(&text[me.span.range()], me.text);
        }
    }
}

#[test]
fn spans_slice_the_document_and_nothing_panics() {
    let text = "Ríos-Carvajal’s “Ministry of X (MX)” — É. O’Neill-Ábalos, U.S. Sen. Zoë Ñandú’ \u{a0}São Paulo's Bank of A, B and C's (Δ) \"Dr.\" al- bin";
    let mut cuts: Vec<usize> = (0..=text.len())
        .filter(|&i| text.is_char_boundary(i))
        .collect();
    cuts.truncate(200);
    for &end in &cuts {
        let t = &text[..end];
        for headline in [false, true] {
            for a in actors_of(t, headline) {
                for m in &a.mentions {
                    assert_eq!(m.span.as_str(t), m.text);
                    assert!(t.is_char_boundary(m.span.start) && t.is_char_boundary(m.span.end));
                }
            }
        }
    }
}

#[test]
fn long_runs_stay_linear_and_do_not_overflow() {
    let text = "Peru ".repeat(20_000) + "said. " + &"Aa Bb of Cc, ".repeat(5_000);
    let a = actors_of(&text, false);
    assert!(!a.is_empty());
}

#[test]
fn tables_load() {
    super::warm();
    assert!(super::scan::geo("venezuela").is_some());
    assert!(super::scan::geo("n.m.").is_some());
}

#[test]
fn acronyms_join_names_with_those_initials() {
    let a = actors_of(
        "The European Union announced aid.\nThe EU said more would come.",
        false,
    );
    assert_eq!(find(&a, "European Union").aliases, ["EU"]);
}

#[test]
fn possessive_inside_a_company_name() {
    let a = actors_of(
        "A spokesman for McDonald's Corp declined to comment.",
        false,
    );
    assert_eq!(find(&a, "McDonald's Corp").kind, ActorKind::Organization);
}

#[test]
fn at_an_organisation_is_not_a_place() {
    let n = names("Analysts at Morgan Stanley said the recall was minor.");
    assert!(!n.iter().any(|(_, k)| *k == ActorKind::Place), "{n:?}");
}

#[test]
fn roles_in_appositions() {
    let a = actors_of(
        "said Sipho Dlamini-Mokoena, the company's head of safety.\nHer lawyer, Oliver Chen KC, said she would appeal.",
        false,
    );
    assert_eq!(
        find(&a, "Sipho Dlamini-Mokoena").title.as_deref(),
        Some("head of safety")
    );
    assert_eq!(find(&a, "Oliver Chen").title.as_deref(), Some("lawyer"));
}

#[test]
fn titles_with_of_chains() {
    let a = actors_of(
        "U.S. Secretary of State Marco Rubio called it unacceptable.",
        false,
    );
    assert_eq!(
        find(&a, "Marco Rubio").title.as_deref(),
        Some("Secretary of State")
    );
    assert_eq!(find(&a, "U.S.").kind, ActorKind::Place);
}

#[test]
fn capitalised_adjectives_alone_are_not_names() {
    let n = names("He urged Western allies to act, and the Islamic State claimed it.");
    assert!(!n.iter().any(|(x, _)| x == "Western"), "{n:?}");
}

#[test]
fn sports_clubs_and_scores() {
    let a = actors_of(
        "Manchester United beat Liverpool 2-1 at Old Trafford on Sunday.\nUnited manager Ruben Amorim praised his players.",
        false,
    );
    let mu = find(&a, "Manchester United");
    assert_eq!(mu.aliases, ["United"]);
    assert_eq!(find(&a, "Liverpool").kind, ActorKind::Organization);
    assert_eq!(find(&a, "Ruben Amorim").title.as_deref(), Some("manager"));
}

#[test]
fn a_lone_head_word_needs_a_full_name() {
    let n = names("United manager Ruben Amorim praised his players.");
    assert_eq!(n, [("Ruben Amorim".to_string(), ActorKind::Person)]);
}

#[test]
fn spokesperson_for_number_ten() {
    let a = actors_of(
        "A spokesperson for No. 10 said ministers would review the rules.",
        false,
    );
    assert_eq!(find(&a, "No. 10").kind, ActorKind::Organization);
    let n = names("He will wear the No. 10 shirt.");
    assert!(n.is_empty(), "{n:?}");
}

#[test]
fn ampersand_names_are_companies() {
    let a = actors_of("Shares of Procter & Gamble rose.", false);
    assert_eq!(find(&a, "Procter & Gamble").kind, ActorKind::Organization);
}

#[test]
fn newspapers_and_agencies() {
    let a = actors_of(
        "The Associated Press reported it first.\nA report in the Washington Post agreed.",
        false,
    );
    assert_eq!(find(&a, "Associated Press").kind, ActorKind::Organization);
    assert_eq!(find(&a, "Washington Post").kind, ActorKind::Organization);
}

#[test]
fn a_capital_as_object_stays_a_place() {
    let a = actors_of(
        "Heavy rains hit Nairobi, the Red Cross said.\nKenya declared a disaster.",
        false,
    );
    assert_eq!(find(&a, "Nairobi").kind, ActorKind::Place);
    assert!(find(&a, "Kenya").aliases.is_empty());
}

#[test]
fn passive_groups_and_group_modifiers_are_not_actors() {
    let n =
        names("About 4,000 families had been displaced.\nOpposition leader Raila Odinga spoke.");
    assert!(!n.iter().any(|(_, k)| *k == ActorKind::Group), "{n:?}");
}

#[test]
fn known_organisation_with_a_country_suffix() {
    let a = actors_of(
        "In a statement, Amnesty International Kenya urged restraint.",
        false,
    );
    assert_eq!(
        find(&a, "Amnesty International Kenya").kind,
        ActorKind::Organization
    );
}

#[test]
fn lone_pieces_of_cut_names_are_dropped() {
    let n = names("It met in the Square and at the Corp office near St. Peter's gate.");
    assert!(
        !n.iter()
            .any(|(x, _)| x == "Square" || x == "Corp" || x == "St."),
        "{n:?}"
    );
}

#[test]
fn lone_surnames_with_an_age_or_after_said_are_people() {
    let a = actors_of(
        "The ruling was welcomed, said Okonkwo.\nThe case against Mensah, 54, was dropped.",
        false,
    );
    assert_eq!(find(&a, "Okonkwo").kind, ActorKind::Person);
    assert_eq!(find(&a, "Mensah").kind, ActorKind::Person);
}

#[test]
fn a_capitalised_head_word_joins_the_full_name() {
    let a = actors_of(
        "The Ministry of Public Health and Prevention said clinics would open.\nThe Ministry also asked donors for help.",
        false,
    );
    let m = find(&a, "Ministry of Public Health and Prevention");
    assert_eq!(m.mentions.len(), 2);
}

#[test]
fn groups_merge_only_when_one_contains_the_other() {
    let a = actors_of(
        "State health officials urged parents to act.\nOfficials said 1,500 people were exposed.\nRussian officials denied it, and Ukrainian officials said otherwise.",
        false,
    );
    let g: Vec<&str> = a
        .iter()
        .filter(|x| x.kind == ActorKind::Group)
        .map(|x| x.name.as_str())
        .collect();
    assert_eq!(
        g,
        [
            "State health officials",
            "Russian officials",
            "Ukrainian officials"
        ]
    );
}

#[test]
fn people_named_like_places_stay_people() {
    let n = names("The goal came from Jordan Henderson, and Victoria Beckham watched.");
    assert!(
        n.contains(&("Jordan Henderson".to_string(), ActorKind::Person)),
        "{n:?}"
    );
    assert!(
        n.contains(&("Victoria Beckham".to_string(), ActorKind::Person)),
        "{n:?}"
    );
}

#[test]
fn the_central_bank_is_one_organisation() {
    let a = actors_of(
        "Brazil's central bank raised rates on Wednesday.\nCentral bank chief Gabriel Galipolo defended it, and the bank said more could come.",
        false,
    );
    let cb = find(&a, "central bank");
    assert_eq!(cb.kind, ActorKind::Organization);
    assert_eq!(cb.mentions.len(), 3);
}

#[test]
fn shares_in_a_company_are_not_a_place() {
    let a = actors_of("Shares in Petrobras fell 2.1% on Monday.", false);
    assert_eq!(find(&a, "Petrobras").kind, ActorKind::Organization);
}

#[test]
fn an_acronym_in_a_title_is_an_organisation() {
    let a = actors_of(
        "The World Health Organization said cases rose.\nWHO Director-General Tedros Adhanom Ghebreyesus urged donors to act.",
        false,
    );
    let who = find(&a, "World Health Organization");
    assert_eq!(who.aliases, ["WHO"]);
    assert_eq!(
        find(&a, "Tedros Adhanom Ghebreyesus").title.as_deref(),
        Some("WHO Director-General")
    );
}

#[test]
fn abbreviated_titles_with_a_full_stop() {
    let actors = actors_of("His lawyer, Atty. Josefina Ocampo-Reyes, said so.", false);
    let a = find(&actors, "Josefina Ocampo-Reyes");
    assert_eq!(a.title.as_deref(), Some("Atty."));
    assert!(!actors.iter().any(|a| a.name.starts_with("Atty")));
}

#[test]
fn company_heads_and_names_with_the_head_first() {
    let org = ActorKind::Organization;
    for (text, name) in [
        (
            "Duke Energy said 300,000 customers lost power.",
            "Duke Energy",
        ),
        ("Nordhavn Logistics said profit rose.", "Nordhavn Logistics"),
        ("Banco de Portugal kept rates on hold.", "Banco de Portugal"),
        (
            "Metropolitano de Lisboa carried more riders.",
            "Metropolitano de Lisboa",
        ),
        ("Société Générale cut jobs.", "Société Générale"),
    ] {
        assert!(
            names(text).contains(&(name.to_string(), org)),
            "{text}: {:?}",
            names(text)
        );
    }
    // A person whose name has a particle is still a person.
    assert!(
        names("Ignacio de la Cruz said so.")
            .contains(&("Ignacio de la Cruz".to_string(), ActorKind::Person))
    );
}

/// `country_mentions` counts what a plain search of every form counts.
#[test]
fn country_mentions_match_a_plain_search() {
    fn plain(doc: &str, country: &str) -> usize {
        let Some(&(name, demonyms, capitals, others)) = super::gazetteer::COUNTRIES
            .iter()
            .find(|(n, ..)| *n == country)
        else {
            return 0;
        };
        let whole = |at: usize, len: usize| {
            doc[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
                && doc[at + len..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric())
        };
        let mut n = 0;
        for form in [name, demonyms, capitals, others]
            .iter()
            .flat_map(|f| f.split('|'))
            .filter(|f| !f.is_empty())
        {
            let upper = form.to_uppercase();
            n += doc
                .match_indices(form)
                .filter(|(at, _)| whole(*at, form.len()))
                .count();
            if upper != form {
                n += doc
                    .match_indices(upper.as_str())
                    .filter(|(at, _)| whole(*at, upper.len()))
                    .count();
            }
        }
        n
    }
    let docs = [
        "MEXICO CITY (Reuters) - Mexico’s peso fell; Mexican officials in Mexico City said.",
        "Bogotá, Colombia: Colombians and COLOMBIA, not Colombiana or preColombia.",
        "Chile's Santiago and Chilean exports; Chileans; CHILE. Philippines, Filipino, Manila.",
        "Argentina—Argentine, Buenos Aires; \u{a0}Argentinian\u{a0}",
        "",
        "é",
        // Capitals at every offset of the eight-byte chunks, after accents
        // (not word starts), NBSP, curly quotes and em dashes.
        "éMexico, “Mexico” —Mexico\u{a0}MEXICO, xMexico, Mexicos 1Mexico Mexico",
        "a Mexico ab Mexico abc Mexico abcd MEXICAN abcde Mexican abcdef Mexico.",
        "UK UKUK U.K. Britain BRITAIN British’s LONDON London; the united kingdom",
    ];
    for doc in docs {
        let starts = super::CapitalStarts::new(doc);
        for (country, ..) in super::gazetteer::COUNTRIES {
            assert_eq!(
                super::country_mentions(doc, &starts, country),
                plain(doc, country),
                "{country} in {doc:?}"
            );
        }
    }
    let doc = docs[0];
    assert_eq!(
        super::country_mentions(doc, &super::CapitalStarts::new(doc), "Mexico"),
        6
    );
}

/// `CapitalStarts` finds, letter by letter, the places the plain scan of
/// every byte finds.
#[test]
fn capital_starts_match_a_scan_of_every_byte() {
    for doc in [
        "",
        "A",
        "aB Cd",
        "éMexico “Mexico” —Mexico\u{a0}MEXICO xY 1Z Zz ZZ",
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefgh Ü ÀB Ab",
        "Le Monde—À Paris, ÉLYSÉE, São Paulo; Ärzte ohne Grenzen, Ωmega Q",
    ] {
        let b = doc.as_bytes();
        let plain: Vec<usize> = (0..b.len())
            .filter(|&i| b[i].is_ascii_uppercase())
            .filter(|&i| {
                doc[..i]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric())
            })
            .collect();
        let starts = super::CapitalStarts::new(doc);
        let mut got: Vec<usize> = (b'A'..=b'Z')
            .flat_map(|c| starts.of(c).iter().copied())
            .collect();
        got.sort_unstable();
        assert_eq!(got, plain, "{doc:?}");
        for c in b'A'..=b'Z' {
            let of = starts.of(c);
            assert!(of.iter().all(|&i| b[i] == c), "{doc:?}");
            assert!(of.windows(2).all(|p| p[0] < p[1]), "{doc:?}");
        }
        assert!(starts.of(b'a').is_empty() && starts.of(0xC3).is_empty());
    }
}

#[test]
fn regions_naming_a_coast_or_waters_are_not_actors() {
    let n = names("Hurricane Delia slammed into Honduras’s Caribbean coast on Saturday.");
    assert!(!n.iter().any(|(name, _)| name == "Caribbean"), "{n:?}");
    assert!(
        n.contains(&("Honduras".to_string(), ActorKind::Place)),
        "{n:?}"
    );
    // The region acting is still one.
    let n = names("The Caribbean braced for the storm.");
    assert!(n.iter().any(|(name, _)| name == "Caribbean"), "{n:?}");
}

#[test]
fn the_company_refers_back_to_a_company_named_by_its_trade() {
    let a = actors_of(
        "Duke Energy said profit rose.\nThe company said 300,000 customers lost power.",
        false,
    );
    let duke = find(&a, "Duke Energy");
    assert_eq!(duke.mentions.len(), 2);
}

#[test]
fn a_company_suffix_makes_a_company_whatever_the_words_before_it() {
    // Trade words that are not organisation heads ("Telecom", "Mining")
    // used to leave these as people.
    for (text, name) in [
        (
            "Shares of Kestrel Telecom AG fell 3%.",
            "Kestrel Telecom AG",
        ),
        ("Equinor ASA raised its dividend.", "Equinor ASA"),
        (
            "Analysts said Norrland Mining S.A. would cut jobs.",
            "Norrland Mining S.A.",
        ),
        ("Volvo Cars AB and Nokia Oyj signed.", "Volvo Cars AB"),
        ("Volvo Cars AB and Nokia Oyj signed.", "Nokia Oyj"),
        (
            "The deal values Marlowe Foods BV at €2bn.",
            "Marlowe Foods BV",
        ),
    ] {
        let a = actors_of(text, false);
        assert_eq!(find(&a, name).kind, ActorKind::Organization, "{text}");
    }
    // Still a person: a name that only looks like one.
    let a = actors_of("Abba Kyari spoke on Monday.", false);
    assert_eq!(find(&a, "Abba Kyari").kind, ActorKind::Person);
}

#[test]
fn cape_of_is_a_place_not_a_person() {
    let n = names("Ships sailed around the Cape of Good Hope, adding two weeks.");
    assert!(
        n.contains(&("Cape of Good Hope".to_string(), ActorKind::Place)),
        "{n:?}"
    );
    assert!(!n.iter().any(|(_, k)| *k == ActorKind::Person), "{n:?}");
}
