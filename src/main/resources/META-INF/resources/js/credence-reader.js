/*
 * Credence Reader: renders a document's text with highlighted statements and turns a mouse or
 * keyboard selection into a labelled span. A plain script (no npm build), loaded by
 * HighlightedText with @JavaScript. Offsets here are UTF-16 indices into the text; the server
 * converts them to code points.
 *
 * Safety: the text and every label are inserted as text nodes or attributes, never as HTML.
 */
(function () {
  'use strict';
  var credence = window.Credence = window.Credence || {};
  if (credence.reader) {
    return;
  }

  var SHORTCUTS = { '1': true, '2': true, '3': true };

  function offsetWithin(el, node, offset) {
    var range = document.createRange();
    range.setStart(el, 0);
    range.setEnd(node, offset);
    return range.toString().length;
  }

  /** The selection inside el, trimmed of surrounding white space, or null. */
  function selectionIn(el) {
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
      return null;
    }
    var range = selection.getRangeAt(0);
    if (!el.contains(range.startContainer) || !el.contains(range.endContainer)) {
      return null;
    }
    var text = el._credenceText;
    var start = offsetWithin(el, range.startContainer, range.startOffset);
    var end = offsetWithin(el, range.endContainer, range.endOffset);
    while (start < end && /\s/.test(text.charAt(start))) { start++; }
    while (end > start && /\s/.test(text.charAt(end - 1))) { end--; }
    return end > start ? { start: start, end: end } : null;
  }

  function render(el) {
    var text = el._credenceText || '';
    var highlights = (el._credenceHighlights || []).slice().sort(function (a, b) { return a.start - b.start; });
    var cuts = [0, text.length];
    highlights.forEach(function (h) { cuts.push(h.start, h.end); });
    cuts = cuts.filter(function (c) { return c >= 0 && c <= text.length; })
      .sort(function (a, b) { return a - b; })
      .filter(function (c, i, all) { return i === 0 || all[i - 1] !== c; });

    var fragment = document.createDocumentFragment();
    var active = [];
    var next = 0;
    for (var i = 0; i < cuts.length - 1; i++) {
      var from = cuts[i], to = cuts[i + 1];
      active = active.filter(function (h) { return h.end > from; });
      while (next < highlights.length && highlights[next].start <= from) {
        if (highlights[next].end > from) { active.push(highlights[next]); }
        next++;
      }
      var piece = document.createTextNode(text.substring(from, to));
      if (active.length === 0) {
        fragment.appendChild(piece);
        continue;
      }
      // The innermost statement decides the colour: a disputed clause inside a confirmed sentence shows as disputed.
      var innermost = active.reduce(function (a, b) { return (b.end - b.start) < (a.end - a.start) ? b : a; });
      var mark = document.createElement('mark');
      mark.className = 'cr-' + innermost.label + (active.length > 1 ? ' cr-stacked' : '');
      mark.setAttribute('data-ids', active.map(function (h) { return h.id; }).join(' '));
      mark.setAttribute('data-label', innermost.label);
      mark.title = active.map(function (h) { return h.title; }).join(' + ');
      mark.appendChild(piece);
      fragment.appendChild(mark);
    }
    el.replaceChildren(fragment);
  }

  function onKey(event) {
    if (!SHORTCUTS[event.key] || event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)
        || (target.tagName && target.tagName.indexOf('VAADIN-') === 0 && target.tagName.indexOf('FIELD') > 0))) {
      return;
    }
    document.querySelectorAll('.cr-text').forEach(function (el) {
      if (el._credenceText !== undefined && labelSelection(el, event.key)) {
        event.preventDefault();
      }
    });
  }

  /** Sends the current (or last remembered) selection in el to the server with the label's key. */
  function labelSelection(el, key) {
    var span = selectionIn(el) || el._credenceLastSelection;
    if (!span) {
      return false;
    }
    el._credenceLastSelection = null;
    var selection = window.getSelection();
    if (selection) { selection.removeAllRanges(); }
    el.$server.labelSpan(span.start, span.end, key);
    return true;
  }

  // Clicking a toolbar button may clear the selection; remember the last one made inside the text.
  function onSelectionChange() {
    document.querySelectorAll('.cr-text').forEach(function (el) {
      if (el._credenceText === undefined) { return; }
      var selection = window.getSelection();
      if (!selection || selection.rangeCount === 0) { return; }
      var range = selection.getRangeAt(0);
      if (el.contains(range.startContainer)) {
        el._credenceLastSelection = selectionIn(el);
      }
    });
  }

  document.addEventListener('keydown', onKey);
  document.addEventListener('selectionchange', onSelectionChange);

  credence.reader = {
    init: function (el, text) {
      el._credenceText = text;
      el._credenceLastSelection = null;
      render(el);
    },
    setHighlights: function (el, highlights) {
      el._credenceHighlights = highlights;
      render(el);
    },
    labelSelection: labelSelection,
    selection: selectionIn,
    reveal: function (el, id) {
      var mark = el.querySelector('mark[data-ids~="' + String(id).replace(/[^0-9]/g, '') + '"]');
      if (!mark) { return; }
      mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
      mark.classList.add('cr-flash');
      setTimeout(function () { mark.classList.remove('cr-flash'); }, 1500);
    }
  };
})();
