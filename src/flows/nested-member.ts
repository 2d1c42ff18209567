/**
 * The member a call reaches through an object's nested groups (`MailUtils.usagers.authentication.sendForgottenPassword`,
 * kept by src/scan/code/nested-members.ts under its dotted path): the longest dotted prefix of the call's path the
 * object names, and the rest of the path after it. A top-level member (`emailService.sendWelcome`) is the first part.
 */
export function memberAt(members: Readonly<Record<string, string>>, path: readonly string[]): { member: string; rest: string[] } | undefined {
  for (let length = path.length; length >= 1; length--) {
    const parts = path.slice(0, length);
    if (parts.includes('()')) continue;
    const member = members[parts.join('.')];
    if (member !== undefined) return { member, rest: path.slice(length) };
  }
  return undefined;
}
