//! The browser entry point: mounts the Syndiff page, and exports `compareJson`
//! for the page's comparison worker, which loads this same module.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::*;

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        syndiff::io::host::install();
        // The comparison worker loads this same module: it has no page to render.
        if web_sys::window().is_some() {
            yew::Renderer::<syndiff::ui::App>::new().render();
        }
    }
}

/// Compares two texts; options and result as JSON strings (see `syndiff::api`).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen(js_name = compareJson)]
pub fn compare_json(
    source: &JsValue,
    derivative: &JsValue,
    options: &str,
) -> Result<String, JsError> {
    syndiff::api::compare_json(source, derivative, options)
}
