/*
 * The social insights page: reads GET /rest/socialdesk/1.0/insights for the project and draws the volume and the
 * first responses as charts (Chart.js, shipped with the plugin) above tables of the same numbers, which screen readers
 * read (the charts are images named after their table), with the volume also as CSV. Every value from the server
 * reaches the DOM as text only.
 */
(function () {
    'use strict';

    var dom = window.SocialDeskDom;
    var t = dom.text;
    var el = dom.el;
    var contextPath = dom.contextPath;

    var table = window.SocialDeskCharts.table;
    var format = window.SocialDeskCharts.format;

    /** A bucket's start as the viewer reads it: a date (days, weeks), or a date and hour (hours), in their zone. */
    function label(iso, bucket) {
        var at = new Date(iso);
        return bucket === 'hour' ? at.toLocaleString([], {month: 'short', day: 'numeric', hour: '2-digit'})
            : at.toLocaleDateString();
    }

    function csv(headers, rows) {
        function quote(value) {
            var text = String(value === null || value === undefined ? '' : value);
            return /[",\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
        }
        return [headers].concat(rows).map(function (row) {
            return row.map(quote).join(',');
        }).join('\n') + '\n';
    }

    function issueLink(key) {
        var a = el('a', null, key);
        a.href = contextPath() + '/browse/' + encodeURIComponent(key);
        return a;
    }

    function section(root, heading, content) {
        var part = el('section', 'socialdesk-insights-section');
        part.appendChild(el('h2', null, heading));
        part.appendChild(content);
        root.appendChild(part);
        return part;
    }

    var chart = window.SocialDeskCharts.chart;
    var COLOURS = window.SocialDeskCharts.COLOURS;

    function draw(root, data) {
        var out = root.querySelector('.socialdesk-insights-body');
        out.textContent = '';
        var volumeHeaders = [t(root, 'socialdesk.insights.start')].concat(data.channels)
            .concat([t(root, 'socialdesk.insights.total')]);
        var volumeRows = data.volume.map(function (b) {
            return [b.start].concat(data.channels.map(function (c) {
                return b.perChannel[c] || 0;
            })).concat([b.total]);
        });
        var volume = section(out,
            t(root, 'socialdesk.insights.volume'), table(t(root, 'socialdesk.insights.volume'), volumeHeaders,
                volumeRows, 'socialdesk-insights-volume'));
        var download = el('a', 'aui-button socialdesk-insights-csv', t(root, 'socialdesk.insights.csv'));
        download.href = URL.createObjectURL(new Blob([csv(volumeHeaders, volumeRows)], {type: 'text/csv'}));
        download.download = 'socialdesk-volume-' + data.project + '.csv';
        volume.appendChild(download);
        var starts = data.volume.map(function (b) {
            return Date.parse(b.start);
        });
        function bucketOf(iso) {
            var at = Date.parse(iso);
            for (var i = starts.length - 1; i >= 0; i--) {
                if (starts[i] <= at) {
                    return i;
                }
            }
            return -1;
        }
        chart(volume, t(root, 'socialdesk.insights.volume'), 'bar', data.volume.map(function (b) {
            return label(b.start, data.bucket);
        }), data.channels.map(function (c, i) {
            return {label: c, backgroundColor: COLOURS[i % COLOURS.length], data: data.volume.map(function (b) {
                return b.perChannel[c] || 0;
            })};
        }), [window.SocialDeskCharts.marks(data.surges, data.viralRisks, bucketOf, starts.length - 1)]);
        // what the shading and the lines mark, as text
        var marked = data.surges.map(function (s) {
            return [t(root, 'socialdesk.insights.marks.surge'), s.channel, s.from, s.to || t(root,
                'socialdesk.insights.marks.ongoing'), ''];
        }).concat(data.viralRisks.map(function (r) {
            return [t(root, 'socialdesk.insights.marks.viral'), r.channel, r.at, '', r.issueKey ? issueLink(r.issueKey)
                : ''];
        }));
        if (marked.length) {
            volume.appendChild(table(t(root, 'socialdesk.insights.marks'), [t(root, 'socialdesk.insights.marks.what'),
                t(root, 'socialdesk.insights.channel'), t(root, 'socialdesk.insights.start'),
                t(root, 'socialdesk.insights.marks.end'), t(root, 'socialdesk.insights.request')], marked,
                'socialdesk-insights-marks'));
        }
        var mix = section(out, t(root, 'socialdesk.insights.mix'), table(t(root, 'socialdesk.insights.mix'),
            [t(root, 'socialdesk.insights.start'), t(root, 'socialdesk.insights.complaints'),
                t(root, 'socialdesk.insights.questions'), t(root, 'socialdesk.insights.praise'),
                t(root, 'socialdesk.insights.otherIntent'), t(root, 'socialdesk.insights.negative'),
                t(root, 'socialdesk.insights.positive')],
            data.mix.map(function (m) {
                return [m.start, m.complaints, m.questions, m.praise, m.otherIntent, m.negative, m.positive];
            }), 'socialdesk-insights-mix'));
        // what customers wrote, as stacked bars: praise apart from complaints and questions, the rest in grey
        chart(mix, t(root, 'socialdesk.insights.mix'), 'bar', data.mix.map(function (m) {
            return label(m.start, data.bucket);
        }), [['complaints', 4], ['questions', 0], ['praise', 1], ['otherIntent', 6]].map(function (kind) {
            return {label: t(root, 'socialdesk.insights.' + kind[0]), backgroundColor: COLOURS[kind[1]],
                data: data.mix.map(function (m) {
                    return m[kind[0]];
                })};
        }));
        var responses = section(out, t(root, 'socialdesk.insights.firstResponse'), table(
            t(root, 'socialdesk.insights.firstResponse'),
            [t(root, 'socialdesk.insights.channel'), t(root, 'socialdesk.insights.answered'),
                t(root, 'socialdesk.insights.unanswered'), t(root, 'socialdesk.insights.median'),
                t(root, 'socialdesk.insights.p90')],
            data.firstResponse.map(function (c) {
                return [c.channel, c.answered, c.unanswered, c.medianMinutes, c.p90Minutes];
            }), 'socialdesk-insights-first-response'));
        chart(responses, t(root, 'socialdesk.insights.firstResponse'), 'grouped', data.firstResponse.map(function (c) {
            return c.channel;
        }), [{label: t(root, 'socialdesk.insights.median'), borderColor: COLOURS[0], backgroundColor: COLOURS[0],
            data: data.firstResponse.map(function (c) {
                return c.medianMinutes;
            })}, {label: t(root, 'socialdesk.insights.p90'), borderColor: COLOURS[2], backgroundColor: COLOURS[2],
            data: data.firstResponse.map(function (c) {
                return c.p90Minutes;
            })}]);
        var equal = el('div', 'socialdesk-insights-equal');
        if (data.equalTreatment.unequal.length) {
            data.equalTreatment.unequal.forEach(function (u) {
                var finding = el('div', 'aui-message aui-message-warning socialdesk-insights-finding');
                finding.appendChild(el('p', null, format(t(root, 'socialdesk.insights.equal.finding'),
                    [u.requestType || t(root, 'socialdesk.insights.requestType.unknown'), u.faster,
                        u.factor.toFixed(1), u.slower])));
                if (u.slowest.length) {
                    var slowest = el('p', null, format(t(root, 'socialdesk.insights.equal.slowest'), [u.slower]) + ' ');
                    u.slowest.forEach(function (key, i) {
                        slowest.appendChild(issueLink(key));
                        if (i < u.slowest.length - 1) {
                            slowest.appendChild(document.createTextNode(', '));
                        }
                    });
                    finding.appendChild(slowest);
                }
                equal.appendChild(finding);
            });
        } else {
            equal.appendChild(el('p', null, t(root, 'socialdesk.insights.equal.none')));
        }
        var byType = [];
        data.firstResponseByRequestType.forEach(function (type) {
            type.channels.forEach(function (c) {
                byType.push([type.requestType || t(root, 'socialdesk.insights.requestType.unknown'), c.channel,
                    c.answered, c.medianMinutes, c.p90Minutes]);
            });
        });
        equal.appendChild(table(t(root, 'socialdesk.insights.byRequestType'),
            [t(root, 'socialdesk.insights.requestType'), t(root, 'socialdesk.insights.channel'),
                t(root, 'socialdesk.insights.answered'), t(root, 'socialdesk.insights.median'),
                t(root, 'socialdesk.insights.p90')], byType, 'socialdesk-insights-by-type'));
        section(out, t(root, 'socialdesk.insights.equal'), equal);
        [['waiting', data.waiting], ['effort', data.effort]].forEach(function (list) {
            var name = list[0];
            var content = list[1].length ? table(t(root, 'socialdesk.insights.' + name),
                [t(root, 'socialdesk.insights.request'), t(root, 'socialdesk.insights.channel'),
                    t(root, 'socialdesk.insights.waitingSince'), t(root, 'socialdesk.insights.contacts'),
                    t(root, 'socialdesk.insights.channels')],
                list[1].map(function (r) {
                    return [issueLink(r.issueKey), r.channel, r.waitingSince || '', r.contacts, r.channels.join(', ')];
                }), 'socialdesk-insights-' + name) : el('p', null, t(root, 'socialdesk.insights.' + name + '.none'));
            section(out, t(root, 'socialdesk.insights.' + name), content);
        });
    }

    /** The start of a local calendar day (yyyy-mm-dd from a date input) as an instant, for the API. */
    function dayStart(value) {
        var parts = value.split('-').map(Number);
        return new Date(parts[0], parts[1] - 1, parts[2]).toISOString();
    }

    function load(root, bucket, from, to) {
        var status = root.querySelector('.socialdesk-insights-status');
        status.textContent = t(root, 'socialdesk.insights.loading');
        window.SocialDeskCharts.insights(root.getAttribute('data-project'), {bucket: bucket,
            from: from ? dayStart(from) : '', to: to ? dayStart(to) : ''}).then(function (data) {
            status.textContent = '';
            draw(root, data);
        }, function (error) {
            status.textContent = t(root, 'socialdesk.insights.failed') + ' ' + error;
        });
    }

    function dateField(root, name, controls) {
        var label = el('label', null, t(root, 'socialdesk.insights.' + name));
        label.htmlFor = 'socialdesk-insights-' + name;
        var input = el('input', 'text');
        input.type = 'date';
        input.id = label.htmlFor;
        input.name = name;
        controls.appendChild(label);
        controls.appendChild(input);
        return input;
    }

    function start(root) {
        var controls = el('form', 'aui socialdesk-insights-controls');
        var label = el('label', null, t(root, 'socialdesk.insights.bucket'));
        label.htmlFor = 'socialdesk-insights-bucket';
        var bucket = el('select', 'select');
        bucket.id = 'socialdesk-insights-bucket';
        ['hour', 'day', 'week'].forEach(function (b) {
            var option = el('option', null, t(root, 'socialdesk.insights.bucket.' + b));
            option.value = b;
            option.selected = b === 'day';
            bucket.appendChild(option);
        });
        controls.appendChild(label);
        controls.appendChild(bucket);
        // a range of whole local days, "to" included; empty: the last seven days
        var from = dateField(root, 'from', controls);
        var to = dateField(root, 'to', controls);
        var show = el('button', 'aui-button', t(root, 'socialdesk.insights.show'));
        show.type = 'submit';
        controls.appendChild(show);
        function reload(event) {
            if (event) {
                event.preventDefault();
            }
            var end = to.value ? new Date(dayStart(to.value)) : null;
            if (end) {
                end.setDate(end.getDate() + 1);
            }
            load(root, bucket.value, from.value, end ? end.getFullYear() + '-' + (end.getMonth() + 1) + '-'
                + end.getDate() : '');
        }
        bucket.addEventListener('change', reload);
        controls.addEventListener('submit', reload);
        root.appendChild(controls);
        var status = el('p', 'socialdesk-insights-status');
        status.setAttribute('role', 'status');
        root.appendChild(status);
        root.appendChild(el('div', 'socialdesk-insights-body'));
        load(root, 'day');
    }

    function init() {
        var root = document.getElementById('socialdesk-insights');
        if (root && !root.getAttribute('data-started')) {
            root.setAttribute('data-started', 'true');
            start(root);
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
