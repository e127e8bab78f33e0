/*
 * The sandbox dashboard: each item's AMD module gets the dashboard item API Jira gives it (savePreferences,
 * setTitle, showLoadingBar, hideLoadingBar, resize, getGadgetId, isEditable, closeEdit, getContext) and is rendered
 * with its preferences, kept in the browser; "Edit" renders it for editing.
 */
(function () {
    'use strict';
    document.querySelectorAll('.sd-dashboard-item').forEach(function (section) {
        var id = section.getAttribute('data-item');
        var content = section.querySelector('.sd-dashboard-content');
        var title = section.querySelector('.sd-dashboard-title');
        var storeKey = 'sandbox-dashboard-' + id;
        var context = window.jQuery ? window.jQuery(content) : content;
        function preferences() {
            try {
                return JSON.parse(window.localStorage.getItem(storeKey) || '{}');
            } catch (e) {
                return {};
            }
        }
        window.require([section.getAttribute('data-amd')], function (Item) {
            var item;
            var api = {
                savePreferences: function (prefs) {
                    window.localStorage.setItem(storeKey, JSON.stringify(prefs));
                    item.render(context, preferences());
                },
                setTitle: function (text) {
                    title.textContent = text;
                },
                showLoadingBar: function () {
                    section.classList.add('sd-loading');
                },
                hideLoadingBar: function () {
                    section.classList.remove('sd-loading');
                },
                resize: function () {
                },
                getGadgetId: function () {
                    return id;
                },
                isEditable: function () {
                    return true;
                },
                closeEdit: function () {
                    item.render(context, preferences());
                },
                getContext: function () {
                    return context;
                }
            };
            item = new Item(api);
            section.querySelector('.sd-dashboard-edit').addEventListener('click', function () {
                item.renderEdit(context, preferences());
            });
            var saved = preferences();
            if (saved.project || !item.renderEdit) {
                item.render(context, saved);
            } else {
                item.renderEdit(context, saved);
            }
        });
    });
}());
