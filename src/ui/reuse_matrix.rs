//! Several articles: a heat-map matrix of pairwise reuse; a cell opens that pair for reading.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::display::reuse_matrix;
use crate::engine::token::word_count;
use crate::engine::Options;
use crate::format::{counted, not_added, percent, titled};
use crate::io::files;
use crate::io::storage::{load_set, save_set, Saved, SetArticle as Article};
use crate::samples;

/// The fewest articles drawn as a matrix (two are one pair, which the comparison above shows
/// better), the most it takes, and the largest (comparisons run on the page: n × (n − 1) of them).
pub const MIN_ARTICLES: usize = 3;
pub const MAX_ARTICLES: usize = 8;
pub const MAX_ARTICLE_BYTES: usize = 300_000;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub options: Options,
    /// Opens a pair: the column's article as source, the row's as derivative.
    pub on_open: Callback<Saved>,
}

#[function_component]
pub fn ReuseMatrix(props: &Props) -> Html {
    // The set is kept in the browser: a reload brings it back.
    let articles = use_state(load_set);
    let note = use_state(|| None::<String>);
    {
        let note = note.clone();
        use_effect_with((*articles).clone(), move |set| {
            if !save_set(set) && !set.is_empty() {
                note.set(Some(
                    "This browser would not keep these articles (too large for its storage, or storage is off): they will be gone after a reload.".into(),
                ));
            }
        });
    }
    let file_input = use_node_ref();
    let shares = {
        let options = props.options.clone();
        use_memo(((*articles).clone(), options), |(a, o)| {
            let texts: Vec<&str> = a.iter().map(|a| a.text.as_str()).collect();
            Rc::new(reuse_matrix(&texts, o))
        })
    };
    let use_samples = {
        let (articles, note) = (articles.clone(), note.clone());
        // The samples join the articles loaded (never replace them), as many as fit.
        Callback::from(move |_: MouseEvent| {
            let mut list = (*articles).clone();
            let mut refused = Vec::new();
            for a in samples::ARTICLES {
                let article = Article {
                    title: a.title.to_owned(),
                    origin: a.origin.to_owned(),
                    text: a.text.to_owned(),
                };
                match admit(&list, &article) {
                    Ok(()) => list.push(article),
                    Err(why) => refused.push((a.title, why)),
                }
            }
            note.set(
                if refused.len() == samples::ARTICLES.len()
                    && refused
                        .iter()
                        .all(|(_, why)| matches!(why, Refusal::Repeats(_)))
                {
                    Some("The three samples are already in the matrix.".into())
                } else {
                    // A sample already loaded is not worth a word.
                    refused.retain(|(_, why)| !matches!(why, Refusal::Repeats(_)));
                    refusal_note(&refused, "samples")
                },
            );
            articles.set(list);
        })
    };
    let clear = {
        let (articles, note) = (articles.clone(), note.clone());
        Callback::from(move |_: MouseEvent| {
            note.set(None);
            articles.set(Vec::new());
        })
    };
    let pick_files = {
        let file_input = file_input.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = file_input.cast::<HtmlInputElement>() {
                input.click();
            }
        })
    };
    let on_files = {
        let (articles, note) = (articles.clone(), note.clone());
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let Some(list) = input.files() else { return };
            let picked: Vec<web_sys::File> =
                (0..list.length()).filter_map(|i| list.item(i)).collect();
            input.set_value("");
            let (articles, note) = (articles.clone(), note.clone());
            wasm_bindgen_futures::spawn_local(async move {
                // Every refused file is named with its reason, in the order picked,
                // whether the browser could not read it or the matrix will not take it
                // (files past a full matrix in one sentence, where the first of them was).
                let mut list = (*articles).clone();
                let mut refused = Vec::new();
                for file in picked {
                    let name = file.name();
                    match files::read(file).await {
                        Ok(l) => {
                            let article = Article {
                                title: l.title,
                                origin: l.origin,
                                text: l.text,
                            };
                            match admit(&list, &article) {
                                Ok(()) => list.push(article),
                                Err(why) => refused.push((name, why)),
                            }
                        }
                        Err(said) => refused.push((name, Refusal::Unread(said))),
                    }
                }
                note.set(refusal_note(&refused, "files"));
                articles.set(list);
            });
        })
    };
    let list = &*articles;
    let best = shares
        .iter()
        .enumerate()
        .flat_map(|(i, row)| {
            row.iter()
                .enumerate()
                .filter_map(move |(j, s)| s.map(|s| (s, i, j)))
        })
        .max_by(|a, b| a.0.total_cmp(&b.0));
    html! {
        <section class="reuse-matrix" aria-labelledby="matrix-heading">
            <h2 id="matrix-heading">{ "Several articles" }</h2>
            <p class="hint">{ "Load three or more articles to see how much each reuses the others. Each cell is the share of the row's words copied verbatim from the column's article; press a cell to read that pair." }</p>
            <div class="matrix-actions">
                <button type="button" onclick={use_samples}>{ "Add the three samples" }</button>
                <button type="button" onclick={pick_files}>{ "Add files\u{2026}" }</button>
                <input type="file" multiple=true accept=".txt,.md,.html,.htm,text/plain,text/html" class="visually-hidden"
                    ref={file_input} onchange={on_files} tabindex="-1" aria-hidden="true" />
                if !list.is_empty() {
                    <button type="button" onclick={clear}>{ "Clear" }</button>
                }
            </div>
            if let Some(n) = &*note {
                <p class="note is-error" role="alert">{ n }</p>
            }
            if list.len() >= MIN_ARTICLES {
                <div class="matrix-scroll">
                <table class="matrix">
                    <caption class="visually-hidden">{ "Share of each row's words copied verbatim from each column" }</caption>
                    <thead><tr>
                        <td></td>
                        { for list.iter().enumerate().map(|(j, a)| html! { <th scope="col" title={titled(&a.title, &a.origin)}>{ format!("{}. {}", j + 1, short(&a.title)) }</th> }) }
                    </tr></thead>
                    <tbody>
                    { for list.iter().enumerate().map(|(i, row)| html! {
                        <tr>
                            <th scope="row" title={titled(&row.title, &row.origin)}>{ format!("{}. {}", i + 1, short(&row.title)) }
                                <span class="words">{ format!(" {}", counted(word_count(&row.text), "word", "words")) }</span></th>
                            { for list.iter().enumerate().map(|(j, column)| {
                                match shares[i][j] {
                                    None => html! { <td class="diagonal" aria-label="same article"></td> },
                                    Some(share) => {
                                        let saved = Saved {
                                            source: column.text.clone(),
                                            derivative: row.text.clone(),
                                            source_title: column.title.clone(),
                                            derivative_title: row.title.clone(),
                                            source_origin: column.origin.clone(),
                                            derivative_origin: row.origin.clone(),
                                        };
                                        let on_open = props.on_open.clone();
                                        let onclick = Callback::from(move |_: MouseEvent| on_open.emit(saved.clone()));
                                        let top = best.is_some_and(|b| b.1 == i && b.2 == j);
                                        html! {
                                            <td class={classes!("cell", top.then_some("is-top"))} style={format!("--heat: {:.3}", share)}>
                                                <button type="button" {onclick} data-row={i.to_string()} data-column={j.to_string()}
                                                    aria-label={format!("{} of {} copied from {}: open this pair", percent(share), row.title, column.title)}>
                                                    { percent(share) }
                                                </button>
                                            </td>
                                        }
                                    }
                                }
                            }) }
                        </tr>
                    }) }
                    </tbody>
                </table>
                </div>
                if let Some((share, i, j)) = best {
                    <p class="matrix-top" role="status">{ format!(
                        "Most reuse: {} copies {} of its words verbatim from {}.",
                        list[i].title, percent(share), list[j].title
                    ) }</p>
                }
            } else if !list.is_empty() {
                <p class="hint">{ loaded(list) }</p>
            }
        </section>
    }
}

/// Why a file or a sample is not in the matrix.
enum Refusal {
    /// The browser could not read it as text: the sentence that says so, naming the file.
    Unread(String),
    /// It is the text of an article already loaded, titled so.
    Repeats(String),
    TooLarge,
    Full,
}

/// Whether the matrix, holding `list`, takes `article` (`files::read` has refused blank
/// files already). A text already loaded is not taken again: its row would only say
/// that it copies all of itself.
fn admit(list: &[Article], article: &Article) -> Result<(), Refusal> {
    if let Some(same) = list.iter().find(|a| a.text.trim() == article.text.trim()) {
        Err(Refusal::Repeats(same.title.clone()))
    } else if list.len() >= MAX_ARTICLES {
        Err(Refusal::Full)
    } else if article.text.len() > MAX_ARTICLE_BYTES {
        Err(Refusal::TooLarge)
    } else {
        Ok(())
    }
}

/// The refusals as the note says them, in order: each named with its reason, but all
/// those past a full matrix in one sentence (where the first of them was), so that
/// twenty files picked at once do not give twelve sentences alike.
fn refusal_note<N: AsRef<str>>(refused: &[(N, Refusal)], many: &str) -> Option<String> {
    let full: Vec<&str> = refused
        .iter()
        .filter(|(_, why)| matches!(why, Refusal::Full))
        .map(|(name, _)| name.as_ref())
        .collect();
    let mut said = Vec::new();
    let mut full_said = false;
    for (name, why) in refused {
        let name = name.as_ref();
        said.push(match why {
            Refusal::Unread(sentence) => sentence.clone(),
            Refusal::Repeats(title) => not_added(
                &[name],
                many,
                &format!("it repeats \u{201c}{title}\u{201d}, already in the matrix"),
            ),
            Refusal::TooLarge => not_added(
                &[name],
                many,
                &format!(
                    "it is over {} KB; compare it as a pair instead",
                    MAX_ARTICLE_BYTES / 1000
                ),
            ),
            Refusal::Full if full_said => continue,
            Refusal::Full => {
                full_said = true;
                not_added(
                    &full,
                    many,
                    &format!("the matrix holds at most {MAX_ARTICLES} articles"),
                )
            }
        });
    }
    (!said.is_empty()).then(|| said.join(" "))
}

/// What is loaded while there are too few articles for a matrix, and how many more it needs.
fn loaded(list: &[Article]) -> String {
    let titles: Vec<String> = list
        .iter()
        .map(|a| format!("\u{201c}{}\u{201d}", a.title))
        .collect();
    let more = match MIN_ARTICLES - list.len() {
        1 => "one more",
        _ => "two more",
    };
    match titles.as_slice() {
        [one] => format!("{one} is loaded; add at least {more}."),
        _ => format!("{} are loaded; add at least {more}.", titles.join(" and ")),
    }
}

/// A title cut to a few words for a matrix heading.
fn short(title: &str) -> String {
    let words: Vec<&str> = title.split_whitespace().collect();
    let mut out = words[..words.len().min(4)].join(" ");
    if words.len() > 4 {
        out.push('…');
    }
    out
}
