// Drafts are kept per item and per tab (drafts.js), here over in-memory stand-ins for the storages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Drafts } from '../../main/resources/web/drafts.js';

class FakeStorage {
  constructor(entries = {}) {
    this.map = new Map(Object.entries(entries));
  }

  get length() {
    return this.map.size;
  }

  key(i) {
    return [...this.map.keys()][i] ?? null;
  }

  getItem(k) {
    return this.map.has(k) ? this.map.get(k) : null;
  }

  setItem(k, v) {
    this.map.set(k, String(v));
  }

  removeItem(k) {
    this.map.delete(k);
  }
}

const tab = (local, id) => new Drafts(local, new FakeStorage({ 'etag-filter-sample.tab': id }));
const draft = (color) => ({ values: { color }, base: { color: 'red' }, baseEtag: '"1"' });

test('a tab gets back its own draft', () => {
  const drafts = tab(new FakeStorage(), 'a');
  drafts.save('shirt', draft('blue'));
  assert.equal(drafts.load('shirt').values.color, 'blue');
});

test('two tabs on one item never overwrite each other\'s draft', () => {
  const local = new FakeStorage();
  tab(local, 'a').save('shirt', draft('blue'));
  tab(local, 'b').save('shirt', draft('green'));
  assert.equal(tab(local, 'a').load('shirt').values.color, 'blue');
  assert.equal(tab(local, 'b').load('shirt').values.color, 'green');
});

test('another tab\'s draft is offered, not loaded, and adopting it moves it', () => {
  const local = new FakeStorage();
  tab(local, 'a').save('shirt', draft('blue'));
  const b = tab(local, 'b');
  assert.equal(b.load('shirt'), null);
  const found = b.newestFromElsewhere('shirt');
  assert.equal(found.draft.values.color, 'blue');
  b.adopt('shirt', found);
  assert.equal(b.load('shirt').values.color, 'blue');
  assert.equal(b.newestFromElsewhere('shirt'), null);
});

test('a removed draft is gone, and the list no longer marks the item', () => {
  const drafts = tab(new FakeStorage(), 'a');
  drafts.save('shirt', draft('blue'));
  drafts.remove('shirt');
  assert.equal(drafts.load('shirt'), null);
  assert.equal(drafts.anyFor('shirt'), false);
});
