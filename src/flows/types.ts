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
}

export interface SinkCatalogue {
  readonly sinks: readonly SinkDef[];
  byId(id: string): SinkDef | undefined;
}
