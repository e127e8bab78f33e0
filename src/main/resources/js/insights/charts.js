/*
 * What the insights page and the dashboard item draw with: a Chart.js chart (shipped with the plugin) named after the
 * table of the same numbers, which assistive technology reads instead, and a template filler for translated texts.
 */
(function () {
    'use strict';

    var el = window.SocialDeskDom.el;

    /** A chart above the first table of {@code part}, when Chart.js loaded; an image named {@code label}. */
    function chart(part, label, type, labels, datasets) {
        if (!window.Chart) {
            return null;
        }
        var box = el('div', 'socialdesk-insights-chart');
        var canvas = el('canvas');
        canvas.setAttribute('role', 'img');
        canvas.setAttribute('aria-label', label);
        box.appendChild(canvas);
        part.insertBefore(box, part.querySelector('table'));
        return new window.Chart(canvas, {
            type: type,
            data: {labels: labels, datasets: datasets},
            options: {animation: false, responsive: true, maintainAspectRatio: false,
                scales: type === 'bar' ? {x: {stacked: true}, y: {stacked: true, beginAtZero: true}} : {}}
        });
    }

    /** A translated template with {0}, {1}… filled in (as text: the caller puts it in the DOM as text). */
    function format(template, values) {
        return template.replace(/\{(\d+)\}/g, function (match, i) {
            return values[Number(i)] === undefined ? match : String(values[Number(i)]);
        });
    }

    window.SocialDeskCharts = {
        chart: chart,
        format: format,
        COLOURS: ['#0052CC', '#00875A', '#FF8B00', '#6554C0', '#DE350B', '#00B8D9', '#5E6C84']
    };
}());
