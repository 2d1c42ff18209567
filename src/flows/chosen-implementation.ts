/**
 * A method called on a value chosen among implementations at start-up (`backend.sendMail(mail)` where `backend =
 * backends[process.env.EMAIL_BACKEND]`, see `ObjectFact.oneOf`): the same method of each of them, so the call
 * reaches whatever any of them reaches (the Brevo backend's HTTP call as well as the console's log).
 */
type FunctionRef = { file: string; fn: string };
type Resolved = { target: { kind: string; file?: string; fn?: string; list?: FunctionRef[] }; path: string[] };

/** Choices being resolved: one whose options lead back to itself stops there. */
const active = new Set<string>();

export function resolveChoice(choice: { file: string; options: string[] }, path: string[], resolveOption: (root: string, path: string[]) => Resolved | undefined): { target: { kind: 'functions'; list: FunctionRef[] }; path: string[] } | undefined {
  const key = `${choice.file}\0${choice.options.join('\0')}`;
  if (active.has(key) || path.length === 0) return undefined;
  active.add(key);
  const list: FunctionRef[] = [];
  try {
    for (const option of choice.options) {
      // `createMailer()`: a member of what that function makes.
      const resolved = option.endsWith('()') ? resolveOption(option.slice(0, -2), ['()', ...path]) : resolveOption(option, path);
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
