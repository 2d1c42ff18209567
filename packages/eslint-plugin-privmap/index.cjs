'use strict';
/**
 * eslint-plugin-privmap: privmap's ESLint plugin under the package name ESLint 8 looks for when a `.eslintrc`
 * says `plugins: ['privmap']`. It is privmap/eslint-plugin itself (one module instance, one policy cache),
 * loaded with require(), which reads ES modules on Node 20.19 and newer. privmap is a peer: the rules run
 * the detector and policy loader of the privmap the project installed.
 */
const notFound = (error) => error && error.code === 'MODULE_NOT_FOUND' && /privmap/.test(String(error.message));
let plugin;
try {
  plugin = require('privmap/eslint-plugin');
} catch (error) {
  if (!notFound(error)) throw error;
  try {
    // Inside privmap's own repository (an npm workspace), privmap is two folders up, built into dist/.
    plugin = require('../../dist/eslint/index.js');
  } catch (inner) {
    if (!notFound(inner) && !(inner && inner.code === 'MODULE_NOT_FOUND')) throw inner;
    throw new Error('eslint-plugin-privmap needs the privmap package: npm install --save-dev privmap eslint-plugin-privmap');
  }
}
module.exports = plugin.default ?? plugin;
