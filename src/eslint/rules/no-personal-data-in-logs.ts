import { createRule } from '../create-rule.js';
import { fileScan } from '../file-scan.js';
import { categoriesOption, flowData, flowLocation, reportTypeProblems, TYPE_MESSAGES, typeAwareOption, undeclaredFlows } from '../flow-report.js';

export type Options = [{ categories?: string[]; typeAware?: boolean }];
export type MessageIds = 'personalDataInLog' | keyof typeof TYPE_MESSAGES;

export default createRule<Options, MessageIds>({
  name: 'no-personal-data-in-logs',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow personal data in log calls unless the privacy policy declares logs as a recipient for it',
      configs: { recommended: [], strict: [{ typeAware: true }] },
      usesTypeInformation: true,
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: { categories: categoriesOption, typeAware: typeAwareOption },
      },
    ],
    messages: {
      personalDataInLog: '{{categories}} data ({{expressions}}) is written to the log by `{{sink}}`, but {{reason}}.{{note}}',
      ...TYPE_MESSAGES,
    },
    defaultOptions: [{ categories: [], typeAware: false }],
  },
  defaultOptions: [{ categories: [], typeAware: false }],
  create(context, [options]) {
    return {
      'Program:exit'() {
        const scan = fileScan(context, options.typeAware === true);
        if (scan.kind !== 'ok') return;
        const logs = scan.flows.filter((f) => f.sinkKind === 'logs');
        for (const undeclared of undeclaredFlows(logs, scan.engine.policy, options.categories?.length ? options.categories : undefined)) {
          context.report({ loc: flowLocation(undeclared.flow), messageId: 'personalDataInLog', data: flowData(undeclared, scan.stoppedWalks) });
        }
        if (options.typeAware === true) reportTypeProblems(context, scan);
      },
    };
  },
});
