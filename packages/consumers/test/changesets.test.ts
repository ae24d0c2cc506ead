// The pending changesets are what `changeset version` turns into version bumps and changelogs at
// release time: each must parse as changesets reads it and name only packages that are published.
import read from "@changesets/read";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../src/paths.js";
import { publishedPackageNames } from "../src/tarballs.js";

describe("pending changesets", () => {
  it("parse with changesets' own reader and name published packages only", async () => {
    const changesets = await read(repoRoot);
    const published = publishedPackageNames();
    for (const changeset of changesets) {
      expect(changeset.releases.length, `${changeset.id}: no package named`).toBeGreaterThan(0);
      expect(changeset.summary.trim(), `${changeset.id}: no summary`).not.toBe("");
      for (const release of changeset.releases) expect(published, changeset.id).toContain(release.name);
    }
  });
});
