// queryString: how array parameters reach the wire, per the operation table's commaQueryParams.
import { describe, expect, it } from "vitest";
import { queryString } from "../src/url.js";

describe("queryString", () => {
  it("repeats the key for an array by default (OpenAPI form, explode: true)", () => {
    expect(queryString({ status: ["DRAFT", "RUNNING"], limit: 10 }, ["status", "limit"])).toBe(
      "status=DRAFT&status=RUNNING&limit=10",
    );
  });

  it("joins a comma parameter's items with a bare comma, each item encoded (explode: false)", () => {
    expect(queryString({ status: ["DRAFT", "RUNNING"] }, ["status"], ["status"])).toBe("status=DRAFT,RUNNING");
    expect(queryString({ tag: ["a,b", "c d"] }, ["tag"], ["tag"])).toBe("tag=a%2Cb,c%20d");
    expect(queryString({ status: "CLOSED" }, ["status"], ["status"])).toBe("status=CLOSED");
  });

  it("leaves out an empty comma array and undefined values", () => {
    expect(queryString({ status: [], limit: undefined }, ["status", "limit"], ["status"])).toBe("");
  });
});
