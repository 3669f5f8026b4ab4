import { describe, expect, it } from "vitest";
import { parseReadableNumber, readableNumber } from "./readable-number";

describe("readable numbers", () => {
  it("are PREFIX-XXXX-XXXX without the letters and digits people confuse", () => {
    for (let i = 0; i < 200; i++) expect(readableNumber("MF")).toMatch(/^MF-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
  });
  it("are read back as typed or scanned, and only with their own prefix", () => {
    expect(parseReadableNumber("MF", " mf-7k3q-9xd2 ")).toBe("MF-7K3Q-9XD2");
    expect(parseReadableNumber("VP", "MF-7K3Q-9XD2")).toBeNull();
    expect(parseReadableNumber("MF", "MF-7K3Q-9XD0")).toBeNull(); // 0 is never used
    expect(parseReadableNumber("MF", "MF-7K3Q")).toBeNull();
  });
});
