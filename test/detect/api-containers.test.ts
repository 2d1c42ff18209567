/**
 * `Api` before the head of a type's name is the record's transport (`ActorApiViewModel`, `memberDetailApiResponseSchema`:
 * the API's shape of an actor's or a member's record), not the thing the record is about; as the head (`Api`,
 * `PartnerApi`) it is an API's record (src/detect/context.ts).
 */
import { describe, expect, it } from 'vitest';
import { scanned } from './field-categories.js';

describe('an API before the head of a type name', () => {
  it('leaves the record to the words around it (ActorApiViewModel.naam, memberDetailApiResponseSchema.fullname)', () => {
    expect(scanned('export type ActorApiViewModel = {\n  uuid: string;\n  naam: string;\n  soortActor: string;\n};\n')['naam']).toEqual(['name']);
    expect(scanned('export const memberDetailApiResponseSchema = z.object({\n  fullname: z.string(),\n  role: z.string(),\n});\n')['fullname']).toEqual(['name']);
  });

  it('while an API as the head keeps its own name out (MemberApi.name, Api.fullname)', () => {
    expect(scanned('export interface MemberApi {\n  name: string;\n  baseUrl: string;\n}\n')['name']).toBeUndefined();
    expect(scanned('export interface Api {\n  fullname: string;\n  version: string;\n}\n')['fullname']).toBeUndefined();
  });
});
