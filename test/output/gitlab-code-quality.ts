/**
 * GitLab's Code Quality report format, as its documentation lists it ("Code Quality report format",
 * docs.gitlab.com/ci/testing/code_quality/): a JSON array of objects, each requiring `description`,
 * `check_name`, `fingerprint`, `severity` (info, minor, major, critical or blocker), `location.path` (relative
 * to the repository, without a leading `./`) and the line, as `location.lines.begin` or
 * `location.positions.begin.line`. Other Code Climate properties are allowed and ignored by GitLab.
 */
import { Ajv } from 'ajv';

export const codeQualitySchema = {
  type: 'array',
  items: {
    type: 'object',
    required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
    properties: {
      description: { type: 'string', minLength: 1 },
      check_name: { type: 'string', minLength: 1 },
      fingerprint: { type: 'string', minLength: 1 },
      severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
      location: {
        type: 'object',
        required: ['path'],
        properties: {
          path: { type: 'string', minLength: 1, not: { pattern: '^(\\./|/|[A-Za-z]:)' } },
          lines: { type: 'object', required: ['begin'], properties: { begin: { type: 'integer', minimum: 1 } } },
          positions: {
            type: 'object',
            required: ['begin'],
            properties: { begin: { type: 'object', required: ['line'], properties: { line: { type: 'integer', minimum: 1 } } } },
          },
        },
        anyOf: [{ required: ['lines'] }, { required: ['positions'] }],
      },
    },
  },
} as const;

export const validateCodeQuality = new Ajv({ allErrors: true }).compile(codeQualitySchema);
