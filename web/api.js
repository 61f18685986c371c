// The server's JSON API: one fetch helper whose errors carry the server's own message (which says what was wrong
// and what is allowed), and what a search answer means for the pages.

import { t } from './labels.js';

export class ApiError extends Error {
  constructor(status, message, network = false) {
    super(message);
    this.status = status;
    this.network = network;
  }
}

export async function getJson(path, signal) {
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
    // The page says the server's message as is, without the status.
    const message = body?.error?.message;
    throw new ApiError(response.status, message || t('errorBadJson', response.status));
  }
  if (body === null) throw new ApiError(response.status, t('errorBadJson', response.status));
  return body;
}

/** Sections the pages of a search answer list: the full matches, then any partial matches that follow them. */
export function listed(data) {
  return data.query.counts === 'all' ? data.total + (data.partial_total ?? 0) : data.total;
}
