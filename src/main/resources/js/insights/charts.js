/*
 * What the insights page and the dashboard item draw with: tables, a Chart.js chart (shipped with the plugin) named
 * after the table of the same numbers, which assistive technology reads instead, the chart's surge and viral-risk
 * marks, and a template filler for translated texts.
 */
(function () {
    'use strict';

    var el = window.SocialDeskDom.el;

    /**
     * A Chart.js plugin marking the volume chart: surges shaded from their start bucket to their end bucket, viral
     * risks as a line at their bucket. {@code bucketOf} maps an ISO instant to a label index (-1: outside).
     */
    function marks(surges, risks, bucketOf, last) {
        return {
            id: 'socialdeskMarks',
            beforeDatasetsDraw: function (chart) {
                var x = chart.scales.x;
                var area = chart.chartArea;
                var half = x.width / Math.max(1, last + 1) / 2;
                var ctx = chart.ctx;
                ctx.save();
                surges.forEach(function (s) {
                    var from = Math.max(0, bucketOf(s.from));
                    var to = s.to ? bucketOf(s.to) : last;
                    if (to < 0) {
                        to = last;
                    }
                    ctx.fillStyle = 'rgba(255, 139, 0, 0.18)';
                    ctx.fillRect(x.getPixelForValue(from) - half, area.top,
                        x.getPixelForValue(to) - x.getPixelForValue(from) + 2 * half, area.bottom - area.top);
                });
                risks.forEach(function (r) {
                    var at = bucketOf(r.at);
                    if (at >= 0) {
                        ctx.strokeStyle = '#DE350B';
                        ctx.lineWidth = 2;
                        ctx.beginPath();
                        ctx.moveTo(x.getPixelForValue(at), area.top);
                        ctx.lineTo(x.getPixelForValue(at), area.bottom);
                        ctx.stroke();
                    }
                });
                ctx.restore();
            }
        };
    }

    /** A chart above the first table of {@code part}, when Chart.js loaded; an image named {@code label}. */
    function chart(part, label, type, labels, datasets, plugins) {
        if (!window.Chart) {
            return null;
        }
        var box = el('div', 'socialdesk-insights-chart');
        var canvas = el('canvas');
        canvas.setAttribute('role', 'img');
        canvas.setAttribute('aria-label', label);
        box.appendChild(canvas);
        part.insertBefore(box, part.querySelector('table'));
        // 'bar' stacks (parts of a whole), 'grouped' sets bars side by side (a median beside its 90th percentile)
        return new window.Chart(canvas, {
            type: type === 'grouped' ? 'bar' : type,
            data: {labels: labels, datasets: datasets},
            plugins: plugins || [],
            options: {animation: false, responsive: true, maintainAspectRatio: false,
                scales: type === 'bar' ? {x: {stacked: true}, y: {stacked: true, beginAtZero: true}}
                    : {y: {beginAtZero: true}}}
        });
    }

    /** A table with a caption and column headers; a cell is a DOM node (a link) or text. */
    function table(caption, headers, rows, className) {
        var tableNode = el('table', 'aui ' + (className || ''));
        tableNode.appendChild(el('caption', null, caption));
        var head = el('thead');
        var headRow = el('tr');
        headers.forEach(function (h) {
            var th = el('th', null, h);
            th.scope = 'col';
            headRow.appendChild(th);
        });
        head.appendChild(headRow);
        tableNode.appendChild(head);
        var body = el('tbody');
        rows.forEach(function (cells) {
            var tr = el('tr');
            cells.forEach(function (cell) {
                var td = el('td');
                if (cell && cell.nodeType) {
                    td.appendChild(cell);
                } else {
                    td.textContent = cell === null || cell === undefined ? '' : String(cell);
                }
                tr.appendChild(td);
            });
            body.appendChild(tr);
        });
        tableNode.appendChild(body);
        return tableNode;
    }

    /** A translated template with {0}, {1}… filled in (as text: the caller puts it in the DOM as text). */
    function format(template, values) {
        return template.replace(/\{(\d+)\}/g, function (match, i) {
            return values[Number(i)] === undefined ? match : String(values[Number(i)]);
        });
    }

    /**
     * The desk's insights from GET /rest/socialdesk/1.0/insights in the viewer's time zone: a promise of the answer,
     * rejected with the server's message (or status) when it refuses, or with the network's error.
     */
    function insights(project, query) {
        var zone = (window.Intl && Intl.DateTimeFormat().resolvedOptions().timeZone) || 'UTC';
        var url = window.SocialDeskDom.contextPath() + '/rest/socialdesk/1.0/insights?project='
            + encodeURIComponent(project) + '&bucket=' + encodeURIComponent(query.bucket) + '&zone='
            + encodeURIComponent(zone) + (query.from ? '&from=' + encodeURIComponent(query.from) : '')
            + (query.to ? '&to=' + encodeURIComponent(query.to) : '');
        return fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}}).then(function (r) {
            return r.json().then(function (json) {
                if (!r.ok) {
                    throw json.message || r.status;
                }
                return json;
            });
        });
    }

    window.SocialDeskCharts = {
        insights: insights,
        chart: chart,
        marks: marks,
        table: table,
        format: format,
        COLOURS: ['#0052CC', '#00875A', '#FF8B00', '#6554C0', '#DE350B', '#00B8D9', '#5E6C84']
    };
}());
