/**
 * A small project in a real git repository, built commit by commit by the diff tests: each commit makes one
 * change to personal data (a field, a flow, a recipient, a removal).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const POLICY = `version: 1
controller:
  name: Example Shop AS
  contact: [privacy@example.com]
subjects:
  customers: { title: Customers }
purposes:
  service-provision:
    title: Provision of services
    legalBasis: contract
    categories: [name, address, phone, email]
    subjects: [customers]
  analytics:
    title: Product analytics
    legalBasis: legitimate-interests
    lia: LIA-1
    categories: [email]
    subjects: [customers]
recipients:
  mixpanel:
    title: Mixpanel
    kind: processor
    purposes: [analytics]
    categories: [email]
    packages: [mixpanel]
`;

export const CUSTOMER_V1 = `/** @purpose service-provision */
export interface Customer {
  id: string;
  fullName: string;
  email: string;
  phone: string;
}
`;

export const CUSTOMER_V2 = CUSTOMER_V1.replace('  phone: string;\n', '  phone: string;\n  deliveryAddress: string;\n');

export const SIGNUP_WITH_LOG = `import type { Customer } from './customer';

export function welcome(customer: Customer) {
  console.log('new customer', customer.email);
}
`;

export const TRACK_WITH_MIXPANEL = `import Mixpanel from 'mixpanel';

const mixpanel = Mixpanel.init('token');

/** @purpose analytics */
export function trackSignup(customer: { id: string; email: string }) {
  mixpanel.track('signup', { distinct_id: customer.id, $email: customer.email });
}
`;

export interface GitProject {
  dir: string;
  git(...args: string[]): string;
  write(file: string, text: string): void;
  remove(file: string): void;
  /** Commits everything and returns the commit id. */
  commit(message: string): string;
  cleanup(): void;
}

export function createGitProject(): GitProject {
  const dir = mkdtempSync(join(tmpdir(), 'privmap-diff-'));
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com', GIT_CONFIG_GLOBAL: '/dev/null' },
    }).trim();
  git('init', '-q', '-b', 'main');
  const project: GitProject = {
    dir,
    git,
    write(file, text) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), text);
    },
    remove(file) {
      unlinkSync(join(dir, file));
    },
    commit(message) {
      git('add', '-A');
      git('commit', '-q', '-m', message);
      return git('rev-parse', 'HEAD');
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
  project.write('privacy.yml', POLICY);
  project.write('.gitignore', '.privmap-cache/\n');
  project.write('src/customer.ts', CUSTOMER_V1);
  return project;
}
