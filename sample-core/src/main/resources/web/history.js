// The item's history as the page shows it, from GET /items/{id}/versions (newest first): what each
// save changed, what a restore would change, and the true three-way view of a conflict: which
// fields the other saves changed since the version the person started from, read from the kept
// versions instead of guessed from the browser's copy. Pure functions: no DOM, no network.

import { FIELDS, sameValue, valuesOf } from './item-fields.js';

/**
 * The entries of the history panel, newest first. Each says who saved which version when and what
 * it changed against the version before it: `changes` lists { name, label, from, to }, `created`
 * marks the first version of the item, `deleted` a deletion; `changes` is null when the version
 * before it is not in `versions` (an older page, or no longer kept), so nothing is claimed.
 */
export function historyEntries(versions, olderKnown = false) {
  return versions.map((version, i) => {
    const previous = versions[i + 1];
    const entry = {
      version: version.version,
      savedAt: version.savedAt ?? null,
      savedBy: version.savedBy ?? null,
      deleted: Boolean(version.deleted),
      values: version.deleted ? null : valuesOf(version),
      created: false,
      changes: null,
    };
    if (entry.deleted) {
      return entry;
    }
    if (previous === undefined) {
      entry.created = version.version === 1 && !olderKnown;
      return entry;
    }
    if (previous.version !== version.version - 1) {
      return entry;
    }
    entry.created = Boolean(previous.deleted);
    entry.changes = previous.deleted ? [] : fieldChanges(valuesOf(previous), entry.values);
    return entry;
  });
}

/** The fields whose value differs from `from` to `to`, as { name, label, from, to }. */
export function fieldChanges(from, to) {
  return FIELDS.filter(({ name }) => !sameValue(name, from[name], to[name]))
    .map(({ name, label }) => ({ name, label, from: from[name], to: to[name] }));
}

/** Who saved an entry, for messages: "version 2 by bob@example.com", or "version 2". */
export function savedByText(entry) {
  return `version ${entry.version}` + (entry.savedBy ? ` by ${entry.savedBy}` : '');
}

/**
 * The three-way view of a conflict from the history: `baseVersion` is the version the edit
 * started from, `versions` the kept versions from the current one down to it (newest first).
 * Returns null when the history does not reach back to the base (the page then compares with its
 * own copy); otherwise { base, saves, changedIn }: the base's form values, the saves made since
 * (newest first, each with the fields it changed) and, per field changed since, the newest of
 * those saves that changed it.
 */
export function changesSince(baseVersion, versions) {
  const entries = historyEntries(versions);
  const baseIndex = entries.findIndex((entry) => entry.version === baseVersion);
  if (baseIndex < 0 || entries[baseIndex].deleted) {
    return null;
  }
  const saves = entries.slice(0, baseIndex);
  if (saves.some((save) => save.deleted || save.changes === null)) {
    return null;
  }
  const changedIn = {};
  for (const save of [...saves].reverse()) {
    for (const change of save.changes) {
      changedIn[change.name] = save;
    }
  }
  return { base: entries[baseIndex].values, saves, changedIn };
}
