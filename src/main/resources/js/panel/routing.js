/*
 * SocialDesk panel: agents correct routing. Moving a contact to another request, merging this request into another,
 * the contacts possibly the same as another request, and the customer's other open requests. The history panel
 * (history.js) hands in its helpers; like it, everything from outside reaches the DOM as text only.
 */
window.SocialDeskRouting = (function () {
    'use strict';

    function routing(h, panel, suffix) {
        return h.api(panel, '/routing' + suffix);
    }

    function onOther(h, key, suffix) {
        return h.contextPath() + '/rest/socialdesk/1.0/history/' + encodeURIComponent(key) + '/routing' + suffix;
    }

    function format(text, values) {
        return values.reduce(function (out, value, i) {
            return out.split('{' + i + '}').join(value);
        }, text);
    }

    /** A modal dialog (the native element, so focus is trapped and Escape closes it) with a title and a form. */
    function dialog(h, panel, className, title) {
        var box = h.el('dialog', 'aui-layer aui-dialog2 aui-dialog2-small socialdesk-dialog ' + className);
        box.setAttribute('aria-labelledby', className + '-title');
        var header = h.el('header', 'aui-dialog2-header');
        var heading = h.el('h2', 'aui-dialog2-header-main', title);
        heading.id = className + '-title';
        header.appendChild(heading);
        box.appendChild(header);
        var form = h.el('form', 'aui aui-dialog2-content socialdesk-dialog-form');
        box.appendChild(form);
        var status = h.el('p', 'socialdesk-dialog-status');
        status.setAttribute('role', 'status');
        var footer = h.el('footer', 'aui-dialog2-footer');
        var submit = h.el('button', 'aui-button aui-button-primary socialdesk-dialog-submit');
        submit.type = 'submit';
        var cancel = h.el('button', 'aui-button aui-button-link socialdesk-dialog-cancel',
            h.t(panel, 'socialdesk.panel.cancel'));
        cancel.type = 'button';
        cancel.addEventListener('click', function () {
            close(box);
        });
        footer.appendChild(status);
        footer.appendChild(submit);
        footer.appendChild(cancel);
        form.appendChild(footer);
        document.body.appendChild(box);
        return {box: box, form: form, footer: footer, status: status, submit: submit};
    }

    function open(box) {
        if (typeof box.showModal === 'function') {
            box.showModal();
        } else {
            box.setAttribute('open', '');
        }
    }

    function close(box) {
        if (box.parentNode) {
            if (typeof box.close === 'function' && box.open) {
                box.close();
            }
            box.parentNode.removeChild(box);
        }
    }

    /** A labelled picker of the customer's other requests, and a field to type any key instead. */
    function targetFields(h, panel, d, targets, preselected) {
        var pickLabel = h.el('label', null, h.t(panel, 'socialdesk.panel.move.pick'));
        var pick = h.el('select', 'select socialdesk-target-pick');
        pick.id = d.box.className.split(' ').pop() + '-pick';
        pickLabel.htmlFor = pick.id;
        var none = h.el('option', null, '—');
        none.value = '';
        pick.appendChild(none);
        targets.forEach(function (r) {
            var option = h.el('option', null, r.key + ' · ' + r.summary + ' (' + r.status + ')');
            option.value = r.key;
            option.selected = r.key === preselected;
            pick.appendChild(option);
        });
        var keyLabel = h.el('label', null, h.t(panel, 'socialdesk.panel.move.key'));
        var key = h.el('input', 'text socialdesk-target-key');
        key.id = pick.id + '-key';
        key.placeholder = 'CS-7';
        keyLabel.htmlFor = key.id;
        [pickLabel, pick, keyLabel, key].forEach(function (node) {
            var group = h.el('div', 'field-group');
            group.appendChild(node);
            d.form.insertBefore(group, d.footer);
        });
        return function () {
            return (key.value || pick.value || '').trim();
        };
    }

    function failure(h, panel, d, r) {
        d.submit.disabled = false;
        d.status.className = 'socialdesk-dialog-status socialdesk-error';
        d.status.textContent = r.json.message || ('HTTP ' + r.status);
    }

    /** "Move to request…" on one contact of the timeline. */
    function moveDialog(h, panel, entry, offers) {
        var d = dialog(h, panel, 'socialdesk-move-dialog', h.t(panel, 'socialdesk.panel.move.title'));
        d.submit.textContent = h.t(panel, 'socialdesk.panel.move.submit');
        var quote = h.user('blockquote', 'socialdesk-move-quote', entry.text);
        d.form.insertBefore(quote, d.footer);
        var target = targetFields(h, panel, d, offers.targets, null);
        d.form.addEventListener('submit', function (event) {
            event.preventDefault();
            d.submit.disabled = true;
            send(h, panel, d, routing(h, panel, '/contacts/' + encodeURIComponent(entry.id) + '/move'),
                {target: target()});
        });
        open(d.box);
        return d.box;
    }

    /** Sends a dialog's request: done (or taken over by the intake job, 202) closes it and reloads the panel. */
    function send(h, panel, d, url, body) {
        h.request('POST', url, body).then(function (r) {
            if (r.ok || r.status === 202) {
                close(d.box);
                h.load(panel, 0);
            } else {
                failure(h, panel, d, r);
            }
        });
    }

    /** "Merge into…": every contact moves, the rest only as the agent asks. */
    function mergeDialog(h, panel, data, offers, preselected) {
        var d = dialog(h, panel, 'socialdesk-merge-dialog', h.t(panel, 'socialdesk.panel.merge.title'));
        d.submit.textContent = h.t(panel, 'socialdesk.panel.merge.submit');
        var target = targetFields(h, panel, d, offers.targets, preselected);
        function check(name, label) {
            var group = h.el('div', 'checkbox');
            var box = h.el('input', 'checkbox socialdesk-merge-' + name);
            box.type = 'checkbox';
            box.id = 'socialdesk-merge-' + name;
            var caption = h.el('label', null, label);
            caption.htmlFor = box.id;
            group.appendChild(box);
            // AUI draws the box on this glyph and hides the native one
            group.appendChild(h.el('span', 'aui-form-glyph'));
            group.appendChild(caption);
            d.form.insertBefore(group, d.footer);
            return box;
        }
        var resolve = check('resolve', h.t(panel, 'socialdesk.panel.merge.resolve'));
        var tell = null;
        var text = null;
        if (data.replyChannel) {
            tell = check('tell', h.t(panel, 'socialdesk.panel.merge.tell') + ' '
                + h.t(panel, 'socialdesk.channel.' + data.replyChannel));
            text = h.el('textarea', 'textarea socialdesk-merge-text');
            text.setAttribute('aria-label', h.t(panel, 'socialdesk.panel.merge.tell'));
            text.rows = 3;
            text.hidden = true;
            tell.addEventListener('change', function () {
                text.hidden = !tell.checked;
                if (tell.checked && !text.value) {
                    text.value = format(h.t(panel, 'socialdesk.panel.merge.tell.text'), [target() || '…']);
                }
            });
            d.form.insertBefore(text, d.footer);
        }
        d.form.addEventListener('submit', function (event) {
            event.preventDefault();
            d.submit.disabled = true;
            var body = {target: target(), resolve: resolve.checked};
            if (tell && tell.checked && text.value.trim()) {
                body.tellCustomer = text.value.trim();
            }
            send(h, panel, d, routing(h, panel, '/merge'), body);
        });
        open(d.box);
        return d.box;
    }

    function moveButton(h, panel, label, className, url, target) {
        var b = h.el('button', 'aui-button aui-button-compact ' + className, label);
        b.type = 'button';
        b.addEventListener('click', function () {
            b.disabled = true;
            h.request('POST', url, {target: target}).then(function (r) {
                if (r.ok || r.status === 202) {
                    h.load(panel, 0);
                } else {
                    b.disabled = false;
                    b.title = r.json.message || ('HTTP ' + r.status);
                }
            });
        });
        return b;
    }

    /** Possibly-the-same contacts and the customer's other open requests, above the history. */
    function offersBox(h, panel, data, offers) {
        var box = h.el('div', 'socialdesk-offers');
        var key = panel.getAttribute('data-issue-key');
        offers.possible.forEach(function (p) {
            var line = h.el('div', 'aui-message aui-message-info socialdesk-possible');
            var here = p.on.key === key;
            var other = here ? p.closeTo : p.on;
            var words = h.el('p', null, format(h.t(panel, here ? 'socialdesk.panel.possible.this'
                : 'socialdesk.panel.possible.other'), [other.key]) + ' ');
            words.appendChild(h.user('bdi', 'socialdesk-possible-summary', other.summary));
            line.appendChild(words);
            if (!here) {
                line.appendChild(h.user('p', 'socialdesk-possible-text', p.text));
            }
            line.appendChild(moveButton(h, panel, here ? format(h.t(panel, 'socialdesk.panel.possible.moveThere'),
                [p.closeTo.key]) : h.t(panel, 'socialdesk.panel.possible.moveHere'), 'socialdesk-possible-move',
                onOther(h, p.on.key, '/contacts/' + encodeURIComponent(p.interactionId) + '/move'), p.closeTo.key));
            box.appendChild(line);
        });
        offers.alsoOpen.forEach(function (r) {
            var line = h.el('div', 'aui-message socialdesk-also-open');
            var name = data.contact ? data.contact.displayName : '';
            var words = h.el('p', null, format(h.t(panel, 'socialdesk.panel.alsoOpen'), [name, r.key]) + ': ');
            words.appendChild(h.user('bdi', null, r.summary));
            line.appendChild(words);
            var merge = h.el('button', 'aui-button aui-button-compact socialdesk-also-open-merge',
                format(h.t(panel, 'socialdesk.panel.alsoOpen.merge'), [r.key]));
            merge.type = 'button';
            merge.addEventListener('click', function () {
                mergeDialog(h, panel, data, offers, r.key);
            });
            line.appendChild(merge);
            box.appendChild(line);
        });
        return box;
    }

    /**
     * Loads the offers for the panel's request, then: the offers above the history, "Merge into…" in the action bar,
     * "Move to request…" on each contact of this request.
     */
    function attach(h, panel, data, slots) {
        h.request('GET', routing(h, panel, '')).then(function (r) {
            if (!r.ok) {
                return;
            }
            var offers = r.json;
            slots.offers.appendChild(offersBox(h, panel, data, offers));
            var merge = h.el('button', 'aui-button socialdesk-merge-open', h.t(panel, 'socialdesk.panel.merge.button'));
            merge.type = 'button';
            merge.addEventListener('click', function () {
                mergeDialog(h, panel, data, offers, null);
            });
            slots.bar.appendChild(merge);
            slots.entries.forEach(function (pair) {
                var entry = pair.entry;
                if (entry.direction !== 'inbound' || entry.issueId !== data.issueId) {
                    return;
                }
                var move = h.el('button', 'aui-button aui-button-link socialdesk-move-open',
                    h.t(panel, 'socialdesk.panel.move.button'));
                move.type = 'button';
                move.addEventListener('click', function () {
                    moveDialog(h, panel, entry, offers);
                });
                pair.node.appendChild(move);
            });
            panel.setAttribute('data-routing', 'loaded');
        });
    }

    return {attach: attach};
}());
