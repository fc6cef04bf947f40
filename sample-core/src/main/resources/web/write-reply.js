// What the page tells a person after a write (PUT or POST), as a pure function of the reply:
// no DOM, no network, so every answer the server can give has a unit test (src/test/js).

import { valuesOf } from './item-fields.js';

export const UNREACHABLE_TEXT =
  "Not saved: the server couldn't be reached. Your changes are kept in this browser;"
  + ' press Save again when the connection is back.';

export const PRECONDITION_REQUIRED_TEXT =
  'Not saved: the server needs to know which version you edited, and this page had no ETag'
  + ' for it. Choose the item in the list to load it again; your changes are kept in this browser.';

/**
 * The outcome of a write reply, one of:
 * - { kind: 'saved', item, etag }: the write was stored; `item` is what is stored now;
 * - { kind: 'conflict', latest: { latest, etag, version } }: 412 with the current item;
 * - { kind: 'deleted' }: the item is gone (412 without an item, or 404);
 * - { kind: 'invalid', errors }: 400 or 422, with the problem's field errors (maybe none);
 * - { kind: 'error', text, withDetail }: anything else; `withDetail` when the problem's detail helps.
 * In every case but 'saved' nothing was written and the draft stays.
 */
export function outcomeOf(reply) {
  if (reply.ok && reply.body && !reply.isProblem) {
    return { kind: 'saved', item: reply.body, etag: reply.etag };
  }
  if (reply.status === 412 && reply.body && !reply.isProblem) {
    // RFC 9110 13.1.1: the If-Match did not match; the body and ETag are the current version.
    return {
      kind: 'conflict',
      latest: { latest: valuesOf(reply.body), etag: reply.etag, version: reply.body.version },
    };
  }
  if (reply.status === 412 || reply.status === 404) {
    // A 412 without an item (RFC 9110 13.1.1: nothing is stored to match) or a 404: deleted.
    return { kind: 'deleted' };
  }
  if (reply.status === 428) {
    // RFC 6585 3: the server requires a conditional write, and this one carried no If-Match.
    return { kind: 'error', text: PRECONDITION_REQUIRED_TEXT, withDetail: true };
  }
  if (reply.status === 400 || reply.status === 422) {
    return { kind: 'invalid', errors: Array.isArray(reply.body?.errors) ? reply.body.errors : [] };
  }
  if (reply.unreachable) {
    return { kind: 'error', text: UNREACHABLE_TEXT, withDetail: false };
  }
  if (reply.status >= 500) {
    return {
      kind: 'error',
      text: `Not saved: the server had a problem (${reply.status}). Your changes are kept in this browser;`
        + ' try again in a moment.',
      withDetail: false,
    };
  }
  return { kind: 'error', text: `Not saved (${reply.status}).`, withDetail: true };
}
