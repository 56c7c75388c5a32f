/*
 * Small accessibility helpers of every page (issue 17 items 1 and 5). A file of its own (no inline script): the pages
 * run under a Content-Security-Policy.
 * - The button "Menü" folds the main menu below 768 px (CSS .kopf.menu-offen) and says so with aria-expanded.
 * - PrimeFaces' date picker button carries the text "ui-button" beside its label "Datum wählen"; the text becomes the
 *   label, so what is read is what is named (WCAG 2.5.3). Also for pickers rendered later by Ajax.
 * - PrimeFaces marks the file input of p:fileUpload (mode simple) aria-hidden although it takes the focus: the mark
 *   goes, and a skinned upload is named by its button text.
 * - An error message in the growl is announced at once (role=alert).
 * - A table column whose filled cells are all German numbers ("1.234,56 €", "−25,00 %", "26,00 h") gets the class
 *   "zahl" on its cells and header: right-aligned with tabular figures (CSS), so digits stand under each other.
 * - Focus after Ajax and dialogs: when an update replaced the focused element (a dialog's trigger in a re-rendered
 *   list, a button of the form), the focus goes to the new element of the same id, else to the main content, never
 *   back to the start of the page.
 */
(function () {
    'use strict';

    function menu() {
        var schalter = document.getElementById('menuSchalter');
        var kopf = document.getElementById('kopf');
        if (!schalter || !kopf) {
            return;
        }
        schalter.addEventListener('click', function () {
            var offen = kopf.classList.toggle('menu-offen');
            schalter.setAttribute('aria-expanded', offen ? 'true' : 'false');
        });
        document.addEventListener('keydown', function (e) {
            if (e.key === 'Escape' && kopf.classList.contains('menu-offen')) {
                kopf.classList.remove('menu-offen');
                schalter.setAttribute('aria-expanded', 'false');
                schalter.focus();
            }
        });
    }

    function knoepfe(wurzel) {
        if (!wurzel.querySelectorAll) {
            return;
        }
        var liste = wurzel.querySelectorAll('.ui-datepicker-trigger');
        for (var i = 0; i < liste.length; i++) {
            var text = liste[i].querySelector('.ui-button-text');
            var name = liste[i].getAttribute('aria-label') || liste[i].getAttribute('title') || 'Datum wählen';
            liste[i].setAttribute('aria-label', name);
            if (text && text.textContent !== name) {
                text.textContent = name;
            }
        }
        var dateien = wurzel.querySelectorAll('input[type=file][aria-hidden]');
        for (var j = 0; j < dateien.length; j++) {
            dateien[j].removeAttribute('aria-hidden');
            var beschriftung = document.getElementById(dateien[j].id.replace(/_input$/, '') + '_label');
            if (beschriftung && !dateien[j].hasAttribute('aria-labelledby')) {
                dateien[j].setAttribute('aria-labelledby', beschriftung.id);
            }
        }
        var fehler = wurzel.querySelectorAll('.ui-growl-item-container.ui-growl-error, .ui-messages-error');
        for (var k = 0; k < fehler.length; k++) {
            fehler[k].setAttribute('role', 'alert');
        }
    }

    var ZAHL = /^[\u2212+-]?\d{1,3}(\.\d{3})*(,\d+)?\s?(\u20ac|%|h|Std\.|VK|Tage?)?$|^[\u2212+-]?\d+(,\d+)?\s?(\u20ac|%|h|Std\.|VK|Tage?)?$/;

    function zahlenspalten(wurzel) {
        if (!wurzel.querySelectorAll) {
            return;
        }
        var tabellen = wurzel.matches && wurzel.matches('table') ? [wurzel] : wurzel.querySelectorAll('table');
        for (var t = 0; t < tabellen.length; t++) {
            var zeilen = tabellen[t].tBodies.length ? tabellen[t].tBodies[0].rows : [];
            var spalten = {};
            for (var z = 0; z < zeilen.length; z++) {
                var zellen = zeilen[z].cells;
                for (var c = 0; c < zellen.length; c++) {
                    if (zellen[c].colSpan > 1 || zellen[c].querySelector('input, select, textarea, button')) {
                        spalten[c] = false;
                        continue;
                    }
                    var text = zellen[c].textContent.replace(/\s+/g, ' ').trim();
                    if (text === '' || text === '–' || text === '—') {
                        continue;
                    }
                    spalten[c] = spalten[c] !== false && ZAHL.test(text);
                }
            }
            var kopf = tabellen[t].tHead ? tabellen[t].tHead.rows : [];
            for (var k in spalten) {
                if (!spalten[k]) {
                    continue;
                }
                for (var r = 0; r < zeilen.length; r++) {
                    if (zeilen[r].cells[k]) {
                        zeilen[r].cells[k].classList.add('zahl');
                    }
                }
                if (kopf.length === 1 && kopf[0].cells[k]) {
                    kopf[0].cells[k].classList.add('zahl');
                }
            }
        }
    }

    var zuletzt = null;

    function fokusZurueck() {
        window.setTimeout(function () {
            var aktiv = document.activeElement;
            if (!zuletzt || document.contains(zuletzt) || (aktiv && aktiv !== document.body)) {
                return; // nothing was focused, or it is still there, or the focus is somewhere on purpose
            }
            var ersatz = zuletzt.id ? document.getElementById(zuletzt.id) : null;
            zuletzt = null;
            if (ersatz && ersatz.offsetParent !== null) {
                ersatz.focus({preventScroll: true});
            } else if (document.getElementById('inhalt')) {
                document.getElementById('inhalt').focus({preventScroll: true});
            }
        }, 50);
    }

    function fokus() {
        document.addEventListener('focusin', function (e) {
            if (e.target && e.target !== document.body) {
                zuletzt = e.target;
            }
        });
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', fokusZurueck);
        }
        document.addEventListener('keyup', function (e) {
            if (e.key === 'Escape') {
                fokusZurueck();
            }
        });
    }

    function start() {
        menu();
        fokus();
        knoepfe(document);
        zahlenspalten(document);
        if (window.MutationObserver) {
            new MutationObserver(function (aenderungen) {
                for (var i = 0; i < aenderungen.length; i++) {
                    for (var j = 0; j < aenderungen[i].addedNodes.length; j++) {
                        var n = aenderungen[i].addedNodes[j];
                        if (n.nodeType === 1) {
                            knoepfe(n.parentNode || n);
                            var tabelle = n.closest ? n.closest('table') : null;
                            zahlenspalten(tabelle || n);
                        }
                    }
                }
            }).observe(document.body, {childList: true, subtree: true});
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
