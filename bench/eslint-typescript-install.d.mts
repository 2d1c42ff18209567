export function installTypeScriptProject(version: '5.0' | '5.9'): string;
export function requireFrom(dir: string): NodeJS.Require;
