import { describe, expect, it } from "vitest";
import { serverEnvProblem } from "./env";

describe("what a server needs beyond a valid environment", () => {
  it("refuses a database server without a chosen SMS provider, and only then", () => {
    expect(serverEnvProblem({ DATABASE_URL: "postgres://db/villagepost", smsProviderChosen: false })).toMatch(/SMS_PROVIDER: required with DATABASE_URL/);
    expect(serverEnvProblem({ DATABASE_URL: "postgres://db/villagepost", smsProviderChosen: true })).toBeNull();
    expect(serverEnvProblem({ DATABASE_URL: undefined, smsProviderChosen: false })).toBeNull();
  });
});
