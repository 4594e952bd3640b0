// Lodestar's small amount of browser code: CSRF for htmx requests and form niceties. No inline scripts (CSP).
(function () {
  'use strict';

  // htmx sends the session's CSRF token with every request that changes something.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) event.detail.headers[header.content] = token.content;
  });

  // A select with data-filters="otherId" shows only the options of otherId whose data-portfolio matches its value
  // (all of them while it has none).
  function filterDependent(select) {
    var target = document.getElementById(select.dataset.filters);
    if (!target) return;
    Array.prototype.forEach.call(target.options, function (option) {
      var owner = option.dataset.portfolio;
      var visible = !owner || !select.value || owner === select.value;
      option.hidden = !visible;
      option.disabled = !visible;
      if (!visible && option.selected) {
        target.value = '';
        target.dispatchEvent(new Event('change', { bubbles: true })); // so that htmx filters lists again
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('select[data-filters]').forEach(function (select) {
      filterDependent(select);
      select.addEventListener('change', function () { filterDependent(select); });
    });
  });
})();
