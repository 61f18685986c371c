// What the page says, in the interface language of the URL: interface strings, and the names of facet values
// (provinces and programs), seeded from the shared vocabulary and refreshed from every API response.

import { STRINGS, PROGRAMS, PROVINCES } from './i18n.js';
import { el } from './dom.js';
import { lang } from './state.js';

const labels = {
  province: new Map(Object.entries(PROVINCES).map(([en, zh]) => [en, { en, zh }])),
  program: new Map(Object.entries(PROGRAMS).map(([id, [en, zh]]) => [id, { en, zh }])),
};

/** The interface string {@code key} in the current language (a function of {@code args} for some). */
export const t = (key, ...args) => {
  const value = STRINGS[lang][key] ?? STRINGS.en[key] ?? key;
  return typeof value === 'function' ? value(...args) : value;
};

/** The name of a facet value in the current language (years are their own name). */
export function facetLabel(facet, value) {
  if (facet === 'year') return value;
  const known = labels[facet].get(value);
  return known ? known[lang] || known.en : value;
}

/** The Chinese name of a province, when known. */
export function provinceZh(province) {
  return labels.province.get(province)?.zh ?? '';
}

/** Learns the English and Chinese names the API sent with facet rows. */
export function rememberLabels(facets) {
  for (const facet of ['province', 'program']) {
    for (const row of facets?.[facet] ?? []) {
      if (row.label_en || row.label_zh) {
        labels[facet].set(row.value, { en: row.label_en || row.value, zh: row.label_zh || row.label_en || row.value });
      }
    }
  }
}

/** The names a facet value is found by when searching its list: value, English and Chinese label, lower case. */
export function facetNames(facet, value) {
  const known = labels[facet]?.get(value);
  return [value, known?.en, known?.zh].filter(Boolean).map((n) => n.toLowerCase());
}

/** The program tags of a result or section, in the interface language. */
export function programTags(programs) {
  if (!programs?.length) return null;
  return el('ul', { class: 'tags', 'aria-label': t('programs'), lang: lang === 'zh' ? 'zh-Hans' : 'en' },
    programs.map((p) => el('li', { class: 'tag', 'data-program': p, text: facetLabel('program', p) })));
}
