// The item API as the page uses it. Every write carries the ETag of the version it is based on
// in If-Match (RFC 9110 13.1.1), never "*": the server then refuses a write based on a stale
// version with 412 instead of overwriting a change the person has not seen.

/**
 * What a request returned: the status (0 when the server could not be reached), the ETag header,
 * and the body as JSON, either an item, a list of items or a problem (RFC 9457).
 */
export class Reply {
  constructor(status, etag, body, isProblem) {
    this.status = status;
    this.etag = etag;
    this.body = body;
    this.isProblem = isProblem;
  }

  get ok() {
    return this.status >= 200 && this.status < 300;
  }

  get unreachable() {
    return this.status === 0;
  }
}

/**
 * Calls to /items relative to the page. A write's `options` may carry `key` (sent as
 * Idempotency-Key, so a retry is recognised) and `author` (sent as From, RFC 9110 10.1.2, so the
 * history names who saved).
 */
export class ItemsApi {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** GET /items. */
  list() {
    return this.#send('GET', 'items');
  }

  /** GET /items/{id}. */
  get(id) {
    return this.#send('GET', itemPath(id));
  }

  /** GET /items/{id}/versions: up to `limit` kept versions older than `before` (all when null), newest first. */
  history(id, limit, before = null) {
    const query = `?limit=${limit}` + (before === null ? '' : `&before=${before}`);
    return this.#send('GET', itemPath(id) + '/versions' + query);
  }

  /** PUT /items/{id} with If-Match: the ETag of the version the edit started from. */
  replace(id, body, etag, options = {}) {
    return this.#send('PUT', itemPath(id), writeHeaders(etag, options, true), body);
  }

  /** POST /items: a new item with a server-made id. */
  create(body, options = {}) {
    return this.#send('POST', 'items', writeHeaders(null, options, true), body);
  }

  /** POST /items/{id}/versions/{version}/restore with If-Match: the ETag of the version shown. */
  restore(id, version, etag, options = {}) {
    return this.#send('POST', `${itemPath(id)}/versions/${version}/restore`, writeHeaders(etag, options, false));
  }

  async #send(method, path, headers = {}, body = undefined) {
    let response;
    try {
      response = await fetch(new URL(path, this.baseUrl), {
        method,
        headers: { Accept: 'application/json', ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
        // Reads revalidate with If-None-Match (RFC 9110 13.1.2; a 304 is answered from the
        // browser cache), so the page never edits a stale copy.
        cache: 'no-cache',
      });
    } catch (networkError) {
      return new Reply(0, null, null, false);
    }
    const type = response.headers.get('Content-Type') ?? '';
    let json = null;
    if (type.includes('json')) {
      try {
        json = await response.json();
      } catch (unreadable) {
        json = null;
      }
    }
    return new Reply(response.status, response.headers.get('ETag'), json,
      type.startsWith('application/problem+json'));
  }
}

/** The headers of a write: If-Match, Idempotency-Key (an sf-string), From, and the JSON type of a body. */
export function writeHeaders(etag, { key, author } = {}, hasBody = true) {
  const headers = {};
  if (hasBody) {
    headers['Content-Type'] = 'application/json';
  }
  if (etag) {
    headers['If-Match'] = etag;
  }
  if (key) {
    headers['Idempotency-Key'] = `"${key}"`;
  }
  if (author) {
    headers.From = author;
  }
  return headers;
}

function itemPath(id) {
  return 'items/' + encodeURIComponent(id);
}
