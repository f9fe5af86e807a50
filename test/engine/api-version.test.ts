import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { majorOfRange, pythonRequirement } from '../../src/config/api-version.js';

describe('SDK ranges → the major version they pin', () => {
  const js: [string, number | undefined][] = [
    ['^0.137.0', 0], ['~0.30.1', 0], ['0.137.0', 0], ['^1.2.0', 1], ['1.x', 1], ['>=1.0.0 <2', 1], ['>=1.0.0', 1],
    ['*', undefined], ['latest', undefined], ['>=0.100.0', undefined], ['^0.137.0 || ^1.0.0', undefined],
    ['<1', 0], ['<1.0.0', 0], ['<=0.137.0', 0], ['<1.5', undefined], ['<2', undefined],
  ];
  for (const [range, major] of js) it(`npm ${range} → ${major}`, () => assert.equal(majorOfRange(range), major));
  const py: [string, number | undefined][] = [
    ['==1.13.0', 1], ['>=2.0', 2], ['^2.1', 2], ['>=1.0,<3', undefined], ['~=1.5', 1],
    ['<2', 1], ['<2.0', 1], ['>=0.40,<1', 0], ['>=0.40, <2', 0], ['<=1.9', 1], ['<3', undefined], ['<2.1', undefined],
  ];
  for (const [range, major] of py) it(`pip ${range} → ${major}`, () => assert.equal(majorOfRange(range, true), major));
});

describe('the anthropic requirement in a Python manifest', () => {
  const cases: [string, string | undefined][] = [
    ['requests\nanthropic==1.13.0\n', '==1.13.0'],
    ['anthropic>=0.40,<1\n', '>=0.40,<1'],
    ['Anthropic==0.40\n', '==0.40'],
    ['anthropic[bedrock]>=2 ; python_version >= "3.9"\n', '>=2'],
    ['[project]\ndependencies = ["httpx", "anthropic (>=0.40,<1)"]\n', '>=0.40,<1'],
    ['[project]\ndependencies = ["anthropic>=2.0"]\n', '>=2.0'],
    ['[tool.poetry.dependencies]\nanthropic = "^2.1"\n', '^2.1'],
    ['[tool.poetry.dependencies]\nanthropic = { version = "^0.30", extras = ["vertex"] }\n', '^0.30'],
    ['# anthropic==2.0 (after the migration)\nanthropic==0.40\n', '==0.40'],
    ['anthropic-tools==1.0\nopenai>=1\n', undefined],
  ];
  for (const [text, spec] of cases) it(JSON.stringify(text), () => assert.equal(pythonRequirement(text), spec));
});
