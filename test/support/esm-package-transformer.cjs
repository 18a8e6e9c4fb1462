// Jest's module runtime cannot require() ES modules before Node 24.9, while NestJS 12 and a few
// transitive dependencies ship ESM only (Node 20 itself loads them fine from our CommonJS build).
// This transformer compiles a node_modules file to CommonJS only when its package is ESM; every
// other file passes through untouched. Jest caches the result per file.
const { createHash } = require('node:crypto');
const { transformSync, version: swcVersion } = require('@swc/core');
const { existsSync, readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');

const moduleTypeByDir = new Map();

function isEsmFile(filename) {
  if (filename.endsWith('.mjs')) return true;
  if (filename.endsWith('.cjs')) return false;
  let dir = dirname(filename);
  const visited = [];
  while (!moduleTypeByDir.has(dir)) {
    visited.push(dir);
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      moduleTypeByDir.set(dir, JSON.parse(readFileSync(manifest, 'utf8')).type === 'module');
      break;
    }
    const parent = dirname(dir);
    if (parent === dir) {
      moduleTypeByDir.set(dir, false);
      break;
    }
    dir = parent;
  }
  const esm = moduleTypeByDir.get(dir);
  for (const d of visited) moduleTypeByDir.set(d, esm);
  return esm;
}

const ownSource = readFileSync(__filename, 'utf8');

module.exports = {
  getCacheKey(sourceText, sourcePath) {
    return createHash('sha256').update(ownSource).update(swcVersion).update(sourcePath).update(sourceText).digest('hex');
  },
  process(sourceText, sourcePath) {
    if (!isEsmFile(sourcePath)) return { code: sourceText };
    const { code, map } = transformSync(sourceText, {
      filename: sourcePath,
      swcrc: false,
      sourceMaps: true,
      module: { type: 'commonjs' },
      jsc: { target: 'es2023', parser: { syntax: 'ecmascript' } },
    });
    return { code, map };
  },
};
