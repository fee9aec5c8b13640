/*
 * Credence Reader: renders a document's text with highlighted statements and turns mouse or
 * keyboard selections into labelled spans. A plain script (no npm build), loaded by
 * HighlightedText with @JavaScript. Offsets here are UTF-16 indices into the text; the server
 * converts them to code points.
 *
 * Long documents: the text is split into one block per line, and a change to a statement re-renders
 * only the blocks it touches; blocks use content-visibility so off-screen text costs no layout.
 *
 * Safety: text and labels are inserted as text nodes or attributes, never as HTML.
 */
(function () {
  'use strict';
  var credence = window.Credence = window.Credence || {};
  if (credence.reader) {
    return;
  }

  var LABEL_KEYS = { '1': 'confirmed', '2': 'unconfirmed', '3': 'disputed' };
  var TITLES = { confirmed: 'Confirmed', unconfirmed: 'Unconfirmed', disputed: 'Disputed' };
  var PENDING = 'pending';

  function titleOf(h) {
    return (h.id === PENDING ? 'Saving… ' : '') + TITLES[h.label] + (h.presentation ? ', ' + h.presentation : '');
  }

  // ---- blocks -------------------------------------------------------------------------------

  /** Splits the text after every newline; block i covers [starts[i], starts[i+1]). */
  function blockStarts(text) {
    var starts = [0];
    var at = text.indexOf('\n');
    while (at >= 0 && at + 1 < text.length) {
      starts.push(at + 1);
      at = text.indexOf('\n', at + 1);
    }
    return starts;
  }

  function blockEnd(state, i) {
    return i + 1 < state.starts.length ? state.starts[i + 1] : state.text.length;
  }

  /** Index of the block containing offset (binary search). */
  function blockAt(state, offset) {
    var lo = 0, hi = state.starts.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (state.starts[mid] <= offset) { lo = mid; } else { hi = mid - 1; }
    }
    return lo;
  }

  /** Fills one block with text nodes and marks for the highlights that overlap it. */
  function renderBlock(state, i, overlapping) {
    var from = state.starts[i], to = blockEnd(state, i);
    var block = state.blocks[i];
    var cuts = [from, to];
    overlapping.forEach(function (h) {
      if (h.start > from && h.start < to) { cuts.push(h.start); }
      if (h.end > from && h.end < to) { cuts.push(h.end); }
    });
    cuts.sort(function (a, b) { return a - b; });
    var fragment = document.createDocumentFragment();
    for (var c = 0; c < cuts.length - 1; c++) {
      var a = cuts[c], b = cuts[c + 1];
      if (a === b) { continue; }
      var piece = document.createTextNode(state.text.substring(a, b));
      var covering = overlapping.filter(function (h) { return h.start <= a && h.end >= b; });
      var active = covering.filter(function (h) { return !h.cue; });
      if (active.length === 0) {
        var cue = covering.filter(function (h) { return h.cue; })[0];
        if (cue) {
          // A candidate statement the cue lexicon found: dotted underline, below any real highlight.
          var hint = document.createElement('span');
          hint.className = 'cr-cue' + (state.currentCue === cue ? ' cr-cue-current' : '');
          hint.setAttribute('data-cue', cue.start + ':' + cue.end);
          hint.title = 'Suggested: ' + cue.presentation + ' (“' + cue.cue + '”) — a accepts, x dismisses, n next';
          hint.appendChild(piece);
          fragment.appendChild(hint);
        } else {
          fragment.appendChild(piece);
        }
        continue;
      }
      // The innermost statement decides the look: a disputed clause inside a confirmed sentence shows as disputed.
      var innermost = active.reduce(function (x, y) { return (y.end - y.start) < (x.end - x.start) ? y : x; });
      var mark = document.createElement('mark');
      // Statements over this text with different labels (reviewers disagree): hatched, so an editor
      // reading the text sees the disagreement, not only the innermost label.
      var disagree = active.some(function (h) { return h.label !== innermost.label; });
      mark.className = 'cr-' + innermost.label + (active.length > 1 ? ' cr-stacked' : '')
        + (disagree ? ' cr-disagree' : '')
        + (innermost.id === PENDING ? ' cr-pending' : '')
        + (active.some(function (h) { return h.id === state.current; }) ? ' cr-current' : '');
      mark.setAttribute('data-ids', active.map(function (h) { return h.id; }).join(' '));
      mark.setAttribute('data-label', innermost.label);
      mark.title = active.map(titleOf).join(' + ')
        + (active.length > 1 ? ' (' + active.length + ' statements)' : '');
      mark.appendChild(piece);
      fragment.appendChild(mark);
    }
    block.replaceChildren(fragment);
  }

  function renderAll(el) {
    var state = el._credence, saved = savedSelection(el);
    var fragment = document.createDocumentFragment();
    state.blocks = state.starts.map(function (start) {
      var block = document.createElement('div');
      block.className = 'cr-block';
      block.setAttribute('data-start', String(start));
      fragment.appendChild(block);
      return block;
    });
    // One sweep: highlights (and cue hints) sorted by start, each block gets those overlapping it.
    var sorted = items(state).sort(function (a, b) { return a.start - b.start; });
    var active = [], next = 0;
    for (var i = 0; i < state.blocks.length; i++) {
      var from = state.starts[i], to = blockEnd(state, i);
      active = active.filter(function (h) { return h.end > from; });
      while (next < sorted.length && sorted[next].start < to) {
        if (sorted[next].end > from) { active.push(sorted[next]); }
        next++;
      }
      renderBlock(state, i, active.filter(function (h) { return h.start < to; }));
    }
    el.replaceChildren(fragment);
    restoreSelection(el, saved);
  }

  /**
   * Opening a document sends the text, its highlights and its suggestions in one round trip: render once,
   * after all three (a microtask runs when the round trip's script is done), not three times.
   */
  function renderAllSoon(el) {
    var state = el._credence;
    if (state.renderPending) { return; }
    state.renderPending = true;
    queueMicrotask(function () { renderNowIfPending(el); });
  }

  /** Renders a pending full render at once; true when it did (anything asked for since is drawn). */
  function renderNowIfPending(el) {
    var state = el._credence;
    if (!state || !state.renderPending) { return false; }
    state.renderPending = false;
    renderAll(el);
    return true;
  }

  /** Re-renders only the blocks that [from, to) touches. */
  function renderRange(el, from, to) {
    if (renderNowIfPending(el)) { return; }
    var state = el._credence, saved = savedSelection(el);
    var first = blockAt(state, from), last = blockAt(state, Math.max(from, to - 1));
    for (var i = first; i <= last; i++) {
      var bs = state.starts[i], be = blockEnd(state, i);
      renderBlock(state, i, items(state).filter(function (h) { return h.start < be && h.end > bs; }));
    }
    restoreSelection(el, saved);
  }

  /**
   * The reader's selection (or caret) in the text as offsets, so a re-render (a colleague's label
   * arriving, suggestions drawn, a hint made current) does not take it from under them.
   */
  function savedSelection(el) {
    var selection = window.getSelection(), state = el._credence;
    if (!state.blocks || !selection || selection.rangeCount === 0 || !el.contains(selection.anchorNode)
        || !el.contains(selection.focusNode)) {
      return null;
    }
    var anchor = offsetOf(el, selection.anchorNode, selection.anchorOffset);
    var focus = offsetOf(el, selection.focusNode, selection.focusOffset);
    return anchor === null || focus === null ? null : { anchor: anchor, focus: focus };
  }

  /** Puts a saved selection back, in the nodes a render made, when the render lost it. */
  function restoreSelection(el, saved) {
    if (!saved) { return; }
    var now = savedSelection(el);
    if (now && now.anchor === saved.anchor && now.focus === saved.focus) { return; }
    var anchor = pointAt(el, saved.anchor), focus = pointAt(el, saved.focus);
    if (anchor && focus) {
      window.getSelection().setBaseAndExtent(anchor.node, anchor.offset, focus.node, focus.offset);
    }
  }

  /** Statements' highlights and the cue hints, as one list to render. */
  function items(state) {
    return state.highlights.concat(state.cues);
  }

  /** Moves to the next cue hint after the current one (n), scrolls to it. */
  function nextCue(el) {
    var state = el._credence;
    if (state.cues.length === 0) { return false; }
    var sorted = state.cues.slice().sort(function (a, b) { return a.start - b.start; });
    var after = state.currentCue ? state.currentCue.start : -1;
    var next = sorted.filter(function (c) { return c.start > after; })[0] || sorted[0];
    setCurrentCue(el, next);
    return true;
  }

  /** Makes cue current; from the keyboard (n) it is scrolled into view, a click leaves the page where it is. */
  function setCurrentCue(el, cue, clicked) {
    var state = el._credence, previous = state.currentCue;
    state.currentCue = cue;
    if (previous) { renderRange(el, previous.start, previous.end); }
    renderRange(el, cue.start, cue.end);
    var hint = el.querySelector('.cr-cue-current');
    if (hint && !clicked) { hint.scrollIntoView({ block: 'center' }); }
  }

  /** The text node and the offset in it at a text offset (UTF-16), among the nodes a render made; or null. */
  function pointAt(el, offset) {
    var blocks = el.querySelectorAll('.cr-block');
    for (var i = blocks.length - 1; i >= 0; i--) {
      var start = Number(blocks[i].getAttribute('data-start'));
      if (start > offset) { continue; }
      var walker = document.createTreeWalker(blocks[i], NodeFilter.SHOW_TEXT), left = offset - start, node;
      while ((node = walker.nextNode())) {
        if (left <= node.length) {
          return { node: node, offset: left };
        }
        left -= node.length;
      }
      return null;
    }
    return null;
  }

  // ---- selection ----------------------------------------------------------------------------

  function offsetOf(el, node, offset) {
    var state = el._credence;
    if (node === el) {
      return offset >= state.blocks.length ? state.text.length : state.starts[offset];
    }
    var element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    var block = element && element.closest('.cr-block');
    if (!block || !el.contains(block)) {
      return null;
    }
    var range = document.createRange();
    range.setStart(block, 0);
    range.setEnd(node, offset);
    return Number(block.getAttribute('data-start')) + range.toString().length;
  }

  /** The selection inside el as {start, end} (UTF-16), or null. */
  function selectionIn(el) {
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
      return null;
    }
    var range = selection.getRangeAt(0);
    if (!el.contains(range.startContainer) || !el.contains(range.endContainer)) {
      return null;
    }
    var start = offsetOf(el, range.startContainer, range.startOffset);
    var end = offsetOf(el, range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) {
      return null;
    }
    return { start: start, end: end };
  }

  /** Shift+arrows extend the selection, from the top of the visible text when there is none yet. */
  function extendSelection(el, event) {
    var selection = window.getSelection();
    var inside = selection.rangeCount > 0 && el.contains(selection.anchorNode);
    if (!inside) {
      var pane = el.getBoundingClientRect();
      var top = Math.max(pane.top, 0) + 8, left = pane.left + 20;
      var caret = document.caretRangeFromPoint ? document.caretRangeFromPoint(left, top) : null;
      if (!caret || !el.contains(caret.startContainer)) { return false; }
      selection.removeAllRanges();
      selection.addRange(caret);
    }
    var forward = event.key === 'ArrowRight' || event.key === 'ArrowDown';
    var unit = event.key === 'ArrowUp' || event.key === 'ArrowDown' ? 'line'
      : (event.ctrlKey || event.altKey || event.metaKey ? 'word' : 'character');
    selection.modify('extend', forward ? 'forward' : 'backward', unit);
    return true;
  }

  // ---- keys ---------------------------------------------------------------------------------

  function typingInAField(target) {
    if (!target) { return false; }
    if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) { return true; }
    var tag = target.tagName || '';
    return tag.indexOf('VAADIN-') === 0 && /FIELD|AREA|COMBO|PICKER|SELECT/.test(tag);
  }

  function readers() {
    return Array.prototype.filter.call(document.querySelectorAll('.cr-text'), function (el) {
      return el._credence && el.isConnected;
    });
  }

  function onKey(event) {
    if (typingInAField(event.target) || document.querySelector('vaadin-dialog-overlay[opened]')) {
      return;
    }
    readers().forEach(function (el) {
      var server = el.$server;
      var plain = !event.ctrlKey && !event.metaKey && !event.altKey;
      if (plain && LABEL_KEYS[event.key]) {
        if (labelSelection(el, event.key)) { event.preventDefault(); }
      } else if ((event.ctrlKey || event.metaKey) && !event.shiftKey && (event.key === 'z' || event.key === 'Z')) {
        event.preventDefault();
        server.undo();
      } else if (event.shiftKey && /^Arrow/.test(event.key)) {
        if (extendSelection(el, event)) { event.preventDefault(); }
      } else if (plain && (event.key === 'j' || event.key === 'k')) {
        event.preventDefault();
        server.step(event.key === 'j' ? 1 : -1);
      } else if (plain && event.key === 'Enter' && el._credence.current && !/BUTTON/.test(event.target.tagName || '')) {
        event.preventDefault();
        server.open(el._credence.current);
      } else if (plain && event.key === 'n') {
        if (nextCue(el)) { event.preventDefault(); }
      } else if (plain && (event.key === 'a' || event.key === 'x') && el._credence.currentCue) {
        event.preventDefault();
        var cue = el._credence.currentCue;
        el._credence.currentCue = null;
        if (event.key === 'a') { server.acceptCue(cue.start, cue.end); } else { server.dismissCue(cue.start, cue.end); }
      } else if (event.key === '?') {
        event.preventDefault();
        server.help();
      }
    });
  }

  /** Sends the current (or last remembered) selection in el to the server with the label's key. */
  function labelSelection(el, key) {
    var span = selectionIn(el) || el._credence.lastSelection;
    if (!span) {
      return false;
    }
    el._credence.lastSelection = null;
    var selection = window.getSelection();
    if (selection) { selection.removeAllRanges(); }
    // Show the highlight at once; the saved one (snapped to words) replaces it when the server answers.
    credence.reader.put(el, { id: PENDING, start: span.start, end: span.end, label: LABEL_KEYS[key] });
    var settle = function () { credence.reader.remove(el, PENDING); };
    el.$server.labelSpan(span.start, span.end, key).then(settle, settle);
    return true;
  }

  // Clicking a toolbar button may clear the selection; remember the last one made inside the text.
  function onSelectionChange() {
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0) { return; }
    readers().forEach(function (el) {
      if (el.contains(selection.getRangeAt(0).startContainer)) {
        el._credence.lastSelection = selectionIn(el);
      }
    });
  }

  /** A click (not a drag) on a highlight opens its statements. */
  function onClick(event) {
    var hint = event.target && event.target.closest && event.target.closest('.cr-text .cr-cue');
    var dragged = window.getSelection() && !window.getSelection().isCollapsed;
    // A drag that selects text inside a hint is a selection to label, not a click on the hint:
    // re-rendering the hint now would drop the selection.
    if (hint && !dragged) {
      var el0 = hint.closest('.cr-text'), at = hint.getAttribute('data-cue').split(':');
      var cue = el0._credence.cues.filter(function (c) { return c.start === +at[0] && c.end === +at[1]; })[0];
      // The click also placed the caret, where a keyboard selection may start (Shift+arrows): the
      // re-render of the hint keeps it at the same text offset (renderRange restores the selection).
      if (cue && cue !== el0._credence.currentCue) {
        setCurrentCue(el0, cue, true);
      }
      return;
    }
    var mark = event.target && event.target.closest && event.target.closest('.cr-text mark');
    if (!mark) { return; }
    var selection = window.getSelection();
    if (selection && !selection.isCollapsed) { return; }
    var el = mark.closest('.cr-text');
    el.$server.open(mark.getAttribute('data-ids'));
  }

  document.addEventListener('keydown', onKey);
  document.addEventListener('selectionchange', onSelectionChange);
  document.addEventListener('click', onClick);

  function find(el, id) {
    var list = el._credence.highlights;
    for (var i = 0; i < list.length; i++) {
      if (list[i].id === id) { return i; }
    }
    return -1;
  }

  credence.reader = {
    init: function (el, text) {
      el._credence = { text: text, starts: blockStarts(text), highlights: [], cues: [], currentCue: null, current: null,
        lastSelection: null };
      renderAllSoon(el);
    },
    setHighlights: function (el, highlights) {
      el._credence.highlights = highlights;
      renderAllSoon(el);
    },
    /** Replaces the cue hints (candidate statements with a suggested presentation). */
    setCues: function (el, cues) {
      el._credence.cues = cues.map(function (c) { c.cue = c.cue || true; return c; });
      el._credence.currentCue = null;
      renderAllSoon(el);
    },
    /** Adds or replaces one highlight and re-renders only the text it covers (and covered). */
    put: function (el, h) {
      var state = el._credence, at = find(el, h.id);
      var from = h.start, to = h.end;
      if (at >= 0) {
        from = Math.min(from, state.highlights[at].start);
        to = Math.max(to, state.highlights[at].end);
        state.highlights[at] = h;
      } else {
        state.highlights.push(h);
      }
      renderRange(el, from, to);
    },
    remove: function (el, id) {
      var state = el._credence, at = find(el, id);
      if (at < 0) { return; }
      var h = state.highlights.splice(at, 1)[0];
      renderRange(el, h.start, h.end);
    },
    /** Marks a statement as the current one (j/k), scrolls to it and flashes it. */
    reveal: function (el, id) {
      renderNowIfPending(el);
      var state = el._credence, previous = state.current;
      state.current = id;
      [previous, id].forEach(function (which) {
        var at = which ? find(el, which) : -1;
        if (at >= 0) { renderRange(el, state.highlights[at].start, state.highlights[at].end); }
      });
      var mark = el.querySelector('mark[data-ids~="' + String(id).replace(/[^0-9]/g, '') + '"]');
      if (!mark) { return; }
      mark.scrollIntoView({ block: 'center' });
      mark.classList.add('cr-flash');
      setTimeout(function () { mark.classList.remove('cr-flash'); }, 1200);
    },
    /** Scrolls the line holding a UTF-16 offset into view and flashes it. */
    revealOffset: function (el, offset) {
      renderNowIfPending(el);
      var state = el._credence, block = state.blocks[blockAt(state, offset)];
      if (!block) { return; }
      block.scrollIntoView({ block: 'center' });
      block.classList.add('cr-flash');
      setTimeout(function () { block.classList.remove('cr-flash'); }, 2500);
    },
    labelSelection: labelSelection,
    selection: selectionIn
  };
})();
