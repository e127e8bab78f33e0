/* Puts back the AMD loader amd-hide.js hid while Chart.js loaded. */
window.define = window.SocialDeskHiddenDefine;
window.SocialDeskHiddenDefine = undefined;
