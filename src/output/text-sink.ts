/**
 * Where a reporter writes its document, piece by piece. A report of 40,000 elements is tens of megabytes: made
 * as one string it is joined once more and then copied again to be written (issue 14: linear outputs). A
 * reporter writing to a sink hands over each piece as it is made, and the CLI writes them to the file as they
 * come (`writeFileAtomicWith` in ./write-atomic.ts), atomically all the same.
 */
export interface TextSink {
  write(text: string): void;
  /** Bytes already encoded as UTF-8 (a replayed output), where the sink takes them as they are. */
  writeBytes?(bytes: Uint8Array): void;
}

/** What a reporter that writes to a sink writes, as one string (the reporters' string API, tests). */
export function textOf(writeTo: (sink: TextSink) => void): string {
  const parts: string[] = [];
  writeTo({ write: (text) => void parts.push(text) });
  return parts.join('');
}
