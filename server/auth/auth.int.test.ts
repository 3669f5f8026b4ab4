import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "@/test/app";
import { testDatabases } from "@/test/databases";
import { POLICIES } from "../security/limits";

async function failure(promise: Promise<unknown>): Promise<TRPCError> {
  const outcome = await promise.then(
    () => null,
    (error: unknown) => error,
  );
  expect(outcome).toBeInstanceOf(TRPCError);
  return outcome as TRPCError;
}

let serial = 0;
/** A fresh Iranian mobile number. */
function phone(): string {
  serial += 1;
  return `+98913${String(process.pid % 1000).padStart(3, "0")}${String(serial).padStart(4, "0")}`;
}

describe.each(testDatabases())("sign-in limits on $name", (target) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp(target);
  });
  afterAll(async () => {
    await app?.close();
  });

  it("ten villagers sign in one after another at one post-office counter: all succeed", async () => {
    const counter = "10.50.0.1";
    for (let i = 0; i < 10; i++) {
      const person = phone();
      await (await app.caller({ ip: counter })).api.auth.requestCode({ phone: person });
      const verify = await app.caller({ ip: counter });
      await verify.api.auth.verifyCode({ phone: person, code: app.sms.lastCode(person)! });
      expect(verify.resHeaders.getSetCookie().join(";")).toMatch(/session_token/);
    }
  });

  it("one phone gets at most five codes in 15 minutes, from however many addresses", async () => {
    const target = phone();
    for (let i = 0; i < POLICIES.codeToPhone.points; i++) await (await app.caller({ ip: `10.51.0.${i + 1}` })).api.auth.requestCode({ phone: target });
    const refused = await failure((await app.caller({ ip: "10.51.1.1" })).api.auth.requestCode({ phone: target }));
    expect(refused.code).toBe("TOO_MANY_REQUESTS");
    expect(app.sms.sent.filter((m) => m.to === target)).toHaveLength(POLICIES.codeToPhone.points);
  });

  it("twenty requests racing for one phone send exactly five codes (no count-then-insert race)", async () => {
    const target = phone();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, async (_, i) => (await app.caller({ ip: `10.52.0.${i + 1}` })).api.auth.requestCode({ phone: target })),
    );
    const refusals = outcomes.flatMap((o) => (o.status === "rejected" ? [(o.reason as TRPCError).code ?? String(o.reason)] : []));
    expect(refusals.filter((code) => code !== "TOO_MANY_REQUESTS"), String(refusals)).toEqual([]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(POLICIES.codeToPhone.points);
    expect(app.sms.sent.filter((m) => m.to === target)).toHaveLength(POLICIES.codeToPhone.points);
  });

  it("guessing one phone's code is refused after five tries, whichever addresses guess", async () => {
    const target = phone();
    await (await app.caller({ ip: "10.53.0.1" })).api.auth.requestCode({ phone: target });
    const answers: string[] = [];
    for (let i = 0; i < 10; i++) {
      const outcome = await (await app.caller({ ip: `10.53.1.${i + 1}` })).api.auth.verifyCode({ phone: target, code: String(100000 + i) }).then(
        () => "OK",
        (error: TRPCError) => error.code,
      );
      answers.push(outcome);
    }
    expect(answers.slice(0, POLICIES.verifyPhone.points).every((a) => a === "BAD_REQUEST")).toBe(true);
    expect(answers.slice(POLICIES.verifyPhone.points).every((a) => a === "TOO_MANY_REQUESTS")).toBe(true);
  });

  it("one address spraying many phones is held back, and another address is not", async () => {
    const sprayer = "10.54.0.1";
    const limit = POLICIES.codeFromClient.points;
    for (let i = 0; i < limit; i++) await (await app.caller({ ip: sprayer })).api.auth.requestCode({ phone: phone() });
    expect((await failure((await app.caller({ ip: sprayer })).api.auth.requestCode({ phone: phone() }))).code).toBe("TOO_MANY_REQUESTS");
    await (await app.caller({ ip: "10.54.0.2" })).api.auth.requestCode({ phone: phone() });
  });

  it("the auth library's other ways in (passwords, resets, email) are refused, by server call and over HTTP", async () => {
    const target = phone();
    const api = app.auth.api as unknown as Record<string, (args: unknown) => Promise<unknown>>;
    const calls: [string, unknown][] = [
      ["signInEmail", { body: { email: "a@b.example", password: "0123456789" } }],
      ["signUpEmail", { body: { email: "a@b.example", password: "0123456789", name: "x" } }],
      ["requestPasswordResetPhoneNumber", { body: { phoneNumber: target } }],
      ["resetPasswordPhoneNumber", { body: { phoneNumber: target, otp: "123456", newPassword: "0123456789" } }],
      ["signInPhoneNumber", { body: { phoneNumber: target, password: "0123456789" } }],
    ];
    for (const [name, args] of calls) {
      const call = api[name];
      if (!call) continue;
      await expect(call(args), name).rejects.toMatchObject({ statusCode: expect.any(Number) });
    }
    for (const path of ["/sign-in/email", "/sign-up/email", "/phone-number/request-password-reset", "/phone-number/reset-password", "/sign-in/phone-number"]) {
      const response = await app.auth.handler(
        new Request(`http://localhost:3000/api/auth${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ phoneNumber: target, email: "a@b.example", password: "0123456789" }) }),
      );
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(response.status, path).toBeLessThan(500);
    }
    expect(app.sms.sent.filter((m) => m.to === target)).toHaveLength(0);
  });
});
