// What the page says after each kind of write reply (write-reply.js), one rule per test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Reply } from '../../main/resources/web/items-api.js';
import { outcomeOf, PRECONDITION_REQUIRED_TEXT, UNREACHABLE_TEXT } from '../../main/resources/web/write-reply.js';

const ITEM = { id: 'shirt-1', name: 'T-shirt', color: 'blue', size: 'M', price: 12.5, version: 2 };
const problem = (status, extra = {}) => new Reply(status, null, { status, detail: 'why', ...extra }, true);

test('a 200 with the item is saved, with the new ETag', () => {
  assert.deepEqual(outcomeOf(new Reply(200, '"2"', ITEM, false)), { kind: 'saved', item: ITEM, etag: '"2"' });
});

test('a 201 of a new item is saved', () => {
  assert.equal(outcomeOf(new Reply(201, '"1"', ITEM, false)).kind, 'saved');
});

test('RFC 9110 13.1.1: a 412 with the current item is a conflict with its form values and ETag', () => {
  assert.deepEqual(outcomeOf(new Reply(412, '"2"', ITEM, false)), {
    kind: 'conflict',
    latest: { latest: { name: 'T-shirt', color: 'blue', size: 'M', price: '12.50' }, etag: '"2"', version: 2 },
  });
});

test('a 412 problem without an item means the item was deleted', () => {
  assert.deepEqual(outcomeOf(problem(412)), { kind: 'deleted' });
});

test('a 404 means the item was deleted', () => {
  assert.deepEqual(outcomeOf(problem(404)), { kind: 'deleted' });
});

test('RFC 6585 3: a 428 says the page had no version to send, with the server\'s detail', () => {
  assert.deepEqual(outcomeOf(problem(428)), { kind: 'error', text: PRECONDITION_REQUIRED_TEXT, withDetail: true });
});

test('a 400 problem hands its field errors to the form', () => {
  const errors = [{ field: 'price', message: 'must be 0 or more' }];
  assert.deepEqual(outcomeOf(problem(400, { errors })), { kind: 'invalid', errors });
});

test('a 422 without field errors is invalid with none', () => {
  assert.deepEqual(outcomeOf(problem(422)), { kind: 'invalid', errors: [] });
});

test('an unreachable server keeps the changes and says so', () => {
  assert.deepEqual(outcomeOf(new Reply(0, null, null, false)), { kind: 'error', text: UNREACHABLE_TEXT, withDetail: false });
});

test('a 5xx names the status and hides the server\'s internals', () => {
  const outcome = outcomeOf(problem(503));
  assert.equal(outcome.kind, 'error');
  assert.match(outcome.text, /server had a problem \(503\)/);
  assert.equal(outcome.withDetail, false);
});

test('any other status is an error with the server\'s detail', () => {
  assert.deepEqual(outcomeOf(problem(409)), { kind: 'error', text: 'Not saved (409).', withDetail: true });
});

test('a 2xx problem is never taken for a saved item', () => {
  assert.notEqual(outcomeOf(problem(200)).kind, 'saved');
});
