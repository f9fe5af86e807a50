/**
 * The catalogue's two halves agree: every model fact the pinned SDK carries is
 * covered by the hand-kept overlay, and the merge takes the SDK's word.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { catalogueGaps } from '../../scripts/catalogue/coverage.js';
import { OVERLAY } from '../../src/catalogue/models-overlay.js';
import { MODELS, PINNED_SDK_FACTS, SDK_RELEASE_DATE, mergeCatalogue } from '../../src/catalogue/models-data.js';
import { SDK_MODEL_IDS } from '../../src/catalogue/sdk-models.generated.js';
import { couldBeNewerModel, isServed, lookupModel } from '../../src/catalogue/catalogue.js';

const pinned = { ...PINNED_SDK_FACTS, releaseDate: SDK_RELEASE_DATE };

describe('catalogue: SDK facts and overlay', () => {
  it('the overlay covers every model fact of the pinned SDK (after an SDK bump, add what this lists to models-overlay.ts)', () => {
    assert.deepEqual(catalogueGaps(pinned, OVERLAY), []);
  });

  it('reports an SDK that gains a model the overlay does not describe', () => {
    const gaps = catalogueGaps({ ...pinned, modelIds: [...pinned.modelIds, 'claude-opus-6'] }, OVERLAY);
    assert.deepEqual(gaps, ['the SDK lists claude-opus-6: describe it in the overlay (limits, features, release date, sources)']);
  });

  it('reports an SDK that re-dates a retirement', () => {
    const gaps = catalogueGaps({ ...pinned, endOfLife: { ...pinned.endOfLife, 'claude-opus-4-5': '2027-03-01' } }, OVERLAY);
    assert.deepEqual(gaps, ['the SDK retires claude-opus-4-5 on 2027-03-01; the overlay says 2027-01-22: set its retirement_date']);
  });

  it('reports an SDK that drops a model the overlay still has served', () => {
    const gaps = catalogueGaps({ ...pinned, modelIds: pinned.modelIds.filter((id) => id !== 'claude-opus-4-7') }, OVERLAY);
    assert.deepEqual(gaps, [`the SDK no longer lists claude-opus-4-7, which the overlay has served on ${SDK_RELEASE_DATE}: record its retirement_date (and replacement)`]);
  });

  it('every SDK id is a real model in the merged catalogue, served on the SDK release day unless the SDK dates its end of life before', () => {
    for (const id of SDK_MODEL_IDS) {
      const entry = lookupModel(id);
      assert.ok(entry && entry.status !== 'never-existed', id);
      const endOfLife = pinned.endOfLife[id];
      if (!endOfLife || endOfLife > SDK_RELEASE_DATE) assert.ok(isServed(entry, SDK_RELEASE_DATE), `${id} served`);
    }
  });

  it('the merge takes the SDK\'s word: a new SDK id is known (features unknown), an SDK date wins', () => {
    const merged = mergeCatalogue(
      { ...PINNED_SDK_FACTS, modelIds: [...PINNED_SDK_FACTS.modelIds, 'claude-opus-6'], endOfLife: { 'claude-opus-4-8': '2027-06-01' } },
      OVERLAY,
    );
    const opus6 = merged.find((m) => m.id === 'claude-opus-6')!;
    assert.equal(opus6.status, 'active');
    assert.equal(opus6.features, undefined);
    const opus48 = merged.find((m) => m.id === 'claude-opus-4-8')!;
    assert.equal(opus48.retirement_date, '2027-06-01');
    assert.equal(opus48.status, 'deprecated');
    assert.equal(MODELS.length, OVERLAY.length);
  });

  it('records no future-shaped id as never existed (it would block the model the day it ships)', () => {
    assert.deepEqual(OVERLAY.filter((m) => m.status === 'never-existed' && couldBeNewerModel(m.id)).map((m) => m.id), []);
  });

  it('every overlay entry cites a source URL, and dated fields are YYYY-MM-DD days', () => {
    const day = /^\d{4}-\d{2}-\d{2}$/;
    for (const entry of OVERLAY) {
      assert.ok((entry.sources ?? []).some((s) => /https?:\/\//.test(s)), `${entry.id} cites no URL`);
      for (const field of ['release_date', 'deprecation_date', 'retirement_date', 'retirement_not_before'] as const) {
        const value = entry[field];
        if (value != null) assert.match(value, day, `${entry.id} ${field}`);
      }
      if (entry.features?.fast_mode_until !== undefined) assert.match(entry.features.fast_mode_until, day, `${entry.id} fast_mode_until`);
    }
  });
});
