// Small DOM helpers. Text always goes in through textContent; the only HTML accepted is the API's highlighted
// fields, and even those are rebuilt from text nodes and <mark> elements only (defence in depth under the CSP).

/** Creates an element with attributes (false/null skipped, true as empty) and children (strings become text). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    if (name === 'class') node.className = value;
    else if (name === 'text') node.textContent = value;
    else if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces every child of {@code node}. */
export function replace(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

/**
 * Turns an API "_html" field (escaped text with <mark> around matches) into a fragment of text nodes and <mark>
 * elements; any other markup is reduced to its text, so a server bug cannot inject elements or attributes.
 */
export function highlighted(html) {
  const template = document.createElement('template');
  template.innerHTML = html ?? '';
  const out = document.createDocumentFragment();
  const walk = (from, to) => {
    for (const child of from.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        to.append(document.createTextNode(child.nodeValue));
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        if (child.localName === 'mark') {
          const mark = document.createElement('mark');
          walk(child, mark);
          to.append(mark);
        } else {
          walk(child, to);
        }
      }
    }
  };
  walk(template.content, out);
  // Some report headings end in a no-break space; trim the outer whitespace so highlights and underlines end
  // at the last letter.
  const first = out.firstChild;
  const last = out.lastChild;
  if (first?.nodeType === Node.TEXT_NODE) first.nodeValue = first.nodeValue.trimStart();
  if (last?.nodeType === Node.TEXT_NODE) last.nodeValue = last.nodeValue.trimEnd();
  return out;
}

/** Calls {@code fn} once the calls stop for {@code ms}; {@code cancel()} drops a pending call. */
export function debounce(fn, ms) {
  let timer = 0;
  const wrapped = (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
  wrapped.cancel = () => clearTimeout(timer);
  return wrapped;
}
