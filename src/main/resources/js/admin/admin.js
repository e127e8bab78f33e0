/* SocialDesk admin page: renders the channel health table. Data reaches the DOM only through textContent. */
(function () {
    'use strict';

    function text(container, key) {
        return container.getAttribute('data-' + key.replace(/\./g, '-')) || key;
    }

    function cell(row, value) {
        var td = document.createElement('td');
        td.textContent = value == null ? '' : String(value);
        row.appendChild(td);
    }

    function render(container, accounts) {
        container.textContent = '';
        if (!accounts.length) {
            var p = document.createElement('p');
            p.textContent = text(container, 'socialdesk.admin.health.empty');
            container.appendChild(p);
            return;
        }
        var table = document.createElement('table');
        table.className = 'aui socialdesk-health';
        var head = table.createTHead().insertRow();
        ['name', 'kind', 'status', 'lastSuccess', 'nextPoll', 'error'].forEach(function (col) {
            var th = document.createElement('th');
            th.textContent = text(container, 'socialdesk.admin.health.col.' + col);
            head.appendChild(th);
        });
        var body = table.createTBody();
        accounts.forEach(function (a) {
            var row = body.insertRow();
            cell(row, a.name);
            cell(row, a.kind);
            cell(row, a.status);
            cell(row, a.lastSuccessAt);
            cell(row, a.nextPollAt);
            cell(row, a.lastError);
        });
        container.appendChild(table);
    }

    function contextPath() {
        return (window.AJS && AJS.contextPath) ? AJS.contextPath() : '';
    }

    function load() {
        var container = document.getElementById('socialdesk-health');
        if (!container) {
            return;
        }
        container.textContent = text(container, 'socialdesk.admin.health.loading');
        fetch(contextPath() + '/rest/socialdesk/1.0/admin/health', {credentials: 'same-origin', headers: {Accept: 'application/json'}})
            .then(function (r) {
                if (!r.ok) {
                    throw new Error('HTTP ' + r.status);
                }
                return r.json();
            })
            .then(function (json) { render(container, json.accounts || []); })
            .catch(function () { container.textContent = text(container, 'socialdesk.admin.health.failed'); });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', load);
    } else {
        load();
    }
}());
