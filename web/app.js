// Fupin Search page: the header and the page's flow. The URL is the state (state.js); every action navigates to a
// new URL and render() draws it: the search box, the results and filters of the search answer, the chart, the
// compare view and the reader each from their own module. Rendering uses DOM APIs only (no HTML but the API's
// highlighted fields, rebuilt from text and <mark> in dom.js).

import { state, lang, navigate, searchKey, pageUrl, whenNavigated, readLocation, switchLanguage, emptyState }
  from './state.js';
import { t, rememberLabels } from './labels.js';
import { getJson } from './api.js';
import { restoreFocus } from './focus.js';
import { renderSearchBox, cancelTyping, onSearchAgain } from './searchbox.js';
import { renderFacets, renderChips, renderShowResults } from './facets.js';
import { renderResults, clearResults, renderSort } from './results.js';
import { showError, hideError } from './errors.js';
import { renderChart, redrawChart, hideChart } from './chart.js';
import { renderCompare, redrawCompare } from './compare.js';
import { syncReader, setSearch, redrawReader } from './reader.js';

const $ = (id) => document.getElementById(id);
const ui = {
  about: $('about'), langToggle: $('lang-toggle'), brandOther: $('brand-other'), region: $('results-region'),
  pager: $('pager'), q: $('q'),
};

let stats = null;
let wholeFacets = null;
let lastSearch = null;
let lastSearchKey = null;
let searchSeq = 0;
let searchAbort = null;

// ---------------------------------------------------------------- header and language

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
  renderShowResults(lastSearch ? lastSearch.total : null);
  renderAbout();
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

/** Redraws what is on screen in the new language; the search runs again (equal counts order by the new names). */
function relabel() {
  applyLanguage();
  if (lastSearch) renderSearch(lastSearch);
  redrawChart();
  redrawCompare();
  redrawReader();
}

// ---------------------------------------------------------------- the page

function render() {
  document.title = state.q ? `${state.q} – ${t('appName')}` : t('tabTitle');
  renderSearchBox();
  renderSort();
  renderChips();
  // Opening or closing a section changes only the URL's id: keep the results (and the focus inside them).
  if (searchKey() !== lastSearchKey || !lastSearch) runSearch();
  renderCompare();
  syncReader();
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
    await renderChart(data, () => seq === searchSeq);
    if (seq !== searchSeq) return;
    document.body.dataset.state = 'ready';
  } catch (e) {
    if (e.name === 'AbortError' || seq !== searchSeq) return;
    lastSearch = null;
    lastSearchKey = null;
    setSearch(null);
    showError(e, () => runSearch());
    clearResults();
    hideChart();
    // No counts belong to a refused search; the whole collection's would mislead, so the values show without them.
    renderFacets(wholeFacets, { counts: false });
    document.body.dataset.state = 'error';
  } finally {
    if (seq === searchSeq) ui.region.removeAttribute('aria-busy');
  }
}

function renderSearch(data) {
  rememberLabels(data.facets);
  renderFacets(data.facets);
  renderChips();
  renderResults(data);
  setSearch(data);
  restoreFocus();
}

/** The facet values of the whole collection (shown until the first search answers, and under an error). */
function loadWholeFacets() {
  getJson(`api/facets?lang=${lang}`).then((f) => {
    wholeFacets = f;
    rememberLabels(f);
    if (!lastSearch) renderFacets(f, { counts: document.body.dataset.state !== 'error' });
  }).catch(() => { /* the search shows errors */ });
}

// ---------------------------------------------------------------- events and start

whenNavigated(render);
onSearchAgain(() => runSearch());
ui.langToggle.addEventListener('click', () => {
  switchLanguage();
  relabel();
  loadWholeFacets();
  render();
});
$('home-link').addEventListener('click', (event) => {
  event.preventDefault();
  navigate(emptyState());
  ui.q.focus();
});
window.addEventListener('popstate', () => {
  cancelTyping();
  // Only the language may have changed, which needs no new search: redraw what is on screen, then the URL.
  if (readLocation()) relabel();
  render();
});

history.replaceState({ typing: false }, '', pageUrl(state) + location.hash);
applyLanguage();
render();
getJson('api/stats').then((s) => { stats = s; renderAbout(); }).catch(() => { /* the search shows errors */ });
loadWholeFacets();
