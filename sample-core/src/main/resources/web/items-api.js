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

/** Calls to /items relative to the page. */
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

  /** PUT /items/{id} with If-Match: the ETag of the version the edit started from. */
  replace(id, body, etag) {
    const headers = { 'Content-Type': 'application/json' };
    if (etag) {
      headers['If-Match'] = etag;
    }
    return this.#send('PUT', itemPath(id), headers, body);
  }

  /** POST /items: a new item with a server-made id. */
  create(body) {
    return this.#send('POST', 'items', { 'Content-Type': 'application/json' }, body);
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

function itemPath(id) {
  return 'items/' + encodeURIComponent(id);
}
