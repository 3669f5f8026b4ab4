import { describe, expect, it } from "vitest";
import { amzDate, canonicalRequest, EMPTY_SHA256, sha256Hex, signRequest, uriEncode } from "./sigv4";

// The worked examples in AWS's "Signature Version 4 — authenticating requests (AWS S3)" docs.
const AWS_EXAMPLE = {
  accessKeyId: "AKIAIOSFODNN7EXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  region: "us-east-1",
};
const HOST = "examplebucket.s3.amazonaws.com";
const DATE = new Date("2013-05-24T00:00:00Z");
const CREDENTIAL = "AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request";

describe("SigV4 against AWS's published S3 examples", () => {
  it("GET object with a Range header", () => {
    const req = { method: "GET", host: HOST, path: "/test.txt", headers: { Range: "bytes=0-9" }, payloadHash: EMPTY_SHA256 };
    const { canonical } = canonicalRequest(req, DATE);
    expect(canonical).toBe(
      [
        "GET",
        "/test.txt",
        "",
        "host:examplebucket.s3.amazonaws.com",
        "range:bytes=0-9",
        `x-amz-content-sha256:${EMPTY_SHA256}`,
        "x-amz-date:20130524T000000Z",
        "",
        "host;range;x-amz-content-sha256;x-amz-date",
        EMPTY_SHA256,
      ].join("\n"),
    );
    expect(sha256Hex(canonical)).toBe("7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972");
    expect(signRequest(req, AWS_EXAMPLE, DATE)).toEqual({
      Range: "bytes=0-9",
      "x-amz-date": "20130524T000000Z",
      "x-amz-content-sha256": EMPTY_SHA256,
      authorization:
        `AWS4-HMAC-SHA256 Credential=${CREDENTIAL},SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,` +
        "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41",
    });
  });

  it("PUT object with a body and a key that needs encoding", () => {
    const payloadHash = sha256Hex("Welcome to Amazon S3.");
    expect(payloadHash).toBe("44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072");
    const req = {
      method: "PUT",
      host: HOST,
      path: "/test$file.text",
      headers: { Date: "Fri, 24 May 2013 00:00:00 GMT", "x-amz-storage-class": "REDUCED_REDUNDANCY" },
      payloadHash,
    };
    const { canonical, signedHeaders } = canonicalRequest(req, DATE);
    expect(canonical.split("\n")[1]).toBe("/test%24file.text");
    expect(signedHeaders).toBe("date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class");
    expect(sha256Hex(canonical)).toBe("9e0e90d9c76de8fa5b200d8c849cd5b8dc7a3be3951ddb7f6a76b4158342019d");
    expect(signRequest(req, AWS_EXAMPLE, DATE).authorization).toMatch(
      /,Signature=98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd$/,
    );
  });

  it("GET bucket with sorted query parameters", () => {
    const req = { method: "GET", host: HOST, path: "/", query: { prefix: "J", "max-keys": "2" }, payloadHash: EMPTY_SHA256 };
    expect(canonicalRequest(req, DATE).canonical.split("\n")[2]).toBe("max-keys=2&prefix=J");
    expect(signRequest(req, AWS_EXAMPLE, DATE).authorization).toMatch(
      /,Signature=34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7$/,
    );
  });
});

describe("SigV4 helpers", () => {
  it("encodes like S3: RFC 3986 unreserved only, slashes kept in paths", () => {
    expect(uriEncode("/a b/ü!*'().txt~", true)).toBe("/a%20b/%C3%BC%21%2A%27%28%29.txt~");
    expect(uriEncode("a/b=c")).toBe("a%2Fb%3Dc");
  });

  it("formats the signing timestamp without separators or milliseconds", () => {
    expect(amzDate(new Date("2026-03-04T05:06:07.890Z"))).toBe("20260304T050607Z");
  });
});
