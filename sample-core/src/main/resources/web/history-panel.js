// The history panel under the form: the item's kept versions newest first, who saved each one and
// when, what it changed, a Restore button on every older version, and Show older versions. The
// restore confirmation names every field the restore would change. DOM only: the entries are
// history.js's, the decisions edit-page.js's.

import { dateTimeOf, shown } from './messages.js';

const $ = (id) => document.getElementById(id);

/**
 * Shows `entries` (from historyEntries); `current` is the version the form shows. `onRestore(entry)`
 * is called for a Restore click, `onMore()` for Show older versions (offered when `more`).
 */
export function showHistory(entries, { current, more }, onRestore, onMore) {
  $('history').hidden = false;
  $('history-status').textContent = '';
  $('history-list').replaceChildren(...entries.map((entry) => historyEntry(entry, current, onRestore)));
  $('history-more').hidden = !more;
  $('history-more').onclick = onMore;
}

/** A line under the heading, e.g. while loading or when the history cannot be loaded. */
export function historyStatus(text) {
  $('history').hidden = false;
  $('history-status').textContent = text;
}

export function hideHistory() {
  $('history').hidden = true;
  $('history-list').replaceChildren();
}

/** Restore is offered only when the form has nothing unsaved and no write is on its way. */
export function enableRestore(enabled, reason) {
  for (const button of document.querySelectorAll('#history-list button.restore')) {
    button.disabled = !enabled;
  }
  $('history-hint').textContent = enabled ? '' : reason;
}

/** The confirmation of a restore: what changes, and that it becomes a new version. */
export function askRestore(entry, changes, currentVersion) {
  $('restore-title').textContent = `Restore version ${entry.version}?`;
  $('restore-summary').textContent = changes.length === 0
    ? `Version ${entry.version} has the same content as the current version (${currentVersion}); restoring changes nothing.`
    : `Restoring saves version ${entry.version}'s content as a new version after the current one (${currentVersion}).`
      + (changes.length === 1 ? ' This field changes:' : ' These fields change:');
  $('restore-fields').replaceChildren(...changes.map((change) => {
    const li = document.createElement('li');
    li.textContent = `${change.label}: ${shown(change.from)} becomes ${shown(change.to)}`;
    return li;
  }));
  $('restore-dialog').showModal();
}

export function closeRestoreDialog() {
  $('restore-dialog').close();
}

function historyEntry(entry, current, onRestore) {
  const li = document.createElement('li');
  li.className = 'history-entry';
  li.dataset.version = String(entry.version);
  const title = document.createElement('p');
  title.className = 'history-title';
  const strong = document.createElement('strong');
  strong.textContent = `Version ${entry.version}`;
  const details = [entry.savedAt ? dateTimeOf(entry.savedAt) : null, entry.savedBy].filter(Boolean);
  title.append(strong, details.length ? ` · ${details.join(' · ')}` : '');
  if (entry.version === current) {
    title.append(' ', badge('current'));
  }
  const what = document.createElement('p');
  what.className = 'history-changes';
  what.textContent = changesText(entry);
  li.append(title, what);
  if (!entry.deleted && entry.version !== current) {
    const restore = document.createElement('button');
    restore.type = 'button';
    restore.className = 'restore';
    restore.textContent = `Restore version ${entry.version}…`;
    restore.addEventListener('click', () => onRestore(entry));
    li.append(restore);
  }
  return li;
}

function changesText(entry) {
  if (entry.deleted) {
    return 'Deleted.';
  }
  if (entry.created) {
    return 'Created.';
  }
  if (entry.changes === null) {
    return '';
  }
  if (entry.changes.length === 0) {
    return 'No field changed.';
  }
  return entry.changes.map((c) => `${c.label}: ${shown(c.from)} → ${shown(c.to)}`).join('; ');
}

function badge(text) {
  const span = document.createElement('span');
  span.className = 'badge';
  span.textContent = text;
  return span;
}
