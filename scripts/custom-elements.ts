// SPDX-License-Identifier: MIT
// `npm run cem`: writes custom-elements.json (https://github.com/webcomponents/custom-elements-manifest,
// schema 2.1.0) for the elements the embed publishes, read from their source with the TypeScript
// compiler API: the class JSDoc (@event, @csspart, @cssproperty) and the lit @property fields.
// A unit test regenerates it in memory and fails when the committed file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import ts from 'typescript';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const MANIFEST_PATH = resolve(ROOT, 'custom-elements.json');

/** The elements src/embed.ts publishes, and the module of each class. */
const ELEMENTS = [
  { tagName: 'poles-map', path: 'src/elements/poles-map/poles-map.component.ts' },
  { tagName: 'poles-links', path: 'src/elements/poles-links/poles-links.component.ts' },
];
const DEFINED_IN = 'src/embed.ts';

type Type = { text: string };
interface Named {
  name: string;
  description?: string;
}
interface Attribute extends Named {
  type?: Type;
  default?: string;
  fieldName: string;
}
interface Member extends Named {
  kind: 'field' | 'method';
  type?: Type;
  default?: string;
  attribute?: string;
  reflects?: boolean;
  readonly?: boolean;
  parameters?: { name: string; type?: Type }[];
  return?: { type: Type };
}
interface CssProperty extends Named {
  default?: string;
}

interface Doc {
  description: string;
  tags: { name: string; text: string }[];
}

/** The JSDoc of `node`: its text, and its tags in order (an inline `@default` is a tag of its own). */
function docOf(node: ts.Node): Doc {
  const doc: Doc = { description: '', tags: [] };
  for (const block of ts.getJSDocCommentsAndTags(node)) {
    if (!ts.isJSDoc(block)) continue;
    doc.description = (ts.getTextOfJSDocComment(block.comment) ?? '').trim();
    for (const tag of block.tags ?? []) {
      doc.tags.push({ name: tag.tagName.text, text: (ts.getTextOfJSDocComment(tag.comment) ?? '').trim() });
    }
  }
  return doc;
}

const described = <T extends Named>(item: T): T =>
  item.description ? item : { ...item, description: undefined };

/** `name - description` of an @event, @csspart or @cssproperty tag. */
function splitTag(text: string): Named {
  const [name = '', ...rest] = text.split(/\s+-\s+/);
  return described({ name: name.trim(), description: rest.join(' - ').replace(/\s+/g, ' ').trim() });
}

/** The options object of a lit `@property({...})` decorator, or null when `member` has none. */
function propertyOptions(member: ts.ClassElement): ts.ObjectLiteralExpression | 'none' | null {
  for (const decorator of ts.canHaveDecorators(member) ? (ts.getDecorators(member) ?? []) : []) {
    const call = decorator.expression;
    if (!ts.isCallExpression(call) || call.expression.getText() !== 'property') continue;
    const [options] = call.arguments;
    return options && ts.isObjectLiteralExpression(options) ? options : 'none';
  }
  return null;
}

function option(options: ts.ObjectLiteralExpression | 'none', name: string): ts.Expression | undefined {
  if (options === 'none') return undefined;
  const found = options.properties.find((p) => p.name?.getText() === name);
  return found && ts.isPropertyAssignment(found) ? found.initializer : undefined;
}

const hasModifier = (member: ts.Node, kind: ts.SyntaxKind) =>
  ts.canHaveModifiers(member) && (ts.getModifiers(member) ?? []).some((m) => m.kind === kind);

function typeOf(member: ts.PropertyDeclaration | ts.GetAccessorDeclaration): Type | undefined {
  if (member.type) return { text: member.type.getText() };
  const init = ts.isPropertyDeclaration(member) ? member.initializer : undefined;
  if (init && (ts.isStringLiteral(init) || ts.isNoSubstitutionTemplateLiteral(init)))
    return { text: 'string' };
  if (init && ts.isNumericLiteral(init)) return { text: 'number' };
  if (init && (init.kind === ts.SyntaxKind.TrueKeyword || init.kind === ts.SyntaxKind.FalseKeyword)) {
    return { text: 'boolean' };
  }
  return undefined;
}

/** A public field or method of the element's API (lit properties, `ready`, `project()`...). */
function memberOf(member: ts.ClassElement): Member | null {
  const options = propertyOptions(member);
  const isPrivate =
    hasModifier(member, ts.SyntaxKind.PrivateKeyword) || hasModifier(member, ts.SyntaxKind.ProtectedKeyword);
  // Overrides are lifecycle callbacks (render, connectedCallback...), unless they declare a property.
  const lifecycle = hasModifier(member, ts.SyntaxKind.OverrideKeyword) && !options;
  if (isPrivate || lifecycle || hasModifier(member, ts.SyntaxKind.StaticKeyword) || !member.name) return null;
  const doc = docOf(member);
  const name = member.name.getText();
  const base = { name, description: doc.description || undefined };
  if (ts.isMethodDeclaration(member)) {
    return {
      ...base,
      kind: 'method',
      parameters: member.parameters.map((p) => ({
        name: p.name.getText(),
        ...(p.type ? { type: { text: p.type.getText() } } : {}),
      })),
      ...(member.type ? { return: { type: { text: member.type.getText() } } } : {}),
    };
  }
  if (!ts.isPropertyDeclaration(member) && !ts.isGetAccessorDeclaration(member)) return null;
  const field: Member = { ...base, kind: 'field', type: typeOf(member) };
  if (ts.isGetAccessorDeclaration(member) || hasModifier(member, ts.SyntaxKind.ReadonlyKeyword)) {
    field.readonly = true;
  }
  const initializer = ts.isPropertyDeclaration(member) ? member.initializer?.getText() : undefined;
  field.default = doc.tags.find((t) => t.name === 'default')?.text ?? initializer;
  if (options) {
    // lit's default attribute is the lowercased property name; `attribute: false` means none.
    const attribute = option(options, 'attribute');
    if (!attribute) field.attribute = name.toLowerCase();
    else if (ts.isStringLiteral(attribute)) field.attribute = attribute.text;
    if (option(options, 'reflect')?.kind === ts.SyntaxKind.TrueKeyword) field.reflects = true;
  }
  return field;
}

/** The exported class of a component module (one per module, the Shoelace layout). */
function classOf(path: string): ts.ClassDeclaration {
  const source = ts.createSourceFile(
    path,
    readFileSync(resolve(ROOT, path), 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const found = source.statements.find(
    (s): s is ts.ClassDeclaration => ts.isClassDeclaration(s) && hasModifier(s, ts.SyntaxKind.ExportKeyword),
  );
  if (!found?.name) throw new Error(`${path}: no exported class`);
  return found;
}

function declarationOf(tagName: string, path: string) {
  const cls = classOf(path);
  const doc = docOf(cls);
  const tagged = (name: string) => doc.tags.filter((t) => t.name === name).map((t) => splitTag(t.text));
  const cssProperties: CssProperty[] = [];
  doc.tags.forEach((tag, i) => {
    if (tag.name !== 'cssproperty') return;
    const next = doc.tags[i + 1];
    cssProperties.push({
      ...splitTag(tag.text),
      ...(next?.name === 'default' ? { default: next.text } : {}),
    });
  });
  const members = cls.members.map(memberOf).filter((m): m is Member => m !== null);
  const attributes: Attribute[] = members
    .filter((m) => m.attribute)
    .map((m) =>
      described({
        name: m.attribute!,
        type: m.type,
        default: m.default,
        description: m.description,
        fieldName: m.name,
      }),
    );
  const heritage = cls.heritageClauses?.[0]?.types[0]?.expression.getText();
  return {
    kind: 'class',
    name: cls.name!.text,
    description: doc.description,
    tagName,
    customElement: true,
    ...(heritage === 'LitElement' ? { superclass: { name: 'LitElement', package: 'lit' } } : {}),
    attributes,
    members,
    events: tagged('event').map((e) => ({ ...e, type: { text: 'CustomEvent' } })),
    cssParts: tagged('csspart'),
    cssProperties,
  };
}

/** The manifest as a value. */
export function buildManifest() {
  const modules = ELEMENTS.map(({ tagName, path }) => {
    const declaration = declarationOf(tagName, path);
    return {
      kind: 'javascript-module',
      path,
      declarations: [declaration],
      exports: [
        { kind: 'js', name: declaration.name, declaration: { name: declaration.name, module: path } },
      ],
    };
  });
  const definitions = {
    kind: 'javascript-module',
    path: DEFINED_IN,
    declarations: [],
    exports: modules.map((m) => ({
      kind: 'custom-element-definition',
      name: m.declarations[0]!.tagName,
      declaration: { name: m.declarations[0]!.name, module: m.path },
    })),
  };
  return { schemaVersion: '2.1.0', readme: 'README.md', modules: [...modules, definitions] };
}

/** The manifest as the committed file's text (formatted like every other file, by Prettier). */
export async function renderManifest(): Promise<string> {
  const options = (await resolveConfig(MANIFEST_PATH)) ?? {};
  return format(JSON.stringify(buildManifest()), { ...options, filepath: MANIFEST_PATH });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(MANIFEST_PATH, await renderManifest());
  console.log(`wrote ${MANIFEST_PATH}`);
}
