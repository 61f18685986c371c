// The province × year chart: a heat table of matching sections, one count request per year (the province facet
// of a search restricted to that year). It is a function of the URL alone: the cache key is every search parameter
// (query, match mode and all filters), the columns are the provinces the filters allow, the rows the years. A table
// rather than a drawing so that it reads well with a screen reader and needs no inline styles (the shade is a CSS
// class per level). Years run down and provinces across, so the table stays a few rows high above the results.

import { el, replace } from './dom.js';
import { state, lang, apiParams, searchKey, navigate, withChanges } from './state.js';
import { t, facetLabel, rememberLabels } from './labels.js';
import { getJson } from './api.js';
import { focusAfterRender } from './focus.js';

const MAX_YEARS = 12;
const MAX_CACHED = 20;

/**
 * @param figure   the <figure> to show or hide
 * @param body     where the table goes
 * @param countsFor async (year) => Map(province → count) for the current search with only that year
 * @param onPick   (province, year) => void, when a cell is chosen
 */
function createChart({ figure, body, countsFor, onPick }) {
  const cache = new Map();
  let shown = null;

  /** Loads the counts for {@code key} (unless cached); returns false when a newer update overtook this one. */
  async function load(key, years, isCurrent) {
    if (!cache.has(key)) {
      const columns = years.slice(0, MAX_YEARS);
      const perYear = await Promise.all(columns.map(async (y) => [y, await countsFor(y)]));
      if (cache.size >= MAX_CACHED) cache.clear();
      cache.set(key, { years: columns, perYear: new Map(perYear) });
    }
    if (!isCurrent()) return false;
    shown = key;
    return true;
  }

  /** Draws the cached counts of the shown key; {@code view} gives labels, texts and the selection. */
  function draw(view) {
    const entry = cache.get(shown);
    if (!entry) { figure.hidden = true; return; }
    const { years, perYear } = entry;
    const totals = new Map();
    for (const counts of perYear.values()) {
      for (const [province, n] of counts) {
        if (view.selectedProvinces.size && !view.selectedProvinces.has(province)) continue;
        totals.set(province, (totals.get(province) ?? 0) + n);
      }
    }
    const provinces = [...totals].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    figure.hidden = provinces.length === 0;
    if (!provinces.length) return;
    const max = Math.max(1, ...[...perYear.values()].flatMap((m) => [...m.values()]));
    const level = (n) => (n === 0 ? 0 : 1 + Math.min(4, Math.floor((n / max) * 5)));
    const header = el('tr', {}, el('th', { scope: 'col', text: view.t('chartYear') }),
      provinces.map(([p]) => el('th', { scope: 'col', text: view.provinceLabel(p) })));
    const lines = years.map((year) => el('tr', {},
      el('th', { scope: 'row', text: year }),
      provinces.map(([province]) => {
        const n = perYear.get(year)?.get(province) ?? 0;
        const label = view.provinceLabel(province);
        const cell = el('td', { class: `heat-${level(n)}` });
        cell.append(n === 0 ? el('span', { class: 'zero', text: '0' })
          : el('button', { type: 'button', class: 'cell', 'data-province': province, 'data-year': year,
            'aria-label': view.t('chartCell', n, label, year), onclick: () => onPick(province, year) }, String(n)));
        return cell;
      })));
    const total = el('tr', { class: 'total' }, el('th', { scope: 'row', text: view.t('chartTotal') }),
      provinces.map(([, n]) => el('td', { text: String(n) })));
    replace(body, el('p', { class: 'hint', text: view.t('chartHint') }),
      el('div', { class: 'chart-scroll' },
        el('table', { class: 'heat' }, el('thead', {}, header), el('tbody', {}, lines, total))));
  }

  return {
    /** Shows the chart for a search: {@code key} names every search parameter, {@code years} the rows. */
    async update(key, years, view, isCurrent) {
      if (!years.length) { figure.hidden = true; return; }
      try {
        if (await load(key, years, isCurrent)) draw(view);
      } catch {
        if (isCurrent()) figure.hidden = true;   // the chart is an extra: the results already show any error
      }
    },
    /** Redraws what is shown (after a language switch). */
    redraw: draw,
    hide() { figure.hidden = true; },
  };
}

// ---------------------------------------------------------------- the page's chart, from the URL

const chart = createChart({
  figure: document.getElementById('chart'),
  body: document.getElementById('chart-body'),
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
    focusAfterRender({ region: true });
    navigate(withChanges({ province: [province], year: [year], id: '' }));
  },
});

function view() {
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

/**
 * Draws the chart of the current URL for its search answer {@code data}: rows are the years with matches that the
 * filters allow, oldest first; {@code isCurrent} says whether the answer is still the page's.
 */
export function renderChart(data, isCurrent) {
  const years = (data.facets.year ?? []).filter((r) => r.count > 0).map((r) => r.value)
    .filter((y) => /^\d{4}$/.test(y) && yearAllowed(y)).sort();
  const key = searchKey({ ...state, page: '', sort: '', size: '', id: '' });
  return chart.update(key, years, view(), isCurrent);
}

/** Redraws the chart on screen (after a language switch). */
export function redrawChart() {
  chart.redraw(view());
}

export function hideChart() {
  chart.hide();
}
