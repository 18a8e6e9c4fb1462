import { Response } from 'supertest';

/** Asserts an RFC 9457 answer with the given status and code. */
export function expectProblem(response: Response, status: number, code: string): void {
  expect({ status: response.status, code: response.body?.code }).toEqual({ status, code });
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ status, code, title: expect.any(String), type: expect.any(String) });
}
