// How the flows bench (flows.bench.mjs) scores one repository's log flows against its `logFlows` labels; its own
// module so test/bench can check the convention on made-up flows.
//
// A log label is placed where the label set's log scope says: usually at the logging call (`logger.info(...)`), in
// some sets at every call of the app's own logging helper (`logDebug(msg)` over `console.log`). privmap reports a
// log flow at both places (issue 12: where the personal data enters the chain as well as at the sink), so:
// - recall: each label is matched first against flows at logging calls (LOG_CALL), then, if none stands for it,
//   against flows at calls of a function that logs its argument (a caller flow, its chain in `via`);
// - precision: over the flows at logging calls in the files read for the labels, plus the caller flows that stand
//   for a label (right); the other caller flows are counted apart, neither required nor wrong, because most label
//   sets label the logging call inside the helper and do not read its callers.
// The same rule for every repository; the counts of labels found at callers are printed so the earlier rule's
// figures (logging calls only) can be read off: recall (found - atCallers) / labels, precision
// (correct - atCallers) / (judged - atCallers).

// A logging call as the label scopes read them: a log-level method (`logger.info`, `console.error`, `this.logger.log`),
// or its one-letter shorthand (`log.i`, `log.d`, Android's convention that some apps' loggers copy).
export const LOG_CALL = /(^|\.)(log|info|warn|warning|error|debug|verbose|trace|fatal|[diwevf])$/;

export function near(flow, label) {
  return flow.location.file === label.file && Math.abs(flow.location.line - label.line) <= 3;
}

// The labels no flow stands for, and the flows used. One flow stands for one label: the nearest unused flow that
// carries the label's categories.
export function matchLabels(labelled, flows, used = new Set()) {
  const missed = labelled.filter((l) => {
    const match = flows.filter((f) => !used.has(f) && near(f, l) && l.categories.every((c) => f.categories.includes(c))).sort((a, b) => Math.abs(a.location.line - l.line) - Math.abs(b.location.line - l.line))[0];
    if (match) used.add(match);
    return !match;
  });
  return { missed, used };
}

/**
 * One repository's log score. `labelled`: labels as { file, line, categories }; `files`: the files read for them;
 * `logs`: privmap's log flows in the repository.
 */
export function scoreLogFlows(labelled, files, logs) {
  const atCalls = logs.filter((f) => LOG_CALL.test(f.sink));
  const atCallers = logs.filter((f) => !LOG_CALL.test(f.sink));
  const first = matchLabels(labelled, atCalls);
  const second = matchLabels(first.missed, atCallers);
  const callersForLabels = [...second.used];
  const read = logs.filter((f) => files.has(f.location.file));
  const wrong = read.filter((f) => LOG_CALL.test(f.sink) && !labelled.some((l) => near(f, l)));
  const inScope = [...read.filter((f) => LOG_CALL.test(f.sink)), ...callersForLabels];
  const callers = read.filter((f) => !LOG_CALL.test(f.sink) && !second.used.has(f));
  return { missed: second.missed, inScope, wrong, callers, callersForLabels };
}
