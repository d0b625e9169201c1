/**
 * The page's one inline script. On load and on every hashchange it reads `#doc-<id>:<start>-<end>`,
 * opens that document view and wraps the span in <mark> using DOM ranges over text nodes (offsets
 * are UTF-16 units, as in the contract). It never builds HTML from strings. Kept as plain ES2017 so
 * it runs in any current browser without tooling; its SHA-256 goes into the page's CSP.
 */
export const INLINE_SCRIPT = `(function () {
  'use strict';
  var SPAN = /^#(doc-[A-Za-z0-9_-]+):(\\d+)-(\\d+)$/;
  var open = null;
  function clear() {
    var marks = document.querySelectorAll('mark.hl');
    for (var i = 0; i < marks.length; i++) {
      var m = marks[i], parent = m.parentNode;
      while (m.firstChild) parent.insertBefore(m.firstChild, m);
      parent.removeChild(m);
      parent.normalize();
    }
    if (open) {
      open.classList.remove('open');
      var st = open.querySelector('.status');
      if (st) st.textContent = '';
      open = null;
    }
  }
  function locate(root, offset) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    var node, seen = 0;
    while ((node = walker.nextNode())) {
      if (offset <= seen + node.data.length) return { node: node, offset: offset - seen };
      seen += node.data.length;
    }
    return null;
  }
  function show() {
    clear();
    var m = SPAN.exec(location.hash);
    if (!m) return;
    var doc = document.getElementById(m[1]);
    if (!doc) return;
    open = doc;
    doc.classList.add('open');
    var text = doc.querySelector('.doc-text');
    var start = Number(m[2]), end = Number(m[3]);
    var a = text ? locate(text, start) : null, b = text ? locate(text, end) : null;
    var target = doc;
    if (a && b && start < end) {
      var range = document.createRange();
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
      var mark = document.createElement('mark');
      mark.className = 'hl';
      mark.setAttribute('data-span', start + '-' + end);
      mark.tabIndex = -1;
      mark.appendChild(range.extractContents());
      range.insertNode(mark);
      target = mark;
    } else {
      var status = doc.querySelector('.status');
      if (status) status.textContent = 'This span (' + start + '-' + end + ') is outside the document text.';
    }
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'center' });
  }
  window.addEventListener('hashchange', show);
  show();
})();`;
