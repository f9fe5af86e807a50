/**
 * Rewrites every `anyOf` of the generated schema into a discriminated if/then
 * chain before it is compiled. A value then meets only the branch its JSON type
 * and its discriminator (`type`, `role`) select, so Ajv reports that branch's
 * errors alone — never a dump of every branch — and an unknown discriminator
 * value is one `enum` error listing the valid values.
 *
 * Build time only; throws if a union has no usable discriminator, so a new SDK
 * shape cannot silently degrade the messages.
 */
type Json = { [key: string]: unknown };

const JSON_TYPES = ['object', 'array', 'string', 'number', 'integer', 'boolean', 'null'] as const;

export function discriminateUnions(schema: Json): Json {
  const defs = (schema.$defs ?? {}) as Record<string, Json>;
  const resolve = (node: Json): Json => {
    if (typeof node.$ref === 'string' && node.$ref.startsWith('#/$defs/')) {
      const target = defs[decodeURIComponent(node.$ref.slice('#/$defs/'.length))];
      if (!target) throw new Error(`unresolved ${node.$ref}`);
      return resolve(target);
    }
    return node;
  };

  const typesOf = (branch: Json): string[] => {
    const t = resolve(branch).type;
    if (typeof t === 'string') return [t];
    if (Array.isArray(t)) return t as string[];
    throw new Error(`union branch without a JSON type: ${JSON.stringify(branch).slice(0, 200)}`);
  };

  const rewrite = (node: unknown, unionName: string | undefined): unknown => {
    if (Array.isArray(node)) return node.map((n) => rewrite(n, undefined));
    if (!node || typeof node !== 'object') return node;
    const out: Json = {};
    for (const [key, value] of Object.entries(node as Json)) {
      if (key === 'properties' || key === '$defs') {
        // A union is named after its def (ContentBlockParam) or, inline, its property (caller).
        out[key] = Object.fromEntries(Object.entries(value as Json).map(([k, v]) => [k, rewrite(v, k)]));
      } else if (key !== 'anyOf') {
        out[key] = rewrite(value, key === 'items' ? unionName : undefined);
      }
    }
    if (Array.isArray((node as Json).anyOf)) {
      Object.assign(out, unionToChain(((node as Json).anyOf as Json[]).map((b) => rewrite(b, undefined) as Json), unionName));
    }
    return out;
  };

  const unionToChain = (branches: Json[], unionName: string | undefined): Json => {
    const byType = new Map<string, Json[]>();
    for (const branch of branches) {
      for (const t of typesOf(branch)) {
        if (!byType.has(t)) byType.set(t, []);
        byType.get(t)!.push(branch);
      }
    }
    const allOf: Json[] = [];
    for (const t of JSON_TYPES) {
      const group = byType.get(t);
      if (!group) continue;
      if (t === 'null') continue; // nothing more to check on null
      const distinct = [...new Map(group.map((b) => [JSON.stringify(b), b])).values()];
      let then: Json;
      if (distinct.length === 1) then = distinct[0]!;
      else if (t === 'object') then = objectChain(distinct, unionName);
      else if (t === 'array') then = { type: 'array', items: rewrite({ anyOf: distinct.map((b) => resolve(b).items) }, undefined) as Json };
      else throw new Error(`union ${unionName ?? '(anonymous)'} has several ${t} branches`);
      allOf.push({ if: { type: t }, then });
    }
    const types = [...byType.keys()];
    return { type: types.length === 1 ? types[0] : types, allOf };
  };

  /** Several object branches: pick the branch by a property whose const/enum differs per branch. */
  const objectChain = (group: Json[], unionName: string | undefined): Json => {
    const shapes = group.map(resolve);
    const candidates = Object.keys((shapes[0]!.properties ?? {}) as Json).filter((key) =>
      shapes.every((s) => {
        const p = (s.properties as Json | undefined)?.[key] as Json | undefined;
        return p && (p.const !== undefined || Array.isArray(p.enum));
      }),
    );
    const valuesOf = (shape: Json, key: string): unknown[] => {
      const p = (shape.properties as Json)[key] as Json;
      return p.const !== undefined ? [p.const] : (p.enum as unknown[]);
    };
    const key = ['type', 'role', ...candidates].find((k) => candidates.includes(k));
    if (!key) throw new Error(`union ${unionName ?? '(anonymous)'} has several object branches and no discriminator: ${JSON.stringify(shapes).slice(0, 600)}`);
    const seen = new Set<unknown>();
    for (const shape of shapes) {
      for (const v of valuesOf(shape, key)) {
        if (seen.has(v)) throw new Error(`union ${unionName}: discriminator ${key} value ${String(v)} is not unique`);
        seen.add(v);
      }
    }
    const optional = shapes.filter((s) => !((s.required as string[] | undefined) ?? []).includes(key));
    if (optional.length > 1) throw new Error(`union ${unionName}: more than one branch has an optional ${key}`);
    // Ajv hands the translator the enum's own schema as parentSchema: name the union there.
    const discriminatorCheck: Json = { properties: { [key]: { enum: [...seen], ...(unionName ? { 'x-union': unionName } : {}) } } };
    const allOf: Json[] = [{ if: { required: [key] }, then: discriminatorCheck }];
    group.forEach((branch, i) => {
      allOf.push({ if: { required: [key], properties: { [key]: { enum: valuesOf(shapes[i]!, key) } } }, then: branch });
    });
    if (optional.length === 1) {
      allOf.push({ if: { not: { required: [key] } }, then: group[shapes.indexOf(optional[0]!)]! });
    } else {
      allOf.push({ required: [key] });
    }
    return { allOf };
  };

  return rewrite(schema, undefined) as Json;
}
