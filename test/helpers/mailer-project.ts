/**
 * The smallest project with a flow across modules: a wrapper around nodemailer in src/mailer.ts and a sign-up
 * in src/signup.ts that hands it a customer's email and name. The cache and ESLint project-state tests edit it.
 */
export const MAILER = `import nodemailer from 'nodemailer';

const transport = nodemailer.createTransport({ host: 'smtp.example.com' });

export function sendWelcome(to: string, name: string) {
  return transport.sendMail({ to, subject: 'Welcome', text: \`Hello \${name}\` });
}
`;

export const SIGNUP = `import { sendWelcome } from './mailer';

export async function signup(user: { email: string; fullName: string }) {
  await sendWelcome(user.email, user.fullName);
}
`;
