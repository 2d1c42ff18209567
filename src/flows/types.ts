/** The sink catalogue (`rules/sinks/*.yml` plus the policy's `detection.sinks`), compiled. */
export interface SinkDef {
  /** `pino`, `console`, `segment`, `http`. */
  id: string;
  /** `logs`, `analytics`, `email`, `sms`, `crm`, `payments`, `monitoring`, `ai`, `file`, `http`. */
  kind: string;
  title: string;
  /** npm packages whose import identifies this sink. */
  packages: string[];
  /** Callee patterns, e.g. `console.{log,info,warn,error,debug}`, `<import>.info`, `fetch`. Format set by the catalogue. */
  calls: string[];
  /** Hosts that identify this recipient in an HTTP call. */
  hosts: string[];
  /** Only these named exports of `packages` count (`Logger` of `@nestjs/common`); absent: every export. */
  imports?: string[];
  /** What an argument holds whatever its name: `to: email`, `$1: person`, `identify:$1: person` (see roles.ts). */
  roles?: Record<string, string>;
  /** ISO 3166-1 alpha-2 country of the vendor's seat (`US`), for transfers; absent for local sinks (console, files). */
  country?: string;
}

export interface SinkCatalogue {
  readonly sinks: readonly SinkDef[];
  byId(id: string): SinkDef | undefined;
}
