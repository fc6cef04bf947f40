// The address names the open item (navigation.js): #item=ID, #new, or nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NEW_ITEM } from '../../main/resources/web/drafts.js';
import { hashFor, itemIdFromHash } from '../../main/resources/web/navigation.js';

test('#item=ID names that item', () => {
  assert.equal(itemIdFromHash('#item=shirt-1'), 'shirt-1');
});

test('#new names a new item', () => {
  assert.equal(itemIdFromHash('#new'), NEW_ITEM);
});

test('no hash, or another one, names no item', () => {
  assert.equal(itemIdFromHash(''), null);
  assert.equal(itemIdFromHash('#top'), null);
});

test('a broken escape names no item instead of throwing', () => {
  assert.equal(itemIdFromHash('#item=%E0%A4%A'), null);
});

test('hashFor and itemIdFromHash round-trip any id, escapes included', () => {
  for (const id of ['shirt-1', 'a b', 'x/y#z', NEW_ITEM]) {
    assert.equal(itemIdFromHash(hashFor(id)), id);
  }
});
