//! Explaining a comparison: edit kinds on real sentences of the samples and the
//! corpus, the sample pair's figures, and its summary pinned by a snapshot.

use syndiff::engine::{compare, Comparison, Derivation, EditKind, Looks, Options};

fn article(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/articles")
        .join(name);
    std::fs::read_to_string(path).unwrap()
}

fn sample_pair() -> Comparison {
    compare(
        &article("rferl-door-to-door.txt"),
        &article("derivative-door-to-door.txt"),
        &Options::default(),
    )
}

/// The kinds of the changes between two texts, with the changed words.
fn kinds_with(
    source: &str,
    derivative: &str,
    options: &Options,
) -> Vec<(EditKind, String, String)> {
    compare(source, derivative, options)
        .changes()
        .map(|s| {
            (
                s.edit.expect("every change has a kind"),
                s.source.trim().to_owned(),
                s.derivative.trim().to_owned(),
            )
        })
        .collect()
}

fn kinds(source: &str, derivative: &str) -> Vec<EditKind> {
    kinds_with(source, derivative, &Options::default())
        .into_iter()
        .map(|k| k.0)
        .collect()
}

const OPENING: &str = "BOKHTAR, Tajikistan -- More than 1,800 state workers have been mobilized in the southern Tajik region of Khatlon.";

#[test]
fn a_dateline_replaced_by_attribution_is_two_edits() {
    let derivative = "Radio Liberty\u{2019}s Tajik Service reported yesterday that more than 1,800 state workers have been mobilized in the southern Tajik region of Khatlon.";
    let found = kinds_with(OPENING, derivative, &Options::default());
    assert_eq!(found[0].0, EditKind::DatelineRemoved);
    assert_eq!(found[0].1, "BOKHTAR, Tajikistan --");
    assert_eq!(found[1].0, EditKind::AttributionAdded);
    assert_eq!(found.len(), 2);
}

#[test]
fn attribution_added_and_removed() {
    let source =
        "The government in Dushanbe is growing anxious about the rise of religious extremism.";
    let derivative = "According to RFE/RL, the government in Dushanbe is growing anxious about the rise of religious extremism.";
    assert_eq!(kinds(source, derivative), [EditKind::AttributionAdded]);
    assert_eq!(kinds(derivative, source), [EditKind::AttributionRemoved]);
}

#[test]
fn hedges_added_and_removed() {
    let source = "The Door-To-Door teams have visited more than 620,000 households across the province so far.";
    let derivative = "The Door-To-Door teams have reportedly visited more than 620,000 households across the province so far.";
    assert_eq!(kinds(source, derivative), [EditKind::HedgeAdded]);
    assert_eq!(kinds(derivative, source), [EditKind::HedgeRemoved]);
}

#[test]
fn a_respelled_name_and_an_honorific_are_name_variants_not_attribution() {
    // "Said" the name is not "said" the verb.
    let source = "Khatlon Governor Davlatali Saeed told reporters in August. Parents were warned, Saeed added.";
    let derivative = "Khatlon Governor Davlatali Said told reporters in August. Parents were warned, Mr. Said added.";
    assert_eq!(kinds(source, derivative), [EditKind::NameVariant; 3]);
}

#[test]
fn numbers_and_dates() {
    let source =
        "One study concluded that at least 85 percent of Tajik citizens were recruited in Russia.";
    let derivative =
        "One study concluded that at least 85% of Tajik citizens were recruited in Russia.";
    assert_eq!(kinds(source, derivative), [EditKind::NumberChanged]);
    let source =
        "Russian officials claim the March 22 attack was carried out by four Tajik nationals.";
    let derivative =
        "Russian officials claim the March 23 attack was carried out by four Tajik nationals.";
    assert_eq!(kinds(source, derivative), [EditKind::NumberChanged]);
}

#[test]
fn weekdays_are_dates_and_a_changed_date_outranks_an_added_credit() {
    let source = "The mayor said on Monday that the bridge would reopen soon.";
    let derivative = "The mayor said on Tuesday that the bridge would reopen soon.";
    assert_eq!(kinds(source, derivative), [EditKind::NumberChanged]);
    // One change holds a new date and a credit: the date is what a fact-checker checks.
    let source = "The bridge would reopen in May. Officials agreed.";
    let derivative = "The bridge would reopen in June, according to the Gazette.";
    assert_eq!(kinds(source, derivative), [EditKind::NumberChanged]);
    // Nor is "May" opening a sentence, unless a date stands for it on the other side.
    let source = "He may go home. May I go home too?";
    let derivative = "He might go home. Might I go home too?";
    assert_eq!(kinds(source, derivative), [EditKind::Wording; 2]);
    // "may" the verb is not a month; a credit with the same figure is still a credit.
    let source = "The bridge may reopen. It cost 5 million dollars.";
    let derivative = "The bridge will reopen. It cost 5 million dollars, officials said.";
    assert_eq!(
        kinds(source, derivative),
        [EditKind::Wording, EditKind::AttributionAdded]
    );
}

#[test]
fn a_word_changed_inside_a_quotation() {
    let source = "\"The number of young people who joined religious extremist groups is very high in our province,\" the governor said.";
    let derivative = "\"The number of young people who joined religious extremist groups is extremely high in our province,\" the governor said.";
    assert_eq!(kinds(source, derivative), [EditKind::QuotationChanged]);
}

#[test]
fn whole_sentences_added_and_cut_and_a_paragraph_moved() {
    let source = "Unemployment and corruption have plagued the country for three decades.\n\nThe government tightly controls the practice of Islam.";
    let derivative = "The government tightly controls the practice of Islam.\n\nTajik officials and analysts cite youthful naivety, poverty and lack of education as the main causes of radicalization.";
    assert_eq!(kinds(source, derivative), [EditKind::Cut, EditKind::Added]);
    let first = "Authorities claim that a majority of Tajik nationals who have joined extremist groups have been radicalized in Russia.";
    let second = "Unemployment and corruption have plagued the country for three decades, and the government tightly controls Islam.";
    let third = "In some regions, the campaign also promotes national Tajik clothing for women.";
    let moved = kinds(
        &format!("{first}\n{second}\n{third}"),
        &format!("{second}\n{third}\n{first}"),
    );
    assert_eq!(moved, [EditKind::Moved]);
}

#[test]
fn wording_within_a_sentence_and_formatting_only() {
    let source = "Workers have been mobilized in the southern Tajik region of Khatlon.";
    let derivative = "Workers have been mobilized in the southern province of Khatlon.";
    assert_eq!(kinds(source, derivative), [EditKind::Wording]);
    let strict = Options {
        ignore_whitespace: false,
        ..Options::default()
    };
    let found = kinds_with(
        "It was cold.  Then it rained.",
        "It was cold. Then it rained.",
        &strict,
    );
    assert_eq!(
        found.iter().map(|k| k.0).collect::<Vec<_>>(),
        [EditKind::Formatting]
    );
}

#[test]
fn punctuation_alone_is_formatting_never_a_sentence_or_wording() {
    // g0pA_taskb.txt writes "PageRank?" where orig_taskb.txt has "PageRank" (a
    // trademark sign lost in its encoding): a lone "?" holds no word, so it is not
    // a sentence added nor wording changed, whatever stands around it.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpora/clough-stevenson-2011/corpus-20090418");
    let read = |name: &str| std::fs::read_to_string(dir.join(name)).unwrap();
    let found = kinds_with(
        &read("orig_taskb.txt"),
        &read("g0pA_taskb.txt"),
        &Options::default(),
    );
    let marks: Vec<_> = found
        .iter()
        .filter(|(_, s, d)| s.is_empty() && d == "?")
        .collect();
    assert_eq!(marks.len(), 7, "{found:?}");
    assert!(
        marks.iter().all(|(k, _, _)| *k == EditKind::Formatting),
        "{marks:?}"
    );
    // A sign read as a word in a figure or a formula is not formatting.
    assert_eq!(
        kinds("Prices rose 5 in May.", "Prices rose 5% in May."),
        [EditKind::NumberChanged]
    );
    assert_ne!(
        kinds(
            "The loop stops when i = n holds.",
            "The loop stops when i < n holds."
        ),
        [EditKind::Formatting]
    );
    assert_eq!(
        kinds(
            "Is it over. Nobody knows what comes next.",
            "Is it over? Nobody knows what comes next."
        ),
        [EditKind::Formatting]
    );
}

#[test]
fn a_date_made_precise_across_two_sentence_halves_and_a_sentence_after_a_reworded_clause() {
    // The sample's retold study (articles README, item 7). "in August concluded
    // that at least" → "… youth. Shohrukh … published on August 31 … that over"
    // ends one sentence and starts another but holds no whole sentence: its date
    // changed. "who fought for IS …" → "in conflict zones … from Russia. They
    // expressed concern … security." rewords a clause, then adds a whole sentence
    // that makes up most of it.
    let c = sample_pair();
    let kind_of = |words: &str| {
        let found: Vec<_> = c
            .changes()
            .filter(|s| s.derivative.contains(words))
            .map(|s| s.edit.unwrap())
            .collect();
        assert_eq!(found.len(), 1, "{words}");
        found[0]
    };
    assert_eq!(kind_of("published on August 31"), EditKind::NumberChanged);
    assert_eq!(kind_of("Salafism-Wahhabism"), EditKind::Added);
    // The first shape, shorter.
    let source = "One report published by the ministry in May concluded that most of the workers had left the region. Nothing more was said.";
    let derivative = "One report published by the ministry was read widely. Two lecturers at its academy wrote in a post on May 3 on the academy's own page that most of the workers had left the region. Nothing more was said.";
    let found = kinds_with(source, derivative, &Options::default());
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, EditKind::NumberChanged, "{found:?}");
}

#[test]
fn a_light_revision_from_the_corpus_respells_words_and_cuts_a_paragraph() {
    // g0pE_taska.txt, a "light" revision of orig_taska.txt, as the student wrote it.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpora/clough-stevenson-2011/corpus-20090418");
    let read = |name: &str| std::fs::read_to_string(dir.join(name)).unwrap();
    let found = kinds_with(
        &read("orig_taska.txt"),
        &read("g0pE_taska.txt"),
        &Options::default(),
    );
    let summary: Vec<_> = found
        .iter()
        .map(|(k, s, d)| {
            (
                *k,
                s.split_whitespace().next().unwrap_or("").to_owned(),
                d.clone(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            (
                EditKind::NameVariant,
                "attributes".to_owned(),
                "attribute".to_owned()
            ),
            (
                EditKind::NameVariant,
                "behavior".to_owned(),
                "behaviour".to_owned()
            ),
            (EditKind::Cut, "Complex".to_owned(), String::new()),
        ]
    );
}

#[test]
fn a_word_swapped_for_another_is_wording() {
    // orig_taska.txt's first sentence with one verb swapped.
    let source = "In object-oriented programming, inheritance is a way to form new classes (instances of which are called objects) using classes that have already been defined.";
    let derivative = "In object-oriented programming, inheritance is a way to create new classes (instances of which are called objects) using classes that have already been defined.";
    assert_eq!(kinds(source, derivative), [EditKind::Wording]);
}

#[test]
fn the_sample_pair_shows_every_edit_the_articles_readme_lists() {
    let c = sample_pair();
    let count = |k: EditKind| {
        c.explanation
            .edits
            .iter()
            .find(|e| e.kind == k)
            .map_or(0, |e| e.count)
    };
    assert_eq!(count(EditKind::DatelineRemoved), 1);
    assert_eq!(count(EditKind::AttributionAdded), 2);
    assert_eq!(count(EditKind::HedgeAdded), 2);
    assert_eq!(count(EditKind::NameVariant), 3);
    assert_eq!(count(EditKind::Moved), 1);
    assert!(count(EditKind::Cut) >= 15, "the cut paragraphs");
    let f = &c.explanation.figures;
    assert_eq!((f.source_paragraphs, f.derivative_paragraphs_new), (28, 2));
    let shares = [
        f.derivative_verbatim + f.derivative_rewritten + f.derivative_new,
        f.source_verbatim + f.source_rewritten + f.source_cut,
    ];
    for total in shares {
        assert!((total - 1.0).abs() < 1e-9, "{shares:?}");
    }
    assert!(f.longest_run.words >= 40, "{:?}", f.longest_run);
}

#[test]
fn the_sample_pair_summary() {
    insta::assert_snapshot!(sample_pair().explanation.summary);
}

#[test]
fn a_long_list_of_respellings_names_five_and_counts_the_rest() {
    let names = [
        ("Darcy", "Darci"),
        ("Bingley", "Bingly"),
        ("Wickham", "Wikham"),
        ("Collins", "Colins"),
        ("Bennet", "Bennett"),
        ("Lucas", "Lukas"),
        ("Gardiner", "Gardner"),
        ("Phillips", "Philips"),
    ];
    let text = |pick: fn(&(&'static str, &'static str)) -> &'static str| {
        names
            .iter()
            .map(|n| format!("In the morning {}! went to the town on foot.", pick(n)))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let summary = compare(&text(|n| n.0), &text(|n| n.1), &Options::default())
        .explanation
        .summary;
    assert!(
        summary.contains(
            "respells 8 names (Darcy \u{2192} Darci, Bingley \u{2192} Bingly, Wickham \u{2192} Wikham, \
             Collins \u{2192} Colins, Bennet \u{2192} Bennett and 3 more)"
        ),
        "{summary}"
    );
}

#[test]
fn a_heavy_rewrite_sharing_no_passage_tells_one_story() {
    // g4pE_taska.txt, a "heavy" revision of orig_taska.txt: no sentence kept word for
    // word, yet derived by sentence match. The notice, the summary and the direction
    // must not say it reuses nothing, nor argue for a direction they do not name.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpora/clough-stevenson-2011/corpus-20090418");
    let read = |name: &str| std::fs::read_to_string(dir.join(name)).unwrap();
    let c = compare(
        &read("orig_taska.txt"),
        &read("g4pE_taska.txt"),
        &Options::default(),
    );
    let x = &c.explanation;
    assert_eq!(c.status, syndiff::engine::Status::NoSharedPassages);
    assert_eq!(x.verdict.unwrap().derivation, Derivation::Partially);
    assert_eq!(
        x.summary,
        "The two texts share no passage word for word, but the derivative\u{2019}s sentences hold much of the source\u{2019}s content: it may be a heavy rewrite of the source."
    );
    let (title, detail) = syndiff::format::no_shared_passages(true);
    assert_eq!(title, "No passages shared word for word.");
    assert!(detail.contains("hold much of the source\u{2019}s content"));
    assert!(!detail.contains("does not reuse"));
    let titles = syndiff::export::Titles {
        source: "A",
        derivative: "B",
        source_origin: "",
        derivative_origin: "",
    };
    let html = syndiff::export::report(&c, &titles);
    assert!(
        html.contains("share no passage word for word, but"),
        "report"
    );
    assert!(!html.contains("does not reuse the source"), "report");
    let d = x.direction.as_ref().unwrap();
    assert_eq!(d.looks, Looks::Unclear);
    assert_eq!(
        d.reasons,
        ["the only sign, too weak alone, is that the derivative's sentences stand in the source more (43%) than the other way round (25%)"]
    );
}

#[test]
fn a_cut_that_only_deletes_words_is_not_called_rewritten() {
    // g4pC_taska.txt, a "cut" answer: only deletions (a full stop and a parenthesis
    // inside a kept sentence). The source's middle share holds those words, so its
    // label must not say they were rewritten.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpora/clough-stevenson-2011/corpus-20090418");
    let read = |name: &str| std::fs::read_to_string(dir.join(name)).unwrap();
    let c = compare(
        &read("orig_taska.txt"),
        &read("g4pC_taska.txt"),
        &Options::default(),
    );
    let f = &c.explanation.figures;
    assert_eq!(c.counts.inserted, 0);
    assert!(f.source_rewritten > 0.0 && f.source_cut == 0.0, "{f:?}");
    let [_, source] = syndiff::format::reuse_bars(f);
    let labels: Vec<_> = source.parts.iter().map(|p| p.label).collect();
    assert_eq!(
        labels,
        [
            "kept verbatim",
            "reworded or dropped in kept sentences",
            "cut with whole sentences"
        ]
    );
}

#[test]
fn the_summary_writes_counts_with_thousands_separators() {
    // As the Reuse panel does ("1,199 of 1,200 reused"): one way of writing a count.
    let paragraphs: Vec<String> = (0..1200)
        .map(|i| format!("Paragraph {i} tells how the ferry crossed the river at dawn."))
        .collect();
    let source = paragraphs.join("\n\n");
    let derivative = paragraphs[1..].join("\n\n");
    let c = compare(&source, &derivative, &Options::default());
    let summary = &c.explanation.summary;
    assert!(
        summary.contains("reuses 1,199 of the source's 1,200 paragraphs"),
        "{summary}"
    );
    let f = &c.explanation.figures;
    assert_eq!(
        syndiff::format::source_paragraphs(f),
        " of 1,200 reused, 1 cut"
    );
}

#[test]
fn a_share_is_100_or_0_per_cent_only_when_it_is_all_or_none() {
    // A long text with a few words added: most is copied, not all.
    let paragraphs: Vec<String> = (0..1200)
        .map(|i| format!("Paragraph {i} tells how the ferry crossed the river at dawn."))
        .collect();
    let source = paragraphs.join("\n\n");
    let mut edited = paragraphs.clone();
    edited[600] = "Paragraph 600 tells how the old ferry slowly crossed the river at dawn.".into();
    let c = compare(&source, &edited.join("\n\n"), &Options::default());
    assert_eq!(c.counts.inserted, 2);
    let summary = &c.explanation.summary;
    assert!(
        summary.starts_with("The derivative copies over 99% of its words verbatim"),
        "{summary}"
    );
    let f = &c.explanation.figures;
    let [derivative, _] = syndiff::format::reuse_bars(f);
    let shown: Vec<_> = derivative
        .parts
        .iter()
        .map(|p| syndiff::format::percent(p.share))
        .collect();
    assert_eq!(shown, ["over 99%", "under 1%", "0%"]);
    let titles = syndiff::export::Titles {
        source: "Source",
        derivative: "Derivative",
        source_origin: "",
        derivative_origin: "",
    };
    let html = syndiff::export::report(&c, &titles);
    for figure in [
        "copied\">over 99%",
        "derivative-verbatim\">over 99%",
        "derivative-rewritten\">under 1%",
        // All the source's words are kept: that is 100%.
        "source-verbatim\">100%",
    ] {
        assert!(
            html.contains(&format!("data-figure=\"{figure}<")),
            "{figure}"
        );
    }
}

#[test]
fn the_direction_names_both_texts_by_their_roles() {
    // "the other text" of the derivative is the source: say so.
    let d = sample_pair().explanation.direction.unwrap();
    assert_eq!(d.looks, Looks::AsGiven);
    assert_eq!(
        d.reasons[0],
        "the derivative gives credit the source does not (twice)"
    );
    assert!(d.reasons.iter().all(|r| !r.contains("other text")), "{d:?}");
    let reversed = compare(
        &article("derivative-door-to-door.txt"),
        &article("rferl-door-to-door.txt"),
        &Options::default(),
    );
    let d = reversed.explanation.direction.unwrap();
    assert_eq!(
        d.reasons[0],
        "the source gives credit the derivative does not (twice)"
    );
}
