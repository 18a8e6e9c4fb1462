import { Type } from '@sinclair/typebox';
import { Nullable, StringEnum } from '@okpay/contracts';
import { OpenApiComponents, toOpenApiSchema } from './openapi-schemas';

describe('toOpenApiSchema', () => {
  const Money = Type.Object({ amount: Type.Integer(), currency: Type.String() }, { $id: 'Money' });

  it('turns a named view into a component and a $ref, however often it is used', () => {
    const components: OpenApiComponents = {};
    const schema = toOpenApiSchema(Type.Object({ fee: Money, total: Money }, { $id: 'Quote' }), components);
    expect(schema).toEqual({ $ref: '#/components/schemas/Quote' });
    expect(components.Quote).toMatchObject({ properties: { fee: { $ref: '#/components/schemas/Money' }, total: { $ref: '#/components/schemas/Money' } } });
    expect(components.Money).toEqual({ type: 'object', properties: { amount: { type: 'integer' }, currency: { type: 'string' } }, required: ['amount', 'currency'] });
  });

  it('says null the 3.0 way, wrapping a named view so its $ref stands alone', () => {
    const components: OpenApiComponents = {};
    const schema = toOpenApiSchema(Type.Object({ note: Nullable(Type.String()), money: Nullable(Money) }), components);
    expect(schema).toMatchObject({
      properties: { note: { type: 'string', nullable: true }, money: { allOf: [{ $ref: '#/components/schemas/Money' }], nullable: true } },
    });
  });

  it('writes literals as one-value enums and string records as additionalProperties', () => {
    const schema = toOpenApiSchema(
      Type.Object({ admitted: Type.Literal(true), side: StringEnum(['buy', 'sell']), details: Type.Record(Type.String(), Type.Integer()) }),
      {},
    );
    expect(schema).toMatchObject({
      properties: {
        admitted: { type: 'boolean', enum: [true] },
        side: { type: 'string', enum: ['buy', 'sell'] },
        details: { type: 'object', additionalProperties: { type: 'integer' } },
      },
    });
    expect(JSON.stringify(schema)).not.toMatch(/"const"|patternProperties/);
  });
});
