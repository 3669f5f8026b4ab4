import { expect, test } from "@playwright/test";
import { call, mutate, smsLog } from "./net";

const base = () => process.env.E2E_BASE_URL!;
let serial = 0;
/** A fresh Iranian number per call. */
function phone(): string {
  serial += 1;
  return `+98917${String(process.pid % 1000).padStart(3, "0")}${String(serial).padStart(4, "0")}`;
}
const codeOf = (to: string) => smsLog().filter((m) => m.to === to).at(-1)?.text.match(/\d{6}/)?.[0];

test.describe("sign-in cannot be forced or blocked", () => {
  test("codes to one phone stop at five and guesses at five, from any number of addresses", async () => {
    const target = phone();
    const sends: number[] = [];
    for (let i = 0; i < 10; i++) sends.push((await mutate(base(), "auth.requestCode", { phone: target }, { from: `127.0.1.${i + 1}` })).status);
    expect(sends.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(sends.slice(5).every((s) => s === 429)).toBe(true);
    expect(smsLog().filter((m) => m.to === target)).toHaveLength(5);

    const guesses: number[] = [];
    for (let i = 0; i < 10; i++) guesses.push((await mutate(base(), "auth.verifyCode", { phone: target, code: String(200000 + i) }, { from: `127.0.2.${i + 1}` })).status);
    expect(guesses.indexOf(429)).toBeGreaterThan(-1);
    expect(guesses.indexOf(429)).toBeLessThanOrEqual(5);
    expect(guesses.slice(guesses.indexOf(429)).every((s) => s === 429)).toBe(true);
    // even the right code is refused while the phone is locked
    expect((await mutate(base(), "auth.verifyCode", { phone: target, code: codeOf(target) }, { from: "127.0.2.200" })).status).toBe(429);
  });

  test("the auth library's own routes are closed: no password, reset or code route answers, and no SMS leaves", async () => {
    const target = phone();
    const paths = [
      "/api/auth/sign-in/email",
      "/api/auth/sign-up/email",
      "/api/auth/phone-number/request-password-reset",
      "/api/auth/phone-number/reset-password",
      "/api/auth/phone-number/send-otp",
      "/api/auth/phone-number/verify",
      "/api/auth/sign-in/phone-number",
      "/api/auth/forget-password",
      "/api/auth/reset-password",
      "/api/auth/update-user",
    ];
    for (const path of paths) {
      for (let i = 0; i < 10; i++) {
        const answer = await call(base(), path, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ phoneNumber: target, otp: String(100000 + i), code: String(100000 + i), newPassword: "0123456789ab", email: "x@y.example", password: "0123456789ab" }),
        });
        expect(answer.status, path).toBe(404);
      }
    }
    expect(smsLog().filter((m) => m.to === target)).toHaveLength(0);
    // what the product does use still works
    expect((await call(base(), "/api/auth/get-session")).status).toBe(200);
  });

  test("batches carry no sign-in call and at most ten calls", async () => {
    const target = phone();
    expect((await mutate(base(), "auth.requestCode", { phone: target }, { batch: 50, from: "127.0.3.1" })).status).toBe(400);
    expect((await mutate(base(), "auth.verifyCode", { phone: target, code: "123456" }, { batch: 200, from: "127.0.3.1" })).status).toBe(400);
    expect((await mutate(base(), "auth.requestCode", { phone: target }, { batch: 2, from: "127.0.3.1" })).status).toBe(400);
    expect(smsLog().filter((m) => m.to === target)).toHaveLength(0);
    const input = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [String(i), { json: { locale: "en" } }]));
    const queries = (n: number) => `/api/trpc/${Array(n).fill("catalog.categories").join(",")}?batch=1&input=${encodeURIComponent(JSON.stringify(input(n)))}`;
    expect((await call(base(), queries(3))).status).toBe(200);
    expect((await call(base(), queries(11))).status).toBe(400);
  });

  test("ten villagers sign in from one post-office counter, and one noisy address does not lock out the next", async () => {
    const counter = "127.0.4.1";
    for (let i = 0; i < 10; i++) {
      const person = phone();
      expect((await mutate(base(), "auth.requestCode", { phone: person }, { from: counter })).status).toBe(200);
      const answer = await mutate(base(), "auth.verifyCode", { phone: person, code: codeOf(person) }, { from: counter });
      expect(answer.status).toBe(200);
      expect(String(answer.headers["set-cookie"])).toMatch(/session_token/);
    }
    // a sprayer hits its own limit; an invented X-Forwarded-For does not make it someone else
    const sprayer = "127.0.4.2";
    let refused = 0;
    for (let i = 0; i < 70 && refused === 0; i++) {
      const answer = await mutate(base(), "auth.requestCode", { phone: phone() }, { from: sprayer, headers: { "x-forwarded-for": `203.0.113.${i}` } });
      if (answer.status === 429) refused = i;
    }
    expect(refused).toBeGreaterThan(10);
    expect((await mutate(base(), "auth.requestCode", { phone: phone() }, { from: sprayer, headers: { "x-forwarded-for": "198.51.100.7" } })).status).toBe(429);
    expect((await mutate(base(), "auth.requestCode", { phone: phone() }, { from: "127.0.4.3" })).status).toBe(200);
  });
});
