// The edit form's fields in the DOM: their values, their highlight and note (what differs from
// the current version), and their error text (aria-invalid, tied to the input with
// aria-describedby in the markup).

import { FIELDS } from './item-fields.js';

const $ = (id) => document.getElementById(id);

function input(field) {
  return $('field-' + field);
}

/** The form's values, by field name. */
export function readForm() {
  const values = {};
  for (const { name } of FIELDS) {
    values[name] = input(name).value;
  }
  return values;
}

/** Puts `values` into the form and clears every highlight, note and error. */
export function fillForm(values) {
  for (const { name } of FIELDS) {
    input(name).value = values[name];
    markField(name, '', '');
    showFieldError(name, '');
  }
}

/** Highlights a field ('differs' or 'merged') with a note, or clears it (empty kind). */
export function markField(field, kind, note) {
  const box = input(field).closest('.field');
  box.classList.toggle('differs', kind === 'differs');
  box.classList.toggle('merged', kind === 'merged');
  $('note-' + field).textContent = note;
}

/** Clears every highlight and note. */
export function clearFieldMarks() {
  FIELDS.forEach(({ name }) => markField(name, '', ''));
}

/** Shows an error under a field (empty text clears it); false for a field the form does not have. */
export function showFieldError(field, message) {
  const box = $('error-' + field);
  if (!box) {
    return false;
  }
  const label = FIELDS.find(({ name }) => name === field).label;
  box.textContent = message ? `${label} ${message}` : '';
  input(field).setAttribute('aria-invalid', String(Boolean(message)));
  return true;
}

/** Clears every field error. */
export function clearFieldErrors() {
  FIELDS.forEach(({ name }) => showFieldError(name, ''));
}

/** Moves the keyboard focus to the first field with an error, if any. */
export function focusFirstInvalidField() {
  document.querySelector('#editor input[aria-invalid="true"]')?.focus();
}
