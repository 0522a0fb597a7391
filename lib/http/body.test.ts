import { describe, expect, it } from "vitest";
import { ar } from "@/lib/i18n/ar";
import { fr } from "@/lib/i18n/fr";
import { MAX_ACTION_BODY_BYTES } from "@/lib/uploads";
import { FULL_PARSE_BYTES, readJsonObject, refuseUnreadableActionBody } from "./body";

const BOUNDARY = "----formboundary7MA4YWxkTrZu0gW";
const multipart = `multipart/form-data; boundary=${BOUNDARY}`;
const part = (name: string, value: string) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
const body = (...parts: string[]) => `${parts.join("")}--${BOUNDARY}--\r\n`;

function post(headers: Record<string, string>, content?: BodyInit | null) {
  return new Request("http://localhost/members/new", { method: "POST", headers, body: content ?? null });
}
const action = (headers: Record<string, string>, content?: BodyInit | null) => post({ "next-action": "7f".repeat(21), ...headers }, content);

async function answer(request: Request) {
  const response = await refuseUnreadableActionBody(request);
  return response ? { status: response.status, text: await response.text() } : null;
}

describe("refuseUnreadableActionBody", () => {
  it("lets readable action bodies and other requests through", async () => {
    expect(await answer(action({ "content-type": multipart }, body(part("1_title", "عنوان"), part("0", '["$K1"]'))))).toBeNull();
    expect(await answer(action({ "content-type": "text/plain;charset=UTF-8" }, '[{"ok":false},"$undefined"]'))).toBeNull();
    expect(await answer(action({ "content-type": "text/plain;charset=UTF-8" }, '["$$5 fees","$D2026-01-01T00:00:00.000Z","$n12",null]'))).toBeNull();
    // a form posted without JavaScript has no Next-Action header
    expect(await answer(post({ "content-type": multipart }, body(part("$ACTION_ID_ab", ""), part("name", "x"))))).toBeNull();
    expect(await answer(new Request("http://localhost/members"))).toBeNull();
    expect(await answer(post({ "content-type": "application/json" }, "{"))).toBeNull();
  });

  it("answers 400 in Arabic for a multipart body cut short, with another boundary, or none", async () => {
    const whole = body(part("1_title", "x"), part("0", '["$K1"]'));
    for (const request of [
      action({ "content-type": multipart }, whole.slice(0, 50)),
      action({ "content-type": "multipart/form-data; boundary=other" }, whole),
      action({ "content-type": "multipart/form-data" }, whole),
      action({ "content-type": multipart }, ""),
      action({ "content-type": multipart }, "\u0000\u0001 garbage"),
      post({ "content-type": multipart }, whole.slice(0, 50)),
    ])
      expect(await answer(request)).toEqual({ status: 400, text: ar.errors.badRequest });
  });

  it("answers 400 for a fetch action's text that is not a JSON array", async () => {
    for (const text of ['{"a":', "null", "1", '"x"', "", "\u0000", "a=%ZZ", '["$K1","$Q2"]', '[{"a":"$@3"}]'])
      expect((await answer(action({ "content-type": "text/plain;charset=UTF-8" }, text)))?.status, text).toBe(400);
  });

  it("answers in French for a French reader", async () => {
    expect(await answer(action({ "content-type": "text/plain", cookie: "a=1; locale=fr" }, "{"))).toEqual({ status: 400, text: fr.errors.badRequest });
  });

  it("answers 413 at once for a declared length over the limit", async () => {
    const request = action({ "content-type": multipart, "content-length": String(MAX_ACTION_BODY_BYTES + 1) });
    expect(await answer(request)).toEqual({ status: 413, text: ar.errors.bodyTooLarge });
  });

  it("checks only the framing of a large upload, and still catches one cut short", async () => {
    const file = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n${"a".repeat(FULL_PARSE_BYTES + 10)}\r\n`;
    expect(await answer(action({ "content-type": multipart }, body(file)))).toBeNull();
    expect((await answer(action({ "content-type": multipart }, file)))?.status).toBe(400);
  });
});

describe("readJsonObject", () => {
  const json = (content: string | null, headers: Record<string, string> = {}) =>
    new Request("http://localhost/reports/1/reports/2/save", { method: "POST", headers: { "content-type": "application/json", ...headers }, body: content });

  it("reads a JSON object", async () => {
    expect(await readJsonObject(json('{"intent":"save","answers":{}}'))).toEqual({ ok: true, value: { intent: "save", answers: {} } });
  });

  it("answers 400 for malformed, truncated, null, array, string or empty bodies", async () => {
    for (const content of ['{"a":', '{"intent":"sa', "null", "[1,2]", '"x"', "", "\u0000"]) {
      const read = await readJsonObject(json(content));
      expect(read.ok, content).toBe(false);
      if (!read.ok) expect(read.response.status).toBe(400);
    }
  });

  it("answers 413 over the limit, declared or counted while reading", async () => {
    const declared = await readJsonObject(json("{}", { "content-length": "5000" }), 1000);
    expect(declared.ok || declared.response.status).toBe(413);
    const counted = await readJsonObject(json(JSON.stringify({ text: "x".repeat(2000) })), 1000);
    expect(counted.ok || counted.response.status).toBe(413);
  });
});
