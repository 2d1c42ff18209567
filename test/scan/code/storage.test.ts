/** Each ORM's table and column for a declared field: explicit names, and each ORM's own default naming. */
import { describe, expect, it } from 'vitest';
import type { FieldFinding } from '../../../src/finding.js';
import { fieldsOf, summary } from './helpers.js';

const storage = (f: FieldFinding) => `${f.container}.${f.field} -> ${f.storage ? `${f.storage.schema ? `${f.storage.schema}.` : ''}${f.storage.table}.${f.storage.column}` : 'none'}`;

describe('storage mapping', () => {
  it('TypeORM: explicit table and column names, else the snake_case class name and the property as written', async () => {
    expect(summary(await fieldsOf('typeorm'), storage)).toEqual([
      'ActiveCustomer.email -> active_customers.email',
      'CustomerEntity.contactNumber -> customers.contactNumber',
      'CustomerEntity.email -> customers.e_mail',
      'CustomerEntity.firstName -> customers.first_name',
      'CustomerProfile.streetAddress -> crm.customer_profiles.street_address',
      'DeliveryContact.phoneNumber -> delivery_contact.phone_no',
      'DeliveryContact.recipientName -> delivery_contact.recipientName',
    ]);
  });

  it('MikroORM: tableName and fieldName, else snake_case for both', async () => {
    expect(summary(await fieldsOf('mikro-orm'), storage)).toEqual([
      'ContactPerson.fullName -> contact_people.full_name',
      'ContactPerson.mailAddress -> contact_people.mail_address',
      'SupportAgent.fullName -> support_agent.full_name',
      'SupportAgent.mobilePhone -> support_agent.mobile_phone',
    ]);
  });

  it('Sequelize: tableName and field, else the plural model name; underscored snake-cases columns', async () => {
    expect(summary(await fieldsOf('sequelize'), storage)).toEqual([
      'Customer.email -> customers.e_mail',
      'Customer.firstName -> customers.first_name',
      'Lead.contactEmail -> leads.contactEmail',
      'Lead.telefon -> leads.telefon',
      'Person.surname -> People.surname',
      'Subscriber.firstName -> subscribers.first_name',
      'Subscriber.postalCode -> subscribers.zip',
    ]);
  });

  it('Drizzle: the SQL names the builders give, with a pgSchema', async () => {
    expect(summary(await fieldsOf('drizzle'), storage)).toEqual([
      'addresses.postcode -> addresses.postcode',
      'addresses.streetName -> addresses.street_name',
      'contacts.fornavn -> crm.contacts.fornavn',
      'contacts.phone -> crm.contacts.phone',
      'customers.fullName -> customers.full_name',
      'users.email -> users.email_address',
      'users.lastName -> users.last_name',
    ]);
  });

  it('database writes name the table only when the call does (Knex, Kysely)', async () => {
    const writes = summary(await fieldsOf('db-writes'), storage);
    expect(writes).toContain('addresses.postcode -> addresses.postcode');
    expect(writes).toContain('customers.email_address -> customers.email_address');
    expect(writes).toContain('Customer.firstName -> none');
  });

  it('plain interfaces, DTOs and zod schemas have no storage', async () => {
    for (const scenario of ['interfaces-and-classes', 'nestjs-dto-graphql', 'zod-yup-valibot']) {
      expect((await fieldsOf(scenario)).filter((f) => f.storage)).toEqual([]);
    }
  });
});
