// Why a search failed and what to do: a request the server refused (4xx) gets a button that fixes the URL (drops
// the refused filter value or setting, keeps the query); a busy or unreachable server gets "Try again"; both get a
// link that keeps the query and clears the rest.

import { el, replace } from './dom.js';
import { FACETS, state, navigate, withChanges, stateLink, emptyState } from './state.js';
import { t } from './labels.js';
import { focusAfterRender } from './focus.js';

const box = document.getElementById('error');

/** Shows {@code error} in the error box; {@code retry} runs the same search again. */
export function showError(error, retry) {
  box.hidden = false;
  const refused = error.status >= 400 && error.status < 500;
  const actions = [];
  if (refused) {
    const fix = errorFix(error.message);
    if (fix) {
      actions.push(el('button', { type: 'button', id: 'error-fix', class: 'retry', onclick: () => {
        if (fix.focusQuery) {
          const q = document.getElementById('q');
          q.focus();
          q.select();
          return;
        }
        focusAfterRender({ region: true });
        navigate(withChanges({ ...fix.changes, id: '' }));
      } }, fix.label));
    }
  } else {
    actions.push(el('button', { type: 'button', class: 'retry', onclick: retry }, t('retry')));
  }
  actions.push(' ', stateLink({ class: 'reset', id: 'error-keep-query' }, () => emptyState({ q: state.q }),
    t('keepQuery')));
  replace(box, el('p', { class: 'error-title', text: refused ? t('errorRequest') : t('errorBusy') }),
    el('p', { class: 'error-message', text: error.message || String(error) }), el('p', { class: 'error-actions' }, actions));
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

export function hideError() {
  box.hidden = true;
  box.replaceChildren();
}
