import { describe, expect, it } from "vitest";
import { BLOCK_TYPE } from "./index.js";

describe("block type", () => {
  it("is intercom", () => {
    expect(BLOCK_TYPE).toBe("intercom");
  });
});
