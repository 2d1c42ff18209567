/**
 * A local declared without a value and given a client afterwards: `let resend; try { resend = await
 * resendHelper() } catch { return { error } }`, `let stripe; stripe = getStripe()`. Apps declare the client
 * before a `try` so a missing API key can be answered with an error, and then call it as they would a `const`
 * (`await resend.emails.send({ to: user.email })`). A `const resend = await resendHelper()` was already read as
 * what the project's function makes (`linkableCall`); the assignment was only a candidate initializer, so the
 * calls on the local reached no sink. Only a name that is not already another value's: the first binding of a
 * name in a file wins, as for declarations.
 */
export interface LinkPath {
  root: string;
  path: string[];
}

/** The alias an assignment `name = made(...)` gives, if the name has none yet and the value is what a linkable call makes. */
export function lateBoundAlias(name: string, made: LinkPath | undefined, aliases: ReadonlyMap<string, LinkPath>): LinkPath | undefined {
  return made && !aliases.has(name) ? made : undefined;
}
