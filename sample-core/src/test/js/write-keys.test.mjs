// Idempotency keys of the page's writes (write-keys.js) and the headers a write sends (items-api.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WriteKeys } from '../../main/resources/web/write-keys.js';
import { Reply, writeHeaders } from '../../main/resources/web/items-api.js';

const PUT = { method: 'PUT', path: 'items/a', ifMatch: '"1"', body: { name: 'x' } };
const counter = () => {
  let n = 0;
  return () => `k${++n}`;
};

test('every write gets a fresh key', () => {
  const keys = new WriteKeys(counter());
  assert.equal(keys.keyFor(PUT), 'k1');
  keys.settle(new Reply(200, '"2"', {}, false));
  assert.equal(keys.keyFor(PUT), 'k2');
});

test('the same write sent again after no answer (unreachable, 5xx, 409) keeps its key', () => {
  const keys = new WriteKeys(counter());
  for (const reply of [new Reply(0, null, null, false), new Reply(503, null, null, true), new Reply(409, null, null, true)]) {
    assert.equal(keys.keyFor(PUT), 'k1');
    keys.settle(reply);
  }
  assert.equal(keys.keyFor(PUT), 'k1');
});

test('a different write after no answer gets a new key: a key never names two requests', () => {
  const keys = new WriteKeys(counter());
  keys.keyFor(PUT);
  keys.settle(new Reply(0, null, null, false));
  assert.equal(keys.keyFor({ ...PUT, body: { name: 'y' } }), 'k2');
});

test('a definite answer (a 412 too) ends the key', () => {
  const keys = new WriteKeys(counter());
  keys.keyFor(PUT);
  keys.settle(new Reply(412, '"2"', {}, false));
  assert.equal(keys.keyFor(PUT), 'k2');
});

test('a write sends If-Match, the key as an sf-string, From and its JSON type', () => {
  assert.deepEqual(writeHeaders('"3"', { key: 'abc', author: 'alice@example.com' }), {
    'Content-Type': 'application/json', 'If-Match': '"3"', 'Idempotency-Key': '"abc"', From: 'alice@example.com',
  });
  assert.deepEqual(writeHeaders('"3"', {}, false), { 'If-Match': '"3"' });
});
