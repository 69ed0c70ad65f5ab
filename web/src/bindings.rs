//! The two functions the page calls. wasm-bindgen's macro writes their
//! glue, unsafe code included: it stays in this module, and `api`, where
//! every answer is made, forbids unsafe code as the library does.

use wasm_bindgen::prelude::wasm_bindgen;

/// Answers a request (JSON) with an answer (JSON); see `api::answer`.
#[wasm_bindgen]
pub fn answer(request: &str) -> String {
    crate::api::answer(request)
}

/// Checks an actions file given as its bytes, so that the library (not
/// the browser's decoder) decides whether it is text; see
/// `api::check_file`.
#[wasm_bindgen(js_name = checkFile)]
pub fn check_file(request: &str, bytes: &[u8]) -> String {
    crate::api::check_file(request, bytes)
}
