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

  // Below 1100 px the top bar folds its links behind a menu button (see lodestar.css); Escape closes the menu.
  function menu() {
    var bar = document.querySelector('.topbar');
    var button = document.getElementById('menu-button');
    if (!bar || !button) return;
    function show(open) {
      bar.classList.toggle('open', open);
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
    }
    button.hidden = false;
    bar.classList.add('has-menu');
    button.addEventListener('click', function () { show(!bar.classList.contains('open')); });
    bar.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && bar.classList.contains('open')) {
        show(false);
        button.focus();
      }
    });
  }

  // A table that scrolls sideways in its .table-wrap (or .scroll-x) becomes a focusable region named after the table (its caption,
  // aria-label or the heading before it), so that keyboard and screen-reader users can reach and scroll it.
  function scrollRegions(root) {
    var fallback = document.body.dataset.tableLabel || '';
    root.querySelectorAll('.table-wrap, .scroll-x').forEach(function (wrap) {
      var scrolls = wrap.scrollWidth > wrap.clientWidth + 1;
      if (!scrolls) {
        if (wrap.dataset.region === 'auto') {
          wrap.removeAttribute('tabindex');
          wrap.removeAttribute('role');
          wrap.removeAttribute('aria-label');
          delete wrap.dataset.region;
        }
        return;
      }
      if (wrap.hasAttribute('tabindex')) return;
      var table = wrap.querySelector('table');
      var caption = table && table.caption ? table.caption.textContent : '';
      var heading = wrap.previousElementSibling;
      var name = (table && table.getAttribute('aria-label')) || caption
          || (heading && /^H[1-6]$/.test(heading.tagName) ? heading.textContent : '') || fallback;
      wrap.setAttribute('tabindex', '0');
      wrap.setAttribute('role', 'region');
      wrap.setAttribute('aria-label', name.replace(/\s+/g, ' ').trim());
      wrap.dataset.region = 'auto';
    });
  }

  var resizing;
  window.addEventListener('resize', function () {
    clearTimeout(resizing);
    resizing = setTimeout(function () { scrollRegions(document); }, 150);
  });
  document.addEventListener('htmx:afterSettle', function () { scrollRegions(document); });

  document.addEventListener('DOMContentLoaded', function () {
    menu();
    scrollRegions(document);
    document.querySelectorAll('select[data-filters]').forEach(function (select) {
      filterDependent(select);
      select.addEventListener('change', function () { filterDependent(select); });
    });
  });
})();
