// Suggestions as you type under the search box, following the ARIA combobox pattern (WAI-ARIA APG, "list
// autocomplete"): the input keeps focus and points at the highlighted option with aria-activedescendant; arrows
// move, Enter chooses, Escape closes (and a second Escape clears, as the browser does for a search field); the
// number of suggestions is announced through a polite status region.

import { el, replace, debounce } from './dom.js';

const MAX_CHARS = 100;   // the API's limit (GET /api/suggest)
const DELAY_MS = 120;

/**
 * @param input   the search <input>, which becomes the combobox
 * @param list    the <ul> that becomes its listbox
 * @param status  a visually hidden live region for announcements
 * @param fetchSuggestions async (q, signal) => the API's reply ({q, suggestions})
 * @param onChoose (query) => void, when a suggestion is chosen
 * @param t       the page's translation function
 */
export function createSuggest({ input, list, status, fetchSuggestions, onChoose, t }) {
  let items = [];
  let active = -1;
  let abort = null;
  let seq = 0;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);
  list.setAttribute('role', 'listbox');

  function close() {
    abort?.abort();
    seq++;
    items = [];
    active = -1;
    list.hidden = true;
    list.replaceChildren();
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function render(typed) {
    active = -1;
    input.removeAttribute('aria-activedescendant');
    if (!items.length) {
      close();
      status.textContent = '';
      return;
    }
    replace(list, items.map((s, i) => {
      const option = el('li', { id: `suggestion-${i}`, role: 'option', 'aria-selected': 'false',
        class: 'suggestion', 'data-query': s.query, lang: /\p{Script=Han}/u.test(s.text) ? 'zh-Hans' : 'en' },
      el('span', { class: 'suggestion-text' }, marked(s.text, typed)),
      s.counterpart ? el('span', { class: 'suggestion-counterpart',
        lang: /\p{Script=Han}/u.test(s.counterpart) ? 'zh-Hans' : 'en', text: s.counterpart }) : null,
      el('span', { class: 'suggestion-kind', text: t(`kind_${s.kind}`) }));
      // mousedown, not click: choosing must happen before the input loses focus and closes the list.
      option.addEventListener('mousedown', (event) => { event.preventDefault(); choose(i); });
      return option;
    }));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    status.textContent = t('suggestionsShown', items.length);
  }

  /** The suggestion's text with the typed words marked (text nodes only). */
  function marked(text, typed) {
    const lower = text.toLowerCase();
    const word = typed.trim().split(/\s+/).pop()?.toLowerCase() ?? '';
    const at = word ? lower.indexOf(word) : -1;
    if (at < 0) return text;
    return [text.slice(0, at), el('mark', { text: text.slice(at, at + word.length) }), text.slice(at + word.length)];
  }

  function move(to) {
    if (!items.length) return;
    const options = list.querySelectorAll('[role="option"]');
    options[active]?.setAttribute('aria-selected', 'false');
    active = (to + items.length) % items.length;
    options[active].setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', options[active].id);
    options[active].scrollIntoView({ block: 'nearest' });
  }

  function choose(i) {
    const query = items[i]?.query;
    close();
    status.textContent = '';
    if (query) onChoose(query);
  }

  const load = debounce(async () => {
    const typed = input.value;
    if (!typed.trim() || typed.length > MAX_CHARS || document.activeElement !== input) { close(); return; }
    abort?.abort();
    const controller = new AbortController();
    abort = controller;
    const mine = ++seq;
    try {
      const reply = await fetchSuggestions(typed, controller.signal);
      if (mine !== seq || input.value !== typed) return;
      items = reply.suggestions ?? [];
      render(typed);
    } catch {
      if (mine === seq) close();   // suggestions are an extra: a failure just shows none
    }
  }, DELAY_MS);

  input.addEventListener('input', load);
  input.addEventListener('keydown', (event) => {
    const open = !list.hidden;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!open) { load(); return; }
      event.preventDefault();
      move(event.key === 'ArrowDown' ? active + 1 : (active < 0 ? items.length - 1 : active - 1));
    } else if (event.key === 'Enter' && open && active >= 0) {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape' && open) {
      // The first Escape only closes the list; the browser's own Escape (clearing the field) waits for the next.
      event.preventDefault();
      load.cancel();
      close();
      status.textContent = '';
    }
  });
  input.addEventListener('blur', () => { load.cancel(); close(); });

  return {
    /** Closes the list (a search was submitted). */
    close() { load.cancel(); close(); },
  };
}
