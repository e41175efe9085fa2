(function () {
  'use strict';
  var diagram = document.getElementById('diagram');
  var zoom = document.getElementById('diagram-zoom');
  if (diagram && zoom)
    zoom.addEventListener('click', function () {
      var fit = diagram.classList.toggle('fit');
      zoom.textContent = fit ? 'Actual size' : 'Fit to width';
    });
  var table = document.getElementById('items');
  if (!table) return;
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var text = document.getElementById('filter-text');
  var status = document.getElementById('filter-status');
  var group = document.getElementById('filter-group');
  var shown = document.getElementById('shown');
  function apply() {
    var q = text.value.trim().toLowerCase(), s = status.value, g = group.value, n = 0;
    rows.forEach(function (r) {
      var ok = (!q || r.textContent.toLowerCase().indexOf(q) >= 0) &&
               (!s || r.getAttribute('data-status') === s) &&
               (!g || r.getAttribute('data-group') === g);
      r.hidden = !ok;
      if (ok) n++;
    });
    shown.textContent = String(n);
  }
  function choose(select, value) {
    select.value = '';
    Array.prototype.forEach.call(select.options, function (o) {
      if (o.value === value) select.value = value;
    });
  }
  function fromAddress() {
    var h = location.hash.slice(1);
    if (h.indexOf('row-') === 0) {
      var row = document.getElementById(decodeURIComponent(h));
      if (row && row.hidden) {
        text.value = '';
        status.value = '';
        group.value = '';
        apply();
        row.scrollIntoView();
      }
      return;
    }
    var p = new URLSearchParams(h);
    if (!p.has('filter') && !p.has('status') && !p.has('group')) return;
    text.value = p.get('filter') || '';
    choose(status, p.get('status') || '');
    choose(group, p.get('group') || '');
    apply();
  }
  text.addEventListener('input', apply);
  status.addEventListener('change', apply);
  group.addEventListener('change', apply);
  var heads = table.tHead.rows[0].cells;
  Array.prototype.forEach.call(heads, function (th, i) {
    function sort() {
      var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
      Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', dir > 0 ? 'ascending' : 'descending');
      rows.sort(function (a, b) {
        return dir * a.cells[i].textContent.localeCompare(b.cells[i].textContent, undefined,
                                                          {numeric: true, sensitivity: 'base'});
      });
      rows.forEach(function (r) { tbody.appendChild(r); });
    }
    th.tabIndex = 0;
    th.addEventListener('click', sort);
    th.addEventListener('keydown', function (e) { if (e.key === 'Enter') sort(); });
  });
  window.addEventListener('hashchange', fromAddress);
  apply();
  fromAddress();
})();
