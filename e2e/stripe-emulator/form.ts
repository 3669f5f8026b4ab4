// Stripe's request encoding: application/x-www-form-urlencoded with bracket notation.

type Tree = { [key: string]: Tree | string };

const UNSAFE = new Set(["__proto__", "prototype", "constructor"]);

/** Splits `line_items[0][price_data][currency]` into its path; undefined when the key is malformed. */
function keyPath(key: string): string[] | undefined {
  const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(key);
  if (!match?.[1]) return undefined;
  const rest = [...(match[2] ?? "").matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1] ?? "");
  return [match[1], ...rest];
}

/** Turns objects keyed 0, 1, 2… into arrays, except the root and `metadata`, whose keys are the caller's own. */
function arrays(node: Tree | string, key: string): unknown {
  if (typeof node === "string") return node;
  const entries = Object.entries(node).map(([k, v]) => [k, arrays(v, k)] as const);
  const numeric = entries.length > 0 && entries.every(([k]) => /^\d+$/.test(k));
  if (numeric && key !== "" && key !== "metadata") return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, v]) => v);
  return Object.fromEntries(entries);
}

/** Parses a Stripe form body: `metadata[order_id]=7&payment_method_types[0]=card` → `{ metadata: { order_id: "7" }, payment_method_types: ["card"] }`. Values stay strings. */
export function parseForm(body: string): Record<string, unknown> {
  const root: Tree = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const path = keyPath(key);
    if (!path || path.some((segment) => UNSAFE.has(segment))) continue;
    let node = root;
    path.forEach((segment, i) => {
      // `a[]=x&a[]=y` appends, as qs does
      const name = segment === "" ? String(Object.keys(node).length) : segment;
      if (i === path.length - 1) {
        node[name] = value;
        return;
      }
      const next = node[name];
      if (typeof next === "object") node = next;
      else node = node[name] = {};
    });
  }
  return arrays(root, "") as Record<string, unknown>;
}
