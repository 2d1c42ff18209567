/**
 * A class member holding a form's values (an Angular component's model, a `FormGroup`, `fb.group`): each key is a
 * field under the member's name (form-model.ts); a member of texts or settings stays one member, read as before.
 */
import { describe, expect, it } from 'vitest';
import { fieldsOf, summary } from './helpers.js';

const fields = summary(await fieldsOf('form-models'));

describe('form models', () => {
  it('reads each key of a model bound to a form', () => {
    expect(fields).toEqual(expect.arrayContaining([
      'PacienteComponent.paciente.correo email',
      'PacienteComponent.paciente.direccion address',
      'PacienteComponent.paciente.nombre name',
      'PacienteComponent.paciente.telefono phone',
    ]));
  });

  it('reads the controls of a FormGroup and of a form builder\'s group', () => {
    expect(fields).toEqual(expect.arrayContaining([
      'PacienteComponent.editarForm.codigoPostal address',
      'PacienteComponent.editarForm.correo email',
      'PacienteComponent.editarForm.nombre name',
      'PacienteComponent.editarForm.telefono phone',
      'PacienteComponent.contactForm.email email',
      'PacienteComponent.contactForm.phone phone',
    ]));
  });

  it('keeps texts and state out', () => {
    expect(fields.filter((f) => /\.(labels|state)/.test(f))).toEqual([]);
  });
});
