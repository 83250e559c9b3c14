import { describe, expect, it } from 'vitest';
import { calibrationFor } from '../../src/index/modelCalibration.ts';
import { STATIC_MODEL_ID } from '../../src/index/staticModel/ensureStaticModel.ts';

describe('per-model calibration', () => {
  it('knows a model by its id, or by the name its own config gives', () => {
    expect(calibrationFor([STATIC_MODEL_ID, undefined]).entry).toBe(STATIC_MODEL_ID);
    expect(calibrationFor(['/some/folder/tiny-bow', 'briefbot tiny bag-of-words test model']).entry).toBe(
      'briefbot tiny bag-of-words test model',
    );
  });

  it('gives a model it does not know the safe default: a cosine never answers alone, keyword ranks lead', () => {
    const unknown = calibrationFor(['someone/other-model', 'other model']);
    expect(unknown.entry).toBe('default');
    expect(unknown.minCosine).toBeNull();
    expect(unknown.fusion.denseWeight).toBeLessThan(unknown.fusion.keywordWeight);
    // The static model's bar is its own, not another model's.
    expect(calibrationFor([STATIC_MODEL_ID]).minCosine).not.toBeNull();
  });
});
