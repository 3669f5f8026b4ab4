import fs from "node:fs";
import path from "node:path";

export interface SmsMessage {
  to: string;
  text: string;
  at: string;
}

/** Where text messages go: sign-in codes, order and parcel notices. */
export interface SmsProvider {
  send(to: string, text: string): Promise<void>;
}

/**
 * Development and tests: appends each message as a JSON line to a file (or
 * prints it). Tests read codes from here — the same path real messages take,
 * with no backdoor in the code.
 */
export class LogSmsProvider implements SmsProvider {
  constructor(private readonly file?: string) {}

  async send(to: string, text: string): Promise<void> {
    const message: SmsMessage = { to, text, at: new Date().toISOString() };
    if (!this.file) {
      console.info(`SMS to ${to}: ${text}`);
      return;
    }
    await fs.promises.mkdir(path.dirname(this.file), { recursive: true });
    await fs.promises.appendFile(this.file, `${JSON.stringify(message)}\n`);
  }
}

/** Keeps messages in memory: for integration tests that run in one process. */
export class MemorySmsProvider implements SmsProvider {
  readonly sent: SmsMessage[] = [];

  async send(to: string, text: string): Promise<void> {
    this.sent.push({ to, text, at: new Date().toISOString() });
  }

  /** The last six-digit code sent to a number. */
  lastCode(to: string): string | undefined {
    const message = this.sent.findLast((m) => m.to === to);
    return message?.text.match(/\d{6}/)?.[0];
  }
}

/** Production: POSTs { to, text } as JSON to the gateway, with a bearer token when configured. */
export class HttpSmsProvider implements SmsProvider {
  constructor(
    private readonly url: string,
    private readonly token?: string,
  ) {}

  async send(to: string, text: string): Promise<void> {
    const response = await fetch(this.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: JSON.stringify({ to, text }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`SMS gateway answered ${response.status}`);
  }
}
