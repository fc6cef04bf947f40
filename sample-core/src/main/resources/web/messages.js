// The page's two message areas: errors (role="alert", read out at once) and progress
// (role="status", read out politely), plus the wording helpers the messages share.

const $ = (id) => document.getElementById(id);

/** Shows an error, with the problem's `detail` from the server when the reply has one. */
export function error(text, reply = null) {
  const lines = [text];
  if (reply?.isProblem && reply.body?.detail) {
    lines.push(`The server says: ${reply.body.detail}`);
  }
  $('message').replaceChildren(...lines.map((line) => {
    const p = document.createElement('p');
    p.textContent = line;
    return p;
  }));
  $('status').textContent = '';
}

/** Shows progress or a success. */
export function info(text) {
  $('status').textContent = text;
}

/** Clears both areas. */
export function clearMessages() {
  $('message').replaceChildren();
  $('status').textContent = '';
}

/** A field value as a message quotes it: “blue”, or (empty). */
export function shown(value) {
  return value === '' ? '(empty)' : `“${value}”`;
}

/** A time of day as the person's locale writes it, e.g. 17:42. */
export function timeOf(millis) {
  return new Date(millis).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

/** A date and time as the person's locale writes them, from an RFC 3339 timestamp. */
export function dateTimeOf(timestamp) {
  return new Date(timestamp).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
}
