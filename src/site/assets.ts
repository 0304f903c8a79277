// The site's style sheet and its one small script, written to assets/ (no fonts, images or
// libraries: government networks are closed, and every page must work from the folder alone).
// The script searches and sorts the tables marked for it; the search and the order are kept in
// the page address (#q=…&sort=…&dir=…), so a filtered list can be bookmarked or sent on.

export const CSS = `:root { --red: #c62828; --yellow: #f9a825; --green: #2e7d32; --ink: #1b1b1b; --line: #d0d4da; --head: #eef1f5; --link: #1f4e9c; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); font: 15px/1.6 "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "SimHei", sans-serif; background: #fafbfc; }
header.top { background: #8b0000; color: #fff; padding: 6px 20px; display: flex; flex-wrap: wrap; gap: 4px 24px; align-items: baseline; }
header.top nav a { color: #fff; margin-right: 18px; text-decoration: none; font-weight: bold; }
header.top nav a:hover { text-decoration: underline; }
.stamp { margin: 0; font-size: 13px; opacity: .9; }
main { max-width: 1200px; margin: 0 auto; padding: 8px 20px 32px; }
h1 { font-size: 24px; margin: 16px 0 8px; }
h2 { font-size: 19px; margin: 24px 0 8px; padding-bottom: 4px; border-bottom: 2px solid #8b0000; }
h3 { font-size: 16px; margin: 14px 0 6px; } h3 small { font-weight: normal; color: #555; }
h4 { font-size: 15px; margin: 10px 0 4px; }
a { color: var(--link); }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; background: #fff; font-size: 14px; }
th, td { border: 1px solid var(--line); padding: 4px 6px; vertical-align: top; text-align: left; }
th { background: var(--head); font-weight: bold; white-space: nowrap; }
th.sortable { cursor: pointer; user-select: none; } th.sortable::after { content: " ⇅"; color: #999; }
th[aria-sort=ascending]::after { content: " ▲"; color: var(--ink); } th[aria-sort=descending]::after { content: " ▼"; color: var(--ink); }
td.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr[hidden] { display: none; }
.light { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 3px; vertical-align: -1px; }
.light.red { background: var(--red); } .light.yellow { background: var(--yellow); } .light.green { background: var(--green); }
.figures { display: flex; flex-wrap: wrap; gap: 10px; }
.figures > div { background: #fff; border: 1px solid var(--line); padding: 8px 14px; min-width: 150px; }
.figures b { display: block; font-size: 22px; } .figures span { color: #555; font-size: 13px; }
.figures .lights > span { display: block; font-size: 15px; color: var(--ink); }
.search input { font: inherit; padding: 4px 8px; width: 24em; max-width: 100%; }
.empty, .note { color: #666; }
.warning { border: 2px solid var(--red); color: var(--red); padding: 6px 10px; font-weight: bold; }
dl.fields { display: grid; grid-template-columns: max-content 1fr max-content 1fr; gap: 2px 14px; background: #fff; border: 1px solid var(--line); padding: 8px 12px; }
dl.fields dt { color: #555; } dl.fields dd { margin: 0; }
figure.chart { margin: 6px 0 12px; background: #fff; border: 1px solid var(--line); padding: 6px; }
figure.chart figcaption { text-align: center; color: #555; font-size: 13px; }
.problem { background: #fff; border: 1px solid var(--line); padding: 4px 12px; margin: 8px 0; }
.problem.open { border-left: 4px solid var(--red); }
ol.timeline { list-style: none; padding: 0; margin: 4px 0 8px; display: flex; flex-wrap: wrap; gap: 4px; }
ol.timeline li { border: 1px solid var(--line); background: #f6f7f9; padding: 2px 10px; position: relative; }
ol.timeline li + li::before { content: "→ "; color: #999; }
ol.timeline li.L2 { background: #fff6e0; } ol.timeline li.L3 { background: #fde8e8; } ol.timeline li.resolved { background: #e6f4e7; }
.state.late, .state.done-late, .state.closed-late, .state.missed { color: #b26a00; }
.state.missing, .state.overdue { color: var(--red); font-weight: bold; }
.state.on-time, .state.done, .state.closed { color: var(--green); }
ul.projects { columns: 2; } ul.overdue li { margin: 2px 0; }
details { background: #fff; border: 1px solid var(--line); margin: 4px 0; padding: 4px 10px; } summary { cursor: pointer; font-weight: bold; }
footer { max-width: 1200px; margin: 0 auto; padding: 8px 20px 24px; color: #666; font-size: 13px; border-top: 1px solid var(--line); }
@media print {
  @page { size: A4; margin: 15mm 12mm; }
  body { background: #fff; font-size: 11pt; }
  header.top { background: none; color: #000; padding: 0 0 4pt; border-bottom: 1pt solid #000; }
  header.top nav, .search, th.sortable::after { display: none; }
  main { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  table { font-size: 9.5pt; page-break-inside: auto; } tr { page-break-inside: avoid; } thead { display: table-header-group; }
  section { page-break-inside: auto; } h2 { page-break-after: avoid; }
  details { border: none; padding: 0; } details > summary { list-style: none; }
  .light { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  footer { border: none; }
}
`;

export const JS = `// kzp site: search and sort of the marked tables, kept in the page address. No library.
(function () {
  'use strict';
  var state = {};
  function readHash() {
    state = {};
    location.hash.replace(/^#/, '').split('&').forEach(function (kv) {
      var i = kv.indexOf('=');
      if (i > 0) { try { state[kv.slice(0, i)] = decodeURIComponent(kv.slice(i + 1)); } catch (e) { /* a broken address is ignored */ } }
    });
  }
  function writeHash() {
    var parts = [];
    ['q', 'sort', 'dir'].forEach(function (k) { if (state[k]) parts.push(k + '=' + encodeURIComponent(state[k])); });
    if (history.replaceState) history.replaceState(null, '', parts.length ? '#' + parts.join('&') : location.pathname + location.search);
  }
  function key(td) {
    var v = td.getAttribute('data-v');
    if (v === null) v = td.textContent;
    var n = Number(v);
    return v !== '' && !isNaN(n) ? n : String(v);
  }
  var collator = typeof Intl !== 'undefined' ? new Intl.Collator('zh-CN', { numeric: true }) : null;
  function compare(a, b) {
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    a = String(a); b = String(b);
    return collator ? collator.compare(a, b) : (a < b ? -1 : a > b ? 1 : 0);
  }
  function sort(table, col, dir) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var indexed = rows.map(function (r, i) { return { r: r, k: key(r.cells[col]), i: i }; });
    indexed.sort(function (x, y) { return (dir === 'desc' ? -1 : 1) * compare(x.k, y.k) || x.i - y.i; });
    indexed.forEach(function (x) { body.appendChild(x.r); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, i) {
      if (i === col) th.setAttribute('aria-sort', dir === 'desc' ? 'descending' : 'ascending'); else th.removeAttribute('aria-sort');
    });
  }
  function filter(table, q, out) {
    var words = q.toLowerCase().split(/\\s+/).filter(Boolean);
    var shown = 0, rows = table.tBodies[0].rows;
    for (var i = 0; i < rows.length; i++) {
      var text = rows[i].textContent.toLowerCase();
      var ok = words.every(function (w) { return text.indexOf(w) >= 0; });
      rows[i].hidden = !ok;
      if (ok) shown++;
    }
    if (out) out.textContent = words.length ? '找到 ' + shown + ' 个，共 ' + rows.length + ' 个' : '共 ' + rows.length + ' 个';
  }
  function init() {
    readHash();
    var tables = document.querySelectorAll('table.sortable-table');
    Array.prototype.forEach.call(tables, function (table) {
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
        if (!th.hasAttribute('data-col')) return;
        th.tabIndex = 0;
        var go = function () {
          var col = Number(th.getAttribute('data-col'));
          var dir = state.sort === String(col) && state.dir !== 'desc' ? 'desc' : 'asc';
          state.sort = String(col); state.dir = dir;
          sort(table, col, dir); writeHash();
        };
        th.addEventListener('click', go);
        th.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); go(); } });
      });
      if (state.sort !== undefined && table.tHead.rows[0].cells[Number(state.sort)]) sort(table, Number(state.sort), state.dir);
    });
    var inputs = document.querySelectorAll('input[data-filter]');
    Array.prototype.forEach.call(inputs, function (input) {
      var table = document.getElementById(input.getAttribute('data-filter'));
      if (!table) return;
      var out = document.getElementById(input.id + '-count');
      if (state.q) input.value = state.q;
      var run = function () { state.q = input.value.trim(); filter(table, state.q, out); writeHash(); };
      input.addEventListener('input', run);
      if (state.q) filter(table, state.q, out);
    });
    // a printed page shows what is folded away on screen (the items behind each score)
    var folded = [];
    window.addEventListener('beforeprint', function () {
      folded = Array.prototype.filter.call(document.querySelectorAll('details'), function (d) { return !d.open; });
      folded.forEach(function (d) { d.open = true; });
    });
    window.addEventListener('afterprint', function () { folded.forEach(function (d) { d.open = false; }); folded = []; });
    document.documentElement.setAttribute('data-ready', '1');
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init); else init();
})();
`;
