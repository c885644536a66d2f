// Profile.select: a saved profile narrowed to columns / ignore-columns by the same rule, and with the same error
// for a missing column, as ProfileBuilder applies to data.
import { describe, expect, it } from 'vitest';
import { batchFromRecords, Profile, ProfileBuilder, ProfileError, profileOf } from '../src/index.js';

const records = [
  { id: 'a', age: 31, segment: 'retail' },
  { id: 'b', age: 45, segment: 'sme' },
  { id: 'c', age: 52, segment: 'retail' },
];
const batch = () => batchFromRecords(records, ['id', 'age', 'segment']);

describe('Profile.select', () => {
  it('keeps the selected columns in their order, less the ignored ones, like the builder on the same data', async () => {
    const full = Profile.fromJSON(JSON.parse(JSON.stringify((await profileOf([batch()])).toJSON())));
    const options = { columns: ['segment', 'age', 'id'], ignoreColumns: ['id'] };
    const selected = full.select(options);
    const built = await profileOf([batch()], options);
    expect([...selected.columns.keys()]).toEqual(['segment', 'age']);
    expect([...selected.columns.keys()]).toEqual([...built.columns.keys()]);
    expect(selected.toJSON().columns).toEqual(built.toJSON().columns);
    expect(selected.rows).toBe(3);
    expect([...full.select({ ignoreColumns: ['age'] }).columns.keys()]).toEqual(['id', 'segment']);
    expect([...full.select({}).columns.keys()]).toEqual(['id', 'age', 'segment']);
  });

  it('a selected column the profile lacks is the error the builder gives for data', async () => {
    const full = await profileOf([batch()]);
    const fromProfile = (() => {
      try {
        full.select({ columns: ['age', 'height'] });
      } catch (error) {
        return error;
      }
    })();
    const fromData = (() => {
      try {
        new ProfileBuilder({ columns: ['age', 'height'] }).add(batch());
      } catch (error) {
        return error;
      }
    })();
    expect(fromProfile).toBeInstanceOf(ProfileError);
    expect((fromProfile as Error).message).toBe('column(s) not in the data: "height"');
    expect((fromProfile as Error).message).toBe((fromData as Error).message);
  });
});
