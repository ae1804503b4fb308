//! The browser entry point: mounts the Syndiff page, nothing else.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        syndiff::io::host::install();
        yew::Renderer::<syndiff::ui::App>::new().render();
    }
}
