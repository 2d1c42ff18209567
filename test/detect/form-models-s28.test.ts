/**
 * Issue 11 (session 28): the empty record or form group a component starts with declares the fields its form
 * collects (src/scan/code/form-model.ts), as an interface's members do.
 */
import { describe, expect, it } from 'vitest';
import { scanned } from './field-categories.js';

describe('a class property initialised with an empty record or a form group', () => {
  it("reports the person's fields a school's enrolment component and a hospital's patient form hold", () => {
    const found = scanned(`
      @Component({ selector: 'app-aluno', templateUrl: './aluno.component.html' })
      export class AlunoComponent {
        aluno: Alunos = { nome: '', turma: '', dataNascimento: '', email: '', telefoneResponsavel: '', cep: '', logradouro: '' };
        constructor(private alunosService: AlunosService) {}
      }
      export class NuevoComponent {
        nuevoForm = new FormGroup<any>({ nombre: new FormControl(''), correo: new FormControl(''), telefono: new FormControl('') });
      }
      export class SignupComponent {
        form = this.fb.group({ firstName: ['', Validators.required], mobile: ['', [Validators.required]] });
        constructor(private fb: FormBuilder) {}
      }
    `);
    expect(found.nome).toEqual(['name']);
    expect(found.email).toEqual(['email']);
    expect(found.telefoneResponsavel).toEqual(['phone']);
    expect(found.nombre).toEqual(['name']);
    expect(found.correo).toEqual(['email']);
    expect(found.telefono).toEqual(['phone']);
    expect(found.firstName).toEqual(['name']);
    expect(found.mobile).toEqual(['phone']);
  });

  it('reads no text, settings or thing records as a form (labels, paging, a team) ', () => {
    const found = scanned(`
      export class ProfileComponent {
        labels = { name: 'Name', email: 'E-mail address', phone: 'Telephone' };
        paging = { page: 1, size: 20 };
        team = { name: '', slug: '' };
        emailVerified = false;
      }
    `);
    expect(found.name).toBeUndefined();
    expect(found.email).toBeUndefined();
    expect(found.phone).toBeUndefined();
  });
});
