/*
 * The *Social insights* dashboard item: one chart of a service desk's insights, chosen by whoever adds it (Jira's
 * dashboard-item module, https://developer.atlassian.com/server/jira/platform/dashboard-item-module/). Jira's
 * dashboard requires this AMD module, makes one per item with its API (savePreferences, showLoadingBar, resize…),
 * and calls render or renderEdit with the item's element and saved preferences. Texts come through Jira's jsI18n
 * transformer; values from the server reach the DOM as text only.
 */
define('socialdesk/insights-dashboard-item', [], function () {
    'use strict';

    var dom = window.SocialDeskDom;
    var el = dom.el;
    var charts = window.SocialDeskCharts;
    var KINDS = ['volume', 'firstResponse', 'equal', 'waiting'];
    var TEXT = {
        title: AJS.I18n.getText('socialdesk.dashboard.title'),
        configure: AJS.I18n.getText('socialdesk.dashboard.configure'),
        project: AJS.I18n.getText('socialdesk.dashboard.project'),
        chart: AJS.I18n.getText('socialdesk.dashboard.chart'),
        save: AJS.I18n.getText('socialdesk.dashboard.save'),
        failed: AJS.I18n.getText('socialdesk.dashboard.failed'),
        open: AJS.I18n.getText('socialdesk.dashboard.open'),
        volume: AJS.I18n.getText('socialdesk.dashboard.chart.volume'),
        firstResponse: AJS.I18n.getText('socialdesk.dashboard.chart.firstResponse'),
        equal: AJS.I18n.getText('socialdesk.dashboard.chart.equal'),
        waiting: AJS.I18n.getText('socialdesk.dashboard.chart.waiting'),
        start: AJS.I18n.getText('socialdesk.insights.start'),
        channel: AJS.I18n.getText('socialdesk.insights.channel'),
        median: AJS.I18n.getText('socialdesk.insights.median'),
        p90: AJS.I18n.getText('socialdesk.insights.p90'),
        finding: AJS.I18n.getText('socialdesk.insights.equal.finding'),
        noFinding: AJS.I18n.getText('socialdesk.insights.equal.none'),
        unknownType: AJS.I18n.getText('socialdesk.insights.requestType.unknown'),
        request: AJS.I18n.getText('socialdesk.insights.request'),
        waitingSince: AJS.I18n.getText('socialdesk.insights.waitingSince'),
        noWaiting: AJS.I18n.getText('socialdesk.insights.waiting.none')
    };

    function element(context) {
        return context && context.jquery ? context[0] : context;
    }

    var table = charts.table;

    function draw(part, kind, data) {
        if (kind === 'volume') {
            part.appendChild(table(TEXT.volume, [TEXT.start].concat(data.channels), data.volume.map(function (b) {
                return [b.start].concat(data.channels.map(function (c) {
                    return b.perChannel[c] || 0;
                }));
            })));
            charts.chart(part, TEXT.volume, 'bar', data.volume.map(function (b) {
                return b.start.substring(0, 10);
            }), data.channels.map(function (c, i) {
                return {label: c, backgroundColor: charts.COLOURS[i % charts.COLOURS.length],
                    data: data.volume.map(function (b) {
                        return b.perChannel[c] || 0;
                    })};
            }));
        } else if (kind === 'firstResponse') {
            part.appendChild(table(TEXT.firstResponse, [TEXT.channel, TEXT.median, TEXT.p90],
                data.firstResponse.map(function (c) {
                    return [c.channel, c.medianMinutes, c.p90Minutes];
                })));
            charts.chart(part, TEXT.firstResponse, 'grouped', data.firstResponse.map(function (c) {
                return c.channel;
            }), [{label: TEXT.median, backgroundColor: charts.COLOURS[0], data: data.firstResponse.map(function (c) {
                return c.medianMinutes;
            })}, {label: TEXT.p90, backgroundColor: charts.COLOURS[2], data: data.firstResponse.map(function (c) {
                return c.p90Minutes;
            })}]);
        } else if (kind === 'equal') {
            var findings = data.equalTreatment.unequal;
            part.appendChild(findings.length ? el('div') : el('p', null, TEXT.noFinding));
            findings.forEach(function (u) {
                part.appendChild(el('p', 'aui-message aui-message-warning socialdesk-insights-finding',
                    charts.format(TEXT.finding, [u.requestType || TEXT.unknownType, u.faster, u.factor.toFixed(1),
                        u.slower])));
            });
        } else {
            part.appendChild(data.waiting.length ? table(TEXT.waiting, [TEXT.request, TEXT.channel,
                TEXT.waitingSince], data.waiting.map(function (r) {
                return [r.issueKey, r.channel, r.waitingSince || ''];
            })) : el('p', null, TEXT.noWaiting));
        }
    }

    function DashboardItem(API) {
        this.API = API;
    }

    DashboardItem.prototype.render = function (context, preferences) {
        var api = this.API;
        var root = element(context);
        root.textContent = '';
        var part = el('div', 'socialdesk-dashboard-item');
        root.appendChild(part);
        var kind = KINDS.indexOf(preferences.chart) >= 0 ? preferences.chart : 'volume';
        if (!preferences.project) {
            part.appendChild(el('p', null, TEXT.configure));
            return;
        }
        api.setTitle(TEXT.title + ': ' + TEXT[kind] + ' (' + preferences.project + ')');
        api.showLoadingBar();
        var base = dom.contextPath();
        charts.insights(preferences.project, {bucket: 'day'}).then(function (data) {
            api.hideLoadingBar();
            draw(part, kind, data);
            var link = el('a', 'socialdesk-dashboard-open', TEXT.open);
            link.href = base + '/plugins/servlet/socialdesk/insights?project='
                + encodeURIComponent(preferences.project);
            part.appendChild(link);
            api.resize();
        }, function (error) {
            api.hideLoadingBar();
            part.appendChild(el('p', 'aui-message aui-message-error', TEXT.failed + ' ' + error));
        });
    };

    DashboardItem.prototype.renderEdit = function (context, preferences) {
        var api = this.API;
        var root = element(context);
        root.textContent = '';
        var form = el('form', 'aui socialdesk-dashboard-edit');
        var projectField = el('div', 'field-group');
        var projectLabel = el('label', null, TEXT.project);
        projectLabel.htmlFor = 'socialdesk-dashboard-project-' + api.getGadgetId();
        var project = el('input', 'text');
        project.id = projectLabel.htmlFor;
        project.name = 'project';
        project.required = true;
        project.value = preferences.project || '';
        projectField.appendChild(projectLabel);
        projectField.appendChild(project);
        var chartField = el('div', 'field-group');
        var chartLabel = el('label', null, TEXT.chart);
        chartLabel.htmlFor = 'socialdesk-dashboard-chart-' + api.getGadgetId();
        var chart = el('select', 'select');
        chart.id = chartLabel.htmlFor;
        chart.name = 'chart';
        KINDS.forEach(function (kind) {
            var option = el('option', null, TEXT[kind]);
            option.value = kind;
            option.selected = kind === (preferences.chart || 'volume');
            chart.appendChild(option);
        });
        chartField.appendChild(chartLabel);
        chartField.appendChild(chart);
        var buttons = el('div', 'buttons-container');
        var save = el('button', 'aui-button aui-button-primary', TEXT.save);
        save.type = 'submit';
        buttons.appendChild(save);
        form.appendChild(projectField);
        form.appendChild(chartField);
        form.appendChild(buttons);
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var key = project.value.trim().toUpperCase();
            if (key) {
                api.savePreferences({project: key, chart: chart.value});
            }
        });
        root.appendChild(form);
        api.resize();
    };

    return DashboardItem;
});
