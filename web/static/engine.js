// The crate, compiled to WebAssembly: every answer the page shows comes
// from here. A request is a small object (`{ask: 'status', day: ...}`);
// the answer is the crate's JSON, parsed.

import init, { answer, checkFile } from './hanoi.js';

/** Loads the WebAssembly module (once). */
export async function load() {
  await init();
}

/** The answer to `request`; an answer with `error` says what was wrong. */
export function ask(request) {
  return JSON.parse(answer(JSON.stringify(request)));
}

/** Checks an actions file (its bytes) against `treaty`, merged and not; a
 *  status page is applied, as of `day` (when given). */
export function check(treaty, name, bytes, day = '') {
  return JSON.parse(checkFile(JSON.stringify({ treaty, name, day }), bytes));
}
