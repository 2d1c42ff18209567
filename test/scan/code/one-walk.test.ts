/**
 * Issue 14 (one walk): declarations, database writes and flows come from one traversal of each file, in which
 * each collector reads only where it did when each had its own walk. These are the places where the two
 * collectors part: a class's member bodies (writes) beside its methods (flows), a class expression the
 * declaration collector reads whole, a model definition below which nothing is declared, a file with no sink.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { scanSourceFile } from '../../../src/scan/code/index.js';
import { engine } from './helpers.js';

function scan(file: string, text: string) {
  const context = { detector: engine.detector, sinks: engine.sinks, file };
  return scanSourceFile(ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS), context);
}

const fields = (result: ReturnType<typeof scan>) => result.fields.map((f) => `${f.container}.${f.field} ${f.category} line ${f.location.line}`);
const flows = (result: ReturnType<typeof scan>) => result.flows.map((f) => `${f.container} -> ${f.sink} [${f.categories.join(',')}] line ${f.location.line}`);

const service = `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();

export class CustomerService {
  /** @purpose account */
  async register(email: string, phone: string) {
    await prisma.customer.create({ data: { email, phone } });
    console.log('registered', email);
  }

  rename = async (id: string, firstName: string) => prisma.customer.update({ where: { id }, data: { firstName } });
}
`;

describe('one walk over a file (issue 14)', () => {
  it('reads the writes in a class method and the flow beside them, each with its own container', () => {
    const result = scan('customer-service.ts', service);
    expect(fields(result)).toEqual(['Customer.email email line 7', 'Customer.phone phone line 7', 'Customer.firstName name line 11']);
    expect(result.fields.find((f) => f.field === 'email')!.purposes).toEqual(['account']);
    expect(flows(result)).toEqual(['CustomerService.register -> console.log [email] line 8']);
  });

  it('reads the member bodies of a class expression in a file that names no sink', () => {
    const text = `import { db } from './db';\nexport const Repository = class {\n  save(street: string) {\n    return db.insert(addresses).values({ street, postalCode: '0150' });\n  }\n};\n`;
    const result = scan('repository.ts', text);
    expect(result.flows).toEqual([]);
    expect(fields(result)).toEqual(['addresses.street address line 4', 'addresses.postalCode address line 4']);
  });

  it('reads the member bodies of a class expression in a file with a flow', () => {
    const text = `import { db } from './db';\nexport const Repository = class {\n  save(street: string) {\n    console.info(street);\n    return db.insert(addresses).values({ street });\n  }\n};\n`;
    const result = scan('repository.ts', text);
    expect(fields(result)).toEqual(['addresses.street address line 5']);
    expect(flows(result)).toEqual(['Repository.save -> console.info [address] line 4']);
  });

  it('declares nothing more below a model definition, while its callbacks still reach sinks', () => {
    const text = `Customer.init({ email: DataTypes.STRING, phone: { type: DataTypes.STRING, field: 'phone_number' } }, { sequelize, hooks: { afterCreate: (c) => console.log(c.email) } });\n`;
    const result = scan('customer.model.ts', text);
    expect(fields(result)).toEqual(['Customer.email email line 1', 'Customer.phone phone line 1']);
    expect(flows(result)).toEqual(['afterCreate -> console.log [email] line 1']);
  });
});
