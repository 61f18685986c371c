// Filters: the three facet lists (checkboxes; ticked values first, long lists with "Show all" and a search box),
// the chips of the active filters above the results, and on a narrow screen the panel behind the "Filters" button,
// which ends in "Show 27 results".

import { el, replace } from './dom.js';
import { FACETS, state, navigate, withChanges } from './state.js';
import { t, facetLabel, facetNames } from './labels.js';
import { focusAfterRender, restoreFocus } from './focus.js';

const COLLAPSED_FACET_ROWS = 8;
const $ = (id) => document.getElementById(id);
const ui = {
  toggle: $('filters-toggle'), count: $('filters-count'), panel: $('facets'), showResults: $('show-results'),
  chips: $('chips'), region: $('results-region'),
};

const expandedFacets = new Set();
const facetShells = new Map();
let lastFacets = null;

/**
 * Renders the three facet lists. Ticked values come first (a ticked value never scrolls out of view), then the rest
 * by count; long lists show eight values and "Show all", and can be searched by typing (English or Chinese name).
 * With {@code counts: false} (under an error) the values are listed without numbers.
 */
export function renderFacets(facets, { counts = true } = {}) {
  if (!facets) return;
  lastFacets = { facets, counts };
  for (const facet of FACETS) renderFacet(facet);
  const active = FACETS.reduce((n, f) => n + state[f].length, 0);
  ui.count.textContent = active ? String(active) : '';
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
        focusAfterRender({ more: facet });
        renderFacet(facet);
        restoreFocus();
      } }, expanded ? t('showFewer') : t('showMore', rows.length)));
  }
  replace(shell.body, children);
}

function toggleFilter(facet, value, on) {
  const values = state[facet].filter((v) => v !== value);
  if (on) values.push(value);
  focusAfterRender({ facet, value });
  navigate(withChanges({ [facet]: values, id: '' }));
}

/** Removes one filter value; focus goes to the next chip (or the search box). */
export function removeFilter(facet, value) {
  focusAfterRender({ chips: true });
  navigate(withChanges({ [facet]: state[facet].filter((v) => v !== value), id: '' }));
}

/** The URL's filter values with their labels ("Province: Hebei"). */
export function activeFilters() {
  return FACETS.flatMap((facet) => state[facet].map((value) => ({
    facet, value, label: `${t(`facet_${facet}`)}: ${facetLabel(facet, value)}`,
  })));
}

export function renderChips() {
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
      focusAfterRender({ input: true });
      navigate(withChanges({ province: [], year: [], program: [], id: '' }));
    } }, t('clearAll')));
}

/** The phone's "Show 27 results" at the foot of the filter panel: the count of the search on screen (null: none). */
export function renderShowResults(total) {
  ui.showResults.textContent = t('showResults', total);
}

/** Opens or closes the filter panel of a narrow screen (on a wide one the filters are always shown). */
function setPanelOpen(open) {
  ui.toggle.setAttribute('aria-expanded', String(open));
  ui.panel.classList.toggle('open', open);
}

ui.toggle.addEventListener('click', () => {
  const open = ui.toggle.getAttribute('aria-expanded') !== 'true';
  setPanelOpen(open);
  if (open) ui.panel.querySelector('input')?.focus();
});
ui.showResults.addEventListener('click', () => {
  setPanelOpen(false);
  ui.region.scrollIntoView({ block: 'start' });
  ui.region.focus({ preventScroll: true });
});
