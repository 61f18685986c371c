// The province × year chart: a heat table of matching sections, one count request per year (the province facet
// of a search restricted to that year), cached per query and program filter. A table rather than a drawing so
// that it reads well with a screen reader and needs no inline styles (the shade is a CSS class per level).

import { el, replace } from './dom.js';

const MAX_YEARS = 12;
const MAX_CACHED = 20;

/**
 * @param figure   the <figure> to show or hide
 * @param body     where the table goes
 * @param countsFor async (year) => Map(province → count) for the current query and program filter
 * @param onPick   (province, year) => void, when a cell is chosen
 */
export function createChart({ figure, body, countsFor, onPick }) {
  const cache = new Map();
  let shownKey = null;

  /** Loads the counts for {@code key} (unless cached); returns false when a newer update overtook this one. */
  async function load(key, years, isCurrent) {
    if (!cache.has(key)) {
      const perYear = await Promise.all(years.slice(0, MAX_YEARS).map(async (y) => [y, await countsFor(y)]));
      if (cache.size >= MAX_CACHED) cache.clear();
      cache.set(key, { years: years.slice(0, MAX_YEARS), perYear: new Map(perYear) });
    }
    if (!isCurrent()) return false;
    shownKey = key;
    return true;
  }

  /** Draws the cached counts of the shown key; {@code view} gives labels, texts and the selection. */
  function draw(view) {
    const entry = cache.get(shownKey);
    if (!entry) { figure.hidden = true; return; }
    const { years, perYear } = entry;
    const totals = new Map();
    for (const counts of perYear.values()) {
      for (const [province, n] of counts) totals.set(province, (totals.get(province) ?? 0) + n);
    }
    const rows = [...totals].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    figure.hidden = rows.length === 0;
    if (!rows.length) return;
    const max = Math.max(1, ...[...perYear.values()].flatMap((m) => [...m.values()]));
    const level = (n) => (n === 0 ? 0 : 1 + Math.min(4, Math.floor((n / max) * 5)));
    const header = el('tr', {}, el('th', { scope: 'col', text: view.t('chartProvince') }),
      years.map((y) => el('th', { scope: 'col', class: view.selectedYears.has(y) ? 'selected' : '', text: y })),
      el('th', { scope: 'col', text: view.t('chartTotal') }));
    const lines = rows.map(([province, total]) => {
      const label = view.provinceLabel(province);
      return el('tr', { class: view.selectedProvinces.has(province) ? 'selected' : '' },
        el('th', { scope: 'row', text: label }),
        years.map((year) => {
          const n = perYear.get(year)?.get(province) ?? 0;
          const cell = el('td', { class: `heat-${level(n)}` });
          cell.append(n === 0 ? el('span', { text: '0' })
            : el('button', { type: 'button', class: 'cell', 'data-province': province, 'data-year': year,
              'aria-label': view.t('chartCell', n, label, year), onclick: () => onPick(province, year) }, String(n)));
          return cell;
        }),
        el('td', { class: 'total', text: String(total) }));
    });
    replace(body, el('p', { class: 'hint', text: view.t('chartHint') }),
      el('div', { class: 'chart-scroll' },
        el('table', { class: 'heat' }, el('thead', {}, header), el('tbody', {}, lines))));
  }

  return {
    /** Shows the chart for a search: {@code key} names the query and program filter, {@code years} the columns. */
    async update(key, years, view, isCurrent) {
      if (!years.length) { figure.hidden = true; return; }
      try {
        if (await load(key, years, isCurrent)) draw(view);
      } catch {
        if (isCurrent()) figure.hidden = true;   // the chart is an extra: the results already show any error
      }
    },
    /** Redraws what is shown (after a language switch or a selection change that needs no new counts). */
    redraw: draw,
    hide() { figure.hidden = true; },
  };
}
