//! Several articles: a heat-map matrix of pairwise reuse; a cell opens that pair for reading.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::display::reuse_matrix;
use crate::engine::token::word_count;
use crate::engine::Options;
use crate::format::{counted, percent};
use crate::io::files;
use crate::io::storage::{load_set, save_set, Saved, SetArticle as Article};
use crate::samples;

/// The most articles the matrix takes, and the largest (comparisons run on the page: n × (n − 1) of them).
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
        Callback::from(move |_: MouseEvent| {
            note.set(None);
            articles.set(
                samples::ARTICLES
                    .iter()
                    .map(|a| Article {
                        title: a.title.to_owned(),
                        origin: a.origin.to_owned(),
                        text: a.text.to_owned(),
                    })
                    .collect(),
            );
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
                // whether the browser could not read it or the matrix will not take it.
                let mut list = (*articles).clone();
                let mut refused = Vec::new();
                for file in picked {
                    let name = file.name();
                    let taken = files::read(file).await.and_then(|l| {
                        let article = Article {
                            title: l.title,
                            origin: l.origin,
                            text: l.text,
                        };
                        admit(&list, &name, &article).map(|()| article)
                    });
                    match taken {
                        Ok(article) => list.push(article),
                        Err(why) => refused.push(why),
                    }
                }
                note.set((!refused.is_empty()).then(|| refused.join(" ")));
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
                <button type="button" onclick={use_samples}>{ "Use the three samples" }</button>
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
            if list.len() >= 2 {
                <div class="matrix-scroll">
                <table class="matrix">
                    <caption class="visually-hidden">{ "Share of each row's words copied verbatim from each column" }</caption>
                    <thead><tr>
                        <td></td>
                        { for list.iter().enumerate().map(|(j, a)| html! { <th scope="col" title={a.title.clone()}>{ format!("{}. {}", j + 1, short(&a.title)) }</th> }) }
                    </tr></thead>
                    <tbody>
                    { for list.iter().enumerate().map(|(i, row)| html! {
                        <tr>
                            <th scope="row" title={row.origin.clone()}>{ format!("{}. {}", i + 1, short(&row.title)) }
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
            } else if list.len() == 1 {
                <p class="hint">{ format!("{} is loaded; add at least one more.", list[0].title) }</p>
            }
        </section>
    }
}

/// Whether the matrix, holding `list`, takes `article` read from the file `name`
/// (`files::read` has refused blank files already); if not, why, as a sentence naming the file.
fn admit(list: &[Article], name: &str, article: &Article) -> Result<(), String> {
    let why = if list.len() >= MAX_ARTICLES {
        format!("the matrix holds at most {MAX_ARTICLES} articles")
    } else if article.text.len() > MAX_ARTICLE_BYTES {
        format!(
            "it is over {} KB; compare it as a pair instead",
            MAX_ARTICLE_BYTES / 1000
        )
    } else {
        return Ok(());
    };
    Err(format!("“{name}” was not added: {why}."))
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
