import { compactJsonSchema, JsonSchemaValidator, type JsonSchema } from '../../lib/gate/json-schema';

const problems = (schema: JsonSchema, value: unknown) => new JsonSchemaValidator(schema).validate(value);

describe('JSON-schema evaluator (draft-07 subset of the vendored values.schema.json files)', () => {
  test('types, including type lists, null and integers', () => {
    expect(problems({ type: 'string' }, 'a')).toEqual([]);
    expect(problems({ type: 'string' }, 1)).toEqual(['(root): expected string, found integer 1']);
    expect(problems({ type: ['string', 'null'] }, null)).toEqual([]);
    expect(problems({ type: 'integer' }, 1.5)).toEqual(['(root): expected integer, found number 1.5']);
    expect(problems({ type: 'number' }, 2)).toEqual([]);
    expect(problems({ type: 'object' }, [])).toEqual(['(root): expected object, found array']);
  });

  test('properties, required and additionalProperties (absent means any key is allowed)', () => {
    const schema: JsonSchema = { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] };
    expect(problems(schema, { a: 'x', b: 1 })).toEqual([]);
    expect(problems(schema, {})).toEqual(['a: required key is missing']);
    expect(problems({ ...schema, additionalProperties: false }, { a: 'x', aa: 1 })).toEqual(['aa: unknown key (did you mean "a"?)']);
    expect(problems({ additionalProperties: { type: 'integer' } }, { x: 1, y: 'no' })).toEqual(['y: expected integer, found string "no"']);
    expect(problems({ patternProperties: { '^x-': { type: 'boolean' } }, additionalProperties: false }, { 'x-a': true, b: 1 })).toEqual([
      'b: unknown key',
    ]);
  });

  test('enum, const, pattern, lengths and numeric bounds', () => {
    expect(problems({ enum: ['a', 'b'] }, 'c')).toEqual(['(root): string "c" is not one of "a", "b"']);
    expect(problems({ const: true }, false)).toEqual(['(root): must be true, found boolean false']);
    expect(problems({ pattern: '^v\\d+$' }, 'x1')).toEqual(['(root): string "x1" does not match ^v\\d+$']);
    expect(problems({ minLength: 2, maxLength: 3 }, 'a')).toEqual(['(root): shorter than 2 characters']);
    expect(problems({ minimum: 1, maximum: 3 }, 4)).toEqual(['(root): 4 is above the maximum 3']);
    expect(problems({ exclusiveMinimum: 0 }, 0)).toEqual(['(root): 0 must be above 0']);
    expect(problems({ minItems: 1 }, [])).toEqual(['(root): fewer than 1 items']);
  });

  test('items (one schema or a tuple), with item paths', () => {
    expect(problems({ items: { type: 'string' } }, ['a', 2])).toEqual(['[1]: expected string, found integer 2']);
    expect(problems({ items: [{ type: 'string' }], additionalItems: false }, ['a', 'b'])).toEqual(['[1]: no value is allowed here']);
  });

  test('anyOf, oneOf, allOf, not and if/then/else', () => {
    const anyOf: JsonSchema = { anyOf: [{ type: 'string' }, { type: 'integer' }] };
    expect(problems(anyOf, 1)).toEqual([]);
    expect(problems(anyOf, true)[0]).toMatch(/^\(root\): matches none of the allowed forms \(anyOf\)/);
    expect(problems({ oneOf: [{ type: 'number' }, { type: 'integer' }] }, 1)).toEqual([
      '(root): must match exactly one of the allowed forms (oneOf), matches 2',
    ]);
    expect(problems({ allOf: [{ type: 'object' }, { required: ['a'] }] }, {})).toEqual(['a: required key is missing']);
    expect(problems({ not: { type: 'null' } }, null)).toEqual(['(root): matches a form that is not allowed (not)']);
    const conditional: JsonSchema = {
      if: { properties: { type: { const: 'pvc' } } },
      then: { required: ['size'] },
      else: { not: { required: ['size'] } },
    };
    expect(problems(conditional, { type: 'pvc' })).toEqual(['size: required key is missing']);
    expect(problems(conditional, { type: 'memory', size: 1 })).toEqual(['(root): matches a form that is not allowed (not)']);
  });

  test('$ref into definitions and $defs, and a reference that does not resolve', () => {
    const schema: JsonSchema = {
      properties: { a: { $ref: '#/definitions/port' }, b: { $ref: '#/$defs/name' }, c: { $ref: '#/definitions/missing' } },
      definitions: { port: { type: 'integer', minimum: 1 } },
      $defs: { name: { type: 'string' } },
    };
    expect(problems(schema, { a: 0, b: 2, c: 1 })).toEqual([
      'a: 0 is below the minimum 1',
      'b: expected string, found integer 2',
      'c: schema reference #/definitions/missing does not resolve',
    ]);
  });

  test('compaction keeps what validates and drops descriptions, defaults and UI hints', () => {
    const compact = compactJsonSchema({
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      description: 'values',
      properties: { a: { type: 'string', default: 'x', title: 'A', form: true, enum: ['x'] } },
      additionalProperties: false,
    });
    expect(compact).toEqual({ additionalProperties: false, properties: { a: { enum: ['x'], type: 'string' } }, type: 'object' });
  });
});
