/* Anwesenheit grid: colours a day cell by its code and jumps to the next day after a valid letter.
   Bound by event delegation (no inline handlers: the pages run under a Content-Security-Policy). */
(function () {
  function tag(el, weiter) {
    var v = (el.value || '').trim().toUpperCase();
    el.value = v;
    var gueltig = v.length <= 1 && 'AKOUSF-'.indexOf(v) >= 0;
    el.className = 'tag ' + (v === '' || v === '-' ? 'tag-frei' : (gueltig ? 'tag-' + v.toLowerCase() : 'tag-fehler'));
    if (weiter && gueltig && v !== '') {
      var td = el.closest('td');
      var naechste = td ? td.nextElementSibling : null;
      var input = naechste ? naechste.querySelector('input') : null;
      if (input) { input.focus(); input.select(); }
    }
  }
  function tagfeld(e) {
    var el = e.target;
    return el && el.tagName === 'INPUT' && el.classList.contains('tag') && !el.readOnly ? el : null;
  }
  document.addEventListener('focusin', function (e) { var el = tagfeld(e); if (el) { el.select(); } });
  document.addEventListener('input', function (e) { var el = tagfeld(e); if (el) { tag(el, true); } });
  document.addEventListener('change', function (e) { var el = tagfeld(e); if (el) { tag(el, false); } });
})();
