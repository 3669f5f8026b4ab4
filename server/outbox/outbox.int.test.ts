import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outbox } from "@/db/schema";
import type { SmsProvider } from "@/server/auth/sms";
import { createTestApp, type TestApp } from "@/test/app";
import { testDatabases } from "@/test/databases";
import { registerHandler } from "./handlers";
import { enqueue } from "./outbox";
import { deliverDue, deliverNow } from "./worker";

/** An SMS gateway that refuses the first `failures` messages. */
class FlakyGateway implements SmsProvider {
  readonly sent: string[] = [];
  constructor(private failures: number) {}
  async send(to: string, text: string) {
    if (this.failures > 0) {
      this.failures--;
      throw new Error("gateway unavailable");
    }
    this.sent.push(`${to}: ${text}`);
  }
}

describe.each(testDatabases())("the outbox on $name", (target) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp(target);
  });
  afterAll(async () => {
    await app?.close();
  });
  const row = async (key: string) => (await app.handle.db.select().from(outbox).where(eq(outbox.key, key)))[0]!;
  const due = async (key: string) => app.handle.db.update(outbox).set({ runAt: new Date(Date.now() - 1000) }).where(eq(outbox.key, key));

  it("is written with the transaction that causes it: a rolled-back change leaves no side effect", async () => {
    await app.handle.db
      .transaction(async (tx) => {
        await enqueue(tx, { kind: "sms", key: "rolled-back", payload: { to: "+989150000001", text: "never" } });
        throw new Error("the change fails");
      })
      .catch(() => undefined);
    expect(await app.handle.db.$count(outbox, eq(outbox.key, "rolled-back"))).toBe(0);
  });

  it("the same key enqueued twice is one job, delivered once", async () => {
    const gateway = new FlakyGateway(0);
    for (let i = 0; i < 2; i++) await enqueue(app.handle.db, { kind: "sms", key: "once", payload: { to: "+989150000002", text: "hello" } });
    await deliverNow({ db: app.handle.db, sms: gateway, stripe: null }, "once");
    await deliverNow({ db: app.handle.db, sms: gateway, stripe: null }, "once");
    expect(gateway.sent).toHaveLength(1);
    expect((await row("once")).status).toBe("done");
  });

  it("a failure is retried with growing backoff, visible with its error meanwhile, until it goes through", async () => {
    const gateway = new FlakyGateway(2);
    const services = { db: app.handle.db, sms: gateway, stripe: null };
    await enqueue(app.handle.db, { kind: "sms", key: "flaky", payload: { to: "+989150000003", text: "retry me" } });
    await deliverNow(services, "flaky");
    const first = await row("flaky");
    expect(first).toMatchObject({ status: "pending", attempts: 1, lastError: "gateway unavailable" });
    expect(first.runAt.getTime()).toBeGreaterThan(Date.now());
    await due("flaky");
    await deliverDue(services);
    const second = await row("flaky");
    expect(second.attempts).toBe(2);
    expect(second.runAt.getTime() - Date.now()).toBeGreaterThan(first.runAt.getTime() - first.createdAt.getTime() - 1000);
    await due("flaky");
    await deliverDue(services);
    expect(await row("flaky")).toMatchObject({ status: "done", attempts: 3 });
    expect(gateway.sent).toEqual(["+989150000003: retry me"]);
  });

  it("gives up after the kind's tries and keeps the job, dead, for admins; a sign-in code is not kept once sent", async () => {
    const services = { db: app.handle.db, sms: new FlakyGateway(10), stripe: null };
    await enqueue(app.handle.db, { kind: "sms.code", key: "code-dead", payload: { to: "+989150000004", text: "123456" } });
    for (let i = 0; i < 3; i++) {
      await due("code-dead");
      await deliverDue(services);
    }
    expect((await row("code-dead")).status).toBe("dead");
    await enqueue(app.handle.db, { kind: "sms.code", key: "code-sent", payload: { to: "+989150000004", text: "654321" } });
    await deliverNow({ ...services, sms: new FlakyGateway(0) }, "code-sent");
    expect(await row("code-sent")).toMatchObject({ status: "done", payload: {} });
  });

  it("workers of several instances claiming at once deliver every job exactly once", async () => {
    const delivered: string[] = [];
    registerHandler("test.count", { maxAttempts: 3, run: async (_services, payload) => void delivered.push(String(payload.n)) });
    for (let n = 0; n < 60; n++) await enqueue(app.handle.db, { kind: "test.count", key: `count-${n}`, payload: { n } });
    const services = { db: app.handle.db, sms: new FlakyGateway(0), stripe: null };
    await Promise.all(Array.from({ length: 4 }, async () => {
      while ((await deliverDue(services, 5)) > 0) {
        // each worker drains until nothing is due
      }
    }));
    expect(delivered.sort()).toEqual(Array.from({ length: 60 }, (_, n) => String(n)).sort());
  });
});
