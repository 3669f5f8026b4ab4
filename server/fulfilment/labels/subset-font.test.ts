import { describe, expect, it } from "vitest";
import { glyphCode } from "./subset-font";

/** A PDF literal string read back as a reader does: escapes undone. */
function readLiteral(body: string): number[] {
  const bytes: number[] = [];
  for (let i = 0; i < body.length; i++) {
    let c = body[i]!;
    if (c === "\\") {
      c = body[++i]!;
      bytes.push(c === "n" ? 0x0a : c === "r" ? 0x0d : c.charCodeAt(0));
    } else {
      // an unescaped line end would be read as a newline whatever it was
      expect([0x0a, 0x0d, 0x28, 0x29]).not.toContain(c.charCodeAt(0));
      bytes.push(c.charCodeAt(0));
    }
  }
  return bytes;
}

describe("glyph codes in literal strings", () => {
  it("read back as the two bytes of every glyph id, delimiters, backslash and line ends escaped", () => {
    for (let id = 0; id < 65536; id += id < 1024 ? 1 : 257) {
      expect(readLiteral(glyphCode(id)), `glyph ${id}`).toEqual([id >> 8, id & 0xff]);
    }
  });
});
