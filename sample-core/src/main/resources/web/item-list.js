// The list of all items: one button per item, the open one marked with aria-current, and a
// badge on every item that has a draft kept in this browser.

import { valuesOf } from './item-fields.js';

const $ = (id) => document.getElementById(id);

/** The list, loaded from `api`; `choose(id)` is called when a person picks an item. */
export class ItemList {
  constructor(api, drafts, choose) {
    this.api = api;
    this.drafts = drafts;
    this.choose = choose;
    this.openId = null;
  }

  /** Loads the list again (revalidated with If-None-Match by the browser cache). */
  async refresh() {
    const reply = await this.api.list();
    if (!reply.ok || !Array.isArray(reply.body)) {
      $('list-status').textContent = reply.unreachable
        ? "Couldn't reach the server to load the list." : `Couldn't load the list (${reply.status}).`;
      return;
    }
    const count = reply.body.length;
    $('list-status').textContent = count === 0 ? 'No items yet. Create one with New item.'
      : `${count} item${count === 1 ? '' : 's'}`;
    $('items').replaceChildren(...reply.body.map((item) => this.#entry(item)));
    this.markOpen(this.openId);
    this.markDrafts();
  }

  /** Marks the item being edited (null: none). */
  markOpen(itemId) {
    this.openId = itemId;
    for (const button of this.#buttons()) {
      if (button.dataset.id === itemId) {
        button.setAttribute('aria-current', 'true');
      } else {
        button.removeAttribute('aria-current');
      }
    }
  }

  /** Shows the "unsaved changes" badge on every item with a kept draft. */
  markDrafts() {
    for (const button of this.#buttons()) {
      button.classList.toggle('has-draft', this.drafts.anyFor(button.dataset.id));
    }
  }

  #entry(item) {
    const values = valuesOf(item);
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'item-link';
    button.dataset.id = item.id;
    button.append(
      span('item-name', item.name),
      span('item-details', [values.color, values.size, values.price].filter((part) => part !== '').join(' · ')),
      span('badge', 'unsaved changes'));
    button.addEventListener('click', () => this.choose(item.id));
    const li = document.createElement('li');
    li.append(button);
    return li;
  }

  #buttons() {
    return document.querySelectorAll('#items .item-link');
  }
}

function span(className, text) {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}
