/** Every rule of the plugin, by id, sorted. A test proves each has a doc page, a test and its configs. */
import noPersonalDataInLogs from './no-personal-data-in-logs.js';
import noUndeclaredPersonalData from './no-undeclared-personal-data.js';
import noUndeclaredRecipient from './no-undeclared-recipient.js';
import validAnnotations from './valid-annotations.js';

export const rules = {
  'no-personal-data-in-logs': noPersonalDataInLogs,
  'no-undeclared-personal-data': noUndeclaredPersonalData,
  'no-undeclared-recipient': noUndeclaredRecipient,
  'valid-annotations': validAnnotations,
};
