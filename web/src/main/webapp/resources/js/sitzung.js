/*
 * Warns a minute before an idle session ends (issue 16 item 2; README "Sign-in"). The server ends a session after
 * the session timeout without a request (web.xml, 30 minutes); this script counts from the page load and from every
 * Ajax request of the page, shows the dialog #sitzungWarnung a minute before the end and moves the focus to its
 * button. "Weiterarbeiten" sends a request (GET /api/v1/sitzung), which keeps the session, and starts counting anew.
 * A file of its own (no inline script): the pages run under a Content-Security-Policy.
 */
(function () {
    'use strict';
    var warnTimer = null;
    var endTimer = null;
    var vorher = null;

    function element() {
        return document.getElementById('sitzungWarnung');
    }

    function sekunden(dialog) {
        var s = parseInt(dialog.getAttribute('data-timeout'), 10);
        return isNaN(s) || s <= 0 ? 1800 : s;
    }

    function zaehlen() {
        var dialog = element();
        if (!dialog) {
            return;
        }
        window.clearTimeout(warnTimer);
        window.clearTimeout(endTimer);
        var ende = sekunden(dialog) * 1000;
        warnTimer = window.setTimeout(warnen, Math.max(0, ende - 60000));
        endTimer = window.setTimeout(beendet, ende);
    }

    function warnen() {
        var dialog = element();
        vorher = document.activeElement;
        dialog.hidden = false;
        document.getElementById('sitzungWeiter').focus();
    }

    function beendet() {
        var dialog = element();
        document.getElementById('sitzungTitel').textContent = 'Sitzung beendet';
        document.getElementById('sitzungText').textContent =
            'Ihre Sitzung wurde wegen Inaktivität beendet. Bitte melden Sie sich erneut an.';
        var knopf = document.getElementById('sitzungWeiter');
        knopf.textContent = 'Zur Anmeldung';
        knopf.setAttribute('data-beendet', 'true');
        dialog.hidden = false;
        knopf.focus();
    }

    function weiterarbeiten() {
        var dialog = element();
        var knopf = document.getElementById('sitzungWeiter');
        if (knopf.getAttribute('data-beendet') === 'true') {
            window.location.href = dialog.getAttribute('data-login');
            return;
        }
        window.fetch(dialog.getAttribute('data-ping'), {credentials: 'same-origin', cache: 'no-store'})
            .then(function (antwort) {
                if (antwort.ok) {
                    dialog.hidden = true;
                    if (vorher && vorher.focus) {
                        vorher.focus();
                    }
                    zaehlen();
                } else {
                    beendet();
                }
            }, beendet);
    }

    function start() {
        var dialog = element();
        if (!dialog) {
            return;
        }
        document.getElementById('sitzungWeiter').addEventListener('click', weiterarbeiten);
        dialog.addEventListener('keydown', function (e) {
            if (e.key === 'Tab') {
                // the dialog has one button: keep the focus in it
                e.preventDefault();
                document.getElementById('sitzungWeiter').focus();
            }
        });
        if (window.jQuery) {
            window.jQuery(document).on('ajaxComplete', zaehlen);
        }
        zaehlen();
    }

    /** For tests and for a page that wants to show the warning at once. */
    window.WerkErpSitzung = {warnen: warnen, zaehlen: zaehlen};

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
