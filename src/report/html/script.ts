/**
 * The report page's only script, inlined and allowed by its hash in the page's CSP: click a header to sort
 * any table marked sortable; the selects and the text box filter the inventory table. No network, no eval.
 */
export const SCRIPT = `
(function () {
  'use strict';
  var collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  function key(row, index) {
    var cell = row.cells[index];
    if (!cell) return '';
    return cell.getAttribute('data-sort-value') || cell.textContent.trim();
  }
  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
    var headers = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(headers, function (th, index) {
      if (!th.hasAttribute('data-sort')) return;
      th.tabIndex = 0;
      function sort() {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(headers, function (other) { other.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) { return (ascending ? 1 : -1) * collator.compare(key(a, index), key(b, index)); });
        rows.forEach(function (row) { body.appendChild(row); });
      }
      th.addEventListener('click', sort);
      th.addEventListener('keydown', function (event) { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); sort(); } });
    });
  });

  var inventory = document.getElementById('inventory-table');
  if (!inventory) return;
  var selects = Array.prototype.slice.call(document.querySelectorAll('select[data-filter]'));
  var text = document.getElementById('filter-text');
  var shown = document.getElementById('shown');
  function values(row, name) {
    try { return JSON.parse(row.getAttribute('data-' + name) || '[]'); } catch (error) { return []; }
  }
  function apply() {
    var needle = text.value.trim().toLowerCase();
    var count = 0;
    Array.prototype.forEach.call(inventory.tBodies[0].rows, function (row) {
      var visible = selects.every(function (select) {
        return !select.value || values(row, select.getAttribute('data-filter')).indexOf(select.value) >= 0;
      });
      if (visible && needle) visible = row.textContent.toLowerCase().indexOf(needle) >= 0;
      row.classList.toggle('hidden', !visible);
      if (visible) count++;
    });
    shown.textContent = String(count);
  }
  selects.forEach(function (select) { select.addEventListener('change', apply); });
  text.addEventListener('input', apply);
  apply();
})();
`;
