/*
 * What SocialDesk's scripts (the panel, the admin console, the insights page) share to build their DOM: elements with
 * text set as text only, the translated texts a page hands over as data attributes, and Jira's context path.
 */
window.SocialDeskDom = window.SocialDeskDom || (function () {
    'use strict';

    function el(tag, className, text) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (text !== undefined && text !== null) {
            node.textContent = String(text);
        }
        return node;
    }

    /** The text the page handed over for {@code key} as {@code data-<key with dashes>} on {@code root}. */
    function text(root, key) {
        return root.getAttribute('data-' + key.replace(/\./g, '-')) || key;
    }

    function contextPath() {
        return (window.AJS && AJS.contextPath) ? AJS.contextPath() : '';
    }

    return {el: el, text: text, contextPath: contextPath};
}());
