/*
 * Chart.js's UMD bundle registers itself as an anonymous AMD module when a page has an AMD loader (Jira's dashboard
 * has almond, which takes named modules only): with the loader hidden while it runs, it sets window.Chart as on any
 * other page. amd-restore.js, right after the bundle, puts the loader back.
 */
window.SocialDeskHiddenDefine = window.define;
window.define = undefined;
