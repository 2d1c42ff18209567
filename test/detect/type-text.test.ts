/**
 * ORM field classes and a project's own subclasses of them: a subclass keeps its base class's name around a
 * modifier (`CharFieldPlus`, `EncryptedCharField`, `LowerCaseEmailField`, `ForeignKeyPlus`), and is read as
 * that base class, through the real detector.
 */
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/index.js';

const detector = createDetector({ defaultRegion: 'NO' });
const categories = (name: string, type: string, container = 'Pessoa', siblings: string[] = []) =>
  detector.classifyField({ name, type, container: [container], siblings }).matches.map((m) => m.category);

describe('ORM field subclasses', () => {
  it('reads text subclasses as their text base, whatever the modifier', () => {
    for (const type of ['CharFieldPlus', 'EncryptedCharField', 'CICharField', 'CITextField', 'TextFieldPlus', 'models.CharField', 'RichTextField']) {
      expect(categories('email', type), type).toEqual(['email']);
      expect(categories('telefone', type), type).toEqual(['phone']);
      expect(categories('endereco', type), type).toEqual(['address']);
      expect(categories('nome_completo', type), type).toEqual(['name']);
    }
    // The base class still says the field holds text: a CharField is no reason to find anything.
    expect(categories('descricao', 'CharFieldPlus')).toEqual([]);
  });

  it('reads a class named for a kind of data as that data, after its modifiers', () => {
    expect(categories('canal', 'LowerCaseEmailField')).toEqual(['email']);
    expect(categories('canal', 'CIEmailField')).toEqual(['email']);
    expect(categories('canal', 'EmailFieldPlus')).toEqual(['email']);
    expect(categories('canal', 'PhoneNumberField')).toEqual(['phone']);
    expect(categories('celular', 'BrTelefoneField')).toEqual(['phone']);
    expect(categories('cep', 'USZipCodeField')).toEqual(['address']);
    // A class named for something else keeps a name-like field out, as any other record type does.
    expect(categories('cpf', 'BrCpfField')).toEqual([]);
    expect(categories('email', 'ImageCropField')).toEqual([]);
    // A system word stays in the name: an IP address class is no postal address.
    expect(categories('endereco', 'GenericIPAddressField')).toEqual([]);
  });

  it('reads relation subclasses as relations, never as the data they point to', () => {
    for (const type of ['ForeignKey', 'ForeignKeyPlus', 'OneToOneFieldPlus', 'ManyToManyFieldPlus', 'TreeForeignKey', 'ParentalKey', 'SaplGenericRelation', 'models.ForeignKey']) {
      expect(categories('endereco', type), type).toEqual([]);
      expect(categories('email', type), type).toEqual([]);
    }
    expect(detector.classifyField({ name: 'endereco', type: 'ForeignKeyPlus', container: ['Pessoa'] }).excluded).toContainEqual(
      expect.objectContaining({ category: 'address', reason: 'type:relation' }),
    );
  });

  it('reads flag, date, number, URL and file subclasses as what they store', () => {
    expect(categories('email_confirmado', 'BooleanFieldPlus')).toEqual([]);
    expect(categories('telefone', 'DateTimeFieldPlus')).toEqual([]);
    expect(categories('endereco_web', 'URLField')).toEqual([]);
    expect(categories('email', 'FileFieldPlus')).toEqual([]);
    // Numbers: a phone or a postcode may be stored as one; a town may not.
    expect(categories('telefone', 'PositiveIntegerFieldPlus')).toEqual(['phone']);
    expect(categories('cep', 'DecimalFieldPlus')).toEqual(['address']);
    expect(categories('cidade', 'PositiveSmallIntegerField')).toEqual([]);
  });
});
