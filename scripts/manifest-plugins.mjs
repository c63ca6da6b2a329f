// Analyzer plugins that make custom-elements.json describe the package as integrators get it: the
// public API only, paths of files the npm build writes, typed events, every theme token with its
// default, and the allowed values of enumerated attributes. Used by custom-elements-manifest.config.mjs.

/** `src/a/b.ts` (or `/src/a/b.js`, as the analyzer resolves imports) -> `dist/lib/a/b.js` or `dist/types/a/b.d.ts`. */
export function packagePath(srcPath, kind = 'lib') {
  const rest = srcPath.replace(/^\/?src\//, '').replace(/\.[jt]s$/, '');
  return kind === 'types' ? `dist/types/${rest}.d.ts` : `dist/lib/${rest}.js`;
}

/** The source module a relative import names, as the analyzer writes module paths (`src/a/b.ts`). */
function resolveImport(fromPath, specifier) {
  return new URL(specifier, `file:///${fromPath}`).pathname.slice(1).replace(/\.js$/, '.ts');
}

/** The `src/` module that declares `name`, seen from `sourceFile`: the file itself or the one it imports it from. */
function declaringModule(ts, sourceFile, path, context, name) {
  const local = sourceFile.statements.some(
    (s) =>
      (ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s) || ts.isClassDeclaration(s)) &&
      s.name?.text === name,
  );
  if (local) return path;
  const imported = context.imports?.find((i) => i.name === name && !i.isBareModuleSpecifier);
  return imported ? resolveImport(path, imported.importPath) : undefined;
}

/** `defineElement('x-tag', XTag)` (internal/define-element.ts) as the custom element definition it is. */
function tagDefinition(ts, statement, path, context) {
  const call = ts.isExpressionStatement(statement) && statement.expression;
  if (!call || !ts.isCallExpression(call) || call.expression.getText() !== 'defineElement') return undefined;
  const [tag, klass] = call.arguments;
  if (!tag || !ts.isStringLiteral(tag) || !klass || !ts.isIdentifier(klass))
    throw new Error(`${path}: call defineElement('tag-name', ClassName), with a literal tag name`);
  return {
    kind: 'custom-element-definition',
    name: tag.text,
    declaration: {
      name: klass.text,
      module: declaringModule(ts, statement.getSourceFile(), path, context, klass.text),
    },
  };
}

/** `var(--x, fallback)` -> fallback, for every custom property in a stylesheet's text (fallbacks may nest parentheses). */
function fallbacks(cssText) {
  const found = new Map();
  for (const match of cssText.matchAll(/var\((--[\w-]+)\s*,/g)) {
    let depth = 1;
    let end = match.index + match[0].length;
    while (end < cssText.length && depth > 0) {
      if (cssText[end] === '(') depth++;
      else if (cssText[end] === ')') depth--;
      end++;
    }
    found.set(match[1], cssText.slice(match.index + match[0].length, end - 1).trim());
  }
  return found;
}

/** A JSDoc tag's text, whatever TypeScript made of it (a string, or parts with links). */
function tagText(tag) {
  const comment = tag.comment;
  return (typeof comment === 'string' ? comment : (comment ?? []).map((part) => part.text).join('')).trim();
}

function jsDocTags(node, name) {
  return (node.jsDoc ?? []).flatMap((doc) => doc.tags ?? []).filter((tag) => tag.tagName.text === name);
}

/** Whether a module emits JavaScript (else its names exist only in its `.d.ts`). */
function hasRuntimeCode(ts, sourceFile) {
  return sourceFile.statements.some(
    (s) =>
      !ts.isInterfaceDeclaration(s) &&
      !ts.isTypeAliasDeclaration(s) &&
      !(ts.isImportDeclaration(s) && s.importClause?.isTypeOnly) &&
      !(ts.isExportDeclaration(s) && s.isTypeOnly),
  );
}

/**
 * The package's public API: element modules, the modules that define the tags, the typed events,
 * and the entry modules (top-level files that only re-export or register). Everything else in src/
 * is implementation that the entry modules may re-export but integrators never import by path.
 */
function isPublicModule(mod) {
  const declarations = mod.declarations ?? [];
  return (
    // internal/lazy-view.ts's lazyViewElement makes a base class, no element.
    declarations.some((d) => d.customElement && !mod.path.startsWith('src/internal/')) ||
    (mod.exports ?? []).some((e) => e.kind === 'custom-element-definition') ||
    mod.path.startsWith('src/events/') ||
    (/^src\/[^/]+\.ts$/.test(mod.path) && declarations.length === 0)
  );
}

const isHidden = (member) =>
  member.privacy === 'private' || member.privacy === 'protected' || member.name.startsWith('#');

export function publicApiPlugin() {
  /** Event class -> its `detail` type and the module that declares that type. */
  const eventDetails = new Map();
  /** `module#variable` -> the custom properties a shared stylesheet documents (`@cssprop`). */
  const sharedCss = new Map();
  /** `module#variable` -> the fallback of every `var(--x, fallback)` in a stylesheet: the default of `--x`. */
  const sheetDefaults = new Map();
  /** `module#Class` -> the `module#variable` stylesheets in its `static styles`. */
  const classStyles = new Map();
  /** Type alias -> the values of the `as const` array it is derived from (`(typeof X)[number]`). */
  const closedSets = new Map();
  /** `module#Class.field` -> the closed set a space-separated attribute takes its words from (`@tokenList`). */
  const tokenLists = new Map();
  const typeOnlyModules = new Set();
  /** `module#Class` -> the sheets its view module adds (merged once every module is analyzed). */
  const pendingViewStyles = [];

  function analyzeClass(ts, node, path, context) {
    const className = node.name?.text;
    if (!className) return;
    const heritage = node.heritageClauses?.[0]?.types[0];
    if (heritage?.expression.getText() === 'CustomEvent' && heritage.typeArguments?.length === 1) {
      const detail = heritage.typeArguments[0].getText();
      eventDetails.set(className, { detail, module: declaringModule(ts, node.getSourceFile(), path, context, detail) });
    }
    for (const member of node.members) {
      const name = member.name?.getText();
      if (name === 'styles' && member.initializer && ts.isArrayLiteralExpression(member.initializer)) {
        const sheets = member.initializer.elements.filter(ts.isIdentifier).map((id) => {
          const imported = context.imports?.find((i) => i.name === id.text && !i.isBareModuleSpecifier);
          return `${imported ? resolveImport(path, imported.importPath) : path}#${id.text}`;
        });
        classStyles.set(`${path}#${className}`, sheets);
      }
      const [list] = jsDocTags(member, 'tokenList');
      if (list) tokenLists.set(`${path}#${className}.${name}`, tagText(list));
    }
  }

  /**
   * A view module's `slot.provide(Element, make, [sheet, …])` (internal/lazy-view.ts): the sheets are
   * the element's too, after those of its `static styles`.
   */
  function viewStyles(ts, statement, path, context) {
    const call = ts.isExpressionStatement(statement) ? statement.expression : undefined;
    if (!call || !ts.isCallExpression(call) || !/\.provide$/.test(call.expression.getText())) return;
    const [element, , sheets] = call.arguments;
    if (!element || !ts.isIdentifier(element) || !sheets || !ts.isArrayLiteralExpression(sheets)) return;
    const where = (name) => {
      const imported = context.imports?.find((i) => i.name === name && !i.isBareModuleSpecifier);
      return imported ? resolveImport(path, imported.importPath) : path;
    };
    const key = `${where(element.text)}#${element.text}`;
    const added = sheets.elements.filter(ts.isIdentifier).map((id) => `${where(id.text)}#${id.text}`);
    pendingViewStyles.push([key, added]);
  }

  function analyzeVariable(ts, statement, path) {
    const props = jsDocTags(statement, 'cssprop');
    const closedArrays = new Map();
    for (const decl of statement.declarationList.declarations) {
      let init = decl.initializer;
      if (init && ts.isTaggedTemplateExpression(init) && init.tag.getText() === 'css') {
        const sheet = `${path}#${decl.name.getText()}`;
        sheetDefaults.set(sheet, fallbacks(init.template.getText()));
        sharedCss.set(
          sheet,
          props.map((tag) => {
            const [, name, description] = /^(--[\w-]+)\s+-\s+([\s\S]*)$/.exec(tagText(tag)) ?? [];
            if (!name) throw new Error(`${path}: write @cssprop as \`--name - description\`, not "${tagText(tag)}"`);
            return { description, name };
          }),
        );
      }
      if (init && ts.isAsExpression(init) && init.type.getText() === 'const') init = init.expression;
      if (init && ts.isArrayLiteralExpression(init) && init.elements.every(ts.isStringLiteral))
        closedArrays.set(
          decl.name.getText(),
          init.elements.map((e) => e.text),
        );
    }
    return closedArrays;
  }

  return {
    name: 'cert-elements: public API',
    analyzePhase({ ts, node, moduleDoc, context }) {
      if (node.kind !== ts.SyntaxKind.SourceFile) return;
      const path = moduleDoc.path;
      if (!hasRuntimeCode(ts, node)) typeOnlyModules.add(path);
      const arrays = new Map();
      for (const statement of node.statements) {
        if (ts.isClassDeclaration(statement)) analyzeClass(ts, statement, path, context);
        viewStyles(ts, statement, path, context);
        const definition = tagDefinition(ts, statement, path, context);
        if (definition) moduleDoc.exports = [...(moduleDoc.exports ?? []), definition];
        if (ts.isVariableStatement(statement))
          for (const [name, values] of analyzeVariable(ts, statement, path)) arrays.set(name, values);
      }
      for (const statement of node.statements) {
        // `type Mode = (typeof MODES)[number]`
        const match =
          ts.isTypeAliasDeclaration(statement) && /^\(typeof (\w+)\)\[number\]$/.exec(statement.type.getText());
        if (match && arrays.has(match[1])) closedSets.set(statement.name.text, arrays.get(match[1]));
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const [key, added] of pendingViewStyles) classStyles.set(key, [...(classStyles.get(key) ?? []), ...added]);
      const elements = new Set(
        customElementsManifest.modules
          .flatMap((m) => m.declarations ?? [])
          .filter((d) => d.customElement)
          .map((d) => d.name),
      );
      for (const mod of customElementsManifest.modules) {
        // `customElements.define(tag, element)` inside defineElement() itself is no definition of a tag.
        mod.exports = (mod.exports ?? []).filter(
          (e) => e.kind !== 'custom-element-definition' || elements.has(e.declaration.name),
        );
        for (const { declaration } of mod.exports) {
          // Re-exports: the analyzer keeps the relative specifier, as `module` or (for `export *`) as `package`.
          const relative = [declaration.module, declaration.package].find((p) => p?.startsWith('.'));
          if (!relative) continue;
          declaration.module = resolveImport(mod.path, relative);
          delete declaration.package;
        }
      }
      const modules = customElementsManifest.modules.filter(isPublicModule);
      for (const mod of modules) {
        const exported = new Set((mod.exports ?? []).map((e) => e.declaration?.name));
        mod.declarations = (mod.declarations ?? []).filter((d) => exported.has(d.name));
        for (const klass of mod.declarations.filter((d) => d.customElement)) publicElement(mod, klass);
      }
      customElementsManifest.modules = modules.map(toPackagePaths);
    },
  };

  function publicElement(mod, klass) {
    const where = `${mod.path}#${klass.name}`;
    klass.members = (klass.members ?? []).filter((m) => !isHidden(m));
    const fields = new Set(klass.members.map((m) => m.name));
    klass.attributes = (klass.attributes ?? []).filter((a) => !a.fieldName || fields.has(a.fieldName));
    for (const item of [...klass.members, ...klass.attributes]) {
      const values = closedSets.get(item.type?.text);
      if (values) item.type = { text: values.map((v) => `'${v}'`).join(' | ') };
      const list = tokenLists.get(`${where}.${item.fieldName ?? item.name}`);
      if (list && !closedSets.has(list))
        throw new Error(`${where}: @tokenList ${list} is no \`(typeof X)[number]\` type`);
      if (list) item.tokenList = closedSets.get(list);
    }
    for (const event of klass.events ?? []) {
      const detail = eventDetails.get(event.type?.text);
      if (!detail?.module)
        throw new Error(`${where}: event ${event.name} needs its class: \`@fires {SomeEvent} ${event.name} - ...\``);
      const text = `CustomEvent<${detail.detail}>`;
      const start = text.indexOf(detail.detail);
      event.type = {
        text,
        references: [
          {
            name: detail.detail,
            module: packagePath(detail.module, 'types'),
            start,
            end: start + detail.detail.length,
          },
        ],
      };
    }
    // The element's own @cssprop lines first, then the shared tokens it does not describe itself.
    const sheets = classStyles.get(where) ?? [];
    const props = klass.cssProperties ?? [];
    for (const token of sheets.flatMap((sheet) => sharedCss.get(sheet) ?? []))
      if (!props.some((p) => p.name === token.name)) props.push({ ...token });
    for (const prop of props)
      prop.default ??= sheets.map((sheet) => sheetDefaults.get(sheet)?.get(prop.name)).find((d) => d !== undefined);
    if (props.length > 0) klass.cssProperties = props;
  }

  /** Module paths and references point at what the package ships: JavaScript, or types for type-only modules. */
  function toPackagePaths(mod) {
    return JSON.parse(JSON.stringify(mod), function (key, value) {
      if (typeof value !== 'string') return value;
      if (key === 'path') return packagePath(value);
      if (key === 'module' && /^\/?src\//.test(value)) {
        const source = value.replace(/^\//, '').replace(/\.js$/, '.ts');
        return packagePath(source, typeOnlyModules.has(source) ? 'types' : 'lib');
      }
      return value;
    });
  }
}
