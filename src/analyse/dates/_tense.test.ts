import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tenseAt } from './_tense.ts';

test('tenseAt is kept per sentence, offset and beforeOnly: asked again it answers alike, and beforeOnly is its own question', () => {
  const s = 'On Monday the Lintrave council will vote on the Nimsby bridge.';
  assert.equal(tenseAt(s, 0), 'future');
  // (the cue comes after the date: asked for cues before it only, there is none)
  assert.equal(tenseAt(s, 0, true), null);
  assert.equal(tenseAt(s, 0), 'future');
  const t = 'The Lintrave council met on Monday and will vote on Friday.';
  assert.equal(tenseAt(t, t.indexOf('Monday')), 'past');
  assert.equal(tenseAt(t, t.indexOf('Friday')), 'future');
  assert.equal(tenseAt(t, t.indexOf('Monday')), 'past');
});

test('the participle of an absolute phrase (", with the rest towed on Friday") takes the tense of the clause it hangs on', () => {
  const ahead = 'Crews will clear the Drummaine road today, with the last lorries towed on Friday.';
  assert.equal(tenseAt(ahead, ahead.indexOf('Friday')), 'future');
  const done = 'The ferry Marlin sank on Monday, with the last passengers rescued on Friday.';
  assert.equal(tenseAt(done, done.indexOf('Friday')), 'past');
});

test('"hopes to have the pump fixed by Friday": a hope looks ahead, and what it wants done by a day is no past act', () => {
  const s = 'The Brenvik council hopes to have the last pump fixed by Friday.';
  assert.equal(tenseAt(s, s.indexOf('Friday')), 'future');
  const t = 'Engineers hope to seal the Tarrow main today, with the road reopened on Friday.';
  assert.equal(tenseAt(t, t.indexOf('Friday')), 'future');
});

test('"should never have been", "could not have": a modal with a perfect looks back; "should never sail" looks ahead', () => {
  const s = 'A pipe that burst in March should never have been in service in May.';
  assert.equal(tenseAt(s, s.indexOf('May')), 'past');
  // (no future; "run" itself is no past form, so nothing marks the tense)
  const t = 'The Hollin pumps could not have run on Monday.';
  assert.equal(tenseAt(t, t.indexOf('Monday')), null);
  const u = 'The Hollin ferry should never sail in January.';
  assert.equal(tenseAt(u, u.indexOf('January')), 'future');
});

test('"runs out on Monday", "is set for the 10th": a deadline running out and a day set for tell what is to come', () => {
  const s = 'The Ferrisand lease runs out on Monday.';
  assert.equal(tenseAt(s, s.indexOf('Monday')), 'future');
  const t = 'The Holbeckin retrial is set for the 10th.';
  assert.equal(tenseAt(t, t.indexOf('the 10th')), 'future');
});

test('a modal perfect asked with its subject after the modal ("should that bridge have been shut on Friday?") looks back', () => {
  const s = 'Minister, should that Quellby bridge have been shut on Friday?';
  assert.notEqual(tenseAt(s, s.indexOf('Friday')), 'future');
  const t = 'Could the Quellby crew not have known on Friday?';
  assert.notEqual(tenseAt(t, t.indexOf('Friday')), 'future');
  const ahead = 'Should the Quellby council vote on Friday?';
  assert.equal(tenseAt(ahead, ahead.indexOf('Friday')), 'future');
});

test('"cancelled the fair that was due on November 7": the day of what was called off may lie either side, so the "was" tells no past', () => {
  const off = 'The Brenvik rowing club has cancelled the autumn regatta that was due on November 7.';
  assert.equal(tenseAt(off, off.indexOf('November')), null);
  // (A "was due" of its own still tells a day gone by.)
  const rent = 'The Brenvik rent was due on November 7.';
  assert.equal(tenseAt(rent, rent.indexOf('November')), 'past');
});

test('"Two riders fell: one on the 30th, another the next day": a list after a colon takes the verb before it; "the next day" tells no future', () => {
  const s = 'Two riders fell: one on the 30th, another the next day and a third on May 2.';
  assert.equal(tenseAt(s, s.indexOf('the 30th')), 'past');
  const t = 'Two riders fell: one on the 30th.';
  assert.equal(tenseAt(t, t.indexOf('the 30th')), 'past');
  const u = 'Dorvel Quarry shut on Monday and reopened the next morning.';
  assert.equal(tenseAt(u, u.indexOf('Monday')), 'past');
  // A list after a colon with a verb of its own keeps it.
  const v = 'Two plans remain: the crews will return on the 30th.';
  assert.equal(tenseAt(v, v.indexOf('the 30th')), 'future');
});

test('"set March 3 next year as the first day": "next year" only gives that date its year; the weekday before takes the past', () => {
  const s = 'A Tarsk court on Monday set March 3 next year as the first day of the trial of three men accused of fraud.';
  assert.equal(tenseAt(s, s.indexOf('on Monday')), 'past');
  const t = 'The Tarsk court on Monday will sit again next year.';
  assert.equal(tenseAt(t, t.indexOf('on Monday')), 'future');
});
