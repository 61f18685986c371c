// The page's state, in one place: the URL's query string (q, filters, sort, page, open section, compare, language)
// is the single source of truth. Every part reads `state` and `lang` from here and changes them only through
// navigate(), which writes a new URL (history.pushState) and tells the page to render it, so links can be shared
// and back/forward work.

export const FACETS = ['province', 'year', 'program'];
const LANG_KEY = 'fupin.lang';

/** The state a URL query string describes. */
export function readState(search) {
  const p = new URLSearchParams(search);
  return {
    q: p.get('q') ?? '',
    province: p.getAll('province'),
    year: p.getAll('year'),
    program: p.getAll('program'),
    sort: p.get('sort') ?? '',
    match: p.get('match') === 'any' ? 'any' : '',
    page: p.get('page') ?? '',
    size: p.get('size') ?? '',
    id: p.get('id') ?? '',
    compare: p.get('compare') === '1',
  };
}

function initialLanguage() {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  if (fromUrl === 'zh' || fromUrl === 'en') return fromUrl;
  let stored = null;
  try { stored = localStorage.getItem(LANG_KEY); } catch { /* storage may be disabled */ }
  if (stored === 'zh' || stored === 'en') return stored;
  return (navigator.language || '').toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** The state of the page now (read-only outside this module: change it with navigate). */
export let state = readState(location.search);
/** The interface language, 'en' or 'zh'. */
export let lang = initialLanguage();

let onChange = () => {};

/** Sets what runs after every change of state (the page's render). */
export function whenNavigated(render) {
  onChange = render;
}

/** The search parameters of a state, as the API takes them (no id, no lang). */
export function apiParams(s, { withPaging = true } = {}) {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  for (const f of FACETS) for (const v of s[f]) p.append(f, v);
  if (s.match) p.set('match', s.match);
  if (withPaging) {
    if (s.sort) p.set('sort', s.sort);
    if (s.page) p.set('page', s.page);
    if (s.size) p.set('size', s.size);
  }
  return p;
}

/** The page URL of a state. */
export function pageUrl(s, language = lang) {
  const p = apiParams(s);
  if (s.compare) p.set('compare', '1');
  if (s.id) p.set('id', s.id);
  if (language === 'zh') p.set('lang', 'zh');
  const query = p.toString();
  return query ? `?${query}` : location.pathname;
}

/** The state with nothing searched, filtered or open. */
export function emptyState(changes = {}) {
  return { q: '', province: [], year: [], program: [], sort: '', match: '', page: '', size: '', id: '', compare: false,
    ...changes };
}

/** Moves to a new state: writes the URL (a new history entry unless replace) and renders it. */
export function navigate(next, { replace: replaceEntry = false, typing = false } = {}) {
  state = next;
  const url = pageUrl(state);
  if (replaceEntry) history.replaceState({ typing }, '', url);
  else history.pushState({ typing }, '', url);
  onChange();
}

/** A copy of the state with changes; any change to what is searched goes back to page 1. */
export function withChanges(changes, { keepPage = false } = {}) {
  const next = { ...state, ...changes };
  if (!keepPage && !('page' in changes)) next.page = '';
  return next;
}

/**
 * A link to the state {@code next()} gives: a real href (opens in a new tab, can be copied), and a plain click
 * navigates within the page to the state computed at the click (the URL may have changed since the link was drawn);
 * {@code before} runs first (e.g. to say where focus goes after the render).
 */
export function stateLink(attrs, next, children, before = () => {}) {
  const a = document.createElement('a');
  for (const [name, value] of Object.entries(attrs)) a.setAttribute(name, value);
  a.href = pageUrl(next());
  a.append(...[children].flat().map((c) => (c instanceof Node ? c : document.createTextNode(String(c)))));
  a.addEventListener('click', (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    before();
    navigate(next());
  });
  return a;
}

/** What a search request depends on: the search parameters and the reader's language (facet order, labels). */
export function searchKey(s = state) {
  const p = apiParams(s);
  p.set('lang', lang);
  return p.toString();
}

export function hasFilters(s = state) {
  return FACETS.some((f) => s[f].length > 0);
}

/** Switches the interface language, remembered in the URL (a new history entry) and in localStorage. */
export function switchLanguage() {
  lang = lang === 'zh' ? 'en' : 'zh';
  try { localStorage.setItem(LANG_KEY, lang); } catch { /* ignore */ }
  history.pushState({ typing: false }, '', pageUrl(state));
}

/**
 * Reads the state back from the URL (after back or forward); returns true when the language changed with it. The
 * language follows the URL only: a URL without lang is English.
 */
export function readLocation() {
  state = readState(location.search);
  const urlLang = new URLSearchParams(location.search).get('lang') === 'zh' ? 'zh' : 'en';
  const changed = urlLang !== lang;
  lang = urlLang;
  return changed;
}
