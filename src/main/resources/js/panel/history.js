/*
 * SocialDesk customer history panel. Everything that came from a customer, a network or a telephony system reaches
 * the DOM through textContent or a checked http(s) href only: never innerHTML.
 */
(function () {
    'use strict';


    var dom = window.SocialDeskDom;
    var t = dom.text;
    var el = dom.el;
    var contextPath = dom.contextPath;

    /**
     * Text someone outside wrote (names, handles, posts), isolated for the bidi algorithm: a right-to-left override
     * (U+202E) in a display name must not reorder the panel's own labels around it.
     */
    function user(tag, className, text) {
        var node = el(tag, className, text);
        node.dir = 'auto';
        return node;
    }

    function api(panel, suffix) {
        return contextPath() + '/rest/socialdesk/1.0/history/' + encodeURIComponent(panel.getAttribute('data-issue-key')) + suffix;
    }

    function request(method, url, body) {
        var options = {method: method, credentials: 'same-origin', headers: {Accept: 'application/json'}};
        if (method !== 'GET') {
            // Jira's REST XSRF check refuses a POST without a JSON body unless a script vouches for it
            options.headers['X-Atlassian-Token'] = 'no-check';
        }
        if (body) {
            options.headers['Content-Type'] = 'application/json';
            options.body = JSON.stringify(body);
        }
        return fetch(url, options).then(function (r) {
            return r.json().catch(function () {
                return {};
            }).then(function (json) {
                return {ok: r.ok, status: r.status, json: json};
            });
        });
    }

    function safeHref(url) {
        return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null;
    }

    function relative(iso) {
        var seconds = Math.round((Date.now() - new Date(iso).getTime()) / 1000);
        var units = [['year', 31536000], ['month', 2592000], ['day', 86400], ['hour', 3600], ['minute', 60]];
        var format = window.Intl && Intl.RelativeTimeFormat ? new Intl.RelativeTimeFormat(undefined, {numeric: 'auto'}) : null;
        for (var i = 0; i < units.length; i++) {
            if (Math.abs(seconds) >= units[i][1]) {
                var n = -Math.round(seconds / units[i][1]);
                return format ? format.format(n, units[i][0]) : Math.abs(n) + ' ' + units[i][0] + 's ago';
            }
        }
        return format ? format.format(-seconds, 'second') : seconds + ' seconds ago';
    }

    function unit(value, name) {
        try {
            return new Intl.NumberFormat(undefined, {style: 'unit', unit: name, unitDisplay: 'short'}).format(value);
        } catch (e) {
            return value + ' ' + name;
        }
    }

    function duration(seconds) {
        var m = Math.floor(seconds / 60);
        var s = seconds % 60;
        return (m ? unit(m, 'minute') + ' ' : '') + unit(s, 'second');
    }

    /** The channel's icon as its spec names it (the panel's data attributes), with its name for screen readers. */
    function channelIcon(panel, channel) {
        var file = panel.getAttribute('data-socialdesk-channel-icon-' + channel);
        var name = t(panel, 'socialdesk.channel.' + channel);
        if (!file) {
            return el('span', 'socialdesk-icon aui-lozenge', name);
        }
        var icon = el('img', 'socialdesk-icon');
        icon.src = contextPath() + panel.getAttribute('data-resources') + file;
        icon.alt = name;
        icon.title = name;
        return icon;
    }

    function entryNode(panel, entry) {
        var item = el('li', 'socialdesk-entry socialdesk-' + entry.direction + ' socialdesk-channel-' + entry.channel);
        item.setAttribute('data-entry-id', String(entry.id));
        var head = el('div', 'socialdesk-entry-head');
        head.appendChild(channelIcon(panel, entry.channel));
        head.appendChild(el('span', 'socialdesk-direction',
            t(panel, entry.direction === 'outbound' ? 'socialdesk.panel.out' : 'socialdesk.panel.in')));
        var who = entry.authorName || entry.authorHandle;
        if (who) {
            head.appendChild(user('bdi', 'socialdesk-author', who));
        }
        if (entry.followers !== null && entry.followers !== undefined) {
            head.appendChild(el('span', 'socialdesk-followers', entry.followers + ' ' + t(panel, 'socialdesk.panel.followers')));
        }
        var time = el('time', 'socialdesk-time', relative(entry.occurredAt));
        time.setAttribute('datetime', entry.occurredAt);
        time.title = new Date(entry.occurredAt).toString();
        head.appendChild(time);
        item.appendChild(head);
        if (entry.kind === 'call') {
            var call = t(panel, 'socialdesk.panel.call') + ': ' + (entry.disposition || '') +
                (entry.callSeconds ? ', ' + duration(entry.callSeconds) : '');
            item.appendChild(el('div', 'socialdesk-call', call));
        }
        if (entry.context) {
            // the post the customer answered or quoted, above their words
            var context = el('blockquote', 'socialdesk-context');
            context.appendChild(el('span', 'socialdesk-context-head',
                t(panel, 'socialdesk.panel.context.' + entry.context.relation) + ' '
                + (entry.context.author ? '@' + entry.context.author : '') + ': '));
            context.appendChild(user('span', 'socialdesk-context-text', entry.context.text));
            item.appendChild(context);
        }
        item.appendChild(user('p', 'socialdesk-text', entry.text));
        if (entry.editedAt) {
            var edited = el('p', 'socialdesk-edited', t(panel, 'socialdesk.panel.edited'));
            edited.title = new Date(entry.editedAt).toLocaleString();
            item.appendChild(edited);
        }
        if (entry.triage) {
            // what SocialDesk reads in the post, with its reasons on hover
            var read = el('p', 'socialdesk-triage socialdesk-intent-' + entry.triage.intent,
                [t(panel, 'socialdesk.panel.intent.' + entry.triage.intent),
                    t(panel, 'socialdesk.panel.mood.' + entry.triage.mood) + (entry.triage.sentiment === null ? ''
                        : ' ' + (entry.triage.sentiment > 0 ? '+' : '') + entry.triage.sentiment.toFixed(2)),
                    t(panel, 'socialdesk.panel.tier.' + entry.triage.tier)].join(' · '));
            read.title = entry.triage.reasons.join('; ');
            item.appendChild(read);
        }
        if (entry.matchedBy) {
            // why this contact is on its request, in the panel's words, with routing's own reason on hover
            var matched = el('p', 'socialdesk-matched socialdesk-matched-' + entry.matchedBy,
                t(panel, 'socialdesk.panel.matched.' + entry.matchedBy));
            if (entry.reason) {
                matched.title = entry.reason;
            }
            item.appendChild(matched);
        }
        if (entry.direction === 'outbound' && entry.reason) {
            // how the reply went out where the network needed another way (a template outside the window)
            item.appendChild(user('p', 'socialdesk-reply-note', entry.reason));
        }
        if (entry.delivery && !entry.failure) {
            // what the network reported of the reply: sent, delivered to the phone, read
            item.appendChild(el('span', 'socialdesk-delivery aui-lozenge socialdesk-delivery-' + entry.delivery
                + (entry.delivery === 'read' ? ' aui-lozenge-success' : ''),
                t(panel, 'socialdesk.panel.delivery.' + entry.delivery)));
        }
        if (entry.failure) {
            var failure = el('p', 'socialdesk-failure aui-lozenge aui-lozenge-error',
                t(panel, 'socialdesk.panel.reply.notsent') + ': ');
            failure.appendChild(user('bdi', null, entry.failure));
            item.appendChild(failure);
        }
        if (entry.media && entry.media.length) {
            // what the customer attached, as links to the network (named by kind and number, with its description)
            var media = el('ul', 'socialdesk-media');
            // the copies attached to the request, by item number (<network>-<post>-<n>[-preview].<ext>)
            var attached = {};
            (entry.files || []).forEach(function (f) {
                var number = /-(\d+)(-preview)?\.[A-Za-z0-9]+$/.exec(f.name);
                if (number) {
                    attached[number[1]] = f;
                }
            });
            entry.media.forEach(function (m, i) {
                var target = safeHref(m.url);
                if (!target) {
                    return;
                }
                var line = el('li');
                var copy = attached[String(i + 1)];
                if (copy) {
                    // served by Jira from the request's attachments: the agent's browser asks the network nothing
                    var open = el('a', 'socialdesk-media-file');
                    open.href = contextPath() + copy.path;
                    open.target = '_blank';
                    open.rel = 'noopener noreferrer';
                    if (/^image\//.test(copy.type)) {
                        var thumb = el('img', 'socialdesk-thumbnail');
                        thumb.src = contextPath() + copy.path;
                        thumb.alt = m.alt || (t(panel, 'socialdesk.panel.media.' + m.kind) + ' ' + (i + 1));
                        thumb.loading = 'lazy';
                        open.appendChild(thumb);
                    } else {
                        open.textContent = copy.name;
                    }
                    line.appendChild(open);
                    line.appendChild(document.createTextNode(' '));
                }
                var file = el('a', 'socialdesk-media-link', t(panel, 'socialdesk.panel.media.' + m.kind) + ' ' + (i + 1));
                file.href = target;
                file.target = '_blank';
                file.rel = 'noopener noreferrer nofollow';
                line.appendChild(file);
                if (m.alt) {
                    line.appendChild(user('span', 'socialdesk-media-alt', ' — ' + m.alt));
                }
                media.appendChild(line);
            });
            item.appendChild(media);
        }
        var href = safeHref(entry.url);
        if (href) {
            var link = el('a', 'socialdesk-original', t(panel, 'socialdesk.panel.original'));
            link.href = href;
            link.target = '_blank';
            link.rel = 'noopener noreferrer nofollow';
            item.appendChild(link);
        }
        return item;
    }

    function section(title) {
        var box = el('section', 'socialdesk-section');
        box.appendChild(el('h4', null, title));
        return box;
    }

    function replyForm(panel, data) {
        var form = el('form', 'aui socialdesk-reply');
        form.hidden = true;
        var text = el('textarea', 'textarea socialdesk-reply-text');
        text.rows = 3;
        text.setAttribute('aria-label', t(panel, 'socialdesk.panel.reply.send'));
        var boxes = [];
        var pictures = null;
        if (data.replyPictures > 0 && data.replyFiles && data.replyFiles.length) {
            // the request's pictures the network takes with a reply, each chosen by its name
            pictures = el('fieldset', 'group socialdesk-reply-pictures');
            pictures.appendChild(el('legend', null, t(panel, 'socialdesk.panel.reply.pictures')
                .replace('{0}', String(data.replyPictures))));
            data.replyFiles.forEach(function (f) {
                var line = el('div', 'checkbox');
                var box = el('input', 'checkbox socialdesk-reply-picture');
                box.type = 'checkbox';
                box.value = String(f.id);
                box.id = 'socialdesk-reply-picture-' + f.id;
                var label = el('label');
                label.htmlFor = box.id;
                label.appendChild(user('bdi', null, f.name));
                line.appendChild(box);
                line.appendChild(el('span', 'aui-form-glyph'));
                line.appendChild(label);
                pictures.appendChild(line);
                boxes.push(box);
            });
        }
        var send = el('button', 'aui-button aui-button-primary socialdesk-reply-send', t(panel, 'socialdesk.panel.reply.send'));
        send.type = 'submit';
        var status = el('p', 'socialdesk-reply-status');
        status.setAttribute('role', 'status');
        form.appendChild(text);
        if (pictures) {
            form.appendChild(pictures);
        }
        form.appendChild(send);
        form.appendChild(status);
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            send.disabled = true;
            status.className = 'socialdesk-reply-status';
            status.textContent = t(panel, 'socialdesk.panel.reply.sending');
            var chosen = boxes.filter(function (b) {
                return b.checked;
            }).map(function (b) {
                return Number(b.value);
            });
            request('POST', api(panel, '/reply'), {text: text.value, attachments: chosen}).then(function (r) {
                send.disabled = false;
                if (r.ok && r.json.sent) {
                    status.textContent = t(panel, 'socialdesk.panel.reply.sent') + (r.json.note ? ' ' + r.json.note : '');
                    text.value = '';
                    load(panel, 0);
                } else {
                    status.className = 'socialdesk-reply-status socialdesk-error';
                    status.textContent = t(panel, 'socialdesk.panel.reply.failed') + ' ' + (r.json.message || ('HTTP ' + r.status));
                }
            }, function (error) {
                send.disabled = false;
                status.className = 'socialdesk-reply-status socialdesk-error';
                status.textContent = t(panel, 'socialdesk.panel.reply.failed') + ' ' + error;
            });
        });
        return form;
    }

    function linkForm(panel) {
        var form = el('form', 'aui socialdesk-link');
        form.hidden = true;
        var user = el('input', 'text socialdesk-link-user');
        user.placeholder = t(panel, 'socialdesk.panel.link.placeholder');
        var save = el('button', 'aui-button', t(panel, 'socialdesk.panel.link.button'));
        save.type = 'submit';
        var status = el('p', 'socialdesk-link-status');
        form.appendChild(user);
        form.appendChild(save);
        form.appendChild(status);
        var merge = el('button', 'aui-button aui-button-primary socialdesk-link-merge',
            t(panel, 'socialdesk.panel.link.merge'));
        merge.type = 'button';
        merge.hidden = true;
        form.appendChild(merge);
        function link(confirmed) {
            merge.hidden = true;
            request('POST', api(panel, '/customer'), {user: user.value, merge: confirmed}).then(function (r) {
                status.textContent = r.ok ? t(panel, 'socialdesk.panel.link.done') : (r.json.message || ('HTTP ' + r.status));
                // the customer has another contact: joining them is the agent's explicit second step
                merge.hidden = r.status !== 409;
                if (r.ok) {
                    load(panel, 0);
                }
            });
        }
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            link(false);
        });
        merge.addEventListener('click', function () {
            link(true);
        });
        return form;
    }

    function change(panel, method, path) {
        request(method, api(panel, path)).then(function (r) {
            if (r.ok) {
                load(panel, 0);
            } else {
                var error = el('p', 'socialdesk-status socialdesk-error socialdesk-change-failed',
                    r.json.message || ('HTTP ' + r.status));
                error.setAttribute('role', 'alert');
                panel.insertBefore(error, panel.firstChild);
            }
        });
    }

    function actions(panel, data) {
        var bar = el('div', 'socialdesk-actions aui-buttons');
        var forms = el('div', 'socialdesk-forms');
        if (data.replyChannel) {
            var reply = replyForm(panel, data);
            // before sending, the agent reads where the customer will receive it
            var delivery = el('p', 'socialdesk-reply-delivery', t(panel, data.replyInPortal
                ? 'socialdesk.panel.reply.delivery.portal' : 'socialdesk.panel.reply.delivery.channel')
                .replace('{0}', t(panel, 'socialdesk.channel.' + data.replyChannel)));
            reply.insertBefore(delivery, reply.firstChild);
            if (data.replyAudience) {
                // who can read it on the network: never more people than could read the customer's post
                reply.insertBefore(el('p', 'socialdesk-reply-audience',
                    t(panel, 'socialdesk.panel.reply.audience.' + data.replyAudience)), delivery.nextSibling);
            }
            var replyButton = el('button', 'aui-button socialdesk-reply-open',
                t(panel, 'socialdesk.panel.reply.button') + ' ' + t(panel, 'socialdesk.channel.' + data.replyChannel));
            replyButton.type = 'button';
            replyButton.addEventListener('click', function () {
                reply.hidden = !reply.hidden;
            });
            bar.appendChild(replyButton);
            forms.appendChild(reply);
        }
        if (data.contact) {
            var link = linkForm(panel);
            var linkButton = el('button', 'aui-button socialdesk-link-open', t(panel, 'socialdesk.panel.link.button'));
            linkButton.type = 'button';
            linkButton.addEventListener('click', function () {
                link.hidden = !link.hidden;
            });
            bar.appendChild(linkButton);
            forms.appendChild(link);
            if (data.contact.customerKey) {
                var unlink = el('button', 'aui-button socialdesk-unlink', t(panel, 'socialdesk.panel.unlink'));
                unlink.type = 'button';
                unlink.addEventListener('click', function () {
                    change(panel, 'DELETE', '/customer');
                });
                bar.appendChild(unlink);
            }
        }
        var box = el('div');
        box.appendChild(bar);
        box.appendChild(forms);
        return box;
    }

    /** "Is this ...?": identity matches with their evidence; yes links or merges, no is never asked again. */
    function suggestions(panel, box) {
        request('GET', api(panel, '/suggestions')).then(function (r) {
            (r.ok && r.json.suggestions ? r.json.suggestions : []).forEach(function (s) {
                var item = el('div', 'aui-message aui-message-info socialdesk-suggestion');
                item.setAttribute('data-target', s.target);
                var question = el('p', 'socialdesk-suggestion-question');
                var parts = t(panel, 'socialdesk.panel.suggest.question').split('{0}');
                question.appendChild(document.createTextNode(parts[0]));
                question.appendChild(user('bdi', 'socialdesk-suggestion-label', s.label));
                question.appendChild(document.createTextNode(parts.slice(1).join('') + ' '));
                question.appendChild(el('span', 'socialdesk-suggestion-confidence',
                    t(panel, 'socialdesk.panel.suggest.confidence').replace('{0}', String(Math.round(s.confidence * 100)))));
                item.appendChild(question);
                var evidence = el('ul', 'socialdesk-suggestion-evidence');
                s.evidence.forEach(function (e) {
                    evidence.appendChild(user('li', null, e.detail));
                });
                item.appendChild(evidence);
                var status = el('p', 'socialdesk-suggestion-status');
                var yes = el('button', 'aui-button aui-button-primary socialdesk-suggestion-accept',
                    t(panel, 'socialdesk.panel.suggest.accept'));
                yes.type = 'button';
                yes.addEventListener('click', function () {
                    request('POST', api(panel, '/suggestions/accept'), {target: s.target}).then(function (a) {
                        if (a.ok) {
                            load(panel, 0);
                        } else {
                            status.textContent = a.json.message || ('HTTP ' + a.status);
                        }
                    });
                });
                var no = el('button', 'aui-button socialdesk-suggestion-reject', t(panel, 'socialdesk.panel.suggest.reject'));
                no.type = 'button';
                no.addEventListener('click', function () {
                    request('POST', api(panel, '/suggestions/reject'), {target: s.target}).then(function (a) {
                        if (a.ok) {
                            box.removeChild(item);
                        } else {
                            status.textContent = a.json.message || ('HTTP ' + a.status);
                        }
                    });
                });
                item.appendChild(yes);
                item.appendChild(no);
                item.appendChild(status);
                box.appendChild(item);
            });
            box.setAttribute('data-loaded', 'true');
        });
    }

    /* ---- incidents: a surge's similar posts, answered once ---- */

    function incidentButton(panel, label, className, path) {
        var b = el('button', 'aui-button ' + className, label);
        b.type = 'button';
        b.addEventListener('click', function () {
            b.disabled = true;
            change(panel, 'POST', '/incident' + path);
        });
        return b;
    }

    function browse(key) {
        var a = el('a', 'socialdesk-incident-request', key);
        a.href = contextPath() + '/browse/' + encodeURIComponent(key);
        return a;
    }

    function surgeLine(panel, surge) {
        var line = el('p', 'socialdesk-incident-surge', (surge.active ? t(panel, 'socialdesk.panel.incident.active')
            : t(panel, 'socialdesk.panel.incident.ended')) + ' ' + relative(surge.startedAt) + ' · '
            + t(panel, 'socialdesk.panel.incident.peak') + ' ' + surge.peakPerMinute + ' / min ('
            + t(panel, 'socialdesk.panel.incident.usual') + ' ' + surge.usualPerMinute + ')');
        if (surge.words.length) {
            line.appendChild(el('br'));
            line.appendChild(el('span', 'socialdesk-incident-words', t(panel, 'socialdesk.panel.incident.words')
                + ': '));
            line.appendChild(user('bdi', null, surge.words.join(', ')));
        }
        return line;
    }

    function answerBox(panel, data) {
        var box = el('div', 'socialdesk-incident-answer');
        var answer = data.answer;
        var running = answer && (answer.state === 'sending' || answer.state === 'paused');
        if (answer) {
            var c = answer.counts;
            var progress = el('p', 'socialdesk-incident-progress', t(panel, 'socialdesk.panel.incident.answer.'
                + answer.state) + ' · ' + t(panel, 'socialdesk.panel.incident.reply.sent') + ' ' + c.sent + ' / '
                + (c.sent + c.pending + c.sending + c.failed + c.in_doubt + c.cancelled) + ' · '
                + t(panel, 'socialdesk.panel.incident.reply.failed') + ' ' + c.failed + ' · '
                + t(panel, 'socialdesk.panel.incident.reply.in_doubt') + ' ' + c.in_doubt);
            progress.setAttribute('role', 'status');
            box.appendChild(progress);
            var bar = el('div', 'aui-buttons');
            if (answer.state === 'sending') {
                bar.appendChild(incidentButton(panel, t(panel, 'socialdesk.panel.incident.pause'),
                    'socialdesk-incident-pause', '/answer/pause'));
            }
            if (answer.state === 'paused') {
                bar.appendChild(incidentButton(panel, t(panel, 'socialdesk.panel.incident.resume'),
                    'socialdesk-incident-resume', '/answer/resume'));
            }
            if (running) {
                bar.appendChild(incidentButton(panel, t(panel, 'socialdesk.panel.incident.cancel'),
                    'socialdesk-incident-cancel', '/answer/cancel'));
            }
            box.appendChild(bar);
        }
        if (!running) {
            var form = el('form', 'aui socialdesk-incident-form');
            var text = el('textarea', 'textarea socialdesk-incident-text');
            text.setAttribute('aria-label', t(panel, 'socialdesk.panel.incident.answer.help'));
            text.placeholder = t(panel, 'socialdesk.panel.incident.answer.help');
            var send = el('button', 'aui-button aui-button-primary socialdesk-incident-send',
                t(panel, 'socialdesk.panel.incident.answer.send'));
            send.type = 'submit';
            var status = el('p', 'socialdesk-status');
            status.setAttribute('role', 'status');
            form.appendChild(text);
            form.appendChild(send);
            form.appendChild(status);
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                send.disabled = true;
                request('POST', api(panel, '/incident/answer'), {text: text.value}).then(function (r) {
                    if (r.ok) {
                        load(panel, 0);
                    } else {
                        send.disabled = false;
                        status.textContent = r.json.message || ('HTTP ' + r.status);
                    }
                });
            });
            box.appendChild(form);
        }
        return box;
    }

    function incidentPosts(panel, data) {
        var list = el('ul', 'socialdesk-incident-posts');
        data.posts.forEach(function (post) {
            var item = el('li', 'socialdesk-incident-post' + (post.member ? '' : ' socialdesk-incident-out'));
            item.setAttribute('data-interaction-id', String(post.interactionId));
            item.appendChild(user('bdi', 'socialdesk-handle', '@' + post.authorHandle));
            item.appendChild(document.createTextNode(' '));
            item.appendChild(user('span', 'socialdesk-incident-post-text', post.text));
            var meta = el('span', 'socialdesk-incident-meta', ' · ' + post.similarity + ' % · ');
            item.appendChild(meta);
            if (post.request) {
                item.appendChild(browse(post.request));
            }
            if (post.reply) {
                var reply = el('span', 'socialdesk-incident-reply socialdesk-reply-' + post.reply, ' · '
                    + t(panel, 'socialdesk.panel.incident.reply.' + post.reply));
                if (post.failure) {
                    reply.title = post.failure;
                }
                item.appendChild(reply);
            }
            item.appendChild(document.createTextNode(' '));
            item.appendChild(incidentButton(panel, t(panel, post.member ? 'socialdesk.panel.incident.moveOut'
                : 'socialdesk.panel.incident.moveIn'), 'aui-button-compact socialdesk-incident-move',
                '/posts/' + post.interactionId + (post.member ? '/out' : '/in')));
            list.appendChild(item);
        });
        return list;
    }

    var INCIDENT_REFRESH_MS = 5000;

    function incident(panel, box) {
        request('GET', api(panel, '/incident')).then(function (r) {
            if (!r.ok || r.json.role === 'none') {
                return;
            }
            var data = r.json;
            box.textContent = '';
            box.setAttribute('data-role', data.role);
            if (data.role === 'incident') {
                box.appendChild(el('h3', 'socialdesk-incident-heading', t(panel, 'socialdesk.panel.incident.heading')
                    + ' · ' + data.members + ' ' + t(panel, 'socialdesk.panel.incident.members')));
                box.appendChild(surgeLine(panel, data.surge));
                box.appendChild(answerBox(panel, data));
                box.appendChild(incidentPosts(panel, data));
                if (data.answer && data.answer.state === 'sending') {
                    // replies go out over minutes or hours: show the progress as it goes, while the box is on screen
                    setTimeout(function () {
                        if (document.body.contains(box)) {
                            incident(panel, box);
                        }
                    }, INCIDENT_REFRESH_MS);
                }
                return;
            }
            var line = el('p', 'socialdesk-incident-related', t(panel, data.role === 'member'
                ? 'socialdesk.panel.incident.member' : 'socialdesk.panel.incident.candidate') + ' ');
            if (data.incident) {
                line.appendChild(browse(data.incident));
            }
            line.appendChild(document.createTextNode(' '));
            line.appendChild(incidentButton(panel, t(panel, data.role === 'member' ? 'socialdesk.panel.incident.moveOut'
                : 'socialdesk.panel.incident.moveIn'), 'aui-button-compact socialdesk-incident-move',
                '/posts/' + data.interactionId + (data.role === 'member' ? '/out' : '/in')));
            box.appendChild(line);
        });
    }

    /* ---- viral risk: customers' posts spreading beyond their author's reach ---- */

    function number(n) {
        return window.Intl && Intl.NumberFormat ? new Intl.NumberFormat().format(n) : String(n);
    }

    function viral(panel, box) {
        request('GET', api(panel, '/viral')).then(function (r) {
            var posts = r.ok && r.json.posts ? r.json.posts : [];
            if (!posts.length) {
                return;
            }
            box.appendChild(el('h3', 'socialdesk-viral-heading', t(panel, 'socialdesk.panel.viral.heading')));
            var list = el('ul', 'socialdesk-viral-posts');
            posts.forEach(function (post) {
                var item = el('li', 'socialdesk-viral-post');
                item.appendChild(user('bdi', 'socialdesk-viral-author', '@' + post.authorHandle));
                if (post.followers !== undefined) {
                    item.appendChild(document.createTextNode(' (' + number(post.followers) + ' '
                        + t(panel, 'socialdesk.panel.viral.followers') + ')'));
                }
                item.appendChild(el('span', 'socialdesk-viral-counts', ': ' + number(post.reposts) + ' '
                    + t(panel, 'socialdesk.panel.viral.reposts') + ' · ' + number(post.quotes) + ' '
                    + t(panel, 'socialdesk.panel.viral.quotes') + ' · ' + number(post.likes) + ' '
                    + t(panel, 'socialdesk.panel.viral.likes') + ' · ' + number(post.replies) + ' '
                    + t(panel, 'socialdesk.panel.viral.replies') + ' (' + t(panel, 'socialdesk.panel.viral.threshold')
                    + ' ' + number(post.threshold) + ')'));
                if (post.flaggedAt) {
                    item.appendChild(el('span', 'socialdesk-viral-since', ' · '
                        + t(panel, 'socialdesk.panel.viral.since') + ' ' + relative(post.flaggedAt)));
                }
                var href = safeHref(post.url);
                if (href) {
                    item.appendChild(document.createTextNode(' '));
                    var link = el('a', 'socialdesk-viral-link', t(panel, 'socialdesk.panel.viral.post'));
                    link.href = href;
                    link.target = '_blank';
                    link.rel = 'noopener noreferrer';
                    item.appendChild(link);
                }
                list.appendChild(item);
            });
            box.appendChild(list);
            box.setAttribute('data-posts', String(posts.length));
        });
    }

    /** What routing.js needs of this file: its helpers, so both build the DOM the same way. */
    var HELPERS = {
        t: t, el: el, user: user, request: request, api: api, contextPath: contextPath,
        load: function (panel, page) {
            load(panel, page);
        }
    };

    function render(panel, data, page) {
        panel.textContent = '';
        var viralBox = el('div', 'socialdesk-viral');
        panel.appendChild(viralBox);
        viral(panel, viralBox);
        var incidentBox = el('div', 'socialdesk-incident');
        panel.appendChild(incidentBox);
        incident(panel, incidentBox);
        var bar = actions(panel, data);
        panel.appendChild(bar);
        var offers = el('div', 'socialdesk-routing');
        panel.appendChild(offers);
        if (!data.contact) {
            panel.appendChild(el('p', 'socialdesk-status', t(panel, 'socialdesk.panel.empty')));
            return;
        }
        var who = el('p', 'socialdesk-contact');
        var name = el('strong', 'socialdesk-contact-name');
        name.appendChild(user('bdi', null, data.contact.displayName));
        who.appendChild(name);
        var customer = el('span', 'socialdesk-contact-customer', data.contact.customerKey
            ? ' · ' + t(panel, 'socialdesk.panel.customer') + ': ' : ' · ' + t(panel, 'socialdesk.panel.unlinked'));
        if (data.contact.customerKey) {
            customer.appendChild(user('bdi', null, data.contact.customerKey));
        }
        who.appendChild(customer);
        panel.appendChild(who);
        var suggested = el('div', 'socialdesk-suggestions');
        panel.appendChild(suggested);
        suggestions(panel, suggested);
        var identities = section(t(panel, 'socialdesk.panel.identities'));
        var ids = el('ul', 'socialdesk-identities');
        data.identities.forEach(function (identity) {
            var item = el('li', 'socialdesk-identity socialdesk-channel-' + identity.channel,
                t(panel, 'socialdesk.channel.' + identity.channel) + ': ');
            item.appendChild(user('bdi', null, identity.handle));
            if (identity.displayName) {
                item.appendChild(document.createTextNode(' ('));
                item.appendChild(user('bdi', null, identity.displayName));
                item.appendChild(document.createTextNode(')'));
            }
            if (data.identities.length > 1) {
                var split = el('button', 'aui-button aui-button-link socialdesk-split', t(panel, 'socialdesk.panel.split'));
                split.type = 'button';
                split.title = t(panel, 'socialdesk.panel.split.title');
                split.addEventListener('click', function () {
                    change(panel, 'POST', '/identities/' + encodeURIComponent(identity.id) + '/split');
                });
                item.appendChild(split);
            }
            ids.appendChild(item);
        });
        identities.appendChild(ids);
        var channels = data.identities.map(function (i) {
            return i.channel;
        });
        if (channels.indexOf('phone') >= 0 && channels.some(function (c) {
            return c !== 'phone';
        })) {
            // equal treatment, made visible: one customer, one history and one set of requests, however they reach us
            identities.appendChild(el('p', 'socialdesk-equal', t(panel, 'socialdesk.panel.equal')));
        }
        panel.appendChild(identities);

        var timeline = section(t(panel, 'socialdesk.panel.timeline'));
        var list = el('ol', 'socialdesk-timeline');
        var nodes = [];
        data.entries.forEach(function (entry) {
            var node = entryNode(panel, entry);
            nodes.push({entry: entry, node: node});
            list.appendChild(node);
        });
        timeline.appendChild(list);
        if (data.hidden > 0) {
            timeline.appendChild(el('p', 'socialdesk-hidden',
                t(panel, 'socialdesk.panel.hidden').replace('{0}', String(data.hidden))));
        }
        var paging = el('div', 'socialdesk-paging');
        if (page > 0) {
            var newer = el('button', 'aui-button aui-button-link socialdesk-newer', t(panel, 'socialdesk.panel.newer'));
            newer.type = 'button';
            newer.addEventListener('click', function () {
                load(panel, page - 1);
            });
            paging.appendChild(newer);
        }
        if (data.more) {
            var older = el('button', 'aui-button aui-button-link socialdesk-more', t(panel, 'socialdesk.panel.more'));
            older.type = 'button';
            older.addEventListener('click', function () {
                load(panel, page + 1);
            });
            paging.appendChild(older);
        }
        timeline.appendChild(paging);
        panel.appendChild(timeline);

        if (window.SocialDeskRouting) {
            window.SocialDeskRouting.attach(HELPERS, panel, data, {offers: offers,
                bar: bar.querySelector('.socialdesk-actions'), entries: nodes});
        }

        if (data.otherRequests.length) {
            var others = section(t(panel, 'socialdesk.panel.other'));
            var requests = el('ul', 'socialdesk-other');
            data.otherRequests.forEach(function (r) {
                var item = el('li');
                var link = el('a', null, r.key);
                link.href = contextPath() + '/browse/' + encodeURIComponent(r.key);
                item.appendChild(link);
                item.appendChild(document.createTextNode(' '));
                item.appendChild(user('bdi', null, r.summary));
                item.appendChild(document.createTextNode(' '));
                item.appendChild(el('span', 'aui-lozenge' + (r.resolved ? ' aui-lozenge-success' : ''), r.status));
                requests.appendChild(item);
            });
            others.appendChild(requests);
            panel.appendChild(others);
        }
    }

    function load(panel, page) {
        request('GET', api(panel, '?page=' + page)).then(function (r) {
            if (!r.ok) {
                throw new Error('HTTP ' + r.status);
            }
            render(panel, r.json, page);
            panel.setAttribute('data-loaded', 'true');
        }).catch(function () {
            panel.textContent = '';
            panel.appendChild(el('p', 'socialdesk-status socialdesk-error', t(panel, 'socialdesk.panel.failed')));
            panel.setAttribute('data-loaded', 'failed');
        });
    }

    function init() {
        var panels = document.querySelectorAll('.socialdesk-history:not([data-started])');
        Array.prototype.forEach.call(panels, function (panel) {
            panel.setAttribute('data-started', 'true');
            load(panel, 0);
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
    // Jira swaps the issue view in place (issue navigator, detail view): start panels that arrive later too
    if (window.JIRA && JIRA.bind && JIRA.Events && JIRA.Events.NEW_CONTENT_ADDED) {
        JIRA.bind(JIRA.Events.NEW_CONTENT_ADDED, init);
    }
}());
