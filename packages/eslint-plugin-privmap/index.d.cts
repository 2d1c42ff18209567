import plugin = require('privmap/eslint-plugin');
declare const _default: typeof plugin.default;
export = _default;
