import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquirePgliteLock, PgliteLockedError } from "./pglite-lock";

const dirs: string[] = [];
function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vp-lock-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("acquirePgliteLock", () => {
  it("refuses a directory another live process holds, with a message that says what to do", () => {
    const dir = tempDir();
    // the parent of this test process is alive for as long as the test runs
    fs.writeFileSync(path.join(dir, "pglite.lock"), String(process.ppid));
    expect(() => acquirePgliteLock(dir)).toThrow(PgliteLockedError);
    expect(() => acquirePgliteLock(dir)).toThrow(/stop that process first, or set DATABASE_URL/);
  });

  it("takes over a lock whose process is gone, and releases it", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "pglite.lock"), "999999999");
    const release = acquirePgliteLock(dir);
    expect(fs.readFileSync(path.join(dir, "pglite.lock"), "utf8")).toBe(String(process.pid));
    release();
    expect(fs.existsSync(path.join(dir, "pglite.lock"))).toBe(false);
  });
});
