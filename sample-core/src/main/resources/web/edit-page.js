// The edit page's state and wiring: a list of items and a form that edits one of them. The form
// keeps the ETag of the version it loaded and sends it as If-Match on Save. When someone else
// saved first, the server answers 412 with the current item and its ETag; the page then keeps the
// person's draft, marks what differs and lets them choose: Reload latest, Keep my edits or
// Overwrite anyway, naming from the item's history which saves changed which fields since the
// version the edit started from. Every write carries an Idempotency-Key, kept when Save is pressed
// again for a write that got no answer (write-keys.js), and the author's email as From when given.
// The history panel lists the kept versions and restores one after a confirmation. What a reply
// means is write-reply.js's, the conflict panel conflict-view.js's, the history panel
// history-panel.js's, the address navigation.js's.

import {
  applyMyEdits, compare, emptyValues, hasChanges, overwrittenFields, toRequestBody, valuesOf,
} from './item-fields.js';
import {
  clearFieldErrors, clearFieldMarks, fillForm, focusFirstInvalidField, readForm, showFieldError,
} from './item-form.js';
import { ItemList } from './item-list.js';
import { ItemsApi } from './items-api.js';
import { Drafts, NEW_ITEM } from './drafts.js';
import { clearMessages, error, info, timeOf } from './messages.js';
import { outcomeOf } from './write-reply.js';
import { hashFor, itemIdFromHash } from './navigation.js';
import {
  askOverwrite, closeOverwriteDialog, focusConflictPanel, hideConflictPanel, markConflictFields as markFields,
  markMergedFields, openConflictPanel,
} from './conflict-view.js';
import { changesSince, fieldChanges, historyEntries } from './history.js';
import {
  askRestore, closeRestoreDialog, enableRestore, hideHistory, historyStatus, showHistory,
} from './history-panel.js';
import { WriteKeys } from './write-keys.js';

const $ = (id) => document.getElementById(id);
const api = new ItemsApi(document.baseURI);
const drafts = new Drafts();
const list = new ItemList(api, drafts, navigate);
const writeKeys = new WriteKeys();

/** Versions per page of the history panel. */
const HISTORY_PAGE = 10;
/** The most versions a conflict reads back to find the version the edit started from. */
const MAX_HISTORY_SPAN = 100;
const AUTHOR_KEY = 'etag-filter-sample.author';

/** What the form is editing. */
const state = {
  /** The open item's id, NEW_ITEM for a new one, null when nothing is open. */
  itemId: null,
  /** Form values of the version the edit started from. */
  base: null,
  /** That version's ETag: sent as If-Match on Save. */
  etag: null,
  /** That version's number, for the line under the heading. */
  version: null,
  /**
   * After a 412: { latest, etag, version } of the stored item, `base` (the form values of the
   * version the edit started from, from the history when it has it) and `since` (changesSince), or
   * { deleted: true }.
   */
  conflict: null,
  /** The kept versions loaded into the history panel (newest first), and whether older ones exist. */
  history: { versions: [], more: false },
  /** The version whose restore is being confirmed. */
  restoring: null,
  /** True while a write is on its way: Save sends nothing more (a double-click is one write). */
  saving: false,
  /** Counts item openings, so a late answer for an item no longer open changes nothing. */
  opening: 0,
};

// ---- opening an item ------------------------------------------------------------------------

/** Clears the messages and any offer of a draft from elsewhere. */
function resetMessages() {
  clearMessages();
  $('other-draft').hidden = true;
}

async function openItem(itemId) {
  const opening = ++state.opening;
  resetMessages();
  hideConflictPanel();
  if (itemId === NEW_ITEM) {
    const draft = drafts.load(NEW_ITEM);
    showForm(NEW_ITEM, emptyValues(), null, null, draft ? draft.values : emptyValues());
    if (draft) {
      info(`Restored the new item you started at ${timeOf(draft.savedAt)}.`);
    }
    return;
  }
  $('editor-heading').textContent = 'Loading…';
  const reply = await api.get(itemId);
  if (opening !== state.opening) {
    return;
  }
  const draft = drafts.load(itemId);
  if (reply.unreachable) {
    if (draft) {
      showDraft(itemId, draft);
      error("Couldn't reach the server. Showing your unsaved changes kept in this browser;"
        + ' Save when the connection is back.');
    } else {
      closeForm();
      error("Couldn't reach the server to load this item. Check the connection and choose it again.");
    }
    return;
  }
  if (reply.status === 404) {
    if (draft) {
      showDraft(itemId, draft);
      showDeleted();
    } else {
      closeForm();
      error("This item doesn't exist any more; it may have been deleted somewhere else.");
    }
    list.refresh();
    return;
  }
  if (!reply.ok) {
    closeForm();
    error(`Couldn't load this item (${reply.status}).`, reply);
    return;
  }
  const latest = { latest: valuesOf(reply.body), etag: reply.etag, version: reply.body.version };
  if (draft && hasChanges(draft.base, draft.values)) {
    resumeDraft(itemId, draft, latest);
    return;
  }
  drafts.remove(itemId);
  showForm(itemId, latest.latest, latest.etag, latest.version, latest.latest);
  offerDraftFromElsewhere(itemId);
}

/** Puts a kept draft back; if the item changed since, that is the same conflict as a 412 on Save. */
function resumeDraft(itemId, draft, latest) {
  showDraft(itemId, draft);
  if (draft.baseEtag === latest.etag) {
    info(`Restored your unsaved changes from ${timeOf(draft.savedAt)}.`);
  } else {
    showConflict(latest);
  }
}

function showDraft(itemId, draft) {
  showForm(itemId, draft.base, draft.baseEtag, draft.baseVersion ?? null, draft.values);
}

/** Another tab or an earlier visit left unsaved changes for this item: offer them, never force them. */
function offerDraftFromElsewhere(itemId) {
  const found = drafts.newestFromElsewhere(itemId);
  if (!found || !hasChanges(found.draft.base, found.draft.values)) {
    return;
  }
  $('other-draft-text').textContent = 'There are unsaved changes to this item from another tab or an'
    + ` earlier visit (kept at ${timeOf(found.draft.savedAt)}).`;
  $('other-draft').hidden = false;
  $('restore-other-draft').onclick = () => {
    $('other-draft').hidden = true;
    drafts.adopt(itemId, found);
    resumeDraft(itemId, found.draft, { latest: state.base, etag: state.etag, version: state.version });
  };
  $('discard-other-draft').onclick = () => {
    $('other-draft').hidden = true;
    drafts.discard(found);
    list.refresh();
  };
}

// ---- the form -------------------------------------------------------------------------------

/** Shows the form editing `values` over the version `base` with `etag`. */
function showForm(itemId, base, etag, version, values) {
  Object.assign(state, { itemId, base, etag, version, conflict: null });
  hideConflictPanel();
  fillForm(values);
  $('editor').hidden = false;
  $('editor-heading').textContent = itemId === NEW_ITEM ? 'New item' : `Edit “${base.name || itemId}”`;
  $('version-line').textContent = itemId === NEW_ITEM ? 'Not saved yet.'
    : `Version ${version ?? '?'} · ETag ${etag ?? '(none)'} · id ${itemId}`;
  renderSaveState();
  list.markOpen(state.itemId);
  loadHistory();
}

function closeForm() {
  Object.assign(state, { itemId: null, base: null, etag: null, version: null, conflict: null });
  hideConflictPanel();
  hideHistory();
  $('editor').hidden = true;
  $('editor-heading').textContent = 'Choose an item to edit';
  $('version-line').textContent = '';
  list.markOpen(state.itemId);
}

function onInput(event) {
  if (state.itemId === null) {
    return;
  }
  const field = event.target.name;
  if (field) {
    showFieldError(field, '');
  }
  keepDraft();
  if (state.conflict && !state.conflict.deleted) {
    markConflictFields();
  }
  renderSaveState();
}

/** Stores the form as this tab's draft, or forgets the draft when nothing is changed. */
function keepDraft() {
  const values = readForm();
  if (!state.conflict && !hasChanges(state.base, values)) {
    drafts.remove(state.itemId);
  } else {
    drafts.save(state.itemId, { values, base: state.base, baseEtag: state.etag, baseVersion: state.version });
  }
  list.markDrafts();
}

function renderSaveState() {
  const save = $('save');
  save.disabled = state.saving || state.conflict !== null;
  save.textContent = state.saving ? 'Saving…' : 'Save';
  $('editor').setAttribute('aria-busy', String(state.saving));
  let text = 'No unsaved changes.';
  if (state.conflict) {
    text = 'Choose how to continue above. Your changes are kept in this browser.';
  } else if (state.base && hasChanges(state.base, readForm())) {
    text = drafts.working ? 'Unsaved changes, kept in this browser.'
      : "Unsaved changes. This browser can't keep them, so save before you leave.";
  }
  $('draft-state').textContent = text;
  const unsaved = state.conflict !== null || (state.base !== null && hasChanges(state.base, readForm()));
  enableRestore(!state.saving && !unsaved, unsaved ? 'Save or drop your changes before restoring a version.' : '');
}

// ---- saving ---------------------------------------------------------------------------------

async function save(event) {
  event.preventDefault();
  if (state.saving || state.conflict || state.itemId === null) {
    return;
  }
  const request = checkedRequest();
  if (request) {
    const itemId = state.itemId;
    if (itemId === NEW_ITEM) {
      await write({ method: 'POST', path: 'items', body: request.body },
        (options) => api.create(request.body, options), (reply) => showWriteReply(reply, itemId, 'Saved.'));
    } else {
      const etag = state.etag;
      await write({ method: 'PUT', path: itemId, ifMatch: etag, body: request.body },
        (options) => api.replace(itemId, request.body, etag, options), (reply) => showWriteReply(reply, itemId, 'Saved.'));
    }
  }
}

/** The request body for the form, or null after showing why there is none. */
function checkedRequest() {
  resetMessages();
  clearFieldErrors();
  const request = toRequestBody(readForm());
  if (request.errors) {
    request.errors.forEach(({ field, message }) => showFieldError(field, message));
    error('Not saved: check the marked field.');
    focusFirstInvalidField();
    return null;
  }
  return request;
}

/**
 * Sends one write (`request` describes it for its Idempotency-Key) with the author as From; Save
 * stays disabled until its answer is in and shown by `show`.
 */
async function write(request, send, show) {
  const itemId = state.itemId;
  const opening = state.opening;
  state.saving = true;
  renderSaveState();
  try {
    const reply = await send({ key: writeKeys.keyFor(request), author: author() });
    writeKeys.settle(reply);
    if (opening === state.opening) {
      await show(reply);
    } else if (reply.ok) {
      drafts.remove(itemId);
      list.refresh();
    }
  } finally {
    state.saving = false;
    renderSaveState();
  }
}

/** The email the person gave for the history, or '' (then no From is sent). */
function author() {
  return $('author').value.trim();
}

/** A value kept in localStorage, or '' where the browser keeps nothing. */
function remembered(key) {
  try {
    return localStorage.getItem(key) ?? '';
  } catch (unavailable) {
    return '';
  }
}

function remember(key, value) {
  try {
    localStorage.setItem(key, value);
  } catch (refused) {
    // kept for this page only
  }
}

async function showWriteReply(reply, itemId, successText) {
  const outcome = outcomeOf(reply);
  switch (outcome.kind) {
    case 'saved':
      saved(outcome, itemId, successText);
      break;
    case 'conflict':
      await showConflict(outcome.latest);
      break;
    case 'deleted':
      showDeleted();
      list.refresh();
      break;
    case 'invalid':
      showInvalid(outcome.errors, reply);
      break;
    default:
      error(outcome.text, outcome.withDetail ? reply : null);
  }
}

function saved({ item, etag }, previousId, successText) {
  drafts.remove(previousId);
  const values = valuesOf(item);
  showForm(item.id, values, etag, item.version, values);
  info(`${successText} This is now version ${item.version}.`);
  if (previousId !== item.id) {
    history.replaceState(null, '', hashFor(item.id));
  }
  list.refresh();
}

/** A 400 or 422 problem: its field errors next to the fields, its detail when there are none. */
function showInvalid(errors, reply) {
  const unplaced = errors.filter(({ field, message }) => !showFieldError(field, message));
  if (errors.length > 0 && unplaced.length === 0) {
    error('Not saved: fix the marked fields and save again.');
  } else {
    error('Not saved: the server did not accept the item.', reply);
  }
  focusFirstInvalidField();
}

// ---- conflicts ------------------------------------------------------------------------------

/**
 * After a 412: the draft stays in the form, differing fields are marked, three choices. What was
 * changed elsewhere, and by which save, comes from the history (a true three-way comparison with
 * the version the edit started from); without it, from the copy this page loaded.
 */
async function showConflict(latest) {
  if (!hasChanges(latest.latest, readForm())) {
    // The stored version already is what was typed (e.g. an earlier save whose answer was lost).
    drafts.remove(state.itemId);
    showForm(state.itemId, latest.latest, latest.etag, latest.version, latest.latest);
    info(`Already saved: the current version (${latest.version}) has exactly your changes.`);
    return;
  }
  const { itemId, opening } = state;
  const since = await historySince(itemId, state.version, latest.version);
  if (opening !== state.opening) {
    return;
  }
  state.conflict = { ...latest, base: since ? since.base : state.base, since };
  $('version-line').textContent = `Your edits are based on version ${state.version ?? '?'};`
    + ` the current version is ${latest.version} (ETag ${latest.etag}).`;
  showConflictPanel({ deleted: false, version: latest.version, saves: since?.saves ?? null, baseVersion: state.version });
  markConflictFields();
  list.refresh();
  loadHistory();
}

/** changesSince from the kept versions between `baseVersion` and `currentVersion`, or null. */
async function historySince(itemId, baseVersion, currentVersion) {
  const span = currentVersion - baseVersion + 1;
  if (!Number.isInteger(span) || span < 2 || span > MAX_HISTORY_SPAN) {
    return null;
  }
  const reply = await api.history(itemId, span, currentVersion + 1);
  return reply.ok && Array.isArray(reply.body?.versions) ? changesSince(baseVersion, reply.body.versions) : null;
}

function showDeleted() {
  state.conflict = { deleted: true };
  clearFieldMarks();
  showConflictPanel({ deleted: true });
}

function showConflictPanel(conflict) {
  resetMessages();
  openConflictPanel(conflict);
  keepDraft();
  renderSaveState();
  focusConflictPanel();
}

function markConflictFields() {
  const { base, latest, since } = state.conflict;
  markFields(compare(base, readForm(), latest), since?.changedIn ?? {});
}

function reloadLatest() {
  const { latest, etag, version } = state.conflict;
  drafts.remove(state.itemId);
  showForm(state.itemId, latest, etag, version, latest);
  info(`Showing the latest version (${version}). Your unsaved changes were dropped.`);
  $('editor-heading').focus();
}

/** Your changes on top of the latest version, ready to save with its ETag. */
function keepMyEdits() {
  const { latest, etag, version, base } = state.conflict;
  const draft = readForm();
  const fields = compare(base, draft, latest);
  showForm(state.itemId, latest, etag, version, applyMyEdits(base, draft, latest));
  keepDraft();
  markMergedFields(fields);
  renderSaveState();
  info(`Your changes are now applied to the latest version (${version}). Check the form, then Save.`);
  $('save').focus();
}

/** Asks first, naming what would be overwritten; then saves with the 412's ETag, never "*". */
function overwrite() {
  const { latest, version, base } = state.conflict;
  askOverwrite(overwrittenFields(base, readForm(), latest), version);
}

async function confirmOverwrite() {
  closeOverwriteDialog();
  const request = checkedRequest();
  if (request) {
    const itemId = state.itemId;
    const etag = state.conflict.etag;
    await write({ method: 'PUT', path: itemId, ifMatch: etag, body: request.body },
      (options) => api.replace(itemId, request.body, etag, options),
      (reply) => showWriteReply(reply, itemId, 'Saved your version over the other changes.'));
  }
}

async function saveAsNew() {
  const request = checkedRequest();
  if (request) {
    const itemId = state.itemId;
    await write({ method: 'POST', path: 'items', body: request.body }, (options) => api.create(request.body, options),
      (reply) => showWriteReply(reply, itemId, 'Saved as a new item.'));
  }
}

function discardDraft() {
  drafts.remove(state.itemId);
  history.replaceState(null, '', location.pathname + location.search);
  closeForm();
  info('Your changes were dropped.');
  list.refresh();
}

// ---- history and restore ------------------------------------------------------------------

/** Loads the newest page of the open item's history into the panel. */
async function loadHistory() {
  const { itemId, opening } = state;
  if (itemId === null || itemId === NEW_ITEM) {
    hideHistory();
    return;
  }
  historyStatus('Loading the history…');
  const reply = await api.history(itemId, HISTORY_PAGE);
  if (opening !== state.opening || itemId !== state.itemId) {
    return;
  }
  showHistoryReply(reply, []);
}

/** Shows Show older versions' next page under the versions already shown. */
async function loadOlderHistory() {
  const { itemId, opening } = state;
  const shown = state.history.versions;
  const reply = await api.history(itemId, HISTORY_PAGE, shown[shown.length - 1].version);
  if (opening === state.opening && itemId === state.itemId) {
    showHistoryReply(reply, shown);
  }
}

function showHistoryReply(reply, shownBefore) {
  if (!reply.ok || !Array.isArray(reply.body?.versions)) {
    historyStatus(reply.unreachable ? "Couldn't reach the server to load the history." : "Couldn't load the history.");
    return;
  }
  state.history = { versions: [...shownBefore, ...reply.body.versions], more: Boolean(reply.body.next) };
  const current = state.conflict?.version ?? state.version;
  showHistory(historyEntries(state.history.versions, state.history.more), { current, more: state.history.more },
    confirmRestoreOf, loadOlderHistory);
  renderSaveState();
}

/** Asks first, naming each field the restore changes against the version the form shows. */
function confirmRestoreOf(entry) {
  if (state.saving || state.conflict || hasChanges(state.base, readForm())) {
    return;
  }
  state.restoring = entry.version;
  askRestore(entry, fieldChanges(state.base, entry.values), state.version);
}

/** Restores under If-Match of the version the form shows: a new version, or a 412 if the item moved on. */
async function restore() {
  closeRestoreDialog();
  const { itemId, etag, restoring: version } = state;
  resetMessages();
  await write({ method: 'POST', path: `${itemId}/versions/${version}/restore`, ifMatch: etag },
    (options) => api.restore(itemId, version, etag, options), (reply) => showRestoreReply(reply, itemId, version));
}

function showRestoreReply(reply, itemId, version) {
  const outcome = outcomeOf(reply);
  switch (outcome.kind) {
    case 'saved': {
      const before = state.version;
      const values = valuesOf(outcome.item);
      showForm(itemId, values, outcome.etag, outcome.item.version, values);
      info(outcome.item.version === before
        ? `Nothing changed: version ${before} already has the content of version ${version}.`
        : `Restored version ${version} as version ${outcome.item.version}.`);
      list.refresh();
      break;
    }
    case 'conflict': {
      const { latest, etag, version: now } = outcome.latest;
      showForm(itemId, latest, etag, now, latest);
      error(`Not restored: this item was changed somewhere else since you opened it. The form now shows the latest`
        + ` version (${now}); check the history and restore again if you still want to.`);
      list.refresh();
      break;
    }
    case 'deleted':
      closeForm();
      error("Not restored: this item was deleted somewhere else.");
      list.refresh();
      break;
    default:
      error(outcome.kind === 'invalid' ? 'Not restored.' : outcome.text.replace(/^Not saved/, 'Not restored'), reply);
  }
}

// ---- navigation: #item=ID or #new, so a reload reopens what was being edited ----------------

function navigate(itemId) {
  const hash = hashFor(itemId);
  if (location.hash === hash) {
    openItem(itemId);
  } else {
    location.hash = hash;
  }
}

function openFromHash() {
  const itemId = itemIdFromHash(location.hash);
  if (itemId === null) {
    closeForm();
  } else {
    openItem(itemId);
  }
}

$('editor').addEventListener('submit', save);
$('editor').addEventListener('input', onInput);
$('new-item').addEventListener('click', () => navigate(NEW_ITEM));
$('refresh-list').addEventListener('click', () => list.refresh());
$('reload-latest').addEventListener('click', reloadLatest);
$('keep-my-edits').addEventListener('click', keepMyEdits);
$('overwrite').addEventListener('click', overwrite);
$('cancel-overwrite').addEventListener('click', closeOverwriteDialog);
$('confirm-overwrite').addEventListener('click', confirmOverwrite);
$('save-as-new').addEventListener('click', saveAsNew);
$('discard-draft').addEventListener('click', discardDraft);
$('cancel-restore').addEventListener('click', closeRestoreDialog);
$('confirm-restore').addEventListener('click', restore);
$('author').value = remembered(AUTHOR_KEY);
$('author').addEventListener('input', () => remember(AUTHOR_KEY, author()));
window.addEventListener('hashchange', openFromHash);
list.refresh();
openFromHash();
