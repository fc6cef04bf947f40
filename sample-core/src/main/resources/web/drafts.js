// Unsaved edits, kept in localStorage on every keystroke so that a reload, a resumed tab or a
// lost connection never loses typed text. A draft is kept per item *and per tab*: two tabs
// editing the same item must not overwrite each other's draft. The tab's id lives in
// sessionStorage, which survives a reload of that tab but is not shared with other tabs.
//
// A draft is { values, base, baseEtag, savedAt }: what was typed, the version it was typed
// over (its form values and ETag) and when. With the base kept, a draft restored after the item
// changed elsewhere becomes the same conflict view as a 412 on Save.

const PREFIX = 'etag-filter-sample.draft.';
const TAB_KEY = 'etag-filter-sample.tab';

/** The key part for a new item that has no id yet. */
export const NEW_ITEM = '(new)';

/** Drafts of this tab, and a look at the ones other tabs or earlier visits left behind. */
export class Drafts {
  constructor(local = storage('localStorage'), session = storage('sessionStorage')) {
    this.local = local ?? new MemoryStorage();
    this.tab = tabIdFrom(session ?? new MemoryStorage());
    /** False when the browser refuses to store (storage disabled or full): drafts last only until a reload. */
    this.working = local !== null;
  }

  /** This tab's draft for the item, or null. */
  load(itemId) {
    return this.#read(key(itemId, this.tab));
  }

  /** Keeps the draft; false when the browser refused. */
  save(itemId, draft) {
    try {
      this.local.setItem(key(itemId, this.tab), JSON.stringify({ ...draft, savedAt: Date.now() }));
      return this.working;
    } catch (refused) {
      this.working = false;
      return false;
    }
  }

  /** Forgets this tab's draft for the item (after a save, or when the person discards it). */
  remove(itemId) {
    this.#remove(key(itemId, this.tab));
  }

  /** Whether any tab has a draft for the item (to mark it in the list). */
  anyFor(itemId) {
    return this.#keysFor(itemId).length > 0;
  }

  /** The newest draft for the item left by another tab or an earlier visit, with its key, or null. */
  newestFromElsewhere(itemId) {
    const own = key(itemId, this.tab);
    let newest = null;
    for (const k of this.#keysFor(itemId)) {
      const draft = k === own ? null : this.#read(k);
      if (draft && (!newest || draft.savedAt > newest.draft.savedAt)) {
        newest = { key: k, draft };
      }
    }
    return newest;
  }

  /** Makes a draft from elsewhere this tab's own, and forgets the original. */
  adopt(itemId, found) {
    this.save(itemId, found.draft);
    this.#remove(found.key);
  }

  /** Forgets a draft from elsewhere. */
  discard(found) {
    this.#remove(found.key);
  }

  #keysFor(itemId) {
    const prefix = PREFIX + encodeURIComponent(itemId) + '.';
    const keys = [];
    try {
      for (let i = 0; i < this.local.length; i++) {
        const k = this.local.key(i);
        if (k && k.startsWith(prefix)) {
          keys.push(k);
        }
      }
    } catch (unavailable) {
      // no storage: no drafts
    }
    return keys;
  }

  #read(k) {
    try {
      const draft = JSON.parse(this.local.getItem(k));
      return draft && draft.values && draft.base ? draft : null;
    } catch (unreadable) {
      return null;
    }
  }

  #remove(k) {
    try {
      this.local.removeItem(k);
    } catch (unavailable) {
      // nothing was stored
    }
  }
}

function key(itemId, tab) {
  return PREFIX + encodeURIComponent(itemId) + '.' + tab;
}

/** The browser's storage, or null where it is disabled (reading the property may throw then). */
function storage(name) {
  try {
    const found = window[name];
    found.length;
    return found;
  } catch (disabled) {
    return null;
  }
}

/** Stand-in with the Storage methods used here, for browsers that keep nothing. */
class MemoryStorage {
  #entries = new Map();

  get length() {
    return this.#entries.size;
  }

  key(index) {
    return [...this.#entries.keys()][index] ?? null;
  }

  getItem(k) {
    return this.#entries.has(k) ? this.#entries.get(k) : null;
  }

  setItem(k, value) {
    this.#entries.set(k, String(value));
  }

  removeItem(k) {
    this.#entries.delete(k);
  }
}

function tabIdFrom(session) {
  try {
    let id = session.getItem(TAB_KEY);
    if (!id) {
      const random = new Uint32Array(2);
      crypto.getRandomValues(random);
      id = random[0].toString(36) + random[1].toString(36);
      session.setItem(TAB_KEY, id);
    }
    return id;
  } catch (unavailable) {
    return 'tab';
  }
}
