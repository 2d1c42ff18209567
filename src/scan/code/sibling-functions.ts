/**
 * Services written as a factory of closures (`export function getUserService(client) { function syncName(id, name)
 * { client.users.update({ id }, { name }) } async function syncProfile(user) { await syncName(user.id, user.name) }
 * return { syncProfile } }`): a nested function calls its siblings and the factory's other functions by name. Their
 * ids are the enclosing function's (`getUserService/syncName`), so a call is looked up from the caller's own id
 * outwards, as the language resolves the name: `getUserService/syncProfile/syncName`, then `getUserService/syncName`,
 * then `syncName`.
 */

/** The id of the function `name` a call inside function `callerId` reaches, nearest enclosing scope first. */
export function enclosingFunctionId(functionIds: ReadonlySet<string>, callerId: string | undefined, name: string): string | undefined {
  for (let scope = callerId; scope; scope = scope.includes('/') ? scope.slice(0, scope.lastIndexOf('/')) : undefined) {
    const id = `${scope}/${name}`;
    if (functionIds.has(id)) return id;
  }
  return functionIds.has(name) ? name : undefined;
}
