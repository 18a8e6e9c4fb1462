import Handlebars from 'handlebars';

type HbsNode = { type: string; [key: string]: unknown };

/**
 * The fact names a template uses, or the reason it is not a plain fact template. Articles may use
 * `{{name}}` only: no helpers, blocks, partials or triple braces, so an article can never run code
 * or emit raw HTML.
 */
export function templateFactNames(template: string): { names: string[] } | { error: string } {
  let program: hbs.AST.Program;
  try {
    program = Handlebars.parse(template);
  } catch (error) {
    return { error: (error as Error).message.split('\n')[0] };
  }
  const names: string[] = [];
  for (const node of program.body as unknown as HbsNode[]) {
    if (node.type === 'ContentStatement' || node.type === 'CommentStatement') continue;
    if (node.type !== 'MustacheStatement') return { error: `only {{name}} expressions are allowed, found ${node.type}` };
    const mustache = node as unknown as hbs.AST.MustacheStatement;
    if (!mustache.escaped) return { error: 'triple braces are not allowed' };
    if (mustache.params.length > 0 || mustache.hash || mustache.path.type !== 'PathExpression') {
      return { error: 'helpers are not allowed' };
    }
    names.push((mustache.path as hbs.AST.PathExpression).original);
  }
  return { names };
}

/**
 * Compiled templates by source. Articles are few and fixed while the app runs, and compiling one
 * (parse and code generation) cost more than the rest of a bot answer.
 */
const compiled = new Map<string, HandlebarsTemplateDelegate>();
/** At most this many distinct templates are kept (more means something other than articles is passed in). */
const MAX_COMPILED = 500;

/** Fills `{{name}}` from `facts`; the values are plain text and are escaped by the caller's renderer. */
export function fillFacts(template: string, facts: Readonly<Record<string, string>>): string {
  let render = compiled.get(template);
  if (!render) {
    render = Handlebars.compile(template, { strict: true, knownHelpersOnly: true, noEscape: true });
    if (compiled.size >= MAX_COMPILED) compiled.clear();
    compiled.set(template, render);
  }
  return render(unflatten(facts));
}

function unflatten(facts: Readonly<Record<string, string>>): Record<string, unknown> {
  const tree: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(facts)) {
    const parts = name.split('.');
    let node = tree;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[parts[parts.length - 1]] = value;
  }
  return tree;
}
