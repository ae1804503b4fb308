//! The overview strip beside the text: where the changes are; a click jumps there.
//!
//! A pointer shortcut only (hidden from screen readers): the change navigator
//! and its keys reach every change from the keyboard.

use std::rc::Rc;

use yew::prelude::*;

use crate::display::Layout;

#[derive(Properties)]
pub struct Props {
    pub layout: Rc<Layout>,
    pub current: Option<usize>,
    pub on_go: Callback<usize>,
}

impl PartialEq for Props {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.layout, &other.layout)
            && self.current == other.current
            && self.on_go == other.on_go
    }
}

#[function_component]
pub fn OverviewStrip(props: &Props) -> Html {
    let current_at = props.current.and_then(|n| {
        props
            .layout
            .marks
            .iter()
            .rev()
            .find(|m| m.stop <= n)
            .map(|m| m.at)
    });
    html! {
        <div class="overview" aria-hidden="true" title="Changes in the text: click to jump">
            { for props.layout.marks.iter().map(|mark| {
                let stop = mark.stop;
                let onclick = props.on_go.reform(move |_: MouseEvent| stop);
                html! {
                    <div class={classes!("overview-mark", format!("mark-{}", mark.kind.name()))}
                        style={format!("top: {:.2}%", mark.at * 100.0)} data-stop={stop.to_string()} {onclick} />
                }
            }) }
            if let Some(at) = current_at {
                <div class="overview-current" style={format!("top: {:.2}%", at * 100.0)} />
            }
        </div>
    }
}
