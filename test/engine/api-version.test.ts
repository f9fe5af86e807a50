import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { apiVersionOfNpmRange, apiVersionOfPythonSpecifier, projectApiVersion } from '../../src/config/api-version.js';
import { anthropicSpecifier, pythonDeclaration, pythonLockedVersion, readTextOrUndefined } from '../../src/config/python-manifests.js';
import { specifierIntervals } from '../../src/config/pep440.js';
import { tempDirs } from '../helpers/cli.js';
import { lintText } from '../../src/lint/lint-text.js';
import fs from 'node:fs';
import path from 'node:path';

const OLD = '2023-06-01';
const NEW = '2026-10-21';

describe('npm ranges of @anthropic-ai/sdk → the API version every release in them sends (semver)', () => {
  const cases: [string, string | undefined][] = [
    ['^0.137.0', OLD], ['~0.30.1', OLD], ['0.137.0', OLD], ['^1.2.0', NEW], ['1.x', NEW], ['>=1.0.0 <2', NEW], ['>=1.0.0', NEW],
    ['*', undefined], ['latest', undefined], ['>=0.100.0', undefined], ['^0.137.0 || ^1.0.0', undefined],
    ['<1', OLD], ['<1.0.0', OLD], ['<=0.137.0', OLD], ['<1.5', undefined], ['<2', undefined],
    // Issue 12 §1.7: a hyphen range across 1.0 was read as 0.x.
    ['0.30.0 - 1.2.0', undefined], ['0.30.0 - 0.99.0', OLD], ['1.0.0 - 1.2.0', NEW],
    ['>=0.50 <1', OLD], ['0.x || 1.x', undefined], ['1.0.0-beta.2', NEW], ['v0.40.1', OLD], ['=0.40.1', OLD],
    // Exact versions (installed, locked) are read without semver: the same answers.
    ['1.17.0', NEW], ['0.9.9-rc.1', OLD], ['1.2.3+build.5', NEW], ['01.2.3', undefined], ['npm:@anthropic-ai/sdk@0.50.0', OLD],
    ['npm:@anthropic-ai/sdk@^1.2.0', NEW], ['workspace:*', undefined], ['github:anthropics/anthropic-sdk-typescript', undefined], ['', undefined],
  ];
  for (const [range, version] of cases) it(`${JSON.stringify(range)} → ${version}`, () => assert.equal(apiVersionOfNpmRange(range), version));
});

describe('Python specifiers of anthropic (PEP 440, Poetry) → the API version', () => {
  const cases: [string, string | undefined][] = [
    ['==1.13.0', OLD], ['>=2.0', NEW], ['^2.1', NEW], ['>=1.0,<3', undefined], ['~=1.5', OLD],
    ['<2', OLD], ['<2.0', OLD], ['>=0.40,<1', OLD], ['>=0.40, <2', OLD], ['<=1.9', OLD], ['<3', undefined], ['<2.1', undefined],
    ['>=0.30,<2', OLD], ['~=2.1', NEW], ['~=1.9.3', OLD], ['~=1', undefined], ['==0.48.*', OLD], ['==1.*', OLD], ['==2.*', NEW],
    ['^0.30', OLD], ['^1.5', OLD], ['^0', OLD], ['~1.9', OLD], ['~1', OLD], ['~2', NEW], ['1.13.0', OLD], ['0.48.*', OLD],
    ['*', undefined], ['', undefined], ['!=2.0.0', undefined], ['>=1.5,!=1.7.0,<2', OLD], ['<=2', undefined], ['<=2.0.0', undefined],
    ['>1.9', undefined], ['>=2.0.0rc1', NEW], ['==2.0.0.post1', NEW], ['>= 1.2, < 1.5', OLD], ['>=1.2 <1.5', OLD],
    ['^1.0 || ^2.0', undefined], ['^2.0 | ^3.0', NEW], ['>=2,<1', undefined], ['===1.0.0', OLD], ['>=banana', undefined],
  ];
  for (const [spec, version] of cases) it(`${JSON.stringify(spec)} → ${version}`, () => assert.equal(apiVersionOfPythonSpecifier(spec), version));

  it('intervals are read, not guessed: ~=2.1.3 is [2.1.3, 2.2)', () => {
    assert.deepEqual(specifierIntervals('~=2.1.3'), [{ lower: { release: [2, 1, 3], inclusive: true }, upper: { release: [2, 2], inclusive: false } }]);
  });
});

describe('the anthropic requirement of one PEP 508 string', () => {
  const cases: [string, string | undefined][] = [
    ['anthropic==1.13.0', '==1.13.0'], ['Anthropic==0.40', '==0.40'], ['anthropic[bedrock]>=2 ; python_version >= "3.9"', '>=2'],
    ['anthropic (>=0.40,<1)', '>=0.40,<1'], ['anthropic', ''], ['anthropic @ git+https://github.com/anthropics/anthropic-sdk-python', ''],
    ['anthropic-tools==1.0', undefined], ['openai>=1', undefined],
  ];
  for (const [requirement, spec] of cases) it(JSON.stringify(requirement), () => assert.equal(anthropicSpecifier(requirement), spec));
});

describe('Python manifests and lock files', () => {
  const dir = tempDirs(after);
  const list = (d: string): string[] => fs.readdirSync(d);
  const declared = (files: Record<string, string>): string | undefined => {
    const d = dir(files);
    return pythonDeclaration(d, readTextOrUndefined, list)?.spec;
  };
  const cases: [string, Record<string, string>, string | undefined][] = [
    ['requirements.txt', { 'requirements.txt': 'requests\nanthropic==1.13.0\n' }, '==1.13.0'],
    ['a comment is no requirement', { 'requirements.txt': '# anthropic==2.0 (after the migration)\nanthropic==0.40  # pinned\n' }, '==0.40'],
    ['options and hashes', { 'requirements-dev.txt': '-r requirements.txt\nanthropic==0.48.0 \\\n    --hash=sha256:abc\n' }, '==0.48.0'],
    ['PEP 621 dependencies', { 'pyproject.toml': '[project]\nname = "app"\ndependencies = ["httpx", "anthropic (>=0.40,<1)"]\n' }, '>=0.40,<1'],
    ['an optional-dependencies group NAMED anthropic', { 'pyproject.toml': '[project]\nname = "app"\ndependencies = ["httpx"]\n\n[project.optional-dependencies]\nanthropic = ["anthropic==0.48.0"]\nopenai = ["openai>=1"]\n' }, '==0.48.0'],
    ['a group named anthropic that holds another package', { 'pyproject.toml': '[project.optional-dependencies]\nanthropic = ["claude-helpers==3.0"]\n' }, undefined],
    ['PEP 735 dependency groups (uv)', { 'pyproject.toml': '[dependency-groups]\ndev = ["pytest", "anthropic>=2.1"]\n' }, '>=2.1'],
    ['uv dev-dependencies', { 'pyproject.toml': '[tool.uv]\ndev-dependencies = ["anthropic~=1.5"]\n' }, '~=1.5'],
    ['Poetry', { 'pyproject.toml': '[tool.poetry.dependencies]\npython = "^3.10"\nanthropic = "^2.1"\n' }, '^2.1'],
    ['Poetry table', { 'pyproject.toml': '[tool.poetry.dependencies]\nanthropic = { version = "^0.30", extras = ["vertex"] }\n' }, '^0.30'],
    ['Poetry group', { 'pyproject.toml': '[tool.poetry.group.llm.dependencies]\nanthropic = "0.48.0"\n' }, '0.48.0'],
    ['Poetry multiple constraints', { 'pyproject.toml': '[tool.poetry.dependencies]\nanthropic = [{ version = "^1.5", python = "<3.9" }, { version = "^2.0", python = ">=3.9" }]\n' }, '^1.5 || ^2.0'],
    ['setup.cfg', { 'setup.cfg': '[metadata]\nname = app\n\n[options]\ninstall_requires =\n    requests\n    anthropic>=2.0,<3\npython_requires = >=3.9\n' }, '>=2.0,<3'],
    ['setup.py', { 'setup.py': 'from setuptools import setup\nsetup(name="app", install_requires=["requests", "anthropic==0.48.0"])\n' }, '==0.48.0'],
    ['setup.py with extras in the requirement', { 'setup.py': 'setup(\n    install_requires=[\n        "httpx[http2]>=0.27",\n        "anthropic[vertex]>=2.0",\n    ],\n)\n' }, '>=2.0'],
    ['setup.py extras_require', { 'setup.py': 'setup(install_requires=["requests"], extras_require={"llm": ["anthropic~=1.9"]})\n' }, '~=1.9'],
    ['Pipfile', { Pipfile: '[packages]\nrequests = "*"\nanthropic = "==1.2.0"\n' }, '==1.2.0'],
    ['Pipfile any version', { Pipfile: '[packages]\nanthropic = "*"\n' }, '*'],
  ];
  for (const [name, files, spec] of cases) it(name, () => assert.equal(declared(files), spec));

  it('lock files: uv.lock, poetry.lock, Pipfile.lock', () => {
    const uv = dir({ 'uv.lock': 'version = 1\n\n[[package]]\nname = "httpx"\nversion = "0.27.0"\n\n[[package]]\nname = "anthropic"\nversion = "2.3.1"\nsource = { registry = "https://pypi.org/simple" }\n' });
    assert.equal(pythonLockedVersion(uv, readTextOrUndefined)?.version, '2.3.1');
    const poetry = dir({ 'poetry.lock': '[[package]]\nname = "anthropic"\nversion = "0.48.0"\ndescription = "x"\noptional = false\n' });
    assert.equal(pythonLockedVersion(poetry, readTextOrUndefined)?.version, '0.48.0');
    const pipenv = dir({ 'Pipfile.lock': JSON.stringify({ _meta: {}, default: { anthropic: { version: '==1.9.0' } }, develop: {} }) });
    assert.equal(pythonLockedVersion(pipenv, readTextOrUndefined)?.version, '1.9.0');
  });
});

describe('projectApiVersion: which manifests count for which SDK', () => {
  const dir = tempDirs(after);
  it('Python calls use Python manifests only, TypeScript calls package.json only; request files either', () => {
    const d = dir({ 'package.json': JSON.stringify({ dependencies: { '@anthropic-ai/sdk': '^0.137.0' } }), 'requirements.txt': 'anthropic>=2.1\n', 'src/x': '' });
    const file = path.join(d, 'src', 'x');
    assert.equal(projectApiVersion(file, undefined, 'python').value, NEW);
    assert.equal(projectApiVersion(file, undefined, 'typescript').value, OLD);
    assert.equal(projectApiVersion(file).value, OLD);
    assert.equal(projectApiVersion(file, 'bedrock', 'python').value, NEW, 'a Python Bedrock client is the anthropic package too');
  });

  it('a Python project above a JavaScript one: each SDK finds its own manifest', () => {
    const d = dir({ 'pyproject.toml': '[project]\ndependencies = ["anthropic==1.13.0"]\n', 'web/package.json': JSON.stringify({ dependencies: { '@anthropic-ai/sdk': '^1.2.0' } }), 'web/src/x': '' });
    const file = path.join(d, 'web', 'src', 'x');
    assert.equal(projectApiVersion(file, undefined, 'python').value, OLD);
    assert.equal(projectApiVersion(file, undefined, 'typescript').value, NEW);
  });

  it('the locked version wins over a specifier that spans both; a workspace root lock decides a member', () => {
    const d = dir({ 'pyproject.toml': '[project]\ndependencies = ["anthropic>=1.0"]\n', 'uv.lock': '[[package]]\nname = "anthropic"\nversion = "1.13.0"\n', 'x.py': '' });
    const choice = projectApiVersion(path.join(d, 'x.py'), undefined, 'python');
    assert.deepEqual([choice.value, /anthropic 1\.13\.0 is locked in .*uv\.lock/.test(choice.reason)], [OLD, true]);
    const ws = dir({ 'uv.lock': '[[package]]\nname = "anthropic"\nversion = "2.0.1"\n', 'packages/a/pyproject.toml': '[project]\ndependencies = ["anthropic"]\n', 'packages/a/x.py': '' });
    assert.equal(projectApiVersion(path.join(ws, 'packages/a/x.py'), undefined, 'python').value, NEW);
    const open = dir({ 'requirements.txt': 'anthropic>=1.0\n', 'x.py': '' });
    assert.equal(projectApiVersion(path.join(open, 'x.py'), undefined, 'python').value, 'unknown');
  });

  it('the optional-dependencies group named anthropic (issue 11): the requirement inside it decides', () => {
    const d = dir({ 'pyproject.toml': '[project]\nname = "app"\n\n[project.optional-dependencies]\nanthropic = ["anthropic==0.48.0"]\n', 'x.py': '' });
    assert.equal(projectApiVersion(path.join(d, 'x.py'), undefined, 'python').value, OLD);
  });

  it('the SDK’s own repository is judged by its own version (issue 12 §1.3)', () => {
    const ts = dir({ 'package.json': JSON.stringify({ name: '@anthropic-ai/sdk', version: '0.137.0', devDependencies: {} }), 'examples/x.ts': '' });
    const choice = projectApiVersion(path.join(ts, 'examples/x.ts'));
    assert.deepEqual([choice.value, /is @anthropic-ai\/sdk 0\.137\.0 itself/.test(choice.reason)], [OLD, true]);
    const bedrock = dir({ 'package.json': JSON.stringify({ name: '@anthropic-ai/bedrock-sdk', version: '0.26.0', dependencies: { '@anthropic-ai/sdk': '>=0.50.3 <1' } }), 'examples/x.ts': '' });
    assert.equal(projectApiVersion(path.join(bedrock, 'examples/x.ts'), 'bedrock').value, OLD);
    const vertex1 = dir({ 'package.json': JSON.stringify({ name: '@anthropic-ai/vertex-sdk', version: '1.1.0' }), 'x.ts': '' });
    assert.equal(projectApiVersion(path.join(vertex1, 'x.ts'), 'vertex').value, NEW);
    const py = dir({ 'pyproject.toml': '[project]\nname = "anthropic"\nversion = "0.48.0"\ndependencies = ["httpx>=0.23.0, <1"]\n', 'examples/x.py': '' });
    assert.equal(projectApiVersion(path.join(py, 'examples/x.py'), undefined, 'python').value, OLD);
  });

  it('a range across 1.0 with nothing installed or locked is unknown (issue 12 §1.7)', () => {
    const d = dir({ 'package.json': JSON.stringify({ dependencies: { '@anthropic-ai/sdk': '0.30.0 - 1.2.0' } }), 'x.json': '' });
    assert.equal(projectApiVersion(path.join(d, 'x.json')).value, 'unknown');
  });
});

describe('no manifest names the SDK (issue 12): a source file may run any release', () => {
  const dir = tempDirs(after);
  const PY = 'import anthropic\nclient = anthropic.Anthropic()\nclient.messages.create(model="claude-sonnet-4-6", max_tokens=5, temperature=0.7, messages=[{"role": "user", "content": "x"}])\n';
  const TS = "import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\nclient.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 5, temperature: 0.7, messages: [{ role: 'user', content: 'x' }] });\n";
  const PINNED_PY = PY.replace('temperature=0.7,', 'temperature=0.7, extra_headers={"anthropic-version": "2026-10-21"},');
  const PINNED_TS = TS.replace("content: 'x' }] });", "content: 'x' }] }, { headers: { 'anthropic-version': '2026-10-21' } });");
  const findings = async (code: string, file: string, apiVersion?: '2026-10-21') =>
    (await lintText(code, file, { date: '2026-12-07', ...(apiVersion ? { apiVersion } : {}) })).messages.map((m) => `${m.ruleId} ${m.line}:${m.column}`);

  it('its version is unknown for Python and JS/TS; a request file keeps the current version', () => {
    const d = dir({ 'requirements.txt': 'requests>=2\n', 'package.json': JSON.stringify({ dependencies: { express: '^4' } }), 'x': '' });
    const file = path.join(d, 'x');
    const py = projectApiVersion(file, undefined, 'python');
    const ts = projectApiVersion(file, undefined, 'typescript');
    assert.deepEqual([py.value, /no Python manifest up from the file names anthropic/.test(py.reason)], ['unknown', true]);
    assert.deepEqual([ts.value, /no package\.json up from the file names an Anthropic SDK/.test(ts.reason)], ['unknown', true]);
    assert.equal(projectApiVersion(file, 'bedrock', 'typescript').value, 'unknown');
    assert.equal(projectApiVersion(file).value, NEW);
  });

  it('a sampling field the 2023 version accepts on this model is not reported; --api-version and a header on the call still decide', async () => {
    const d = dir({ 'requirements.txt': 'requests>=2\n', 'package.json': JSON.stringify({ dependencies: { express: '^4' } }) });
    const py = path.join(d, 'app.py');
    const ts = path.join(d, 'app.ts');
    assert.deepEqual(await findings(PY, py), []);
    assert.deepEqual(await findings(TS, ts), []);
    assert.deepEqual(await findings(PY, py, NEW), ['no-sampling-params 3:65']);
    assert.deepEqual(await findings(TS, ts, NEW), ['no-sampling-params 3:69']);
    assert.deepEqual(await findings(PINNED_PY, py), ['no-sampling-params 3:65']);
    assert.deepEqual(await findings(PINNED_TS, ts), ['no-sampling-params 3:69']);
    // A manifest that names the SDK decides as before.
    const named = dir({ 'requirements.txt': 'requests>=2\nanthropic>=2.0\n' });
    assert.deepEqual(await findings(PY, path.join(named, 'app.py')), ['no-sampling-params 3:65']);
  });
});
