import { describe, expect, it } from 'vitest';
import { buildModel, UnknownEntryError } from '../../src/lib/model';
import { validDataset } from './fixtures';

describe('the model', () => {
  it('looks up validated ids, and names the collection and id of one it does not have', () => {
    const model = buildModel(validDataset());
    const [first] = model.actors.keys();
    expect(model.actor(first!).id).toBe(first);
    expect(() => model.actor('nobody')).toThrow(UnknownEntryError);
    expect(() => model.relation('x--funding--y')).toThrow(/no entry "x--funding--y" in relations/);
  });

  it('is English with nothing untranslated unless an edition is given', () => {
    const model = buildModel(validDataset());
    expect(model.locale).toBe('en');
    expect(model.untranslated.size).toBe(0);
  });
});
