import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { majorOfRange } from '../../src/config/api-version.js';

describe('SDK ranges → the major version they pin', () => {
  const js: [string, number | undefined][] = [
    ['^0.137.0', 0], ['~0.30.1', 0], ['0.137.0', 0], ['^1.2.0', 1], ['1.x', 1], ['>=1.0.0 <2', 1], ['>=1.0.0', 1],
    ['*', undefined], ['latest', undefined], ['>=0.100.0', undefined], ['^0.137.0 || ^1.0.0', undefined],
  ];
  for (const [range, major] of js) it(`npm ${range} → ${major}`, () => assert.equal(majorOfRange(range), major));
  const py: [string, number | undefined][] = [['==1.13.0', 1], ['>=2.0', 2], ['^2.1', 2], ['>=1.0,<3', undefined], ['~=1.5', 1]];
  for (const [range, major] of py) it(`pip ${range} → ${major}`, () => assert.equal(majorOfRange(range, true), major));
});
