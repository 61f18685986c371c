// Fupin Search page: the URL query string is the single source of truth (q, filters, sort, page, open section,
// language); every user action writes a new URL (history.pushState) and re-renders from it, so links can be
// shared and back/forward work. Rendering uses DOM APIs only (no inline HTML except the API's highlighted fields).

import { STRINGS, PROGRAMS, PROVINCES, UNITS_ZH, QUALIFIERS_ZH } from './i18n.js';
import { el, replace, highlighted, debounce } from './dom.js';
import { createChart } from './chart.js';
import { createSuggest } from './suggest.js';
import { createCompare } from './compare.js';

const FACETS = ['province', 'year', 'program'];
const COLLAPSED_FACET_ROWS = 8;
const MAX_RESULT_WINDOW = 10000;
const LANG_KEY = 'fupin.lang';

const $ = (id) => document.getElementById(id);
const ui = {
  form: $('search-form'), q: $('q'), sort: $('sort'), about: $('about'), langToggle: $('lang-toggle'),
  filtersToggle: $('filters-toggle'), filtersCount: $('filters-count'), facets: $('facets'),
  showResults: $('show-results'),
  region: $('results-region'), error: $('error'), chips: $('chips'), summary: $('summary'),
  understood: $('understood'), brandOther: $('brand-other'), didYouMean: $('did-you-mean'), empty: $('empty'), results: $('results'), pager: $('pager'),
  chart: $('chart'), chartBody: $('chart-body'), compare: $('compare'), compareToggle: $('compare-toggle'),
  dialog: $('section-dialog'), sectionMeta: $('section-meta'), sectionTitle: $('section-title'),
  sectionSource: $('section-source'), sectionText: $('section-text'), sectionError: $('section-error'),
  sectionPrev: $('section-prev'), sectionNext: $('section-next'), sectionClose: $('section-close'),
  resultPrev: $('result-prev'), resultNext: $('result-next'), resultPosition: $('result-position'),
};

// Labels per facet value, seeded from the shared vocabulary and refreshed from every API response.
const labels = {
  province: new Map(Object.entries(PROVINCES).map(([en, zh]) => [en, { en, zh }])),
  program: new Map(Object.entries(PROGRAMS).map(([id, [en, zh]]) => [id, { en, zh }])),
};

let state = readState(location.search);
let lang = initialLanguage();
let stats = null;
let wholeFacets = null;
let lastSearch = null;
let lastSearchKey = null;
let lastSection = null;
let searchSeq = 0;
let searchAbort = null;
let sectionSeq = 0;
let dialogOpener = null;
let readerResult = null;
let closingDialog = false;
let pendingFocus = null;
const expandedFacets = new Set();
const facetShells = new Map();
let lastFacets = null;

// ---------------------------------------------------------------- state and URL

function readState(search) {
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

/** The search parameters of a state, as the API takes them (no id, no lang). */
function apiParams(s, { withPaging = true } = {}) {
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
function pageUrl(s, language = lang) {
  const p = apiParams(s);
  if (s.compare) p.set('compare', '1');
  if (s.id) p.set('id', s.id);
  if (language === 'zh') p.set('lang', 'zh');
  const query = p.toString();
  return query ? `?${query}` : location.pathname;
}

function initialLanguage() {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  if (fromUrl === 'zh' || fromUrl === 'en') return fromUrl;
  let stored = null;
  try { stored = localStorage.getItem(LANG_KEY); } catch { /* storage may be disabled */ }
  if (stored === 'zh' || stored === 'en') return stored;
  return (navigator.language || '').toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** Moves to a new state: writes the URL (a new history entry unless replace) and renders it. */
function navigate(next, { replace: replaceEntry = false, typing = false } = {}) {
  state = next;
  const url = pageUrl(state);
  if (replaceEntry) history.replaceState({ typing }, '', url);
  else history.pushState({ typing }, '', url);
  render();
}

/** A copy of the state with changes; any change to what is searched goes back to page 1. */
function withChanges(changes, { keepPage = false } = {}) {
  const next = { ...state, ...changes };
  if (!keepPage && !('page' in changes)) next.page = '';
  return next;
}

/** What a search request depends on: the search parameters and the reader's language (facet order, labels). */
function searchKey(s = state) {
  const p = apiParams(s);
  p.set('lang', lang);
  return p.toString();
}

function hasFilters(s = state) {
  return FACETS.some((f) => s[f].length > 0);
}

// ---------------------------------------------------------------- language

const t = (key, ...args) => {
  const value = STRINGS[lang][key] ?? STRINGS.en[key] ?? key;
  return typeof value === 'function' ? value(...args) : value;
};

function facetLabel(facet, value) {
  if (facet === 'year') return value;
  const known = labels[facet].get(value);
  return known ? known[lang] || known.en : value;
}

function rememberLabels(facets) {
  for (const facet of ['province', 'program']) {
    for (const row of facets?.[facet] ?? []) {
      if (row.label_en || row.label_zh) {
        labels[facet].set(row.value, { en: row.label_en || row.value, zh: row.label_zh || row.label_en || row.value });
      }
    }
  }
}

function applyLanguage() {
  document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : 'en';
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll('[data-i18n-label]')) {
    node.setAttribute('aria-label', t(node.dataset.i18nLabel));
  }
  ui.langToggle.textContent = lang === 'zh' ? 'English' : '中文';
  // The other language's name beside the title, never the same name twice.
  ui.brandOther.textContent = lang === 'zh' ? 'Fupin Search' : '扶贫搜索';
  ui.brandOther.lang = lang === 'zh' ? 'en' : 'zh-Hans';
  document.title = state.q ? `${state.q} – ${t('appName')}` : t('tabTitle');
  ui.langToggle.lang = lang === 'zh' ? 'en' : 'zh-Hans';
  ui.pager.setAttribute('aria-label', t('pages'));
  renderShowResults();
  renderAbout();
}

function switchLanguage() {
  lang = lang === 'zh' ? 'en' : 'zh';
  try { localStorage.setItem(LANG_KEY, lang); } catch { /* ignore */ }
  history.pushState({ typing: false }, '', pageUrl(state));
  applyLanguage();
  if (lastSearch) renderSearch(lastSearch);
  chart.redraw(chartView());
  compare.redraw(compareView());
  if (lastSection && ui.dialog.open) renderSection(lastSection);
  loadWholeFacets();
  render();   // the search key holds the language: equal counts are ordered by the new language's names
}

// ---------------------------------------------------------------- API

class ApiError extends Error {
  constructor(status, message, network = false) {
    super(message);
    this.status = status;
    this.network = network;
  }
}

async function getJson(path, signal) {
  let response;
  try {
    response = await fetch(path, { signal, headers: { Accept: 'application/json' } });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, t('errorNetwork'), true);
  }
  let body = null;
  try { body = await response.json(); } catch { /* handled below */ }
  if (!response.ok) {
    // The server's message says what was wrong and what is allowed; the page says it as is, without the status.
    const message = body?.error?.message;
    throw new ApiError(response.status, message || t('errorBadJson', response.status));
  }
  if (body === null) throw new ApiError(response.status, t('errorBadJson', response.status));
  return body;
}

// ---------------------------------------------------------------- rendering: the page

function render() {
  document.title = state.q ? `${state.q} – ${t('appName')}` : t('tabTitle');
  if (document.activeElement !== ui.q || ui.q.value.trim() !== state.q.trim()) ui.q.value = state.q;
  ui.sort.value = ['relevance', 'year', 'year_asc', 'province'].includes(state.sort) ? state.sort : 'relevance';
  renderChips();
  // Opening or closing a section changes only the URL's id: keep the results (and the focus inside them).
  if (searchKey() !== lastSearchKey || !lastSearch) runSearch();
  renderCompare();
  syncSection();
}

async function runSearch() {
  searchAbort?.abort();
  const controller = new AbortController();
  searchAbort = controller;
  const seq = ++searchSeq;
  const key = searchKey();
  document.body.dataset.state = 'loading';
  ui.region.setAttribute('aria-busy', 'true');
  try {
    const data = await getJson(`api/search?${key}`, controller.signal);
    if (seq !== searchSeq) return;
    lastSearch = data;
    lastSearchKey = key;
    hideError();
    renderSearch(data);
    // The chart is part of the answer to the URL: the page is ready once it is drawn (or hidden).
    await renderChart(data, seq);
    if (seq !== searchSeq) return;
    document.body.dataset.state = 'ready';
  } catch (e) {
    if (e.name === 'AbortError' || seq !== searchSeq) return;
    lastSearch = null;
    lastSearchKey = null;
    showError(e);
    document.body.dataset.state = 'error';
  } finally {
    if (seq === searchSeq) ui.region.removeAttribute('aria-busy');
  }
}

function renderSearch(data) {
  rememberLabels(data.facets);
  renderFacets(data.facets);
  renderChips();
  renderSummary(data);
  renderUnderstood(data.query);
  renderDidYouMean(data.query);
  renderHits(data.hits);
  renderEmpty(data);
  renderPager(data);
  if (ui.dialog.open) renderResultNav();
  restoreFocus();
}

function renderAbout() {
  if (!stats) return;
  const years = Object.keys(stats.sections_by_year ?? {}).map(Number).filter(Number.isFinite).sort();
  ui.about.textContent = t('about', {
    sections: stats.sections, chapters: stats.chapters, files: stats.files,
    years: years.length ? (years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : `${years[0]}`) : '',
    provinces: Object.keys(stats.sections_by_province ?? {}).length,
  });
}

/** Sections the pages list: the full matches, then any partial matches that follow them. */
function listed(data) {
  return data.query.counts === 'all' ? data.total + (data.partial_total ?? 0) : data.total;
}

function renderSummary(data) {
  const n = listed(data);
  const from = n === 0 ? 0 : (data.page - 1) * data.size + 1;
  const to = Math.min(n, data.page * data.size);
  let head;
  if (!data.query.q) head = t('summaryAll', data.total, data.took_ms);
  else if (data.query.counts === 'partial') head = t('summaryPartial', data.total, data.query.q, data.took_ms);
  else head = t('summaryQuery', data.total, data.query.q, data.took_ms);
  const parts = [head];
  if (data.query.counts === 'all' && data.partial_total > 0) parts.push(t('partialFollow', data.partial_total));
  if (n > 0 && from <= to) parts.push(t('showing', from, to, n));
  ui.summary.textContent = parts.join(' · ');
  renderShowResults();
}

/** The phone's "Show 27 results" at the foot of the filter panel: the count of the search on screen. */
function renderShowResults() {
  ui.showResults.textContent = t('showResults', lastSearch ? lastSearch.total : null);
}

/**
 * How the query was read, said once: each concept with the translations searched for it, the match mode with a
 * link to the other one, the concepts left out; the server's exact reading (with notes on ignored syntax) folds away.
 */
function renderUnderstood(query) {
  ui.understood.hidden = !query.q;
  if (!query.q) return;
  const translated = new Map((query.translated ?? []).map((tr) => [tr.from, tr.to ?? []]));
  const concepts = query.concepts?.length ? [...query.concepts] : [query.q];
  for (const from of translated.keys()) if (!concepts.includes(from)) concepts.push(from);
  const parts = [el('span', { class: 'label', text: t('understood') }), ' ',
    el('ul', { id: 'translations', class: 'translations' }, concepts.map((c) =>
      el('li', { text: translated.has(c) ? `${c} → ${translated.get(c).join(', ')}` : c })))];
  if ((query.concepts ?? []).length > 1) {
    const any = query.match === 'any';
    const toggle = el('a', { id: 'match-toggle', href: pageUrl(withChanges({ match: any ? '' : 'any', id: '' })),
      text: t(any ? 'useAll' : 'useAny') });
    toggle.addEventListener('click', (event) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      navigate(withChanges({ match: any ? '' : 'any', id: '' }));
    });
    parts.push(' ', el('span', { id: 'match-mode', class: 'label', text: t(any ? 'matchAny' : 'matchAll') }), ' ',
      toggle);
  }
  if ((query.unmatched ?? []).length) {
    parts.push(' ', el('span', { id: 'unmatched', class: 'label', text: t('unmatched', query.unmatched.join(', ')) }));
  }
  parts.push(el('details', { class: 'parsed' }, el('summary', { text: t('parsedDetails') }),
    el('code', { id: 'parsed', text: query.parsed })));
  replace(ui.understood, parts);
}

/** "Did you mean mutual funds repayment rate?" as a link that searches the corrected query. */
function renderDidYouMean(query) {
  const fix = query.suggestion;
  ui.didYouMean.hidden = !fix;
  if (!fix) { ui.didYouMean.replaceChildren(); return; }
  const link = el('a', { id: 'did-you-mean-link', href: pageUrl(withChanges({ q: fix, id: '' })), text: fix });
  link.addEventListener('click', (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(withChanges({ q: fix, id: '' }));
  });
  replace(ui.didYouMean, `${t('didYouMean')} `, link, lang === 'zh' ? '？' : '?');
}

function renderHits(hits) {
  replace(ui.results, hits.map((hit) => {
    const provinceZh = hit.province_zh || labels.province.get(hit.province)?.zh || '';
    const link = el('a', { class: 'hit-link', href: pageUrl({ ...state, id: hit.id }), 'data-id': hit.id },
      highlighted(hit.title_html ?? hit.title));
    link.addEventListener('click', (event) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      openSection(hit.id, link);
    });
    return el('li', { class: 'hit', 'data-id': hit.id, lang: hit.lang === 'zh' ? 'zh-Hans' : 'en' },
      el('h3', { class: 'hit-title' }, link),
      el('p', { class: 'hit-meta' },
        el('span', { class: 'province' }, el('span', { text: hit.province }), ' ',
          el('span', { lang: 'zh-Hans', text: provinceZh })),
        el('span', { class: 'year', text: String(hit.year ?? '') }),
        el('span', { class: 'chapter', text: hit.source?.chapter ?? '' })),
      programTags(hit.programs),
      hit.match === 'partial' ? el('p', { class: 'missing' },
        el('span', { class: 'partial-badge', text: t('partial') }), ' ',
        el('span', { text: t('missing', (hit.missing ?? []).join(', ')) })) : null,
      el('p', { class: 'snippet' }, highlighted(hit.snippet_html ?? '')));
  }));
}

function programTags(programs) {
  if (!programs?.length) return null;
  return el('ul', { class: 'tags', 'aria-label': t('programs'), lang: lang === 'zh' ? 'zh-Hans' : 'en' },
    programs.map((p) => el('li', { class: 'tag', 'data-program': p, text: facetLabel('program', p) })));
}

function renderEmpty(data) {
  ui.empty.hidden = data.total !== 0;
  if (data.total !== 0) return;
  const tips = [];
  if (hasFilters()) {
    tips.push(el('li', {}, t('emptyRemove'), ' ', activeFilters().map(({ facet, value, label }) =>
      el('button', { type: 'button', class: 'remove-filter', 'data-facet': facet, 'data-value': value,
        onclick: () => removeFilter(facet, value) }, `${label} ×`))));
  }
  if (state.q) {
    tips.push(el('li', { text: t('emptySpelling') }));
    tips.push(el('li', { text: t('emptyLanguage') }));
    if (/["“”]|(^|\s)-/.test(state.q)) tips.push(el('li', { text: t('emptyPhrase') }));
  }
  replace(ui.empty, el('p', { class: 'empty-title', text: t('emptyTitle') }), el('ul', {}, tips));
}

function renderPager(data) {
  const pages = Math.min(Math.ceil(listed(data) / data.size), Math.floor(MAX_RESULT_WINDOW / data.size));
  ui.pager.hidden = pages <= 1;
  if (pages <= 1) { ui.pager.replaceChildren(); return; }
  const current = data.page;
  const link = (page, text, extra = {}) => {
    const a = el('a', { href: pageUrl({ ...state, page: page === 1 ? '' : String(page), id: '' }), ...extra }, text);
    a.addEventListener('click', (event) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      pendingFocus = { region: true };
      navigate(withChanges({ page: page === 1 ? '' : String(page), id: '' }, { keepPage: true }));
    });
    return a;
  };
  const numbers = new Set([1, pages, current - 2, current - 1, current, current + 1, current + 2]);
  const items = [];
  items.push(current > 1 ? link(current - 1, t('prev'), { rel: 'prev', class: 'step' })
    : el('span', { class: 'step disabled', 'aria-disabled': 'true', text: t('prev') }));
  let last = 0;
  for (const n of [...numbers].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b)) {
    if (n - last > 1) items.push(el('span', { class: 'gap', 'aria-hidden': 'true', text: '…' }));
    items.push(n === current
      ? el('a', { href: pageUrl({ ...state, id: '' }), 'aria-current': 'page', 'aria-label': t('pageN', n), class: 'page current', text: String(n) })
      : link(n, String(n), { 'aria-label': t('pageN', n), class: 'page' }));
    last = n;
  }
  items.push(current < pages ? link(current + 1, t('next'), { rel: 'next', class: 'step' })
    : el('span', { class: 'step disabled', 'aria-disabled': 'true', text: t('next') }));
  replace(ui.pager, el('ul', {}, items.map((item) => el('li', {}, item))));
}

// ---------------------------------------------------------------- facets and chips

/**
 * Renders the three facet lists. Ticked values come first (a ticked value never scrolls out of view), then the rest
 * by count; long lists show eight values and "Show all", and can be searched by typing (English or Chinese name).
 * With {@code counts: false} (under an error) the values are listed without numbers.
 */
function renderFacets(facets, { counts = true } = {}) {
  if (!facets) return;
  lastFacets = { facets, counts };
  for (const facet of FACETS) renderFacet(facet);
  const active = FACETS.reduce((n, f) => n + state[f].length, 0);
  ui.filtersCount.textContent = active ? String(active) : '';
}

/** The parts of a facet group that outlive a render: the title, the search box (which keeps focus) and the list. */
function facetShell(facet) {
  let shell = facetShells.get(facet);
  if (!shell) {
    const title = el('h3', { id: `legend-${facet}`, class: 'facet-title' });
    const filter = facet === 'year' ? null : el('input', { type: 'search', id: `find-${facet}`, class: 'facet-find',
      autocomplete: 'off', spellcheck: 'false', 'data-find': facet });
    filter?.addEventListener('input', () => renderFacet(facet));
    const body = el('div', { class: 'facet-body' });
    replace($(`facet-${facet}`), title, filter, body);
    shell = { title, filter, body };
    facetShells.set(facet, shell);
  }
  shell.title.textContent = t(`facet_${facet}`);
  if (shell.filter) {
    shell.filter.placeholder = t(`find_${facet}`);
    shell.filter.setAttribute('aria-label', t(`find_${facet}`));
  }
  return shell;
}

function renderFacet(facet) {
  if (!lastFacets) return;
  const { facets, counts } = lastFacets;
  const shell = facetShell(facet);
  const rows = [...(facets[facet] ?? [])];
  for (const value of state[facet]) {
    if (!rows.some((r) => r.value === value)) rows.push({ value, count: 0, selected: true });
  }
  const selected = new Set(state[facet]);
  const ordered = [...rows.filter((r) => selected.has(r.value)), ...rows.filter((r) => !selected.has(r.value))];
  const long = ordered.length > COLLAPSED_FACET_ROWS + 1;
  if (shell.filter) shell.filter.hidden = !long;
  const needle = long ? (shell.filter?.value ?? '').trim().toLowerCase() : '';
  const expanded = expandedFacets.has(facet);
  let visible;
  if (needle) {
    visible = ordered.filter((r) => selected.has(r.value) || facetNames(facet, r.value).some((n) => n.includes(needle)));
  } else {
    visible = expanded || !long ? ordered : ordered.slice(0, Math.max(COLLAPSED_FACET_ROWS, selected.size));
  }
  const legendId = `legend-${facet}`;
  const list = el('ul', { class: 'facet-values' }, visible.map((row, i) => {
    const id = `f-${facet}-${i}`;
    const input = el('input', { type: 'checkbox', id, value: row.value, 'data-facet': facet,
      checked: selected.has(row.value) });
    input.addEventListener('change', () => toggleFilter(facet, row.value, input.checked));
    return el('li', {}, input, el('label', { for: id },
      el('span', { class: 'facet-label', text: facetLabel(facet, row.value) }),
      counts ? el('span', { class: 'count', text: String(row.count) }) : null));
  }));
  const children = [];
  if (rows.length === 0) children.push(el('p', { class: 'facet-none', text: t('noValues') }));
  if (needle && visible.every((r) => selected.has(r.value))) {
    children.push(el('p', { class: 'facet-none', role: 'status', text: t('noMatchFilter', needle) }));
  }
  children.push(el('fieldset', { 'aria-labelledby': legendId }, list));
  if (long && !needle) {
    children.push(el('button', { type: 'button', class: 'facet-more', 'aria-expanded': String(expanded),
      'data-facet': facet, onclick: () => {
        if (expanded) expandedFacets.delete(facet); else expandedFacets.add(facet);
        pendingFocus = { more: facet };
        renderFacet(facet);
        restoreFocus();
      } }, expanded ? t('showFewer') : t('showMore', rows.length)));
  }
  replace(shell.body, children);
}

/** The names a facet value is found by when searching its list: value, English and Chinese label, lower case. */
function facetNames(facet, value) {
  const known = labels[facet]?.get(value);
  return [value, known?.en, known?.zh].filter(Boolean).map((n) => n.toLowerCase());
}

function toggleFilter(facet, value, on) {
  const values = state[facet].filter((v) => v !== value);
  if (on) values.push(value);
  pendingFocus = { facet, value };
  navigate(withChanges({ [facet]: values, id: '' }));
}

function removeFilter(facet, value) {
  pendingFocus = { chips: true };
  navigate(withChanges({ [facet]: state[facet].filter((v) => v !== value), id: '' }));
}

function activeFilters() {
  return FACETS.flatMap((facet) => state[facet].map((value) => ({
    facet, value, label: `${t(`facet_${facet}`)}: ${facetLabel(facet, value)}`,
  })));
}

function renderChips() {
  const active = activeFilters();
  ui.chips.hidden = active.length === 0;
  if (!active.length) { ui.chips.replaceChildren(); return; }
  replace(ui.chips,
    el('h3', { class: 'visually-hidden', text: t('activeFilters') }),
    el('ul', { class: 'chip-list' }, active.map(({ facet, value, label }) => el('li', {},
      el('button', { type: 'button', class: 'chip', 'data-facet': facet, 'data-value': value,
        'aria-label': t('removeFilter', label), onclick: () => removeFilter(facet, value) },
      el('span', { text: facetLabel(facet, value) }), el('span', { class: 'x', 'aria-hidden': 'true', text: '×' }))))),
    el('button', { type: 'button', id: 'clear-all', class: 'clear-all', onclick: () => {
      pendingFocus = { input: true };
      navigate(withChanges({ province: [], year: [], program: [], id: '' }));
    } }, t('clearAll')));
}

function restoreFocus() {
  const target = pendingFocus;
  pendingFocus = null;
  if (!target) return;
  let node = null;
  if (target.facet) {
    node = [...document.querySelectorAll(`input[data-facet="${target.facet}"]`)].find((i) => i.value === target.value);
  } else if (target.more) {
    node = document.querySelector(`.facet-more[data-facet="${target.more}"]`);
  } else if (target.chips) {
    node = ui.chips.querySelector('.chip') ?? ui.q;
  } else if (target.input) {
    node = ui.q;
  } else if (target.region) {
    node = ui.region;
    ui.region.scrollIntoView({ block: 'start' });
  }
  node?.focus({ preventScroll: !target.region });
}

// ---------------------------------------------------------------- chart: province × year

const chart = createChart({
  figure: ui.chart,
  body: ui.chartBody,
  countsFor: async (year) => {
    // The province facet ignores the province selection (drill sideways), so one request per year gives a column.
    const p = apiParams({ ...state, province: [], year: [year] }, { withPaging: false });
    p.set('size', '1');
    p.set('lang', lang);
    const reply = await getJson(`api/search?${p}`);
    rememberLabels(reply.facets);
    return new Map((reply.facets.province ?? []).map((r) => [r.value, r.count]));
  },
  onPick: (province, year) => {
    pendingFocus = { region: true };
    navigate(withChanges({ province: [province], year: [year], id: '' }));
  },
});

function chartView() {
  return {
    t, provinceLabel: (p) => facetLabel('province', p),
    selectedProvinces: new Set(state.province), selectedYears: new Set(state.year),
  };
}

/** True when the URL's year filter (years or ranges) covers {@code year}, or there is none. */
function yearAllowed(year) {
  if (!state.year.length) return true;
  const y = Number(year);
  return state.year.some((v) => {
    const [from, to = from] = v.split('-').map(Number);
    return y >= from && y <= to;
  });
}

/** Draws the chart of the current URL: rows are the years with matches that the filters allow, oldest first. */
function renderChart(data, seq) {
  const years = (data.facets.year ?? []).filter((r) => r.count > 0).map((r) => r.value)
    .filter((y) => /^\d{4}$/.test(y) && yearAllowed(y)).sort();
  const key = searchKey({ ...state, page: '', sort: '', size: '', id: '' });
  return chart.update(key, years, chartView(), () => seq === searchSeq);
}

// ---------------------------------------------------------------- compare provinces: the figures

const compare = createCompare({
  root: ui.compare,
  getJson: (path) => getJson(path),
  openSection,
  sectionHref: (id) => pageUrl({ ...state, id }),
});

function compareView() {
  return {
    t, lang, provinceLabel: (p) => facetLabel('province', p),
    unitLabel: (u) => (lang === 'zh' ? UNITS_ZH[u] ?? u : u),
    qualifierLabel: (q) => (lang === 'zh' ? QUALIFIERS_ZH[q] ?? q : q),
  };
}

/** The toggle is offered for any question; the view shows when the URL says compare=1. */
function renderCompare() {
  ui.compareToggle.hidden = !state.q.trim();
  ui.compareToggle.setAttribute('aria-pressed', String(state.compare));
  compare.update(apiParams(state, { withPaging: false }), state.compare && !!state.q.trim(), compareView());
}

ui.compareToggle.addEventListener('click', () => {
  navigate(withChanges({ compare: !state.compare }, { keepPage: true }));
});

// ---------------------------------------------------------------- errors

/**
 * Shows why a search failed and what to do: a request the server refused (4xx) gets a button that fixes the URL
 * (drops the refused filter value or setting, keeps the query); a busy or unreachable server gets "Try again".
 */
function showError(error) {
  ui.error.hidden = false;
  const refused = error.status >= 400 && error.status < 500;
  const actions = [];
  if (refused) {
    const fix = errorFix(error.message);
    if (fix) {
      actions.push(el('button', { type: 'button', id: 'error-fix', class: 'retry', onclick: () => {
        if (fix.focusQuery) { ui.q.focus(); ui.q.select(); return; }
        pendingFocus = { region: true };
        navigate(withChanges({ ...fix.changes, id: '' }));
      } }, fix.label));
    }
  } else {
    actions.push(el('button', { type: 'button', class: 'retry', onclick: () => runSearch() }, t('retry')));
  }
  const keep = { q: state.q, province: [], year: [], program: [], sort: '', match: '', page: '', size: '', id: '' };
  const reset = el('a', { href: pageUrl(keep), class: 'reset', id: 'error-keep-query' }, t('keepQuery'));
  reset.addEventListener('click', (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(keep);
  });
  actions.push(' ', reset);
  replace(ui.error, el('p', { class: 'error-title', text: refused ? t('errorRequest') : t('errorBusy') }),
    el('p', { class: 'error-message', text: error.message || String(error) }), el('p', { class: 'error-actions' }, actions));
  ui.results.replaceChildren();
  ui.pager.hidden = true;
  ui.empty.hidden = true;
  ui.understood.hidden = true;
  ui.didYouMean.hidden = true;
  chart.hide();
  ui.summary.textContent = '';
  renderShowResults();
  // No counts belong to a refused search; the whole collection's would mislead, so the values show without them.
  renderFacets(wholeFacets, { counts: false });
}

/** The change to the URL that answers a refusal, read from the server's message (it names the parameter first). */
function errorFix(message) {
  const m = /^(q|size|page|sort|match|province|year|program)\b(?: '([^']*)')?/.exec(message ?? '');
  if (/^the query has|^q is/.test(message ?? '') || m?.[1] === 'q') return { focusQuery: true, label: t('fixShorten') };
  if (!m) return null;
  const [, name, value] = m;
  if (FACETS.includes(name)) {
    const values = value === undefined ? [] : state[name].filter((v) => v !== value);
    return { changes: { [name]: values }, label: t('fixWithout', value === undefined ? t(`facet_${name}`)
      : `${t(`facet_${name}`)}: ${value}`) };
  }
  // page beyond the window: the message names page and size; the last reachable page is the fix
  return { changes: name === 'page' ? { page: '' } : { [name]: '' }, label: t('fixDefault', t(`param_${name}`)) };
}

function hideError() {
  ui.error.hidden = true;
  ui.error.replaceChildren();
}

// ---------------------------------------------------------------- section reader

function openSection(id, opener) {
  dialogOpener = opener ?? document.activeElement;
  navigate(withChanges({ id }, { keepPage: true }));
}

async function syncSection() {
  if (!state.id) {
    lastSection = null;
    readerResult = null;
    if (ui.dialog.open) {
      closingDialog = true;
      ui.dialog.close();
      closingDialog = false;
      returnFocus();
    }
    return;
  }
  if (!ui.dialog.open) {
    ui.dialog.showModal();
    ui.sectionTitle.focus();
  }
  if (lastSection?.id === state.id && lastSection.q === state.q) return;
  const seq = ++sectionSeq;
  ui.dialog.setAttribute('aria-busy', 'true');
  ui.sectionError.hidden = true;
  try {
    const query = state.q ? `?${new URLSearchParams({ q: state.q })}` : '';
    const section = await getJson(`api/sections/${encodeURIComponent(state.id)}${query}`);
    if (seq !== sectionSeq) return;
    lastSection = { ...section, q: state.q };
    renderSection(lastSection);
  } catch (e) {
    if (seq !== sectionSeq) return;
    lastSection = null;
    replace(ui.sectionTitle, t('errorTitle'));
    ui.sectionMeta.replaceChildren();
    ui.sectionSource.replaceChildren();
    ui.sectionText.replaceChildren();
    ui.sectionPrev.disabled = true;
    ui.sectionNext.disabled = true;
    ui.sectionError.hidden = false;
    ui.sectionError.textContent = e.message;
  } finally {
    if (seq === sectionSeq) ui.dialog.removeAttribute('aria-busy');
  }
}

function renderSection(s) {
  ui.dialog.dataset.id = s.id;
  replace(ui.sectionMeta,
    el('span', { class: 'province' }, `${s.province} `, el('span', { lang: 'zh-Hans', text: s.province_zh ?? '' })),
    el('span', { class: 'year', text: String(s.year ?? '') }),
    programTags(s.programs));
  replace(ui.sectionTitle, highlighted(s.title_html ?? s.title));
  ui.sectionTitle.lang = s.lang === 'zh' ? 'zh-Hans' : 'en';
  // A citation a researcher can paste, and the permalink of the section, rather than the report's file name.
  const permalink = new URL(pageUrl({ q: '', province: [], year: [], program: [], sort: '', match: '', page: '',
    size: '', id: s.id, compare: false }), location.href).href;
  const source = [[t('chapter'), s.source?.chapter], [t('office'), s.office], [t('citation'), s.citation]];
  replace(ui.sectionSource, source.filter(([, v]) => v).map(([k, v]) => el('div', {}, el('dt', { text: k }), el('dd', { text: v }))),
    el('div', {}, el('dt', { text: t('permalink') }), el('dd', {}, el('a', { class: 'permalink', href: permalink, text: permalink }))));
  replace(ui.sectionText, s.text_html ? highlighted(s.text_html) : (s.text ?? ''));
  ui.sectionText.lang = s.lang === 'zh' ? 'zh-Hans' : 'en';
  ui.sectionText.scrollTop = 0;
  ui.dialog.querySelector('.section-article').scrollTop = 0;
  const focusWasOn = document.activeElement;
  ui.sectionPrev.disabled = !s.prev;
  ui.sectionNext.disabled = !s.next;
  ui.sectionPrev.dataset.target = s.prev ?? '';
  ui.sectionNext.dataset.target = s.next ?? '';
  renderResultNav();
  if (focusWasOn?.disabled || focusWasOn === document.body || !ui.dialog.contains(focusWasOn)) ui.sectionTitle.focus();
}

/**
 * Previous and next result of the search behind the reader, so provinces can be compared without closing it. The
 * position is that of the open section among the page's results, or of the result it was reached from by stepping
 * through its chapter.
 */
function renderResultNav() {
  const hits = lastSearch?.hits ?? [];
  const at = hits.findIndex((h) => h.id === state.id);
  if (at >= 0) readerResult = at;
  const i = readerResult !== null && readerResult < hits.length ? readerResult : -1;
  ui.resultPrev.disabled = i <= 0;
  ui.resultNext.disabled = i < 0 || i >= hits.length - 1;
  ui.resultPrev.dataset.target = i > 0 ? hits[i - 1].id : '';
  ui.resultNext.dataset.target = i >= 0 && i < hits.length - 1 ? hits[i + 1].id : '';
  const first = ((lastSearch?.page ?? 1) - 1) * (lastSearch?.size ?? 10);
  ui.resultPosition.textContent = i >= 0 ? t('resultPosition', first + i + 1, listed(lastSearch)) : '';
}

function returnFocus() {
  const target = dialogOpener && document.contains(dialogOpener) ? dialogOpener
    : ui.results.querySelector(`a[data-id="${CSS.escape(ui.dialog.dataset.id ?? '')}"]`) ?? ui.region;
  dialogOpener = null;
  target.focus();
}

// ---------------------------------------------------------------- events

const debouncedQuery = debounce(() => commitQuery(true), 300);

function commitQuery(typing) {
  const q = ui.q.value.trim();
  if (q === state.q) {
    if (!typing) runSearch();
    return;
  }
  const replaceEntry = typing && history.state?.typing === true;
  navigate(withChanges({ q, id: '' }), { replace: replaceEntry, typing });
}

const suggest = createSuggest({
  input: ui.q,
  list: $('suggestions'),
  status: $('suggest-status'),
  fetchSuggestions: (q, signal) => getJson(`api/suggest?${new URLSearchParams({ q, lang })}`, signal),
  onChoose: (query) => {
    ui.q.value = query;
    debouncedQuery.cancel();
    commitQuery(false);
  },
  t,
});

ui.form.addEventListener('submit', (event) => {
  event.preventDefault();
  debouncedQuery.cancel();
  suggest.close();
  commitQuery(false);
});
ui.q.addEventListener('input', debouncedQuery);
ui.sort.addEventListener('change', () => navigate(withChanges({ sort: ui.sort.value === 'relevance' ? '' : ui.sort.value })));
ui.langToggle.addEventListener('click', switchLanguage);
/** Opens or closes the filter panel of a narrow screen (on a wide one the filters are always shown). */
function setFiltersOpen(open) {
  ui.filtersToggle.setAttribute('aria-expanded', String(open));
  ui.facets.classList.toggle('open', open);
}
ui.filtersToggle.addEventListener('click', () => {
  const open = ui.filtersToggle.getAttribute('aria-expanded') !== 'true';
  setFiltersOpen(open);
  if (open) ui.facets.querySelector('input')?.focus();
});
ui.showResults.addEventListener('click', () => {
  setFiltersOpen(false);
  ui.region.scrollIntoView({ block: 'start' });
  ui.region.focus({ preventScroll: true });
});
ui.sectionClose.addEventListener('click', () => ui.dialog.close());
ui.dialog.addEventListener('close', () => {
  // 'close' fires after the dialog has closed, also when it was closed by Escape; state.id is empty when the
  // page itself closed it (back button, link).
  if (closingDialog || !state.id) return;
  navigate(withChanges({ id: '' }, { keepPage: true }));
  lastSection = null;
  returnFocus();
});
ui.dialog.addEventListener('click', (event) => {
  if (event.target === ui.dialog) ui.dialog.close();   // a click on the backdrop
});
for (const button of [ui.sectionPrev, ui.sectionNext, ui.resultPrev, ui.resultNext]) {
  button.addEventListener('click', () => {
    // Closing the reader later returns focus to the result now open, not to the one that opened it.
    if (button === ui.resultPrev || button === ui.resultNext) dialogOpener = null;
    if (button.dataset.target) navigate(withChanges({ id: button.dataset.target }, { keepPage: true }));
  });
}
$('to-results').addEventListener('click', (event) => {
  // From the search box straight to the first result (else past filters and chips, 20-odd Tab presses).
  event.preventDefault();
  const first = ui.results.querySelector('.hit-link');
  if (first) first.focus();
  else ui.region.focus();
});
$('home-link').addEventListener('click', (event) => {
  event.preventDefault();
  navigate({ q: '', province: [], year: [], program: [], sort: '', page: '', size: '', id: '' });
  ui.q.focus();
});
window.addEventListener('popstate', () => {
  state = readState(location.search);
  const urlLang = new URLSearchParams(location.search).get('lang') === 'zh' ? 'zh' : 'en';
  debouncedQuery.cancel();
  if (urlLang !== lang) {
    lang = urlLang;
    applyLanguage();
    // Only the language may have changed, which needs no new search: re-render what is on screen.
    if (lastSearch) renderSearch(lastSearch);
    if (lastSection && ui.dialog.open) renderSection(lastSection);
  }
  render();
});

// ---------------------------------------------------------------- start

/** The facet values of the whole collection (shown until the first search answers, and under an error). */
function loadWholeFacets() {
  getJson(`api/facets?lang=${lang}`).then((f) => {
    wholeFacets = f;
    rememberLabels(f);
    if (!lastSearch) renderFacets(f, { counts: document.body.dataset.state !== 'error' });
  }).catch(() => { /* the search shows errors */ });
}

async function start() {
  history.replaceState({ typing: false }, '', pageUrl(state) + location.hash);
  applyLanguage();
  render();
  getJson('api/stats').then((s) => { stats = s; renderAbout(); }).catch(() => { /* the search shows errors */ });
  loadWholeFacets();
}

start();
