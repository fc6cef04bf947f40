// The editable fields of an item, how form text maps to and from the item JSON, and the
// three-way comparison (what you started from, what you typed, what is stored now) that the
// conflict view and "Keep my edits" are built on. Pure functions: no DOM, no network.

/** The editable fields in form order; the API's own fields (id, version) are never edited. */
export const FIELDS = [
  { name: 'name', label: 'Name' },
  { name: 'color', label: 'Color' },
  { name: 'size', label: 'Size' },
  { name: 'price', label: 'Price' },
];

const PRICE_TEXT = /^\s*\d{1,10}(\.\d+)?\s*$/;

/** The form text of an item from the API: absent values are empty, prices have two decimals. */
export function valuesOf(item) {
  return {
    name: item.name ?? '',
    color: item.color ?? '',
    size: item.size ?? '',
    price: typeof item.price === 'number' ? item.price.toFixed(2) : '',
  };
}

/** Empty form values, for a new item. */
export function emptyValues() {
  return { name: '', color: '', size: '', price: '' };
}

/**
 * The JSON body of a PUT or POST for form values, or the field errors to show instead. Only the
 * price is checked here (it must become a JSON number); every other rule is the server's, whose
 * 400 names the fields.
 */
export function toRequestBody(values) {
  const price = values.price.trim();
  if (price !== '' && !PRICE_TEXT.test(price)) {
    return { errors: [{ field: 'price', message: 'Enter a price as a number, for example 12.50.' }] };
  }
  return {
    body: {
      name: values.name,
      color: values.color === '' ? null : values.color,
      size: values.size === '' ? null : values.size,
      price: price === '' ? null : Number(price),
    },
  };
}

/** Whether two form values of a field mean the same thing ("12.5" and "12.50" do). */
export function sameValue(field, a, b) {
  if (field === 'price' && PRICE_TEXT.test(a) && PRICE_TEXT.test(b)) {
    return Number(a) === Number(b);
  }
  return a === b;
}

/** Whether `values` differ from `base` in any field. */
export function hasChanges(base, values) {
  return FIELDS.some(({ name }) => !sameValue(name, base[name], values[name]));
}

/**
 * Per field, how your draft and the stored version relate to the version you started from:
 * mine (you changed it), theirs (it was changed elsewhere) and differs (your draft and the stored
 * version disagree, so the field is highlighted).
 */
export function compare(base, draft, latest) {
  return FIELDS.map(({ name, label }) => ({
    name,
    label,
    mine: !sameValue(name, base[name], draft[name]),
    theirs: !sameValue(name, base[name], latest[name]),
    differs: !sameValue(name, draft[name], latest[name]),
    draft: draft[name],
    latest: latest[name],
  }));
}

/**
 * "Keep my edits": the stored version with your changes applied on top. A field you changed takes
 * your value; every other field takes the stored one, so changes made elsewhere to fields you did
 * not touch are kept.
 */
export function applyMyEdits(base, draft, latest) {
  const merged = {};
  for (const { name } of FIELDS) {
    merged[name] = sameValue(name, base[name], draft[name]) ? latest[name] : draft[name];
  }
  return merged;
}

/**
 * The fields "Overwrite anyway" would undo: changed elsewhere, and your draft puts a different
 * value there. When that is none, the fields where your draft differs at all.
 */
export function overwrittenFields(base, draft, latest) {
  const fields = compare(base, draft, latest);
  const undone = fields.filter((f) => f.theirs && f.differs);
  return undone.length > 0 ? undone : fields.filter((f) => f.differs);
}
