import { describe, expect, it } from "vitest";
import { expectReadmeShows } from "../../../scripts/vitest/readme-example.js";
import { fragment, page } from "../examples/preview.js";

describe("README example", () => {
  it("is the README's code, unchanged, and renders the order bubble", () => {
    expectReadmeShows(new URL("../README.md", import.meta.url), new URL("../examples/preview.ts", import.meta.url));
    expect(fragment).toContain('class="lk-bubble lk-bubble-mega"');
    expect(fragment).toContain("Latte");
    expect(fragment).toContain("&quot;data&quot;:&quot;pay=1&quot;");
    expect(page).toMatch(/^<!doctype html>.*<style>.*\.lk-bubble\{/s);
  });
});
