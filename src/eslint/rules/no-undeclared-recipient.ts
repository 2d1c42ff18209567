import { createRule } from '../create-rule.js';
import { fileScan } from '../file-scan.js';
import { categoriesOption, flowData, flowLocation, reportTypeProblems, TYPE_MESSAGES, typeAwareOption, undeclaredFlows } from '../flow-report.js';

export type Options = [{ categories?: string[]; sinkKinds?: string[]; typeAware?: boolean }];
export type MessageIds = 'undeclaredRecipient' | keyof typeof TYPE_MESSAGES;

export default createRule<Options, MessageIds>({
  name: 'no-undeclared-recipient',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow sending personal data to a recipient (analytics, email, CRM, AI, HTTP host, file) the privacy policy does not declare for it',
      configs: { recommended: [], strict: [{ typeAware: true }] },
      usesTypeInformation: true,
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          categories: categoriesOption,
          sinkKinds: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            description: 'Only report flows to these sink kinds (analytics, email, sms, crm, payments, monitoring, ai, file, http); default: every kind except logs.',
          },
          typeAware: typeAwareOption,
        },
      },
    ],
    messages: {
      undeclaredRecipient: '{{categories}} data ({{expressions}}) is sent to `{{recipient}}` by `{{sink}}`, but {{reason}}.{{note}}',
      ...TYPE_MESSAGES,
    },
    defaultOptions: [{ categories: [], sinkKinds: [], typeAware: false }],
  },
  defaultOptions: [{ categories: [], sinkKinds: [], typeAware: false }],
  create(context, [options]) {
    return {
      'Program:exit'() {
        const scan = fileScan(context, options.typeAware === true);
        if (scan.kind !== 'ok') return;
        const kinds = options.sinkKinds?.length ? options.sinkKinds : undefined;
        // Logs have their own rule, so each flow is reported once.
        const flows = scan.flows.filter((f) => f.sinkKind !== 'logs' && (!kinds || kinds.includes(f.sinkKind)));
        for (const undeclared of undeclaredFlows(flows, scan.engine.policy, options.categories?.length ? options.categories : undefined)) {
          context.report({ loc: flowLocation(undeclared.flow), messageId: 'undeclaredRecipient', data: flowData(undeclared, scan.stoppedWalks) });
        }
        if (options.typeAware === true) reportTypeProblems(context, scan);
      },
    };
  },
});
