//! The browser entry point: mounts the Syndiff page, nothing else.

fn main() {
    #[cfg(target_arch = "wasm32")]
    yew::Renderer::<syndiff::ui::App>::new().render();
}
