/**
 * An address written as a group of a record's fields sharing one qualifier (`En_CEP`, `En_Nome_Logradouro`, `En_Bairro`;
 * `endereco_unidade`, `cep_unidade`): the bare number or line with the same qualifier is that address's part
 * (src/detect/address-group.ts). Without such a group, or when the qualifier is a person or a party whose own number
 * it is (`emp_number`, `PersonNr`, `invoice_number` beside their street and postcode), the qualified bare word stays out.
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

const cats = (name: string, container: string, siblings: string[], type = 'varchar(20)') => categories(name, { container: [container], type, siblings });

const metadata = ['nomeCompleto', 'documento', 'En_CEP', 'En_Nome_Logradouro', 'En_Num', 'En_Complemento', 'En_Bairro', 'En_Municipio'];
const guide = ['numero_guia', 'data_entrega', 'nome_unidade', 'endereco_unidade', 'numero_unidade', 'bairro_unidade', 'cep_unidade', 'cidade_unidade'];

describe("a bare address part qualified as its record's address group", () => {
  it('counts the number of an address group named with a shared prefix or suffix', () => {
    expect(cats('En_Num', 'AgentMetadata', metadata)).toEqual(['address']);
    expect(cats('numero_unidade', 'Guia', guide)).toEqual(['address']);
  });

  it('keeps a qualified number out without a group, or when a person or a party owns it', () => {
    expect(cats('En_Num', 'AgentMetadata', ['nomeCompleto', 'documento', 'En_Num', 'endereco'])).toEqual([]);
    expect(cats('numero_guia', 'Guia', guide)).toEqual([]);
    expect(cats('emp_number', 'hs_hr_employee', ['emp_number', 'emp_lastname', 'emp_street1', 'emp_zipcode', 'emp_city'], 'int(7)')).toEqual([]);
    expect(cats('PersonNr', 'PersonengruppenPersonen', ['ID', 'PersonNr', 'PersonName', 'PersonPLZ', 'PersonOrt', 'PersonStrassenname'], 'Integer')).toEqual([]);
    expect(cats('invoice_number', 'documents', ['id', 'invoice_number', 'invoice_street', 'invoice_zip', 'invoice_city'])).toEqual([]);
  });
});
