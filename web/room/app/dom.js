// Building the page without ever parsing data as HTML: every text goes in through textContent
// or a text node (docs/browser-room.md "Security model").

/// h('button', {type: 'button', onclick: f, class: 'x'}, 'text', child...) -> an element.
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'text') el.textContent = String(value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key === 'value') el.value = value;
    else if (key === 'checked') el.checked = true;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/// Replaces the element's children.
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/// Multi-line text as lines (the CSS keeps the line breaks: white-space: pre-wrap).
export function textBlock(tag, text, cls) {
  return h(tag, { class: cls ? `text ${cls}` : 'text', text });
}

let labelSeq = 0;
/// A labelled control: [label, control] with the label's for= pointing at the control.
export function labelled(labelText, control) {
  if (!control.id) control.id = `f${++labelSeq}`;
  return [h('label', { for: control.id, text: labelText }), control];
}
