/**
 * A method called on a value chosen among implementations at start-up (`backend.sendMail(mail)` where `backend =
 * backends[process.env.EMAIL_BACKEND]`, see `ObjectFact.oneOf`): the same method of each of them, so the call
 * reaches whatever any of them reaches (the Brevo backend's HTTP call as well as the console's log).
 */
import { optionPath } from '../scan/code/start-up-binding.js';

type FunctionRef = { file: string; fn: string };
type Resolved = { target: { kind: string; file?: string; fn?: string; list?: FunctionRef[] }; path: string[] };

/** Choices being resolved: one whose options lead back to itself stops there. */
const active = new Set<string>();

export function resolveChoice(choice: { file: string; options: string[] }, path: string[], resolveOption: (root: string, path: string[]) => Resolved | undefined): { target: { kind: 'functions'; list: FunctionRef[] }; path: string[] } | undefined {
  const key = `${choice.file}\0${choice.options.join('\0')}`;
  // A choice called itself (`sendEmail(…)` where `sendEmail` is given at start-up) as well as its methods.
  if (active.has(key)) return undefined;
  active.add(key);
  const list: FunctionRef[] = [];
  try {
    for (const option of choice.options) {
      // `createMailer()`: a member of what that function makes; `makeSendinblue().sendEmail` one member of it (start-up-binding.ts).
      const parsed = optionPath(option);
      const resolved = resolveOption(parsed.root, [...parsed.path, ...path]);
      if (!resolved || resolved.path.length > 0) continue;
      const { target } = resolved;
      if (target.kind === 'function' && target.file !== undefined && target.fn !== undefined) list.push({ file: target.file, fn: target.fn });
      else if (target.kind === 'functions' && target.list) list.push(...target.list);
    }
  } finally {
    active.delete(key);
  }
  return list.length ? { target: { kind: 'functions', list }, path: [] } : undefined;
}
