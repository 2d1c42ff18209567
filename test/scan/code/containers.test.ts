/** Container paths: types, nesting, schema variables, models and write targets. */
import { describe, expect, it } from 'vitest';
import { fieldsOf, summary } from './helpers.js';

describe('containers', () => {
  it('follow nested type literals, arrays of them and intersections', async () => {
    const fields = summary(await fieldsOf('interfaces-and-classes'), (f) => `${f.container}.${f.field}`);
    expect(fields).toEqual(expect.arrayContaining([
      'Customer.billing.street',
      'Order.billing.postalCode',
      'Order.recipients.fullName',
      'Shipment.deliveryAddress',
      'Invoice.recipientEmail',
      'Invoice.payer.lastName',
      'Employee.displayName',
    ]));
  });

  it('name schema builders after their variable without the Schema suffix, and Mongoose schemas after their model', async () => {
    expect(summary(await fieldsOf('zod-yup-valibot'), (f) => `${f.container}.${f.field}`)).toEqual([
      'Lead.telefon',
      'Lead.workAddress',
      'NewsletterForm.email',
      'PartialSignup.surname',
      'ProfileForm.lastName',
      'Signup.contact',
      'Signup.firstName',
      'Signup.shipping.street',
      'Signup.shipping.zip',
      'SignupWithPhone.mobile',
      'contactRequest.navn',
      'contactRequest.replyTo',
    ].sort());
    expect(summary(await fieldsOf('mongoose'), (f) => `${f.container}.${f.field}`)).toEqual([
      'Customer.contacts.name',
      'Customer.contacts.phone',
      'Customer.email',
      'Customer.homeAddress.city',
      'Customer.homeAddress.street',
      'Owner.email',
      'Owner.ownerName',
      'Patient.adresse',
      'Patient.billing',
      'Patient.navn',
    ]);
  });

  it('name database writes after the model, repository, collection or table written', async () => {
    expect(summary(await fieldsOf('db-writes'), (f) => `${f.container}.${f.field}`)).toEqual([
      'Customer.address.street',
      'Customer.email',
      'Customer.email',
      'Customer.email',
      'Customer.email',
      'Customer.firstName',
      'Customer.fullName',
      'Customer.lastName',
      'Customer.phone',
      'Customer.phone',
      'Customer.surname',
      'Lead.email',
      'Member.email',
      'Cat.ownerName',
      'addresses.postcode',
      'contacts.email',
      'customers.email',
      'customers.email_address',
      'customers.mobile',
      'shipments.deliveryAddress',
      'shipments.deliveryAddress',
    ].sort());
  });
});
