/**
 * Names in a Python file: what each name is bound to, per scope (the module,
 * each function), so `MODEL = "…"` at module level or `params = {...}` in a
 * function can be followed. Python's rules, simplified to what is needed: a
 * function sees its own names, then those of the functions around it, then the
 * module's (a class body is not visible from its methods). A name bound more
 * than once in its scope, or by `global`/`nonlocal`/a loop/`with`, is not known.
 */
import { kids, member, parts, textOf, unwrap, type PyNode } from './syntax.js';

export type Binding =
  | { kind: 'value'; node: PyNode }
  | { kind: 'import'; module: string; name: string | undefined }
  | { kind: 'function'; node: PyNode }
  | { kind: 'class'; node: PyNode }
  | { kind: 'other' };

const SCOPES = new Set(['Script', 'FunctionDefinition', 'LambdaExpression']);
const NESTED = new Set(['FunctionDefinition', 'ClassDefinition', 'LambdaExpression', 'ArrayComprehensionExpression', 'DictionaryComprehensionExpression', 'SetComprehensionExpression', 'ComprehensionExpression']);

/** Methods that change a list or dict in place. */
const MUTATORS = new Set(['append', 'extend', 'insert', 'update', 'setdefault', 'pop', 'popitem', 'clear', 'remove', 'sort', 'reverse', '__setitem__', '__delitem__', '__iadd__']);

export class Scopes {
  private readonly cache = new Map<number, Map<string, Binding[]>>();
  private readonly mutatedCache = new Map<string, boolean>();
  constructor(
    readonly text: string,
    readonly root: PyNode,
  ) {}

  /** The scope node a node's names are looked up in first. */
  scopeOf(node: PyNode): PyNode {
    for (let p = node.parent; p; p = p.parent) if (SCOPES.has(p.name)) return p;
    return this.root;
  }

  /** The bindings of `name` visible at `at`, from the innermost scope that binds it. */
  lookup(name: string, at: PyNode): { bindings: Binding[]; scope: PyNode } | undefined {
    for (let scope: PyNode | null = this.scopeOf(at); scope; scope = scope.name === 'Script' ? null : this.scopeOf(scope)) {
      const found = this.bindingsOf(scope).get(name);
      if (found) return { bindings: found, scope };
    }
    return undefined;
  }

  /** The one value a name is bound to where `at` reads it, when it is bound exactly once. */
  single(name: string, at: PyNode): Binding | undefined {
    const found = this.lookup(name, at);
    return found && found.bindings.length === 1 ? found.bindings[0] : undefined;
  }

  bindingsOf(scope: PyNode): Map<string, Binding[]> {
    let map = this.cache.get(scope.from * 2 + (scope.name === 'Script' ? 0 : 1));
    if (map) return map;
    map = new Map();
    this.cache.set(scope.from * 2 + (scope.name === 'Script' ? 0 : 1), map);
    const add = (name: string, b: Binding) => {
      const list = map!.get(name) ?? [];
      list.push(b);
      map!.set(name, list);
    };
    if (scope.name === 'FunctionDefinition' || scope.name === 'LambdaExpression') {
      const params = kids(scope).find((c) => c.name === 'ParamList');
      if (params) for (const p of kids(params)) if (p.name === 'VariableName' && p.prevSibling?.name !== 'AssignOp') add(textOf(this.text, p), { kind: 'other' });
    }
    const body = scope.name === 'Script' ? scope : kids(scope).find((c) => c.name === 'Body');
    if (body) this.collect(body, add, true);
    // A function inside that declares a name `global` (for the module) or `nonlocal`
    // (for the functions around it) can rebind it here: not known.
    if (body) this.rebindsFromInside(body, scope.name === 'Script' ? 'global' : 'nonlocal', add, false);
    return map;
  }

  private rebindsFromInside(node: PyNode, keyword: 'global' | 'nonlocal', add: (name: string, b: Binding) => void, nested: boolean, depth = 0): void {
    if (depth > 200) return;
    for (const c of kids(node)) {
      if (c.name === 'ScopeStatement' && nested && c.firstChild?.name === keyword) {
        for (const n of kids(c)) if (n.name === 'VariableName') add(textOf(this.text, n), { kind: 'other' });
      }
      this.rebindsFromInside(c, keyword, add, nested || c.name === 'FunctionDefinition' || c.name === 'LambdaExpression', depth + 1);
    }
  }

  private collect(node: PyNode, add: (name: string, b: Binding) => void, top: boolean): void {
    for (const c of kids(node)) {
      switch (c.name) {
        case 'FunctionDefinition': {
          const name = kids(c).find((k) => k.name === 'VariableName');
          if (name) add(textOf(this.text, name), { kind: 'function', node: c });
          continue;
        }
        case 'ClassDefinition': {
          const name = kids(c).find((k) => k.name === 'VariableName');
          if (name) add(textOf(this.text, name), { kind: 'class', node: c });
          continue;
        }
        case 'LambdaExpression':
        case 'ArrayComprehensionExpression':
        case 'DictionaryComprehensionExpression':
        case 'SetComprehensionExpression':
        case 'ComprehensionExpression':
          continue;
        case 'ImportStatement':
          this.imports(c, add);
          continue;
        case 'AssignStatement':
          this.assignment(c, add);
          break;
        case 'UpdateStatement':
        case 'ForStatement':
        case 'WithStatement':
        case 'TryStatement':
        case 'ScopeStatement':
        case 'DeleteStatement':
        case 'MatchStatement':
          this.targets(c, add);
          break;
        case 'NamedExpression': {
          const name = c.firstChild;
          if (name?.name === 'VariableName') add(textOf(this.text, name), { kind: 'other' });
          break;
        }
      }
      if (!NESTED.has(c.name)) this.collect(c, add, false);
    }
    void top;
  }

  /** `a = b = value`, `x: T = value`, `a, b = …` (the last: not known). */
  private assignment(stmt: PyNode, add: (name: string, b: Binding) => void): void {
    const all = kids(stmt);
    const ops = all.filter((c) => c.name === 'AssignOp');
    const value = ops.length ? all[all.length - 1]! : undefined;
    for (const c of all) {
      if (c === value || c.name === 'AssignOp' || c.name === 'TypeDef') continue;
      if (c.name === 'VariableName') add(textOf(this.text, c), value ? { kind: 'value', node: value } : { kind: 'other' });
      else if (c.name === 'TupleExpression' || c.name === 'ArrayExpression') this.targets(c, add);
    }
  }

  /** Every name written as a target in this statement's own header: not known. */
  private targets(stmt: PyNode, add: (name: string, b: Binding) => void): void {
    const visit = (n: PyNode, depth: number): void => {
      if (depth > 40) return;
      for (const c of kids(n)) {
        if (c.name === 'Body' || NESTED.has(c.name)) continue;
        if (c.name === 'VariableName') add(textOf(this.text, c), { kind: 'other' });
        else visit(c, depth + 1);
      }
    };
    if (stmt.name === 'ForStatement') {
      // The loop targets: the names before `in`.
      for (const c of kids(stmt)) {
        if (c.name === 'in') break;
        if (c.name === 'VariableName') add(textOf(this.text, c), { kind: 'other' });
        else if (c.name !== 'for' && c.name !== 'async') visit(c, 0);
      }
      return;
    }
    if (stmt.name === 'ScopeStatement' || stmt.name === 'DeleteStatement') {
      visit(stmt, 0);
      return;
    }
    if (stmt.name === 'UpdateStatement') {
      const target = stmt.firstChild;
      if (target?.name === 'VariableName') add(textOf(this.text, target), { kind: 'other' });
      return;
    }
    // `with x as y`, `except E as e`, `case P(a)`: names after `as`, and capture patterns.
    const all = kids(stmt);
    for (let i = 0; i < all.length; i++) {
      if (all[i]!.name === 'as' && all[i + 1]?.name === 'VariableName') add(textOf(this.text, all[i + 1]!), { kind: 'other' });
      if (all[i]!.name === 'as' && all[i + 1] && all[i + 1]!.name !== 'VariableName') visit(all[i + 1]!, 0);
    }
    if (stmt.name === 'MatchStatement') visit(stmt, 0);
  }

  private imports(stmt: PyNode, add: (name: string, b: Binding) => void): void {
    const all = kids(stmt);
    const fromIndex = all.findIndex((c) => c.name === 'from');
    const importIndex = all.findIndex((c) => c.name === 'import');
    if (fromIndex === -1) {
      // import a.b as c, d
      let dotted: string[] = [];
      for (let i = importIndex + 1; i < all.length; i++) {
        const c = all[i]!;
        if (c.name === 'VariableName') {
          if (all[i - 1]?.name === 'as') {
            add(textOf(this.text, c), { kind: 'import', module: dotted.join('.'), name: undefined });
            dotted = [];
          } else {
            dotted.push(textOf(this.text, c));
            if (all[i + 1]?.name !== '.' && all[i + 1]?.name !== 'as') {
              // `import a.b` binds `a` to module a.
              add(dotted[0]!, { kind: 'import', module: dotted[0]!, name: undefined });
              dotted = [];
            }
          }
        }
      }
      return;
    }
    const module = all
      .slice(fromIndex + 1, importIndex)
      .map((c) => textOf(this.text, c))
      .join('');
    for (let i = importIndex + 1; i < all.length; i++) {
      const c = all[i]!;
      if (c.name !== 'VariableName') continue;
      if (all[i + 1]?.name === 'as') continue;
      const imported = all[i - 1]?.name === 'as' ? textOf(this.text, all[i - 2]!) : textOf(this.text, c);
      add(textOf(this.text, c), { kind: 'import', module, name: imported });
    }
  }

  /**
   * May the list or dict bound to `name` in `scope` be changed after it is built
   * (`messages.append(…)`, `params["x"] = …`, `params |= …`, passed to a function)?
   */
  mutated(name: string, scope: PyNode, ownUse: PyNode | undefined): boolean {
    const key = `${scope.from}:${scope.name}:${name}:${ownUse?.from ?? -1}`;
    const cached = this.mutatedCache.get(key);
    if (cached !== undefined) return cached;
    let found = false;
    const walk = (n: PyNode, depth: number): void => {
      if (found || depth > 200) return;
      for (const c of kids(n)) {
        if (found) return;
        if (c.name === 'VariableName' && textOf(this.text, c) === name && this.mutates(c, ownUse)) {
          found = true;
          return;
        }
        walk(c, depth + 1);
      }
    };
    walk(scope, 0);
    this.mutatedCache.set(key, found);
    return found;
  }

  private mutates(use: PyNode, ownUse: PyNode | undefined): boolean {
    const parent = use.parent;
    if (!parent) return false;
    if (parent.name === 'MemberExpression' && parent.firstChild?.from === use.from) {
      const m = member(parent, this.text);
      if (m && MUTATORS.has(m.name)) return true;
      // `x[k] = v`, `del x[k]`, `x[k] += v`
      if (!m) {
        const stmt = parent.parent;
        if (stmt && (stmt.name === 'AssignStatement' || stmt.name === 'UpdateStatement') && stmt.firstChild?.from === parent.from) return true;
        if (stmt?.name === 'DeleteStatement') return true;
      }
      return false;
    }
    if (parent.name === 'UpdateStatement' && parent.firstChild?.from === use.from) return true;
    // Passed to a function that may change it (not the call being checked).
    if (parent.name === 'ArgList') {
      if (ownUse && parent.parent && ownUse.from >= parent.parent.from && ownUse.to <= parent.parent.to) return false;
      // `f(**x)`, `f(*x)` get copies.
      if (use.prevSibling?.name === '**' || use.prevSibling?.name === '*') return false;
      const call = parent.parent;
      const callee = call?.firstChild ? unwrap(call.firstChild) : undefined;
      // Sending it (`messages=msgs` in another API call) does not change it.
      const method = callee ? member(callee, this.text)?.name : undefined;
      if (method && /^(create|stream|count_tokens|parse|tool_runner|post|dumps|format|join)$/.test(method)) return false;
      // Reading functions keep it as is.
      if (callee?.name === 'VariableName' && /^(len|print|str|repr|list|dict|tuple|sorted|json\.dumps|isinstance|enumerate|iter|any|all)$/.test(textOf(this.text, callee))) return false;
      return true;
    }
    return false;
  }
}

export { parts };
