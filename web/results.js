// The results region: the count and time, how the query was read, did-you-mean, the hits, what to try when nothing
// matched, the pages, the Sort control and the "Jump to the results" link of the search box.

import { el, replace, highlighted } from './dom.js';
import { state, lang, navigate, withChanges, pageUrl, stateLink, hasFilters } from './state.js';
import { t, provinceZh, programTags } from './labels.js';
import { listed } from './api.js';
import { activeFilters, removeFilter, renderShowResults } from './facets.js';
import { focusAfterRender } from './focus.js';
import { openSection } from './reader.js';

const MAX_RESULT_WINDOW = 10000;
const SORTS = ['relevance', 'year', 'year_asc', 'province'];
const $ = (id) => document.getElementById(id);
const ui = {
  region: $('results-region'), summary: $('summary'), understood: $('understood'), didYouMean: $('did-you-mean'),
  empty: $('empty'), results: $('results'), pager: $('pager'), sort: $('sort'),
};

/** Draws a search answer. */
export function renderResults(data) {
  renderSummary(data);
  renderUnderstood(data.query);
  renderDidYouMean(data.query);
  renderHits(data.hits);
  renderEmpty(data);
  renderPager(data);
}

/** Empties the region under an error: no results, pages, reading or counts belong to a search that did not run. */
export function clearResults() {
  ui.results.replaceChildren();
  ui.pager.hidden = true;
  ui.empty.hidden = true;
  ui.understood.hidden = true;
  ui.didYouMean.hidden = true;
  ui.summary.textContent = '';
  renderShowResults(null);
}

/** The Sort control shows the URL's order. */
export function renderSort() {
  ui.sort.value = SORTS.includes(state.sort) ? state.sort : 'relevance';
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
  renderShowResults(data.total);
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
    const toggle = stateLink({ id: 'match-toggle' }, () => withChanges({ match: any ? '' : 'any', id: '' }),
      t(any ? 'useAll' : 'useAny'));
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
  const link = stateLink({ id: 'did-you-mean-link' }, () => withChanges({ q: fix, id: '' }), fix);
  replace(ui.didYouMean, `${t('didYouMean')} `, link, lang === 'zh' ? '？' : '?');
}

function renderHits(hits) {
  replace(ui.results, hits.map((hit) => {
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
          el('span', { lang: 'zh-Hans', text: hit.province_zh || provinceZh(hit.province) })),
        el('span', { class: 'year', text: String(hit.year ?? '') }),
        el('span', { class: 'chapter', text: hit.source?.chapter ?? '' })),
      programTags(hit.programs),
      hit.match === 'partial' ? el('p', { class: 'missing' },
        el('span', { class: 'partial-badge', text: t('partial') }), ' ',
        el('span', { text: t('missing', (hit.missing ?? []).join(', ')) })) : null,
      el('p', { class: 'snippet' }, highlighted(hit.snippet_html ?? '')));
  }));
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
  const link = (page, text, attrs = {}) => stateLink(attrs,
    () => withChanges({ page: page === 1 ? '' : String(page), id: '' }, { keepPage: true }), text,
    () => focusAfterRender({ region: true }));
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

ui.sort.addEventListener('change', () => navigate(withChanges({ sort: ui.sort.value === 'relevance' ? '' : ui.sort.value })));
$('to-results').addEventListener('click', (event) => {
  // From the search box straight to the first result (else past filters and chips, 20-odd Tab presses).
  event.preventDefault();
  const first = ui.results.querySelector('.hit-link');
  if (first) first.focus();
  else ui.region.focus();
});
