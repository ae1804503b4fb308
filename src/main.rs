//! The browser entry point: mounts the Syndiff page, and exports `compare`
//! for the page's comparison worker, which loads this same module.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::*;

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        syndiff::io::host::install();
        // The comparison worker loads this same module: it has no page to render.
        if web_sys::window().is_some() {
            yew::set_custom_panic_hook(Box::new(syndiff::io::panic::report));
            syndiff::io::panic::start_over();
            yew::Renderer::<syndiff::ui::App>::new().render();
        } else {
            std::panic::set_hook(Box::new(syndiff::io::panic::report));
        }
    }
}

/// Compares two texts; returns the comparison as a plain object (see `syndiff::api`).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen]
pub fn compare(
    source: &JsValue,
    derivative: &JsValue,
    options: JsValue,
) -> Result<JsValue, JsError> {
    syndiff::api::compare(source, derivative, options)
}

/// Debug builds only: panics, so that the browser tests can see the error panel and
/// the texts restored after a reload. Release builds have no such export.
#[cfg(all(target_arch = "wasm32", debug_assertions))]
#[wasm_bindgen(js_name = forcePanic)]
pub fn force_panic() {
    panic!("forced by the test hook (debug builds only)");
}
