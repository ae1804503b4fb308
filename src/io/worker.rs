//! Comparisons off the main thread: a Web Worker running the page's own wasm module.
//!
//! The worker script (`compare_worker.js`) imports the same JS glue and wasm the
//! page loaded (found from the page's preload links), so nothing more is
//! downloaded. Where workers are unavailable (a page opened from `file://`, a
//! browser that refuses module workers) [`CompareWorker::start`] returns
//! `None` and the page compares on its main thread.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};

use crate::engine::{Comparison, Options};

/// What the worker sends back for request `id`.
pub type Reply = (u64, Result<Comparison, String>);

/// A running comparison worker.
pub struct CompareWorker {
    worker: Worker,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

/// The `href` of the first element matching `selector`, resolved against the page.
fn href(selector: &str) -> Option<String> {
    let el = web_sys::window()?
        .document()?
        .query_selector(selector)
        .ok()??;
    el.dyn_into::<web_sys::HtmlLinkElement>()
        .ok()
        .map(|link| link.href())
}

fn field(data: &JsValue, name: &str) -> Option<JsValue> {
    js_sys::Reflect::get(data, &JsValue::from_str(name))
        .ok()
        .filter(|v| !v.is_undefined())
}

impl CompareWorker {
    /// Starts the worker; `on_reply` gets every answer. `on_failure` is called
    /// if the worker dies (it then answers nothing more).
    pub fn start(
        on_reply: impl Fn(Reply) + 'static,
        on_failure: impl Fn() + 'static,
    ) -> Option<Self> {
        let location = web_sys::window()?.location();
        if location.protocol().ok()? == "file:" {
            return None;
        }
        let js = href(r#"link[rel="modulepreload"]"#)?;
        let wasm = href(r#"link[rel="preload"][as="fetch"]"#)?;
        let options = WorkerOptions::new();
        options.set_type(WorkerType::Module);
        // Named after the glue it will load, so that a cached worker script of an
        // earlier build (whose messages differ) is never used with this one.
        let glue = js.rsplit('/').next().unwrap_or_default();
        let script = format!("./compare_worker.js?for={glue}");
        let worker = Worker::new_with_options(&script, &options).ok()?;

        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let data = event.data();
            let Some(id) = field(&data, "id").and_then(|v| v.as_f64()) else {
                return;
            };
            let reply = match (
                field(&data, "comparison").filter(|v| v.is_object()),
                field(&data, "error"),
            ) {
                (Some(comparison), _) => serde_wasm_bindgen::from_value::<Comparison>(comparison)
                    .map_err(|e| e.to_string()),
                (None, error) => Err(error
                    .and_then(|e| e.as_string())
                    .unwrap_or_else(|| "no answer".to_owned())),
            };
            on_reply((id as u64, reply));
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| on_failure());
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));

        let init = js_sys::Object::new();
        let paths = js_sys::Object::new();
        js_sys::Reflect::set(&paths, &"js".into(), &js.into()).ok()?;
        js_sys::Reflect::set(&paths, &"wasm".into(), &wasm.into()).ok()?;
        js_sys::Reflect::set(&init, &"init".into(), &paths).ok()?;
        worker.post_message(&init).ok()?;
        Some(CompareWorker {
            worker,
            _on_message: on_message,
            _on_error: on_error,
        })
    }

    /// Asks for a comparison; the answer comes to `on_reply` with this `id`.
    pub fn compare(
        &self,
        id: u64,
        source: &str,
        derivative: &str,
        options: &Options,
    ) -> Result<(), String> {
        let request = js_sys::Object::new();
        let set = |k: &str, v: JsValue| js_sys::Reflect::set(&request, &k.into(), &v).map(|_| ());
        let options = serde_wasm_bindgen::to_value(options).map_err(|e| e.to_string())?;
        set("id", JsValue::from_f64(id as f64))
            .and_then(|_| set("source", source.into()))
            .and_then(|_| set("derivative", derivative.into()))
            .and_then(|_| set("options", options))
            .and_then(|_| self.worker.post_message(&request))
            .map_err(|e| format!("{e:?}"))
    }
}

impl Drop for CompareWorker {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}

/// A worker shared by the page, or none (compare on the main thread).
pub type SharedWorker = Rc<RefCell<Option<CompareWorker>>>;
