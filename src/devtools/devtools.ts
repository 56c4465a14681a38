import browser from 'webextension-polyfill';

// The leading slash matters: Firefox resolves a relative path against this page.
void browser.devtools.panels.create('API Errors', '/icons/icon-16.png', '/src/panel/panel.html');
