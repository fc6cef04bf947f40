// The three-way comparison behind the conflict view and "Keep my edits" (item-fields.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  applyMyEdits, compare, hasChanges, overwrittenFields, sameValue, toRequestBody, valuesOf,
} from '../../main/resources/web/item-fields.js';

const base = { name: 'T-shirt', color: 'red', size: 'M', price: '12.50' };

test('form values of an item: absent fields empty, prices with two decimals', () => {
  assert.deepEqual(valuesOf({ name: 'Mug', price: 8 }), { name: 'Mug', color: '', size: '', price: '8.00' });
});

test('12.5 and 12.50 are the same price, so no change', () => {
  assert.ok(sameValue('price', '12.5', '12.50'));
  assert.ok(!hasChanges(base, { ...base, price: '12.5' }));
});

test('a price that is not a number is caught before sending', () => {
  assert.deepEqual(toRequestBody({ ...base, price: 'twelve' }).errors.map((e) => e.field), ['price']);
});

test('empty optional fields are sent as null, the price as a JSON number', () => {
  assert.deepEqual(toRequestBody({ ...base, color: '', price: '12.50' }).body,
    { name: 'T-shirt', color: null, size: 'M', price: 12.5 });
});

test('compare marks who changed what: mine, theirs, and where draft and current differ', () => {
  const draft = { ...base, size: 'L' };
  const latest = { ...base, color: 'blue' };
  const byName = Object.fromEntries(compare(base, draft, latest).map((f) => [f.name, f]));
  assert.deepEqual([byName.size.mine, byName.size.theirs, byName.size.differs], [true, false, true]);
  assert.deepEqual([byName.color.mine, byName.color.theirs, byName.color.differs], [false, true, true]);
  assert.equal(byName.name.differs, false);
});

test('Keep my edits: my changed fields over the current version, its other changes kept', () => {
  const merged = applyMyEdits(base, { ...base, size: 'L' }, { ...base, color: 'blue' });
  assert.deepEqual(merged, { ...base, color: 'blue', size: 'L' });
});

test('Overwrite anyway names the fields whose other change would be lost', () => {
  const fields = overwrittenFields(base, { ...base, color: 'green' }, { ...base, color: 'blue', size: 'S' });
  assert.deepEqual(fields.map((f) => f.name), ['color', 'size']);
});

test('when no other change is lost, Overwrite anyway names the fields I changed', () => {
  const fields = overwrittenFields(base, { ...base, size: 'L' }, base);
  assert.deepEqual(fields.map((f) => f.name), ['size']);
});
