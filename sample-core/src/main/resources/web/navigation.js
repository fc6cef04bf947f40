// Which item the page shows lives in the address (#item=ID, or #new), so a reload or a shared
// link reopens it. Pure functions from and to the hash; edit-page.js does the navigating.

import { NEW_ITEM } from './drafts.js';

/** The item a location hash names: an id, NEW_ITEM for '#new', or null for none. */
export function itemIdFromHash(hash) {
  const value = hash.startsWith('#') ? hash.slice(1) : hash;
  if (value === 'new') {
    return NEW_ITEM;
  }
  if (!value.startsWith('item=')) {
    return null;
  }
  try {
    return decodeURIComponent(value.slice('item='.length));
  } catch (malformed) {
    return null;
  }
}

/** The location hash for an item id or NEW_ITEM. */
export function hashFor(itemId) {
  return itemId === NEW_ITEM ? '#new' : '#item=' + encodeURIComponent(itemId);
}
