import path from "node:path";

/**
 * A file that starts with "use server" is a door anyone can knock on with any body: everything it
 * exports must go through mutation() in lib/action.ts (zod, user, policy and territory,
 * transaction, audit, after-commit effects). It may export the value of `mutation({...})`, or an
 * async function that calls mutation(...) or such a value; types are erased and allowed.
 * Justified exceptions are listed by file and name in the rule's options.
 */
const serverActionsAreMutations = {
  meta: {
    type: "problem",
    docs: { description: 'Exports of a "use server" file are async functions that go through mutation()' },
    schema: [
      {
        type: "object",
        properties: { exceptions: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } } },
        additionalProperties: false,
      },
    ],
    messages: {
      notMutation: 'The server action "{{name}}" does not go through mutation() (lib/action.ts).',
      notAsync: 'The export "{{name}}" of a "use server" file is not an async function.',
    },
  },
  create(context) {
    const source = context.sourceCode;
    const program = source.ast;
    const first = program.body[0];
    if (!(first && first.type === "ExpressionStatement" && first.directive === "use server")) return {};

    const relative = path.relative(context.cwd, context.filename).split(path.sep).join("/");
    const allowed = new Set(context.options[0]?.exceptions?.[relative] ?? []);

    const isMutationCall = (node, bound) =>
      node?.type === "CallExpression" && node.callee.type === "Identifier" && (node.callee.name === "mutation" || bound.has(node.callee.name));

    // module-level names bound to mutation({...}), or functions that build one (a factory such as
    // setActive(true)), so an export may be their value or an exported function may call them
    const bound = new Set();
    const locals = new Map();
    for (const statement of program.body) {
      const declaration = statement.type === "ExportNamedDeclaration" ? statement.declaration : statement;
      if (declaration?.type === "VariableDeclaration") {
        for (const d of declaration.declarations) {
          if (d.id.type !== "Identifier") continue;
          locals.set(d.id.name, d.init);
          if (isMutationCall(d.init, new Set())) bound.add(d.id.name);
        }
      } else if (declaration?.type === "FunctionDeclaration" && declaration.id) {
        locals.set(declaration.id.name, declaration);
      }
    }

    /** Whether a function's body calls mutation(...) or a name bound to it, anywhere inside. */
    function callsMutation(fn) {
      let found = false;
      const visit = (node) => {
        if (found || !node || typeof node.type !== "string") return;
        if (isMutationCall(node, bound)) {
          found = true;
          return;
        }
        for (const key of source.visitorKeys[node.type] ?? []) {
          const child = node[key];
          if (Array.isArray(child)) child.forEach(visit);
          else visit(child);
        }
      };
      visit(fn.body);
      return found;
    }

    for (const [name, value] of locals) {
      if (value?.type === "FunctionDeclaration" && !value.async && callsMutation(value)) bound.add(name);
    }

    function check(name, value, reportAt) {
      if (allowed.has(name)) return;
      if (isMutationCall(value, bound)) return;
      const fn = value && ["FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression"].includes(value.type) ? value : null;
      if (!fn || !fn.async) {
        context.report({ node: reportAt, messageId: "notAsync", data: { name } });
        return;
      }
      if (!callsMutation(fn)) context.report({ node: reportAt, messageId: "notMutation", data: { name } });
    }

    return {
      ExportNamedDeclaration(node) {
        if (node.exportKind === "type") return;
        const d = node.declaration;
        if (d) {
          if (d.type === "TSTypeAliasDeclaration" || d.type === "TSInterfaceDeclaration" || d.declare) return;
          if (d.type === "FunctionDeclaration") check(d.id.name, d, d.id);
          else if (d.type === "VariableDeclaration") for (const v of d.declarations) check(v.id.name ?? "?", v.init, v.id);
          else context.report({ node: d, messageId: "notAsync", data: { name: d.id?.name ?? "?" } });
          return;
        }
        for (const s of node.specifiers) {
          if (s.exportKind === "type") continue;
          const local = s.local.name;
          check(s.exported.name ?? local, locals.get(local), s);
        }
      },
      ExportDefaultDeclaration(node) {
        const d = node.declaration;
        check("default", d.type === "Identifier" ? locals.get(d.name) : d, node);
      },
      ExportAllDeclaration(node) {
        context.report({ node, messageId: "notAsync", data: { name: "*" } });
      },
    };
  },
};

export default serverActionsAreMutations;
