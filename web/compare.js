// "Compare provinces": the figures behind the current question (GET /api/figures with the page's query and
// filters), as a table with one row per figure, a bar chart of one measure and a CSV download. Like the rest of the
// page it is a function of the URL: the page passes the search parameters, this module fetches and draws. Bars are
// CSS classes per 5 % of width (the CSP allows no inline styles); the table is the accessible form of the chart.

import { el, replace, highlighted } from './dom.js';
import { state, lang, apiParams, pageUrl, navigate, withChanges } from './state.js';
import { t, facetLabel } from './labels.js';
import { UNITS_ZH, QUALIFIERS_ZH } from './i18n.js';
import { getJson } from './api.js';
import { openSection } from './reader.js';

const SIZE = 100;
const WIDTH_STEPS = 20;

/**
 * @param root        the <section> to fill and show
 * @param getJson     async (path) => body, throwing an Error with a message on failure
 * @param openSection (id, opener) => void, opens the reader on a section
 * @param sectionHref (id) => the page URL that opens that section
 */
function createCompare({ root, getJson, openSection, sectionHref }) {
  let data = null;
  let key = null;
  let seq = 0;
  let sort = 'rank';
  let measure = null;
  let view = null;

  /** Shows the figures for {@code params} (URLSearchParams of q and filters), or hides the view when not shown. */
  async function update(params, shown, nextView) {
    view = nextView;
    root.hidden = !shown;
    if (!shown) return;
    const p = new URLSearchParams(params);
    p.set('size', String(SIZE));
    const nextKey = p.toString();
    if (nextKey === key && data) { draw(); return; }
    const mine = ++seq;
    root.dataset.state = 'loading';
    try {
      const reply = await getJson(`api/figures?${nextKey}`);
      if (mine !== seq) return;
      data = reply;
      key = nextKey;
      measure = null;
      sort = 'rank';
      draw();
      root.dataset.state = 'ready';
    } catch (e) {
      if (mine !== seq) return;
      data = null;
      key = null;
      replace(root, el('h3', { text: view.t('compareTitle') }), el('p', { class: 'error', role: 'alert', text: e.message }));
      root.dataset.state = 'error';
    }
  }

  /** Redraws (after a language switch) without a new request. */
  function redraw(nextView) {
    view = nextView;
    if (data && !root.hidden) draw();
  }

  /**
   * The chart's choices: each measure and unit with its figures, a measure including the longer ones that end in it
   * ("repayment rate" takes "timely repayment rate", "还款率" takes "互助资金还款率"), so one chart compares what the
   * reports name slightly differently. Values are never mixed across units.
   */
  function groups() {
    const kinds = new Map();
    for (const f of data.figures) {
      const k = `${f.measure} (${view.unitLabel(f.unit)})`;
      if (!kinds.has(k)) kinds.set(k, { measure: f.measure, unit: f.unit });
    }
    const endsIn = (longer, m) => longer === m
      || (longer.endsWith(m) && (longer.endsWith(` ${m}`) || /[\u4e00-\u9fff]$/.test(m)));
    const out = new Map();
    for (const [k, { measure: m, unit }] of kinds) {
      out.set(k, data.figures.filter((f) => f.unit === unit && endsIn(f.measure, m)));
    }
    return out;
  }

  /** The choice with the most figures among those that hold the best one. */
  function bestGroup(all) {
    let best = null;
    for (const [k, rows] of all) {
      if (rows.includes(data.figures[0]) && (best === null || rows.length > all.get(best).length)) best = k;
    }
    return best;
  }

  function sorted(rows) {
    const copy = rows.map((f, i) => ({ f, i }));
    const byProvince = (a, b) => view.provinceLabel(a.f.province ?? '').localeCompare(view.provinceLabel(b.f.province ?? ''))
      || (a.f.year ?? 0) - (b.f.year ?? 0) || a.i - b.i;
    // Values are compared within a unit only (yuan beside percent says nothing): units in the order of their best
    // figure, then the values.
    const unitRank = new Map();
    rows.forEach((f) => { if (!unitRank.has(f.unit)) unitRank.set(f.unit, unitRank.size); });
    const unit = (a, b) => unitRank.get(a.f.unit) - unitRank.get(b.f.unit);
    const compare = {
      rank: (a, b) => a.i - b.i,
      'value-desc': (a, b) => unit(a, b) || b.f.value - a.f.value || a.i - b.i,
      'value-asc': (a, b) => unit(a, b) || a.f.value - b.f.value || a.i - b.i,
      province: byProvince,
    }[sort];
    return copy.sort(compare).map((x) => x.f);
  }

  function formatValue(f) {
    const number = Number(f.value).toLocaleString(view.lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 4 });
    return f.unit === 'percent' ? `${number}%` : number;
  }

  function draw() {
    const t = view.t;
    const csv = new URLSearchParams(key);
    csv.delete('size');
    csv.set('format', 'csv');
    const download = el('a', { class: 'compare-csv', href: `api/figures?${csv}`, download: true, text: t('compareCsv') });
    const heading = el('h3', { id: 'compare-heading', text: t('compareTitle') });
    if (!data.figures.length) {
      replace(root, heading, el('p', { class: 'compare-summary', text: t('compareNone') }));
      return;
    }
    const all = groups();
    if (measure === null || !all.has(measure)) measure = bestGroup(all);
    const summary = el('p', { class: 'compare-summary', role: 'status',
      text: t('compareSummary', data.figures.length, data.total, data.sections) });
    const picker = el('select', { id: 'compare-measure',
      onchange: (e) => { measure = e.target.value; draw(); root.querySelector('#compare-measure')?.focus(); } },
    [...all].map(([k, rows]) => el('option', { value: k, selected: k === measure, text: `${k} · ${rows.length}` })));
    replace(root, heading, summary,
      el('div', { class: 'compare-tools' },
        el('label', { for: 'compare-measure', text: t('compareMeasure') }), picker, download),
      chart(all.get(measure)),
      table());
  }

  /** One bar per figure of the chosen measure and unit, longest for the largest value. */
  function chart(rows) {
    const max = Math.max(...rows.map((f) => Math.abs(Number(f.value))), 0);
    const list = el('ol', { class: 'compare-bars', 'aria-label': view.t('compareChart', measure) });
    for (const f of [...rows].sort((a, b) => b.value - a.value)) {
      const steps = max > 0 ? Math.max(1, Math.round((Math.abs(Number(f.value)) / max) * WIDTH_STEPS)) : 0;
      const label = `${view.provinceLabel(f.province ?? '')} ${f.year ?? ''}`;
      list.append(el('li', {},
        el('span', { class: 'bar-label', text: label }),
        el('span', { class: 'bar-track' }, el('span', { class: `bar bar-w-${steps}` })),
        el('span', { class: 'bar-value', text: `${f.qualifier ? `${view.qualifierLabel(f.qualifier)} ` : ''}${formatValue(f)}` })));
    }
    return el('figure', { class: 'compare-chart' }, el('figcaption', { text: measure }), list);
  }

  function sortButton(column, label) {
    const next = column === 'value' ? (sort === 'value-desc' ? 'value-asc' : 'value-desc') : 'province';
    const current = column === 'value' ? sort.startsWith('value') : sort === 'province';
    const ariaSort = !current ? 'none' : sort === 'value-asc' || sort === 'province' ? 'ascending' : 'descending';
    return el('th', { scope: 'col', 'aria-sort': ariaSort },
      el('button', { type: 'button', class: 'sort-button', 'data-sort': column,
        onclick: () => { sort = next; draw(); root.querySelector(`[data-sort="${column}"]`)?.focus(); } }, label));
  }

  function table() {
    const t = view.t;
    const head = el('tr', {}, sortButton('province', t('compareProvince')), el('th', { scope: 'col', text: t('chartYear') }),
      sortButton('value', t('compareValue')), el('th', { scope: 'col', text: t('compareUnit') }),
      el('th', { scope: 'col', text: t('compareMeasureCol') }), el('th', { scope: 'col', text: t('compareSentence') }),
      el('th', { scope: 'col', text: t('compareSource') }));
    const body = sorted(data.figures).map((f) => el('tr', { 'data-section': f.section_id },
      el('td', { class: 'province', text: view.provinceLabel(f.province ?? '') }),
      el('td', { class: 'year', text: String(f.year ?? '') }),
      el('td', { class: 'value', text: `${f.qualifier ? `${view.qualifierLabel(f.qualifier)} ` : ''}${formatValue(f)}` }),
      el('td', { class: 'unit', text: view.unitLabel(f.unit) }),
      el('td', { class: 'measure', text: f.measure }),
      el('td', { class: 'sentence', lang: /[\u4e00-\u9fff]/.test(f.sentence) ? 'zh-Hans' : 'en' }, highlighted(f.sentence_html)),
      el('td', { class: 'source' }, el('a', { href: sectionHref(f.section_id), title: f.citation,
        onclick: (e) => { e.preventDefault(); openSection(f.section_id, e.currentTarget); } }, f.section_title))));
    return el('div', { class: 'compare-scroll' },
      el('table', { class: 'compare-table' }, el('caption', { class: 'visually-hidden', text: t('compareTitle') }),
        el('thead', {}, head), el('tbody', {}, body)));
  }

  return { update, redraw };
}

// ---------------------------------------------------------------- the page's compare view, from the URL

const toggle = document.getElementById('compare-toggle');
const compare = createCompare({
  root: document.getElementById('compare'),
  getJson: (path) => getJson(path),
  openSection,
  sectionHref: (id) => pageUrl({ ...state, id }),
});

function view() {
  return {
    t, lang, provinceLabel: (p) => facetLabel('province', p),
    unitLabel: (u) => (lang === 'zh' ? UNITS_ZH[u] ?? u : u),
    qualifierLabel: (q) => (lang === 'zh' ? QUALIFIERS_ZH[q] ?? q : q),
  };
}

/** The toggle is offered for any question; the view shows when the URL says compare=1. */
export function renderCompare() {
  toggle.hidden = !state.q.trim();
  toggle.setAttribute('aria-pressed', String(state.compare));
  compare.update(apiParams(state, { withPaging: false }), state.compare && !!state.q.trim(), view());
}

/** Redraws the view on screen (after a language switch). */
export function redrawCompare() {
  compare.redraw(view());
}

toggle.addEventListener('click', () => {
  navigate(withChanges({ compare: !state.compare }, { keepPage: true }));
});
