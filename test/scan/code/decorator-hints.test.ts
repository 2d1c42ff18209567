/**
 * What a member's decorators and builder options say it holds, whatever the member is called
 * (src/scan/code/decorator-hints.ts, format-hint.ts), and a mapped member's own column name as a second name for it
 * (src/scan/code/column-name.ts).
 */
import { describe, expect, it } from 'vitest';
import { scanned } from '../../detect/field-categories.js';

describe('an API document or a GraphQL scalar on a member', () => {
  it('makes the member an email when its format or example is an address (NestJS Swagger)', () => {
    const source = [
      'export class InviteDto {',
      "  @ApiProperty({ format: 'email' }) contact: string;",
      "  @ApiPropertyOptional({ description: 'Where the estimate goes', example: 'jane.doe@example.org' }) sendTo?: string;",
      "  @ApiProperty({ format: 'uuid' }) owner: string;",
      "  @ApiProperty({ example: '@jane:matrix.example.org' }) matrixId: string;",
      "  @ApiProperty({ example: 'Jane Doe' }) label: string;",
      "  @ApiProperty({ format: 'email', example: 'jane@example.org' }) confirmed: boolean;",
      '}',
    ].join('\n');
    expect(scanned(source)).toEqual({ contact: ['email'], sendTo: ['email'] });
  });

  it('makes the member an email or a phone when its GraphQL type is a graphql-scalars scalar', () => {
    const source = [
      '@ObjectType() export class Contact {',
      '  @Field(() => EmailAddressResolver) login: string;',
      '  @Field(() => GraphQLPhoneNumber, { nullable: true }) reach?: string;',
      '  @Field({ type: () => EmailAddress }) target: string;',
      '  @Field(() => String) title: string;',
      '}',
    ].join('\n');
    expect(scanned(source)).toEqual({ login: ['email'], reach: ['phone'], target: ['email'] });
  });

  it("makes a TypeBox string with `format: 'email'` an email, not a string with another format", () => {
    const source = "export const Invite = Type.Object({ contact: Type.String({ format: 'email' }), site: Type.String({ format: 'uri' }), other: Type.Optional(Type.String({ format: 'email' })) });";
    expect(scanned(source)).toEqual({ contact: ['email'], other: ['email'] });
  });
});

describe("a mapped member's own column name", () => {
  it('decides for the member when the column is named for an email or a phone its own name is not', () => {
    const source = [
      "@Entity('people') export class Person {",
      "  @Column({ name: 'email_address' }) contact: string;",
      "  @Column({ name: 'tlf_privat' }) reach: string;",
      "  @Column({ name: 'e_mail_verified' }) verified: boolean;",
      "  @Column({ name: 'contact_note' }) note: string;",
      '  @Column() firstName: string;',
      '}',
    ].join('\n');
    expect(scanned(source)).toEqual({ contact: ['email'], reach: ['phone'], firstName: ['name'] });
  });

  it('...in a Drizzle table too, and leaves a member whose own name already says it alone', () => {
    const source = "export const people = pgTable('people', { contact: text('email_address'), email: text('e_post'), note: text('remark') });";
    expect(scanned(source)).toEqual({ contact: ['email'], email: ['email'] });
  });
});
