/*
 * SocialDesk admin console: channel accounts (connect, test, edit, poll, enable, rotate a phone secret, disconnect),
 * live health, the routing settings, and customer data requests (find a contact, export, erase). Data from the server reaches the DOM only through textContent and input
 * values; texts come from the page's data attributes (Jira's i18n, in the admin's language).
 */
(function () {
    'use strict';

    var API = '/rest/socialdesk/1.0/admin';
    var REFRESH_MS = 10000;
    var root;
    var state = {channels: [], desks: [], accounts: [], health: {}};

    function t(key, arg) {
        var text = root.getAttribute('data-' + key.replace(/\./g, '-')) || key;
        return arg === undefined ? text : text.replace('{0}', String(arg));
    }

    var el = window.SocialDeskDom.el;
    var contextPath = window.SocialDeskDom.contextPath;

    function call(method, path, body) {
        var options = {method: method, credentials: 'same-origin', headers: {Accept: 'application/json'}};
        if (method !== 'GET') {
            // Jira's REST XSRF check refuses a POST without a JSON body unless a script vouches for it
            options.headers['X-Atlassian-Token'] = 'no-check';
        }
        if (body !== undefined) {
            options.headers['Content-Type'] = 'application/json';
            options.body = JSON.stringify(body);
        }
        return fetch(contextPath() + API + path, options).then(function (r) {
            return r.json().catch(function () {
                return {};
            }).then(function (json) {
                return {ok: r.ok, status: r.status, json: json};
            });
        });
    }

    function when(iso) {
        if (!iso) {
            return '';
        }
        var date = new Date(iso);
        var seconds = Math.round((date.getTime() - Date.now()) / 1000);
        var units = [['day', 86400], ['hour', 3600], ['minute', 60]];
        if (window.Intl && Intl.RelativeTimeFormat) {
            var format = new Intl.RelativeTimeFormat(document.documentElement.lang || undefined, {numeric: 'auto'});
            for (var i = 0; i < units.length; i++) {
                if (Math.abs(seconds) >= units[i][1]) {
                    return format.format(Math.round(seconds / units[i][1]), units[i][0]);
                }
            }
            return format.format(seconds, 'second');
        }
        return date.toLocaleString();
    }

    function lozenge(status) {
        var kind = {ACTIVE: 'success', AUTH_FAILED: 'error', PAUSED_BILLING: 'current', DISABLED: 'default'}[status];
        return el('span', 'aui-lozenge aui-lozenge-' + (kind || 'default') + ' socialdesk-status-' + status,
            t('socialdesk.admin.status.' + status));
    }

    function button(label, className, action) {
        var b = el('button', 'aui-button ' + (className || ''), label);
        b.type = 'button';
        b.addEventListener('click', action);
        return b;
    }

    /* ---- accounts ---- */

    function renderAccounts() {
        var box = document.getElementById('socialdesk-accounts');
        box.textContent = '';
        var bar = el('div', 'aui-buttons socialdesk-connect');
        state.channels.forEach(function (channel) {
            bar.appendChild(button(t('socialdesk.admin.accounts.connect', channel.label),
                'socialdesk-connect-' + channel.kind, function () {
                    openForm(channel, null);
                }));
        });
        box.appendChild(bar);
        box.appendChild(el('div', 'socialdesk-form-slot'));
        if (!state.accounts.length) {
            box.appendChild(el('p', 'socialdesk-empty', t('socialdesk.admin.health.empty')));
            return;
        }
        var table = el('table', 'aui socialdesk-health');
        var head = table.createTHead().insertRow();
        ['socialdesk.admin.health.col.name', 'socialdesk.admin.health.col.kind', 'socialdesk.admin.health.col.status',
            'socialdesk.admin.health.col.lastSuccess', 'socialdesk.admin.health.col.nextPoll',
            'socialdesk.admin.col.queue', 'socialdesk.admin.col.recorded', 'socialdesk.admin.health.col.error',
            'socialdesk.admin.col.actions'].forEach(function (key) {
            head.appendChild(el('th', null, t(key)));
        });
        var body = table.createTBody();
        state.accounts.forEach(function (account) {
            body.appendChild(accountRow(account));
        });
        box.appendChild(table);
    }

    function accountRow(account) {
        var health = state.health[account.id] || {};
        var channel = spec(account.kind);
        var row = el('tr', 'socialdesk-account');
        row.setAttribute('data-account-id', String(account.id));
        var name = el('td');
        if (channel) {
            var icon = el('img', 'socialdesk-channel-icon');
            icon.src = contextPath() + root.getAttribute('data-resources') + channel.icon;
            icon.alt = '';
            name.appendChild(icon);
        }
        name.appendChild(el('span', 'socialdesk-account-name', account.name));
        if (account.webhookPath) {
            var hook = el('div', 'socialdesk-webhook', (channel && channel.webhookHelp
                || t('socialdesk.admin.accounts.webhook')) + ' ');
            hook.appendChild(el('code', null, window.location.origin + contextPath() + account.webhookPath));
            name.appendChild(hook);
        }
        row.appendChild(name);
        row.appendChild(el('td', null, channel ? channel.label : account.kind));
        var status = el('td');
        status.appendChild(lozenge(account.status));
        row.appendChild(status);
        row.appendChild(el('td', null, when(health.lastSuccessAt)));
        row.appendChild(el('td', null, account.status === 'ACTIVE' && channel && channel.polled
            ? when(health.rateLimitResetAt && new Date(health.rateLimitResetAt) > new Date(health.nextPollAt)
                ? health.rateLimitResetAt : health.nextPollAt) : ''));
        row.appendChild(el('td', 'socialdesk-queue', health.pending === undefined ? '' : health.pending));
        row.appendChild(el('td', 'socialdesk-recorded', health.recorded24h === undefined ? '' : health.recorded24h));
        var error = el('td', 'socialdesk-error-cell', account.lastError || '');
        var hint = {AUTH_FAILED: 1, PAUSED_BILLING: 1}[account.status] ? t('socialdesk.admin.hint.' + account.status) : '';
        if (hint) {
            error.appendChild(el('div', 'socialdesk-hint', hint));
        }
        if (account.notice) {
            error.appendChild(el('div', 'socialdesk-notice', account.notice));
        }
        row.appendChild(error);
        row.appendChild(actions(account, channel));
        return row;
    }

    function actions(account, channel) {
        var cell = el('td', 'socialdesk-actions');
        var buttons = el('div', 'aui-buttons');
        buttons.appendChild(button(t('socialdesk.admin.accounts.edit'), 'socialdesk-edit', function () {
            openForm(channel, account);
        }));
        if (channel && channel.polled && account.status === 'ACTIVE') {
            buttons.appendChild(button(t('socialdesk.admin.accounts.poll'), 'socialdesk-poll', function () {
                call('POST', '/accounts/' + account.id + '/poll').then(refresh);
            }));
        }
        var enabled = account.status !== 'DISABLED';
        var stopped = account.status === 'AUTH_FAILED' || account.status === 'PAUSED_BILLING';
        buttons.appendChild(button(t(stopped ? 'socialdesk.admin.accounts.resume' : enabled
            ? 'socialdesk.admin.accounts.disable' : 'socialdesk.admin.accounts.enable'), 'socialdesk-toggle',
            function () {
                var form = formOf(account);
                form.enabled = stopped || !enabled;
                call('PUT', '/accounts/' + account.id, form).then(refresh);
            }));
        if (account.kind === 'phone') {
            buttons.appendChild(button(t('socialdesk.admin.accounts.rotate'), 'socialdesk-rotate', function () {
                if (window.confirm(t('socialdesk.admin.accounts.rotate.confirm'))) {
                    call('POST', '/accounts/' + account.id + '/secret').then(function (r) {
                        if (r.ok) {
                            showSecret(r.json.webhookSecret);
                        }
                    });
                }
            }));
        }
        buttons.appendChild(button(t('socialdesk.admin.accounts.delete'), 'socialdesk-delete', function () {
            if (window.confirm(t('socialdesk.admin.accounts.delete.confirm'))) {
                call('DELETE', '/accounts/' + account.id).then(refresh);
            }
        }));
        cell.appendChild(buttons);
        return cell;
    }

    function showSecret(secret) {
        var slot = document.querySelector('#socialdesk-accounts .socialdesk-form-slot');
        slot.textContent = '';
        var box = el('div', 'aui-message aui-message-warning socialdesk-secret');
        var said = el('p', null, t('socialdesk.admin.accounts.rotate.done'));
        said.id = 'socialdesk-secret-said';
        box.appendChild(said);
        var value = el('input', 'text socialdesk-secret-value');
        // the sentence above says what the value is: it names the field for screen readers too
        value.setAttribute('aria-labelledby', said.id);
        value.readOnly = true;
        value.value = secret;
        box.appendChild(value);
        box.appendChild(button(t('socialdesk.admin.accounts.copy'), 'socialdesk-copy', function () {
            value.select();
            if (navigator.clipboard) {
                navigator.clipboard.writeText(secret);
            }
        }));
        slot.appendChild(box);
    }

    function spec(kind) {
        return state.channels.filter(function (c) {
            return c.kind === kind;
        })[0];
    }

    function formOf(account) {
        var form = {kind: account.kind, name: account.name, serviceDeskId: account.serviceDeskId,
            requestTypeId: account.requestTypeId, enabled: account.status !== 'DISABLED'};
        if (account.apiBaseUrl) {
            form.apiBaseUrl = account.apiBaseUrl;
        }
        if (account.pollSeconds) {
            form.pollSeconds = account.pollSeconds;
        }
        if (account.ownUserId) {
            form.ownUserId = account.ownUserId;
        }
        return form;
    }

    /* ---- the connect / edit form ---- */

    /** One AUI checkbox per item ({value, label, checked}) in {@code group}; answers the boxes. */
    function checkboxes(group, idPrefix, items) {
        return items.map(function (item) {
            var line = el('div', 'checkbox');
            var box = el('input', 'checkbox');
            box.type = 'checkbox';
            box.value = item.value;
            box.id = idPrefix + item.value;
            box.checked = item.checked;
            var label = el('label', null, item.label);
            label.htmlFor = box.id;
            line.appendChild(box);
            // AUI draws the box on this glyph and hides the native one
            line.appendChild(el('span', 'aui-form-glyph'));
            line.appendChild(label);
            group.appendChild(line);
            return box;
        });
    }

    function field(form, name, label, help, input) {
        var group = el('div', 'field-group socialdesk-field');
        group.setAttribute('data-field', name);
        var caption = el('label', null, label);
        input.name = name;
        input.id = 'socialdesk-field-' + name.replace(/\./g, '-');
        caption.htmlFor = input.id;
        group.appendChild(caption);
        group.appendChild(input);
        if (help) {
            group.appendChild(el('div', 'description', help));
        }
        group.appendChild(el('div', 'error socialdesk-field-error'));
        form.appendChild(group);
        return input;
    }

    function text(value) {
        var input = el('input', 'text');
        input.type = 'text';
        if (value !== undefined && value !== null) {
            input.value = String(value);
        }
        return input;
    }

    function openForm(channel, account) {
        var slot = document.querySelector('#socialdesk-accounts .socialdesk-form-slot');
        slot.textContent = '';
        var form = el('form', 'aui socialdesk-account-form socialdesk-form-' + channel.kind);
        form.noValidate = true;
        form.appendChild(el('h3', null, account ? account.name : t('socialdesk.admin.accounts.connect', channel.label)));
        var inputs = {};
        inputs.name = field(form, 'name', t('socialdesk.admin.form.name'), t('socialdesk.admin.form.name.help'),
            text(account && account.name));
        if (channel.api) {
            inputs.apiBaseUrl = field(form, 'apiBaseUrl', t('socialdesk.admin.form.apiBaseUrl'),
                t('socialdesk.admin.form.apiBaseUrl.help'),
                text(account ? account.apiBaseUrl : channel.defaultApiBaseUrl));
        }
        if (channel.polled) {
            inputs.pollSeconds = field(form, 'pollSeconds', t('socialdesk.admin.form.pollSeconds'), null,
                text(account ? account.pollSeconds : 60));
            if (!account) {
                // connecting starts from now; the admin may take in the last hours once
                inputs.backfillHours = field(form, 'backfillHours', t('socialdesk.admin.form.backfillHours'),
                    t('socialdesk.admin.form.backfillHours.help'), text(0));
            }
        }
        inputs.serviceDeskId = field(form, 'serviceDeskId', t('socialdesk.admin.form.serviceDesk'), null,
            el('select', 'select'));
        inputs.requestTypeId = field(form, 'requestTypeId', t('socialdesk.admin.form.requestType'), null,
            el('select', 'select'));
        fillDesks(inputs.serviceDeskId, inputs.requestTypeId, account);
        inputs.intakeUser = field(form, 'intakeUser', t('socialdesk.admin.form.intakeUser'),
            t('socialdesk.admin.form.intakeUser.help'), text(account ? account.intakeUser : ''));
        channel.credentials.forEach(function (credential) {
            var secret = el('input', 'text socialdesk-secret-input');
            secret.type = 'password';
            secret.autocomplete = 'new-password';
            var set = account && (account.credentialsSet || []).indexOf(credential.name) >= 0;
            secret.placeholder = account ? t(set ? 'socialdesk.admin.form.secret.set'
                : 'socialdesk.admin.form.secret.unset') : '';
            inputs['credentials.' + credential.name] = field(form, 'credentials.' + credential.name, credential.name
                + (credential.required ? ' *' : ''), credential.help, secret);
        });
        if (channel.polled) {
            inputs.ownUserId = field(form, 'ownUserId', t('socialdesk.admin.form.ownUserId'),
                t('socialdesk.admin.form.ownUserId.help'), text(account && account.ownUserId));
        }
        var status = el('p', 'socialdesk-form-status');
        status.setAttribute('role', 'status');
        var bar = el('div', 'buttons-container aui-buttons');
        if (channel.api) {
            bar.appendChild(button(t('socialdesk.admin.form.test'), 'socialdesk-test', function () {
                submit('POST', '/connection-test', collect(channel, inputs, account, true), form, status,
                    function (json) {
                        if (inputs.ownUserId) {
                            inputs.ownUserId.value = json.ownUserId;
                        }
                        status.textContent = t('socialdesk.admin.form.tested', json.handle);
                    });
            }));
        }
        var save = button(t('socialdesk.admin.form.save'), 'aui-button-primary socialdesk-save', function () {
            submit(account ? 'PUT' : 'POST', account ? '/accounts/' + account.id : '/accounts',
                collect(channel, inputs, account, false), form, status, function () {
                    slot.textContent = '';
                    refresh();
                });
        });
        bar.appendChild(save);
        bar.appendChild(button(t('socialdesk.admin.form.cancel'), 'aui-button-link socialdesk-cancel', function () {
            slot.textContent = '';
        }));
        form.appendChild(bar);
        form.appendChild(status);
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            save.click();
        });
        slot.appendChild(form);
        inputs.name.focus();
    }

    function fillDesks(deskSelect, typeSelect, account) {
        state.desks.forEach(function (desk) {
            var option = el('option', null, desk.name);
            option.value = String(desk.id);
            option.selected = account && account.serviceDeskId === desk.id;
            deskSelect.appendChild(option);
        });
        function types() {
            typeSelect.textContent = '';
            var desk = state.desks.filter(function (d) {
                return String(d.id) === deskSelect.value;
            })[0];
            (desk ? desk.requestTypes : []).forEach(function (type) {
                var option = el('option', null, type.name);
                option.value = String(type.id);
                option.selected = account && account.requestTypeId === type.id;
                typeSelect.appendChild(option);
            });
        }
        deskSelect.addEventListener('change', types);
        types();
    }

    function collect(channel, inputs, account, forTest) {
        var form = {kind: channel.kind, name: inputs.name.value.trim(),
            serviceDeskId: Number(inputs.serviceDeskId.value), requestTypeId: Number(inputs.requestTypeId.value)};
        if (!forTest) {
            // always sent: the console makes the admin choose who raises unknown authors' requests
            form.intakeUser = inputs.intakeUser.value.trim();
            if (inputs.backfillHours) {
                form.backfillHours = Number(inputs.backfillHours.value);
            }
        }
        if (account) {
            form.enabled = account.status !== 'DISABLED';
        }
        if (channel.api) {
            form.apiBaseUrl = inputs.apiBaseUrl.value.trim();
        }
        if (channel.polled) {
            form.pollSeconds = Number(inputs.pollSeconds.value);
            if (inputs.ownUserId.value.trim()) {
                form.ownUserId = inputs.ownUserId.value.trim();
            }
        }
        var credentials = {};
        var typed = false;
        channel.credentials.forEach(function (credential) {
            var value = inputs['credentials.' + credential.name].value;
            if (value) {
                credentials[credential.name] = value;
                typed = true;
            }
        });
        // secrets are write-only: an edit that types none keeps the stored ones
        if (typed || !account || forTest) {
            form.credentials = credentials;
        }
        return form;
    }

    function submit(method, path, body, form, status, done) {
        Array.prototype.forEach.call(form.querySelectorAll('.socialdesk-field-error'), function (e) {
            e.textContent = '';
        });
        status.textContent = '';
        call(method, path, body).then(function (r) {
            if (r.ok) {
                done(r.json);
                return;
            }
            var target = r.json.field && form.querySelector('[data-field="' + r.json.field + '"] .socialdesk-field-error');
            (target || status).textContent = r.json.message || ('HTTP ' + r.status);
        });
    }

    /* ---- privacy: a person's data requests ---- */

    function renderPrivacy() {
        var box = document.getElementById('socialdesk-privacy');
        box.appendChild(el('p', 'description', t('socialdesk.admin.privacy.help')));
        var form = el('form', 'aui socialdesk-privacy-form');
        form.noValidate = true;
        var query = field(form, 'q', t('socialdesk.admin.privacy.search'), null, text(''));
        var status = el('p', 'socialdesk-form-status');
        status.setAttribute('role', 'status');
        var results = el('div', 'socialdesk-privacy-results');
        var find = button(t('socialdesk.admin.privacy.find'), 'socialdesk-privacy-find', function () {
            results.textContent = '';
            submit('GET', '/contacts?q=' + encodeURIComponent(query.value.trim()), undefined, form, status,
                function (json) {
                    renderFound(results, status, json.contacts || []);
                });
        });
        var bar = el('div', 'buttons-container');
        bar.appendChild(find);
        form.appendChild(bar);
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            find.click();
        });
        box.appendChild(form);
        box.appendChild(status);
        box.appendChild(results);
    }

    function renderFound(results, status, contacts) {
        if (!contacts.length) {
            results.appendChild(el('p', 'socialdesk-empty', t('socialdesk.admin.privacy.none')));
            return;
        }
        var table = el('table', 'aui socialdesk-contacts');
        var body = table.createTBody();
        contacts.forEach(function (contact) {
            var row = el('tr', 'socialdesk-contact');
            row.setAttribute('data-contact-id', String(contact.contactId));
            var who = el('td');
            who.appendChild(el('strong', 'socialdesk-contact-name', contact.displayName));
            if (contact.customerKey) {
                who.appendChild(el('div', 'description', contact.customerKey));
            }
            row.appendChild(who);
            row.appendChild(el('td', 'socialdesk-contact-identities', contact.identities.map(function (i) {
                return i.channel + ': ' + (i.handle || i.userId);
            }).join(', ')));
            row.appendChild(el('td', null, t('socialdesk.admin.privacy.count', contact.interactions)));
            var actions = el('td');
            var download = el('a', 'aui-button socialdesk-contact-export', t('socialdesk.admin.privacy.export'));
            download.href = contextPath() + API + '/contacts/' + contact.contactId + '/export';
            download.setAttribute('download', 'socialdesk-contact-' + contact.contactId + '.json');
            actions.appendChild(download);
            actions.appendChild(button(t('socialdesk.admin.privacy.erase'), 'socialdesk-contact-erase', function () {
                if (!window.confirm(t('socialdesk.admin.privacy.erase.confirm', contact.displayName))) {
                    return;
                }
                call('DELETE', '/contacts/' + contact.contactId).then(function (r) {
                    if (r.ok) {
                        row.parentNode.removeChild(row);
                        status.textContent = t('socialdesk.admin.privacy.erased', r.json.refused);
                    } else {
                        status.textContent = r.json.message || ('HTTP ' + r.status);
                    }
                });
            }));
            row.appendChild(actions);
            body.appendChild(row);
        });
        results.appendChild(table);
    }

    /* ---- settings ---- */

    function renderSettings(settings) {
        var box = document.getElementById('socialdesk-settings');
        box.textContent = '';
        var form = el('form', 'aui socialdesk-settings-form');
        form.noValidate = true;
        // a setting's field: label and help named after it, its value in a text input unless given its own input
        function setting(name, input) {
            return field(form, name, t('socialdesk.admin.settings.' + name),
                t('socialdesk.admin.settings.' + name + '.help'), input || text(settings[name]));
        }
        var merge = setting('mergeWindowHours');
        var reopen = setting('reopenWindowDays');
        var handles = el('textarea', 'textarea');
        handles.value = settings.blockedHandles.join('\n');
        setting('blockedHandles', handles);
        var words = el('textarea', 'textarea');
        words.value = settings.blockWords.join('\n');
        setting('blockWords', words);
        var reposts = el('input', 'checkbox');
        reposts.type = 'checkbox';
        reposts.checked = settings.skipReposts;
        field(form, 'skipReposts', t('socialdesk.admin.settings.skipReposts'), null, reposts);
        var missed = el('input', 'checkbox');
        missed.type = 'checkbox';
        missed.checked = settings.missedCallCreatesRequest;
        field(form, 'missedCallCreatesRequest', t('socialdesk.admin.settings.missedCallCreatesRequest'), null, missed);
        var region = setting('defaultRegion');
        var retention = setting('retentionMonths');
        var numbers = setting('customerNumberPattern');
        var praise = el('select', 'select');
        ['request', 'own_request', 'history'].forEach(function (choice) {
            var option = el('option', null, t('socialdesk.admin.settings.praise.' + choice));
            option.value = choice;
            option.selected = settings.praise === choice;
            praise.appendChild(option);
        });
        setting('praise', praise);
        var topic = setting('topicMatchPercent');
        var possible = setting('possibleMatchPercent');
        var conversation = el('select', 'select');
        ['same_topic', 'always', 'never'].forEach(function (choice) {
            var option = el('option', null, t('socialdesk.admin.settings.conversationMerge.' + choice));
            option.value = choice;
            option.selected = settings.conversationMerge === choice;
            conversation.appendChild(option);
        });
        setting('conversationMerge', conversation);
        var surgeRate = setting('surgeMinPerMinute');
        var surgeFactor = setting('surgeFactor');
        var similarity = setting('clusterSimilarity');
        var viralSpread = setting('viralMinSpread');
        var viralReach = setting('viralReachPercent');
        // only the networks whose terms let an app keep what its author deleted are offered
        var keepDeleted = el('fieldset', 'group socialdesk-keep-deleted');
        var keepBoxes = checkboxes(keepDeleted, 'socialdesk-keep-deleted-', state.channels.filter(function (c) {
            return c.deletedPostsMayStay;
        }).map(function (c) {
            return {value: c.kind, label: c.label, checked: (settings.keepDeletedPostsOn || []).indexOf(c.kind) >= 0};
        }));
        setting('keepDeletedPostsOn', keepDeleted);
        // one checkbox per service desk: its agents' replies in kind also become public comments
        var inPortal = el('fieldset', 'group socialdesk-replies-in-portal');
        var portalBoxes = checkboxes(inPortal, 'socialdesk-replies-in-portal-', state.desks.map(function (desk) {
            return {value: String(desk.id), label: desk.name,
                checked: (settings.repliesInPortal || []).indexOf(desk.id) >= 0};
        }));
        setting('repliesInPortal', inPortal);
        var acknowledgement = setting('acknowledgement');
        var followersDirect = el('input', 'checkbox');
        followersDirect.type = 'checkbox';
        followersDirect.checked = settings.followersOnlyRepliesDirect;
        setting('followersOnlyRepliesDirect', followersDirect);
        var mediaSize = setting('mediaMegabytes');
        // the insights' targets: when a wait is too long, a contact a repeat, a difference in first responses unequal
        var responseTarget = setting('responseTargetMinutes');
        var repeatContacts = setting('repeatContacts');
        var repeatChannels = setting('repeatChannels');
        var tolerance = setting('equalTolerancePercent');
        var slaName = setting('slaName');
        var status = el('p', 'socialdesk-form-status');
        status.setAttribute('role', 'status');
        var save = button(t('socialdesk.admin.form.save'), 'aui-button-primary socialdesk-settings-save', function () {
            function lines(area) {
                return area.value.split('\n').map(function (l) {
                    return l.trim();
                }).filter(function (l) {
                    return l;
                });
            }
            submit('PUT', '/settings', {mergeWindowHours: Number(merge.value), reopenWindowDays: Number(reopen.value),
                blockedHandles: lines(handles), blockWords: lines(words), skipReposts: reposts.checked,
                missedCallCreatesRequest: missed.checked, defaultRegion: region.value.trim(),
                retentionMonths: Number(retention.value), customerNumberPattern: numbers.value.trim(),
                praise: praise.value, topicMatchPercent: Number(topic.value),
                possibleMatchPercent: Number(possible.value), conversationMerge: conversation.value,
                surgeMinPerMinute: Number(surgeRate.value), surgeFactor: Number(surgeFactor.value),
                clusterSimilarity: Number(similarity.value), viralMinSpread: Number(viralSpread.value),
                viralReachPercent: Number(viralReach.value),
                keepDeletedPostsOn: keepBoxes.filter(function (b) {
                    return b.checked;
                }).map(function (b) {
                    return b.value;
                }),
                repliesInPortal: portalBoxes.filter(function (b) {
                    return b.checked;
                }).map(function (b) {
                    return Number(b.value);
                }),
                acknowledgement: acknowledgement.value.trim(),
                followersOnlyRepliesDirect: followersDirect.checked,
                mediaMegabytes: Number(mediaSize.value), responseTargetMinutes: Number(responseTarget.value),
                repeatContacts: Number(repeatContacts.value), repeatChannels: Number(repeatChannels.value),
                equalTolerancePercent: Number(tolerance.value), slaName: slaName.value.trim()}, form, status,
                function () {
                    status.textContent = t('socialdesk.admin.form.saved');
                });
        });
        var bar = el('div', 'buttons-container');
        bar.appendChild(save);
        form.appendChild(bar);
        form.appendChild(status);
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            save.click();
        });
        box.appendChild(form);
    }

    /* ---- surges ---- */

    function renderSurges() {
        var box = document.getElementById('socialdesk-surges');
        call('GET', '/surges').then(function (r) {
            box.textContent = '';
            var surges = r.ok ? r.json.surges || [] : [];
            if (!surges.length) {
                box.appendChild(el('p', 'socialdesk-surges-none', t('socialdesk.admin.surges.none')));
                return;
            }
            var table = el('table', 'aui socialdesk-surges-table');
            var head = el('tr');
            ['account', 'started', 'ended', 'peak', 'incident', 'members'].forEach(function (k) {
                head.appendChild(el('th', null, t('socialdesk.admin.surges.' + k)));
            });
            table.appendChild(el('thead')).appendChild(head);
            var body = el('tbody');
            surges.forEach(function (s) {
                var row = el('tr', s.active ? 'socialdesk-surge-active' : 'socialdesk-surge-ended');
                row.appendChild(el('td', null, s.account));
                row.appendChild(el('td', null, new Date(s.startedAt).toLocaleString()));
                row.appendChild(el('td', null, s.active ? t('socialdesk.admin.surges.active')
                    : new Date(s.endedAt).toLocaleString()));
                row.appendChild(el('td', null, s.peakPerMinute + ' / min (' + s.usualPerMinute + ')'));
                var incident = el('td');
                if (s.incident) {
                    var a = el('a', null, s.incident);
                    a.href = contextPath() + '/browse/' + encodeURIComponent(s.incident);
                    incident.appendChild(a);
                }
                row.appendChild(incident);
                row.appendChild(el('td', null, s.members));
                body.appendChild(row);
            });
            table.appendChild(body);
            box.appendChild(table);
        });
    }

    /* ---- loading ---- */

    function refresh() {
        return Promise.all([call('GET', '/accounts'), call('GET', '/health')]).then(function (answers) {
            if (!answers[0].ok || !answers[1].ok) {
                throw new Error('HTTP ' + answers[0].status + '/' + answers[1].status);
            }
            state.accounts = answers[0].json.accounts || [];
            state.health = {};
            (answers[1].json.accounts || []).forEach(function (h) {
                state.health[h.id] = h;
            });
            // a form being filled in stays as it is; only the table is redrawn
            var slot = document.querySelector('#socialdesk-accounts .socialdesk-form-slot');
            var open = slot && slot.firstChild;
            renderAccounts();
            if (open) {
                document.querySelector('#socialdesk-accounts .socialdesk-form-slot').appendChild(open);
            }
            root.setAttribute('data-loaded', 'true');
        });
    }

    function start() {
        root = document.getElementById('socialdesk-admin');
        if (!root) {
            return;
        }
        root.textContent = '';
        root.appendChild(el('h2', null, t('socialdesk.admin.accounts.heading')));
        var accounts = el('div');
        accounts.id = 'socialdesk-accounts';
        accounts.appendChild(el('p', null, t('socialdesk.admin.health.loading')));
        root.appendChild(accounts);
        root.appendChild(el('h2', null, t('socialdesk.admin.surges.heading')));
        var surges = el('div');
        surges.id = 'socialdesk-surges';
        root.appendChild(surges);
        renderSurges();
        root.appendChild(el('h2', null, t('socialdesk.admin.settings.heading')));
        var settings = el('div');
        settings.id = 'socialdesk-settings';
        root.appendChild(settings);
        root.appendChild(el('h2', null, t('socialdesk.admin.privacy.heading')));
        var privacy = el('div');
        privacy.id = 'socialdesk-privacy';
        root.appendChild(privacy);
        renderPrivacy();
        Promise.all([call('GET', '/channels'), call('GET', '/targets'), call('GET', '/settings')]).then(function (a) {
            state.channels = a[0].json.channels || [];
            state.desks = a[1].json.serviceDesks || [];
            renderSettings(a[2].json);
            return refresh();
        }).then(function () {
            window.setInterval(function () {
                if (!document.hidden) {
                    refresh();
                }
            }, REFRESH_MS);
        }).catch(function () {
            accounts.textContent = t('socialdesk.admin.health.failed');
            root.setAttribute('data-loaded', 'failed');
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
