import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/tempCorpus.ts';

/**
 * The layout is the architecture: commands/ and each folder of src/ are one unit, each file at
 * the top of src/ (the composition: briefbot.ts, main.ts, config, errors…) its own. Imports
 * between units must not run in a circle, and Discord's types stay inside src/discord.
 */

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|mjs)$/.test(entry.name) ? [full] : [];
  });
}

const FILES = [...sourceFiles(path.join(REPO_ROOT, 'src')), ...sourceFiles(path.join(REPO_ROOT, 'commands'))];

function unitOf(file: string): string {
  const parts = path.relative(REPO_ROOT, file).split(path.sep);
  if (parts[0] === 'commands') return 'commands';
  return parts.length > 2 ? `src/${parts[1]}` : `src/${parts[1]}`.replace(/\.(ts|mjs)$/, '');
}

/** Every import of every file (static, re-exports and `import()`), as written. */
function importsOf(file: string): string[] {
  return ts
    .preProcessFile(fs.readFileSync(file, 'utf8'), true, true)
    .importedFiles.map((imported) => imported.fileName);
}

/** unit → the units its files import (relative imports only: packages are not units). */
function unitGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of FILES) {
    const from = unitOf(file);
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const specifier of importsOf(file)) {
      if (!specifier.startsWith('.')) continue;
      const to = unitOf(path.resolve(path.dirname(file), specifier));
      if (to !== from) edges.add(to);
    }
  }
  return graph;
}

/** The cycles of a graph, one path per strongly connected component of more than one unit (Tarjan). */
function cycles(graph: Map<string, Set<string>>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (unit: string): void => {
    index.set(unit, counter);
    low.set(unit, counter);
    counter += 1;
    stack.push(unit);
    onStack.add(unit);
    for (const next of graph.get(unit) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(unit, Math.min(low.get(unit)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(unit, Math.min(low.get(unit)!, index.get(next)!));
    }
    if (low.get(unit) === index.get(unit)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== unit);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const unit of graph.keys()) if (!index.has(unit)) visit(unit);
  return found;
}

describe('architecture', () => {
  it('finds the imports it checks (the check itself works)', () => {
    const graph = unitGraph();
    expect(graph.get('src/discord')).toContain('commands');
    expect(graph.get('commands')).toContain('src/brief');
    expect(
      cycles(
        new Map([
          ['a', new Set(['b'])],
          ['b', new Set(['c'])],
          ['c', new Set(['a'])],
          ['d', new Set(['a'])],
        ]),
      ),
    ).toEqual([['a', 'b', 'c']]);
  });

  it('no imports between src/ folders, commands/ and the composition run in a circle', () => {
    expect(cycles(unitGraph())).toEqual([]);
  });

  it('commands/ knows no interface, and Discord types stay inside src/discord', () => {
    for (const file of FILES) {
      const unit = unitOf(file);
      const imports = importsOf(file);
      const where = path.relative(REPO_ROOT, file);
      if (unit === 'commands')
        expect(
          imports.filter((specifier) => /src\/(discord|cli)\//.test(specifier)),
          where,
        ).toEqual([]);
      if (unit !== 'src/discord')
        expect(
          imports.filter((specifier) => specifier === 'discord.js' || specifier.startsWith('@discordjs/')),
          where,
        ).toEqual([]);
    }
  });
});
