// The history panel's entries and the three-way view of a conflict read from the history (history.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changesSince, fieldChanges, historyEntries, savedByText } from '../../main/resources/web/history.js';

const v = (version, color, size = 'M', extra = {}) => ({
  id: 'shirt-1', version, name: 'T-shirt', color, size, price: 12.5, deleted: false,
  savedAt: '2025-01-01T10:00:00Z', savedBy: null, ...extra,
});
const deletion = (version) => ({ id: 'shirt-1', version, name: null, color: null, size: null, price: null, deleted: true });

test('each entry says what its save changed against the version before it', () => {
  const entries = historyEntries([v(2, 'blue', 'M', { savedBy: 'bob@example.com' }), v(1, 'red')]);

  assert.deepEqual(entries[0].changes, [{ name: 'color', label: 'Color', from: 'red', to: 'blue' }]);
  assert.equal(entries[0].savedBy, 'bob@example.com');
  assert.equal(entries[1].created, true, 'version 1 with nothing older is the creation');
});

test('an entry whose previous version is not in the list claims no changes', () => {
  const entries = historyEntries([v(7, 'blue'), v(6, 'red')], true);

  assert.equal(entries[1].changes, null);
  assert.equal(entries[1].created, false);
});

test('a deletion is an entry without values, and the version after it a re-creation', () => {
  const entries = historyEntries([v(3, 'green'), deletion(2), v(1, 'red')]);

  assert.equal(entries[1].deleted, true);
  assert.equal(entries[1].values, null);
  assert.equal(entries[0].created, true);
  assert.deepEqual(entries[0].changes, []);
});

test('a restore changes the fields where the restored version differs from the current one', () => {
  const current = { name: 'T-shirt', color: 'blue', size: 'L', price: '12.50' };
  const restored = { name: 'T-shirt', color: 'red', size: 'L', price: '12.5' };

  assert.deepEqual(fieldChanges(current, restored), [{ name: 'color', label: 'Color', from: 'blue', to: 'red' }]);
});

test('who saved: the version and, when the save named one, its author', () => {
  assert.equal(savedByText({ version: 2, savedBy: 'bob@example.com' }), 'version 2 by bob@example.com');
  assert.equal(savedByText({ version: 2, savedBy: null }), 'version 2');
});

test('three-way from the history: the base content, the saves since, and which save changed each field', () => {
  const versions = [v(3, 'blue', 'S', { savedBy: 'carol@example.com' }), v(2, 'blue', 'M', { savedBy: 'bob@example.com' }),
    v(1, 'red')];

  const since = changesSince(1, versions);

  assert.deepEqual(since.base, { name: 'T-shirt', color: 'red', size: 'M', price: '12.50' });
  assert.deepEqual(since.saves.map((save) => save.version), [3, 2]);
  assert.equal(since.changedIn.color.savedBy, 'bob@example.com');
  assert.equal(since.changedIn.size.version, 3);
  assert.equal(since.changedIn.name, undefined);
});

test('a field changed twice is attributed to the newest save that changed it', () => {
  const since = changesSince(1, [v(3, 'green'), v(2, 'blue'), v(1, 'red')]);

  assert.equal(since.changedIn.color.version, 3);
});

test('three-way needs the base in the history; without it (pruned, or a deletion since) there is none', () => {
  assert.equal(changesSince(1, [v(3, 'blue'), v(2, 'red')]), null);
  assert.equal(changesSince(1, [v(3, 'blue'), deletion(2), v(1, 'red')]), null);
});
