/* The sandbox's AMD loader, as small as Jira's almond: named define, require by name. */
(function () {
    'use strict';
    var modules = {};
    window.define = function (name, deps, factory) {
        if (typeof name !== 'string') {
            throw new Error('the sandbox, like Jira, takes named AMD modules only');
        }
        modules[name] = factory.apply(null, deps.map(function (d) {
            return modules[d];
        }));
    };
    window.define.amd = {};
    window.require = function (names, callback) {
        callback.apply(null, names.map(function (n) {
            if (!(n in modules)) {
                throw new Error('no AMD module ' + n);
            }
            return modules[n];
        }));
    };
}());
