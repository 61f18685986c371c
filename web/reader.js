// The reader: a section in a modal dialog, opened by the URL's id, with the query's words highlighted, its source
// as a citation and permalink, the previous and next section of its chapter and the previous and next result of the
// search. Close (in a bar that sticks to the top while the text scrolls) or Escape returns focus to the result.

import { el, replace, highlighted } from './dom.js';
import { state, navigate, withChanges, pageUrl, emptyState } from './state.js';
import { t, programTags } from './labels.js';
import { getJson, listed } from './api.js';

const $ = (id) => document.getElementById(id);
const ui = {
  dialog: $('section-dialog'), meta: $('section-meta'), title: $('section-title'), source: $('section-source'),
  text: $('section-text'), error: $('section-error'), prev: $('section-prev'), next: $('section-next'),
  close: $('section-close'), resultPrev: $('result-prev'), resultNext: $('result-next'),
  resultPosition: $('result-position'), results: $('results'), region: $('results-region'),
};

let search = null;          // the search answer on screen, for previous/next result
let lastSection = null;
let sectionSeq = 0;
let opener = null;
let readerResult = null;
let closingDialog = false;

/** Opens the reader on a section; focus returns to {@code from} (default: the focused element) when it closes. */
export function openSection(id, from) {
  opener = from ?? document.activeElement;
  navigate(withChanges({ id }, { keepPage: true }));
}

/** The search answer behind the reader (its results are what previous/next result step through). */
export function setSearch(data) {
  search = data;
  if (ui.dialog.open) renderResultNav();
}

/** Redraws the open section (after a language switch). */
export function redrawReader() {
  if (lastSection && ui.dialog.open) renderSection(lastSection);
}

/** Opens, loads or closes the reader to match the URL's id. */
export async function syncReader() {
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
    ui.title.focus();
  }
  if (lastSection?.id === state.id && lastSection.q === state.q) return;
  const seq = ++sectionSeq;
  ui.dialog.setAttribute('aria-busy', 'true');
  ui.error.hidden = true;
  try {
    const query = state.q ? `?${new URLSearchParams({ q: state.q })}` : '';
    const section = await getJson(`api/sections/${encodeURIComponent(state.id)}${query}`);
    if (seq !== sectionSeq) return;
    lastSection = { ...section, q: state.q };
    renderSection(lastSection);
  } catch (e) {
    if (seq !== sectionSeq) return;
    lastSection = null;
    replace(ui.title, t('errorTitle'));
    ui.meta.replaceChildren();
    ui.source.replaceChildren();
    ui.text.replaceChildren();
    ui.prev.disabled = true;
    ui.next.disabled = true;
    ui.error.hidden = false;
    ui.error.textContent = e.message;
  } finally {
    if (seq === sectionSeq) ui.dialog.removeAttribute('aria-busy');
  }
}

function renderSection(s) {
  ui.dialog.dataset.id = s.id;
  replace(ui.meta,
    el('span', { class: 'province' }, `${s.province} `, el('span', { lang: 'zh-Hans', text: s.province_zh ?? '' })),
    el('span', { class: 'year', text: String(s.year ?? '') }),
    programTags(s.programs));
  replace(ui.title, highlighted(s.title_html ?? s.title));
  ui.title.lang = s.lang === 'zh' ? 'zh-Hans' : 'en';
  // A citation a researcher can paste, and the permalink of the section, rather than the report's file name.
  const permalink = new URL(pageUrl(emptyState({ id: s.id })), location.href).href;
  const source = [[t('chapter'), s.source?.chapter], [t('office'), s.office], [t('citation'), s.citation]];
  replace(ui.source, source.filter(([, v]) => v).map(([k, v]) => el('div', {}, el('dt', { text: k }), el('dd', { text: v }))),
    el('div', {}, el('dt', { text: t('permalink') }), el('dd', {}, el('a', { class: 'permalink', href: permalink, text: permalink }))));
  replace(ui.text, s.text_html ? highlighted(s.text_html) : (s.text ?? ''));
  ui.text.lang = s.lang === 'zh' ? 'zh-Hans' : 'en';
  ui.text.scrollTop = 0;
  ui.dialog.querySelector('.section-article').scrollTop = 0;
  const focusWasOn = document.activeElement;
  ui.prev.disabled = !s.prev;
  ui.next.disabled = !s.next;
  ui.prev.dataset.target = s.prev ?? '';
  ui.next.dataset.target = s.next ?? '';
  renderResultNav();
  if (focusWasOn?.disabled || focusWasOn === document.body || !ui.dialog.contains(focusWasOn)) ui.title.focus();
}

/**
 * Previous and next result of the search behind the reader, so provinces can be compared without closing it. The
 * position is that of the open section among the page's results, or of the result it was reached from by stepping
 * through its chapter.
 */
function renderResultNav() {
  const hits = search?.hits ?? [];
  const at = hits.findIndex((h) => h.id === state.id);
  if (at >= 0) readerResult = at;
  const i = readerResult !== null && readerResult < hits.length ? readerResult : -1;
  ui.resultPrev.disabled = i <= 0;
  ui.resultNext.disabled = i < 0 || i >= hits.length - 1;
  ui.resultPrev.dataset.target = i > 0 ? hits[i - 1].id : '';
  ui.resultNext.dataset.target = i >= 0 && i < hits.length - 1 ? hits[i + 1].id : '';
  const first = ((search?.page ?? 1) - 1) * (search?.size ?? 10);
  ui.resultPosition.textContent = i >= 0 ? t('resultPosition', first + i + 1, listed(search)) : '';
}

function returnFocus() {
  const target = opener && document.contains(opener) ? opener
    : ui.results.querySelector(`a[data-id="${CSS.escape(ui.dialog.dataset.id ?? '')}"]`) ?? ui.region;
  opener = null;
  target.focus();
}

ui.close.addEventListener('click', () => ui.dialog.close());
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
for (const button of [ui.prev, ui.next, ui.resultPrev, ui.resultNext]) {
  button.addEventListener('click', () => {
    // Closing the reader later returns focus to the result now open, not to the one that opened it.
    if (button === ui.resultPrev || button === ui.resultNext) opener = null;
    if (button.dataset.target) navigate(withChanges({ id: button.dataset.target }, { keepPage: true }));
  });
}
