// The conflict view: after a 412 (or a draft whose item changed meanwhile) the panel above the
// form explains what happened and offers Reload latest, Keep my edits and Overwrite anyway; when
// the item was deleted, Save as new item and Discard my changes. Field highlights say, per field,
// where the draft and the current version differ and who changed what. DOM only: the decisions
// are edit-page.js's, the comparisons item-fields.js's.

import { savedByText } from './history.js';
import { markField } from './item-form.js';
import { dateTimeOf, shown } from './messages.js';

const $ = (id) => document.getElementById(id);

export const CONFLICT_TEXT =
  "This item was changed somewhere else while you were editing it. Your changes weren't saved yet.";
export const DELETED_TEXT =
  "This item was deleted somewhere else while you were editing it. Your changes weren't saved yet;"
  + ' they are still in the form.';

/**
 * Opens the panel for a changed item (current `version`) or, with `deleted`, a deleted one. With
 * `saves` (from the history: the saves since `baseVersion`, newest first) it lists who saved what.
 */
export function openConflictPanel({ deleted, version, saves = null, baseVersion = null }) {
  $('conflict').hidden = false;
  $('conflict-heading').textContent = deleted ? 'This item was deleted' : 'Someone else saved this item first';
  $('conflict-message').textContent = deleted ? DELETED_TEXT : CONFLICT_TEXT;
  $('conflict-hint').textContent = deleted
    ? 'Save as new item stores your version under a new id. Discard my changes drops them.'
    : `The marked fields differ from the current version (${version}).`
      + ' Reload latest shows that version and drops your changes. Keep my edits applies your changes to it.'
      + ' Overwrite anyway saves your version over it.';
  showSaves(deleted ? null : saves, baseVersion);
  for (const id of ['reload-latest', 'keep-my-edits', 'overwrite']) {
    $(id).hidden = deleted;
  }
  for (const id of ['save-as-new', 'discard-draft']) {
    $(id).hidden = !deleted;
  }
}

/** The saves made elsewhere since the version the edit started from, as the history tells them. */
function showSaves(saves, baseVersion) {
  $('conflict-saves-box').hidden = saves === null;
  $('conflict-saves-title').textContent = `Saved elsewhere since your version (${baseVersion}):`;
  $('conflict-saves').replaceChildren(...(saves ?? []).map((save) => {
    const li = document.createElement('li');
    const when = save.savedAt ? ` (${dateTimeOf(save.savedAt)})` : '';
    const what = save.changes.length === 0 ? 'no field' : save.changes.map((c) => c.label).join(', ');
    li.textContent = `${capitalized(savedByText(save))}${when} changed ${what}.`;
    return li;
  }));
}

function capitalized(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Moves the focus to the panel, so a screen reader announces it. */
export function focusConflictPanel() {
  $('conflict-heading').focus();
}

export function hideConflictPanel() {
  $('conflict').hidden = true;
  $('conflict-message').textContent = '';
}

/**
 * Highlights each field of `compare(base, draft, latest)` where the draft and the current version
 * differ. `changedIn` (from the history) names, per field changed elsewhere, the save that did it.
 */
export function markConflictFields(fields, changedIn = {}) {
  for (const f of fields) {
    const by = changedIn[f.name] ? ` in ${savedByText(changedIn[f.name])}` : '';
    if (!f.differs) {
      markField(f.name, '', '');
    } else if (f.theirs && !f.mine) {
      markField(f.name, 'differs', `Changed elsewhere${by}. Current version: ${shown(f.latest)}.`);
    } else if (f.theirs) {
      markField(f.name, 'differs', `Also changed elsewhere${by}. Current version: ${shown(f.latest)}.`);
    } else {
      markField(f.name, 'differs', `Current version: ${shown(f.latest)}. You changed this field.`);
    }
  }
}

/** After Keep my edits: notes on the fields taken from the latest version or kept against it. */
export function markMergedFields(fields) {
  for (const f of fields) {
    if (f.theirs && !f.mine) {
      markField(f.name, 'merged', 'Taken from the latest version.');
    } else if (f.theirs && f.differs) {
      markField(f.name, 'merged', `Kept your value; the latest version has ${shown(f.latest)}.`);
    }
  }
}

/** The Overwrite anyway confirmation, naming each field whose other change would be lost. */
export function askOverwrite(fields, version) {
  $('overwrite-summary').textContent = `Saving your version replaces the current version (${version}).`
    + (fields.length === 1 ? ' This field will be overwritten:' : ' These fields will be overwritten:');
  $('overwrite-fields').replaceChildren(...fields.map((f) => {
    const li = document.createElement('li');
    li.textContent = `${f.label}: ${shown(f.latest)} becomes ${shown(f.draft)}`;
    return li;
  }));
  $('overwrite-dialog').showModal();
}

export function closeOverwriteDialog() {
  $('overwrite-dialog').close();
}
