import { describe, expect, it } from "vitest";
import { parseForm } from "./form";

describe("parseForm (Stripe's bracket notation)", () => {
  it("nests objects and arrays", () => {
    const body = new URLSearchParams({
      mode: "payment",
      "line_items[0][price_data][currency]": "eur",
      "line_items[0][price_data][unit_amount]": "450",
      "line_items[0][quantity]": "2",
      "line_items[1][quantity]": "1",
      "metadata[order_id]": "42",
      "payment_method_types[0]": "card",
      "payment_method_types[1]": "alipay",
    }).toString();
    expect(parseForm(body)).toEqual({
      mode: "payment",
      line_items: [{ price_data: { currency: "eur", unit_amount: "450" }, quantity: "2" }, { quantity: "1" }],
      metadata: { order_id: "42" },
      payment_method_types: ["card", "alipay"],
    });
  });

  it("keeps numeric metadata keys as keys, appends [] and ignores prototype keys", () => {
    expect(parseForm("metadata[0]=a&expand[]=x&expand[]=y&__proto__[polluted]=1&a[constructor][b]=2")).toEqual({
      metadata: { "0": "a" },
      expand: ["x", "y"],
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("decodes percent-encoding in keys and values", () => {
    expect(parseForm("success_url=http%3A%2F%2Fx%2Fdone%3Fs%3D%7BCHECKOUT_SESSION_ID%7D&metadata%5Bnote%5D=a%20b")).toEqual({
      success_url: "http://x/done?s={CHECKOUT_SESSION_ID}",
      metadata: { note: "a b" },
    });
  });
});
