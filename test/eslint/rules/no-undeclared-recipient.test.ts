import rule from '../../../src/eslint/rules/no-undeclared-recipient.js';
import { createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

ruleTester.run('no-undeclared-recipient', rule, {
  valid: [
    // SendGrid is declared for name and email under service-provision.
    `import sgMail from '@sendgrid/mail';\n/** @purpose service-provision */\nexport async function welcome(user: { email: string; firstName: string }) {\n  await sgMail.send({ to: user.email, subject: \`Hi \${user.firstName}\` });\n}`,
    // \`track\` on something that is not an analytics client.
    `export function f(store: { track(x: unknown): void }, user: { email: string }) { store.track(user.email); }`,
    // A relative URL is the app's own backend.
    `export async function f(user: { email: string }) { await fetch('/api/users', { method: 'POST', body: JSON.stringify({ email: user.email }) }); }`,
    // Logs belong to no-personal-data-in-logs.
    `export function f(user: { email: string }) { console.log(user.email); }`,
    // Only the configured sink kinds are reported.
    { code: `import OpenAI from 'openai';\nconst openai = new OpenAI();\nexport async function f(t: { customerEmail: string }) { await openai.responses.create({ model: 'm', input: t.customerEmail }); }`, options: [{ sinkKinds: ['analytics'] }] },
    // A reviewed flow, suppressed on the enclosing function.
    `import Mixpanel from 'mixpanel';\nconst mixpanel = Mixpanel.init('token');\n/** @personal none -- the id is a pseudonymous hash, not an email */\nexport function f(user: { emailHash: string; email: string }) { mixpanel.track('x', { email: user.email }); }`,
  ],
  invalid: [
    {
      code: `import Mixpanel from 'mixpanel';\nconst mixpanel = Mixpanel.init('token');\nexport function trackSignup(user: { id: string; email: string }) {\n  mixpanel.track('signup', { distinct_id: user.id, $email: user.email });\n}`,
      errors: [{ messageId: 'undeclaredRecipient', line: 4, column: 3, data: { categories: 'email', expressions: '`user.email`', recipient: 'mixpanel', sink: 'mixpanel.track', reason: 'recipient `mixpanel` is not declared in the policy', note: '' } }],
    },
    {
      // SendGrid is declared, but not for phone numbers.
      code: `import sgMail from '@sendgrid/mail';\n/** @purpose service-provision */\nexport async function receipt(user: { email: string; phone: string }) {\n  await sgMail.send({ to: user.email, text: \`We will text \${user.phone}\` });\n}`,
      errors: [{ messageId: 'undeclaredRecipient', line: 4, column: 9, data: { categories: 'phone', expressions: '`user.email`, `user.phone`', recipient: 'sendgrid', sink: 'sgMail.send', reason: 'recipient `sendgrid` is not declared to receive phone for any of its purposes', note: '' } }],
    },
    {
      // A generic HTTP call: the host of the literal URL is the recipient.
      code: `export async function notify(lead: { email: string }) {\n  await fetch(\`https://hooks.example.org/notify?to=\${encodeURIComponent(lead.email)}\`);\n}`,
      errors: [{ messageId: 'undeclaredRecipient', line: 2, column: 9, data: { categories: 'email', expressions: '`lead.email`', recipient: 'hooks.example.org', sink: 'fetch', reason: 'recipient `hooks.example.org` is not declared in the policy', note: '' } }],
    },
    {
      code: `const { OpenAI } = require('openai');\nconst openai = new OpenAI();\nasync function summarise(ticket) {\n  return openai.chat.completions.create({ messages: [{ role: 'user', content: 'Customer ' + ticket.customerName }] });\n}`,
      errors: [{ messageId: 'undeclaredRecipient', line: 4, column: 10 }],
    },
  ],
});
