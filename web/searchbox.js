// The search box: results follow as you type (300 ms after the last key, replacing the history entry while typing)
// and at once on Enter; suggestions as you type (suggest.js, an ARIA combobox over GET /api/suggest).

import { debounce } from './dom.js';
import { state, lang, navigate, withChanges } from './state.js';
import { t } from './labels.js';
import { getJson } from './api.js';
import { createSuggest } from './suggest.js';

const $ = (id) => document.getElementById(id);
const form = $('search-form');
const input = $('q');
let rerun = () => {};

const typed = debounce(() => commitQuery(true), 300);

function commitQuery(typing) {
  const q = input.value.trim();
  if (q === state.q) {
    if (!typing) rerun();
    return;
  }
  const replaceEntry = typing && history.state?.typing === true;
  navigate(withChanges({ q, id: '' }), { replace: replaceEntry, typing });
}

const suggest = createSuggest({
  input,
  list: $('suggestions'),
  status: $('suggest-status'),
  fetchSuggestions: (q, signal) => getJson(`api/suggest?${new URLSearchParams({ q, lang })}`, signal),
  onChoose: (query) => {
    input.value = query;
    typed.cancel();
    commitQuery(false);
  },
  t,
});

/** {@code again} runs when Enter is pressed on the query already shown (to retry it). */
export function onSearchAgain(again) {
  rerun = again;
}

/** Shows the URL's query, unless the box is being edited to the same words. */
export function renderSearchBox() {
  if (document.activeElement !== input || input.value.trim() !== state.q.trim()) input.value = state.q;
}

/** Drops a search still waiting for the typing to stop (the URL changed under it). */
export function cancelTyping() {
  typed.cancel();
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  typed.cancel();
  suggest.close();
  commitQuery(false);
});
input.addEventListener('input', typed);
