// The project plan page: a tree grid of the work breakdown beside a Gantt chart drawn in one SVG.
// Plain JavaScript without a build step or library; no inline scripts (CSP). The server computes the schedule:
// every change is sent to it and the page re-renders from the PlanView it answers (PLAN_WEB_CONTRACT.md).
(function () {
  'use strict';

  var ROW = 28;            // row height in px, the same in the grid and the Gantt (plan.css --plan-row)
  var HEAD = 44;           // header height in px, two tiers of 22 (plan.css --plan-head)
  var DAY = 86400000;
  var ZOOMS = { day: 28, week: 8, month: 2.4, quarter: 0.9 };   // px per calendar day
  var COLUMNS = ['row', 'wbs', 'name', 'duration', 'start', 'finish', 'predecessors', 'resources', 'percentComplete'];
  var EDITABLE = { name: 1, duration: 1, start: 1, finish: 1, predecessors: 1, resources: 1, percentComplete: 1 };
  var SVGNS = 'http://www.w3.org/2000/svg';
  // Colours of the chart as attributes (not CSS) so that the exported PNG looks like the screen. AA on white.
  var INK = '#1a2233', MUTED = '#5b6578', LINE = '#e3e7ef', TASK = '#2f5bd3', CRIT = '#b3261e', SUMMARY = '#1b2a4a',
      BASE = '#8a93a6', TODAY = '#2f5bd3', STATUS = '#1e7b45', WEEKEND = '#f1f3f8';

  var root = document.getElementById('plan');
  if (!root) return;

  var labels = readLabels();
  var canEdit = root.dataset.canEdit === 'true';
  var baseUrl = root.dataset.baseUrl;
  var storageKey = 'lodestar.plan.' + baseUrl;
  var lang = document.documentElement.lang || 'en';
  // The medium style, as the server's pages show dates (Formats: FormatStyle.MEDIUM); both follow CLDR.
  var dateFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' });
  var dateTimeFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
  var decimal = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });

  var els = {
    grid: root.querySelector('.plan-grid'),
    gridBody: root.querySelector('.plan-grid-body'),
    gridScroll: root.querySelector('.plan-grid-pane'),
    ganttScroll: root.querySelector('.plan-gantt-pane'),
    head: root.querySelector('.plan-gantt-head'),
    chart: root.querySelector('.plan-gantt-chart'),
    error: root.querySelector('.plan-error'),
    status: root.querySelector('.plan-status'),
    tooltip: root.querySelector('.plan-tooltip'),
    zoom: root.querySelector('.plan-zoom'),
    warnings: root.querySelector('.plan-warnings')
  };

  var state = {
    plan: null,
    rows: [],                       // visible tasks in outline order
    byId: {},
    collapsed: loadCollapsed(),
    focus: { taskId: null, col: 2 },
    editor: null,                   // {taskId, field, input, cell}
    busy: false,
    zoom: (els.zoom && els.zoom.value) || 'week',
    pxPerDay: 0,
    origin: 0,                      // ms (UTC-parsed local time) at x = 0
    width: 0,
    printing: false
  };
  state.pxPerDay = ZOOMS[state.zoom];

  // ---------- labels, storage, time ----------

  function readLabels() {
    var result = {};
    var template = document.getElementById('plan-labels');
    if (template) template.content.querySelectorAll('[data-key]').forEach(function (el) {
      result[el.dataset.key] = el.textContent;
    });
    return result;
  }

  function label(key, arg) {
    var text = labels[key] || key;
    return arg === undefined ? text : text.replace('{0}', arg);
  }

  function loadCollapsed() {
    try { return new Set(JSON.parse(sessionStorage.getItem(storageKey) || '[]')); } catch (e) { return new Set(); }
  }

  function saveCollapsed() {
    try { sessionStorage.setItem(storageKey, JSON.stringify(Array.from(state.collapsed))); } catch (e) { /* private mode */ }
  }

  // Plan times are local wall-clock times without a zone ("2026-01-05T08:00"): they are read as UTC so that
  // daylight saving never moves a bar.
  function time(text) {
    if (!text) return null;
    var m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(text);
    return m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] || 0), +(m[5] || 0)) : null;
  }

  function formatDate(text) { var t = time(text); return t === null ? '' : dateFormat.format(t); }
  function formatDateTime(text) { var t = time(text); return t === null ? '' : dateTimeFormat.format(t); }
  function isoDate(text) { return text ? text.substring(0, 10) : ''; }

  // A duration as the API writes it (5d, 2.5w, 4ed) in the reader's units (French 5j, Japanese 5日); the server
  // reads these units back in every language.
  function localDuration(text) {
    var m = /^(-?[\d.]+)(e?)(mo|m|h|d|w)$/.exec(text || '');
    return m ? decimal.format(+m[1]) + m[2] + label('unit.' + m[3]) : (text || '');
  }

  // A split task's pauses ("2d+1d, 7d+2d") in the reader's units.
  function localSplits(text) {
    return (text || '').split(', ').map(function (pause) {
      return pause.split('+').map(localDuration).join('+');
    }).join(', ');
  }

  // Bars cover whole working days: 08:00 is the left edge of a day, 17:00 its right edge (the hours between
  // are spread over the day), so a one-day task is one day wide at every zoom.
  function x(text) {
    var t = time(text);
    if (t === null) return null;
    var day = Math.floor(t / DAY) * DAY;
    var minutes = (t - day) / 60000;
    var fraction = Math.min(1, Math.max(0, (minutes - 480) / 540));
    return (day - state.origin) / DAY * state.pxPerDay + fraction * state.pxPerDay;
  }

  // ---------- data ----------

  function csrfHeaders() {
    var headers = { 'Accept': 'application/json' };
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) headers[header.content] = token.content;
    return headers;
  }

  function load() {
    fetch(root.dataset.planUrl, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.json();
      })
      .then(function (plan) { clearError(); show(plan); })
      .catch(function () { showError(label('errorLoad')); });
  }

  // Sends one change; resolves with true when the server accepted it and the page shows the new plan.
  function send(method, path, body) {
    if (!canEdit || state.busy) return Promise.resolve(false);
    state.busy = true;
    root.setAttribute('aria-busy', 'true');
    var headers = csrfHeaders();
    if (body) headers['Content-Type'] = 'application/json';
    if (state.plan) headers['If-Match'] = String(state.plan.version);
    return fetch(baseUrl + path, { method: method, headers: headers, credentials: 'same-origin',
      body: body ? JSON.stringify(body) : undefined })
      .then(function (response) {
        return response.text().then(function (text) {
          var json = null;
          try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
          if (response.ok && json && json.tasks) {
            clearError();
            show(json);
            announce(label('saved'));
            return true;
          }
          showProblem(response.status, json);
          return false;
        });
      })
      .catch(function () { showError(label('errorNetwork')); return false; })
      .finally(function () { state.busy = false; root.removeAttribute('aria-busy'); });
  }

  function showProblem(status, problem) {
    problem = problem || {};
    if (status === 400 && problem.errors && problem.errors.length) {
      showError(problem.errors.map(function (e) {
        return (labels['col.' + e.field] ? labels['col.' + e.field] + ': ' : '') + e.message;
      }).join(' '));
    } else if (status === 409) {
      showError(label('errorStale'), true);
    } else if (status === 422) {
      showError(problem.detail || label('errorCycle'));
    } else if (status === 403) {
      showError(problem.detail || label('errorForbidden'));
    } else {
      showError(problem.detail || problem.title || label('errorNetwork'));
    }
  }

  function showError(text, offerReload) {
    els.error.textContent = '';
    var message = document.createElement('p');
    message.textContent = text;
    els.error.appendChild(message);
    if (offerReload) {
      var reload = document.createElement('button');
      reload.type = 'button';
      reload.textContent = label('reload');
      reload.addEventListener('click', function () { closeEditor(); load(); });
      els.error.appendChild(reload);
    }
    els.error.hidden = false;
    if (state.editor) {
      state.editor.input.setAttribute('aria-invalid', 'true');
      state.editor.input.setAttribute('aria-describedby', els.error.id);
    }
  }

  function clearError() {
    els.error.textContent = '';
    els.error.hidden = true;
  }

  function announce(text) {
    els.status.textContent = '';
    // a new text node each time so that screen readers repeat "Saved" after every change
    window.setTimeout(function () { els.status.textContent = text; }, 30);
  }

  // ---------- rendering ----------

  function show(plan) {
    state.plan = plan;
    state.byId = {};
    plan.tasks.forEach(function (task) { state.byId[task.id] = task; });
    if (state.focus.taskId !== null && !state.byId[state.focus.taskId]) state.focus.taskId = null;
    computeRows();
    computeScale();
    renderGrid();
    renderWarnings();
    renderChart();
  }

  function computeRows() {
    var hidden = {};
    state.rows = state.plan.tasks.filter(function (task) {
      var parentHidden = task.parentId !== null && task.parentId !== undefined &&
        (hidden[task.parentId] || state.collapsed.has(task.parentId));
      if (parentHidden) hidden[task.id] = true;
      return !parentHidden;
    });
    // a task hidden in a collapsed summary hands the focus to its visible ancestor, so the grid stays reachable
    var focus = state.focus.taskId;
    while (focus !== null && focus !== undefined && hidden[focus]) focus = state.byId[focus].parentId;
    state.focus.taskId = focus !== null && focus !== undefined ? focus : (state.rows.length ? state.rows[0].id : null);
  }

  function computeScale() {
    var plan = state.plan;
    var min = time(plan.start), max = time(plan.finish);
    plan.tasks.forEach(function (task) {
      [task.start, task.finish, task.baselineStart, task.baselineFinish].forEach(function (text) {
        var t = time(text);
        if (t === null) return;
        if (min === null || t < min) min = t;
        if (max === null || t > max) max = t;
      });
    });
    if (min === null) min = time(plan.today) || Date.now();
    if (max === null) max = min;
    // today and the status date widen the chart when they are near the plan (not years away)
    [plan.today, plan.statusDate].forEach(function (text) {
      var t = time(text);
      if (t === null) return;
      if (t < min && min - t < 120 * DAY) min = t;
      if (t > max && t - max < 120 * DAY) max = t;
    });
    var origin = new Date(Math.floor(min / DAY) * DAY - 7 * DAY);
    // start on a Monday, or on the first of the month at the coarser zooms
    if (state.pxPerDay >= 5) origin = new Date(origin.getTime() - ((origin.getUTCDay() + 6) % 7) * DAY);
    else origin = new Date(Date.UTC(origin.getUTCFullYear(), origin.getUTCMonth(), 1));
    state.origin = origin.getTime();
    var days = Math.ceil((max - state.origin) / DAY) + 21;
    if (state.printing) state.pxPerDay = PRINT_CHART / days;
    else days = Math.max(days, Math.ceil(els.ganttScroll.clientWidth / state.pxPerDay));   // a short plan fills the pane
    state.width = Math.ceil(days * state.pxPerDay);
  }

  function renderGrid() {
    var body = els.gridBody;
    var fragment = document.createDocumentFragment();
    state.rows.forEach(function (task, index) { fragment.appendChild(gridRow(task, index)); });
    if (!state.rows.length) {
      var empty = document.createElement('div');
      empty.setAttribute('role', 'row');
      empty.className = 'plan-row plan-empty';
      var cell = document.createElement('div');
      cell.setAttribute('role', 'gridcell');
      cell.textContent = label('empty');
      empty.appendChild(cell);
      fragment.appendChild(empty);
    }
    state.editor = null;
    body.textContent = '';
    body.appendChild(fragment);
    els.grid.setAttribute('aria-rowcount', String(state.rows.length + 1));
    updateButtons();
  }

  function gridRow(task, index) {
    var row = document.createElement('div');
    row.className = 'plan-row' + (task.summary ? ' summary' : '') + (task.critical ? ' critical' : '') +
      (task.milestone ? ' milestone' : '');
    row.setAttribute('role', 'row');
    row.setAttribute('aria-level', String(task.level + 1));
    row.setAttribute('aria-rowindex', String(index + 2));
    row.dataset.taskId = task.id;
    if (task.summary) row.setAttribute('aria-expanded', String(!state.collapsed.has(task.id)));
    if (task.id === state.focus.taskId) row.setAttribute('aria-selected', 'true');
    COLUMNS.forEach(function (column, col) {
      var cell = document.createElement('div');
      cell.setAttribute('role', col === 2 ? 'rowheader' : 'gridcell');
      cell.className = 'plan-cell c-' + column;
      cell.dataset.col = col;
      cell.tabIndex = task.id === state.focus.taskId && col === state.focus.col ? 0 : -1;
      if (!canEdit || !EDITABLE[column]) cell.setAttribute('aria-readonly', 'true');
      fillCell(cell, task, column);
      row.appendChild(cell);
    });
    return row;
  }

  function fillCell(cell, task, column) {
    switch (column) {
      case 'row': cell.textContent = task.row; break;
      case 'wbs': cell.textContent = task.wbs; break;
      case 'name':
        cell.style.paddingLeft = (0.4 + task.level * 1.1) + 'rem';
        if (task.summary) {
          var toggle = document.createElement('span');
          toggle.className = 'plan-toggle';
          toggle.setAttribute('aria-hidden', 'true');
          toggle.textContent = state.collapsed.has(task.id) ? '▸' : '▾';
          cell.appendChild(toggle);
        }
        if (task.critical) {
          var mark = document.createElement('span');
          mark.className = 'plan-critical-mark';
          mark.setAttribute('aria-hidden', 'true');     // the hidden text below says it to screen readers
          mark.title = label('critical');
          mark.textContent = '!';
          cell.appendChild(mark);
          var hiddenText = document.createElement('span');
          hiddenText.className = 'visually-hidden';
          hiddenText.textContent = label('critical') + ': ';
          cell.appendChild(hiddenText);
        }
        var name = document.createElement('span');
        name.className = 'plan-name';
        name.textContent = task.name;
        cell.appendChild(name);
        if (task.notes) {   // the notes themselves are listed under the plan, and in the mark's title
          var noted = document.createElement('span');
          noted.className = 'plan-notes-mark';
          noted.title = task.notes;
          noted.setAttribute('aria-hidden', 'true');
          noted.textContent = '\u270E';
          cell.appendChild(noted);
          var notedText = document.createElement('span');
          notedText.className = 'visually-hidden';
          notedText.textContent = ' (' + label('tipNotes') + ')';
          cell.appendChild(notedText);
        }
        if (task.levelingDelay) {   // set by leveling: Project's "Leveling Delay", in days
          var leveled = document.createElement('span');
          leveled.className = 'plan-leveled-mark';
          leveled.textContent = ' ' + label('leveled', '+' + localDuration(task.levelingDelay));
          cell.appendChild(leveled);
        }
        break;
      case 'start': cell.textContent = formatDate(task.start); if (task.constraint) cell.title = task.constraint; break;
      case 'finish': cell.textContent = formatDate(task.finish); break;
      case 'percentComplete': cell.textContent = task.percentComplete + ' %'; break;
      case 'duration': cell.textContent = localDuration(task.duration); break;
      case 'resources':
        // the assignments when the task has any (the free text, as imported or typed, in its title); else the text
        var assigned = assignedText(task);
        cell.textContent = assigned || task.resources || '';
        if (assigned && task.resources) cell.title = task.resources;
        break;
      default: cell.textContent = task[column] || '';
    }
  }

  function renderWarnings() {
    if (!els.warnings) return;
    var warnings = state.plan.warnings || [];
    els.warnings.hidden = !warnings.length;
    var list = els.warnings.querySelector('ul');
    list.textContent = '';
    warnings.forEach(function (warning) {
      var item = document.createElement('li');
      var task = state.byId[warning.taskId];
      item.textContent = (task ? task.row + ' ' + task.name + ': ' : '') + warning.message;
      list.appendChild(item);
    });
  }

  // ---------- Gantt chart ----------

  function svg(name, attributes, parent) {
    var el = document.createElementNS(SVGNS, name);
    for (var key in attributes) if (attributes[key] !== null && attributes[key] !== undefined) el.setAttribute(key, attributes[key]);
    if (parent) parent.appendChild(el);
    return el;
  }

  function text(parent, value, attributes) {
    var el = svg('text', attributes, parent);
    el.textContent = value;
    return el;
  }

  function renderChart() {
    if (!state.plan) return;
    var height = Math.max(state.rows.length * ROW, 1);
    var scroll = els.ganttScroll;
    // only the rows and the time span in view (with a margin) are drawn: fast for hundreds of tasks
    var top = scroll.scrollTop;
    var first = Math.max(0, Math.floor(top / ROW) - 10);
    var last = Math.min(state.rows.length - 1, Math.ceil((top + scroll.clientHeight) / ROW) + 10);
    var left = Math.max(0, scroll.scrollLeft - scroll.clientWidth);
    var right = Math.min(state.width, scroll.scrollLeft + 2 * scroll.clientWidth);
    size(els.head, state.width, HEAD);
    size(els.chart, state.width, height);
    drawHeader(els.head, left, right, scroll.scrollLeft);
    drawBody(els.chart, first, last, left, right, height);
  }

  function size(target, width, height) {
    target.setAttribute('width', width);
    target.setAttribute('height', height);
    target.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
  }

  function drawHeader(target, left, right, labelLeft) {
    target.textContent = '';
    svg('rect', { x: 0, y: 0, width: state.width, height: HEAD, fill: '#f8f9fc' }, target);
    var tiers = tierUnits();
    drawTier(target, tiers[0], 0, left, right, labelLeft);
    drawTier(target, tiers[1], HEAD / 2, left, right, labelLeft);
    svg('line', { x1: 0, x2: state.width, y1: HEAD / 2, y2: HEAD / 2, stroke: LINE }, target);
    svg('line', { x1: 0, x2: state.width, y1: HEAD - 0.5, y2: HEAD - 0.5, stroke: '#c4cad6' }, target);
    markerLabel(target, state.plan.today, label('today'), TODAY);
    markerLabel(target, state.plan.statusDate, label('statusDate'), STATUS);
  }

  function markerLabel(target, when, name, colour) {
    var px = x(when);
    if (px === null || px < 0 || px > state.width) return;
    svg('path', { d: 'M' + (px - 4) + ' ' + (HEAD - 6) + 'l4 6l4 -6z', fill: colour }, target)
      .appendChild(document.createElementNS(SVGNS, 'title')).textContent = name + ' ' + formatDate(when);
  }

  // The two tiers of the time scale for the zoom: [upper, lower], each a unit and a label format.
  function tierUnits() {
    var p = state.pxPerDay;
    if (p >= 20) return ['month', 'day'];
    if (p >= 5) return ['month', 'week'];
    if (p >= 1.5) return ['year', 'month'];
    return ['year', 'quarter'];
  }

  function nextBoundary(t, unit) {
    var d = new Date(t);
    var y = d.getUTCFullYear(), m = d.getUTCMonth();
    switch (unit) {
      case 'day': return t + DAY;
      case 'week': return t + 7 * DAY;
      case 'month': return Date.UTC(y, m + 1, 1);
      case 'quarter': return Date.UTC(y, m - m % 3 + 3, 1);
      default: return Date.UTC(y + 1, 0, 1);
    }
  }

  function unitStart(t, unit) {
    var d = new Date(t);
    var y = d.getUTCFullYear(), m = d.getUTCMonth();
    switch (unit) {
      case 'day': return Math.floor(t / DAY) * DAY;
      case 'week': return Math.floor(t / DAY) * DAY - ((d.getUTCDay() + 6) % 7) * DAY;
      case 'month': return Date.UTC(y, m, 1);
      case 'quarter': return Date.UTC(y, m - m % 3, 1);
      default: return Date.UTC(y, 0, 1);
    }
  }

  var unitFormats = {};
  // Months say their year in the upper tier only (below years they are short names).
  function unitLabel(t, unit, upper) {
    var d = new Date(t);
    var key = unit + (upper ? 'u' : 'l');
    if (unit === 'quarter') return 'Q' + (Math.floor(d.getUTCMonth() / 3) + 1);
    if (unit === 'year') return String(d.getUTCFullYear());
    if (!unitFormats[key]) {
      var options = { timeZone: 'UTC' };
      if (unit === 'day') options.day = 'numeric';
      else if (unit === 'week') { options.day = 'numeric'; options.month = 'short'; }
      else if (!upper) options.month = 'short';
      else { options.month = 'long'; options.year = 'numeric'; }
      unitFormats[key] = new Intl.DateTimeFormat(lang, options);
    }
    return unitFormats[key].format(t);
  }

  // About how wide a label is at 11 px: Latin letters about 6.5 px, Chinese characters, kana and Hangul a full em.
  function textWidth(value) {
    var width = 0;
    for (var i = 0; i < value.length; i++) width += value.charCodeAt(i) >= 0x2E80 ? 11 : 6.5;
    return width;
  }

  // Labels stay inside the part in view (from labelLeft) so that a unit cut at the left edge still says its name.
  function drawTier(target, unit, y, left, right, labelLeft) {
    var end = state.origin + (right / state.pxPerDay) * DAY;
    var t = unitStart(state.origin + (left / state.pxPerDay) * DAY, unit);
    var group = svg('g', { 'font-size': 11, fill: INK }, target);
    for (; t < end; t = nextBoundary(t, unit)) {
      var x0 = (t - state.origin) / DAY * state.pxPerDay;
      var x1 = (nextBoundary(t, unit) - state.origin) / DAY * state.pxPerDay;
      svg('line', { x1: x0, x2: x0, y1: y, y2: y + HEAD / 2, stroke: LINE }, group);
      var value = unitLabel(t, unit, y === 0);
      var from = Math.max(x0, labelLeft);
      if (x1 - from < textWidth(value) + 6) continue;      // no room left for the name
      text(group, value, { x: from + 4, y: y + 15 });
    }
  }

  function defs(target) {
    var d = svg('defs', {}, target);
    var hatch = svg('pattern', { id: 'plan-hatch', width: 6, height: 6, patternUnits: 'userSpaceOnUse',
      patternTransform: 'rotate(45)' }, d);
    svg('rect', { width: 6, height: 6, fill: CRIT }, hatch);
    svg('rect', { width: 2, height: 6, fill: '#ffffff', 'fill-opacity': 0.45 }, hatch);
    [['plan-arrow', MUTED], ['plan-arrow-critical', CRIT]].forEach(function (spec) {
      var marker = svg('marker', { id: spec[0], viewBox: '0 0 8 8', refX: 7, refY: 4, markerWidth: 7, markerHeight: 7,
        orient: 'auto-start-reverse', markerUnits: 'userSpaceOnUse' }, d);
      svg('path', { d: 'M0 0L8 4L0 8z', fill: spec[1] }, marker);
    });
  }

  function drawBody(target, first, last, left, right, height) {
    target.textContent = '';
    defs(target);
    drawBackground(target, first, last, left, right, height);
    var index = {};
    state.rows.forEach(function (task, i) { index[task.id] = i; });
    var links = svg('g', { fill: 'none' }, target);
    (state.plan.links || []).forEach(function (link) {
      var a = index[link.from], b = index[link.to];
      if (a === undefined || b === undefined) return;
      if (Math.max(a, b) < first || Math.min(a, b) > last) return;
      drawLink(links, link, a, b);
    });
    var bars = svg('g', {}, target);
    for (var i = first; i <= last; i++) drawBar(bars, state.rows[i], i);
    drawLine(target, state.plan.statusDate, STATUS, '2 3', height);
    drawLine(target, state.plan.today, TODAY, '6 3', height);
  }

  function drawBackground(target, first, last, left, right, height) {
    var back = svg('g', {}, target);
    if (tierUnits()[1] === 'day') {
      // weekends of the standard calendar, shaded (the working calendar is the server's business)
      for (var t = unitStart(state.origin + left / state.pxPerDay * DAY, 'day');
           (t - state.origin) / DAY * state.pxPerDay < right; t += DAY) {
        var weekday = new Date(t).getUTCDay();
        if (weekday === 0 || weekday === 6) {
          svg('rect', { x: (t - state.origin) / DAY * state.pxPerDay, y: 0, width: state.pxPerDay, height: height,
            fill: WEEKEND }, back);
        }
      }
    }
    for (var i = first; i <= last; i++) {
      if (state.rows[i].id === state.focus.taskId) {
        svg('rect', { x: 0, y: i * ROW, width: state.width, height: ROW, fill: '#e8eefc' }, back);
      }
      svg('line', { x1: 0, x2: state.width, y1: (i + 1) * ROW - 0.5, y2: (i + 1) * ROW - 0.5, stroke: LINE }, back);
    }
  }

  function drawLine(target, when, colour, dash, height) {
    var px = x(when);
    if (px === null || px < 0 || px > state.width) return;
    svg('line', { x1: px, x2: px, y1: 0, y2: height, stroke: colour, 'stroke-width': 2, 'stroke-dasharray': dash }, target);
  }

  function drawBar(target, task, i) {
    var y = i * ROW;
    var xs = x(task.start), xf = x(task.finish);
    if (xs === null || xf === null) return;
    var g = svg('g', { 'data-task-id': task.id, 'class': 'plan-bar' + (task.critical ? ' critical' : '') }, target);
    var hasBaseline = task.baselineStart && task.baselineFinish;
    if (hasBaseline) {
      var bs = x(task.baselineStart), bf = x(task.baselineFinish);
      if (task.milestone || bf - bs < 1) {
        svg('path', { d: diamond(bs, y + 21, 4), fill: BASE }, g);
      } else {
        svg('rect', { x: bs, y: y + 19, width: bf - bs, height: 5, fill: BASE, rx: 1 }, g);
      }
    }
    var mid = hasBaseline ? y + 11 : y + ROW / 2;
    if (task.deadline) {
      // a deadline is a downward arrow at the end of its day, in green like the legend
      var xd = x(task.deadline + 'T17:00');
      svg('path', { d: 'M' + (xd - 5) + ' ' + (y + 1) + 'h10v4l-5 5l-5 -5z', fill: STATUS }, g);
    }
    if (task.milestone) {
      svg('path', { 'class': 'bar', d: diamond(xs, mid, 7), fill: task.critical ? 'url(#plan-hatch)' : INK,
        stroke: task.critical ? CRIT : INK, 'stroke-width': 1 }, g);
      text(g, formatDate(task.finish), { x: xs + 11, y: mid + 4, 'font-size': 11, fill: INK });
      return;
    }
    var width = Math.max(xf - xs, 2);
    if (task.summary) {
      svg('path', { 'class': 'bar', d: 'M' + xs + ' ' + (mid - 5) + 'h' + width + 'v10l-5 -4h' + (10 - width) + 'l-5 4z',
        fill: SUMMARY }, g);
      if (task.percentComplete > 0) {
        svg('rect', { x: xs, y: mid - 2, width: width * task.percentComplete / 100, height: 3, fill: '#f2b94b' }, g);
      }
    } else if (task.segments && task.segments.length > 1) {
      // a split task: its stretches of work, joined through the pauses by a dotted line, as Microsoft Project draws it
      svg('line', { x1: xs, y1: mid, x2: xf, y2: mid, stroke: task.critical ? CRIT : '#24479f', 'stroke-width': 1,
        'stroke-dasharray': '2 2' }, g);
      task.segments.forEach(function (segment) {
        var ss = x(segment.start), sf = x(segment.finish);
        if (ss === null || sf === null) return;
        svg('rect', { 'class': 'bar segment', x: ss, y: mid - 6, width: Math.max(sf - ss, 2), height: 12, rx: 2,
          fill: task.critical ? 'url(#plan-hatch)' : TASK, stroke: task.critical ? CRIT : '#24479f', 'stroke-width': 1 }, g);
      });
    } else {
      svg('rect', { 'class': 'bar', x: xs, y: mid - 6, width: width, height: 12, rx: 2,
        fill: task.critical ? 'url(#plan-hatch)' : TASK, stroke: task.critical ? CRIT : '#24479f', 'stroke-width': 1 }, g);
      if (task.percentComplete > 0) {
        svg('rect', { x: xs, y: mid - 2, width: width * task.percentComplete / 100, height: 4, fill: INK }, g);
      }
    }
    // beside the bar, as Microsoft Project: the task's name and its assigned resources with their units
    var assigned = assignedText(task);
    text(g, task.name + (assigned ? ' · ' + assigned : ''), { x: xf + 6, y: mid + 4, 'font-size': 11, fill: MUTED });
  }

  // The pool resources assigned to a task, as "Ana Silva [50%], Analyst [100%]" (empty without any).
  function assignedText(task) {
    return (task.assignments || []).map(function (a) { return a.label; }).join(', ');
  }

  function diamond(cx, cy, r) {
    return 'M' + cx + ' ' + (cy - r) + 'l' + r + ' ' + r + 'l' + (-r) + ' ' + r + 'l' + (-r) + ' ' + (-r) + 'z';
  }

  function barEnds(task, i) {
    var mid = task.baselineStart && task.baselineFinish ? i * ROW + 11 : i * ROW + ROW / 2;
    var xs = x(task.start), xf = x(task.finish);
    if (task.milestone) { xs -= 7; xf += 7; }
    return { start: xs, finish: xf, y: mid };
  }

  // Elbow connectors for the four link types; critical links are red, thicker and solid, others grey and thin.
  function drawLink(target, link, a, b) {
    var from = barEnds(state.rows[a], a), to = barEnds(state.rows[b], b);
    if (from.start === null || to.start === null) return;
    var type = link.type || 'FS';
    var fromX = type.charAt(0) === 'S' ? from.start : from.finish;
    var toX = type.charAt(1) === 'S' ? to.start : to.finish;
    var outward = type.charAt(0) === 'S' ? -1 : 1;       // leave to the left of a start, right of a finish
    var inward = type.charAt(1) === 'S' ? -1 : 1;        // arrive from the left of a start, right of a finish
    var gap = 8;
    var points = [[fromX, from.y]];
    var exitX = fromX + outward * gap;
    var entryX = toX + inward * gap;
    if (type === 'FS' && entryX >= exitX) {
      points.push([exitX, from.y], [exitX, to.y]);
    } else if (type === 'SS') {
      var leftX = Math.min(exitX, entryX);
      points.push([leftX, from.y], [leftX, to.y]);
    } else if (type === 'FF') {
      var rightX = Math.max(exitX, entryX);
      points.push([rightX, from.y], [rightX, to.y]);
    } else {
      var between = b > a ? (a + 1) * ROW : a * ROW;     // along the row border next to the predecessor
      points.push([exitX, from.y], [exitX, between], [entryX, between], [entryX, to.y]);
    }
    points.push([toX, to.y]);
    var critical = link.critical !== undefined ? link.critical :
      state.rows[a].critical && state.rows[b].critical && onCriticalPath(link);
    svg('path', { d: 'M' + points.map(function (p) { return p[0] + ' ' + p[1]; }).join('L'),
      stroke: critical ? CRIT : MUTED, 'stroke-width': critical ? 2 : 1,
      'marker-end': critical ? 'url(#plan-arrow-critical)' : 'url(#plan-arrow)',
      'data-critical': critical ? 'true' : null }, target);
  }

  function onCriticalPath(link) {
    var path = state.plan.criticalPath || [];
    return path.indexOf(link.from) >= 0 && path.indexOf(link.to) >= 0;
  }

  // ---------- tooltips ----------

  function showTooltip(event) {
    var bar = event.target.closest && event.target.closest('.plan-bar');
    if (!bar) { hideTooltip(); return; }
    var task = state.byId[bar.getAttribute('data-task-id')];
    if (!task) return;
    var tip = els.tooltip;
    tip.textContent = '';
    var title = document.createElement('strong');
    title.textContent = task.row + ' ' + task.name + (task.critical ? ' (' + label('critical') + ')' : '');
    tip.appendChild(title);
    var list = document.createElement('dl');
    [['tipStart', formatDateTime(task.start)], ['tipFinish', formatDateTime(task.finish)],
      ['tipDuration', localDuration(task.duration)], ['tipTotalFloat', task.totalFloat], ['tipFreeFloat', task.freeFloat],
      ['tipComplete', task.percentComplete + ' %'], ['tipDeadline', task.deadline ? formatDate(task.deadline) : null],
      ['tipConstraint', task.constraint || null], ['tipAssignments', assignedText(task) || null],
      ['tipBaseline', task.baselineStart ? formatDate(task.baselineStart) + ' – ' + formatDate(task.baselineFinish) : null],
      ['tipSplits', localSplits(task.splits) || null], ['tipNotes', task.notes || null]]
      .forEach(function (entry) {
        if (entry[1] === null || entry[1] === undefined || entry[1] === '') return;
        var dt = document.createElement('dt'); dt.textContent = label(entry[0]);
        var dd = document.createElement('dd'); dd.textContent = entry[1];
        list.appendChild(dt); list.appendChild(dd);
      });
    tip.appendChild(list);
    tip.hidden = false;
    var box = root.getBoundingClientRect();
    var left = event.clientX - box.left + 14, top = event.clientY - box.top + 14;
    if (left + tip.offsetWidth > box.width) left = event.clientX - box.left - tip.offsetWidth - 10;
    tip.style.left = left + 'px';
    tip.style.top = top + 'px';
  }

  function hideTooltip() { els.tooltip.hidden = true; }

  // ---------- focus and keyboard ----------

  function cellAt(taskId, col) {
    var row = els.gridBody.querySelector('[data-task-id="' + taskId + '"]');
    return row ? row.children[col] : null;
  }

  function focusCell(taskId, col, scroll) {
    var old = els.gridBody.querySelector('.plan-cell[tabindex="0"]');
    var oldTask = state.focus.taskId;
    state.focus = { taskId: taskId, col: col };
    var cell = cellAt(taskId, col);
    if (!cell) return;
    if (old && old !== cell) old.tabIndex = -1;
    cell.tabIndex = 0;
    if (oldTask !== taskId) {
      var oldRow = els.gridBody.querySelector('[aria-selected="true"]');
      if (oldRow) oldRow.removeAttribute('aria-selected');
      cell.parentNode.setAttribute('aria-selected', 'true');
      showBar(state.byId[taskId]);
      renderChart();
    }
    if (scroll !== false) cell.focus({ preventScroll: false });
    updateButtons();
  }

  // Scrolls the chart sideways when the bar of the task is out of view.
  function showBar(task) {
    var scroll = els.ganttScroll;
    var start = x(task && task.start), finish = x(task && task.finish);
    if (start === null || finish === null) return;
    if (start < scroll.scrollLeft || finish > scroll.scrollLeft + scroll.clientWidth) {
      scroll.scrollLeft = Math.max(0, start - 40);
    }
  }

  function focusedIndex() {
    for (var i = 0; i < state.rows.length; i++) if (state.rows[i].id === state.focus.taskId) return i;
    return -1;
  }

  function moveFocus(dRow, dCol) {
    var i = focusedIndex();
    if (i < 0) return;
    var row = Math.max(0, Math.min(state.rows.length - 1, i + dRow));
    var col = Math.max(0, Math.min(COLUMNS.length - 1, state.focus.col + dCol));
    focusCell(state.rows[row].id, col);
  }

  function onGridKey(event) {
    if (state.editor) return;       // the editor handles its own keys
    var cell = event.target.closest('.plan-cell');
    if (!cell) return;
    var key = event.key;
    var task = state.byId[state.focus.taskId];
    if (event.altKey && event.shiftKey) {
      var actions = { ArrowRight: 'indent', ArrowLeft: 'outdent', ArrowUp: 'move-up', ArrowDown: 'move-down' };
      if (actions[key]) { event.preventDefault(); act(actions[key]); }
      return;
    }
    switch (key) {
      case 'ArrowDown': moveFocus(1, 0); break;
      case 'ArrowUp': moveFocus(-1, 0); break;
      case 'ArrowRight': moveFocus(0, 1); break;
      case 'ArrowLeft': moveFocus(0, -1); break;
      case 'PageDown': moveFocus(10, 0); break;
      case 'PageUp': moveFocus(-10, 0); break;
      case 'Home': event.ctrlKey ? focusCell(state.rows[0].id, state.focus.col) : moveFocus(0, -COLUMNS.length); break;
      case 'End': event.ctrlKey ? focusCell(state.rows[state.rows.length - 1].id, state.focus.col) : moveFocus(0, COLUMNS.length); break;
      case 'Tab':
        // Tab walks the cells of a row and leaves the grid after the last one (no keyboard trap)
        var next = state.focus.col + (event.shiftKey ? -1 : 1);
        if (next < 0 || next >= COLUMNS.length) return;
        moveFocus(0, event.shiftKey ? -1 : 1);
        break;
      case 'Enter': case 'F2': openEditor(cell); break;
      case 'Insert': act('insert'); break;
      case 'Delete': act('delete'); break;
      case '+': case '-': case '*':
        if (task && task.summary) toggle(task.id, key === '-' ? false : true);
        break;
      default: return;
    }
    event.preventDefault();
  }

  function toggle(taskId, expand) {
    if (expand === undefined) expand = state.collapsed.has(taskId);
    if (expand) state.collapsed.delete(taskId); else state.collapsed.add(taskId);
    saveCollapsed();
    computeRows();
    renderGrid();
    renderChart();
    focusCell(taskId, state.focus.col);
  }

  // ---------- editing ----------

  function openEditor(cell) {
    var column = COLUMNS[+cell.dataset.col];
    if (!canEdit || !EDITABLE[column] || state.editor) return;
    var task = state.byId[cell.parentNode.dataset.taskId];
    var input = document.createElement('input');
    input.type = 'text';
    input.className = 'plan-editor';
    input.value = editValue(task, column);
    input.setAttribute('aria-label', label('col.' + column) + ', ' + task.row + ' ' + task.name);
    state.editor = { taskId: task.id, field: column, input: input, cell: cell, original: input.value };
    cell.classList.add('editing');
    cell.textContent = '';
    cell.appendChild(input);
    input.focus();
    input.select();
    input.addEventListener('keydown', onEditorKey);
    input.addEventListener('blur', onEditorBlur);
  }

  function editValue(task, column) {
    if (column === 'start' || column === 'finish') return isoDate(task[column]);
    if (column === 'percentComplete') return String(task.percentComplete);
    if (column === 'duration') return localDuration(task.duration);
    return task[column] || '';
  }

  function onEditorKey(event) {
    event.stopPropagation();
    if (event.key === 'Escape') { event.preventDefault(); cancelEditor(); }
    else if (event.key === 'Enter') { event.preventDefault(); commit(0); }
    else if (event.key === 'Tab') { event.preventDefault(); commit(event.shiftKey ? -1 : 1); }
  }

  // Leaving the cell with the mouse commits a changed value, like a spreadsheet; an unchanged one just closes.
  function onEditorBlur() {
    var editor = state.editor;
    if (!editor || editor.committing) return;
    if (editor.input.value === editor.original) cancelEditor(false);
    else commit(0, false);
  }

  function commit(step, keepFocus) {
    var editor = state.editor;
    if (!editor || editor.committing) return;
    if (editor.input.value === editor.original) {
      cancelEditor(keepFocus);
      if (step) moveFocus(0, step);
      return;
    }
    editor.committing = true;
    var col = +editor.cell.dataset.col;
    send('PATCH', '/tasks/' + editor.taskId, { field: editor.field, value: editor.input.value }).then(function (ok) {
      if (ok) {
        if (keepFocus !== false) focusCell(editor.taskId, Math.max(0, Math.min(COLUMNS.length - 1, col + step)));
      } else if (state.editor === editor) {
        // the typed text stays in the cell so that it can be corrected
        editor.committing = false;
        if (keepFocus !== false) editor.input.focus();
      }
    });
  }

  function cancelEditor(keepFocus) {
    var editor = state.editor;
    if (!editor) return;
    state.editor = null;
    clearError();
    var task = state.byId[editor.taskId];
    editor.cell.classList.remove('editing');
    editor.cell.textContent = '';
    fillCell(editor.cell, task, editor.field);
    if (keepFocus !== false) focusCell(editor.taskId, +editor.cell.dataset.col);
  }

  function closeEditor() { if (state.editor) cancelEditor(false); }

  // ---------- toolbar actions ----------

  function act(action) {
    if (!canEdit || state.editor) return;
    var task = state.byId[state.focus.taskId];
    if (action === 'insert') {
      var before = new Set(Object.keys(state.byId));
      send('POST', '/tasks', { afterTaskId: task ? task.id : null, name: label('newTask') }).then(function (ok) {
        if (!ok) return;
        var created = state.plan.tasks.filter(function (t) { return !before.has(String(t.id)); })[0];
        if (created) {
          focusCell(created.id, 2);
          var cell = cellAt(created.id, 2);
          if (cell) openEditor(cell);
        }
      });
      return;
    }
    if (!task) return;
    if (action === 'delete') {
      if (!window.confirm(label('confirmDelete', task.name))) return;
      var i = focusedIndex();
      var neighbour = state.rows[i + 1] || state.rows[i - 1];
      send('DELETE', '/tasks/' + task.id).then(function (ok) {
        if (ok && neighbour && state.byId[neighbour.id]) focusCell(neighbour.id, state.focus.col);
        else if (ok && state.rows.length) focusCell(state.rows[0].id, state.focus.col);
      });
      return;
    }
    var col = state.focus.col;
    send('POST', '/tasks/' + task.id + '/' + action).then(function (ok) {
      if (ok) focusCell(task.id, col);
    });
  }

  function updateButtons() {
    var task = state.byId[state.focus.taskId];
    root.querySelectorAll('[data-action]').forEach(function (button) {
      var action = button.dataset.action;
      button.disabled = !canEdit || (action !== 'insert' && !task);
    });
  }

  // ---------- export and print ----------

  // The chart of rows first..last between x = left and left + width, header included, as one SVG whose colours
  // are attributes, so that it stands alone (PNG export, printing).
  function chartSlice(first, last, left, width) {
    var height = HEAD + (last - first + 1) * ROW;
    var out = svg('svg', { xmlns: SVGNS, width: width, height: height, viewBox: '0 0 ' + width + ' ' + height,
      'font-family': 'system-ui, sans-serif' });
    svg('rect', { width: width, height: height, fill: '#ffffff' }, out);
    var head = svg('svg', { x: 0, y: 0, width: width, height: HEAD, viewBox: left + ' 0 ' + width + ' ' + HEAD }, out);
    drawHeader(head, left, left + width, left);
    var body = svg('svg', { x: 0, y: HEAD, width: width, height: height - HEAD,
      viewBox: left + ' ' + first * ROW + ' ' + width + ' ' + (height - HEAD) }, out);
    drawBody(body, first, last, left, left + width, state.rows.length * ROW);
    return out;
  }

  // The rows in view as on the screen, with the task names in a column on the left.
  function exportSvg() {
    var scroll = els.ganttScroll;
    var first = Math.floor(scroll.scrollTop / ROW);
    var last = Math.min(state.rows.length - 1, Math.ceil((scroll.scrollTop + scroll.clientHeight) / ROW) - 1);
    var left = scroll.scrollLeft, width = Math.min(scroll.clientWidth, state.width - left);
    var names = 260, height = HEAD + (last - first + 1) * ROW;
    var out = svg('svg', { xmlns: SVGNS, width: names + width, height: height, 'font-family': 'system-ui, sans-serif' });
    svg('rect', { width: names + width, height: height, fill: '#ffffff' }, out);
    var chart = chartSlice(first, last, left, width);
    chart.setAttribute('x', names);
    out.appendChild(chart);
    svg('rect', { width: names, height: HEAD, fill: '#f8f9fc' }, out);
    text(out, label('col.name'), { x: 8, y: 27, 'font-size': 12, 'font-weight': 600, fill: MUTED });
    for (var i = first; i <= last; i++) {
      var task = state.rows[i], y = HEAD + (i - first) * ROW;
      var clip = svg('svg', { x: 0, y: y, width: names - 8, height: ROW }, out);
      text(clip, task.row + '  ' + task.name, { x: 8 + task.level * 12, y: 18, 'font-size': 12, fill: INK,
        'font-weight': task.summary ? 700 : 400 });
      svg('line', { x1: 0, x2: names, y1: y + ROW - 0.5, y2: y + ROW - 0.5, stroke: LINE }, out);
    }
    svg('line', { x1: names - 0.5, x2: names - 0.5, y1: 0, y2: height, stroke: '#c4cad6' }, out);
    return out;
  }

  function exportPng() {
    if (!state.plan) return;
    var image = exportSvg();
    var width = +image.getAttribute('width'), height = +image.getAttribute('height');
    var source = new XMLSerializer().serializeToString(image);
    var img = new Image();     // a data: URL, as the page's CSP allows images from data: but not from blob:
    img.onload = function () {
      var scale = window.devicePixelRatio > 1 ? 2 : 1;
      var canvas = document.createElement('canvas');
      canvas.width = width * scale;
      canvas.height = height * scale;
      var context = canvas.getContext('2d');
      context.scale(scale, scale);
      context.drawImage(img, 0, 0);
      canvas.toBlob(function (blob) {
        var link = document.createElement('a');
        link.href = URL.createObjectURL(blob);
        link.download = (state.plan.code || 'plan') + '-gantt.png';
        document.body.appendChild(link);
        link.click();
        link.remove();
        window.setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
      }, 'image/png');
    };
    img.onerror = function () { showError(label('errorExport')); };
    img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(source);
  }

  // Printing: an SVG drawing cannot break across pages, so the plan is printed as pages of PRINT_ROWS rows, each a
  // small table of the grid beside the slice of the chart for the same rows, the whole plan fitted to the page width.
  var PRINT_ROWS = 20, PRINT_CHART = 560;
  var PRINT_COLUMNS = ['row', 'wbs', 'name', 'duration', 'start', 'finish', 'percentComplete'];

  function beforePrint() {
    if (!state.plan || state.printing) return;
    state.printing = true;
    computeScale();
    var pages = root.querySelector('.plan-printout');
    pages.textContent = '';
    var heads = root.querySelectorAll('.plan-head-row .plan-cell');
    for (var first = 0; first < state.rows.length; first += PRINT_ROWS) {
      var last = Math.min(state.rows.length - 1, first + PRINT_ROWS - 1);
      var page = document.createElement('div');
      page.className = 'plan-print-page';
      var table = document.createElement('table');
      var headRow = table.createTHead().insertRow();
      PRINT_COLUMNS.forEach(function (column) {
        var th = document.createElement('th');
        th.textContent = heads[COLUMNS.indexOf(column)].textContent;
        headRow.appendChild(th);
      });
      var body = table.createTBody();
      for (var i = first; i <= last; i++) {
        var task = state.rows[i], tr = body.insertRow();
        if (task.summary) tr.className = 'summary';
        PRINT_COLUMNS.forEach(function (column) {
          var td = tr.insertCell();
          td.className = 'c-' + column;
          fillCell(td, task, column);
        });
      }
      page.appendChild(table);
      page.appendChild(chartSlice(first, last, 0, state.width));
      pages.appendChild(page);
    }
  }

  function afterPrint() {
    if (!state.printing) return;
    state.printing = false;
    root.querySelector('.plan-printout').textContent = '';
    state.pxPerDay = ZOOMS[state.zoom];
    computeScale();
    renderChart();
  }

  // ---------- wiring ----------

  // The grid and the chart scroll together; setting the same scrollTop again fires no further change.
  var frame = 0;
  function onScroll(source, target) {
    return function () {
      if (target.scrollTop !== source.scrollTop) target.scrollTop = source.scrollTop;
      hideTooltip();
      if (!frame) frame = window.requestAnimationFrame(function () { frame = 0; renderChart(); });
    };
  }

  function wire() {
    if (!canEdit) els.grid.setAttribute('aria-readonly', 'true');
    els.gridScroll.addEventListener('scroll', onScroll(els.gridScroll, els.ganttScroll));
    els.ganttScroll.addEventListener('scroll', onScroll(els.ganttScroll, els.gridScroll));
    els.gridBody.addEventListener('keydown', onGridKey);
    els.gridBody.addEventListener('click', function (event) {
      var cell = event.target.closest('.plan-cell');
      if (!cell || cell.classList.contains('editing')) return;
      var taskId = +cell.parentNode.dataset.taskId;
      if (event.target.closest('.plan-toggle')) { toggle(taskId); return; }
      focusCell(taskId, +cell.dataset.col);
    });
    els.gridBody.addEventListener('dblclick', function (event) {
      var cell = event.target.closest('.plan-cell');
      if (cell && !cell.classList.contains('editing')) openEditor(cell);
    });
    els.chart.addEventListener('mousemove', showTooltip);
    els.chart.addEventListener('mouseleave', hideTooltip);
    els.chart.addEventListener('click', function (event) {
      var bar = event.target.closest && event.target.closest('.plan-bar');
      if (bar) focusCell(+bar.getAttribute('data-task-id'), state.focus.col);
    });
    root.querySelectorAll('[data-action]').forEach(function (button) {
      button.addEventListener('click', function () { act(button.dataset.action); });
    });
    if (els.zoom) els.zoom.addEventListener('change', function () { setZoom(els.zoom.value); });
    var png = root.querySelector('.plan-export');
    if (png) png.addEventListener('click', exportPng);
    var print = root.querySelector('.plan-print');
    if (print) print.addEventListener('click', function () { window.print(); });
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    var printMedia = window.matchMedia('print');
    printMedia.addEventListener('change', function () { if (printMedia.matches) beforePrint(); else afterPrint(); });
    window.addEventListener('resize', function () { renderChart(); });
  }

  // Changing the zoom keeps the date at the left edge of the chart in place.
  function setZoom(zoom) {
    if (!ZOOMS[zoom] || !state.plan) return;
    var scroll = els.ganttScroll;
    var leftDate = state.origin + scroll.scrollLeft / state.pxPerDay * DAY;
    hideTooltip();
    state.zoom = zoom;
    state.pxPerDay = ZOOMS[zoom];
    computeScale();
    renderChart();
    scroll.scrollLeft = Math.max(0, (leftDate - state.origin) / DAY * state.pxPerDay);
    renderChart();
  }

  // The notes form shows the chosen task's notes, to be changed rather than typed again.
  var notesTask = document.getElementById('plan-notes-task');
  var notesText = document.getElementById('plan-notes-text');
  if (notesTask && notesText) {
    notesTask.addEventListener('change', function () {
      var task = state.byId[notesTask.value];
      notesText.value = (task && task.notes) || '';
    });
  }

  // for the browser tests and the console: the state the page shows
  root.planState = function () { return state; };

  wire();
  load();
})();
