// Idempotency-Key for the page's writes (IETF httpapi draft "The Idempotency-Key HTTP Header
// Field"). Every write gets a fresh key, except that pressing Save again for exactly the same
// request after it got no answer (the server was unreachable, failed with a 5xx, or was still
// working on it: 409) sends the same key: if the first attempt had in fact been stored, the
// server answers with its first answer instead of a 412 for the now stale If-Match, and nothing
// is written twice. Pure: the key maker is given.

/** Keeps the key of the last write until it gets a definite answer. */
export class WriteKeys {
  constructor(newKey = randomKey) {
    this.newKey = newKey;
    this.pending = null;
  }

  /** The key for `request` ({ method, path, ifMatch, body }): the pending one when it is the same request. */
  keyFor(request) {
    const signature = JSON.stringify([request.method, request.path, request.ifMatch ?? null, request.body ?? null]);
    if (!this.pending || this.pending.signature !== signature) {
      this.pending = { signature, key: this.newKey() };
    }
    return this.pending.key;
  }

  /** Records the reply to the last write: only an answer that may not have been the real one keeps the key. */
  settle(reply) {
    if (!(reply.unreachable || reply.status >= 500 || reply.status === 409)) {
      this.pending = null;
    }
  }
}

/** A random key as an sf-string's content: 32 hex digits. */
function randomKey() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
